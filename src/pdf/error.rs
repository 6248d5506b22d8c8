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
}

pub type Result<T> = std::result::Result<T, Error>;
