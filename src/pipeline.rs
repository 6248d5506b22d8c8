//! One file through every layer: PDF -> pages -> tables -> budget analysis, as a
//! [`DocRecord`]. A file that cannot be read becomes a record with its status and message;
//! a panic anywhere inside is caught here, so one bad file never ends a batch.

use std::ops::RangeInclusive;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::budget::document::analyse;
use crate::dataset::DocRecord;
use crate::pdf::document::Limits;
use crate::pdf::{Document, Status, health};
use crate::table::document_tables;

/// A file's identity in the dataset: the first 16 hex digits of the SHA-256 of its bytes,
/// so that the same file listed twice, or under another name, is one document.
pub fn doc_id(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn record(file: &Path, id: String) -> DocRecord {
    DocRecord {
        doc_id: id,
        file: file.display().to_string(),
        pages: 0,
        producer: String::new(),
        status: Status::Ok,
        error: String::new(),
        analysis: None,
    }
}

/// Processes one file under the default [`Limits`].
pub fn process(file: &Path) -> DocRecord {
    process_with(file, Limits::default())
}

/// Processes one file under `limits`: a file that runs out of [`Limits::max_time`] ends with
/// status `timeout` (the health report's), keeping what was read before.
pub fn process_with(file: &Path, limits: Limits) -> DocRecord {
    match std::fs::read(file) {
        Ok(bytes) => process_bytes(file, &bytes, limits),
        Err(e) => unreadable(file, &e),
    }
}

/// The record of a file that could not be read from disk (no doc_id).
pub fn unreadable(file: &Path, e: &std::io::Error) -> DocRecord {
    let mut r = record(file, String::new());
    r.status = Status::Error;
    r.error = format!("cannot read: {e}");
    r
}

/// [`process_with`] for a file already in memory (`file` is only recorded).
pub fn process_bytes(file: &Path, bytes: &[u8], limits: Limits) -> DocRecord {
    process_pages(file, bytes, limits, None)
}

/// [`process_bytes`] keeping only the pages in `pages` (1-based ranges; None: all): the
/// others are read (the health report covers the file) but give no table.
pub fn process_pages(
    file: &Path,
    bytes: &[u8],
    limits: Limits,
    pages: Option<&[RangeInclusive<u32>]>,
) -> DocRecord {
    let mut r = record(file, doc_id(bytes));
    let opened = catch_unwind(AssertUnwindSafe(|| {
        Document::from_bytes_with(bytes, limits)
    }));
    let Ok(Ok(doc)) = opened else {
        // Say why, in the words of the health report (encrypted, invalid_pdf, …).
        let outcome = health::read_bytes(bytes, limits);
        r.status = outcome.status;
        r.error = outcome.message;
        return r;
    };
    let run = || {
        let outcome = health::read_pages_with(&doc, |pages, read| crate::share::map(pages, read));
        let mut r = r.clone();
        r.pages = doc.page_count();
        r.producer = doc
            .info("Producer")
            .or_else(|| doc.info("Creator"))
            .unwrap_or_default();
        r.status = outcome.status;
        r.error = outcome.message;
        let mut read = outcome.pages;
        if let Some(sel) = pages {
            read.retain(|p| sel.iter().any(|s| s.contains(&p.number)));
        }
        let tables = document_tables(&read);
        r.analysis = Some(analyse(&read, tables));
        r
    };
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(done) => done,
        Err(_) => {
            r.status = Status::Internal;
            r.error = "internal error while processing (a bug: please report this file)".into();
            r
        }
    }
}

/// The PDFs an input names: the file itself, or every `*.pdf` (any case) below a directory,
/// sorted.
pub fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut stack = vec![input.clone()];
            while let Some(d) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&d) else {
                    continue;
                };
                for e in entries.flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                        out.push(p);
                    }
                }
            }
        } else {
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn doc_id_is_the_sha256_prefix() {
        // SHA-256("abc") = ba7816bf8f01cfea…
        assert_eq!(super::doc_id(b"abc"), "ba7816bf8f01cfea");
    }
}
