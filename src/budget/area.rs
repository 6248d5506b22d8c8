//! The area a government table covers: whose budget or accounts its figures are (全市, 市本级,
//! 市级, a district or zone …), read from the title's words before the budget it names
//! (`2024年杭州市本级一般公共预算…` -> 市本级), else from the document's other tables.
//!
//! Names as printed: a level word (市本级, 自治区本级, 市级, 省级, 全区, 各市县) is the area; the
//! jurisdiction's own name without one (`北京市２０２４年一般公共预算…`) is the whole
//! jurisdiction (全市, 全省, 全区); any other place name (名胜区, 南部山区, 开发区) is that
//! area, as printed.

use super::document::AnalysedTable;

/// Words that start the budget a title names; what comes before them names the area.
const BUDGETS: [&str; 14] = [
    "一般公共预算",
    "政府性基金",
    "国有资本经营",
    "社会保险基金",
    "地方政府",
    "政府债务",
    "政府一般债务",
    "政府专项债务",
    "新增",
    "财政",
    "预算",
    "决算",
    "债务",
    "转移支付",
];

/// Level words, most specific first: (as printed, the area written).
const LEVELS: [(&str, &str); 22] = [
    ("自治区本级", "自治区本级"),
    ("省本级", "省本级"),
    ("市本级", "市本级"),
    ("区本级", "区本级"),
    ("县本级", "县本级"),
    ("各市县", "各市县"),
    ("市县", "各市县"),
    ("各区县", "各区县"),
    ("区县", "各区县"),
    ("全自治区", "全区"),
    ("全省", "全省"),
    ("全市", "全市"),
    ("全区", "全区"),
    ("全县", "全县"),
    ("本地区", "全区"),
    ("省级", "省级"),
    ("自治区级", "自治区级"),
    ("市级", "市级"),
    ("区级", "区级"),
    ("县级", "县级"),
    ("本级", "本级"),
    ("全国", "全国"),
];

/// The phrase of a title before the budget it names, years, months and the printed form
/// number taken out: `2023年市本级、名胜区` -> `市本级、名胜区`.
fn phrase(title: &str) -> Option<String> {
    let t: String = title
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect();
    let end = BUDGETS.iter().filter_map(|b| t.find(b)).min()?;
    let head = t.get(..end)?;
    // Drop dates: 2024年, 2025-2026年, 1-6月份, 2023年末.
    let mut out = String::new();
    let mut digits = String::new();
    let mut chars = head.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || matches!(c, '-' | '—' | '－' | '~' | '至') && !digits.is_empty()
        {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            digits.clear();
            if matches!(c, '年' | '月') {
                for tail in ["份", "末", "度", "初"] {
                    if chars.peek().is_some_and(|n| tail.starts_with(*n)) {
                        chars.next();
                    }
                }
                continue;
            }
        }
        out.push(c);
    }
    let out = out
        .trim_matches(|c: char| matches!(c, '、' | '，' | ',' | '(' | ')' | '“' | '”'))
        .to_string();
    (!out.is_empty()).then_some(out)
}

/// The area a title names, if any.
pub fn from_title(title: &str) -> Option<String> {
    let p = phrase(title)?;
    // A sentence taken for a title names no area.
    if ["根据", "按照", "其中", "说明", "注"]
        .iter()
        .any(|w| p.starts_with(w))
    {
        return None;
    }
    // A transfer belongs to the payer: 自治区对市县… is the 自治区本级's.
    if let Some((payer, _)) = p.split_once('对') {
        return match payer {
            "自治区" | "区级" => Some("自治区本级".into()),
            "省" | "省级" => Some("省本级".into()),
            "市" | "市级" => Some("市本级".into()),
            _ => from_title(&format!("{payer}预算")),
        };
    }
    // Several areas in one table (市本级、名胜区): as printed.
    if p.contains('、') {
        return Some(p);
    }
    if let Some((_, area)) = LEVELS.iter().find(|(w, _)| p.contains(w)) {
        return Some((*area).to_string());
    }
    // The jurisdiction's own name: the whole of it.
    for (suffix, whole) in [
        ("自治区", "全区"),
        ("省", "全省"),
        ("市", "全市"),
        ("县", "全县"),
    ] {
        if p.ends_with(suffix) && p.chars().count() > suffix.chars().count() {
            return Some(whole.to_string());
        }
    }
    // A named district or zone: 名胜区, 南部山区, 高新区, 开发区.
    let place = ["区", "县", "开发区", "新区", "园区", "管委会"]
        .iter()
        .any(|s| p.ends_with(s));
    (place && (2..=12).contains(&p.chars().count())).then_some(p)
}

/// The jurisdiction a title names before the budget (`2024年杭州市本级…` -> 杭州市,
/// `宁夏回族自治区2024年…` -> 宁夏回族自治区), if any.
pub fn jurisdiction(title: &str) -> Option<String> {
    let p = phrase(title)?;
    let end = ["自治区", "省", "市"]
        .iter()
        .filter_map(|s| p.find(s).map(|at| (at + s.len(), s.chars().count())))
        .min()?;
    // The run of Chinese characters ending in the level (§河北省 -> 河北省), after any
    // period word (上半年杭州市).
    let head = p.get(..end.0)?;
    let name: String = head
        .chars()
        .rev()
        .take_while(|c| crate::layout::is_wide_char(*c) && !matches!(c, '。' | '，' | '、' | '年'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let stem = name.chars().count().saturating_sub(end.1);
    let level_word = ["全", "本", "各", "预计", "区级", "省级", "市级"]
        .iter()
        .any(|w| name.starts_with(w));
    ((2..=7).contains(&stem) && !level_word).then_some(name)
}

/// Sets each table's area from its title; a government table whose title names none takes
/// the area most of the document's titled tables name (its tables are one government's
/// unless they say otherwise). Items take their table's.
pub fn apply(tables: &mut [AnalysedTable], government: bool) {
    if !government {
        return;
    }
    let found: Vec<Option<String>> = tables
        .iter()
        .map(|t| t.table.title.as_deref().and_then(from_title))
        .collect();
    let mut named: Vec<&String> = found.iter().flatten().collect();
    named.sort_unstable();
    let usual = named
        .chunk_by(|a, b| a == b)
        .max_by_key(|g| g.len())
        .and_then(|g| g.first())
        .map(|s| (*s).clone())
        .unwrap_or_default();
    let mut places: Vec<String> = tables
        .iter()
        .filter_map(|t| t.table.title.as_deref().and_then(jurisdiction))
        .collect();
    places.sort_unstable();
    let home = places
        .chunk_by(|a, b| a == b)
        .max_by_key(|g| g.len())
        .and_then(|g| g.first())
        .cloned()
        .unwrap_or_default();
    for (t, f) in tables.iter_mut().zip(found) {
        t.area = f.unwrap_or_else(|| usual.clone());
        let title = t.table.title.as_deref().unwrap_or("");
        // A table of transfers or subsidies by district: the rows are recipients, the
        // figures the payer's.
        let recipients = ["转移支付", "返还", "补助", "对"]
            .iter()
            .any(|w| phrase(title).is_some_and(|p| p.contains(w)) || title.contains("转移支付"));
        let rows = if recipients {
            0
        } else {
            t.items
                .iter()
                .filter(|i| is_place(&key(&i.name)))
                .map(|i| i.row)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        for i in &mut t.items {
            let row = if recipients {
                None
            } else {
                printed(&key(&i.name), &t.area, &home, rows >= 3)
            };
            let column = || {
                i.header_path
                    .split(" / ")
                    .filter_map(|h| printed(&key(h), &t.area, &home, false))
                    .last()
            };
            i.area = row.or_else(column).unwrap_or_else(|| t.area.clone());
        }
    }
}

/// A label as compared: no spaces, ASCII forms.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect()
}

/// A district, county or city name as a row label: 东城区, 永宁县, 银川市 (3-8 characters).
/// Generic endings (社区, 园区 …) are no place; 城区 is, as 东城区 and 老城区 are districts.
fn is_place(s: &str) -> bool {
    let n = s.chars().count();
    (3..=8).contains(&n)
        && ["区", "县", "市", "旗"].iter().any(|e| s.ends_with(e))
        && s.chars().all(crate::layout::is_wide_char)
        && ![
            "社区", "地区", "小区", "园区", "山区", "分区", "景区", "街区",
        ]
        .iter()
        .any(|w| s.ends_with(w))
        && !s.contains("支出")
        && !s.contains("收入")
}

/// Whether a row label names an area rather than a class: a district, county or city (南京市,
/// 四城区), a province (广东省) or a level word alone (全市, 市本级, 省级).
pub fn names_area(label: &str) -> bool {
    let k = key(label);
    is_place(&k) || LEVELS.iter().any(|(w, _)| *w == k) || super::places::is_place(&k)
}

/// The area a row label or a header segment prints, if it names one: a level word (全市,
/// 市本级, 本级, 本地区 …) alone or after the jurisdiction's name (北京市本级, 北京市区合计),
/// the jurisdiction itself (北京市, 宁夏回族自治区: the whole), or — in a table whose rows are
/// places (`places`) — a district's name. `area` is the table's; `home` the document's
/// jurisdiction. 本级 and 本地区 are relative to the table's whole.
fn printed(label: &str, area: &str, home: &str, places: bool) -> Option<String> {
    let whole = |name: &str| -> Option<&'static str> {
        [
            ("自治区", "全区"),
            ("省", "全省"),
            ("市", "全市"),
            ("县", "全县"),
        ]
        .iter()
        .find(|(s, _)| name.ends_with(s))
        .map(|(_, w)| *w)
    };
    let (own, rest) = match label.strip_prefix(home) {
        Some(rest) if !home.is_empty() => (true, rest),
        _ => (false, label),
    };
    if own && rest.is_empty() {
        return whole(home).map(str::to_string);
    }
    if own && rest.ends_with("合计") && rest.chars().count() <= 4 {
        return Some(rest.to_string());
    }
    if ["本级", "本地区"].contains(&rest) {
        let whole = if ["全区", "全省", "全市", "全县"].contains(&area) {
            area.to_string()
        } else {
            whole(home).unwrap_or("").to_string()
        };
        if rest == "本地区" {
            return (!whole.is_empty()).then_some(whole);
        }
        return match whole.as_str() {
            "全区" => Some("自治区本级".into()),
            "全省" => Some("省本级".into()),
            "全市" => Some("市本级".into()),
            "全县" => Some("县本级".into()),
            _ => Some("本级".into()),
        };
    }
    if let Some((_, a)) = LEVELS.iter().find(|(w, _)| *w == rest) {
        return Some((*a).to_string());
    }
    if places && label.ends_with("合计") && (3..=6).contains(&label.chars().count()) {
        return Some(label.to_string());
    }
    if places && is_place(label) {
        // A province-level name among places is the whole (宁夏回族自治区).
        if label.ends_with("自治区") || label.ends_with('省') {
            return whole(label).map(str::to_string);
        }
        return Some(label.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::from_title;

    #[test]
    fn titles() {
        let a = |t: &str| from_title(t);
        assert_eq!(
            a("2024年杭州市本级一般公共预算收入决算表").as_deref(),
            Some("市本级")
        );
        assert_eq!(
            a("北京市２０２４年一般公共预算支出决算情况表").as_deref(),
            Some("全市")
        );
        assert_eq!(
            a("2023年济南市一般公共预算收入执行情况表").as_deref(),
            Some("全市")
        );
        assert_eq!(
            a("2022年自治区本级一般公共预算“三公”经费决算表").as_deref(),
            Some("自治区本级")
        );
        assert_eq!(
            a("2022年全区一般公共预算收入决算表").as_deref(),
            Some("全区")
        );
        assert_eq!(
            a("2026年市级一般公共预算支出草案表").as_deref(),
            Some("市级")
        );
        assert_eq!(
            a("2024年名胜区一般公共预算收入执行情况表").as_deref(),
            Some("名胜区")
        );
        assert_eq!(
            a("2023年市南部山区一般公共预算收入草案表").as_deref(),
            Some("市南部山区")
        );
        assert_eq!(
            a("2023年市本级、名胜区一般公共预算支出决算表").as_deref(),
            Some("市本级、名胜区")
        );
        assert_eq!(
            a("2024年1—6月份济南市政府性基金预算收入执行情况表").as_deref(),
            Some("全市")
        );
        assert_eq!(
            a("2025-2026年全省社会保险基金预算支出表（分市）").as_deref(),
            Some("全省")
        );
        assert_eq!(a("一般公共预算支出决算草案表"), None);
        assert_eq!(
            a("2024年自治区对市县税收返还和转移支付决算表").as_deref(),
            Some("自治区本级")
        );
        assert_eq!(a("根据市本级和各县(市)区预算汇总"), None);
        assert_eq!(a("- 143 -"), None);
        assert_eq!(
            a("宁夏回族自治区2024年一般公共预算收入决算表").as_deref(),
            Some("全区")
        );
    }

    #[test]
    fn printed_areas() {
        let p =
            |l: &str, area: &str, home: &str, places: bool| super::printed(l, area, home, places);
        assert_eq!(
            p("北京市", "全市", "北京市", false).as_deref(),
            Some("全市")
        );
        assert_eq!(
            p("北京市本级", "全市", "北京市", false).as_deref(),
            Some("市本级")
        );
        assert_eq!(
            p("北京市区合计", "全市", "北京市", false).as_deref(),
            Some("区合计")
        );
        assert_eq!(
            p("东城区", "全市", "北京市", true).as_deref(),
            Some("东城区")
        );
        assert_eq!(p("东城区", "全市", "北京市", false), None);
        assert_eq!(p("本级", "全区", "", false).as_deref(), Some("自治区本级"));
        assert_eq!(p("本地区", "全区", "", false).as_deref(), Some("全区"));
        assert_eq!(
            p("宁夏回族自治区", "全区", "", true).as_deref(),
            Some("全区")
        );
        assert_eq!(p("市县合计", "全区", "", true).as_deref(), Some("市县合计"));
        assert_eq!(p("合计", "全区", "", true), None);
        assert_eq!(p("市级", "全市", "合肥市", false).as_deref(), Some("市级"));
        assert_eq!(p("城乡社区", "全市", "", true), None);
        assert_eq!(p("一般公共服务支出", "全市", "", true), None);
    }

    #[test]
    fn jurisdictions() {
        let j = |t: &str| super::jurisdiction(t);
        assert_eq!(
            j("2024年杭州市本级一般公共预算收入决算表").as_deref(),
            Some("杭州市")
        );
        assert_eq!(
            j("2024年上半年杭州市一般公共预算收入执行情况表").as_deref(),
            Some("杭州市")
        );
        assert_eq!(
            j("宁夏回族自治区2024年一般公共预算收入决算表").as_deref(),
            Some("宁夏回族自治区")
        );
        assert_eq!(j("2022年全区一般公共预算收入决算表"), None);
        assert_eq!(j("2026年市本级一般公共预算支出表"), None);
        assert_eq!(j("2024年自治区本级一般公共预算支出决算表"), None);
        assert_eq!(
            j("§河北省2021年一般公共预算支出表").as_deref(),
            Some("河北省")
        );
        assert_eq!(j("预计全市一般公共预算收入"), None);
    }
}
