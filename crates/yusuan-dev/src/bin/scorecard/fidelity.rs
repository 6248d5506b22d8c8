//! Text fidelity: per page, the multiset of CJK characters and digits yusuan extracts against
//! `pdftotext`'s (poppler with poppler-data: the evaluation reference, never a dependency).
//!
//! Agreement = Σ min(count_yusuan, count_poppler) / Σ max(…) over every character of every
//! page: missing and extra characters both count against it. Both sides get the same
//! normalisation yusuan applies to its own text (Kangxi radicals and compatibility ideographs
//! to unified ideographs), so that a radical printed for 一 is not scored as a difference.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use rayon::prelude::*;
use serde_json::{Value, json};
use yusuan::pdf::Document;
use yusuan::pdf::font::unify::unify;

use super::{pdfs, share, tool_available};

fn counted(c: char) -> bool {
    let u = c as u32;
    c.is_ascii_digit()
        || (0xFF10..=0xFF19).contains(&u)
        || (0x3400..=0x4DBF).contains(&u)
        || (0x4E00..=0x9FFF).contains(&u)
        || (0x20000..=0x3FFFF).contains(&u)
}

type Bag = HashMap<char, u32>;

fn bag(text: &str) -> Bag {
    let mut b = Bag::new();
    for c in unify(text).chars().filter(|c| counted(*c)) {
        *b.entry(c).or_default() += 1;
    }
    b
}

/// (matched, union size, missing from yusuan, extra in yusuan)
fn compare(ours: &Bag, theirs: &Bag) -> (u64, u64, u64, u64) {
    let (mut matched, mut union, mut missing, mut extra) = (0, 0, 0, 0);
    for (c, &t) in theirs {
        let o = ours.get(c).copied().unwrap_or(0);
        matched += u64::from(o.min(t));
        union += u64::from(o.max(t));
        missing += u64::from(t.saturating_sub(o));
    }
    for (c, &o) in ours {
        if !theirs.contains_key(c) {
            union += u64::from(o);
        }
        extra += u64::from(o.saturating_sub(theirs.get(c).copied().unwrap_or(0)));
    }
    (matched, union, missing, extra)
}

struct PageScore {
    page: u32,
    matched: u64,
    union: u64,
    missing: u64,
    extra: u64,
    undecoded: u32,
    /// Characters pdftotext printed as U+FFFD or private use: it could not decode them either.
    poppler_undecoded: u32,
}

struct FileScore {
    path: PathBuf,
    pages: Vec<PageScore>,
    error: Option<String>,
}

fn poppler_pages(path: &Path) -> Result<Vec<String>, String> {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text.split('\x0c').map(str::to_string).collect())
}

fn score_file(path: &Path) -> FileScore {
    let mut fs = FileScore {
        path: path.to_path_buf(),
        pages: Vec::new(),
        error: None,
    };
    let theirs = match poppler_pages(path) {
        Ok(p) => p,
        Err(e) => {
            fs.error = Some(format!("pdftotext: {e}"));
            return fs;
        }
    };
    let doc = match Document::open(path) {
        Ok(d) => d,
        Err(e) => {
            fs.error = Some(e.to_string());
            return fs;
        }
    };
    for n in 1..=doc.page_count() {
        let their_text = theirs.get(n as usize - 1).map_or("", String::as_str);
        let their = bag(their_text);
        let poppler_undecoded = their_text
            .chars()
            .filter(|&c| {
                c == '\u{FFFD}' || ('\u{E000}'..='\u{F8FF}').contains(&c) || c >= '\u{F0000}'
            })
            .count() as u32;
        let (ours, undecoded) = match doc.page(n) {
            Ok(p) => {
                let text: String = p.glyphs.iter().map(|g| g.text.as_str()).collect();
                (bag(&text), p.undecoded)
            }
            Err(_) => (Bag::new(), 0),
        };
        let (matched, union, missing, extra) = compare(&ours, &their);
        fs.pages.push(PageScore {
            page: n,
            matched,
            union,
            missing,
            extra,
            undecoded,
            poppler_undecoded,
        });
    }
    fs
}

fn short(p: &Path) -> String {
    let s = p.to_string_lossy();
    match s.find("corpus/") {
        Some(i) => s.get(i + 7..).unwrap_or(&s).to_string(),
        None => s.into_owned(),
    }
}

pub fn run(corpus: &Path) -> (String, Value) {
    let mut md = String::from(
        "## Text fidelity (CJK characters and digits, per page, against pdftotext)\n\n",
    );
    if !tool_available("pdftotext") {
        md.push_str("Skipped: `pdftotext` (poppler-utils) is not installed.\n");
        return (md, json!({"skipped": "pdftotext not installed"}));
    }
    let files: Vec<FileScore> = pdfs(corpus).par_iter().map(|p| score_file(p)).collect();
    let (mut matched, mut union, mut pages) = (0u64, 0u64, 0usize);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    // Pages where yusuan leaves more codes undecoded than pdftotext does: the ones to fix.
    let mut worse_undecoded = 0usize;
    for f in &files {
        let m: u64 = f.pages.iter().map(|p| p.matched).sum();
        let u: u64 = f.pages.iter().map(|p| p.union).sum();
        let miss: u64 = f.pages.iter().map(|p| p.missing).sum();
        let extra: u64 = f.pages.iter().map(|p| p.extra).sum();
        let undecoded: u64 = f.pages.iter().map(|p| u64::from(p.undecoded)).sum();
        matched += m;
        union += u;
        pages += f.pages.len();
        let agreement = if u == 0 {
            None
        } else {
            Some(m as f64 / u as f64)
        };
        for p in &f.pages {
            if p.undecoded > p.poppler_undecoded {
                worse_undecoded += 1;
            }
            if p.missing > 0 || p.undecoded > 0 {
                problems.push(json!({"file": short(&f.path), "page": p.page, "missing": p.missing,
                    "extra": p.extra, "undecoded": p.undecoded, "poppler_undecoded": p.poppler_undecoded}));
            }
        }
        rows.push(json!({"file": short(&f.path), "pages": f.pages.len(), "chars": u, "matched": m,
            "missing": miss, "extra": extra, "undecoded": undecoded, "agreement": agreement, "error": f.error}));
    }
    let overall = share(matched, union);
    let _ = writeln!(
        md,
        "Overall agreement **{:.4}%** over {} files, {} pages, {} characters (matched {}).\n",
        overall * 100.0,
        files.len(),
        pages,
        union,
        matched
    );
    let _ = writeln!(
        md,
        "Pages with characters pdftotext has and yusuan lacks, or undecodable codes: {}.\n",
        problems.len()
    );
    let _ = writeln!(
        md,
        "Pages where yusuan leaves more codes undecoded than pdftotext prints as U+FFFD or private \
         use (pdftotext drops some undecodable codes silently; these pages need a look): **{worse_undecoded}**.\n"
    );
    md.push_str("| file | pages | chars | agreement | missing | extra | undecoded |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for r in &rows {
        let pct = r["agreement"]
            .as_f64()
            .map_or("n/a (no text)".to_string(), |a| {
                format!("{:.3}%", a * 100.0)
            });
        let name = match r["error"].as_str() {
            Some(e) => format!("{} (error: {e})", r["file"].as_str().unwrap_or("")),
            None => r["file"].as_str().unwrap_or("").to_string(),
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} |",
            name, r["pages"], r["chars"], pct, r["missing"], r["extra"], r["undecoded"]
        );
    }
    if !problems.is_empty() {
        md.push_str("\nProblem pages (file, page, missing, extra, undecoded):\n\n");
        for p in problems.iter().take(200) {
            let _ = writeln!(
                md,
                "- {} p{}: missing {}, extra {}, undecoded {} (pdftotext: {})",
                p["file"].as_str().unwrap_or(""),
                p["page"],
                p["missing"],
                p["extra"],
                p["undecoded"],
                p["poppler_undecoded"]
            );
        }
    }
    let value = json!({"agreement": overall, "files": files.len(), "pages": pages, "chars": union,
        "matched": matched, "worse_undecoded_pages": worse_undecoded, "per_file": rows, "problem_pages": problems});
    (md, value)
}
