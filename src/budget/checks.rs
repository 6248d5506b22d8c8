//! Consistency checks, reported not enforced: sums the tables imply, within a table and across
//! the tables of a document, compared exactly; a difference within the printed rounding of the
//! summands is `rounding`.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::facts::Item;
use super::kind::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Rounding,
    Fail,
}

impl Status {
    /// Pass when equal, rounding within `tolerance`, else fail.
    pub fn of(diff: Decimal, tolerance: Decimal) -> Status {
        if diff.is_zero() {
            Status::Pass
        } else if diff.abs() <= tolerance {
            Status::Rounding
        } else {
            Status::Fail
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Rounding => "rounding",
            Status::Fail => "fail",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// Table index (0-based) for a check within one table; `None` across tables.
    pub table: Option<usize>,
    pub check: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub expected: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub actual: Decimal,
    pub status: Status,
    pub pages: Vec<u32>,
    /// The cells of the figures compared, the printed one first (none for a check that does
    /// not compare table figures): where a failure is shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Place>,
}

/// A cell of one of a document's tables (0-based table index, grid row and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Place {
    pub table: usize,
    pub row: usize,
    pub col: usize,
}

impl Place {
    /// Where item `i` of table `table` is.
    pub fn of(table: usize, i: &Item) -> Place {
        Place {
            table,
            row: i.row,
            col: i.col,
        }
    }
}

/// Items of table `idx`, each with the index.
fn within<'a>(idx: usize, items: &[&'a Item]) -> Vec<(usize, &'a Item)> {
    items.iter().map(|&i| (idx, i)).collect()
}

/// A table's facts with what the checks need to know of it.
pub struct TableFacts<'a> {
    pub kind: Kind,
    pub items: &'a [Item],
    pub paths: Vec<Vec<String>>,
}

/// Compares `actual` (one printed figure) with the sum of `parts`, each item with the index of
/// its table.
fn compare(
    table: Option<usize>,
    check: String,
    (at, actual): (usize, &Item),
    named: &[(usize, &Item)],
) -> Check {
    let parts: Vec<&Item> = named.iter().map(|&(_, i)| i).collect();
    let expected = parts
        .iter()
        .try_fold(Decimal::ZERO, |a, p| a.checked_add(p.amount_yuan))
        .unwrap_or(Decimal::MAX);
    let scale = parts
        .iter()
        .chain(std::iter::once(&actual))
        .map(|i| i.value.scale())
        .max()
        .unwrap_or(0);
    // Half a unit of the last printed digit per printed figure, in yuan.
    let unit_yuan = actual
        .amount_yuan
        .checked_div(actual.value)
        .map_or(Decimal::ONE, |u| u.abs());
    let half = Decimal::try_new(5, scale + 1).unwrap_or(Decimal::ZERO) * unit_yuan;
    let tolerance = half * Decimal::from(parts.len() + 1);
    let status = Status::of(expected - actual.amount_yuan, tolerance);
    let mut pages: Vec<u32> = parts
        .iter()
        .map(|p| p.page)
        .chain(std::iter::once(actual.page))
        .collect();
    pages.sort_unstable();
    pages.dedup();
    Check {
        table,
        check,
        expected,
        actual: actual.amount_yuan,
        status,
        pages,
        cells: std::iter::once(Place::of(at, actual))
            .chain(named.iter().map(|&(t, i)| Place::of(t, i)))
            .collect(),
    }
}

fn is_total_name(name: &str) -> bool {
    matches!(
        name,
        "合计" | "总计" | "支出合计" | "支出总计" | "本年支出合计"
    ) || name.ends_with("合计") && name.len() <= 12
}

/// Checks within one table.
pub fn table_checks(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    let mut out = Vec::new();
    let by_col = group(t.items, |i| i.col);
    for items in by_col.values() {
        // Parent code = Σ its children (类 = Σ 款, 款 = Σ 项), per column.
        for parent in items
            .iter()
            .filter(|i| !i.code.is_empty() && (i.code_level == "类" || i.code_level == "款"))
        {
            let children: Vec<&Item> = items
                .iter()
                .copied()
                .filter(|c| c.parent_code == parent.code)
                .collect();
            if !children.is_empty() {
                out.push(compare(
                    Some(idx),
                    format!("{} {} = Σ children", parent.code, parent.measure),
                    (idx, parent),
                    &within(idx, &children),
                ));
            }
        }
        // 合计 row = Σ top-level rows (类).
        let tops: Vec<&Item> = items
            .iter()
            .copied()
            .filter(|i| i.code_level == "类")
            .collect();
        if let Some(total) = items
            .iter()
            .find(|i| i.code.is_empty() && is_total_name(&i.name))
            && !tops.is_empty()
        {
            out.push(compare(
                Some(idx),
                format!("合计 {} = Σ 类", total.measure),
                (idx, total),
                &within(idx, &tops),
            ));
        }
    }
    // A total column = Σ its sibling columns (same header parent), row by row; a sibling that
    // is a group of columns counts with its own 小计/合计 column.
    let by_row = group(t.items, |i| i.row);
    for row in by_row.values() {
        for total in row.iter().filter(|i| is_total_leaf(t.paths.get(i.col))) {
            let Some(path) = t.paths.get(total.col) else {
                continue;
            };
            let Some(parent) = path.len().checked_sub(1).and_then(|n| path.get(..n)) else {
                continue;
            };
            // Children of the parent that hold amounts (not the label and code columns).
            let amount_cols: Vec<usize> = t.items.iter().map(|i| i.col).collect();
            let mut children: Vec<&String> = t
                .paths
                .iter()
                .enumerate()
                .filter(|(c, p)| {
                    amount_cols.contains(c)
                        && p.len() > parent.len()
                        && p.starts_with(parent)
                        && *p != path
                })
                .filter_map(|(_, p)| p.get(parent.len()))
                .collect();
            children.dedup();
            let mut parts = Vec::new();
            let mut complete = true;
            for child in children {
                let column = |tail: &[&str]| {
                    row.iter().copied().find(|i| {
                        t.paths.get(i.col).is_some_and(|p| {
                            p.len() == parent.len() + 1 + tail.len()
                                && p.starts_with(parent)
                                && p.get(parent.len()) == Some(child)
                                && tail
                                    .iter()
                                    .zip(p.iter().skip(parent.len() + 1))
                                    .all(|(a, b)| a == b)
                        })
                    })
                };
                match column(&[])
                    .or_else(|| column(&["小计"]))
                    .or_else(|| column(&["合计"]))
                {
                    Some(i) => parts.push(i),
                    None => complete = false,
                }
            }
            if complete && parts.len() >= 2 {
                out.push(compare(
                    Some(idx),
                    format!("row {} {} = Σ columns", total.row, total.header_path),
                    (idx, total),
                    &within(idx, &parts),
                ));
            }
        }
    }
    // 收入总计 = 支出总计.
    let find = |names: &[&str]| t.items.iter().find(|i| names.contains(&i.name.as_str()));
    if let (Some(rev), Some(exp)) = (
        find(&["收入总计", "收入合计"]),
        find(&["支出总计", "支出合计"]),
    ) && rev.row == exp.row
    {
        out.push(compare(
            Some(idx),
            "收入总计 = 支出总计".into(),
            (idx, exp),
            &[(idx, rev)],
        ));
    }
    out
}

fn is_total_leaf(path: Option<&Vec<String>>) -> bool {
    path.and_then(|p| p.last())
        .is_some_and(|l| matches!(l.as_str(), "合计" | "小计" | "总计"))
}

fn group<K: Ord>(items: &[Item], key: impl Fn(&Item) -> K) -> BTreeMap<K, Vec<&Item>> {
    let mut m: BTreeMap<K, Vec<&Item>> = BTreeMap::new();
    for i in items {
        m.entry(key(i)).or_default().push(i);
    }
    m
}

/// The 合计 row's figure of a measure in a table.
fn table_total<'a>(t: &'a TableFacts<'a>, measures: &[&str]) -> Option<&'a Item> {
    t.items.iter().find(|i| {
        i.code.is_empty() && is_total_name(&i.name) && measures.iter().any(|m| i.measure == *m)
    })
}

/// Checks across the tables of one document.
pub fn document_checks(tables: &[TableFacts<'_>]) -> Vec<Check> {
    let mut out = Vec::new();
    let first = |k: Kind| tables.iter().enumerate().find(|(_, t)| t.kind == k);
    // 收支总表 支出总计 = 支出总表 合计.
    if let (Some((si, summary)), Some((ei, exp))) = (
        first(Kind::RevenueExpenditureSummary),
        first(Kind::Expenditure),
    ) && let Some(s) = summary
        .items
        .iter()
        .find(|i| matches!(i.name.as_str(), "支出总计" | "支出合计"))
        && let Some(e) = table_total(exp, &["total", "amount"])
    {
        out.push(compare(
            None,
            "收支总表 支出总计 = 支出总表 合计".into(),
            (si, s),
            &[(ei, e)],
        ));
    }
    // 一般公共预算支出表 合计 = 财政拨款收支总表 一般公共预算.
    if let (Some((gi, gpb)), Some((fi, fiscal))) =
        (first(Kind::GpbExpenditure), first(Kind::FiscalSummary))
        && let Some(g) = table_total(gpb, &["total", "amount"])
        && let Some(f) = fiscal
            .items
            .iter()
            .find(|i| i.name.starts_with("一般公共预算") && i.code.is_empty())
    {
        out.push(compare(
            None,
            "一般公共预算支出表 合计 = 财政拨款收支总表 一般公共预算".into(),
            (fi, f),
            &[(gi, g)],
        ));
    }
    // 基本支出表 合计 = 一般公共预算支出表 基本支出.
    if let (Some((bi, basic)), Some((gi, gpb))) = (
        first(Kind::GpbBasicExpenditure),
        first(Kind::GpbExpenditure),
    ) && let Some(b) = table_total(basic, &["total", "amount"])
        && let Some(g) = table_total(gpb, &["basic"])
    {
        out.push(compare(
            None,
            "基本支出表 合计 = 一般公共预算支出表 基本支出".into(),
            (gi, g),
            &[(bi, b)],
        ));
    }
    out
}
