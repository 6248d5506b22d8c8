//! Tables of the synthetic corpus (corpus/, written by make-corpus) against the generator's
//! model in golden/*.json. The golden keeps spaces exactly as the generator printed them; cell
//! text in yusuan drops a space next to a CJK or full-width character (typesetting, not
//! content: docs/tables.md), so the golden's text is compared after the same rule.

use std::path::Path;

use yusuan::layout::is_wide_char;
use yusuan::pdf::Document;
use yusuan::table::page_tables;

/// Spaces next to a wide character removed; other runs of whitespace collapsed to one space.
fn convention(s: &str) -> String {
    let chars: Vec<char> = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let after = chars.get(i + 1).copied();
            if before.is_some_and(is_wide_char) || after.is_some_and(is_wide_char) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[test]
fn fixture_tables_match_the_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut total, mut matched, mut missing) = (0usize, 0usize, Vec::new());
    let mut entries: Vec<_> = std::fs::read_dir(root.join("golden"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
    {
        let g: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let doc = Document::open(&root.join(g["file"].as_str().unwrap())).unwrap();
        for page in g["pages"].as_array().unwrap() {
            let n = page["number"].as_u64().unwrap() as u32;
            let tables = page_tables(&doc.page(n).unwrap());
            for gt in page["tables"].as_array().into_iter().flatten() {
                let want: Vec<Vec<String>> = gt["cells"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| {
                        r.as_array()
                            .unwrap()
                            .iter()
                            .map(|c| convention(c.as_str().unwrap()))
                            .collect()
                    })
                    .collect();
                let cells: usize = want.iter().map(Vec::len).sum();
                total += cells;
                // The table of the same shape; its cells laid out as the golden's grid.
                let found = tables
                    .iter()
                    .find(|t| t.n_rows == want.len() && want.iter().all(|r| r.len() == t.n_cols));
                let Some(t) = found else {
                    missing.push(format!("{} p{n}: {}", path.display(), gt["title"]));
                    continue;
                };
                let mut grid = vec![vec![String::new(); t.n_cols]; t.n_rows];
                for c in &t.cells {
                    grid[c.row][c.col] = c.text.clone();
                }
                for (r, (got, exp)) in grid.iter().zip(&want).enumerate() {
                    for (k, (a, b)) in got.iter().zip(exp).enumerate() {
                        if a == b {
                            matched += 1;
                        } else {
                            eprintln!("{} p{n} ({r},{k}): got {a:?}, want {b:?}", path.display());
                        }
                    }
                }
            }
        }
    }
    eprintln!("fixture table cells {matched}/{total}; tables not found: {missing:?}");
    assert!(missing.is_empty(), "tables not found: {missing:#?}");
    assert!(
        matched as f64 >= 0.99 * total as f64,
        "cells {matched}/{total}"
    );
}
