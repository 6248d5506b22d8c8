//! The 收支 tables: a 收入 half beside a 支出 half (收支总表, 财政拨款收支总表, a government's
//! 收支平衡表). On each side the grand total (总计) is this year's total (本年收入合计) plus the
//! carry-over rows (年初结转和结余, 上年结转), and this year's total the sum of the numbered rows
//! above it; the two grand totals balance; in a final account's 财政拨款收支总表 each fund's
//! year-end balance is its opening balance plus its income less its spending. Across tables:
//! this year's income and spending are the 收入表's and 支出表's 合计, the 财政拨款 income is
//! the 财政拨款收支总表's, and each 类 row of spending is the same in every table that prints it.
//!
//! Rows are told apart by their printed prefix: `一、` numbers a row of the side, `1.`,
//! `（一）` and `其中：` a part of the row above; rows naming a fund (一般公共预算…) right below a
//! carry-over row are that row's parts, whatever their prefix.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::checks::{Check, Figure, Rule, TableFacts, compare, is_total_name};
use super::code::Level;
use super::facts::Item;
use super::kind::Kind;
use super::measure::Base;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Income,
    Expenditure,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Income => "收入",
            Side::Expenditure => "支出",
        }
    }
}

/// A run of amount columns after a label column, on one side.
#[derive(Debug)]
struct Run {
    side: Side,
    cols: Vec<usize>,
}

/// What a row of a side is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    /// This year's total (本年收入合计, 当年支出小计).
    Year,
    /// The grand total (总计, 收入总计, 支出合计 below a 小计).
    Grand,
    /// A numbered row of the side (一、…) or an unnumbered one (上年结转).
    Top,
    /// A part of the row above (1.…, （一）…, 其中…, a fund under a carry-over row).
    Part,
}

fn side_of(path: &[String]) -> Option<Side> {
    let top = path.first()?;
    match (top.contains("收入"), top.contains("支出")) {
        (true, false) => Some(Side::Income),
        (false, true) => Some(Side::Expenditure),
        _ => None,
    }
}

fn is_label_header(path: &[String]) -> bool {
    path.last().is_some_and(|l| {
        ["项目", "名称", "科目"].iter().any(|w| l.contains(w)) && !l.contains("项目支出")
    })
}

/// The runs of a table printed as a 收入 half and a 支出 half; none for other tables.
fn runs(t: &TableFacts<'_>) -> Vec<Run> {
    let has_items = |c: usize| t.items.iter().any(|i| i.col == c);
    let mut out: Vec<Run> = Vec::new();
    let mut open = false;
    for (c, p) in t.paths.iter().enumerate() {
        let Some(side) = side_of(p) else {
            open = false;
            continue;
        };
        if !has_items(c) && is_label_header(p) {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(r) if open && r.side == side => r.cols.push(c),
            _ => out.push(Run {
                side,
                cols: vec![c],
            }),
        }
        open = true;
    }
    let sides = |s: Side| {
        out.iter()
            .any(|r| r.side == s && r.cols.iter().any(|&c| has_items(c)))
    };
    if sides(Side::Income) && sides(Side::Expenditure) {
        out
    } else {
        Vec::new()
    }
}

const FUNDS: [&str; 3] = ["一般公共预算", "政府性基金", "国有资本经营"];

fn names_fund(name: &str) -> bool {
    FUNDS.iter().any(|w| name.contains(w))
}

fn is_carry(name: &str) -> bool {
    name.contains("结转") || name.contains("结余")
}

/// The number of a printed prefix that numbers a row of the side: 一、 … 二十、.
fn numbered_top(prefix: &str) -> Option<u32> {
    let p = prefix.trim_end_matches(['、', '．', '.', ' ']);
    if p.is_empty() || prefix == p {
        return None;
    }
    super::amount::small_numeral(p)
}

fn is_year_total(name: &str) -> bool {
    (name.starts_with("本年") || name.starts_with("当年"))
        && (name.ends_with("合计") || name.ends_with("小计"))
}

/// The labelled rows of a run, top to bottom: (row, name, prefix) from the items of its side.
fn rows_of<'a>(t: &'a TableFacts<'_>, run: &Run, side_cols: &[usize]) -> Vec<(usize, &'a Item)> {
    let mut m: BTreeMap<usize, &Item> = BTreeMap::new();
    // A row without a label is no row of the side anyone can name (its label was lost):
    // adding it would count its figure twice.
    for i in t
        .items
        .iter()
        .filter(|i| run.cols.contains(&i.col) && !i.name.is_empty())
    {
        m.entry(i.row).or_insert(i);
    }
    // A total whose label spans this run's columns prints its figure in another run of the
    // side (当年支出小计 over 功能分类 | 支出用途).
    for i in t
        .items
        .iter()
        .filter(|i| side_cols.contains(&i.col) && is_total_name(&i.name))
    {
        m.entry(i.row).or_insert(i);
    }
    m.into_iter().collect()
}

fn classify(rows: &[(usize, &Item)]) -> Vec<RowKind> {
    let year = rows.iter().position(|(_, i)| is_year_total(&i.name));
    let mut out = Vec::new();
    let mut under_carry = false;
    // A side that numbers its rows (一、财政拨款收入 二、…) prints the rows under one
    // unnumbered (一般公共预算拨款收入, indented only) or numbered afresh from 一 (一、本年支出
    // over 一、一般公共服务支出 … 四、住房保障支出, then 二、结转下年支出): those are its parts.
    let mut outer: Option<u32> = None;
    let mut nested: Option<u32> = None;
    for (k, (_, i)) in rows.iter().enumerate() {
        let number = numbered_top(&i.prefix);
        let kind = if Some(k) == year {
            RowKind::Year
        } else if is_total_name(&i.name) || i.name == "小计" {
            RowKind::Grand
        } else if under_carry && names_fund(&i.name) {
            RowKind::Part
        } else if let Some(n) = number {
            let goes_on = nested.map_or(outer.is_some() && n == 1, |m| n == m + 1);
            if goes_on {
                nested = Some(n);
                RowKind::Part
            } else {
                outer = Some(n);
                nested = None;
                RowKind::Top
            }
        } else if i.prefix.is_empty() && outer.is_none() {
            RowKind::Top
        } else {
            RowKind::Part
        };
        under_carry = match kind {
            RowKind::Top => is_carry(&i.name),
            RowKind::Part => under_carry,
            _ => false,
        };
        if matches!(kind, RowKind::Year | RowKind::Grand) {
            (outer, nested) = (None, None);
        }
        out.push(kind);
    }
    out
}

/// The figure of run column `col` at `row`: the item there, a blank cell as zero, or (for a
/// total whose label spans the run) the side's total printed in its other run.
fn figure(
    t: &TableFacts<'_>,
    idx: usize,
    col: usize,
    row: &Item,
    side_cols: &[usize],
) -> Option<Figure> {
    t.figure_at(idx, row.row, col).or_else(|| {
        t.items
            .iter()
            .find(|i| i.row == row.row && side_cols.contains(&i.col) && i.name == row.name)
            .map(|i| Figure::of(idx, i))
    })
}

/// A side's grand total in one column: the column, its figure, its header.
type ColumnTotal = (usize, Figure, String);

/// Checks of one 收支 table.
pub fn checks(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    let runs = runs(t);
    let mut out = Vec::new();
    let title = if t.title.is_empty() {
        "收支表"
    } else {
        t.title
    };
    let mut grand: Vec<(Side, Vec<ColumnTotal>)> = Vec::new();
    for run in &runs {
        let side_cols: Vec<usize> = runs
            .iter()
            .filter(|r| r.side == run.side)
            .flat_map(|r| r.cols.iter().copied())
            .collect();
        let rows = rows_of(t, run, &side_cols);
        let kinds = classify(&rows);
        let year = kinds.iter().position(|k| *k == RowKind::Year);
        let grand_at = kinds.iter().rposition(|k| *k == RowKind::Grand);
        let tops = |from: usize, to: usize| -> Vec<&Item> {
            (from..to)
                .filter(|&k| kinds.get(k) == Some(&RowKind::Top))
                .filter_map(|k| rows.get(k).map(|(_, i)| *i))
                .collect()
        };
        let mut grands = Vec::new();
        for &col in &run.cols {
            let header = t.paths.get(col).map(|p| p.join("/")).unwrap_or_default();
            let mut sum = |total: &Item, parts: &[&Item], check: String, basis: &str| {
                let actual = figure(t, idx, col, total, &side_cols)?;
                let figures: Option<Vec<(Figure, bool)>> = parts
                    .iter()
                    .map(|p| figure(t, idx, col, p, &side_cols).map(|f| (f, false)))
                    .collect();
                let figures = figures?;
                // Nothing printed in the parts: nothing to add up.
                if figures.iter().all(|(f, _)| f.amount.is_zero())
                    && !parts.iter().any(|p| p.col == col)
                {
                    return None;
                }
                out.push(compare(
                    Some(idx),
                    Rule::SideTotal,
                    check,
                    &format!("{title} {} {}（{header}）", run.side.name(), total.name),
                    basis,
                    actual,
                    &figures,
                ));
                Some(actual)
            };
            match (year, grand_at) {
                (Some(y), g) => {
                    let Some(&(_, yi)) = rows.get(y) else {
                        continue;
                    };
                    let above = tops(0, y);
                    if !above.is_empty() {
                        sum(
                            yi,
                            &above,
                            format!("{} {} = Σ rows above ({header})", run.side.name(), yi.name),
                            "其上各项之和",
                        );
                    }
                    if let Some(g) = g.filter(|&g| g > y)
                        && let Some(&(_, gi)) = rows.get(g)
                    {
                        let mut parts = vec![yi];
                        parts.extend(tops(y + 1, g));
                        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
                        if let Some(f) = sum(
                            gi,
                            &parts,
                            format!(
                                "{} {} = {} ({header})",
                                run.side.name(),
                                gi.name,
                                names.join(" + ")
                            ),
                            &format!("{}之和", names.join("、")),
                        ) {
                            grands.push((col, f, header.clone()));
                        }
                    }
                }
                (None, Some(g)) => {
                    let Some(&(_, gi)) = rows.get(g) else {
                        continue;
                    };
                    let above = tops(0, g);
                    let check =
                        format!("{} {} = Σ rows above ({header})", run.side.name(), gi.name);
                    let f = if above.is_empty() {
                        figure(t, idx, col, gi, &side_cols)
                    } else {
                        sum(gi, &above, check, "其上各项之和")
                    };
                    if let Some(f) = f {
                        grands.push((col, f, header.clone()));
                    }
                }
                (None, None) => {}
            }
        }
        if !grands.is_empty() {
            grand.push((run.side, grands));
        }
    }
    out.extend(balance(idx, t, &grand));
    out.extend(fund_balances(idx, t, &runs));
    out
}

/// 收入总计 = 支出总计: the income side's grand total against the spending side's, column by
/// column when both print the same figures (预算数 | 执行数), else against its total column.
fn balance(idx: usize, t: &TableFacts<'_>, grand: &[(Side, Vec<ColumnTotal>)]) -> Vec<Check> {
    let side = |s: Side| grand.iter().find(|(x, _)| *x == s).map(|(_, g)| g);
    let (Some(inc), Some(exp)) = (side(Side::Income), side(Side::Expenditure)) else {
        return Vec::new();
    };
    let leaf = |c: usize| {
        t.paths
            .get(c)
            .and_then(|p| p.last())
            .cloned()
            .unwrap_or_default()
    };
    let pairs: Vec<(&ColumnTotal, &ColumnTotal)> =
        if inc.len() == exp.len() && inc.iter().zip(exp).all(|(a, b)| leaf(a.0) == leaf(b.0)) {
            inc.iter().zip(exp).collect()
        } else if let ([one], Some(total)) = (inc.as_slice(), exp.first()) {
            vec![(one, total)]
        } else {
            Vec::new()
        };
    let title = if t.title.is_empty() {
        "收支表"
    } else {
        t.title
    };
    pairs
        .into_iter()
        .map(|((_, i, ih), (_, e, eh))| {
            compare(
                Some(idx),
                Rule::Balance,
                if ih == eh || inc.len() == 1 {
                    "收入总计 = 支出总计".to_string()
                } else {
                    format!("收入总计 = 支出总计 ({ih})")
                },
                &format!("{title} 支出总计（{eh}）"),
                "收入总计",
                *e,
                &[(*i, false)],
            )
        })
        .collect()
}

/// In a final account's 财政拨款收支总表, each fund's 年末结转和结余 = 年初结转和结余 + 本年收入
/// − 本年支出: income by fund in the rows of the income side, spending by fund in the columns
/// of the spending side.
fn fund_balances(idx: usize, t: &TableFacts<'_>, runs: &[Run]) -> Vec<Check> {
    let mut out = Vec::new();
    let (Some(inc), Some(exp)) = (
        runs.iter().find(|r| r.side == Side::Income),
        runs.iter().find(|r| r.side == Side::Expenditure),
    ) else {
        return out;
    };
    let inc_cols: Vec<usize> = inc.cols.clone();
    let rows = rows_of(t, inc, &inc_cols);
    let kinds = classify(&rows);
    let Some(year) = kinds.iter().position(|k| *k == RowKind::Year) else {
        return out;
    };
    // 年初结转和结余 and its fund rows below it.
    let Some(opening) = (year + 1..rows.len()).find(|&k| {
        kinds.get(k) == Some(&RowKind::Top) && rows.get(k).is_some_and(|(_, i)| is_carry(&i.name))
    }) else {
        return out;
    };
    let exp_cols: Vec<usize> = exp.cols.clone();
    let exp_rows = rows_of(t, exp, &exp_cols);
    let exp_kinds = classify(&exp_rows);
    let Some(spent) = exp_kinds.iter().position(|k| *k == RowKind::Year) else {
        return out;
    };
    let Some(closing) = (spent + 1..exp_rows.len()).find(|&k| {
        exp_kinds.get(k) == Some(&RowKind::Top)
            && exp_rows.get(k).is_some_and(|(_, i)| is_carry(&i.name))
    }) else {
        return out;
    };
    let Some(&inc_col) = inc.cols.first() else {
        return out;
    };
    let title = if t.title.is_empty() {
        "财政拨款收支总表"
    } else {
        t.title
    };
    for word in FUNDS {
        let Some(exp_col) = exp.cols.iter().copied().find(|&c| {
            t.paths
                .get(c)
                .and_then(|p| p.last())
                .is_some_and(|l| l.contains(word))
        }) else {
            continue;
        };
        let named = |rows: &[(usize, &Item)], k: usize| {
            rows.get(k).is_some_and(|(_, i)| i.name.contains(word))
        };
        let income = (0..year).find(|&k| named(&rows, k));
        let open = (opening + 1..rows.len())
            .take_while(|&k| kinds.get(k) == Some(&RowKind::Part))
            .find(|&k| named(&rows, k));
        let (Some(income), Some(open)) = (income, open) else {
            continue;
        };
        let at = |rows: &[(usize, &Item)], k: usize, c: usize| {
            rows.get(k).and_then(|(_, r)| t.figure_at(idx, r.row, c))
        };
        let (Some(close), Some(o), Some(i), Some(s)) = (
            at(&exp_rows, closing, exp_col),
            at(&rows, open, inc_col),
            at(&rows, income, inc_col),
            at(&exp_rows, spent, exp_col),
        ) else {
            continue;
        };
        if [close, o, i, s].iter().all(|f| f.amount.is_zero()) {
            continue;
        }
        out.push(compare(
            Some(idx),
            Rule::Carryover,
            format!("{word} 年末结转和结余 = 年初 + 收入 − 支出"),
            &format!("{title} {word} 年末结转和结余"),
            "年初结转和结余 + 本年收入 − 本年支出",
            close,
            &[(o, false), (i, false), (s, true)],
        ));
    }
    out
}

/// One side's totals of a 收支 table: (this year's, grand), each with its figure, from the
/// side's first total column.
struct SideTotals<'a> {
    year: Option<&'a Item>,
    grand: Option<&'a Item>,
    /// Carry-over rows with a figure other than zero between them.
    carried: bool,
    /// The side's rows with their kind (for 类 rows by name).
    rows: Vec<(&'a Item, RowKind)>,
}

fn side_totals<'a>(t: &'a TableFacts<'_>, side: Side) -> Option<SideTotals<'a>> {
    let runs = runs(t);
    let side_cols: Vec<usize> = runs
        .iter()
        .filter(|r| r.side == side)
        .flat_map(|r| r.cols.iter().copied())
        .collect();
    // The run that prints the side's totals: the last (支出用途 after 功能分类).
    let run = runs.iter().rev().find(|r| r.side == side)?;
    let col = *run.cols.first()?;
    let rows = rows_of(t, run, &side_cols);
    let kinds = classify(&rows);
    let on_col = |k: usize| -> Option<&'a Item> {
        let (row, item) = rows.get(k)?;
        t.items.iter().find(|i| {
            i.row == *row
                && (i.col == col
                    || side_cols.contains(&i.col) && i.name == item.name && is_total_name(&i.name))
        })
    };
    let year = kinds.iter().position(|k| *k == RowKind::Year);
    let grand = kinds.iter().rposition(|k| *k == RowKind::Grand);
    let carried = match (year, grand) {
        (Some(y), Some(g)) => (y + 1..g).any(|k| {
            kinds.get(k) == Some(&RowKind::Top) && on_col(k).is_some_and(|i| !i.yuan().is_zero())
        }),
        (None, Some(g)) => (0..g).any(|k| {
            kinds.get(k) == Some(&RowKind::Top)
                && rows.get(k).is_some_and(|(_, i)| is_carry(&i.name))
                && on_col(k).is_some_and(|i| !i.yuan().is_zero())
        }),
        _ => false,
    };
    let all: Vec<(&Item, RowKind)> = kinds
        .iter()
        .enumerate()
        .filter_map(|(k, &kind)| on_col(k).map(|i| (i, kind)))
        .collect();
    Some(SideTotals {
        year: year.and_then(on_col),
        grand: grand.and_then(on_col),
        carried,
        rows: all,
    })
}

/// This year's total of a side: its 本年合计 row, or its grand total when no carry-over adds
/// to it.
fn this_year<'a>(s: &SideTotals<'a>) -> Option<&'a Item> {
    s.year.or(if s.carried { None } else { s.grand })
}

/// The 合计 row of a table's total column (合计, 本年收入合计 …, measure total or amount).
fn total_row<'a>(t: &'a TableFacts<'_>) -> Option<&'a Item> {
    t.items.iter().find(|i| {
        i.code.is_empty()
            && matches!(
                i.name.as_str(),
                "合计" | "总计" | "收入总计" | "支出总计" | "本年收入合计" | "本年支出合计"
            )
            && matches!(i.measure.base, Base::Total | Base::Amount)
            && !i.measure.prior
    })
}

/// Checks across the tables of a document that involve a 收支 table.
pub fn across(tables: &[TableFacts<'_>]) -> Vec<Check> {
    let mut out = Vec::new();
    let first = |k: Kind| tables.iter().enumerate().find(|(_, t)| t.kind == k);
    let summary = first(Kind::RevenueExpenditureSummary);
    let fiscal = first(Kind::FiscalSummary);
    // 收支总表 本年收入合计 / 本年支出合计 = 收入表 / 支出表 合计.
    if let Some((si, s)) = summary {
        for (side, kind, what) in [
            (Side::Income, Kind::Revenue, "收入表"),
            (Side::Expenditure, Kind::Expenditure, "支出表"),
        ] {
            let (Some(totals), Some((ti, t))) = (side_totals(s, side), first(kind)) else {
                continue;
            };
            let Some(table_total) = total_row(t) else {
                continue;
            };
            // A 收入表 with a 上年结转 column totals income with the carry-over: the summary's
            // grand total; otherwise this year's income.
            let with_carry = t
                .items
                .iter()
                .any(|i| i.measure.base == Base::Carryover && i.row == table_total.row);
            let figure = if with_carry {
                totals.grand
            } else {
                this_year(&totals)
            };
            let Some(f) = figure else { continue };
            out.push(compare(
                None,
                Rule::CrossTable,
                format!("收支总表 {} = {what} 合计", f.name),
                &format!("{} {}", s.title, f.name),
                &format!("{} 合计", t.title),
                Figure::of(si, f),
                &[(Figure::of(ti, table_total), false)],
            ));
        }
        // Each spending row of the 收支总表 that names a 类 = that 类 in the 支出表.
        if let (Some(totals), Some((ei, e))) =
            (side_totals(s, Side::Expenditure), first(Kind::Expenditure))
        {
            out.extend(same_lei(si, s, &totals, ei, e, "收支总表", "支出表"));
        }
    }
    if let Some((fi, f)) = fiscal {
        // 收入表 财政拨款收入 = 财政拨款收支总表 本年收入合计 (the final accounts' template).
        if let (Some(totals), Some((ri, r))) = (side_totals(f, Side::Income), first(Kind::Revenue))
            && let Some(year) = totals.year
            && let Some(total) = total_row(r)
            && let Some(fiscal_income) = r.items.iter().find(|i| {
                i.row == total.row
                    && r.paths
                        .get(i.col)
                        .and_then(|p| p.last())
                        .is_some_and(|l| l.trim_end_matches("收入") == "财政拨款")
            })
        {
            out.push(compare(
                None,
                Rule::CrossTable,
                "收入表 财政拨款收入 = 财政拨款收支总表 本年收入合计".into(),
                &format!("{} {}", f.title, year.name),
                &format!("{} 合计（财政拨款收入）", r.title),
                Figure::of(fi, year),
                &[(Figure::of(ri, fiscal_income), false)],
            ));
        }
        // Each 类 of 一般公共预算 spending in the 财政拨款收支总表 = the 一般公共预算支出表's.
        if let (Some(totals), Some((gi, g))) = (
            side_totals(f, Side::Expenditure),
            first(Kind::GpbExpenditure),
        ) {
            let gpb_rows: Vec<(&Item, RowKind)> = totals
                .rows
                .iter()
                .filter_map(|(i, k)| {
                    f.items
                        .iter()
                        .find(|x| x.row == i.row && x.measure.base == Base::Gpb && !x.measure.prior)
                        .map(|x| (x, *k))
                })
                .collect();
            let gpb = SideTotals {
                year: None,
                grand: None,
                carried: false,
                rows: gpb_rows,
            };
            out.extend(same_lei(
                fi,
                f,
                &gpb,
                gi,
                g,
                "财政拨款收支总表",
                "一般公共预算支出表",
            ));
        }
    }
    out.extend(code_sets(tables));
    out
}

/// The rows of a 收支 table's side that name a 类 printed in `other` (by name, in its total
/// column), each = that 类's figure.
fn same_lei(
    si: usize,
    s: &TableFacts<'_>,
    side: &SideTotals<'_>,
    oi: usize,
    o: &TableFacts<'_>,
    s_name: &str,
    o_name: &str,
) -> Vec<Check> {
    let mut out = Vec::new();
    for (row, kind) in &side.rows {
        if *kind != RowKind::Top {
            continue;
        }
        let Some(lei) = o.items.iter().find(|i| {
            i.code_level == Some(Level::Lei)
                && i.name == row.name
                && i.code.starts_with('2')
                && matches!(i.measure.base, Base::Total | Base::Amount)
                && !i.measure.prior
        }) else {
            continue;
        };
        out.push(compare(
            None,
            Rule::CrossTable,
            format!("{s_name} {} = {o_name} {}", row.name, lei.code),
            &format!("{} {}", s.title, row.name),
            &format!("{} {} {}", o.title, lei.code, lei.name),
            Figure::of(si, row),
            &[(Figure::of(oi, lei), false)],
        ));
    }
    out
}

/// The 收入表 and the 支出表 list the same 功能分类 codes: a code with income and no spending
/// (or the reverse) is possible (all of it carried over) but worth a look.
fn code_sets(tables: &[TableFacts<'_>]) -> Vec<Check> {
    let codes = |k: Kind| -> Option<(usize, Vec<&Item>)> {
        let (i, t) = tables.iter().enumerate().find(|(_, t)| t.kind == k)?;
        let mut v: Vec<&Item> = t
            .items
            .iter()
            .filter(|i| i.code.starts_with('2') && i.code_level.is_some())
            .collect();
        v.sort_by(|a, b| a.code.cmp(&b.code));
        v.dedup_by(|a, b| a.code == b.code);
        (!v.is_empty()).then_some((i, v))
    };
    let (Some((ri, rev)), Some((ei, exp))) = (codes(Kind::Revenue), codes(Kind::Expenditure))
    else {
        return Vec::new();
    };
    let only = |a: &[&Item], b: &[&Item]| -> Vec<String> {
        a.iter()
            .filter(|x| !b.iter().any(|y| y.code == x.code))
            .map(|x| x.code.clone())
            .collect()
    };
    let (r_only, e_only) = (only(&rev, &exp), only(&exp, &rev));
    let mut c = Check::new(
        Rule::CodeSets,
        "收入表 codes = 支出表 codes".into(),
        Decimal::from(rev.len() + e_only.len()),
        Decimal::from(rev.len() + e_only.len() - r_only.len() - e_only.len()),
    );
    c.quantity = super::checks::Quantity::Count;
    c.message = if r_only.is_empty() && e_only.is_empty() {
        format!("收入表与支出表列出相同的 {} 个功能分类科目", rev.len())
    } else {
        format!(
            "收入表与支出表的功能分类科目不同：仅收入表有 {}；仅支出表有 {}",
            if r_only.is_empty() {
                "—".into()
            } else {
                r_only.join("、")
            },
            if e_only.is_empty() {
                "—".into()
            } else {
                e_only.join("、")
            }
        )
    };
    let first = r_only
        .first()
        .and_then(|code| rev.iter().find(|x| &x.code == code).map(|x| (ri, *x)))
        .or_else(|| {
            e_only
                .first()
                .and_then(|code| exp.iter().find(|x| &x.code == code).map(|x| (ei, *x)))
        });
    if let Some((t, item)) = first {
        c.cells = vec![Figure::of(t, item).place];
    }
    let mut pages: Vec<u32> = rev.iter().chain(&exp).map(|i| i.page).collect();
    pages.sort_unstable();
    pages.dedup();
    c.pages = pages;
    vec![c]
}
