//! Runs over the real PDFs of ../shared (corpus and icdar2013). Skips, saying so, when
//! ../shared is absent, so a fresh clone still passes.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use yusuan::pdf::Document;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("corpus").is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared/corpus not found; the real-corpus tests did not run");
        None
    }
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every page of every PDF is interpreted without a panic.
#[test]
fn no_panics_on_any_shared_pdf() {
    let Some(shared) = shared() else { return };
    let mut files = pdfs(&shared.join("corpus"));
    files.extend(pdfs(&shared.join("icdar2013")));
    assert!(
        files.len() > 100,
        "expected the shared corpus, found {} PDFs",
        files.len()
    );
    let mut panics = Vec::new();
    for f in &files {
        let run = || {
            if let Ok(doc) = Document::open(f) {
                for n in 1..=doc.page_count() {
                    let _ = doc.page(n);
                }
            }
        };
        if catch_unwind(AssertUnwindSafe(run)).is_err() {
            panics.push(f.display().to_string());
        }
    }
    assert!(panics.is_empty(), "panics in {panics:#?}");
}

/// The MANIFEST marks scanned files (its own check, independent of yusuan): each must come out
/// as having no text layer, and each text-based file must have text.
#[test]
fn scanned_files_have_no_text_layer() {
    let Some(shared) = shared() else { return };
    let manifest = std::fs::read_to_string(shared.join("corpus/MANIFEST.tsv")).unwrap();
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, kind) = (cols[0], cols[6]);
        let doc = Document::open(&shared.join("corpus").join(file)).unwrap();
        let pages: Vec<_> = (1..=doc.page_count())
            .map(|n| doc.page(n).unwrap())
            .collect();
        let glyphs: usize = pages.iter().map(|p| p.glyphs.len()).sum();
        if kind.starts_with("scanned") {
            assert_eq!(glyphs, 0, "{file}: scanned, but glyphs were found");
            assert!(
                pages.iter().all(|p| p.is_image_only()),
                "{file}: scanned, but a page is not image-only"
            );
        } else {
            assert!(glyphs > 0, "{file}: text-based, but no glyphs");
        }
        checked += 1;
    }
    assert_eq!(checked, 118);
}

/// Every shared PDF read as the batch reads it (`health::read_file`): no panic, and a status
/// for each. The text-based files of the corpus must all come out `ok` (nothing damaged is
/// in it), the scanned ones `no_text_layer`.
#[test]
fn health_of_every_shared_pdf() {
    use std::collections::BTreeMap;
    use yusuan::pdf::{Limits, Status, health};
    let Some(shared) = shared() else { return };
    let mut files = pdfs(&shared.join("corpus"));
    files.extend(pdfs(&shared.join("icdar2013")));
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unexpected = Vec::new();
    for f in &files {
        let run = catch_unwind(AssertUnwindSafe(|| health::read_file(f, Limits::default())));
        let Ok(o) = run else {
            unexpected.push(format!("{}: PANIC", f.display()));
            continue;
        };
        *counts.entry(o.status.as_str()).or_default() += 1;
        if !matches!(o.status, Status::Ok | Status::NoTextLayer) {
            unexpected.push(format!("{}: {} {}", f.display(), o.status, o.message));
        }
    }
    eprintln!("{} shared PDFs: {counts:?}", files.len());
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

/// The whole pipeline (pages, tables, budget analysis) on every shared PDF: no file ends in an
/// internal error (a caught panic).
#[test]
fn whole_pipeline_never_panics() {
    let Some(shared) = shared() else { return };
    let mut files = pdfs(&shared.join("corpus"));
    files.extend(pdfs(&shared.join("icdar2013")));
    let bad: Vec<String> = files
        .iter()
        .map(|f| (f, yusuan::pipeline::process(f)))
        .filter(|(_, r)| r.error.contains("internal error"))
        .map(|(f, r)| format!("{}: {}", f.display(), r.error))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}
