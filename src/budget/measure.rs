//! Column header paths -> canonical measure ids (docs/SCHEMA.md has the vocabulary).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::identity::chinese_years;

/// What an amount column measures: `total`, `basic`, … with which figure of a year it holds
/// (`_initial`, `_final`, …) and whether that year is an earlier (`_prior`) or later one
/// (`_next`), written `{base}[_prior|_next][_figure]` (`amount_prior_executed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Measure {
    pub base: Base,
    pub prior: bool,
    /// A later year's figure than the document's (2022年1-6月执行数 in a 2021 决算).
    pub next: bool,
    pub figure: Option<Figure>,
}

/// The measure ids of docs/SCHEMA.md, each with the header words that name it.
macro_rules! named {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &[$name] = &[$($name::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }
    };
}

named! {
    /// The measure without its year.
    Base {
        Total = "total",
        Basic = "basic",
        Personnel = "personnel",
        PublicExpense = "public_expense",
        Project = "project",
        Gpb = "gpb",
        GovFund = "gov_fund",
        Soe = "soe",
        FiscalSpecialAccount = "fiscal_special_account",
        BusinessIncome = "business_income",
        OperatingIncome = "operating_income",
        OtherIncome = "other_income",
        Carryover = "carryover",
        OverseasTravel = "overseas_travel",
        VehiclePurchaseAndOperation = "vehicle_purchase_and_operation",
        VehiclePurchase = "vehicle_purchase",
        VehicleOperation = "vehicle_operation",
        Reception = "reception",
        Meeting = "meeting",
        Training = "training",
        ThreePublicTotal = "three_public_total",
        Amount = "amount",
        Other = "other",
        // Percentages (items with `percent`, no amount): what the ratio is of.
        ExecutionRate = "execution_rate",
        RatioToPrior = "ratio_to_prior",
        GrowthRate = "growth_rate",
        GrowthRateComparable = "growth_rate_comparable",
        Share = "share",
        InterestRate = "interest_rate",
        Rate = "rate",
    }
}

impl Base {
    /// Whether the measure is a percentage rather than an amount.
    pub fn is_rate(self) -> bool {
        matches!(
            self,
            Base::ExecutionRate
                | Base::RatioToPrior
                | Base::GrowthRate
                | Base::GrowthRateComparable
                | Base::Share
                | Base::InterestRate
                | Base::Rate
        )
    }
}

named! {
    /// Which figure of a year a column holds, when its header says.
    Figure {
        Initial = "initial",
        Adjusted = "adjusted",
        Final = "final",
        ExecutedH1 = "executed_h1",
        Executed = "executed",
    }
}

impl Measure {
    /// The measure of the document's year with no figure named: `total`, `amount`.
    pub fn plain(base: Base) -> Measure {
        Measure {
            base,
            prior: false,
            next: false,
            figure: None,
        }
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.base.as_str())?;
        if self.prior {
            f.write_str("_prior")?;
        } else if self.next {
            f.write_str("_next")?;
        }
        if let Some(figure) = self.figure {
            write!(f, "_{}", figure.as_str())?;
        }
        Ok(())
    }
}

impl FromStr for Measure {
    type Err = String;

    fn from_str(s: &str) -> Result<Measure, String> {
        let (rest, figure) = Figure::ALL
            .iter()
            .find_map(|&f| {
                s.strip_suffix(f.as_str())
                    .and_then(|r| r.strip_suffix('_'))
                    .map(|r| (r, Some(f)))
            })
            .unwrap_or((s, None));
        let base_of = |r: &str| Base::ALL.iter().copied().find(|b| b.as_str() == r);
        // A base whole first: `ratio_to_prior` is a rate, not `ratio_to` of a prior year.
        let (rest, prior) = match rest.strip_suffix("_prior") {
            Some(r) if base_of(rest).is_none() => (r, true),
            _ => (rest, false),
        };
        let (rest, next) = rest
            .strip_suffix("_next")
            .map_or((rest, false), |r| (r, true));
        let base = base_of(rest).ok_or_else(|| format!("unknown measure {s:?}"))?;
        Ok(Measure {
            base,
            prior,
            next,
            figure,
        })
    }
}

impl Serialize for Measure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Measure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Measure, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The measure of an amount column from its printed header path (top to bottom).
pub fn measure(path: &[String]) -> Measure {
    let clean = |l: &String| -> String { without_notes(&chinese_years(l)) };
    let joined: String = path.iter().map(clean).collect();
    // Generic figure labels under a header (…/合计/预算数) name the year's figure, not the
    // measure: the measure is the level above.
    let levels: Vec<String> = path.iter().map(clean).collect();
    let named: Vec<&String> = levels.iter().filter(|l| !is_generic(l)).collect();
    let (prior, figure) = year_figure(&joined);
    let dated = |base| Measure {
        base,
        prior,
        next: false,
        figure,
    };
    let Some(leaf) = named.last().map(|l| l.as_str()) else {
        return dated(Base::Amount);
    };
    let leaf = leaf.to_string();
    let has = |w: &str| joined.contains(w);
    let leaf_has = |w: &str| leaf.contains(w);
    let base =
        if has("三公") && (leaf_has("合计") || leaf == "小计" && !has("公务用车")) && !has("出国")
        {
            Base::ThreePublicTotal
        } else if leaf_has("因公出国") {
            Base::OverseasTravel
        } else if leaf_has("公务接待") {
            Base::Reception
        } else if leaf_has("公务用车购置及运行") || has("公务用车购置及运行") && leaf == "小计"
        {
            Base::VehiclePurchaseAndOperation
        } else if leaf_has("购置费") && has("公务用车") {
            Base::VehiclePurchase
        } else if leaf_has("运行") && has("公务用车") {
            Base::VehicleOperation
        } else if leaf_has("会议费") {
            Base::Meeting
        } else if leaf_has("培训费") {
            Base::Training
        } else if leaf_has("人员经费") || leaf == "工资福利支出" {
            Base::Personnel
        } else if leaf_has("公用经费") {
            Base::PublicExpense
        } else if leaf_has("基本支出") {
            Base::Basic
        } else if leaf_has("项目支出") {
            Base::Project
        } else if leaf_has("结转") || leaf_has("结余") {
            Base::Carryover
        } else if leaf_has("经营收入") {
            Base::OperatingIncome
        } else if leaf_has("事业收入") {
            Base::BusinessIncome
        } else if leaf_has("其他收入") {
            Base::OtherIncome
        } else if leaf_has("财政专户") {
            Base::FiscalSpecialAccount
        } else if leaf_has("政府性基金") {
            Base::GovFund
        } else if leaf_has("国有资本经营") {
            Base::Soe
        } else if leaf_has("一般公共预算") {
            Base::Gpb
        } else if ["合计", "总计", "小计"].iter().any(|w| leaf_has(w)) || leaf.ends_with("收入合计")
        {
            Base::Total
        } else {
            Base::Other
        };
    // A column headed only by a side (收入, 支出用途) over a generic figure label is the
    // table's amount column.
    let base = if base == Base::Other && levels.last().is_some_and(|l| is_generic(l)) {
        Base::Amount
    } else {
        base
    };
    dated(base)
}

/// The measure of a percentage column from its header path: what the ratio is of. The
/// column's year and figure (2023年执行数 / 增长%) are told by `stage` and `fiscal_year`, so
/// the id has no suffix.
/// - `growth_rate_comparable`: 可比增长%, 同口径可比增长% (its base year is adjusted);
/// - `share`: 占本年支出合计%, 所占比重%, 占比;
/// - `ratio_to_prior`: 为上年%, 决算数为上年决算数的%, 为上年同期执行数%;
/// - `growth_rate`: 增长%, 比上年增减%, 增幅, 同比增长（%）;
/// - `execution_rate`: 为预算%, 占调整后预算%, 决算数为调整预算数％, 完成预算％, 预算执行率;
/// - `interest_rate`: 利率; `rate`: any other percentage.
pub fn rate_measure(path: &[String]) -> Measure {
    let levels: Vec<String> = path
        .iter()
        .map(|l| without_notes(&chinese_years(l)))
        .collect();
    let leaf = levels.last().map(String::as_str).unwrap_or("");
    let joined = levels.concat();
    let any = |t: &str, ws: &[&str]| ws.iter().any(|w| t.contains(w));
    // 为上年…, 为2018年的%: the figure as a share of an earlier one.
    let of_earlier = leaf.contains("为上年")
        || leaf.contains("与上年")
        || leaf
            .split_once('为')
            .is_some_and(|(_, r)| r.chars().take(4).all(|c| c.is_ascii_digit()) && r.len() > 4);
    let base = if any(&joined, &["可比", "同口径"]) {
        Base::GrowthRateComparable
    } else if any(leaf, &["比重", "占比", "税比"]) || leaf.contains('占') && leaf.contains("合计")
    {
        Base::Share
    } else if of_earlier {
        Base::RatioToPrior
    } else if any(leaf, &["增长", "增幅", "增减", "+-", "±"]) {
        Base::GrowthRate
    } else if any(leaf, &["预算", "预期", "执行率", "完成率"]) {
        Base::ExecutionRate
    } else if leaf.contains("利率") {
        Base::InterestRate
    } else {
        Base::Rate
    };
    Measure::plain(base)
}

/// A header label without spaces and without trailing notes: `2022年预算数(注2)` is
/// `2022年预算数`.
fn without_notes(label: &str) -> String {
    let mut t: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    while t.ends_with([')', '）']) {
        match t.rfind(['(', '（']) {
            Some(open) if t.get(open..).is_some_and(|n| n.contains('注')) => t.truncate(open),
            _ => break,
        }
    }
    t
}

/// 预算数, 决算数, 金额 and the like, with the year, span or stage they name
/// (2023年预算, 2022年调整后预算数, 收入预算数, 1—6月累计, （调整）预算数): what kind of figure,
/// not what it measures.
fn is_generic(level: &str) -> bool {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(concat!(
            r"^(?:[0-9０-９]{4}年度?)?(?:上年|本年|全年|当年)?",
            r"(?:[1１][-—–~至][0-9０-９]{1,2}月份?|上半年)?(?:汇总)?(?:收入|支出)?",
            r"(?:[（(]调整[）)]|调整后|调整|代编|年初|初|变动|预计|实际)?",
            r"(?:预算数|预算额度|预算|决算数|决算|执行数|执行情况|执行|完成数|完成|预期数|金额|累计|数)$"
        ))
        .ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(level))
}

/// Which figure of a year the column holds, when the header says: an earlier year's
/// (上年…, not 上年结转) or the year's initial, adjusted, final or executed figure.
fn year_figure(joined: &str) -> (bool, Option<Figure>) {
    let figure = if joined.contains("上年") && !joined.contains("上年结转") {
        return (true, None);
    } else if joined.contains("年初预算") {
        Figure::Initial
    } else if joined.contains("调整") {
        Figure::Adjusted
    } else if joined.contains("决算数") || joined.contains("决算") && !joined.contains("预算")
    {
        Figure::Final
    } else if joined.contains("上半年") || half_year(joined) {
        Figure::ExecutedH1
    } else if joined.contains("执行") || joined.contains("完成") {
        Figure::Executed
    } else {
        return (false, None);
    };
    (false, Some(figure))
}

/// 1—6月, 1-6月 (a half-year figure).
fn half_year(t: &str) -> bool {
    ["1-6月", "1—6月", "1–6月", "1~6月", "1至6月"]
        .iter()
        .any(|w| t.contains(w))
}

/// Which figure an amount is, as one id per figure of a year (golden/city/README.md): summing
/// one stage of one fiscal year never counts a figure twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The budget as passed (预算数, 年初预算, 代编预算).
    Budget,
    /// After the year's adjustment (调整预算数, 调整后预算数).
    AdjustedBudget,
    /// In-year outturn reported before the final accounts (执行数, 完成数).
    Executed,
    /// Half-year outturn (上半年, 1—6月).
    H1Executed,
    /// Final accounts (决算数).
    Final,
    /// A difference between two figures (比上年增减, 增减额).
    Change,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Budget => "budget",
            Stage::AdjustedBudget => "adjusted_budget",
            Stage::Executed => "executed",
            Stage::H1Executed => "h1_executed",
            Stage::Final => "final",
            Stage::Change => "change",
        }
    }
}

/// The stage one header level or title names, if any.
fn stage_named(t: &str) -> Option<Stage> {
    if t.contains("增减") || t.contains("增长额") || t.contains("比上年") {
        Some(Stage::Change)
    } else if t.contains("调整") {
        Some(Stage::AdjustedBudget)
    } else if t.contains("决算") {
        Some(Stage::Final)
    } else if t.contains("上半年") || half_year(t) {
        Some(Stage::H1Executed)
    } else if ["执行", "完成", "实际", "累计"]
        .iter()
        .any(|w| t.contains(w))
    {
        Some(Stage::Executed)
    } else if ["预算", "代编", "预期", "安排"]
        .iter()
        .any(|w| t.contains(w))
    {
        Some(Stage::Budget)
    } else {
        None
    }
}

/// The stage of an amount: the deepest header level that names one (a 决算 table's 预算数
/// column is the budget), else the table's title (执行情况表, 决算表), else the document's
/// (`final` for final accounts, `executed` for execution tables, else `budget`).
pub fn stage(header_path: &str, title: &str, document: Stage) -> Stage {
    let levels: Vec<String> = header_path.split(" / ").map(without_notes).collect();
    // 上年结转 and 年初结转和结余 are resources of the year's budget, not a stage.
    let named = |l: &str| stage_named(&l.replace("结转", "").replace("结余", ""));
    levels
        .iter()
        .rev()
        .find_map(|l| named(l))
        .or_else(|| named(&without_notes(title)))
        .unwrap_or(document)
}

/// The year a figure belongs to: the deepest header level naming one (２０２１年执行数,
/// 上年 = the document's year - 1, 本年 = the document's), else the title's year (the
/// document's when it names none, or several).
pub fn fiscal_year(header_path: &str, title: &str, doc_year: Option<u32>) -> Option<u32> {
    let named = |l: &str| -> Option<u32> {
        let chars: Vec<char> = chinese_years(l)
            .chars()
            .map(crate::layout::ascii_char)
            .collect();
        if let Some((_, y)) = years(&chars).last() {
            return Some(y);
        }
        if l.contains("上年") && !l.contains("上年结转") {
            return doc_year.map(|y| y - 1);
        }
        None
    };
    let from_header = header_path.rsplit(" / ").find_map(named);
    from_header
        .or_else(|| {
            let chars: Vec<char> = chinese_years(title)
                .chars()
                .map(crate::layout::ascii_char)
                .collect();
            let ys: Vec<u32> = years(&chars).map(|(_, y)| y).collect();
            match ys.as_slice() {
                [y] => Some(*y),
                _ => None,
            }
        })
        .or(doc_year)
}

/// A measure dated by the document's year: a column of an earlier year (2021年执行数 in a
/// 2022 budget report) holds a prior-year figure (`amount_prior_executed`). Unchanged when
/// the header names no earlier year.
pub fn dated(measure: Measure, header_path: &str, doc_year: Option<u32>) -> Measure {
    // Full-width digits and Chinese numerals too: ２０２１年执行数, 二○二四年决算数.
    let chars: Vec<char> = chinese_years(header_path)
        .chars()
        .map(crate::layout::ascii_char)
        .collect();
    let named: Vec<u32> = years(&chars).map(|(_, y)| y).collect();
    let earlier = doc_year.is_some_and(|doc| named.iter().any(|&y| y < doc));
    let later = doc_year.is_some_and(|doc| !named.is_empty() && named.iter().all(|&y| y > doc));
    Measure {
        prior: measure.prior || earlier,
        next: !(measure.prior || earlier) && later,
        ..measure
    }
}

/// Each year `chars` print as `2021年` (four ASCII digits, not part of a longer number,
/// 2000–2099), with the index of its first digit.
pub(super) fn years(chars: &[char]) -> impl Iterator<Item = (usize, u32)> + '_ {
    (0..chars.len()).filter_map(move |i| {
        let window = chars.get(i..i + 5)?;
        let (year, mark) = window.split_at(4);
        let before = i.checked_sub(1).and_then(|b| chars.get(b));
        if mark != ['年'] || before.is_some_and(char::is_ascii_digit) {
            return None;
        }
        let y: String = year.iter().collect();
        y.parse()
            .ok()
            .filter(|y| (2000..=2099).contains(y))
            .map(|y| (i, y))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(path: &[&str]) -> String {
        measure(&path.iter().map(|s| s.to_string()).collect::<Vec<_>>()).to_string()
    }

    #[test]
    fn vocabulary() {
        assert_eq!(m(&["支出预算", "合计"]), "total");
        assert_eq!(m(&["支出预算", "基本支出"]), "basic");
        assert_eq!(m(&["一般公共预算基本支出", "人员经费"]), "personnel");
        assert_eq!(
            m(&["“三公”经费", "公务用车购置及运行维护费", "公务用车购置费"]),
            "vehicle_purchase"
        );
        assert_eq!(
            m(&["“三公”经费", "公务用车购置及运行维护费", "小计"]),
            "vehicle_purchase_and_operation"
        );
        assert_eq!(m(&["“三公”经费", "小计"]), "three_public_total");
        assert_eq!(
            m(&["财政拨款“三公”经费", "因公出国（境）费", "决算数"]),
            "overseas_travel_final"
        );
        assert_eq!(
            m(&["财政拨款“三公”经费", "合计", "预算数"]),
            "three_public_total"
        );
        assert_eq!(m(&["收入预算", "事业单位经营收入"]), "operating_income");
        assert_eq!(m(&["金额"]), "amount");
        assert_eq!(m(&["采购品目大类"]), "other");
    }

    #[test]
    fn execution_and_earlier_years() {
        // Government reports (杭州 2022 预算, 北京 2022 决算).
        assert_eq!(m(&["2021年执行数"]), "amount_executed");
        assert_eq!(m(&["2024年上半年执行数"]), "amount_executed_h1");
        assert_eq!(m(&["2022年预算数(注2)"]), "amount");
        assert_eq!(m(&["2021年调整预算数(注1)"]), "amount_adjusted");
        let d = |m: &str, p: &str| dated(m.parse().unwrap(), p, Some(2022)).to_string();
        assert_eq!(
            d("amount_executed", "2021年执行数"),
            "amount_prior_executed"
        );
        assert_eq!(
            d("amount_adjusted", "2021年调整预算数(注1)"),
            "amount_prior_adjusted"
        );
        assert_eq!(d("amount", "２０２１年预算数"), "amount_prior");
        assert_eq!(d("amount", "2022年预算数"), "amount");
        assert_eq!(d("total_final", "２０２２年决算数 / 小计"), "total_final");
        assert_eq!(d("amount_prior", "上年预算数"), "amount_prior");
        assert_eq!(d("amount", "预算数"), "amount");
        assert_eq!(
            dated(Measure::plain(Base::Amount), "2021年执行数", None),
            Measure::plain(Base::Amount)
        );
    }

    #[test]
    fn chinese_numeral_years() {
        // Nanchang's execution tables: 二○二四年决算数 | 二○二五年执行数 in a 2025 document.
        let exec = measure(&["二○二五年执行数".to_string()]);
        assert_eq!(exec.base, Base::Amount);
        let fin = dated(
            measure(&["二○二四年决算数".to_string()]),
            "二○二四年决算数",
            Some(2025),
        );
        assert_eq!(fin.to_string(), "amount_prior_final");
        assert_eq!(fiscal_year("二○二四年决算数", "", Some(2025)), Some(2024));
    }

    #[test]
    fn generic_figure_labels() {
        assert_eq!(m(&["2022年调整后预算数"]), "amount_adjusted");
        assert_eq!(m(&["2023年预算"]), "amount");
        assert_eq!(m(&["收入预算数"]), "amount");
        assert_eq!(m(&["（调整）预算数"]), "amount_adjusted");
        assert_eq!(m(&["2018年完成数"]), "amount_executed");
        assert_eq!(m(&["1—6月累计"]), "amount_executed_h1");
        assert_eq!(m(&["2025年代编预算数"]), "amount");
        let d = |m: &str, p: &str| dated(m.parse().unwrap(), p, Some(2021)).to_string();
        assert_eq!(
            d("amount_executed_h1", "2022年1—6月执行数"),
            "amount_next_executed_h1"
        );
    }

    #[test]
    fn stages_and_years() {
        let s = |p: &str, t: &str, d: Stage| stage(p, t, d).as_str();
        assert_eq!(
            s("2022年调整后预算数", "", Stage::Budget),
            "adjusted_budget"
        );
        assert_eq!(s("2021年执行数", "", Stage::Budget), "executed");
        assert_eq!(s("2024年上半年执行数", "", Stage::Final), "h1_executed");
        assert_eq!(
            s(
                "财政拨款“三公”经费 / 合计 / 预算数",
                "“三公”经费支出决算表",
                Stage::Final
            ),
            "budget"
        );
        assert_eq!(
            s("收入 / 金额", "一般公共预算收入执行情况表", Stage::Budget),
            "executed"
        );
        assert_eq!(s("上年结转", "收支预算总表", Stage::Budget), "budget");
        assert_eq!(s("合计", "", Stage::Final), "final");
        assert_eq!(s("比上年增减", "", Stage::Budget), "change");
        assert_eq!(fiscal_year("２０２１年执行数", "", Some(2022)), Some(2021));
        assert_eq!(fiscal_year("上年预算数", "", Some(2022)), Some(2021));
        assert_eq!(fiscal_year("上年结转", "", Some(2022)), Some(2022));
        assert_eq!(
            fiscal_year("金额", "2023年济南市一般公共预算收入执行情况表", Some(2024)),
            Some(2023)
        );
        assert_eq!(fiscal_year("金额", "", Some(2024)), Some(2024));
    }

    #[test]
    fn rate_measures() {
        let r = |p: &[&str]| {
            rate_measure(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()).to_string()
        };
        // Headers as printed in city/ and gov/ (济南, 北京, 杭州 and provinces).
        for (path, want) in [
            (&["2023年执行数", "占调整后预算%"][..], "execution_rate"),
            (&["决算数为调整预算数％"], "execution_rate"),
            (&["市本级", "为预算%"], "execution_rate"),
            (&["完成预算％"], "execution_rate"),
            (&["收入", "预算完成率"], "execution_rate"),
            (&["执行数为(调整)预算数的%"], "execution_rate"),
            (&["为上年%(注2)"], "ratio_to_prior"),
            (&["为上年同期执行数（注1）%"], "ratio_to_prior"),
            (&["决算数为上年决算数的%"], "ratio_to_prior"),
            (&["2026年预算数为上年执行数的％"], "ratio_to_prior"),
            (&["2019年为2018年的%"], "ratio_to_prior"),
            (&["2022年决算数", "增长%"], "growth_rate"),
            (&["比上年增减%"], "growth_rate"),
            (&["较上年预算数增减%"], "growth_rate"),
            (&["比上年（同比）+-％"], "growth_rate"),
            (&["支出", "同比增长（%）"], "growth_rate"),
            (&["增幅"], "growth_rate"),
            (&["2023年执行数", "可比增长%"], "growth_rate_comparable"),
            (
                &["2021年执行数", "同口径可比增长%"],
                "growth_rate_comparable",
            ),
            (&["比上年（可比）+-％"], "growth_rate_comparable"),
            (&["占本年收入合计%"], "share"),
            (&["2022年", "所占比重%"], "share"),
            (&["资产总额", "占比"], "share"),
            (&["债券利率"], "interest_rate"),
            (&["净资产收益率"], "rate"),
        ] {
            assert_eq!(r(path), want, "{path:?}");
        }
        assert!(Base::ALL.iter().filter(|b| b.is_rate()).count() == 7);
        assert!(!Base::Total.is_rate());
    }

    /// Every measure id reads back as itself.
    #[test]
    fn ids_round_trip() {
        for &base in Base::ALL {
            for (prior, next) in [(false, false), (true, false), (false, true)] {
                for figure in std::iter::once(None).chain(Figure::ALL.iter().copied().map(Some)) {
                    let m = Measure {
                        base,
                        prior,
                        next,
                        figure,
                    };
                    assert_eq!(m.to_string().parse::<Measure>(), Ok(m));
                }
            }
        }
        assert_eq!(
            "amount_prior_executed_h1".parse::<Measure>(),
            Ok(Measure {
                base: Base::Amount,
                prior: true,
                next: false,
                figure: Some(Figure::ExecutedH1)
            })
        );
        assert!("amount_later".parse::<Measure>().is_err());
    }
}
