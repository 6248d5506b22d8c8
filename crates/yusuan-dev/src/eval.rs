//! Scoring facts and table kinds against the project's golden (golden/facts/*.json,
//! golden/kinds.tsv, both derived independently of this code: golden/facts/README.md). Shared by
//! the scorecard and the tests so both report the same figures.

use std::collections::HashMap;

use serde::Deserialize;

use yusuan::budget::document::Analysis;

#[derive(Debug, Deserialize)]
pub struct GoldenFact {
    pub table_kind: String,
    #[serde(default)]
    pub table_title: String,
    pub code: String,
    pub name: String,
    pub header_path: String,
    pub amount_yuan: String,
}

/// The comparison key: (table kind, code or else name, header path, amount in yuan).
type Key = (String, String, String, String);

/// An amount compared by value: `13522700.00`, `13522700.0` and `13522700` are one amount.
pub fn norm_amount(a: &str) -> String {
    let t = if a.contains('.') {
        a.trim_end_matches('0').trim_end_matches('.')
    } else {
        a
    };
    if t == "-0" {
        "0".to_string()
    } else {
        t.to_string()
    }
}

fn key(kind: &str, code: &str, name: &str, path: &str, amount: &str) -> Key {
    let who = if code.is_empty() { name } else { code };
    (
        kind.to_string(),
        who.to_string(),
        path.to_string(),
        norm_amount(amount),
    )
}

/// (matched, ours, golden) fact counts of one document, compared as multisets. A golden fact
/// of kind `other` takes the kind `relabel` lists for its table's title (golden/facts was
/// derived with golden/kinds.tsv, whose `other` tables golden/kinds-dept-v2.tsv names).
pub fn facts(
    analysis: &Analysis,
    golden: &[GoldenFact],
    relabel: &[Listed],
) -> (usize, usize, usize) {
    let mut want: HashMap<Key, usize> = HashMap::new();
    for g in golden {
        let title = norm_title(&g.table_title);
        let kind = match g.table_kind.as_str() {
            "other" => relabel
                .iter()
                .find(|l| norm_title(&l.title) == title)
                .map_or("other", |l| l.kind.as_str()),
            k => k,
        };
        *want
            .entry(key(kind, &g.code, &g.name, &g.header_path, &g.amount_yuan))
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
                &i.yuan().to_string(),
            );
            if let Some(n) = want.get_mut(&k).filter(|n| **n > 0) {
                *n -= 1;
                matched += 1;
            }
        }
    }
    (matched, ours, golden.len())
}

/// One document's facts compared as multisets at three strictnesses: `row` = (code or else
/// name, amount): the row and the figure; `strict` = `row` + table kind + the header path's
/// leaf; `full` = `strict` with the whole header path (the key of [`facts`]).
#[derive(Debug, Default, Clone, Copy)]
pub struct FactScore {
    pub ours: usize,
    pub golden: usize,
    pub row: usize,
    pub strict: usize,
    pub full: usize,
}

impl FactScore {
    /// (precision, recall) of `matched` facts.
    pub fn ratios(&self, matched: usize) -> (f64, f64) {
        let r = |n: usize| {
            if n == 0 {
                1.0
            } else {
                matched as f64 / n as f64
            }
        };
        (r(self.ours), r(self.golden))
    }
}

pub fn fact_score(analysis: &Analysis, golden: &[GoldenFact]) -> FactScore {
    let leaf = |p: &str| p.rsplit(" / ").next().unwrap_or("").to_string();
    let ours: Vec<Key> = analysis
        .tables
        .iter()
        .flat_map(|t| {
            t.items.iter().map(|i| {
                key(
                    t.kind.as_str(),
                    &i.code,
                    &i.name,
                    &i.header_path,
                    &i.yuan().to_string(),
                )
            })
        })
        .collect();
    let want: Vec<Key> = golden
        .iter()
        .map(|g| {
            key(
                &g.table_kind,
                &g.code,
                &g.name,
                &g.header_path,
                &g.amount_yuan,
            )
        })
        .collect();
    let matched = |f: &dyn Fn(&Key) -> Key| {
        let mut left: HashMap<Key, usize> = HashMap::new();
        for k in &want {
            *left.entry(f(k)).or_default() += 1;
        }
        ours.iter()
            .filter(|k| match left.get_mut(&f(k)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    true
                }
                _ => false,
            })
            .count()
    };
    let none = String::new;
    FactScore {
        ours: ours.len(),
        golden: want.len(),
        row: matched(&|k| (none(), k.1.clone(), none(), k.3.clone())),
        strict: matched(&|k| (k.0.clone(), k.1.clone(), leaf(&k.2), k.3.clone())),
        full: matched(&|k| k.clone()),
    }
}

/// One line of a kinds golden (golden/kinds-dept-v2.tsv, golden/kinds-dept2026.tsv): the
/// file name, the page the table starts on, its title as printed (whitespace removed), its kind.
#[derive(Debug, Clone)]
pub struct Listed {
    pub file: String,
    pub page: u32,
    pub title: String,
    pub kind: String,
}

pub fn parse_kinds(tsv: &str) -> Vec<Listed> {
    tsv.lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some(Listed {
                file: cols.first()?.rsplit('/').next()?.to_string(),
                page: cols.get(1)?.trim().parse().ok()?,
                title: cols.get(2)?.trim().to_string(),
                kind: cols.get(3)?.trim().to_string(),
            })
        })
        .collect()
}

/// A title compared: no whitespace, full-width forms as ASCII.
pub fn norm_title(t: &str) -> String {
    t.chars()
        .filter(|c| !c.is_whitespace())
        .map(yusuan::layout::ascii_char)
        .collect()
}

/// How the kinds of one file's listed tables came out.
#[derive(Debug, Default, Clone)]
pub struct KindScore {
    /// Listed tables found (a table of ours starts on their page) with the listed kind.
    pub right: usize,
    /// Listed tables found.
    pub found: usize,
    pub listed: usize,
    /// `page title: listed kind, ours` of every found table of another kind.
    pub misses: Vec<String>,
}

/// Scores the kinds of one file: each listed table is matched to a table of ours starting on
/// its page, by title (equal, else one containing the other), else the first one there.
pub fn kinds(analysis: &Analysis, listed: &[Listed]) -> KindScore {
    let mut s = KindScore::default();
    let mut used = vec![false; analysis.tables.len()];
    for l in listed {
        s.listed += 1;
        let want = norm_title(&l.title);
        let here: Vec<usize> = (0..analysis.tables.len())
            .filter(|&k| {
                !used.get(k).copied().unwrap_or(true)
                    && analysis.tables.get(k).and_then(|t| t.table.pages.first()) == Some(&l.page)
            })
            .collect();
        let title = |k: usize| {
            norm_title(
                analysis
                    .tables
                    .get(k)
                    .and_then(|t| t.table.title.as_deref())
                    .unwrap_or(""),
            )
        };
        let pick = here
            .iter()
            .copied()
            .find(|&k| title(k) == want)
            .or_else(|| {
                here.iter().copied().find(|&k| {
                    let t = title(k);
                    !t.is_empty() && (t.contains(&want) || want.contains(&t))
                })
            })
            .or_else(|| here.first().copied());
        let Some(k) = pick else { continue };
        if let Some(u) = used.get_mut(k) {
            *u = true;
        }
        s.found += 1;
        let ours = analysis.tables.get(k).map_or("", |t| t.kind.as_str());
        if ours == l.kind {
            s.right += 1;
        } else {
            s.misses
                .push(format!("p{} {}: {}, ours {ours}", l.page, l.title, l.kind));
        }
    }
    s
}
