//! The spending totals the text states by purpose — 基本支出, 项目支出, 人员经费, 公用经费 —
//! against the tables, and the 三公 spending the text says exceeded its budget.

use rust_decimal::Decimal;

use super::{Fig, fig, shown, text_check};
use crate::budget::checks::economic;
use crate::budget::checks::{
    Check, Place, Rule, Status, TableFacts, half_unit, is_total_name, show,
};
use crate::budget::document::AnalysedTable;
use crate::budget::measure::{Base, Figure, Measure};
use crate::budget::statements::{Statement, is_three_public, measure};

/// The subjects checked, each with the measure of its table column.
const SUBJECTS: [(&str, Base); 4] = [
    ("基本支出", Base::Basic),
    ("项目支出", Base::Project),
    ("人员经费", Base::Personnel),
    ("公用经费", Base::PublicExpense),
];

/// A table figure the text may state: its value, how far its printed rounding lets it be off,
/// where it is printed and what it is.
struct Candidate {
    v: Decimal,
    h: Decimal,
    place: Place,
    page: u32,
    words: String,
    unit: crate::budget::amount::Unit,
}

/// Half a unit of the last printed digit of a table figure, in yuan.
fn half(i: &crate::budget::facts::Item) -> Decimal {
    half_unit(i.yuan().scale())
        * if i.yuan().is_zero() {
            Decimal::ONE
        } else {
            i.unit.multiplier()
        }
}

/// A column of the document's own year and stage: 决算 (or no figure named) in a final
/// account, 预算 (or none named) in a budget.
fn own(m: Measure, is_final: bool) -> bool {
    !m.prior
        && !m.next
        && match m.figure {
            None => true,
            Some(f) => {
                if is_final {
                    f == Figure::Final
                } else {
                    f == Figure::Initial
                }
            }
        }
}

/// Every table figure of `base`: a total row's figure in its column (合计 | 基本支出), a row
/// named for it (人员经费合计), and the sums of economic 类 a basic-spending table implies.
fn candidates(tables: &[AnalysedTable], base: Base, word: &str, is_final: bool) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (k, a) in tables.iter().enumerate() {
        let title = a.table.title.as_deref().unwrap_or("表");
        for i in &a.items {
            if !own(i.measure, is_final) || !i.code.is_empty() {
                continue;
            }
            let column = i.measure.base == base && is_total_name(&i.name);
            let row = (i.name == word || i.name == format!("{word}合计"))
                && matches!(
                    i.measure.base,
                    Base::Total | Base::Amount | Base::Gpb | Base::Other
                );
            if column || row {
                out.push(Candidate {
                    v: i.yuan(),
                    h: half(i),
                    place: Place::of(k, i),
                    page: i.page,
                    words: format!("{title} {}（{}）", i.name, i.header_path),
                    unit: i.unit,
                });
            }
        }
        let t = TableFacts::of(a);
        for (b, m, parts) in economic::sums(&t) {
            let Some(first) = parts.first() else { continue };
            if b != base || !own(m, is_final) {
                continue;
            }
            let codes: Vec<&str> = parts.iter().map(|i| i.code.as_str()).collect();
            out.push(Candidate {
                v: parts.iter().map(|i| i.yuan()).sum(),
                h: parts.iter().map(|i| half(i)).sum(),
                place: Place::of(k, first),
                page: first.page,
                words: format!("{title} 经济分类 {}", codes.join("+")),
                unit: first.unit,
            });
        }
    }
    out
}

/// 基本支出 / 项目支出 / 人员经费 / 公用经费 stated as the document's own figure against the
/// nearest table figure of that measure; none of them within the rounding of both fails.
pub fn against_tables(st: &[Statement], tables: &[AnalysedTable], is_final: bool) -> Vec<Check> {
    let own_measure = if is_final {
        measure::FINAL
    } else {
        measure::BUDGET
    };
    let mut out = Vec::new();
    for s in st.iter().filter(|s| {
        s.measure == own_measure && !s.sentence.starts_with(|c: char| c.is_ascii_digit())
    }) {
        let Some(&(word, base)) = SUBJECTS.iter().find(|(w, _)| named(&s.subject, w)) else {
            continue;
        };
        if !opens_clause(&s.sentence, word) {
            continue;
        }
        let Some(a) = fig(s) else { continue };
        let all = candidates(tables, base, word, is_final);
        let Some(c) = all.iter().min_by_key(|c| (c.v - a.v).abs()) else {
            continue;
        };
        // A text may cut rather than round the table's figure: a whole unit of its last digit.
        let status = Status::of(c.v - a.v, a.h + a.h + c.h);
        let mut pages = vec![s.page, c.page];
        pages.sort_unstable();
        pages.dedup();
        out.push(Check {
            status,
            pages,
            page: Some(s.page),
            bbox: Some(s.bbox),
            cells: vec![c.place],
            message: format!(
                "第{}页：{word} 文中 {}，表中（{}）为 {}",
                s.page,
                shown(s),
                c.words,
                show(c.v, c.unit)
            ),
            ..Check::new(
                Rule::StatedFigure,
                format!("text p{}: {word} {} = table", s.page, s.measure),
                c.v,
                a.v,
            )
        });
    }
    out
}

/// Whether `subject` is `word`, or `word` of a fund's basic spending (财政拨款基本支出人员经费, as
/// statements name a 其中 part of `财政拨款基本支出预算X，其中：人员经费Y`).
pub(super) fn named(subject: &str, word: &str) -> bool {
    subject == word
        || subject
            .strip_suffix(word)
            .is_some_and(|fund| fund.ends_with("基本支出") && fund != "基本支出")
}

/// 三公 spending the text states above its budget (warning): a 决算 figure with the 预算 of
/// the same subject in its sentence, or a completion rate over 100%.
pub fn over_budget(st: &[Statement]) -> Vec<Check> {
    let mut out = Vec::new();
    for s in st
        .iter()
        .filter(|s| s.measure == measure::FINAL && is_three_public(&s.subject))
    {
        let Some(a) = fig(s) else { continue };
        let budget = st.iter().find(|b| {
            b.sentence_no == s.sentence_no
                && b.subject == s.subject
                && b.measure == measure::BUDGET
                && b.amount_yuan.is_some()
        });
        if let Some(b) = budget.and_then(fig) {
            let status = if exceeds(a, b) {
                Status::Fail
            } else {
                Status::Pass
            };
            out.push(Check {
                quantity: crate::budget::checks::Quantity::Yuan,
                message: format!(
                    "第{}页：{} 决算 {}，预算 {}{}",
                    s.page,
                    s.subject,
                    shown(s),
                    budget.map(shown).unwrap_or_default(),
                    if status == Status::Fail {
                        "：决算超出预算"
                    } else {
                        "：未超预算"
                    }
                ),
                ..text_check(
                    Rule::OverBudget,
                    s,
                    format!("text p{}: {} 决算 <= 预算", s.page, s.subject),
                    b.v,
                    a.v,
                    status,
                    String::new(),
                )
            });
        } else if let Some(rate) = s.completion
            && rate > Decimal::ONE_HUNDRED
        {
            out.push(text_check(
                Rule::OverBudget,
                s,
                format!("text p{}: {} completion <= 100%", s.page, s.subject),
                Decimal::ONE_HUNDRED,
                rate,
                Status::Fail,
                format!(
                    "第{}页：{} 决算 {}，完成预算的{rate}%：决算超出预算",
                    s.page,
                    s.subject,
                    shown(s)
                ),
            ));
        }
    }
    out
}

/// Whether 决算 `a` exceeds 预算 `b` beyond the printed rounding of both.
fn exceeds(a: Fig, b: Fig) -> bool {
    a.v - b.v > a.h + b.h
}

/// Whether `word` opens a clause of `sentence` (after a list mark, 其中 or 此外): the figure
/// is then the document's own, not a part of another subject's (“科目83万元，主要用于人员经费
/// 18万元”).
fn opens_clause(sentence: &str, word: &str) -> bool {
    let Some(at) = sentence.find(word) else {
        return false;
    };
    let before = sentence.get(..at).unwrap_or_default();
    let clause = before
        .rsplit(['，', '；', '：', ',', ';', ':', '。'])
        .next()
        .unwrap_or_default();
    let rest = clause.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "（）()、.．一二三四五六七八九十".contains(c) || c.is_whitespace()
    });
    matches!(rest, "" | "其中" | "此外")
}
