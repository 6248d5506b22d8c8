//! Consistency checks, reported not enforced: sums the tables imply, within a table and across
//! the tables of a document, compared exactly; a difference within the printed rounding of the
//! figures is `rounding`. Every check says what rule it applies, how grave a failure is, what
//! it compared in words a reader of the document understands, and where the figure it doubts
//! is printed (page and box), so that a failure can be shown on the page.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::amount::{Printed, Unit, parse};
use super::code::Level;
use super::document::AnalysedTable;
use super::facts::Item;
use super::kind::Kind;
use super::measure::{Base, Measure};
use crate::pdf::Rect;
use crate::table::Cell;

/// A check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Rounding,
    Fail,
}

impl Status {
    /// Pass when equal, rounding within `tolerance`, else fail.
    pub fn of(diff: Decimal, tolerance: Decimal) -> Status {
        if diff.is_zero() {
            Status::Pass
        } else if diff.abs() <= tolerance {
            Status::Rounding
        } else {
            Status::Fail
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Rounding => "rounding",
            Status::Fail => "fail",
        }
    }
}

/// How grave a failed check is: `error` for a figure the document contradicts itself on (an
/// identity of the tables, a stated figure unlike the table's, a comparison its own figures
/// refute, a missing standard table); `warning` for what is implausible but can be true (三公
/// spending above its budget, a negative amount, growth from nothing); `info` for what is
/// worth a look and no inconsistency (the code lists of two tables differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// What `expected` and `actual` are counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// Money, in yuan.
    Yuan,
    /// A rate or share, in percent (`98.20` for 98.20%).
    Percent,
    /// A calendar year.
    Year,
    /// A count (tables present, placeholders found).
    Count,
    /// The sign of a difference: −1, 0 or 1 (大于/小于/等于 against the figures).
    Sign,
}

macro_rules! rules {
    ($($variant:ident = $id:literal,)*) => {
        /// The rule a check applies (docs/SCHEMA.md lists them with what they compare).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Rule {
            $(#[serde(rename = $id)] $variant,)*
        }

        impl Rule {
            pub const ALL: &[Rule] = &[$(Rule::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Rule::$variant => $id,)* }
            }
        }
    };
}

rules! {
    // Arithmetic within a table.
    SumChildren = "sum_children",
    SumTop = "sum_top",
    SumColumns = "sum_columns",
    Balance = "balance",
    SideTotal = "side_total",
    Carryover = "carryover",
    PersonnelPublic = "personnel_public",
    RateColumn = "rate_column",
    // Across tables.
    CrossTable = "cross_table",
    CodeSets = "code_sets",
    // Across documents (a prior-year figure = that year's own document).
    PriorYear = "prior_year",
    // The explanatory text.
    StatedFigure = "stated_figure",
    StatedChange = "stated_change",
    StatedRate = "stated_rate",
    StatedShare = "stated_share",
    StatedCompletion = "stated_completion",
    StatedParts = "stated_parts",
    ComparisonWord = "comparison_word",
    // The disclosure itself.
    TablePresent = "table_present",
    EmptyTableNote = "empty_table_note",
    Year = "year",
    Placeholder = "placeholder",
    Punctuation = "punctuation",
    // Plausibility (warnings).
    OverBudget = "over_budget",
    NegativeAmount = "negative_amount",
    PercentRange = "percent_range",
    ChangeFromZero = "change_from_zero",
    RateOfZeroBudget = "rate_of_zero_budget",
}

impl Rule {
    /// The severity of a failure of this rule.
    pub fn severity(self) -> Severity {
        match self {
            Rule::OverBudget
            | Rule::PersonnelPublic
            | Rule::NegativeAmount
            | Rule::PercentRange
            | Rule::ChangeFromZero
            | Rule::RateOfZeroBudget
            | Rule::PriorYear => Severity::Warning,
            Rule::CodeSets => Severity::Info,
            _ => Severity::Error,
        }
    }
}

/// A cell of one of a document's tables (0-based table index, grid row and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub table: usize,
    pub row: usize,
    pub col: usize,
}

impl Place {
    /// Where item `i` of table `table` is.
    pub fn of(table: usize, i: &Item) -> Place {
        Place {
            table,
            row: i.row,
            col: i.col,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// Table index (0-based) for a check within one table; `None` across tables.
    pub table: Option<usize>,
    /// What is compared, e.g. `201 total = Σ children` (stable across runs: a key).
    pub check: String,
    pub rule: Rule,
    pub severity: Severity,
    #[serde(with = "rust_decimal::serde::str")]
    pub expected: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub actual: Decimal,
    pub quantity: Quantity,
    pub status: Status,
    /// Every page a compared figure is printed on.
    pub pages: Vec<u32>,
    /// Where the figure in doubt is printed: its page and box (top-left page space, points).
    pub page: Option<u32>,
    pub bbox: Option<Rect>,
    /// What was compared, in Chinese, with the figures in the document's units.
    pub message: String,
    /// The table cells compared, the printed one first (none for text checks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Place>,
}

impl Check {
    /// A check of `rule` with its severity, no place yet.
    pub fn new(rule: Rule, check: String, expected: Decimal, actual: Decimal) -> Check {
        Check {
            table: None,
            check,
            rule,
            severity: rule.severity(),
            expected,
            actual,
            quantity: Quantity::Yuan,
            status: Status::of(expected - actual, Decimal::ZERO),
            pages: Vec::new(),
            page: None,
            bbox: None,
            message: String::new(),
            cells: Vec::new(),
        }
    }
}

/// One figure as a check sees it: an item, or a blank cell of an amount column (zero).
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    pub amount: Decimal,
    pub unit: Unit,
    pub page: u32,
    pub place: Place,
    /// Decimals printed after the point (`1,352.27` has 2, `３４２８６５６３` none): the
    /// figure's rounding is half a unit of its last printed digit.
    pub decimals: u32,
}

/// Half a unit of the last digit of a figure printed with `scale` decimals (0.05 for one):
/// how far its rounding lets it be off.
pub fn half_unit(scale: u32) -> Decimal {
    Decimal::try_new(5, scale + 1).unwrap_or(Decimal::ZERO)
}

/// Half a unit of the last digit an item prints, in yuan: how far its rounding lets it be off.
pub fn printed_half(i: &Item) -> Decimal {
    half_unit(printed_decimals(&i.printed)) * i.unit.multiplier()
}

/// Digits printed after the decimal point (ASCII or full-width).
pub fn printed_decimals(printed: &str) -> u32 {
    printed.rfind(['.', '．']).map_or(0, |at| {
        printed
            .get(at..)
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .count() as u32
    })
}

impl Figure {
    pub fn of(table: usize, i: &Item) -> Figure {
        Figure {
            amount: i.yuan(),
            unit: i.unit,
            page: i.page,
            place: Place::of(table, i),
            decimals: printed_decimals(&i.printed),
        }
    }
}

/// A table's facts with what the checks need to know of it.
pub struct TableFacts<'a> {
    pub kind: Kind,
    pub title: &'a str,
    pub items: &'a [Item],
    /// The figures of its percentage columns.
    pub rates: &'a [Item],
    pub paths: Vec<Vec<String>>,
    pub cells: &'a [Cell],
    /// The table's unit (for its blank cells).
    pub unit: Option<Unit>,
}

impl<'a> TableFacts<'a> {
    pub fn of(a: &'a AnalysedTable) -> TableFacts<'a> {
        TableFacts {
            kind: a.kind,
            title: a.table.title.as_deref().unwrap_or(""),
            items: &a.items,
            rates: &a.rates,
            paths: a.table.columns.iter().map(|c| c.path.clone()).collect(),
            cells: &a.table.cells,
            unit: a
                .items
                .first()
                .map(|i| i.unit)
                .or_else(|| a.table.unit.as_deref().and_then(Unit::find)),
        }
    }

    /// The figure at (row, col) of table `idx`: its item, zero for a blank cell (nothing
    /// printed, or a dash), `None` for a cell with other text or no cell at all.
    pub fn figure_at(&self, idx: usize, row: usize, col: usize) -> Option<Figure> {
        if let Some(i) = self.items.iter().find(|i| i.row == row && i.col == col) {
            return Some(Figure::of(idx, i));
        }
        let cell = self.cells.iter().find(|c| {
            (c.row..c.row + c.rowspan.max(1)).contains(&row)
                && (c.col..c.col + c.colspan.max(1)).contains(&col)
        })?;
        // A cell spanning several columns is no one column's figure.
        if cell.colspan > 1 || parse(&cell.text) != Printed::Blank {
            return None;
        }
        Some(Figure {
            amount: Decimal::ZERO,
            unit: self.unit?,
            page: cell.page,
            place: Place {
                table: idx,
                row,
                col,
            },
            decimals: 0,
        })
    }
}

/// An amount in yuan as the document prints it: in `unit`, with thousands separators
/// (`2,940.05万元`).
pub fn show(yuan: Decimal, unit: Unit) -> String {
    // Yuan keep the printed number of decimals: so does the figure shown.
    let mut v = yuan / unit.multiplier();
    v.rescale(yuan.scale());
    let s = v.abs().to_string();
    let (int, frac) = s.split_once('.').map_or((s.as_str(), ""), |(a, b)| (a, b));
    let mut grouped = String::new();
    for (n, c) in int.chars().enumerate() {
        if n > 0 && (int.len() - n) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    let frac = if frac.is_empty() {
        String::new()
    } else {
        format!(".{frac}")
    };
    format!("{sign}{grouped}{frac}{}", unit.name())
}

/// The message of a comparison: `what：印 A，basis E` and the difference.
pub fn sum_message(
    what: &str,
    actual: String,
    basis: &str,
    expected: String,
    status: Status,
    diff: String,
) -> String {
    match status {
        Status::Pass => format!("{what}：印 {actual}，{basis} {expected}，相符"),
        Status::Rounding => {
            format!("{what}：印 {actual}，{basis} {expected}，差 {diff}，在印刷舍入之内")
        }
        Status::Fail => format!("{what}：印 {actual}，{basis} {expected}，差 {diff}"),
    }
}

/// Compares `actual` (one printed figure) with the sum of `parts` (a part with `negative`
/// set is subtracted).
pub fn compare(
    table: Option<usize>,
    rule: Rule,
    check: String,
    what: &str,
    basis: &str,
    actual: Figure,
    parts: &[(Figure, bool)],
) -> Check {
    let expected = parts
        .iter()
        .try_fold(Decimal::ZERO, |a, (p, neg)| {
            if *neg {
                a.checked_sub(p.amount)
            } else {
                a.checked_add(p.amount)
            }
        })
        .unwrap_or(Decimal::MAX);
    // The finest printed digit: a table printing whole 万元 rounds each figure to 5,000 yuan.
    let scale = parts
        .iter()
        .map(|(p, _)| p)
        .chain(std::iter::once(&actual))
        .map(|f| f.decimals)
        .max()
        .unwrap_or(0);
    // Half a unit of the last printed digit per printed figure, in yuan (a printed zero
    // counts in yuan, as it always has: its unit cannot be told from the quotient).
    let unit_yuan = if actual.amount.is_zero() {
        Decimal::ONE
    } else {
        actual.unit.multiplier()
    };
    let half = half_unit(scale) * unit_yuan;
    let tolerance = half * Decimal::from(parts.len() + 1);
    let status = Status::of(expected - actual.amount, tolerance);
    let mut pages: Vec<u32> = parts
        .iter()
        .map(|(p, _)| p.page)
        .chain(std::iter::once(actual.page))
        .collect();
    pages.sort_unstable();
    pages.dedup();
    let unit = actual.unit;
    let message = sum_message(
        what,
        show(actual.amount, unit),
        basis,
        show(expected, unit),
        status,
        show((expected - actual.amount).abs(), unit),
    );
    Check {
        table,
        status,
        pages,
        message,
        cells: std::iter::once(actual.place)
            .chain(parts.iter().map(|(p, _)| p.place))
            .collect(),
        ..Check::new(rule, check, expected, actual.amount)
    }
}

/// A title ending in a part number: 表（一）, 表(二), 表（续一）.
fn is_part_of_a_table(title: &str) -> bool {
    let t = title.trim_end();
    let Some(inner) = t
        .strip_suffix('）')
        .or_else(|| t.strip_suffix(')'))
        .and_then(|t| t.rsplit_once(['（', '(']))
        .map(|(_, n)| n.trim_start_matches('续'))
    else {
        return false;
    };
    !inner.is_empty() && inner.chars().all(|c| "一二三四五六七八九十".contains(c))
}

/// The codes whose rows are not the sum of their children's: the code prints a figure in a
/// column where none of its children does, and a child in a column where the code does not
/// — the table lists them side by side at mixed levels (宁夏 2018 表二十 lists transfers:
/// 20807 就业补助 中央 46,085, 自治区 blank, beside 2080701 就业创业服务补贴 中央 blank, 自治区
/// 800). One way alone is a total left blank (银川 2025 表12 prints 230 转移性支出 for 市本级
/// only, its children for 全市 too) or children left out.
fn listed_not_summed(items: &[Item]) -> HashSet<&str> {
    // (code, column) of every printed figure, by the item's own code or its parent's.
    let columns = |code: fn(&Item) -> &str| -> HashSet<(&str, usize)> {
        items
            .iter()
            .filter(|i| i.amount_yuan.is_some_and(|a| !a.is_zero()) && !code(i).is_empty())
            .map(|i| (code(i), i.col))
            .collect()
    };
    let own = columns(|i| i.code.as_str());
    let below = columns(|i| i.parent_code.as_str());
    let parent_alone = alone(&own, &below);
    alone(&below, &own)
        .into_iter()
        .filter(|c| parent_alone.contains(c))
        .collect()
}

/// The codes of `a` with a column `b` does not have for them.
fn alone<'a>(a: &HashSet<(&'a str, usize)>, b: &HashSet<(&'a str, usize)>) -> HashSet<&'a str> {
    a.iter()
        .filter(|&k| !b.contains(k))
        .map(|&(code, _)| code)
        .collect()
}

/// The transfer payments (返还性, 一般性, 专项) of 110 转移性收入 / 230 转移性支出.
fn transfer_payments(code: &str) -> &'static [&'static str] {
    match code {
        "110" => &["11001", "11002", "11003"],
        "230" => &["23001", "23002", "23003"],
        _ => &[],
    }
}

/// Items of table `idx` as figures to add.
fn plus(idx: usize, items: &[&Item]) -> Vec<(Figure, bool)> {
    items.iter().map(|&i| (Figure::of(idx, i), false)).collect()
}

/// A row name that totals a table or a half of it: 合计, 总计, 本年支出合计, 人员经费合计 ….
pub fn is_total_name(name: &str) -> bool {
    matches!(name, "合计" | "总计" | "小计") || name.ends_with("合计") || name.ends_with("总计")
}

/// The words of a measure for a message (预算数, 决算数, 合计 …): the column's header path.
fn column_words(i: &Item) -> String {
    if i.header_path.is_empty() {
        i.measure.to_string()
    } else {
        i.header_path.clone()
    }
}

/// Checks within one table.
pub fn table_checks(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    let mut out = Vec::new();
    let title = if t.title.is_empty() { "表" } else { t.title };
    let lists = listed_not_summed(t.items);
    let by_col = group(t.items, |i| i.col);
    for items in by_col.values() {
        // A subject printed twice on consecutive rows (a 项 printed with its 款's code:
        // 21999 其他支出 over 21999 其他支出, the same figure; 227 预备费 as 类, 款 and 项) is
        // one subject.
        let repeats = |c: &Item| {
            items.iter().any(|p| {
                p.row + 1 == c.row
                    && p.code == c.code
                    && p.name == c.name
                    && p.amount_yuan == c.amount_yuan
            })
        };
        // A column whose total is the sum of every line, codes and their parents alike, lists
        // them side by side (宁夏 2018 表九: 合计 56,714 holds 22960 彩票公益金安排的支出 24,250
        // and the 2296xxx projects under it): no line there sums others.
        let side_by_side = items.iter().any(|t| {
            is_total_name(&t.name)
                && t.amount_yuan.is_some_and(|total| {
                    // (a column of zeros says nothing of how it is laid out)
                    let lines = items
                        .iter()
                        .filter(|i| !is_total_name(&i.name) && !repeats(i));
                    !total.is_zero()
                        && lines.filter_map(|i| i.amount_yuan).sum::<Decimal>() == total
                })
        });
        // Parent code = Σ its children (类 = Σ 款, 款 = Σ 项), per column.
        for parent in items.iter().filter(|i| {
            !side_by_side
                && !i.code.is_empty()
                && matches!(i.code_level, Some(Level::Lei | Level::Kuan))
                && !lists.contains(i.code.as_str())
        }) {
            let children: Vec<&Item> = items
                .iter()
                .copied()
                .filter(|c| c.parent_code == parent.code && !repeats(c))
                .collect();
            if children.is_empty() {
                continue;
            }
            let what = format!(
                "{title} {} {}（{}）",
                parent.code,
                parent.name,
                column_words(parent)
            );
            let check = format!("{} {} = Σ children", parent.code, parent.measure);
            let all = compare(
                Some(idx),
                Rule::SumChildren,
                check.clone(),
                &what,
                "其下各科目之和",
                Figure::of(idx, parent),
                &plus(idx, &children),
            );
            // A balance table often prints 110 转移性收入 / 230 转移性支出 as the transfer
            // payments alone (返还性 + 一般性 + 专项), with 上年结余, 调入资金, 上解 … listed
            // below it under the catalogue's same 类 (银川 2025 表6: 2,286,828 = 295,288 +
            // 1,655,454 + 336,086).
            let transfers = transfer_payments(&parent.code);
            let narrow: Vec<&Item> = children
                .iter()
                .copied()
                .filter(|c| transfers.contains(&c.code.as_str()))
                .collect();
            let check = if all.status == Status::Fail && !narrow.is_empty() {
                let narrow = compare(
                    Some(idx),
                    Rule::SumChildren,
                    check,
                    &what,
                    "返还性、一般性、专项转移支付之和",
                    Figure::of(idx, parent),
                    &plus(idx, &narrow),
                );
                if narrow.status == Status::Fail {
                    all
                } else {
                    narrow
                }
            } else {
                all
            };
            out.push(check);
        }
        // A total row (合计, 人员经费合计 …) = Σ the 类 rows of its column.
        let tops: Vec<&Item> = items
            .iter()
            .copied()
            .filter(|i| i.code_level == Some(Level::Lei) && !repeats(i))
            .collect();
        // A column whose rows mostly print no code lists projects, not subjects: its few
        // codes open names (110千伏…变电站, 320国道…改建工程).
        let coded = items.iter().filter(|i| !i.code.is_empty()).count();
        let uncoded = items
            .iter()
            .filter(|i| i.code.is_empty() && !is_total_name(&i.name))
            .count();
        if tops.is_empty() || coded < uncoded {
            continue;
        }
        let totals: Vec<&Item> = items
            .iter()
            .copied()
            .filter(|i| i.code.is_empty() && is_total_name(&i.name))
            .collect();
        // Only the first total of a column: a second one (总计 below 合计 in a 收支 table)
        // adds other rows.
        if let Some(total) = totals.first() {
            // A total printed above its rows ends where the next total closes them: the 类
            // below that (110 转移性收入, 231 债务还本支出 between 收入合计 and 收入总计 in
            // 银川 2025 表16) belong to the later total.
            let heading = tops.iter().all(|i| i.row > total.row);
            // (The heading printed again atop a continuation page, same name, is no closing.)
            let next = totals
                .iter()
                .find(|n| heading && n.row > total.row && n.name != total.name);
            let tops: Vec<&Item> = match next {
                Some(next) => tops.iter().copied().filter(|i| i.row < next.row).collect(),
                None => tops.clone(),
            };
            // 本级收入 / 本级支出 are the government's own: transfers and debt (收入 105 债务收入,
            // 110 转移性收入; 支出 230 转移性支出, 231 债务还本支出) are added below them.
            let tops: Vec<&Item> = if total.name.contains("本级") {
                tops.iter()
                    .copied()
                    .filter(|i| !matches!(i.code.as_str(), "105" | "110" | "230" | "231"))
                    .collect()
            } else {
                tops.clone()
            };
            if tops.is_empty() {
                continue;
            }
            let check = if total.name == "合计" || total.name == "总计" {
                format!("合计 {} = Σ 类", total.measure)
            } else {
                format!("{} {} = Σ 类", total.name, total.measure)
            };
            out.push(compare(
                Some(idx),
                Rule::SumTop,
                check,
                &format!("{title} {}（{}）", total.name, column_words(total)),
                "各类之和",
                Figure::of(idx, total),
                &plus(idx, &tops),
            ));
        }
    }
    out.extend(column_sums(idx, t));
    out.extend(economic::within(idx, t));
    out.extend(plausible::over_budget(idx, t));
    out.extend(rates::rate_columns(idx, t));
    out.extend(rates::share_range(idx, t));
    // The 收支 identities of a department's tables; a government report's 收支 tables often
    // print only the main rows of a side.
    if matches!(
        t.kind,
        Kind::RevenueExpenditureSummary | Kind::FiscalSummary
    ) {
        out.extend(super::summary::checks(idx, t));
    }
    out
}

/// A total column = Σ its sibling columns, row by row: a column headed 合计/小计/总计 at some
/// level of its header path adds the columns beside it at that level that end in the same
/// labels (…/合计/预算数 = …/因公出国（境）费/预算数 + …/公务用车购置及运行费/小计/预算数 + …);
/// a sibling that is a group of columns counts with its own 小计/合计 column. A blank cell of a
/// sibling column is zero.
fn column_sums(idx: usize, t: &TableFacts<'_>) -> Vec<Check> {
    let mut out = Vec::new();
    // A table printed in parts (…分地区分项目预算表（一）, （二）) spreads the columns its 合计
    // adds over the parts: one part alone does not add up.
    if is_part_of_a_table(t.title) {
        return out;
    }
    let is_total = |l: &str| matches!(l, "合计" | "小计" | "总计");
    let amount_cols = amount_columns(t);
    let title = if t.title.is_empty() { "表" } else { t.title };
    let by_row = group(t.items, |i| i.row);
    for row in by_row.values() {
        for total in row.iter() {
            let Some(path) = t.paths.get(total.col) else {
                continue;
            };
            let Some(k) = path.iter().rposition(|l| is_total(l)) else {
                continue;
            };
            let (Some(prefix), Some(tail)) = (path.get(..k), path.get(k + 1..)) else {
                continue;
            };
            // A label column (科目编码, 功能分类科目, 项目, 序号, 年份) is no part of a total,
            // whatever it prints; 科目调剂 (money moved between subjects) is a column of amounts.
            let label = |l: &str| {
                matches!(l, "项目" | "名称" | "项目名称" | "年份" | "年度")
                    || ["科目", "名称"].iter().any(|w| l.ends_with(w))
                    || ["编码", "代码", "序号", "科目（", "科目("]
                        .iter()
                        .any(|w| l.contains(w))
            };
            let sibling = |p: &Vec<String>| {
                p.get(k).is_some_and(|l| !label(l) && !is_total(l))
                    && p.starts_with(prefix)
                    && p.len() >= k + 1 + tail.len()
                    && p.ends_with(tail)
            };
            let mut children: Vec<&String> = Vec::new();
            for (c, p) in t.paths.iter().enumerate() {
                if let Some(l) = p.get(k)
                    && amount_cols.contains(&c)
                    && sibling(p)
                    && !children.contains(&l)
                {
                    children.push(l);
                }
            }
            let mut parts = Vec::new();
            let mut complete = true;
            for child in &children {
                let column = |mid: &[&str]| {
                    t.paths.iter().position(|p| {
                        p.len() == k + 1 + mid.len() + tail.len()
                            && p.starts_with(prefix)
                            && p.get(k) == Some(*child)
                            && p.get(k + 1..k + 1 + mid.len())
                                .is_some_and(|m| m.iter().zip(mid).all(|(a, b)| a == b))
                            && p.ends_with(tail)
                    })
                };
                let figure = column(&[])
                    .or_else(|| column(&["小计"]))
                    .or_else(|| column(&["合计"]))
                    .and_then(|c| {
                        // A blank cell counts as zero in the 三公 table, whose parts are often
                        // blank (no travel abroad); elsewhere a blank beside a printed total
                        // is more often a figure read into another column.
                        if t.kind == Kind::ThreePublic {
                            t.figure_at(idx, total.row, c)
                        } else {
                            t.items
                                .iter()
                                .find(|i| i.row == total.row && i.col == c)
                                .map(|i| Figure::of(idx, i))
                        }
                    });
                match figure {
                    Some(f) => parts.push((f, false)),
                    None => complete = false,
                }
            }
            // One part alone is the same figure printed twice, not a sum.
            if complete && parts.len() >= 2 {
                out.push(compare(
                    Some(idx),
                    Rule::SumColumns,
                    format!("row {} {} = Σ columns", total.row, total.header_path),
                    &format!("{title} {}（{}）", total.name, total.header_path),
                    "同行各分列之和",
                    Figure::of(idx, total),
                    &parts,
                ));
            }
        }
    }
    out
}

/// The columns of a table that hold amounts: those with items, and those whose every cell in
/// the rows with items is blank (an amount column with nothing to print: 因公出国（境）费 of a
/// body that did not travel).
fn amount_columns(t: &TableFacts<'_>) -> Vec<usize> {
    let mut rows: Vec<usize> = t.items.iter().map(|i| i.row).collect();
    rows.sort_unstable();
    rows.dedup();
    (0..t.paths.len())
        .filter(|&c| {
            t.items.iter().any(|i| i.col == c)
                || !t.paths.get(c).is_some_and(|p| p.is_empty())
                    && !rows.is_empty()
                    && rows.iter().all(|&r| {
                        t.cells
                            .iter()
                            .find(|x| x.row == r && x.col == c)
                            .is_some_and(|x| x.colspan <= 1 && parse(&x.text) == Printed::Blank)
                    })
        })
        .collect()
}

pub fn group<K: Ord>(items: &[Item], key: impl Fn(&Item) -> K) -> BTreeMap<K, Vec<&Item>> {
    let mut m: BTreeMap<K, Vec<&Item>> = BTreeMap::new();
    for i in items {
        m.entry(key(i)).or_default().push(i);
    }
    m
}

/// The 合计 row's figure of a measure (of the year, no figure named) in a table.
fn table_total<'a>(t: &'a TableFacts<'a>, measures: &[Base]) -> Option<&'a Item> {
    t.items.iter().find(|i| {
        i.code.is_empty()
            && matches!(
                i.name.as_str(),
                "合计" | "总计" | "本年支出合计" | "本年收入合计"
            )
            && measures.iter().any(|&m| same_base(i.measure, m))
    })
}

/// A measure of the document's year with base `b`, whatever figure it names (预算数, 决算数).
fn same_base(m: Measure, b: Base) -> bool {
    m.base == b && !m.prior
}

/// Checks across the tables of one document.
pub fn document_checks(tables: &[TableFacts<'_>]) -> Vec<Check> {
    let mut out = super::summary::across(tables);
    out.extend(economic::across(tables));
    let first = |k: Kind| tables.iter().enumerate().find(|(_, t)| t.kind == k);
    // 一般公共预算支出表 合计 = 财政拨款收支总表 一般公共预算.
    if let (Some((gi, gpb)), Some((fi, fiscal))) =
        (first(Kind::GpbExpenditure), first(Kind::FiscalSummary))
        && let Some(g) = table_total(gpb, &[Base::Total, Base::Amount])
        && let Some(f) = fiscal
            .items
            .iter()
            .find(|i| i.name.starts_with("一般公共预算") && i.code.is_empty())
    {
        out.push(compare(
            None,
            Rule::CrossTable,
            "一般公共预算支出表 合计 = 财政拨款收支总表 一般公共预算".into(),
            &format!("{} {}", fiscal.title, f.name),
            &format!("{} 合计", gpb.title),
            Figure::of(fi, f),
            &[(Figure::of(gi, g), false)],
        ));
    }
    // 基本支出表 合计 = 一般公共预算支出表 基本支出; a 基本支出表 printed in two halves
    // without a 合计 (人员经费合计 | 公用经费合计) adds the two.
    if let (Some((bi, basic)), Some((gi, gpb))) = (
        first(Kind::GpbBasicExpenditure),
        first(Kind::GpbExpenditure),
    ) && let Some(g) = table_total(gpb, &[Base::Basic])
    {
        let halves: Vec<&Item> = ["人员经费合计", "公用经费合计"]
            .iter()
            .filter_map(|n| basic.items.iter().find(|i| i.name == *n))
            .collect();
        let parts = match table_total(basic, &[Base::Total, Base::Amount]) {
            Some(b) => Some(("基本支出表 合计", vec![b])),
            None if halves.len() == 2 => Some(("基本支出表 人员经费合计 + 公用经费合计", halves)),
            None => None,
        };
        if let Some((what, parts)) = parts {
            out.push(compare(
                None,
                Rule::CrossTable,
                format!("{what} = 一般公共预算支出表 基本支出"),
                &format!("{} 合计（基本支出）", gpb.title),
                &format!("{} {}", basic.title, what.trim_start_matches("基本支出表 ")),
                Figure::of(gi, g),
                &plus(bi, &parts),
            ));
        }
    }
    out
}

/// Gives every check the page and box of the first cell it compares.
pub fn locate(tables: &[AnalysedTable], checks: &mut [Check]) {
    for c in checks.iter_mut().filter(|c| c.page.is_none()) {
        let Some(p) = c.cells.first() else {
            continue;
        };
        let Some(t) = tables.get(p.table) else {
            continue;
        };
        let cell = t.table.cells.iter().find(|x| {
            (x.row..x.row + x.rowspan.max(1)).contains(&p.row)
                && (x.col..x.col + x.colspan.max(1)).contains(&p.col)
        });
        if let Some(cell) = cell {
            c.page = Some(cell.page);
            c.bbox = Some(cell.bbox);
        }
    }
}

pub mod economic;
mod plausible;
mod rates;
pub mod stated_tables;

#[cfg(test)]
mod tests;
