//! Checks of the explanatory text (情况说明) against the tables and the document's own year:
//! the totals a sentence states (收入支出总计 2,995.39 万元) must be the tables' figures, and a
//! final-accounts document must speak of its own year.

use rust_decimal::Decimal;
use std::str::FromStr;

use super::amount::Unit;
use super::checks::{Check, Place, Status, half_unit};
use super::document::{AnalysedTable, PageText};
use super::kind::Kind;

/// Sentences of the pages (whitespace removed), each with its page.
fn sentences(pages: &[PageText]) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    for p in pages {
        let text: String = p.text.chars().filter(|c| !c.is_whitespace()).collect();
        for s in text.split(['。', '；']) {
            if !s.is_empty() {
                out.push((p.number, s.to_string()));
            }
        }
    }
    out
}

/// The number right after `label` in `s`, with its unit (万元, 元, 亿元).
fn stated(s: &str, label: &str) -> Option<(Decimal, Unit, u32)> {
    let at = s.find(label)? + label.len();
    let rest = s.get(at..)?.trim_start_matches(['为', '：', ':']);
    let num: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    let unit_text: String = rest.chars().skip(num.chars().count()).take(2).collect();
    let unit = Unit::find(&unit_text)?;
    let value = Decimal::from_str(&num.replace(',', "")).ok()?;
    Some((value, unit, value.scale()))
}

/// The first figure of a table of `kind` in a row named one of `names`, with the table's index.
fn total_of<'a>(
    tables: &'a [AnalysedTable],
    kind: Kind,
    names: &[&str],
) -> Option<(usize, &'a super::facts::Item)> {
    tables
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == kind)
        .flat_map(|(k, t)| t.items.iter().map(move |i| (k, i)))
        .find(|(_, i)| names.contains(&i.name.as_str()))
}

fn check(
    name: String,
    expected: Decimal,
    actual: Decimal,
    tolerance: Decimal,
    pages: Vec<u32>,
    cells: Vec<Place>,
) -> Check {
    let status = Status::of(expected - actual, tolerance);
    let message = match status {
        Status::Pass => format!("{name}：文中与表中均为 {actual} 元"),
        _ => format!("{name}：文中写 {actual} 元，表中为 {expected} 元"),
    };
    Check {
        status,
        message,
        page: pages.first().copied(),
        pages,
        cells,
        ..Check::new(super::checks::Rule::StatedFigure, name, expected, actual)
    }
}

/// A heading or date naming a year: the document's own.
fn year_check(
    name: String,
    expected: Decimal,
    actual: Decimal,
    tolerance: Decimal,
    pages: Vec<u32>,
    cells: Vec<Place>,
) -> Check {
    let page = pages.first().copied();
    Check {
        rule: super::checks::Rule::Year,
        severity: super::checks::Rule::Year.severity(),
        quantity: super::checks::Quantity::Year,
        page,
        message: format!(
            "第{}页：{actual}年，文件是{expected}年的",
            page.unwrap_or_default()
        ),
        ..check(name, expected, actual, tolerance, pages, cells)
    }
}

/// The statements of a document's running text and the checks of that text.
pub fn analyse(
    pages: &[PageText],
    tables: &[AnalysedTable],
    year: Option<u32>,
    doc_kind: Option<super::document::DocKind>,
) -> (Vec<super::statements::Statement>, Vec<Check>) {
    use super::document::DocKind;
    let is_final = matches!(
        doc_kind,
        Some(DocKind::DeptFinal | DocKind::UnitFinal | DocKind::GovFinal | DocKind::GovFinalTables)
    );
    let sentences = super::prose::sentences(pages, tables);
    let statements = super::statements::statements(
        &sentences,
        tables,
        super::statements::Context {
            year,
            is_final,
            budget_report: matches!(
                doc_kind,
                Some(
                    DocKind::GovBudget
                        | DocKind::GovBudgetTables
                        | DocKind::DeptBudget
                        | DocKind::UnitBudget
                )
            ),
            government: doc_kind.is_some_and(DocKind::government),
        },
    );
    let department = matches!(
        doc_kind,
        Some(DocKind::DeptBudget | DocKind::UnitBudget | DocKind::DeptFinal)
    );
    let mut out = checks(pages, tables, year, is_final);
    out.extend(super::stated::checks(
        &statements,
        super::stated::Context {
            year,
            is_final,
            department,
        },
    ));
    out.extend(super::stated::against_tables(&statements, tables, is_final));
    if department {
        out.extend(super::stated::totals::against_tables(
            &statements,
            tables,
            is_final,
        ));
    }
    out.extend(super::disclosure::text_checks(&sentences, department));
    out.extend(super::disclosure::tables_present(pages, tables, doc_kind));
    out.extend(super::disclosure::empty_tables(pages, tables, doc_kind));
    (statements, out)
}

/// Narrative checks of one document.
fn checks(
    pages: &[PageText],
    tables: &[AnalysedTable],
    year: Option<u32>,
    is_final: bool,
) -> Vec<Check> {
    let mut out = Vec::new();
    // (sentence label, table kind, row names of the table figure)
    let totals: [(&str, Kind, &[&str]); 4] = [
        (
            "财政拨款收入支出总计",
            Kind::FiscalSummary,
            &["收入总计", "收入合计", "总计", "支出总计", "支出合计"],
        ),
        (
            "收入支出总计",
            Kind::RevenueExpenditureSummary,
            &["收入总计", "收入合计", "总计", "支出总计", "支出合计"],
        ),
        ("本年收入合计", Kind::Revenue, &["合计", "本年收入合计"]),
        ("本年支出合计", Kind::Expenditure, &["合计", "本年支出合计"]),
    ];
    for (page, s) in sentences(pages) {
        for (label, kind, names) in totals {
            // 收入支出总计 inside 财政拨款收入支出总计 belongs to the longer label.
            if label == "收入支出总计" && s.contains("财政拨款收入支出总计") {
                continue;
            }
            let (Some((value, unit, scale)), Some((at, item))) =
                (stated(&s, label), total_of(tables, kind, names))
            else {
                continue;
            };
            let said = unit.to_yuan(value);
            let tolerance = half_unit(scale) * unit.multiplier();
            out.push(check(
                format!("text p{page}: {label} = table"),
                item.yuan(),
                said,
                tolerance,
                vec![page, item.page],
                vec![Place::of(at, item)],
            ));
        }
        // “三公”经费 … 年初预算为 N 万元，支出决算为 M 万元: the 三公 table's 合计 columns. A
        // blank cell there prints no figure: zero.
        if s.starts_with("“三公”经费") || s.starts_with("\"三公\"经费") {
            for (label, column) in [("年初预算为", "预算数"), ("支出决算为", "决算数")]
            {
                let Some((value, unit, scale)) = stated(&s, label) else {
                    continue;
                };
                let Some((at, table)) = tables
                    .iter()
                    .enumerate()
                    .find(|(_, t)| t.kind == Kind::ThreePublic)
                else {
                    continue;
                };
                let figure = table
                    .items
                    .iter()
                    .find(|i| i.header_path.contains("合计") && i.header_path.ends_with(column));
                let (actual_page, table_value) = figure.map_or(
                    (
                        table.table.pages.first().copied().unwrap_or(page),
                        Decimal::ZERO,
                    ),
                    |i| (i.page, i.yuan()),
                );
                let tolerance = half_unit(scale) * unit.multiplier();
                out.push(check(
                    format!("text p{page}: “三公”经费 {label} = table 合计 {column}"),
                    table_value,
                    unit.to_yuan(value),
                    tolerance,
                    vec![page, actual_page],
                    figure.map(|i| Place::of(at, i)).into_iter().collect(),
                ));
            }
        }
        // A document speaks of its own year in its headings and its closing date.
        if let Some(y) = year {
            let mut mentioned = Vec::new();
            for marker in ["年度部门决算情况说明", "年度部门预算情况说明", "年12月31日"]
            {
                if marker == "年12月31日" && !(is_final && s.contains("截至")) {
                    continue;
                }
                if let Some(i) = s.find(marker) {
                    let before: String = s
                        .get(..i)
                        .unwrap_or_default()
                        .chars()
                        .rev()
                        .take(4)
                        .collect::<String>()
                        .chars()
                        .rev()
                        .collect();
                    if let Ok(said) = before.parse::<u32>() {
                        mentioned.push((marker, said));
                    }
                }
            }
            for (marker, said) in mentioned {
                out.push(year_check(
                    format!("text p{page}: year of “{marker}”"),
                    Decimal::from(y),
                    Decimal::from(said),
                    Decimal::ZERO,
                    vec![page],
                    Vec::new(),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_totals() {
        let (v, u, _) = stated(
            "上海市普陀区财政局2024年度收入支出总计2995.39万元",
            "收入支出总计",
        )
        .unwrap();
        assert_eq!(
            (v, u),
            (Decimal::from_str("2995.39").unwrap(), Unit::Wanyuan)
        );
        assert!(stated("收入支出总计持平", "收入支出总计").is_none());
    }
}
