//! Layout: glyphs -> text lines, and a reading-order rendering that keeps the page's layout
//! (like `pdftotext -layout`).

mod lines;
mod text;

pub use lines::{Line, lines};
pub use text::layout_text;
