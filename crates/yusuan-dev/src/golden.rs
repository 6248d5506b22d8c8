//! Scoring tables against a verified golden file (`golden/real/*.json`): cell-level exact
//! match of text and grid position, and whether each multi-page table was merged. Used by the
//! scorecard and the tests alike, so both report the same figure.

use serde::Deserialize;

use yusuan::table::Table;

#[derive(Debug, Deserialize)]
pub struct GoldenCell {
    pub row: usize,
    pub col: usize,
    pub rowspan: usize,
    pub colspan: usize,
    pub text: String,
}

#[derive(Debug, Deserialize)]
pub struct GoldenTable {
    pub pages: Vec<u32>,
    pub title: Option<String>,
    pub n_rows: usize,
    pub n_cols: usize,
    pub cells: Vec<GoldenCell>,
}

#[derive(Debug, Deserialize)]
pub struct GoldenDoc {
    /// Path below the shared corpus folder, e.g. `dept/….pdf`.
    pub file: String,
    pub producer: Option<String>,
    pub tables: Vec<GoldenTable>,
}

/// The comparison of one document's tables with its golden.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Score {
    pub golden_tables: usize,
    pub golden_cells: usize,
    /// Golden cells found with the same position, spans and text.
    pub matched_cells: usize,
    pub multi_page_tables: usize,
    /// Multi-page golden tables found as one table over the same pages.
    pub multi_page_merged: usize,
    /// Golden tables with no table of ours starting on their first page.
    pub missed_tables: usize,
    /// Tables of ours matched to no golden table.
    pub extra_tables: usize,
    /// (golden pages, cells matched, cells) of tables not matched in full.
    pub imperfect: Vec<(Vec<u32>, usize, usize)>,
}

fn cell_key(
    row: usize,
    col: usize,
    rowspan: usize,
    colspan: usize,
    text: &str,
) -> (usize, usize, usize, usize, String) {
    (row, col, rowspan, colspan, text.to_string())
}

/// Matches each golden table to the unused table of ours that starts on the same page and
/// shares the most cells, then counts.
pub fn score(ours: &[Table], golden: &GoldenDoc) -> Score {
    let mut s = Score::default();
    let mut used = vec![false; ours.len()];
    for g in &golden.tables {
        s.golden_tables += 1;
        s.golden_cells += g.cells.len();
        if g.pages.len() > 1 {
            s.multi_page_tables += 1;
        }
        let want: Vec<_> = g
            .cells
            .iter()
            .map(|c| cell_key(c.row, c.col, c.rowspan, c.colspan, &c.text))
            .collect();
        let best = ours
            .iter()
            .enumerate()
            .filter(|(k, t)| {
                !used.get(*k).copied().unwrap_or(true) && t.pages.first() == g.pages.first()
            })
            .map(|(k, t)| {
                let got: std::collections::HashSet<_> = t
                    .cells
                    .iter()
                    .map(|c| cell_key(c.row, c.col, c.rowspan, c.colspan, &c.text))
                    .collect();
                (k, want.iter().filter(|w| got.contains(*w)).count())
            })
            .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)));
        match best {
            Some((k, n)) => {
                if let Some(u) = used.get_mut(k) {
                    *u = true;
                }
                s.matched_cells += n;
                if g.pages.len() > 1 && ours.get(k).is_some_and(|t| t.pages == g.pages) {
                    s.multi_page_merged += 1;
                }
                if n < want.len() {
                    s.imperfect.push((g.pages.clone(), n, want.len()));
                }
            }
            None => {
                s.missed_tables += 1;
                s.imperfect.push((g.pages.clone(), 0, want.len()));
            }
        }
    }
    s.extra_tables = used.iter().filter(|u| !**u).count();
    s
}

/// Reads a golden file, runs the table layer on the document it names (below `corpus`) and
/// scores it.
pub fn score_file(
    corpus: &std::path::Path,
    golden: &std::path::Path,
) -> Result<(GoldenDoc, Score), String> {
    let text = std::fs::read_to_string(golden).map_err(|e| format!("{}: {e}", golden.display()))?;
    let g: GoldenDoc =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", golden.display()))?;
    let doc = yusuan::pdf::Document::open(&corpus.join(&g.file))
        .map_err(|e| format!("{}: {e}", g.file))?;
    let pages = (1..=doc.page_count())
        .map(|n| doc.page(n))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let s = score(&yusuan::table::document_tables(&pages), &g);
    Ok((g, s))
}
