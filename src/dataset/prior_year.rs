//! The prior-year check across documents (docs/checks.md): a figure a government document
//! prints for an earlier year (上年决算数, 2023年预算数) equals the figure that year's own
//! document prints, where both are in the batch. It runs over the panel's rows when the
//! dataset is finished, after every document, so `--resume` and `yusuan merge` see the whole
//! batch as one run does; its rows follow the documents' own checks in checks.csv.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::PanelRow;
use super::rows::CheckRow;
use crate::budget::amount::Unit;
use crate::budget::checks::{Quantity, Rule, Status, printed_decimals};
use crate::budget::code::Classification;
use crate::budget::kind::Kind;
use crate::budget::measure::Stage;

/// What makes two figures the same figure: who, whose budget, which year, which subject,
/// which stage, in which budget (229 其他支出 is in the general and the fund budget alike).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    entity: String,
    area: String,
    year: u32,
    classification: Classification,
    code: String,
    measure: Stage,
    table_kind: Kind,
}

/// One panel figure as the check sees it.
#[derive(Debug, Clone)]
struct Figure {
    key: Key,
    /// Printed for a year before the document's (else for the document's own year).
    prior: bool,
    amount: Decimal,
    /// Half a unit of the last printed digit: the figure's rounding.
    half: Decimal,
    printed: String,
    unit: Unit,
    name: String,
    doc_id: String,
    table_id: usize,
    page: u32,
}

/// The panel figures of the documents added so far.
#[derive(Debug, Default)]
pub struct Figures(Vec<Figure>);

impl Figures {
    /// Keeps a document's figures of its own year and of earlier years.
    pub fn add(&mut self, rows: &[PanelRow]) {
        for r in rows {
            let (Some(year), Some(doc_year)) = (r.year, r.doc_year) else {
                continue;
            };
            if r.entity.is_empty() || year > doc_year {
                continue;
            }
            let step = r.unit.multiplier() / Decimal::from(10u64.pow(printed_decimals(&r.printed)));
            self.0.push(Figure {
                key: Key {
                    entity: r.entity.clone(),
                    area: r.area.clone(),
                    year,
                    classification: r.classification,
                    code: r.code.clone(),
                    measure: r.measure,
                    table_kind: r.table_kind,
                },
                prior: year < doc_year,
                amount: r.amount_yuan,
                half: step / Decimal::TWO,
                printed: r.printed.clone(),
                unit: r.unit,
                name: r.name.clone(),
                doc_id: r.doc_id.clone(),
                table_id: r.table_id,
                page: r.page,
            });
        }
    }

    /// One check per prior-year figure whose year's own document is in the batch: the
    /// closest of that document's figures with the same key, within both figures' rounding.
    /// Ordered by document, table, page and code.
    pub fn checks(&self) -> Vec<CheckRow> {
        let mut own: HashMap<&Key, Vec<&Figure>> = HashMap::new();
        for f in self.0.iter().filter(|f| !f.prior) {
            own.entry(&f.key).or_default().push(f);
        }
        let mut out: Vec<(&Figure, CheckRow)> = Vec::new();
        for p in self.0.iter().filter(|f| f.prior) {
            let Some(e) = own.get(&p.key).and_then(|v| {
                v.iter()
                    .filter(|e| e.doc_id != p.doc_id)
                    .min_by_key(|e| ((e.amount - p.amount).abs(), e.doc_id.as_str(), e.page))
            }) else {
                continue;
            };
            let diff = p.amount - e.amount;
            let status = Status::of(diff, p.half + e.half);
            let k = &p.key;
            let verdict = match status {
                Status::Pass => "相符".to_string(),
                Status::Rounding => "差额在印刷舍入之内".to_string(),
                Status::Fail => format!(
                    "不符，差 {} 元（上年数可能已按上年决算或口径调整重列，或读错其一）",
                    diff.normalize()
                ),
            };
            let message = format!(
                "{}{} {}年{} {} {}（{}）：本文件第{}页印 {}{}，{}年文件（{} 第{}页）印 {}{}，{}",
                k.entity,
                if k.area.is_empty() {
                    String::new()
                } else {
                    format!("（{}）", k.area)
                },
                k.year,
                stage_name(k.measure),
                k.code,
                p.name,
                k.table_kind.as_str(),
                p.page,
                p.printed,
                p.unit.name(),
                k.year,
                e.doc_id,
                e.page,
                e.printed,
                e.unit.name(),
                verdict,
            );
            out.push((
                p,
                CheckRow {
                    doc_id: p.doc_id.clone(),
                    table_id: Some(p.table_id),
                    check: format!(
                        "{}年{} {} = {}年文件",
                        k.year,
                        stage_name(k.measure),
                        k.code,
                        k.year
                    ),
                    rule: Rule::PriorYear,
                    severity: Rule::PriorYear.severity(),
                    expected: e.amount,
                    actual: p.amount,
                    quantity: Quantity::Yuan,
                    status,
                    pages: format!("{} {}", p.page, e.page),
                    page: Some(p.page),
                    bbox: None,
                    message,
                },
            ));
        }
        out.sort_by(|(a, _), (b, _)| {
            (&a.doc_id, a.table_id, a.page, &a.key.code, a.amount).cmp(&(
                &b.doc_id,
                b.table_id,
                b.page,
                &b.key.code,
                b.amount,
            ))
        });
        out.into_iter().map(|(_, c)| c).collect()
    }
}

fn stage_name(s: Stage) -> &'static str {
    match s {
        Stage::Budget => "预算数",
        Stage::AdjustedBudget => "调整预算数",
        Stage::Executed => "执行数",
        Stage::H1Executed => "上半年执行数",
        Stage::Final => "决算数",
        Stage::Change => "增减",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::document::DocKind;

    fn row(doc: &str, doc_year: u32, year: u32, printed: &str, yuan: i64) -> PanelRow {
        PanelRow {
            entity: "济南市".into(),
            area: "全市".into(),
            year: Some(year),
            classification: Classification::Function,
            code: "201".into(),
            code_level: None,
            canonical_name: String::new(),
            measure: Stage::Final,
            amount_yuan: Decimal::from(yuan),
            printed: printed.into(),
            unit: Unit::Wanyuan,
            code_source: None,
            name: "一般公共服务支出".into(),
            doc_kind: Some(DocKind::GovFinal),
            doc_year: Some(doc_year),
            table_kind: Kind::GovGpbExpenditure,
            doc_id: doc.into(),
            table_id: 1,
            page: 3,
            header_path: String::new(),
        }
    }

    #[test]
    fn prior_year_against_its_own_document() {
        let mut f = Figures::default();
        // 2023 决算: 201 = 1234.5 万元 (one decimal: rounding 0.05 万元 = 500 元).
        f.add(&[row("a", 2023, 2023, "1234.5", 12_345_000)]);
        // 2024 决算's 2023 column: 1235 万元 (rounding 5,000 元): within 5,500 元 of 12,345,000.
        f.add(&[
            row("b", 2024, 2023, "1235", 12_350_000),
            row("b", 2024, 2024, "1300", 13_000_000),
        ]);
        // Another 2024 document prints 1240 for 2023: 55,000 元 off, a fail.
        f.add(&[row("c", 2025, 2023, "1240", 12_400_000)]);
        let got: Vec<_> = f
            .checks()
            .into_iter()
            .map(|c| (c.doc_id, c.status, c.expected, c.actual))
            .collect();
        let d = Decimal::from;
        assert_eq!(
            got,
            [
                (
                    "b".to_string(),
                    Status::Rounding,
                    d(12_345_000),
                    d(12_350_000)
                ),
                ("c".to_string(), Status::Fail, d(12_345_000), d(12_400_000)),
            ]
        );
    }
}
