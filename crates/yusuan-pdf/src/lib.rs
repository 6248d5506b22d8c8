#![doc = include_str!("../README.md")]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod content;
pub mod device;
pub mod document;
pub mod error;
pub mod font;
pub mod geom;
pub mod health;
pub mod input;
pub mod interp;
pub(crate) mod objects;
pub mod orient;
pub mod page;
mod rulings;
mod tree;

pub use device::Device;
pub use document::{Document, Limits};
pub use error::{Error, Result};
pub use geom::{Matrix, Rect};
pub use health::{Outcome, Status};
pub use page::{FilledRect, Glyph, Orientation, PageContent, Ruling, RulingSource, Undecoded};
