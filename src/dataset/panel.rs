//! panel.csv and the `panel` table: the coded figures of government reports as one long
//! table keyed by entity, year, classification, code and measure, so that places and years
//! compare without crosswalks. Only whole figures go in (the `total`/`amount` columns, not a
//! part such as 市级资金 or 中央转移支付), and each figure says for which year and which stage
//! (budget, adjusted budget, executed, final) it is, so summing one measure never double
//! counts within a table.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::DocRecord;
use super::rows::{Column, ColumnType, Row};
use crate::budget::amount::Unit;
use crate::budget::code::Source;
use crate::budget::code::{Classification, Level, Role};
use crate::budget::document::DocKind;
use crate::budget::facts::Item;
use crate::budget::kind::Kind;
use crate::budget::measure::{Base, Figure, Stage};

row! {
    /// panel.csv: one row per coded whole figure of a government report's table.
    PanelRow, table "panel", key [] {
        /// Who: the jurisdiction the document is of and, for a department, its body.
        entity: String,
        /// Whose budget within it: 全市, 市本级, 市级, a district … (the table's area).
        area: String,
        /// The year the figure is for (a 2024 budget's 2023 执行数 is 2023).
        year: Option<u32>,
        classification: Classification,
        code: String,
        code_level: Option<Level>,
        /// The classification's name for the code in that year.
        canonical_name: String,
        /// budget, adjusted_budget, executed, h1_executed, final.
        measure: Stage,
        #[serde(with = "rust_decimal::serde::str")]
        amount_yuan: Decimal,
        /// The figure as printed and its unit (its rounding: half a unit of the last digit).
        printed: String,
        unit: Unit,
        code_source: Option<Source>,
        /// The name as printed.
        name: String,
        doc_kind: Option<DocKind>,
        doc_year: Option<u32>,
        table_kind: Kind,
        doc_id: String,
        table_id: usize,
        page: u32,
        header_path: String,
    }
}

/// The stage of a figure: what its measure says, else the words of its header (the
/// generic 预算数 / 决算数 a measure leaves as `amount`), else what the document is.
fn stage(i: &Item, doc_kind: Option<DocKind>) -> Stage {
    let h = &i.header_path;
    match i.measure.figure {
        Some(Figure::Initial) => Stage::Budget,
        Some(Figure::Adjusted) => Stage::AdjustedBudget,
        Some(Figure::Executed) => Stage::Executed,
        Some(Figure::ExecutedH1) => Stage::H1Executed,
        Some(Figure::Final) => Stage::Final,
        None if h.contains("决算") => Stage::Final,
        None if h.contains("调整") => Stage::AdjustedBudget,
        None if h.contains("执行") || h.contains("完成") => Stage::Executed,
        None if h.contains("预算") || h.contains("安排") => Stage::Budget,
        // A fund's 预期数 of the document's own year is its budget (2022年初预期数 in a 2022
        // 决算); of an earlier year, the outturn a budget report expects.
        None if h.contains("预期") && !i.measure.prior => Stage::Budget,
        None if i.measure.prior => Stage::Executed,
        None if doc_kind == Some(DocKind::GovFinal) => Stage::Final,
        None => Stage::Budget,
    }
}

/// The year a figure is for: the document's; for a prior-year column the latest earlier year
/// its header names, else the earlier year its table's title names (2021年全市一般公共预算
/// 执行情况表 in a 2022 report), else the year before the document's; or the later year of a
/// later-year column (2024年预算数 in a 2023 决算).
fn figure_year(i: &Item, doc_year: Option<u32>) -> Option<u32> {
    let doc = doc_year?;
    if i.measure.next {
        return Some(i.fiscal_year.filter(|&y| y > doc).unwrap_or(doc + 1));
    }
    if !i.measure.prior {
        return Some(doc);
    }
    let chars: Vec<char> = crate::budget::identity::chinese_years(&i.header_path)
        .chars()
        .map(crate::layout::ascii_char)
        .collect();
    let named = (0..chars.len())
        .filter_map(|k| {
            let w: String = chars.get(k..k + 5)?.iter().collect();
            let y: u32 = w.strip_suffix('年')?.parse().ok()?;
            (y < doc && y >= 2000).then_some(y)
        })
        .max();
    Some(
        named
            .or(i.fiscal_year.filter(|&y| y < doc))
            .unwrap_or(doc - 1),
    )
}

/// The jurisdiction a government document is of, as its table titles name it: the name
/// most of them print before the budget they name (`2023年济南市一般公共预算…` -> 济南市).
pub fn jurisdiction(d: &DocRecord) -> String {
    let mut names: Vec<String> = d
        .analysis
        .iter()
        .flat_map(|a| &a.tables)
        .filter_map(|t| t.table.title.as_deref())
        .filter_map(crate::budget::area::jurisdiction)
        .collect();
    names.sort_unstable();
    names
        .chunk_by(|a, b| a == b)
        .max_by_key(|g| g.len())
        .and_then(|g| g.first())
        .cloned()
        .unwrap_or_default()
}

/// The coded whole figures of a table, each counted once: a line printed again with its code
/// and the same figure in the same column is `repeat` (`classify::mark_repeats`, the same
/// marker items.csv carries) and left out. items.csv keeps every printed line.
fn counted_once(items: &[Item]) -> Vec<&Item> {
    items
        .iter()
        .filter(|i| !i.code.is_empty() && matches!(i.measure.base, Base::Total | Base::Amount))
        .filter(|i| i.line_role != Some(Role::Repeat))
        .collect()
}

/// The panel rows of one document: coded whole figures of its government tables.
pub fn rows(d: &DocRecord) -> Vec<PanelRow> {
    let Some(a) = d.analysis.as_ref() else {
        return Vec::new();
    };
    if !a.doc_kind.is_some_and(DocKind::government) {
        return Vec::new();
    }
    // The tables' own name for the jurisdiction, else the document's (宁夏's final-account
    // tables say only 全区 and 自治区本级).
    let entity = Some(jurisdiction(d))
        .filter(|e| !e.is_empty())
        .or_else(|| a.body.clone())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (k, t) in a.tables.iter().enumerate() {
        for i in counted_once(&t.items) {
            out.push(PanelRow {
                entity: entity.clone(),
                area: i.area.clone(),
                year: figure_year(i, a.year),
                classification: i.classification,
                code: i.code.clone(),
                code_level: i.code_level,
                canonical_name: i.canonical_name.clone(),
                measure: stage(i, a.doc_kind),
                amount_yuan: i.yuan(),
                printed: i.printed.clone(),
                unit: i.unit,
                code_source: i.code_source,
                name: i.name.clone(),
                doc_kind: a.doc_kind,
                doc_year: a.year,
                table_kind: t.kind,
                doc_id: d.doc_id.clone(),
                table_id: k + 1,
                page: i.page,
                header_path: i.header_path.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::facts::Labels;
    use crate::budget::measure::Measure;

    fn item(header: &str, prior: bool, next: bool, fiscal_year: Option<u32>) -> Item {
        Item {
            page: 1,
            row: 1,
            col: 1,
            classification: Classification::Function,
            code: "201".into(),
            code_level: None,
            parent_code: String::new(),
            code_source: None,
            line_role: None,
            name: "一般公共服务".into(),
            prefix: String::new(),
            labels: Labels::default(),
            unit_code: String::new(),
            measure: Measure {
                base: Base::Amount,
                prior,
                next,
                figure: None,
            },
            stage: Stage::Budget,
            fiscal_year,
            header_path: header.into(),
            amount_yuan: Some(Decimal::ONE),
            percent: None,
            printed: "1".into(),
            unit: Unit::Yuan,
            canonical_name: String::new(),
            area: String::new(),
        }
    }

    #[test]
    fn a_code_printed_again_with_its_figure_counts_once() {
        // 吴忠 2025 p71 (pdftotext): 227 预备费 4900 at 类, 款 and 项; 229 其他支出 6500 beside.
        let mut items: Vec<Item> = ["227", "227", "227", "229"]
            .iter()
            .enumerate()
            .map(|(r, c)| Item {
                row: r,
                code: (*c).into(),
                amount_yuan: Some(Decimal::from(if *c == "227" { 4900 } else { 6500 })),
                ..item("合计", false, false, Some(2025))
            })
            .collect();
        let codes = |v: &[Item]| -> Vec<String> {
            let mut v = v.to_vec();
            v.iter_mut().for_each(|i| i.line_role = None);
            crate::budget::classify::mark_repeats(&mut v);
            counted_once(&v).iter().map(|i| i.code.clone()).collect()
        };
        assert_eq!(codes(&items), ["227", "229"]);
        // Another figure under the same code (a later column, a different amount) counts.
        items[1].amount_yuan = Some(Decimal::from(4800));
        assert_eq!(codes(&items), ["227", "227", "229"]);
        items[1].col = 2;
        items[1].amount_yuan = Some(Decimal::from(4900));
        assert_eq!(codes(&items), ["227", "227", "229"]);
    }

    #[test]
    fn a_later_years_column_is_of_that_year() {
        // 杭州 2023 决算 p100 prints 2024年预算数 (its 2024 上半年 execution table).
        assert_eq!(
            figure_year(&item("2024年预算数", false, true, Some(2024)), Some(2023)),
            Some(2024)
        );
        assert_eq!(
            figure_year(&item("2023年决算数", false, false, Some(2023)), Some(2023)),
            Some(2023)
        );
        assert_eq!(
            figure_year(&item("2022年预算数", true, false, Some(2022)), Some(2023)),
            Some(2022)
        );
    }

    #[test]
    fn a_funds_expected_figure_of_its_own_year_is_its_budget() {
        // 济南 2022 决算 p61 heads a social-insurance fund's budget 2022年预期数; a budget
        // report's 2021年预期数 is the outturn it expects.
        let own = item("2022年预期数", false, false, Some(2022));
        assert_eq!(stage(&own, Some(DocKind::GovFinal)), Stage::Budget);
        let earlier = item("2021年预期数", true, false, Some(2021));
        assert_eq!(stage(&earlier, Some(DocKind::GovBudget)), Stage::Executed);
    }
}
