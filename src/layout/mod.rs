//! Layout: glyphs -> text lines, and a reading-order rendering that keeps the page's layout
//! (like `pdftotext -layout`).

mod lines;
mod text;

pub use lines::{Line, is_wide_char, lines, lines_of, same_word, words};
pub use text::layout_text;
