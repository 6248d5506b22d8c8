//! The lines around a table: its title, form number (预算01表), unit line (单位：万元), body line
//! (部门名称：…) above it, and notes (注：…, 说明：…) below it.

use std::collections::{HashMap, HashSet};

use crate::layout::{Line, words};
use crate::pdf::Glyph;

use super::find::Found;
use super::text::push_joined;
use super::{Settings, Table};

/// Guard, not a tolerance: line heights and text sizes are measured as at least this (a zero
/// size would make every difference large).
const MIN_SIZE: f64 = 1.0;

fn line_text(glyphs: &[Glyph], line: &Line, s: &Settings) -> String {
    words(glyphs, line, &s.layout)
        .iter()
        .map(|w| {
            w.iter()
                .filter_map(|&i| glyphs.get(i))
                .map(|g| g.text.as_str())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text after a label such as 单位： up to a wide gap or the next label.
fn after_label(text: &str, labels: &[&str]) -> Option<String> {
    labelled(text, labels).next()
}

/// The texts after each occurrence of a label, left to right.
fn labelled<'a>(text: &'a str, labels: &'a [&str]) -> impl Iterator<Item = String> + 'a {
    // 单位 inside 编制单位 or 单位名称 is not the unit label.
    let standalone = |i: usize| {
        !text.get(..i).is_some_and(|before| before.ends_with("编制"))
            && !text.get(i..).is_some_and(|at| at.starts_with("单位名称"))
    };
    let mut found: Vec<(usize, &str)> = labels
        .iter()
        .flat_map(|l| text.match_indices(l).map(move |(i, _)| (i, *l)))
        .filter(|&(i, l)| l != "单位" || standalone(i))
        .collect();
    found.sort_by_key(|&(i, l)| (i, std::cmp::Reverse(l.len())));
    found.dedup_by_key(|(i, _)| *i);
    found.into_iter().filter_map(move |(at, label)| {
        let rest = text
            .get(at + label.len()..)?
            .trim_start_matches([':', '：', ' ', '\u{3000}']);
        let end = ["单位：", "单位:", "金额单位", "  "]
            .iter()
            .filter_map(|stop| rest.find(stop))
            .min()
            .unwrap_or(rest.len());
        let v = rest.get(..end)?.trim().trim_end_matches(['）', ')']).trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// Whether a labelled text names a unit (万元, 元, 亿元, 人), not the body that 单位 also labels
/// (单位：无锡市教育局（本级） … 单位：万元) nor the rest of a title (单位预算公开, 单位构成).
fn is_unit(v: &str) -> bool {
    let word = v
        .split(['（', '(', '）', ')', '，', ',', '。', ' '])
        .next()
        .unwrap_or(v);
    word.ends_with('元') || word.chars().count() == 1
}

/// A form number such as 预算01表, 预算 01-1 表, 公开07表, 表3, 附表2.
fn form_no(text: &str) -> Option<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE
        .get_or_init(|| regex::Regex::new(r"(预算|决算|公开|附表|表)(\d+(?:-\d+)?)(表)?").ok())
        .as_ref()?;
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let m = re.captures(&t)?;
    // 表 followed by digits must start the text or follow a separator (表3), not end a title.
    let whole = m.get(0)?;
    if m.get(1)?.as_str() == "表"
        && whole.start() > 0
        && !t.get(..whole.start())?.ends_with(['：', ':', '（', '('])
    {
        return None;
    }
    Some(whole.as_str().to_string())
}

/// A title without a form number printed in front of it (公开10表：政府性基金支出预算表).
fn strip_form_no(title: &str) -> &str {
    match form_no(title) {
        Some(f) if title.starts_with(f.as_str()) => title
            .get(f.len()..)
            .unwrap_or(title)
            .trim_start_matches(['：', ':', ' ']),
        _ => title,
    }
}

fn is_note(text: &str) -> bool {
    let t = text.trim_start();
    ["注：", "注:", "注 ：", "说明：", "说明:", "备注："]
        .iter()
        .any(|p| t.starts_with(p))
}

/// The last few text lines of a page below `y` (the foot of a page that ends with a caption).
pub fn lines_below(page: &crate::pdf::PageContent, y: f64, s: &Settings) -> Vec<String> {
    let lines = crate::layout::lines(&page.glyphs, &s.layout);
    let below: Vec<String> = lines
        .iter()
        .filter(|l| l.bbox.y0 >= y && l.bbox.y1 < page.height * s.caption.foot_share)
        .map(|l| line_text(&page.glyphs, l, s))
        .collect();
    below
        .into_iter()
        .rev()
        .take(s.caption.foot_lines)
        .rev()
        .collect()
}

/// Whether a line inside a table frame is a caption rather than a header.
pub fn is_caption(text: &str) -> bool {
    let t = text.trim();
    t.ends_with('表')
        || titled_with_form(t)
        || (t.starts_with('（') && t.ends_with('）'))
        || (t.starts_with('(') && t.ends_with(')'))
        || t.contains("单位：")
        || t.contains("单位:")
}

/// A title followed by its form number in brackets: 支出总表（预算表3）, 收入总表(预算表2).
fn titled_with_form(t: &str) -> bool {
    let Some(body) = t.strip_suffix(['）', ')']) else {
        return false;
    };
    body.rfind(['（', '('])
        .and_then(|i| Some((body.get(..i)?, body.get(i..)?)))
        .is_some_and(|(title, form)| {
            title.ends_with('表') && form.contains('表') && form.chars().any(|c| c.is_ascii_digit())
        })
}

/// A caption line without the unit it prints after the title in brackets (表1：2021年全市一般
/// 公共预算执行情况表（单位：亿元））.
fn without_unit(text: &str) -> &str {
    let t = text.trim_end();
    t.strip_suffix(['）', ')'])
        .and_then(|body| {
            let i = body.rfind(['（', '('])?;
            let inner = body.get(i..)?.trim_start_matches(['（', '(']).trim_start();
            (inner.starts_with("单位") || inner.starts_with("金额单位"))
                .then(|| body.get(..i))
                .flatten()
        })
        .map_or(t, str::trim_end)
}

/// A line of report text rather than a caption: it ends a sentence (（二）政府性基金预算执行
/// 情况。), or states amounts between commas (102.9%，比上年增长10.7%，其中…). A title may
/// carry a comma where it wraps (转移支付表(按项目分地区,) but states no amount.
fn is_sentence(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let states_amounts = chars
        .windows(2)
        .any(|w| matches!(w, [d, '%' | '％' | '亿' | '万'] if d.is_ascii_digit()));
    (text.ends_with(['。', '；']) || text.contains(['，', ',']) && states_amounts)
        && !text.ends_with('表')
}

/// A line naming only the year and the jurisdiction of a table (2023 年济南新旧动能转换起步区):
/// a year, then words without figures, ending in a place word.
fn is_scope_line(text: &str) -> bool {
    let c: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(rest) = c.get(4..).and_then(|r| r.strip_prefix('年')) else {
        return false;
    };
    c.get(..4)
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && !rest
            .chars()
            .any(|ch| ch.is_ascii_digit() || ch == '：' || ch == ':')
        && ["区", "市", "县", "省", "州", "盟", "旗", "本级"]
            .iter()
            .any(|w| rest.ends_with(w))
}

/// The body of a caption line: after 部门名称：, 单位名称：, 部门（单位）：, 预算单位：…, or after a
/// 单位： label whose value is not a unit (单位：无锡市交通运输局（本级） 单位：万元).
fn body_of(text: &str) -> Option<String> {
    let labelled_body = after_label(
        text,
        &[
            "部门名称",
            "编制部门",
            "编制单位",
            "单位名称",
            "部门（单位）",
            "预算单位：",
            "预算主管部门：",
        ],
    );
    labelled_body.or_else(|| {
        let t = text.trim_start();
        let rest = t
            .strip_prefix("单位：")
            .or_else(|| t.strip_prefix("单位:"))?;
        let v = after_label(&format!("单位：{rest}"), &["单位"])?;
        (!is_unit(&v)).then_some(v)
    })
}

/// Unit, body and form number from one caption line, where not known yet.
fn fields(t: &mut Table, text: &str) {
    if t.unit.is_none() {
        t.unit = labelled(text, &["计量单位", "金额单位", "单位"]).find(|v| is_unit(v));
    }
    if t.body.is_none() {
        t.body = body_of(text);
    }
    if t.form_no.is_none() {
        t.form_no = form_no(text);
    }
}

/// Takes caption lines found inside a table's frame: the first naming line is the title, and
/// each may carry the unit, body and form number.
pub fn apply(t: &mut Table, captions: &[String]) {
    for text in captions {
        fields(t, text);
        if t.title.is_none()
            && !text.starts_with('（')
            && !text.starts_with('(')
            && !text.contains('：')
        {
            t.title = Some(text.clone());
        }
    }
}

/// The first lines from the top of a page (text without spaces, top edge), where a running
/// header is printed.
pub fn top_lines(glyphs: &[Glyph], lines: &[Line], s: &Settings) -> Vec<(String, f64)> {
    let mut top: Vec<&Line> = lines.iter().collect();
    top.sort_by(|a, b| a.bbox.y0.total_cmp(&b.bbox.y0));
    top.into_iter()
        .take(s.caption.running_lines)
        .map(|l| {
            let t: String = line_text(glyphs, l, s)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            (t, l.bbox.y0)
        })
        .filter(|(t, _)| !t.is_empty())
        .collect()
}

/// A running header (苏州市应急管理局2026年度部门预算公开 at the top of every page) names the
/// document, not a table: a title equal to a line printed at the same place (within
/// `running_tolerance`) on more than `running_share` of the pages, three at least, and above
/// another table's title on one of them, is dropped, so a continuation page under it merges
/// with the table it continues.
pub fn drop_running_titles(per_page: &mut [Vec<Found>], tops: &[Vec<(String, f64)>], s: &Settings) {
    let cs = &s.caption;
    let compact = |t: &Table| -> Option<String> {
        t.title
            .as_ref()
            .map(|x| x.chars().filter(|c| !c.is_whitespace()).collect())
    };
    let mut at: HashMap<&str, Vec<f64>> = HashMap::new();
    // Lines printed above another table's title: a title repeated on each page of a long
    // table is not a running header, however many pages it covers.
    let mut over_other: HashSet<&str> = HashSet::new();
    for (page, found) in tops.iter().zip(per_page.iter()) {
        let titles: Vec<String> = found.iter().filter_map(|f| compact(&f.table)).collect();
        for (text, y) in page {
            at.entry(text.as_str()).or_default().push(*y);
            if titles.iter().any(|t| t != text) {
                over_other.insert(text.as_str());
            }
        }
    }
    let running: HashSet<&str> = at
        .into_iter()
        .filter(|(t, _)| over_other.contains(t))
        .filter(|(_, ys)| {
            // Pages with the line within the tolerance of its median place.
            let mut sorted = ys.clone();
            sorted.sort_by(f64::total_cmp);
            let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
            let n = ys
                .iter()
                .filter(|y| (*y - median).abs() <= cs.running_tolerance)
                .count();
            n >= 3 && n as f64 > cs.running_share * tops.len() as f64
        })
        .map(|(t, _)| t)
        .collect();
    if running.is_empty() {
        return;
    }
    for t in per_page.iter_mut().flatten().map(|f| &mut f.table) {
        if compact(t).is_some_and(|c| running.contains(c.as_str())) {
            t.title = None;
        }
    }
}

/// Fills title, form number, unit, body and notes of the tables of one page from the page's
/// lines outside every table.
pub fn captions(
    glyphs: &[Glyph],
    lines: &[Line],
    found: &mut [Found],
    page_height: f64,
    s: &Settings,
) {
    let cs = &s.caption;
    let free: Vec<(&Line, String)> = lines
        .iter()
        .filter(|l| !found.iter().any(|f| f.table.bbox.contains(l.bbox.center())))
        .map(|l| (l, line_text(glyphs, l, s)))
        .collect();
    let tops: Vec<f64> = found.iter().map(|f| f.table.bbox.y0).collect();
    let bottoms: Vec<f64> = found.iter().map(|f| f.table.bbox.y1).collect();
    for (k, t) in found.iter_mut().map(|f| &mut f.table).enumerate() {
        let above_limit = bottoms.iter().take(k).copied().fold(0.0, f64::max);
        let below_limit = tops.get(k + 1).copied().unwrap_or(page_height);
        // Above: nearest first, at most a few lines.
        let mut above: Vec<&(&Line, String)> = free
            .iter()
            .filter(|(l, _)| l.bbox.y1 <= t.bbox.y0 + cs.overlap && l.bbox.y0 >= above_limit)
            .collect();
        above.sort_by(|a, b| b.0.bbox.y0.total_cmp(&a.0.bbox.y0));
        for (_, text) in above.iter().take(cs.max_lines_above) {
            fields(t, text);
        }
        // The title: the nearest line naming a table (…表), else the largest caption line.
        let candidates: Vec<&&(&Line, String)> = above
            .iter()
            .take(cs.max_lines_above)
            .filter(|(_, text)| {
                let c: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                let c = without_unit(&c);
                // 单位：万元 is a unit line; 单位“三公”经费和机关运行经费预算表 a title.
                (!c.starts_with("单位") || c.ends_with('表'))
                    && !is_sentence(c)
                    && !c.contains("部门名称")
                    && !c.starts_with("部门：")
                    && !c.contains("单位：")
                    && !c.starts_with("编制")
                    && form_no(c).is_none_or(|f| f != c)
            })
            .collect();
        let size = |l: &Line| {
            l.glyphs
                .first()
                .and_then(|&i| glyphs.get(i))
                .map_or(0.0, |g| g.size)
        };
        let named = candidates
            .iter()
            .find(|(_, text)| without_unit(text).ends_with('表'));
        let largest = candidates
            .iter()
            .max_by(|a, b| size(a.0).total_cmp(&size(b.0)));
        if let Some((line, text)) = named.or(largest).filter(|_| t.title.is_none()) {
            let mut title = String::new();
            // A title wrapped onto a second line (… 支出预算 / 表, or 公开09表：一般公共预算
            // “三公”经费、会议费、培训费 / 支出预算表): a short last line takes the line just
            // above it, set in the same size, that does not end a title itself.
            let compact: String = without_unit(text)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let height = (line.bbox.y1 - line.bbox.y0).max(MIN_SIZE);
            let wrapped_from = candidates.iter().find(|(l, above)| {
                l.bbox.y1 <= line.bbox.y0 + cs.overlap
                    && line.bbox.y0 - l.bbox.y1 < cs.title_wrap_gap * height
                    && (size(l) - size(line)).abs()
                        <= cs.title_size_tolerance * size(line).max(MIN_SIZE)
                    && !above.trim_end().ends_with('表')
            });
            let above = if compact.chars().count() <= cs.title_fragment_chars {
                candidates
                    .iter()
                    .find(|(l, _)| l.bbox.y1 <= line.bbox.y0 + cs.overlap)
            } else if compact.chars().count() <= cs.title_short_chars {
                wrapped_from
            } else {
                // A title whose year and jurisdiction stand on the line above (2023 年济南新旧
                // 动能转换起步区 / 一般公共预算收入执行情况表): that line is part of it.
                wrapped_from.filter(|(_, above)| is_scope_line(above))
            };
            if let Some((_, above_text)) = above {
                for word in above_text.split_whitespace() {
                    push_joined(&mut title, word);
                }
            }
            for word in without_unit(text).split_whitespace() {
                push_joined(&mut title, word);
            }
            // A title set on the line that ends a sentence (排。2026年省级财政专项资金目录结构表).
            let title = title.rsplit(['。', '；']).next().unwrap_or(&title);
            let title = strip_form_no(title).to_string();
            t.title = (!title.is_empty()).then_some(title);
        }
        t.notes = free
            .iter()
            .filter(|(l, _)| l.bbox.y0 >= t.bbox.y1 - cs.overlap && l.bbox.y1 <= below_limit)
            .skip_while(|(_, text)| !is_note(text))
            .take_while(|(l, _)| l.bbox.y0 < t.bbox.y1 + cs.notes_reach)
            .map(|(_, text)| text.trim().to_string())
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_lines() {
        assert!(is_scope_line("2023 年济南新旧动能转换起步区"));
        assert!(is_scope_line("2024年全市"));
        assert!(!is_scope_line("2023年一般公共预算收入执行情况表"));
        assert!(!is_scope_line("单位：万元"));
        assert!(!is_scope_line("2023年第2季度"));
    }

    #[test]
    fn units_after_a_title_and_sentences() {
        assert_eq!(
            without_unit("表1：2021年全市一般公共预算执行情况表（单位：亿元）"),
            "表1：2021年全市一般公共预算执行情况表"
        );
        assert_eq!(without_unit("收支总表（预算表1）"), "收支总表（预算表1）");
        assert_eq!(without_unit("单位：万元"), "单位：万元");
        assert!(is_sentence(
            "102.9%，比上年（下同）增长10.7%，其中税收收入638.8亿"
        ));
        assert!(is_sentence("（二）政府性基金预算执行情况。"));
        assert!(!is_sentence("2023年一般公共预算收入、支出决算表"));
        assert!(!is_sentence("排。2026年省级财政专项资金目录结构表"));
        assert!(is_sentence("国家重大水利工程建设基金安排的支出162万元,下"));
        assert!(!is_sentence("2026年，本部门重点项目绩效目标情况如下："));
        assert!(!is_sentence(
            "49.2026年省级国有资本经营预算转移支付表(按项目分地区,"
        ));
    }

    #[test]
    fn labels() {
        assert_eq!(
            after_label(
                "部门名称：新乡市政务服务和大数据管理局    单位：万元",
                &["部门名称"]
            )
            .as_deref(),
            Some("新乡市政务服务和大数据管理局")
        );
        assert_eq!(
            after_label(
                "部门名称：新乡市政务服务和大数据管理局    单位：万元",
                &["单位"]
            )
            .as_deref(),
            Some("万元")
        );
        assert_eq!(
            after_label("单位名称：广州市商务局    单位：万元", &["单位"]).as_deref(),
            Some("万元")
        );
        let unit = |t: &str| labelled(t, &["金额单位", "单位"]).find(|v| is_unit(v));
        assert_eq!(
            unit("单位：无锡市教育局（本级）    单位：万元").as_deref(),
            Some("万元")
        );
        assert_eq!(unit("无锡市教育局（本级）2026年度单位预算公开"), None);
        assert_eq!(unit("二、部门决算单位构成"), None);
        assert_eq!(
            unit("单位：万元（保留两位小数）").as_deref(),
            Some("万元（保留两位小数")
        );
        assert_eq!(unit("单位：人").as_deref(), Some("人"));
        assert_eq!(
            unit("详见下表（单位：亿元）。").as_deref(),
            Some("亿元）。")
        );
        assert_eq!(
            after_label("（单位：元）", &["单位"]).as_deref(),
            Some("元")
        );
        assert_eq!(
            after_label("金额单位：万元", &["金额单位", "单位"]).as_deref(),
            Some("万元")
        );
    }

    #[test]
    fn form_numbers() {
        assert_eq!(form_no("预算01表").as_deref(), Some("预算01表"));
        assert_eq!(form_no("预算 01-1 表").as_deref(), Some("预算01-1表"));
        assert_eq!(form_no("附表3").as_deref(), Some("附表3"));
        assert_eq!(form_no("2022年部门收支预算表"), None);
        assert_eq!(form_no("公开07表").as_deref(), Some("公开07表"));
        assert_eq!(
            strip_form_no("公开10表：政府性基金支出预算表"),
            "政府性基金支出预算表"
        );
    }

    fn page_with_captions() -> crate::pdf::PageContent {
        use crate::table::testing::{page, ruled, text};
        let mut g = Vec::new();
        text("预算01表", 450.0, 80.0, &mut g);
        text("2022年部门收支预算表", 150.0, 100.0, &mut g);
        text("部门名称：某局", 0.0, 130.0, &mut g);
        text("单位：万元", 300.0, 130.0, &mut g);
        for (k, (label, amount)) in [("项目", "金额"), ("工资", "1,200.00"), ("合计", "1,200.00")]
            .iter()
            .enumerate()
        {
            let y = 155.0 + 20.0 * k as f64;
            text(label, 10.0, y, &mut g);
            text(amount, 210.0, y, &mut g);
        }
        text("注：本表金额单位为万元。", 0.0, 220.0, &mut g);
        text("第 3 页", 280.0, 450.0, &mut g);
        page(
            1,
            g,
            ruled(&[0.0, 200.0, 400.0], &[150.0, 170.0, 190.0, 210.0]),
        )
    }

    #[test]
    fn title_form_unit_body_and_notes() {
        let t = crate::table::page_tables(&page_with_captions());
        assert_eq!(t.len(), 1);
        let t = &t[0];
        assert_eq!(t.title.as_deref(), Some("2022年部门收支预算表"));
        assert_eq!(t.form_no.as_deref(), Some("预算01表"));
        assert_eq!(t.unit.as_deref(), Some("万元"));
        assert_eq!(t.body.as_deref(), Some("某局"));
        assert_eq!(t.notes, ["注：本表金额单位为万元。"]);
    }

    #[test]
    fn captions_are_looked_for_within_the_settings() {
        // Reading only the two nearest lines above misses the form number (third line up).
        let mut s = Settings::default();
        s.caption.max_lines_above = 2;
        let t = crate::table::page_tables_with(&page_with_captions(), &s);
        assert_eq!(t[0].title.as_deref(), Some("2022年部门收支预算表"));
        assert_eq!(t[0].form_no, None);
        // Notes are read only so far below the table.
        s.caption.notes_reach = 5.0;
        let t = crate::table::page_tables_with(&page_with_captions(), &s);
        assert!(t[0].notes.is_empty());
    }

    #[test]
    fn captions_inside_a_frame() {
        for (text, caption) in [
            ("一般公共预算支出表", true),
            ("（2023年度）", true),
            ("(单位：万元)", true),
            ("单位：元", true),
            ("财政拨款“三公”经费", false),
            ("支出总表（预算表3）", true),
            ("收入总表(预算表2)", true),
            ("支出总表（草案）", false),
            ("基本支出（人员经费）", false),
        ] {
            assert_eq!(is_caption(text), caption, "{text}");
        }
    }
}
