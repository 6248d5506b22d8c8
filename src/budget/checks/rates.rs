//! Percentage columns recomputed from the money of their row (`rate_column`), and shares
//! outside 0–100 % (`percent_range`, a warning).
//!
//! A rate is recomputed only when its header names both operands and each is exactly one
//! money column of its row: an execution rate (决算数为调整预算数％, 执行数为预算数的%, 占调整后
//! 预算% under 2023年执行数) is the outturn over the budget its words name; a ratio to the prior
//! year (决算数为上年决算数的%, 为上年%) and a growth rate whose header says against what
//! (比上年增长%, 同比增长, 二○二五年执行数比二○二四年决算数增减%) are the figure over, or its
//! growth on, the previous year's column. A header that leaves the base open (增长% alone, 可比
//! 增长%, whose base is restated), two candidate columns, or a base of zero or less: no check.

use rust_decimal::Decimal;

use super::{Check, Place, Quantity, Rule, Status, TableFacts, printed_half, show};
use crate::budget::facts::Item;
use crate::budget::measure::{self, Base, Stage};
use crate::budget::stated::{Fig, rate_status, ratio};

/// What a rate is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ratio {
    /// numerator / base.
    Of,
    /// numerator / base − 1.
    Growth,
}

/// Words that say which figure of a year a header level is.
const STAGE_WORDS: [&str; 11] = [
    "预算",
    "执行",
    "决算",
    "决数",
    "完成",
    "实际",
    "预期",
    "代编",
    "安排",
    "累计",
    "上半年",
];

fn names_stage(h: &str) -> bool {
    STAGE_WORDS.iter().any(|w| h.contains(w))
}

/// The group a column belongs to when its header's first level is neither a year nor a
/// stage (收入 / 2019年预算数, 西湖风景名胜区 / 为预算%): operands come from the rate's group.
fn group(header_path: &str) -> Option<&str> {
    let (first, _) = header_path.split_once(" / ")?;
    let dated = first.contains('年') || first.chars().any(|c| c.is_ascii_digit());
    (!dated && !names_stage(first)).then_some(first)
}

/// The stages a base's words name (`上年决算数`, `调整预算`, `预算`); `None` when they name
/// none (为上年%: any one column of the year).
fn base_stages(words: &str) -> Option<&'static [Stage]> {
    if words.contains("决算") || words.contains("决数") {
        Some(&[Stage::Final])
    } else if words.contains("调整") || words.contains("变动") {
        Some(&[Stage::AdjustedBudget])
    } else if ["执行", "完成", "实际"].iter().any(|w| words.contains(w)) {
        Some(&[Stage::Executed])
    } else if words.contains("年初") || words.contains("代编") {
        Some(&[Stage::Budget])
    } else if words.contains("预算") {
        Some(&[Stage::Budget, Stage::AdjustedBudget])
    } else {
        None
    }
}

/// How a rate column is recomputed: the kind of ratio, the figure's stage and year, and the
/// base's stages (`None`: any) and year.
struct Operands {
    ratio: Ratio,
    stage: Stage,
    year: u32,
    base_stages: Option<&'static [Stage]>,
    base_year: u32,
}

/// The operands a rate's header names; `None` when it leaves one open.
fn operands(rate: &Item) -> Option<Operands> {
    let year = rate.fiscal_year?;
    let last = rate.header_path.rsplit(" / ").next().unwrap_or_default();
    // The figure the header names before 为/占/比 (决算数为…, 2026年预算数为…), else the
    // levels above it (2023年执行数 / 占调整后预算%), else the title's or the document's.
    let head = last
        .find(['为', '占', '比'])
        .and_then(|at| last.get(..at))
        .unwrap_or_default();
    let num_stage = measure::stage(head, "", rate.stage);
    let num_year = measure::fiscal_year(head, "", Some(year))?;
    match rate.measure.base {
        Base::ExecutionRate => {
            if !matches!(
                num_stage,
                Stage::Final | Stage::Executed | Stage::H1Executed
            ) {
                return None;
            }
            let base: &'static [Stage] = if last.contains("调整") || last.contains("变动") {
                &[Stage::AdjustedBudget]
            } else if last.contains("年初") {
                &[Stage::Budget]
            } else if last.contains("预算") {
                &[Stage::Budget, Stage::AdjustedBudget]
            } else {
                return None;
            };
            Some(Operands {
                ratio: Ratio::Of,
                stage: num_stage,
                year: num_year,
                base_stages: Some(base),
                base_year: num_year,
            })
        }
        Base::RatioToPrior | Base::GrowthRate => {
            // A restated base (可比, 同口径) is not the printed column.
            if last.contains("可比") || last.contains("同口径") {
                return None;
            }
            let tail = ["上年", "同比", "比"]
                .iter()
                .find_map(|w| last.split_once(w).map(|(_, t)| t))?;
            let base_year = measure::fiscal_year(tail, "", Some(num_year - 1))?;
            let kind = if rate.measure.base == Base::GrowthRate {
                Ratio::Growth
            } else {
                Ratio::Of
            };
            Some(Operands {
                ratio: kind,
                stage: num_stage,
                year: num_year,
                base_stages: base_stages(tail),
                base_year,
            })
        }
        _ => None,
    }
}

/// The one money column of the rate's row (and group) that matches, if exactly one does.
fn operand<'a>(
    t: &'a TableFacts<'a>,
    rate: &Item,
    stages: Option<&[Stage]>,
    year: u32,
) -> Option<&'a Item> {
    let g = group(&rate.header_path);
    let mut found = t.items.iter().filter(|i| {
        i.row == rate.row
            && i.fiscal_year == Some(year)
            && stages.is_none_or(|s| s.contains(&i.stage))
            && names_stage(&i.header_path)
            && group(&i.header_path).is_none_or(|h| Some(h) == g)
    });
    let first = found.next()?;
    found.all(|i| i.col == first.col).then_some(first)
}

/// Half a unit of the last printed digit of an amount, in yuan.
fn fig(i: &Item) -> Fig {
    Fig {
        v: i.yuan(),
        h: printed_half(i),
    }
}

/// Every rate of the table whose operands its header names, recomputed.
pub fn rate_columns(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    let title = if t.title.is_empty() { "表" } else { t.title };
    let mut out = Vec::new();
    for rate in t.rates {
        let Some(printed) = rate.percent else {
            continue;
        };
        let Some(o) = operands(rate) else {
            continue;
        };
        let kind = o.ratio;
        let (Some(num), Some(base)) = (
            operand(t, rate, Some(&[o.stage]), o.year),
            operand(t, rate, o.base_stages, o.base_year),
        ) else {
            continue;
        };
        if num.col == base.col {
            continue;
        }
        let r = match kind {
            Ratio::Of => ratio(|x, _| x, fig(num), fig(base), |_, y| y),
            Ratio::Growth => ratio(|x, y| x - y, fig(num), fig(base), |_, y| y),
        };
        // A base of zero or less: the rate is undefined, nothing to recompute.
        let Some(r) = r else { continue };
        let (status, recomputed) = rate_status(printed, r);
        let what = format!(
            "{title} {}（{}）",
            if rate.name.is_empty() {
                "—"
            } else {
                rate.name.as_str()
            },
            rate.header_path
        );
        let formula = match kind {
            Ratio::Of => "÷",
            Ratio::Growth => "比",
        };
        let message = format!(
            "{what}：印 {printed}%，按 {} {} {formula} {} {} 应为 {recomputed}%{}",
            num.header_path,
            show(num.yuan(), num.unit),
            base.header_path,
            show(base.yuan(), base.unit),
            match status {
                Status::Pass => "，相符",
                Status::Rounding => "，在印刷舍入之内",
                Status::Fail => "",
            }
        );
        let mut pages = vec![rate.page, num.page, base.page];
        pages.sort_unstable();
        pages.dedup();
        out.push(Check {
            table: Some(idx),
            status,
            pages,
            message,
            quantity: Quantity::Percent,
            cells: vec![
                Place::of(idx, rate),
                Place::of(idx, num),
                Place::of(idx, base),
            ],
            ..Check::new(
                Rule::RateColumn,
                format!(
                    "row {} col {} {} = {} {} {}",
                    rate.row,
                    rate.col,
                    rate.measure.base.as_str(),
                    num.header_path,
                    formula,
                    base.header_path
                ),
                recomputed,
                printed,
            )
        });
    }
    out
}

/// A share (占比, 比重, 占…合计%) outside 0–100 % (a warning), checked where its row prints
/// the figure it is a share of. A negative figure in that column lets the others' shares pass
/// 100 % and its own fall below 0: then nothing is implausible. Growth and execution rates may
/// be anything; a header comparing (直比, 同比, 上年) is no share.
pub fn share_range(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    let title = if t.title.is_empty() { "表" } else { t.title };
    let mut out = Vec::new();
    for r in t.rates.iter().filter(|r| r.measure.base == Base::Share) {
        let last = r.header_path.rsplit(" / ").next().unwrap_or_default();
        if ["直比", "同比", "上年"].iter().any(|w| last.contains(w)) {
            continue;
        }
        let (Some(p), Some(year)) = (r.percent, r.fiscal_year) else {
            continue;
        };
        let Some(part) = operand(t, r, Some(&[r.stage]), year) else {
            continue;
        };
        let negative = t
            .items
            .iter()
            .any(|i| i.col == part.col && i.yuan() < Decimal::ZERO);
        let inside = negative || (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&p);
        out.push(Check {
            table: Some(idx),
            status: if inside { Status::Pass } else { Status::Fail },
            pages: vec![r.page],
            quantity: Quantity::Percent,
            cells: vec![Place::of(idx, r), Place::of(idx, part)],
            message: format!(
                "{title} {}（{}）：占比 {p}%，其数 {}{}",
                r.name,
                r.header_path,
                show(part.yuan(), part.unit),
                if inside {
                    "，合理"
                } else {
                    "，列中无负数，占比却不在 0–100% 之内"
                }
            ),
            ..Check::new(
                Rule::PercentRange,
                format!("row {} col {} share in 0–100%", r.row, r.col),
                p.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED),
                p,
            )
        });
    }
    out
}
