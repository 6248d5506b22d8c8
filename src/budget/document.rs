//! A whole document: metadata (kind, year, issuing body), its tables classified, their facts,
//! and the checks within and across tables.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{self, Check, TableFacts};
use super::facts::{self, Item};
use super::identity::{Identity, identify};
use super::kind::{self, Family, Kind};
use super::measure::{self, Stage};
use super::places::{Level, Region};
use crate::layout::layout_text;
use crate::pdf::PageContent;
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
    pub items: Vec<Item>,
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
}

/// A page's layout text: what the analysis reads of a page besides its tables, kept for every
/// page of a long document whose pages are not (src/pipeline.rs).
#[derive(Debug, Clone)]
pub struct PageText {
    pub number: u32,
    pub text: String,
}

impl PageText {
    pub fn of(page: &PageContent) -> PageText {
        PageText {
            number: page.number,
            text: layout_text(page),
        }
    }
}

/// Analyses a document's pages and tables.
pub fn analyse(pages: &[PageText], tables: Vec<Table>) -> Analysis {
    let front: Vec<String> = pages.iter().take(3).map(|p| p.text.clone()).collect();
    let bodies: Vec<&str> = tables.iter().filter_map(|t| t.body.as_deref()).collect();
    let titles: Vec<&str> = tables.iter().filter_map(|t| t.title.as_deref()).collect();
    let Identity {
        doc_kind,
        year,
        body,
        region,
        level,
        entity,
    } = identify(&front, &bodies, &titles);
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
            let kind = kind::classify(table.title.as_deref().unwrap_or(""), family);
            let mut items = if matches!(kind, Kind::PerformanceProject | Kind::PerformanceDept)
                && facts::is_form(&table)
            {
                facts::form_items(&table)
            } else {
                facts::items(&table)
            };
            let title = table.title.as_deref().unwrap_or("");
            for item in &mut items {
                item.measure = measure::dated(item.measure, &item.header_path, year);
                item.stage = measure::stage(&item.header_path, title, doc_stage);
                item.fiscal_year = measure::fiscal_year(&item.header_path, title, year);
            }
            AnalysedTable {
                kind,
                area: String::new(),
                table,
                items,
                checks: Vec::new(),
            }
        })
        .collect();
    let views: Vec<TableFacts<'_>> = analysed
        .iter()
        .map(|a| TableFacts {
            kind: a.kind,
            items: &a.items,
            paths: a.table.columns.iter().map(|c| c.path.clone()).collect(),
        })
        .collect();
    let per_table: Vec<Vec<Check>> = views
        .iter()
        .enumerate()
        .map(|(i, v)| checks::table_checks(i, v))
        .collect();
    let across = checks::document_checks(&views);
    drop(views);
    for (i, (a, c)) in analysed.iter_mut().zip(per_table).enumerate() {
        a.checks = c;
        a.checks.extend(stacked_checks(i, &a.table));
    }
    let mut across = across;
    across.extend(super::narrative::checks(pages, &analysed, year, is_final));
    if matches!(doc_kind, Some(DocKind::DeptFinal | DocKind::UnitFinal)) {
        across.extend(missing_final_tables(&analysed));
    }
    // Codes matched to names after the checks: the checks stay those of printed codes.
    let government = family == Family::Government;
    super::classify::apply(&mut analysed, year, government);
    super::area::apply(&mut analysed, government);
    Analysis {
        doc_kind,
        year,
        body,
        region,
        level,
        entity,
        tables: analysed,
        checks: across,
    }
}

/// A failed check for each body cell printing figures on several lines: rows the table layer
/// did not part (`500` over `100` over `300`) or a figure wrapped in a narrow cell (`1682.7`
/// over `6`), which the text cannot tell apart. Either gives no amount (gluing would invent
/// one); the check says where figures were left unread.
fn stacked_checks(idx: usize, t: &Table) -> Vec<Check> {
    t.cells
        .iter()
        .filter(|c| c.row >= t.header_rows)
        .filter_map(|c| {
            let n = facts::stacked_figures(c)?;
            Some(Check {
                table: Some(idx),
                check: format!(
                    "one figure per cell: row {} col {} prints figures on {n} lines ({}), no amount",
                    c.row, c.col, c.text
                ),
                expected: Decimal::ONE,
                actual: Decimal::from(n),
                status: checks::Status::Fail,
                pages: vec![c.page],
                cells: vec![checks::Place {
                    table: idx,
                    row: c.row,
                    col: c.col,
                }],
            })
        })
        .collect()
}

/// The nine tables every 部门决算 discloses (the Ministry of Finance's template): a missing
/// one is a failed check.
fn missing_final_tables(tables: &[AnalysedTable]) -> Vec<Check> {
    [
        Kind::RevenueExpenditureSummary,
        Kind::Revenue,
        Kind::Expenditure,
        Kind::FiscalSummary,
        Kind::GpbExpenditure,
        Kind::GpbBasicExpenditure,
        Kind::ThreePublic,
        Kind::GovFund,
        Kind::SoeCapital,
    ]
    .into_iter()
    .map(|k| {
        let found = tables.iter().filter(|t| t.kind == k).count();
        Check {
            table: None,
            check: format!("standard table present: {}", k.as_str()),
            expected: Decimal::ONE,
            actual: Decimal::from(found.min(1)),
            status: if found > 0 {
                checks::Status::Pass
            } else {
                checks::Status::Fail
            },
            pages: Vec::new(),
            cells: Vec::new(),
        }
    })
    .collect()
}
