//! Borderless tables (stream): rows from text lines, columns from the whitespace that runs
//! through many consecutive lines. Word and WPS exports that rule nothing, or only the header,
//! and government tables typeset as text.

use crate::layout::{Line, is_wide_char, words};
use crate::pdf::{Glyph, Rect};

use super::lattice::{Grid, GridCell};

/// A run of words on one line with no wide gap inside: one cell's text on that line.
#[derive(Debug, Clone)]
struct Segment {
    x0: f64,
    x1: f64,
}

/// Segments of a line: words join when the gap between them is below half an em between
/// Latin words (a word space is a quarter to a third of an em) or a full em next to CJK text
/// (which has no word spaces, so any visible gap is deliberate).
fn segments(glyphs: &[Glyph], line: &Line, em: f64) -> Vec<Segment> {
    let mut out: Vec<(Segment, bool)> = Vec::new();
    for w in words(glyphs, line) {
        let members: Vec<&Glyph> = w.iter().filter_map(|&i| glyphs.get(i)).collect();
        let Some(b) = members.iter().map(|g| g.bbox).reduce(|a, b| a.union(&b)) else { continue };
        let wide = |g: Option<&&Glyph>| g.and_then(|g| g.text.chars().next()).is_some_and(is_wide_char);
        let (starts_wide, ends_wide) = (wide(members.first()), wide(members.last()));
        match out.last_mut() {
            Some((s, prev_wide)) if b.x0 - s.x1 < if *prev_wide || starts_wide { em } else { 0.5 * em } => {
                s.x1 = s.x1.max(b.x1);
                *prev_wide = ends_wide;
            }
            _ => out.push((Segment { x0: b.x0, x1: b.x1 }, ends_wide)),
        }
    }
    out.into_iter().map(|(s, _)| s).collect()
}

/// Typical text size of a line.
fn line_size(glyphs: &[Glyph], line: &Line) -> f64 {
    let mut sizes: Vec<f64> = line.glyphs.iter().filter_map(|&i| glyphs.get(i)).map(|g| g.size).collect();
    sizes.sort_by(f64::total_cmp);
    sizes.get(sizes.len() / 2).copied().unwrap_or(10.0).max(1.0)
}

/// Column separators of a block of lines: x ranges that no segment of any line covers,
/// between the block's left and right edges.
fn separators(rows: &[Vec<Segment>]) -> Vec<f64> {
    let mut spans: Vec<(f64, f64)> = rows.iter().flatten().map(|s| (s.x0, s.x1)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut seps = Vec::new();
    let mut reach: Option<f64> = None;
    for (x0, x1) in spans {
        if let Some(r) = reach
            && x0 > r
        {
            seps.push((r + x0) / 2.0);
        }
        reach = Some(reach.map_or(x1, |r| r.max(x1)));
    }
    seps
}

/// Finds borderless tables among `lines` (those not inside a ruled table): runs of at least
/// three consecutive lines split into two or more segments, whose segments line up into the
/// same columns. Returns grids like the lattice finder's.
pub fn grids(glyphs: &[Glyph], lines: &[&Line]) -> Vec<Grid> {
    let mut out = Vec::new();
    let segs: Vec<Vec<Segment>> = lines.iter().map(|l| segments(glyphs, l, line_size(glyphs, l))).collect();
    let mut i = 0;
    while i < lines.len() {
        if segs.get(i).is_none_or(|s| s.len() < 2) {
            i += 1;
            continue;
        }
        // Extend the block while lines stay multi-segment (single-segment lines inside, such
        // as a wrapped name, are allowed when the block continues after them) and close.
        let mut j = i;
        while j + 1 < lines.len() {
            let (Some(a), Some(b)) = (lines.get(j), lines.get(j + 1)) else { break };
            let size = line_size(glyphs, a);
            if b.bbox.y0 - a.bbox.y1 > 2.5 * size {
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
        let block = i..=j;
        let rows: Vec<Vec<Segment>> = segs.get(block.clone()).unwrap_or_default().to_vec();
        let multi_rows: Vec<Vec<Segment>> = rows.iter().filter(|r| r.len() >= 2).cloned().collect();
        let multi = multi_rows.len();
        // Single-segment lines (wrapped names, subtotal labels) may cross a column: they do not
        // vote on the columns.
        let seps: Vec<f64> = separators(&multi_rows)
            .into_iter()
            .filter(|&x| {
                let crossing = rows.iter().filter(|r| r.iter().any(|s| s.x0 < x && s.x1 > x)).count();
                crossing * 3 <= rows.len()
            })
            .collect();
        if multi >= 3 && !seps.is_empty() {
            if let Some(g) = grid(lines.get(block).unwrap_or_default(), &seps) {
                out.push(g);
            }
        }
        i = j + 1;
    }
    out
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
            let (Some(&x0), Some(&x1), Some(&y0), Some(&y1)) = (xs.get(c), xs.get(c + 1), ys.get(r), ys.get(r + 1))
            else {
                continue;
            };
            cells.push(GridCell { row: r, col: c, rowspan: 1, colspan: 1, bbox: Rect { x0, y0, x1, y1 } });
        }
    }
    Some(Grid { xs, ys, cells })
}
