//! The running text of a document — every page's text outside its tables of figures — as
//! sentences, each character with the page and box it is printed at: what the stated figures
//! are read from and where a check of the text points.
//!
//! Lines are joined without a space (Chinese wraps anywhere), across page breaks too; a
//! sentence ends at 。！？； and where a paragraph or heading ends: a line that stops well
//! short of the text's right edge, a wide gap below a line, or a next line that opens a list
//! item (一、 （一） 1、 1. （1） ①). Page numbers alone on a line are left out.

use super::document::PageText;
use crate::budget::document::AnalysedTable;
use crate::layout::{is_han, lines_of};
use crate::pdf::Rect;

/// Where one character of a sentence is printed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub page: u32,
    pub bbox: Rect,
}

/// A sentence: its text (whitespace removed, digits and the decimal point ASCII) and the
/// place of each character.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub text: String,
    pub spots: Vec<Spot>,
}

impl Sentence {
    /// The page the sentence starts on.
    pub fn page(&self) -> u32 {
        self.spots.first().map_or(0, |s| s.page)
    }

    /// The page and box of the characters `from..to` (char indices): the box of those on the
    /// page of the first one.
    pub fn place(&self, from: usize, to: usize) -> (u32, Rect) {
        let spots = self
            .spots
            .get(from..to.min(self.spots.len()))
            .unwrap_or(&[]);
        let Some(first) = spots.first().or(self.spots.first()) else {
            return (0, Rect::from_points((0.0, 0.0), (0.0, 0.0)));
        };
        let mut b = first.bbox;
        for s in spots.iter().filter(|s| s.page == first.page) {
            b = b.union(&s.bbox);
        }
        (first.page, b)
    }

    /// The char index of byte offset `byte`.
    pub fn char_at(&self, byte: usize) -> usize {
        self.text.get(..byte).map_or(0, |s| s.chars().count())
    }
}

/// One character of the running text, or the end of a paragraph.
enum Piece {
    Char(char, Spot),
    Break,
}

/// A character as the text is read: full-width digits ASCII, the full-width point `.`, ％ `%`
/// (the private-use decimal point of Founder's fonts arrives as `.` from the font layer).
fn normal(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - 0xFF10 + 0x30).unwrap_or(c),
        '．' => '.',
        '％' => '%',
        _ => c,
    }
}

/// `line` without its first character.
fn cs_all(line: &str) -> &str {
    let mut cs = line.chars();
    cs.next();
    cs.as_str()
}

pub(crate) fn is_marker_start(line: &str) -> bool {
    let mut cs = line.chars();
    let Some(first) = cs.next() else {
        return false;
    };
    let rest: String = cs.take(4).collect();
    if "一二三四五六七八九十".contains(first) {
        let numeral_run: String = std::iter::once(first)
            .chain(
                rest.chars()
                    .take_while(|c| "一二三四五六七八九十".contains(*c)),
            )
            .collect();
        return rest
            .chars()
            .nth(numeral_run.chars().count() - 1)
            .is_some_and(|c| c == '、');
    }
    // （一） (3): numerals inside, not a word (（资产）有偿使用收入, （境）费 wrapped to the line).
    if first == '（' || first == '(' {
        let inner: String = rest
            .chars()
            .take_while(|c| !matches!(c, '）' | ')'))
            .collect();
        return inner.len() < rest.len()
            && !inner.is_empty()
            && inner
                .chars()
                .all(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit());
    }
    if first.is_ascii_digit() {
        // The whole line, not its first five characters: `1191.7亿元，` opens no item.
        let rest = cs_all(line);
        let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        return after.starts_with(['、', '.', '．'])
            && !after[after.chars().next().map_or(0, char::len_utf8)..]
                .starts_with(|c: char| c.is_ascii_digit());
    }
    ('①'..='⑳').contains(&first)
}

/// A line that is only a page number (`- 18 -`, `18`, `第18页`, `18/25`, `─9─` in
/// box-drawing dashes, as 江苏's reports print them, `３５` in full-width digits, as 北京's).
fn is_page_number(line: &str) -> bool {
    let core: String = line
        .chars()
        .map(normal)
        .filter(|c| {
            !matches!(
                c,
                '-' | '－' | '—' | '–' | '─' | '第' | '页' | '共' | '/' | ' '
            )
        })
        .collect();
    !core.is_empty() && core.len() <= 4 && core.chars().all(|c| c.is_ascii_digit())
}

/// The width of the figure a line opens with (`1323.78`, `2025`), 0 when it opens with none.
fn lead_figure_width(line: &crate::layout::Line, glyphs: &[crate::pdf::Glyph]) -> f64 {
    let figure: Vec<&crate::pdf::Glyph> = line
        .glyphs
        .iter()
        .filter_map(|&i| glyphs.get(i))
        .take_while(|g| {
            let t = g.text.trim();
            !t.is_empty()
                && t.chars()
                    .all(|c| matches!(normal(c), '0'..='9' | '.' | ',' | '%'))
        })
        .collect();
    match (figure.first(), figure.last()) {
        (Some(a), Some(b)) => b.bbox.x1 - a.bbox.x0,
        _ => 0.0,
    }
}

/// The lines of a page's running text: outside the cells of tables that yield figures, with
/// their text (whitespace removed), page numbers left out.
fn body_lines(p: &PageText, tables: &[AnalysedTable]) -> Vec<(crate::layout::Line, String)> {
    // Cells of tables that yield figures hold no running text.
    let cells: Vec<Rect> = tables
        .iter()
        .filter(|t| !t.items.is_empty())
        .flat_map(|t| &t.table.cells)
        .filter(|c| c.page == p.number)
        .map(|c| c.bbox)
        .collect();
    let keep: Vec<usize> = p
        .glyphs
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            let (x, y) = ((g.bbox.x0 + g.bbox.x1) / 2.0, (g.bbox.y0 + g.bbox.y1) / 2.0);
            !cells
                .iter()
                .any(|c| x >= c.x0 && x <= c.x1 && y >= c.y0 && y <= c.y1)
        })
        .filter(|&(i, _)| !is_note_reference(&p.glyphs, i))
        .map(|(i, _)| i)
        .collect();
    let mut lines = lines_of(&p.glyphs, &keep, &crate::layout::LayoutSettings::default());
    // (the number is printed at the page's foot: on its last line only)
    if let Some(last) = lines.pop() {
        lines.push(without_page_number(last, &p.glyphs));
    }
    lines
        .into_iter()
        .map(|l| {
            let text: String = l
                .glyphs
                .iter()
                .filter_map(|&i| p.glyphs.get(i))
                .flat_map(|g| g.text.chars())
                .filter(|c| !c.is_whitespace())
                .collect();
            (l, text)
        })
        .filter(|(_, t)| !t.is_empty() && !is_page_number(t))
        .collect()
}

/// A page's last line without the page number printed at its end, apart from its text
/// (`新增政府债          — 7 —`, the sentence going on over the page): read into the text, the
/// number would sit inside the word (新增政府债—7—券).
fn without_page_number(
    mut line: crate::layout::Line,
    glyphs: &[crate::pdf::Glyph],
) -> crate::layout::Line {
    let shown: Vec<&crate::pdf::Glyph> = line
        .glyphs
        .iter()
        .filter_map(|&i| glyphs.get(i))
        .filter(|g| !g.text.trim().is_empty())
        .collect();
    // The widest gap between two glyphs of the line, wider than three characters.
    let cut = shown
        .iter()
        .zip(shown.iter().skip(1))
        .enumerate()
        .map(|(k, (a, b))| (k + 1, b.bbox.x0 - a.bbox.x1, a.size.max(1.0)))
        .filter(|&(_, gap, size)| gap > 3.0 * size)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, _, _)| k);
    let Some(cut) = cut else {
        return line;
    };
    let tail = shown.get(cut..).unwrap_or_default();
    let tail_text: String = tail.iter().map(|g| g.text.as_str()).collect();
    if !is_page_number(&tail_text) {
        return line;
    }
    // (the line keeps its extent, number and all: cut short of the edge, it would end the
    // sentence going on over the page, 新增政府债 | 券324.1亿元)
    let x_end = tail.first().map_or(f64::MAX, |g| g.bbox.x0);
    line.glyphs
        .retain(|&i| glyphs.get(i).is_some_and(|g| g.bbox.x1 <= x_end));
    line
}

/// Whether glyph `i` is a note's reference mark raised beside the text (`全市地方政府债务余额
/// ⁹7,376,193万元`): a digit printed under 75 % of the size of a neighbour on its line, its foot
/// raised above that neighbour's. Read into the text, it would be glued to the figure after it
/// (97,376,193) or cut the sentence it stands in (`调入资金²`).
fn is_note_reference(glyphs: &[crate::pdf::Glyph], i: usize) -> bool {
    let Some(g) = glyphs.get(i) else {
        return false;
    };
    if !g
        .text
        .chars()
        .all(|c| c.is_ascii_digit() || ('①'..='⑳').contains(&c))
    {
        return false;
    }
    let raised_beside = |n: &crate::pdf::Glyph| {
        g.size < 0.75 * n.size
            && g.bbox.y1 < n.bbox.y1 - 0.15 * n.size
            && g.bbox.y0 < n.bbox.y1
            && n.bbox.y0 < g.bbox.y1 + n.size
            && (g.bbox.x0 - n.bbox.x1)
                .abs()
                .min((n.bbox.x0 - g.bbox.x1).abs())
                < n.size
    };
    [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .filter_map(|j| glyphs.get(j))
        .any(raised_beside)
}

/// The running headers of the pages: first lines that open three pages or more with the
/// same text (`无锡市发展和改革委员会2025年度部门预算公开`; odd and even pages may have one each).
/// Read into the text, one would cut a sentence going on over the page (…基本支出预算 |
/// 6,389.83万元).
fn running_headers(lines: &[Vec<(crate::layout::Line, String)>]) -> Vec<&str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for first in lines.iter().filter_map(|l| l.first()) {
        *counts.entry(first.1.as_str()).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .map(|(t, _)| t)
        .collect()
}

/// The running text of the pages, in reading order.
fn pieces(pages: &[PageText], tables: &[AnalysedTable]) -> Vec<Piece> {
    let mut out = Vec::new();
    let lines: Vec<Vec<(crate::layout::Line, String)>> =
        pages.iter().map(|p| body_lines(p, tables)).collect();
    let headers = running_headers(&lines);
    // The notes of a page whose last sentence goes on over the page: after that sentence.
    let mut pending: Vec<Piece> = Vec::new();
    for (p, page_lines) in pages.iter().zip(&lines) {
        let body: Vec<(&crate::layout::Line, &str)> = page_lines
            .iter()
            .enumerate()
            .filter(|(k, (_, t))| !(*k == 0 && headers.contains(&t.as_str())))
            .map(|(_, (l, t))| (l, t.as_str()))
            .collect();
        let right = body.iter().map(|(l, _)| l.bbox.x1).fold(f64::MIN, f64::max);
        let left = body.iter().map(|(l, _)| l.bbox.x0).fold(f64::MAX, f64::min);
        let (body, notes) = body.split_at(footnotes_at(&body));
        let typical = typical_height(body);
        let margin = margin_of(body);
        let mut prev: Option<(&crate::layout::Line, &str)> = None;
        // (the bottom of a note's mark on its own line since the line before: the text's line
        // spacing goes on from it)
        let mut mark_bottom: Option<f64> = None;
        for &(line, text) in body {
            if is_mark_line(line, text, typical) {
                mark_bottom = Some(mark_bottom.unwrap_or(f64::MIN).max(line.bbox.y1));
                continue;
            }
            let above = prev.map(|(pl, _)| mark_bottom.unwrap_or(f64::MIN).max(pl.bbox.y1));
            mark_bottom = None;
            let h = line.bbox.height().max(1.0);
            let starts_item = is_marker_start(text);
            let broken = prev.is_none_or(|(pl, prev_text)| {
                // Short of the right edge by more than two characters: the paragraph ended,
                // if the line ends a sentence or clause or is a short one (a heading); a long
                // line ending mid-clause (…执行数为 | 1690.69万元) was wrapped early.
                let short = pl.bbox.x1 < right - 2.0 * pl.bbox.height().max(1.0);
                let ends = prev_text
                    .chars()
                    .last()
                    .is_some_and(|c| "。！？；：:;".contains(c));
                let narrow = pl.bbox.x1 - left < 0.6 * (right - left);
                // A list item's first line short of the edge that states no figure and has no
                // clause is a heading on its own line (（二）2024年政府性基金预算收支执行情况),
                // unless the figure opening the next line would not have fit in what is left
                // of it (…累计完成 | 1323.78亿元).
                let figure = lead_figure_width(line, &p.glyphs);
                let wrapped = figure > 0.0 && right - pl.bbox.x1 < figure + 2.0 * h;
                let heading = is_marker_start(prev_text)
                    && !wrapped
                    && !prev_text.contains(['，', ',', '元', '%']);
                short && (ends || narrow || heading)
                    || line.bbox.y0 - above.unwrap_or(pl.bbox.y1) > 1.5 * h
                    || paragraph_under_heading((pl, prev_text), line, margin, typical)
            });
            if starts_item || (prev.is_some() && broken) {
                push(&mut out, &mut pending, Piece::Break);
            }
            push_line(&mut out, &mut pending, line, p);
            prev = Some((line, text));
        }
        // The last line of a page short of the edge ends its paragraph.
        let ended = prev.is_none_or(|(pl, text)| {
            pl.bbox.x1 < right - 2.0 * pl.bbox.height().max(1.0)
                || text.ends_with(['。', '！', '？', '；', ';'])
        });
        if let Some((pl, _)) = prev
            && pl.bbox.x1 < right - 2.0 * pl.bbox.height().max(1.0)
        {
            push(&mut out, &mut pending, Piece::Break);
        }
        // The notes at the foot of the page: in place when the text's sentence ended above
        // them, else after that sentence (it goes on at the top of the next page).
        let mut note = Vec::new();
        for &(line, text) in notes {
            if is_note_mark(text) {
                note.push(Piece::Break);
            }
            push_line(&mut note, &mut Vec::new(), line, p);
        }
        if !note.is_empty() {
            note.push(Piece::Break);
            if ended {
                out.append(&mut note);
            } else {
                pending.append(&mut note);
            }
        }
    }
    out.append(&mut pending);
    out
}

/// Pushes a piece, then the notes waiting for a sentence to end when this piece ends one.
fn push(out: &mut Vec<Piece>, pending: &mut Vec<Piece>, piece: Piece) {
    let ends = match &piece {
        Piece::Break => true,
        Piece::Char(c, _) => matches!(c, '。' | '！' | '？' | '；' | ';'),
    };
    out.push(piece);
    if ends && !pending.is_empty() {
        out.push(Piece::Break);
        out.append(pending);
    }
}

/// Pushes the characters of a line.
fn push_line(
    out: &mut Vec<Piece>,
    pending: &mut Vec<Piece>,
    line: &crate::layout::Line,
    p: &PageText,
) {
    for &i in &line.glyphs {
        let Some(g) = p.glyphs.get(i) else { continue };
        for c in g.text.chars().filter(|c| !c.is_whitespace()) {
            let spot = Spot {
                page: p.number,
                bbox: g.bbox,
            };
            push(out, pending, Piece::Char(normal(c), spot));
        }
    }
}

/// The left edge most of a page's lines start at: its text's margin (a stray line further
/// left, a table's remains, does not move it). 0 when the page has no lines.
fn margin_of(body: &[(&crate::layout::Line, &str)]) -> f64 {
    margin(body.iter().map(|(l, _)| l.bbox.x0))
}

/// The left edge most of `starts` (the left edges of a page's lines) are at, to the point; 0
/// when there are none.
fn margin(starts: impl IntoIterator<Item = f64>) -> f64 {
    let mut counts: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for x in starts {
        *counts.entry(x.round() as i64).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(x, n)| (n, -x))
        .map_or(0.0, |(x, _)| x as f64)
}

/// Whether two characters stand on one line of one page.
fn same_line(a: &Spot, b: &Spot) -> bool {
    a.page == b.page && (a.bbox.y0 - b.bbox.y0).abs() <= 0.5 * b.bbox.height()
}

/// Where each sentence opens a paragraph: its first character starts a line (not the line the
/// sentence before ends on) indented by more than a character from its page's margin.
pub fn paragraph_starts(sentences: &[Sentence]) -> Vec<bool> {
    let mut starts: std::collections::HashMap<u32, Vec<f64>> = std::collections::HashMap::new();
    let mut last: Option<&Spot> = None;
    for spot in sentences.iter().flat_map(|s| s.spots.iter()) {
        if last.is_none_or(|l| !same_line(l, spot)) {
            starts.entry(spot.page).or_default().push(spot.bbox.x0);
        }
        last = Some(spot);
    }
    let margins: std::collections::HashMap<u32, f64> = starts
        .into_iter()
        .map(|(page, xs)| (page, margin(xs)))
        .collect();
    let mut out = Vec::with_capacity(sentences.len());
    let mut before: Option<&Spot> = None;
    for s in sentences {
        let opens = s.spots.first().is_some_and(|f| {
            let em = f.bbox.height().max(f.bbox.width()).max(1.0);
            before.is_none_or(|l| !same_line(l, f))
                && margins.get(&f.page).is_some_and(|m| f.bbox.x0 > m + em)
        });
        out.push(opens);
        before = s.spots.last().or(before);
    }
    out
}

/// Whether `line` opens the paragraph under a heading on the line before (`（四）2024年全市社会
/// 保险基金预算收支总决算汇编情况` | `2024年全市社会保险基金预算总收入908.4亿元`): the heading
/// (a list item's line with no figure and no clause) starts indented from the margin by more
/// than a character and the line starts where it does, as a paragraph's first line; a heading
/// wrapped goes on at the margin (or further in, under a hanging marker). Read on, the heading
/// runs into its paragraph and the part it opens is not found.
fn paragraph_under_heading(
    (heading, text): (&crate::layout::Line, &str),
    line: &crate::layout::Line,
    margin: f64,
    typical: f64,
) -> bool {
    let em = typical.max(1.0);
    is_marker_start(text)
        && !text.contains(['，', ',', '元', '%'])
        && heading.bbox.x0 > margin + em
        && (line.bbox.x0 - heading.bbox.x0).abs() < 0.5 * em
}

/// The median height of a page's lines (its text's size); 0 when it has none.
fn typical_height(body: &[(&crate::layout::Line, &str)]) -> f64 {
    let mut heights: Vec<f64> = body.iter().map(|(l, _)| l.bbox.height()).collect();
    heights.sort_by(f64::total_cmp);
    heights.get(heights.len() / 2).copied().unwrap_or(0.0)
}

/// Whether a line is only a note's mark printed small on a line of its own between the text's
/// lines (`（2）` or `⑴` over or under the word it marks: 全市地方一般公共预算（1）收入…): read as a
/// line, it opens a list item and cuts the sentence it stands in (…，加上转移性收入 | （2） |
/// ，收入总量3,646,449万元). Left out of the text.
fn is_mark_line(line: &crate::layout::Line, text: &str, typical: f64) -> bool {
    let mark: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = mark
        .strip_prefix(['（', '('])
        .and_then(|m| m.strip_suffix(['）', ')']))
        .unwrap_or(&mark);
    let numbered = (1..=2).contains(&inner.chars().count())
        && inner.chars().all(|c| c.is_ascii_digit())
        && inner.len() < mark.len();
    let circled = mark.chars().count() == 1
        && mark
            .chars()
            .all(|c| ('⑴'..='⒇').contains(&c) || ('①'..='⑳').contains(&c));
    (numbered || circled) && line.bbox.height() < 0.7 * typical
}

/// Whether a line opens a note (`1调入资金包括…`, `①…`, `注：…`, `*…`): a mark of one or two
/// digits before a word (not a year, not a list item's `1.`).
fn is_note_mark(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let after = text.chars().nth(digits);
    (1..=2).contains(&digits) && after.is_some_and(|c| is_han(c) && c != '年' && c != '月')
        || text.starts_with(|c: char| ('①'..='⑳').contains(&c) || c == '*' || c == '※')
        || text.starts_with("注")
}

/// Where the notes at the foot of a page begin: the first of the lines after the last line
/// of the text's size, when they are printed smaller (under 85 % of the text's height),
/// below it, and open with a note's mark (`1调入资金包括…`) or stand a line's height apart
/// (the mark `2` alone on its line reads as a page number). `body.len()` when there are none.
fn footnotes_at(body: &[(&crate::layout::Line, &str)]) -> usize {
    let mut heights: Vec<f64> = body.iter().map(|(l, _)| l.bbox.height()).collect();
    heights.sort_by(f64::total_cmp);
    let Some(&typical) = heights.get(heights.len() / 2) else {
        return body.len();
    };
    let small = |l: &crate::layout::Line| l.bbox.height() < 0.85 * typical;
    let Some(last_text) = body.iter().rposition(|(l, _)| !small(l)) else {
        return body.len();
    };
    let at = last_text + 1;
    match (body.get(last_text), body.get(at)) {
        (Some((above, _)), Some((first, text)))
            if first.bbox.y0 > above.bbox.y1
                && (is_note_mark(text) || first.bbox.y0 - above.bbox.y1 > typical) =>
        {
            at
        }
        _ => body.len(),
    }
}

/// The sentences of the pages' running text.
pub fn sentences(pages: &[PageText], tables: &[AnalysedTable]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        text: String::new(),
        spots: Vec::new(),
    };
    let mut flush = |cur: &mut Sentence| {
        if !cur.text.is_empty() {
            out.push(std::mem::replace(
                cur,
                Sentence {
                    text: String::new(),
                    spots: Vec::new(),
                },
            ));
        }
    };
    for piece in pieces(pages, tables) {
        match piece {
            Piece::Break => flush(&mut cur),
            Piece::Char(c, spot) => {
                cur.text.push(c);
                cur.spots.push(spot);
                if matches!(c, '。' | '！' | '？' | '；' | ';') {
                    flush(&mut cur);
                }
            }
        }
    }
    flush(&mut cur);
    out
}

/// The part of a report a sentence stands in, as its heading names it: `一、2025年预算执行情况`
/// (what was executed, of 2025), `二、2026年预算草案` (the budget). A report of the previous
/// year's execution and of the coming budget states both without dating each figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The year the heading prints, if any.
    pub year: Option<u32>,
    /// Whether the part gives an account of execution (执行情况) rather than a budget (草案).
    pub executed: bool,
    /// A look back over several years (二、“十四五”时期财政改革发展成效, 过去五年…): its
    /// undated figures are no year's.
    pub several_years: bool,
    /// An account of a budget's adjustment (（六）2024年市本级预算调整情况): its changes are
    /// against the 年初预算.
    pub adjustment: bool,
}

/// Whether a text names a span of several years (五年来, 过去五年, “十四五”时期, 近年来,
/// 市十五届人大一次会议以来的五年).
pub fn names_several_years(text: &str) -> bool {
    static SPAN: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"[两三四五六七八九十多近]年(来|间|以来|累计|共计)|过去[两三四五六七八九十]年|以来的[两三四五六七八九十]年|十[二三四五]五[”"]?(时期|期间|以来)"#,
        )
        .ok()
    });
    SPAN.as_ref().is_some_and(|re| re.is_match(text))
}

/// Whether a subject opens with a count of years (五年科学技术支出, 三年累计…): a total over
/// them, no one year's.
pub fn counts_years(subject: &str) -> bool {
    let mut cs = subject.chars();
    cs.next().is_some_and(|c| "两三四五六七八九十".contains(c))
        && cs.next() == Some('年')
        && !cs.next().is_some_and(|c| "度底末初中内".contains(c))
}

/// The part a heading opens: `一、`/`（一）` headings that name a stage (执行, 决算 / 草案,
/// 安排, 预算目标) or a year. `None` for any other heading (which ends the part of its level)
/// and for a title naming both (`…执行情况和2026年预算草案`).
fn part_of(heading: &str) -> Option<Part> {
    let year = printed_years(heading).next();
    let executed = heading.contains("执行") || heading.contains("决算");
    // (（六）全市与市本级政府债务举借、安排使用和偿还情况: an account of the debt, no budget)
    let budget = ["草案", "安排", "预算目标"]
        .iter()
        .any(|w| heading.replace("安排使用", "").contains(w));
    // 二、“十四五”期间财政工作回顾 (not 一、2025年预算执行情况及过去五年工作回顾, the year's).
    if !executed && !budget && year.is_none() && names_several_years(heading) {
        return Some(Part {
            year: None,
            executed: false,
            several_years: true,
            adjustment: false,
        });
    }
    let adjustment = !executed && heading.contains("调整");
    match (executed, budget) {
        (true, true) => None,
        // 一、市级一般公共预算收支决算情况: a final account's own year, nothing to tell.
        (true, false) if year.is_none() && !heading.contains("执行") => None,
        (true, false) => Some(Part {
            year,
            executed: true,
            several_years: false,
            adjustment,
        }),
        (false, true) => Some(Part {
            year,
            executed: false,
            several_years: false,
            adjustment,
        }),
        // A dated heading of no stage (二、2025年财政重点工作): its year tells.
        (false, false) => year.map(|y| Part {
            year: Some(y),
            executed: false,
            several_years: false,
            adjustment,
        }),
    }
}

/// The years a text prints (`2025年`, `2025 年` with the space removed), in order.
pub fn printed_years(text: &str) -> impl Iterator<Item = u32> + '_ {
    text.char_indices().filter_map(|(i, _)| {
        let y = text.get(i..i + 4)?;
        if !(y.starts_with("20") && text.get(i + 4..)?.starts_with('年')) {
            return None;
        }
        y.parse().ok()
    })
}

/// The part each sentence stands in: the nearest heading of level `一、` or `（一）` before it
/// that names one (a `（一）` heading that names none keeps the `一、` part it stands in).
/// A heading is a sentence opening with the marker, short and with no figure.
pub fn parts(sentences: &[Sentence]) -> Vec<Option<Part>> {
    let mut outer: Option<Part> = None;
    let mut inner: Option<Part> = None;
    sentences
        .iter()
        .map(|s| {
            let text = s.text.trim_end_matches(['。', '：', ':']);
            let level = heading_level(text);
            if let Some((level, heading)) = level.zip(heading_text(text)) {
                let part = part_of(heading);
                if level == 1 {
                    outer = part;
                    inner = None;
                } else if part.is_none() && outer.is_none() && heading.contains("债务") {
                    // （五）地方政府债务情况 after （四）…预算执行情况, under no `一、` heading: the
                    // account of execution goes on with the debt.
                    inner = inner.filter(|p| p.executed);
                } else {
                    // （一）一般公共预算草案 under 二、2026年预算草案: of 2026.
                    inner = part.map(|p| Part {
                        year: p.year.or(outer
                            .filter(|o| o.executed == p.executed)
                            .and_then(|o| o.year)),
                        ..p
                    });
                }
            }
            inner.or(outer)
        })
        .collect()
}

/// The heading a sentence opening with a marker is: all of it, when it is short, states no
/// figure and has no clause (`（一）因公出国（境）费为0，与2025年预算持平。` is a sentence); a
/// heading run into its paragraph is not read.
fn heading_text(text: &str) -> Option<&str> {
    let short = text.chars().count() <= 40;
    let figure = ["元", "%", "，", ","].iter().any(|w| text.contains(w));
    // 九、三十): the tail of a list of numbers (详见附表二十|九、三十) cut at a line start.
    let named = text
        .chars()
        .filter(|c| is_han(*c) && !"一二三四五六七八九十".contains(*c))
        .count()
        >= 2;
    (short && !figure && named).then_some(text)
}

/// Whether a sentence is a heading that opens a part (`一、…`, `（三）落实市人大决议与主要财政工作
/// 情况`): a marker of level `一、` or `（一）`, short, with no figure.
pub fn is_part_heading(text: &str) -> bool {
    let text = text.trim_end_matches(['。', '：', ':']);
    heading_level(text).is_some() && heading_text(text).is_some()
}

/// 1 for a `一、` heading, 2 for `（一）`; `None` for any other text.
fn heading_level(text: &str) -> Option<u8> {
    const NUMERALS: &str = "一二三四五六七八九十";
    let open = text.strip_prefix(['（', '(']);
    let rest = open.unwrap_or(text);
    let after = rest.trim_start_matches(|c| NUMERALS.contains(c));
    if after.len() == rest.len() {
        return None;
    }
    match open {
        Some(_) if after.starts_with(['）', ')']) => Some(2),
        None if after.starts_with('、') => Some(1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        for yes in [
            "一、收入",
            "十二、其他",
            "（一）总体",
            "1、一般",
            "2.政府",
            "①宗教",
            "(3)其他",
        ] {
            assert!(is_marker_start(yes), "{yes}");
        }
        for no in [
            "一般公共",
            "2024年",
            "1.5万元",
            "12.34",
            "十分",
            // 成都 2022 budget report p3 (pdftotext): a figure opening a wrapped line.
            "1191.7亿元，实际完成777.3亿元，",
            // s102 tuning sample: a name's bracket wrapped to the line start.
            "（资产）有偿使用收入21.1亿元",
            "（境）经费31.16万元",
            "（项）支出",
        ] {
            assert!(!is_marker_start(no), "{no}");
        }
    }

    #[test]
    fn report_parts() {
        let s = |t: &str| Sentence {
            text: t.to_string(),
            spots: Vec::new(),
        };
        let text = [
            "关于2025年预算执行情况和2026年预算草案的报告",
            "一、2025年预算执行情况",
            "（一）一般公共预算执行情况。",
            "全市一般公共预算收入300亿元。",
            "（二）市级预算执行情况",
            "二、2026年预算草案",
            "（一）一般公共预算草案。",
            "（二）因公出国（境）费为0，与2025年预算持平。",
            "三、“十四五”回顾",
            "一、市级一般公共预算收支决算情况",
            "一、全市一般公共预算收入完成300亿元，增长5%。",
        ];
        let sentences: Vec<Sentence> = text.iter().map(|t| s(t)).collect();
        let got: Vec<Option<(Option<u32>, bool)>> = parts(&sentences)
            .into_iter()
            .map(|p| p.map(|p| (p.year, p.executed)))
            .collect();
        let done = Some((Some(2025), true));
        let budget = Some((Some(2026), false));
        assert_eq!(
            got,
            [
                None, done, done, done, done, budget, budget, budget, None, None, None
            ]
        );
    }

    /// A line of `t` from `x` at height `y`, each glyph `h` wide and high.
    fn sized_line(t: &str, x: f64, y: f64, h: f64) -> Vec<crate::pdf::Glyph> {
        t.chars()
            .enumerate()
            .map(|(i, c)| {
                let mut g = crate::pdf::Glyph::at(&c.to_string(), x + i as f64 * h, y, h);
                g.bbox.y1 = y + h;
                g.size = h;
                g
            })
            .collect()
    }

    /// Page `number` of the glyphs of `lines`.
    fn page(number: u32, lines: Vec<Vec<crate::pdf::Glyph>>) -> PageText {
        PageText {
            number,
            text: String::new(),
            glyphs: lines.concat(),
        }
    }

    #[test]
    fn notes_at_a_pages_foot_wait_for_the_sentence_going_on() {
        // 广州 2023 final report p1-2 (pdftotext -layout): `…安排预算稳定调` ends page 1 above
        // two notes printed smaller (`1 调入资金包括…`); `节基金130.6亿元…` opens page 2.
        let line = |t: &str, y: f64, h: f64| sized_line(t, 50.0, y, h);
        let pages = [
            page(
                1,
                vec![
                    line("加上补助区级支出842.3亿元，", 100.0, 10.0),
                    line("上解省级支出101.3亿元，安排", 114.0, 10.0),
                    line("区域间支出3.5亿元，预算稳定调", 128.0, 10.0),
                    line("1调入资金包括从政府性基金预算调", 170.0, 7.0),
                    line("入162亿元。", 179.0, 7.0),
                ],
            ),
            page(
                2,
                vec![line("节基金130.6亿元后，总支出2281.5亿元。", 100.0, 10.0)],
            ),
        ];
        let got: Vec<String> = sentences(&pages, &[]).into_iter().map(|s| s.text).collect();
        assert_eq!(
            got,
            [
                "加上补助区级支出842.3亿元，上解省级支出101.3亿元，安排区域间支出3.5亿元，\
                 预算稳定调节基金130.6亿元后，总支出2281.5亿元。",
                "1调入资金包括从政府性基金预算调入162亿元。",
            ]
        );
        for yes in ["1调入资金包括", "①宗教", "注：本表", "*不含"] {
            assert!(is_note_mark(yes), "{yes}");
        }
        for no in ["2024年", "1.5万元", "18", "12月", "一、"] {
            assert!(!is_note_mark(no), "{no}");
        }
    }

    #[test]
    fn a_running_header_does_not_cut_a_sentence() {
        // 无锡市发展和改革委员会 2025 budget p34-35 (pdftotext -layout): every page opens with
        // the header `无锡市发展和改革委员会2025年度部门预算公开`; p34 ends `…财政拨款基本支出预算`
        // and p35 goes on `6,389.83万元，其中：`.
        let line = |t: &str, y: f64| -> Vec<crate::pdf::Glyph> {
            t.chars()
                .enumerate()
                .map(|(i, c)| {
                    crate::pdf::Glyph::at(&c.to_string(), 50.0 + i as f64 * 10.0, y, 10.0)
                })
                .collect()
        };
        let header = "发展和改革委员会部门预算公开";
        let page = |number: u32, text: &[&str]| PageText {
            number,
            text: String::new(),
            glyphs: std::iter::once(header)
                .chain(text.iter().copied())
                .enumerate()
                .flat_map(|(k, t)| line(t, 50.0 + k as f64 * 14.0))
                .collect(),
        };
        let pages = [
            page(1, &["六、财政拨款基本支出预算情况说明。"]),
            page(2, &["本委员会2025年度财政拨款基本支出预算"]),
            page(3, &["6,389.83万元，其中：人员经费6,040.86万元。"]),
        ];
        let got: Vec<String> = sentences(&pages, &[]).into_iter().map(|s| s.text).collect();
        assert_eq!(
            got,
            [
                "六、财政拨款基本支出预算情况说明。",
                "本委员会2025年度财政拨款基本支出预算6,389.83万元，其中：人员经费6,040.86万元。",
            ]
        );
    }

    #[test]
    fn page_numbers() {
        for yes in [
            "-18-",
            "18",
            "第18页",
            "—3—",
            "18/25",
            "─ 57 ─",
            "─9─",
            "３５",
            "－３５－",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["2024年", "18万元", "一、"] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn a_raised_note_mark_is_no_digit_of_the_figure() {
        // 自贡 2025 budget p3 (glyphs: the 9 at 10.3 pt, its foot 6 pt above the 15.95 pt
        // text's; the page renders ⁹7,376,193, and 2,128,466 + 5,247,727 = 7,376,193).
        let glyph = |t: &str, x: f64, size: f64, foot: f64| {
            let mut g = crate::pdf::Glyph::at(t, x, foot - size, size);
            g.bbox.y1 = foot;
            g.size = size;
            g
        };
        let mut glyphs = vec![
            glyph("额", 40.0, 16.0, 122.0),
            glyph("9", 56.5, 10.3, 116.0),
        ];
        for (i, c) in "7,376,193万元。".chars().enumerate() {
            glyphs.push(glyph(&c.to_string(), 62.0 + 8.0 * i as f64, 16.0, 122.0));
        }
        let page = PageText {
            number: 3,
            text: String::new(),
            glyphs,
        };
        let got: Vec<String> = sentences(&[page], &[])
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(got, ["额7,376,193万元。"]);
        // (a digit of the text's size is the figure's)
        let page = PageText {
            number: 3,
            text: String::new(),
            glyphs: ["额", "9", "7", "万"]
                .iter()
                .enumerate()
                .map(|(i, t)| glyph(t, 40.0 + 16.0 * i as f64, 16.0, 122.0))
                .collect(),
        };
        let got: Vec<String> = sentences(&[page], &[])
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(got, ["额97万"]);
    }

    #[test]
    fn a_small_notes_mark_on_its_own_line_is_no_line_of_the_text() {
        // 自贡 2023 决算 p1: `（2）` (8 pt) on a line of its own between lines of 16 pt text.
        let line = |h: f64| crate::layout::Line {
            glyphs: Vec::new(),
            bbox: crate::pdf::Rect {
                x0: 100.0,
                y0: 0.0,
                x1: 120.0,
                y1: h,
            },
        };
        for mark in ["（2）", "(10)", "⑴", " ⑵ "] {
            assert!(is_mark_line(&line(8.0), mark, 16.0), "{mark}");
        }
        // (the same mark printed at the text's size opens a list item; a bare digit may be a
        // page number, a heading opens with its mark)
        assert!(!is_mark_line(&line(16.0), "（2）", 16.0));
        for no in ["2", "（二）", "（2）收入", "—1—"] {
            assert!(!is_mark_line(&line(8.0), no, 16.0), "{no}");
        }
    }

    #[test]
    fn a_heading_does_not_run_into_the_paragraph_under_it() {
        // 杭州 2025 budget report p3 (pdftotext -bbox): the heading 一、2024 年落实…主要工作
        // starts at x 41.8, as the paragraph's first line under it (2024 年,面对…, x 41.4); the
        // text's lines start at x 10.3. Read on, the heading's year reaches no figure of its part.
        let line = |t: &str, x: f64, y: f64| -> Vec<crate::pdf::Glyph> {
            t.chars()
                .enumerate()
                .map(|(i, c)| crate::pdf::Glyph::at(&c.to_string(), x + i as f64 * 16.0, y, 16.0))
                .collect()
        };
        let page = |lines: Vec<Vec<crate::pdf::Glyph>>| PageText {
            number: 3,
            text: String::new(),
            glyphs: lines.concat(),
        };
        let pages = [page(vec![
            line("协委员和其他列席人员提出意见。", 10.0, 100.0),
            line(
                "一、2024年落实市人大预算决议及市本级财政主要工作",
                42.0,
                124.0,
            ),
            line(
                "2024年,面对外部压力加大、内部困难增多的复杂严峻形势,",
                41.5,
                148.0,
            ),
            line(
                "我市各级财政部门按照市十四届人大四次会议的有关决议和财经委员会",
                10.0,
                172.0,
            ),
            line(
                "的审查意见,深入实施积极财政政策,全市新增政府专项债券资金",
                10.0,
                196.0,
            ),
            line("511.1亿元。", 10.0, 220.0),
        ])];
        let got = sentences(&pages, &[]);
        let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts[1], "一、2024年落实市人大预算决议及市本级财政主要工作");
        assert!(texts[2].starts_with("2024年,面对"), "{texts:?}");
        let year = parts(&got).last().copied().flatten().and_then(|p| p.year);
        assert_eq!(year, Some(2024));
        // A heading at the margin wrapped before its figure goes on (…累计完成 | 1323.78亿元).
        let pages = [page(vec![
            line(
                "（二）2024年政府性基金预算收支执行情况累计完成",
                10.0,
                100.0,
            ),
            line("1323.78亿元。", 10.0, 124.0),
            line(
                "全市政府性基金预算收入增长较快，全市各级财政部门加强征管",
                10.0,
                148.0,
            ),
        ])];
        let texts: Vec<String> = sentences(&pages, &[]).into_iter().map(|s| s.text).collect();
        assert_eq!(
            texts[0],
            "（二）2024年政府性基金预算收支执行情况累计完成1323.78亿元。"
        );
    }

    #[test]
    fn a_page_number_on_the_last_line_stays_out_of_the_sentence() {
        // 杭州 2021 预算 p9-10 (pdftotext -bbox): p9's last line `新增政府债` shares its line with
        // the page number `— 7 —` far to the right; p10 goes on `券324.1亿元,…`.
        let glyphs = |t: &str, x: f64, y: f64| sized_line(t, x, y, 10.0);
        let pages = [
            page(
                1,
                vec![
                    glyphs("抢抓重大政策窗口期,全年争取", 50.0, 100.0),
                    glyphs("新增政府债", 50.0, 114.0),
                    glyphs("—7—", 180.0, 114.0),
                ],
            ),
            page(
                2,
                vec![glyphs("券324.1亿元,比上年增加60.6亿元。", 50.0, 100.0)],
            ),
        ];
        let got: Vec<String> = sentences(&pages, &[]).into_iter().map(|s| s.text).collect();
        assert_eq!(
            got,
            ["抢抓重大政策窗口期,全年争取新增政府债券324.1亿元,比上年增加60.6亿元。"]
        );
    }
}
