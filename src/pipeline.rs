//! One file through every layer: PDF -> pages -> tables -> budget analysis, as a
//! [`DocRecord`]. A file that cannot be read becomes a record with its status and message;
//! a panic anywhere inside is caught here, so one bad file never ends a batch.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use crate::budget::document::{analyse, doc_id};
use crate::output::DocRecord;
use crate::pdf::{Document, Error};
use crate::table::document_tables;

fn record(file: &Path, id: String) -> DocRecord {
    DocRecord {
        doc_id: id,
        file: file.display().to_string(),
        pages: 0,
        producer: String::new(),
        status: "ok".into(),
        error: String::new(),
        analysis: None,
    }
}

/// Processes one file.
pub fn process(file: &Path) -> DocRecord {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let mut r = record(file, String::new());
            r.status = "error".into();
            r.error = format!("cannot read: {e}");
            return r;
        }
    };
    let mut r = record(file, doc_id(&bytes));
    let run = || -> Result<DocRecord, Error> {
        let doc = Document::from_bytes(&bytes)?;
        let mut r = r.clone();
        r.pages = doc.page_count();
        r.producer = doc
            .info("Producer")
            .or_else(|| doc.info("Creator"))
            .unwrap_or_default();
        let mut pages = Vec::new();
        let mut failed = Vec::new();
        for n in 1..=doc.page_count() {
            match doc.page(n) {
                Ok(p) => pages.push(p),
                Err(e) => failed.push(format!("page {n}: {e}")),
            }
        }
        if !pages.is_empty()
            && pages.iter().all(|p| p.glyphs.is_empty())
            && pages.iter().any(|p| p.images > 0)
        {
            r.status = "no_text_layer".into();
            r.error = "image-only pages: no text layer".into();
        } else if !failed.is_empty() {
            r.status = "partial".into();
            r.error = failed.join("; ");
        }
        let tables = document_tables(&pages);
        r.analysis = Some(analyse(&pages, tables));
        Ok(r)
    };
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(Ok(done)) => done,
        Ok(Err(e)) => {
            r.status = match e {
                Error::Encrypted => "encrypted",
                Error::NotPdf | Error::Invalid(_) => "invalid_pdf",
                _ => "error",
            }
            .into();
            r.error = e.to_string();
            r
        }
        Err(_) => {
            r.status = "error".into();
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
