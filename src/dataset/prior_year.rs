//! The prior-year check across documents (docs/checks.md): a figure a government document
//! prints for an earlier year (上年决算数, 2023年预算数) equals the figure that year's own
//! document prints, where both are in the batch. It runs over the panel's rows when the
//! dataset is finished, after every document, so `--resume` and `yusuan merge` see the whole
//! batch as one run does; its rows follow the documents' own checks in checks.csv.
//!
//! Only the same quantity is compared: a 代编 budget (compiled by the city for districts
//! before their congresses meet) only with a 代编 budget, never with the budget the districts
//! then pass (汇总); a subject a table prints twice with different amounts (under 省本级支出
//! and under 对市县转移支付) is no one figure and is left out on both sides.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;

use super::rows::{CheckRow, ItemRow, Rows};
use crate::budget::amount::Unit;
use crate::budget::checks::{Quantity, Rule, Status, printed_decimals};
use crate::budget::code::{Classification, Role};
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
    /// A 代编 budget (title or header say so): a draft, not the budget later passed.
    compiled: bool,
    table_kind: Kind,
}

/// One panel figure as the check sees it.
#[derive(Debug, Clone)]
struct Figure {
    key: Key,
    /// Printed for a year before the document's (else for the document's own year).
    prior: bool,
    /// A prior year's budget printed beside that year's execution with no adjusted budget
    /// beside it: the budget in force, adjusted where it was (济南's 2026 report, p21:
    /// 预算数是指…批准的预算（或调整预算）).
    in_force: bool,
    /// A prior year's budget the same document also prints as the budget in force (same
    /// key, another table): the document's `Y年预算数` is one quantity, so this one is judged
    /// as the budget in force too (济南's 2026 report defines it once, p21, `下同`, and
    /// prints its 草案表 with that column alone) — unless its table's column echoes the
    /// document's own year (a misprinted year: judged as printed).
    in_force_elsewhere: bool,
    /// Printed under a heading naming a part of the table's area (see [`in_parts`]): the
    /// part's figure where the other document may print the whole.
    part: bool,
    amount: Decimal,
    /// Half a unit of the last printed digit: the figure's rounding.
    half: Decimal,
    printed: String,
    unit: Unit,
    name: String,
    doc_id: String,
    doc_year: u32,
    /// The document's file name, for the message.
    file: String,
    table_id: usize,
    page: u32,
}

/// The panel figures of the documents added so far.
#[derive(Debug, Default)]
pub struct Figures(Vec<Figure>);

impl Figures {
    /// Keeps a document's figures of its own year and of earlier years, but not those of a
    /// subject its table prints twice with different amounts (which one is the whole?).
    pub fn add(&mut self, rows: &Rows) {
        let file = rows.documents.first().map_or("", |d| file_name(&d.file));
        let titles: HashMap<usize, &str> = rows
            .tables
            .iter()
            .map(|t| (t.table_id, t.title.as_deref().unwrap_or("")))
            .collect();
        let parts = in_parts(&rows.items);
        let mut figures = Vec::new();
        for r in &rows.panel {
            let (Some(year), Some(doc_year)) = (r.year, r.doc_year) else {
                continue;
            };
            if r.entity.is_empty() || year > doc_year {
                continue;
            }
            let title = titles.get(&r.table_id).copied().unwrap_or("");
            let step = r.unit.multiplier() / Decimal::from(10u64.pow(printed_decimals(&r.printed)));
            figures.push(Figure {
                key: Key {
                    entity: r.entity.clone(),
                    area: r.area.clone(),
                    year,
                    classification: r.classification,
                    code: r.code.clone(),
                    measure: r.measure,
                    compiled: title.contains("代编") || r.header_path.contains("代编"),
                    table_kind: r.table_kind,
                },
                prior: year < doc_year,
                in_force: false,
                in_force_elsewhere: false,
                part: parts.contains(&(r.table_id, r.page, r.code.as_str())),
                amount: r.amount_yuan,
                half: step / Decimal::TWO,
                printed: r.printed.clone(),
                unit: r.unit,
                name: r.name.clone(),
                doc_id: r.doc_id.clone(),
                doc_year,
                file: file.to_string(),
                table_id: r.table_id,
                page: r.page,
            });
        }
        let mut stages: HashMap<(usize, u32), HashSet<Stage>> = HashMap::new();
        for f in &figures {
            stages
                .entry((f.table_id, f.key.year))
                .or_default()
                .insert(f.key.measure);
        }
        for f in figures
            .iter_mut()
            .filter(|f| f.prior && f.key.measure == Stage::Budget)
        {
            f.in_force = stages.get(&(f.table_id, f.key.year)).is_some_and(|s| {
                s.contains(&Stage::Executed) && !s.contains(&Stage::AdjustedBudget)
            });
        }
        let in_force: HashSet<Key> = figures
            .iter()
            .filter(|f| f.in_force)
            .map(|f| f.key.clone())
            .collect();
        // Beside an adjusted budget, a budget column is the budget passed.
        for f in figures
            .iter_mut()
            .filter(|f| f.prior && f.key.measure == Stage::Budget && !f.in_force)
        {
            let adjusted_beside = stages
                .get(&(f.table_id, f.key.year))
                .is_some_and(|s| s.contains(&Stage::AdjustedBudget));
            f.in_force_elsewhere = !adjusted_beside && in_force.contains(&f.key);
        }
        let mut amounts: HashMap<(usize, &Key), Decimal> = HashMap::new();
        let mut twice: HashSet<(usize, &Key)> = HashSet::new();
        for f in &figures {
            let at = (f.table_id, &f.key);
            if amounts.insert(at, f.amount).is_some_and(|a| a != f.amount) {
                twice.insert(at);
            }
        }
        let keep: Vec<bool> = figures
            .iter()
            .map(|f| !twice.contains(&(f.table_id, &f.key)))
            .collect();
        self.0.extend(
            figures
                .into_iter()
                .zip(keep)
                .filter_map(|(f, k)| k.then_some(f)),
        );
    }

    /// One check per prior-year figure whose year's own document is in the batch: the
    /// closest of that document's figures with the same key, within both figures' rounding.
    /// Ordered by document, table, page and code.
    pub fn checks(&self) -> Vec<CheckRow> {
        let mut own: HashMap<&Key, Vec<&Figure>> = HashMap::new();
        for f in self.0.iter().filter(|f| !f.prior) {
            own.entry(&f.key).or_default().push(f);
        }
        let echoes = self.echoes(&own);
        let mut out: Vec<(&Figure, CheckRow)> = Vec::new();
        for p in self.0.iter().filter(|f| f.prior) {
            let closest = |key: &Key| {
                own.get(key).and_then(|v| {
                    v.iter()
                        .filter(|e| e.doc_id != p.doc_id)
                        .min_by_key(|e| ((e.amount - p.amount).abs(), e.doc_id.as_str(), e.page))
                        .copied()
                })
            };
            let in_force = p.in_force
                || (p.in_force_elsewhere && !echoes.contains_key(&(p.doc_id.as_str(), p.table_id)));
            let adjusted = in_force.then(|| {
                closest(&Key {
                    measure: Stage::AdjustedBudget,
                    ..p.key.clone()
                })
            });
            // A 代编 draft and the budget passed often agree: agreement is a pass, a
            // difference no finding (they differ by design).
            let draft = closest(&Key {
                compiled: !p.key.compiled,
                ..p.key.clone()
            });
            let within =
                |e: &&Figure| Status::of(p.amount - e.amount, p.half + e.half) != Status::Fail;
            // The budget in force equals the budget passed or the budget as adjusted; it
            // differs from the budget passed alone by design when no document of the batch
            // prints the adjusted one (no finding either way then).
            let exact = closest(&p.key);
            let adjusted = adjusted.flatten();
            let agrees = [exact, adjusted, draft].into_iter().flatten().find(within);
            let Some(e) = agrees.or(adjusted).or(exact.filter(|_| !in_force)) else {
                continue;
            };
            let diff = p.amount - e.amount;
            let status = Status::of(diff, p.half + e.half);
            // A part's figure that agrees with the other is the same figure; one that differs
            // may be the part against the whole: no finding.
            if status == Status::Fail && (p.part || e.part) {
                continue;
            }
            let k = &p.key;
            let verdict = match status {
                Status::Pass => "相符".to_string(),
                Status::Rounding => "差额在印刷舍入之内".to_string(),
                Status::Fail => {
                    let why = match echoes.get(&(p.doc_id.as_str(), p.table_id)) {
                        Some((same, of)) => format!(
                            "此表该栏有{of}项在本文件中另印有{}年数，其中{same}项与之相同：栏头年份可能印错",
                            p.doc_year
                        ),
                        None => "上年数可能已按决算或口径调整重列，或读错其一".to_string(),
                    };
                    format!(
                        "不符，差 {}{}（{why}）",
                        (diff / p.unit.multiplier()).normalize(),
                        p.unit.name()
                    )
                }
            };
            let area = if k.area.is_empty() {
                String::new()
            } else {
                format!("（{}）", k.area)
            };
            let message = format!(
                "{}{area} {}年{} {} {}（{}）：{} 第{}页印 {}{}；{}年的文件 {} 第{}页印{} {}{}。{}",
                k.entity,
                k.year,
                stage_name(k.measure, k.compiled),
                k.code,
                p.name,
                k.table_kind.as_str(),
                p.file,
                p.page,
                p.printed,
                p.unit.name(),
                k.year,
                e.file,
                e.page,
                if e.key.measure == k.measure && e.key.compiled == k.compiled {
                    String::new()
                } else {
                    format!("{}年{}", k.year, stage_name(e.key.measure, e.key.compiled))
                },
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
                        stage_name(k.measure, k.compiled),
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

    /// The tables whose prior-year column echoes the document's own year: of its figures
    /// that the same document also prints for its own year (same key otherwise), at least
    /// three and most are the same amount — a column headed with the wrong year (济南 2023
    /// 预算 表121 heads its 2023 figures 2022年预算数). (doc, table) -> (same, of).
    fn echoes(&self, own: &HashMap<&Key, Vec<&Figure>>) -> HashMap<(&str, usize), (usize, usize)> {
        let mut tally: HashMap<(&str, usize), (usize, usize)> = HashMap::new();
        for p in self.0.iter().filter(|f| f.prior) {
            let key = Key {
                year: p.doc_year,
                ..p.key.clone()
            };
            let mine: Vec<&&Figure> = own
                .get(&key)
                .into_iter()
                .flatten()
                .filter(|e| e.doc_id == p.doc_id)
                .collect();
            if mine.is_empty() {
                continue;
            }
            let t = tally.entry((p.doc_id.as_str(), p.table_id)).or_default();
            t.1 += 1;
            if mine.iter().any(|e| e.amount == p.amount) {
                t.0 += 1;
            }
        }
        tally.retain(|_, (same, of)| *same >= 3 && 2 * *same > *of);
        tally
    }
}

/// The subjects a table prints under a part of its area, as (table, page, code): rows
/// after an uncoded heading numbered 一、 that names a level below the table's area (广东
/// 2024 决算 表17, 省级: `一、省本级政府性基金支出` over （一）…（九） 类, then `二、上解上级支出`,
/// `三、补助下级支出`). They are the part's, and may be the whole's too (232 债务付息支出 is all
/// 省本级): agreement with another document is a pass, a difference no finding.
fn in_parts(items: &[ItemRow]) -> HashSet<(usize, u32, &str)> {
    let mut rows: BTreeMap<(usize, usize), &ItemRow> = BTreeMap::new();
    for i in items {
        rows.entry((i.table_id, i.table_row)).or_insert(i);
    }
    let mut out = HashSet::new();
    let mut part: Option<usize> = None;
    for (&(table, _), r) in &rows {
        if part.is_some_and(|t| t != table) || r.line_role == Some(Role::Total) {
            part = None;
        }
        if is_outline_top(&r.prefix) {
            part = (r.code.is_empty() && names_a_part(&r.name, &r.area)).then_some(table);
        } else if part.is_some() && !r.code.is_empty() {
            out.insert((table, r.page, r.code.as_str()));
        }
    }
    out
}

/// 一、, 二、 … (the top of a table's outline; its sections are numbered （一）).
fn is_outline_top(prefix: &str) -> bool {
    prefix
        .strip_suffix('、')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c)))
}

/// A heading naming the spending of one level of an area (省本级…支出 in a 省级 table: the
/// area also spends by aids to lower levels, which another part or another document may
/// print within each 类), not the area's own 本级支出 against its transfers, nor both levels
/// (省本级支出和补助下级支出). A level's revenue is the area's: no part.
fn names_a_part(name: &str, area: &str) -> bool {
    name.find("本级").is_some_and(|at| at > 0)
        && name.contains("支出")
        && !area.contains("本级")
        && !name.contains("下级")
}

/// A path's last component (the message names documents by their file).
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn stage_name(s: Stage, compiled: bool) -> &'static str {
    match s {
        Stage::Budget if compiled => "代编预算数",
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
    use crate::dataset::PanelRow;

    /// One document's rows: its panel figures only (no file name, no titles).
    fn doc(panel: Vec<PanelRow>) -> Rows {
        Rows {
            panel,
            ..Rows::default()
        }
    }

    fn at(mut r: PanelRow, table_id: usize, code: &str, measure: Stage, header: &str) -> PanelRow {
        r.table_id = table_id;
        r.code = code.into();
        r.measure = measure;
        r.header_path = header.into();
        r
    }

    fn outcome(f: &Figures) -> Vec<(String, String, Status)> {
        f.checks()
            .into_iter()
            .map(|c| (c.doc_id, c.check, c.status))
            .collect()
    }

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
        f.add(&doc(vec![row("a", 2023, 2023, "1234.5", 12_345_000)]));
        // 2024 决算's 2023 column: 1235 万元 (rounding 5,000 元): within 5,500 元 of 12,345,000.
        f.add(&doc(vec![
            row("b", 2024, 2023, "1235", 12_350_000),
            row("b", 2024, 2024, "1300", 13_000_000),
        ]));
        // Another 2024 document prints 1240 for 2023: 55,000 元 off, a fail.
        f.add(&doc(vec![row("c", 2025, 2023, "1240", 12_400_000)]));
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

    #[test]
    fn a_compiled_budget_is_no_budget_passed() {
        let b = Stage::Budget;
        let mut f = Figures::default();
        // The 2024 决算 prints the budget the districts passed (汇总) ...
        f.add(&doc(vec![at(
            row("a", 2024, 2024, "1000", 10_000_000),
            1,
            "201",
            b,
            "2024年汇总预算数",
        )]));
        // ... the 2025 budget report the draft compiled for them (代编): 900 differs by
        // design (no finding), 1000 agrees (a pass).
        f.add(&doc(vec![
            at(
                row("b", 2025, 2024, "900", 9_000_000),
                1,
                "201",
                b,
                "2024年代编预算数",
            ),
            at(
                row("b", 2025, 2024, "1000", 10_000_000),
                2,
                "201",
                b,
                "2024年预算数",
            ),
        ]));
        f.add(&doc(vec![at(
            row("c", 2025, 2024, "1000", 10_000_000),
            1,
            "201",
            b,
            "2024年代编预算数",
        )]));
        assert_eq!(
            outcome(&f),
            [
                (
                    "b".to_string(),
                    "2024年预算数 201 = 2024年文件".to_string(),
                    Status::Pass
                ),
                (
                    "c".to_string(),
                    "2024年代编预算数 201 = 2024年文件".to_string(),
                    Status::Pass
                ),
            ]
        );
    }

    #[test]
    fn a_subject_printed_twice_with_two_amounts_is_left_out() {
        let b = Stage::Budget;
        let mut f = Figures::default();
        f.add(&doc(vec![
            at(
                row("a", 2024, 2024, "5450", 54_500_000),
                1,
                "20707",
                b,
                "2024年预算数",
            ),
            at(
                row("a", 2024, 2024, "300", 3_000_000),
                1,
                "212",
                b,
                "2024年预算数",
            ),
        ]));
        // 20707 under 省本级支出 (5,450) and under 对市县转移支付 (15,176) of one table: which
        // is the whole? Not compared. 212 printed twice alike is one figure.
        f.add(&doc(vec![
            at(
                row("b", 2025, 2024, "5450", 54_500_000),
                3,
                "20707",
                b,
                "2024年预算数",
            ),
            at(
                row("b", 2025, 2024, "15176", 151_760_000),
                3,
                "20707",
                b,
                "2024年预算数",
            ),
            at(
                row("b", 2025, 2024, "300", 3_000_000),
                3,
                "212",
                b,
                "2024年预算数",
            ),
            at(
                row("b", 2025, 2024, "300", 3_000_000),
                3,
                "212",
                b,
                "2024年预算数",
            ),
        ]));
        let s = "2024年预算数 212 = 2024年文件".to_string();
        assert_eq!(
            outcome(&f),
            [
                ("b".to_string(), s.clone(), Status::Pass),
                ("b".to_string(), s, Status::Pass)
            ]
        );
    }

    #[test]
    fn the_budget_in_force_is_the_budget_or_the_adjusted_one() {
        let (b, a, x) = (Stage::Budget, Stage::AdjustedBudget, Stage::Executed);
        let mut f = Figures::default();
        // The 2024 budget report: 201 passed at 1,000, 202 at 500, 203 at 70.
        f.add(&doc(vec![
            at(
                row("a", 2024, 2024, "1000", 10_000_000),
                1,
                "201",
                b,
                "2024年预算数",
            ),
            at(
                row("a", 2024, 2024, "500", 5_000_000),
                1,
                "202",
                b,
                "2024年预算数",
            ),
            at(
                row("a", 2024, 2024, "70", 700_000),
                1,
                "203",
                b,
                "2024年预算数",
            ),
        ]));
        // The 2024 决算 prints 203's adjusted budget: 80.
        f.add(&doc(vec![at(
            row("c", 2024, 2024, "80", 800_000),
            1,
            "203",
            a,
            "2024年调整预算数",
        )]));
        // The 2025 report's 2024 execution table: a budget column and no adjusted one.
        let mut rows = vec![at(
            row("d", 2025, 2024, "1", 10_000),
            1,
            "201",
            x,
            "2024年执行数",
        )];
        for (code, printed, yuan) in [
            ("201", "1000", 10_000_000),
            ("202", "600", 6_000_000),
            ("203", "90", 900_000),
        ] {
            rows.push(at(
                row("d", 2025, 2024, printed, yuan),
                1,
                code,
                b,
                "2024年预算数",
            ));
        }
        f.add(&doc(rows));
        // 201 equals the budget passed; 202 differs from it and no adjusted budget of the
        // batch says more (not written); 203 differs from the adjusted budget too: a fail.
        let got: Vec<_> = f
            .checks()
            .into_iter()
            .map(|c| (c.check, c.status, c.expected))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "2024年预算数 201 = 2024年文件".to_string(),
                    Status::Pass,
                    Decimal::from(10_000_000)
                ),
                (
                    "2024年预算数 203 = 2024年文件".to_string(),
                    Status::Fail,
                    Decimal::from(800_000)
                ),
            ]
        );
    }

    #[test]
    fn a_column_echoing_the_documents_own_year_is_named() {
        let b = Stage::Budget;
        let mut f = Figures::default();
        f.add(&doc(vec![
            at(
                row("a", 2022, 2022, "100", 1_000_000),
                1,
                "201",
                b,
                "2022年预算数",
            ),
            at(
                row("a", 2022, 2022, "200", 2_000_000),
                1,
                "203",
                b,
                "2022年预算数",
            ),
            at(
                row("a", 2022, 2022, "300", 3_000_000),
                1,
                "204",
                b,
                "2022年预算数",
            ),
        ]));
        // The 2023 report's own 2023 budget in table 1; table 2 heads the same figures
        // 2022年预算数 (a misprinted year): its fails say so.
        let mut rows = Vec::new();
        for (code, printed, yuan) in [
            ("201", "110", 1_100_000),
            ("203", "220", 2_200_000),
            ("204", "330", 3_300_000),
        ] {
            rows.push(at(
                row("b", 2023, 2023, printed, yuan),
                1,
                code,
                b,
                "2023年预算数",
            ));
            rows.push(at(
                row("b", 2023, 2022, printed, yuan),
                2,
                code,
                b,
                "2022年预算数",
            ));
        }
        f.add(&doc(rows));
        let got = f.checks();
        assert_eq!(got.len(), 3);
        for c in &got {
            assert_eq!(c.status, Status::Fail);
            assert!(
                c.message.contains("其中3项与之相同：栏头年份可能印错"),
                "{}",
                c.message
            );
        }
    }

    /// 济南's 2026 report (gov corpus, pdftotext p33 and p89) prints the 2025 budget of 市级
    /// fund 21214 污水处理费安排的支出 twice: 50,000 万元 beside the 2025 execution (表10 p33,
    /// the budget in force) and 33,000 in the 2026 草案表 (表70 p89, no execution column beside);
    /// the 2025 report (city, p90) passed it at 50,000; 23006 上解上级支出 is 75,328 in both
    /// tables of the 2026 report, -> 12,564 passed. The 草案表's column is the document's
    /// `2025年预算数` (p21: 预算数 = 批准的预算（或调整预算）, 下同): judged as the budget in
    /// force, it is no finding against the budget passed alone, and a fail against a printed
    /// adjusted budget.
    #[test]
    fn a_budget_the_document_prints_in_force_elsewhere_is_in_force() {
        let (b, a, x) = (Stage::Budget, Stage::AdjustedBudget, Stage::Executed);
        let fund = |mut r: PanelRow| {
            r.area = "市级".into();
            r.table_kind = Kind::GovFundExpenditure;
            r
        };
        let passed = |code: &str, printed: &str, yuan: i64| {
            fund(at(
                row("y25", 2025, 2025, printed, yuan),
                90,
                code,
                b,
                "2025年预算数",
            ))
        };
        let report26 = |table: usize, code: &str, printed: &str, yuan: i64, m: Stage, h: &str| {
            fund(at(row("y26", 2026, 2025, printed, yuan), table, code, m, h))
        };
        let add_2026 = |f: &mut Figures| {
            f.add(&doc(vec![
                report26(10, "21214", "50000", 500_000_000, b, "2025年预算数"),
                report26(10, "21214", "36395", 363_950_000, x, "2025年执行数 / 金额"),
                report26(10, "23006", "75328", 753_280_000, b, "2025年预算数"),
                report26(10, "23006", "5767", 57_670_000, x, "2025年执行数 / 金额"),
                report26(70, "21214", "33000", 330_000_000, b, "2025年预算数"),
                report26(70, "23006", "75328", 753_280_000, b, "2025年预算数"),
            ]));
        };
        let mut f = Figures::default();
        f.add(&doc(vec![
            passed("21214", "50000", 500_000_000),
            passed("23006", "12564", 125_640_000),
        ]));
        add_2026(&mut f);
        let got: Vec<_> = f
            .checks()
            .into_iter()
            .map(|c| (c.table_id, c.check, c.status))
            .collect();
        // Only the execution table's 21214 equals the budget passed: a pass; the rest is no
        // finding (was: 表70 21214 and 23006 fails).
        assert_eq!(
            got,
            [(
                Some(10),
                "2025年预算数 21214 = 2025年文件".to_string(),
                Status::Pass
            )]
        );
        // With an adjusted budget printed (a 2025 决算: 21214 adjusted to 40,000), both
        // columns are held to it.
        let mut f = Figures::default();
        f.add(&doc(vec![passed("21214", "50000", 500_000_000)]));
        f.add(&doc(vec![fund(at(
            row("j25", 2025, 2025, "40000", 400_000_000),
            1,
            "21214",
            a,
            "2025年调整预算数",
        ))]));
        add_2026(&mut f);
        let got: Vec<_> = f
            .checks()
            .into_iter()
            .map(|c| (c.table_id, c.status, c.expected))
            .collect();
        assert_eq!(
            got,
            [
                (Some(10), Status::Pass, Decimal::from(500_000_000)),
                (Some(70), Status::Fail, Decimal::from(400_000_000)),
            ]
        );
    }

    /// One row of a table's items: (table, row, page) `prefix code name` with its role.
    fn line(
        table_id: usize,
        table_row: usize,
        page: u32,
        prefix: &str,
        code: &str,
        name: &str,
    ) -> ItemRow {
        ItemRow {
            doc_id: "a".into(),
            file: String::new(),
            page,
            table_id,
            table_kind: Kind::GovFundExpenditure,
            table_title: None,
            table_row,
            table_col: 1,
            area: "省级".into(),
            classification: Classification::Function,
            code: code.into(),
            code_level: None,
            parent_code: String::new(),
            code_source: None,
            line_role: Some(if name == "总支出" {
                Role::Total
            } else {
                Role::Subject
            }),
            name: name.into(),
            canonical_name: String::new(),
            prefix: prefix.into(),
            labels: String::new(),
            unit_code: String::new(),
            measure: crate::budget::measure::measure(&[]),
            stage: Stage::Budget,
            fiscal_year: Some(2024),
            header_path: String::new(),
            amount_yuan: None,
            percent: None,
            printed: String::new(),
            unit: Unit::Wanyuan,
        }
    }

    /// 广东 2024 决算 表17 (省级政府性基金预算支出决算表, pdftotext p118-120) prints its 类 under
    /// `一、省本级政府性基金支出`, then `二、上解上级支出`, `三、补助下级支出`: （二）207
    /// 文化旅游体育与传媒支出 2024年预算数 5,450 is the 省本级 part; the 2026 attachment (p150)
    /// prints the 省级 207 with its 对市县转移支付, 20,626 = 5,450 + 15,176: no finding.
    /// （九）232 债务付息支出 518,609 is all 省本级: the attachment's 518,609 (p153) passes.
    #[test]
    fn subjects_under_a_part_of_the_area_fail_no_other_figure() {
        let b = Stage::Budget;
        let fund = |mut r: PanelRow, page: u32| {
            r.area = "省级".into();
            r.table_kind = Kind::GovFundExpenditure;
            r.table_id = 22;
            r.page = page;
            r
        };
        let budget = |doc: &str, doc_year: u32, code: &str, printed: &str, yuan: i64, page| {
            fund(
                at(
                    row(doc, doc_year, 2024, printed, yuan),
                    22,
                    code,
                    b,
                    "2024年预算数",
                ),
                page,
            )
        };
        let final_2024 = |heading_area: &str| Rows {
            items: vec![
                line(22, 1, 118, "", "", "总支出"),
                ItemRow {
                    area: heading_area.into(),
                    ..line(22, 2, 118, "一、", "", "省本级政府性基金支出")
                },
                line(22, 7, 118, "（二）", "207", "文化旅游体育与传媒支出"),
                line(22, 55, 120, "（九）", "232", "债务付息支出"),
                line(22, 60, 120, "二、", "", "上解上级支出"),
            ],
            panel: vec![
                budget("j24", 2024, "207", "5,450", 54_500_000, 118),
                budget("j24", 2024, "232", "518,609", 5_186_090_000, 120),
            ],
            ..Rows::default()
        };
        let attachment = doc(vec![
            budget("y26", 2026, "207", "20,626", 206_260_000, 150),
            budget("y26", 2026, "232", "518,609", 5_186_090_000, 153),
        ]);
        let mut f = Figures::default();
        f.add(&final_2024("省级"));
        f.add(&attachment);
        assert_eq!(
            outcome(&f),
            [(
                "y26".to_string(),
                "2024年预算数 232 = 2024年文件".to_string(),
                Status::Pass
            )]
        );
        // In a 省本级 table the same heading is the table's whole: 207 is compared.
        let mut whole = Figures::default();
        whole.add(&final_2024("省本级"));
        whole.add(&attachment);
        assert_eq!(
            outcome(&whole).into_iter().map(|o| o.2).collect::<Vec<_>>(),
            [Status::Fail, Status::Pass]
        );
    }
}
