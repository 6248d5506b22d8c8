//! What a document is (docs/kinds.md §1): its kind, the year it is about, the body that
//! issued it, the place (province, city, county) and level of government, and a stable key
//! linking the years of one entity. Read from the words of its first pages and its tables'
//! body lines, never from its file name.

use serde::{Deserialize, Serialize};

use super::places::{self, Level, Region};
use crate::layout::is_han;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    DeptBudget,
    UnitBudget,
    DeptFinal,
    UnitFinal,
    GovBudget,
    GovBudgetTables,
    GovFinal,
    GovFinalTables,
    GovExecution,
    GovDebt,
    Other,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::DeptBudget => "dept_budget",
            DocKind::UnitBudget => "unit_budget",
            DocKind::DeptFinal => "dept_final",
            DocKind::UnitFinal => "unit_final",
            DocKind::GovBudget => "gov_budget",
            DocKind::GovBudgetTables => "gov_budget_tables",
            DocKind::GovFinal => "gov_final",
            DocKind::GovFinalTables => "gov_final_tables",
            DocKind::GovExecution => "gov_execution",
            DocKind::GovDebt => "gov_debt",
            DocKind::Other => "other",
        }
    }

    pub fn government(self) -> bool {
        matches!(
            self,
            DocKind::GovBudget
                | DocKind::GovBudgetTables
                | DocKind::GovFinal
                | DocKind::GovFinalTables
                | DocKind::GovExecution
                | DocKind::GovDebt
        )
    }

    pub fn department(self) -> bool {
        matches!(
            self,
            DocKind::DeptBudget | DocKind::UnitBudget | DocKind::DeptFinal | DocKind::UnitFinal
        )
    }

    /// Final accounts (决算), whose figures are final by default.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            DocKind::DeptFinal | DocKind::UnitFinal | DocKind::GovFinal | DocKind::GovFinalTables
        )
    }
}

/// A document's identity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Identity {
    pub doc_kind: Option<DocKind>,
    pub year: Option<u32>,
    pub body: Option<String>,
    pub region: Region,
    pub level: Option<Level>,
    /// `province/city/county/body`, normalised: the same entity in every year.
    pub entity: String,
}

/// Text as compared: no whitespace, ASCII digits and brackets, years in Chinese numerals
/// (二○二五年) as digits.
pub fn normalise(text: &str) -> String {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect();
    chinese_years(&t)
}

/// Years printed in Chinese numerals (二○二五年) as digits, the rest unchanged.
pub fn chinese_years(t: &str) -> String {
    let digit = |c: char| "〇○零一二三四五六七八九".find(c).map(|_| c);
    let value = |c: char| match c {
        '〇' | '○' | '零' => '0',
        '一' => '1',
        '二' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        _ => c,
    };
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars.get(i..i + 5);
        if let Some(w) = run
            && w.iter().take(4).all(|&c| digit(c).is_some())
            && w.get(4) == Some(&'年')
            && w.first() == Some(&'二')
        {
            out.extend(w.iter().take(4).map(|&c| value(c)));
            i += 4;
            continue;
        }
        if let Some(&c) = chars.get(i) {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// Each `20xx年` (or `20xx` right before 部门预算) with its char index in `chars`.
fn years(chars: &[char]) -> Vec<(usize, u32)> {
    (0..chars.len())
        .filter_map(|i| {
            let w = chars.get(i..i + 4)?;
            if !w.iter().all(char::is_ascii_digit) {
                return None;
            }
            let before = i.checked_sub(1).and_then(|b| chars.get(b));
            let after = chars.get(i + 4);
            let marked = after == Some(&'年')
                || (after.is_some_and(|c| !c.is_ascii_digit())
                    && chars.get(i + 4..i + 8).is_some_and(|r| {
                        let r: String = r.iter().collect();
                        r.starts_with("部门") || r.starts_with("单位")
                    }));
            if !marked || before.is_some_and(char::is_ascii_digit) {
                return None;
            }
            let y: u32 = w.iter().collect::<String>().parse().ok()?;
            (2000..=2099).contains(&y).then_some((i, y))
        })
        .collect()
}

fn after(chars: &[char], i: usize, n: usize) -> String {
    chars.iter().skip(i).take(n).collect()
}

/// The document's kind from its title region (`head`: the first page's opening words) and its
/// first pages (`front`); `dept_tables`: its tables carry a 部门名称/单位名称 line.
fn doc_kind(head: &str, front: &str, dept_tables: bool) -> Option<DocKind> {
    // The title region: the opening words, up to a table's unit line.
    let title: String = head.chars().take(120).collect();
    let title = match title.find("单位：").or_else(|| title.find("单位:")) {
        Some(i) if i > 0 => title.get(..i).unwrap_or(&title).to_string(),
        _ => title,
    };
    let has = |w: &str| title.contains(w);
    let named = |ws: &[&str]| ws.iter().any(|w| title.contains(w));
    // An official notice or circular (包府办发〔2026〕11号, 关于印发…的通知, 通报, 公报).
    let numbered = title.contains('〔') && title.contains('〕') && title.contains('号');
    let notice = named(&[
        "的通知",
        "的通报",
        "通告",
        "申请表",
        "流程图",
        "热线",
        "建设报告",
    ]) || numbered;
    let budgetish = named(&["预算", "决算", "债务", "债券", "执行情况"]);
    let dept_named = named(&[
        "部门预算",
        "部门决算",
        "单位预算",
        "单位决算",
        "预算单位：",
        "预算主管部门：",
        "部门名称：",
        "部门：",
        "部门:",
        "部门概况",
        "单位概况",
    ]) || (dept_tables
        && !named(&[
            "报告",
            "全市",
            "全省",
            "全区",
            "本级",
            "市级",
            "省级",
            "人民代表大会",
            "预算草案",
            "预算执行情况",
        ]));
    if !dept_named
        && (numbered || notice || !budgetish && !front.contains("预算") && !front.contains("决算"))
    {
        return Some(DocKind::Other);
    }
    if dept_named {
        // The first of the document's names for itself decides (a 部门决算's contents list
        // 一般公共预算… tables).
        let first = ["部门预算", "部门决算", "单位预算", "单位决算"]
            .iter()
            .filter_map(|w| title.find(w).map(|i| (i, *w)))
            .min();
        let (unit, fin) = match first {
            Some((_, w)) => (w.starts_with('单'), w.ends_with("决算")),
            None => (false, has("决算") && !has("预算")),
        };
        return Some(match (unit, fin) {
            (true, true) => DocKind::UnitFinal,
            (true, false) => DocKind::UnitBudget,
            (false, true) => DocKind::DeptFinal,
            (false, false) => DocKind::DeptBudget,
        });
    }
    if !budgetish {
        return Some(DocKind::Other);
    }
    let report = has("报告") || has("预算公开") || has("预算信息公开");
    // 决算 reports also speak of the next year's 1-6月 execution; budget reports of the past
    // year's execution.
    let fin = has("决算") && !(has("预算草案") || has("预算(草案)") || has("预算的报告"));
    if (has("债务") || has("债券")) && !report && !has("预算草案") && !has("决算草案") {
        return Some(DocKind::GovDebt);
    }
    Some(match (report, fin) {
        (true, true) => DocKind::GovFinal,
        (true, false) => DocKind::GovBudget,
        (false, true) => DocKind::GovFinalTables,
        (false, false) => {
            if has("执行情况表") && !has("预算草案") && !has("预算(草案)") {
                DocKind::GovExecution
            } else {
                DocKind::GovBudgetTables
            }
        }
    })
}

/// The year the document is about: a budget's year (the year named with 预算, not the year
/// whose 预算执行情况 it reviews), a final account's year, else the first year of the title.
fn year(head: &str, kind: Option<DocKind>) -> Option<u32> {
    if kind == Some(DocKind::Other) {
        return None;
    }
    let chars: Vec<char> = head.chars().collect();
    let ys = years(&chars);
    let fin = kind.is_some_and(DocKind::is_final);
    let mut budget = None;
    let mut final_year = None;
    for &(i, y) in &ys {
        let next = after(&chars, i + 4, 14);
        let next = next.trim_start_matches(['年', '度']);
        let next = next
            .trim_start_matches("全市和市本级")
            .trim_start_matches("全市和市级")
            .trim_start_matches("全市及市本级")
            .trim_start_matches("全市")
            .trim_start_matches("市本级")
            .trim_start_matches("市级")
            .trim_start_matches("省级")
            .trim_start_matches("区级")
            .trim_start_matches("财政")
            .trim_start_matches("政府");
        let reviews =
            next.starts_with("预算执行") || next.starts_with("1-6月") || next.starts_with("上半年");
        if next.contains("决算") && !reviews {
            final_year.get_or_insert(y);
        } else if (next.contains("预算") || next.contains("单位预算")) && !reviews {
            budget = Some(budget.map_or(y, |b: u32| b.max(y)));
        }
    }
    let first = ys.first().map(|&(_, y)| y);
    if fin {
        final_year.or(first)
    } else {
        budget.or(final_year).or(first)
    }
}

const BODY_LABELS: [&str; 7] = [
    "预算主管部门：",
    "预算单位：",
    "部门名称：",
    "单位名称：",
    "部门（单位）：",
    "部门：",
    "部门:",
];

/// A body as printed after a label on one of the first lines (预算单位：上海市戒毒康复中心).
fn labelled_body(lines: &[String]) -> Option<String> {
    for line in lines {
        for label in BODY_LABELS {
            let l = normalise(label);
            if let Some(at) = line.find(&l) {
                let rest = line.get(at + l.len()..)?;
                let end = ["单位:", "单位：", "目录", "江苏省财政厅"]
                    .iter()
                    .filter_map(|s| rest.find(s))
                    .min()
                    .unwrap_or(rest.len());
                let v = rest
                    .get(..end)?
                    .trim_end_matches(|c: char| c.is_ascii_digit());
                if v.chars().count() >= 3 {
                    return Some(v.to_string());
                }
            }
        }
    }
    None
}

/// The body in a department document's title: 无锡市交通运输局（本级） in
/// 2026年度无锡市交通运输局（本级）单位预算公开, 北京市财政局 in 北京市财政局2026年度部门预算.
fn title_body(head: &str) -> Option<String> {
    let chars: Vec<char> = head.chars().collect();
    let ys = years(&chars);
    let &(i, _) = ys.first()?;
    let before: String = chars.get(..i)?.iter().collect();
    let rest: String = chars.get(i + 4..)?.iter().collect();
    let rest = rest.trim_start_matches(['年', '度']);
    let end = [
        "部门预算",
        "单位预算",
        "部门决算",
        "单位决算",
        "预算公开",
        "预算信息公开",
    ]
    .iter()
    .filter_map(|w| rest.find(w))
    .min()?;
    let mid = rest.get(..end)?;
    let clean = |s: &str| -> String {
        let s = s.trim_start_matches(['.', '-']);
        let s = s.strip_suffix("部门").unwrap_or(s);
        s.to_string()
    };
    let before = clean(&before);
    if before.chars().count() >= 3 && !places::is_place(&before) && is_name(&before) {
        return Some(before);
    }
    let mid = clean(mid);
    let mid = ["区级", "市级", "省级", "县级"]
        .iter()
        .fold(mid, |m, l| m.trim_start_matches(l).to_string());
    (mid.chars().count() >= 3 && is_name(&mid)).then_some(mid)
}

/// Whether words before a year can be a body's name, not a table of contents or a section
/// heading (目录 第一部分 部门概况 一、主要职能 … 三、2019年度部门主要工作任务; 第一部分 2026年度…).
fn is_name(s: &str) -> bool {
    !["目录", "部分", "、", ":", "："]
        .iter()
        .any(|w| s.contains(w))
}

/// The run of Han characters and brackets that ends `text` (the name before 主要职责 or 关于).
fn trailing_han(text: &str) -> String {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
        .last()
        .map_or(text.len(), |(i, _)| i);
    text[start..].to_string()
}

/// The body a department's duties section names: 北京市人民政府办公厅 in
/// 北京市人民政府办公厅主要职责包括 (the cover's title having no text layer). It must start
/// with its place (not 本部门 or 省政协, which name no place).
fn duties_body(front: &str) -> Option<String> {
    let at = ["主要职责", "主要职能"]
        .iter()
        .filter_map(|w| front.find(w))
        .min()?;
    let before = front.get(..at)?.trim_end_matches('的');
    let run = trailing_han(before);
    let start = places::first_at(&run)?;
    let name = run.get(start..)?;
    (name.chars().count() >= 4 && !places::is_place(name)).then(|| name.to_string())
}

/// The issuing body of a notice: the words before 关于 (包头市人民政府办公室关于印发…), without
/// the document number in front and a co-signers' 等N部门 after.
fn notice_body(head: &str) -> Option<String> {
    let at = head.find("关于")?;
    let mut before = head.get(..at)?;
    // Co-signers: 惠州市退役军人事务局等5部门.
    if let Some(i) = before.rfind('等')
        && before.ends_with("部门")
        && before.get(i..).is_some_and(|r| r.chars().count() <= 6)
    {
        before = before.get(..i)?;
    }
    let cjk = trailing_han(before);
    let cjk = cjk.rsplit('号').next().unwrap_or(&cjk);
    // It starts with its place (…电子公报发布惠州市人民政府办公室), or the party's name
    // before it (中共山东省统计局党组).
    let start = places::first_at(cjk)?;
    let start = ["中共", "中国共产党"]
        .iter()
        .find(|p| cjk.get(..start).is_some_and(|b| b.ends_with(**p)))
        .map_or(start, |p| start - p.len());
    let body = cjk.get(start..)?;
    (body.chars().count() >= 3).then(|| body.to_string())
}

/// The body that signs a notice (落款): the line above its closing date, a name that starts
/// with its place (中共宁波市委巡察工作领导小组办公室 over 2025 年 9 月 9 日). Read on the last
/// front page, where a short notice ends.
fn signature_body(front_pages: &[String]) -> Option<String> {
    let lines: Vec<String> = front_pages
        .last()?
        .lines()
        .map(normalise)
        .filter(|l| !l.is_empty())
        .collect();
    let date = lines.iter().rposition(|l| is_date(l))?;
    let name = lines.get(date.checked_sub(1)?)?;
    let start = ["中共", "中国共产党", ""].iter().find_map(|p| {
        name.strip_prefix(p)
            .filter(|rest| places::first_at(rest) == Some(0))
    })?;
    let n = name.chars().count();
    (trailing_han(name) == *name && start.chars().count() >= 4 && n <= 30).then(|| name.clone())
}

/// A date line and nothing else: 2025年9月9日.
fn is_date(line: &str) -> bool {
    let Some(rest) = line.strip_suffix('日') else {
        return false;
    };
    let parts: Vec<&str> = rest.split(['年', '月']).collect();
    matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len())
            && [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
}

/// The shortest opening of `head` that names a body: a place, then words up to 局, 委员会,
/// 办公室, 厅, 院 … (长春市财政局2025年度法治政府建设报告).
fn opening_body(head: &str) -> Option<String> {
    if places::find(head.get(..head.char_indices().nth(4).map_or(head.len(), |(i, _)| i))?)
        .is_empty()
    {
        return None;
    }
    let ends = ["委员会", "办公室", "办公厅", "局", "厅", "院", "中心", "部"];
    let chars: Vec<char> = head.chars().take(30).collect();
    for n in 3..chars.len() {
        let s: String = chars.get(..n)?.iter().collect();
        if ends.iter().any(|e| s.ends_with(e)) {
            let next: String = chars.get(n..n + 3).unwrap_or_default().iter().collect();
            if ["办公", "委员"].iter().any(|w| next.starts_with(w)) {
                continue;
            }
            return Some(s);
        }
    }
    None
}

/// `province/city/county/body` with the body's brackets and whitespace normalised.
fn entity(region: &Region, body: Option<&str>) -> String {
    let body: String = body
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            _ => c,
        })
        .collect();
    let body = body.replacen("中国共产党", "中共", 1);
    if body.is_empty() && region.is_empty() {
        return String::new();
    }
    format!(
        "{}/{}/{}/{}",
        region.province, region.city, region.county, body
    )
}

/// A government document whose first pages name no place: the province its pages name
/// throughout ([`places::common_province`]), at province level; else, when it says it is a
/// city's own (市级, 市本级), the one city its pages name ([`places::only_city`]). A department
/// document names its body and stays as read.
pub fn placed_by_pages(id: &mut Identity, pages: &[&str]) {
    if !id.region.is_empty() || !id.doc_kind.is_some_and(DocKind::government) {
        return;
    }
    let text: String = pages.iter().map(|p| normalise(p)).collect();
    let head: String = text.chars().take(300).collect();
    if let Some(province) = places::common_province(&text) {
        id.region = Region {
            province: province.to_string(),
            ..Region::default()
        };
    } else if let Some(city) = (head.contains("市级") || head.contains("市本级"))
        .then(|| places::only_city(&text))
        .flatten()
    {
        id.region = city;
    } else {
        return;
    }
    id.level = id.region.level();
    let name = match id.region.city.as_str() {
        "" => id.region.province.clone(),
        city => city.to_string(),
    };
    id.body.get_or_insert(name);
    id.entity = entity(&id.region, id.body.as_deref());
}

/// A document's identity from the text of its first pages (each page's text as laid out) and
/// its tables' body lines.
///
/// `info_title` is the file's Info /Title: a department document whose pages print no body
/// (a cover drawn without text) may name it there (江苏省政协办公厅2015年度部门预算). Only the
/// body is taken from it: such titles are often left over from an earlier year's file.
pub fn identify(
    front_pages: &[String],
    table_bodies: &[&str],
    table_titles: &[&str],
    info_title: Option<&str>,
) -> Identity {
    let pages: Vec<String> = front_pages.iter().map(|p| normalise(p)).collect();
    let front: String = pages.concat();
    let head: String = front.chars().take(300).collect();
    let lines: Vec<String> = front_pages
        .iter()
        .take(2)
        .flat_map(|p| p.lines().map(normalise))
        .filter(|l| !l.is_empty())
        .collect();
    let kind = if head.is_empty() {
        None
    } else {
        doc_kind(&head, &front, !table_bodies.is_empty())
    };
    let titles: String = table_titles
        .iter()
        .map(|t| normalise(t))
        .collect::<Vec<_>>()
        .join("。");
    let year = year(&head, kind)
        .or_else(|| year(&front, kind))
        .or_else(|| year(&titles, kind));
    let mut bodies: Vec<&str> = table_bodies.to_vec();
    bodies.sort_unstable();
    let table_body = bodies
        .chunk_by(|a, b| a == b)
        .max_by_key(|g| g.len())
        .and_then(|g| g.first())
        .map(|s| normalise(s));
    let body = match kind {
        Some(k) if k.department() => {
            let b = labelled_body(&lines)
                .or_else(|| title_body(&head))
                .or(table_body)
                .or_else(|| duties_body(&front))
                .or_else(|| info_title.and_then(|t| title_body(&normalise(t))));
            // A 部门预算 names the department even where its cover adds （本级）.
            b.map(|b| match k {
                DocKind::DeptBudget | DocKind::DeptFinal => b
                    .strip_suffix("(本级)")
                    .or_else(|| b.strip_suffix("（本级）"))
                    .unwrap_or(&b)
                    .to_string(),
                _ => b,
            })
        }
        Some(DocKind::Other) => notice_body(&head)
            .or_else(|| opening_body(&head))
            .or_else(|| signature_body(front_pages)),
        Some(_) => {
            let r = Some(places::find(&head))
                .filter(|r| !r.is_empty())
                .unwrap_or_else(|| places::find(&front));
            let name = if !r.city.is_empty() {
                r.city
            } else {
                r.province
            };
            (!name.is_empty()).then_some(name)
        }
        None => None,
    };
    // Brackets as printed in full width (the text was normalised to ASCII).
    let body = body.map(|b| b.replace('(', "（").replace(')', "）"));
    let mut region = body.as_deref().map(places::find).unwrap_or_default();
    if region.is_empty() {
        region = places::find(&head);
        region.county.clear();
    }
    let level = region.level();
    Identity {
        doc_kind: kind,
        year,
        entity: entity(&region, body.as_deref()),
        body,
        region,
        level,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> Identity {
        identify(&[text.to_string()], &[], &[], None)
    }

    #[test]
    fn a_city_report_that_never_names_itself_is_placed_by_the_one_city_it_names() {
        let pages = [
            "关于2021年市级一般公共预算收入预算情况的说明\n市级收入96.1亿元",
            "安排隋唐洛阳城南城墙遗址公园1.2亿元",
        ];
        let mut i = id(pages[0]);
        assert!(i.region.is_empty());
        placed_by_pages(&mut i, &pages);
        assert_eq!(i.region.city, "洛阳市");
        assert_eq!(i.body.as_deref(), Some("洛阳市"));
        assert_eq!(i.level, Some(Level::City));
        // Not a city's own report (全市 tables of a province's cities), or two cities named.
        for pages in [
            ["2025年全市一般公共预算收入执行情况表", "洛阳职业技术学院"],
            ["2021年市级一般公共预算收入", "洛阳职业技术学院 郑州航空港"],
        ] {
            let mut i = id(pages[0]);
            placed_by_pages(&mut i, &pages);
            assert!(i.region.is_empty(), "{pages:?}");
        }
    }

    #[test]
    fn a_notice_is_signed_by_its_body() {
        let text = "巡察通告\n按照宁波市委统一部署，市委第三巡察组开展巡察。\n欢迎反映问题。\n  中共宁波市委巡察工作领导小组办公室\n   2025 年 9 月 9 日\n";
        let i = identify(&[text.to_string()], &[], &[], None);
        assert_eq!(i.doc_kind, Some(DocKind::Other));
        assert_eq!(
            i.body.as_deref(),
            Some("中共宁波市委巡察工作领导小组办公室")
        );
        // A closing line that is not a name starting with a place signs nothing.
        let text = "巡察通告\n按照统一部署开展巡察。\n欢迎反映问题。\n巡察工作领导小组办公室\n2025年9月9日\n";
        let i = identify(&[text.to_string()], &[], &[], None);
        assert_eq!(i.body, None);
        assert!(
            is_date("2025年9月9日") && !is_date("2025年9月") && !is_date("受理时间2025年9月12日")
        );
    }

    #[test]
    fn government_reports() {
        let i = id(
            "关于北京市2021年预算执行情况和2022年预算的报告 ———2022年1月6日在北京市第十五届人民代表大会",
        );
        assert_eq!((i.doc_kind, i.year), (Some(DocKind::GovBudget), Some(2022)));
        assert_eq!(i.body.as_deref(), Some("北京市"));
        assert_eq!(i.level, Some(Level::Province));
        let i = id(
            "关于2021年全市和市本级决算草案与2022年1-6月全市和市本级预算执行情况的报告——2022年8月30日在长沙市第十六届人民代表大会常务委员会",
        );
        assert_eq!((i.doc_kind, i.year), (Some(DocKind::GovFinal), Some(2021)));
        assert_eq!(
            (i.body.as_deref(), i.region.province.as_str()),
            (Some("长沙市"), "湖南省")
        );
        let i = id(
            "江苏省十三届人大二次会议文件（二十）江苏省2018年预算执行情况与2019年预算草案 目录 表一",
        );
        assert_eq!(
            (i.doc_kind, i.year),
            (Some(DocKind::GovBudgetTables), Some(2019))
        );
        let i = id("北京市２０２２年市级决算 北京市财政局 ２０２３年７月");
        assert_eq!(
            (i.doc_kind, i.year),
            (Some(DocKind::GovFinalTables), Some(2022))
        );
        let i = id("表1-134 安徽省2025年地方政府一般债务余额情况表 单位：亿元");
        assert_eq!((i.doc_kind, i.year), (Some(DocKind::GovDebt), Some(2025)));
        let i = id("表4-1:二○二五年全市政府性基金预算收入执行情况表 单位：万元");
        assert_eq!(
            (i.doc_kind, i.year),
            (Some(DocKind::GovExecution), Some(2025))
        );
    }

    #[test]
    fn department_documents() {
        let i = id("2026年度无锡市交通运输局（本级）单位预算公开");
        assert_eq!(
            (i.doc_kind, i.year),
            (Some(DocKind::UnitBudget), Some(2026))
        );
        assert_eq!(i.body.as_deref(), Some("无锡市交通运输局（本级）"));
        assert_eq!(i.entity, "江苏省/无锡市//无锡市交通运输局（本级）");
        let i = id("上海市普陀区2025年区级部门预算\n预算主管部门：上海市普陀区财政局\n目录");
        assert_eq!(i.body.as_deref(), Some("上海市普陀区财政局"));
        assert_eq!(
            (i.level, i.region.county.as_str()),
            (Some(Level::County), "普陀区")
        );
        let i = id(".长春市信访局（本级）2026年度部门预算公开");
        assert_eq!(i.body.as_deref(), Some("长春市信访局"));
        let i = id("北京市统计局部门2026年度部门预算信息公开");
        assert_eq!(i.body.as_deref(), Some("北京市统计局"));
        let i = id("上海市普陀区财政局2024年度部门决算 目录");
        assert_eq!((i.doc_kind, i.year), (Some(DocKind::DeptFinal), Some(2024)));
    }

    #[test]
    fn a_contents_page_is_no_body() {
        // Covers with no text layer: the first text is the contents or a section heading.
        let toc = "- 1 -\n目\n第一部分\n录\n部门概况\n一、主要职能\n二、部门机构设置及预算单位构成情况\n三、2019 年度部门主要工作任务及目标\n第二部分\n2019 年度部门预算表";
        let i = id(toc);
        assert_eq!((i.doc_kind, i.body), (Some(DocKind::DeptBudget), None));
        let i = identify(
            &[toc.to_string()],
            &[],
            &[],
            Some("江苏省政协办公厅2015年度部门预算"),
        );
        assert_eq!(i.body.as_deref(), Some("江苏省政协办公厅"));
        assert_eq!((i.year, i.level), (Some(2019), Some(Level::Province)));
        let i = id(
            "第一部分 2026 年度部门预算情况说明\n一、部门情况说明\n（一）本部门职责情况\n北京市人民政府办公厅主要职责包括：",
        );
        assert_eq!(i.body.as_deref(), Some("北京市人民政府办公厅"));
        assert_eq!(i.region.province, "北京市");
    }

    #[test]
    fn notices_are_other() {
        let i = id(
            "包府办发〔2026〕11号 包头市人民政府办公室关于印发包头市建筑垃圾污染环境防治工作规划（2025—2035年）的通知",
        );
        assert_eq!((i.doc_kind, i.year), (Some(DocKind::Other), None));
        assert_eq!(i.body.as_deref(), Some("包头市人民政府办公室"));
        let i = id("长春市财政局2025年度法治政府建设报告 长春市财政局围绕学习宣传");
        assert_eq!(i.body.as_deref(), Some("长春市财政局"));
    }
}
