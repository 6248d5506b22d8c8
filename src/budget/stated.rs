//! Checks of the stated figures against each other: every comparison the running text makes
//! is recomputed from the figures it states. A rate of change (增长9.8%) from the figure and
//! its change, or from the figure and the base it prints; a change from the two figures it
//! lies between; a share (占N%) from the figure and the total it is a share of; a completion
//! rate (完成预算的N%) from the figure and its budget; 决算数大于/小于/等于预算数 against the
//! pair of figures stated for the item; and the year a comparison names (a 2026 budget
//! compares with 2025, not with 2026).
//!
//! A rate passes when the printed figures give it rounded as printed, is `rounding` when some
//! values within the printed rounding of every figure give it, and fails otherwise. A rate of
//! growth from nothing, or a completion rate of a zero budget, is a plausibility warning: the
//! rate is undefined.

use rust_decimal::Decimal;

use super::checks::{Check, Place, Quantity, Rule, Status, half_unit};
use super::document::AnalysedTable;
use super::statements::{Statement, budget_of_line, direction, measure};

/// What the checks need to know of the document.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub year: Option<u32>,
    pub is_final: bool,
    /// A department's or unit's document (its comparisons are with the previous year).
    pub department: bool,
}

/// Half a unit of the last printed digit of a stated amount, in yuan.
fn half_yuan(s: &Statement) -> Decimal {
    let scale = s.printed.split_once('.').map_or(0, |(_, f)| f.len() as u32);
    half_unit(scale) * s.unit_yuan()
}

/// Half a unit of the last digit of a printed rate, in points.
fn half_rate(r: Decimal) -> Decimal {
    half_unit(r.scale())
}

/// A figure as printed with how far its rounding lets it be off.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fig {
    pub(crate) v: Decimal,
    pub(crate) h: Decimal,
}

/// `num / den` in percent over every value the printed figures allow: (exact, lowest,
/// highest), `None` when the base can be zero or less.
pub(crate) fn ratio(
    num: impl Fn(Decimal, Decimal) -> Decimal,
    a: Fig,
    b: Fig,
    den: impl Fn(Decimal, Decimal) -> Decimal,
) -> Option<(Decimal, Decimal, Decimal)> {
    let hundred = Decimal::ONE_HUNDRED;
    let f = |x: Decimal, y: Decimal| -> Option<Decimal> {
        let d = den(x, y);
        (d > Decimal::ZERO)
            .then(|| num(x, y).checked_mul(hundred)?.checked_div(d))
            .flatten()
    };
    let exact = f(a.v, b.v)?;
    let mut lo = exact;
    let mut hi = exact;
    for x in [a.v - a.h, a.v + a.h] {
        for y in [b.v - b.h, b.v + b.h] {
            let r = f(x, y)?;
            lo = lo.min(r);
            hi = hi.max(r);
        }
    }
    Some((exact, lo, hi))
}

/// The status of a printed rate `printed` against its recomputation.
pub(crate) fn rate_status(
    printed: Decimal,
    (exact, lo, hi): (Decimal, Decimal, Decimal),
) -> (Status, Decimal) {
    let shown = exact.round_dp_with_strategy(
        printed.scale(),
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let h = half_rate(printed);
    // Some texts cut a rate rather than round it (9.151% printed 9.1%): within rounding.
    let cut = exact.round_dp_with_strategy(printed.scale(), rust_decimal::RoundingStrategy::ToZero);
    let status = if shown == printed {
        Status::Pass
    } else if cut == printed || printed + h >= lo && printed - h <= hi {
        Status::Rounding
    } else {
        Status::Fail
    };
    (status, shown)
}

fn fig(s: &Statement) -> Option<Fig> {
    Some(Fig {
        v: s.amount_yuan?,
        h: half_yuan(s),
    })
}

/// `2,995.39万元` as the text printed it.
fn shown(s: &Statement) -> String {
    format!("{}{}", s.printed, s.unit)
}

fn text_check(
    rule: Rule,
    s: &Statement,
    key: String,
    expected: Decimal,
    actual: Decimal,
    status: Status,
    message: String,
) -> Check {
    Check {
        status,
        pages: vec![s.page],
        page: Some(s.page),
        bbox: Some(s.bbox),
        message,
        quantity: match rule {
            Rule::Year => Quantity::Year,
            Rule::ComparisonWord => Quantity::Sign,
            Rule::StatedChange => Quantity::Yuan,
            _ => Quantity::Percent,
        },
        ..Check::new(rule, key, expected, actual)
    }
}

fn is_level(s: &Statement) -> bool {
    s.amount_yuan.is_some()
        && !matches!(
            s.measure.as_str(),
            measure::CHANGE
                | measure::LIMIT
                | measure::THRESHOLD
                | measure::STANDARD
                | measure::OTHER
        )
}

/// The checks of a document's statements. A department's 情况说明 follows a template its
/// statements are read reliably from; a government report's paragraphs are freer, so there a
/// comparison is recomputed only where its figures are bound without doubt (`Context::strict`:
/// a clean subject, the base and the total of the same sentence and subject).
pub fn checks(st: &[Statement], ctx: Context) -> Vec<Check> {
    let mut out = Vec::new();
    let strict = !ctx.department;
    for (k, s) in st.iter().enumerate() {
        // The statements before this one: what it may refer back to.
        let before = st.get(..k).unwrap_or_default();
        if strict && !clean_subject(&s.subject) {
            continue;
        }
        if qualified_rate(s) {
            // 年均增长, 同口径增长: not a rate the printed figures give.
        } else if s.measure == measure::CHANGE {
            out.extend(change(st, before, s, strict));
        } else if s.rate.is_some() && s.change_yuan.is_none() && is_level(s) {
            out.extend(rate_from_base(st, s, strict));
        }
        if s.share.is_some() {
            out.extend(share(before, s, strict));
        }
        if s.completion.is_some() {
            out.extend(completion(before, s, strict));
        }
        if s.amount_yuan.is_none() && matches!(s.comparison.as_str(), "大于" | "小于" | "等于")
        {
            out.extend(comparison_word(before, s));
        }
    }
    out.extend(years(st, ctx));
    out.extend(totals::over_budget(st));
    out
}

/// A subject that is a name: no figure or percent run into it, its brackets and quotes closed
/// (not `增长1%（年度快报数`).
fn clean_subject(subject: &str) -> bool {
    let count = |c: char| subject.chars().filter(|&x| x == c).count();
    !subject.is_empty()
        && !subject.contains(['%', '％'])
        && !subject.chars().any(|c| c.is_ascii_digit())
        && count('（') == count('）')
        && count('(') == count(')')
        && count('“') == count('”')
}

/// Words that say a figure changed (the base of a comparison stands before them).
const CHANGE_WORDS: [&str; 10] = [
    "增加", "增长", "减少", "下降", "增收", "减收", "提高", "降低", "多", "少",
];

/// A rate its words qualify so that the printed figures do not give it: 年均/平均增长 (an
/// average over years), 同口径/可比增长 (on a restated base).
fn qualified_rate(s: &Statement) -> bool {
    let Some(rate) = s.rate else { return false };
    let pct = format!("{rate}%");
    s.sentence
        .split(['，', '；', '、', ',', ';'])
        .filter(|clause| clause.contains(&pct))
        .any(|clause| {
            ["年均", "平均", "同口径", "可比"]
                .iter()
                .any(|w| clause.contains(w))
        })
}

/// Whether the sentence prints the figure as the base of its comparison (`比预算数500000万元
/// 增加…`, `较预算数13715880万元增加…`): its clause has 比/较 before it and no change word
/// between. A base is not the figure compared.
fn is_base_figure(s: &Statement) -> bool {
    let figure = format!("{}{}", s.printed, s.unit);
    let Some(at) = s.sentence.find(&figure) else {
        return false;
    };
    let before = s.sentence.get(..at).unwrap_or_default();
    let clause = before
        .rsplit(['，', '；', '：', ',', ';', ':', '。'])
        .next()
        .unwrap_or_default();
    clause
        .rfind(['比', '较'])
        .and_then(|k| clause.get(k..))
        .is_some_and(|tail| !CHANGE_WORDS.iter().any(|w| tail.contains(w)))
}

/// Whether a figure's box can hold its digits: a figure joined across a page break (`增加45`,
/// the page's number, then `36370万元` on the next page) has the box of its first part only.
fn whole_figure(s: &Statement) -> bool {
    let (w, h) = (s.bbox.x1 - s.bbox.x0, s.bbox.y1 - s.bbox.y0);
    let digits = s.printed.chars().filter(char::is_ascii_digit).count() as f64;
    w >= 0.3 * h * digits
}

/// Whether a bracket closes between two figures of a sentence (`项目支出920亿元，占比67%），
/// 比上年减少31.7亿元`): the second speaks of what stands before the bracket, not of the first.
fn bracket_between(a: &Statement, b: &Statement) -> bool {
    let find = |s: &Statement| s.sentence.find(&format!("{}{}", s.printed, s.unit));
    let (Some(i), Some(j)) = (find(a), find(b)) else {
        return true;
    };
    let (i, j) = (i.min(j), i.max(j));
    let span = a.sentence.get(i..j).unwrap_or_default();
    let depth = span.chars().fold(0i32, |d, c| match c {
        '（' | '(' => d + 1,
        '）' | ')' => d - 1,
        _ => d,
    });
    depth != 0
}

/// The figure a change amount `c` changes: stated before it in its sentence with the
/// comparison, or (a change in a sentence of its own) the last figure of its subject in the
/// two sentences before.
fn level_of<'a>(before: &'a [Statement], c: &Statement) -> Option<&'a Statement> {
    let found = before
        .iter()
        .rev()
        .take_while(|x| x.sentence_no + 2 >= c.sentence_no)
        .find(|x| {
            is_level(x)
                // (a level of an earlier year when the change is bound to it: 2018年，…支出
                // 完成1430.6亿元，比上年增加57.8亿元 in a 2019 budget report)
                && (!x.measure.starts_with("prior_year_")
                    || x.sentence_no == c.sentence_no
                        && x.change_yuan == c.change_yuan
                        && x.year.is_some()
                        && x.year == c.year)
                && x.subject == c.subject
                && (x.sentence_no == c.sentence_no && x.change_yuan == c.change_yuan
                // A figure of an earlier sentence only when this one names its subject (not
                // `2026年预算比2025年预算增加…` after the last item's figure).
                || x.sentence_no < c.sentence_no
                    && x.comparison.is_empty()
                    && c.sentence.contains(x.subject.as_str()))
        })?;
    if !is_base_figure(found) {
        return Some(found);
    }
    // 决算数为526502万元，比预算数500000万元增加26502万元: the change is of the figure the
    // sentence compares with its base, stated before the base.
    before
        .iter()
        .rev()
        .take_while(|y| y.sentence_no == c.sentence_no)
        .find(|y| {
            !std::ptr::eq(*y, found)
                && is_level(y)
                && !y.measure.starts_with("prior_year_")
                && y.subject == c.subject
                && y.comparison.is_empty()
                && !is_base_figure(y)
        })
}

/// The base a sentence prints for a comparison (`比2025年年初预算数28479.84万元增加…`,
/// `2025年…执行数为43269.3万元，2026年预算安排…`): a figure of the base's year in the same
/// sentence, other than the figure compared.
fn base_figure<'a>(st: &'a [Statement], level: &Statement, strict: bool) -> Option<&'a Statement> {
    let y = level.base_year?;
    st.iter().find(|x| {
        x.sentence_no == level.sentence_no
            && !std::ptr::eq(*x, level)
            && is_level(x)
            && x.year == Some(y)
            && x.measure.starts_with("prior_year_")
            && (!strict || x.subject == level.subject && is_base_figure(x) && whole_figure(x))
    })
}

/// A change amount: its rate recomputed from the figure it changes, and (when the sentence
/// prints the base too) the amount itself from the two figures.
fn change(st: &[Statement], before: &[Statement], c: &Statement, strict: bool) -> Vec<Check> {
    let mut out = Vec::new();
    let (Some(d), Some(ch)) = (direction(&c.comparison), fig(c)) else {
        return out;
    };
    let Some(level) = level_of(before, c) else {
        // Only the base printed (与2016年度相比（2016年度…为8,648.07万元），增加498.72万元，
        // 增长5.77%): the rate is the change over it.
        if let Some(rate) = c.rate
            && (!strict || whole_figure(c))
            && let Some(base) = before
                .iter()
                .rev()
                .take_while(|x| x.sentence_no == c.sentence_no)
                .find(|x| {
                    is_level(x)
                        && x.measure.starts_with("prior_year_")
                        && (!strict
                            || x.subject == c.subject && is_base_figure(x) && whole_figure(x))
                })
            && let Some(b) = fig(base)
            && let Some(r) = ratio(|_, y| Decimal::from(d) * y, b, ch, |x, _| x)
        {
            let (status, recomputed) = rate_status(Decimal::from(d) * rate, r);
            out.push(text_check(
                Rule::StatedRate,
                c,
                format!("text p{}: {} rate of change", c.page, c.subject),
                recomputed,
                Decimal::from(d) * rate,
                status,
                format!(
                    "第{}页：{} 由 {} {}{}，应为{}%，文中写{}{}%",
                    c.page,
                    c.subject,
                    shown(base),
                    c.comparison,
                    shown(c),
                    recomputed,
                    c.comparison,
                    rate
                ),
            ));
        }
        return out;
    };
    if strict && (!whole_figure(c) || !whole_figure(level) || bracket_between(level, c)) {
        return out;
    }
    let Some(a) = fig(level) else { return out };
    let sign = Decimal::from(d);
    if let Some(base) = base_figure(st, level, strict)
        && let Some(b) = fig(base)
    {
        let expected = a.v - b.v;
        let actual = sign * ch.v;
        let status = Status::of(expected - actual, a.h + b.h + ch.h);
        out.push(text_check(
            Rule::StatedChange,
            c,
            format!("text p{}: {} change = figure − base", c.page, c.subject),
            expected,
            actual,
            status,
            format!(
                "第{}页：{} {} 比 {} {}，差额应为 {}万元，文中写“{}{}”",
                c.page,
                c.subject,
                shown(level),
                base_words(base),
                shown(base),
                (expected / Decimal::from(10_000)).round_dp(2).normalize(),
                c.comparison,
                shown(c)
            ),
        ));
    }
    let Some(rate) = c.rate else { return out };
    // 增加0万元，增长0%: nothing changed, nothing to recompute.
    if ch.v.is_zero() {
        return out;
    }
    // base = figure − change in the direction stated.
    let r = ratio(|_, y| sign * y, a, ch, |x, y| x - sign * y);
    let key = format!("text p{}: {} rate of change", c.page, c.subject);
    // A base below zero (a change larger than its figure) says the two were bound wrongly,
    // not that the year grew from nothing.
    let from_zero = !strict || (a.v - sign * ch.v).abs() <= a.h + ch.h;
    match r {
        None if d > 0 && from_zero => out.push(text_check(
            Rule::ChangeFromZero,
            c,
            key,
            Decimal::ZERO,
            rate,
            Status::Fail,
            format!(
                "第{}页：{} {}，{}{}，{}{}%：上年为零（或更少），增长率无从计算",
                c.page,
                c.subject,
                shown(level),
                c.comparison,
                shown(c),
                c.comparison,
                rate
            ),
        )),
        None => {}
        Some(r) => {
            let (status, recomputed) = rate_status(sign * rate, r);
            out.push(text_check(
                Rule::StatedRate,
                c,
                key,
                recomputed,
                sign * rate,
                status,
                format!(
                    "第{}页：{} {}，{}{}，按这两个数应为{}{}%，文中写{}%",
                    c.page,
                    c.subject,
                    shown(level),
                    c.comparison,
                    shown(c),
                    if recomputed < Decimal::ZERO {
                        "减少"
                    } else {
                        "增加"
                    },
                    recomputed.abs(),
                    rate
                ),
            ));
        }
    }
    out
}

/// A rate stated with the base figure and no change amount: `2025年…执行数为X万元，2026年预算
/// 安排Y万元，比2025年…增加R%`.
fn rate_from_base(st: &[Statement], s: &Statement, strict: bool) -> Vec<Check> {
    let (Some(rate), Some(d), Some(a)) = (s.rate, direction(&s.comparison), fig(s)) else {
        return Vec::new();
    };
    if strict && !whole_figure(s) {
        return Vec::new();
    }
    let Some(base) = base_figure(st, s, strict) else {
        return Vec::new();
    };
    let Some(b) = fig(base) else {
        return Vec::new();
    };
    let key = format!("text p{}: {} rate of change", s.page, s.subject);
    let printed = Decimal::from(d) * rate;
    let Some(r) = ratio(|x, y| x - y, a, b, |_, y| y) else {
        return vec![text_check(
            Rule::ChangeFromZero,
            s,
            key,
            Decimal::ZERO,
            printed,
            Status::Fail,
            format!(
                "第{}页：{} 由 {} 到 {}，文中写{}{}%：基数为零，增长率无从计算",
                s.page,
                s.subject,
                shown(base),
                shown(s),
                s.comparison,
                rate
            ),
        )];
    };
    let (status, recomputed) = rate_status(printed, r);
    vec![text_check(
        Rule::StatedRate,
        s,
        key,
        recomputed,
        printed,
        status,
        format!(
            "第{}页：{} 由 {} 到 {}，应为{}{}%，文中写{}{}%",
            s.page,
            s.subject,
            shown(base),
            shown(s),
            if recomputed < Decimal::ZERO {
                "减少"
            } else {
                "增加"
            },
            recomputed.abs(),
            s.comparison,
            rate
        ),
    )]
}

/// 占N%: the figure over the total it is a share of, stated before it.
/// In a government report (`strict`), only a total of the same sentence.
fn share(before: &[Statement], s: &Statement, strict: bool) -> Vec<Check> {
    let (Some(v), Some(a)) = (s.share, fig(s)) else {
        return Vec::new();
    };
    if s.share_of.is_empty() {
        return Vec::new();
    }
    let Some(total) = before
        .iter()
        .rev()
        .take_while(|x| x.sentence_no + 8 >= s.sentence_no)
        .filter(|x| !strict || x.sentence_no == s.sentence_no)
        .find(|x| is_level(x) && x.subject == s.share_of)
    else {
        return Vec::new();
    };
    let Some(t) = fig(total) else {
        return Vec::new();
    };
    let Some(r) = ratio(|x, _| x, a, t, |_, y| y) else {
        return Vec::new();
    };
    // A part larger than its total, or the total itself, was bound to the wrong total.
    if r.0 >= Decimal::ONE_HUNDRED {
        return Vec::new();
    }
    let (status, recomputed) = rate_status(v, r);
    vec![text_check(
        Rule::StatedShare,
        s,
        format!("text p{}: {} share of {}", s.page, s.subject, s.share_of),
        recomputed,
        v,
        status,
        format!(
            "第{}页：{} {} 占 {} {} 的{}%，文中写{}%",
            s.page,
            s.subject,
            shown(s),
            total.subject,
            shown(total),
            recomputed,
            v
        ),
    )]
}

/// 完成（年初）预算的N%: the figure over its budget stated just before.
/// In a government report (`strict`), only a budget of the same sentence.
fn completion(before: &[Statement], s: &Statement, strict: bool) -> Vec<Check> {
    let (Some(v), Some(a)) = (s.completion, fig(s)) else {
        return Vec::new();
    };
    let wanted: &[&str] = if s.completion_of.contains("年初") {
        &[measure::BUDGET]
    } else if s.completion_of.contains("调整") || s.completion_of.contains("全年") {
        &[measure::ADJUSTED]
    } else {
        &[measure::BUDGET, measure::ADJUSTED]
    };
    let Some(budget) = before
        .iter()
        .rev()
        .take_while(|x| x.sentence_no + 1 >= s.sentence_no)
        .filter(|x| !strict || x.sentence_no == s.sentence_no)
        .find(|x| {
            // 调整为240.3亿元，实际完成234.4亿元，完成预算的97.5% of the year before: both
            // figures of that year.
            let stage = x.measure.strip_prefix("prior_year_");
            is_level(x)
                && (x.subject == s.subject || budget_of_line(&x.subject, &s.subject))
                && wanted.contains(&stage.unwrap_or(&x.measure))
                && (stage.is_none() || x.year == s.year)
        })
    else {
        return Vec::new();
    };
    let Some(b) = fig(budget) else {
        return Vec::new();
    };
    let key = format!(
        "text p{}: {} completion of {}",
        s.page, s.subject, s.completion_of
    );
    let Some(r) = ratio(|x, _| x, a, b, |_, y| y) else {
        return vec![text_check(
            Rule::RateOfZeroBudget,
            s,
            key,
            Decimal::ZERO,
            v,
            Status::Fail,
            format!(
                "第{}页：{} {} 为 {}，文中写完成{}的{}%：预算为零，完成率无从计算",
                s.page,
                s.subject,
                s.completion_of,
                shown(budget),
                s.completion_of,
                v
            ),
        )];
    };
    let (status, recomputed) = rate_status(v, r);
    vec![text_check(
        Rule::StatedCompletion,
        s,
        key,
        recomputed,
        v,
        status,
        format!(
            "第{}页：{} {}，{} {}，完成率应为{}%，文中写{}%",
            s.page,
            s.subject,
            shown(s),
            s.completion_of,
            shown(budget),
            recomputed,
            v
        ),
    )]
}

/// 决算数大于/小于/等于预算数: the word against the item's final figure and its budget.
fn comparison_word(before: &[Statement], s: &Statement) -> Vec<Check> {
    let Some(said) = direction(&s.comparison) else {
        return Vec::new();
    };
    let near = || {
        before
            .iter()
            .rev()
            .take_while(|x| x.sentence_no + 3 >= s.sentence_no)
            .filter(|x| is_level(x) && x.subject == s.subject)
    };
    let Some(fin) = near().find(|x| x.measure == measure::FINAL) else {
        return Vec::new();
    };
    let budgets: Vec<&Statement> = near()
        .filter(|x| matches!(x.measure.as_str(), measure::BUDGET | measure::ADJUSTED))
        .collect();
    let (Some(f), Some(first)) = (fin.amount_yuan, budgets.first()) else {
        return Vec::new();
    };
    let sign = |b: &Statement| {
        Decimal::from(match f.cmp(&b.amount_yuan.unwrap_or_default()) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        })
    };
    // Against any budget stated for the item (年初 or 调整): the text names one of them.
    let agrees = budgets.iter().find(|b| sign(b) == Decimal::from(said));
    let budget = agrees.unwrap_or(first);
    let expected = sign(budget);
    let status = if agrees.is_some() {
        Status::Pass
    } else {
        Status::Fail
    };
    let word = |d: Decimal| match d.cmp(&Decimal::ZERO) {
        std::cmp::Ordering::Less => "小于",
        std::cmp::Ordering::Equal => "等于",
        std::cmp::Ordering::Greater => "大于",
    };
    vec![text_check(
        Rule::ComparisonWord,
        s,
        format!(
            "text p{}: 决算数{}预算数 = sign(决算 − 预算)",
            s.page, s.comparison
        ),
        expected,
        Decimal::from(said),
        status,
        format!(
            "第{}页：{} 决算 {} {} 预算 {}，文中却说“决算数{}预算数”",
            s.page,
            s.subject,
            shown(fin),
            word(expected),
            shown(budget),
            s.comparison
        ),
    )]
}

/// The year a comparison names: a department's document compares with the previous year
/// (a final account also with its own year's budget); a later year, or its own year in a
/// budget, is a slip.
fn years(st: &[Statement], ctx: Context) -> Vec<Check> {
    let mut out = Vec::new();
    let Some(doc) = ctx.year.filter(|_| ctx.department) else {
        return out;
    };
    let mut seen: Vec<(usize, u32)> = Vec::new();
    for s in st {
        let Some(y) = s.base_year else { continue };
        if s.comparison.is_empty() || seen.contains(&(s.sentence_no, y)) {
            continue;
        }
        seen.push((s.sentence_no, y));
        // Only a base that names a figure (上年预算, 2025年预算执行数), not a plan or a name
        // the text cites with its year.
        if s.base.chars().count() > 12
            || !["预算", "决算", "执行", "上年", "同期"]
                .iter()
                .any(|w| s.base.contains(w))
        {
            continue;
        }
        let own_budget = ctx.is_final && y == doc && s.base.contains("预算");
        let ok = y + 1 == doc || own_budget || y < doc;
        out.push(text_check(
            Rule::Year,
            s,
            format!("text p{}: year compared with", s.page),
            Decimal::from(doc - 1),
            Decimal::from(y),
            if ok { Status::Pass } else { Status::Fail },
            format!(
                "第{}页：{}年的文件与{}年{}相比（应与{}年相比）",
                s.page,
                doc,
                y,
                s.base.trim_start_matches("本年"),
                doc - 1
            ),
        ));
    }
    out
}

/// A figure the text states for a 类/款/项 the tables print (`行政运行（项）…支出决算为1511.89万元`)
/// against the tables: the nearest figure of that code in the document's year. Only the
/// document's own measure (决算 in a final account, 预算 in a budget): a 年初预算 a 决算 text
/// states need not be printed in any table.
pub fn against_tables(st: &[Statement], tables: &[AnalysedTable], is_final: bool) -> Vec<Check> {
    let mut out = Vec::new();
    let own = if is_final {
        measure::FINAL
    } else {
        measure::BUDGET
    };
    // 项 codes only: a subject read short of its 项 names the 款, whose figure is another.
    // A figure that opens its sentence lost its words to a line break: what it is is unsure.
    for s in st.iter().filter(|s| {
        s.code.len() == 7
            && s.measure == own
            && !s.sentence.starts_with(|c: char| c.is_ascii_digit())
    }) {
        let Some(a) = fig(s) else { continue };
        let nearest = tables
            .iter()
            .enumerate()
            .flat_map(|(k, t)| t.items.iter().map(move |i| (k, i)))
            .filter(|(_, i)| i.code == s.code && !i.measure.prior)
            .min_by_key(|(_, i)| (i.yuan() - a.v).abs());
        let Some((k, item)) = nearest else { continue };
        let item_half = half_unit(item.yuan().scale())
            * if item.yuan().is_zero() {
                Decimal::ONE
            } else {
                item.unit.multiplier()
            };
        // Some texts cut the table's figure rather than round it (78.2164 → 78.21): a whole
        // unit of the text's last digit.
        let status = Status::of(item.yuan() - a.v, a.h + a.h + item_half);
        let mut pages = vec![s.page, item.page];
        pages.sort_unstable();
        pages.dedup();
        out.push(Check {
            status,
            pages,
            page: Some(s.page),
            bbox: Some(s.bbox),
            cells: vec![Place::of(k, item)],
            message: format!(
                "第{}页：{} 文中 {}，表中（{} {}）为 {}",
                s.page,
                s.subject,
                shown(s),
                item.code,
                item.name,
                super::checks::show(item.yuan(), item.unit)
            ),
            ..Check::new(
                Rule::StatedFigure,
                format!(
                    "text p{}: {} {} = table {}",
                    s.page, s.subject, s.measure, s.code
                ),
                item.yuan(),
                a.v,
            )
        });
    }
    out
}

/// A base figure's words: its year and what it is.
fn base_words(s: &Statement) -> String {
    match s.year {
        Some(y) => format!("{y}年{}", s.subject),
        None => s.subject.clone(),
    }
}

pub mod totals;

#[cfg(test)]
mod tests;
