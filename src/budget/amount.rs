//! Printed amounts and units -> exact decimals. No floating point anywhere on the way.

use rust_decimal::Decimal;

/// What a cell prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Printed {
    /// A figure, in the table's printed unit.
    Amount(Decimal),
    /// A percentage (not an amount).
    Percent(Decimal),
    /// Blank or a dash: no value.
    Blank,
    /// Text.
    Other,
}

/// Full-width digits and punctuation to ASCII; spaces removed.
fn ascii(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect()
}

/// A Chinese numeral from 一 to 九十九 (`七`, `十`, `十二`, `二十`, `二十三`) as its number: the
/// markers of numbered parts, rows and list items.
pub fn small_numeral(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|d| d as u32 + 1)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// `1,352.27`, `1352.27`, `１，３５２．２７`, `1 352.27`, `-12`, `(12.00)`, `△12`, `5.3%`, blank
/// and dashes.
pub fn parse(text: &str) -> Printed {
    if !one_figure(text) {
        return Printed::Other;
    }
    let t = ascii(text);
    if t.is_empty() || t.chars().all(|c| matches!(c, '-' | '—' | '–' | '─')) {
        return Printed::Blank;
    }
    let (t, percent) = match t.strip_suffix('%') {
        Some(rest) => (rest.to_string(), true),
        None => (t, false),
    };
    let (body, negative) =
        if let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            (inner, true)
        } else if let Some(rest) = t.strip_prefix('△') {
            (rest, true)
        } else if let Some(rest) = t.strip_prefix('-') {
            (rest, true)
        } else {
            (t.as_str(), false)
        };
    let Some(value) = number(body) else {
        return Printed::Other;
    };
    let value = if negative { -value } else { value };
    if percent {
        Printed::Percent(value)
    } else {
        Printed::Amount(value)
    }
}

/// Whether spaces inside a figure are typesetting: around a separator (`12. 5`), or between
/// groups of thousands (`1 352.27`). Anything else is several figures in one cell (`1752 290
/// 290`, bond terms `10 20 30`): not one amount, and joining its digits would invent one.
fn one_figure(text: &str) -> bool {
    if !text.trim().contains(char::is_whitespace) {
        return true;
    }
    let t: String = text.trim().chars().map(crate::layout::ascii_char).collect();
    let mut groups: Vec<String> = Vec::new();
    for tok in t.split_whitespace() {
        match groups.last_mut() {
            Some(last) if last.ends_with(['.', ',']) || tok.starts_with(['.', ',']) => {
                last.push_str(tok);
            }
            _ => groups.push(tok.to_string()),
        }
    }
    let [first, rest @ ..] = groups.as_slice() else {
        return true;
    };
    if rest.is_empty() {
        return true;
    }
    let lead = first.trim_start_matches(['(', '-', '△']);
    let digits = |g: &str| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit());
    let last = rest.len() - 1;
    digits(lead)
        && lead.len() <= 3
        && rest.iter().enumerate().all(|(i, g)| {
            let g = if i == last {
                g.trim_end_matches([')', '%'])
            } else {
                g.as_str()
            };
            let (int, frac) = match g.split_once('.') {
                Some((a, b)) if i == last => (a, Some(b)),
                Some(_) => return false,
                None => (g, None),
            };
            int.len() == 3 && digits(int) && frac.is_none_or(digits)
        })
}

/// Digits with optional thousands separators (groups of three) and a decimal part.
fn number(s: &str) -> Option<Decimal> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int.is_empty() || !int.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return None;
    }
    // More than sixteen integer digits is an identifier (project ids), not an amount; it
    // also keeps every conversion and sum far inside the decimal type's range.
    if int.chars().filter(|c| c.is_ascii_digit()).count() > 16 || frac.is_some_and(|f| f.len() > 10)
    {
        return None;
    }
    // Every group after the first is three digits. The first may be longer: some producers
    // print only the last separator (`120258,600` 元, its row's parts adding up to it), and
    // the digits are still one figure; a group of another width (`20,580,00`) is no figure.
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    if let Some(f) = frac
        && (f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let plain: String = s.chars().filter(|&c| c != ',').collect();
    plain.parse::<Decimal>().ok()
}

/// The units a table's figures are printed in, serialised as printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Unit {
    #[serde(rename = "元")]
    Yuan,
    #[serde(rename = "千元")]
    Qianyuan,
    #[serde(rename = "万元")]
    Wanyuan,
    #[serde(rename = "亿元")]
    Yiyuan,
    /// A percentage column's figures (为预算%, 增长%): not money, never converted to yuan.
    #[serde(rename = "%")]
    Percent,
}

impl Unit {
    /// The unit named in a unit line or header (单位：万元, 预算数（万元）, 人民币元).
    pub fn find(text: &str) -> Option<Unit> {
        // Longest names first: 万元 contains 元.
        if text.contains("亿元") {
            Some(Unit::Yiyuan)
        } else if text.contains("万元") {
            Some(Unit::Wanyuan)
        } else if text.contains("千元") {
            Some(Unit::Qianyuan)
        } else if text.contains('元') {
            Some(Unit::Yuan)
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Yuan => "元",
            Unit::Qianyuan => "千元",
            Unit::Wanyuan => "万元",
            Unit::Yiyuan => "亿元",
            Unit::Percent => "%",
        }
    }

    pub fn multiplier(self) -> Decimal {
        Decimal::from(match self {
            Unit::Yuan => 1_i64,
            Unit::Qianyuan => 1_000,
            Unit::Wanyuan => 10_000,
            Unit::Yiyuan => 100_000_000,
            // Never a money unit (Unit::find does not give it): a rate is no amount.
            Unit::Percent => 1,
        })
    }

    /// An amount printed in this unit, in yuan, exactly.
    /// Keeps the printed number of decimals (0.00 元 stays `0.00`; the product is exact, so
    /// this never rounds).
    pub fn to_yuan(self, v: Decimal) -> Decimal {
        // Inside range for any amount `parse` accepts (≤ 16 integer digits × 10⁸).
        let mut y = v.checked_mul(self.multiplier()).unwrap_or(Decimal::MAX);
        y.rescale(v.scale());
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn printed_forms() {
        assert_eq!(parse("1,352.27"), Printed::Amount(d("1352.27")));
        assert_eq!(parse("1352.27"), Printed::Amount(d("1352.27")));
        assert_eq!(parse("１，３５２．２７"), Printed::Amount(d("1352.27")));
        assert_eq!(parse("1 352.27"), Printed::Amount(d("1352.27")));
        assert_eq!(parse("0.00"), Printed::Amount(d("0.00")));
        assert_eq!(parse("-12"), Printed::Amount(d("-12")));
        assert_eq!(parse("(12.00)"), Printed::Amount(d("-12.00")));
        assert_eq!(parse("（12.00）"), Printed::Amount(d("-12.00")));
        assert_eq!(parse("△12"), Printed::Amount(d("-12")));
        assert_eq!(parse("5.3%"), Printed::Percent(d("5.3")));
        assert_eq!(parse("12. 5%"), Printed::Percent(d("12.5")));
        assert_eq!(parse("1 352 000.5"), Printed::Amount(d("1352000.5")));
        // Only the last separator printed (上海 2026 单位预算, 元): 16933,575 + 6117,735 +
        // 102309,588 = 125360,898 on the same row.
        assert_eq!(parse("125360,898"), Printed::Amount(d("125360898")));
        assert_eq!(parse("2800,000.5"), Printed::Amount(d("2800000.5")));
        assert_eq!(parse("(1 352.00)"), Printed::Amount(d("-1352.00")));
        for blank in ["", " ", "-", "－", "—", "——"] {
            assert_eq!(parse(blank), Printed::Blank, "{blank:?}");
        }
        for other in [
            "合计",
            "1,35,2",
            "12.",
            "2022年",
            "1.2.3",
            "1,2345",
            "20,580,00",
            "5,2000",
            "2019,20",
            "310101210000000012345",
            // Several figures in one cell (济南 决算草案表): not one amount.
            "1752 290 290 564 608",
            "10 20 30 7 10 15 20 30",
            "9900 9900",
            "1 35",
        ] {
            assert_eq!(parse(other), Printed::Other, "{other:?}");
        }
    }

    #[test]
    fn units_exact() {
        assert_eq!(Unit::find("单位：万元"), Some(Unit::Wanyuan));
        assert_eq!(Unit::find("预算数（亿元）"), Some(Unit::Yiyuan));
        assert_eq!(Unit::find("人民币元"), Some(Unit::Yuan));
        assert_eq!(Unit::find("金额"), None);
        // 1,352.27 万元 is 13,522,700 yuan, exactly; 0.1 + 0.2 style float error cannot occur.
        assert_eq!(Unit::Wanyuan.to_yuan(d("1352.27")), d("13522700.00"));
        assert_eq!(
            Unit::Yiyuan.to_yuan(d("0.1")) + Unit::Yiyuan.to_yuan(d("0.2")),
            d("30000000.0")
        );
        assert_eq!(Unit::Qianyuan.to_yuan(d("-0.5")), d("-500.0"));
        assert_eq!(Unit::Yuan.to_yuan(d("0.00")).to_string(), "0.00");
    }
}
