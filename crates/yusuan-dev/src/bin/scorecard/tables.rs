//! Chinese tables: cell-level exact match against the verified golden of real documents
//! (golden/real/), multi-page merges, and what table reconstruction adds to the time of text
//! extraction on the dept corpus (in-process, one thread, best of `repeat` rounds each).

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use yusuan::layout::layout_text;
use yusuan::pdf::Document;
use yusuan::table::document_tables;
use yusuan_dev::golden;

use super::pdfs;

fn accuracy(corpus: &Path, md: &mut String) -> Value {
    let files = super::json_files("golden/real");
    let (mut cells, mut matched, mut multi, mut merged, mut tables, mut extra) = (0, 0, 0, 0, 0, 0);
    let mut rows = Vec::new();
    md.push_str("| document | producer | tables | cells | exact | multi-page merged | extra tables |\n|---|---|---:|---:|---:|---:|---:|\n");
    for f in &files {
        let Ok((g, s)) = golden::score_file(corpus, f) else {
            continue;
        };
        cells += s.golden_cells;
        matched += s.matched_cells;
        multi += s.multi_page_tables;
        merged += s.multi_page_merged;
        tables += s.golden_tables;
        extra += s.extra_tables;
        let pct = if s.golden_cells == 0 {
            "n/a (no tables)".to_string()
        } else {
            format!(
                "{:.2}%",
                100.0 * s.matched_cells as f64 / s.golden_cells as f64
            )
        };
        let name: String = g.file.chars().take(70).collect();
        let _ = writeln!(
            md,
            "| {name} | {} | {} | {} | {pct} | {}/{} | {} |",
            g.producer.as_deref().unwrap_or("-"),
            s.golden_tables,
            s.golden_cells,
            s.multi_page_merged,
            s.multi_page_tables,
            s.extra_tables
        );
        rows.push(json!({"file": g.file, "score": s}));
    }
    let ratio = super::share(matched as u64, cells as u64);
    let _ = writeln!(
        md,
        "\n**Cell-level exact match {:.2}%** ({matched} of {cells} cells, {tables} tables, {} documents); \
         multi-page tables merged {merged}/{multi}; tables found beyond the golden: {extra}.\n",
        ratio * 100.0,
        files.len()
    );
    json!({"cells": cells, "matched": matched, "exact_match": ratio, "tables": tables, "multi_page": multi,
        "multi_page_merged": merged, "extra_tables": extra, "per_document": rows})
}

fn time_best(repeat: usize, mut f: impl FnMut()) -> Duration {
    (0..repeat.max(1))
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn speed(dept: &Path, repeat: usize, md: &mut String) -> Value {
    let files: Vec<Vec<u8>> = pdfs(dept)
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let text_only = || {
        for bytes in &files {
            if let Ok(doc) = Document::from_bytes(bytes) {
                for n in 1..=doc.page_count() {
                    if let Ok(p) = doc.page(n) {
                        std::hint::black_box(layout_text(&p));
                    }
                }
            }
        }
    };
    let with_tables = || {
        for bytes in &files {
            if let Ok(doc) = Document::from_bytes(bytes) {
                let pages: Vec<_> = (1..=doc.page_count())
                    .filter_map(|n| doc.page(n).ok())
                    .collect();
                for p in &pages {
                    std::hint::black_box(layout_text(p));
                }
                std::hint::black_box(document_tables(&pages));
            }
        }
    };
    // One thread really: the library shares a document's pages out over the current pool.
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build();
    let single = |f: &(dyn Fn() + Sync)| match &one {
        Ok(pool) => pool.install(f),
        Err(_) => f(),
    };
    // Alternate the two so that machine noise hits both alike.
    let (mut a, mut b) = (Duration::MAX, Duration::MAX);
    for _ in 0..repeat.max(1) {
        a = a.min(time_best(1, || single(&text_only)));
        b = b.min(time_best(1, || single(&with_tables)));
    }
    let added = b.as_secs_f64() / a.as_secs_f64().max(1e-9) - 1.0;
    let _ = writeln!(
        md,
        "Speed ({} files of {}, in-process, one thread, best of {repeat}): text {:.3} s, text + tables {:.3} s: \
         **tables add {:.1}%** to text extraction.\n",
        files.len(),
        dept.display(),
        a.as_secs_f64(),
        b.as_secs_f64(),
        added * 100.0
    );
    json!({"text_s": a.as_secs_f64(), "text_and_tables_s": b.as_secs_f64(), "added": added})
}

pub fn run(corpus: &Path, repeat: usize) -> (String, Value) {
    let mut md =
        String::from("## Chinese tables (golden/real: verified tables of real dept documents)\n\n");
    let acc = accuracy(corpus, &mut md);
    let spd = speed(&corpus.join("dept"), repeat, &mut md);
    (md, json!({"accuracy": acc, "speed": spd}))
}
