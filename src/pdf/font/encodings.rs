//! TEMPORARY STUB (replaced by the data-tables branch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseEncoding {
    Standard,
    WinAnsi,
    MacRoman,
    MacExpert,
    PdfDoc,
    Symbol,
    ZapfDingbats,
}
impl BaseEncoding {
    pub fn from_name(_name: &[u8]) -> Option<BaseEncoding> {
        None
    }
}
pub fn glyph_name(_enc: BaseEncoding, _code: u8) -> Option<&'static str> {
    None
}
