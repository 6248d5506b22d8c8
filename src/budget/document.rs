//! A whole document: metadata (kind, year, issuing body), its tables classified, their facts,
//! and the checks within and across tables.

use serde::{Deserialize, Serialize};

use super::checks::{self, Check, TableFacts};
use super::facts::{self, Item};
use super::identity::{Identity, identify};
use super::kind::{self, Family, Kind};
use super::measure::{self, Stage};
use super::places::{Level, Region};
use crate::layout::layout_text;
use crate::pdf::{Glyph, PageContent, Rect};
use crate::table::Table;

pub use super::identity::DocKind;

/// A table with its kind, facts and own checks.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnalysedTable {
    pub kind: Kind,
    /// The government its figures belong to (`area`); `""` when none is told.
    #[serde(default)]
    pub area: String,
    pub table: Table,
    /// The printed amounts: everything that sums or compares money reads these.
    pub items: Vec<Item>,
    /// The figures of percentage columns (为预算%, 增长%): items with a percent and no
    /// amount, apart so that no sum, check or panel takes one for money.
    #[serde(default)]
    pub rates: Vec<Item>,
    pub checks: Vec<Check>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Analysis {
    pub doc_kind: Option<DocKind>,
    pub year: Option<u32>,
    pub body: Option<String>,
    pub region: Region,
    pub level: Option<Level>,
    /// `province/city/county/body`: the same entity in every year.
    pub entity: String,
    pub tables: Vec<AnalysedTable>,
    /// Checks across tables.
    pub checks: Vec<Check>,
    /// The figures the running text states.
    #[serde(default)]
    pub statements: Vec<super::statements::Statement>,
    /// Body cells printing figures on several lines, which gave no amount.
    #[serde(default)]
    pub unread: Vec<Unread>,
}

/// A body cell whose figures give no amount, so they are lost to the dataset: the document is
/// `partial` and its message says where (src/pipeline.rs). Not a check: nothing says the page
/// is wrong (a malformed figure may be; the dataset does not guess which figure it meant).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Unread {
    pub page: u32,
    /// Index of the table in [`Analysis::tables`].
    pub table: usize,
    pub row: usize,
    pub col: usize,
    /// How many lines of figures the cell prints.
    pub lines: usize,
    pub text: String,
    #[serde(default)]
    pub kind: UnreadKind,
}

/// Why a cell's figures give no amount.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnreadKind {
    /// Figures on several lines: rows the table layer did not part (`500` over `100` over
    /// `300`) or a figure wrapped in a narrow cell (`1682.7` over `6`), which the text cannot
    /// tell apart; gluing would invent an amount.
    #[default]
    Stacked,
    /// One figure whose separators are misplaced (`20,580,00`, `5,2000`): 2,058,000 or
    /// 20,580.00 cannot be told.
    Malformed,
}

/// What the analysis reads of a page besides its tables, kept for every page of a long
/// document whose pages are not (src/pipeline.rs): its layout text, and the glyphs of its
/// running text (those outside the tables' cells: the statements are read from them).
#[derive(Debug, Clone)]
pub struct PageText {
    pub number: u32,
    pub text: String,
    pub glyphs: Vec<Glyph>,
}

impl PageText {
    pub fn of(page: &PageContent) -> PageText {
        PageText {
            number: page.number,
            text: layout_text(page),
            glyphs: page.glyphs.clone(),
        }
    }

    /// Keeps only the glyphs whose centre lies in none of `cells`.
    pub fn keep_outside(&mut self, cells: &[Rect]) {
        let index = CellIndex::new(cells);
        self.glyphs.retain(|g| !index.contains(g.bbox.center()));
    }
}

/// The cells of a page in buckets of a grid over them, so that a glyph is tested against the
/// cells near it only: every glyph against every cell costs seconds on a page of 50,000
/// figures in 10,000 cells. A cell spanning many buckets is tested for every glyph.
struct CellIndex<'a> {
    cells: &'a [Rect],
    bounds: Rect,
    /// Buckets per side.
    n: usize,
    buckets: Vec<Vec<usize>>,
    wide: Vec<usize>,
}

impl<'a> CellIndex<'a> {
    /// Buckets a cell may span before it is tested for every glyph instead.
    const SPAN: usize = 16;

    fn new(cells: &'a [Rect]) -> CellIndex<'a> {
        let bounds = cells
            .iter()
            .copied()
            .reduce(|a, b| a.union(&b))
            .unwrap_or(Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 0.0,
                y1: 0.0,
            });
        // About one cell a bucket for a grid of cells, at most 128 x 128 buckets.
        let n = (cells.len() as f64).sqrt().ceil().clamp(1.0, 128.0) as usize;
        let mut index = CellIndex {
            cells,
            bounds,
            n,
            buckets: vec![Vec::new(); n * n],
            wide: Vec::new(),
        };
        for (i, c) in cells.iter().enumerate() {
            let (x0, y0) = index.bucket((c.x0, c.y0));
            let (x1, y1) = index.bucket((c.x1, c.y1));
            if (x1 - x0 + 1) * (y1 - y0 + 1) > Self::SPAN {
                index.wide.push(i);
                continue;
            }
            for y in y0..=y1 {
                for x in x0..=x1 {
                    if let Some(b) = index.buckets.get_mut(y * n + x) {
                        b.push(i);
                    }
                }
            }
        }
        index
    }

    /// The bucket (column, row) of a point, points outside the bounds in the edge buckets.
    fn bucket(&self, (x, y): (f64, f64)) -> (usize, usize) {
        let b = &self.bounds;
        let at = |v: f64, lo: f64, hi: f64| {
            let k = if hi > lo {
                ((v - lo) / (hi - lo) * self.n as f64).floor()
            } else {
                0.0
            };
            (k.max(0.0) as usize).min(self.n - 1)
        };
        (at(x, b.x0, b.x1), at(y, b.y0, b.y1))
    }

    fn contains(&self, p: (f64, f64)) -> bool {
        if !self.bounds.contains(p) {
            return false;
        }
        let (x, y) = self.bucket(p);
        let near = self
            .buckets
            .get(y * self.n + x)
            .map_or(&[][..], Vec::as_slice);
        near.iter()
            .chain(&self.wide)
            .any(|&i| self.cells.get(i).is_some_and(|c| c.contains(p)))
    }
}

/// What names a document besides its pages' text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sources<'a> {
    /// The file's Info /Title, for the body when the pages print none.
    pub info_title: Option<&'a str>,
    /// The text of a scanned first page as OCR reads it: the identity is read from it in
    /// place of the (empty) front pages; nothing else is.
    pub cover: Option<&'a str>,
}

/// Analyses a document's pages and tables.
pub fn analyse(pages: &[PageText], tables: Vec<Table>, sources: Sources) -> Analysis {
    let front: Vec<String> = match sources.cover {
        Some(cover) => vec![cover.to_string()],
        None => pages.iter().take(3).map(|p| p.text.clone()).collect(),
    };
    let bodies: Vec<&str> = tables.iter().filter_map(|t| t.body.as_deref()).collect();
    let titles: Vec<&str> = tables.iter().filter_map(|t| t.title.as_deref()).collect();
    let mut id = identify(&front, &bodies, &titles, sources.info_title);
    let texts: Vec<&str> = pages.iter().map(|p| p.text.as_str()).collect();
    super::identity::placed_by_pages(&mut id, &texts);
    let Identity {
        doc_kind,
        year,
        body,
        region,
        level,
        entity,
    } = id;
    let family = match doc_kind {
        Some(k) if k.government() => Family::Government,
        Some(DocKind::Other) => Family::None,
        _ => Family::Department,
    };
    let is_final = doc_kind.is_some_and(DocKind::is_final);
    let doc_stage = if is_final {
        Stage::Final
    } else {
        Stage::Budget
    };
    let mut analysed: Vec<AnalysedTable> = tables
        .into_iter()
        .map(|table| {
            let kind = match kind::classify(table.title.as_deref().unwrap_or(""), family) {
                Kind::Other
                    if family == Family::Department && kind::performance_grid(&table.columns) =>
                {
                    Kind::PerformanceProject
                }
                k => k,
            };
            let all = if matches!(kind, Kind::PerformanceProject | Kind::PerformanceDept)
                && facts::is_form(&table)
            {
                facts::form_items(&table)
            } else {
                facts::items(&table)
            };
            // A table of a budget by area (rows 南京市, 无锡市 …) is no table of classes.
            let mut rows = std::collections::BTreeMap::new();
            for i in &all {
                rows.entry(i.row).or_insert(i.name.as_str());
            }
            let kind = if kind::classified(kind) && kind::by_region(rows.into_values()) {
                Kind::GovByRegion
            } else {
                kind
            };
            let (mut rates, mut items): (Vec<Item>, Vec<Item>) =
                all.into_iter().partition(|i| i.percent.is_some());
            let title = table.title.as_deref().unwrap_or("");
            for item in &mut items {
                item.measure = measure::dated(item.measure, &item.header_path, year);
                item.stage = measure::stage(&item.header_path, title, doc_stage);
                item.fiscal_year = measure::fiscal_year(&item.header_path, title, year);
                // A year told by the title alone (2021年全市一般公共预算执行情况表 in a 2022
                // budget report, columns 收入 | 支出) dates the figure as a header year would.
                if item.fiscal_year < year && item.fiscal_year.is_some() && !item.measure.prior {
                    item.measure.prior = true;
                    item.measure.next = false;
                }
            }
            // A rate's measure says what it is a ratio of; which figure of which year it is
            // told by the levels above it (2023年执行数 / 增长%), else the title (为预算% in
            // an 执行情况表 is of the executed figure, not the budget), else the document.
            for rate in &mut rates {
                let above = rate.header_path.rsplit_once(" / ").map_or("", |(a, _)| a);
                rate.stage = measure::stage(above, title, doc_stage);
                rate.fiscal_year = measure::fiscal_year(above, title, year);
            }
            AnalysedTable {
                kind,
                area: String::new(),
                table,
                items,
                rates,
                checks: Vec::new(),
            }
        })
        .collect();
    let views: Vec<TableFacts<'_>> = analysed.iter().map(TableFacts::of).collect();
    let mut per_table: Vec<Vec<Check>> = views
        .iter()
        .enumerate()
        .map(|(i, v)| checks::table_checks(i, v))
        .collect();
    let across = checks::document_checks(&views);
    drop(views);
    let unread: Vec<Unread> = analysed
        .iter()
        .enumerate()
        .flat_map(|(i, a)| unread_cells(i, &a.table))
        .collect();
    let mut across = across;
    let (statements, text_checks) = super::narrative::analyse(pages, &analysed, year, doc_kind);
    across.extend(text_checks);
    for c in &mut per_table {
        checks::locate(&analysed, c);
    }
    checks::locate(&analysed, &mut across);
    for (a, c) in analysed.iter_mut().zip(per_table) {
        a.checks = c;
    }
    // Codes matched to names after the checks: the checks stay those of printed codes.
    let government = family == Family::Government;
    super::classify::apply(&mut analysed, year, government);
    super::area::apply(&mut analysed, government);
    if government {
        // After the area: a figure is a repeat within its area.
        for t in &mut analysed {
            super::classify::mark_repeats(&mut t.items);
        }
    }
    for t in &mut analysed {
        facts::rates_follow_rows(&t.items, &mut t.rates, &t.area);
    }
    // A government report's stated totals against its tables: only now are the tables'
    // areas read.
    if matches!(
        doc_kind,
        Some(
            DocKind::GovBudget
                | DocKind::GovBudgetTables
                | DocKind::GovFinal
                | DocKind::GovFinalTables
        )
    ) {
        across.extend(checks::stated_tables::checks(
            &statements,
            &analysed,
            year,
            is_final,
        ));
    }
    Analysis {
        doc_kind,
        year,
        body,
        region,
        level,
        entity,
        tables: analysed,
        checks: across,
        statements,
        unread,
    }
}

/// The body cells of table `idx` whose figures give no amount.
fn unread_cells(idx: usize, t: &Table) -> Vec<Unread> {
    t.cells
        .iter()
        .filter(|c| c.row >= t.header_rows)
        .filter_map(|c| {
            let (lines, kind) = match facts::stacked_figures(c) {
                Some(lines) => (lines, UnreadKind::Stacked),
                None if facts::malformed_figure(c) => (1, UnreadKind::Malformed),
                None => return None,
            };
            Some(Unread {
                page: c.page,
                table: idx,
                row: c.row,
                col: c.col,
                lines,
                text: c.text.clone(),
                kind,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::CellIndex;
    use crate::pdf::Rect;

    /// The index finds what testing every cell finds: grids of cells, cells spanning many
    /// buckets, cells of no area, points on borders and outside.
    #[test]
    fn the_cell_index_agrees_with_every_cell() {
        let mut cells = Vec::new();
        for r in 0..40 {
            for c in 0..25 {
                let (x, y) = (10.0 + f64::from(c) * 20.0, 50.0 + f64::from(r) * 12.5);
                cells.push(Rect {
                    x0: x,
                    y0: y,
                    x1: x + 20.0,
                    y1: y + 12.5,
                });
            }
        }
        cells.push(Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 600.0,
            y1: 60.0,
        });
        cells.push(Rect {
            x0: 300.0,
            y0: 300.0,
            x1: 300.0,
            y1: 300.0,
        });
        let index = CellIndex::new(&cells);
        let mut v: u64 = 7;
        let mut next = || {
            v = v
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((v >> 33) % 7000) as f64 / 10.0 - 20.0
        };
        let mut points: Vec<(f64, f64)> = (0..20_000).map(|_| (next(), next())).collect();
        points.extend([
            (10.0, 50.0),
            (510.0, 550.0),
            (300.0, 300.0),
            (30.0, 62.5),
            (-1.0, 0.0),
        ]);
        let mut inside = 0;
        for p in points {
            let want = cells.iter().any(|c| c.contains(p));
            assert_eq!(index.contains(p), want, "{p:?}");
            inside += usize::from(want);
        }
        assert!(inside > 1000, "{inside}");
        assert!(!CellIndex::new(&[]).contains((0.0, 0.0)));
    }
}
