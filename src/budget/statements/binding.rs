//! What a share, a change, a limit's year or a bare comparison is bound to: the total a share
//! is of (`占收入预算合计的80.56%`, or the whole a list shares out), the figure a share or a
//! change belongs to when the sentence names another (`税收收入占比为68.8%` after 非税收入;
//! `…（其中…762万元），比预算减少1387万元` of the head before the brackets), the year a limit is
//! stated for (`我市2022年政府债务限额…，其中一般债务限额…`), the figure a bare `与上年数一致。`
//! compares. Where the sentence leaves a field in doubt it stays empty: an empty share_of or
//! year is not wrong, a wrong one is.

use rust_decimal::Decimal;

use super::Statement;
use super::measure;

/// A share as printed: the words before 占 in its clause (the name of what has the share, when
/// the text names it), the words after it up to the rate (the total), and the rate.
#[derive(Debug)]
pub(super) struct Share {
    lead: String,
    of: String,
    value: Decimal,
}

impl Share {
    pub(super) fn new(lead: &str, of: &str, value: Decimal) -> Self {
        Share {
            lead: lead.to_string(),
            of: of.to_string(),
            value,
        }
    }
}

/// The total a share's words name (`一般公共预算收入的比重为` → 一般公共预算收入), or empty
/// when they name none (占比, 占比达到) or are no name.
fn total_named(of: &str) -> String {
    // 占比72.5%, 占比达到74.04%: 比 is 占比's, no total.
    if of.starts_with('比') {
        return String::new();
    }
    let cut = ["的比重", "比重", "的比例", "比例"]
        .iter()
        .filter_map(|w| of.find(w))
        .min();
    let mut t = cut.map_or(of, |i| &of[..i]);
    // 占一般公共预算收入比65.7%, 占…的: the verb or particle after the total.
    const TAIL: [&str; 14] = [
        "的",
        "比",
        "仅为",
        "约为",
        "为",
        "达到",
        "达",
        "超过",
        "约",
        "保持在",
        "稳定在",
        "提高到",
        "提高至",
        "提升至",
    ];
    while let Some(r) = TAIL.iter().find_map(|w| t.strip_suffix(w)) {
        t = r;
    }
    if t.contains(|c: char| c.is_ascii_digit() || "，；：,;:、".contains(c)) {
        return String::new();
    }
    t.to_string()
}

/// The name before 占 without what opens the clause (、, a bracket, 其中).
fn lead_name(lead: &str) -> &str {
    let t = lead.trim_start_matches(['、', '（', '(', '，', ',']);
    t.strip_prefix("其中")
        .unwrap_or(t)
        .trim_start_matches(['：', ':', '，'])
}

/// The total a list shares out, from a figure that opens it (本年收入合计…，其中：…). A whole
/// read across a sentence's end (`checked`) is a share's only where the share is the part's
/// amount over the whole's.
#[derive(Debug, Clone)]
pub(super) struct Whole {
    subject: String,
    amount: Option<Decimal>,
    checked: bool,
}

impl Whole {
    pub(super) fn of(st: &Statement) -> Self {
        Whole {
            subject: st.subject.clone(),
            amount: st.amount_yuan,
            checked: false,
        }
    }

    /// The whole read over a sentence's end: bound only where the arithmetic holds.
    pub(super) fn checked(self) -> Self {
        Whole {
            checked: true,
            ..self
        }
    }

    /// Whether `share` (in %) of a part of `amount` may be of this whole: the whole is larger,
    /// and when read over a sentence's end, the share is the part over the whole within 0.1
    /// point (`省委办公厅本年支出预算合计20849.45万元，其中：…。项目支出10688.66万元，占51.27%。`:
    /// 10688.66 / 20849.45 = 51.266 %).
    fn holds(&self, amount: Option<Decimal>, share: Decimal) -> bool {
        let (Some(t), Some(a)) = (self.amount, amount) else {
            return false;
        };
        if t < a || t.is_zero() {
            return false;
        }
        !self.checked || (a * Decimal::ONE_HUNDRED / t - share).abs() <= Decimal::new(1, 1)
    }
}

/// The whole a sentence opening with 其中 shares out when the sentence before closed at its
/// figure (`市级对区（市）县转移支付462.5亿元，增长-2.7%。` + `其中：一般性转移支付补助350.1亿元…，
/// 占比为75.7%；`): the last figure of the sentence before with figures, not a change, when
/// it is stated surely (`sure`, by figure of `before`).
pub(super) fn whole_before_parts(text: &str, before: &[Statement], sure: &[bool]) -> Option<Whole> {
    if !text.starts_with("其中") {
        return None;
    }
    before
        .iter()
        .zip(sure)
        .rev()
        .find(|(x, _)| x.amount_yuan.is_some() && x.measure != measure::CHANGE)
        .filter(|(_, ok)| **ok)
        .map(|(x, _)| Whole::of(x).checked())
}

/// Whether the text after a figure (up to the next figure) opens the parts of that figure:
/// `，其中：`, `中，`, `，包括`, `，主要用于`, or a last clause `其中…` before the next figure
/// (`…增长2.2%，其中税收收入674亿元`).
pub(super) fn opens_parts(post: &str, first: bool) -> bool {
    let last = post.rsplit(['，', '；', ',', ';']).next().unwrap_or(post);
    post.starts_with("，其中")
        // 全市地方一般公共预算收入1188.31亿元中，税收收入完成879.77亿元: of the figure.
        || post.starts_with("中，")
        || post.starts_with("中,")
        || post.starts_with("，主要用于")
        || post.starts_with("，包括")
        || (post.contains("其中：") || post.contains("其中:")) && first
        || last.starts_with("其中") && !post.contains('。')
}

/// Whether a list opened before `prev` may go on into `this`: `this` is a lead-in with no
/// figure ending with ： (`其中：` on a line of its own), or `prev` neither ends a sentence with 。
/// nor is a heading with no figure (`二、收入预算情况说明`). A line cut short (`…主要用于以下
/// 方面：一般公共服务支出` before `（类）2106.66万元，占71.73%；`) or a page's running title
/// does not end the list.
pub(super) fn list_continues(prev: &str, this: &str, this_has_figures: bool) -> bool {
    let prev = prev.trim_end();
    let lead_in = !this_has_figures && this.trim_end().ends_with(['：', ':']);
    let heading = super::strip_marker(prev).len() != prev.len()
        && !super::FIGURE.as_ref().is_some_and(|re| re.is_match(prev));
    lead_in || !prev.ends_with(['。', '！', '？', '.']) && !heading
}

/// Gives a share its figure and total. The share is the figure's own when the words before 占
/// name nothing else (`，占80.56%`, `税占比74.04%` of 税收收入); a sibling's of the same
/// sentence when they name exactly one (`税收收入占比为68.8%` after 非税收入); else nobody's
/// (`其中财政补贴占74%`). The total: the one the words name, else the whole the list shares
/// out (when it is larger than the figure), else none. A share printed after the brackets
/// that list a figure's parts (`head`, the index of that figure in `siblings`) is the head's.
/// True when the share was bound to `whole`.
pub(super) fn place_share(
    share: Share,
    st: &mut Statement,
    siblings: &mut [Statement],
    head: Option<usize>,
    whole: Option<&Whole>,
) -> bool {
    let lead = lead_name(&share.lead);
    let named = total_named(&share.of);
    let value = share.value;
    let total = |s: &Statement| {
        if !named.is_empty() {
            return named.clone();
        }
        whole
            .filter(|w| w.subject != s.subject && w.holds(s.amount_yuan, value))
            .map(|w| w.subject.clone())
            .unwrap_or_default()
    };
    // (whether the share is of `whole`: the list goes on over a sentence's end while it is)
    let of_whole = |s: &Statement| whole.is_some_and(|w| s.share_of == w.subject);
    if let Some(x) = head.and_then(|i| siblings.get_mut(i)) {
        if lead.is_empty() && x.share.is_none() {
            x.share = Some(value);
            x.share_of = total(x);
            return of_whole(x);
        }
        return false;
    }
    if lead.is_empty() || st.subject.contains(lead) {
        st.share = Some(value);
        st.share_of = total(st);
        return of_whole(st);
    }
    if lead.chars().count() < 2 {
        return false;
    }
    let mut named_siblings = siblings
        .iter_mut()
        .filter(|x| x.amount_yuan.is_some() && x.measure != measure::CHANGE && x.subject == lead);
    if let (Some(x), None) = (named_siblings.next(), named_siblings.next())
        && x.share.is_none()
    {
        x.share = Some(value);
        x.share_of = total(x);
        return of_whole(x);
    }
    false
}

/// The figures of a sentence (by their start) that stand in brackets closed before `at`
/// (`1111万元（其中公务用车购置费349万元、…762万元），比预算减少`): parts, not what a later
/// comparison is of.
pub(super) fn bracketed(text: &str, starts: &[usize], at: usize) -> Vec<bool> {
    let closed = super::closed_brackets(text.get(..at).unwrap_or(""));
    starts
        .iter()
        .map(|&s| closed.iter().any(|&(o, c)| o < s && s < c))
        .collect()
}

/// The years a sentence prints before `at` that date a figure: not a base (比2022年, 较2025年,
/// 与2023年), not a span's end (2018年及以前, 2021年以来, 2019年-2021年).
fn dating_years(head: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for (i, _) in head.char_indices() {
        let Some(y) = head.get(i..i + 4) else {
            continue;
        };
        let Some(rest) = head.get(i + 4..) else {
            continue;
        };
        if !(y.starts_with("20") && y.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with('年'))
        {
            continue;
        }
        // (a year inside a longer number is none)
        if head[..i].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let before = &head[..i];
        if before.ends_with(['比', '较', '与'])
            || ["年至", "年到", "年-", "年—", "年－", "年~"]
                .iter()
                .any(|w| before.ends_with(w))
        {
            continue;
        }
        let after = rest.trim_start_matches('年').trim_start_matches('度');
        if ["及以前", "以前", "以来", "-", "—", "－", "~", "至", "到"]
            .iter()
            .any(|w| after.starts_with(w))
        {
            continue;
        }
        if let Ok(y) = y.parse::<u32>()
            && !out.contains(&y)
        {
            out.push(y);
        }
    }
    out
}

/// The year a limit is stated for when the sentence ties it to the figure without doubt: the
/// year of the limit it is a part of (其中一般债务限额…), else the one year the sentence prints
/// before it (`我市2022年政府债务限额1433.97亿元`, `截至2025年底，全市地方政府债务限额…`).
/// Two years (`2023年末…余额…，2024年末…控制在…限额以内`) leave it undated.
pub(super) fn limit_year(head: &str, whole_year: Option<u32>) -> Option<u32> {
    if whole_year.is_some() {
        return whole_year;
    }
    match dating_years(head).as_slice() {
        [y] => Some(*y),
        _ => None,
    }
}

/// What a comparison stated without a figure or subject (`与上年数一致。`, `与上年相比增加
/// 498.72万元`) compares: the list item it stands under when the sentence before is that
/// item's; the one figure the sentence just before states when that sentence is another
/// (`项目支出预算数为3,123.68万元。与上年数一致。`); nothing when that sentence states several
/// things or opens with 其中 (which is compared is in doubt).
pub(super) fn bare_context(
    previous: &[(&Statement, bool)],
    prev_text: &str,
    item_is_previous: bool,
    default: &str,
) -> Option<String> {
    if previous.is_empty() || item_is_previous {
        return Some(default.to_string());
    }
    // (the figures read with confidence: a base cut off by a page break names nothing)
    let mut sure = previous.iter().filter(|(_, ok)| *ok).map(|(x, _)| x);
    let first = sure.next()?;
    let one = sure.all(|x| x.subject == first.subject);
    (one && !prev_text.starts_with("其中")).then(|| first.subject.clone())
}

/// A figure after `与2024年预算一致` (`公务用车购置费0万元，与2024年预算一致0万元`): the base
/// restated, whose name is none of the clause's words (`预算一致`) — not emitted.
pub(super) fn restates_base(pre: &str, same: &[&str]) -> bool {
    pre.starts_with('与') && same.iter().any(|w| pre.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_named_by_a_share() {
        assert_eq!(total_named("比"), "");
        assert_eq!(total_named("比达到"), "");
        assert_eq!(
            total_named("全市地方一般公共预算收入的比重仅为"),
            "全市地方一般公共预算收入"
        );
        assert_eq!(total_named("一般公共预算收入比"), "一般公共预算收入");
        assert_eq!(total_named("固定资产总额的"), "固定资产总额");
        assert_eq!(total_named("总支出的比重从2015年"), "总支出");
        assert_eq!(
            total_named("财政性资金(人员类和运转类中的公用经费项目支出除外)总额的比例为"),
            "财政性资金(人员类和运转类中的公用经费项目支出除外)总额"
        );
        assert_eq!(total_named("市本级预算支出的"), "市本级预算支出");
    }

    #[test]
    fn lists_go_on_through_semicolons_and_lead_ins() {
        assert!(list_continues(
            "本年收入合计100万元，占1%；",
            "其他收入1万元，占1%；",
            true
        ));
        assert!(list_continues(
            "收入预算合计131,349.6万元。",
            "其中：",
            false
        ));
        assert!(!list_continues(
            "（5）住房保障支出（类）支出528.22万元。",
            "本年收入0万元，占0%；",
            true
        ));
        assert!(list_continues(
            "主要用于以下方面：一般公共服务支出",
            "（类）2106.66万元，占71.73%；",
            true
        ));
        assert!(!list_continues(
            "二、收入预算情况说明",
            "本年收入0万元，占0%；",
            true
        ));
    }

    #[test]
    fn parts_opened_by_a_figure() {
        assert!(opens_parts("，包括本年收入", true));
        assert!(opens_parts(
            "，完成预算的102.1%，比上年（下同）增长2.2%，其中税收收入",
            false
        ));
        assert!(!opens_parts("，增长5%，税收收入", false));
    }

    #[test]
    fn years_that_date_a_limit() {
        assert_eq!(
            limit_year("我市2022年政府债务限额1433.97亿元，其中一般债务限额", None),
            Some(2022)
        );
        assert_eq!(
            limit_year("截至2025年底，全市地方政府债务限额", None),
            Some(2025)
        );
        assert_eq!(
            limit_year("2023年末余额385.2亿元，2024年末余额472.8亿元，控制在", None),
            None
        );
        assert_eq!(
            limit_year("核定我省2018年及以前年度…债务限额空间", None),
            None
        );
        assert_eq!(
            limit_year("下达我市2026年新增债务限额529亿元，较2025年提前批", None),
            Some(2026)
        );
        assert_eq!(limit_year("地方政府债务限额", None), None);
    }

    #[test]
    fn a_base_restated() {
        assert!(restates_base("与2024年预算一致", &["一致", "持平"]));
        assert!(!restates_base("与上年相比增加", &["一致", "持平"]));
    }

    fn read(texts: &[&str], year: u32, is_final: bool) -> Vec<Statement> {
        use crate::budget::prose::{Sentence, Spot};
        use crate::pdf::Rect;
        let s: Vec<Sentence> = texts
            .iter()
            .map(|t| Sentence {
                text: t.to_string(),
                spots: vec![
                    Spot {
                        page: 1,
                        bbox: Rect::from_points((0.0, 0.0), (1.0, 1.0)),
                    };
                    t.chars().count()
                ],
            })
            .collect();
        let ctx = super::super::Context {
            year: Some(year),
            is_final,
            budget_report: !is_final,
            government: true,
        };
        super::super::statements(&s, &[], ctx)
    }

    fn find<'a>(v: &'a [Statement], printed: &str) -> &'a Statement {
        v.iter().find(|s| s.printed == printed).unwrap()
    }

    // Wuxi 教育局 2026 p31-32 (105,814.6 / 131,349.6 = 80.56%).
    const INCOME: [&str; 7] = [
        "（5）住房保障支出（类）支出528.22万元，主要用于按规定缴纳在职人员住房公积金。",
        "与上年相比减少46.48万元，减少8.09%。",
        "二、收入预算情况说明",
        "无锡市教育局（本级）2026年收入预算合计131,349.6万元，包括本年收入131,349.6万元，上年结转结余0万元。",
        "其中：",
        "本年一般公共预算收入105,814.6万元，占80.56%；",
        "本年政府性基金预算收入0万元，占0%；",
    ];

    #[test]
    fn a_list_shares_out_its_total_until_it_ends() {
        let v = read(&INCOME, 2026, false);
        assert_eq!(find(&v, "105,814.6").share_of, "收入预算合计");
        let fund = v
            .iter()
            .find(|s| s.subject == "本年政府性基金预算收入")
            .unwrap();
        assert_eq!(fund.share_of, "收入预算合计");
        // Without the total, the 类 item of another section is no total of the income lines.
        let mut cut = INCOME.to_vec();
        cut.remove(3);
        let v = read(&cut, 2026, false);
        assert_eq!(find(&v, "105,814.6").share_of, "");
        assert_eq!(find(&v, "105,814.6").share, d("80.56"));
    }

    fn d(s: &str) -> Option<Decimal> {
        s.parse().ok()
    }

    #[test]
    fn a_share_named_for_a_sibling_and_a_change_after_brackets() {
        // 1245 / (1245 + 565) = 68.78%.
        let v = read(
            &["其中：税收收入1,245亿元，非税收入565亿元，税收收入占比为68.8%。"],
            2023,
            false,
        );
        assert_eq!(find(&v, "1,245").share, d("68.8"));
        assert_eq!(find(&v, "565").share, None);
        // 349 + 762 = 1111: the brackets list the head's parts.
        let v = read(
            &[
                "公务用车购置及运行维护费1111万元（其中公务用车购置费349万元、公务用车运行维护费762万元），比预算减少1387万元；",
            ],
            2022,
            true,
        );
        assert_eq!(find(&v, "1387").subject, "公务用车购置及运行维护费");
        assert_eq!(find(&v, "1111").comparison, "减少");
        assert_eq!(find(&v, "762").comparison, "");
    }

    #[test]
    fn a_limit_of_the_year_its_sentence_states() {
        // 672.38 + 761.59 = 1433.97, in a 2023 budget report.
        let v = read(
            &[
                "我市2022年政府债务限额1433.97亿元，其中一般债务限额672.38亿元，专项债务限额761.59亿元。",
            ],
            2023,
            false,
        );
        for p in ["1433.97", "672.38", "761.59"] {
            assert_eq!(find(&v, p).measure, measure::LIMIT);
            assert_eq!(find(&v, p).year, Some(2022), "{p}");
        }
    }

    #[test]
    fn a_bare_comparison_is_of_the_sentence_before() {
        // Jiangsu 政协 2017 p8.
        let v = read(
            &[
                "3.住房保障（类）支出1,093.52万元，主要用于发放单位职工提租补贴。",
                "与上年相比增加466.32万元，增长74.35%。",
                "此外，基本支出预算数为5,916.27万元。",
                "与上年相比增加498.72万元，增长9.21%。",
                "项目支出预算数为3,123.68万元。",
                "与上年数一致。",
            ],
            2017,
            false,
        );
        assert_eq!(find(&v, "466.32").subject, "住房保障（类）支出");
        assert_eq!(find(&v, "498.72").subject, "基本支出");
        let same = v.iter().find(|s| s.comparison == "一致").unwrap();
        assert_eq!(same.subject, "项目支出");
    }

    #[test]
    fn brackets_closed_before_a_change() {
        let t = "费1111万元（其中购置费349万元、运行维护费762万元），比预算减少1387万元";
        let at = t.find("1387").unwrap();
        let starts = [
            t.find("1111").unwrap(),
            t.find("349").unwrap(),
            t.find("762").unwrap(),
        ];
        assert_eq!(bracketed(t, &starts, at), vec![false, true, true]);
    }
}
