//! Sentences of golden/statements/wrong-comparisons.tsv and golden/altered/planted.tsv, with
//! the verdict worked out by hand there.
use super::*;
use crate::budget::prose::{Sentence, Spot};
use crate::budget::statements::{self, statements};
use crate::pdf::Rect;

fn sentence(text: &str) -> Sentence {
    let spot = Spot {
        page: 1,
        bbox: Rect::from_points((0.0, 0.0), (1.0, 1.0)),
    };
    Sentence {
        text: text.to_string(),
        spots: vec![spot; text.chars().count()],
    }
}

/// (rule, status, expected, actual) of the checks of the sentences.
fn run(texts: &[&str], year: u32, is_final: bool) -> Vec<(Rule, Status, String, String)> {
    let s: Vec<Sentence> = texts.iter().map(|t| sentence(t)).collect();
    let st = statements(
        &s,
        &[],
        statements::Context {
            year: Some(year),
            is_final,
            budget_report: !is_final,
            government: false,
        },
    );
    checks(
        &st,
        Context {
            year: Some(year),
            is_final,
            department: true,
        },
    )
    .into_iter()
    .map(|c| {
        (
            c.rule,
            c.status,
            c.expected.to_string(),
            c.actual.to_string(),
        )
    })
    .collect()
}

fn has(
    v: &[(Rule, Status, String, String)],
    rule: Rule,
    status: Status,
    expected: &str,
    actual: &str,
) -> bool {
    v.iter()
        .any(|(r, s, e, a)| *r == rule && *s == status && e == expected && a == actual)
}

#[test]
fn comparison_word_against_the_pair() {
    // Planted P06: 1511.89 < 1560.05 described as 大于.
    let v = run(
        &[
            "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元。",
            "决算数大于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
        ],
        2024,
        true,
    );
    assert!(
        has(&v, Rule::ComparisonWord, Status::Fail, "-1", "1"),
        "{v:?}"
    );
    let ok = run(
        &[
            "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1560.05万元，支出决算为1511.89万元。",
            "决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
        ],
        2024,
        true,
    );
    assert!(
        has(&ok, Rule::ComparisonWord, Status::Pass, "-1", "-1"),
        "{ok:?}"
    );
}

#[test]
fn rate_of_a_change() {
    // 392.92 / (6049.97 + 392.92) = 6.0988% → 6.10, printed 5.95.
    let v = run(
        &[
            "2．法院（款）一般行政事务管理（项）支出6049.97万元，与上年相比减少392.92万元，减少5.95%。",
        ],
        2018,
        false,
    );
    assert!(
        has(&v, Rule::StatedRate, Status::Fail, "-6.10", "-5.95"),
        "{v:?}"
    );
    // Putuo: 56.95 / 3052.34 = 1.8658% → 1.87.
    let ok = run(
        &[
            "上海市普陀区财政局2024年度收入支出总计2995.39万元。",
            "与2023年度相比，收入支出总计减少56.95万元，下降1.87%。",
        ],
        2024,
        true,
    );
    assert!(
        has(&ok, Rule::StatedRate, Status::Pass, "-1.87", "-1.87"),
        "{ok:?}"
    );
}

#[test]
fn rate_from_a_printed_base() {
    // 43269.3 → 3845.49 "增加17.62%": (3845.49 − 43269.3) / 43269.3 = −91.11%. The item
    // names the subject (as the page prints it, pdftotext p9); a figure without one is not read.
    let v = run(
        &[
            "6、公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元。",
            "2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。",
        ],
        2026,
        false,
    );
    assert!(
        has(&v, Rule::StatedRate, Status::Fail, "-91.11", "17.62"),
        "{v:?}"
    );
}

#[test]
fn change_between_two_printed_figures() {
    // 29956.27 − 28479.84 = 1476.43, printed 1476.73.
    let v = run(
        &[
            "三、支出预算情况说明2026年支出预算29956.27万元，比2025年年初预算数28479.84万元增加1476.73万元，增长5.18%。",
        ],
        2026,
        false,
    );
    assert!(
        has(
            &v,
            Rule::StatedChange,
            Status::Fail,
            "14764300.00",
            "14767300.00"
        ),
        "{v:?}"
    );
}

#[test]
fn share_of_the_total() {
    // 2106.66 / 2940.05 = 71.653% → 71.65, printed 71.73.
    let v = run(
        &[
            "（二）一般公共预算财政拨款支出决算结构情况一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；",
        ],
        2024,
        true,
    );
    assert!(
        has(&v, Rule::StatedShare, Status::Fail, "71.65", "71.73"),
        "{v:?}"
    );
}

#[test]
fn year_compared_with() {
    let v = run(
        &["支出预算9628.22万元，其中：财政拨款支出预算9628.22万元，比2026年预算增加793.14万元。"],
        2026,
        false,
    );
    assert!(has(&v, Rule::Year, Status::Fail, "2025", "2026"), "{v:?}");
    let ok = run(
        &["支出预算9628.22万元，比2025年预算增加793.14万元。"],
        2026,
        false,
    );
    assert!(has(&ok, Rule::Year, Status::Pass, "2025", "2025"), "{ok:?}");
}

#[test]
fn growth_from_nothing() {
    let v = run(
        &[
            "（一）机关运行经费支出情况机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%。",
        ],
        2024,
        true,
    );
    assert!(
        v.iter()
            .any(|(r, s, _, _)| *r == Rule::ChangeFromZero && *s == Status::Fail),
        "{v:?}"
    );
}

/// A sentence printed on one line, each character 10 points wide and high.
fn line(text: &str) -> Sentence {
    Sentence {
        text: text.to_string(),
        spots: (0..text.chars().count())
            .map(|k| Spot {
                page: 1,
                bbox: Rect::from_points((k as f64 * 10.0, 0.0), (k as f64 * 10.0 + 10.0, 10.0)),
            })
            .collect(),
    }
}

/// The checks of a government report's sentences (statements bound strictly).
fn run_gov(texts: &[&str], year: u32, is_final: bool) -> Vec<(Rule, Status, String, String)> {
    let s: Vec<Sentence> = texts.iter().map(|t| line(t)).collect();
    let ctx = statements::Context {
        year: Some(year),
        is_final,
        budget_report: !is_final,
        government: false,
    };
    checks(
        &statements(&s, &[], ctx),
        Context {
            year: Some(year),
            is_final,
            department: false,
        },
    )
    .into_iter()
    .map(|c| {
        (
            c.rule,
            c.status,
            c.expected.to_string(),
            c.actual.to_string(),
        )
    })
    .collect()
}

/// 北京 2022 决算 p141: the change is of the 决算 figure, over the 预算 printed as its base:
/// 26502 / (526502 − 26502) = 5.30 %, printed 5.3 %.
#[test]
fn a_printed_base_is_not_the_figure_compared() {
    let got = run_gov(
        &[
            "1.一般公共服务支出决算数为526502万元，比预算数500000万元增加26502万元，增长5.3%，主要是增加城市副中心建设相关支出。",
        ],
        2022,
        true,
    );
    assert!(
        has(&got, Rule::StatedRate, Status::Pass, "5.3", "5.3"),
        "{got:?}"
    );
}

/// 宁夏 2018 p46: 62.3 / (550.7 − 62.3) = 12.76 %, printed 13.9 % (its neighbour 专项转移支付
/// 56.9 / (89.8 + 56.9) = 38.8 % agrees).
#[test]
fn a_wrong_rate_of_a_government_report_fails() {
    let got = run_gov(
        &["一般性转移支付550.7亿元，增加62.3亿元，增长13.9%；"],
        2019,
        false,
    );
    assert!(
        has(&got, Rule::StatedRate, Status::Fail, "12.8", "13.9"),
        "{got:?}"
    );
}

/// Bound with doubt, no check: a year's figure the sentence does not print as a base (合肥 2022
/// 预算 p28: 20.14 is 2021's figure, 2.26 / 17.88 = 12.64 % as printed), a change outside the
/// bracket its figure stands in (广州 p262), an average yearly growth (济南 2021 p11).
#[test]
fn a_government_report_checks_only_figures_bound_without_doubt() {
    for text in [
        "2021年全市财政部门落实衔接资金20.14亿元，较2020年扶贫资金增加2.26亿元、增长12.64%。",
        "全市支出1370亿元（基本支出450亿元；项目支出920亿元，占比67%），比上年减少31.7亿元，下降2.3%。",
        "全市一般公共预算收入总量达到4023.1亿元,比“十二五”时期增加1148.1亿元,年均增长6.4%。",
    ] {
        let got = run_gov(&[text], 2022, false);
        assert!(
            got.iter()
                .all(|c| c.0 != Rule::StatedRate || c.1 != Status::Fail),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_funds_basic_spending_part_is_checked_as_the_part() {
    // statements name `财政拨款基本支出预算X，其中：人员经费Y` as 财政拨款基本支出人员经费 (stop 27);
    // the table check of 人员经费 still applies to it, and to nothing that only ends so.
    assert!(totals::named("人员经费", "人员经费"));
    assert!(totals::named("财政拨款基本支出人员经费", "人员经费"));
    assert!(totals::named(
        "一般公共预算财政拨款基本支出公用经费",
        "公用经费"
    ));
    assert!(!totals::named("基本支出人员经费", "人员经费"));
    assert!(!totals::named("项目人员经费", "人员经费"));
}

/// 洛阳 2023 预算 p3: the figure done is named as the account's line (全市国有资本经营预算收入)
/// while its budget keeps the name printed (…年初预算合计): 3.7 / 7.7 = 48.05 %, printed 48.7 %,
/// within what figures to 0.1亿元 allow (3.75 / 7.65 = 49.0 %).
#[test]
fn a_completion_pairs_a_figure_done_with_its_budget_named_as_printed() {
    let got = run_gov(
        &[
            "汇总全市各级人代会批准的2022年全市国有资本经营预算收入年初预算合计7.7亿元，预计完成3.7亿元，为预算的48.7%，同比增长102.4%。",
        ],
        2023,
        false,
    );
    assert!(
        has(
            &got,
            Rule::StatedCompletion,
            Status::Rounding,
            "48.1",
            "48.7"
        ),
        "{got:?}"
    );
}
