//! Checks of the disclosure itself: the standard tables of a department's budget or final
//! account are all there, and the running text carries no template placeholder (XX局, ××,
//! 待填写) and no doubled punctuation (。。, ，，).
//!
//! A standard table counts as present when a table of its kind was read, or when a page
//! other than the contents prints its title on a line of its own: a table whose grid was not
//! read is not a missing table.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::checks::{Check, Quantity, Rule, Status};
use super::document::PageText;
use super::document::{AnalysedTable, DocKind};
use super::kind::{Family, Kind, classify};
use super::prose::Sentence;
use crate::layout::is_han;

/// The tables every 部门决算 discloses (the Ministry of Finance's template).
const FINAL_TABLES: [Kind; 9] = [
    Kind::RevenueExpenditureSummary,
    Kind::Revenue,
    Kind::Expenditure,
    Kind::FiscalSummary,
    Kind::GpbExpenditure,
    Kind::GpbBasicExpenditure,
    Kind::ThreePublic,
    Kind::GovFund,
    Kind::SoeCapital,
];

/// The tables every 部门预算 and 单位预算 discloses (the eight of the national template:
/// those of a 部门决算 but 国有资本经营预算, which is not in every province's).
const BUDGET_TABLES: &[Kind] = FINAL_TABLES.split_at(8).0;

/// A contents page: it says 目录.
fn is_contents(text: &str) -> bool {
    text.contains("目录")
}

/// The kind of table a line titles (`Other` when it is no title). A title ends with 表, a
/// closing note in brackets aside (…支出情况表（按功能分类科目）), and is no sentence: a table
/// named in the running text (数应与《收支预算总表》收入数一致。) or in a note
/// (按“…基本支出预算表”中实际发生…填写）) is no table of the document.
fn title_kind(line: &str) -> Kind {
    let l: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let head = match l.strip_suffix(['）', ')']) {
        Some(open) => open
            .rfind(['（', '('])
            .and_then(|i| l.get(..i))
            .unwrap_or(&l),
        None => &l,
    };
    let sentence = l.contains(['。', '，', '；', '《', '》']);
    if !head.ends_with('表') || sentence || l.chars().count() > 40 {
        Kind::Other
    } else if l.contains("三公") {
        // “三公”经费、会议费、培训费支出预算表 (Jiangsu) is the 三公 table too.
        Kind::ThreePublic
    } else {
        classify(&l, Family::Department)
    }
}

/// The kinds whose title a page prints on a line of its own (contents pages left out).
fn printed_titles(pages: &[PageText]) -> Vec<Kind> {
    let mut out = Vec::new();
    for p in pages {
        let text = &p.text;
        let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if is_contents(&flat) {
            continue;
        }
        for line in text.lines() {
            let k = title_kind(line);
            if k != Kind::Other && !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// The standard tables of a department's document, each present or not.
pub fn tables_present(
    pages: &[PageText],
    tables: &[AnalysedTable],
    kind: Option<DocKind>,
) -> Vec<Check> {
    let wanted: &[Kind] = match kind {
        Some(DocKind::DeptFinal) => &FINAL_TABLES,
        Some(DocKind::DeptBudget | DocKind::UnitBudget) => BUDGET_TABLES,
        _ => return Vec::new(),
    };
    let titles = printed_titles(pages);
    let present = |k: &Kind| tables.iter().any(|t| t.kind == *k) || titles.contains(k);
    // A budget of another template (Jiangsu's 2017–2019 公开表) is not judged by this one:
    // only one that prints at least half of its tables.
    if wanted.len() == BUDGET_TABLES.len()
        && wanted.iter().filter(|k| present(k)).count() * 2 < wanted.len()
    {
        return Vec::new();
    }
    wanted
        .iter()
        .map(|&k| {
            let found = present(&k);
            let mut c = Check::new(
                Rule::TablePresent,
                format!("standard table present: {}", k.as_str()),
                Decimal::ONE,
                Decimal::from(u8::from(found)),
            );
            c.quantity = Quantity::Count;
            c.message = if found {
                format!("标准表 {} 在文件中", k.as_str())
            } else {
                format!("文件缺少标准表：{}（目录之外找不到这张表）", k.as_str())
            };
            c
        })
        .collect()
}

/// Words of a note saying why a table prints nothing (本表无数据, 此表为空表, 本部门无政府性基金
/// 预算收支, 没有…, 不涉及…), or a statement that its figure is nil (…支出0万元, 为零).
static EMPTY_NOTE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"空表|无数据|没有|不涉及|未安排|未发生|无发生|本表无|此表无|无此|无相关|无[^，。；,;]{0,20}(收入|支出|收支|预算|经费|数据|安排|资金|项目|业务)|为零|为0(\.0+)?(万?元)?([^0-9.]|$)|(^|[^0-9.,])0(\.0+)?万?元",
    )
    .ok()
});

fn is_note(text: &str) -> bool {
    let flat: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    EMPTY_NOTE.as_ref().is_some_and(|r| r.is_match(&flat))
}

/// The words that name a fund table's money in the text.
fn fund_words(k: Kind) -> Option<&'static str> {
    match k {
        Kind::GovFund => Some("政府性基金"),
        Kind::SoeCapital => Some("国有资本经营"),
        Kind::ThreePublic => Some("三公"),
        _ => None,
    }
}

/// A standard fund table printing no figure (no item nor body cell with an amount other than
/// zero) must say why, as the national template asks (“本表无数据”, “本部门无政府性基金预算
/// 收支，故本表为空表”): a note in the table, its notes, on its pages, or a sentence of the
/// text naming its money with such words or a nil figure. An empty table without one fails.
pub fn empty_tables(
    pages: &[PageText],
    tables: &[AnalysedTable],
    kind: Option<DocKind>,
) -> Vec<Check> {
    if !matches!(
        kind,
        Some(DocKind::DeptFinal | DocKind::DeptBudget | DocKind::UnitBudget)
    ) {
        return Vec::new();
    }
    // The running text as one string: a sentence runs across lines and pages.
    let text: String = pages
        .iter()
        .flat_map(|p| p.text.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut out = Vec::new();
    for (idx, a) in tables.iter().enumerate() {
        let Some(words) = fund_words(a.kind) else {
            continue;
        };
        let t = &a.table;
        let figure = a.items.iter().any(|i| !i.yuan().is_zero())
            || t.cells.iter().filter(|c| c.row >= t.header_rows).any(|c| {
                matches!(super::amount::parse(&c.text), super::amount::Printed::Amount(v) if !v.is_zero())
            });
        if figure {
            continue;
        }
        let in_table = t.cells.iter().any(|c| is_note(&c.text))
            || t.notes.iter().any(|n| is_note(n))
            || pages
                .iter()
                .filter(|p| t.pages.contains(&p.number))
                .any(|p| is_note(&p.text));
        let in_text = text
            .split(['。', '；'])
            .any(|s| s.contains(words) && is_note(s));
        let found = in_table || in_text;
        let page = t.pages.first().copied();
        let title = t.title.as_deref().unwrap_or(a.kind.as_str());
        let mut c = Check::new(
            Rule::EmptyTableNote,
            format!("empty table has a note: {}", a.kind.as_str()),
            Decimal::ONE,
            Decimal::from(u8::from(found)),
        );
        c.table = Some(idx);
        c.quantity = Quantity::Count;
        c.page = page;
        c.pages = page.into_iter().collect();
        c.bbox = Some(t.bbox);
        c.message = if found {
            format!("第{}页：{title} 为空表，并有说明", page.unwrap_or_default())
        } else {
            format!(
                "第{}页：{title} 为空表，表中、页上和正文都没有说明（应注明“本表无数据”或无{words}的原因）",
                page.unwrap_or_default()
            )
        };
        out.push(c);
    }
    out
}

const PUNCT: &str = "。，；、：！？";

/// Template placeholders left in the text: XX or ×× beside a Chinese character, 待填写, 请填写.
fn placeholder(text: &str) -> Option<(usize, usize)> {
    for w in ["待填写", "请填写"] {
        if let Some(i) = text.find(w) {
            return Some((i, i + w.len()));
        }
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let is_x = |c: char| matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×');
    let cjk = |c: Option<char>| c.is_some_and(is_han);
    let mut k = 0;
    while let Some(&(start, _)) = chars.get(k) {
        let run = chars.get(k..).unwrap_or_default();
        let n = run.iter().take_while(|(_, c)| is_x(*c)).count();
        if n >= 2 {
            let before = k.checked_sub(1).and_then(|j| chars.get(j)).map(|&(_, c)| c);
            let after = chars.get(k + n).map(|&(_, c)| c);
            // XX beside Chinese (XX局, 上海市XX中心); ×× before Chinese (××单位): a run of
            // × after a row's label marks a cell not to be filled (养老保险×××).
            let times = run.iter().take(n).all(|&(_, c)| c == '×');
            if if times {
                cjk(after)
            } else {
                cjk(before) || cjk(after)
            } {
                let end = chars.get(k + n).map_or(text.len(), |&(i, _)| i);
                return Some((start, end));
            }
        }
        k += n.max(1);
    }
    None
}

/// Two punctuation marks in a row (。。, ，，, ，。) within a sentence or across its end.
fn doubled(prev: Option<&Sentence>, s: &Sentence) -> Option<(usize, usize)> {
    let chars: Vec<(usize, char)> = s.text.char_indices().collect();
    // A sentence opening with a mark right after one that ended with a mark.
    // Only when the two marks are printed side by side on one line: text order alone can
    // put a mark of a table or a note next to the end of a sentence.
    if let (Some(p), Some(&(_, first))) = (prev, chars.first())
        && PUNCT.contains(first)
        && p.text.ends_with(first)
        && let (Some(a), Some(b)) = (p.spots.last(), s.spots.first())
        && a.page == b.page
        && (a.bbox.y0 - b.bbox.y0).abs() < a.bbox.height().max(1.0) / 2.0
        && (b.bbox.x0 - a.bbox.x1).abs() < a.bbox.height().max(1.0)
    {
        return Some((0, first.len_utf8()));
    }
    // Two marks (not three or more: a table's empty cells) between Chinese characters, in a
    // sentence of some length.
    if chars.iter().filter(|(_, c)| is_han(*c)).count() < 8 {
        return None;
    }
    chars.windows(3).enumerate().find_map(|(j, w)| {
        let &[(_, before), (i, a), (_, b)] = w else {
            return None;
        };
        let after = chars.get(j + 3).map(|&(_, c)| c);
        // The same mark twice (。。, 、、): unlike marks side by side are mostly the cells of
        // a table read as text (指标值：、…).
        (PUNCT.contains(a) && a == b && is_han(before) && after.is_none_or(is_han))
            .then(|| (i, i + a.len_utf8() + b.len_utf8()))
    })
}

/// Placeholders and doubled punctuation in the running text: one failed check per finding,
/// or one passed check for each when there is none. Punctuation only in a department's
/// document: a government report's tables that were not read as tables (rotated, comma
/// separated) leave runs of marks in its text.
pub fn text_checks(sentences: &[Sentence], department: bool) -> Vec<Check> {
    let mut out = Vec::new();
    let mut found = [0usize; 2];
    for (n, s) in sentences.iter().enumerate() {
        let prev = n.checked_sub(1).and_then(|p| sentences.get(p));
        let hits = [
            (Rule::Placeholder, placeholder(&s.text)),
            (Rule::Punctuation, doubled(prev, s).filter(|_| department)),
        ];
        for ((rule, hit), count) in hits.into_iter().zip(found.iter_mut()) {
            let Some((from, to)) = hit else { continue };
            *count += 1;
            let what = s.text.get(from..to).unwrap_or("").to_string();
            let (page, bbox) = s.place(s.char_at(from), s.char_at(to));
            let (key, message) = if rule == Rule::Placeholder {
                (
                    format!("text p{page}: placeholder “{what}”"),
                    format!("第{page}页：模板占位符“{what}”未替换：{}", s.text),
                )
            } else {
                (
                    format!("text p{page}: doubled punctuation “{what}”"),
                    format!("第{page}页：标点重复“{what}”：{}", s.text),
                )
            };
            out.push(Check {
                status: Status::Fail,
                quantity: Quantity::Count,
                pages: vec![page],
                page: Some(page),
                bbox: Some(bbox),
                message,
                ..Check::new(rule, key, Decimal::ZERO, Decimal::ONE)
            });
        }
    }
    let none = [
        (Rule::Placeholder, "text: no placeholder"),
        (Rule::Punctuation, "text: no doubled punctuation"),
    ];
    for (count, (rule, key)) in found.into_iter().zip(none) {
        if count == 0 && (department || rule != Rule::Punctuation) {
            let mut c = Check::new(rule, key.to_string(), Decimal::ZERO, Decimal::ZERO);
            c.quantity = Quantity::Count;
            c.message = "正文未见此类问题".to_string();
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        let at = |t: &str| placeholder(t).map(|(a, b)| t[a..b].to_string());
        assert_eq!(
            at("第二部分上海市普陀区XX局2024年度部门决算表").as_deref(),
            Some("XX")
        );
        assert_eq!(at("××单位2024年度").as_deref(), Some("××"));
        assert_eq!(at("一、企业职工基本养老保险×××"), None);
        assert_eq!(at("此处待填写").as_deref(), Some("待填写"));
        assert_eq!(at("Model XX-200"), None);
        assert_eq!(at("上海市普陀区财政局2024年度部门决算表"), None);
    }

    #[test]
    fn title_lines() {
        assert_eq!(
            title_kind("一般公共预算“三公”经费、会议费、培训费支出预算表"),
            Kind::ThreePublic
        );
        assert_eq!(
            title_kind("  一般公共预算支出情况表（按功能分类科目）"),
            Kind::GpbExpenditure
        );
        assert_eq!(title_kind("收支预算总表"), Kind::RevenueExpenditureSummary);
        // Tables named in running text, in a note, in a heading of the text: no titles.
        assert_eq!(
            title_kind("数应与《收支预算总表》收入数一致。"),
            Kind::Other
        );
        assert_eq!(
            title_kind("款基本支出预算表”中实际发生经济分类支出事项填写）"),
            Kind::Other
        );
        assert_eq!(
            title_kind("九、一般公共预算“三公”经费、会议费、培训费支出预算"),
            Kind::Other
        );
    }

    #[test]
    fn empty_table_notes() {
        for note in [
            "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
            "注：本表本年无发生额。",
            "本表无数据",
            "政府性基金拨款支出预算为0；",
            "江苏省高级人民法院2017年政府性基金支出预算支出0万元",
        ] {
            assert!(is_note(note), "{note}");
        }
        for other in [
            "政府性基金拨款支出预算44万元，比2025年预算减少956万元",
            "国有资本经营预算支出功能分类预算表",
            "合计 10.50万元",
        ] {
            assert!(!is_note(other), "{other}");
        }
    }

    #[test]
    fn doubled_marks() {
        let s = |t: &str| Sentence {
            text: t.to_string(),
            spots: vec![
                crate::budget::prose::Spot {
                    page: 1,
                    // Characters one point wide, two high: side by side.
                    bbox: crate::pdf::Rect::from_points((0.0, 0.0), (1.0, 2.0)),
                };
                t.chars().count()
            ],
        };
        let a = s("财政拨款。");
        assert_eq!(doubled(Some(&a), &s("。")), Some((0, 3)));
        assert_eq!(
            doubled(None, &s("本年收入合计，，支出合计增加")),
            Some((18, 24))
        );
        assert_eq!(doubled(None, &s("本年收入合计，，，支出合计增加")), None);
        assert_eq!(doubled(Some(&a), &s("收入（一）支出。")), None);
    }
}
