//! Stated figures: every money figure the running text prints (`2995.39万元`, `866亿元`), with
//! what it is (subject, and the 功能分类 code when the text names a 类/款/项 the tables print),
//! which figure of which year (measure, year), the comparison the sentence makes (增加/减少 an
//! amount or a rate against a base and its year; 完成预算的N%; 占N%), the sentence, page and
//! box. A comparison stated without a figure (`决算数小于预算数`, `与2023年度相比…持平`) is a
//! statement without an amount. Seven of ten city reports publish their figures only this way;
//! in department documents the 情况说明 restates the tables, and the checks hold the two to
//! each other.
//!
//! Reading a sentence: clauses are cut at ，；： (and at 、 after a figure); a figure's subject is
//! its clause's words before it, without the opening list marker, connectives (其中, 主要是),
//! the issuing body and year (`上海市普陀区财政局2024年度`), the verb (为, 达到) and the
//! figure-kind words (年初预算, 支出决算, 执行数), which give the measure. A clause left with no
//! subject of its own (`支出决算为1511.89万元`, `与上年相比增加134.37万元`) takes the subject of
//! the figure before it in the sentence, else of the list item it is in, else of the last
//! figure stated.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::code::Level;
use super::document::AnalysedTable;
use super::prose::Sentence;
use crate::layout::is_han;
use crate::pdf::Rect;

/// One stated figure (or a comparison stated without one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// 0-based index of the sentence in the document's running text.
    pub sentence_no: usize,
    pub page: u32,
    /// The figure's box (the comparison's, for a statement without a figure).
    pub bbox: Rect,
    pub sentence: String,
    pub subject: String,
    /// The 功能分类 code the subject names, when the document's tables print it.
    pub code: String,
    pub measure: String,
    pub year: Option<u32>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub amount_yuan: Option<Decimal>,
    /// The figure as printed (`2,995.39`), ASCII digits.
    pub printed: String,
    /// 元, 千元, 万元, 亿元 or 万亿元 as printed (`1万亿` is 万亿元).
    pub unit: String,
    pub comparison: String,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub change_yuan: Option<Decimal>,
    /// The rate of change in percent as printed (without its sign: the comparison word says).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub rate: Option<Decimal>,
    pub base: String,
    pub base_year: Option<u32>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub completion: Option<Decimal>,
    pub completion_of: String,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub share: Option<Decimal>,
    pub share_of: String,
    /// Why the reading is in doubt (`unowned`, see `doubt::reason`), empty when it is not.
    pub doubt: String,
}

/// Measures (the `measure` column): which figure of a year a stated amount is.
pub mod measure {
    pub const BUDGET: &str = "budget";
    pub const ADJUSTED: &str = "adjusted_budget";
    pub const FINAL: &str = "final";
    pub const EXECUTED: &str = "executed";
    pub const CHANGE: &str = "change";
    pub const LIMIT: &str = "limit";
    pub const THRESHOLD: &str = "threshold";
    /// A rate per person, household, month or unit (每人每月500元, 670元/人, 补助标准).
    pub const STANDARD: &str = "standard";
    /// A figure that is no public money of the year: capital, loans or investment it draws
    /// in (撬动社会资本), tax relief, the size of a fund.
    pub const OTHER: &str = "other";
}

// Fixed patterns; `None` (never, as they compile) would only mean nothing is found.
static FIGURE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(万亿元|万亿|亿元|万元|千元|元)").ok()
});
/// A percentage, its thousands separated as a figure's may be (增长1,696.14%).
static PERCENT: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%").ok());
static YEAR: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"(20\d\d)年").ok());
/// Part of a year (上半年, 1-6月, 1至9月, 前三季度): what was executed so far, no final account.
static PART_OF_YEAR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"上半年|前三季度|1[-—－~至到]([1-9]|1[01])月|一至[二三四五六七八九]月").ok()
});
/// The end of a year (截至2022年底, 2020年末, 2021年12月31日): a balance stated at it is that
/// year's outcome.
/// A date before a year's end a figure is stated at (截至目前, 截至2025年2月20日, 截至6月底).
static AS_OF: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"截至(?:20\d\d年)?(?:目前|(?:[1-9]|1[01])月)").ok());
static YEAR_END: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(20\d\d)年(?:度)?(?:底|末|12月(?:31日|底|末))").ok());

/// Whether the words right before a figure put the reserve fund in the budget (安排预备费,
/// 预算安排的预备费, 预备费预算安排): the figure is the reserve budgeted, not what was spent.
/// So too of the reserve and a fund named with it (`预算安排预备费和城市应急保障资金共计7.88亿元`).
fn reserve_budgeted(pre: &str) -> bool {
    let pre = pre.trim_end_matches("共计").trim_end_matches('为');
    let words = ["安排预备费", "安排的预备费", "预备费预算安排"];
    words.iter().any(|w| pre.ends_with(w)) || reserve_and_fund(pre, &words)
}

/// Whether the clause ending `pre` names the reserve one of `words` puts in the budget and a
/// fund after it (`安排预备费和城市应急保障资金`).
fn reserve_and_fund(pre: &str, words: &[&str]) -> bool {
    let clause = pre.rsplit(['，', ',', '；', '。']).next().unwrap_or(pre);
    words.iter().any(|w| {
        clause
            .split_once(w)
            .is_some_and(|(_, rest)| rest.starts_with(['和', '及']) && rest.ends_with("资金"))
    })
}

/// Whether the words before a balance say it is what is left once the year's budget has drawn
/// on the fund (`2025年初预算调出动用82亿元后，市级预算稳定调节基金余额`).
fn left_after_budget_draw(pre: &str) -> bool {
    // (2023年预算动用后余额为68.4亿元: the draw named in the figure's own clause)
    let clause = pre.rsplit(['，', ',']).next().unwrap_or(pre);
    if ["预算动用后", "预算调出后"]
        .iter()
        .any(|w| clause.contains(w))
    {
        return true;
    }
    let Some((draw, _)) = pre.rsplit_once("后，") else {
        return false;
    };
    draw.contains("年初预算") && ["动用", "调出"].iter().any(|w| draw.contains(w))
}

/// What a subject names when its figure is no public money of a year (measure `other`): an
/// amount under investment review (报审金额, 审定金额, 核减…), bank loans (发放信用贷款,
/// 创业担保贷款: the banks' money, not their 贴息), or the investment of projects (完成投资,
/// 意向总投资, 计划投资额: all sources together, not what the budget pays; 预算内投资 and
/// 政府投资 are the budget's).
fn not_budget_money(subject: &str) -> bool {
    // (理财收益: what money lent out earned, no budget line; 增值税免抵调指标: a quota of tax
    // offsets won from above, no money collected or spent)
    ["报审", "送审", "审定", "评审金额", "审减", "核减", "理财", "免抵调"]
        .iter()
        .any(|w| subject.contains(w))
        || ["投资", "投资额", "投资总额"]
            .iter()
            .any(|w| subject.ends_with(w))
            && !["预算内", "政府", "财政"]
                .iter()
                .any(|w| subject.contains(w))
        // (固定资产总量, 截至2026年1月31日…固定资产金额: the assets a body holds, no money of
        // the year; not what it buys or invests: 拟购置固定资产, 市政府固定资产投资)
        || subject.contains("固定资产")
            && !["购置", "投资", "投入"].iter().any(|w| subject.contains(w))
            && !names_budget_money(subject)
        // (无形资产, 处置资产, 盘活政府存量资产, 净资产: assets held, disposed of or put to
        // use, no money of the year)
        || subject.ends_with("资产")
            && !["购置", "投资", "投入"].iter().any(|w| subject.contains(w))
        // (评价资金251.7亿元: the money a performance review covers)
        || subject.contains("评价") && subject.ends_with("资金")
        // (专项债券需求, 新增直接融资额, 实际采购金额: what is asked for, what firms raised,
        // what purchases came to; no account's figure)
        || ["需求", "融资额", "实际采购金额"]
            .iter()
            .any(|w| subject.ends_with(w))
        // (中小微企业政府采购合同金额, 技术合同成交额: what contracts are worth to firms; 产值,
        // 增加值, 进出口总额, 销售额: the economy's output and trade)
        || [
            "合同金额", "合同额", "成交额", "成交金额", "交易额", "交易金额", "产值", "增加值",
            "进出口总额", "进出口额", "出口额", "销售额",
        ]
        .iter()
        .any(|w| subject.ends_with(w))
        // (政府性融资担保机构发生额, 新增再担保业务, 知识产权质押金额, 政府采购合同授予中小企业:
        // guarantees, pledges and contracts firms got; 担保贷款贴息, 担保补贴 are the budget's)
        || ["发生额", "质押金额", "担保业务", "担保金额", "在保余额"]
            .iter()
            .any(|w| subject.ends_with(w))
        || ["再担保业务", "合同授予"].iter().any(|w| subject.contains(w))
        // (“蓉易贷”新增投放信贷350.8亿元: the banks' lending)
        || (subject.ends_with("贷款")
            || subject.ends_with("贷款金额")
            || subject.ends_with("信贷")
            // (“成长贷”…贷款发放额度3.2亿元: what the banks lent under a scheme)
            || subject.contains("贷款发放")
            || names_loan_product(subject))
            && !["贴息", "债", "外国政府", "国际", "开发银行", "世界银行"]
                .iter()
                .any(|w| subject.contains(w))
}

/// Whether a subject ends with a bank's loan product (发放“科技贷”“知识产权贷”9.5亿元, 新增
/// “富民贷”, 富民创业贷): the banks' lending, not public money; on-lending (转贷) and a
/// government's foreign loans (政府外贷) are public debt.
fn names_loan_product(subject: &str) -> bool {
    let name = subject.trim_end_matches(['”', '"', '’']);
    name.ends_with('贷') && !["转贷", "外贷"].iter().any(|w| name.ends_with(w))
}

/// Whether the clause before a figure says the central government issues it (中央财政2024年发行
/// 1万亿超长期特别国债): the nation's bonds quoted, no money of the government reporting.
fn issued_by_the_centre(pre: &str) -> bool {
    let clause = pre
        .rsplit(['，', ',', '。', '；', ';'])
        .next()
        .unwrap_or(pre);
    clause.starts_with("中央") && clause.ends_with("发行")
}

/// A loan of a policy bank (争取国开行债务置换贷款28.9亿元 for state firms): the bank's money,
/// no public debt, unlike loans of foreign governments and international banks (亚洲开发银行
/// 贷款), which `not_budget_money` keeps.
fn policy_bank_loan(subject: &str) -> bool {
    subject.contains("贷款")
        && ["国开行", "国家开发银行", "农发行", "农业发展银行"]
            .iter()
            .any(|w| subject.contains(w))
}

/// The subject of what the treasury's deposits earned, its 理财 named only in a clause before
/// (精细开展财政理财，市本级实现收益2.7亿元): the subject with the 理财 put before 收益
/// (市本级财政理财收益), or None.
fn treasury_earnings(subject: &str, head: &str) -> Option<String> {
    let stem = subject.strip_suffix("收益")?;
    if subject.contains("理财") || !head.contains("理财") {
        return None;
    }
    let what = if head.contains("财政理财") {
        "财政理财"
    } else {
        "理财"
    };
    Some(format!("{stem}{what}收益"))
}

/// What insurers wrote (农业保险财政补贴签单保费0.85亿元): the premiums, not the budget's
/// subsidy of them (保费补贴, 补贴保费).
fn premiums_written(subject: &str) -> bool {
    subject.ends_with("签单保费")
}

/// A figure stated as a share of the fixed assets a body holds (设备335.24万元，占固定资产总额的
/// 7.90%): assets held, no money of the year.
fn share_of_fixed_assets(post: &str) -> bool {
    post.split(['。', '；', ';'])
        .next()
        .is_some_and(|clause| clause.contains("占固定资产"))
}

/// Money a government spends or passes down before its budget is passed (预算草案提交市人代会
/// 批准前…提前下达市政府固定资产投资100.0亿元, 市财政已提前下达各县（市）区2024年转移支付资金):
/// what the budget law lets it pay out ahead of the vote, no figure of the budget.
fn before_budget_passed(head: &str) -> bool {
    ["批准前", "已提前下达"].iter().any(|w| head.contains(w))
}

/// Money a sentence arranges just after the rule that lets a government spend before its
/// budget is passed (…预算草案在本级人民代表大会批准前，可安排下列支出：…。根据上述规定，市级已
/// 安排一般公共预算支出725亿元; …批准前…提前下达…。安排市级预算部门正常履职等必要性支出258.1
/// 亿元): spent ahead of the vote, as `before_budget_passed` (money passed down ahead, 已提前
/// 下达, sets no rule for the sentences after it).
fn arranged_under_rule_before(head: &str, sentences: &[Sentence], no: usize) -> bool {
    head.contains("安排")
        && sentences
            .get(no.saturating_sub(3)..no)
            .unwrap_or_default()
            .iter()
            .any(|s| s.text.contains("批准前"))
}

/// Whether, in a budget report's account of an earlier year's execution, the only budget a
/// clause names is the account the subject ends with (2024年市本级部门预算支出1,914.9亿元,
/// 市本级财政专户管理资金预算支出, 市对区县(市)政府性基金转移支付预算支出): spending through
/// those budgets, what was executed. Money the sentence says was arranged (2022年市本级安排的…
/// 专项转移支付预算支出) is the budget's.
fn budget_account_spent(pre: &str, head: &str, subject: &str) -> bool {
    !head.contains("安排")
        && ["预算支出", "预算收入"].iter().any(|tail| {
            subject.ends_with(tail)
                && pre
                    .strip_suffix(tail)
                    .is_some_and(|rest| !names_a_budget(rest))
        })
}

/// Whether a figure compared with the same months of the year before (同比, 比上年同期) follows a
/// sentence stating part of a year (2022年1至6月，…; 总体看，今年上半年，…): it goes on with
/// those months, not the final account.
fn so_far_after(prev: &str, post: &str) -> bool {
    ["同比", "上年同期"].iter().any(|w| post.contains(w))
        && PART_OF_YEAR.as_ref().is_some_and(|re| re.is_match(prev))
}

/// The sentence before `no` and the sentences before it that end with a ； (a statement the
/// page's layout cut before its full stop; two at most), in order, joined.
fn run_before(sentences: &[Sentence], no: usize) -> String {
    let mut start = no.saturating_sub(1);
    while start > 0
        && start + 3 > no
        && sentences
            .get(start - 1)
            .is_some_and(|p| p.text.trim_end().ends_with(['；', ';']))
    {
        start -= 1;
    }
    sentences
        .get(start..no)
        .unwrap_or(&[])
        .iter()
        .map(|s| s.text.as_str())
        .collect()
}

/// Whether sentence `no` goes on a 其中 list (run on over ；) that a marked line opened
/// (`（二）国有企业资本金注入…，其中：国有经济结构调整支出…；` or that line, then `其中：…；`):
/// a part of that line, not of the whole above it.
fn under_marked_line(sentences: &[Sentence], no: usize) -> bool {
    let text = |k: usize| sentences.get(k).map_or("", |s| s.text.as_str());
    let mut k = no;
    while k > 0 && k + 4 > no {
        k -= 1;
        let t = text(k);
        if !t.trim_end().ends_with(['；', ';']) {
            return false;
        }
        if let Some(at) = t.find("其中") {
            return if at == 0 {
                k > 0 && opens_with_marker(text(k - 1))
            } else {
                opens_with_marker(t)
            };
        }
    }
    false
}

/// What a fund has paid in (重产化基金…实际完成出资41.9亿元): the fund's investment, not the
/// budget's; what a government or its budget pays into a fund (政府对基金累计出资,
/// 投资基金财政出资) is public money.
fn fund_paid_in(subject: &str, before: &str) -> bool {
    subject.ends_with("出资")
        && before.contains("基金")
        && !["财政", "政府", "市级", "省级", "区级", "县级", "本级"]
            .iter()
            .any(|w| subject.contains(w))
}

/// The size of a fund a clause sets up (`成立首期3亿元的成果转化母基金`, `设立规模10亿元的风险补偿
/// “资金池”`): what the fund may hold from every source, not a budget figure.
fn fund_size(pre: &str, post: &str) -> bool {
    let Some(rest) = post.strip_prefix('的') else {
        return false;
    };
    let noun = rest
        .split(['，', '。', '；', '、', '和', '及', ',', ';'])
        .next()
        .unwrap_or("")
        .trim_end_matches(['”', '"', '）', ')']);
    ["基金", "资金池"].iter().any(|w| noun.ends_with(w))
        && ["设立", "成立", "组建", "首期", "规模"]
            .iter()
            .any(|w| pre.contains(w))
}

/// The year whose end `head` (the text before a figure) dates it at, when no later year is
/// printed after that date.
/// A year-end compared with (比2020年底增加…, 较2021年末) is a base, not the figure's date.
fn year_end_of(head: &str) -> Option<u32> {
    let m = YEAR_END
        .as_ref()?
        .captures_iter(head)
        .filter(|c| {
            c.get(0).is_some_and(|m| {
                !head
                    .get(..m.start())
                    .and_then(|h| h.chars().next_back())
                    .is_some_and(|p| "比较与同".contains(p))
            })
        })
        .last()?;
    let y: u32 = m.get(1)?.as_str().parse().ok()?;
    let rest = head.get(m.get(0)?.end()..).unwrap_or("");
    // (2025年末，全市政府性债务限额282.64亿元，其中：市本级97.52亿元: the parts of a limit.)
    (super::prose::printed_years(rest).next().is_none() && !rest.contains("限额")).then_some(y)
}

/// Words that say a figure changed, longest first, with the direction they give.
const CHANGE_WORDS: [(&str, i8); 20] = [
    ("增加", 1),
    ("增长", 1),
    ("增收", 1),
    ("上升", 1),
    ("提高", 1),
    ("增幅", 1),
    ("多支", 1),
    ("减少", -1),
    ("下降", -1),
    ("减收", -1),
    ("降低", -1),
    ("降幅", -1),
    ("减幅", -1),
    ("节约", -1),
    ("少支", -1),
    ("下降了", -1),
    // 全市一般性支出压减2.9亿元: the size of a cut, a change of what is cut.
    ("压减", -1),
    ("压缩", -1),
    // 收入执行数与调整预算数相比短收735万元, 较年初预算超收77.5亿元: revenue short of its
    // budget or over it, a change against the budget.
    ("短收", -1),
    ("超收", 1),
];

/// Words that say a figure did not change, or how it compares (no amount).
const SAME_WORDS: [&str; 9] = [
    "基本持平",
    "持平",
    "一致",
    "相同",
    "未发生变化",
    "无变化",
    "大于",
    "小于",
    "等于",
];

/// Whether `budget`, the subject of a budget's figure, is the budget's name of the account line
/// `done` names (`全市国有资本经营预算收入年初预算合计` of `全市国有资本经营预算收入`): a figure done under
/// the budget's name is named as the line (names::done_not_budgeted), its budget keeps the name
/// printed, and a completion is still of that budget.
pub(crate) fn budget_of_line(budget: &str, done: &str) -> bool {
    names::done_not_budgeted(budget).is_some_and(|line| line.as_deref() == Some(done))
}

/// The direction a comparison word gives: 1 up, −1 down, 0 the same, `None` for 完成/为 and
/// words that are not comparisons.
pub fn direction(word: &str) -> Option<i8> {
    if let Some((_, d)) = CHANGE_WORDS.iter().find(|(w, _)| *w == word) {
        return Some(*d);
    }
    match word {
        "持平" | "基本持平" | "一致" | "相同" | "未发生变化" | "无变化" | "等于" => {
            Some(0)
        }
        "大于" => Some(1),
        "小于" => Some(-1),
        _ => None,
    }
}

/// Figure-kind words a subject ends with before its figure, longest first, and the measure
/// each gives. Bare 预算 stays part of the subject (收入预算, 财政拨款收支总预算).
const KIND_WORDS: [(&str, &str); 24] = [
    ("调整后预算数", measure::ADJUSTED),
    ("调整后预算", measure::ADJUSTED),
    ("调整预算数", measure::ADJUSTED),
    ("调整预算", measure::ADJUSTED),
    ("全年预算数", measure::ADJUSTED),
    ("全年预算", measure::ADJUSTED),
    ("年初预算数", measure::BUDGET),
    ("年初预算", measure::BUDGET),
    ("预算执行数", measure::EXECUTED),
    ("预计执行数", measure::EXECUTED),
    ("预计执行", measure::EXECUTED),
    ("执行数", measure::EXECUTED),
    ("支出决算数", measure::FINAL),
    ("支出决算", measure::FINAL),
    ("决算数", measure::FINAL),
    ("决算", measure::FINAL),
    ("预算安排", measure::BUDGET),
    ("预算数", measure::BUDGET),
    ("安排", measure::BUDGET),
    ("预计完成", measure::EXECUTED),
    ("完成", measure::FINAL),
    ("实现", measure::FINAL),
    ("实际支出", measure::FINAL),
    ("执行", measure::EXECUTED),
];

/// Verbs (and the adverbs before them) between a subject and its figure.
const VERBS: [&str; 23] = [
    // 支出预算总量相应安排为: the adverb before the verb.
    "相应",
    // 支出拟安排, 支出初步安排, 全市政府债务规模将达到: the adverb left once the verb is cut.
    "拟",
    "初步",
    "将",
    "约为",
    "分别为",
    "总计为",
    "合计为",
    "为",
    "是",
    "达到",
    "达",
    "共计",
    "约",
    "超过",
    "超",
    "逾",
    "累计",
    "实际",
    // 单价在100万元以上: 在 before a bound.
    "在",
    "突破",
    // 城区低保调整后863元/月/人: the standard after the change.
    "调整后",
    "提高后",
];

/// Words before a figure that make it a bound, not a figure (超100亿元, 占比超过75%).
const BOUNDS: [&str; 9] = [
    "超",
    "超过",
    "逾",
    "突破",
    "近",
    "不到",
    "不足",
    "不少于",
    "不低于",
];

/// Verbs that put money to a use (统筹安排12亿元，支持…): the figure's subject is the use
/// that follows it, not the verb.
const ALLOCATE: [&str; 15] = [
    "投入", "安排", "筹措", "筹集", "统筹", "拨付", "下达", "争取", "兑现", "发放", "整合", "盘活",
    "落实", "用于", "发行",
];

/// Whether the words of a sentence before a figure's clause (which name no figure of theirs)
/// say enough to be its own matter (中央财政直达资金覆盖21类1624个项目，106.7亿元资金纳入…;
/// …补助标准提高30元、达到680元/人/年): a figure with no name of its own there is of that
/// matter, and the name of an earlier sentence would be a guess. A time alone (2022年，) is not.
fn unnamed_after_own_words(before_clause: &str) -> bool {
    before_clause
        .chars()
        .filter(|c| is_han(*c) && !['年', '月', '日'].contains(c))
        .count()
        >= 4
}

/// Whether a sentence ends with a name after its last figure (`…取暖费23.37万元，维修（护）
/// 费。`): a stray 。 cut that name from the figure opening the next sentence.
fn ends_with_cut_name(sentence: &str) -> bool {
    let body = sentence.trim_end().trim_end_matches(['。', '.']);
    let Some((head, tail)) = body.rsplit_once(['，', '、', '；']) else {
        return false;
    };
    let name_ends = ["费", "支出", "经费", "收入", "资金"];
    ["万元", "亿元"].iter().any(|u| head.ends_with(u))
        && (1..=12).contains(&tail.chars().count())
        && !tail.chars().any(|c| c.is_ascii_digit())
        && name_ends.iter().any(|w| tail.ends_with(w))
}

/// Who puts the money (市级财政安排…): no subject of a figure.
const ACTORS: [&str; 16] = [
    "市级财政",
    "市本级财政",
    "市财政",
    "省级财政",
    "省财政",
    "各级财政",
    "财政",
    "全市",
    "全省",
    "全区",
    "全县",
    "市本级",
    "市级",
    "省级",
    "区级",
    "县级",
];

/// Words that say a figure is no public money of the year (measure `other`). Loans and
/// refinancing are public debt (再融资债券, 国际金融组织贷款): not among them.
const NOT_FISCAL: [&str; 6] = ["社会资本", "撬动", "带动", "授信", "生产总值", "基金规模"];

/// Relief of taxes, fees and rents (新增减税降费100亿元, 办理增值税留抵退税108.8亿元, 缓税缓费,
/// 减免租金, 让利): its size is no public money, but money named after it is
/// (中央退税减税降费补助资金, 其他减税降费资金转移支付支出).
const TAX_RELIEF: [&str; 10] = [
    "减税", "降费", "退税", "缓缴", "缓税", "缓费", "减免", "减征", "免征", "让利",
];

/// Whether the clause before a figure puts idle money or assets back to use (盘活财政存量资金,
/// 盘活…沉淀资金): what was taken back, no budget line of a year. A use after it (盘活…安排,
/// 用于…) names a spending, and a revenue line (盘活资产资源以及…有偿使用收入等) a revenue:
/// these stay.
fn revitalized(pre: &str) -> bool {
    pre.rfind("盘活").is_some_and(|i| {
        let after = &pre[i..];
        !["安排", "用于", "支出", "支持", "收入"]
            .iter()
            .any(|w| after.contains(w))
    })
}

/// How a subject naming money of a budget ends (…资金, …支出, …收入, …补助, …转移支付).
fn names_budget_money(subject: &str) -> bool {
    ["资金", "支出", "收入", "补助", "转移支付"]
        .iter()
        .any(|w| subject.ends_with(w))
}

/// A subject naming a budget's figure (收入预算, 支出预算, 预备费预算), not an account whose name
/// holds the word (一般公共预算, 政府性基金预算).
fn names_budget_figure(subject: &str) -> bool {
    let mut t = subject.to_string();
    for name in [
        "一般公共预算",
        "政府性基金预算",
        "国有资本经营预算",
        "社会保险基金预算",
    ] {
        t = t.replace(name, "");
    }
    // (面向中小企业预留政府采购项目预算金额246.47万元 in a 决算: the purchases' budget)
    ["预算", "预算数", "预算金额"]
        .iter()
        .any(|w| t.ends_with(w))
}

/// Money moved rather than an amount of what the clause names: taken back (收回…资金), cut
/// (调减…预算, 扣减…预算) or added to a budget (新增安排…专项, 新增下达…, 预算执行中，中央增加
/// 安排我市…奖励资金4800万元).
fn moved(clause: &str) -> bool {
    static ADDED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r"新增(?:安排|投入|下达|拨付|统筹|筹措|筹集|追加)|追加安排|增加安排").ok()
    });
    ["收回", "调减", "扣减"].iter().any(|w| clause.contains(w))
        || ADDED.as_ref().is_some_and(|re| re.is_match(clause))
}

/// Whether `subject` names an addition to the budget during the year (年中新增收入, 年中追加):
/// no amount of the money it adds to.
fn added_midyear(subject: &str) -> bool {
    ["年中新增", "年中追加"].iter().any(|w| subject.contains(w))
}

/// A clause opening with an addition (相应增加…总支出, 追加…, 调增…): its figure is the
/// amount added, and so are its parts.
fn adds(stripped: &str) -> bool {
    ["增加", "追加", "调增"]
        .iter()
        .any(|w| stripped.starts_with(w))
        && !stripped.starts_with("增加值")
}

/// Whether the sentence up to a figure says it is spent beyond the year's opening budget
/// (年初预算之外新增较多支出需求，…统筹保障…新增项目支出104亿元，主要包括…): an addition during
/// the year, whose listed parts are additions too.
fn beyond_opening_budget(head: &str) -> bool {
    ["年初预算之外", "年初预算外"]
        .iter()
        .any(|w| head.contains(w))
}

/// Whether the generic `subj` closing `head` follows a clause of a count (发行项目10个，金额):
/// the money of the things counted.
fn after_count(head: &str, subj: &str) -> bool {
    let Some(before) = head.strip_suffix(subj) else {
        return false;
    };
    let before = before.trim_end_matches(['，', ',']);
    before
        .strip_suffix(['个', '项', '笔', '家'])
        .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether `subj` is a bare bond got (争取) in a sentence opening with a field's spending
/// (医疗卫生支出109.9亿元，增长35.6%，同时争取专项债券26.9亿元): the field's share of the bonds.
fn bonds_got_for_field(subj: &str, pre: &str, first: Option<&Statement>) -> bool {
    ["专项债券", "一般债券", "政府债券", "新增专项债券"].contains(&subj)
        && pre.contains("争取")
        && first.is_some_and(|x| {
            x.subject.ends_with("支出")
                && !names::names_an_account(&x.subject)
                && !["总", "合计", "本级", "全市", "市级"]
                    .iter()
                    .any(|w| x.subject.contains(w))
        })
}

/// Whether the clause before a figure names bonds of a year (转贷我市2021年地方政府专项债券)
/// older than bonds the sentence named before it as on-lent (转贷我市2022年…139.90亿元，转贷我市
/// 2021年…0.10亿元): last year's bonds on-lent this year, neither that year's figure nor this
/// year's bonds the bare name would read as.
fn older_bonds_on_lent(pre: &str, sentence_head: &str) -> bool {
    static VINTAGE: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"转贷[^，,。；;（(]{0,6}?(20\d\d)年[^，,。；;]*债").ok());
    let Some(re) = VINTAGE.as_ref() else {
        return false;
    };
    let year = |c: regex::Captures| c.get(1).and_then(|y| y.as_str().parse::<u32>().ok());
    let clause_at = sentence_head.len() - pre.len();
    let Some(own) = re.captures(pre).and_then(year) else {
        return false;
    };
    re.captures_iter(sentence_head.get(..clause_at).unwrap_or(""))
        .filter_map(year)
        .any(|y| y > own)
}

/// A figure compared with a five-year plan's period (是“十二五”的4倍, 较“十三五”增收…): a
/// total over several years.
fn against_plan_period(post: &str) -> bool {
    static PLAN: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r#"^[，,]?(?:是|为|较|比|相当于)[“"]?十[一二三四五]五"#).ok());
    PLAN.as_ref().is_some_and(|re| re.is_match(post))
}

/// A change against a five-year plan's period (比“十二五”时期增加…): the change of a total over
/// several years, no one year's.
fn changed_over_plan_period(head: &str) -> bool {
    static PLAN: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(r#"(?:比|较|与)[“"]?十[一二三四五]五[”"]?(?:时期|期间)?(?:相比)?$"#).ok()
    });
    PLAN.as_ref().is_some_and(|re| re.is_match(head))
}

/// Whether the sentence before opens with a span of several years (“十三五”时期，全市一般公共
/// 预算收入总量达到4023.1亿元…): the look back goes on in the next sentence (一般公共预算支出总量
/// 达到5353.4亿元，年均增长11.7%), whose undated figures are of those years too.
fn look_back_goes_on(prev_text: &str) -> bool {
    let opening = prev_text.split(['，', ',']).next().unwrap_or("");
    super::prose::names_several_years(opening)
        && super::prose::printed_years(opening).next().is_none()
}

/// The sentences of a look back over several years that no heading announces: from a sentence
/// whose opening names the span and prints no year (`五年来，我们走过了极不平凡的历程…`, `市十五届
/// 人大一次会议以来的五年，全市财政形势发生重大变化…`) to the end of its paragraph, or, when it is
/// the first sentence under a heading, to the next heading (its `——坚持…` paragraphs give the
/// span's figures: `争取新增政府债券462.9亿元`, `拨付企业发展资金53.5亿元`) or to an item or a
/// span of its own (`1．全力保障三项重点工作`, `特别是市第十二次党代会以来，…`). A sentence
/// opening with a year (`2022年，…`) gives that year's account and ends it.
fn look_backs(sentences: &[Sentence]) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Span {
        Paragraph,
        Part,
    }
    static DATED: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"^(?:截至|到)?20\d\d年").ok());
    let paragraphs = super::prose::paragraph_starts(sentences);
    let mut open: Option<Span> = None;
    let mut after_heading = false;
    let mut out = Vec::with_capacity(sentences.len());
    for (s, opens) in sentences.iter().zip(paragraphs) {
        let text = s.text.trim();
        if super::prose::is_part_heading(text) {
            open = None;
            // (not a heading of a year or a stage: 一、2025年预算执行情况 opened by 近年来…)
            after_heading = super::prose::printed_years(text).next().is_none()
                && !["执行", "决算", "预算", "草案"]
                    .iter()
                    .any(|w| text.contains(w));
            out.push(false);
            continue;
        }
        if opens && open == Some(Span::Paragraph)
            || DATED.as_ref().is_some_and(|re| re.is_match(text))
        {
            open = None;
        }
        let opening = text.split(['，', ',']).next().unwrap_or("");
        // (1．全力保障三项重点工作。 after 特别是市第十二次党代会以来，…: the year's account)
        if open == Some(Span::Part)
            && (super::prose::is_marker_start(text)
                || opening.contains("以来") && !super::prose::names_several_years(opening))
        {
            open = None;
        }
        if open.is_none()
            && super::prose::names_several_years(opening)
            && super::prose::printed_years(opening).next().is_none()
        {
            open = Some(if after_heading {
                Span::Part
            } else {
                Span::Paragraph
            });
        }
        after_heading = false;
        out.push(open.is_some());
    }
    out
}

/// Whether the words before a figure count its years without dating them: money still to come
/// over a count of years (`3年将获得中央奖补资金8亿元`), or a total gathered over a run of years
/// (`连续三年在…考评中取得优异成绩，累计获得…奖励4.10亿元`; not `连续4年…，全省全年累计`, a
/// year's own total): no one year's figure.
fn counted_years_before(head: &str) -> bool {
    static SPAN: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[^\d年])[1-9]年将|[两三四五六七八九十]年将|连续[两三四五六七八九十\d]+年[^。；;]*[，,]累计",
        )
        .ok()
    });
    SPAN.as_ref().is_some_and(|re| re.is_match(head))
}

/// A subject opening with a five-year plan's period (“十三五”全市争取上级各类资金, 是“十二五”对上
/// 争取总额…的2.6倍): a total over its years.
fn opens_with_plan_period(stripped: &str) -> bool {
    static PLAN: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r#"^(?:是|为)?[“"]?十[一二三四五]五[”"]"#).ok());
    PLAN.as_ref().is_some_and(|re| re.is_match(stripped))
}

/// The last year the text before a figure dates it with (2025年，…收入完成…), not a base
/// (比2024年…) nor a year-end.
fn dated_before(head: &str) -> Option<u32> {
    let years: Vec<(usize, u32)> = head
        .char_indices()
        .filter_map(|(i, _)| {
            let y = head.get(i..i + 4)?;
            (y.starts_with("20") && head.get(i + 4..)?.starts_with('年'))
                .then(|| y.parse().ok().map(|y| (i, y)))
                .flatten()
        })
        .collect();
    let &(i, y) = years.last()?;
    let based = head
        .get(..i)
        .and_then(|h| h.chars().next_back())
        .is_some_and(|p| "比较与同".contains(p));
    (!based).then_some(y)
}

/// What falls due (2023年全市到期政府债务475.9亿元, 2026年到期本金87.63亿元, 应偿还到期…本金):
/// a schedule of debt, not what is paid (偿还…到期本息, 按时偿还…到期…利息) nor money got to
/// pay it (到期政府债券的…再融资债券收入).
fn falls_due(subject: &str, pre: &str) -> bool {
    subject.contains("到期")
        && (!["偿还", "还本", "兑付"].iter().any(|w| pre.contains(w)) || pre.contains("应偿还"))
        && !names_budget_money(subject)
}

/// People's pay (平均缴费工资8,681元, 年人均缴费工资71,073元, 人均缴费基数): what the insured
/// earn, no public money and no rate a budget pays.
fn is_wage(subject: &str) -> bool {
    ["缴费工资", "缴费基数", "平均工资"]
        .iter()
        .any(|w| subject.contains(w))
}

/// What a debt's balance or its flows are named by: none of them is a limit, even after one
/// (`市级政府债务限额2194.55亿元，政府债务余额2184.07亿元`).
const NO_LIMIT: [&str; 6] = ["余额", "举借", "偿还", "还本", "付息", "转贷"];

/// Openings that are no part of a subject.
const OPENINGS: [&str; 22] = [
    "其中",
    // 主要原因是基本支出增加1447.63万元: the reason's subject.
    "主要原因是",
    "原因是",
    // 全年市对下一般公共预算转移支付补助: the year's, said by the part the sentence is in.
    "全年",
    "以及",
    // 收入X，相应安排支出Y: the figure is the 支出 (a change after 相应 stays no name).
    "相应",
    "主要是",
    "主要用于",
    "主要包括",
    "包括",
    "加上",
    "加",
    "减去",
    "剔除",
    "减",
    "此外",
    "另外",
    "同时",
    "本部门",
    "本单位",
    "我部门",
    "我单位",
];

/// Subjects that say nothing of their own: the figure before them names what they are.
fn is_generic(s: &str) -> bool {
    s.is_empty()
        || matches!(
            s,
            "支出"
                | "收入"
                | "资金"
                | "经费"
                | "金额"
                | "预算"
                | "总额"
                | "合计"
                | "小计"
                | "总计"
                | "总量"
                | "规模"
                | "总规模"
        )
}

/// What the document is, as far as the statements need: its year and whether it reports a
/// final account.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub year: Option<u32>,
    pub is_final: bool,
    /// A budget report: its parts of execution (一、2025年预算执行情况) give an account of
    /// an earlier year.
    pub budget_report: bool,
    /// A government's report (not a department's): its lines name their budget once.
    pub government: bool,
}

/// A figure found in a sentence, before binding.
#[derive(Debug, Clone)]
struct Found {
    start: usize,
    end: usize,
    printed: String,
    unit: &'static str,
    amount: Option<Decimal>,
}

impl Statement {
    /// The yuan of one unit its figure is printed in (1 for 元, 10⁸ for 亿元).
    pub fn unit_yuan(&self) -> Decimal {
        unit_of(&self.unit).1
    }
}

fn unit_of(u: &str) -> (&'static str, Decimal) {
    match u {
        "万亿元" | "万亿" => ("万亿元", Decimal::from(1_000_000_000_000_i64)),
        "亿元" => ("亿元", Decimal::from(100_000_000)),
        "万元" => ("万元", Decimal::from(10_000)),
        "千元" => ("千元", Decimal::from(1_000)),
        _ => ("元", Decimal::ONE),
    }
}

/// The money figures of a sentence.
fn figures(text: &str) -> Vec<Found> {
    FIGURE
        .iter()
        .flat_map(|re| re.captures_iter(text))
        .filter_map(|c| {
            let whole = c.get(0)?;
            let num = c.get(1)?;
            // Part of a longer number, a code or a version (12.5.3万元) is no figure.
            let before = text.get(..whole.start())?.chars().next_back();
            if before.is_some_and(|b| b.is_ascii_digit() || b == '.' || b == ',') {
                return None;
            }
            let (unit, mult) = unit_of(c.get(2)?.as_str());
            let value: Decimal = num.as_str().replace(',', "").parse().ok()?;
            let mut amount = value.checked_mul(mult)?;
            amount.rescale(value.scale());
            // 当年结余-34.8亿元, 上级补助收入-10万元: a minus sign after a word (not a range's
            // dash after a number: 1-6月) is the figure's.
            let minus = before.filter(|b| ['-', '－'].contains(b)).filter(|b| {
                !text
                    .get(..whole.start() - b.len_utf8())
                    .unwrap_or("")
                    .ends_with(|p: char| p.is_ascii_digit() || p.is_ascii_alphabetic())
            });
            let (start, printed) = match minus {
                Some(m) => {
                    amount = -amount;
                    (whole.start() - m.len_utf8(), format!("{m}{}", num.as_str()))
                }
                None => (whole.start(), num.as_str().to_string()),
            };
            Some(Found {
                start,
                end: whole.end(),
                printed,
                unit,
                amount: Some(amount),
            })
        })
        .collect()
}

/// The bracket pairs (open, close byte) that `head` closes, full-width or not.
fn closed_brackets(head: &str) -> Vec<(usize, usize)> {
    let mut open = Vec::new();
    let mut closed = Vec::new();
    for (i, c) in head.char_indices() {
        match c {
            '（' | '(' => open.push(i),
            '）' | ')' => {
                if let Some(o) = open.pop() {
                    closed.push((o, i));
                }
            }
            _ => {}
        }
    }
    closed
}

/// Where the clause holding byte `at` starts: after the last ，；：。 before it (not one inside
/// a pair of brackets: `(含市本级、钱塘新区,下同)`), after a 、 that follows a figure, or after
/// a bracket that opens right after a figure (`385.2亿元（一般债务90.9亿元`).
fn clause_start(text: &str, at: usize, figs: &[Found]) -> usize {
    let head = text.get(..at).unwrap_or("");
    // Bracket pairs closed before the figure.
    let inside = closed_brackets(head);
    let enclosed = |i: usize| inside.iter().any(|&(o, c)| o < i && i < c);
    let mut start = 0;
    for (i, c) in head.char_indices() {
        let cut = match c {
            '，' | '；' | '：' | '。' | ':' | ';' => !enclosed(i),
            // 54,530万元: a thousands separator, not a clause's end.
            ',' => {
                let thousands = head[..i].ends_with(|p: char| p.is_ascii_digit())
                    && head[i + 1..].starts_with(|n: char| n.is_ascii_digit());
                !enclosed(i) && !thousands
            }
            // 、 cuts a list of stated figures (货物4.79万元、工程0万元), not a compound
            // subject (收入、支出预算总计).
            '、' => figs.iter().any(|f| f.end <= i && f.start >= start),
            '（' | '(' => figs.iter().any(|f| f.end == i),
            _ => false,
        };
        if cut {
            start = i + c.len_utf8();
        }
    }
    start
}

/// A clause's words without what opens them (list markers, connectives, the body and year)
/// and with the years they name.
fn opening_stripped(s: &str) -> (String, Option<u32>) {
    let mut t = s.to_string();
    let mut year = None;
    let mut zone = None;
    // The year and everything before it (上海市普陀区财政局2024年度…, 2024年末…).
    if let Some(m) = YEAR.iter().flat_map(|re| re.find_iter(&t)).last() {
        let y: u32 = t
            .get(m.start()..m.start() + 4)
            .and_then(|y| y.parse().ok())
            .unwrap_or(0);
        let mut rest = t.get(m.end()..).unwrap_or("").to_string();
        for w in ["度", "末", "底", "全年", "当年", "上半年"] {
            if let Some(r) = rest.strip_prefix(w) {
                rest = r.to_string();
            }
        }
        // Only a year that dates the subject (not one inside a name).
        // (全市一般公共预算支出从2015年的1205亿元增长至…: the name is before 从; with none,
        // 从 is kept and no name is read.)
        let from = t[..m.start()].strip_suffix('从');
        if let Some(name) = from.filter(|_| ["", "的"].contains(&rest.as_str())) {
            year = Some(y);
            t = match name.trim_end_matches("同口径") {
                "" => "从".to_string(),
                n => n.to_string(),
            };
        } else if !rest.is_empty() || m.end() == t.len() {
            year = Some(y);
            if names::names_an_account(&rest) {
                zone = names::zone_before_year(&t[..m.start()]).map(str::to_string);
            }
            // 公务用车运行维护费2026年预算数25.4万元: the year between a name and its measure
            // word is the figure's, the name stays.
            let named = &t[..m.start()];
            t = if ["预算数", "预算", "决算数", "执行数"].contains(&rest.as_str())
                && confidence::names_money(named)
            {
                format!("{named}{rest}")
            } else {
                rest
            };
        }
    }
    // A year printed without 年 before the name (2022市本级政府性基金预算支出).
    if year.is_none()
        && let Some(rest) = t.get(4..).filter(|_| t.starts_with("20"))
        && let rest = rest.strip_prefix('度').unwrap_or(rest)
        && t.get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && rest.starts_with(is_han)
    {
        year = t.get(..4).and_then(|y| y.parse().ok());
        t = rest.to_string();
    }
    loop {
        let before = t.clone();
        t = strip_marker(&t).to_string();
        for o in OPENINGS {
            // 加上年结转收入 is 加 + 上年结转收入 (上级补助, 上解): 上 stays with its word.
            if o == "加上"
                && ["上年", "上级", "上解"]
                    .iter()
                    .any(|w| t.starts_with(&format!("加{w}")))
            {
                continue;
            }
            // 减少市级一般公共预算收入14.9亿元: 减少 is a verb, no 减 before a name.
            // 减征医疗保险费2.92亿元, 减税降费及退税: a relief named by its whole word (减征 and
            // 减税 are no 减 before a name; 减免 stays out: its rows name counts, 减免近9万户…).
            if o == "减" && ["减少", "减征", "减税"].iter().any(|w| t.starts_with(w)) {
                continue;
            }
            // 全年预算为52.00万元: the year's budget, a name of its own.
            if o == "全年" && t.starts_with("全年预算") {
                continue;
            }
            if let Some(r) = t.strip_prefix(o)
                && !r.is_empty()
            {
                t = r.to_string();
                break;
            }
        }
        t = t.trim_start_matches(['：', '，', '、', ':']).to_string();
        t = approval_stripped(&t).to_string();
        // A heading run into its paragraph (二、政府性基金预算执行情况市本级政府性基金收入…).
        if let Some(i) = t.rfind("情况")
            && let Some(r) = t.get(i + "情况".len()..)
        {
            let r = r.strip_prefix("说明").unwrap_or(r);
            if !r.is_empty() {
                t = r.to_string();
            }
        }
        if t == before {
            break;
        }
    }
    (with_zone(t, zone), year)
}

/// The zone a sentence's run-in heading is of (`淮南经济技术开发区2025年预算执行情况：…`): the
/// figures after its colon are the zone's.
fn zone_heading(head: &str) -> Option<String> {
    let head = strip_marker(head.strip_suffix(['：', ':'])?);
    let body = head.strip_suffix("情况")?;
    let m = YEAR.iter().flat_map(|re| re.find_iter(body)).last()?;
    let what = &body[m.end()..];
    if what.chars().count() > 6 || what.contains(['，', '；', '。', '：']) {
        return None;
    }
    names::zone_before_year(&body[..m.start()]).map(str::to_string)
}

/// The account of a zone named before its year (赣江新区 + 一般公共预算收入): the zone's.
fn with_zone(t: String, zone: Option<String>) -> String {
    match zone {
        Some(z) if names::names_an_account(&t) && !t.starts_with(&z) => format!("{z}{t}"),
        _ => t,
    }
}

/// A clause without the approval opening it (当年经批准动用预算稳定调节基金): the name is
/// what was done with approval, the time word with it.
fn approval_stripped(t: &str) -> &str {
    t.strip_prefix("当年")
        .unwrap_or(t)
        .strip_prefix("经批准")
        .filter(|r| !r.is_empty())
        .unwrap_or(t)
}

/// Whether `s` opens with a list marker (（一）, 1.).
fn opens_with_marker(s: &str) -> bool {
    strip_marker(s).len() < s.len()
}

/// A list marker at the start: 一、 （一） 1、 1． 1. （1） ① 一是.
fn strip_marker(s: &str) -> &str {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let Some(&(_, first)) = cs.first() else {
        return s;
    };
    let after = |n: usize| cs.get(n).map_or(s.len(), |&(i, _)| i);
    if owner::is_cn_numeral(first) {
        let n = cs
            .iter()
            .take_while(|&&(_, c)| owner::is_cn_numeral(c))
            .count();
        match cs.get(n).map(|&(_, c)| c) {
            Some('、') => return &s[after(n + 1)..],
            Some('是') => return &s[after(n + 1)..],
            _ => return s,
        }
    }
    if first == '（' || first == '(' {
        if let Some(k) = cs.iter().position(|(_, c)| *c == '）' || *c == ')')
            && k <= 4
            && cs.get(1..k).is_some_and(|inner| {
                inner
                    .iter()
                    .all(|&(_, c)| owner::is_cn_numeral(c) || c.is_ascii_digit())
            })
        {
            return &s[after(k + 1)..];
        }
        return s;
    }
    if first.is_ascii_digit() {
        let n = cs.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
        if let Some(&(_, m)) = cs.get(n)
            && matches!(m, '、' | '.' | '．')
            && (!cs.get(n + 1).is_some_and(|(_, c)| c.is_ascii_digit())
                || ((cs.len() <= 40 || heading_run_on(&s[after(n + 1)..]))
                    && opens_with_year(&s[after(n + 1)..])))
        {
            return &s[after(n + 1)..];
        }
        return s;
    }
    if ('①'..='⑳').contains(&first) {
        return &s[after(1)..];
    }
    s
}

/// Whether a heading opening with a year runs on with the sentence under it, which opens with a
/// year again (`2025年市级支出预算安排重点2025年市级财政拟统筹…，…`, its title printed without a
/// stop): no punctuation before the second year, within a heading's length, and a sentence of
/// clauses after it; not a table of contents (`2026年度省级一般公共预算收入预算表关于2026年度…`).
fn heading_run_on(s: &str) -> bool {
    s.char_indices()
        .skip(5)
        .take(36)
        .take_while(|(_, c)| !"，。；：,;:、（）()".contains(*c))
        .find(|&(i, _)| opens_with_year(&s[i..]))
        .is_some_and(|(i, _)| {
            let (head, rest) = s.split_at(i);
            !["表", "说明", "关于", "目录"]
                .iter()
                .any(|w| head.contains(w))
                && !rest.contains("关于")
                && rest.contains('，')
        })
}

/// Whether `s` opens with a year (`2022 年市级…` after a marker `1．`): a marker, not a decimal
/// (in a short line only: a list run on, `1.2026年度全省…表2.2026年度…表`, is no heading).
fn opens_with_year(s: &str) -> bool {
    let digits = s.chars().take_while(|c| c.is_ascii_digit()).count();
    digits == 4 && s[digits..].trim_start().starts_with('年')
}

/// The name before an adjusted budget's word that repeats the name's head (其他国有资本经营预算
/// 收入调整预算收入7亿元，决算无收入 → …预算收入): the figure is that line's adjusted budget.
fn kind_before_head_again(t: &str) -> Option<&str> {
    ["收入", "支出"].iter().find_map(|head| {
        ["调整后预算", "调整预算"].iter().find_map(|w| {
            t.strip_suffix(head)?
                .strip_suffix(w)
                .filter(|r| r.ends_with(head))
        })
    })
}

/// A subject without its verb and figure-kind words: (subject, measure those words give).
fn subject_words(s: &str) -> (String, Option<&'static str>) {
    // (收、支总计各增加…: 各 is the verb's)
    let mut t = s.trim_end_matches(['的', '，', '各']).to_string();
    // (比预算数数3800000万元: the 数 of a figure-kind word printed twice)
    if let Some(r) = t.strip_suffix("数数") {
        t = format!("{r}数");
    }
    let mut kind = None;
    loop {
        let before = t.clone();
        for v in VERBS {
            if let Some(r) = t.strip_suffix(v) {
                t = r.to_string();
                break;
            }
        }
        if kind.is_none()
            && let Some(r) = kind_before_head_again(&t)
        {
            t = r.to_string();
            kind = Some(measure::ADJUSTED);
        }
        if kind.is_none() {
            for (w, m) in KIND_WORDS {
                // 一般公共预算安排 is 一般公共预算 + 安排: that 预算 names the account.
                if let Some(r) = t.strip_suffix(w)
                    && !(w.starts_with("预算")
                        && ["公共", "基金", "经营"].iter().any(|e| r.ends_with(e)))
                {
                    kind = Some(m);
                    // 支出决算: the subject's 支出 is the measure's, unless nothing else
                    // names it (车辆通行费安排的支出决算数).
                    // 市本级政府性基金预算支出决算数, 其他支出决算数: 支出 is the name's head.
                    t = match w.strip_prefix("支出") {
                        Some(_)
                            if r.ends_with('的')
                                || !r.is_empty()
                                    && !r.ends_with(['）', ')'])
                                    && (!confidence::names_money(r) || r.ends_with("预算")) =>
                        {
                            format!("{r}支出")
                        }
                        _ => r.to_string(),
                    };
                    break;
                }
            }
        }
        if t == before {
            break;
        }
    }
    (t.replace("收、支", "收支"), kind)
}

/// The use money is put to, when a clause says only who puts it and the verb
/// (`市级财政统筹安排12亿元，支持…`, `投入53.7亿元公交行业补贴`): the words after the figure up
/// to the clause's end, or the next clause when the figure ends its own. A verb opening a
/// subject of its own (`拨付尊老金补助6450万元`) is dropped. The flag: the name is the use after
/// the figure.
fn allocated(stripped: &str, post: &str) -> Option<(String, bool)> {
    let whole = stripped.trim_start_matches(['—', '-']);
    let mut head = whole.to_string();
    let mut verb = false;
    loop {
        let before = head.clone();
        for w in [
            "资金", "共计", "共", "累计", "全年", "当年", "新增", "积极", "再", "已",
        ] {
            if let Some(r) = head.strip_suffix(w) {
                head = r.to_string();
            }
        }
        for v in ALLOCATE {
            if let Some(r) = head.strip_suffix(v) {
                head = r.to_string();
                verb = true;
            }
        }
        if head == before {
            break;
        }
    }
    if !verb {
        // 拨付尊老金补助: the verb opens a subject of its own (积极争取增发国债: after its adverb;
        // 争取省级资金, 投入农业农村相关资金: with the 资金 it names).
        let head = ["积极", "全力", "持续", "已", "累计", "共", "新增"]
            .iter()
            .find_map(|a| whole.strip_prefix(a))
            .unwrap_or(whole);
        let mut own = ALLOCATE.iter().find_map(|v| head.strip_prefix(v))?;
        // 统筹安排农村综合改革资金: every verb before the name.
        while let Some(r) = ALLOCATE.iter().find_map(|v| own.strip_prefix(v)) {
            own = r;
        }
        // 统筹财力偿还本金: a verb of its own inside, the clause is the name (not 财力偿还本金);
        // 安排预算稳定调节基金(以及债务还本等支出): a line of the account named with its verb
        // (names.rs).
        if own.contains("偿还") || names::into_the_fund(own) {
            return None;
        }
        // 用于支持“两重”项目建设: the use, after the word that marks it.
        let own = if head.starts_with("用于") {
            own.strip_prefix("支持")
                .filter(|r| !r.is_empty())
                .unwrap_or(own)
        } else {
            own
        };
        // 统筹整合资金超20亿元: without the verb before the figure; 统筹安排资金超50亿元
        // names nothing.
        let own = subject_words(own).0;
        return (!is_generic(&own) && !["预算资金", "财政资金"].contains(&own.as_str()))
            .then_some((own, false));
    }
    loop {
        let before = head.clone();
        for a in ACTORS {
            if let Some(r) = head.strip_prefix(a) {
                head = r.to_string();
            }
        }
        for w in ["共计", "共", "累计", "全年", "当年", "统筹"] {
            if let Some(r) = head.strip_prefix(w) {
                head = r.to_string();
            }
        }
        if head == before {
            break;
        }
    }
    if !head.is_empty() {
        return None;
    }
    let ends = ['，', ',', '。', '；', ';', '：', '（', '('];
    let rest = post.trim_start_matches([',', '，']);
    // (named by nothing: not the actor and its verb either)
    if rest.len() < post.len() && several_uses(rest) {
        return Some((String::new(), true));
    }
    let mut use_ = rest.split(ends).next().unwrap_or("");
    if let Some(m) = FIGURE.as_ref().and_then(|re| re.find(use_)) {
        use_ = use_.get(..m.start()).unwrap_or("");
    }
    for w in [
        "专项用于",
        "主要用于",
        "重点用于",
        "用于",
        "重点支持",
        "全力支持",
        "大力支持",
        "支持",
        "助力",
    ] {
        if let Some(r) = use_.strip_prefix(w) {
            use_ = r;
            break;
        }
    }
    let use_ = use_.trim_end_matches(['、', '等']);
    (!use_.is_empty()).then(|| (use_.to_string(), true))
}

/// The clauses after a figure that ends its own (`安排303.53亿元，用于A，支持B，实施C`) name
/// several uses when the second opens with a verb of policy too: the figure is the sum for all
/// of them, and the first use names no amount of its own. A first use named as a fund or a
/// line (`用于公检法司支出，落实…待遇`) is what the figure is; the clauses after say what it does.
fn several_uses(rest: &str) -> bool {
    let Some(end) = rest.find(['，', ',', '。', '；', ';']) else {
        return false;
    };
    if confidence::ends_as_fund(&rest[..end]) {
        return false;
    }
    let next = &rest[end..];
    let next = next.strip_prefix('，').or_else(|| next.strip_prefix(','));
    next.is_some_and(confidence::opens_with_policy_verb)
}

/// The congress that passed a budget before its name (`市十四届人大一次会议批准的市本级国有资本经营
/// 收入预算`): an actor and its verb; the money is the budget named after them.
fn without_approval(subj: &str) -> Option<String> {
    let (who, name) = subj.split_once("批准的")?;
    (["人大", "会议"].iter().any(|w| who.contains(w)) && confidence::names_money(name))
        .then(|| name.to_string())
}

/// A quantity a policy drew (`拉动相关交易额`): 拉动 is the verb, the name is the quantity (…额).
fn without_pull(subj: &str) -> Option<String> {
    subj.strip_prefix("拉动")
        .filter(|r| r.ends_with('额'))
        .map(str::to_string)
}

/// 实现 inside a name of spending or revenue after an area and a field (`全市民生领域实现支出`):
/// the verb, the money is `全市民生领域支出`. (当年实现支出: no field, the money unnamed;
/// 全市累计接待…7254万人次、实现收入: a count, another clause.)
fn without_realised(subj: &str) -> Option<String> {
    let (before, after) = subj.split_once("实现")?;
    let field = confidence::leading_area(before)
        .map(|a| &before[a.len()..])
        .is_some_and(|f| {
            !f.is_empty()
                && !f.contains(|c: char| c.is_ascii_digit() || c == '、')
                && !["累计", "当年", "全年", "共", "已"]
                    .iter()
                    .any(|w| f.starts_with(w))
        });
    (field && ["支出", "收入"].contains(&after)).then(|| format!("{before}{after}"))
}

/// Who puts money and the verb before the name of what it is (`全市投入卫生健康支出`,
/// `市财政投入就业补助资金`): the area and the name (`全市卫生健康支出`; a 财政 names no area).
fn without_actor_verb(subj: &str) -> Option<String> {
    let actor = ACTORS
        .iter()
        .chain(&["我市", "我省", "我区", "我县"])
        .find(|a| subj.starts_with(*a))?;
    let mut rest = &subj[actor.len()..];
    for w in ["共计", "共", "累计", "全年", "当年"] {
        rest = rest.strip_prefix(w).unwrap_or(rest);
    }
    // 市财政五年投入468亿元: the years counted before the verb (五年, 三年来).
    let span = rest
        .find('年')
        .map(|i| &rest[..i + '年'.len_utf8()])
        .filter(|y| y.chars().rev().skip(1).all(owner::is_cn_numeral) && y.chars().count() >= 2)
        .unwrap_or("");
    rest = &rest[span.len()..];
    rest = rest.strip_prefix('来').unwrap_or(rest);
    let verb = ALLOCATE
        .iter()
        .chain(&["完成", "实现", "投入"])
        .find(|v| rest.starts_with(*v))?;
    let name = &rest[verb.len()..];
    // (the years' outlay of the finance alone: 五年财政投入; 财政 names no area)
    if name.is_empty() && !span.is_empty() && *verb == "投入" && actor.ends_with("财政") {
        let area = actor.strip_suffix("财政").unwrap_or(actor);
        let area = if matches!(area, "" | "市" | "省" | "各级") {
            ""
        } else {
            area
        };
        return Some(format!("{span}{area}财政投入"));
    }
    if name.is_empty()
        || is_generic(name)
        || !confidence::names_money(name)
        || confidence::opens_with_policy(name)
        || ALLOCATE.iter().any(|v| name.starts_with(v))
    {
        return None;
    }
    // 市级财政 is 市级's; 市财政, 财政 name no area.
    let area = actor.strip_suffix("财政").unwrap_or(actor);
    let area = if matches!(area, "" | "市" | "省" | "各级") || area.starts_with('我') {
        ""
    } else {
        area
    };
    Some(format!("{area}{name}"))
}

/// The money a change is of when it is named after the figure (南京铁路检察院增加了40万元的检察
/// 办案费预算 → 南京铁路检察院检察办案费预算): the words before name the body, not the money.
fn changed_money_after(subject: &str, post: &str) -> Option<String> {
    let after = post.strip_prefix('的')?;
    let name = &after[..after
        .find(['，', '。', '；', '、', '（', '(', ',', ';'])
        .unwrap_or(after.len())];
    (!subject.is_empty()
        && !confidence::names_money(subject)
        && confidence::names_money(name)
        && confidence::well_formed(name))
    .then(|| format!("{subject}{name}"))
}

/// A bare 采购金额 named with the projects and the suppliers who won it (在面向中小企业预留的政府
/// 采购项目中，由中小企业供应商中标或成交的，采购金额246.47万元 → 面向中小企业预留的政府采购项目
/// 中由中小企业供应商中标或成交的采购金额): bare, it reads as the unit's whole procurement.
fn suppliers_share(subject: &str, before: &str) -> Option<String> {
    if subject != "采购金额" {
        return None;
    }
    let by = before.rfind('由')?;
    let won = before[by..].split(['，', ',']).next()?;
    let scope = before[..by].trim_end_matches(['，', ',']);
    let scope = scope.rsplit(['，', ',', '。', '；', ';']).next()?;
    let scope = scope.strip_prefix('在')?.strip_suffix('中')?;
    (won.contains("供应商") && !scope.is_empty()).then(|| format!("{scope}中{won}采购金额"))
}

/// A subject without whom a relief was for (五年为市场主体新增减税降费 → 五年新增减税降费): the
/// beneficiary is no part of the money's name.
fn without_beneficiary(subject: &str) -> String {
    ["为市场主体", "为经营主体", "为企业"]
        .iter()
        .find_map(|b| {
            let at = subject.find(b)?;
            let rest = &subject[at + b.len()..];
            rest.starts_with("新增")
                .then(|| format!("{}{rest}", &subject[..at]))
        })
        .unwrap_or_else(|| subject.to_string())
}

/// What was received, without the verb (`另外获得省配套资金` → 省配套资金): only when what follows
/// the verb is a name of money. A level receiving keeps its name (`市本级收到政府性基金预算上级转移
/// 支付` → 市本级政府性基金预算上级转移支付): bare, a report of the whole area reads it as the
/// area's.
fn without_receiving(subj: &str) -> Option<String> {
    let rest = received(subj)?;
    Some(match receiving_level(subj) {
        Some(level) => format!("{level}{rest}"),
        None => rest,
    })
}

/// The government's level alone (市本级, 省级 …) that receives, when it is the actor just before
/// the verb (`市本级共收到`, `上半年，市本级收到`).
fn receiving_level(subj: &str) -> Option<&'static str> {
    let (at, _) = receiving_verb(subj)?;
    let actor = &subj[..at];
    let actor = ["共", "累计", "另外", "另", "还"]
        .iter()
        .find_map(|w| actor.strip_suffix(w))
        .unwrap_or(actor);
    owner::level_ending(actor)
}

/// The first verb of receiving in `subj` (获得, 收到, 争取到) and where it stands.
fn receiving_verb(subj: &str) -> Option<(usize, &'static str)> {
    ["获得", "收到", "争取到"]
        .iter()
        .filter_map(|v| subj.find(v).map(|i| (i, *v)))
        .min()
}

/// What follows the receiving verb when it is a name of money (`市本级共收到上级税收返还` →
/// 上级税收返还).
fn received(subj: &str) -> Option<String> {
    let (at, verb) =
        receiving_verb(subj).filter(|(i, v)| !subj[i + v.len()..].starts_with('位'))?;
    let rest = &subj[at + verb.len()..];
    (rest.chars().count() >= 4
        && !is_generic(rest)
        && confidence::names_money(rest)
        && confidence::well_formed(rest))
    .then(|| rest.to_string())
}

/// Money a source pays for, named with the verb inside (`财政拨款安排“三公”经费`): the name as
/// the classification words it (`财政拨款安排的“三公”经费`, 国有土地使用权出让收入安排的支出).
fn paid_from(subj: &str) -> Option<String> {
    let at = subj.find("安排")?;
    let (source, rest) = (&subj[..at], &subj[at + "安排".len()..]);
    (["拨款", "预算"].iter().any(|w| source.ends_with(w))
        && !rest.starts_with('的')
        && !rest.starts_with("使用")
        && confidence::names_money(rest)
        && confidence::well_formed(rest))
    .then(|| format!("{source}安排的{rest}"))
}

/// The owner of a balance or a budget the text names without it (`余额`, `预算动用后余额`,
/// `预算收入`): the figure before it in the sentence when that is a balance or a limit
/// (`成都东部新区债务限额167.6亿元，余额167.6亿元`), or the fund a list item heading right before
/// names (`（2）职工社会医疗保险基金。2022年预算收入644.6亿元`). `None` when neither says it.
fn owned(subj: &str, previous: Option<&str>, heading: Option<&str>) -> Option<String> {
    if [
        "余额",
        "年末余额",
        "期末余额",
        "动用后余额",
        "预算动用后余额",
        "限额",
    ]
    .contains(&subj)
    {
        let stem = previous
            .and_then(|p| p.strip_suffix("余额").or_else(|| p.strip_suffix("限额")))?
            .trim_start_matches("预计");
        return (!stem.is_empty()).then(|| format!("{stem}{subj}"));
    }
    // 城乡居民基本养老保险基金收入25.89亿元，支出22.11亿元，滚存结余42.22亿元: the balance is
    // the fund's named before it in the sentence (or the fund the list heading names).
    if BALANCES.contains(&subj) {
        // (市本级社会保险基金…，加上职工基本医疗保险、城乡居民基本医疗保险基金…上划结余X，年末
        // 累计结余Y: the whole fund's, named before the funds listed with 、)
        let fund = previous
            .filter(|p| ["收入", "支出", "结余"].iter().any(|w| p.ends_with(w)))
            .and_then(|p| p.rfind("基金").map(|i| &p[..i + "基金".len()]))
            .map(|f| {
                f.match_indices("基金")
                    .map(|(i, _)| &f[..i + "基金".len()])
                    .find(|w| f.contains('、') && !w.contains('、'))
                    .unwrap_or(f)
            })
            .filter(|f| confidence::well_formed(f) && !f.starts_with("动用"))
            .or(heading)?;
        return Some(format!("{fund}{subj}"));
    }
    let flow = subj
        .strip_prefix("预算")
        .filter(|r| ["收入", "支出"].contains(r))?;
    heading.map(|h| format!("{h}{flow}"))
}

/// The subject of a change named by a bare 收入 or 支出 (…预算收入增加6,282万元、支出减少
/// 10,100万元): the flow of the account the figure before in the sentence (else `fallback`)
/// names, as 收入 pairs with 支出, else `fallback` when it holds the word. `None` otherwise (a
/// balance, 当年收支结余): what changed is not said. Other subjects take `fallback` as it is.
fn paired_change(subj: &str, here: Option<&[Statement]>, fallback: &str) -> Option<String> {
    if !["收入", "支出"].contains(&subj) {
        return Some(fallback.to_string());
    }
    let source = here
        .and_then(|h| h.last())
        .map_or(fallback, |x| x.subject.as_str());
    match source
        .strip_suffix("收入")
        .or_else(|| source.strip_suffix("支出"))
    {
        Some(stem) => Some(format!("{stem}{subj}")),
        // (…公务接待费支出合计0.52亿元，…，支出比年初预算数减少0.16亿元: the total's)
        None => fallback.contains(subj).then(|| fallback.to_string()),
    }
}

/// Balances a fund's account names without the fund (滚存结余, 当年收支结余).
const BALANCES: [&str; 11] = [
    "滚存结余",
    "年末滚存结余",
    "年终滚存结余",
    "当年收支结余",
    "本年收支结余",
    "当年结余",
    "累计结余",
    "年末累计结余",
    "上年累计结余",
    "年末结余",
    "当期结余",
];

/// How many sentences after a figure-less list item naming a fund (`（1）失业保险基金。`) its
/// account runs: the item's figures, then the reasons for them (主要原因：一是…；二是…).
const FUND_ITEM_REACH: usize = 4;

/// Words a change ends with before the reason for it is given (收入变动主要是…, 增加主要是…).
const CHANGES: [&str; 8] = [
    "变动", "变化", "增加", "减少", "增长", "下降", "增收", "减收",
];

/// Where the reason a sentence gives for a change starts (`支出变动主要是城镇职工基本医疗保险基金
/// 支出有所增加`, `主要原因是…`), else its end: a budget the reason names is not the account the
/// text goes on with (收支相抵，当年结余X is the total's before it, not that fund's).
fn reason_at(text: &str) -> usize {
    let said = text
        .match_indices("主要是")
        .map(|(i, _)| i)
        .find(|&i| CHANGES.iter().any(|c| text[..i].ends_with(c)));
    [said, text.find("原因")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(text.len())
}

/// Whether a sentence gives the reasons for the figure before it (`主要原因：一是…；`, `二是…`):
/// what it names is of the same account.
fn gives_reasons(text: &str) -> bool {
    text.starts_with("主要") || owner::marker_level(text) == Some(6)
}

/// Whether a sentence gives the reasons for the figure before it, naming the change first
/// (`变化的主要原因：一是…；`, `变动原因是…`) or not (`主要原因：…`, `二是…`).
fn gives_change_reasons(text: &str) -> bool {
    gives_reasons(text)
        || CHANGES.iter().any(|c| {
            text.strip_prefix(c)
                .map(|r| r.strip_prefix('的').unwrap_or(r))
                .is_some_and(|r| r.starts_with("主要原因") || r.starts_with("原因"))
        })
}

/// The fund whose reasons sentence `no` gives, when a marked line of that one fund states its
/// figures (`（2）城乡居民基本养老保险基金收入50.9亿元，下降5.1%。`) and every sentence after it up
/// to `no`, within [`FUND_ITEM_REACH`], gives reasons (`变化的主要原因：一是…缴费收入减少2.3亿元；`
/// `二是…利息收入同比减少0.2亿元。`): the parts they name are that fund's. `None` for a whole's
/// line (社会保险基金, 政府性基金) or a budget's.
fn fund_line_of_reasons(sentences: &[Sentence], out: &[Statement], no: usize) -> Option<String> {
    if !sentences
        .get(no)
        .is_some_and(|s| gives_change_reasons(&s.text))
    {
        return None;
    }
    let line = (no.saturating_sub(FUND_ITEM_REACH)..no).rev().find(|&j| {
        !sentences
            .get(j)
            .is_some_and(|s| gives_change_reasons(&s.text))
    })?;
    let text = sentences.get(line)?.text.as_str();
    if !matches!(owner::marker_level(text), Some(2..=4)) {
        return None;
    }
    let first = out
        .iter()
        .rev()
        .take_while(|x| x.sentence_no >= line)
        .filter(|x| x.sentence_no == line)
        .last()?;
    let fund = ["收入", "支出"]
        .iter()
        .find_map(|h| first.subject.strip_suffix(h))?;
    (fund.ends_with("基金")
        && !fund.ends_with("社会保险基金")
        && !fund.ends_with("政府性基金")
        && !fund.contains("预算")
        && strip_marker(text).starts_with(fund))
    .then(|| fund.to_string())
}

/// Whether sentence `no` gives the reasons of the account a figure-less fund item at `item`
/// opens (`（1）失业保险基金。` `2021年预算支出X。` `主要原因：一是…；` `二是…。`): within
/// [`FUND_ITEM_REACH`], the item's figures in one unmarked sentence, then reasons only.
fn in_fund_items_reasons(sentences: &[Sentence], item: usize, no: usize) -> bool {
    item + 1 < no
        && no <= item + FUND_ITEM_REACH
        && sentences
            .get(item + 1)
            .is_some_and(|s| owner::marker_level(&s.text).is_none())
        && (item + 2..=no).all(|j| sentences.get(j).is_some_and(|s| gives_reasons(&s.text)))
}

/// `subj`, stated past the first sentence of a fund's list item (`（2）职工社会医疗保险基金。2021年
/// 预算支出560亿元…。…二是个人账户注资支出同比增加47.1亿元。`), named with the fund: the item
/// explains that fund's account, and its lines read bare are no fund's. `None` when the subject
/// names a fund, a budget or an area itself.
fn fund_item_line(subj: &str, fund: &str) -> Option<String> {
    (!subj.contains("基金")
        && !subj.contains("预算")
        && !owner::names_area(subj)
        && confidence::well_formed(subj))
    .then(|| format!("{fund}{subj}"))
}

/// The fund a figure-less list item names (`（2）职工社会医疗保险基金。`).
fn fund_heading(text: &str) -> Option<String> {
    let body = strip_marker(text);
    if body.len() == text.len() {
        return None;
    }
    let name = body.trim_end_matches(['。', '：', ':', '；']);
    (name.ends_with("基金")
        && name.chars().count() <= 30
        && !name.contains(['，', ',', '。', '；', '、']))
    .then(|| name.to_string())
}

/// A budget being adjusted: `…支出预算由年初的410亿元调整为426.52亿元` (the 年初 figure is the
/// budget, the other the adjusted budget), `…收入预算因土地出让收入低于预期调整为62亿元`, `…变动为`. The
/// subject is what stands before 由/因, without the 预算 of 支出预算.
fn adjusted(subj: &str) -> Option<(String, &'static str)> {
    let clean = |s: &str| {
        let s = s.trim_end_matches('的');
        match s.strip_suffix("预算") {
            Some(r) if r.ends_with("收入") || r.ends_with("支出") => r.to_string(),
            _ => s.to_string(),
        }
    };
    for w in ["由年初的", "由年初"] {
        if let Some(r) = subj.strip_suffix(w)
            && !r.is_empty()
        {
            return Some((clean(r), measure::BUDGET));
        }
    }
    // (…支出预算因增列上下级转移支付变动为5.2亿元: changed, as adjusted)
    let head = ["调整和变动", "调整变动", "调整", "变动"]
        .iter()
        .find_map(|w| subj.strip_suffix(w))?;
    let base = head.rfind(['由', '因']).map_or(head, |at| &head[..at]);
    (!base.is_empty()).then(|| (clean(base), measure::ADJUSTED))
}

/// A rate per person, household, month or unit: `每人每月500元`, `670元/人`, `补助标准…`
/// (not 标准化建设资助 nor 高标准农田建设: names of what is paid for).
fn is_standard(pre: &str, post: &str, unit: &str) -> bool {
    if matches!(unit, "亿元" | "万亿元") {
        return false;
    }
    post.starts_with(['/', '每'])
        || post.starts_with("的标准")
        || [
            "每人", "每户", "每月", "每年", "人均", "每名", "每个", "每位", "每亩", "标准",
        ]
        .iter()
        .any(|w| pre.replace("标准化", "").replace("高标准", "").contains(w))
}

/// The year of the table a note stands under, when that table gives an account of a year's
/// execution or final account: sentence `no` opens a note (`注:1.…`, `注：…`, `说明：…`) or is a
/// later numbered item of one (`2.预算稳定调节基金…`), and the sentence before the note on its page
/// (past the `单位:万元` line) is the table's title naming the year and 执行 or 决算
/// (`2021年杭州市本级一般公共预算收支平衡执行情况表`).
fn note_table_year(sentences: &[Sentence], no: usize) -> Option<u32> {
    let page = sentences.get(no)?.page();
    let on_page = |j: usize| sentences.get(j).filter(|s| s.page() == page);
    let opens_note = |t: &str| {
        ["注", "说明"].iter().any(|w| {
            t.strip_prefix(w).is_some_and(|rest| {
                rest.starts_with([':', '：', '①']) || rest.starts_with(|c: char| c.is_ascii_digit())
            })
        })
    };
    // The note's first sentence: this one, or the nearest before it on the page, past numbered items.
    let mut at = no;
    while !opens_note(&on_page(at)?.text) {
        if !opens_with_marker(&on_page(at)?.text) {
            return None;
        }
        at = at.checked_sub(1)?;
    }
    let mut j = at.checked_sub(1)?;
    while on_page(j)?.text.starts_with("单位") {
        j = j.checked_sub(1)?;
    }
    let line = on_page(j)?.text.as_str();
    // (`2021年省级…执行情况表金额单位：万元`: the title before its unit)
    let title = line
        .split("单位")
        .next()
        .unwrap_or(line)
        .trim_end_matches("金额");
    let mut years = super::prose::printed_years(title);
    let year = years.next()?;
    (title.ends_with('表')
        && ["执行", "决算"].iter().any(|w| title.contains(w))
        && years.all(|y| y == year))
    .then_some(year)
}

/// Whether a clause speaks of a budget (预算数, 收入预算), not only of an account whose name
/// holds the word (一般公共预算收入, 预算稳定调节基金): the year before's figures of those are
/// what was executed.
fn names_a_budget(pre: &str) -> bool {
    let mut t = pre.to_string();
    for name in [
        "一般公共预算",
        "政府性基金预算",
        "国有资本经营预算",
        "社会保险基金预算",
        "预算稳定调节基金",
        // (“四本预算”收入总量同口径从2017年492.6亿元增长到2021年655.1亿元 in a 2022 budget's
        // look back: the four budgets' accounts taken together, no budget stage; 2025年“四本预算”
        // 收入预算… still names one by its 收入预算)
        "四本预算",
        // (补充预算周转金: a fund topped up, no budget)
        "预算周转金",
    ] {
        t = t.replace(name, "");
    }
    t.contains("预算")
}

/// What a rate printed at byte `at` of `post` compares with: the base stated before it, else the
/// year before the figure's (上年决算 in a final report, 上年 otherwise).
fn rate_base(post: &str, at: usize, ctx: Context, year: Option<u32>) -> (String, Option<u32>) {
    base_of(post.get(..at).unwrap_or(post), ctx, year).unwrap_or_else(|| {
        let base = if ctx.is_final {
            "上年决算"
        } else {
            "上年"
        };
        (base.into(), year.or(ctx.year).map(|y| y - 1))
    })
}

/// A rate of a figure no year is read for in a budget report (办理增值税留抵退税208.2亿元，同比
/// 增长41.9% in a 2022 budget's look back on 2021): which year it is against is not known, as the
/// figure's own year is not (the year before the report's is a guess); left empty unless the
/// words before the rate print it.
fn undated_base_year(st: &mut Statement, ctx: Context, compared: &str) {
    if !ctx.is_final
        && st.year.is_none()
        && st.measure == measure::OTHER
        && super::prose::printed_years(compared).next().is_none()
    {
        st.base_year = None;
    }
}

/// A comparison phrase in `s`: (base as printed with its year made relative, base year). `of`
/// is the year of the figure compared: 上年 is the year before it (新增政府专项债券344.4亿元
/// （2021年），较上年增长31.4% in a 2022 budget compares with 2020).
fn base_of(s: &str, ctx: Context, of: Option<u32>) -> Option<(String, Option<u32>)> {
    let at = opener(s)?;
    let mut phrase = s.get(at..)?.to_string();
    for w in ["与", "比", "较", "同"] {
        if let Some(r) = phrase.strip_prefix(w) {
            phrase = r.to_string();
            break;
        }
    }
    let mut closed = false;
    for end in ["相比较", "相比", "比较", "对比", "同期"] {
        if let Some(i) = phrase.find(end) {
            // (上年同期 keeps its 同期: the same months, not the whole year)
            phrase.truncate(if end == "同期" { i + end.len() } else { i });
            closed = true;
        }
    }
    // The base stops at the comparison word.
    if let Some(i) = CHANGE_WORDS
        .iter()
        .map(|(w, _)| *w)
        .chain(SAME_WORDS)
        .filter_map(|w| phrase.find(w))
        .min()
    {
        phrase.truncate(i);
    }
    // A base with its own figure (比2025年年初预算数28479.84万元) keeps the words. A 与 that
    // no 相比 closes and whose figure a clause goes on after is a name's (文化旅游体育与传媒
    // 支出预算43.17亿元，减少…).
    let phrase = match FIGURE.as_ref().and_then(|re| re.find(&phrase)) {
        Some(m) if s[at..].starts_with('与') && !closed && m.end() < phrase.len() => return None,
        Some(m) => phrase.get(..m.start()).unwrap_or("").to_string(),
        None => phrase,
    };
    let year = YEAR
        .as_ref()
        .and_then(|re| re.captures(&phrase))
        .and_then(|c| c.get(1))
        .and_then(|m| m.as_str().parse::<u32>().ok());
    let words = YEAR.as_ref().map_or_else(
        || phrase.clone(),
        |re| re.replace_all(&phrase, "").to_string(),
    );
    // 比2021年的3881.68亿元: the 的 ties the base to its figure.
    let words = words.trim_start_matches('度').trim_end_matches('的');
    // A note (下同), the basis (同口径, 可比) and digits glued on from a page number are no
    // part of the base's name; an adverb before the comparison word (与上年基本一致) neither.
    let words = ["同口径", "可比口径", "可比"]
        .iter()
        .fold(without_notes(words), |w, basis| w.replace(basis, ""))
        .replace(|c: char| c.is_ascii_digit(), "");
    let mut words = words.as_str();
    while let Some(w) = ["保持", "基本", "大体", "大致", "相"]
        .iter()
        .find_map(|a| words.strip_suffix(a))
    {
        words = w;
    }
    // A base is a noun phrase: one holding a clause break is a clause's words, and the
    // base is not known (与基期、同期持平; 因素,同口径增长2.7%).
    if words.contains(['，', ',', '、', '；', ';', '：', ':']) {
        return Some((String::new(), None));
    }
    let words = words.to_string();
    let last_year = year.is_none() && (phrase.starts_with("上年") || phrase.starts_with("去年"));
    let year = year.or_else(|| last_year.then(|| of.or(ctx.year).map(|y| y - 1)).flatten());
    let words = words
        .trim_start_matches("上年")
        .trim_start_matches("去年")
        .to_string();
    // 同比增长12.6% names no base: the year before, as a rate printed alone (not when the
    // 同比 is an earlier clause's: 同比增长41.9%，地方级税收减收52.2亿元).
    let rest = s[at..].trim_start_matches('比');
    let closes = rest.is_empty()
        || CHANGE_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(SAME_WORDS)
            .any(|w| rest == w);
    if year.is_none() && words.is_empty() && closes && s[..at].ends_with('同') {
        let base = if ctx.is_final {
            "上年决算"
        } else {
            "上年"
        };
        return Some((base.into(), of.or(ctx.year).map(|y| y - 1)));
    }
    let relative = match (year, ctx.year) {
        _ if last_year => format!("上年{words}"),
        (Some(y), Some(d)) if y + 1 == d => format!("上年{words}"),
        (Some(y), Some(d)) if y == d => format!("本年{words}"),
        (Some(y), _) => format!("{y}年{words}"),
        (None, _) => words,
    };
    // A bare 上年 of the report's own year is its budget (its final account in a final
    // report); of another year's figure, that year's before.
    let relative = if relative == "上年" && of.is_none_or(|y| Some(y) == ctx.year) {
        if ctx.is_final {
            "上年决算".to_string()
        } else {
            "上年预算".to_string()
        }
    } else {
        relative
    };
    Some((relative, year))
}

/// Whether the words before 决算数 name an item of their own that is not `last`, the figure
/// stated before (2024年度“三公”经费支出决算数小于预算数… after 公务接待费, 6.下级上解收入决算数
/// 大于调整预算数… after another line): which pair of figures is compared is not read.
fn names_another_item(head: &str, last: &str) -> bool {
    let own = head.find("决算数").map_or("", |i| &head[..i]);
    let own = own.rsplit(['，', ',', '；', '：']).next().unwrap_or(own);
    let own = strip_marker(own.trim()).trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let (own, _) = opening_stripped(own);
    !own.is_empty() && !last.ends_with(own.as_str())
}

/// `s` without the bracketed notes it holds (`（下同）`, `（上一年度，下同）`, `（以下简称预算数）`).
fn without_notes(s: &str) -> String {
    let mut out = s.to_string();
    while let Some((open, close)) = ["（", "("].iter().find_map(|o| {
        let open = out.find(o)?;
        let close = open + out[open..].find(['）', ')'])?;
        let note = &out[open..close];
        (note.contains("下同") || note.contains("简称")).then_some((open, close))
    }) {
        let end = close + out[close..].chars().next().map_or(0, char::len_utf8);
        out.replace_range(open..end, "");
    }
    out
}

/// Where the last comparison phrase of `s` opens (与… / 比… / 较…), not counting the 比 of
/// 相比 and 比较.
fn opener(s: &str) -> Option<usize> {
    let mut found = None;
    for (i, c) in s.char_indices() {
        if !matches!(c, '与' | '比' | '较') {
            continue;
        }
        let prev = s.get(..i).and_then(|h| h.chars().next_back());
        let next = s.get(i + c.len_utf8()..).and_then(|t| t.chars().next());
        // 可比口径, 不可比因素, 比如; 较大, 较多, 较快 (an adverb: 当年较多定期存款到期兑现).
        let inside = (c == '比'
            && (prev == Some('相')
                || prev == Some('对')
                || prev == Some('可')
                || next.is_some_and(|n| "较例重如率".contains(n))))
            || (c == '较'
                && (prev == Some('比')
                    || prev == Some('相')
                    || next.is_some_and(|n| "大多少快慢高低好为小强弱".contains(n))));
        if !inside {
            found = Some(i);
        }
    }
    found
}

/// Whether a shortfall or an excess over the budget names no revenue in its own clause
/// (2021年超收49560万元，扣除…后，超收13072万元; 较年初预算超收77.5亿元): the revenue it is of is
/// not read from the figures before (another account's, or a part deducted), so it is no change.
fn shortfall_unnamed(word: &str, head: &str) -> bool {
    let own = opener(head).map_or(head, |i| &head[..i]);
    ["短收", "超收"].contains(&word) && opening_stripped(own).0.chars().count() < 2
}

/// The comparison word a clause ends with (before a change amount): the word and its index.
fn ends_with_change(s: &str) -> Option<(&'static str, usize)> {
    CHANGE_WORDS.iter().find_map(|(w, _)| {
        s.strip_suffix(w)
            .map(|r| (*w, r.len()))
            .or_else(|| s.strip_suffix(&format!("{w}了")).map(|r| (*w, r.len())))
    })
}

/// The names a subject gives for 类/款/项 (`一般公共服务支出（类）财政事务（款）行政运行（项）`),
/// or printed codes (`公共安全支出（204类）司法（06款）`).
fn code_of(subject: &str, tables: &[AnalysedTable]) -> String {
    let mut names: Vec<(String, Level, String)> = Vec::new();
    let mut rest = subject;
    while let Some(open) = rest.find('（') {
        let Some(close) = rest[open..].find('）').map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + '（'.len_utf8()..close];
        let level = match inner.chars().last() {
            Some('类') => Level::Lei,
            Some('款') => Level::Kuan,
            Some('项') => Level::Xiang,
            _ => {
                rest = &rest[close + '）'.len_utf8()..];
                continue;
            }
        };
        let digits: String = inner.chars().filter(char::is_ascii_digit).collect();
        let name = rest[..open].trim_matches(['、', '，']).to_string();
        names.push((name, level, digits));
        rest = &rest[close + '）'.len_utf8()..];
    }
    if names.is_empty() {
        return String::new();
    }
    // Printed codes: 204 + 06 + 99.
    if names.iter().all(|(_, _, d)| !d.is_empty())
        && names
            .first()
            .is_some_and(|(_, l, d)| *l == Level::Lei && d.len() == 3)
    {
        return names.iter().map(|(_, _, d)| d.as_str()).collect();
    }
    let items = || {
        tables
            .iter()
            .flat_map(|t| &t.items)
            .filter(|i| i.code.starts_with('2') && i.code_level.is_some())
    };
    let Some((last, level, _)) = names.last() else {
        return String::new();
    };
    let parent = names.len().checked_sub(2).and_then(|k| names.get(k));
    let mut codes: Vec<&str> = items()
        .filter(|i| i.code_level == Some(*level) && &i.name == last)
        .filter(|i| {
            parent
                .is_none_or(|(pn, _, _)| items().any(|p| p.code == i.parent_code && &p.name == pn))
        })
        .map(|i| i.code.as_str())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    match codes.as_slice() {
        [one] => one.to_string(),
        _ => String::new(),
    }
}

/// The list item a sentence opens, if it names 类/款/项: its subject.
fn item_subject(text: &str) -> Option<String> {
    let body = strip_marker(text);
    if body.len() == text.len() {
        return None;
    }
    let head = body.split(['。', '，', '；', '：']).next().unwrap_or("");
    let head = FIGURE
        .as_ref()
        .and_then(|re| re.find(head))
        .map_or(head, |m| head.get(..m.start()).unwrap_or(head));
    (head.contains("（类）")
        || head.contains("（款）")
        || head.contains("（项）")
        || head.contains("类）")
        || head.contains("项）"))
    .then(|| head.to_string())
}

/// The 类/款/项 a line names before its colon (`行政事业单位离退休（款）：2018年预算支出合计X`), when
/// the clause of the figure opens right after that colon: the figure totals that 款, and a
/// bare total (`预算支出合计`) is named with it.
fn labelled_total(subject: &str, head: &str) -> Option<String> {
    let marks = ["（类）", "（款）", "（项）", "(类)", "(款)", "(项)"];
    let label = strip_marker(head.trim())
        .strip_suffix(['：', ':'])?
        .trim_end();
    let plain = !label.contains(['，', ',', '。', '；', ';', '、', '：', ':', ' '])
        && marks.iter().any(|m| label.ends_with(m))
        && label.chars().count() <= 40;
    let named = marks.iter().any(|m| subject.contains(m));
    (plain && !named && !subject.is_empty() && !subject.starts_with(label))
        .then(|| format!("{label}{subject}"))
}

/// A list item that names an item of money and states no figure (`（二）公务接待费。`): the
/// sentences after it state that item's figures without its name (`2026年预算数1.88万元`).
fn item_heading(text: &str) -> Option<String> {
    let body = strip_marker(text);
    if body.len() == text.len() || !figures(text).is_empty() {
        return None;
    }
    let name = body.trim_end_matches(['。', '：', ':', '；']);
    (!name.is_empty()
        && name.chars().count() <= 20
        && !name.contains(['，', ',', '。', '；', '、', '：'])
        && !name.ends_with("情况")
        && !name.ends_with("说明")
        // (因公出国（境）费用)
        && (confidence::names_money(name) || name.ends_with("费用"))
        && confidence::well_formed(name))
    .then(|| name.to_string())
}

/// What follows a figure up to the next figure (or the sentence's end): a rate, a completion,
/// a share, a comparison without amount.
#[derive(Debug, Default)]
struct After {
    /// The rate's word, the rate, and where it is printed (its base is stated before it).
    rate: Option<(String, Decimal, usize)>,
    completion: Option<(String, Decimal)>,
    share: Option<binding::Share>,
    same: Option<(String, String, Option<u32>)>,
}

/// Whether the words after 为 name an account's spending or income as a whole (预备费25亿元,为
/// 一般公共预算支出的1.02%): a share of it, not a completion of a budget (为年初预算的…,
/// 为调整后一般公共预算支出的…).
fn account_total(of: &str) -> bool {
    names::names_an_account(of)
        && (of.ends_with("支出") || of.ends_with("收入"))
        && !["年初", "调整", "计划", "预算数"]
            .iter()
            .any(|w| of.contains(w))
}

/// Where a final report compares a budget's figure (年初预算安排预备费11亿元，与上年持平;
/// “三公”经费预算较上年下降2%) with a bare 上年, read as 上年决算, the base is 上年: a budget is
/// set against the year before's, not against its final account; the sentence naming 决算 says
/// otherwise.
fn base_budget_on_last_year(st: &mut Statement, ctx: Context, sentence: &str) {
    if ctx.is_final
        && st.base == "上年决算"
        && !sentence.contains("决算")
        && (st.measure == measure::BUDGET
            || st.subject.ends_with("预算")
            || st.subject.contains("年初预算"))
    {
        st.base = "上年".to_string();
    }
}

/// Whether `text` names “三公” spending (“三公”经费, 因公出国（境）费, 公务用车…, 公务接待费).
pub(crate) fn is_three_public(text: &str) -> bool {
    ["三公", "因公出国", "公务用车", "公务接待"]
        .iter()
        .any(|w| text.contains(w))
}

/// Where a government's budget report compares a line with a bare 上年 (其他交通运输支出1.38亿元,
/// 与上年持平), read as 上年预算, the base is 上年: such reports set their lines against the year
/// before's execution as often as against its budget (比上年执行数（下同）), and their rates
/// printed alone are read against 上年 already. A line or sentence naming a budget (“三公”经费预算
/// 总额…与上年持平, 2026年教育支出预算…比上年增加, 预算安排1608.1亿元,与上年持平) compares budgets,
/// as the lines of “三公” spending do (其中：因公出国（境）费用0元，与上年持平): 上年预算 stays.
fn base_bare_last_year_in_government(st: &mut Statement, ctx: Context, sentence: &str) {
    if ctx.government
        && !ctx.is_final
        && st.base == "上年预算"
        && !sentence.contains("上年预算")
        && !names_a_budget(&st.subject)
        && !names_a_budget(sentence)
        && !is_three_public(sentence)
    {
        st.base = "上年".to_string();
    }
}

/// What may stand before a rate's word and still make it the figure's own rate: nothing, or
/// a base (比上年, 同口径, 与2023年相比). `开行国际班列4317列、增长35.5%` is another thing's.
fn is_base_phrase(lead: &str) -> bool {
    // 平均增幅34.2%: an average over years, not the figure's own change.
    if lead.contains("平均") || lead.contains("年均") {
        return false;
    }
    lead.is_empty()
        || opener(lead).is_some()
        || ["同比", "同口径", "可比", "口径", "相比", "上年", "去年"]
            .iter()
            .any(|w| lead.contains(w))
        || lead.chars().count() <= 2
}

fn after(s: &str, ctx: Context, of: Option<u32>) -> After {
    let mut out = After::default();
    for p in PERCENT.iter().flat_map(|re| re.captures_iter(s)) {
        let (Some(m), Some(n)) = (p.get(0), p.get(1)) else {
            continue;
        };
        let Ok(mut v) = n.as_str().replace(',', "").parse::<Decimal>() else {
            continue;
        };
        // 增长10.0%左右, 完成预算的100%以上: an approximate or bounded rate is no rate.
        let tail = s.get(m.end()..).unwrap_or("");
        if ["左右", "上下", "以上", "以下", "以内"]
            .iter()
            .any(|w| tail.starts_with(w))
        {
            continue;
        }
        let mut head = s.get(..m.start()).unwrap_or("");
        // 增长-11.3%: a fall printed as a negative growth.
        if let Some(h) = ["-", "－", "−"].iter().find_map(|d| head.strip_suffix(d)) {
            head = h;
            v = -v;
        }
        let clause = head.rsplit(['，', '；', '：', ',']).next().unwrap_or(head);
        if let Some((w, at)) = ends_with_change(clause)
            && is_base_phrase(&clause[..at])
        {
            out.rate.get_or_insert((w.to_string(), v, m.start()));
        } else if let Some(i) = clause.find("占") {
            // 占比超过75%: a bound, no share.
            if BOUNDS.iter().any(|w| head.trim_end().ends_with(w)) {
                continue;
            }
            let of = clause.get(i + '占'.len_utf8()..).unwrap_or("");
            out.share
                .get_or_insert(binding::Share::new(&clause[..i], of, v));
        } else if let Some(i) = clause.find("完成").or_else(|| clause.find("为")) {
            let word = if clause[i..].starts_with("完成") {
                "完成"
            } else {
                "为"
            };
            // 为调整预算①(以下简称“预算”)的94.5%: the base without its note mark and definition.
            let of = without_notes(clause.get(i + word.len()..).unwrap_or(""))
                .trim_end_matches(|c| c == '的' || ('\u{2460}'..='\u{2487}').contains(&c))
                .to_string();
            if word == "为" && account_total(&of) {
                out.share.get_or_insert(binding::Share::new("", &of, v));
            } else if of.contains("预算") || of.contains("计划") {
                out.completion.get_or_insert((of, v));
            }
        }
    }
    for w in SAME_WORDS {
        if let Some(i) = s.find(w) {
            let head = &s[..i];
            // 与上年不一致: no sameness.
            if head.ends_with('不') {
                break;
            }
            if let Some((base, year)) = base_of(head, ctx, of) {
                out.same.get_or_insert((w.to_string(), base, year));
            }
            break;
        }
    }
    out
}

/// The statements of a document's running text.
pub fn statements(
    sentences: &[Sentence],
    tables: &[AnalysedTable],
    ctx: Context,
) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    // Whether each statement of `out` can be read with confidence (the others are not emitted).
    let mut sure: Vec<bool> = Vec::new();
    // Whether each statement of `out` is the base another figure is compared with
    // (比预算数220000万元减少…): the comparison is the other figure's.
    let mut is_base: Vec<bool> = Vec::new();
    // Whether each statement of `out` is money moved (`moved`), not emitted.
    let mut moved_rows: Vec<bool> = Vec::new();
    let mut item: Option<String> = None;
    // The sentence the list item was named in.
    let mut item_no = 0;
    // A list item naming an item of money without a figure (（二）公务接待费。), and the
    // sentence it is: what the item's sentences state until a figure names itself.
    let mut named: Option<(usize, String)> = None;
    let mut last_subject = String::new();
    // The sentence the last subject was stated in.
    let mut last_subject_no = 0;
    // The total that a 其中 list shares out (本年收入合计…，其中：…), for 占N%.
    let mut parent: Option<binding::Whole> = None;
    // The sentence a share was last bound to `parent` in.
    let mut parent_bound: Option<usize> = None;
    let parts = super::prose::parts(sentences);
    let look_backs = look_backs(sentences);
    // A list item naming a fund with no figure (（2）职工社会医疗保险基金。): the sentence after
    // it states the fund's figures without its name.
    let mut heading: Option<(usize, String)> = None;
    // The year-end a sentence dates its balances at (截至2022年底，全市政府债务余额…): the next
    // sentence's undated balances (市本级政府债务余额…) stand at the same date.
    let mut year_end: Option<(usize, u32)> = None;
    let mut last_account: Option<(usize, Option<String>)> = None;
    // The whole social insurance fund a sentence totals (…社会保险基金预算支出合计X。) and the
    // last sentence of the list of its funds after it (其中：…基金支出Y；…基金支出Z。).
    let mut fund_list: Option<(usize, String)> = None;
    let mut last_dated: Option<u32> = None;
    // The sentence a figure was last left out of as spent before the budget was passed.
    let mut as_of_no: Option<usize> = None;
    // The whole of a list a sentence ending with ； or 其中： leaves open (…，其中：税收收入X；非
    // 税收入Y。): the next sentence's parts are of it. A list opened at a sentence's end goes on
    // while its items open with a marker (…，其中：|（一）人员经费X。|（二）公用经费Y); the flag
    // asks the next sentence for one.
    let mut carried: Option<(usize, String, bool)> = None;
    // The fund's basic spending (财政拨款基本支出) whose 人员经费 a sentence named, and that
    // sentence: its 公用经费 follows, after a description maybe (…其中：|人员经费X。主要包括：…。|
    // 公用经费Y。).
    let mut basic_staff: Option<(usize, String)> = None;
    // The zone whose account the text is giving, in a government's report.
    let mut zone = owner::Zone::default();
    // The statements of `out` a zone's or level's account names with it, and their names.
    let mut zoned: Vec<(usize, String)> = Vec::new();
    // The last statement opening its sentence with its subject (社会保障与就业支出62.54亿元。…):
    // its index in `out`, its subject as read and its sentence.
    let mut opened: Option<(usize, String, usize)> = None;
    // The level whose outlay the sentence lists parts of (owner::outlay_level).
    let mut outlay: Option<&'static str> = None;
    // A section whose list items are parts of a whole it names once (section.rs).
    let mut section: Option<section::Section> = None;
    // The whole area a government's report leaves out, its title giving it to a level alone
    // (关于广州市2022年市级决算（草案）的报告: 全市).
    let level_alone = owner::level_alone(
        sentences
            .iter()
            .take_while(|s| s.page() <= 1)
            .map(|s| s.text.as_str()),
    )
    .filter(|_| ctx.government);
    let whole_area = level_alone.map(|(_, whole)| whole);
    // The levels headings give their parts to (not the one a level's own report is of: its
    // title names it).
    let outline = outline::Outline::of(
        sentences
            .iter()
            .map(|s| s.text.as_str())
            .filter(|_| ctx.government),
        level_alone.map(|(level, _)| level),
    );
    for (no, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        // (in a look back over several years that no heading announces)
        let in_look_back = look_backs.get(no).copied().unwrap_or(false);
        let level = owner::marker_level(text);
        // (the sentences before this one, nearest first: where a section's heading is)
        let before_here = || {
            (0..no)
                .rev()
                .filter_map(|j| sentences.get(j))
                .map(|s| s.text.as_str())
        };
        if section.as_ref().is_some_and(|sec| sec.ends_at(level)) {
            section = None;
        }
        let carried_end = year_end
            .take()
            .filter(|(n, _)| n + 1 == no)
            .map(|(_, y)| y)
            .filter(|_| super::prose::printed_years(text).next().is_none());
        // (dated before the sentence's first figure, not as a base: 比2020年底增加…)
        if let Some(y) = FIGURE
            .as_ref()
            .and_then(|re| re.find(text))
            .and_then(|m| year_end_of(text.get(..m.start()).unwrap_or("")))
        {
            year_end = Some((no, y));
        }
        // In a budget report's account of an earlier year (一、2025年预算执行情况), a figure the
        // text does not date is of that year (the year before the document's when the heading
        // names none); in its budget part, of the document's year.
        let part_year = parts
            .get(no)
            .copied()
            .flatten()
            .filter(|_| ctx.budget_report)
            .and_then(|p| match p.year {
                Some(y) => Some(y),
                None if p.executed => ctx.year.map(|y| y - 1),
                None => None,
            })
            .filter(|&y| ctx.year.is_some_and(|d| y < d));
        let part_executed = parts.get(no).copied().flatten().is_some_and(|p| p.executed);
        // A note under a table of an earlier year's execution (注:1.…市本级再融资债券23.9亿元… under
        // 附表五 2021年杭州市本级一般公共预算收支平衡执行情况表, in a 2022 budget report): the
        // table's year, whose execution its figures are.
        let note_year = (ctx.budget_report && !ctx.is_final)
            .then(|| note_table_year(sentences, no))
            .flatten()
            .filter(|&y| ctx.year.is_some_and(|d| y < d));
        // A final report's account of the year after it (三、2025年1-6月预算执行情况): what has
        // been executed of that year so far, not the final account.
        let later_year = parts
            .get(no)
            .copied()
            .flatten()
            .filter(|p| ctx.is_final && p.executed)
            .and_then(|p| p.year)
            .filter(|&y| ctx.year.is_some_and(|d| y > d));
        if let Some(subj) = item_subject(text) {
            item = Some(subj);
            item_no = no;
            named = None;
        } else if strip_marker(text).len() != text.len() {
            item = None;
            named = item_heading(text).map(|h| (no, h));
        }
        // The one budget named last, up to three sentences before, with no other named since
        // (收入…；支出…；加转移性支出…。收支相抵，滚存结余…: the balances' owner).
        let account_before = last_account
            .clone()
            .filter(|(n, _)| n + 3 >= no)
            .and_then(|(_, a)| a);
        let accounts_text = text.get(..reason_at(text)).unwrap_or(text);
        // 市本级社会保险基金预算支出合计X。其中：…；失业保险基金支出Y。收支相抵，当年收支结余Z:
        // the balance closing the list of the funds is the whole's, not the last fund's.
        // (…；失业保险基金支出Y。当年收支结余Z: the same; but 其中：城乡居民基本养老保险基金收入X，
        // 支出Y。收支相抵，… closes that one fund's own account)
        let (account_before, list_goes_on) = match &fund_list {
            Some((last, whole)) if last + 1 == no => {
                let prev = sentences.get(*last).map_or("", |p| p.text.as_str());
                let own_account = prev.contains("收入")
                    && prev.contains("支出")
                    && names::account_in(prev).as_ref() != Some(whole);
                if ["收支相抵", "当年收支结余"]
                    .iter()
                    .any(|w| text.starts_with(w))
                    && !own_account
                {
                    (Some(whole.clone()), false)
                } else {
                    let goes_on = text.starts_with("其中") || prev.ends_with('；');
                    (account_before, goes_on)
                }
            }
            _ => (account_before, false),
        };
        // (市本级社会保险基金预算支出120.78亿元，…。其中，…: a whole with no 合计 opens it too)
        fund_list = match names::account_in(accounts_text) {
            Some(whole) if whole.ends_with("社会保险基金") => Some((no, whole)),
            _ => fund_list
                .take()
                .filter(|_| list_goes_on)
                .map(|(_, whole)| (no, whole)),
        };
        if names::names_an_account(accounts_text) {
            last_account = Some((no, names::account_in(accounts_text)));
        }
        if ctx.government {
            zone.sentence(text, no);
        }
        let figs = figures(text);
        // The year the text last dated a sentence with before its first figure (2025年，…完成;
        // 经测算，2026年…预计完成): what an undated 完成 after it is of.
        if let Some(y) = dated_before(
            text.get(..figs.first().map_or(text.len(), |f| f.start))
                .unwrap_or(""),
        ) {
            last_dated = Some(y);
        }
        let prev_text = no
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .map_or("", |p| p.text.as_str());
        // The sentence before with those it goes on from, joined at a ； that closed them
        // (`2022年1至6月，…同口径下降10.5%；` + `非税收入完成22亿元，增长36.8%。`): one statement.
        let prev_run = run_before(sentences, no);
        // The level whose outlay the sentence lists parts of (主要包括：…, 投入…).
        outlay = owner::outlay_level(text, prev_text, outlay);
        // Whether the sentence opens with a list marker (（一）, 1.).
        let marked = opens_with_marker(text);
        if !binding::list_continues(prev_text, text, !figs.is_empty()) {
            // (…，其中：基本支出9964.07万元，占47.79%。|项目支出10688.66万元，占51.27%。: a list of
            // shares each closed with 。 goes on while the arithmetic holds)
            parent = parent
                .take()
                .filter(|_| parent_bound.is_some_and(|b| b + 1 == no))
                .map(binding::Whole::checked);
        }
        if parent.is_none() {
            // (the figures of the last sentence before with any, at most two back)
            let last_no = out
                .last()
                .map(|x| x.sentence_no)
                .filter(|&n| n < no && n + 2 >= no);
            let from = out
                .iter()
                .rposition(|x| Some(x.sentence_no) != last_no)
                .map_or(0, |i| i + 1);
            parent = last_no.and_then(|_| {
                binding::whole_before_parts(
                    text,
                    out.get(from..).unwrap_or_default(),
                    sure.get(from..).unwrap_or_default(),
                )
            });
        }
        // What a comparison with no subject of its own compares (the sentence before's figure).
        let context = binding::bare_context(
            &out.iter()
                .zip(&sure)
                .filter(|(x, _)| x.sentence_no + 1 == no && x.measure != measure::CHANGE)
                .map(|(x, ok)| (x, *ok))
                .collect::<Vec<_>>(),
            prev_text,
            item.is_some() && item_no + 1 == no,
            item.as_deref().unwrap_or(&last_subject),
        );
        if figs.is_empty() {
            // (（一）人员经费X。主要包括：基本工资…。（二）公用经费Y: an item's description)
            if let Some(c) = carried.as_mut().filter(|c| c.2 && c.0 == no && !marked) {
                c.0 = no + 1;
            }
            if let Some(w) = whole_before_bare_intro(text, no, &out, &sure, prev_text) {
                carried = Some((no + 1, w, false));
            }
            zone.heading(text, no);
            heading = fund_heading(text).map(|h| (no, h));
            if let Some(sec) = section::Section::opened(text, before_here())
                .or_else(|| section::Section::direct(text))
                .or_else(|| {
                    // (2020年市区一般公共预算收入X。分项目完成情况如下：: the area's list, the
                    // sentence before's first figure its total; read from the output's end)
                    let previous_total = out
                        .iter()
                        .rev()
                        .take_while(|x| x.sentence_no + 1 >= no)
                        .filter(|x| x.sentence_no + 1 == no)
                        .last()
                        .map(|x| x.subject.as_str());
                    section::Section::of_area(
                        text,
                        previous_total,
                        ctx.government && whole_area.is_none(),
                        before_here(),
                    )
                })
                .or_else(|| section::Section::explained(text))
                .or_else(|| section::Section::appropriation(text))
            {
                section = Some(sec);
            }
            if section.as_mut().is_some_and(|sec| !sec.subheading(text)) {
                section = None;
            }
            if let Some(st) = comparison_only(no, s, ctx, context.as_deref(), &out) {
                out.push(st);
                sure.push(true);
                is_base.push(false);
                moved_rows.push(false);
            }
            continue;
        }
        let first_of_sentence = out.len();
        // The figure whose brackets end at `at`, among this sentence's first `n` figures.
        let head_before = |out: &[Statement], n: usize, at: usize| {
            head_before_brackets(out, first_of_sentence, text, &figs, n, at)
        };
        // The figure a 其中 / 主要包括 list of this sentence shares out: its subject (a list
        // left open by the sentence before, or opened by it: `专项转移支付收入4.1亿元。其中：…`).
        let mut whole: Option<String> = carried
            .take()
            .filter(|(n, _, m)| {
                *n == no && !names::opens_with_verb(strip_marker(text)) && (marked || !m)
            })
            .map(|(_, w, _)| w);
        let listed = whole.clone().filter(|_| marked);
        // (…，其中：地方财力安排的经费类支出X；包括市本级Y: the parts of the figure before)
        if strip_marker(text).starts_with("包括") {
            whole = whole_before(text, no, &out, &sure);
        }
        let mut whole = whole
            .or_else(|| whole_before(text, no, &out, &sure))
            .or_else(|| balance_summed_before(text, no, &out, &sure, &figs));
        // (公用经费 after its fund's 人员经费 and the description of it: a part of the same
        // basic spending, not of 人员经费)
        if let Some((_, stem)) = basic_staff.as_ref().filter(|(m, _)| {
            strip_marker(text).starts_with("公用经费")
                && (*m + 1 == no || *m + 2 == no && !out.iter().any(|x| x.sentence_no + 1 == no))
        }) {
            whole = Some(stem.clone());
        }
        // (a whole the sentence before names: this sentence's figures are its parts)
        let whole_from_before = whole.is_some();
        // The figure (index in `figs`) whose subject `whole` is.
        let mut whole_at = 0;
        // Whether that figure is an addition (相应增加…总支出X，其中安排…Y).
        let mut whole_added = false;
        // A debt balance stated in this sentence (measure, year): its parts that follow
        // (其中：一般债务X、专项债务Y) are of the same measure and year.
        let mut balance: Option<(String, Option<u32>)> = None;
        for (k, f) in figs.iter().enumerate() {
            let cstart = clause_start(text, f.start, &figs);
            let pre = text.get(cstart..f.start).unwrap_or("");
            // (the sentence up to the figure)
            let sentence_head = text.get(..f.start).unwrap_or("");
            let next = figs.get(k + 1).map_or(text.len(), |n| n.start);
            let post = text.get(f.end..next).unwrap_or("");
            let (stripped, year) = opening_stripped(pre);
            let stripped = with_zone(stripped, zone_heading(text.get(..cstart).unwrap_or("")));
            // 降低失业保险45.5亿元、工伤保险5.4亿元: a figure listed after another with 、 shares
            // that one's verb (the clause before it).
            let listed = k
                .checked_sub(1)
                .and_then(|p| figs.get(p))
                .filter(|p| text.get(p.end..cstart) == Some("、"))
                .map_or("", |p| {
                    text.get(clause_start(text, p.start, &figs)..p.start)
                        .unwrap_or("")
                });
            // 截至2023年底…余额171.2亿元，2024年预算动用130亿元，动用后余额为41.2亿元: a clause
            // dated with the document's year (or later) is no account of an earlier year.
            let part_year = part_year.filter(|&y| {
                super::prose::printed_years(sentence_head)
                    .last()
                    .is_none_or(|last| last <= y)
            });
            let later_year = later_year.filter(|&y| {
                super::prose::printed_years(sentence_head)
                    .last()
                    .is_none_or(|last| last == y)
            });
            let mut st = Statement {
                sentence_no: no,
                page: 0,
                bbox: Rect::from_points((0.0, 0.0), (0.0, 0.0)),
                sentence: text.to_string(),
                subject: String::new(),
                code: String::new(),
                measure: String::new(),
                year,
                amount_yuan: f.amount,
                printed: f.printed.clone(),
                unit: f.unit.to_string(),
                comparison: String::new(),
                change_yuan: None,
                rate: None,
                base: String::new(),
                base_year: None,
                completion: None,
                completion_of: String::new(),
                share: None,
                share_of: String::new(),
                doubt: String::new(),
            };
            let (page, bbox) = s.place(s.char_at(f.start), s.char_at(f.end));
            st.page = page;
            st.bbox = bbox;
            let previous_at = (first_of_sentence..out.len())
                .rev()
                .find(|&i| out.get(i).is_some_and(|x| x.measure != measure::CHANGE));
            let previous = previous_at
                .and_then(|i| out.get(i))
                .map(|x| x.subject.clone());
            // A subject taken from the figure before, which is itself in doubt, is too.
            let previous_sure = previous_at.is_none_or(|i| sure.get(i).copied().unwrap_or(true));
            let previous_limit = previous_at
                .and_then(|i| out.get(i))
                .is_some_and(|x| x.measure == measure::LIMIT);
            let mut borrowed = false;
            let mut doubled = false;
            let mut bound = false;
            let mut stray = false;
            let mut part = false;
            let mut base_figure = false;
            let mut partless = false;
            // The subject is the use money is put to and names no money (统筹安排25.09亿元，高水平
            // 共建西部陆海新通道; 统筹安排资金15.9亿元，支持科技创新): not emitted (投入53.7亿元公交
            // 行业补贴 names it).
            let mut use_only = false;
            let mut opening_budget = false;
            let mut cut = false;
            // Money moved (see `moved`): not emitted, but what it names stays the name a
            // figure after it borrows (新增安排…专项1.73亿元，总量达9.03亿元).
            let mut moved_out = false;
            let fallback = previous
                .clone()
                .or_else(|| item.clone())
                .or_else(|| {
                    named
                        .as_ref()
                        .filter(|(h, _)| last_subject.is_empty() || last_subject_no < *h)
                        .map(|(_, n)| n.clone())
                })
                .unwrap_or_else(|| last_subject.clone());
            if let Some((word, at)) =
                ends_with_change(pre).filter(|(w, at)| !shortfall_unnamed(w, &pre[..*at]))
            {
                // A change amount: 收入支出总计减少56.95万元, 比2025年预算增加14.25万元.
                let fallback = head_before(&out, k, f.start)
                    .and_then(|i| out.get(i))
                    .map_or(fallback, |x| x.subject.clone());
                let head = &pre[..at];
                let (own, base_text) = match opener(head) {
                    // 同比增加55.4亿元: the 同 of 同比 is no subject.
                    Some(i) => (head[..i].strip_suffix('同').unwrap_or(&head[..i]), head),
                    None => (head, text.get(..cstart).unwrap_or("")),
                };
                // 剔除一次性不可比因素后增加47.47亿元: the exception names no money; the change
                // is of the figure before.
                // (the figure before keeps no comparison: a change on a basis of its own, as a
                // rate after 剔除…同口径 is not the figure's)
                let excepted = ["剔除", "扣除"].iter().any(|w| own.starts_with(w))
                    && own.ends_with('后')
                    && !own.contains(|c: char| c.is_ascii_digit());
                let own = if excepted { "" } else { own };
                // 决算总收入一致、总支出减少0.1亿元: a line stated the same is a clause of its own;
                // the change is of the line after it.
                let own = ["一致、", "持平、", "相同、"]
                    .iter()
                    .filter_map(|w| own.rfind(w).map(|i| i + w.len()))
                    .max()
                    .map_or(own, |i| &own[i..]);
                let (own, own_year) = opening_stripped(own);
                let (subj, _) = subject_words(&own);
                // 利息收入预计增加18.6亿元: 预计 is the change's adverb, not the name's.
                let subj = match subj.strip_suffix("预计") {
                    Some(r) if !r.is_empty() => r.to_string(),
                    _ => subj,
                };
                st.year = own_year.or(part_year);
                // The figure changed, stated before in the sentence: its year is the change's.
                let changed = previous_at.and_then(|i| out.get(i));
                let of = st.year.or(changed.and_then(|x| x.year));
                // …预算由年初的535亿元调整为485亿元，合计减少50亿元: the adjustment, against the
                // 年初预算 of the year adjusted.
                let adjustment = changed.filter(|x| {
                    x.measure.ends_with(measure::ADJUSTED) && opener(base_text).is_none()
                });
                let adjusted_change = adjustment.is_some();
                let (base, base_year) = match adjustment {
                    Some(x) => {
                        st.year = st.year.or(x.year);
                        ("年初预算".to_string(), x.year.or(ctx.year))
                    }
                    None => base_of(base_text, ctx, of).unwrap_or_default(),
                };
                // 市本级一般公共预算收入总计增加2.12亿元 under （六）2024年市本级预算调整情况, or
                // after 政府性基金预算调整方案：: an adjustment, against that year's 年初预算.
                let part = parts.get(no).copied().flatten();
                let (base, base_year) = if base.is_empty()
                    && opener(base_text).is_none()
                    && (part.is_some_and(|p| p.adjustment) || sentence_head.contains("调整方案"))
                {
                    (
                        "年初预算".to_string(),
                        st.year.or(part.and_then(|p| p.year)).or(ctx.year),
                    )
                } else {
                    (base, base_year)
                };
                borrowed = is_generic(&subj);
                // 与上年相比增加498.72万元。 opening its sentence: of the sentence before's
                // figure (its list item's when that sentence names the item).
                let opens = first_of_sentence == out.len();
                let fallback = match (&previous, &context) {
                    (None, Some(c)) if opens => c.clone(),
                    (None, None) if opens => {
                        stray = borrowed;
                        fallback
                    }
                    _ => fallback,
                };
                st.subject = if borrowed {
                    match paired_change(&subj, out.get(first_of_sentence..), &fallback) {
                        Some(named) => named,
                        None => {
                            doubled = true;
                            fallback.clone()
                        }
                    }
                } else {
                    subj
                };
                let over_plan_period = changed_over_plan_period(head);
                st.measure = if over_plan_period {
                    measure::OTHER
                } else {
                    measure::CHANGE
                }
                .to_string();
                st.comparison = word.to_string();
                st.change_yuan = f.amount;
                st.base = base;
                st.base_year = base_year;
                base_budget_on_last_year(&mut st, ctx, text);
                base_bare_last_year_in_government(&mut st, ctx, text);
                let a = after(post, ctx, of);
                if let Some((_, r, _)) = a.rate {
                    st.rate = Some(r);
                }
                // The figure it changes, stated just before: same comparison.
                if !excepted
                    && let Some(level) = out
                    .get_mut(first_of_sentence..)
                    .unwrap_or_default()
                    .iter_mut()
                    .zip(is_base.get(first_of_sentence..).unwrap_or_default())
                    .rev()
                    .filter(|(_, base)| !**base)
                    .map(|(x, _)| x)
                    .find(|x| {
                        x.measure != measure::CHANGE
                            // (支出合计0.51亿元，2023年年初预算0.66亿元，支出比年初预算数减少
                            // 0.15亿元: the 年初预算 is the base, not the figure changed)
                            && !(x.measure == measure::BUDGET
                                && ["年初预算", "预算"].iter().any(|w| st.base.starts_with(w)))
                            // (not a base of an earlier year, but a level of the earlier
                            // year this part of the report gives an account of)
                            && (!x.measure.starts_with("prior_year_")
                                || part_year.is_some() && x.year == part_year && st.year == part_year
                                // (2018年，…支出完成1430.6亿元，比上年增加57.8亿元 in a 2019
                                // budget report: a level of the year the sentence opens with)
                                || ctx.budget_report
                                    && x.year.is_some()
                                    && x.year == super::prose::printed_years(text).next()
                                    && x.year == dated_before(sentence_head)
                                || adjusted_change && x.year == st.year)
                            && x.subject == st.subject
                            && x.comparison.is_empty()
                    })
                {
                    if st.year.is_none() && level.year != ctx.year {
                        st.year = level.year;
                    }
                    // 上半年…转移支付130.7亿元，同比增加10.8亿元 (in a final report): what was
                    // executed so far changes against the same months of the year before.
                    if ctx.is_final
                        && level.measure == measure::EXECUTED
                        && ["上年", "上年决算"].contains(&st.base.as_str())
                    {
                        st.base = "上年同期".to_string();
                        st.base_year = level.year.map(|y| y - 1);
                    }
                    level.comparison = st.comparison.clone();
                    level.change_yuan = st.change_yuan;
                    level.rate = st.rate;
                    level.base = st.base.clone();
                    level.base_year = st.base_year;
                }
                // (市本级对下级转移支付281.8亿元，同口径增加16.3亿元，其中：一般性转移支付…: the
                // list after a change is of the figure it changes, named or on a basis alone;
                // a list left open for the sentences after is not carried on this reading)
                if lists_parts(post)
                    && k + 1 < figs.len()
                    && let Some(x) = previous_at.and_then(|i| out.get(i))
                    && (x.subject == st.subject || BASES.contains(&st.subject.as_str()))
                {
                    whole_at = k;
                    whole_added = false;
                    whole = Some(x.subject.clone());
                }
                // (a change of a five-year total is of no one year)
                if over_plan_period {
                    st.year = None;
                }
            } else {
                let (subj, kind) = if let Some(limit) =
                    limit_after(&stripped, post).or_else(|| limit_after_cut(pre, post, &fallback))
                {
                    (limit, None)
                } else if let Some(own) = named_after_in_list(text, &figs, k) {
                    (own, subject_words(&stripped).1)
                } else {
                    match allocated(&stripped, post) {
                        Some((use_, after)) => {
                            use_only = after && !confidence::names_money_spent(&use_);
                            (use_, subject_words(&stripped).1)
                        }
                        None => subject_words(&stripped),
                    }
                };
                let adjusting = adjusted(&subj);
                let (subj, kind) = match adjusting.clone() {
                    Some((s, k)) => (s, Some(k)),
                    // 调整后收入预算为66.2亿元: the budget as adjusted.
                    None if kind.is_none()
                        && subj.starts_with("调整后")
                        && (subj.ends_with("预算") || subj.ends_with("预算数")) =>
                    {
                        (subj, Some(measure::ADJUSTED))
                    }
                    None => (subj, kind),
                };
                // 由年初的13.08亿元调整为…: the figure is a budget, whatever the account's name.
                opening_budget = adjusting
                    .as_ref()
                    .is_some_and(|(_, k)| *k == measure::BUDGET);
                // A base stated with its figure (比2025年年初预算数28479.84万元增加…).
                // The clause's words before its year are dropped with it (比2021年的3881.68亿元
                // 减少…): the comparison then opens the clause as printed.
                let own_base = subj
                    .rfind(['比', '较'])
                    .map(|i| (subj.clone(), i))
                    .or_else(|| {
                        opener(pre)
                            .filter(|&i| i == 0)
                            .map(|i| (pre.to_string(), i))
                    })
                    .filter(|_| {
                        post.starts_with(|c: char| {
                            CHANGE_WORDS.iter().any(|(w, _)| w.starts_with(c))
                        })
                    });
                let mut base_phrase = None;
                let (subj, kind) = match own_base {
                    Some((words, i)) => {
                        borrowed = true;
                        base_figure = true;
                        // (较上年的256.9亿元 after a 2023 figure in a 2024 budget: 2022's)
                        let of = previous_at.and_then(|i| out.get(i)).and_then(|x| x.year);
                        let (b, y) = base_of(&words, ctx, of).unwrap_or_default();
                        st.year = y.or(st.year);
                        base_phrase = Some((b, y));
                        // 0.40亿元（其中：购置费0.10亿元、运行维护费0.30亿元），比年初预算数0.51亿元:
                        // the base of the head before the brackets, not of their last part.
                        let head = head_before(&out, k, f.start)
                            .and_then(|i| out.get(i))
                            .map(|x| x.subject.clone());
                        let (_, k) = subject_words(&words[i + '比'.len_utf8()..]);
                        (
                            head.or_else(|| previous.clone())
                                .unwrap_or(fallback.clone()),
                            k.or(kind),
                        )
                    }
                    None => (subj, kind),
                };
                let subj = without_actor_verb(&subj)
                    .or_else(|| without_approval(&subj))
                    .or_else(|| without_pull(&subj))
                    .or_else(|| without_realised(&subj))
                    .unwrap_or(subj);
                let subj = without_receiving(&subj).unwrap_or(subj);
                let subj = paid_from(&subj).unwrap_or(subj);
                // 全市结转下年继续使用256,768万元: the carry-over, not the verb.
                let subj = match subj.strip_suffix("继续使用") {
                    Some(r) if r.ends_with("结转下年") => r.to_string(),
                    _ => subj,
                };
                // 因项目跨年实施需要结转下年继续使用75,075万元: the reason is no part of the name.
                let subj = match subj.strip_prefix('因').and_then(|r| r.rsplit_once("需要")) {
                    Some((_, r)) if r == "结转下年" => r.to_string(),
                    _ => subj,
                };
                let subj = names::without_note_mark(&subj).unwrap_or(subj);
                let subj = names::without_glued_number(&subj).unwrap_or(subj);
                let subj = names::without_head_count(&subj).unwrap_or(subj);
                // 滚存结余预计465.22亿元, …收入预期60.7亿元, 加上预计的上级补助收入: 预计/预期 is
                // the measure's word, not the name's; 财政拨款收、支总计各增加…: 各 is the verb's.
                let subj = match subj
                    .strip_suffix("预计")
                    .or_else(|| subj.strip_suffix("预期"))
                    .or_else(|| subj.strip_prefix("预计的"))
                    .or_else(|| subj.strip_suffix('各'))
                    .or_else(|| subj.strip_suffix('均').filter(|r| !r.ends_with('人')))
                {
                    Some(r) if !r.is_empty() => r.to_string(),
                    _ => subj,
                };
                let subj = names::without_time_or_guess(&subj)
                    .or_else(|| names::summed(&subj))
                    .or_else(|| names::standard_named(&subj))
                    .or_else(|| names::without_treasury(&subj))
                    .or_else(|| names::area_before_this_year(&subj))
                    .unwrap_or(subj);
                let subj = names::without_leading_verb(&subj)
                    .or_else(|| names::level_without_plan(&subj))
                    .or_else(|| names::without_award(&subj))
                    .or_else(|| names::without_approval(&subj))
                    .or_else(|| names::without_policy_verb(&subj))
                    .or_else(|| names::without_securing(&subj))
                    .or_else(|| names::relent_bonds_income(&subj))
                    .or_else(|| names::without_verb_clause(&subj))
                    .or_else(|| names::without_setter(&subj))
                    .or_else(|| names::without_actor(&subj))
                    .or_else(|| names::without_use(&subj))
                    .or_else(|| names::without_reason(&subj))
                    .unwrap_or(subj);
                let subj = names::size_of_founded(&subj, post).unwrap_or(subj);
                let subj = names::without_partner(&subj).unwrap_or(subj);
                let subj = names::without_summing_adverb(&subj).unwrap_or(subj);
                let subj = names::without_arrival(&subj).unwrap_or(subj);
                let subj = flow_named(&subj, text);
                let subj = year_end_added(&subj, pre, post).unwrap_or(subj);
                let subj = covered_by(&subj, text.get(..cstart).unwrap_or("")).unwrap_or(subj);
                // 城乡社区方面,市级支出安排279.9亿元: the area's spending on that field.
                let subj =
                    names::field_spending(&subj, text.get(..cstart).unwrap_or("")).unwrap_or(subj);
                // 上年结转资金62.1亿元，共安排支出61.8亿元: the spending of the money before.
                let subj = match previous.as_deref() {
                    Some(p)
                        if ["共安排支出", "安排支出"].contains(&subj.as_str())
                            && ["结转资金", "结余资金", "结转"]
                                .iter()
                                .any(|w| p.ends_with(w)) =>
                    {
                        format!("{p}安排支出")
                    }
                    _ => subj,
                };
                let subj = match owned(
                    &subj,
                    previous.as_deref(),
                    heading
                        .as_ref()
                        .filter(|(h, _)| h + 1 == no)
                        .map(|(_, n)| n.as_str()),
                ) {
                    Some(s) => {
                        borrowed = true;
                        s
                    }
                    None => subj,
                };
                // …专项转移支付收入X，其中…、结转下年使用Y: the money received is carried over,
                // no budget's balance.
                let subj = out
                    .get(first_of_sentence..)
                    .and_then(|here| here.first())
                    .and_then(|x| owner::carried_of_first(&subj, &x.subject, sentence_head))
                    .unwrap_or(subj);
                let subj = owner::deducted_line(&subj, sentence_head, post).unwrap_or(subj);
                // 收支相抵，年终结余3.7亿元: the balance of the one budget this sentence (before
                // the figure) or the one before names; of none, or of two, it is not emitted.
                let subj = match names::balance_head(&subj) {
                    Some((area, head)) => {
                        let here = sentence_head;
                        // (补充预算稳定调节基金，滚存余额…: that fund's balance, no budget's)
                        let owner = if here.contains("预算稳定调节基金") {
                            None
                        } else if names::names_an_account(here) {
                            names::account_in(here)
                        } else {
                            account_before.clone()
                        };
                        owner.map_or(subj.clone(), |o| names::owned_balance(area, head, &o))
                    }
                    None => subj,
                };
                // 年末滚存结余X，其中：失业保险基金Y; 全市政府债务限额X，其中市本级限额Y: a
                // part named without the whole's head, or only by its area, takes it; another
                // part of a balance is not emitted.
                // (in the brackets right after a figure, `市级政府债务余额486亿元（一般债务余额
                // 128.2亿元…）`, the parts are that figure's)
                // (a list opened inside them, `（一般债券17亿元，其中市本级4.6亿元`, is nearer)
                let head_at = open_bracket_head(text, &figs, k)
                    .filter(|&j| whole.is_none() || j >= whole_at)
                    .map(|j| first_of_sentence + j);
                let in_brackets = head_at
                    .and_then(|i| out.get(i))
                    .filter(|x| x.measure != measure::CHANGE)
                    .map(|x| x.subject.clone());
                // (广东地区2883亿元（包括一般债务183亿元…: a kind of debt of a figure that is
                // itself not named is not named either)
                partless |= head_at.is_some_and(|i| !sure.get(i).copied().unwrap_or(true))
                    && names::is_debt_kind(&subj);
                // (其中经费支出决算数X: a word the figure before names, see `is_generic`)
                let whole_here = in_brackets
                    .as_deref()
                    .or(whole.as_deref())
                    .filter(|_| !is_generic(&subj));
                let mut named_part = false;
                let subj = match whole_here.and_then(|w| names::part_of(&subj, w)) {
                    Some(Some(named)) => {
                        named_part = true;
                        named
                    }
                    Some(None) => {
                        partless = true;
                        subj
                    }
                    None => subj,
                };
                // …偿还到期政府债务476亿元后，债务余额为5228.7亿元 (2022年末全市地方政府债务余额
                // … the sentence before): the balance of the one owner the sentence names before
                // it, else the sentence before; of none or of several, not emitted.
                let subj = if !named_part && names::is_bare_debt_balance(&subj) {
                    match debt_owner_before(&out, first_of_sentence, no, &sure) {
                        Some(o) => format!("{o}{subj}"),
                        None => {
                            partless = true;
                            subj
                        }
                    }
                } else {
                    subj
                };
                // 成都东部新区政府性基金预算收入25.7亿元…。加上转移性收入50.6亿元，收入总计
                // 76.3亿元: a line of a budget's account named without the budget or its area,
                // in a sentence going on with that account, is of the budget stated last.
                let subj = match account_owner_before(&out, no, &sure, &subj) {
                    Some(o) if !named_part && goes_on_with_account(text, &subj, f.start) => {
                        names::account_line_of(&subj, &o).unwrap_or(subj)
                    }
                    _ => subj,
                };
                // 全市“三保”支出X，其中：保基本民生Y…: a share of the whole, no money's name.
                // (…用于支持28个省市重大项目，其中地铁建设Y: a use named, not a share)
                let listed_since = text
                    .get(..f.start)
                    .and_then(|t| t.rfind("其中").and_then(|i| t.get(i..)));
                partless |= whole_here.is_some_and(|w| w.ends_with("支出") || w.ends_with("收入"))
                    && !named_part
                    && listed_since.is_some_and(|t| {
                        !["用于", "投入", "安排", "支持"]
                            .iter()
                            .any(|v| t.contains(v))
                    })
                    && names::names_no_money(&subj);
                // 市级安排财政专项资金共11项，安排预算88.8亿元，其中：本级支出67亿元: the funds'
                // own share, not the level's spending (市级财政专项资金本级支出).
                let subj = names::special_funds_share(&subj, sentence_head)
                    .or_else(|| names::bonds_allotted(&subj, sentence_head))
                    .or_else(|| names::shared_head(&subj, sentence_head))
                    .or_else(|| names::passed_to_districts(&subj, sentence_head))
                    .or_else(|| {
                        let reserve = reserve_before(&out, first_of_sentence, no)?;
                        names::reserve_use(&subj, sentence_head, prev_text, reserve)
                    })
                    .unwrap_or(subj);
                // 新增地方政府债券X，主要用于保障性安居工程Y; 待分配资金Z; 省补资金(…)Z: a part
                // whose whole (the bonds, the transfer item) its name leaves off.
                partless |= names::bond_use(&subj, sentence_head)
                    || names::transfer_item_alone(&subj)
                    || names::transfer_share_alone(&subj, sentence_head)
                    || names::venue_alone(&subj, sentence_head)
                    || names::lent_on_listed(&subj, sentence_head);
                // 四川天府新区直管区重大投资项目支出X，…主要包括：…航动片区基础设施建设Y: an item
                // named by its use carries the whole, a zone's project the zone.
                let subj = names::major_projects_whole(
                    sentence_head,
                    sentences.iter().take(no).rev().map(|s| s.text.as_str()),
                )
                .and_then(|w| names::major_project_item(&subj, w))
                .unwrap_or(subj);
                // 11．安排城市运转预算34.4亿元。 then 主要包括：…国省干线公路小修保养等1.1亿元: a
                // use of the budget the sentence before arranges, named by its uses alone.
                let subj = if whole_here.is_none() && strip_marker(text).starts_with("主要包括")
                {
                    no.checked_sub(1)
                        .and_then(|m| shared_subject(&out, &sure, m))
                        .and_then(|w| names::use_budget_part(&subj, &w).flatten())
                        .unwrap_or(subj)
                } else {
                    subj
                };
                partless |= names::listed_source(sentence_head)
                    || names::bond_use_before(
                        &subj,
                        strip_marker(sentence_head),
                        sentences.iter().take(no).rev().map(|s| s.text.as_str()),
                    );
                // 市级下达各区…转移支付资金578.7亿元。1.体制性税收返还129.5亿元: a kind of
                // transfer paid down, listed bare (as if received), is not emitted.
                partless |= marked
                    && whole_here.is_none()
                    && names::kind_paid_down(&subj, || list_intro(sentences, no));
                // (3.专项转移支付226.5亿元，其中政府性基金预算专项转移支付177.7亿元: so are the
                // parts of such a kind)
                partless |= marked
                    && whole_here
                        .is_some_and(|w| names::kind_paid_down(w, || list_intro(sentences, no)));
                // (15)国有资本经营预算收入-10亿元 among 一般公共预算收入's items: a line netted off
                // general revenue, not the state capital budget's revenue its name reads as.
                partless |= names::capital_revenue_netted(
                    &subj,
                    f.amount.is_some_and(|a| a.is_sign_negative()),
                );
                // 上级共下达我市各类补助X。…三是专项转移支付Y: a kind of transfer received, listed
                // bare (as if paid down), is the one from above.
                let subj = match whole_here {
                    Some(w) => names::kind_from_above(&subj, Some(w), "", || ""),
                    None if marked => {
                        names::kind_from_above(&subj, None, strip_marker(text), || {
                            list_intro(sentences, no)
                        })
                    }
                    None => None,
                }
                .unwrap_or(subj);
                // 市本级政府性基金预算支出…，市对区县(市)转移支付预算由…: of which budget?
                partless |= whole_here.is_none() && names::transfer_in_doubt(&subj, sentence_head);
                // 医疗卫生支出109.9亿元，…同时争取专项债券26.9亿元: bonds got for the field, not all
                // the year's bonds the bare name reads as.
                partless |= bonds_got_for_field(&subj, pre, out.get(first_of_sentence));
                // 转贷我市2022年…债券139.90亿元，转贷我市2021年…债券0.10亿元: last year's bonds.
                partless |= older_bonds_on_lent(pre, sentence_head);
                partless |= names::size_of_funds_here(&subj, sentence_head);
                st.subject = if is_generic(&subj) {
                    borrowed = true;
                    // 资金达52.2亿元, 预算安排：7000万元 with the last name many sentences back
                    // (a project named by a heading it does not read): a guess.
                    stray = previous.is_none()
                        && item.is_none()
                        && named.is_none()
                        && no > last_subject_no + 5;
                    if subj.is_empty() {
                        // 安排5.1亿元。 with no name in the sentence nor a list item, or a
                        // figure after words of the sentence's own matter: the last name of an
                        // earlier sentence (a bracket's 不含…) is a guess.
                        stray |= previous.is_none()
                            && item.is_none()
                            && named.is_none()
                            && (ALLOCATE.iter().any(|v| stripped.starts_with(v))
                                || unnamed_after_own_words(text.get(..cstart).unwrap_or("")));
                        // 取暖费23.37万元，维修（护）费。12.61万元等。: the figure's own name ends the
                        // sentence before, cut off by a stray 。; the last name read is another's.
                        stray |= previous.is_none()
                            && text.get(..f.start).is_some_and(|t| t.trim().is_empty())
                            && ends_with_cut_name(prev_text);
                        // 上年结转其他资金11.5亿元，实际支出127.6万元: what was spent of a
                        // balance, not the balance (预备费预算安排X，实际支出Y is the line's).
                        partless |= stripped.ends_with("实际支出")
                            && ["结转", "结余", "余额"]
                                .iter()
                                .any(|w| fallback.contains(w));
                        // 购置单位价值100万元以上的设备0台（套），共计0万元: the money of the items
                        // the threshold before qualifies, not the threshold's own words.
                        previous_at
                            .and_then(|i| out.get(i))
                            .filter(|x| x.measure == measure::THRESHOLD)
                            .and_then(|x| thresholded_items(sentence_head, &x.subject))
                            .or_else(|| spent_of_issued(&stripped, &fallback))
                            .unwrap_or_else(|| fallback.clone())
                    } else {
                        // 基金收入17.32亿元，支出16.68亿元: the fund's 支出, not its 收入支出;
                        // 债务限额X，余额Y: the debt's 余额.
                        let pair = ["收入", "支出", "限额", "余额"];
                        let paired = pair.contains(&subj.as_str());
                        let stem = pair
                            .iter()
                            .find_map(|w| fallback.strip_suffix(w))
                            .filter(|_| paired);
                        // 年初支出预算合计X，…支出预算调整为Y: no 支出 of 年初支出预算合计;
                        // 收入总计X。支出完成Y: no 支出 of a total.
                        doubled = paired && stem.is_none();
                        // 收入154.4亿元（其中：税收收入129.9亿元）…。支出155.8亿元: a stem
                        // taken from an earlier sentence that names no account (税收) pairs
                        // into no name (税收支出).
                        doubled |= previous.is_none()
                            && item.is_none()
                            && named.is_none()
                            && stem.is_some_and(|s| !names_an_account_or_place(s));
                        let stem = stem.unwrap_or(&fallback);
                        doubled |= stem.contains(subj.as_str());
                        // 发行项目10个，金额39.7亿元 with no name before in the sentence: the
                        // money of what was counted, not of an earlier sentence's name.
                        stray |= previous.is_none() && after_count(sentence_head, &subj);
                        // …支出29.3亿元，预留财力0.3亿元，合计390.8亿元: the total of the
                        // list, not of its last item (s106 77).
                        let listed: std::collections::HashSet<&str> = out
                            .get(first_of_sentence..)
                            .unwrap_or_default()
                            .iter()
                            .filter(|x| x.measure != measure::CHANGE)
                            .map(|x| x.subject.as_str())
                            .collect();
                        doubled |= ["合计", "总计", "小计", "共计"].contains(&subj.as_str())
                            && listed.len() >= 2;
                        format!("{stem}{subj}")
                    }
                } else {
                    subj
                };
                // 压减非重点非刚性支出2.9亿元, 共压减资金2930万元: the size of a cut named with its
                // verb, no amount of what is cut (a cut its clause ends with is a change:
                // 一般性支出压减2.9亿元).
                // 年中新增收入308.7亿元: an addition to the budget, no amount of the 收入 either.
                // 降低失业保险45.5亿元、工伤保险5.4亿元: listed after a relief or a cut, the figure
                // is that relief's or cut's, which the name alone does not say.
                let relief_or_cut = |t: &str| {
                    TAX_RELIEF
                        .iter()
                        .chain(["降低", "压减", "压缩"].iter())
                        .any(|w| t.contains(w))
                };
                cut = ["压减", "压缩"].iter().any(|w| st.subject.contains(w))
                    || added_midyear(&st.subject)
                    || relief_or_cut(listed)
                        && !relief_or_cut(pre)
                        && !names_budget_money(&st.subject)
                    // 年中新增财力567.1亿元…，包括新增地方政府债券转贷资金282.1亿元: the parts of
                    // an addition during the year are additions too.
                    || k > whole_at && whole.as_deref().is_some_and(added_midyear);
                // (一般债务余额 named so as a part of the balance: of the balance's measure)
                part = kind.is_none()
                    && st.year.is_none()
                    && (st.subject.contains('债') || ACTORS.contains(&st.subject.as_str()))
                    && !st.subject.contains("限额")
                    && (!st.subject.ends_with("余额") || named_part);
                let threshold = ["（含）以上", "(含)以上", "以上"]
                    .iter()
                    .any(|w| post.starts_with(w))
                    && ["单价", "价值", "原值"].iter().any(|w| pre.contains(w));
                // 单位预算安排购置单价100万元（含）以上设备: the price the threshold is of, not who
                // budgets the purchase.
                if threshold
                    && let Some(i) = ["购置", "购臵", "单价", "单位价值"]
                        .iter()
                        .filter_map(|w| st.subject.find(w))
                        .min()
                {
                    st.subject = st.subject[i..].to_string();
                }
                // 营业收入达到2000万元以上, 投资2000亿元以上, 减税降费超100亿元, 节约近4亿元: a
                // bound, no figure of money.
                bound = !threshold
                    && (["以上", "以下", "（含）以上", "(含)以上"]
                        .iter()
                        .any(|w| post.starts_with(w))
                        || BOUNDS.iter().any(|w| pre.trim_end().ends_with(w))
                        // (最高可获得奖补资金20.6亿元: a cap, no money got)
                        || pre.contains("最高可"));
                if let Some(named) = treasury_earnings(&st.subject, sentence_head) {
                    st.subject = named;
                }
                if let Some(named) = moved_with_fund(&st.subject, text.get(..cstart).unwrap_or(""))
                {
                    st.subject = named;
                }
                st.measure = if threshold {
                    measure::THRESHOLD.to_string()
                } else if st.subject.replace("限额标准", "").contains("限额")
                    // (采购限额标准以上…采购金额: a procurement amount, no limit; 使用结存限额发行
                    // 再融资债券261亿元: bonds issued under a limit)
                    && !st.subject.contains("限额发行")
                    // 提前批新增债券额度, 下达我市新增专项债券额度: the quota of bonds a
                    // government may issue, a limit as its debt limit is.
                    || st.subject.contains("额度") && st.subject.contains('债')
                    || previous_limit
                        && kind.is_none()
                        && !NO_LIMIT.iter().any(|w| st.subject.contains(w))
                        // (专项债券额度X、特别国债资金Y: money got, not a part of the quota)
                        && !st.subject.ends_with("资金")
                        && (st.subject.contains('债') || ACTORS.contains(&st.subject.as_str()))
                {
                    // 新增债务限额1216亿元，包括一般债务168亿元: the parts of a limit are limits.
                    measure::LIMIT.to_string()
                } else if is_wage(&st.subject) {
                    measure::OTHER.to_string()
                } else if is_standard(pre, post, f.unit) {
                    measure::STANDARD.to_string()
                } else if NOT_FISCAL.iter().any(|w| pre.contains(w))
                    || (TAX_RELIEF.iter().any(|w| pre.contains(w))
                        // (降低社保费353.28亿元, 降低企业融资成本: a saving of firms)
                        || st.subject.starts_with("降低"))
                        && !names_budget_money(&st.subject)
                    || st.subject.ends_with("规模") && !st.subject.contains('债')
                    || not_budget_money(&st.subject)
                    || policy_bank_loan(&st.subject)
                    || premiums_written(&st.subject)
                    || share_of_fixed_assets(post)
                    || falls_due(&st.subject, pre)
                    || fund_paid_in(&st.subject, sentence_head)
                    || fund_size(pre, post)
                    || revitalized(pre)
                    || issued_by_the_centre(pre)
                {
                    measure::OTHER.to_string()
                } else if kind.is_none() && names_budget_figure(&st.subject) {
                    // 市十四届人大一次会议批准的…收入预算627.13亿元,支出预算563.61亿元 in a 决算:
                    // the budget as passed, not the final account.
                    measure::BUDGET.to_string()
                } else if reserve_budgeted(pre) {
                    // 2023年市级预算安排预备费共计10.67亿元 in a 决算, 2020年市本级安排预备费11亿元
                    // in a 2021 report: the budget's figure, what was spent follows it.
                    measure::BUDGET.to_string()
                } else if ctx.is_final
                    && kind.is_none()
                    && ["年初预算", "年初安排"]
                        .iter()
                        .any(|w| st.subject.contains(w))
                    && !st.subject.contains("余额")
                {
                    // 市本级年初预算安排的预备费11亿元 in a 决算: the budget's figure.
                    measure::BUDGET.to_string()
                } else if !ctx.is_final && kind.is_none() && left_after_budget_draw(sentence_head) {
                    // 2025年初预算调出动用82亿元后，市级预算稳定调节基金余额53.1亿元 in the 2025
                    // budget: what the budget leaves in the fund, a figure of the budget.
                    measure::BUDGET.to_string()
                } else if !ctx.is_final && kind.is_none() && st.subject.ends_with("余额") {
                    // A debt's balance is no budget: a budget report states what it stands at.
                    measure::EXECUTED.to_string()
                } else {
                    kind.unwrap_or(if ctx.is_final {
                        measure::FINAL
                    } else {
                        measure::BUDGET
                    })
                    .to_string()
                };
                // 截至2025年2月20日，已安排市级一般公共预算支出56.2亿元 (in a budget report): what
                // is spent before the budget is passed, no figure of the budget; not emitted.
                let head = sentence_head;
                let as_of = st.measure == measure::BUDGET
                    && (AS_OF.as_ref().is_some_and(|re| re.is_match(head))
                        || before_budget_passed(head)
                        || arranged_under_rule_before(head, sentences, no));
                // (截至目前，市本级共安排支出248.98亿元。其中，一般公共预算支出85.58亿元…: its
                // parts too)
                cut |= as_of
                    || st.measure == measure::BUDGET
                        && as_of_no.is_some_and(|n| n + 1 == no)
                        && text.starts_with("其中");
                if as_of {
                    as_of_no = Some(no);
                }
                // 收回2022年财政预算资金8975.24万元, 调减2023年部门预算8.28亿元, 新增安排城市维护
                // 管理专项1.73亿元: money taken back, cut or added, no amount of what is named (a
                // limit newly granted, 新增下达…债务限额, is a limit).
                moved_out = st.measure != measure::LIMIT && moved(pre);
                // 相应增加…总支出142.10亿元，其中安排…支出3.60亿元: the parts of an addition are
                // additions too.
                cut |= whole.is_some() && whole_added || adds(&stripped);
                // 2024年市级预备费安排3.2亿元 (in a 2025 report), 预备费…年初安排14,000万元: a
                // year's budget, as 安排 dated so says, not what was spent of it.
                opening_budget |= kind == Some(measure::BUDGET)
                    && (year.is_some() || pre.contains("年初"))
                    || reserve_budgeted(pre);
                // 五年来累计统筹产业和科技资金264亿元, or any undated figure in a look back
                // over several years: no one year's figure.
                let several_years = parts
                    .get(no)
                    .copied()
                    .flatten()
                    .is_some_and(|p| p.several_years)
                    && super::prose::printed_years(head).next().is_none()
                    || super::prose::names_several_years(head)
                    // (3年将获得中央奖补资金8亿元, 连续三年…，累计获得…奖励: years counted, none dated)
                    || counted_years_before(head)
                    // (五年科学技术支出562.9亿元，是“十二五”的4倍: five years against five)
                    || super::prose::printed_years(head).next().is_none()
                        && (super::prose::counts_years(&stripped)
                            // (五年教育投入816亿元，就业和社保投入311.8亿元: the sentence's)
                            || super::prose::counts_years(head)
                            || against_plan_period(post)
                            || opens_with_plan_period(&stripped)
                            || look_back_goes_on(prev_text)
                            || in_look_back);
                // (…支出12,454亿元，比“十二五”时期增加5,491亿元: five years' change over five)
                if several_years
                    && st.year.is_none()
                    && (matches!(
                        st.measure.as_str(),
                        measure::BUDGET | measure::EXECUTED | measure::FINAL | measure::CHANGE
                    ) || st.measure == measure::LIMIT
                        // (新增政府专项债务限额达到1356.2亿元,较“十三五”期间增加…: five years' quotas)
                        && ["额度", "新增"].iter().any(|w| st.subject.contains(w))
                        // (人均财力达到1.2万元: a sum per head, no standard set)
                        || st.measure == measure::STANDARD && !st.subject.contains("标准"))
                {
                    st.measure = measure::OTHER.to_string();
                }
                // 五年收入总量1889.9亿元, “十四五”时期全市一般公共预算收入…增长: a subject naming
                // several years is no one year's figure, nor a change of one year's.
                if ["五年", "十二五", "十三五", "十四五"]
                    .iter()
                    .any(|w| st.subject.contains(w))
                {
                    st.measure = measure::OTHER.to_string();
                    st.year = None;
                }
                // 截至2022年底，全市政府债务余额1328.22亿元 (in a 2023 budget report), 2020年末…
                // 余额 (in a 2021 final report): what that year ended with, executed or final.
                if st.year.is_none()
                    && matches!(
                        st.measure.as_str(),
                        measure::BUDGET | measure::EXECUTED | measure::FINAL
                    )
                    && let Some(d) = ctx.year
                    && let Some(y) = year_end_of(head).or(carried_end
                        .filter(|_| st.subject.contains("余额") && year_end_of(head).is_none()))
                {
                    if ctx.is_final && y <= d {
                        st.year = Some(y);
                        st.measure = measure::FINAL.to_string();
                    } else if !ctx.is_final && y < d {
                        st.year = Some(y);
                        st.measure = measure::EXECUTED.to_string();
                    }
                }
                // (注:1.省一般债券转贷收入,包括市本级再融资债券23.9亿元… under a table of 2021's
                // execution in a 2022 budget report: executed of 2021, no budget; a figure the note
                // names as a budget's, 由年初的13.08亿元调整为…, stays one)
                if let Some(y) = note_year
                    && st.year.is_none()
                    && kind.is_none()
                    && st.measure == measure::BUDGET
                    && !names_a_budget(pre)
                {
                    st.year = Some(y);
                    st.measure = measure::EXECUTED.to_string();
                }
                if st.year.is_none()
                    && matches!(
                        st.measure.as_str(),
                        measure::BUDGET | measure::EXECUTED | measure::ADJUSTED
                    )
                {
                    st.year = part_year;
                }
                // A bond quota in an account of another year (2025年预算执行情况: 争取置换债券额度
                // 74.9亿元) is that year's.
                if st.year.is_none() && st.measure == measure::LIMIT && st.subject.contains("额度")
                {
                    st.year = part_year.or(later_year);
                }
                // 全市一般公共预算支出完成870.0亿元 in a budget report's account of the year
                // before: what was executed of that year (its 决算 where the clause says so).
                if let Some(y) = part_year
                    && st.year.is_none()
                    && st.measure == measure::FINAL
                {
                    st.year = Some(y);
                    if !pre.contains("决算") {
                        st.measure = measure::EXECUTED.to_string();
                    }
                }
                // A budget report's account of an adjustment (…预算由年初的758.51亿元调整为
                // 718.66亿元): the adjustment of the year before, as the budget of the year
                // it reports is not yet adjusted; a later year printed before it says otherwise.
                if adjusting.is_some() && ctx.budget_report && st.year.is_none() {
                    let prior = ctx.year.map(|d| d - 1);
                    let dated = super::prose::printed_years(sentence_head).last();
                    if dated.is_none_or(|y| prior.is_some_and(|p| y <= p)) {
                        st.year = dated.or(part_year).or(prior);
                    }
                }
                // A budget report states no final account: 2025年，…收入完成474945万元 (in a 2026
                // report) is what was executed of 2025; 2026年…收入预计完成909.57亿元, and an
                // undated 预期完成 or 完成 in the budget's part, the revenue the budget expects;
                // an undated 完成 in no part, what the year before executed.
                if ctx.budget_report
                    && !ctx.is_final
                    && part_year.is_none()
                    && later_year.is_none()
                    && matches!(st.measure.as_str(), measure::FINAL | measure::EXECUTED)
                    && ["完成", "实现"].iter().any(|w| pre.contains(w))
                    && !["决算", "执行", "累计"].iter().any(|w| pre.contains(w))
                    && !PART_OF_YEAR.as_ref().is_some_and(|re| re.is_match(head))
                    && let Some(d) = ctx.year
                {
                    let expected = ["预计", "预期"].iter().any(|w| pre.contains(w))
                        || parts
                            .get(no)
                            .copied()
                            .flatten()
                            .is_some_and(|p| !p.executed && !p.several_years);
                    // (undated: of the year the text dated last, 分收入项目预计情况：1．增值税完成
                    // 27.19亿元 after 2026年…预计完成104.12亿元)
                    let dated = st.year.or_else(|| dated_before(head));
                    match dated.or(if expected { None } else { last_dated }) {
                        Some(y) if y < d => {
                            st.year = Some(y);
                            st.measure = measure::EXECUTED.to_string();
                        }
                        Some(y) if y == d => st.measure = measure::BUDGET.to_string(),
                        None if expected => st.measure = measure::BUDGET.to_string(),
                        None => {
                            st.year = Some(d - 1);
                            st.measure = measure::EXECUTED.to_string();
                        }
                        Some(_) => {}
                    }
                }
                // Whether the figure is what was executed of a year so far (its growth is
                // against the same period of the year before, not that year's final account).
                let mut so_far = false;
                if let Some(y) = later_year
                    && st.year.is_none()
                    && st.measure == measure::FINAL
                {
                    st.measure = measure::EXECUTED.to_string();
                    st.year = Some(y);
                    so_far = true;
                }
                // 2022年上半年收入完成数为7.5亿元 in a final report: executed so far that year
                // (截至6月底,全市共获得…国债资金50亿元: so far, the year after the report's).
                if st.measure == measure::FINAL
                    && [&PART_OF_YEAR, &AS_OF]
                        .iter()
                        .any(|re| re.as_ref().is_some_and(|re| re.is_match(head)))
                {
                    st.measure = measure::EXECUTED.to_string();
                    st.year = st.year.or_else(|| super::prose::printed_years(head).last());
                    so_far = true;
                }
                // 2022年1至6月，全市…收入完成25.2亿元…。全市一般公共预算支出实现127.3亿元，增长
                // 9.1%，比上年同期提高3.6个百分点 (in a 2021 final report): the months the
                // sentence before named, so far; dated as that sentence dates them.
                if st.measure == measure::FINAL
                    && st.year.is_none()
                    && so_far_after(&prev_run, post)
                {
                    st.measure = measure::EXECUTED.to_string();
                    st.year = super::prose::printed_years(&prev_run).last();
                    so_far = true;
                }
                // (1—6月份…签订合同金额425.56亿元，比上年增长65.5%: no public money, and also
                // compared with the same months)
                so_far |= st.measure == measure::OTHER
                    && PART_OF_YEAR.as_ref().is_some_and(|re| re.is_match(head));
                let mut a = after(post, ctx, st.year);
                // …资金177.7亿元，…资金0.3亿元，合计增长11.4%: the rate of the sum of the list,
                // not of its last figure.
                if k > 0
                    && a.rate
                        .as_ref()
                        .is_some_and(|(_, _, at)| sums_list(post.get(..*at).unwrap_or("")))
                {
                    a.rate = None;
                }
                // 决算数为177350万元，比预算数220000万元下降19.4%: the rate is the compared
                // figure's, against this base.
                if let Some((b, y)) = base_phrase {
                    let compared = previous_at
                        .and_then(|i| out.get_mut(i))
                        .filter(|x| x.comparison.is_empty() && x.subject == st.subject);
                    if let (Some(x), Some((w, r, _))) = (compared, a.rate.take()) {
                        x.comparison = w;
                        x.rate = Some(r);
                        x.base = b;
                        x.base_year = y;
                    }
                    a.same = None;
                }
                // 1.94亿元（其中…购置费0.8亿元、运行维护费1.14亿元），比年初预算下降12.6%: a
                // rate after the brackets that list a figure's parts is the head's.
                let closing = post.chars().next().filter(|c| matches!(c, '）' | ')'));
                let bracket_head =
                    closing.and_then(|c| head_before(&out, k + 1, f.end + c.len_utf8()));
                if let Some(i) = bracket_head
                    && let Some((w, r, at)) = a.rate.take()
                    && let Some(x) = out.get_mut(i).filter(|x| x.comparison.is_empty())
                {
                    let (b, y) = rate_base(post, at, ctx, x.year);
                    x.comparison = w;
                    x.rate = Some(r);
                    x.base = b;
                    x.base_year = y;
                }
                if let Some((w, r, at)) = a.rate {
                    // 866亿元，增长9.8%: a rate without an amount of change, against the base
                    // stated before it (not one of a later clause: 剔除…不可比因素，同口径增长).
                    st.comparison = w;
                    st.rate = Some(r);
                    let (b, y) = rate_base(post, at, ctx, st.year);
                    st.base = b;
                    st.base_year = y;
                    undated_base_year(&mut st, ctx, post.get(..at).unwrap_or(post));
                    // 人均财力达到1.2万元，增长31% in a look back (五年来，…): growth over the
                    // span, against no year's figure printed.
                    let lead = post.get(..at).unwrap_or(post);
                    if in_look_back
                        && st.measure == measure::OTHER
                        && st.year.is_none()
                        && !lead.contains(['比', '较', '同'])
                        && !["上年", "去年"].iter().any(|w| lead.contains(w))
                    {
                        st.base.clear();
                        st.base_year = None;
                    }
                    // 1-6月…完成184.7亿元，下降0.3% (in a final report): against the same
                    // months of the year before.
                    if so_far && ctx.is_final && (st.base.is_empty() || st.base.starts_with("上年"))
                    {
                        st.base = "上年同期".to_string();
                        st.base_year = st.year.map(|y| y - 1);
                    }
                }
                // (…收入完成1,028,656万元（其中：国土方面的收入1,008,081万元），为预算的87.9%: the
                // head's completion, as its rate)
                if let Some(x) = bracket_head.and_then(|i| out.get_mut(i))
                    && x.completion.is_none()
                    && let Some((of, c)) = a.completion.take()
                {
                    x.completion = Some(c);
                    x.completion_of = of;
                }
                if let Some((of, c)) = a.completion {
                    st.completion = Some(c);
                    st.completion_of = of;
                    // 为预算的98.3% in a budget report: the figure is what was executed of a
                    // budget, not the budget.
                    if kind.is_none() && !ctx.is_final && st.measure == measure::BUDGET {
                        st.measure = measure::EXECUTED.to_string();
                    }
                }
                if let Some(share) = a.share {
                    // 一般性转移支付491.7亿元（含…补助185.4亿元），增长0.9%，占比为70.2%: the head's.
                    if binding::place_share(
                        share,
                        &mut st,
                        out.get_mut(first_of_sentence..).unwrap_or_default(),
                        bracket_head.map(|i| i - first_of_sentence),
                        parent.as_ref(),
                    ) {
                        parent_bound = Some(no);
                    }
                }
                if st.comparison.is_empty()
                    && let Some((w, b, y)) = a.same
                {
                    st.comparison = w;
                    st.base = b;
                    st.base_year = y;
                }
                base_budget_on_last_year(&mut st, ctx, text);
                base_bare_last_year_in_government(&mut st, ctx, text);
                // (…5,677.9亿元）,其中市本级…: the parts of the figure before the brackets; a
                // list in brackets that open after the figure, `还本支出361.8亿元（其中…`, is
                // the figure's while they are open, see `open_bracket_head`)
                if lists_parts(post) {
                    whole_at = k;
                    whole_added = adds(&stripped) || beyond_opening_budget(sentence_head);
                    whole = Some(
                        post.char_indices()
                            .find(|(_, c)| matches!(c, '）' | ')'))
                            .and_then(|(at, c)| head_before(&out, k + 1, f.end + at + c.len_utf8()))
                            .and_then(|i| out.get(i))
                            .map_or_else(|| st.subject.clone(), |x| x.subject.clone()),
                    );
                }
                if binding::opens_parts(post, k == 0) {
                    parent = Some(binding::Whole::of(&st));
                }
                // 我市2022年政府债务限额…，其中一般债务限额672.38亿元 (in a 2023 report).
                if st.measure == measure::LIMIT && st.year.is_none() {
                    let whole_year = previous_at
                        .and_then(|i| out.get(i))
                        .filter(|x| x.measure == measure::LIMIT)
                        .and_then(|x| x.year);
                    // (经省财政厅核定，我市地方政府债务限额1784.5亿元 in a 2022 report's account of
                    // 2021: that year's, as the part's other figures)
                    st.year = binding::limit_year(sentence_head, whole_year)
                        .or(part_year)
                        .or(later_year);
                }
            }
            if let (Some(y), Some(d)) = (st.year, ctx.year)
                && y < d
                && !matches!(
                    st.measure.as_str(),
                    measure::CHANGE
                        | measure::LIMIT
                        | measure::THRESHOLD
                        | measure::STANDARD
                        | measure::OTHER
                )
            {
                // (2023年全市政府性基金预算当年收入完成520.76亿元，完成调整预算的103.92% in a 2024
                // budget report: the year before's accounts are not final yet, only executed)
                let unclosed = st.measure == measure::FINAL && !ctx.is_final && y + 1 == d;
                st.measure = format!(
                    "prior_year_{}",
                    if unclosed
                        || st.measure == measure::BUDGET
                            && !ctx.is_final
                            && (!names_a_budget(pre)
                                || part_executed
                                    && budget_account_spent(pre, sentence_head, &st.subject))
                            && !opening_budget
                    {
                        measure::EXECUTED
                    } else {
                        &st.measure
                    }
                );
            }
            if st.measure != measure::CHANGE {
                match balance.as_ref() {
                    Some((m, y)) if part => {
                        st.measure = m.clone();
                        st.year = *y;
                    }
                    _ if st.subject.ends_with("余额") && st.subject.contains('债') => {
                        balance = Some((st.measure.clone(), st.year));
                    }
                    _ => balance = None,
                }
            }
            if st.measure == measure::CHANGE
                && let Some(named) = changed_money_after(&st.subject, post)
            {
                st.subject = named;
            }
            st.subject = without_beneficiary(&st.subject);
            if st.measure.ends_with(measure::EXECUTED) {
                match names::done_not_budgeted(&st.subject) {
                    Some(Some(named)) => st.subject = named,
                    Some(None) => partless = true,
                    None => {}
                }
            }
            if let Some(named) = suppliers_share(&st.subject, sentence_head) {
                st.subject = named;
            }
            // (the subject as read decides whether it is emitted; its owner only names it)
            let read = st.subject.clone();
            // 市本级政府性基金预算支出…，主要是：城乡社区支出X: a bare line is of the budget and
            // area the text named last (a government report's; a department's lines are its own).
            // (剔除转移性支出41.9亿元后，全市国有资本经营预算支出34.6亿元: the line left out is of
            // the budget named right after it)
            let excepted = k == 0 && ["剔除", "扣除"].iter().any(|w| text.starts_with(w));
            // (the sentences before this one, nearest first)
            let earlier = || {
                (0..no)
                    .rev()
                    .filter_map(|j| sentences.get(j).map(|s| (j, s.text.as_str())))
            };
            if ctx.government {
                let line_before = text
                    .get(..if excepted { next } else { f.start })
                    .unwrap_or("");
                let in_part = || {
                    earlier()
                        .take_while(|&(j, _)| parts.get(j) == parts.get(no))
                        .map(|(_, t)| t)
                };
                let line_after = text.get(f.end..).unwrap_or("");
                // (…(7)债务付息支出80.2亿元: an item of a long numbered list is of the owner
                // named before its first item)
                // （1）失业保险基金。…。主要原因：一是…稳定岗位补贴同比减少29.87亿元: the fund's line.
                if let Some(named) = heading
                    .as_ref()
                    .filter(|&&(h, _)| in_fund_items_reasons(sentences, h, no))
                    .and_then(|(_, fund)| fund_item_line(&st.subject, fund))
                {
                    st.subject = named;
                // （2）城乡居民基本养老保险基金收入50.9亿元。变化的主要原因：一是…缴费收入减少2.3亿元: the fund's part.
                // (其他人员提高21元/人·年: a rate per head, no part of the fund's money)
                } else if let Some(named) = fund_line_of_reasons(sentences, &out, no)
                    .filter(|_| st.unit != "元")
                    .and_then(|fund| fund_item_line(&st.subject, &fund))
                {
                    st.subject = named;
                } else if let Some(named) =
                    owner::owned_line(&st.subject, line_before, line_after, in_part()).or_else(
                        || owner::owned_list_item(&st.subject, line_before, line_after, in_part()),
                    )
                {
                    st.subject = named;
                }
                // 批准的市本级国有资本经营收入预算23.4亿元,支出预算15.6亿元: the pair's owner.
                if let Some(named) = out
                    .get(first_of_sentence..)
                    .and_then(|here| here.last())
                    .and_then(|x| owner::paired_budget(&read, &x.subject))
                {
                    st.subject = named;
                }
                // “知识产权贷”资金池总规模X，贷款发放额度Y: the programme's line.
                if let Some(named) = out
                    .get(first_of_sentence..)
                    .and_then(|here| here.first())
                    .and_then(|x| owner::programme_line(&st.subject, &x.subject, text))
                {
                    st.subject = named;
                }
                // 全年市级发行地方政府债券X，其中新增债券Y: the part is the level's.
                if let Some(named) = owner::part_of_level(&st.subject, sentence_head) {
                    st.subject = named;
                }
                // 市级政府性基金预算收入预算总计X，其中：市级收入Y: the level's line of the fund.
                if let Some(named) = owner::levels_line_of_fund(&st.subject, sentence_head) {
                    st.subject = named;
                }
                // ①行政运行决算数为9823万元 under （1）人大事务…: a generic 项 is named with its
                // 款, or not emitted.
                let whole = out
                    .get(first_of_sentence..)
                    .and_then(|here| here.first())
                    .map(|x| x.subject.as_str());
                match owner::generic_item(
                    &st.subject,
                    text,
                    f.start,
                    whole,
                    earlier().map(|(_, t)| t),
                ) {
                    Some(Some(named)) => st.subject = named,
                    Some(None) => partless = true,
                    None => {}
                }
                // (16)援助其他地区支出1.8亿元。其中：其他支出1.8亿元: the 款 is its 类's.
                if let Some(named) = owner::other_kuan(&st.subject, text, earlier().map(|(_, t)| t))
                {
                    st.subject = named;
                }
                match owner::drawn_from_fund(&st.subject, sentence_head, earlier().map(|(_, t)| t))
                {
                    Some(Some(named)) => st.subject = named,
                    Some(None) => partless = true,
                    None => {}
                }
                // 说明七关于2022年市级国有资本经营预算支出决算情况的说明 … 其他支出10919万元: a bare
                // line under a numbered block title naming one fund is the fund's.
                // (not a 项 in a 其中 list under a marked line, `（二）国有企业资本金注入…，其中：
                // 国有经济结构调整支出…；` then `支持科技进步支出…`: the line it is part of names
                // the fund, and the latest reading, s75 37, reads it right bare)
                if st.measure != measure::STANDARD
                    && !under_marked_line(sentences, no)
                    && let Some(named) = outline
                        .fund(no)
                        .and_then(|fund| owner::line_of_fund(&st.subject, fund))
                {
                    st.subject = named;
                }
                // （四）成都东部新区决算情况。…政府性基金预算支出X: a zone's account names the
                // zone once; named so once every statement is read (a whole's name is what its
                // parts are named with, 城乡社区支出…其中：地方财力安排的经费类支出).
                // (技术交易额430亿元 in an item's 绩效目标: a target for the city, no level's money)
                if let Some(named) = zone
                    .owned(
                        &st.subject,
                        sentence_head,
                        text.get(f.end..).unwrap_or(""),
                        no,
                        // (a standard is a rate for all, no account's money)
                        outline
                            .level_of(no, &st.subject, text)
                            .filter(|_| st.measure != measure::STANDARD),
                    )
                    .filter(|_| !owner::in_targets(text, earlier().map(|(_, t)| t)))
                {
                    zoned.push((out.len(), named));
                }
                zone.stated(&st.subject, no);
                // 2022年安排对区（市）县转移支付X。…；专项转移支付Y，主要是…: the list's kind is paid
                // (named after the zone has read the subject: the payee is no zone).
                if let Some(named) = names::kind_of_paid_transfer(
                    &st.subject,
                    strip_marker(sentence_head),
                    earlier().map(|(_, t)| t),
                ) {
                    if let Some(level) = zone.owned(
                        &named,
                        sentence_head,
                        "",
                        no,
                        outline.level_of(no, &named, text),
                    ) {
                        zoned.push((out.len(), level));
                    }
                    st.subject = named;
                }
            }
            // 1.其他支出（款）支出X under （六）援助其他地区支出（类）: named with its 类, or not
            // emitted (any report's).
            match owner::leveled_item(&st.subject, earlier().map(|(_, t)| t)) {
                Some(Some(named)) => st.subject = named,
                Some(None) => partless = true,
                None => {}
            }
            // 行政事业单位离退休（款）：2018年预算支出合计X: the 款's total, named with it.
            if k == 0
                && let Some(named) = labelled_total(&st.subject, text.get(..cstart).unwrap_or(""))
            {
                st.subject = named;
            }
            // …全市一般公共预算收入年初预算合计X，…，调整后收入预算为Y: the stage of the budget
            // named before in the sentence; 争取中央首批设备更新资金X，地方配套Y: the matching
            // money of that fund's use.
            if k > 0 && st.measure != measure::CHANGE {
                let here = out
                    .get(first_of_sentence..)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .filter(|x| x.measure != measure::CHANGE)
                    .map(|x| x.subject.as_str());
                if let Some(named) = names::stage_of_named_budget(&st.subject, here).or_else(|| {
                    previous
                        .as_deref()
                        .and_then(|p| names::matching_of_fund(&st.subject, p))
                }) {
                    st.subject = named;
                }
            }
            // (12)教育事业专项2.1亿元 in a section of 市本级专项转移支付's items: the transfer's.
            if k == 0
                && let Some(named) = section
                    .as_mut()
                    .and_then(|sec| sec.item(level, &st.subject, &read))
            {
                // (the section's whole names the level the zone's account would)
                zoned.retain(|(i, _)| *i != out.len());
                st.subject = named;
            }
            // (…补助资金决算数为2000万元，…中央安排我市衔接推进乡村振兴补助资金2000万元: the
            // centre's grant the item was paid from, not the level's transfer)
            partless |= k > 0
                && section
                    .as_ref()
                    .is_some_and(|sec| sec.granted_from_above(&st.subject));
            // 2022年全市财政偿还…本金X，其中一般债务本金Y in a report of 市级决算: the whole area's
            // (全市一般债务还本支出), named so over a level's account the text was giving.
            if let Some(area) = whole_area
                && let Some(named) = owner::of_whole_area(
                    &st.subject,
                    sentence_head,
                    whole
                        .as_deref()
                        .filter(|_| k > whole_at || whole_from_before),
                    announced_by(sentences, no, k == 0),
                    prev_text,
                    area,
                )
            {
                zoned.retain(|(i, _)| *i != out.len());
                st.subject = named;
            }
            // 2021年我市地方政府债务余额为3,726.8亿元 in a report of 市级决算: 我市 names the whole
            // area the level's report leaves out (全市地方政府债务余额).
            if let Some(named) = whole_area.and_then(|area| {
                owner::own_area_as_whole(&st.subject, area)
                    .or_else(|| owner::own_area_before_year(&st.subject, sentence_head, area))
            }) {
                zoned.retain(|(i, _)| *i != out.len());
                st.subject = named;
            }
            // 2020年市级财政共投入55.8亿元…。主要包括：安排38.6亿元促进制造业高质量发展扶持资金
            // in a report of the whole area: the part is the level's (the sentence's first figure
            // alone: …，发行新增债券621亿元 later in it is no part of the outlay).
            if whole_area.is_none()
                && ctx.government
                && k == 0
                && let Some(named) =
                    outlay.and_then(|l| owner::part_of_levels_outlay(&st.subject, l))
            {
                // (a heading naming the level, 市本级, still names it once every statement is read)
                st.subject = named;
            }
            // 文化旅游体育与传媒支出22.71亿元。… then 社会保障与就业支出62.54亿元。…: a class opening
            // its paragraph takes the level its sibling paragraph's class was named with.
            if ctx.government && k == 0 && text.starts_with(&read) {
                if st.subject == read
                    // (a marked sentence between, 16.“三公”经费, ends the paragraphs' run)
                    && let Some((i, sib, _)) = opened.as_ref().filter(|(_, _, n)| {
                        (n + 1..no).all(|j| {
                            sentences
                                .get(j)
                                .is_none_or(|s| owner::marker_level(&s.text).is_none())
                        })
                    })
                    && let Some(sib_named) = zoned
                        .iter()
                        .find(|(j, _)| j == i)
                        .map(|(_, n)| n.as_str())
                        .or_else(|| out.get(*i).map(|x| x.subject.as_str()))
                    && let Some(named) = owner::sibling_class_level(&read, (sib, sib_named))
                {
                    st.subject = named;
                }
                opened = Some((out.len(), read.clone(), no));
            }
            // 按收入类别划分，一般公共预算收入X，占总收入的52.7%: a part of the 地域财政总收入 named
            // just before, every budget and level in it, not the city's own budget.
            if let Some(named) = owner::part_of_named_total(
                &read,
                text.get(f.end..).unwrap_or(""),
                out.iter().rev().map(|x| x.subject.as_str()),
            ) {
                zoned.retain(|(i, _)| *i != out.len());
                st.subject = named;
            }
            // 加上政府性基金转移支付21.59亿元、…，支出总计407.48亿元: a transfer summed as spending
            // is paid (so named once its owner, or the zone's owner to come, is: bare, the owner's
            // rules read it as received).
            if ctx.government {
                let paid = |s: &str| {
                    let (before, after) = (text.get(..f.start), text.get(f.end..));
                    names::transfer_paid_in_sum(s, before.unwrap_or(""), after.unwrap_or(""))
                };
                if let Some(named) = paid(&st.subject) {
                    st.subject = named;
                }
                for (_, z) in zoned.iter_mut().filter(|(i, _)| *i == out.len()) {
                    if let Some(named) = paid(z) {
                        *z = named;
                    }
                }
            }
            st.code = code_of(&st.subject, tables);
            let confident = confidence::well_formed(&read)
                && !names::budget_alone(&st.subject)
                && !confidence::ambiguous_place(text, f.start)
                && !doubled
                && !bound
                && !stray
                && !binding::restates_base(pre, &SAME_WORDS)
                && !partless
                && !cut
                && !confidence::spent_on_use(&read, post)
                && !confidence::named_after(&read, post)
                && !confidence::moved_by_jiang(pre)
                && !confidence::won_by_suppliers(&read, sentence_head)
                && !confidence::won_by_place(sentence_head)
                && !confidence::cut_before_verb(sentence_head)
                && !confidence::added_as_reason(sentence_head)
                && !confidence::cut_in_rate(&read)
                && !confidence::transfer_from_above(&read, text.get(..f.start).unwrap_or(""))
                && !named_by_next(text, &figs, k, &st.subject)
                && !use_only
                && (!borrowed || previous_sure);
            if st.measure != measure::CHANGE && confident && !moved_out {
                last_subject = st.subject.clone();
                last_subject_no = no;
            }
            out.push(st);
            sure.push(confident);
            is_base.push(base_figure);
            moved_rows.push(moved_out);
        }
        let stated: Vec<&str> = (first_of_sentence..out.len())
            .filter(|&i| sure.get(i) == Some(&true))
            .filter_map(|i| out.get(i))
            .filter(|x| x.measure != measure::CHANGE)
            .map(|x| x.subject.as_str())
            .collect();
        if let Some(sec) = section::Section::basic(text, &stated, before_here())
            .or_else(|| section::Section::capital(text, &stated, before_here()))
        {
            section = Some(sec);
        }
        if let Some(stem) = stated.iter().find_map(|x| {
            x.strip_suffix("人员经费")
                .and_then(names::basic_spending_of_fund)
        }) {
            basic_staff = Some((no, stem.to_string()));
        }
        // 总支出247.8亿元，其构成是：①机关事业单位养老保险基金支出79.9亿元；: a whole social
        // insurance fund the sentence's first figure is read as (社会保险基金预算总支出), not named
        // in its text, opens the list of its funds as well.
        if fund_list.as_ref().is_none_or(|(n, _)| *n != no)
            && let Some(whole) = stated.first().and_then(|x| social_insurance_whole(x))
        {
            fund_list = Some((no, whole));
        }
        let t = text.trim_end();
        // 再融资债券247.7亿元（一般债券17亿元，其中市本级4.6亿元；专项债券230.7亿元…）: a
        // sentence cut at ； inside a figure's brackets leaves that figure's list open, and its
        // parts in the next sentence are that figure's (全市再融资专项债券).
        let open_head = bracket_head_before(text, &figs, text.len(), figs.len())
            .and_then(|j| out.get(first_of_sentence + j))
            .filter(|x| x.measure != measure::CHANGE)
            .map(|x| x.subject.clone());
        if t.ends_with(['；', ';'])
            && let Some(w) = open_head
        {
            carried = Some((no + 1, w, false));
        } else if t.ends_with(['；', ';']) || t.ends_with("其中：") || t.ends_with("其中:") {
            carried = whole.map(|w| (no + 1, w, false));
        } else if let Some(w) = listed {
            carried = Some((no + 1, w, true));
        }
    }
    for (i, named) in zoned {
        if let Some(st) = out.get_mut(i) {
            st.subject = named;
        }
    }
    // (named once the body is: 市工信局住房保障支出 of 财政拨款支出 → 市工信局财政拨款住房保障支出)
    for st in out.iter_mut() {
        if let Some(s) = names::appropriated_class(&st.subject, &st.share_of) {
            st.subject = s;
        }
    }
    out.into_iter()
        .zip(sure)
        .zip(moved_rows)
        .filter_map(|((mut st, ok), moved)| {
            (ok && !moved).then(|| {
                st.doubt = doubt::reason(&st, ctx).to_string();
                st
            })
        })
        .collect()
}

/// The whole social insurance fund a total of it is read as (`市本级社会保险基金预算总支出` →
/// `市本级社会保险基金`); `None` for any other subject (one fund's, `…养老保险基金支出`).
fn social_insurance_whole(subject: &str) -> Option<String> {
    let s = subject.strip_suffix("合计").unwrap_or(subject);
    let s = ["总收入", "总支出", "收入", "支出"]
        .iter()
        .find_map(|w| s.strip_suffix(w))?;
    let s = s.strip_suffix("预算").unwrap_or(s);
    s.ends_with("社会保险基金").then(|| s.to_string())
}

/// What a sentence going on with an account opens with (加上转移性收入…, 收支相抵，…, 其中，当年…),
/// a sentence that is one line of it (年终结转结余88.3亿元。), or a 其中 before the line (总支出5万元，
/// 其中：当年…支出5万元). `at`: where the line's figure is.
fn goes_on_with_account(text: &str, subj: &str, at: usize) -> bool {
    ["加", "减去", "扣除", "收支相抵", "其中"]
        .iter()
        .any(|w| text.starts_with(w))
        || text.starts_with(subj)
        || text.get(..at).is_some_and(|t| t.contains("其中"))
}

/// The area and budget of the account a line belongs to, from the statements of this sentence
/// and the one before (成都东部新区政府性基金预算收入 → 成都东部新区政府性基金预算): the budget is the
/// line's own or, if it names none, the last one named; the area, that of the last statement
/// naming the same budget with an area (…。政府性基金预算收入X，收入总计Y: not the area of the
/// 一般公共预算 of the sentence before).
fn account_owner_before(out: &[Statement], no: usize, sure: &[bool], subj: &str) -> Option<String> {
    let recent = || {
        out.iter()
            .zip(sure)
            .rev()
            .take_while(|(x, _)| x.sentence_no + 1 >= no)
            .filter(|(x, ok)| **ok && x.measure != measure::CHANGE)
            .map(|(x, _)| x)
    };
    let budget =
        names::budget_of(subj).or_else(|| recent().find_map(|x| names::budget_of(&x.subject)))?;
    recent()
        .filter(|x| names::budget_of(&x.subject) == Some(budget))
        .find_map(|x| names::budget_owner(&x.subject))
}

/// Whose a debt's balance named without an owner is: the owner of the last debt limit or
/// balance stated before it in its sentence (`全市地方政府债务限额X，政府债务余额Y`), else the one
/// owner of the debts the sentence before states (`2022年末全市地方政府债务余额X。…后，债务余额为
/// Y`); empty for the text's own government (我市); `None` when nobody's or in doubt.
fn debt_owner_before(
    out: &[Statement],
    first_of_sentence: usize,
    no: usize,
    sure: &[bool],
) -> Option<String> {
    let debt = |x: &Statement| {
        x.subject.contains('债')
            && (x.subject.ends_with("余额") || x.subject.ends_with("限额"))
            && x.measure != measure::CHANGE
    };
    let here = out.get(first_of_sentence..).unwrap_or_default();
    if let Some(o) = here
        .iter()
        .rev()
        .filter(|x| debt(x))
        .find_map(|x| names::debt_owner(&x.subject))
    {
        return Some(o);
    }
    // (全市2021年末地方政府债务限额X，政府债务余额Y: the area the sentence opens with)
    if let Some(x) = here.first() {
        let head = FIGURE
            .as_ref()
            .and_then(|re| re.find(&x.sentence))
            .map_or("", |m| &x.sentence[..m.start()]);
        let areas: Vec<&str> = confidence::AREAS
            .iter()
            .copied()
            .filter(|a| head.contains(a))
            .filter(|a| {
                !confidence::AREAS
                    .iter()
                    .any(|b| b != a && b.contains(a) && head.contains(b))
            })
            .collect();
        if let [a] = areas.as_slice() {
            return Some(a.to_string());
        }
        if here.iter().any(debt) {
            return None;
        }
    }
    let mut owners = out
        .iter()
        .zip(sure)
        .filter(|(x, ok)| **ok && x.sentence_no + 1 == no && debt(x))
        .map(|(x, _)| names::debt_owner(&x.subject));
    let first = owners.next()??;
    owners.all(|o| o.as_ref() == Some(&first)).then_some(first)
}

/// Money moved in or out of the fund the sentence names before (`2021年初市本级预算稳定调节基金
/// 余额33.44亿元，年初调入一般公共预算32亿元`, `…当年调出动用47亿元，调入补充106.5亿元`): the
/// fund's line, named with it (`预算稳定调节基金调入一般公共预算`); the time word is no name.
fn moved_with_fund(subject: &str, before: &str) -> Option<String> {
    const FUND: &str = "预算稳定调节基金";
    let verb = ["当年末", "当年", "年初", "年末", "年底"]
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .unwrap_or(subject);
    let moved = ["调入", "调出"].iter().any(|w| verb.starts_with(w))
        && !["基金", "资金", "收入", "结余", "结转"]
            .iter()
            .any(|w| verb.contains(w));
    (moved && before.contains(FUND)).then(|| format!("{FUND}{verb}"))
}

/// The items a threshold qualifies, named with it (`购置单位价值100万元以上的设备` of
/// `…购置单位价值100万元以上的设备0台（套），共计0万元`): from the threshold's subject, last
/// named in `head`, through the words after its 以上 up to the count or the clause's end.
fn thresholded_items(head: &str, subject: &str) -> Option<String> {
    if subject.is_empty() {
        return None;
    }
    let at = head.rfind(subject)?;
    let rest = &head[at..];
    let over = rest.find("以上")? + "以上".len();
    let items: String = rest[over..]
        .chars()
        .take_while(|c| !c.is_ascii_digit() && !"，,。；;：:（(、".contains(*c))
        .collect();
    let named = items.trim_start_matches('的');
    (!named.is_empty()).then(|| format!("{}{items}", &rest[..over]))
}

/// A change's basis read as its subject (`同口径增加16.3亿元`): it names the figure before.
const BASES: [&str; 3] = ["同口径", "可比口径", "可比"];

/// The sentence a numbered list ending at sentence `no` follows: the nearest earlier one not
/// marked as an item (`共补助区县273.84亿元` before `一是税收返还…`, `二是…`), past a bare
/// opener (`…转移支付资金578.7亿元。主要包括：`), past the sentences of an item's brackets
/// (`二是…（主要是…资金；` `望城区…不减；` `同时，…支持）；` before `三是…`: cut at ；).
fn list_intro(sentences: &[Sentence], no: usize) -> &str {
    let opener = |t: &str| t.ends_with(['：', ':']) && !t.contains(|c: char| c.is_ascii_digit());
    // Brackets closed in the sentences after the one looked at and not opened there.
    let mut open = 0usize;
    sentences
        .iter()
        .take(no)
        .rev()
        .map(|s| s.text.as_str())
        .find(|t| {
            let inside = in_open_bracket(t, &mut open);
            !inside && !opens_with_marker(t) && !opener(t.trim_end())
        })
        .unwrap_or("")
}

/// Whether sentence `t`, read walking back, is (part) inside brackets a later sentence closes:
/// `open` counts the brackets closed later and not yet opened, and takes `t`'s in.
fn in_open_bracket(t: &str, open: &mut usize) -> bool {
    let count = |cs: [char; 2]| t.chars().filter(|c| cs.contains(c)).count();
    let (opens, closes) = (count(['（', '(']), count(['）', ')']));
    let inside = *open > 0 || closes > opens;
    *open = (*open + closes).saturating_sub(opens);
    inside
}

/// The sentence announcing the list whose item sentence `no` is, right before its first item
/// (`2024年，全市社会保险基金总支出X万元，具体情况如下：` then `（一）…`; owner::list_announced),
/// for the item's own figure when `first`; `None` for no item.
fn announced_by(sentences: &[Sentence], no: usize, first: bool) -> Option<&str> {
    let before = sentences.get(..no)?.iter().rev().map(|s| s.text.as_str());
    owner::list_announced(sentences.get(no)?.text.as_str(), before, first)
}

/// Whether the text after a figure opens a list of its parts (`…X，其中：…`, `主要包括`,
/// `，包括…`) outside brackets (`（其中…` lists the parts of a figure in them).
fn lists_parts(post: &str) -> bool {
    let last_clause = post.rsplit(['，', '；', ',', ';']).next().unwrap_or(post);
    let bracket_list = post
        .find("其中")
        .is_some_and(|i| post[..i].contains(['（', '(']));
    // (新增债券X，按类型分：一般债券Y、专项债券Z: the kinds the whole is shared into)
    (["其中", "主要包括", "按类型分"]
        .iter()
        .any(|w| post.contains(w))
        || last_clause.starts_with("包括"))
        && !bracket_list
}

/// The whole a sentence opening with 其中 lists the parts of (`专项转移支付收入4.1亿元。其中：
/// 教育2039万元…`): the one figure the sentence just before states, when it states one thing
/// and it was read with confidence (for 包括, its last figure); `None` otherwise.
fn whole_before(text: &str, no: usize, out: &[Statement], sure: &[bool]) -> Option<String> {
    let m = no.checked_sub(1)?;
    // (包括市本级X、市对区转移支付Y after a sentence ending with its list's last part: that part)
    if strip_marker(text).starts_with("包括") {
        let (last, ok) = figures_of(out, sure, m).next_back()?;
        return ok.then(|| last.subject.clone());
    }
    if !strip_marker(text).starts_with("其中") {
        return None;
    }
    shared_subject(out, sure, m).or_else(|| compared_before(out, sure, m))
}

/// The subject sentence `m` only compares, when the sentence before it states that subject's
/// figure (`对县（市）区转移支付404.2亿元。较上年增加83.7亿元，增长26.1%…。其中：民生转移支付
/// 100.8亿元…`): the whole the list after `m` shares out.
fn compared_before(out: &[Statement], sure: &[bool], m: usize) -> Option<String> {
    let mut changes = out.iter().filter(|x| x.sentence_no == m);
    let first = changes.next()?;
    let compared = first.measure == measure::CHANGE
        && changes.all(|x| x.measure == measure::CHANGE && x.subject == first.subject);
    let stated = shared_subject(out, sure, m.checked_sub(1)?)?;
    (compared && stated == first.subject).then_some(stated)
}

/// The figures of sentence `m` that are no change, each with whether it was read with confidence.
fn figures_of<'a>(
    out: &'a [Statement],
    sure: &'a [bool],
    m: usize,
) -> impl DoubleEndedIterator<Item = (&'a Statement, &'a bool)> {
    out.iter()
        .zip(sure)
        .filter(move |(x, _)| x.sentence_no == m && x.measure != measure::CHANGE)
}

/// The subject all figures of sentence `m` (no change) share, the first read with confidence:
/// the whole a list opening after that sentence shares out.
fn shared_subject(out: &[Statement], sure: &[bool], m: usize) -> Option<String> {
    let mut before = figures_of(out, sure, m);
    let (first, ok) = before.next()?;
    (*ok && before.all(|(x, _)| x.subject == first.subject)).then(|| first.subject.clone())
}

/// The whole a sentence of 其中： alone opens the list of (`…财政拨款基本支出预算13,979.92万元。
/// 其中：（一）人员经费…`): the figure of the sentence before, or of the one before a reason
/// given for it (`…机关运行经费支出预算3,348.98万元，比2016年增加…。主要原因是…。其中：`),
/// when it states one and is read with confidence. Only a department's basic spending or
/// running costs: their items (人员经费, 办公费（款）支出) are named through the whole alone, while
/// the lines of a level's accounts after such a 其中： are named by their sections and owners.
fn whole_before_bare_intro(
    text: &str,
    no: usize,
    out: &[Statement],
    sure: &[bool],
    prev_text: &str,
) -> Option<String> {
    if !["其中：", "其中:"].contains(&text.trim()) {
        return None;
    }
    let reason = ["主要原因", "原因是", "主要是"]
        .iter()
        .any(|w| prev_text.starts_with(w));
    let stated = |m: usize| shared_subject(out, sure, m);
    let m = no.checked_sub(1)?;
    let whole = if out.iter().any(|x| x.sentence_no == m) {
        stated(m)
    } else {
        reason.then(|| stated(m.checked_sub(1)?)).flatten()
    }?;
    (names::basic_spending_of_fund(&whole).is_some() || whole.contains("机关运行经费"))
        .then_some(whole)
}

/// The reserve fund (预备费) named last in sentence `no` before the figure being read, else in
/// the sentence before (`全年动用预备费1.60亿元，分别用于…。其中，…0.17亿元`): its subject.
fn reserve_before(out: &[Statement], first_of_sentence: usize, no: usize) -> Option<&str> {
    let (before, here) = out.split_at_checked(first_of_sentence)?;
    let here = here.iter().rev();
    let before = before.iter().rev().take_while(|x| x.sentence_no + 1 == no);
    here.chain(before)
        .map(|x| x.subject.as_str())
        .find(|x| x.contains("预备费"))
}

/// The balance a sentence opening with 其中 shares out when the sentence before states more
/// than one figure (`当年收支结余-6.3亿元，年末滚存结余1,933.4亿元。其中：职工基本医疗保险基金
/// 1,693.9亿元，…`): that sentence's last figure, a balance read with confidence, when this
/// sentence's figures add up to it exactly (the parts of no other figure before).
fn balance_summed_before(
    text: &str,
    no: usize,
    out: &[Statement],
    sure: &[bool],
    figs: &[Found],
) -> Option<String> {
    if !strip_marker(text).starts_with("其中") {
        return None;
    }
    let (last, ok) = out
        .iter()
        .zip(sure)
        .rfind(|(x, _)| x.sentence_no + 1 == no && x.measure != measure::CHANGE)?;
    let balance = BALANCES.iter().any(|h| last.subject.ends_with(h));
    let total: Option<Decimal> = figs.iter().map(|f| f.amount).sum();
    (*ok && balance && total.is_some() && total == last.amount_yuan).then(|| last.subject.clone())
}

/// Whether the last clause of `head` (the text after a figure up to a rate) opens with a sum of
/// the figures listed before it (`，合计增长`, `，共计比上年增长`).
fn sums_list(head: &str) -> bool {
    let clause = head.rsplit(['，', ',', '；', ';']).next().unwrap_or(head);
    // (not 累计: `…完成X亿元，累计增长Y%` is the figure's own rate to date)
    ["合计", "共计", "总计"]
        .iter()
        .any(|w| clause.starts_with(w))
}

/// The head of the figures in brackets closed before `at` (`1111万元（其中…349万元、…762万元），
/// 比预算减少…`): the index in `out` of the last figure among the first `n` of the sentence that
/// is neither a change nor in those brackets, when figure `n - 1` is in them.
fn head_before_brackets(
    out: &[Statement],
    first_of_sentence: usize,
    text: &str,
    figs: &[Found],
    n: usize,
    at: usize,
) -> Option<usize> {
    let starts: Vec<usize> = figs.iter().take(n).map(|f| f.start).collect();
    let inside = binding::bracketed(text, &starts, at);
    if !inside.last().copied().unwrap_or(false) {
        return None;
    }
    (0..n)
        .rev()
        .filter(|&j| !inside.get(j).copied().unwrap_or(false))
        .map(|j| first_of_sentence + j)
        .find(|&i| out.get(i).is_some_and(|x| x.measure != measure::CHANGE))
}

/// The figure (its index in `figs`) right after which the brackets open that figure `k` stands
/// in, still open (`486亿元（一般债务余额128.2亿元` for 128.2): the figure the bracket's parts
/// are of.
fn open_bracket_head(text: &str, figs: &[Found], k: usize) -> Option<usize> {
    bracket_head_before(text, figs, figs.get(k)?.start, k)
}

/// The figure, among the first `k` of `figs`, whose brackets are still open at `at` of `text`.
fn bracket_head_before(text: &str, figs: &[Found], at: usize, k: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (i, c) in text.get(..at)?.char_indices() {
        match c {
            '（' | '(' => open.push(i),
            '）' | ')' => {
                open.pop();
            }
            _ => {}
        }
    }
    let o = *open.last()?;
    (0..k)
        .rev()
        .find(|&j| figs.get(j).is_some_and(|f| f.end == o))
}

/// A figure followed by the limit it is (`控制在全市7295.6亿元的地方政府债务限额以内`,
/// `低于…344.83亿元的地方政府债务限额`): the area named before it and the limit after it.
fn limit_after(stripped: &str, post: &str) -> Option<String> {
    let rest = post.strip_prefix('的')?;
    let name = rest.get(..rest.find("限额")? + "限额".len())?;
    if name.contains(['，', '。', '；', ',', ';']) || name.chars().count() > 16 {
        return None;
    }
    let area = ["控制在", "低于", "等于", "不超过", "未超过", "小于", "在"]
        .iter()
        .find_map(|w| stripped.strip_prefix(w))
        .unwrap_or(stripped)
        .trim_end_matches('的');
    Some(format!("{area}{name}"))
}

/// A year-end balance added to spending (`…支出60万元,加上年末累计结余0万元,支出合计60万元`):
/// 加上 + 年末累计结余, not 加 + 上年末累计结余, when the sum the clause goes on to is spending.
fn year_end_added(subj: &str, pre: &str, post: &str) -> Option<String> {
    let at = subj.find("上年末")?;
    let spending = ["支出合计", "支出总计"].iter().any(|w| post.contains(w));
    (pre.contains("加上年末") && spending)
        .then(|| format!("{}{}", &subj[..at], &subj[at + "上".len()..]))
}

/// A limit whose sentence was cut before its 的 (`的7,471,272万元债务限额。`, the tail of
/// `…未超过省政府核定的…`) or that the province or the congress sets (`…余额为7,376,192万元（…），
/// 未超过省政府核定的7,471,272万元债务限额`, `未超过市人大批准的`): the figure is the limit named
/// after it, of the area of the name before (`全市专项债务余额` → `全市债务限额`), not that name.
fn limit_after_cut(pre: &str, post: &str, before: &str) -> Option<String> {
    let name = post.get(..post.find("限额")? + "限额".len())?;
    let area = confidence::leading_area(before).unwrap_or("");
    let set = ["核定的", "批准的"].iter().any(|w| pre.ends_with(w));
    ((pre == "的" || set) && !name.contains(['，', '。', '；', ',', ';']))
        .then(|| format!("{area}{name}"))
}

/// Whether a figure's subject is printed only in the clause after it, up to the next figure
/// (`市本级投入9亿元，争取中央、省专项资金等27.7亿元`): that clause names the next figure, not
/// this one.
fn named_by_next(text: &str, figs: &[Found], k: usize, subject: &str) -> bool {
    let (Some(f), Some(n)) = (figs.get(k), figs.get(k + 1)) else {
        return false;
    };
    let between = text.get(f.end..n.start).unwrap_or("");
    !subject.is_empty()
        && between.starts_with(['，', ','])
        && between.contains(subject)
        && !text.get(..f.start).unwrap_or("").contains(subject)
}

/// The name of a figure in a list naming each amount after it (`筹措3.51亿元高标准农田建设项目
/// 资金、4.57亿元耕地地力保护补贴和7984万元种粮补贴`): when only a name of money and 、 or 和 lie
/// between the figure before and this one, that name is the figure before's, and this one is
/// named by the words after it (up to the next figure's 、/和, or its clause's end), not by the
/// name before it.
fn named_after_in_list(text: &str, figs: &[Found], k: usize) -> Option<String> {
    let f = figs.get(k)?;
    let p = figs.get(k.checked_sub(1)?)?;
    let name = |w: &str| {
        !w.is_empty()
            && !w.contains(|c: char| c.is_ascii_digit() || "，,。；;：:（()）%、".contains(c))
            && confidence::names_money(w)
    };
    let before = text.get(p.end..f.start)?.strip_suffix(['、', '和'])?;
    if !name(before) {
        return None;
    }
    let post = text.get(f.end..figs.get(k + 1).map_or(text.len(), |n| n.start))?;
    let own = match post.strip_suffix(['、', '和']) {
        Some(o) if name(o) => o,
        _ => used_after_fund(post.split(['，', ',', '。', '；', ';']).next()?),
    };
    name(own).then(|| own.to_string())
}

/// A name of money up to the verb of policy that runs on after it with no stop (`城镇保障性安居
/// 工程补助资金支持以人为核心、以县城为…`: the fund, then what it does), else `clause` as it is.
fn used_after_fund(clause: &str) -> &str {
    clause
        .char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .find(|&i| {
            confidence::ends_as_fund(&clause[..i]) && confidence::opens_with_policy(&clause[i..])
        })
        .map_or(clause, |i| &clause[..i])
}

/// What was spent of bonds whose issue the figure before names (`市级新增一般债券发行3,000万元，
/// 实际支出2,029万元`): the bonds' 实际支出, not their 发行 (s140 58, s4 4).
fn spent_of_issued(stripped: &str, fallback: &str) -> Option<String> {
    let bonds = fallback.strip_suffix("发行")?;
    (stripped.ends_with("实际支出") && bonds.ends_with("债券")).then(|| format!("{bonds}实际支出"))
}

/// A sentence that compares without a figure: `决算数小于预算数的主要原因…`,
/// `与2023年度相比，财政拨款收入支出总计持平`, `…收支均未发生变化`.
fn comparison_only(
    no: usize,
    s: &Sentence,
    ctx: Context,
    context: Option<&str>,
    before: &[Statement],
) -> Option<Statement> {
    let text = s.text.as_str();
    let (word, at) = SAME_WORDS
        .iter()
        .filter_map(|w| text.find(w).map(|i| (*w, i)))
        .min_by_key(|&(_, i)| i)?;
    let head = &text[..at];
    let (subject, base, base_year, measure) = if head.ends_with("决算数")
        || head.ends_with("决算数与预算数")
        || head.ends_with("决算数与预算")
    {
        // 决算数大于预算数: the item's pair of figures stated just before.
        let last = before.iter().rev().find(|x| x.measure != measure::CHANGE)?;
        if last.sentence_no + 3 < no || names_another_item(head, &last.subject) {
            return None;
        }
        // (决算数小于全年预算数: the base as printed after the word)
        let printed = text.get(at + word.len()..).unwrap_or("");
        let base = ["全年预算", "调整预算", "调整后预算", "年初预算"]
            .iter()
            .find(|b| printed.starts_with(*b))
            .map(|b| b.to_string())
            .or_else(|| {
                before
                    .iter()
                    .rev()
                    .find(|x| x.subject == last.subject && x.measure.ends_with(measure::BUDGET))
                    .map(|_| "年初预算".to_string())
            })
            .unwrap_or_else(|| "预算".to_string());
        (
            last.subject.clone(),
            base,
            ctx.year,
            measure::FINAL.to_string(),
        )
    } else {
        // 与上年不一致: no sameness.
        if head.ends_with('不') {
            return None;
        }
        // 改性后的物料含水率小于40%: a bound with no base (a standard), no comparison.
        let (b, y) = base_of(head, ctx, None).filter(|(b, _)| !b.is_empty())?;
        let clause = head.rsplit(['，', '；', '：']).next().unwrap_or(head);
        let clause = clause
            .find(['与', '比', '较'])
            .map_or(clause, |i| if i == 0 { "" } else { &clause[..i] });
        let (subj, _) = subject_words(opening_stripped(clause).0.trim_end_matches('均'));
        // （二）公务用车购置及运行费为0，与2025年预算持平: the item the clause before names with
        // its nil figure, not the context's.
        let nil = (clause.is_empty())
            .then(|| head.rsplit_once(['，', ',']).map(|(h, _)| h))
            .flatten()
            .and_then(|h| h.rsplit(['，', ',', '；', '：', '。']).next())
            .map(|c| strip_marker(c.trim()))
            .and_then(|c| {
                ["为0", "为零", "均为0", "均为零"]
                    .iter()
                    .find_map(|z| c.strip_suffix(z))
            })
            .map(|c| subject_words(&opening_stripped(c).0).0)
            .filter(|n| confidence::names_money(n) && confidence::well_formed(n));
        let subject = match nil {
            Some(n) => n,
            None if is_generic(&subj) => context?.to_string(),
            None => subj,
        };
        (
            subject,
            b,
            y,
            if ctx.is_final {
                measure::FINAL
            } else {
                measure::BUDGET
            }
            .to_string(),
        )
    };
    // 因此市级…执行情况与市本级相同: no figure's name, a report's part.
    if !confidence::well_formed(&subject) || subject.ends_with("情况") {
        return None;
    }
    let (page, bbox) = s.place(s.char_at(at), s.char_at(at + word.len()));
    Some(Statement {
        sentence_no: no,
        page,
        bbox,
        sentence: text.to_string(),
        subject,
        code: String::new(),
        measure,
        year: ctx.year,
        amount_yuan: None,
        printed: String::new(),
        unit: String::new(),
        comparison: word.to_string(),
        change_yuan: None,
        rate: None,
        base,
        base_year,
        completion: None,
        completion_of: String::new(),
        share: None,
        share_of: String::new(),
        doubt: String::new(),
    })
}

mod binding;
mod confidence;
mod doubt;
mod names;
mod outline;
mod owner;
mod section;

/// What a list of projects covers, named by the projects the clause before names
/// (`编报绩效目标的项目共1个，涉及项目预算资金19,593.87万元` → 绩效目标项目预算资金).
fn covered_by(subj: &str, before: &str) -> Option<String> {
    let rest = subj.strip_prefix("涉及")?;
    let clause = before
        .trim_end_matches(['，', ','])
        .rsplit(['，', '。', '；', '：', ','])
        .next()?;
    let (clause, _) = opening_stripped(clause);
    let which = clause.get(..clause.find("的项目")? + "的".len())?;
    let which = without_drafting(which);
    let named = format!("{which}项目{}", rest.strip_prefix("项目").unwrap_or(rest));
    (!which.is_empty() && confidence::names_money(&named) && confidence::well_formed(&named))
        .then_some(named)
}

/// Projects named by their targets without the verb of drafting them (编报绩效目标的 → 绩效目标):
/// 编报 says only that the targets were drafted, a verb opening the name (read wrong in s85, s86).
fn without_drafting(which: &str) -> &str {
    which
        .strip_prefix("编报")
        .and_then(|w| w.strip_suffix('的'))
        .filter(|w| !w.is_empty())
        .unwrap_or(which)
}

/// Whether `stem` (a name without its 收入 or 支出) names an account: a budget, a fund, an
/// insurance, or an area or a place alone (市本级, 高新技术产业开发区).
fn names_an_account_or_place(stem: &str) -> bool {
    ["预算", "基金", "保险"].iter().any(|w| stem.contains(w))
        || confidence::leading_area(stem).is_some_and(|a| a.len() == stem.len())
        || names::is_place(stem)
}

/// A flow named by its verb (`补助下级`, `全市支付专项债务利息`, `成都东部新区偿还债务利息`) as
/// the budget names it, its area or place kept; other subjects as they are.
fn flow_named(subj: &str, sentence: &str) -> String {
    let area = ACTORS
        .iter()
        .copied()
        .filter(|a| !a.ends_with("财政"))
        .find(|a| subj.starts_with(a))
        .or_else(|| names::place_before_verb(subj))
        .unwrap_or("");
    names::canonical_flow(&subj[area.len()..], sentence)
        .map_or_else(|| subj.to_string(), |name| format!("{area}{name}"))
}
#[cfg(test)]
mod tests;
