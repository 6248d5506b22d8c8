//! Sentences of the golden pages (golden/statements/statements.tsv), read by hand.
use super::*;
use crate::budget::prose::{Sentence, Spot};

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

fn read(texts: &[&str], year: u32, is_final: bool) -> Vec<Statement> {
    let s: Vec<Sentence> = texts.iter().map(|t| sentence(t)).collect();
    statements(
        &s,
        &[],
        Context {
            year: Some(year),
            is_final,
        },
    )
}

fn d(s: &str) -> Option<Decimal> {
    Some(s.parse().unwrap())
}

/// (subject, measure, amount_yuan, comparison, rate, base, base_year).
type Brief = (
    String,
    String,
    Option<Decimal>,
    String,
    Option<Decimal>,
    String,
    Option<u32>,
);

fn brief(v: &[Statement]) -> Vec<Brief> {
    v.iter()
        .map(|s| {
            (
                s.subject.clone(),
                s.measure.clone(),
                s.amount_yuan,
                s.comparison.clone(),
                s.rate,
                s.base.clone(),
                s.base_year,
            )
        })
        .collect()
}

#[test]
fn totals_and_changes_of_a_final_account() {
    let v = read(
        &[
            "上海市普陀区财政局2024年度收入支出总计2995.39万元。",
            "与2023年度相比，收入支出总计减少56.95万元，下降1.87%。",
        ],
        2024,
        true,
    );
    assert_eq!(
        brief(&v),
        [
            (
                "收入支出总计".into(),
                "final".into(),
                d("29953900"),
                String::new(),
                None,
                String::new(),
                None
            ),
            (
                "收入支出总计".into(),
                "change".into(),
                d("569500"),
                "减少".into(),
                d("1.87"),
                "上年决算".into(),
                Some(2023)
            ),
        ]
    );
}

#[test]
fn shares_of_a_total() {
    let v = read(
        &[
            "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；",
            "其他收入6.2万元，占0.21%；",
        ],
        2024,
        true,
    );
    let got: Vec<(String, Option<Decimal>, String)> = v
        .iter()
        .map(|s| (s.subject.clone(), s.share, s.share_of.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("本年收入合计".into(), None, String::new()),
            ("财政拨款收入".into(), d("99.79"), "本年收入合计".into()),
            ("其他收入".into(), d("0.21"), "本年收入合计".into()),
        ]
    );
}

#[test]
fn budget_and_final_of_an_item() {
    let v = read(
        &[
            "1、一般公共服务支出（类）财政事务（款）行政运行（项）。",
            "主要用于：局本部人员经费及公用经费等的基本支出。",
            "年初预算为1560.05万元，支出决算为1511.89万元。",
            "决算数大于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
        ],
        2024,
        true,
    );
    let item = "一般公共服务支出（类）财政事务（款）行政运行（项）".to_string();
    assert_eq!(
        brief(&v),
        [
            (
                item.clone(),
                "budget".into(),
                d("15600500"),
                String::new(),
                None,
                String::new(),
                None
            ),
            (
                item.clone(),
                "final".into(),
                d("15118900"),
                String::new(),
                None,
                String::new(),
                None
            ),
            (
                item,
                "final".into(),
                None,
                "大于".into(),
                None,
                "年初预算".into(),
                Some(2024)
            ),
        ]
    );
}

#[test]
fn completion_and_growth_in_one_sentence() {
    let v = read(
        &["2024年全市社会保险基金预算总支出866亿元，增长9.8%，完成预算的99.8%。"],
        2024,
        true,
    );
    assert_eq!(v.len(), 1);
    let s = &v[0];
    assert_eq!(s.subject, "全市社会保险基金预算总支出");
    assert_eq!(s.amount_yuan, d("86600000000"));
    assert_eq!((s.comparison.as_str(), s.rate), ("增长", d("9.8")));
    assert_eq!(
        (s.completion, s.completion_of.as_str()),
        (d("99.8"), "预算")
    );
}

/// A budget report's review of the year: a figure 为预算的N% is what was executed, not a budget.
#[test]
fn completion_in_a_budget_report_is_executed() {
    let v = read(
        &["残疾人事业8092万元,为预算的98.3%,增长7.2%。"],
        2024,
        false,
    );
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].measure, measure::EXECUTED);
    assert_eq!(v[0].completion, d("98.3"));
    let v = read(&["残疾人事业8092万元,增长7.2%。"], 2024, false);
    assert_eq!(v[0].measure, measure::BUDGET);
}

/// 加上年结转收入 adds 上年结转收入; 加上级补助收入 adds 上级补助收入; 加上调入资金 adds 调入资金.
#[test]
fn add_keeps_the_year_before() {
    let v = read(
        &["收入89.2亿元,加上年结转收入14.9亿元,加上级补助收入3亿元,加上调入资金2亿元。"],
        2023,
        false,
    );
    let subjects: Vec<&str> = v.iter().map(|s| s.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["收入", "上年结转收入", "上级补助收入", "调入资金"]
    );
}

#[test]
fn a_budget_compared_with_the_year_before() {
    let v = read(
        &[
            "2026年“三公”经费预算数为30.75万元，比2025年预算增加14.25万元。",
            "（一）因公出国（境）费0.00万元，与2025年预算持平。",
        ],
        2026,
        false,
    );
    assert_eq!(
        brief(&v),
        [
            (
                "“三公”经费".into(),
                "budget".into(),
                d("307500"),
                "增加".into(),
                None,
                "上年预算".into(),
                Some(2025)
            ),
            (
                "“三公”经费".into(),
                "change".into(),
                d("142500"),
                "增加".into(),
                None,
                "上年预算".into(),
                Some(2025)
            ),
            (
                "因公出国（境）费".into(),
                "budget".into(),
                d("0.00"),
                "持平".into(),
                None,
                "上年预算".into(),
                Some(2025)
            ),
        ]
    );
}

#[test]
fn lists_cut_at_the_enumeration_comma() {
    let v = read(
        &[
            "上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。",
        ],
        2024,
        true,
    );
    let subjects: Vec<&str> = v.iter().map(|s| s.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "政府采购金额（以合同签订为准）",
            "货物采购金额",
            "工程采购金额",
            "服务采购金额"
        ]
    );
}

#[test]
fn printed_codes_and_prior_year_execution() {
    let v = read(
        &[
            "6、公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元。",
            "2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。",
        ],
        2026,
        false,
    );
    let got: Vec<(String, String, String, String, Option<Decimal>)> = v
        .iter()
        .map(|s| {
            (
                s.subject.clone(),
                s.code.clone(),
                s.measure.clone(),
                s.comparison.clone(),
                s.rate,
            )
        })
        .collect();
    let subj = "公共安全支出（204类）司法（06款）其他司法支出（99项）".to_string();
    assert_eq!(
        got,
        [
            (
                subj.clone(),
                "2040699".into(),
                "budget".into(),
                String::new(),
                None
            ),
            (
                subj.clone(),
                "2040699".into(),
                "prior_year_executed".into(),
                String::new(),
                None
            ),
            (
                subj,
                "2040699".into(),
                "budget".into(),
                "增加".into(),
                d("17.62")
            ),
        ]
    );
    assert_eq!(v[2].base, "上年预算执行数");
}

#[test]
fn thresholds_and_full_width_text() {
    let v = read(
        &["单价100万元（含）以上设备（不含车辆）2台（套）。"],
        2024,
        true,
    );
    assert_eq!(v[0].measure, "threshold");
    let v = read(
        &["（13）民族事务决算数为9266万元，比2024年调整预算数减少2604万元，下降21.9%。"],
        2024,
        true,
    );
    assert_eq!(brief(&v)[1].0, "民族事务");
    assert_eq!(v[0].comparison, "减少");
    assert_eq!(v[0].base, "本年调整预算数");
}
