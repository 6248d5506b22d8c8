//! Small tables whose sums are worked out by hand (amounts in 万元, so 1.00 is 10000.00
//! yuan; half a unit of the last printed digit is 0.005 万元 = 50 yuan per figure).
use super::*;
use crate::budget::amount::{Printed, Unit, parse};
use crate::budget::code::{Classification, classify};
use crate::budget::measure::{Stage, measure};

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
        line_role: None,
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
        rates: &[],
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

/// A 收支 table that numbers its rows (长春市信访局 2026 预算表1 and 4, as printed): the rows
/// under 一、财政拨款收入 unnumbered, those under 一、本年支出 numbered afresh from 一, then
/// 二、结转下年支出. Each side's total adds its numbered rows only: 1682.76 = 1682.76, not
/// 1682.76 + its parts.
#[test]
fn numbered_rows_hold_their_parts() {
    let numbered = |mut i: Item, prefix: &str| {
        i.prefix = prefix.to_string();
        i
    };
    let (inc, exp) = (&["收入", "本年预算"][..], &["支出", "本年预算"][..]);
    let items = [
        numbered(item(1, 1, "", "财政拨款收入", inc, "1682.76"), "一、"),
        item(2, 1, "", "一般公共预算拨款收入", inc, "1682.76"),
        item(3, 1, "", "政府性基金预算拨款收入", inc, "0.00"),
        numbered(item(4, 1, "", "单位资金收入", inc, "0.00"), "二、"),
        item(5, 1, "", "事业收入", inc, "0.00"),
        item(6, 1, "", "本年收入合计", inc, "1682.76"),
        numbered(item(1, 3, "", "本年支出", exp, "1682.76"), "一、"),
        numbered(item(2, 3, "", "一般公共服务支出", exp, "1378.41"), "一、"),
        numbered(item(3, 3, "", "社会保障和就业支出", exp, "304.35"), "二、"),
        numbered(item(4, 3, "", "结转下年支出", exp, "0.00"), "二、"),
        item(6, 3, "", "支出总计", exp, "1682.76"),
    ];
    let t = facts(
        Kind::RevenueExpenditureSummary,
        &items,
        &[&["收入", "项目"], inc, &["支出", "项目"], exp],
    );
    let got = summary(&table_checks(0, &t));
    let total = d("16827600.00");
    for check in [
        "收入 本年收入合计 = Σ rows above (收入/本年预算)",
        "支出 支出总计 = Σ rows above (支出/本年预算)",
    ] {
        assert!(
            got.contains(&(check.to_string(), total, total, Status::Pass)),
            "{check}: {got:?}"
        );
    }
    assert!(got.iter().all(|c| c.3 == Status::Pass), "{got:?}");
}

/// A subject printed twice on consecutive rows (发展和改革局 2026: 219 援助其他地区支出 502.00
/// over 21999 其他支出 502.00 twice, its 项 printed with the 款's code) is one child; two
/// different subjects of one code (30208 取暖费, 30208 物业管理费) stay two.
#[test]
fn a_subject_printed_twice_counts_once() {
    let col = &["合计"][..];
    let items = [
        item(1, 1, "219", "援助其他地区支出", col, "502.00"),
        item(2, 1, "21999", "其他支出", col, "502.00"),
        item(3, 1, "21999", "其他支出", col, "502.00"),
        item(4, 1, "302", "商品和服务支出", col, "59.55"),
        item(5, 1, "30208", "取暖费", col, "23.37"),
        item(6, 1, "30208", "物业管理费", col, "36.18"),
    ];
    let t = facts(Kind::GpbExpenditure, &items, &[&["项目"], col]);
    let got = summary(&table_checks(0, &t));
    assert!(got.contains(&(
        "219 total = Σ children".to_string(),
        d("5020000.00"),
        d("5020000.00"),
        Status::Pass
    )));
    assert!(got.contains(&(
        "302 total = Σ children".to_string(),
        d("595500.00"),
        d("595500.00"),
        Status::Pass
    )));
}

/// 227 预备费 printed as 类, 款 and 项 on three rows with one code counts once in 合计 (宁夏 2018
/// 表十五 p50-60: 合计 5,010,616 = its 24 类 rows, 预备费 100,000 once; Σ 5,010,617).
#[test]
fn a_lei_printed_thrice_counts_once_in_the_total() {
    let col = &["预算额度"][..];
    let items = [
        item(1, 1, "", "合计", col, "1100"),
        item(2, 1, "201", "一般公共服务支出", col, "1000"),
        item(3, 1, "227", "预备费", col, "100"),
        item(4, 1, "227", "预备费", col, "100"),
        item(5, 1, "227", "预备费", col, "100"),
    ];
    let t = facts(Kind::GpbExpenditure, &items, &[&["项目"], col]);
    let got = summary(&table_checks(0, &t));
    assert!(
        got.iter().any(|(c, e, a, s)| c.ends_with("= Σ 类")
            && *e == d("11000000")
            && *a == d("11000000")
            && *s == Status::Pass),
        "{got:?}"
    );
}

/// A list of projects (济南 2022 决算 表90: 市级合计 over 100 project rows, one named
/// 110千伏后陈变电站地下管廊项目) is no table of subjects: 合计 is not the sum of its "类".
#[test]
fn a_project_list_has_no_subject_total() {
    let col = &["金额"][..];
    let items = [
        item(1, 1, "", "市级合计", col, "4099200"),
        item(2, 1, "110", "千伏后陈变电站地下管廊项目", col, "7500"),
        item(3, 1, "", "济南轨道交通4号线", col, "128400"),
        item(4, 1, "", "济南轨道交通6号线", col, "135600"),
    ];
    let t = facts(Kind::Other, &items, &[&["项目名称"], col]);
    assert!(
        summary(&table_checks(0, &t))
            .iter()
            .all(|c| !c.0.contains("Σ 类")),
        "{:?}",
        summary(&table_checks(0, &t))
    );
    // With most rows coded it is a table of subjects again, and its 合计 is checked.
    let col = &["合计"][..];
    let coded = [
        item(1, 1, "", "合计", col, "300.00"),
        item(2, 1, "201", "一般公共服务支出", col, "100.00"),
        item(3, 1, "205", "教育支出", col, "200.00"),
        item(4, 1, "", "其中：义务教育", col, "50.00"),
    ];
    let t = facts(Kind::GpbExpenditure, &coded, &[&["项目"], col]);
    assert!(summary(&table_checks(0, &t)).contains(&(
        "合计 total = Σ 类".to_string(),
        d("3000000.00"),
        d("3000000.00"),
        Status::Pass
    )));
}

/// 科目调剂 is a column of amounts, not a label (江苏 2018 表十六, 一般公共服务支出: 小计 799,318 =
/// 641,675 + 62,334 + 48,243 + 36,802 + 10,264); 功能分类科目 beside it stays a label.
#[test]
fn a_column_of_subject_transfers_is_summed() {
    let path = |leaf: &'static str| ["2018年预算数", leaf];
    let cols = [
        path("小计"),
        path("当年省级安排"),
        path("中央专款"),
        path("上年结转"),
        path("科目调剂"),
        path("调入资金"),
    ];
    let printed = ["799,318", "641,675", "62,334", "48,243", "36,802", "10,264"];
    let mut items: Vec<Item> = cols
        .iter()
        .zip(printed)
        .enumerate()
        .map(|(c, (p, v))| item(1, c + 1, "", "一般公共服务支出", p, v))
        .collect();
    items.push(item(
        1,
        7,
        "",
        "一般公共服务支出",
        &["2018年预算数", "功能分类科目"],
        "201",
    ));
    let mut paths: Vec<&[&str]> = vec![&["支出项目"]];
    paths.extend(cols.iter().map(|p| &p[..]));
    paths.push(&["2018年预算数", "功能分类科目"]);
    let t = facts(Kind::GpbExpenditure, &items, &paths);
    assert_eq!(
        summary(&table_checks(0, &t)),
        [(
            "row 1 2018年预算数 / 小计 = Σ columns".to_string(),
            d("7993180000"),
            d("7993180000"),
            Status::Pass
        )]
    );
}

/// A 年份 column is a label (宁夏 2018 表二十五, 三公 budget: 年份 2019, 总计 17,881.71 =
/// 5,737.82 + 8,998.99 + 3,144.90; the year is not added in).
#[test]
fn a_column_of_years_is_no_part_of_a_total() {
    let cols: [&[&str]; 4] = [&["年份"], &["总计"], &["因公出国（境）"], &["公务接待费"]];
    let printed = ["2019", "8882.72", "5737.82", "3144.9"];
    let items: Vec<Item> = cols
        .iter()
        .zip(printed)
        .enumerate()
        .map(|(c, (p, v))| item(1, c, "", "", p, v))
        .collect();
    let t = facts(Kind::GpbExpenditure, &items, &cols);
    assert_eq!(
        summary(&table_checks(0, &t)),
        [(
            "row 1 总计 = Σ columns".to_string(),
            d("88827200"),
            d("88827200"),
            Status::Pass
        )]
    );
}

/// A table printed in parts (江苏 2018 表三十九 …分地区分项目预算表（一）: 合计 6,764,571 over
/// 南京 … 南通市, the other cities in （二）) is not summed across its columns; a title with a
/// bracketed note is a whole table.
#[test]
fn a_part_of_a_table_is_not_summed_across() {
    assert!(is_part_of_a_table(
        "2019年省对市县一般公共预算专项转移支付分地区分项目预算表（一）"
    ));
    assert!(is_part_of_a_table("预算表(二)"));
    assert!(is_part_of_a_table("支出表（续一）"));
    assert!(!is_part_of_a_table("一般公共预算支出表（按功能分类科目）"));
    assert!(!is_part_of_a_table("收支总表（预算表 1）"));
    assert!(!is_part_of_a_table("支出表"));
    let total = &["合计"][..];
    let items = [
        item(1, 1, "", "合计", total, "6,764,571"),
        item(1, 2, "", "合计", &["南京"], "809,275"),
        item(1, 3, "", "合计", &["无锡市"], "438,343"),
    ];
    let paths: &[&[&str]] = &[&["项目"], total, &["南京"], &["无锡市"]];
    let mut t = facts(Kind::Other, &items, paths);
    // Whole, the table's 合计 is checked (and fails: the other cities are elsewhere) …
    assert_eq!(summary(&table_checks(0, &t)).len(), 1);
    // … as a part, not.
    t.title = "分地区分项目预算表（一）";
    assert!(summary(&table_checks(0, &t)).is_empty());
}

/// 本级收入合计 is the government's own revenue: 110 转移性收入 printed below it is not one of
/// its parts (银川 2025 表6: 地方本级收入合计 1,715,929 above 110 转移性收入 2,286,828).
#[test]
fn own_revenue_leaves_transfers_out() {
    let col = &["全市"][..];
    let items = [
        item(1, 1, "", "地方本级收入合计", col, "1,715,929"),
        item(2, 1, "110", "转移性收入", col, "2,286,828"),
        item(3, 1, "11001", "返还性收入", col, "2,286,828"),
    ];
    let t = facts(Kind::Other, &items, &[&["预算科目"], col]);
    assert!(
        summary(&table_checks(0, &t))
            .iter()
            .all(|c| !c.0.contains("Σ 类"))
    );
    let items = [
        item(1, 1, "", "本级收入合计", col, "300"),
        item(2, 1, "101", "税收收入", col, "200"),
        item(3, 1, "103", "非税收入", col, "100"),
        item(4, 1, "110", "转移性收入", col, "900"),
    ];
    let t = facts(Kind::Other, &items, &[&["预算科目"], col]);
    assert!(summary(&table_checks(0, &t)).contains(&(
        "本级收入合计 other = Σ 类".to_string(),
        d("3000000"),
        d("3000000"),
        Status::Pass
    )));
}

/// A balance table's 110 转移性收入 may be the transfer payments alone, its 上年结余 and
/// 调入资金 listed below under the same 类 (银川 2025 表6 本级: 1,346,422 = 212,676 + 893,152 +
/// 240,594; 11008 50,724 and 11009 1,165 below). Either sum passes; neither is a fail.
#[test]
fn transfer_income_may_be_the_transfer_payments_alone() {
    let col = &["本级"][..];
    let rows = |lei: &str| {
        [
            item(1, 1, "110", "转移性收入", col, lei),
            item(2, 1, "11001", "返还性收入", col, "212,676"),
            item(3, 1, "11002", "一般性转移支付收入", col, "893,152"),
            item(4, 1, "11003", "专项转移支付收入", col, "240,594"),
            item(5, 1, "11008", "上年结余收入", col, "50,724"),
            item(6, 1, "11009", "调入资金", col, "1,165"),
        ]
    };
    let children = |items: &[Item]| {
        let t = facts(Kind::Other, items, &[&["预算科目"], col]);
        summary(&table_checks(0, &t))
            .into_iter()
            .filter(|c| c.0.starts_with("110 "))
            .collect::<Vec<_>>()
    };
    // 212,676 + 893,152 + 240,594 = 1,346,422 万元.
    assert_eq!(
        children(&rows("1,346,422")),
        [(
            "110 other = Σ children".to_string(),
            d("13464220000"),
            d("13464220000"),
            Status::Pass
        )]
    );
    // + 50,724 + 1,165 = 1,398,311 万元: the catalogue's whole 类 passes as before.
    assert_eq!(children(&rows("1,398,311"))[0].3, Status::Pass);
    // A total neither sum gives is a fail against all the children.
    assert_eq!(
        children(&rows("1,400,000")),
        [(
            "110 other = Σ children".to_string(),
            d("13983110000"),
            d("14000000000"),
            Status::Fail
        )]
    );
}

/// An amount of `stage` and `year` (what document.rs gives each item from its header).
fn staged(item: Item, stage: Stage, year: u32) -> Item {
    Item {
        stage,
        fiscal_year: Some(year),
        ..item
    }
}

/// A percentage printed at (row, col), of `base`, with the stage and year of the levels
/// above it.
fn rate(row: usize, col: usize, path: &[&str], printed: &str, base: Base, stage: Stage) -> Item {
    let mut r = staged(item(row, col, "", "", path, "1"), stage, 2024);
    r.measure.base = base;
    r.amount_yuan = None;
    r.percent = Some(d(printed));
    r.printed = printed.to_string();
    r
}

fn rate_facts<'a>(items: &'a [Item], rates: &'a [Item]) -> TableFacts<'a> {
    TableFacts {
        rates,
        ..facts(Kind::Other, items, &[])
    }
}

fn rate_checks(t: &TableFacts<'_>) -> Vec<(String, Decimal, Decimal, Status)> {
    summary(&table_checks(0, t))
        .into_iter()
        .filter(|c| c.0.starts_with("row "))
        .collect()
}

/// 决算数为调整预算数％ names both operands: 230.00 / 200.00 = 115.0 %.
#[test]
fn an_execution_rate_is_recomputed_from_its_row() {
    let items = [
        staged(
            item(1, 1, "", "税收收入", &["调整预算数"], "200.00"),
            Stage::AdjustedBudget,
            2024,
        ),
        staged(
            item(1, 2, "", "税收收入", &["决算数"], "230.00"),
            Stage::Final,
            2024,
        ),
    ];
    let path = &["决算数为调整预算数％"][..];
    let ok = [rate(1, 3, path, "115.0", Base::ExecutionRate, Stage::Final)];
    let got = rate_checks(&rate_facts(&items, &ok));
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].1, got[0].2, got[0].3),
        (d("115.0"), d("115.0"), Status::Pass)
    );
    // 115.5 is beyond half a unit of its last digit (0.05) plus the operands' rounding
    // (230.005 / 199.995 = 115.008 at most).
    let off = [rate(1, 3, path, "115.5", Base::ExecutionRate, Stage::Final)];
    let got = rate_checks(&rate_facts(&items, &off));
    assert_eq!(
        (got[0].1, got[0].2, got[0].3),
        (d("115.0"), d("115.5"), Status::Fail)
    );
}

/// 为预算% beside both a 预算数 and an 调整预算数 column leaves its base open: no check.
#[test]
fn a_rate_with_two_possible_bases_is_not_checked() {
    let items = [
        staged(item(1, 1, "", "", &["预算数"], "100"), Stage::Budget, 2024),
        staged(
            item(1, 2, "", "", &["调整预算数"], "120"),
            Stage::AdjustedBudget,
            2024,
        ),
        staged(
            item(1, 3, "", "", &["执行数"], "110"),
            Stage::Executed,
            2024,
        ),
    ];
    let rates = [rate(
        1,
        4,
        &["为预算%"],
        "91.7",
        Base::ExecutionRate,
        Stage::Executed,
    )];
    assert!(rate_checks(&rate_facts(&items, &rates)).is_empty());
}

/// 比上年增长% is the figure's growth on the previous year's column (110 on 100: 10.0 %);
/// 增长% alone does not say against what.
#[test]
fn a_growth_rate_is_checked_where_its_header_names_the_prior_year() {
    let items = [
        staged(
            item(1, 1, "", "", &["上年决算数"], "100"),
            Stage::Final,
            2023,
        ),
        staged(item(1, 2, "", "", &["决算数"], "110"), Stage::Final, 2024),
    ];
    let named = [rate(
        1,
        3,
        &["比上年增长%"],
        "10.0",
        Base::GrowthRate,
        Stage::Final,
    )];
    let got = rate_checks(&rate_facts(&items, &named));
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].1, got[0].3), (d("10.0"), Status::Pass));
    let open = [rate(
        1,
        3,
        &["增长%"],
        "10.0",
        Base::GrowthRate,
        Stage::Final,
    )];
    assert!(rate_checks(&rate_facts(&items, &open)).is_empty());
}

/// A share above 100 % is implausible unless a figure of its column is negative (a fund's
/// deficit makes the others' shares of the 结余 total pass 100 %).
#[test]
fn a_share_outside_0_to_100_is_a_warning_unless_its_column_has_a_negative() {
    let share = [rate(
        1,
        2,
        &["占结余合计%"],
        "120.00",
        Base::Share,
        Stage::Final,
    )];
    let part = staged(item(1, 1, "", "", &["决算数"], "120"), Stage::Final, 2024);
    let other = |printed| staged(item(2, 1, "", "", &["决算数"], printed), Stage::Final, 2024);
    let status = |items: &[Item]| {
        summary(&table_checks(0, &rate_facts(items, &share)))
            .into_iter()
            .find(|c| c.0.ends_with("share in 0–100%"))
            .map(|c| c.3)
    };
    assert_eq!(status(&[part.clone(), other("0")]), Some(Status::Fail));
    assert_eq!(status(&[part, other("-20")]), Some(Status::Pass));
}

/// 宁夏 2018 表二十 (p68, pdftotext) lists transfers under 208 at mixed levels: 20807 就业补助
/// 总计 46,085 = 中央 46,085 (自治区 blank), 2080701 就业创业服务补贴 总计 800 = 自治区 800 (中央
/// blank). 2080701 prints a figure where 20807 prints none, so 20807 is no sum of it: no
/// `20807 … = Σ children` (was a fail, 46,085 against 800). A 款 whose 项 print only where
/// it prints is checked as before (银川 2025 表13 p132-134: 2024年决算数 10301 473,024 over
/// 416,116 + 35,570 + 21,055 = 472,741, a true fail; 2025年完成数 452,243 = 411,378 + 29,727 +
/// 11,136 + 2).
#[test]
fn a_kuan_listed_beside_its_xiang_is_no_sum_of_them() {
    let (all, central, own) = (&["总计"][..], &["中央"][..], &["自治区"][..]);
    let items = [
        item(1, 1, "20807", "就业补助", all, "46,085"),
        item(1, 2, "20807", "就业补助", central, "46,085"),
        item(2, 1, "2080701", "就业创业服务补贴", all, "800"),
        item(2, 3, "2080701", "就业创业服务补贴", own, "800"),
        item(3, 1, "2081107", "残疾人生活和护理补贴", all, "12,541"),
        item(3, 3, "2081107", "残疾人生活和护理补贴", own, "12,541"),
    ];
    let t = facts(Kind::Other, &items, &[&["科目"], all, central, own]);
    let got = summary(&table_checks(0, &t));
    assert!(got.iter().all(|c| !c.0.starts_with("20807 ")), "{got:?}");
    let (fin, done) = (&["2024年决算数"][..], &["2025年完成数"][..]);
    let items = [
        item(1, 1, "10301", "政府性基金收入", fin, "473,024"),
        item(1, 2, "10301", "政府性基金收入", done, "452,243"),
        item(2, 1, "1030148", "国有土地使用权出让收入", fin, "416,116"),
        item(2, 2, "1030148", "国有土地使用权出让收入", done, "411,378"),
        item(3, 1, "1030156", "城市基础设施配套费收入", fin, "35,570"),
        item(3, 2, "1030156", "城市基础设施配套费收入", done, "29,727"),
        item(4, 1, "1030178", "污水处理费收入", fin, "21,055"),
        item(4, 2, "1030178", "污水处理费收入", done, "11,136"),
        item(5, 2, "1030199", "其他政府性基金收入", done, "2"),
    ];
    let t = facts(Kind::Other, &items, &[&["科目"], fin, done]);
    let got: Vec<_> = summary(&table_checks(0, &t))
        .into_iter()
        .filter(|c| c.0.starts_with("10301 "))
        .map(|c| (c.1, c.2, c.3))
        .collect();
    assert_eq!(
        got,
        [
            (d("4727410000"), d("4730240000"), Status::Fail),
            (d("4522430000"), d("4522430000"), Status::Pass),
        ]
    );
}

/// 宁夏 2018 表九 (中央提前下达2019年政府性基金专项转移支付明细表, pdftotext p104): 合计 56,714
/// is the sum of all its lines, 22960 彩票公益金安排的支出 24,250 and the 2296xxx projects
/// under its code alike (373 + 5,775 + 24,250 + 1,443 + 559 + … = 56,714): a list side by
/// side, where 22960 is no sum of them.
#[test]
fn a_code_beside_its_children_under_a_total_of_all_is_no_sum_of_them() {
    let col = &["金额"][..];
    let items = [
        item(1, 1, "", "合计", col, "29,019"),
        item(
            2,
            1,
            "20707",
            "国家电影事业发展专项资金安排的支出",
            col,
            "373",
        ),
        item(3, 1, "22960", "彩票公益金安排的支出", col, "24,250"),
        item(
            4,
            1,
            "2296003",
            "用于体育事业的彩票公益金支出",
            col,
            "1,443",
        ),
        item(5, 1, "2296004", "用于教育事业的彩票公益金支出", col, "559"),
        item(
            6,
            1,
            "2296013",
            "用于城乡医疗救助的彩票公益金支出",
            col,
            "2,394",
        ),
    ];
    let t = facts(Kind::Other, &items, &[&["科目"], col]);
    let got = summary(&table_checks(0, &t));
    assert!(got.iter().all(|c| !c.0.starts_with("22960 ")), "{got:?}");
    // The same lines under a total of the 款 alone: 22960 is their sum, and is checked.
    let mut items = items;
    items[0] = item(1, 1, "", "合计", col, "24,623");
    let t = facts(Kind::Other, &items, &[&["科目"], col]);
    let got = summary(&table_checks(0, &t));
    assert!(got.iter().any(|c| c.0.starts_with("22960 ")), "{got:?}");
}

/// 银川 2025 表16 (2026年银川市政府性基金预算收支平衡表, pdftotext p154-158) heads its 支出
/// with 政府性基金预算支出合计 and closes the 类 with 支出合计 (same figures), then prints 231
/// 债务还本支出 and 支出总计. The heading total adds the 类 above 支出合计 only: 2025年完成数
/// 1,202,460 = 381 + 13,109 + 5,537 + 917,449 + 10,563 + 5,815 + 909 + 173,141 + 75,556 (was a
/// fail with 231's 177,249 added); 2025年预算数 1,007,976 against 224 + 615 + 3,820 +
/// 821,941 + 301 + 13,360 + 3,570 + 53,904 + 113,811 = 1,011,546 stays a fail (3,570 off,
/// printed so: 2025年完成数 and 增减% agree with the rows).
#[test]
fn a_heading_total_ends_at_the_total_closing_its_rows() {
    let (budget, done) = (&["2025年预算数"][..], &["2025年完成数"][..]);
    let mut items = Vec::new();
    let mut row = 0;
    let mut line = |code: &str, name: &str, b: &str, x: &str| {
        row += 1;
        for (col, path, printed) in [(1, budget, b), (2, done, x)] {
            if !printed.is_empty() {
                items.push(item(row, col, code, name, path, printed));
            }
        }
    };
    line("", "政府性基金预算支出合计", "1,007,976", "1,202,460");
    line("207", "文化旅游体育与传媒支出", "224", "381");
    line("208", "社会保障和就业支出", "615", "");
    line("210", "卫生健康支出", "", "13,109");
    line("211", "节能环保支出", "3,820", "5,537");
    line("212", "城乡社区支出", "821,941", "917,449");
    line("213", "农林水支出", "301", "10,563");
    line("215", "资源勘探工业信息等支出", "13,360", "5,815");
    line("221", "住房保障支出", "3,570", "909");
    line("229", "其他支出", "53,904", "173,141");
    line("232", "债务付息支出", "113,811", "75,556");
    line("", "支出合计", "1,007,976", "1,202,460");
    line("231", "债务还本支出", "66,863", "177,249");
    line("", "支出总计", "1,074,839", "1,379,709");
    let t = facts(Kind::Other, &items, &[&["科目名称"], budget, done]);
    let got: Vec<_> = summary(&table_checks(0, &t))
        .into_iter()
        .filter(|c| c.0.ends_with("Σ 类"))
        .map(|c| (c.1, c.2, c.3))
        .collect();
    assert_eq!(
        got,
        [
            (d("10115460000"), d("10079760000"), Status::Fail),
            (d("12024600000"), d("12024600000"), Status::Pass),
        ]
    );
}
