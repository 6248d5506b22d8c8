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
/// 项 (7, function codes only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "类")]
    Lei,
    #[serde(rename = "款")]
    Kuan,
    #[serde(rename = "项")]
    Xiang,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Lei => "类",
            Level::Kuan => "款",
            Level::Xiang => "项",
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
/// with 1, function codes with 2, and have 3, 5 or 7 digits; economic codes start with 3
/// (department) or 5 (government) and have 3 or 5; long ids are projects.
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

/// Joins a code printed in split 类/款/项 columns: `201`, `03`, `01` -> `2010301`; a 款 row
/// prints `201 03`. Parts that are not digits end the code.
pub fn join_parts(parts: &[&str]) -> Option<Code> {
    let mut s = String::new();
    for p in parts.iter().map(|p| p.trim()) {
        if p.is_empty() {
            break;
        }
        if !p.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.push_str(p);
    }
    classify(&s)
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
    let code = classify(&digits)?;
    let rest = t
        .get(digits.len()..)?
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
        assert!(classify("2022").is_none());
        assert!(classify("12").is_none());
    }

    #[test]
    fn split_and_label() {
        assert_eq!(join_parts(&["201", "03", "01"]).unwrap().code, "2010301");
        assert_eq!(join_parts(&["201", "03", ""]).unwrap().code, "20103");
        assert!(join_parts(&["合计", "", ""]).is_none());
        let (c, rest) = from_label("[2010301]行政运行").unwrap();
        assert_eq!((c.code.as_str(), rest.as_str()), ("2010301", "行政运行"));
        let (c, rest) = from_label("2010301 行政运行").unwrap();
        assert_eq!((c.code.as_str(), rest.as_str()), ("2010301", "行政运行"));
        assert!(from_label("2022年").is_none());
    }
}
