//! yusuan (预算): Chinese government budget and final-accounts PDFs to checked datasets.
//!
//! The pipeline runs one way, one layer per module: [`pdf`] (objects, content streams, fonts ->
//! glyphs and ruling lines) -> [`layout`] (words, lines) -> `table` -> `budget` -> `output`.
//! A lower layer never imports a higher one.
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
pub mod layout;
pub mod output;
pub mod pdf;
pub mod pipeline;
pub mod share;
pub mod table;
