//! yusuan (预算): Chinese government budget and final-accounts PDFs to checked datasets.
//!
//! The pipeline runs one way, one layer per module: [`pdf`] (the `yusuan-pdf` crate: objects,
//! content streams, fonts -> glyphs and ruling lines) -> [`layout`] (words, lines) -> `table`
//! -> `budget` -> `dataset` -> the run (`pipeline`, `batch`) -> the CLI; parallelism (`share`) is
//! decided from `table` up. A lower layer never imports a higher one (tests/layering.rs
//! checks it).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod batch;
pub mod budget;
pub mod dataset;
pub mod inspect;
pub mod layout;
pub mod ocr;
pub mod pipeline;
pub mod report;
pub mod shard;
pub mod share;
pub mod table;

/// The PDF layer, a crate of its own (`crates/yusuan-pdf`), under its old path.
pub use yusuan_pdf as pdf;
