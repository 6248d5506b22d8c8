//! A government report's stated totals against its own tables: `全市一般公共预算收入完成1479.48
//! 亿元` is the 本年收入合计 its 全市 一般公共预算收入 table prints for that year and stage.
//!
//! A report's narrative and its appendix tables repeat the same totals under many names, for
//! several governments (全市, 市本级, districts), years and stages; a pairing made wrongly is a
//! false failure. So a figure is paired only when every side of it is certain, and otherwise
//! not at all ([`Unpaired`] says why):
//! - the subject names the area, the budget and the side: an area word (全市, 市本级, 市级 …)
//!   then 一般公共预算 / 政府性基金 / 国有资本经营 / 社会保险基金 (预算) then 收入 or 支出;
//! - the figure is the subject's own: the subject opens the figure's clause, and between them
//!   stand only words that name the stage (完成, 执行数为, 预算安排, 由年初的X调整为 …);
//! - its stage and year are the statement's measure and year, confirmed by those words: a
//!   budget by 预算/安排 (or, in a budget report, by the document's year printed before it),
//!   an adjusted budget by 调整为, an outturn by 完成/执行/决算 or no word; no other year
//!   named before it in the sentence; a budget report's 由年初 is the previous year's;
//! - the table line is the total of that budget and side: a table of its kind, area and
//!   column (stage, fiscal year) whose row is named for the year's own total (本年收入合计,
//!   一般公共预算收入, 本级收入 …; a bare 合计 only in a table with no transfer, carry-over or
//!   debt line, where it can be nothing else); every such line agrees.
//!
//! The figure is compared at its printed precision: `pass` when the table's figure rounds to
//! it, `rounding` within half a unit of its last digit plus the table's own rounding (or the
//! table's figure rounded twice, 10.848 → 10.85 → 10.9), `fail` beyond.

use rust_decimal::{Decimal, RoundingStrategy};

use super::{
    Check, Place, Quantity, Rule, Status, half_unit, printed_decimals, printed_half, show,
};
use crate::budget::document::AnalysedTable;
use crate::budget::facts::Item;
use crate::budget::kind::Kind;
use crate::budget::measure::Stage;
use crate::budget::statements::{Statement, measure};

/// Why a stated figure was not paired with a table figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unpaired {
    /// The subject is no area's budget total (a class, a bare 一般公共预算收入, a transfer …).
    Subject,
    /// The statement's measure and year name no table column for certain.
    Measure,
    /// The subject does not open the figure's clause (the figure is another's).
    Clause,
    /// Other words stand between the subject and its figure.
    Words,
    /// The sentence names another year before the figure.
    Year,
    /// The clause's words name another stage than the statement's measure.
    Stage,
    /// No table prints that total for that area, stage and year.
    NoLine,
    /// Several lines qualify and print different figures.
    Disagree,
    /// The report counts carry-overs or transfers into the figure: 区本级国有资本经营预算收入完成
    /// 12987万元，其中：当年收入10086万元…上年结转2901万元 (宁夏 2018 p145, its table's 收入合计
    /// 10086), or states it again as a 全口径 total (吴忠 2025 p161: 市本级…收入完成399万元 =
    /// 327 + transfers 63 + balance 9 …全口径收入完成399万元; its table's 收入 327).
    Parts,
}

/// Words that name a carry-over or a transfer counted into a figure's parts.
const BEYOND_PARTS: [&str; 6] = [
    "上年结转",
    "上年结余",
    "转移支付收入",
    "调入",
    "上级补助",
    "全口径",
];

/// Whether `sentence` counts a carry-over or transfer among the parts of `figure` (after it).
fn with_parts(sentence: &str, figure: &str) -> bool {
    sentence
        .find(figure)
        .and_then(|at| sentence.get(at..))
        .is_some_and(|after| BEYOND_PARTS.iter().any(|w| after.contains(w)))
}

/// The four budgets of a government.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Budget {
    Gpb,
    GovFund,
    Soe,
    SocialInsurance,
}

impl Budget {
    /// The names a subject or a row gives the budget.
    fn names(self) -> &'static [&'static str] {
        match self {
            Budget::Gpb => &["一般公共预算", "公共财政预算"],
            Budget::GovFund => &["政府性基金", "基金"],
            Budget::Soe => &["国有资本经营"],
            Budget::SocialInsurance => &["社会保险基金"],
        }
    }

    /// The kind of the table of its revenue or expenditure.
    fn kind(self, revenue: bool) -> Kind {
        match (self, revenue) {
            (Budget::Gpb, true) => Kind::GovGpbRevenue,
            (Budget::Gpb, false) => Kind::GovGpbExpenditure,
            (Budget::GovFund, true) => Kind::GovFundRevenue,
            (Budget::GovFund, false) => Kind::GovFundExpenditure,
            (Budget::Soe, true) => Kind::GovSoeRevenue,
            (Budget::Soe, false) => Kind::GovSoeExpenditure,
            (Budget::SocialInsurance, true) => Kind::GovSocialInsuranceRevenue,
            (Budget::SocialInsurance, false) => Kind::GovSocialInsuranceExpenditure,
        }
    }
}

/// Area words a subject opens with, written as src/budget/area.rs writes a table's area.
const AREAS: [&str; 13] = [
    "自治区本级",
    "省本级",
    "市本级",
    "区本级",
    "县本级",
    "全省",
    "全市",
    "全区",
    "全县",
    "省级",
    "市级",
    "区级",
    "县级",
];

/// What a subject names: an area's budget total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Total {
    area: &'static str,
    budget: Budget,
    revenue: bool,
}

/// The total a subject names, if it names one: `全市一般公共预算收入`, `市本级政府性基金预算
/// 支出`, `市级一般公共预算当年收入`. Not `总收入` / `总支出`: 北京's 决算 name the year's own
/// revenue so (2022: 全市社会保险基金总收入 5610.8亿元 = the table's 收入合计, p116-117), where
/// the words could as well name the 收入总计 with transfers and balances: no certain line.
fn fund_total(subject: &str) -> Option<Total> {
    let area = AREAS.iter().find(|a| subject.starts_with(**a))?;
    let rest = subject.get(area.len()..)?;
    let rest = rest.strip_prefix("当年").unwrap_or(rest);
    let rest = rest.strip_prefix("地方").unwrap_or(rest);
    for budget in [
        Budget::Gpb,
        Budget::GovFund,
        Budget::Soe,
        Budget::SocialInsurance,
    ] {
        // 基金 alone names no budget in a subject.
        for name in budget.names().iter().filter(|n| **n != "基金") {
            let Some(tail) = rest.strip_prefix(name) else {
                continue;
            };
            let tail = tail.strip_prefix("预算").unwrap_or(tail);
            let side = tail.strip_prefix("当年").unwrap_or(tail);
            let revenue = match side {
                "收入" => true,
                "支出" => false,
                _ => continue,
            };
            return Some(Total {
                area,
                budget,
                revenue,
            });
        }
    }
    None
}

/// The table column a statement's measure and year name: (stage, fiscal year). A figure with
/// no year is the document's own measure of the document's year (budget in a budget report,
/// 决算 and the adjusted budget in a final account); other measures need their year.
fn column(s: &Statement, doc_year: u32, is_final: bool) -> Option<(Stage, u32)> {
    let own = if is_final {
        measure::FINAL
    } else {
        measure::BUDGET
    };
    let stage = match s.measure.as_str() {
        measure::BUDGET | "prior_year_budget" => Stage::Budget,
        measure::ADJUSTED | "prior_year_adjusted_budget" => Stage::AdjustedBudget,
        measure::FINAL | "prior_year_final" => Stage::Final,
        measure::EXECUTED | "prior_year_executed" => Stage::Executed,
        _ => return None,
    };
    match s.year {
        Some(y) => Some((stage, y)),
        None if s.measure == own || is_final && s.measure == measure::ADJUSTED => {
            Some((stage, doc_year))
        }
        None => None,
    }
}

/// What the words between a subject and its figure say of the figure's stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Words {
    /// Nothing (or 为): the measure stands as read.
    None,
    Budget,
    /// 预算由年初的…: the budget before its adjustment.
    Initial,
    Adjusted,
    /// 完成, 执行数为, 决算数为: the outturn.
    Outturn,
}

/// The stage the words between a subject and its figure name, `None` for any other words.
fn words(gap: &str) -> Option<Words> {
    const BUDGET: [&str; 7] = [
        "预算",
        "预算为",
        "预算数为",
        "安排",
        "安排为",
        "预算安排",
        "预算安排为",
    ];
    const INITIAL: [&str; 4] = ["由年初的", "预算由年初的", "年初预算", "年初预算为"];
    const OUTTURN: [&str; 10] = [
        "完成",
        "实现",
        "执行",
        "执行数",
        "执行数为",
        "决算数",
        "决算数为",
        "决算为",
        "累计完成",
        "预计完成",
    ];
    if gap.is_empty() || gap == "为" {
        Some(Words::None)
    } else if INITIAL.contains(&gap) {
        Some(Words::Initial)
    } else if BUDGET.contains(&gap) {
        Some(Words::Budget)
    } else if OUTTURN.contains(&gap) {
        Some(Words::Outturn)
    } else if adjusted(gap.strip_prefix("预算").unwrap_or(gap)) {
        Some(Words::Adjusted)
    } else {
        None
    }
}

/// `由年初的758.51亿元调整为`, `因增列上下级转移支付等调整为`, `调整预算数为`.
fn adjusted(gap: &str) -> bool {
    let Some(head) = gap
        .strip_suffix("调整为")
        .or_else(|| gap.strip_suffix("调整和变动为"))
    else {
        return ["调整预算", "调整预算为", "调整预算数为"].contains(&gap);
    };
    if let Some(amount) = head.strip_prefix("由年初的") {
        let digits = amount.trim_end_matches(['元', '万', '亿']);
        return !digits.is_empty()
            && digits.len() < amount.len()
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    }
    head.starts_with('因') && !head.contains(['，', ',', '；'])
}

/// The years a text names (`2025年`).
fn years(text: &str) -> Vec<u32> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(5)
        .filter(|w| w.get(4) == Some(&'年') && w.iter().take(4).all(char::is_ascii_digit))
        .filter_map(|w| w.iter().take(4).collect::<String>().parse().ok())
        .filter(|y| (1990..2100).contains(y))
        .collect()
}

/// Whether the statement's figure is certainly its subject's, of the stage and year `want`.
fn certain(
    s: &Statement,
    (stage, year): (Stage, u32),
    doc_year: u32,
    is_final: bool,
) -> Result<(), Unpaired> {
    let figure = format!("{}{}", s.printed, s.unit);
    let before = s
        .sentence
        .find(&figure)
        .and_then(|at| s.sentence.get(..at))
        .ok_or(Unpaired::Clause)?;
    let clause = before
        .rsplit(['，', '；', '：', ',', ';', ':', '。', '（', '(', '）', ')'])
        .next()
        .unwrap_or_default();
    let at = clause.rfind(s.subject.as_str()).ok_or(Unpaired::Clause)?;
    let gap = clause.get(at + s.subject.len()..).unwrap_or_default();
    let said = words(gap).ok_or(Unpaired::Words)?;
    let named = years(before);
    if named.iter().any(|y| *y != year) {
        return Err(Unpaired::Year);
    }
    let agrees = match stage {
        // A budget report's 由年初的 speaks of the year before (its budget is not adjusted yet).
        Stage::Budget => {
            said == Words::Budget
                || said == Words::Initial && (is_final || year < doc_year)
                || said == Words::None && !is_final && year == doc_year && !named.is_empty()
        }
        Stage::AdjustedBudget => said == Words::Adjusted,
        _ => matches!(said, Words::Outturn | Words::None),
    };
    if agrees { Ok(()) } else { Err(Unpaired::Stage) }
}

/// Row words that leave a table's year total (收入合计) and say it may hold more than the
/// year's own revenue or spending: transfers, carry-overs, balances, debt.
const BEYOND: [&str; 15] = [
    "转移",
    "补助",
    "上解",
    "调入",
    "调出",
    "结余",
    "结转",
    "还本",
    "转贷",
    "债务收入",
    "债券",
    "返还",
    "稳定调节",
    "上年",
    "总计",
];

/// Whether a row name is the total `t` names in a table whose row names are `rows`.
fn total_line(name: &str, t: Total, rows: &[&str]) -> bool {
    let side = if t.revenue { "收入" } else { "支出" };
    let n: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let n = n.trim_end_matches(['：', ':']);
    let fund_named = |closes: &dyn Fn(&str) -> bool| {
        let rest = ["本年", "当年", "地方", ""]
            .iter()
            .find_map(|p| n.strip_prefix(p))
            .unwrap_or(n);
        t.budget.names().iter().any(|f| {
            rest.strip_prefix(f)
                .map(|r| r.strip_prefix("预算").unwrap_or(r))
                .is_some_and(closes)
        })
    };
    let closing = |r: &str| ["", "合计", "小计"].contains(&r);
    let year_total = ["本年", "当年"].iter().any(|p| {
        n.strip_prefix(p)
            .and_then(|r| r.strip_prefix(side))
            .is_some_and(|r| r == "合计" || r == "小计")
    });
    let named = fund_named(&|r: &str| r.strip_prefix(side).is_some_and(closing));
    // 本级收入, 市本级收入合计: a government's own revenue. Not spending: 杭州 prints 全市支出
    // apart from the spending of its new bonds, which its 一般公共预算支出 includes.
    let own = t.revenue
        && ["本级", t.area].iter().any(|a| {
            n.strip_prefix(a)
                .and_then(|r| r.strip_prefix(side))
                .is_some_and(closing)
        });
    let bare = (n == "合计" || n.strip_prefix(side) == Some("合计"))
        && !rows.iter().any(|r| BEYOND.iter().any(|w| r.contains(w)));
    year_total || named || own || bare
}

/// Half a unit of a table figure's last printed digit, in yuan.
/// The status of stated `a` (yuan, printed with `scale` decimals in units of `mult`) against
/// table figure `v` printed to within `vh`. Texts round a table's figure twice or cut it as
/// well as round it: either is `rounding`.
fn status(a: Decimal, scale: u32, mult: Decimal, v: Decimal, vh: Decimal) -> Status {
    let round =
        |x: Decimal, dp: u32| x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let printed = a / mult;
    let shown = round(v / mult, scale);
    if shown == printed {
        Status::Pass
    } else if (v - a).abs() <= half_unit(scale) * mult + vh
        || round(round(v / mult, scale + 1), scale) == printed
        || (v / mult).round_dp_with_strategy(scale, RoundingStrategy::ToZero) == printed
    {
        Status::Rounding
    } else {
        Status::Fail
    }
}

/// The table line (table index, item) a statement's figure is, or why none is certain.
pub fn pair<'a>(
    s: &Statement,
    tables: &'a [AnalysedTable],
    doc_year: u32,
    is_final: bool,
) -> Result<(usize, &'a Item), Unpaired> {
    let total = fund_total(&s.subject).ok_or(Unpaired::Subject)?;
    let want = column(s, doc_year, is_final).ok_or(Unpaired::Measure)?;
    certain(s, want, doc_year, is_final)?;
    if with_parts(&s.sentence, &format!("{}{}", s.printed, s.unit)) {
        return Err(Unpaired::Parts);
    }
    let kind = total.budget.kind(total.revenue);
    let mut found: Vec<(usize, &Item)> = Vec::new();
    for (k, t) in tables.iter().enumerate().filter(|(_, t)| t.kind == kind) {
        let rows: Vec<&str> = t.items.iter().map(|i| i.name.as_str()).collect();
        // The table's area printed in its title, or the line's in its row or column; not
        // the document's usual area lent to an untitled table.
        let titled = t
            .table
            .title
            .as_deref()
            .and_then(crate::budget::area::from_title)
            .is_some();
        found.extend(
            t.items
                .iter()
                .filter(|i| {
                    i.amount_yuan.is_some()
                        && i.area == total.area
                        && (titled || i.area != t.area)
                        && i.stage == want.0
                        && i.fiscal_year == Some(want.1)
                        && !i.measure.base.is_rate()
                        && total_line(&i.name, total, &rows)
                })
                .map(|i| (k, i)),
        );
    }
    let (first, rest) = found.split_first().ok_or(Unpaired::NoLine)?;
    if rest.iter().any(|(_, i)| i.yuan() != first.1.yuan()) {
        return Err(Unpaired::Disagree);
    }
    Ok(*first)
}

/// The checks of a government budget or final report's stated totals against its tables
/// (run after the tables' areas are read: src/budget/area.rs).
pub fn checks(
    st: &[Statement],
    tables: &[AnalysedTable],
    doc_year: Option<u32>,
    is_final: bool,
) -> Vec<Check> {
    let mut out = Vec::new();
    let Some(doc_year) = doc_year else {
        return out;
    };
    for s in st {
        let Some(a) = s.amount_yuan else { continue };
        let Ok((k, item)) = pair(s, tables, doc_year, is_final) else {
            continue;
        };
        // The same figure stated on the page as a 全口径 total (Unpaired::Parts).
        let all_in = st.iter().any(|o| {
            o.page == s.page && o.amount_yuan == s.amount_yuan && o.subject.contains("全口径")
        });
        if all_in {
            continue;
        }
        let mult = s.unit_yuan();
        let v = item.yuan();
        let status = status(a, printed_decimals(&s.printed), mult, v, printed_half(item));
        let title = tables
            .get(k)
            .and_then(|t| t.table.title.as_deref())
            .unwrap_or("表");
        let mut pages = vec![s.page, item.page];
        pages.sort_unstable();
        pages.dedup();
        out.push(Check {
            status,
            quantity: Quantity::Yuan,
            pages,
            page: Some(s.page),
            bbox: Some(s.bbox),
            cells: vec![Place::of(k, item)],
            message: format!(
                "第{}页：{} 文中 {}{}，表中（第{}页 {} {}，{}）为 {}",
                s.page,
                s.subject,
                s.printed,
                s.unit,
                item.page,
                title,
                item.name,
                item.header_path,
                show(v, item.unit)
            ),
            ..Check::new(
                Rule::StatedFigure,
                format!(
                    "text p{}: {} {} {} = table p{} {}",
                    s.page,
                    s.subject,
                    item.stage.as_str(),
                    item.fiscal_year.unwrap_or_default(),
                    item.page,
                    item.name
                ),
                v,
                a,
            )
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(area: &'static str, budget: Budget, revenue: bool) -> Total {
        Total {
            area,
            budget,
            revenue,
        }
    }

    #[test]
    fn a_subject_names_area_budget_and_side() {
        assert_eq!(
            fund_total("全市一般公共预算收入"),
            Some(total("全市", Budget::Gpb, true))
        );
        assert_eq!(
            fund_total("市本级政府性基金预算支出"),
            Some(total("市本级", Budget::GovFund, false))
        );
        assert_eq!(
            fund_total("自治区本级地方一般公共预算收入"),
            Some(total("自治区本级", Budget::Gpb, true))
        );
        assert_eq!(
            fund_total("市级一般公共预算当年支出"),
            Some(total("市级", Budget::Gpb, false))
        );
        // No area, a class, a part: not certain.
        assert_eq!(fund_total("一般公共预算收入"), None);
        // 总收入: the year's revenue in one report, with transfers and balances in another.
        assert_eq!(fund_total("全市社会保险基金总收入"), None);
        assert_eq!(fund_total("全市税收收入"), None);
        assert_eq!(fund_total("市本级基金支出"), None);
        assert_eq!(fund_total("市本级一般公共预算基本支出"), None);
    }

    #[test]
    fn the_words_before_a_figure_name_its_stage() {
        assert_eq!(words(""), Some(Words::None));
        assert_eq!(words("完成"), Some(Words::Outturn));
        assert_eq!(words("累计完成"), Some(Words::Outturn));
        assert_eq!(words("预算安排为"), Some(Words::Budget));
        assert_eq!(words("安排"), Some(Words::Budget));
        assert_eq!(words("预算由年初的"), Some(Words::Initial));
        assert_eq!(words("预算由年初的758.51亿元调整为"), Some(Words::Adjusted));
        assert_eq!(
            words("预算因增列上下级转移支付、地方政府专项债券等调整为"),
            Some(Words::Adjusted)
        );
        // Another figure, a verb of another kind: not the subject's own figure.
        assert_eq!(words("加上转移性收入"), None);
        assert_eq!(words("突破"), None);
    }

    #[test]
    fn a_year_total_is_named_for_it_or_alone_in_its_table() {
        let plain = ["税收收入", "非税收入", "合计"];
        let transfers = ["税收收入", "转移性收入", "上年结余", "收入合计", "收入总计"];
        let gpb = total("全市", Budget::Gpb, true);
        assert!(total_line("本年收入合计", gpb, &transfers));
        assert!(total_line("一般公共预算收入合计", gpb, &transfers));
        assert!(total_line("地方一般公共预算收入", gpb, &transfers));
        assert!(total_line(
            "市本级收入",
            total("市本级", Budget::GovFund, true),
            &transfers
        ));
        assert!(total_line("合计", gpb, &plain));
        // 杭州's 收入合计 closes a table that adds transfers and balances.
        assert!(!total_line("收入合计", gpb, &transfers));
        assert!(!total_line("收入总计", gpb, &plain));
        // 全市支出 leaves out the spending of new bonds.
        assert!(!total_line(
            "全市支出",
            total("全市", Budget::Gpb, false),
            &plain
        ));
        assert!(!total_line("市本级收入", gpb, &plain));
    }

    #[test]
    fn a_figure_with_carry_overs_among_its_parts_is_no_year_total() {
        // 宁夏 2018 p145 (pdftotext): the table's 收入合计 is the 10086 of the year alone.
        let s = "2018年，区本级国有资本经营预算收入完成12987万元，其中：当年收入10086万元（包括利润\
                 收入1810万元，股利、股息收入8276万元），上年结转2901万元。";
        assert!(with_parts(s, "12987万元"));
        let s = "2025年，全市国有资本经营预算收入完成741万元，为预算的101.8%，下降27.1%。";
        assert!(!with_parts(s, "741万元"));
    }

    #[test]
    fn a_figure_is_compared_at_its_printed_precision() {
        let yi = Decimal::from(100_000_000);
        let wan = Decimal::from(10_000);
        let half = half_unit(0) * wan;
        // 2392.56亿元 against 23,925,563万元: rounds to it.
        let a = Decimal::new(239256, 2) * yi;
        assert_eq!(
            status(a, 2, yi, Decimal::from(23_925_563) * wan, half),
            Status::Pass
        );
        // 10.9亿元 against 108,480万元: 10.848 rounded twice.
        let a = Decimal::new(109, 1) * yi;
        assert_eq!(
            status(a, 1, yi, Decimal::from(108_480) * wan, half),
            Status::Rounding
        );
        // 361.24亿元 against 3,612,452万元: cut, not rounded (济南 2022 决算 p3, p33).
        let a = Decimal::new(36124, 2) * yi;
        assert_eq!(
            status(a, 2, yi, Decimal::from(3_612_452) * wan, half),
            Status::Rounding
        );
        // 361.23亿元 is neither.
        let a = Decimal::new(36123, 2) * yi;
        assert_eq!(
            status(a, 2, yi, Decimal::from(3_612_452) * wan, half),
            Status::Fail
        );
        // 474945万元 against 484300万元.
        let a = Decimal::from(474_945) * wan;
        assert_eq!(
            status(a, 0, wan, Decimal::from(484_300) * wan, half),
            Status::Fail
        );
    }
}
