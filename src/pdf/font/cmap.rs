//! TEMPORARY STUB (replaced by the data-tables branch).
#[derive(Debug, Default)]
pub struct CMap;
impl CMap {
    pub fn parse(_data: &[u8]) -> CMap {
        CMap
    }
    pub fn next_code(&self, bytes: &[u8]) -> (u32, usize) {
        (bytes.first().copied().map_or(0, u32::from), 1)
    }
    pub fn cid(&self, code: u32, _len: usize) -> Option<u32> {
        Some(code)
    }
    pub fn unicode(&self, _code: u32, _len: usize) -> Option<&str> {
        None
    }
    pub fn is_vertical(&self) -> bool {
        false
    }
}
