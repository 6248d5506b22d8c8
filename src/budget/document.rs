//! A whole document: metadata (kind, year, issuing body), its tables classified, their facts,
//! and the checks within and across tables.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{self, Check, TableFacts};
use super::facts::{self, Item};
use super::kind::{self, Kind};
use crate::layout::layout_text;
use crate::pdf::PageContent;
use crate::table::Table;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    DeptBudget,
    UnitBudget,
    DeptFinal,
    GovBudget,
    GovFinal,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::DeptBudget => "dept_budget",
            DocKind::UnitBudget => "unit_budget",
            DocKind::DeptFinal => "dept_final",
            DocKind::GovBudget => "gov_budget",
            DocKind::GovFinal => "gov_final",
        }
    }

    pub fn government(self) -> bool {
        matches!(self, DocKind::GovBudget | DocKind::GovFinal)
    }
}

/// A table with its kind, facts and own checks.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AnalysedTable {
    pub kind: Kind,
    pub table: Table,
    pub items: Vec<Item>,
    pub checks: Vec<Check>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Analysis {
    pub doc_kind: Option<DocKind>,
    pub year: Option<u32>,
    pub body: Option<String>,
    pub tables: Vec<AnalysedTable>,
    /// Checks across tables.
    pub checks: Vec<Check>,
}

/// The document kind from the words of its first pages; `dept_tables` says whether its
/// tables name a department (部门名称：…), as only department disclosures do.
fn doc_kind(text: &str, dept_tables: bool) -> Option<DocKind> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let government = [
        "预算执行情况",
        "人民代表大会",
        "市级决算",
        "市级预算",
        "全市",
        "政府预算",
        "总预算",
        "本级决算",
    ]
    .iter()
    .any(|w| t.contains(w));
    // A department's own disclosure names itself so, even where it looks back on the past
    // year's 预算执行情况.
    let named = [
        "部门预算",
        "部门决算",
        "单位预算",
        "单位决算",
        "部门收支",
        "部门财务收支",
    ]
    .iter()
    .any(|w| t.contains(w));
    let department = named
        || dept_tables
        || t.contains("部门")
        || t.contains("单位名称")
        || t.contains("编制单位");
    if t.contains("单位预算") && (named || !government) {
        Some(DocKind::UnitBudget)
    } else if department && (named || !government) {
        if t.contains("决算") {
            Some(DocKind::DeptFinal)
        } else {
            Some(DocKind::DeptBudget)
        }
    } else if t.contains("决算") {
        Some(DocKind::GovFinal)
    } else if t.contains("预算") {
        Some(DocKind::GovBudget)
    } else {
        None
    }
}

/// The fiscal year: the year named with 预算/决算 (not the year whose budget execution a
/// report looks back on), else the first year printed.
fn year(text: &str) -> Option<u32> {
    // Full-width digits too: 北京市２０２２年市级决算.
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect();
    let chars: Vec<char> = t.chars().collect();
    let mut first = None;
    for (i, y) in super::measure::years(&chars) {
        first.get_or_insert(y);
        let after: String = chars.iter().skip(i + 5).take(8).collect();
        let named = [
            "度部门预算",
            "度部门决算",
            "部门预算",
            "部门决算",
            "单位预算",
            "度单位预算",
            "预算的报告",
            "预算草案",
            "市级决算",
            "度决算",
            "决算",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        if named && !after.starts_with("预算执行") {
            return Some(y);
        }
    }
    first
}

/// Analyses a document's pages and tables.
pub fn analyse(pages: &[PageContent], tables: Vec<Table>) -> Analysis {
    let front: String = pages.iter().take(3).map(layout_text).collect();
    let doc_kind = doc_kind(&front, tables.iter().any(|t| t.body.is_some()));
    let government = doc_kind.is_some_and(DocKind::government);
    let mut bodies: Vec<&str> = tables.iter().filter_map(|t| t.body.as_deref()).collect();
    bodies.sort_unstable();
    let body = bodies
        .chunk_by(|a, b| a == b)
        .max_by_key(|g| g.len())
        .and_then(|g| g.first())
        .map(|s| s.to_string());
    let year = year(&front);
    let analysed: Vec<AnalysedTable> = tables
        .into_iter()
        .map(|table| {
            let kind = kind::classify(table.title.as_deref().unwrap_or(""), government);
            let mut items = if matches!(kind, Kind::PerformanceProject | Kind::PerformanceDept) {
                facts::form_items(&table)
            } else {
                facts::items(&table)
            };
            for item in &mut items {
                item.measure = super::measure::dated(item.measure, &item.header_path, year);
            }
            AnalysedTable {
                kind,
                table,
                items,
                checks: Vec::new(),
            }
        })
        .collect();
    let mut analysed = analysed;
    let titles: Vec<&str> = analysed
        .iter()
        .map(|a| a.table.title.as_deref().unwrap_or(""))
        .collect();
    let mut kinds: Vec<Kind> = analysed.iter().map(|a| a.kind).collect();
    kind::disambiguate(&titles, &mut kinds);
    drop(titles);
    for (a, k) in analysed.iter_mut().zip(kinds) {
        a.kind = k;
    }
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
    let is_final = matches!(doc_kind, Some(DocKind::DeptFinal | DocKind::GovFinal));
    across.extend(super::narrative::checks(pages, &analysed, year, is_final));
    if doc_kind == Some(DocKind::DeptFinal) {
        across.extend(missing_final_tables(&analysed));
    }
    Analysis {
        doc_kind,
        year,
        body,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_kinds() {
        assert_eq!(
            year("关于北京市2021年预算执行情况和2022年预算的报告"),
            Some(2022)
        );
        assert_eq!(year("上海市普陀区财政局2024年度部门决算"), Some(2024));
        assert_eq!(
            year("北京市２０２２年市级决算 北京市财政局 ２０２３年７月"),
            Some(2022)
        );
        assert_eq!(year("江苏省高级人民法院2017年度部门预算公开"), Some(2017));
        assert_eq!(doc_kind("2026年单位预算", false), Some(DocKind::UnitBudget));
        assert_eq!(
            doc_kind("2024年度部门决算", false),
            Some(DocKind::DeptFinal)
        );
        assert_eq!(
            doc_kind("北京市２０２２年市级决算", false),
            Some(DocKind::GovFinal)
        );
        assert_eq!(doc_kind("收支预算总表", true), Some(DocKind::DeptBudget));
        assert_eq!(
            doc_kind("关于2021年预算执行情况和2022年预算草案的报告", false),
            Some(DocKind::GovBudget)
        );
    }
}
