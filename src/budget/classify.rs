//! Names to codes: the 政府收支分类科目 the corpora print (`data/classification/`, embedded) and
//! the matcher that gives a code to the rows of government tables that print names only.
//!
//! A row is matched by its name, exactly after [`key`] normalisation, never fuzzily: at 类
//! level always (the name, or the name with 支出/收入 added, is one 类 of the table's
//! classification), at 款/项 level only under the parent the table's own hierarchy gives
//! (the nearest 类 or 款 row above it, at a shallower indentation or prefix), or when the name
//! is one code's alone in the whole classification and agrees with that parent.

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::checks::{half_unit, printed_decimals};
use super::code::{Classification, Level, Role, Source};
use super::document::AnalysedTable;
use super::kind::Kind;
use super::measure::Base;

/// One period of a code: its name in the years [`from`, `to`] (open where None).
#[derive(Debug, Clone)]
pub struct Entry {
    pub classification: Classification,
    pub code: String,
    pub level: Level,
    pub parent: String,
    pub name: String,
    from: Option<u32>,
    to: Option<u32>,
    first_seen: u32,
    last_seen: u32,
    /// From `reference.csv`: a code the corpora print by name only.
    reference: bool,
}

/// The classification as data, with a name index.
pub struct Scheme {
    /// (classification, code) -> its periods, earliest first.
    codes: HashMap<(Classification, String), Vec<Entry>>,
    /// (classification, name key) -> codes printed or aliased with that name, each once.
    names: HashMap<(Classification, String), Vec<String>>,
}

const CSV: &str = include_str!("../../data/classification/classification.csv");
const ALIASES: &str = include_str!("../../data/classification/aliases.csv");
const REFERENCE: &str = include_str!("../../data/classification/reference.csv");

/// The embedded classification, parsed once.
pub static SCHEME: LazyLock<Scheme> = LazyLock::new(|| Scheme::parse(CSV, ALIASES, REFERENCE));

fn class_of(s: &str) -> Option<Classification> {
    Some(match s {
        "function" => Classification::Function,
        "economic_dept" => Classification::EconomicDept,
        "economic_gov" => Classification::EconomicGov,
        "revenue" => Classification::Revenue,
        _ => return None,
    })
}

fn level_of(s: &str) -> Option<Level> {
    Some(match s {
        "类" => Level::Lei,
        "款" => Level::Kuan,
        "项" => Level::Xiang,
        "目" => Level::Mu,
        _ => return None,
    })
}

/// The names a `variants` cell lists: `name [why; …], name [why; …]`.
fn variant_names(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in cell.chars() {
        match c {
            '[' => {
                if depth == 0 && !cur.trim().is_empty() {
                    out.push(cur.trim().trim_start_matches(',').trim().to_string());
                }
                cur.clear();
                depth += 1;
            }
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => cur.push(c),
            _ => {}
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

impl Scheme {
    fn parse(csv_text: &str, aliases: &str, reference: &str) -> Scheme {
        let mut s = Scheme {
            codes: HashMap::new(),
            names: HashMap::new(),
        };
        let mut r = csv::Reader::from_reader(csv_text.as_bytes());
        let headers = r.headers().cloned().unwrap_or_default();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let cols = [
            "classification",
            "code",
            "level",
            "parent",
            "name",
            "valid_from",
            "valid_to",
            "first_seen",
            "last_seen",
            "variants",
            "printed_forms",
        ]
        .map(col);
        for rec in r.records().flatten() {
            let get = |k: usize| {
                cols.get(k)
                    .copied()
                    .flatten()
                    .and_then(|c| rec.get(c))
                    .unwrap_or("")
            };
            let (Some(classification), Some(level)) = (class_of(get(0)), level_of(get(2))) else {
                continue;
            };
            let year = |k: usize| get(k).parse::<u32>().ok();
            let e = Entry {
                classification,
                code: get(1).to_string(),
                level,
                parent: get(3).to_string(),
                name: get(4).to_string(),
                from: year(5),
                to: year(6),
                first_seen: year(7).unwrap_or(0),
                last_seen: year(8).unwrap_or(0),
                reference: false,
            };
            let mut names = vec![e.name.clone()];
            names.extend(variant_names(get(9)));
            names.extend(get(10).split(['|', ';']).map(str::trim).map(String::from));
            for n in names.iter().filter(|n| !n.is_empty()) {
                s.add_name(classification, n, &e.code);
            }
            s.codes
                .entry((classification, e.code.clone()))
                .or_default()
                .push(e);
        }
        let mut r = csv::Reader::from_reader(aliases.as_bytes());
        for rec in r.records().flatten() {
            if let (Some(c), Some(code), Some(alias)) =
                (rec.get(0).and_then(class_of), rec.get(1), rec.get(2))
            {
                s.add_name(c, alias, code);
            }
        }
        // Codes no corpus prints with their code (101 税收收入 and its 款): added where the
        // printed table lacks them, never over a printed entry.
        let mut r = csv::Reader::from_reader(reference.as_bytes());
        for rec in r.records().flatten() {
            let get = |k: usize| rec.get(k).unwrap_or("");
            let (Some(classification), Some(level)) = (class_of(get(0)), level_of(get(2))) else {
                continue;
            };
            // A code the corpora print under another name: this row is a name reports
            // print for it without the code (调入预算稳定调节基金 for 11015).
            if s.contains(classification, get(1)) {
                s.add_name(classification, get(4), get(1));
                continue;
            }
            let e = Entry {
                classification,
                code: get(1).to_string(),
                level,
                parent: get(3).to_string(),
                name: get(4).to_string(),
                from: None,
                to: None,
                first_seen: 0,
                last_seen: 0,
                reference: true,
            };
            s.add_name(classification, &e.name, &e.code);
            s.codes
                .entry((classification, e.code.clone()))
                .or_default()
                .push(e);
        }
        for v in s.codes.values_mut() {
            v.sort_by_key(|e| e.first_seen);
        }
        s
    }

    fn add_name(&mut self, c: Classification, name: &str, code: &str) {
        let v = self.names.entry((c, key(name))).or_default();
        if !v.iter().any(|x| x == code) {
            v.push(code.to_string());
        }
    }

    /// The entry of `code` for `year`: the period holding it, else the nearest one.
    pub fn lookup(&self, c: Classification, code: &str, year: Option<u32>) -> Option<&Entry> {
        let periods = self.codes.get(&(c, code.to_string()))?;
        let Some(y) = year else {
            return periods.last();
        };
        periods
            .iter()
            .find(|e| e.from.is_none_or(|f| f <= y) && e.to.is_none_or(|t| y <= t))
            .or_else(|| {
                periods.iter().min_by_key(|e| {
                    if y < e.first_seen {
                        e.first_seen - y
                    } else {
                        y.saturating_sub(e.last_seen)
                    }
                })
            })
    }

    /// A social-insurance fund's line printed by its generic name under the fund
    /// (利息收入, 财政补贴收入, 社会保险费收入, 其他支出 under 企业职工基本养老保险基金收入): the one
    /// 项 of the fund's 款 whose name ends with it (企业职工基本养老保险基金利息收入), or for
    /// 其他收入/其他支出 the fund's 99 项 (其他企业职工基本养老保险基金收入).
    fn fund_line(&self, c: Classification, fund: &str, name: &str) -> Option<String> {
        if !(fund.starts_with("102") || fund.starts_with("209")) || fund.len() != 5 {
            return None;
        }
        let n = key(name);
        let n = n.trim_end_matches('等');
        let n = n.strip_prefix("社会").unwrap_or(n);
        let other = matches!(n, "其他收入" | "其他支出") || self.names_fund_other(c, fund, n);
        if !other && n.chars().count() < 4 {
            return None;
        }
        let mut hits = self.codes.iter().filter_map(|((cc, code), periods)| {
            let e = periods.last()?;
            let fits = if other {
                code.ends_with("99")
            } else {
                periods.iter().any(|p| key(&p.name).ends_with(n))
            };
            (*cc == c && e.parent == fund && e.level == Level::Xiang && fits).then_some(code)
        });
        let first = hits.next()?;
        hits.next().is_none().then(|| first.clone())
    }

    /// Whether `n` (a key) is a fund's 其他 line printed with the fund's name in it, in
    /// another wording than the 99 项's (其他基本养老保险基金收入 under 企业职工基本养老保险基金收入,
    /// 其他社会企业职工基本养老保险基金支出): 其他 + part of the fund's name ending in 基金, at
    /// least 6 characters (so that 其他社会保险基金收入, a fund of its own, is not one).
    fn names_fund_other(&self, c: Classification, fund: &str, n: &str) -> bool {
        let Some(mid) = n
            .strip_prefix("其他")
            .and_then(|m| m.strip_suffix("收入").or_else(|| m.strip_suffix("支出")))
        else {
            return false;
        };
        let mid = mid.strip_prefix("社会").unwrap_or(mid);
        mid.ends_with("基金")
            && mid.chars().count() >= 6
            && self
                .lookup(c, fund, None)
                .is_some_and(|e| key(&e.name).contains(mid))
    }

    /// Whether the classification holds `code`.
    pub fn contains(&self, c: Classification, code: &str) -> bool {
        self.codes.contains_key(&(c, code.to_string()))
    }

    /// Whether `name` is one of the names `code` is printed with (any period, variants and
    /// aliases included), compared by [`key`].
    pub fn names_code(&self, c: Classification, code: &str, name: &str) -> bool {
        self.codes_named(c, name).iter().any(|x| x == code)
    }

    /// Codes of `c` printed (or aliased) with this name.
    pub fn codes_named(&self, c: Classification, name: &str) -> &[String] {
        self.names
            .get(&(c, key(name)))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The one code of level `level` (under `parent`, when given) named `name`.
    fn unique(
        &self,
        c: Classification,
        name: &str,
        level: Level,
        parent: Option<&str>,
    ) -> Option<String> {
        let mut hits = self.codes_named(c, name).iter().filter(|code| {
            self.lookup(c, code, None)
                .is_some_and(|e| e.level == level && parent.is_none_or(|p| e.parent == p))
        });
        let first = hits.next()?;
        hits.next().is_none().then(|| first.clone())
    }

    /// Like [`Scheme::unique`], but a name that two codes of one parent bear in different
    /// years (其他卫生健康支出: 2109901 printed in 2019, 2109999 from 2025) is the code of
    /// `year`'s period: the one whose printed years hold it, the earliest for a year before
    /// all, the latest for a year after all. A year between two periods (no document shows
    /// which code it used) or periods that overlap give none.
    fn unique_in(
        &self,
        c: Classification,
        name: &str,
        level: Level,
        parent: Option<&str>,
        year: Option<u32>,
    ) -> Option<String> {
        if let Some(code) = self.unique(c, name, level, parent) {
            return Some(code);
        }
        let y = year?;
        let mut spans: Vec<(u32, u32, &String)> = self
            .codes_named(c, name)
            .iter()
            .filter_map(|code| {
                let periods = self.codes.get(&(c, code.clone()))?;
                let e = periods.last()?;
                let fits = e.level == level && parent.is_none_or(|p| e.parent == p);
                let first = periods.iter().map(|p| p.first_seen).min()?;
                let last = periods.iter().map(|p| p.last_seen).max()?;
                (fits && !e.reference && first > 0).then_some((first, last, code))
            })
            .collect();
        spans.sort();
        if spans.len() < 2 || spans.windows(2).any(|w| matches!(w, [a, b] if a.1 >= b.0)) {
            return None;
        }
        let n = spans.len();
        spans
            .iter()
            .enumerate()
            .find_map(|(i, &(first, last, code))| {
                let from = if i == 0 { 0 } else { first };
                let to = if i + 1 == n { u32::MAX } else { last };
                (from..=to).contains(&y).then(|| code.clone())
            })
    }
}

/// A name as compared: full-width forms as ASCII, whitespace, quotes, footnote marks
/// (`*`, `注1`, `(注1)`), scope notes (`(含生育险)`) and printed level markers (`(款)`) removed.
pub fn key(name: &str) -> String {
    let mut s: String = name
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            '【' | '〔' => '[',
            '】' | '〕' => ']',
            _ => c,
        })
        .filter(|c| !matches!(c, '"' | '\'' | '*' | '※'))
        .collect();
    loop {
        let before = s.len();
        for tail in ["(款)", "(项)", "(类)"] {
            if let Some(t) = s.strip_suffix(tail) {
                s = t.to_string();
            }
        }
        // A note mark: (注1), 注1, (注); a scope note: (含生育险), (含生育保险); a share note:
        // (50%部分), the part of a shared tax the budget keeps, which is all its 增值税.
        if let Some(open) = s.rfind('(')
            && s.ends_with(')')
            && open > 0
            && s.get(open + 1..)
                .is_some_and(|n| n.starts_with('注') || scope_note(n) || n.ends_with("%部分)"))
        {
            s.truncate(open);
        }
        // A scope note inside the name: 职工基本医疗保险(含生育保险)基金收入.
        if let Some(open) = s.find('(')
            && open > 0
            && s.get(open + 1..).is_some_and(scope_note)
            && let Some(close) = s.get(open..).and_then(|t| t.find(')'))
            && open + close + 1 < s.len()
        {
            s.replace_range(open..=open + close, "");
        }
        if let Some(at) = s.rfind('注')
            && at > 0
            && s.get(at + '注'.len_utf8()..)
                .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
        {
            s.truncate(at);
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Whether a bracket's text (after its `(`) is a scope note: 含生育险, 包含生育保险.
fn scope_note(n: &str) -> bool {
    n.starts_with('含') || n.starts_with("包含")
}

/// The classification a table's rows are named in: function for expenditure, revenue for
/// revenue tables of government reports.
fn table_classification(kind: Kind) -> Option<Classification> {
    match kind {
        Kind::GovGpbExpenditure
        | Kind::GovFundExpenditure
        | Kind::GovSoeExpenditure
        | Kind::GovSocialInsuranceExpenditure
        | Kind::GpbExpenditure => Some(Classification::Function),
        Kind::GovGpbRevenue
        | Kind::GovFundRevenue
        | Kind::GovSoeRevenue
        | Kind::GovSocialInsuranceRevenue => Some(Classification::Revenue),
        _ => None,
    }
}

/// The government tables whose lines are classes of the classification (一般公共预算,
/// 政府性基金, 国有资本经营, 社会保险基金 收入/支出).
fn gov_classified(kind: Kind) -> bool {
    table_classification(kind).is_some() && kind != Kind::GpbExpenditure
}

/// The side a label column names, from its header (a 收入 | 支出 table has both).
fn side(path: &[String], default: Classification) -> Classification {
    let h: String = path.concat();
    match (h.contains("收入"), h.contains("支出")) {
        (true, false) => Classification::Revenue,
        (false, true) => Classification::Function,
        _ => default,
    }
}

/// The shape of a printed prefix: siblings share it (一、 二、 / （一） / 1. / (1) / 其中).
fn prefix_style(prefix: &str) -> u8 {
    let p: String = prefix.chars().map(crate::layout::ascii_char).collect();
    if p.is_empty() {
        0
    } else if p.starts_with("其中") || p.starts_with('减') || p.starts_with('加') {
        1
    } else if p.starts_with('(') {
        if p.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
            2
        } else {
            3
        }
    } else if p.starts_with(|c: char| c.is_ascii_digit()) {
        4
    } else {
        5 // 一、
    }
}

/// One labelled row of a label column.
struct LabelRow {
    row: usize,
    name: String,
    prefix: String,
    /// The level the label prints after its name (`其他支出（项）`), if any.
    marked: Option<Level>,
    /// Indentation of the label in its cell, in 3 pt steps, and the prefix shape.
    sig: (i64, u8),
}

/// The code a row gets, and its level.
#[derive(Debug, Clone)]
pub struct Found {
    pub code: String,
    pub level: Level,
}

/// The hierarchy walked down a label column.
#[derive(Default)]
struct Walk {
    /// The 类 every code of the table is in, if the table is one budget's (a
    /// social-insurance fund table: 102 收入, 209 支出; its 其他支出 is no 229 and its
    /// 上解上级支出 no 230): other codes are not matches, nor do they move the walk.
    within: Option<&'static str>,
    /// The 类 a table's 款 are in when no row prints it (a 国有资本经营预算支出 table's
    /// classes are 223's: 杭州 prints （四）其他国有资本经营预算支出 under 一、本级支出). Unlike
    /// `within`, other codes (调出资金 230) still match.
    implied: Option<&'static str>,
    lei: Option<(String, (i64, u8))>,
    kuan: Option<(String, (i64, u8))>,
    /// The 项 whose 目 may follow (利润收入, then 建筑施工企业利润收入).
    xiang: Option<(String, (i64, u8))>,
    last: Option<String>,
    /// A total or balance line was passed: the rows after it (年终结余 by fund: (1) 企业职工基本
    /// 养老保险基金 …) are no longer the `within` 类's own.
    closed: bool,
    /// The document's year, for a name two codes bear in different years.
    year: Option<u32>,
}

fn lei_names(name: &str, c: Classification) -> Vec<String> {
    let mut v = vec![name.to_string()];
    let add = if c == Classification::Revenue {
        "收入"
    } else {
        "支出"
    };
    v.push(format!("{name}{add}"));
    // 城乡社区事务, 农林水事务: the 类 named by its 事务 rather than 支出.
    if let Some(stem) = name.strip_suffix("事务") {
        v.push(format!("{stem}{add}"));
    }
    v
}

impl Walk {
    /// Whether `code` is the row above or one of the parents the walk is under.
    /// A parent implied by a deeper match (a 款 matched with no 类 row above) was not
    /// printed: a later row may print it (债务转贷收入, then 转移性收入).
    fn above(&self, code: &str) -> bool {
        let printed = |p: &Option<(String, (i64, u8))>| {
            p.as_ref()
                .is_some_and(|(c, g)| c == code && g.0 != i64::MIN)
        };
        self.last.as_deref() == Some(code) || printed(&self.lei) || printed(&self.kuan)
    }

    fn holds(&self, code: &str) -> bool {
        self.within.is_none_or(|w| code.starts_with(w))
    }

    /// The 款 a deeper match implies, when the walk is not under it (not printed: a later
    /// row may print it).
    fn imply(&mut self, code: &str) {
        let kuan = code.get(..5).unwrap_or_default().to_string();
        if self.kuan.as_ref().is_none_or(|(k, _)| *k != kuan) {
            self.kuan = Some((kuan, (i64::MIN, 0)));
        }
    }

    /// Whether `r` is printed deeper than the 类 and the 款 the walk is under, both printed:
    /// a child of that 款, never a 类 (福建 2025 附表4 prints 援助其他地区支出 / 其他支出 款 21999
    /// / 其他支出 at a third indent: a 项 the classification does not hold, not 229 其他支出,
    /// whose 9,164万元 was counted again beside 219's).
    fn deeper_than_kuan(&self, r: &LabelRow) -> bool {
        let printed_above = |p: &Option<(String, (i64, u8))>| {
            p.as_ref()
                .is_some_and(|(_, g)| g.0 != i64::MIN && r.sig.0 > g.0 && r.sig.1 == g.1)
        };
        printed_above(&self.lei) && printed_above(&self.kuan)
    }

    fn step(&mut self, s: &Scheme, c: Classification, r: &LabelRow) -> Option<Found> {
        let lei = || -> Option<Found> {
            lei_names(&r.name, c).iter().find_map(|n| {
                s.unique(c, n, Level::Lei, None).map(|code| Found {
                    code,
                    level: Level::Lei,
                })
            })
        };
        // A revenue 款 printed without its 收入 (行政事业性收费 for 行政事业性收费收入).
        // An expenditure 款 printed without its 的 (彩票公益金安排支出 for 彩票公益金安排的支出).
        let kuan_names = if c == Classification::Revenue && !r.name.ends_with("收入") {
            vec![r.name.clone(), format!("{}收入", r.name)]
        } else if let Some(stem) = r.name.strip_suffix("安排支出") {
            vec![r.name.clone(), format!("{stem}安排的支出")]
        } else if self.within.is_some() && key(&r.name).ends_with("基金") {
            // A fund table's fund printed by its name alone (宁夏: 失业保险基金).
            vec![r.name.clone(), format!("{}支出", r.name)]
        } else {
            vec![r.name.clone()]
        };
        // An expenditure 款 or 项 printed without its 支出 (杭州: 其他统计信息事务 for
        // 2010599 其他统计信息事务支出), under its parent only.
        let short = |mut v: Vec<String>| {
            let k = key(&r.name);
            if c != Classification::Revenue && !k.ends_with("支出") && k.chars().count() >= 2 {
                v.push(format!("{k}支出"));
            }
            v
        };
        let kuan_names = arranged(c, &r.name, short(kuan_names));
        let kuan_names = with_spending(c, &r.name, kuan_names);
        // A fund table's funds are in its 类 whether or not a row prints it, up to its total
        // or balance lines.
        let lei_or_within = self.lei.clone().or_else(|| {
            self.within
                .filter(|_| !self.closed)
                .or(self.implied)
                .map(|w| (w.to_string(), (i64::MIN, 0)))
        });
        let kuan = |parent: &Option<(String, (i64, u8))>| -> Option<Found> {
            let (p, _) = parent.as_ref()?;
            kuan_names.iter().find_map(|n| {
                s.unique_in(c, n, Level::Kuan, Some(p), self.year)
                    .map(|code| Found {
                        code,
                        level: Level::Kuan,
                    })
            })
        };
        // A fund's 项 printed with 支出 added (基本养老金支出 for 2090101 基本养老金).
        let xiang_names = match r.name.strip_suffix("支出") {
            Some(stem) if self.within.is_some() && stem.chars().count() >= 2 => {
                vec![r.name.clone(), stem.to_string()]
            }
            _ => short(vec![r.name.clone()]),
        };
        let xiang_names = arranged(c, &r.name, xiang_names);
        let xiang = |parent: &Option<(String, (i64, u8))>| -> Option<Found> {
            let (p, _) = parent.as_ref()?;
            xiang_names.iter().find_map(|n| {
                s.unique_in(c, n, Level::Xiang, Some(p), self.year)
                    .map(|code| Found {
                        code,
                        level: Level::Xiang,
                    })
            })
        };
        // A 目 under its 项; the 国有资本经营预算's own 目 printed without the （国资预算） the
        // classification adds to tell them from the general budget's (金融企业股利、股息收入).
        let mu = |parent: &Option<(String, (i64, u8))>| -> Option<Found> {
            let (p, _) = parent.as_ref()?;
            [r.name.clone(), format!("{}（国资预算）", r.name)]
                .iter()
                .find_map(|n| s.unique(c, n, Level::Mu, Some(p)))
                .map(|code| Found {
                    code,
                    level: Level::Mu,
                })
        };
        let sub = r.prefix.starts_with("其中");
        let sibling_of_lei = self.lei.as_ref().is_some_and(|(_, g)| *g == r.sig);
        // A name one code has in the whole classification, under the 类 the walk is in (or
        // none yet, or printed as that 类's sibling: 债务转贷支出 after 债务还本支出).
        // 目 names count only where no other level has the name.
        let global = || -> Option<Found> {
            // 其中：彩票公益金安排支出 under a row no 类 names (济南's 其他政府性基金支出): the one
            // code named 彩票公益金安排的支出.
            let named = match r.name.strip_suffix("安排支出") {
                Some(stem) if c == Classification::Function => {
                    s.codes_named(c, &format!("{stem}安排的支出"))
                }
                _ => s.codes_named(c, &r.name),
            };
            let is_mu = |code: &String| {
                s.lookup(c, code, None)
                    .is_some_and(|e| e.level == Level::Mu)
            };
            let above_mu: Vec<&String> = named.iter().filter(|x| !is_mu(x)).collect();
            let code = match (above_mu.as_slice(), named) {
                ([code], _) => *code,
                ([], [code]) => code,
                _ => return None,
            };
            let e = s.lookup(c, code, None)?;
            // A reference code only under its printed parent: 其他收入 alone is no 10399.
            // Nor a catch-all printed beside the 类: 其他X there is the rest of the table, not
            // of a parent the table does not print (宁夏 2018 表十四's 其他转移性支出, after 债务
            // 发行费用支出, is not 2302199, the rest of 区域间转移性支出).
            if e.level == Level::Lei
                || e.reference
                || sibling_of_lei && e.level != Level::Kuan && key(&r.name).starts_with("其他")
            {
                return None;
            }
            let lei = code.get(..3)?;
            // A budget's transfer lines (110 转移性收入, 230 转移性支出: 调出资金, 债务转贷收入)
            // follow its classes at any indentation: a name only they have is theirs — but
            // not under a printed spending 类, whose 专项转移支付 / 一般性转移支付 lines split
            // that 类 by who spends it (广东's 一般公共服务 / 省本级支出 / 专项转移支付).
            let under_spending = self
                .lei
                .as_ref()
                .is_some_and(|(l, g)| g.0 != i64::MIN && l.starts_with('2') && l.as_str() < "230");
            let transfer = matches!(lei, "110" | "230") && !under_spending;
            if !sibling_of_lei && !transfer && self.lei.as_ref().is_some_and(|(l, _)| l != lei) {
                return None;
            }
            // In a fund table a 项 is the printed fund's: 基本养老金支出 under 企业职工基本养老
            // 保险基金支出 is not 机关事业单位's 2091101.
            if self.within.is_some()
                && e.level == Level::Xiang
                && self
                    .kuan
                    .as_ref()
                    .is_some_and(|(k, g)| g.0 != i64::MIN && Some(k.as_str()) != code.get(..5))
            {
                return None;
            }
            Some(Found {
                code: code.clone(),
                level: e.level,
            })
        };

        let sibling_of_kuan =
            self.kuan.as_ref().is_some_and(|(_, g)| *g == r.sig) && !sibling_of_lei;
        // A row printed under a transfer 类 (三、转移性支出, then （五）援助其他地区支出: 杭州) is one
        // of its lines, never a spending 类 of the same name (219).
        let in_transfer = !sibling_of_lei
            && self
                .lei
                .as_ref()
                .is_some_and(|(l, g)| g.0 != i64::MIN && matches!(l.as_str(), "110" | "230"));
        let below_kuan = self.deeper_than_kuan(r);
        let order: &[u8] = if let Some(l) = r.marked {
            match l {
                Level::Lei => &[0],
                Level::Kuan => &[1],
                Level::Xiang => &[2],
                Level::Mu => &[3],
            }
        } else if sub && self.lei.is_some() {
            &[2, 1, 3]
        } else if sub {
            // 其中：预备费 under a row no 类 names (济南's 其他各项支出): a 类 of its own.
            &[2, 1, 0, 3]
        } else if sibling_of_lei {
            &[0, 1, 2, 3]
        } else if sibling_of_kuan {
            &[1, 2, 0, 3]
        } else {
            &[2, 1, 0, 3]
        };
        let found = order
            .iter()
            .filter_map(|k| match k {
                0 if in_transfer || below_kuan => None,
                0 => lei(),
                1 => kuan(&lei_or_within),
                2 => xiang(&self.kuan),
                _ => mu(&self.xiang),
            })
            // A row is not its own parent printed again (其他支出 类, 款 then 项).
            .find(|f| !self.above(&f.code) && self.holds(&f.code))
            .or_else(|| global().filter(|f| !self.above(&f.code) && self.holds(&f.code)))
            .or_else(|| {
                let (fund, _) = self.kuan.as_ref()?;
                s.fund_line(c, fund, &r.name).map(|code| Found {
                    code,
                    level: Level::Xiang,
                })
            });
        match &found {
            Some(f) => {
                self.last = Some(f.code.clone());
                match f.level {
                    Level::Lei => {
                        self.lei = Some((f.code.clone(), r.sig));
                        self.kuan = None;
                        self.xiang = None;
                    }
                    Level::Kuan => {
                        let lei = f.code.get(..3).unwrap_or_default().to_string();
                        if self.lei.as_ref().is_none_or(|(l, _)| *l != lei) {
                            self.lei = Some((lei, (i64::MIN, 0)));
                        }
                        self.kuan = Some((f.code.clone(), r.sig));
                        self.xiang = None;
                    }
                    Level::Xiang => {
                        self.imply(&f.code);
                        self.xiang = Some((f.code.clone(), r.sig));
                    }
                    Level::Mu => {
                        self.imply(&f.code);
                        let xiang = f.code.get(..7).unwrap_or_default().to_string();
                        if self.xiang.as_ref().is_none_or(|(x, _)| *x != xiang) {
                            self.xiang = Some((xiang, (i64::MIN, 0)));
                        }
                    }
                }
            }
            None => {
                self.last = None;
                // An unknown row at a level the table shows apart closes that level: its
                // children are not the previous 类's or 款's.
                let lei_sig = self.lei.as_ref().map(|(_, g)| *g);
                let kuan_sig = self.kuan.as_ref().map(|(_, g)| *g);
                // A total line (本年收入合计, 支出总计) ends the classes above it, whatever its
                // indentation: the rows after it (债务转贷收入) are not the last 类's.
                let total = ["合计", "总计"].iter().any(|t| key(&r.name).ends_with(t));
                let balance = ["结余", "结存", "结转"].iter().any(|b| r.name.contains(b));
                self.closed |= total || balance;
                let xiang_sig = self.xiang.as_ref().map(|(_, g)| *g);
                // A class's subtotal printed above its lines (银川: 税收收入小计, then 增值税 …)
                // opens that class for them; the subtotal itself stays a total, uncoded.
                let subtotal_of = key(&r.name).strip_suffix("小计").and_then(|stem| {
                    lei_names(stem, c)
                        .iter()
                        .find_map(|n| s.unique(c, n, Level::Lei, None))
                });
                if let Some(code) = subtotal_of {
                    self.lei = Some((code, (i64::MIN, 0)));
                    self.kuan = None;
                    self.xiang = None;
                    return None;
                }
                if total || !sub && lei_sig == Some(r.sig) && kuan_sig != Some(r.sig) {
                    self.lei = None;
                    self.kuan = None;
                    self.xiang = None;
                } else if !sub && kuan_sig == Some(r.sig) && lei_sig != Some(r.sig) {
                    self.kuan = None;
                    self.xiang = None;
                } else if !sub && xiang_sig == Some(r.sig) && kuan_sig != Some(r.sig) {
                    self.xiang = None;
                }
            }
        }
        found
    }
}

/// Template lines of government tables that sum several national codes and have none of
/// their own, by the table they are printed in, with the codes they sum (docs/panel.md).
/// The same name elsewhere may be one code's (上级补助收入 of a fund budget is its transfer
/// revenue alone): only the tables listed make it an aggregate.
pub const AGGREGATES: &[(Kind, &str, &[&str])] = &[
    (
        Kind::GovGpbRevenue,
        "上级补助收入",
        &["11001", "11002", "11003"],
    ),
    (
        Kind::GovGpbRevenue,
        "中央、省转移支付收入",
        &["11002", "11003"],
    ),
    (
        Kind::GovGpbRevenue,
        "中央和省转移支付收入",
        &["11002", "11003"],
    ),
    (
        Kind::GovGpbRevenue,
        "一般性转移支付及区县上解收入",
        &["11002", "11006"],
    ),
    (
        Kind::GovGpbExpenditure,
        "补助下级支出",
        &["23001", "23002", "23003"],
    ),
    (
        Kind::GovGpbExpenditure,
        "对区补助支出",
        &["23001", "23002", "23003"],
    ),
    (
        Kind::GovGpbExpenditure,
        "对区体制返还和一般性转移支付",
        &["23001", "23002"],
    ),
    // 济南's combined 类 rows (the sums checked by helper s21-other on the 2022 决算).
    (
        Kind::GovGpbExpenditure,
        "工业商业金融物资等事务",
        &["215", "216", "217", "222"],
    ),
    (
        Kind::GovGpbExpenditure,
        "其他各项支出",
        &["219", "224", "227", "229", "232", "233"],
    ),
    // A fund's benefits, several 项 of the fund (企业职工基本养老保险: 2090101-2090103;
    // 失业保险: 2090201-2090206; 职工基本医疗保险: 2090301 + 2090302), or of all funds in
    // the funds' total block.
    (
        Kind::GovSocialInsuranceExpenditure,
        "社会保险待遇支出",
        &[
            "2090101", "2090102", "2090103", "2090201", "2090202", "2090203", "2090204", "2090205",
            "2090206", "2090301", "2090302",
        ],
    ),
    (
        Kind::GovSocialInsuranceExpenditure,
        "基本医疗保险待遇支出",
        &["2090301", "2090302"],
    ),
];

/// Lines a budget's table names by where the money goes, one printed code each in that
/// table only: 调入一般公共预算 at the foot of a 国有资本经营预算支出 table (济南) is that
/// budget's 国有资本经营预算调出资金 (2300803); in a 一般公共预算 table the same words would
/// be a revenue.
const BY_TABLE: &[(Kind, &str, &str)] = &[(Kind::GovSoeExpenditure, "调入一般公共预算", "2300803")];

fn by_table(kind: Kind, c: Classification, name: &str) -> Option<Found> {
    let (_, _, code) = BY_TABLE
        .iter()
        .find(|(k, n, _)| *k == kind && key(n) == key(name))?;
    let e = SCHEME.lookup(c, code, None)?;
    Some(Found {
        code: code.to_string(),
        level: e.level,
    })
}

/// A total line: 合计, 总计, 小计, 本年收入合计, 收入 alone … (the sum of the lines above).
fn is_total(name: &str) -> bool {
    let n = key(name);
    let n = n.trim_end_matches('等');
    ["合计", "总计", "小计", "总额", "累计"]
        .iter()
        .any(|t| n.ends_with(t))
        || n.contains("合计")
        || matches!(
            n,
            "收入"
                | "支出"
                | "总收入"
                | "总支出"
                | "本年收入"
                | "本年支出"
                | "收入总计"
                | "支出总计"
        )
}

/// Area words a line of a table by class may open with: the line is that area's (or that
/// budget's) total, no class (一、全市收入 = the 10 fund revenues under it, 杭州 2024 决算 p31).
const AREAS: &[&str] = &[
    "全市",
    "全省",
    "全区",
    "全县",
    "省本级",
    "市本级",
    "区本级",
    "县本级",
    "本级",
    "市级",
    "省级",
    "市县",
    "地方",
];
const BUDGETS: &[&str] = &[
    "一般公共预算",
    "政府性基金预算",
    "政府性基金",
    "国有资本经营预算",
    "社会保险基金",
];

/// An area's or a budget's total printed as a line: 本级支出, 全市收入, 市本级支出, 一般公共预算
/// 收入, 全区政府性基金预算收入 (an area word, a budget's name or both, then 收入 or 支出).
fn area_total(name: &str) -> bool {
    let k = key(name);
    let Some(stem) = k.strip_suffix("收入").or_else(|| k.strip_suffix("支出")) else {
        return false;
    };
    let (area, rest) = AREAS
        .iter()
        .find_map(|a| stem.strip_prefix(a).map(|r| (true, r)))
        .unwrap_or((false, stem));
    rest.is_empty() && area || BUDGETS.contains(&rest)
}

/// A line that splits the 类 above it by who spends it (广东, 广州: 一般公共服务, then 省本级支出 /
/// 专项转移支付 / 一般性转移支付): an area's part, or a transfer part.
fn part_name(name: &str) -> bool {
    let k = key(name);
    area_total(name) && AREAS.iter().any(|a| k.starts_with(a))
        || k.ends_with("转移支付")
        || k.ends_with("转移支付支出")
}

/// Marks the parts of a 类 as aggregates: the lines below a coded 类 row (its coded classes
/// between them), printed without a prefix, named as parts ([`part_name`]), whose amounts add
/// up to the 类's in every column (the page's arithmetic proves the split; otherwise nothing
/// changes).
fn mark_parts(t: &mut AnalysedTable) {
    let marked = parts_of_classes(&t.items);
    for k in marked {
        if let Some(i) = t.items.get_mut(k) {
            i.line_role = Some(Role::Aggregate);
        }
    }
}

/// Whether the items `parts` add up to the items `head` in every column `head` prints an
/// amount in, to the rounding of the printed figures (half a printed unit per figure: 广东 2024
/// p53 社会保障和就业 5,842,416 = 2,143,123 + 38,655 + 3,660,637 + 1), in at least one column.
fn adds_up(items: &[super::facts::Item], head: &[usize], parts: &[usize]) -> bool {
    let amount = |k: usize| items.get(k).and_then(|i| i.amount_yuan);
    let col = |k: usize| items.get(k).map(|i| i.col);
    // Half a printed unit in yuan: how far a printed figure may be from the sum it rounds.
    let half = |k: usize| {
        items.get(k).map_or(Decimal::ZERO, |i| {
            half_unit(printed_decimals(&i.printed)) * i.unit.multiplier()
        })
    };
    let mut checked = 0;
    let all = head.iter().all(|&k| {
        let Some(total) = amount(k) else {
            return true;
        };
        let mine: Vec<usize> = parts
            .iter()
            .copied()
            .filter(|&p| col(p) == col(k))
            .collect();
        let sum: Decimal = mine.iter().filter_map(|&p| amount(p)).sum();
        let slack: Decimal = mine.iter().map(|&p| half(p)).sum::<Decimal>() + half(k);
        checked += 1;
        (sum - total).abs() <= slack
    });
    all && checked > 0
}

/// The lines of a social-insurance table's block for all funds (济南 2022 决算 p31: 社会保险基金
/// 收入合计, then 社会保险费收入, 利息收入 … before 一、机关事业单位基本养老保险基金收入): each is the
/// sum of the same line under every fund below, so it has no code of its own; marked
/// `aggregate` only where, in every column, the funds' lines of its name add up to it.
fn fund_totals(items: &[super::facts::Item]) -> Vec<usize> {
    let mut rows: Vec<usize> = items
        .iter()
        .filter(|i| i.line_role.is_some())
        .map(|i| i.row)
        .collect();
    rows.sort_unstable();
    rows.dedup();
    let line = |n: &str| key(n).trim_end_matches('等').to_string();
    let fund = |i: &super::facts::Item| {
        let k = key(&i.name);
        (i.code.len() == 5 && (i.code.starts_with("102") || i.code.starts_with("209")))
            || (i.code.is_empty()
                && k.contains("基金")
                && (k.ends_with("收入") || k.ends_with("支出") || k.ends_with("基金")))
    };
    let mut marked = Vec::new();
    let mut block: Vec<(String, Vec<usize>)> = Vec::new();
    let mut lines: Vec<(String, Vec<usize>)> = Vec::new();
    let (mut open, mut funds) = (false, false);
    let mut close = |block: &mut Vec<(String, Vec<usize>)>,
                     lines: &mut Vec<(String, Vec<usize>)>| {
        for (name, head) in block.iter() {
            let parts: Vec<usize> = lines
                .iter()
                .filter(|(n, _)| n == name)
                .flat_map(|(_, ks)| ks.iter().copied())
                .collect();
            if !parts.is_empty() && adds_up(items, head, &parts) {
                marked.extend(head.iter().copied());
            }
        }
        block.clear();
        lines.clear();
    };
    for row in rows {
        let ks: Vec<usize> = (0..items.len())
            .filter(|&k| items.get(k).is_some_and(|i| i.row == row))
            .collect();
        let Some(i) = ks.first().and_then(|&k| items.get(k)) else {
            continue;
        };
        if i.line_role == Some(Role::Total) {
            close(&mut block, &mut lines);
            (open, funds) = (true, false);
        } else if fund(i) {
            funds = open && !block.is_empty();
            open = funds;
        } else if funds {
            lines.push((line(&i.name), ks));
        } else if open && i.line_role == Some(Role::Subject) && i.code.is_empty() {
            block.push((line(&i.name), ks));
        } else if i.line_role != Some(Role::Aggregate) {
            open = false;
            block.clear();
        }
    }
    close(&mut block, &mut lines);
    marked
}

/// The items [`mark_parts`] marks, by index.
fn parts_of_classes(items: &[super::facts::Item]) -> Vec<usize> {
    let mut rows: Vec<(usize, &str)> = Vec::new();
    for i in items.iter().filter(|i| i.line_role.is_some()) {
        if !rows.contains(&(i.row, i.name.as_str())) {
            rows.push((i.row, i.name.as_str()));
        }
    }
    rows.sort_unstable();
    let adds_up = |head: &[usize], parts: &[usize]| adds_up(items, head, parts);
    let mut marked = Vec::new();
    let mut head: Vec<usize> = Vec::new();
    let mut parts: Vec<usize> = Vec::new();
    for (row, name) in &rows {
        let ks: Vec<usize> = items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.row == *row && i.name == *name)
            .map(|(k, _)| k)
            .collect();
        let Some(i) = ks.first().and_then(|&k| items.get(k)) else {
            continue;
        };
        let coded = !i.code.is_empty();
        if coded && i.code_level == Some(Level::Lei)
            || !head.is_empty() && !coded && i.prefix.is_empty() && part_name(name)
        {
            if coded {
                if adds_up(&head, &parts) {
                    marked.append(&mut parts);
                }
                parts.clear();
                head = ks;
            } else {
                parts.extend(ks);
            }
        } else if !head.is_empty() && coded {
            // A part's own classes (广东 2025: 省本级支出, then its 款 and 项, then 对市县转移支付).
        } else {
            if adds_up(&head, &parts) {
                marked.append(&mut parts);
            }
            parts.clear();
            head.clear();
        }
    }
    if adds_up(&head, &parts) {
        marked.append(&mut parts);
    }
    marked
}

/// The role of a labelled line of a classified government table.
fn role(kind: Kind, name: &str, coded: bool) -> Option<Role> {
    if key(name).is_empty() || name == "-" {
        None
    } else if coded {
        Some(Role::Subject)
    } else if is_total(name) || area_total(name) {
        Some(Role::Total)
    } else if AGGREGATES
        .iter()
        .any(|(k, n, _)| *k == kind && key(n) == key(name))
    {
        Some(Role::Aggregate)
    } else {
        Some(Role::Subject)
    }
}

/// Gives codes to the items of a document's tables: printed codes are marked `printed` and
/// get their canonical name; in government documents, rows of classified tables that print
/// names only are matched, and every labelled line of those tables gets its role.
pub fn apply(tables: &mut [AnalysedTable], year: Option<u32>, government: bool) {
    let s = &*SCHEME;
    for t in tables.iter_mut() {
        for i in t.items.iter_mut().filter(|i| !i.code.is_empty()) {
            // Split code columns say how they were read (joined, filled, malformed).
            i.code_source.get_or_insert(Source::Printed);
            if let Some(e) = s.lookup(i.classification, &i.code, year) {
                i.canonical_name.clone_from(&e.name);
            }
        }
        if government && gov_classified(t.kind) {
            let kind = t.kind;
            for i in t.items.iter_mut() {
                i.line_role = role(kind, &i.name, !i.code.is_empty());
            }
        }
        if !government {
            continue;
        }
        if t.items.iter().all(|i| i.code.is_empty()) {
            match_names(t, year);
        } else if gov_classified(t.kind) {
            match_among_printed(t, year);
        }
        if gov_classified(t.kind) {
            mark_parts(t);
        }
        if matches!(
            t.kind,
            Kind::GovSocialInsuranceRevenue | Kind::GovSocialInsuranceExpenditure
        ) {
            for k in fund_totals(&t.items) {
                if let Some(i) = t.items.get_mut(k) {
                    i.line_role = Some(Role::Aggregate);
                }
            }
        }
    }
}

/// A fund's expenditure 款 or 项 printed as `X支出` for the classification's `X安排的支出`
/// (济南: 城市基础设施配套费支出 for 21213 城市基础设施配套费安排的支出, 彩票公益金支出 for 22960)
/// or `X收入安排的支出` (杭州: 国有土地使用权出让支出 for 21208 国有土地使用权出让收入安排的支出,
/// its 其他国有土地使用权出让支出 for 2120899): the printed name with 安排的 (收入安排的) put
/// before its 支出 is tried too, under the printed parent only.
fn arranged(c: Classification, printed: &str, mut names: Vec<String>) -> Vec<String> {
    let k = key(printed);
    match k.strip_suffix("支出") {
        Some(stem)
            if c != Classification::Revenue
                && stem.chars().count() >= 2
                && !stem.ends_with("安排")
                && !stem.ends_with("安排的") =>
        {
            names.push(format!("{stem}安排的支出"));
            if !stem.ends_with("收入") {
                names.push(format!("{stem}收入安排的支出"));
            }
        }
        _ => {}
    }
    names
}

/// An expenditure 款 printed with 支出 added to the classification's name (专项转移支付支出 for
/// 23003 专项转移支付 under 转移性支出): the name without it is tried too, under the printed
/// parent only.
fn with_spending(c: Classification, printed: &str, mut names: Vec<String>) -> Vec<String> {
    if c == Classification::Function
        && let Some(stem) = key(printed).strip_suffix("支出")
        && stem.chars().count() >= 2
    {
        names.push(stem.to_string());
    }
    names
}

/// Marks the coded whole figures a table prints again: a line with the same code and the same
/// figure in the same column and area as an earlier one (预备费 `227` printed at 类, 款 and 项,
/// 吴忠 2025 p71; 宁夏 2023 表二十二's 223 as its 类 and as its foot total) is `repeat`, so that
/// a sum over items.csv and the panel (which leaves these out) count it once.
pub fn mark_repeats(items: &mut [super::facts::Item]) {
    let mut seen = std::collections::HashSet::new();
    for i in items
        .iter_mut()
        .filter(|i| !i.code.is_empty() && matches!(i.measure.base, Base::Total | Base::Amount))
    {
        if !seen.insert((i.col, i.code.clone(), i.area.clone(), i.amount_yuan)) {
            i.line_role = Some(Role::Repeat);
        }
    }
}

/// Gives the rows of a table that prints names only the codes their names match.
fn match_names(t: &mut AnalysedTable, year: Option<u32>) {
    let found = names_only_in(t, year);
    set_matched(t, found, year);
}

/// In a table that prints codes, a row printed without one (宁夏 2018 表二 p151: 一、利润收入
/// above 103060107 …; 表三 p152: 国有资本经营预算调出资金 under 230) gets the code its name
/// matches where the printed codes around it agree: the nearest printed code above or below
/// is the match's ancestor or in its parent (a sibling, a child), in the same classification.
fn match_among_printed(t: &mut AnalysedTable, year: Option<u32>) {
    let mut printed: Vec<(usize, Classification, &str)> = t
        .items
        .iter()
        .filter(|i| !i.code.is_empty())
        .map(|i| (i.row, i.classification, i.code.as_str()))
        .collect();
    printed.sort_unstable();
    printed.dedup_by_key(|p| p.0);
    let agrees = |row: usize, c: Classification, code: &str| {
        let parent = code
            .get(..code.len().saturating_sub(2).max(3))
            .unwrap_or(code);
        let above = printed.iter().rev().find(|p| p.0 < row);
        let below = printed.iter().find(|p| p.0 > row);
        [above, below].into_iter().flatten().any(|&(_, pc, pcode)| {
            pc == c && (pcode.starts_with(parent) || code.starts_with(pcode))
        })
    };
    let found: Vec<_> = names_only_in(t, year)
        .into_iter()
        .filter(|(k, c, f)| {
            t.items
                .get(*k)
                .is_some_and(|i| i.code.is_empty() && agrees(i.row, *c, &f.code))
        })
        .collect();
    set_matched(t, found, year);
}

/// Sets the matched codes `found` gives ([`names_only_in`]'s triples) on their items.
fn set_matched(
    t: &mut AnalysedTable,
    found: Vec<(usize, Classification, Found)>,
    year: Option<u32>,
) {
    let s = &*SCHEME;
    {
        for (k, c, f) in found {
            let Some(i) = t.items.get_mut(k) else {
                continue;
            };
            i.classification = c;
            i.code.clone_from(&f.code);
            i.code_level = Some(f.level);
            i.parent_code = match f.level {
                Level::Lei => String::new(),
                Level::Kuan => f.code.get(..3).unwrap_or_default().to_string(),
                Level::Xiang => f.code.get(..5).unwrap_or_default().to_string(),
                Level::Mu => f.code.get(..7).unwrap_or_default().to_string(),
            };
            i.code_source = Some(Source::Matched);
            i.line_role = Some(Role::Subject);
            if let Some(e) = s.lookup(c, &f.code, year) {
                i.canonical_name.clone_from(&e.name);
            }
        }
    }
}

/// The codes a classified table's names give, ignoring any printed code: (item index,
/// classification, code). Also how the matcher is measured against printed codes.
pub fn names_only(t: &AnalysedTable) -> Vec<(usize, Classification, Found)> {
    names_only_in(t, None)
}

/// [`names_only`] in the document's year: a name two codes bear in different years is the
/// code of that year ([`Scheme::unique_in`]).
pub fn names_only_in(t: &AnalysedTable, year: Option<u32>) -> Vec<(usize, Classification, Found)> {
    let Some(default) = table_classification(t.kind) else {
        return Vec::new();
    };
    let s = &*SCHEME;
    let mut out = Vec::new();
    for (label_col, rows) in label_rows(t) {
        let c = t
            .table
            .columns
            .get(label_col)
            .map_or(default, |col| side(&col.path, default));
        // A social-insurance fund table's rows are that budget's own classes (102 收入, 209
        // 支出): its 其他支出 is no 229.
        let fund_class = match t.kind {
            Kind::GovSocialInsuranceExpenditure => Some("209"),
            Kind::GovSocialInsuranceRevenue => Some("102"),
            _ => None,
        };
        let run = |c: Classification| {
            let mut walk = Walk {
                within: fund_class,
                implied: (t.kind == Kind::GovSoeExpenditure).then_some("223"),
                year,
                ..Walk::default()
            };
            let mut got: HashMap<usize, Found> = HashMap::new();
            for r in &rows {
                if let Some(f) = walk.step(s, c, r).or_else(|| by_table(t.kind, c, &r.name)) {
                    got.insert(r.row, f);
                }
            }
            got
        };
        // An expenditure table of a government report may list economic classes (基本支出
        // by 政府/部门经济分类): the classification that names more of its rows, function on
        // a tie.
        let (c, got) = if c == Classification::Function {
            [Classification::EconomicGov, Classification::EconomicDept]
                .into_iter()
                .map(|e| (e, run(e)))
                .fold((c, run(c)), |best, next| {
                    if next.1.len() > best.1.len() {
                        next
                    } else {
                        best
                    }
                })
        } else {
            (c, run(c))
        };
        for (k, i) in t.items.iter().enumerate() {
            let Some(f) = got.get(&i.row) else { continue };
            if label_of(&t.table, i.row, i.col).map(|(col, _)| col) == Some(label_col) {
                out.push((k, c, f.clone()));
            }
        }
        if fund_class.is_some() {
            out.extend(fund_columns(t, label_col, &rows, &got, c));
        }
    }
    out
}

/// Funds laid out as columns (银川, 吴忠, 石嘴山: rows 社会保险费收入, 利息收入 … 其他支出 under
/// columns 企业职工基本养老保险基金, 失业保险基金 …): a generic line the rows left uncoded takes
/// the 项 of the fund its column names ([`Scheme::fund_line`]). Its side is the block it is in
/// (a row 收入 or 支出 alone opens one), else the column's. A block's own row (收入 of a fund:
/// with 上级补助收入 and 转移收入, no 102 code) and the 合计 column stay uncoded.
fn fund_columns(
    t: &AnalysedTable,
    label_col: usize,
    rows: &[LabelRow],
    got: &HashMap<usize, Found>,
    default: Classification,
) -> Vec<(usize, Classification, Found)> {
    let s = &*SCHEME;
    let mut side_of = HashMap::new();
    let mut side = default;
    for r in rows {
        match key(&r.name).as_str() {
            "收入" => side = Classification::Revenue,
            "支出" => side = Classification::Function,
            _ => {}
        }
        side_of.insert(r.row, (side, r));
    }
    let fund = |c: Classification, path: &[String]| -> Option<String> {
        let (add, lei) = if c == Classification::Revenue {
            ("收入", "102")
        } else {
            ("支出", "209")
        };
        let mut hits = path.iter().filter_map(|p| {
            [p.clone(), format!("{p}{add}")]
                .iter()
                .find_map(|n| s.unique(c, n, Level::Kuan, Some(lei)))
        });
        let first = hits.next()?;
        hits.all(|h| h == first).then_some(first)
    };
    let mut out = Vec::new();
    for (k, i) in t.items.iter().enumerate() {
        if got.contains_key(&i.row)
            || label_of(&t.table, i.row, i.col).map(|(col, _)| col) != Some(label_col)
        {
            continue;
        }
        let Some(&(c, r)) = side_of.get(&i.row) else {
            continue;
        };
        let Some(path) = t.table.columns.get(i.col).map(|col| &col.path) else {
            continue;
        };
        if let Some(code) = fund(c, path).and_then(|f| s.fund_line(c, &f, &r.name)) {
            out.push((
                k,
                c,
                Found {
                    code,
                    level: Level::Xiang,
                },
            ));
        }
    }
    out
}

/// The label cell naming the amount at (row, col): the nearest cell to its left in the row
/// whose text is not a figure. Returns its column and the cell.
fn label_of(
    t: &crate::table::Table,
    row: usize,
    col: usize,
) -> Option<(usize, &crate::table::Cell)> {
    (0..col).rev().find_map(|c| {
        t.covering(row, c)
            .filter(|x| x.col == c && !x.text.is_empty() && !crate::layout::is_figure(&x.text))
            .map(|x| (c, x))
    })
}

/// The labelled rows of a table, per label column, in row order.
fn label_rows(t: &AnalysedTable) -> Vec<(usize, Vec<LabelRow>)> {
    let mut cols: Vec<(usize, Vec<LabelRow>)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut items: Vec<&super::facts::Item> = t.items.iter().collect();
    items.sort_by_key(|i| (i.row, i.col));
    for i in items {
        let Some((col, cell)) = label_of(&t.table, i.row, i.col) else {
            continue;
        };
        if !seen.insert((col, i.row)) {
            continue;
        }
        let (prefix, name) = super::name::split(&cell.text);
        // A code printed in the label (2010101 行政运行) is not part of the name.
        let name = super::code::from_label(&name).map_or(name, |(_, rest)| rest);
        let indent = cell.text_bbox.map_or(0.0, |b| b.x0 - cell.bbox.x0).max(0.0);
        let bare: String = name.chars().map(crate::layout::ascii_char).collect();
        let marked = [
            ("(类)", Level::Lei),
            ("(款)", Level::Kuan),
            ("(项)", Level::Xiang),
        ]
        .iter()
        .find(|(m, _)| bare.ends_with(m))
        .map(|&(_, l)| l);
        let r = LabelRow {
            row: i.row,
            marked,
            name,
            sig: ((indent / 3.0).round() as i64, prefix_style(&prefix)),
            prefix,
        };
        match cols.iter_mut().find(|(c, _)| *c == col) {
            Some((_, v)) => v.push(r),
            None => cols.push((col, vec![r])),
        }
    }
    cols
}

#[cfg(test)]
mod tests {
    use super::super::facts::Item;
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(key("卫生健康支出(注1)"), "卫生健康支出");
        assert_eq!(key("卫生健康支出（注１）"), "卫生健康支出");
        assert_eq!(key("维修（护）费"), key("维修(护)费"));
        assert_eq!(key("“三供一业”补助"), key("\"三供一业\"补助"));
        assert_eq!(key("行政运行（项）"), "行政运行");
        assert_eq!(key("教育支出注2"), "教育支出");
        // 杭州 2022 budget p107: 1. 增值税(50%部分) under (一) 税收收入.
        assert_eq!(key("增值税(50%部分)"), "增值税");
        assert_eq!(key("个人所得税（40%部分）"), "个人所得税");
        assert_eq!(
            key("职工基本医疗保险基金支出（含生育险）"),
            key("职工基本医疗保险基金支出(含生育保险)")
        );
        // Inside the name, and 包含 for 含 (广东 2025, 宁夏, 银川 2025 print these).
        assert_eq!(
            key("职工基本医疗保险（含生育保险）基金收入"),
            "职工基本医疗保险基金收入"
        );
        assert_eq!(
            key("职工基本医疗保险基金（包含生育保险）"),
            "职工基本医疗保险基金"
        );
        assert_eq!(key("利息收入（含投资收益）"), "利息收入");
    }

    #[test]
    fn embedded_scheme() {
        let s = &*SCHEME;
        let e = s
            .lookup(Classification::Function, "201", Some(2024))
            .unwrap();
        assert_eq!((e.name.as_str(), e.level), ("一般公共服务支出", Level::Lei));
        // Renamed between 2019 and 2025 (宁夏 2019 vs the 2025 documents).
        let old = s
            .lookup(Classification::Function, "215", Some(2019))
            .unwrap();
        let new = s
            .lookup(Classification::Function, "215", Some(2025))
            .unwrap();
        assert_eq!(old.name, "资源勘探信息等支出");
        assert_eq!(new.name, "资源勘探工业信息等支出");
        // An alias (printed without 支出) and a name of many 项.
        assert_eq!(
            s.unique(Classification::Function, "一般公共服务", Level::Lei, None),
            Some("201".to_string())
        );
        assert_eq!(
            s.unique(Classification::Function, "行政运行", Level::Xiang, None),
            None
        );
        assert_eq!(
            s.unique(
                Classification::Function,
                "行政运行",
                Level::Xiang,
                Some("20101")
            ),
            Some("2010101".to_string())
        );
    }

    #[test]
    fn names_by_year() {
        // 其他卫生健康支出 under 21099: 2109901 in 宁夏's 2019 tables (2018 report p55),
        // 2109999 in the 2025-2026 documents; a year between shows neither.
        let s = &*SCHEME;
        let f = |y| {
            s.unique_in(
                Classification::Function,
                "其他卫生健康支出",
                Level::Xiang,
                Some("21099"),
                y,
            )
        };
        assert_eq!(f(Some(2019)), Some("2109901".to_string()));
        assert_eq!(f(Some(2018)), Some("2109901".to_string()));
        assert_eq!(f(Some(2026)), Some("2109999".to_string()));
        assert_eq!(f(Some(2022)), None);
        assert_eq!(f(None), None);
    }

    fn row(name: &str, prefix: &str, indent: i64) -> LabelRow {
        LabelRow {
            row: 0,
            marked: None,
            name: name.into(),
            prefix: prefix.into(),
            sig: (indent, prefix_style(prefix)),
        }
    }

    fn walk(rows: &[LabelRow]) -> Vec<Option<String>> {
        walk_in(Classification::Function, rows)
    }

    fn walk_in(class: Classification, rows: &[LabelRow]) -> Vec<Option<String>> {
        let mut w = Walk::default();
        rows.iter()
            .map(|r| w.step(&SCHEME, class, r).map(|f| f.code))
            .collect()
    }

    #[test]
    fn fund_and_transfer_names_with_their_spending_words() {
        // 杭州 2021 决算 p147 (pdftotext): （三）城乡社区支出, 其中:国有土地使用权出让支出, its
        // 征地和拆迁补偿支出 1,355,000, then 国有土地收益基金支出 185,500 over 征地和拆迁补偿支出
        // 185,500 (21210's 项, not 21208's), then 城市基础设施配套费支出 100,000.
        let got = walk(&[
            row("城乡社区支出", "（三）", 0),
            row("国有土地使用权出让收入安排的支出", "", 1),
            row("征地和拆迁补偿支出", "", 2),
            row("国有土地收益基金支出(注2)", "", 1),
            row("征地和拆迁补偿支出", "", 2),
            row("城市基础设施配套费支出", "", 1),
        ]);
        let want = [
            Some("212"),
            Some("21208"),
            Some("2120801"),
            Some("21210"),
            Some("2121001"),
            Some("21213"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
        // 广州 2025 预算 p33: 社会工作事务支出 (20139 社会工作事务) with its 行政运行, then
        // 信访事务支出 (20140) and its 行政运行: 2014001, not 社会工作事务's 2013901.
        let got = walk(&[
            row("一般公共服务支出", "一、", 0),
            row("社会工作事务支出", "", 1),
            row("行政运行", "", 2),
            row("信访事务支出", "", 1),
            row("行政运行", "", 2),
        ]);
        let want = [
            Some("201"),
            Some("20139"),
            Some("2013901"),
            Some("20140"),
            Some("2014001"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
        // Not from a name alone: without its 类 above, 城市基础设施配套费支出 is no code.
        assert_eq!(walk(&[row("城市基础设施配套费支出", "", 1)]), vec![None]);
        // The same page as printed: 其中:国有土地使用权出让支出(注2) for 21208 国有土地使用权出让
        // 收入安排的支出, its 项 under it, and 其他国有土地使用权出让支出 4,000 for 2120899.
        let got = walk(&[
            row("城乡社区支出", "（三）", 0),
            row("国有土地使用权出让支出(注2)", "其中:", 1),
            row("征地和拆迁补偿支出", "", 2),
            row("土地开发支出", "", 2),
            row("其他国有土地使用权出让支出", "", 2),
        ]);
        let want = [
            Some("212"),
            Some("21208"),
            Some("2120801"),
            Some("2120802"),
            Some("2120899"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn a_catch_all_beside_the_classes_is_the_rest_of_the_table() {
        // 宁夏 2018 表十四 p47 (pdftotext): the 类 lines, 债务发行费用支出 3,450, then 其他转移性支出
        // 3,282,118 at the same place: 对市县财力性补助 2,975,750 + 上解 306,368, the rest of the
        // 合计 10,039,484, not 2302199 (其他 of 区域间转移性支出, which the table does not print).
        let got = walk(&[
            row("债务付息支出", "", 0),
            row("债务发行费用支出", "", 0),
            row("其他转移性支出", "", 0),
        ]);
        assert_eq!(
            got,
            [Some("232"), Some("233"), None].map(|s| s.map(String::from))
        );
        // Under its printed 款 the same name is that 款's 项.
        let got = walk(&[
            row("转移性支出", "", 0),
            row("区域间转移性支出", "", 1),
            row("其他转移性支出", "", 2),
        ]);
        let want = [Some("230"), Some("23021"), Some("2302199")];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn a_line_under_a_transfer_class_is_not_a_spending_class() {
        // 杭州 2022 预算 p109 (pdftotext): 一、全市支出, its 类 at （一）…, then 三、转移性支出 and
        // its lines at （一）… again; 全市支出 = Σ（一）-（二十三） = 23,003,863万元, so （五）援助其他
        // 地区支出 953,040万 is a line of 转移性支出, not 219 (which 一、 holds already).
        let got = walk(&[
            row("全市支出", "一、", 0),
            row("一般公共服务支出", "(一)", 0),
            row("援助其他地区支出", "(十六)", 0),
            row("转移性支出", "三、", 0),
            row("上解中央和省支出", "(一)", 0),
            row("援助其他地区支出", "(五)", 0),
        ]);
        let want = [None, Some("201"), Some("219"), Some("230"), None, None];
        assert_eq!(got, want.map(|c| c.map(String::from)));
    }

    #[test]
    fn a_line_under_a_printed_kuan_is_no_class() {
        // 福建 2025 附表4 p32 (yusuan text; pdftotext cannot open the truncated file): 援助其他地区
        // 支出 9164 / 其他支出 9164 (indent 2) / 其他支出 9164 (indent 4), then 自然资源海洋气象等
        // 支出 at indent 0. The third line is 21999's child, which the classification does not
        // hold: uncoded, not 229 (the page's 229 其他支出 is its own line, 713,958).
        let got = walk(&[
            row("援助其他地区支出", "", 0),
            row("其他支出", "", 1),
            row("其他支出", "", 2),
            row("自然资源海洋气象等支出", "", 0),
            row("其他支出", "", 0),
        ]);
        let want = [Some("219"), Some("21999"), None, Some("220"), Some("229")];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn hierarchy_by_indent() {
        // Beijing's 表二（之一） shape: 类, 款, 项 at three indents; the 款 and 项 named
        // 其他一般公共服务支出 told apart by the indent and by "a row is not its parent".
        let got = walk(&[
            row("一般公共服务支出", "", 0),
            row("人大事务", "", 1),
            row("行政运行", "", 2),
            row("政协事务", "", 1),
            row("行政运行", "", 2),
            row("其他一般公共服务支出", "", 1),
            row("其他一般公共服务支出", "", 2),
            row("公共安全支出", "", 0),
            row("合计", "", 0),
        ]);
        let want = [
            Some("201"),
            Some("20101"),
            Some("2010101"),
            Some("20102"),
            Some("2010201"),
            Some("20199"),
            Some("2019999"),
            Some("204"),
            None,
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn revenue_by_name() {
        // Nanchang's 2025 revenue table: 类 and 款 of 税收收入 and 非税收入 by name only; 其他收入
        // is 10399 under 非税收入 and nothing on its own.
        let rows = [
            row("税收收入", "一、", 0),
            row("增值税", "", 1),
            row("其他税收收入", "", 1),
            row("非税收入", "二、", 0),
            row("行政事业性收费", "", 1),
            row("其他收入", "", 1),
        ];
        let got = walk_in(Classification::Revenue, &rows);
        let want = ["101", "10101", "10199", "103", "10304", "10399"];
        assert_eq!(got, want.map(|s| Some(s.to_string())));
        let mut w = Walk::default();
        assert!(
            w.step(&SCHEME, Classification::Revenue, &row("其他收入", "", 0))
                .is_none()
        );
    }

    #[test]
    fn soe_revenue_mu() {
        // Jinan's 2023 国有资本经营预算收入执行情况表 (2024 report, p26), rows as printed: the
        // 目 of 利润收入 and 股利、股息收入 under their 项 where the classification holds
        // them (printed with codes by other documents), 运输企业利润收入 and 五、其他收入 not.
        let rows = [
            row("利润收入", "一、", 0),
            row("运输企业利润收入", "", 1),
            row("建筑施工企业利润收入", "", 1),
            row("金融企业利润收入", "", 1),
            row("其他国有资本经营预算企业利润收入", "", 1),
            row("股利、股息收入", "二、", 0),
            row("金融企业股利、股息收入", "", 1),
            row("其他收入", "五、", 0),
            row("本年收入合计", "", 1),
        ];
        let got = walk_in(Classification::Revenue, &rows);
        let want = [
            Some("1030601"),
            None,
            Some("103060119"),
            Some("103060134"),
            Some("103060198"),
            Some("1030602"),
            Some("103060204"),
            None,
            None,
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn named_by_table() {
        let f = by_table(
            Kind::GovSoeExpenditure,
            Classification::Function,
            "调入一般公共预算",
        );
        assert_eq!(
            f.map(|f| (f.code, f.level)),
            Some(("2300803".into(), Level::Xiang))
        );
        assert!(
            by_table(
                Kind::GovGpbRevenue,
                Classification::Revenue,
                "调入一般公共预算"
            )
            .is_none()
        );
    }

    #[test]
    fn line_roles() {
        // 上级补助收入 sums 11001-11003 in a general budget, is one transfer in a fund's.
        assert_eq!(
            role(Kind::GovGpbRevenue, "上级补助收入", false),
            Some(Role::Aggregate)
        );
        assert_eq!(
            role(Kind::GovFundRevenue, "上级补助收入", false),
            Some(Role::Subject)
        );
        assert_eq!(
            role(Kind::GovGpbRevenue, "本年收入合计", false),
            Some(Role::Total)
        );
        assert_eq!(role(Kind::GovGpbRevenue, "收入", false), Some(Role::Total));
        assert_eq!(role(Kind::GovGpbRevenue, "", false), None);
        assert_eq!(
            role(Kind::GovGpbRevenue, "返还性收入", true),
            Some(Role::Subject)
        );
        // Every code an aggregate sums is in the classification.
        for (_, name, codes) in AGGREGATES {
            for c in *codes {
                assert!(
                    SCHEME.contains(Classification::Revenue, c)
                        || SCHEME.contains(Classification::Function, c),
                    "{name}: {c}"
                );
            }
        }
    }

    #[test]
    fn fund_lines() {
        // Jinan's social-insurance tables: each fund's lines by their generic names, under
        // the fund; the lines of the funds' total (no fund above) and of an unknown fund
        // stay uncoded, and 转移收入 has no code in 102.
        let rows = [
            row("社会保险基金收入合计", "", 0),
            row("利息收入", "", 0),
            row("企业职工基本养老保险基金收入", "一、", 0),
            row("社会保险费收入", "其中:", 0),
            row("利息收入", "", 0),
            row("财政补贴收入", "", 0),
            row("其他收入等", "", 0),
            row("转移收入", "", 0),
            row("职工基本医疗保险基金收入（含生育保险）", "二、", 0),
            row("利息收入", "", 0),
            row("居民基本养老保险基金收入", "三、", 0),
            row("利息收入", "", 0),
        ];
        let got = walk_in(Classification::Revenue, &rows);
        let want = [
            None,
            None,
            Some("10201"),
            Some("1020101"),
            Some("1020103"),
            Some("1020102"),
            Some("1020199"),
            None,
            Some("10203"),
            Some("1020303"),
            None,
            None,
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
        // In a fund table (209 only) 其他支出 is the fund's 99 项, and 上解上级支出 (23006)
        // does not end the fund's 类.
        let mut w = Walk {
            within: Some("209"),
            ..Walk::default()
        };
        let got: Vec<_> = [
            row("失业保险基金支出", "一、", 0),
            row("失业保险金", "", 0),
            row("其他支出", "", 0),
            row("上解上级支出", "", 0),
            row("工伤保险基金支出", "二、", 0),
        ]
        .iter()
        .map(|r| w.step(&SCHEME, Classification::Function, r).map(|f| f.code))
        .collect();
        let want = [
            Some("20902"),
            Some("2090201"),
            Some("2090299"),
            None,
            Some("20904"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn fund_tables_by_name_alone() {
        // 宁夏 2023 p108 (社会保险基金收入决算表): funds printed without 收入, no 类 row; the
        // fund's lines under it, a fund the classification lacks leaving its lines uncoded.
        let mut w = Walk {
            within: Some("102"),
            ..Walk::default()
        };
        let got: Vec<_> = [
            row("企业职工基本养老保险基金", "", 0),
            row("保险费收入", "其中：", 0),
            row("财政补贴收入", "", 0),
            row("委托投资收益", "", 0),
            row("城乡居民基本养老保险基金", "", 0),
            row("财政补贴收入", "", 0),
            row("职工基本医疗保险（含生育保险）基金", "", 0),
            row("利息收入", "其中：", 0),
        ]
        .iter()
        .map(|r| w.step(&SCHEME, Classification::Revenue, r).map(|f| f.code))
        .collect();
        let want = [
            Some("10201"),
            Some("1020101"),
            Some("1020102"),
            None,
            None,
            None,
            Some("10203"),
            Some("1020303"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
        // 江苏 2024 p100 (社会保险基金预算支出表): after 支出合计, 年终结余 by fund is no fund's
        // expenditure.
        let mut w = Walk {
            within: Some("209"),
            ..Walk::default()
        };
        let got: Vec<_> = [
            row("失业保险基金支出", "7.", 0),
            row("支出合计", "", 0),
            row("年终结余", "10.", 0),
            row("机关事业单位基本养老保险基金", "（3）", 1),
            row("失业保险基金", "（7）", 1),
        ]
        .iter()
        .map(|r| w.step(&SCHEME, Classification::Function, r).map(|f| f.code))
        .collect();
        assert_eq!(got, [Some("20902".to_string()), None, None, None, None]);
    }

    #[test]
    fn fund_items_are_the_printed_funds() {
        // 北京 2022 决算 p118 / 福建 2025 p85: 基本养老金支出 under 企业职工基本养老保险基金支出
        // is 2090101 基本养老金 (not 机关事业单位's 2091101 基本养老金支出), 其他支出 then the
        // fund's 99; 丧葬抚恤补助支出 is 2090103; 江苏 2023's 其他社会企业职工基本养老保险基金
        // 支出 is that fund's 99 too, while 其他社会保险基金支出 (a fund) is no fund's line.
        let mut w = Walk {
            within: Some("209"),
            ..Walk::default()
        };
        let got: Vec<_> = [
            row("企业职工基本养老保险基金支出", "一、", 0),
            row("基本养老金支出", "", 1),
            row("丧葬抚恤补助支出", "", 1),
            row("其他支出", "", 1),
            row("其他社会企业职工基本养老保险基金支出", "", 1),
            row("其他社会保险基金支出", "", 1),
            row("机关事业单位基本养老保险基金支出", "二、", 0),
            row("基本养老金支出", "", 1),
            row("工伤保险基金支出", "三、", 0),
            row("工伤保险待遇支出", "", 1),
        ]
        .iter()
        .map(|r| w.step(&SCHEME, Classification::Function, r).map(|f| f.code))
        .collect();
        let want = [
            Some("20901"),
            Some("2090101"),
            Some("2090103"),
            Some("2090199"),
            Some("2090199"),
            None,
            Some("20911"),
            Some("2091101"),
            Some("20904"),
            Some("2090401"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    /// A table of `labels` (column 0) and one amount per (row, column) under `heads`.
    fn fund_table(kind: Kind, heads: &[&str], labels: &[&str]) -> AnalysedTable {
        use crate::budget::amount::Unit;
        use crate::table::{Cell, Column, Method, Row, Table};
        let rect = |x0: f64| crate::pdf::Rect {
            x0,
            y0: 0.0,
            x1: x0 + 10.0,
            y1: 10.0,
        };
        let cell = |row: usize, col: usize, text: &str| Cell {
            row,
            col,
            rowspan: 1,
            colspan: 1,
            text: text.to_string(),
            raw: text.to_string(),
            page: 1,
            bbox: rect(col as f64 * 10.0),
            text_bbox: Some(rect(col as f64 * 10.0)),
        };
        let mut cells = Vec::new();
        let mut items = Vec::new();
        for (r, label) in labels.iter().enumerate() {
            cells.push(cell(r, 0, label));
            let (prefix, name) = super::super::name::split(label);
            for (c, head) in heads.iter().enumerate() {
                cells.push(cell(r, c + 1, "1.00"));
                items.push(Item {
                    page: 1,
                    row: r,
                    col: c + 1,
                    classification: Classification::None,
                    code: String::new(),
                    code_level: None,
                    parent_code: String::new(),
                    code_source: None,
                    line_role: None,
                    name: name.clone(),
                    prefix: prefix.clone(),
                    labels: Default::default(),
                    unit_code: String::new(),
                    measure: crate::budget::measure::measure(&[head.to_string()]),
                    stage: crate::budget::measure::Stage::Budget,
                    fiscal_year: None,
                    header_path: head.to_string(),
                    amount_yuan: Some(rust_decimal::Decimal::from(10000)),
                    percent: None,
                    printed: "1.00".into(),
                    unit: Unit::Wanyuan,
                    canonical_name: String::new(),
                    area: String::new(),
                });
            }
        }
        let mut columns = vec![Column {
            path: vec!["项目".into()],
        }];
        columns.extend(heads.iter().map(|h| Column {
            path: vec![h.to_string()],
        }));
        AnalysedTable {
            kind,
            area: String::new(),
            table: Table {
                pages: vec![1],
                bbox: rect(0.0),
                method: Method::Lattice,
                n_rows: labels.len(),
                n_cols: heads.len() + 1,
                rows: labels
                    .iter()
                    .map(|_| Row {
                        page: 1,
                        header: false,
                    })
                    .collect(),
                columns,
                header_rows: 0,
                cells,
                title: None,
                form_no: None,
                unit: None,
                body: None,
                notes: Vec::new(),
            },
            items,
            rates: Vec::new(),
            checks: Vec::new(),
        }
    }

    #[test]
    fn name_only_rows_among_printed_codes() {
        // 宁夏 2018 表二 p151 (pdftotext): `一、利润收入` with no code above 103060107 煤炭企业利润
        // 收入, `二、股利、股息收入` above 103060202; 表三 p152 prints 223 and 2230102, and a row
        // whose name is another 类's (教育支出, made up) stays uncoded beside them.
        let mut t = fund_table(
            Kind::GovSoeRevenue,
            &["2019年预算数"],
            &[
                "一、利润收入",
                "煤炭企业利润收入",
                "二、股利、股息收入",
                "国有控股公司股利、股息收入",
                "收入合计",
            ],
        );
        for (i, code) in [(1, "103060107"), (3, "103060202")] {
            t.items[i].code = code.into();
            t.items[i].classification = Classification::Revenue;
        }
        let mut u = fund_table(
            Kind::GovSoeExpenditure,
            &["2019年预算数"],
            &["国有资本经营预算支出", "“三供一业”移交补助支出", "教育支出"],
        );
        for (i, code) in [(0, "223"), (1, "2230102")] {
            u.items[i].code = code.into();
            u.items[i].classification = Classification::Function;
        }
        let mut tables = [t, u];
        apply(&mut tables, Some(2019), true);
        let codes = |t: &AnalysedTable| t.items.iter().map(|i| i.code.clone()).collect::<Vec<_>>();
        assert_eq!(
            codes(&tables[0]),
            ["1030601", "103060107", "1030602", "103060202", ""]
        );
        assert_eq!(tables[0].items[0].code_source, Some(Source::Matched));
        assert_eq!(codes(&tables[1]), ["223", "2230102", ""]);
    }

    #[test]
    fn funds_as_columns() {
        // 银川 2025 p179 (社会保险基金执行情况表): funds across, lines down, a 收入 block then a
        // 支出 block. A line takes its column's fund's 项; the 合计 column, a fund the
        // classification lacks (城乡居民), the block rows and 社会保险待遇支出 (several 项) none.
        let t = fund_table(
            Kind::GovSocialInsuranceExpenditure,
            &[
                "合计",
                "企业职工基本养老保险基金",
                "城乡居民基本养老保险基金",
                "职工基本医疗保险基金（包含生育保险）",
            ],
            &[
                "一、收入",
                "其中：1、保险费收入",
                "2、利息收入",
                "二、支出",
                "其中：1、社会保险待遇支出",
                "2、其他支出",
            ],
        );
        let mut got: Vec<(usize, usize, String)> = names_only(&t)
            .into_iter()
            .map(|(k, _, f)| (t.items[k].row, t.items[k].col, f.code))
            .collect();
        got.sort();
        let want = [
            (1, 2, "1020101"),
            (1, 4, "1020301"),
            (2, 2, "1020103"),
            (2, 4, "1020303"),
            (5, 2, "2090199"),
            (5, 4, "2090399"),
        ];
        assert_eq!(got, want.map(|(r, c, s)| (r, c, s.to_string())));
    }

    #[test]
    fn flat_tables_and_unknown_parents() {
        // No indentation: the deeper match under the current parent wins; a 类-level row
        // the classification does not know (Jinan's combined 类) leaves its children uncoded.
        let got = walk(&[
            row("一般公共服务", "一、", 0),
            row("人大事务", "", 0),
            row("行政运行", "", 0),
            row("工业商业金融物资等事务", "二、", 0),
            row("行政运行", "", 0),
            row("城乡社区事务", "三、", 0),
        ]);
        let want = [
            Some("201"),
            Some("20101"),
            Some("2010101"),
            None,
            None,
            Some("212"),
        ];
        assert_eq!(got, want.map(|s| s.map(String::from)));
    }

    #[test]
    fn short_names_subtotals_and_soe_classes() {
        // 杭州 2022 决算 p43: 其他统计信息事务 (printed without 支出) under 统计信息事务.
        let got = walk(&[
            row("一般公共服务支出", "（一）", 0),
            row("统计信息事务", "", 1),
            row("其他统计信息事务", "", 2),
        ]);
        assert_eq!(got[2].as_deref(), Some("2010599"));
        // 银川 2025 表1: 税收收入小计 and 非税收入小计 above their lines open 101 and 103.
        let got = walk_in(
            Classification::Revenue,
            &[
                row("税收收入小计", "", 0),
                row("增值税", "", 0),
                row("非税收入小计", "", 0),
                row("专项收入", "", 0),
            ],
        );
        let want = [None, Some("10101"), None, Some("10302")];
        assert_eq!(got, want.map(|s| s.map(String::from)));
        // Without the subtotal, 增值税 is no reference code by its name alone.
        assert_eq!(
            walk_in(Classification::Revenue, &[row("增值税", "", 0)]),
            vec![None]
        );
        // 杭州 2021 预算 p185: a 国有资本经营预算支出 table prints its 款 under 一、本级支出, no
        // 223 row; its transfer line is still 230's.
        let mut w = Walk {
            implied: Some("223"),
            ..Walk::default()
        };
        let got: Vec<_> = [
            row("本级支出", "一、", 0),
            row("其他国有资本经营预算支出", "（四）", 0),
            row("国有资本经营预算调出资金", "二、", 0),
        ]
        .iter()
        .map(|r| w.step(&SCHEME, Classification::Function, r).map(|f| f.code))
        .collect();
        let want = [None, Some("22399"), Some("2300803")];
        assert_eq!(got, want.map(|s| s.map(String::from)));
        assert_eq!(
            walk(&[row("其他国有资本经营预算支出", "（四）", 0)]),
            vec![None]
        );
    }

    #[test]
    fn area_lines_and_parts() {
        // An area's or a budget's total line; a class name is none.
        for n in [
            "本级支出",
            "全市收入",
            "市本级支出",
            "一般公共预算收入",
            "全区政府性基金预算收入",
        ] {
            assert!(area_total(n), "{n}");
            assert_eq!(role(Kind::GovGpbExpenditure, n, false), Some(Role::Total));
        }
        for n in [
            "一般公共服务支出",
            "地方政府一般债务转贷支出",
            "本级",
            "上级补助收入",
        ] {
            assert!(!area_total(n), "{n}");
        }
        // 广东 2024 决算 p52: 一般公共服务 1,457,769 = 省本级支出 1,047,192 + 专项转移支付
        // 370,577 + 一般性转移支付 40,000: parts, aggregates. 国防's lines that do not add up
        // stay as they were (省本级支出 an area total, 专项转移支付 a subject).
        let mut t = fund_table(
            Kind::GovGpbExpenditure,
            &["2024年决算数"],
            &[
                "（一）一般公共服务",
                "省本级支出",
                "专项转移支付",
                "一般性转移支付",
                "（三）国防",
                "省本级支出",
                "专项转移支付",
                "（八）社会保障和就业",
                "省本级支出",
                "专项转移支付",
                "一般性转移支付",
            ],
        );
        // p53: 社会保障和就业 adds up to the rounding of its printed parts (one off).
        for (i, v) in t.items.iter_mut().zip([
            1_457_769, 1_047_192, 370_577, 40_000, 46_211, 27_778, 18_000, 5_842_416, 2_143_123,
            38_655, 3_660_637,
        ]) {
            i.amount_yuan = Some(Decimal::from(v));
        }
        apply(std::slice::from_mut(&mut t), Some(2024), true);
        let got: Vec<_> = t
            .items
            .iter()
            .map(|i| (i.code.as_str(), i.line_role))
            .collect();
        use Role::{Aggregate, Subject, Total};
        let want = [
            ("201", Some(Subject)),
            ("", Some(Aggregate)),
            ("", Some(Aggregate)),
            ("", Some(Aggregate)),
            ("203", Some(Subject)),
            ("", Some(Total)),
            ("", Some(Subject)),
            ("208", Some(Subject)),
            ("", Some(Aggregate)),
            ("", Some(Aggregate)),
            ("", Some(Aggregate)),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn the_funds_block_of_a_social_insurance_table_is_an_aggregate() {
        // 东莞 2025 预算 p73 (pdftotext, 万元): 合计 2,304,998, 其中 保险费收入 2,094,076 = 1,563,451
        // + 12,566 + 79,957 + 402,141 + 0 + 35,961, 财政补贴收入 134,843, 利息收入 59,481.
        let funds = [
            "一、职工基本医疗保险基金收入",
            "二、城乡居民基本养老保险基金收入",
            "三、城乡居民基本医疗保险基金收入",
            "四、机关事业单位基本养老保险基金收入",
            "五、长期护理保险基金收入",
            "六、职工大额医疗费用补助基金收入",
        ];
        let figures = [
            [1_579_845, 1_563_451, 0, 10_801],
            [45_225, 12_566, 30_799, 1_383],
            [191_276, 79_957, 104_044, 6_770],
            [449_032, 402_141, 0, 36_871],
            [0, 0, 0, 0],
            [39_620, 35_961, 0, 3_656],
        ];
        let mut labels = vec!["合计", "其中：保险费收入", "财政补贴收入", "利息收入"];
        let mut values = vec![2_304_998, 2_094_076, 134_843, 59_481];
        for (f, v) in funds.iter().zip(figures) {
            labels.extend([*f, "其中：保险费收入", "财政补贴收入", "利息收入"]);
            values.extend(v);
        }
        let table = |values: &[i64]| {
            let mut t = fund_table(Kind::GovSocialInsuranceRevenue, &["预算数"], &labels);
            for (i, v) in t.items.iter_mut().zip(values) {
                i.amount_yuan = Some(Decimal::from(*v * 10_000));
            }
            apply(std::slice::from_mut(&mut t), Some(2026), true);
            t.items
                .iter()
                .map(|i| i.line_role == Some(Role::Aggregate))
                .collect::<Vec<_>>()
        };
        let got = table(&values);
        assert_eq!(got[..4], [false, true, true, true]);
        assert!(got[4..].iter().all(|a| !a));
        // A block line its funds' lines do not add up to (10 万元 off) stays a subject.
        values[3] += 10;
        assert_eq!(table(&values)[..4], [false, true, true, false]);
    }
}
