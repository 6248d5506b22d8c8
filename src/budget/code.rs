//! Subject codes: 功能分类 (类/款/项: 3, 5, 7 digits), 部门预算支出经济分类 (301, 30101),
//! 政府预算支出经济分类 (501, 50101) and project ids, however they are printed.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    Function,
    /// 收入分类 (101 税收收入 …, 110 转移性收入).
    Revenue,
    EconomicDept,
    EconomicGov,
    Project,
    None,
}

impl Classification {
    pub fn as_str(self) -> &'static str {
        match self {
            Classification::Function => "function",
            Classification::Revenue => "revenue",
            Classification::EconomicDept => "economic_dept",
            Classification::EconomicGov => "economic_gov",
            Classification::Project => "project",
            Classification::None => "none",
        }
    }
}

/// The level of a code in its classification, named as printed: 类 (3 digits), 款 (5),
/// 项 (7), 目 (9: revenue codes matched by name only; a printed 9-digit number stays a
/// project id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "类")]
    Lei,
    #[serde(rename = "款")]
    Kuan,
    #[serde(rename = "项")]
    Xiang,
    #[serde(rename = "目")]
    Mu,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Lei => "类",
            Level::Kuan => "款",
            Level::Xiang => "项",
            Level::Mu => "目",
        }
    }
}

/// A normalised code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub code: String,
    pub classification: Classification,
    /// None for project ids.
    pub level: Option<Level>,
    pub parent: String,
}

/// Classifies a string of digits by the shape of the classifications: revenue codes start
/// with 1, function codes with 2, and have 3, 5 or 7 digits (a revenue 目 9: 103060107 煤炭企业
/// 利润收入, 宁夏 2018 p151); economic codes start with 3 (department) or 5 (government) and
/// have 3 or 5; other long ids are projects.
pub fn classify(digits: &str) -> Option<Code> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let first = digits.chars().next()?;
    let n = digits.len();
    let (classification, level) = match (first, n) {
        ('1', 3) => (Classification::Revenue, Some(Level::Lei)),
        ('1', 5) => (Classification::Revenue, Some(Level::Kuan)),
        ('1', 7) => (Classification::Revenue, Some(Level::Xiang)),
        ('1', 9) => (Classification::Revenue, Some(Level::Mu)),
        ('2', 3) => (Classification::Function, Some(Level::Lei)),
        ('2', 5) => (Classification::Function, Some(Level::Kuan)),
        ('2', 7) => (Classification::Function, Some(Level::Xiang)),
        ('3', 3) => (Classification::EconomicDept, Some(Level::Lei)),
        ('3', 5) => (Classification::EconomicDept, Some(Level::Kuan)),
        ('5', 3) => (Classification::EconomicGov, Some(Level::Lei)),
        ('5', 5) => (Classification::EconomicGov, Some(Level::Kuan)),
        (_, 8..) => (Classification::Project, None),
        _ => return None,
    };
    let parent = match (classification, n) {
        (Classification::Function | Classification::Revenue, 5 | 7)
        | (Classification::Revenue, 9)
        | (Classification::EconomicDept | Classification::EconomicGov, 5) => {
            digits.get(..n - 2).unwrap_or_default().to_string()
        }
        _ => String::new(),
    };
    Some(Code {
        code: digits.to_string(),
        classification,
        level,
        parent,
    })
}

/// What a line of a classified government table is, for the codes it may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A class of the classification (coded when the classification holds it).
    Subject,
    /// The sum of the lines above it or of the table (合计, 总计, 小计 …): no code.
    Total,
    /// A template line summing several national codes with none of its own (上级补助收入 in a
    /// general budget: 11001 + 11002 + 11003): no code, a code would count twice.
    Aggregate,
    /// A coded figure the table prints again with the same code in the same column (预备费 227
    /// at 类, 款 and 项; a 类 printed again as the table's foot total): counted once, at its
    /// first line; this one keeps its code and is left out of sums and of the panel.
    Repeat,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Subject => "subject",
            Role::Total => "total",
            Role::Aggregate => "aggregate",
            Role::Repeat => "repeat",
        }
    }
}

/// How a row's code was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Printed whole in one cell (`2010301`, `[2010301]行政运行`).
    Printed,
    /// Printed in split 类 | 款 | 项 cells (`201 | 03 | 01`).
    Joined,
    /// Split cells with the leading ones blank, taken from the rows above (`40` under 款
    /// beneath 类 201: `20140`).
    Filled,
    /// A split part of the wrong width (`7 | 11 | 02` under 类 210, 款 21011): the code is
    /// the one the rows above give (`2101102`), or none when they give none.
    Malformed,
    /// Not printed: the row's name matched to the classification (`classify`, government
    /// tables that print names only).
    Matched,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Printed => "printed",
            Source::Joined => "joined",
            Source::Filled => "filled",
            Source::Malformed => "malformed",
            Source::Matched => "matched",
        }
    }
}

/// A row's code (none for 合计 or a bad part with nothing above) and how it was read.
pub type RowCode = (Option<Code>, Option<Source>);

/// The codes of the rows of split code columns (类 | 款 | 项, or 类 | 款), in row order:
/// a blank leading part is the one of the row above (a 款 row printing only `40` beneath
/// 类 201 is 20140), and a part of the wrong width (类 3 digits, 款 and 项 2) is taken from
/// above and flagged. A row whose parts are not all digits (合计) has no code and leaves the
/// parts above as they were.
pub fn split_rows(rows: &[Vec<String>]) -> Vec<RowCode> {
    let mut above: Vec<String> = Vec::new();
    rows.iter()
        .map(|parts| {
            let parts: Vec<&str> = parts.iter().map(|p| p.trim()).collect();
            let Some(first) = parts.iter().position(|p| !p.is_empty()) else {
                return (None, None);
            };
            if !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
                return (None, None);
            }
            let from_above = |j: usize| above.get(j).filter(|a| !a.is_empty()).cloned();
            let mut source = if first > 0 {
                Source::Filled
            } else {
                Source::Joined
            };
            let mut used: Vec<String> = Vec::new();
            for (j, p) in parts.iter().enumerate() {
                let width = if j == 0 { 3 } else { 2 };
                let part = if j < first {
                    from_above(j)
                } else if p.is_empty() {
                    break;
                } else if p.len() == width {
                    Some(p.to_string())
                } else {
                    source = Source::Malformed;
                    from_above(j)
                };
                let Some(part) = part else {
                    return (None, Some(Source::Malformed));
                };
                used.push(part);
            }
            let code = classify(&used.concat());
            if code.is_some() {
                above = used;
            }
            match code {
                Some(c) => (Some(c), Some(source)),
                None => (None, Some(Source::Malformed)),
            }
        })
        .collect()
}

/// A code at the start of a label: `2010301 行政运行`, `[2010301]行政运行`, `2010301行政运行`.
/// Returns the code and the rest of the label.
pub fn from_label(label: &str) -> Option<(Code, String)> {
    let t = label.trim_start();
    let t = t
        .strip_prefix('[')
        .or_else(|| t.strip_prefix('【'))
        .unwrap_or(t);
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after = t.get(digits.len()..)?;
    // Digits going on past a thousands separator or a decimal point are a figure (`176,041`
    // in a column of figures read as labels), not a code and a name `,041`.
    let mut next = after.chars();
    if matches!(next.next(), Some(',' | '.' | '，' | '．'))
        && next.next().is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    let code = classify(&digits)?;
    let rest = after
        .trim_start_matches([']', '】', ' ', '\u{3000}'])
        .to_string();
    // A bare number is a figure or a row number, not a code with a label.
    (!rest.is_empty()).then_some((code, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let c = classify("2010301").unwrap();
        assert_eq!(
            (c.classification, c.level, c.parent.as_str()),
            (Classification::Function, Some(Level::Xiang), "20103")
        );
        assert_eq!(classify("201").unwrap().parent, "");
        assert_eq!(
            classify("30101").unwrap().classification,
            Classification::EconomicDept
        );
        assert_eq!(
            classify("50201").unwrap().classification,
            Classification::EconomicGov
        );
        assert_eq!(
            classify("31010121000000001234").unwrap().classification,
            Classification::Project
        );
        let c = classify("103060107").unwrap();
        assert_eq!(
            (c.classification, c.level, c.parent.as_str()),
            (Classification::Revenue, Some(Level::Mu), "1030601")
        );
        assert!(classify("2022").is_none());
        assert!(classify("12").is_none());
    }

    #[test]
    fn split_and_label() {
        let rows = |r: &[&str]| vec![r.iter().map(|p| p.to_string()).collect::<Vec<_>>()];
        let code = |r: &[&str]| split_rows(&rows(r))[0].0.clone().map(|c| c.code);
        assert_eq!(code(&["201", "03", "01"]).as_deref(), Some("2010301"));
        assert_eq!(code(&["201", "03", ""]).as_deref(), Some("20103"));
        assert_eq!(code(&["合计", "", ""]), None);
        let (c, rest) = from_label("[2010301]行政运行").unwrap();
        assert_eq!((c.code.as_str(), rest.as_str()), ("2010301", "行政运行"));
        let (c, rest) = from_label("2010301 行政运行").unwrap();
        assert_eq!((c.code.as_str(), rest.as_str()), ("2010301", "行政运行"));
        assert!(from_label("2022年").is_none());
        // A figure with a thousands separator or decimals is no code and name.
        for figure in ["176,041", "101.5", "205，000"] {
            assert!(from_label(figure).is_none(), "{figure}");
        }
    }

    #[test]
    fn split_columns_fill_and_flag() {
        let rows: Vec<Vec<String>> = [
            ["201", "", ""],
            ["", "40", ""],
            ["", "", "02"],
            ["合计", "", ""],
            ["210", "11", ""],
            ["7", "11", "02"],
            ["", "", ""],
            ["301", "01", ""],
        ]
        .iter()
        .map(|r| r.iter().map(|p| p.to_string()).collect())
        .collect();
        let got: Vec<(String, Option<&str>)> = split_rows(&rows)
            .into_iter()
            .map(|(c, s)| (c.map(|c| c.code).unwrap_or_default(), s.map(Source::as_str)))
            .collect();
        let want: Vec<(String, Option<&str>)> = [
            ("201", Some("joined")),
            ("20140", Some("filled")),
            ("2014002", Some("filled")),
            ("", None),
            ("21011", Some("joined")),
            ("2101102", Some("malformed")),
            ("", None),
            ("30101", Some("joined")),
        ]
        .iter()
        .map(|(c, s)| (c.to_string(), *s))
        .collect();
        assert_eq!(got, want);
        // Nothing above to take a bad part from: flagged, no code.
        let alone = split_rows(&[vec!["7".into(), "11".into(), "02".into()]]);
        assert_eq!(alone[0].0, None);
        assert_eq!(alone[0].1, Some(Source::Malformed));
    }
}
