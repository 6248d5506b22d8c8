//! Consistency checks, reported not enforced: sums the tables imply, within a table and across
//! the tables of a document, compared exactly; a difference within the printed rounding of the
//! summands is `rounding`.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::code::Level;
use super::facts::Item;
use super::kind::Kind;
use super::measure::{Base, Measure};

/// A check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    // Amounts in yuan keep the printed decimals.
    let scale = parts
        .iter()
        .chain(std::iter::once(&actual))
        .map(|i| i.amount_yuan.scale())
        .max()
        .unwrap_or(0);
    // Half a unit of the last printed digit per printed figure, in yuan (a printed zero
    // counts in yuan, as it always has: its unit cannot be told from the quotient).
    let unit_yuan = if actual.amount_yuan.is_zero() {
        Decimal::ONE
    } else {
        actual.unit.multiplier()
    };
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
        for parent in items.iter().filter(|i| {
            !i.code.is_empty() && matches!(i.code_level, Some(Level::Lei | Level::Kuan))
        }) {
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
            .filter(|i| i.code_level == Some(Level::Lei))
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

/// The 合计 row's figure of a measure (of the year, no figure named) in a table.
fn table_total<'a>(t: &'a TableFacts<'a>, measures: &[Base]) -> Option<&'a Item> {
    t.items.iter().find(|i| {
        i.code.is_empty()
            && is_total_name(&i.name)
            && measures.iter().any(|&m| i.measure == Measure::plain(m))
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
        && let Some(e) = table_total(exp, &[Base::Total, Base::Amount])
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
        && let Some(g) = table_total(gpb, &[Base::Total, Base::Amount])
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
    ) && let Some(b) = table_total(basic, &[Base::Total, Base::Amount])
        && let Some(g) = table_total(gpb, &[Base::Basic])
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

#[cfg(test)]
mod tests {
    //! Small tables whose sums are worked out by hand (amounts in 万元, so 1.00 is 10000.00
    //! yuan; half a unit of the last printed digit is 0.005 万元 = 50 yuan per figure).
    use super::*;
    use crate::budget::amount::{Printed, Unit, parse};
    use crate::budget::code::{Classification, classify};
    use crate::budget::measure::measure;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// The item a table prints at (row, col): `code name` (code may be empty) under `path`.
    fn item(row: usize, col: usize, code: &str, name: &str, path: &[&str], printed: &str) -> Item {
        let Printed::Amount(value) = parse(printed) else {
            panic!("{printed} is not an amount")
        };
        let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
        let c = classify(code);
        Item {
            page: 1,
            row,
            col,
            classification: c
                .as_ref()
                .map_or(Classification::None, |c| c.classification),
            code: code.to_string(),
            code_level: c.as_ref().and_then(|c| c.level),
            parent_code: c.map(|c| c.parent).unwrap_or_default(),
            code_source: None,
            name: name.to_string(),
            prefix: String::new(),
            labels: Default::default(),
            unit_code: String::new(),
            measure: measure(&path),
            stage: crate::budget::measure::Stage::Budget,
            fiscal_year: None,
            header_path: path.join(" / "),
            amount_yuan: Unit::Wanyuan.to_yuan(value),
            printed: printed.to_string(),
            unit: Unit::Wanyuan,
            canonical_name: String::new(),
            area: String::new(),
        }
    }

    fn facts<'a>(kind: Kind, items: &'a [Item], paths: &[&[&str]]) -> TableFacts<'a> {
        TableFacts {
            kind,
            items,
            paths: paths
                .iter()
                .map(|p| p.iter().map(|s| s.to_string()).collect())
                .collect(),
        }
    }

    /// (check, expected, actual, status) of each check.
    fn summary(checks: &[Check]) -> Vec<(String, Decimal, Decimal, Status)> {
        checks
            .iter()
            .map(|c| (c.check.clone(), c.expected, c.actual, c.status))
            .collect()
    }

    #[test]
    fn outcome_of_a_difference() {
        assert_eq!(Status::of(d("0"), d("150")), Status::Pass);
        assert_eq!(Status::of(d("100"), d("150")), Status::Rounding);
        assert_eq!(Status::of(d("-150"), d("150")), Status::Rounding);
        assert_eq!(Status::of(d("150.01"), d("150")), Status::Fail);
        assert_eq!(Status::of(d("-0.01"), d("0")), Status::Fail);
    }

    /// 类 = Σ 款, 款 = Σ 项 and 合计 = Σ 类 in one column.
    #[test]
    fn codes_sum_to_their_parents() {
        let col = &["合计"][..];
        let items = [
            item(1, 1, "", "合计", col, "350.00"),
            item(2, 1, "201", "一般公共服务支出", col, "100.00"),
            item(3, 1, "20101", "人大事务", col, "60.00"),
            item(4, 1, "2010101", "行政运行", col, "40.00"),
            item(5, 1, "2010102", "一般行政管理事务", col, "20.01"),
            item(6, 1, "20102", "政协事务", col, "40.00"),
            item(7, 1, "205", "教育支出", col, "200.00"),
            item(8, 1, "20501", "教育管理事务", col, "150.00"),
        ];
        let t = facts(Kind::GpbExpenditure, &items, &[&["项目"], col]);
        let got = summary(&table_checks(0, &t));
        assert_eq!(
            got,
            [
                // 60.00 + 40.00 = 100.00.
                (
                    "201 total = Σ children".to_string(),
                    d("1000000.00"),
                    d("1000000.00"),
                    Status::Pass
                ),
                // 40.00 + 20.01 = 60.01 against 60.00: 100 yuan off, within 3 × 50 yuan.
                (
                    "20101 total = Σ children".to_string(),
                    d("600100.00"),
                    d("600000.00"),
                    Status::Rounding
                ),
                // 150.00 against 200.00: 500,000 yuan off, beyond 2 × 50 yuan.
                (
                    "205 total = Σ children".to_string(),
                    d("1500000.00"),
                    d("2000000.00"),
                    Status::Fail
                ),
                // 100.00 + 200.00 = 300.00 against 350.00.
                (
                    "合计 total = Σ 类".to_string(),
                    d("3000000.00"),
                    d("3500000.00"),
                    Status::Fail
                ),
            ]
        );
        assert!(table_checks(0, &t).iter().all(|c| c.table == Some(0)));
    }

    /// A total column = Σ its sibling columns, a sibling group counted by its 小计.
    #[test]
    fn total_columns_sum_their_siblings() {
        let total = &["支出", "合计"][..];
        let basic = &["支出", "基本支出", "小计"][..];
        let personnel = &["支出", "基本支出", "人员经费"][..];
        let project = &["支出", "项目支出"][..];
        let items = [
            item(2, 1, "", "行政运行", total, "100.00"),
            item(2, 2, "", "行政运行", basic, "70.00"),
            item(2, 3, "", "行政运行", personnel, "70.00"),
            item(2, 4, "", "行政运行", project, "30.00"),
            item(3, 1, "", "机关服务", total, "50.00"),
            item(3, 2, "", "机关服务", basic, "20.00"),
            item(3, 3, "", "机关服务", personnel, "20.00"),
            item(3, 4, "", "机关服务", project, "29.00"),
        ];
        let t = facts(
            Kind::GpbExpenditure,
            &items,
            &[&["项目"], total, basic, personnel, project],
        );
        assert_eq!(
            summary(&table_checks(0, &t)),
            [
                // 70.00 + 30.00 = 100.00; the 小计 has one part only: no check of its own.
                (
                    "row 2 支出 / 合计 = Σ columns".to_string(),
                    d("1000000.00"),
                    d("1000000.00"),
                    Status::Pass
                ),
                // 20.00 + 29.00 = 49.00 against 50.00: 10,000 yuan off.
                (
                    "row 3 支出 / 合计 = Σ columns".to_string(),
                    d("490000.00"),
                    d("500000.00"),
                    Status::Fail
                ),
            ]
        );
    }

    /// 收入总计 = 支出总计 on one row of a 收支总表.
    #[test]
    fn revenue_equals_expenditure() {
        let items = [
            item(9, 1, "", "收入总计", &["收入", "预算数"], "1,352.27"),
            item(9, 3, "", "支出总计", &["支出", "预算数"], "1,352.26"),
        ];
        let t = facts(Kind::RevenueExpenditureSummary, &items, &[]);
        // 0.01 万元 = 100 yuan off, within 2 × 50 yuan.
        assert_eq!(
            summary(&table_checks(3, &t)),
            [(
                "收入总计 = 支出总计".to_string(),
                d("13522700.00"),
                d("13522600.00"),
                Status::Rounding
            )]
        );
    }

    /// Totals that must agree across the tables of a document.
    #[test]
    fn totals_agree_across_tables() {
        let summary_items = [item(20, 3, "", "支出总计", &["支出", "预算数"], "500.00")];
        let expenditure = [
            item(2, 2, "", "合计", &["合计"], "500.00"),
            item(2, 3, "", "合计", &["基本支出"], "300.00"),
        ];
        let gpb = [
            item(2, 2, "", "合计", &["合计"], "420.00"),
            item(2, 3, "", "合计", &["基本支出"], "300.00"),
        ];
        let fiscal = [item(
            3,
            2,
            "",
            "一般公共预算资金",
            &["收入", "金额"],
            "420.00",
        )];
        let basic = [item(2, 2, "", "合计", &["合计"], "299.99")];
        let tables = [
            facts(Kind::RevenueExpenditureSummary, &summary_items, &[]),
            facts(Kind::Expenditure, &expenditure, &[]),
            facts(Kind::GpbExpenditure, &gpb, &[]),
            facts(Kind::FiscalSummary, &fiscal, &[]),
            facts(Kind::GpbBasicExpenditure, &basic, &[]),
        ];
        let got = document_checks(&tables);
        assert!(got.iter().all(|c| c.table.is_none()));
        assert_eq!(
            summary(&got),
            [
                (
                    "收支总表 支出总计 = 支出总表 合计".to_string(),
                    d("5000000.00"),
                    d("5000000.00"),
                    Status::Pass
                ),
                (
                    "一般公共预算支出表 合计 = 财政拨款收支总表 一般公共预算".to_string(),
                    d("4200000.00"),
                    d("4200000.00"),
                    Status::Pass
                ),
                // 299.99 against 300.00: 100 yuan off, within 2 × 50 yuan.
                (
                    "基本支出表 合计 = 一般公共预算支出表 基本支出".to_string(),
                    d("2999900.00"),
                    d("3000000.00"),
                    Status::Rounding
                ),
            ]
        );
    }
}
