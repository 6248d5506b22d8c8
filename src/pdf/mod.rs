//! The PDF layer: a document's pages become glyphs (exact Unicode text with boxes) and ruling
//! segments. The content interpreter ([`interp`]) knows nothing of its consumer: it drives a
//! [`Device`], so page collection, text and debug views are just different sinks.

pub mod content;
pub mod device;
pub mod document;
pub mod error;
pub mod font;
pub mod geom;
pub mod health;
pub mod interp;
pub(crate) mod objects;
pub mod page;
mod rulings;

pub use device::Device;
pub use document::{Document, Limits};
pub use error::{Error, Result};
pub use geom::{Matrix, Rect};
pub use health::{Outcome, Status};
pub use page::{FilledRect, Glyph, Orientation, PageContent, Ruling, RulingSource, Undecoded};
