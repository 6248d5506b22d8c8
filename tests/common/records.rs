//! A dataset CSV as records keyed by header name (never by position: columns get added), and a
//! table as printed (`--format tables`) as its grid of cells.

use std::collections::BTreeMap;
use std::path::Path;

pub fn records(p: &Path) -> Vec<BTreeMap<String, String>> {
    let mut rd = csv::Reader::from_path(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let h: Vec<String> = rd.headers().unwrap().iter().map(str::to_string).collect();
    rd.records()
        .map(|r| {
            h.iter()
                .cloned()
                .zip(r.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// A table as printed: rows of cell texts, no header (`tables/<doc_id>/<table_id>.csv`).
pub fn grid(p: &Path) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}
