//! Nothing lost silently (issue 13): real PDFs cut short must not come out `ok` with their
//! data gone. `truncation_sweep` cuts at least 12 real files of different producers from
//! ../shared at 10-99 % (in memory) and compares each variant's items with the original's;
//! `cargo test --release --test robust truncation_sweep -- --nocapture` prints the table
//! quoted in docs/hostile-inputs.md.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use yusuan::dataset::{ItemRow, Rows};
use yusuan::pdf::{Document, Limits, Status};
use yusuan::pipeline::process_bytes;

const CUTS: [u32; 7] = [10, 30, 50, 70, 90, 95, 99];

/// The items of a record, without the columns that name the file (they differ by design).
fn items(file: &Path, bytes: &[u8]) -> (Status, String, Vec<ItemRow>) {
    let r = process_bytes(file, bytes, Limits::default());
    let mut items = Rows::of(&r).items;
    for i in &mut items {
        i.doc_id.clear();
        i.file.clear();
    }
    (r.status, r.error, items)
}

/// The program that made a file: the first words of its /Producer and /Creator ("-" for
/// none), so that versions of one program count once.
fn producer(bytes: &[u8]) -> Option<String> {
    let doc = Document::from_bytes(bytes).ok()?;
    let word = |key: &str| {
        let v = doc.info(key).unwrap_or_default().to_lowercase();
        let w = v.split(|c: char| c.is_whitespace() || c == '(' || c == ';');
        w.into_iter()
            .find(|w| !w.is_empty())
            .unwrap_or("-")
            .to_string()
    };
    Some(format!("{}/{}", word("Producer"), word("Creator")))
}

/// The smallest text file with items of each producer, at most `n` producers, under 2 MB.
fn pick(corpus: &Path, n: usize) -> Vec<(String, PathBuf, Vec<u8>)> {
    let mut files: Vec<(u64, PathBuf)> = common::pdfs(corpus)
        .into_iter()
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.len(), p)))
        .filter(|(len, _)| *len < 2_000_000)
        .collect();
    files.sort();
    let mut by_producer: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for (_, p) in files {
        let bytes = std::fs::read(&p).unwrap();
        if let Some(prod) = producer(&bytes) {
            by_producer.entry(prod).or_default().push(p);
        }
    }
    let chosen: Vec<(String, PathBuf, Vec<u8>)> = by_producer
        .into_par_iter()
        .filter_map(|(prod, paths)| {
            // The first few candidates only: the smallest with amounts stands for its producer.
            paths.into_iter().take(10).find_map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                let (status, _, items) = items(&p, &bytes);
                (status == Status::Ok && !items.is_empty()).then(|| (prod.clone(), p, bytes))
            })
        })
        .collect();
    chosen.into_iter().take(n).collect()
}

/// Truncation sweep: every variant that comes out `ok` has exactly the original's items.
#[test]
fn truncation_sweep() {
    let Some(shared) = common::shared("the truncation sweep") else {
        return;
    };
    let corpus = common::need(&shared, "corpus");
    let files = pick(&corpus, 16);
    assert!(files.len() >= 12, "only {} producers found", files.len());
    struct Variant {
        producer: String,
        file: String,
        cut: u32,
        status: Status,
        items: usize,
        same: bool,
        message: String,
    }
    let mut rows: Vec<Variant> = files
        .par_iter()
        .flat_map(|(prod, path, bytes)| {
            let (_, _, original) = items(path, bytes);
            CUTS.par_iter()
                .map(|&cut| {
                    let len = bytes.len() * cut as usize / 100;
                    let (status, message, got) = items(path, &bytes[..len]);
                    Variant {
                        producer: prod.clone(),
                        file: format!(
                            "{} ({} items)",
                            path.file_name().unwrap().to_string_lossy(),
                            original.len()
                        ),
                        cut,
                        status,
                        items: got.len(),
                        same: got == original,
                        message,
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect();
    rows.sort_by(|a, b| (&a.producer, a.cut).cmp(&(&b.producer, b.cut)));
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    println!("| producer | file (original items) | cut | status | items | same items | message |");
    println!("|---|---|---:|---|---:|---|---|");
    for v in &rows {
        *by_status.entry(v.status.as_str()).or_default() += 1;
        let mut msg: String = v.message.chars().take(90).collect();
        if v.message.chars().count() > 90 {
            msg.push('…');
        }
        println!(
            "| {} | {} | {}% | `{}` | {} | {} | {} |",
            v.producer,
            v.file,
            v.cut,
            v.status,
            v.items,
            if v.same { "yes" } else { "no" },
            msg.replace('|', "/")
        );
    }
    let bad: Vec<String> = rows
        .iter()
        .filter(|v| v.status == Status::Ok && !v.same)
        .map(|v| format!("{} cut at {}%: ok with {} items", v.file, v.cut, v.items))
        .collect();
    println!(
        "{} files, {} variants: {by_status:?}; ok with other items than the original's: {}",
        files.len(),
        rows.len(),
        bad.len()
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The page objects of a file in object-number order, found by a scan of its bytes that
/// knows nothing of yusuan: `N G obj` whose dictionary says `/Type /Page`.
fn page_objects(bytes: &[u8]) -> Vec<u32> {
    let header = regex::bytes::Regex::new(r"(?m)^\s*(\d+)\s+\d+\s+obj\b").unwrap();
    let page = regex::bytes::Regex::new(r"/Type\s*/Page\b[^s]").unwrap();
    let mut ids: Vec<u32> = header
        .captures_iter(bytes)
        .filter_map(|c| {
            let end = c.get(0).unwrap().end();
            let body = &bytes[end..bytes.len().min(end + 600)];
            let stop = ["endobj", "stream"]
                .iter()
                .filter_map(|k| body.windows(k.len()).position(|w| w == k.as_bytes()))
                .min()
                .unwrap_or(body.len());
            page.is_match(&body[..stop])
                .then(|| std::str::from_utf8(&c[1]).unwrap().parse().unwrap())
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The text pdftotext finds on each page of `file`, whitespace removed.
fn pdftotext_pages(file: &Path) -> Vec<String> {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed once ../shared is present");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut pages: Vec<String> = text
        .split('\x0c')
        .map(|p| p.chars().filter(|c| !c.is_whitespace()).collect())
        .collect();
    pages.pop(); // after the last form feed
    pages
}

/// The two files of ../shared cut off before their trailer and page tree (qpdf, mutool and
/// poppler open neither): the pages a scan finds are recovered, in object-number order, and
/// the file is `partial`, saying the page tree was rebuilt. Checked against poppler's text of
/// a copy the test repairs itself (a catalog and a page tree listing the page objects its own
/// scan finds, appended): the same pages, each with the same characters (poppler orders some
/// mixed-font lines differently, so characters are compared as multisets).
#[test]
fn pages_of_files_without_a_page_tree_are_recovered() {
    let Some(shared) = common::shared("pages recovered from files without a page tree") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("yusuan-robust-tree-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in [
        "corpus/gov/chenfei2008c_china-local-debt-atlas__fujian_2025.pdf",
        "corpus/gov/chenfei2008c_china-local-debt-atlas__shijiazhuang_2025_budget_report.pdf",
    ] {
        let file = common::need(&shared, name);
        let bytes = std::fs::read(&file).unwrap();
        let ids = page_objects(&bytes);
        assert!(ids.len() > 50, "{name}: {} page objects", ids.len());
        let outcome = yusuan::pdf::health::read_bytes(&bytes, Limits::default());
        assert_eq!(
            outcome.status,
            Status::Partial,
            "{name}: {}",
            outcome.message
        );
        assert!(
            outcome.message.contains("page tree rebuilt") && outcome.message.contains("cut short"),
            "{name}: {}",
            outcome.message
        );
        assert_eq!(outcome.page_count as usize, ids.len(), "{name}");
        // The repaired copy.
        let kids: Vec<String> = ids.iter().map(|n| format!("{n} 0 R")).collect();
        let mut fixed = bytes.clone();
        fixed.extend_from_slice(
            format!(
                "\n999998 0 obj\n<< /Type /Pages /Kids [{}] /Count {} >>\nendobj\n999999 0 obj\n<< /Type /Catalog /Pages 999998 0 R >>\nendobj\ntrailer\n<< /Root 999999 0 R >>\n",
                kids.join(" "),
                ids.len()
            )
            .as_bytes(),
        );
        let copy = dir.join("repaired.pdf");
        std::fs::write(&copy, &fixed).unwrap();
        let theirs = pdftotext_pages(&copy);
        assert_eq!(theirs.len(), ids.len(), "{name}: poppler's pages");
        let sorted = |s: &str| {
            let mut v: Vec<char> = s.chars().collect();
            v.sort_unstable();
            v
        };
        let mut ours: Vec<String> = vec![String::new(); ids.len()];
        for p in &outcome.pages {
            ours[p.number as usize - 1] = yusuan::layout::layout_text(p)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
        }
        let differ: Vec<usize> = (0..ids.len())
            .filter(|&i| sorted(&ours[i]) != sorted(&theirs[i]))
            .map(|i| i + 1)
            .collect();
        let chars: usize = ours.iter().map(|p| p.chars().count()).sum();
        println!(
            "{name}: {} pages recovered, {chars} characters, pages unlike poppler's: {differ:?}",
            ids.len()
        );
        assert!(differ.is_empty(), "{name}: pages {differ:?} differ");
        assert!(chars > 10_000, "{name}: {chars} characters");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Pages a window at a time (as the batch reads long documents, `table::Tables`) give the
/// tables of the whole document at once: windows of 1, 2 and 3 pages over every sample PDF,
/// so that a table continued across a window's end meets its continuation.
#[test]
fn windows_give_the_tables_of_the_whole_document() {
    let corpus = common::root().join("corpus");
    let mut multipage = 0;
    for f in common::pdfs(&corpus) {
        let pages = yusuan::pdf::health::read_file(&f, Limits::default()).pages;
        let whole = serde_json::to_string(&yusuan::table::document_tables(&pages)).unwrap();
        multipage += usize::from(whole.contains("\"pages\":[1,2"));
        for size in 1..=3 {
            let mut t = yusuan::table::Tables::default();
            for w in pages.chunks(size) {
                t.add(w.to_vec());
            }
            let windowed = serde_json::to_string(&t.finish()).unwrap();
            assert!(windowed == whole, "{}: windows of {size}", f.display());
        }
    }
    assert!(
        multipage > 0,
        "no table continued across pages in the sample"
    );
}
