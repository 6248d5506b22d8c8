//! Borderless tables (stream): rows from text lines, columns from the whitespace that runs
//! through many consecutive lines. Word and WPS exports that rule nothing, or only the header,
//! and government tables typeset as text.

use crate::layout::{Line, is_figure, is_wide_char, words};
use crate::pdf::{FilledRect, Glyph, PageContent, Rect};

use super::lattice::{Grid, GridCell};
use super::{Cell, Method, Settings, Table};

/// A run of words on one line with no wide gap inside: one cell's text on that line.
#[derive(Debug, Clone)]
struct Segment {
    x0: f64,
    x1: f64,
    /// Extents of its words: a column boundary never cuts a word.
    words: Vec<(f64, f64)>,
    text: String,
}

/// Segments of a line: words join when the gap between them is below half an em between
/// Latin words (a word space is a quarter to a third of an em) or a full em next to CJK text
/// (which has no word spaces, so any visible gap is deliberate).
fn segments(glyphs: &[Glyph], line: &Line, em: f64, s: &Settings) -> Vec<Segment> {
    let mut out: Vec<(Segment, bool)> = Vec::new();
    for w in words(glyphs, line, &s.layout) {
        let members: Vec<&Glyph> = w.iter().filter_map(|&i| glyphs.get(i)).collect();
        let Some(b) = members.iter().map(|g| g.bbox).reduce(|a, b| a.union(&b)) else {
            continue;
        };
        let wide = |g: Option<&&Glyph>| {
            g.and_then(|g| g.text.chars().next())
                .is_some_and(is_wide_char)
        };
        let (starts_wide, ends_wide) = (wide(members.first()), wide(members.last()));
        let text: String = members.iter().map(|g| g.text.as_str()).collect();
        match out.last_mut() {
            Some((seg, prev_wide))
                if b.x0 - seg.x1
                    < if *prev_wide || starts_wide {
                        s.stream.segment_gap_wide * em
                    } else {
                        s.stream.segment_gap_narrow * em
                    } =>
            {
                seg.x1 = seg.x1.max(b.x1);
                seg.words.push((b.x0, b.x1));
                seg.text.push_str(&text);
                *prev_wide = ends_wide;
            }
            _ => out.push((
                Segment {
                    x0: b.x0,
                    x1: b.x1,
                    words: vec![(b.x0, b.x1)],
                    text,
                },
                ends_wide,
            )),
        }
    }
    out.into_iter().map(|(s, _)| s).collect()
}

/// Guards, not tolerances: the size of a line without sized glyphs and the smallest size a
/// gap is measured in; the widest block (points) whose coverage is counted point by point.
const NO_SIZE: f64 = 10.0;
const MIN_SIZE: f64 = 1.0;
const MAX_WIDTH: usize = 20_000;

/// Typical text size of a line.
fn line_size(glyphs: &[Glyph], line: &Line) -> f64 {
    let mut sizes: Vec<f64> = line
        .glyphs
        .iter()
        .filter_map(|&i| glyphs.get(i))
        .map(|g| g.size)
        .collect();
    sizes.sort_by(f64::total_cmp);
    sizes
        .get(sizes.len() / 2)
        .copied()
        .unwrap_or(NO_SIZE)
        .max(MIN_SIZE)
}

/// A candidate column boundary: where it is placed, and the gap (an x range few rows cover)
/// within which it may move.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Candidate {
    x: f64,
    gap: (f64, f64),
}

/// Column separators of a block of lines: the middles of x ranges that at most a fifth of
/// the rows cover (a subtotal label or a long name may cross a column gap; a paragraph line
/// crosses them all), between the block's left and right edges.
fn separators(rows: &[Vec<Segment>], s: &Settings) -> Vec<Candidate> {
    let all: Vec<&Segment> = rows.iter().flatten().collect();
    let (Some(left), Some(right)) = (
        all.iter().map(|s| s.x0).reduce(f64::min),
        all.iter().map(|s| s.x1).reduce(f64::max),
    ) else {
        return Vec::new();
    };
    let width = (right - left).ceil().max(0.0) as usize;
    if width == 0 || width > MAX_WIDTH {
        return Vec::new();
    }
    // Rows covering each point, at one-point steps.
    let mut cover = vec![0usize; width + 1];
    for row in rows {
        let mut hit = vec![false; width + 1];
        for s in row {
            let a = ((s.x0 - left).floor().max(0.0)) as usize;
            let b = ((s.x1 - left).ceil().max(0.0)) as usize;
            for h in hit.iter_mut().take(b.min(width) + 1).skip(a) {
                *h = true;
            }
        }
        for (c, h) in cover.iter_mut().zip(hit) {
            *c += usize::from(h);
        }
    }
    let open = |c: usize| s.stream.gap_max_cover.at_most(c, rows.len());
    let mut seps = Vec::new();
    let mut x = 0;
    while x < cover.len() {
        if cover.get(x).is_none_or(|&c| !open(c)) {
            x += 1;
            continue;
        }
        let a = x;
        while cover.get(x).is_some_and(|&c| open(c)) {
            x += 1;
        }
        // A gap strictly inside the block, at least 2 points wide; the separator goes in the
        // middle of its least covered stretch, so a long name crossing part of it stays whole.
        if a > 0 && x < cover.len() && (x - a) as f64 >= s.stream.gap_min_width {
            let run = cover.get(a..x).unwrap_or_default();
            let least = run.iter().copied().min().unwrap_or(0);
            let (mut best, mut k) = ((0, 0), 0);
            while k < run.len() {
                if run.get(k) == Some(&least) {
                    let s0 = k;
                    while run.get(k) == Some(&least) {
                        k += 1;
                    }
                    if k - s0 > best.1 - best.0 {
                        best = (s0, k);
                    }
                } else {
                    k += 1;
                }
            }
            seps.push(Candidate {
                x: left + (a as f64) + (best.0 + best.1) as f64 / 2.0,
                gap: (left + a as f64, left + x as f64),
            });
        }
    }
    seps
}

/// Finds borderless tables among `lines` (those not inside a ruled table): runs of at least
/// three consecutive lines split into two or more segments, whose segments line up into the
/// same columns. Returns grids like the lattice finder's.
pub fn stream_grids(glyphs: &[Glyph], lines: &[&Line], s: &Settings) -> Vec<Grid> {
    let mut blocks = Vec::new();
    let segs: Vec<Vec<Segment>> = lines
        .iter()
        .map(|l| segments(glyphs, l, line_size(glyphs, l), s))
        .collect();
    let st = &s.stream;
    // Lines before this one belong to a block already.
    let mut floor = 0;
    let mut i = 0;
    while i < lines.len() {
        if segs.get(i).is_none_or(|s| s.len() < 2) {
            i += 1;
            continue;
        }
        // The upper lines of a header cell of two lines, beside the block's first line.
        let mut top = i;
        while top > floor {
            let (Some(a), Some(b)) = (lines.get(top - 1), lines.get(top)) else {
                break;
            };
            if b.bbox.y0 - a.bbox.y1 >= st.header_join_gap * line_size(glyphs, a) {
                break;
            }
            top -= 1;
        }
        // Extend the block while lines stay multi-segment (single-segment lines inside, such
        // as a wrapped name, are allowed when the block continues after them) and close.
        let mut j = i;
        while j + 1 < lines.len() {
            let (Some(a), Some(b)) = (lines.get(j), lines.get(j + 1)) else {
                break;
            };
            // A gap much wider than the block's own line spacing, or than a few lines, ends it.
            let size = line_size(glyphs, a);
            let gap = b.bbox.y0 - a.bbox.y1;
            // Lines that overlap (the lines of a header cell printed beside a cell of one
            // line) are one row, not a measure of the spacing between rows.
            let mut gaps: Vec<f64> = (i..j)
                .filter_map(|k| Some(lines.get(k + 1)?.bbox.y0 - lines.get(k)?.bbox.y1))
                .filter(|g| *g >= 0.0)
                .collect();
            gaps.sort_by(f64::total_cmp);
            let usual = gaps.get(gaps.len() / 2).copied();
            if gap > st.block_max_gap * size
                || usual.is_some_and(|u| {
                    gap > st.block_gap_ratio * u.max(st.block_min_usual_gap * size)
                })
            {
                break;
            }
            let next_multi = segs.get(j + 1).is_some_and(|s| s.len() >= 2);
            let after_multi = segs.get(j + 2).is_some_and(|s| s.len() >= 2);
            if next_multi || after_multi && j + 2 < lines.len() {
                j += 1;
            } else {
                break;
            }
        }
        let block = top..=j;
        let rows: Vec<Vec<Segment>> = segs.get(block.clone()).unwrap_or_default().to_vec();
        let multi_rows: Vec<Vec<Segment>> = rows.iter().filter(|r| r.len() >= 2).cloned().collect();
        let multi = multi_rows.len();
        // Single-segment lines (wrapped names, subtotal labels) may cross a column: they do not
        // vote on the columns.
        let candidates = header_columns(separators(&multi_rows, s), &rows);
        // Lines of one or two pieces at the edges of the block that cross a column (a caption
        // such as 部门名称：… 单位：万元 just above the header) are not rows. A column here is
        // a candidate the block's other lines of two or more pieces hold where it lies (a
        // sliver between figures of different widths is none), and one that moves clear of
        // the line's words (a header word set in the gap, 比上年增长) is not crossed.
        let crosses = |k: usize| {
            let Some(line) = segs.get(k).filter(|r| r.len() <= st.caption_max_segments) else {
                return false;
            };
            let mut rows: Vec<Vec<Segment>> = (top..=j)
                .filter(|&m| m != k)
                .filter_map(|m| segs.get(m))
                .filter(|r| r.len() >= 2)
                .cloned()
                .collect();
            let crossed = |x: f64| line.iter().any(|seg| seg.x0 < x && seg.x1 > x);
            let held: Vec<Candidate> = candidates
                .iter()
                .filter(|c| crossed(c.x) && confirmed(vec![**c], &rows, s) == [c.x])
                .copied()
                .collect();
            rows.push(line.clone());
            held.iter()
                .any(|&c| match confirmed(vec![c], &rows, s).as_slice() {
                    [x] => crossed(*x),
                    _ => true,
                })
        };
        let (mut lo, mut hi) = (top, j);
        while lo < hi && crosses(lo) {
            lo += 1;
        }
        while hi > lo && crosses(hi) {
            hi -= 1;
        }
        let seps = confirmed(candidates, segs.get(lo..=hi).unwrap_or_default(), s);
        if multi >= st.min_rows && !seps.is_empty() && hi > lo {
            blocks.push(Block { lo, hi, seps });
        }
        i = j + 1;
        floor = i;
    }
    join_sections(blocks, glyphs, lines, &segs, s)
        .iter()
        .filter_map(|b| grid(lines.get(b.lo..=b.hi).unwrap_or_default(), &b.seps))
        .collect()
}

/// A block of lines found to be a borderless table: lines `lo..=hi` of the free lines, and
/// its column boundaries.
#[derive(Debug, Clone)]
struct Block {
    lo: usize,
    hi: usize,
    seps: Vec<f64>,
}

/// Consecutive blocks that are sections of one table, joined: statistical tables set a
/// section heading (Actual / Projected, Sex, Race/Ethnicity) or a wrapped row label on lines
/// of one segment in the first column, and a blank line before it, which end a block. Two
/// blocks are one table when only such lines lie between them (at most
/// `section_max_lines`, each starting left of the first column boundary, so a centred title
/// of the next table is not one), no gap between those lines is wider than `block_max_gap`
/// line sizes, and the lines of both, taken together, keep every column of each.
fn join_sections(
    blocks: Vec<Block>,
    glyphs: &[Glyph],
    lines: &[&Line],
    segs: &[Vec<Segment>],
    s: &Settings,
) -> Vec<Block> {
    let st = &s.stream;
    let mut out: Vec<Block> = Vec::new();
    for b in blocks {
        let joined = out.last().and_then(|a| {
            let between = a.hi + 1..b.lo;
            let first = a.seps.first().copied()?.min(b.seps.first().copied()?);
            let headings = between.len() <= st.section_max_lines
                && segs
                    .get(between.clone())?
                    .iter()
                    .all(|r| matches!(r.as_slice(), [one] if one.x0 < first));
            let close = (a.hi..b.lo).all(|k| {
                let (Some(x), Some(y)) = (lines.get(k), lines.get(k + 1)) else {
                    return false;
                };
                y.bbox.y0 - x.bbox.y1 <= st.block_max_gap * line_size(glyphs, x)
            });
            if !(headings && close) {
                return None;
            }
            let rows = segs.get(a.lo..=b.hi)?;
            let multi: Vec<Vec<Segment>> = rows.iter().filter(|r| r.len() >= 2).cloned().collect();
            let seps = confirmed(header_columns(separators(&multi, s), rows), rows, s);
            (seps.len() >= a.seps.len().max(b.seps.len())).then_some(Block {
                lo: a.lo,
                hi: b.hi,
                seps,
            })
        });
        match joined {
            Some(j) => {
                out.pop();
                out.push(j);
            }
            None => out.push(b),
        }
    }
    out
}

/// Boundaries `seps` of the lines `rows` without those that set a header apart from its
/// column. A column in which only the header lines (those above the first line with a
/// figure) start a segment is no column: its text heads the neighbour that starts segments
/// below the header but none in it (2023年预算数 centred over figures as short as 3,000 and
/// 80, 江苏 2022 表三十三 p67), else, one character, it is the end of a letter-spaced word
/// (项    目 over a block of names too short to fill the gap between 项 and 目, p64).
fn header_columns(mut seps: Vec<Candidate>, rows: &[Vec<Segment>]) -> Vec<Candidate> {
    let Some(body) = rows
        .iter()
        .position(|r| r.iter().any(|s| is_figure(&s.text)))
    else {
        return seps;
    };
    let (head, below) = rows.split_at(body);
    loop {
        let column = |x: f64, seps: &[Candidate]| seps.iter().filter(|b| b.x <= x).count();
        let n = seps.len() + 1;
        let starts = |lines: &[Vec<Segment>], seps: &[Candidate]| {
            let mut v = vec![false; n];
            for s in lines.iter().flatten() {
                if let Some(c) = v.get_mut(column(s.x0, seps)) {
                    *c = true;
                }
            }
            v
        };
        let (h, b) = (starts(head, &seps), starts(below, &seps));
        let only = |c: usize, a: &[bool], z: &[bool]| {
            a.get(c).copied().unwrap_or(false) && !z.get(c).copied().unwrap_or(true)
        };
        let fragment = |c: usize| {
            let mut texts = head
                .iter()
                .flatten()
                .filter(|s| column(s.x0, &seps) == c)
                .map(|s| s.text.trim());
            texts.all(|t| {
                let mut cs = t.chars();
                cs.next().is_some_and(is_wide_char) && cs.next().is_none()
            })
        };
        let drop = (0..n).filter(|&c| only(c, &h, &b)).find_map(|c| {
            if only(c + 1, &b, &h) {
                Some(c)
            } else if c > 0 && (only(c - 1, &b, &h) || fragment(c)) {
                Some(c - 1)
            } else {
                None
            }
        });
        match drop {
            Some(k) if k < seps.len() => {
                seps.remove(k);
            }
            _ => return seps,
        }
    }
}

/// Candidate boundaries that hold for `rows`: crossed by at most a third of them and cutting
/// no word. One that cuts a word where it was placed moves to the middle of the stretch of
/// its gap free of words nearest to it, at most `boundary_max_move` away.
fn confirmed(candidates: Vec<Candidate>, rows: &[Vec<Segment>], s: &Settings) -> Vec<f64> {
    let words: Vec<(f64, f64)> = rows
        .iter()
        .flatten()
        .flat_map(|s| &s.words)
        .copied()
        .collect();
    let cuts_word = |x: f64| words.iter().any(|&(a, b)| a < x && x < b);
    let holds = |x: f64| {
        let crossing = rows
            .iter()
            .filter(|r| r.iter().any(|s| s.x0 < x && s.x1 > x))
            .count();
        s.stream.boundary_max_crossing.at_most(crossing, rows.len()) && !cuts_word(x)
    };
    candidates
        .into_iter()
        .filter_map(|c| {
            if !cuts_word(c.x) {
                return holds(c.x).then_some(c.x);
            }
            free_stretches(c.gap, &words)
                .into_iter()
                .map(|(a, b)| (a + b) / 2.0)
                .min_by(|a, b| (a - c.x).abs().total_cmp(&(b - c.x).abs()))
                .filter(|&x| (x - c.x).abs() <= s.stream.boundary_max_move && holds(x))
        })
        .collect()
}

/// The stretches of `gap` that no word covers, left to right.
fn free_stretches(gap: (f64, f64), words: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut inside: Vec<(f64, f64)> = words
        .iter()
        .filter(|&&(a, b)| a < gap.1 && b > gap.0)
        .copied()
        .collect();
    inside.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::new();
    let mut x = gap.0;
    for (a, b) in inside {
        if a > x {
            out.push((x, a));
        }
        x = x.max(b);
    }
    if x < gap.1 {
        out.push((x, gap.1));
    }
    out
}

/// Signs printed alone in a cell of a table, not stray marks: a unit in a header cell, `(%)`,
/// `($)`; a reference mark standing for a value not applicable or not shown, `†`, `‡`.
const CELL_SIGNS: &str = "%‰$€£¥￥†‡§¶";

/// Whether a table is kept: a ruled one always; a borderless one when it looks like a table
/// of figures and does not lie over a chart.
pub fn plausible(t: &Table, page: &PageContent, s: &Settings) -> bool {
    t.method == Method::Lattice || (plausible_stream(t, s) && !over_graphics(page, &t.bbox, s))
}

/// A borderless table must look like one: a column that is mostly figures and three figures
/// at least (numbered lists and justified paragraphs line up too, but carry none), most
/// positions filled, no dot leaders (a contents page is not a table of amounts), and no
/// cell of stray marks (chart labels and axes scatter such pieces).
fn plausible_stream(t: &Table, s: &Settings) -> bool {
    let st = &s.stream;
    let filled = t.cells.iter().filter(|c| !c.text.is_empty()).count();
    let leaders = t
        .cells
        .iter()
        .filter(|c| c.text.contains("……") || c.text.contains("....") || c.text.contains("···"))
        .count();
    let stray = t.cells.iter().any(|c| {
        !c.text.is_empty()
            && !is_figure(&c.text)
            && !c
                .text
                .chars()
                .any(|ch| ch.is_alphanumeric() || CELL_SIGNS.contains(ch))
    });
    let figures = t
        .cells
        .iter()
        .filter(|c| c.row >= t.header_rows && is_figure(&c.text))
        .count();
    let figure_column = (0..t.n_cols).any(|col| {
        let body: Vec<&Cell> = t
            .cells
            .iter()
            .filter(|c| c.col == col && c.row >= t.header_rows && !c.text.is_empty())
            .collect();
        let n = body.iter().filter(|c| is_figure(&c.text)).count();
        n >= 1 && st.figure_column_share.at_least(n, body.len())
    });
    figure_column
        && figures >= st.min_figures
        && leaders <= st.max_leader_cells
        && !stray
        && st.min_filled.at_least(filled, t.cells.len())
}

/// Aligned text over drawn shapes, bars or pictures is a chart's labels, not a table.
fn over_graphics(page: &PageContent, b: &Rect, s: &Settings) -> bool {
    let inside = |r: &Rect| b.contains(r.center());
    let marks = page.shapes.iter().filter(|r| inside(r)).count()
        + chart_fills(page, s).filter(|f| inside(&f.rect)).count()
        + page.image_boxes.iter().filter(|r| inside(r)).count();
    marks >= s.stream.chart_marks
        || page.image_boxes.iter().any(|r| {
            inside(r)
                && r.width() * r.height() > s.stream.chart_image_share * b.width() * b.height()
        })
}

/// Fills that may be a chart's bars: not cell shading. A fill painted white is invisible
/// (producers back every cell with one); a fill that holds text is the background of that
/// text, and so is every fill of the same band (top and bottom within `SAME_BAND` of a fill
/// holding text): coloured rows or header bands of a table, their blank cells included. A
/// speck, shorter than `edge_min_length` both ways, is no bar: Word fills the joints where
/// the rules of a table ruled under each row meet its column line (江苏 2018 表三十六, 0.48 pt
/// squares, five on a page, which dropped the table of 19 pages).
fn chart_fills<'a>(page: &'a PageContent, s: &Settings) -> impl Iterator<Item = &'a FilledRect> {
    let speck = s.lattice.edge_min_length;
    let holds_text = |r: &Rect| page.glyphs.iter().any(|g| r.contains(g.bbox.center()));
    let bands: Vec<(f64, f64)> = page
        .fills
        .iter()
        .filter(|f| !is_white(f) && holds_text(&f.rect))
        .map(|f| (f.rect.y0, f.rect.y1))
        .collect();
    page.fills.iter().filter(move |f| {
        !is_white(f)
            && (f.rect.width() >= speck || f.rect.height() >= speck)
            && !bands.iter().any(|&(y0, y1)| {
                (f.rect.y0 - y0).abs() <= SAME_BAND && (f.rect.y1 - y1).abs() <= SAME_BAND
            })
    })
}

/// Points within which two fills' tops and bottoms make one band (a row's shading).
const SAME_BAND: f64 = 1.0;

/// Painted white (every channel above 0.95, as the ruling collector counts white): on a
/// white page, not seen.
fn is_white(f: &FilledRect) -> bool {
    f.color.iter().all(|&c| c > 0.95)
}

/// The grid of lines known to form one table (those inside a ruled frame that draws no
/// columns): columns from their alignment, one row per line.
pub fn framed_grid(glyphs: &[Glyph], lines: &[&Line], s: &Settings) -> Option<Grid> {
    let segs: Vec<Vec<Segment>> = lines
        .iter()
        .map(|l| segments(glyphs, l, line_size(glyphs, l), s))
        .collect();
    let multi: Vec<Vec<Segment>> = segs.iter().filter(|r| r.len() >= 2).cloned().collect();
    let seps = confirmed(separators(&multi, s), &segs, s);
    if lines.len() < s.stream.framed_min_lines || seps.is_empty() {
        return None;
    }
    grid(lines, &seps)
}

fn grid(lines: &[&Line], seps: &[f64]) -> Option<Grid> {
    let bbox = lines.iter().map(|l| l.bbox).reduce(|a, b| a.union(&b))?;
    let mut xs = vec![bbox.x0];
    xs.extend_from_slice(seps);
    xs.push(bbox.x1);
    // Row boundaries halfway between lines.
    let mut ys = vec![bbox.y0];
    for w in lines.windows(2) {
        if let [a, b] = w {
            ys.push((a.bbox.y1 + b.bbox.y0) / 2.0);
        }
    }
    ys.push(bbox.y1);
    let mut cells = Vec::new();
    for r in 0..lines.len() {
        for c in 0..xs.len() - 1 {
            cells.extend(GridCell::unit(&xs, &ys, r, c));
        }
    }
    Some(Grid {
        xs,
        ys,
        cells,
        open_top: false,
        open_bottom: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines;
    use crate::table::testing::{page, text};
    use crate::table::{page_tables, page_tables_with};

    fn seg(x0: f64, x1: f64) -> Segment {
        Segment {
            x0,
            x1,
            words: vec![(x0, x1)],
            text: String::new(),
        }
    }

    fn spans(segs: &[Segment]) -> Vec<(f64, f64, usize)> {
        segs.iter().map(|s| (s.x0, s.x1, s.words.len())).collect()
    }

    #[test]
    fn segments_join_words_across_small_gaps() {
        let s = Settings::default();
        // Latin, 10 pt: ABC (0-15) and DEF (18-33) are two words 3 pt apart, under half an em:
        // one segment; GHI 7 pt further is the next.
        let mut g = Vec::new();
        text("ABC", 0.0, 0.0, &mut g);
        text("DEF", 18.0, 0.0, &mut g);
        text("GHI", 40.0, 0.0, &mut g);
        let l = lines(&g, &s.layout);
        assert_eq!(
            spans(&segments(&g, &l[0], 10.0, &s)),
            [(0.0, 33.0, 2), (40.0, 55.0, 1)]
        );
        // CJK: 预算 (0-20) and 金额 (28-48) are 8 pt apart, under a full em: one segment.
        let mut g = Vec::new();
        text("预算", 0.0, 0.0, &mut g);
        text("金额", 28.0, 0.0, &mut g);
        text("合计", 60.0, 0.0, &mut g);
        let l = lines(&g, &s.layout);
        assert_eq!(
            spans(&segments(&g, &l[0], 10.0, &s)),
            [(0.0, 48.0, 2), (60.0, 80.0, 1)]
        );
    }

    #[test]
    fn a_column_gap_is_what_few_rows_cover() {
        let s = Settings::default();
        // Five rows with text at 0-40 and 60-100: x 41-59 is bare; the separator sits in the
        // middle of the bare run [41, 60).
        let mut rows: Vec<Vec<Segment>> = (0..5)
            .map(|_| vec![seg(0.0, 40.0), seg(60.0, 100.0)])
            .collect();
        let at = |x: f64| Candidate {
            x,
            gap: (41.0, 60.0),
        };
        assert_eq!(separators(&rows, &s), [at(50.5)]);
        // One long name crossing it among six rows (at most a fifth): still a gap.
        rows.push(vec![seg(0.0, 100.0)]);
        assert_eq!(separators(&rows, &s), [at(50.5)]);
        // Two among seven: no longer.
        rows.push(vec![seg(0.0, 100.0)]);
        assert!(separators(&rows, &s).is_empty());
        // A boundary crossed by more than a third of the rows does not hold.
        let crossing = [
            vec![seg(0.0, 100.0)],
            vec![seg(0.0, 40.0), seg(60.0, 100.0)],
        ];
        assert!(confirmed(vec![at(50.5)], &crossing, &s).is_empty());
        assert_eq!(confirmed(vec![at(50.5)], &rows[..4], &s), [50.5]);
    }

    #[test]
    fn a_boundary_moves_clear_of_a_header_word_in_its_gap() {
        let s = Settings::default();
        // Labels at 0-40, amounts at 100-140: the gap [41, 100) has its middle at 70.5. A
        // header word set in the gap (60-98, 比上年增长 over a column of rates) is cut there.
        let mut rows: Vec<Vec<Segment>> = (0..4)
            .map(|_| vec![seg(0.0, 40.0), seg(100.0, 140.0)])
            .collect();
        let c = separators(&rows, &s);
        assert_eq!(
            c,
            [Candidate {
                x: 70.5,
                gap: (41.0, 100.0)
            }]
        );
        rows.push(vec![seg(60.0, 98.0)]);
        // The boundary moves to the middle of the nearest stretch free of words, [41, 60).
        assert_eq!(confirmed(c.clone(), &rows, &s), [50.5]);
        // Not farther than allowed.
        let mut near = Settings::default();
        near.stream.boundary_max_move = 19.0;
        assert!(confirmed(c, &rows, &near).is_empty());
        assert_eq!(
            free_stretches((41.0, 100.0), &[(60.0, 98.0)]),
            [(41.0, 60.0), (98.0, 100.0)]
        );
    }

    #[test]
    fn the_upper_line_of_a_header_cell_joins_the_block() {
        // 2025年 (y 0-10) over 预算数, set beside 项目 one line lower (y 6-16): the lines
        // overlap; three rows of figures follow.
        let mut g = Vec::new();
        text("2025年", 100.0, 0.0, &mut g);
        text("项目", 0.0, 6.0, &mut g);
        text("预算数", 100.0, 6.0, &mut g);
        for (k, (label, amount)) in [
            ("工资", "1,200.00"),
            ("办公", "300.00"),
            ("合计", "1,500.00"),
        ]
        .iter()
        .enumerate()
        {
            let y = 30.0 + 15.0 * k as f64;
            text(label, 0.0, y, &mut g);
            text(amount, 100.0, y, &mut g);
        }
        let s = Settings::default();
        let l = lines(&g, &s.layout);
        assert_eq!(l.len(), 5);
        let free: Vec<&Line> = l.iter().collect();
        let grids = stream_grids(&g, &free, &s);
        assert_eq!((grids.len(), grids[0].ys.len() - 1), (1, 5));
        assert_eq!(grids[0].ys.first(), Some(&0.0));
        // Joined only when the gap is below the setting: the block starts at 项目.
        let mut apart = Settings::default();
        apart.stream.header_join_gap = -10.0;
        let grids = stream_grids(&g, &free, &apart);
        assert_eq!((grids.len(), grids[0].ys.len() - 1), (1, 4));
    }

    /// Four lines 15 pt apart: 项目 | 金额, then three items with their amounts at x = 100.
    fn borderless() -> Vec<Glyph> {
        let mut g = Vec::new();
        for (k, (label, amount)) in [
            ("项目", "金额"),
            ("工资", "1,200.00"),
            ("办公", "300.00"),
            ("合计", "1,500.00"),
        ]
        .iter()
        .enumerate()
        {
            let y = 15.0 * k as f64;
            text(label, 0.0, y, &mut g);
            text(amount, 100.0, y, &mut g);
        }
        g
    }

    #[test]
    fn stream_grids_from_aligned_lines() {
        let s = Settings::default();
        let g = borderless();
        let l = lines(&g, &s.layout);
        let free: Vec<&Line> = l.iter().collect();
        let grids = stream_grids(&g, &free, &s);
        assert_eq!(grids.len(), 1);
        // Labels end at 20, amounts start at 100: the gap [21, 100) has its middle at 60.5;
        // rows split halfway between lines (10 | 15 -> 12.5, ...).
        assert_eq!(grids[0].xs, [0.0, 60.5, 140.0]);
        assert_eq!(grids[0].ys, [0.0, 12.5, 27.5, 42.5, 55.0]);
        assert_eq!(grids[0].cells.len(), 8);
        // A block needs as many lines of two segments as the settings ask.
        let mut s = Settings::default();
        s.stream.min_rows = 5;
        assert!(stream_grids(&g, &free, &s).is_empty());
        // A paragraph (one segment a line) is no table.
        let mut p = Vec::new();
        for k in 0..4 {
            text("这是一段说明文字", 0.0, 15.0 * k as f64, &mut p);
        }
        let l = lines(&p, &s.layout);
        let free: Vec<&Line> = l.iter().collect();
        assert!(stream_grids(&p, &free, &Settings::default()).is_empty());
    }

    #[test]
    fn sections_under_headings_are_one_table() {
        // The four lines of `borderless`, then a heading in the first column after a wider
        // gap (15 pt where the lines are 5 pt apart: the block ends), then three more rows.
        let mut g = borderless();
        text("预计", 0.0, 70.0, &mut g);
        for (k, (label, amount)) in [
            ("工资", "1,300.00"),
            ("办公", "200.00"),
            ("合计", "1,500.00"),
        ]
        .iter()
        .enumerate()
        {
            let y = 85.0 + 15.0 * k as f64;
            text(label, 0.0, y, &mut g);
            text(amount, 100.0, y, &mut g);
        }
        let s = Settings::default();
        let l = lines(&g, &s.layout);
        let free: Vec<&Line> = l.iter().collect();
        let grids = stream_grids(&g, &free, &s);
        assert_eq!(grids.len(), 1);
        assert_eq!((grids[0].ys.len() - 1, grids[0].xs.len() - 1), (8, 2));
        // No heading line allowed between blocks: two tables.
        let mut s = Settings::default();
        s.stream.section_max_lines = 0;
        assert_eq!(stream_grids(&g, &free, &s).len(), 2);
        // A heading that does not start in the first column (a centred title) ends the table.
        let mut t = borderless();
        text("预计", 70.0, 70.0, &mut t);
        t.extend(g.iter().skip(borderless().len() + 2).cloned());
        let l = lines(&t, &Settings::default().layout);
        let free: Vec<&Line> = l.iter().collect();
        assert_eq!(stream_grids(&t, &free, &Settings::default()).len(), 2);
    }

    #[test]
    fn signs_alone_in_a_cell_are_no_stray_marks() {
        // A unit in a header cell and a reference mark for "not applicable" keep the table.
        let mut g = Vec::new();
        for (k, (label, share)) in [
            ("项目", "(%)"),
            ("工资", "80.0"),
            ("办公", "20.0"),
            ("其他", "†"),
            ("合计", "100.0"),
        ]
        .iter()
        .enumerate()
        {
            text(label, 0.0, 15.0 * k as f64, &mut g);
            text(share, 100.0, 15.0 * k as f64, &mut g);
        }
        let tables = page_tables(&page(1, g, Vec::new()));
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].n_rows, 5);
        // A bare mark that is no such sign is a chart's stray piece.
        let mut h = borderless();
        text("~", 100.0, 60.0, &mut h);
        text("其他", 0.0, 60.0, &mut h);
        assert!(page_tables(&page(1, h, Vec::new())).is_empty());
    }

    #[test]
    fn a_borderless_table_of_figures_is_kept() {
        let tables = page_tables(&page(1, borderless(), Vec::new()));
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.method, Method::Stream);
        assert_eq!((t.n_rows, t.n_cols, t.header_rows), (4, 2, 1));
        let texts: Vec<&str> = t.cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "项目", "金额", "工资", "1,200.00", "办公", "300.00", "合计", "1,500.00"
            ]
        );
    }

    /// The header and body texts (row by row) of the one table `lines` make, each piece of a
    /// line set at its x, 15 pt a line.
    fn header_and_body(lines: &[&[(&str, f64)]]) -> Vec<Vec<String>> {
        let mut g = Vec::new();
        for (k, line) in lines.iter().enumerate() {
            for (t, x) in line.iter() {
                text(t, *x, 15.0 * k as f64, &mut g);
            }
        }
        let tables = page_tables(&page(1, g, Vec::new()));
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        (0..t.n_rows)
            .map(|r| {
                let mut row: Vec<&Cell> = t.cells.iter().filter(|c| c.row == r).collect();
                row.sort_by_key(|c| c.col);
                row.iter().map(|c| c.text.clone()).collect()
            })
            .collect()
    }

    #[test]
    fn a_header_is_no_column_of_its_own() {
        // 江苏 2022 表三十三 p64: 项 and 目 set 40 pt apart over names too short to fill the gap
        // between them; figures right-aligned at 300 under 2023年预算数.
        let rows = header_and_body(&[
            &[("项", 40.0), ("目", 90.0), ("2023年预算数", 240.0)],
            &[("铁路运输", 10.0), ("603,194", 265.0)],
            &[("行政运行", 20.0), ("1,480", 275.0)],
            &[("机关服务", 20.0), ("1,714", 275.0)],
            &[("民用航空", 10.0), ("56,000", 270.0)],
        ]);
        assert_eq!(rows[0], ["项目", "2023年预算数"]);
        assert_eq!(rows[1], ["铁路运输", "603,194"]);
        // p67: the header centred over figures as short as 80, a gap between them.
        let rows = header_and_body(&[
            &[("项目", 20.0), ("2023年预算数", 120.0)],
            &[("其他消防救援", 10.0), ("3,000", 275.0)],
            &[("矿山安全", 20.0), ("80", 290.0)],
            &[("矿山安全监察", 20.0), ("80", 290.0)],
        ]);
        assert_eq!(rows[0], ["项目", "2023年预算数"]);
        assert_eq!(rows[2], ["矿山安全", "80"]);
        // A column its header and its body both print in stays (金额 over figures).
        let rows = header_and_body(&[
            &[("项目", 20.0), ("说明", 120.0), ("金额", 280.0)],
            &[("工资", 20.0), ("在职", 120.0), ("1,200", 275.0)],
            &[("办公", 20.0), ("日常", 120.0), ("300", 285.0)],
            &[("合计", 20.0), ("", 120.0), ("1,500", 275.0)],
        ]);
        assert_eq!(rows[0], ["项目", "说明", "金额"]);
    }

    #[test]
    fn a_contents_page_is_not_a_table() {
        // Dot leaders in the labels: a contents page lines up like a table of figures.
        let mut g = Vec::new();
        for (k, (label, n)) in [
            ("部门概况……", "1"),
            ("收支总表……", "3"),
            ("支出总表……", "5"),
        ]
        .iter()
        .enumerate()
        {
            let y = 15.0 * k as f64;
            text(label, 0.0, y, &mut g);
            text(n, 150.0, y, &mut g);
        }
        assert!(page_tables(&page(1, g.clone(), Vec::new())).is_empty());
        let mut s = Settings::default();
        s.stream.max_leader_cells = 3;
        assert_eq!(page_tables_with(&page(1, g, Vec::new()), &s).len(), 1);
    }

    #[test]
    fn aligned_text_over_a_chart_is_not_a_table() {
        let mut p = page(1, borderless(), Vec::new());
        p.shapes = (0..3)
            .map(|k| Rect {
                x0: 30.0,
                y0: 15.0 * k as f64,
                x1: 50.0,
                y1: 15.0 * k as f64 + 10.0,
            })
            .collect();
        assert!(page_tables(&p).is_empty());
        let mut s = Settings::default();
        s.stream.chart_marks = 4;
        assert_eq!(page_tables_with(&p, &s).len(), 1);
    }

    #[test]
    fn cell_shading_is_no_chart() {
        // Three bars between the labels and the amounts (x 30-50, no text in them): a chart.
        let fill = |x0: f64, x1: f64, k: usize, color: [f32; 3]| FilledRect {
            rect: Rect {
                x0,
                y0: 15.0 * k as f64,
                x1,
                y1: 15.0 * k as f64 + 10.0,
            },
            color,
        };
        let grey = [0.8, 0.85, 0.9];
        let mut p = page(1, borderless(), Vec::new());
        p.fills = (1..4).map(|k| fill(30.0, 50.0, k, grey)).collect();
        assert!(page_tables(&p).is_empty());
        // The same fills painted white are not seen.
        p.fills = (1..4).map(|k| fill(30.0, 50.0, k, [1.0; 3])).collect();
        assert_eq!(page_tables(&p).len(), 1);
        // Shaded rows: one fill under each label, one beside it in the same band, blank.
        p.fills = (1..4)
            .flat_map(|k| [fill(-2.0, 25.0, k, grey), fill(25.0, 95.0, k, grey)])
            .collect();
        assert_eq!(page_tables(&p).len(), 1);
        // Black specks where the rules under each row meet the column line (江苏 2018 表三十六:
        // 0.48 pt squares): joints of a ruling, not bars.
        p.fills = (1..4)
            .map(|k| FilledRect {
                rect: Rect {
                    x0: 80.0,
                    y0: 15.0 * k as f64 - 2.5,
                    x1: 80.48,
                    y1: 15.0 * k as f64 - 2.02,
                },
                color: [0.0; 3],
            })
            .collect();
        assert_eq!(page_tables(&p).len(), 1);
        let mut s = Settings::default();
        s.lattice.edge_min_length = 0.4;
        assert!(page_tables_with(&p, &s).is_empty());
    }
}
