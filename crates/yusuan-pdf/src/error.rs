//! Typed errors of the PDF layer; context (the file) is added by the caller.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a PDF (no %PDF header)")]
    NotPdf,
    #[error("invalid PDF: {0}")]
    Invalid(String),
    #[error("encrypted and no usable password")]
    Encrypted,
    #[error("page {0} does not exist (document has {1} pages)")]
    NoSuchPage(u32, u32),
    /// The document's time limit ([`super::document::Limits::max_time`]) passed.
    #[error("time limit of {0:?} exceeded")]
    Timeout(std::time::Duration),
    /// What the document's pages hold passed [`super::document::Limits::max_memory`] (bytes).
    #[error("memory limit of {} per file exceeded", super::input::size_text(*.0 as u64))]
    TooLarge(usize),
}

pub type Result<T> = std::result::Result<T, Error>;
