//! Layout: glyphs -> text lines, and a reading-order rendering that keeps the page's layout
//! (like `pdftotext -layout`); classes of printed characters (figures, list numbers, wide
//! characters) that the layers above share.

mod chars;
mod lines;
mod settings;
mod text;

pub use chars::{ascii_char, is_figure, is_han, is_list_item, is_wide_char, numbered};
pub use lines::{Line, lines, lines_of, same_word, words};
pub use settings::LayoutSettings;
pub use text::{layout_text, layout_text_with};
