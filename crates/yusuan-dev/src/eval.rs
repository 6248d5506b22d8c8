//! Scoring facts and table kinds against the project's golden (golden/facts/*.json,
//! golden/kinds.tsv, both derived independently of this code: golden/facts/README.md). Shared by
//! the scorecard and the tests so both report the same figures.

use std::collections::HashMap;

use serde::Deserialize;

use yusuan::budget::document::Analysis;

#[derive(Debug, Deserialize)]
pub struct GoldenFact {
    pub table_kind: String,
    pub code: String,
    pub name: String,
    pub header_path: String,
    pub amount_yuan: String,
}

/// The comparison key: (table kind, code or else name, header path, amount in yuan).
type Key = (String, String, String, String);

fn key(kind: &str, code: &str, name: &str, path: &str, amount: &str) -> Key {
    let who = if code.is_empty() { name } else { code };
    (
        kind.to_string(),
        who.to_string(),
        path.to_string(),
        amount.to_string(),
    )
}

/// (matched, ours, golden) fact counts of one document, compared as multisets.
pub fn facts(analysis: &Analysis, golden: &[GoldenFact]) -> (usize, usize, usize) {
    let mut want: HashMap<Key, usize> = HashMap::new();
    for g in golden {
        *want
            .entry(key(
                &g.table_kind,
                &g.code,
                &g.name,
                &g.header_path,
                &g.amount_yuan,
            ))
            .or_default() += 1;
    }
    let mut ours = 0;
    let mut matched = 0;
    for t in &analysis.tables {
        for i in &t.items {
            ours += 1;
            let k = key(
                t.kind.as_str(),
                &i.code,
                &i.name,
                &i.header_path,
                &i.amount_yuan.to_string(),
            );
            if let Some(n) = want.get_mut(&k).filter(|n| **n > 0) {
                *n -= 1;
                matched += 1;
            }
        }
    }
    (matched, ours, golden.len())
}

/// One line of golden/kinds.tsv: (file name, first page, kind).
pub fn parse_kinds(tsv: &str) -> Vec<(String, u32, String)> {
    tsv.lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let file = cols.first()?.rsplit('/').next()?.to_string();
            Some((
                file,
                cols.get(1)?.trim().parse().ok()?,
                cols.get(3)?.trim().to_string(),
            ))
        })
        .collect()
}

/// (right, listed) for the golden tables of one file: a listed table is right when a table of
/// ours starting on its first page has its kind.
pub fn kinds(analysis: &Analysis, listed: &[(u32, String)]) -> (usize, usize) {
    let right = listed
        .iter()
        .filter(|(page, kind)| {
            analysis
                .tables
                .iter()
                .any(|t| t.table.pages.first() == Some(page) && t.kind.as_str() == kind)
        })
        .count();
    (right, listed.len())
}
