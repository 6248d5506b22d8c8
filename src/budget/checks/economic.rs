//! 人员经费 and 公用经费 against the economic classification of basic spending, as the national
//! template defines them: 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303); 公用经费 =
//! 商品和服务支出 (302) + 资本性支出 (310) and any other 类 basic spending prints (债务利息 307 …).
//! A basic-spending table printing a 人员经费 and a 公用经费 column is checked within itself; a
//! spending table printing them (一般公共预算支出表 基本支出 / 人员经费) against the basic-spending
//! table of the same money.

use rust_decimal::Decimal;

use super::{Check, Figure, Rule, TableFacts, compare, is_total_name};
use crate::budget::code::{Classification, Level};
use crate::budget::facts::Item;
use crate::budget::kind::Kind;
use crate::budget::measure::{Base, Measure};

/// The 类 of 人员经费; every other 类 of basic spending is 公用经费.
const PERSONNEL: [&str; 2] = ["301", "303"];

/// The department economic 类 a row names: its printed code, or the standard name of a 类
/// printed without one (工资福利支出 …).
fn lei(i: &Item) -> Option<&str> {
    if i.code_level == Some(Level::Lei) && i.classification == Classification::EconomicDept {
        return Some(i.code.as_str());
    }
    if !i.code.is_empty() {
        return None;
    }
    match i.name.as_str() {
        "工资福利支出" => Some("301"),
        "商品和服务支出" => Some("302"),
        "对个人和家庭的补助" => Some("303"),
        "资本性支出" => Some("310"),
        _ => None,
    }
}

/// A measure of the whole of basic spending (合计, 金额, 基本支出) of the same year and figure
/// as `like`.
fn is_whole(m: Measure, like: Measure) -> bool {
    matches!(m.base, Base::Total | Base::Amount | Base::Basic | Base::Gpb)
        && m.prior == like.prior
        && m.next == like.next
        && m.figure == like.figure
}

/// The 类 rows of the whole-spending column of `t` (the leftmost one with 工资福利支出),
/// split into 人员经费 and 公用经费.
fn split<'a>(t: &'a TableFacts<'a>, like: Measure) -> Option<(Vec<&'a Item>, Vec<&'a Item>)> {
    let col = t
        .items
        .iter()
        .filter(|i| lei(i) == Some("301") && is_whole(i.measure, like))
        .map(|i| i.col)
        .min()?;
    let (personnel, public): (Vec<&Item>, Vec<&Item>) = t
        .items
        .iter()
        .filter(|i| i.col == col && lei(i).is_some())
        .partition(|i| lei(i).is_some_and(|c| PERSONNEL.contains(&c)));
    Some((personnel, public))
}

/// The figures of a table's total row in its 人员经费 and 公用经费 columns.
fn stated_totals<'a>(t: &'a TableFacts<'a>) -> Vec<&'a Item> {
    let mut out: Vec<&Item> = Vec::new();
    for base in [Base::Personnel, Base::PublicExpense] {
        if let Some(i) = t.items.iter().find(|i| {
            i.measure.base == base
                && !i.measure.prior
                && i.code.is_empty()
                && is_total_name(&i.name)
        }) {
            out.push(i);
        }
    }
    out
}

/// Words of the 类 a sum adds, for a message.
fn names(parts: &[&Item]) -> String {
    let mut codes: Vec<&str> = parts.iter().filter_map(|i| lei(i)).collect();
    codes.sort_unstable();
    codes.dedup();
    codes.join(" + ")
}

/// One check of a 人员经费 or 公用经费 figure against the 类 it covers.
fn check_one(
    table: Option<usize>,
    prefix: &str,
    (title, basic_title): (&str, &str),
    (idx, total): (usize, &Item),
    (bi, personnel, public): (usize, &[&Item], &[&Item]),
) -> Check {
    let (word, parts, basis) = if total.measure.base == Base::Personnel {
        (
            "人员经费",
            personnel,
            "工资福利支出与对个人和家庭的补助之和",
        )
    } else {
        ("公用经费", public, "商品和服务支出、资本性支出等各类之和")
    };
    let basis = format!("{basic_title}{basis}");
    let sum: Vec<(Figure, bool)> = parts.iter().map(|&i| (Figure::of(bi, i), false)).collect();
    compare(
        table,
        Rule::PersonnelPublic,
        format!("{prefix}{word} {} = {}", total.measure, names(parts)),
        &format!("{title} {}（{word}）", total.name),
        &basis,
        Figure::of(idx, total),
        &sum,
    )
}

/// Within a basic-spending table: its total row's 人员经费 and 公用经费 against its 类 rows.
pub fn within(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    if !is_basic(t.kind) {
        return Vec::new();
    }
    let title = if t.title.is_empty() { "表" } else { t.title };
    stated_totals(t)
        .into_iter()
        // A total unlike the sum of its own column's 类 is sum_top's failure already: this
        // rule asks only whether its column holds the 类 the template assigns to it.
        .filter(|total| {
            let own: Decimal = t
                .items
                .iter()
                .filter(|i| i.col == total.col && lei(i).is_some())
                .map(|i| i.yuan())
                .sum();
            own == total.yuan()
        })
        .filter_map(|total| {
            let (personnel, public) = split(t, total.measure)?;
            Some(check_one(
                Some(idx),
                "",
                (title, ""),
                (idx, total),
                (idx, &personnel, &public),
            ))
        })
        .collect()
}

fn is_basic(k: Kind) -> bool {
    matches!(
        k,
        Kind::GpbBasicExpenditure | Kind::FiscalBasicExpenditure | Kind::BasicExpenditure
    )
}

/// Across tables: a spending table's 人员经费 and 公用经费 (一般公共预算支出表 合计 row) against
/// the 类 rows of the basic-spending table of the same money.
pub fn across(tables: &[TableFacts<'_>]) -> Vec<Check> {
    let first = |k: Kind| tables.iter().enumerate().find(|(_, t)| t.kind == k);
    let mut out = Vec::new();
    for (spending, basic) in [
        (Kind::GpbExpenditure, Kind::GpbBasicExpenditure),
        (Kind::FiscalExpenditure, Kind::FiscalBasicExpenditure),
    ] {
        let (Some((si, s)), Some((bi, b))) = (first(spending), first(basic)) else {
            continue;
        };
        for total in stated_totals(s) {
            // The basic-spending table's own 人员经费/公用经费 total when it prints one (its
            // 类 are checked within it), else the sums of its 类.
            if let Some(printed) = stated_totals(b)
                .into_iter()
                .find(|i| i.measure == total.measure)
            {
                out.push(compare(
                    None,
                    Rule::CrossTable,
                    format!(
                        "{} vs {}: {} {}",
                        spending.as_str(),
                        basic.as_str(),
                        printed.name,
                        total.measure
                    ),
                    &format!("{} {}（{}）", s.title, total.name, total.header_path),
                    &format!("{} {}（{}）", b.title, printed.name, printed.header_path),
                    Figure::of(si, total),
                    &[(Figure::of(bi, printed), false)],
                ));
                continue;
            }
            let Some((personnel, public)) = split(b, total.measure) else {
                continue;
            };
            out.push(check_one(
                None,
                &format!("{} vs {}: ", spending.as_str(), basic.as_str()),
                (s.title, &format!("{} ", b.title)),
                (si, total),
                (bi, &personnel, &public),
            ));
        }
    }
    out
}

/// Every sum of 人员经费 and 公用经费 a basic-spending table implies: per whole-spending column
/// with 工资福利支出, (人员经费 or 公用经费, the column's measure, the 类 rows it adds).
pub fn sums<'a>(t: &'a TableFacts<'a>) -> Vec<(Base, Measure, Vec<&'a Item>)> {
    if !is_basic(t.kind) {
        return Vec::new();
    }
    let mut cols: Vec<(usize, Measure)> = t
        .items
        .iter()
        .filter(|i| lei(i) == Some("301") && is_whole(i.measure, i.measure))
        .map(|i| (i.col, i.measure))
        .collect();
    cols.sort_unstable_by_key(|(c, _)| *c);
    cols.dedup_by_key(|(c, _)| *c);
    let mut out = Vec::new();
    for (col, m) in cols {
        let (personnel, public): (Vec<&Item>, Vec<&Item>) = t
            .items
            .iter()
            .filter(|i| i.col == col && lei(i).is_some())
            .partition(|i| lei(i).is_some_and(|c| PERSONNEL.contains(&c)));
        out.push((Base::Personnel, m, personnel));
        out.push((Base::PublicExpense, m, public));
    }
    out
}
