//! Column header paths -> canonical measure ids (docs/SCHEMA.md has the vocabulary).

/// The measure of an amount column from its printed header path (top to bottom).
pub fn measure(path: &[String]) -> String {
    let clean = |l: &String| -> String { without_notes(l) };
    let joined: String = path.iter().map(clean).collect();
    // Generic figure labels under a header (…/合计/预算数) name the year's figure, not the
    // measure: the measure is the level above.
    let levels: Vec<String> = path.iter().map(clean).collect();
    let named: Vec<&String> = levels.iter().filter(|l| !is_generic(l)).collect();
    let Some(leaf) = named.last().map(|l| l.as_str()) else {
        return format!("amount{}", suffix(&joined));
    };
    let leaf = leaf.to_string();
    let has = |w: &str| joined.contains(w);
    let leaf_has = |w: &str| leaf.contains(w);
    let base =
        if has("三公") && (leaf_has("合计") || leaf == "小计" && !has("公务用车")) && !has("出国")
        {
            "three_public_total"
        } else if leaf_has("因公出国") {
            "overseas_travel"
        } else if leaf_has("公务接待") {
            "reception"
        } else if leaf_has("公务用车购置及运行") || has("公务用车购置及运行") && leaf == "小计"
        {
            "vehicle_purchase_and_operation"
        } else if leaf_has("购置费") && has("公务用车") {
            "vehicle_purchase"
        } else if leaf_has("运行") && has("公务用车") {
            "vehicle_operation"
        } else if leaf_has("会议费") {
            "meeting"
        } else if leaf_has("培训费") {
            "training"
        } else if leaf_has("人员经费") || leaf == "工资福利支出" {
            "personnel"
        } else if leaf_has("公用经费") {
            "public_expense"
        } else if leaf_has("基本支出") {
            "basic"
        } else if leaf_has("项目支出") {
            "project"
        } else if leaf_has("结转") || leaf_has("结余") {
            "carryover"
        } else if leaf_has("经营收入") {
            "operating_income"
        } else if leaf_has("事业收入") {
            "business_income"
        } else if leaf_has("其他收入") {
            "other_income"
        } else if leaf_has("财政专户") {
            "fiscal_special_account"
        } else if leaf_has("政府性基金") {
            "gov_fund"
        } else if leaf_has("国有资本经营") {
            "soe"
        } else if leaf_has("一般公共预算") {
            "gpb"
        } else if ["合计", "总计", "小计"].iter().any(|w| leaf_has(w)) || leaf.ends_with("收入合计")
        {
            "total"
        } else {
            "other"
        };
    // A column headed only by a side (收入, 支出用途) over a generic figure label is the
    // table's amount column.
    let base = if base == "other" && levels.last().is_some_and(|l| is_generic(l)) {
        "amount"
    } else {
        base
    };
    format!("{base}{}", suffix(&joined))
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

/// 预算数, 决算数, 金额 and the like: what kind of figure, not what it measures.
fn is_generic(level: &str) -> bool {
    [
        "金额",
        "预算数",
        "决算数",
        "预算金额",
        "年初预算数",
        "调整预算数",
        "执行数",
        "全年预算数",
        "本年预算数",
    ]
    .contains(&level)
        || level.ends_with("年预算数")
        || level.ends_with("年决算数")
        || level.ends_with("年调整预算数")
        || level.ends_with("年执行数")
}

/// Which figure of a year the column holds, when the header says.
fn suffix(joined: &str) -> &'static str {
    if joined.contains("上年") && !joined.contains("上年结转") {
        "_prior"
    } else if joined.contains("年初预算") {
        "_initial"
    } else if joined.contains("调整预算") {
        "_adjusted"
    } else if joined.contains("决算数") || joined.contains("决算") && !joined.contains("预算")
    {
        "_final"
    } else if joined.contains("上半年执行") {
        "_executed_h1"
    } else if joined.contains("执行数") {
        "_executed"
    } else {
        ""
    }
}

/// The figure suffixes [`measure`] gives, `_prior` aside.
const FIGURES: [&str; 5] = [
    "_initial",
    "_adjusted",
    "_final",
    "_executed_h1",
    "_executed",
];

/// A measure dated by the document's year: a column of an earlier year (2021年执行数 in a
/// 2022 budget report) holds a prior-year figure, so `_prior` goes after the base
/// (`amount_prior_executed`). Unchanged when the header names no earlier year.
pub fn dated(measure: &str, header_path: &str, doc_year: Option<u32>) -> String {
    // Full-width digits too: ２０２１年执行数.
    let chars: Vec<char> = header_path.chars().map(crate::table::ascii_char).collect();
    let earlier = doc_year.is_some_and(|doc| years(&chars).any(|(_, y)| y < doc));
    if !earlier || measure.contains("_prior") {
        return measure.to_string();
    }
    let (base, figure) = FIGURES
        .iter()
        .find_map(|f| measure.strip_suffix(f).map(|b| (b, *f)))
        .unwrap_or((measure, ""));
    format!("{base}_prior{figure}")
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
        measure(&path.iter().map(|s| s.to_string()).collect::<Vec<_>>())
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
        let d = |m: &str, p: &str| dated(m, p, Some(2022));
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
        assert_eq!(dated("amount", "2021年执行数", None), "amount");
    }
}
