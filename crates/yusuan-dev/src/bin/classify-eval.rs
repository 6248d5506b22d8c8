//! The name matcher measured against printed codes: in the tables of government documents
//! that print their codes, every row is matched from its name alone (the printed code
//! ignored) and the result compared with the code printed beside it.
//!
//! usage: classify-eval OUT_DIR   (a directory `yusuan extract --format csv,json` wrote)
//! Prints per level: rows compared, matched, right, wrong, and every wrong one.

use std::collections::BTreeMap;
use std::path::Path;

use yusuan::budget::classify;
use yusuan::dataset::DocRecord;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: classify-eval OUT_DIR");
        std::process::exit(2);
    };
    let mut files: Vec<_> = std::fs::read_dir(Path::new(&dir).join("json"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    // level -> (printed rows, matched, right)
    let mut n: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(&f) else {
            continue;
        };
        let Ok(rec) = serde_json::from_slice::<DocRecord>(&bytes) else {
            continue;
        };
        let Some(a) = rec.analysis.as_ref() else {
            continue;
        };
        if !a.doc_kind.is_some_and(|k| k.government()) {
            continue;
        }
        for t in &a.tables {
            let got: BTreeMap<usize, classify::Found> = classify::names_only(t)
                .into_iter()
                .map(|(k, _, f)| (k, f))
                .collect();
            let mut rows = std::collections::BTreeSet::new();
            for (k, i) in t.items.iter().enumerate() {
                // One comparison per printed row, function and revenue codes only.
                if i.code.is_empty() || i.code.len() > 7 || !rows.insert(i.row) {
                    continue;
                }
                if !matches!(i.code.as_bytes().first(), Some(b'1' | b'2')) {
                    continue;
                }
                let level = i.code_level.map_or("", |l| l.as_str()).to_string();
                let e = n.entry(level).or_default();
                e.0 += 1;
                if let Some(m) = got.get(&k) {
                    e.1 += 1;
                    if m.code == i.code {
                        e.2 += 1;
                    } else {
                        wrong.push(format!(
                            "{}:{}\t{}\t{}\tprinted {}\tmatched {}",
                            rec.file,
                            i.page,
                            t.kind.as_str(),
                            i.name,
                            i.code,
                            m.code
                        ));
                    }
                }
            }
        }
    }
    println!("level\tprinted rows\tmatched\tright\twrong");
    for (l, (p, m, r)) in &n {
        println!("{l}\t{p}\t{m}\t{r}\t{}", m - r);
    }
    for w in wrong {
        println!("WRONG\t{w}");
    }
}
