//! A table's printed amounts as facts: code, name, measure, header path and the amount in
//! yuan, each with its page; and the figures of its percentage columns (为预算%, 增长%) as
//! items that are not money: a percent, no amount.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::amount::{Printed, Unit, parse};
use super::code::{self, Classification, Code, Level, Source};
use super::measure::{Measure, Stage, measure, rate_measure};
use super::name;
use crate::layout::is_figure;
use crate::table::{Cell, Table};

/// One printed amount, or one printed percentage (`percent`, no `amount_yuan`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub page: u32,
    pub row: usize,
    pub col: usize,
    pub classification: Classification,
    pub code: String,
    /// Written `""` when the code has no level (or there is no code).
    #[serde(with = "empty_if_none")]
    pub code_level: Option<Level>,
    pub parent_code: String,
    /// How the code was read; `""` when there is none.
    #[serde(with = "empty_if_none")]
    pub code_source: Option<Source>,
    /// Subject, total or aggregate line, in classified tables of government documents;
    /// `""` elsewhere.
    #[serde(default, with = "empty_if_none")]
    pub line_role: Option<code::Role>,
    pub name: String,
    pub prefix: String,
    /// Every label column of the row, header -> value, when it has more than one (类型 |
    /// 项目名称 | 项目单位; 项目 | 品目 | 采购方式).
    pub labels: Labels,
    /// The row's unit code (单位编码 118), apart from subject codes.
    pub unit_code: String,
    pub measure: Measure,
    /// Which figure of a year the amount is (budget, adjusted_budget, executed, …).
    pub stage: Stage,
    /// The fiscal year the figure belongs to (2023 for 2023年执行数 in a 2024 budget report).
    pub fiscal_year: Option<u32>,
    pub header_path: String,
    /// Exact, in yuan to the fen (`13522700.00` for 1,352.27 万元): scale 2, more only when
    /// the printed figure needs it. None for a percentage.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub amount_yuan: Option<Decimal>,
    /// A percentage column's figure as printed, exactly (`101.59` for 101.59 or 101.59%);
    /// None for an amount.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub percent: Option<Decimal>,
    pub printed: String,
    pub unit: Unit,
    /// The classification's name for the code in the document's year.
    #[serde(default)]
    pub canonical_name: String,
    /// The government the figure belongs to (`area`): 全市, 市本级, a district …
    #[serde(default)]
    pub area: String,
}

/// A row's label columns in printed order, header -> value; written as a JSON object.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels(pub Vec<(String, String)>);

impl Labels {
    /// `{"类型":"其他运转类","项目名称":"…"}`, or `""` when empty.
    pub fn to_json(&self) -> String {
        if self.0.is_empty() {
            String::new()
        } else {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}

impl Serialize for Labels {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Labels {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Labels;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of label header to value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Labels, A::Error> {
                let mut v = Vec::new();
                while let Some(e) = a.next_entry()? {
                    v.push(e);
                }
                Ok(Labels(v))
            }
        }
        d.deserialize_map(V)
    }
}

impl Item {
    /// The amount in yuan of a money item (every item of a table's `items`; its `rates` are
    /// apart). Zero for a rate, which has none: read `percent` for those.
    pub fn yuan(&self) -> Decimal {
        self.amount_yuan.unwrap_or_default()
    }

    /// The value read, for people: `13522700.00 yuan` or `101.59 %`.
    pub fn shown(&self) -> String {
        match (self.amount_yuan, self.percent) {
            (_, Some(p)) => format!("{p} %"),
            (y, None) => format!("{} yuan", y.unwrap_or_default()),
        }
    }
}

/// An amount in yuan at scale 2 (the fen), so that one typed column (DECIMAL(…, 2)) holds
/// every amount exactly; a figure printed finer than the fen keeps its digits.
pub fn yuan_scale(v: Decimal) -> Decimal {
    let mut n = v.normalize();
    if n.scale() <= 2 {
        n.rescale(2);
    }
    n
}

/// An optional enum written as its name, or `""` when absent (a JSON string either way).
mod empty_if_none {
    use serde::de::{Deserialize, Deserializer, IntoDeserializer};
    use serde::ser::{Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => v.serialize(s),
            None => s.serialize_str(""),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        let s = String::deserialize(d)?;
        if s.is_empty() {
            return Ok(None);
        }
        T::deserialize(s.into_deserializer()).map(Some)
    }
}

/// What a column's figures are: amounts in a unit, or percentages.
#[derive(Debug, Clone, Copy)]
enum Figures {
    Money(Unit),
    Percent,
}

impl Item {
    /// The fact a printed figure makes: `value` in `unit` (or a percentage), in the row
    /// `code`/`name`, under the column `path`.
    fn new(
        cell: &Cell,
        value: Decimal,
        figures: Figures,
        code: (Code, Option<Source>),
        label: (String, String),
        path: &[String],
    ) -> Item {
        let (
            Code {
                code,
                classification,
                level,
                parent,
            },
            code_source,
        ) = code;
        let (prefix, name) = label;
        let (amount_yuan, percent, unit, measure) = match figures {
            Figures::Money(unit) => (
                Some(yuan_scale(unit.to_yuan(value))),
                None,
                unit,
                measure(path),
            ),
            Figures::Percent => (None, Some(value), Unit::Percent, rate_measure(path)),
        };
        Item {
            page: cell.page,
            row: cell.row,
            col: cell.col,
            classification,
            code,
            code_level: level,
            parent_code: parent,
            code_source,
            line_role: None,
            name,
            prefix,
            labels: Labels::default(),
            unit_code: String::new(),
            measure,
            stage: Stage::Budget,
            fiscal_year: None,
            header_path: path.join(" / "),
            amount_yuan,
            percent,
            printed: cell.text.clone(),
            unit,
            canonical_name: String::new(),
            area: String::new(),
        }
    }
}

fn no_code() -> Code {
    Code {
        code: String::new(),
        classification: Classification::None,
        level: None,
        parent: String::new(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Code,
    /// 单位编码 / 单位代码: the unit's own code (118), not a subject code.
    UnitCode,
    Amount,
    Text,
    /// A percentage column, by its header (为预算%, 增长率, 占比): its figures are rates.
    Rate,
    /// Figures that are not money (headed 期限（年）, 权重 or 栏次, or printing 4.7% under a
    /// header that says nothing): not amounts in the table's unit, and not row labels either.
    NotMoney,
    /// Mostly cells printing figures on several lines (`0.0` over `0`): figures the text
    /// cannot read, so no amounts, and not row labels either.
    Stacked,
    /// Nothing printed below the header (an all-blank amount column, usually).
    Empty,
}

/// 单位编码, 单位代码, 部门编码, 预算单位代码: a column of unit codes.
fn is_unit_code_header(path: &[String]) -> bool {
    // Not 部门预算经济分类科目编码: the words must touch.
    path.iter().any(|l| {
        ["单位", "部门"].iter().any(|u| {
            ["编码", "代码", "编号"]
                .iter()
                .any(|c| l.contains(&format!("{u}{c}")))
        })
    })
}

fn is_code_header(path: &[String]) -> bool {
    let leaf = path.last().map(String::as_str).unwrap_or("");
    matches!(leaf, "类" | "款" | "项")
        || path
            .iter()
            .any(|l| l.contains("编码") || l.contains("代码") || l.contains("科目编号"))
}

/// A column printing subject codes under a header that does not say so (项目 spanning the
/// code and name columns, 功能分类, 政府经济分类科目): its cells are codes of one
/// classification and most 款/项 among them print their parent above them (201, 20101,
/// 2010101). Figures never read so: an amount column's figures are not such a hierarchy.
fn code_hierarchy(body: &[&Cell]) -> bool {
    let codes: Vec<Code> = body
        .iter()
        .filter_map(|c| code::classify(c.text.trim()))
        .filter(|c| c.level.is_some())
        .collect();
    let Some(first) = codes.first() else {
        return false;
    };
    if codes.len() < 3
        || codes.len() * 10 < body.len() * 9
        || codes
            .iter()
            .any(|c| c.classification != first.classification)
    {
        return false;
    }
    let mut seen = std::collections::HashSet::new();
    let (mut children, mut under) = (0, 0);
    for c in &codes {
        if !c.parent.is_empty() {
            children += 1;
            under += usize::from(seen.contains(c.parent.as_str()));
        }
        seen.insert(c.code.as_str());
    }
    children > 0 && under * 2 >= children
}

/// A header's last level without notes in brackets (为上年%(注2)) and footnote numbers (增幅1).
fn bare_leaf(leaf: &str) -> &str {
    let mut bare = leaf.trim();
    while let Some(rest) = bare.strip_suffix(')').or_else(|| bare.strip_suffix('）')) {
        match rest.rfind(['(', '（']) {
            Some(open) => bare = rest.get(..open).unwrap_or("").trim_end(),
            None => break,
        }
    }
    bare.trim_matches(|c: char| c.is_ascii_digit())
}

/// Whether a column's header marks a percentage column, the only place a rate is recognised
/// (a money column's figures never become rates): it says % (为上年%, 决算数为调整预算数％,
/// 为上年同期执行数（注1）%) or 百分比, or ends in 率, 比重, 占比, 比例, 增幅 or 为预算 (notes in
/// brackets aside), or in 增长 when it names no money unit (可比增长, but not 比上年增长（万元）).
fn is_rate_header(path: &[String]) -> bool {
    let Some(leaf) = path.last() else {
        return false;
    };
    let bare = bare_leaf(leaf);
    leaf.contains(['%', '％'])
        || leaf.contains("百分比")
        || ["率", "比重", "占比", "比例", "增幅", "为预算"]
            .iter()
            .any(|e| bare.ends_with(e))
        || (bare.ends_with("增长") && Unit::find(leaf).is_none())
}

/// Whether a column's header marks figures that are not money: percentages
/// ([`is_rate_header`]), terms (期限), an indicator's weight in a 绩效目标表 (权重) and counts
/// in a unit of their own (期限（年）, 人数（人）). The table's 万元 does not apply to them.
fn is_not_money_header(path: &[String]) -> bool {
    let Some(leaf) = path.last() else {
        return false;
    };
    let bare = bare_leaf(leaf);
    is_rate_header(path)
        || ["期限", "权重"].iter().any(|e| bare.ends_with(e))
        || path.iter().any(|l| counted_unit(l))
}

/// 栏次, 行次, 序号: numbers that count the columns or the rows, not figures.
fn is_ordinal_header(label: &str) -> bool {
    ORDINALS.contains(&label.trim())
}

const ORDINALS: [&str; 6] = ["栏次", "行次", "序号", "栏号", "行号", "栏目号"];

/// A year printed apart from the 年 that follows it (`２０２２ | 年债务余额决算数`, a heading
/// the table layer split into cells): part of a heading, not a figure.
fn heading_year(t: &Table, cell: &Cell, value: Decimal) -> bool {
    let year = value.scale() == 0
        && (Decimal::from(1900)..=Decimal::from(2100)).contains(&value)
        && !cell.text.contains([',', '，']);
    year && t
        .covering(cell.row, cell.col + cell.colspan.max(1))
        .is_some_and(|next| next.text.trim_start().starts_with('年'))
}

/// A label naming a unit that is not money: 期限（年）, 人数（人）, 面积（平方米）.
fn counted_unit(label: &str) -> bool {
    const UNITS: [&str; 16] = [
        "年",
        "个",
        "人",
        "户",
        "辆",
        "台",
        "天",
        "次",
        "家",
        "项",
        "套",
        "张",
        "处",
        "所",
        "亩",
        "平方米",
    ];
    let t = label.trim();
    let Some(open) = t.rfind(['(', '（']) else {
        return false;
    };
    let inner = t
        .get(open..)
        .unwrap_or("")
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）'])
        .trim();
    UNITS.contains(&inner)
}

/// How many figures a cell prints on lines of their own, when it prints more than one: figures
/// stacked in one cell (rows the table layer did not part, `500` over `100` over `300`) are
/// several amounts, never one, though their joined text (`500 100 300`) reads like one
/// figure with spaces between groups of thousands. A figure the table layer joined again
/// because its cell wrapped it (`1682.7` over `6` is `1682.76`, no space) is one.
pub fn stacked_figures(c: &Cell) -> Option<usize> {
    let lines: Vec<&str> = c.raw.lines().filter(|l| !l.trim().is_empty()).collect();
    (lines.len() > 1 && lines.iter().all(|l| is_figure(l)) && c.text.contains(' '))
        .then_some(lines.len())
}

/// Whether a cell prints one figure with misplaced separators (`20,580,00`, `5,2000`): the
/// figure shape, a separator, and no amount.
pub fn malformed_figure(c: &Cell) -> bool {
    let t = c.text.trim();
    !t.contains(char::is_whitespace)
        && t.contains([',', '，'])
        && crate::layout::is_figure(t)
        && matches!(parse(t), Printed::Other)
}

/// What a cell prints as an amount: stacked figures are none.
fn cell_amount(c: &Cell) -> Printed {
    if stacked_figures(c).is_some() {
        Printed::Other
    } else {
        parse(&c.text)
    }
}

fn roles(t: &Table) -> Vec<Role> {
    (0..t.n_cols)
        .map(|col| {
            let path = t
                .columns
                .get(col)
                .map(|c| c.path.as_slice())
                .unwrap_or_default();
            // Dashes (no value) say nothing of a column's role: 银川's 完成数 columns print
            // more dashes than figures. Nor does `×`, a cell that has no value by the
            // template (宁夏 社预10表: six in a column of five figures, which made it labels).
            let body: Vec<&Cell> = t
                .cells
                .iter()
                .filter(|c| c.col == col && c.row >= t.header_rows && !c.text.is_empty())
                .filter(|c| !matches!(parse(&c.text), Printed::Blank) && c.text.trim() != "×")
                .collect();
            let amounts = body
                .iter()
                .filter(|c| matches!(parse(&c.text), Printed::Amount(_)))
                .count();
            let stacked = body.iter().filter(|c| stacked_figures(c).is_some()).count();
            // Code parts: 201, 06, 01 (a 款 or 项 column holds two digits).
            let codes = body
                .iter()
                .filter(|c| {
                    let t = c.text.trim();
                    !t.is_empty() && t.len() <= 20 && t.chars().all(|ch| ch.is_ascii_digit())
                })
                .count();
            let percents = body
                .iter()
                .filter(|c| c.text.trim_end().ends_with(['%', '％']))
                .count();
            // 栏次 or 行次 over numbers: row numbers (over text or codes: a label or code
            // column whose header took in the row of column numbers, 项目 / 栏次).
            let ordinal =
                path.last().is_some_and(|l| is_ordinal_header(l)) && amounts * 2 >= body.len();
            if body.is_empty() {
                Role::Empty
            } else if is_rate_header(path) {
                Role::Rate
            } else if is_not_money_header(path) || percents * 2 >= body.len() {
                Role::NotMoney
            } else if is_unit_code_header(path) && codes * 2 >= body.len() {
                Role::UnitCode
            } else if is_code_header(path) && codes * 2 >= body.len() || code_hierarchy(&body) {
                Role::Code
            } else if ordinal {
                Role::NotMoney
            } else if amounts > 0 && amounts * 2 >= body.len() {
                Role::Amount
            } else if (amounts + stacked) * 2 >= body.len() && stacked > 0 {
                Role::Stacked
            } else {
                Role::Text
            }
        })
        .collect()
}

/// The table's unit, or the one a column header names (预算数（万元）).
fn unit_for(t: &Table, col: usize) -> Option<Unit> {
    let from_header = t
        .columns
        .get(col)
        .and_then(|c| c.path.iter().rev().find_map(|l| Unit::find(l)));
    from_header.or_else(|| t.unit.as_deref().and_then(Unit::find))
}

/// Gives each rate the row identity its amounts were given after the items were read
/// (codes matched to names, canonical names, area): that of the nearest amount of its row to
/// its left (the block it belongs to, in a 收入 | 支出 table), else to its right; the table's
/// area when its row has no amount.
pub fn rates_follow_rows(items: &[Item], rates: &mut [Item], table_area: &str) {
    for r in rates {
        let row = items.iter().filter(|i| i.row == r.row);
        let left = row.clone().filter(|i| i.col < r.col).max_by_key(|i| i.col);
        let Some(i) = left.or_else(|| row.min_by_key(|i| i.col)) else {
            r.area = table_area.to_string();
            continue;
        };
        r.classification = i.classification;
        r.code.clone_from(&i.code);
        r.code_level = i.code_level;
        r.parent_code.clone_from(&i.parent_code);
        r.code_source = i.code_source;
        r.line_role = i.line_role;
        r.canonical_name.clone_from(&i.canonical_name);
        r.area.clone_from(&i.area);
    }
}

/// Whether a performance table is a form (a funds block 项目资金（元）, 绩效指标 rows) rather
/// than a grid listing projects (重点绩效评价情况表: 项目名称 | 评价金额).
/// The indicator words count below the header only: a grid headed 项目名称 | 年度资金总额 |
/// 年度绩效目标 | 一级指标 … | 权重 lists projects in rows, as 项目 | 预算数 | 绩效目标 does.
pub fn is_form(t: &Table) -> bool {
    t.cells.iter().any(|c| {
        (c.col == 0 && (c.text.starts_with("项目资金") || c.text.starts_with("资金")))
            || (c.row >= t.header_rows
                && ["绩效指标", "绩效目标", "年度绩效目标", "一级指标"].contains(&c.text.trim()))
    })
}

/// Facts of a performance-target form (绩效目标表): a form, not a grid of columns. Only the
/// funds block (项目资金（元）…) holds amounts; each is named by the project and its path is
/// block / head / key as printed (项目资金（元） / 年度资金申请总额 / 其中：当年财政拨款).
pub fn form_items(t: &Table) -> Vec<Item> {
    let mut out = Vec::new();
    let project = t
        .cells
        .iter()
        .find(|c| c.text == "项目名称")
        .and_then(|c| {
            t.cells
                .iter()
                .find(|v| v.row == c.row && v.col == c.col + c.colspan)
        })
        .map(|c| c.text.clone())
        .unwrap_or_default();
    for block in t
        .cells
        .iter()
        .filter(|c| c.col == 0 && c.text.contains("资金"))
    {
        let Some(unit) = Unit::find(&block.text).or_else(|| t.unit.as_deref().and_then(Unit::find))
        else {
            continue;
        };
        let rows = block.row..block.row + block.rowspan;
        for cell in t
            .cells
            .iter()
            .filter(|c| rows.contains(&c.row) && c.col > 0)
        {
            let Printed::Amount(value) = cell_amount(cell) else {
                continue;
            };
            if heading_year(t, cell, value) {
                continue;
            }
            // The key: the nearest label to the left in the same row; its head: the label in
            // the same column on the block's first row, when the key is below it.
            let Some(key) = t
                .cells
                .iter()
                .filter(|k| {
                    k.row <= cell.row
                        && cell.row < k.row + k.rowspan
                        && k.col < cell.col
                        && k.col > 0
                })
                .filter(|k| !k.text.is_empty() && !matches!(parse(&k.text), Printed::Amount(_)))
                .max_by_key(|k| k.col)
            else {
                continue;
            };
            let mut path = vec![block.text.clone()];
            if key.row > block.row
                && let Some(head) = t
                    .cells
                    .iter()
                    .find(|h| h.row == block.row && h.col == key.col && !h.text.is_empty())
            {
                path.push(head.text.clone());
            }
            path.push(key.text.clone());
            out.push(Item::new(
                cell,
                value,
                Figures::Money(unit),
                (no_code(), None),
                (String::new(), project.clone()),
                &path,
            ));
        }
    }
    out.sort_by_key(|i| (i.row, i.col));
    out
}

/// How well a label column's header names a row: a name column (项目名称, 名称, 科目) before
/// an attribute of the row (类型, 项目单位, 采购方式, 品目): the lower the better.
fn name_rank(path: &[String]) -> u8 {
    let leaf = path.last().map(String::as_str).unwrap_or("");
    // Ends with: 部门预算支出经济科目 names a row, 主管部门 an attribute of it.
    let attribute = [
        "类型", "类别", "分类", "性质", "方式", "品目", "单位", "部门", "级次",
    ]
    .iter()
    .any(|w| leaf.ends_with(w));
    // 项目名称 first: a project's row in 单位名称 | 项目名称 | 年度资金总额 is the project's.
    if leaf.contains("项目名称") {
        0
    } else if leaf.contains("名称") && !attribute {
        1
    } else if attribute {
        3
    } else {
        2
    }
}

/// Facts of one table. A row's amounts share its identity: each run of amount columns is
/// labelled by the text columns just before it (its block), so the two halves of a 收入|支出
/// table label their own amounts, and every column of a run names the row alike. The name is
/// the label starting in the row whose column best names a row ([`name_rank`], then the
/// leftmost: a group label spanning rows names its 小计 row); a row whose nearest label is
/// blank is named further left. Every label column of the block is kept in `labels`, a unit
/// code column in `unit_code`. The code comes from the code columns just left of the name's
/// column: in a table printed with both the department's and the government's economic
/// classification (30101 基本工资 | 50101 工资奖金津补贴 | amounts), the row is 30101 基本工资 in
/// every column.
pub fn items(t: &Table) -> Vec<Item> {
    let roles = roles(t);
    let role = |c: usize| roles.get(c).copied();
    let is_code = |c: usize| role(c) == Some(Role::Code);
    let is_text = |c: usize| role(c) == Some(Role::Text);
    let figures = |c: usize| {
        matches!(
            role(c),
            Some(Role::Amount | Role::Rate | Role::NotMoney | Role::Stacked | Role::Empty)
        )
    };
    let path_of = |c: usize| -> &[String] {
        t.columns
            .get(c)
            .map(|c| c.path.as_slice())
            .unwrap_or_default()
    };
    let own_text = |row: usize, c: usize| -> Option<String> {
        t.covering(row, c)
            .filter(|x| x.col == c && !x.text.is_empty())
            .map(|x| x.text.clone())
    };
    // Code columns just left of `col`, left to right.
    let codes_before = |col: usize| -> Vec<usize> {
        let mut v: Vec<usize> = (0..col).rev().take_while(|&c| is_code(c)).collect();
        v.reverse();
        v
    };
    // The codes of each run of split code columns (two or more), row by row, keyed by the
    // run's first column: a blank part is filled from the rows above, so all rows are read.
    let mut split: std::collections::HashMap<usize, Vec<code::RowCode>> =
        std::collections::HashMap::new();
    for first in (0..t.n_cols).filter(|&c| is_code(c) && (c == 0 || !is_code(c - 1))) {
        let cols: Vec<usize> = (first..t.n_cols).take_while(|&c| is_code(c)).collect();
        if cols.len() < 2 {
            continue;
        }
        let rows: Vec<Vec<String>> = (0..t.n_rows)
            .map(|row| {
                if row < t.header_rows {
                    return Vec::new();
                }
                cols.iter()
                    .map(|&c| own_text(row, c).unwrap_or_default())
                    .collect()
            })
            .collect();
        split.insert(first, code::split_rows(&rows));
    }
    let mut out = Vec::new();
    for (col, r) in roles.iter().enumerate() {
        if !matches!(r, Role::Amount | Role::Rate) {
            continue;
        }
        let run_start = (0..col)
            .rev()
            .take_while(|&c| figures(c))
            .last()
            .unwrap_or(col);
        let block_start = (0..run_start)
            .rev()
            .find(|&c| {
                matches!(
                    role(c),
                    Some(Role::Amount | Role::Rate | Role::NotMoney | Role::Stacked)
                )
            })
            .map_or(0, |c| c + 1);
        let mut text_cols: Vec<usize> = (block_start..run_start).filter(|&c| is_text(c)).collect();
        let unit_code_col = (block_start..run_start).find(|&c| role(c) == Some(Role::UnitCode));
        let label_col = (0..run_start).rev().find(|&c| is_text(c));
        let path = path_of(col).to_vec();
        let figures = match r {
            Role::Rate => Figures::Percent,
            _ => match unit_for(t, col) {
                Some(unit) => Figures::Money(unit),
                None => continue,
            },
        };
        let header = |c: usize| {
            let p = path_of(c);
            p.last().cloned().unwrap_or_else(|| format!("列{}", c + 1))
        };
        // Best name column first; the order of `labels` stays the printed one.
        let by_rank = {
            text_cols.sort_by_key(|&c| (name_rank(path_of(c)), c));
            let ranked = text_cols.clone();
            text_cols.sort_unstable();
            ranked
        };
        for row in t.header_rows..t.n_rows {
            let Some(cell) = t.cells.iter().find(|c| c.row == row && c.col == col) else {
                continue;
            };
            let value = match (cell_amount(cell), figures) {
                (Printed::Amount(v), _) => v,
                // 101.59% under 为预算%: the same figure as 101.59.
                (Printed::Percent(v), Figures::Percent) => v,
                _ => continue,
            };
            if heading_year(t, cell, value) {
                continue;
            }
            let starting = by_rank.iter().find_map(|&c| {
                t.covering(row, c)
                    .filter(|x| x.row == row && x.col == c && !x.text.is_empty())
                    .map(|x| (c, x.text.clone()))
            });
            let (label_from, label) = match starting {
                Some((c, text)) => (Some(c), text),
                None => (
                    label_col,
                    label_col
                        .and_then(|l| t.covering(row, l))
                        .map(|c| c.text.clone())
                        .unwrap_or_default(),
                ),
            };
            // A row of column numbers under the header (栏次 | 1 | 2 | 3).
            if is_ordinal_header(&label) {
                continue;
            }
            let code_cols = codes_before(label_from.unwrap_or(run_start));
            let joined = code_cols
                .first()
                .and_then(|f| split.get(f))
                .and_then(|rows| rows.get(row))
                .cloned();
            let single = match code_cols.as_slice() {
                [c] => own_text(row, *c).and_then(|p| code::classify(p.trim())),
                _ => None,
            };
            let (code, label) = match (joined, single) {
                (Some((Some(c), s)), _) => ((c, s), label),
                (Some((None, Some(s))), _) => ((no_code(), Some(s)), label),
                (_, Some(c)) => ((c, Some(Source::Printed)), label),
                _ => match code::from_label(&label) {
                    Some((c, rest)) => ((c, Some(Source::Printed)), rest),
                    None => ((no_code(), None), label),
                },
            };
            let mut item = Item::new(cell, value, figures, code, name::split(&label), &path);
            if text_cols.len() > 1 {
                item.labels = Labels(
                    text_cols
                        .iter()
                        .map(|&c| {
                            let v = t
                                .covering(row, c)
                                .map(|x| x.text.clone())
                                .unwrap_or_default();
                            (header(c), v)
                        })
                        .collect(),
                );
            }
            if let Some(c) = unit_code_col {
                // A code, not the 合计 spanning the column.
                item.unit_code = t
                    .covering(row, c)
                    .map(|x| x.text.trim())
                    .filter(|v| v.chars().all(|ch| ch.is_ascii_alphanumeric()))
                    .unwrap_or_default()
                    .to_string();
            }
            out.push(item);
        }
    }
    out.sort_by_key(|i| (i.row, i.col));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::Rect;

    fn path(labels: &[&str]) -> Vec<String> {
        labels.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn percentage_columns_are_not_amounts() {
        // Headers as printed in the city corpus (杭州, 济南, 北京 budgets and finals).
        for ratio in [
            &["为上年%"][..],
            &["市本级", "为预算%"],
            &["为上年同期执行数（注1）%"],
            &["决算数为调整预算数％"],
            &["2022年决算数", "增长%"],
            &["占本年收入合计%"],
            &["完成预算的百分比"],
            &["增长率（注2）"],
            &["执行率"],
            &["占比"],
            // Not percentages, not money either (济南's bond tables).
            &["期限（年）"],
            &["债券期限(年)"],
            &["人数（人）"],
            // 北京's social insurance funds; column and row numbers.
            &["可比增长"],
        ] {
            assert!(is_not_money_header(&path(ratio)), "{ratio:?}");
        }
        // Rates: percentages, recognised from the header alone.
        for rate in [
            &["为上年%"][..],
            &["决算数为调整预算数％"],
            &["增长率（注2）"],
            &["可比增长"],
            &["为预算"],
            &["增幅1"],
            &["占预算比例"],
        ] {
            assert!(is_rate_header(&path(rate)), "{rate:?}");
        }
        for not_rate in [
            &["期限（年）"][..],
            &["人数（人）"],
            &["权重"],
            &["比上年增减"],
            &["比上年增长（万元）"],
            &["2024年预算数"],
        ] {
            assert!(!is_rate_header(&path(not_rate)), "{not_rate:?}");
        }
        for amount in [
            &["2024年预算数"][..],
            &["比上年增减"],
            &["2021年调整预算数(注1)"],
            &["项目", "合计"],
            &["预算数（万元）"],
            &["2023年预算数(注1)"],
            &["比上年增长（万元）"],
        ] {
            assert!(!is_not_money_header(&path(amount)), "{amount:?}");
        }
        assert!(!is_not_money_header(&[]));
    }

    #[test]
    fn code_columns_under_any_header() {
        let col = |texts: &[&str]| -> bool {
            let cells: Vec<Cell> = texts.iter().map(|t| cell(t, t)).collect();
            code_hierarchy(&cells.iter().collect::<Vec<_>>())
        };
        // 固原 2026 budget p63 (header 项目 over code and name), 河北 2021 p47 (功能分类),
        // 吴忠 2026 p125 (政府经济分类科目, 合计 in the name column).
        assert!(col(&[
            "201", "20101", "2010101", "2010102", "20102", "2010201"
        ]));
        assert!(col(&["10201", "1020101", "1020102", "10202", "1020201"]));
        assert!(col(&["502", "50201", "50204", "503", "50302"]));
        // Amount columns: figures in thousands, figures that read as codes but no
        // hierarchy, and codes mixed with figures.
        assert!(!col(&["869", "1,013", "28", "25", "80"]));
        assert!(!col(&["201", "305", "212", "20250", "20188"]));
        assert!(!col(&["201", "20101", "2010101", "1,224", "869"]));
    }

    fn cell(raw: &str, text: &str) -> Cell {
        Cell {
            row: 1,
            col: 1,
            rowspan: 1,
            colspan: 1,
            text: text.to_string(),
            raw: raw.to_string(),
            page: 1,
            bbox: Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 40.0,
                y1: 40.0,
            },
            text_bbox: None,
        }
    }

    #[test]
    fn stacked_figures_are_never_one_amount() {
        // 广东 2024 p235 (rows without rules: 132 over 132 over 132) and 广州 2025 p180 (500,
        // 100, a blank band, 300 in one cell). The joined text reads as thousands groups, so
        // the text alone would make 132,132,132 万元 of it.
        for (raw, text) in [
            ("132\n132\n132", "132 132 132"),
            ("500\n100\n\n300", "500 100 300"),
        ] {
            assert!(matches!(parse(text), Printed::Amount(_)), "{text}");
            let c = cell(raw, text);
            assert_eq!(stacked_figures(&c), Some(3), "{raw:?}");
            assert_eq!(cell_amount(&c), Printed::Other, "{raw:?}");
        }
        // One figure, and one figure spaced between groups of thousands on one line, stay one.
        assert_eq!(stacked_figures(&cell("1,352.27", "1,352.27")), None);
        assert_eq!(
            cell_amount(&cell("1 352.27", "1 352.27")),
            parse("1,352.27")
        );
        // A figure its narrow cell wrapped, joined by the table layer, is one.
        assert_eq!(stacked_figures(&cell("1682.7\n6", "1682.76")), None);
        // A label over a figure is text, not stacked figures.
        assert_eq!(stacked_figures(&cell("合计\n132", "合计132")), None);
    }

    /// A table of one header row and body rows, every cell one grid position.
    fn grid(rows: &[&[&str]]) -> Table {
        let n_cols = rows.first().map_or(0, |r| r.len());
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, t) in row.iter().enumerate() {
                let mut x = cell(t, t);
                (x.row, x.col) = (r, c);
                cells.push(x);
            }
        }
        Table {
            pages: vec![1],
            bbox: Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 40.0,
                y1: 40.0,
            },
            method: crate::table::Method::Lattice,
            n_rows: rows.len(),
            n_cols,
            rows: (0..rows.len())
                .map(|r| crate::table::Row {
                    page: 1,
                    header: r == 0,
                })
                .collect(),
            columns: rows
                .first()
                .map(|h| {
                    h.iter()
                        .map(|t| crate::table::Column {
                            path: vec![t.to_string()],
                        })
                        .collect()
                })
                .unwrap_or_default(),
            header_rows: 1,
            cells,
            title: None,
            form_no: None,
            unit: Some("万元".into()),
            body: None,
            notes: Vec::new(),
        }
    }

    #[test]
    fn not_applicable_marks_say_nothing_of_a_column() {
        // The 支出 half of a 收入|支出 fund table (宁夏 2018 社预10表, p132): most of its lines
        // are `×` by the template, so a column holds fewer figures than marks.
        let t = grid(&[
            &["项目", "执行数", "其中：当年数", "预算数"],
            &["一、基本养老金支出", "176,041", "176,041", "191,570"],
            &["×", "×", "×", "×"],
            &["×", "×", "×", "×"],
            &["二、其他支出", "", "", ""],
            &["四、本年支出小计", "176,041", "176,041", "191,570"],
        ]);
        assert_eq!(
            roles(&t),
            [Role::Text, Role::Amount, Role::Amount, Role::Amount]
        );
        let items = items(&t);
        let named: Vec<(usize, &str, &str)> = items
            .iter()
            .map(|i| (i.col, i.name.as_str(), i.code.as_str()))
            .collect();
        assert!(named.contains(&(3, "基本养老金支出", "")), "{named:?}");
        assert!(
            named
                .iter()
                .all(|(_, n, c)| !n.starts_with(',') && c.is_empty())
        );
    }
}
