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
        amount_yuan: Some(Unit::Wanyuan.to_yuan(value)),
        percent: None,
        printed: printed.to_string(),
        unit: Unit::Wanyuan,
        canonical_name: String::new(),
        area: String::new(),
    }
}

fn facts<'a>(kind: Kind, items: &'a [Item], paths: &[&[&str]]) -> TableFacts<'a> {
    TableFacts {
        kind,
        title: "",
        items,
        cells: &[],
        unit: Some(Unit::Wanyuan),
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

/// 收入总计 = 支出总计 on one row of a 收支总表 (a label column and an amount column on each
/// side, as printed).
#[test]
fn revenue_equals_expenditure() {
    let items = [
        item(9, 1, "", "收入总计", &["收入", "预算数"], "1,352.27"),
        item(9, 3, "", "支出总计", &["支出", "预算数"], "1,352.26"),
    ];
    let t = facts(
        Kind::RevenueExpenditureSummary,
        &items,
        &[
            &["收入", "项目"],
            &["收入", "预算数"],
            &["支出", "项目"],
            &["支出", "预算数"],
        ],
    );
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
    let summary_items = [
        item(18, 3, "", "本年支出合计", &["支出", "预算数"], "500.00"),
        item(20, 3, "", "支出总计", &["支出", "预算数"], "500.00"),
        item(20, 1, "", "收入总计", &["收入", "预算数"], "500.00"),
    ];
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
        facts(
            Kind::RevenueExpenditureSummary,
            &summary_items,
            &[
                &["收入", "项目"],
                &["收入", "预算数"],
                &["支出", "项目"],
                &["支出", "预算数"],
            ],
        ),
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
            // The summary's 本年支出合计 (no carry-over beside it) = the 支出表's 合计.
            (
                "收支总表 本年支出合计 = 支出表 合计".to_string(),
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

/// 人员经费 = 301 + 303 and 公用经费 = the other 类, in a basic-spending table printing both
/// columns: a 303 row printed as 公用经费 (an Shanghai 2026 unit budget does this) is found.
#[test]
fn personnel_and_public_expense_by_economic_class() {
    let (total, pers, publ) = (&["合计"][..], &["人员经费"][..], &["公用经费"][..]);
    let items = [
        item(1, 1, "", "合计", total, "130.00"),
        item(1, 2, "", "合计", pers, "100.00"),
        item(1, 3, "", "合计", publ, "30.00"),
        item(2, 1, "301", "工资福利支出", total, "100.00"),
        item(2, 2, "301", "工资福利支出", pers, "100.00"),
        item(3, 1, "302", "商品和服务支出", total, "20.00"),
        item(3, 3, "302", "商品和服务支出", publ, "20.00"),
        item(4, 1, "303", "对个人和家庭的补助", total, "10.00"),
        item(4, 3, "303", "对个人和家庭的补助", publ, "10.00"),
    ];
    let t = facts(
        Kind::GpbBasicExpenditure,
        &items,
        &[&["科目名称"], total, pers, publ],
    );
    let got: Vec<_> = table_checks(0, &t)
        .into_iter()
        .filter(|c| c.rule == Rule::PersonnelPublic)
        .collect();
    // 301 + 303 = 110.00 against the printed 100.00; 302 alone = 20.00 against 30.00.
    assert_eq!(
        summary(&got),
        [
            (
                "人员经费 personnel = 301 + 303".to_string(),
                d("1100000.00"),
                d("1000000.00"),
                Status::Fail
            ),
            (
                "公用经费 public_expense = 302".to_string(),
                d("200000.00"),
                d("300000.00"),
                Status::Fail
            ),
        ]
    );
    assert!(got.iter().all(|c| c.severity == Severity::Warning));
}

/// 三公 决算 above its budget is a warning; below it passes.
#[test]
fn three_public_over_budget() {
    let (b, f) = (&["预算数"][..], &["决算数"][..]);
    let items = [
        item(1, 1, "", "公务用车购置", b, "131"),
        item(1, 2, "", "公务用车购置", f, "486"),
        item(2, 1, "", "公务接待费", b, "858"),
        item(2, 2, "", "公务接待费", f, "477"),
    ];
    let t = facts(Kind::GovThreePublic, &items, &[&["项目"], b, f]);
    let got: Vec<_> = table_checks(0, &t)
        .into_iter()
        .filter(|c| c.rule == Rule::OverBudget)
        .map(|c| (c.status, c.severity))
        .collect();
    assert_eq!(
        got,
        [
            (Status::Fail, Severity::Warning),
            (Status::Pass, Severity::Warning)
        ]
    );
}

/// A table printing whole 万元 rounds each figure to half a 万元: 合计 30,015,893 + 4,270,671
/// printed 34,286,563 (Beijing 2024 决算 表二) is rounding; printed to the 0.01 万元 the same
/// difference fails.
#[test]
fn rounding_follows_the_printed_digits() {
    let row = |total: &str, a: &str, b: &str| {
        [
            item(1, 1, "", "本级支出合计", &["合计"], total),
            item(1, 2, "", "本级支出合计", &["市级资金"], a),
            item(1, 3, "", "本级支出合计", &["中央转移支付"], b),
        ]
    };
    let paths: &[&[&str]] = &[&["项目"], &["合计"], &["市级资金"], &["中央转移支付"]];
    let status = |items: &[Item]| {
        let t = facts(Kind::GovGpbExpenditure, items, paths);
        table_checks(0, &t)
            .iter()
            .find(|c| c.rule == Rule::SumColumns)
            .map(|c| c.status)
    };
    assert_eq!(
        status(&row("34286563", "30015893", "4270671")),
        Some(Status::Rounding)
    );
    assert_eq!(
        status(&row("34286563.00", "30015893.00", "4270671.00")),
        Some(Status::Fail)
    );
}
