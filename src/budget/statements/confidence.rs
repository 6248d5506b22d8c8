//! Whether a statement can be read with confidence. A figure whose subject is no well-formed
//! name of money (a verb, a clause, a figure's tail, a preposition's phrase) or whose place in
//! the sentence leaves it ambiguous (a list shared out by 分别, a figure in brackets after a
//! noun) is not emitted: a wrong statement costs a reader more than a missing one, and the
//! checks compare what is emitted.

use std::sync::LazyLock;

use regex::Regex;

use super::FIGURE;

static MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\d{1,2}月").ok());
static YEAR_IN: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"20\d\d年").ok());

/// Openings of a phrase that is no name: prepositions, comparisons, adverbs and verbs of
/// manner (按规定补充, 较年初预算, 控制在…, 积极争取…, 涉及资金, 核减金额).
const OPENS: [&str; 41] = [
    "增加",
    "减少",
    "、",
    "）",
    ")",
    "，",
    "的",
    "同",
    "按",
    "比",
    "与",
    "从",
    "到",
    "以",
    "在",
    "关于",
    "低于",
    "高于",
    "等于",
    "不",
    "较",
    "将",
    "把",
    "因此",
    "其中",
    "其余",
    "分别",
    "最高",
    "有",
    "约",
    "近",
    "超",
    "控制在",
    "积极",
    "严格",
    "全力",
    "通过",
    "围绕",
    "核减",
    "审减",
    "节约",
];

/// Names that open like one of `OPENS` (因公出国, 到期本金, 超长期特别国债, 以前年度…).
const NAMES: [&str; 10] = [
    "以前",
    "同级",
    "比例",
    "在建",
    "有关",
    "不含",
    "到期",
    "超长期",
    "最低生活",
    "超收",
];

/// Endings that leave the figure's name unsaid: a bound or a change still to come (不低于,
/// 提高至, 标准从), a conjunction, an adverb before the figure (近, 达).
const ENDS: [&str; 18] = [
    "不低于",
    "不超过",
    "低于",
    "高于",
    "不",
    "按",
    "近",
    "达",
    "至",
    "以",
    "从",
    "到",
    "与",
    "比",
    "较",
    "和",
    "或",
    "、",
];

/// A verb or a word too vague to name money on its own (设立6970万元的…, 剩余2.43亿元, 已提款9亿元).
const VAGUE: [&str; 34] = [
    "设立",
    "剩余",
    "获得",
    "提款",
    "授信",
    "使用",
    "组建",
    "提供",
    "投入",
    "追加",
    "放款",
    "完成",
    "提高",
    "用好",
    "新增",
    "动用",
    "发行",
    "净增",
    "测算",
    "预计",
    "执行中",
    "出资",
    "兑现",
    "减免",
    "拨付",
    "下达",
    "支付",
    "偿还",
    "争取",
    "筹集",
    "筹措",
    "到位",
    "实现",
    "帮扶",
];

/// `subject` without the bracketed parts (`个人所得税(40%部分)`).
fn outside_brackets(subject: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in subject.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether `subject` is a well-formed name of money.
pub(super) fn well_formed(subject: &str) -> bool {
    if !subject
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        return false;
    }
    let found = |re: &LazyLock<Option<Regex>>| re.as_ref().is_some_and(|r| r.is_match(subject));
    // A figure, a rate, a date or a year inside: the subject runs over another clause.
    if found(&FIGURE) || found(&MONTH) || found(&YEAR_IN) {
        return false;
    }
    let plain = outside_brackets(subject);
    if plain.contains(['%', '，', ',', '。', '；', ';']) {
        return false;
    }
    if OPENS.iter().any(|o| subject.starts_with(o)) && !NAMES.iter().any(|n| subject.starts_with(n))
    {
        return false;
    }
    if ENDS.iter().any(|e| subject.ends_with(e)) || subject.ends_with(['（', '(']) {
        return false;
    }
    let core = ["已", "未", "累计", "实际", "全年", "当年"]
        .iter()
        .find_map(|w| subject.strip_prefix(w))
        .unwrap_or(subject);
    // 涉及资金581.9亿元 (what an evaluation covered) says nothing; 涉及项目预算资金 names a budget.
    let covered = subject
        .strip_prefix("涉及")
        .is_some_and(|r| r.is_empty() || ["资金", "金额", "财政资金", "财政性资金"].contains(&r));
    // 统筹安排预算资金149.3亿元: a verb of putting money and a word that names nothing.
    let put = [
        "安排", "统筹", "投入", "筹集", "筹措", "争取", "下达", "拨付", "整合", "兑现",
    ]
    .iter()
    .find_map(|v| core.strip_prefix(v))
    .is_some_and(|r| ["", "资金", "预算", "经费", "金额"].contains(&r));
    !VAGUE.contains(&core) && !covered && !put
}

/// Whether the figure at `at` of `text` is placed so that what it is cannot be read: in
/// brackets right after a noun (`预算目标（1296.16亿元）`: the target, not the figure the
/// clause names), or in a list shared out by 分别 (`A、B、C和D…分别为X、Y、Z和W`).
pub(super) fn ambiguous_place(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    if head.ends_with(['（', '(']) {
        return true;
    }
    let clause = head.rsplit(['。', '；', ';']).next().unwrap_or(head);
    clause.contains("分别")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_what_is_no_name() {
        for good in [
            "一般公共服务支出",
            "个人所得税(40%部分)",
            "因公出国（境）费",
            "到期本金",
            "超长期特别国债支出",
            "契税",
            "对个人和家庭补助",
            "市级(含市本级、钱塘新区,下同)地方政府债务限额",
        ] {
            assert!(well_formed(good), "{good}");
        }
        for bad in [
            "）",
            "设立",
            "已提款",
            "涉及资金",
            "核减金额",
            "实际使用",
            "、累计投入",
            "较年初预算（",
            "低于四川天府新区成都直管区",
            "地方政府专项债务还本支出58.7亿元和提前批专项债券转贷区级",
            "增长60.53%（其中国有企业资本金注入",
            "市财政局已于6月7日计提上缴省级农业土地开发资金",
            "党支部不低于",
            "基础养老金标准提高至",
            "积极争取增发国债",
            "按规定补充",
            "安排预算",
        ] {
            assert!(!well_formed(bad), "{bad}");
        }
    }

    #[test]
    fn places_that_leave_a_figure_ambiguous() {
        let t = "全市完成全年地方收入预算目标（1296.16亿元）的53.97%";
        assert!(ambiguous_place(t, t.find('1').unwrap_or(0)));
        let t = "年末滚存结余分别为1,586.1亿元、128.8亿元";
        assert!(ambiguous_place(t, t.find("128").unwrap_or(0)));
        let t = "2023年末债务余额385.2亿元（一般债务90.9亿元";
        assert!(!ambiguous_place(t, t.find("90.9").unwrap_or(0)));
    }
}
