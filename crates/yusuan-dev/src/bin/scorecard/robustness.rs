//! Robustness: every PDF under ../shared (corpus and icdar2013) opened and every page
//! interpreted, with panics caught and counted. The target is zero panics.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use rayon::prelude::*;
use serde_json::{Value, json};
use yusuan::pdf::Document;

use super::pdfs;

enum Outcome {
    Ok {
        pages: u32,
        image_only: u32,
        undecoded: u64,
    },
    Error(String),
    Panic(String),
}

fn check(path: &Path) -> Outcome {
    let run = || -> Result<(u32, u32, u64), String> {
        let doc = Document::open(path).map_err(|e| e.to_string())?;
        let (mut image_only, mut undecoded) = (0, 0u64);
        for n in 1..=doc.page_count() {
            let p = doc.page(n).map_err(|e| e.to_string())?;
            image_only += u32::from(p.is_image_only());
            undecoded += u64::from(p.undecoded);
        }
        Ok((doc.page_count(), image_only, undecoded))
    };
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(Ok((pages, image_only, undecoded))) => Outcome::Ok {
            pages,
            image_only,
            undecoded,
        },
        Ok(Err(e)) => Outcome::Error(e),
        Err(p) => Outcome::Panic(
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default(),
        ),
    }
}

pub fn run(shared: &Path) -> (String, Value) {
    let mut md = String::from("## Robustness (every PDF of ../shared, all pages)\n\n");
    let mut files = pdfs(&shared.join("corpus"));
    files.extend(pdfs(&shared.join("icdar2013")));
    // Panics are caught and counted; the default hook would print each one mid-table.
    std::panic::set_hook(Box::new(|_| {}));
    let outcomes: Vec<(String, Outcome)> = files
        .par_iter()
        .map(|p| (p.to_string_lossy().into_owned(), check(p)))
        .collect();
    let _ = std::panic::take_hook();
    let (mut ok, mut pages, mut image_only_pages, mut undecoded) = (0, 0u64, 0u64, 0u64);
    let mut errors = BTreeMap::new();
    let mut panics = Vec::new();
    let mut no_text_files = Vec::new();
    for (file, o) in &outcomes {
        match o {
            Outcome::Ok {
                pages: p,
                image_only,
                undecoded: u,
            } => {
                ok += 1;
                pages += u64::from(*p);
                image_only_pages += u64::from(*image_only);
                undecoded += u;
                if *p > 0 && image_only == p {
                    no_text_files.push(file.clone());
                }
            }
            Outcome::Error(e) => {
                errors.insert(file.clone(), e.clone());
            }
            Outcome::Panic(m) => panics.push(json!({"file": file, "message": m})),
        }
    }
    let _ = writeln!(
        md,
        "{} files: {} read, {} errors, **{} panics**; {} pages, {} image-only pages (no text layer), {} undecodable codes.\n",
        outcomes.len(),
        ok,
        errors.len(),
        panics.len(),
        pages,
        image_only_pages,
        undecoded
    );
    if !no_text_files.is_empty() {
        md.push_str("Files with no text layer (every page image-only):\n\n");
        for f in &no_text_files {
            let _ = writeln!(md, "- {f}");
        }
        md.push('\n');
    }
    for (f, e) in &errors {
        let _ = writeln!(md, "- error: {f}: {e}");
    }
    for p in &panics {
        let _ = writeln!(md, "- PANIC: {} {}", p["file"], p["message"]);
    }
    let value = json!({"files": outcomes.len(), "ok": ok, "errors": errors, "panics": panics, "pages": pages,
        "image_only_pages": image_only_pages, "no_text_layer_files": no_text_files, "undecoded": undecoded});
    (md, value)
}
