//! Runs over the real PDFs of ../shared (corpus and icdar2013); without it, see tests/common.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{need, pdfs, shared};
use yusuan::pdf::{Document, Limits, Status, health};

/// Every PDF of the corpus and of the ICDAR 2013 set.
fn all_pdfs(shared: &Path) -> Vec<PathBuf> {
    let mut files = pdfs(&need(shared, "corpus"));
    files.extend(pdfs(&need(shared, "icdar2013")));
    files
}

/// A file cut off before its end, judged from its bytes alone (independently of yusuan, and
/// as qpdf --check sees it: "can't find startxref", "unable to find trailer dictionary"):
/// no `startxref`, no `trailer` and no `/Root` anywhere, so no cross-reference data and no
/// document catalogue to start from.
fn truncated(bytes: &[u8]) -> bool {
    let has = |what: &[u8]| bytes.windows(what.len()).any(|w| w == what);
    !has(b"startxref") && !has(b"trailer") && !has(b"/Root")
}

/// Every page of every PDF is interpreted without a panic.
#[test]
fn no_panics_on_any_shared_pdf() {
    let Some(shared) = shared("no panics on the shared PDFs") else {
        return;
    };
    let files = all_pdfs(&shared);
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

/// The corpus's MANIFEST.tsv files (corpus/ and each folder that has its own): every PDF of
/// the corpus with its `text_or_scanned` column, found by its header.
fn manifest(corpus: &Path) -> BTreeMap<PathBuf, String> {
    let mut sheets = vec![corpus.to_path_buf()];
    sheets.extend(
        std::fs::read_dir(corpus)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("MANIFEST.tsv").is_file()),
    );
    let mut rows = BTreeMap::new();
    for dir in sheets {
        let text = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
        let (file, kind) = (col("file"), col("text_or_scanned"));
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            let path = dir.join(cols[file]);
            let old = rows.insert(path.clone(), cols[kind].to_string());
            assert!(old.is_none(), "{} listed twice", path.display());
        }
    }
    rows
}

/// The text pdftotext (poppler) finds in a whole file, whitespace removed.
fn pdftotext(file: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed once ../shared is present");
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The MANIFESTs say which files are scans (their own check, independent of yusuan): each must
/// come out with no text layer, and each text-based file with text. Where a MANIFEST found
/// "little or no text" (it looks at pages 1-3 only), pdftotext over the whole file decides;
/// files cut off before their end (`truncated`) are left to `health_of_every_shared_pdf`.
#[test]
fn scanned_files_have_no_text_layer() {
    let Some(shared) = shared("text layer against the MANIFESTs") else {
        return;
    };
    let corpus = need(&shared, "corpus");
    let listed = manifest(&corpus);
    let on_disk: BTreeSet<PathBuf> = pdfs(&corpus).into_iter().collect();
    let names: BTreeSet<PathBuf> = listed.keys().cloned().collect();
    assert_eq!(names, on_disk, "the MANIFESTs and the corpus's PDFs differ");
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (file, kind) in &listed {
        let bytes = std::fs::read(file).unwrap();
        if truncated(&bytes) {
            *counts.entry("truncated").or_default() += 1;
            continue;
        }
        let doc =
            Document::from_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let pages: Vec<_> = (1..=doc.page_count())
            .map(|n| doc.page(n).unwrap())
            .collect();
        let glyphs: usize = pages.iter().map(|p| p.glyphs.len()).sum();
        let scanned = if kind.starts_with("scanned") {
            true
        } else if kind.starts_with("text-based") {
            false
        } else {
            assert!(
                kind.starts_with("little or no text"),
                "{}: {kind}",
                file.display()
            );
            *counts.entry("little or no text in p1-3").or_default() += 1;
            pdftotext(file).is_empty()
        };
        let name = file.display();
        if scanned {
            assert_eq!(glyphs, 0, "{name}: scanned, but glyphs were found");
            assert!(
                pages.iter().all(|p| p.is_image_only()),
                "{name}: scanned, but a page is not image-only"
            );
            *counts.entry("scanned").or_default() += 1;
        } else {
            assert!(glyphs > 0, "{name}: text-based, but no glyphs");
            *counts.entry("text").or_default() += 1;
        }
    }
    eprintln!("{} listed PDFs: {counts:?}", listed.len());
    assert!(
        counts.get("scanned").is_some_and(|&n| n > 0),
        "no scan checked"
    );
}

/// Every shared PDF read as the batch reads it (`health::read_bytes`): no panic, and a status
/// for each. The text-based files must come out `ok`, the scanned ones `no_text_layer`. A file
/// cut off before its end (`truncated`; qpdf and mutool cannot open these either) may not be
/// `ok`: its pages are recovered from the page objects left in it, and it is `partial`, its
/// message saying the page tree was rebuilt (tests/robust.rs checks the pages' text).
#[test]
fn health_of_every_shared_pdf() {
    let Some(shared) = shared("health of every shared PDF") else {
        return;
    };
    let files = all_pdfs(&shared);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut unexpected = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let cut = truncated(&bytes);
        let run = catch_unwind(AssertUnwindSafe(|| {
            health::read_bytes(&bytes, Limits::default())
        }));
        let Ok(o) = run else {
            unexpected.push(format!("{}: PANIC", f.display()));
            continue;
        };
        let key = format!("{}{}", o.status, if cut { " (truncated)" } else { "" });
        *counts.entry(key).or_default() += 1;
        let right = if cut {
            o.status == Status::Partial && o.message.contains("page tree rebuilt")
        } else {
            matches!(o.status, Status::Ok | Status::NoTextLayer)
        };
        if !right {
            let what = if cut { "truncated" } else { "intact" };
            unexpected.push(format!(
                "{} ({what}): {} {:?}",
                f.display(),
                o.status,
                o.message
            ));
        }
    }
    eprintln!("{} shared PDFs: {counts:?}", files.len());
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}

/// The whole pipeline (pages, tables, budget analysis) on every shared PDF: no file ends in an
/// internal error (a caught panic, [`Status::Internal`](yusuan::pdf::Status::Internal)).
#[test]
fn whole_pipeline_never_panics() {
    let Some(shared) = shared("the whole pipeline on every shared PDF") else {
        return;
    };
    let bad: Vec<String> = all_pdfs(&shared)
        .iter()
        .map(|f| (f, yusuan::pipeline::process(f)))
        .filter(|(_, r)| r.status == yusuan::pdf::Status::Internal)
        .map(|(f, r)| format!("{}: {}", f.display(), r.error))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The texts of row `r` of a table, column by column.
fn row_texts(t: &yusuan::table::Table, r: usize) -> Vec<&str> {
    let mut cells: Vec<_> = t.cells.iter().filter(|c| c.row == r).collect();
    cells.sort_by_key(|c| c.col);
    cells.iter().map(|c| c.text.as_str()).collect()
}

/// Borders drawn as thin filled polygons with a bevelled corner (`m l l l h f`, the 广州 2026
/// budgets without a Producer): p10's fully ruled 本年支出总体情况表 is one lattice table of 24
/// rows and 8 columns, as pdfplumber's line finder and the rendered page have it.
#[test]
fn bevelled_polygon_borders_are_rulings() {
    let Some(shared) = shared("bevelled polygon borders") else {
        return;
    };
    let f = need(
        &shared,
        "corpus/dept2026/calinchow-del_renwu__guang-zhou-shi-shang-wu-ju.pdf",
    );
    let page = Document::open(&f).unwrap().page(10).unwrap();
    let tables = yusuan::table::page_tables(&page);
    let [t] = tables.as_slice() else {
        panic!("{} tables on p10", tables.len())
    };
    assert_eq!(
        (t.method, t.n_rows, t.n_cols),
        (yusuan::table::Method::Lattice, 24, 8)
    );
    assert_eq!(
        row_texts(t, 2),
        [
            "",
            "合计",
            "121,393.52",
            "16,310.73",
            "105,082.80",
            "0.00",
            "0.00",
            "0.00"
        ]
    );
    assert_eq!(
        row_texts(t, 23),
        [
            "20808", "抚恤", "100.00", "100.00", "0.00", "0.00", "0.00", "0.00"
        ]
    );
}

/// A table printed sideways on upright pages (北京 2024 决算 p9, text running up the page):
/// read in its reading frame, as `pdftotext -layout` prints it: titled, and the first body
/// row ends in ９９．３ (not ３．９９), its box on the page as displayed (portrait).
#[test]
fn sideways_table_reads_upright() {
    let Some(shared) = shared("sideways table") else {
        return;
    };
    let f = need(
        &shared,
        "corpus/city/Ke51n_homework2__bei-jing-shi-__-bei-jing-shi-2024-nian-jue-suan.pdf",
    );
    let page = Document::open(&f).unwrap().page(9).unwrap();
    assert_eq!(page.turn, 90);
    let tables = yusuan::table::page_tables(&page);
    let [t] = tables.as_slice() else {
        panic!("{} tables on p9", tables.len())
    };
    assert_eq!(
        t.title.as_deref(),
        Some("北京市２０２４年市级一般公共预算支出决算情况表")
    );
    let row = row_texts(t, t.header_rows);
    assert_eq!(row.first(), Some(&"本级支出合计"));
    assert_eq!(row.last(), Some(&"９９．３"));
    assert!(
        t.bbox.height() > t.bbox.width(),
        "{:?} is not portrait",
        t.bbox
    );
}

/// A report whose prose is set in fonts with no way to Unicode (淮安 2026, Founder BookMaker
/// Type 1C fonts with a custom encoding and no ToUnicode, as `pdffonts` lists them) is not
/// `ok`: its stated figures cannot be read, and the message says on which pages. Checked
/// independently: pdftotext prints not one CJK character of it, while the rendered pages are
/// Chinese prose (`pdftoppm -r 50 -f 2 -l 2`: 政府性基金预算收支情况…).
#[test]
fn undecodable_prose_is_not_ok() {
    let Some(shared) = shared("a report whose prose cannot be decoded") else {
        return;
    };
    let file = need(&shared, "corpus/gov").join(
        "chenfei2008c_china-local-debt-atlas__jiangsu_huaian_2026_budget_report__dir2025.pdf",
    );
    let cjk = pdftotext(&file)
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    assert_eq!(cjk, 0, "pdftotext decodes this file's prose now");
    let r = yusuan::pipeline::process(&file);
    assert_eq!(r.status, Status::Partial, "{}", r.error);
    let pages: Vec<String> = (1..=12).map(|n| n.to_string()).collect();
    assert!(
        r.error.contains(&format!(
            "text mostly undecodable (its stated figures are not read) on pages {}",
            pages.join(", ")
        )),
        "{}",
        r.error
    );
}
