//! TEMPORARY STUB (replaced by the data-tables branch).
use super::cmap::CMap;
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnicodeEncoding {
    Utf16Be,
    Utf32Be,
    Utf8,
}
pub fn predefined(_name: &str) -> Option<&'static CMap> {
    None
}
pub fn gb1_unicode(_cid: u32) -> Option<char> {
    None
}
pub fn unicode_encoding(_name: &str) -> Option<UnicodeEncoding> {
    None
}
