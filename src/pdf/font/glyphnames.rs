//! TEMPORARY STUB (replaced by the data-tables branch).
pub fn glyph_unicode(_name: &str) -> Option<std::borrow::Cow<'static, str>> {
    None
}
