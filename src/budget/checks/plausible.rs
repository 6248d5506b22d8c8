//! Plausibility in the tables (warnings): 三公 spending above its budget.

use super::{Check, Figure, Rule, TableFacts, compare};
use crate::budget::facts::Item;
use crate::budget::kind::Kind;
use crate::budget::measure::{Base, Figure as Stage};

/// The 三公 measures (each item, 小计 and 合计).
fn is_three_public(b: Base) -> bool {
    matches!(
        b,
        Base::OverseasTravel
            | Base::VehiclePurchaseAndOperation
            | Base::VehiclePurchase
            | Base::VehicleOperation
            | Base::Reception
            | Base::ThreePublicTotal
            | Base::Total
            | Base::Amount
    )
}

/// 决算 > 预算 in a 三公 table printing both for the same item (a row's column pair, or the
/// columns of one item): a warning, spending above budget can be authorised. The budget is the
/// adjusted one when printed, else the initial one.
pub fn over_budget(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    if !matches!(t.kind, Kind::ThreePublic | Kind::GovThreePublic) {
        return Vec::new();
    }
    let title = if t.title.is_empty() { "表" } else { t.title };
    let mut out = Vec::new();
    let of_year =
        |i: &&Item| !i.measure.prior && !i.measure.next && is_three_public(i.measure.base);
    for fin in t
        .items
        .iter()
        .filter(of_year)
        .filter(|i| i.measure.figure == Some(Stage::Final))
    {
        let budget = |stages: &[Option<Stage>]| {
            t.items.iter().filter(of_year).find(|b| {
                b.row == fin.row
                    && b.measure.base == fin.measure.base
                    && stages.contains(&b.measure.figure)
            })
        };
        let Some(b) =
            budget(&[Some(Stage::Adjusted)]).or_else(|| budget(&[None, Some(Stage::Initial)]))
        else {
            continue;
        };
        let what = if fin.name.is_empty() {
            format!("{title}（{}）", fin.header_path)
        } else {
            format!("{title} {}（{}）", fin.name, fin.header_path)
        };
        let mut c = compare(
            Some(idx),
            Rule::OverBudget,
            format!("row {} {} <= {}", fin.row, fin.measure, b.measure),
            &what,
            &format!("预算（{}）", b.header_path),
            Figure::of(idx, fin),
            &[(Figure::of(idx, b), false)],
        );
        // Only spending above the budget is in doubt; below it is what a budget is for.
        if fin.yuan() <= b.yuan() || c.status != super::Status::Fail {
            c.status = super::Status::Pass;
            c.message = format!(
                "{what}：决算 {}，预算 {}，未超预算",
                super::show(fin.yuan(), fin.unit),
                super::show(b.yuan(), b.unit)
            );
        } else {
            c.message = format!(
                "{what}：决算 {}，预算 {}，决算超出预算",
                super::show(fin.yuan(), fin.unit),
                super::show(b.yuan(), b.unit)
            );
        }
        out.push(c);
    }
    out
}
