//! A dataset CSV as records keyed by header name (never by position: columns get added).

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
