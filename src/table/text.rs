//! Text of the cells: each glyph goes to the cell holding its centre; a cell's glyphs are
//! grouped into lines and words, joined for reading (`text`) and kept as printed (`raw`).

use std::collections::HashSet;

use crate::layout::{LayoutSettings, is_wide_char, lines_of, words};
use crate::pdf::Glyph;

use super::lattice::Grid;
use super::merge::is_page_number;

/// Appends `piece` to `out` after a word or line break: with one space between two narrow
/// characters (Latin words, numbers, "of which: x"), with none next to a CJK or full-width
/// character, where a gap is typesetting, not content.
pub fn push_joined(out: &mut String, piece: &str) {
    if let (Some(a), Some(b)) = (out.chars().last(), piece.chars().next())
        && !is_wide_char(a)
        && !is_wide_char(b)
    {
        out.push(' ');
    }
    out.push_str(piece);
}

/// Appends the first word of a new line of a cell: as `push_joined`, except that nothing
/// comes between the two when the line before ends in a hyphen (`2025年-` / `2026年`, a
/// range or a compound broken after its hyphen) or when the two lines are one figure
/// wrapped inside a narrow cell (`1682.7` / `6`, see `wrapped_figure`).
fn push_line(out: &mut String, piece: &str, figure_wraps: bool) {
    if figure_wraps || out.ends_with(['-', '\u{2010}', '\u{2013}']) {
        out.push_str(piece);
    } else {
        push_joined(out, piece);
    }
}

/// Whether `second`, alone on its line, is the end of the figure `first` (alone on the line
/// above) that the cell's width wrapped: together they are one number as printed (digits in
/// groups of three, one decimal point), and the second part is the shorter, as the rest of a
/// wrapped line is. Two figures stacked in one cell make no such number (`100.00` / `200.00`),
/// nor do two years or codes of equal length. (Whether the first line fills its cell is the
/// caller's to judge.)
fn wrapped_figure(first: &str, second: &str) -> bool {
    let whole = format!("{first}{second}");
    let body = whole.strip_prefix('-').unwrap_or(&whole);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let grouped = int.split(',').enumerate().all(|(i, g)| {
        digits(g) && (i == 0 && (g.len() <= 3 || !int.contains(',')) || g.len() == 3)
    });
    second.chars().count() < first.chars().count()
        && second.starts_with(|c: char| c.is_ascii_digit())
        && grouped
        && (frac.is_empty() && !body.contains('.') || digits(frac))
}

/// (text, raw) of the glyphs `subset` (indices into `glyphs`), set in a cell `width` wide.
pub fn cell_text(
    glyphs: &[Glyph],
    subset: &[usize],
    width: f64,
    s: &LayoutSettings,
) -> (String, String) {
    let mut text = String::new();
    let mut raw = String::new();
    let laid = lines_of(glyphs, subset, s);
    // The first line fills its cell: the room left beside it (both paddings) is under four
    // advances of the glyph that follows on the next line, which therefore did not fit.
    let full = match &laid[..] {
        [a, b] => b
            .glyphs
            .first()
            .and_then(|&i| glyphs.get(i))
            .is_some_and(|g| width - a.bbox.width() < 4.0 * g.bbox.width()),
        _ => false,
    };
    let lines: Vec<Vec<String>> = laid
        .iter()
        .map(|line| {
            words(glyphs, line, s)
                .iter()
                .map(|word| {
                    word.iter()
                        .filter_map(|&i| glyphs.get(i))
                        .map(|g| g.text.as_str())
                        .collect()
                })
                .collect()
        })
        .collect();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            raw.push('\n');
        }
        // A figure wrapped over two lines: this line and the one above each a lone word.
        let wraps = n == 1
            && full
            && matches!((lines.first().map(Vec::as_slice), &line[..]), (Some([a]), [b]) if wrapped_figure(a, b));
        for (k, w) in line.iter().enumerate() {
            if k > 0 {
                raw.push(' ');
            }
            raw.push_str(w);
            let clean: String = w.chars().filter(|c| !c.is_whitespace()).collect();
            if k == 0 && n > 0 {
                push_line(&mut text, &clean, wraps);
            } else {
                push_joined(&mut text, &clean);
            }
        }
    }
    (text, raw)
}

/// Each glyph goes to the cell holding its centre, in the first of `grids` (top to bottom)
/// whose box holds it. Per grid, per cell, the glyphs' indices in `glyphs`.
pub fn assign_glyphs(glyphs: &[Glyph], grids: &[Grid]) -> Vec<Vec<Vec<usize>>> {
    let mut members: Vec<Vec<Vec<usize>>> = grids
        .iter()
        .map(|g| vec![Vec::new(); g.cells.len()])
        .collect();
    let slots: Vec<Vec<Option<usize>>> = grids.iter().map(slot_map).collect();
    let folios = page_numbers_across(glyphs, grids);
    for (i, g) in glyphs.iter().enumerate() {
        let (cx, cy) = g.bbox.center();
        for (k, grid) in grids.iter().enumerate() {
            if !grid.bbox().contains((cx, cy)) || folios.contains(&(i, k)) {
                continue;
            }
            let col = grid.xs.partition_point(|&x| x < cx).saturating_sub(1);
            let row = grid.ys.partition_point(|&y| y < cy).saturating_sub(1);
            let n_cols = grid.xs.len().saturating_sub(1);
            let cell = slots
                .get(k)
                .and_then(|s| s.get(row * n_cols + col))
                .copied()
                .flatten();
            if let Some(list) = cell.and_then(|c| members.get_mut(k).and_then(|m| m.get_mut(c))) {
                list.push(i);
            }
            break;
        }
    }
    members
}

/// (glyph, grid) of the page numbers set across a grid's top or bottom rule: a line of the
/// page that reads as a page number, whose glyphs lie nearly as much outside the frame as
/// in (广州 2025 预算 p269: `266`, 12 pt under a 7 pt table, its centre 0.1 pt above the
/// bottom rule, was read into the last row as `108,479.6026`). A cell's own line spilling
/// over the rule (a wrapped name's last character) reads as no page number and stays.
fn page_numbers_across(glyphs: &[Glyph], grids: &[Grid]) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for (k, grid) in grids.iter().enumerate() {
        let frame = grid.bbox();
        for (i, g) in glyphs.iter().enumerate() {
            if out.contains(&(i, k)) || !frame.contains(g.bbox.center()) {
                continue;
            }
            let outside = (g.bbox.y1 - frame.y1).max(frame.y0 - g.bbox.y0);
            if outside <= ACROSS_FRAME * g.bbox.height() {
                continue;
            }
            let cy = g.bbox.center().1;
            let mut line: Vec<(usize, &Glyph)> = glyphs
                .iter()
                .enumerate()
                .filter(|(_, o)| (o.bbox.center().1 - cy).abs() < 0.3 * g.bbox.height())
                .collect();
            line.sort_by(|a, b| a.1.bbox.x0.total_cmp(&b.1.bbox.x0));
            let text: String = line.iter().map(|(_, o)| o.text.as_str()).collect();
            if is_page_number(&text) {
                out.extend(line.into_iter().map(|(j, _)| (j, k)));
            }
        }
    }
    out
}

/// The share of a glyph's height outside a frame that makes it set across the frame.
const ACROSS_FRAME: f64 = 0.4;

/// For each grid position, the index of the cell covering it.
fn slot_map(grid: &Grid) -> Vec<Option<usize>> {
    let n_cols = grid.xs.len().saturating_sub(1);
    let n_rows = grid.ys.len().saturating_sub(1);
    let mut slots = vec![None; n_rows * n_cols];
    for (k, c) in grid.cells.iter().enumerate() {
        for r in c.row..c.row + c.rowspan {
            for col in c.col..c.col + c.colspan {
                if let Some(s) = slots.get_mut(r * n_cols + col) {
                    *s = Some(k);
                }
            }
        }
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(text: &str, x: f64, y: f64, w: f64) -> Glyph {
        Glyph::at(text, x, y, w)
    }

    #[test]
    fn joins_lines_and_words() {
        // Two lines: "一般公共" / "服务 Big Data" with an explicit gap between Latin words.
        let mut gs = Vec::new();
        for (i, c) in "一般公共".chars().enumerate() {
            gs.push(g(&c.to_string(), i as f64 * 10.0, 0.0, 10.0));
        }
        for (i, c) in "服务".chars().enumerate() {
            gs.push(g(&c.to_string(), i as f64 * 10.0, 12.0, 10.0));
        }
        for (i, c) in "Big".chars().enumerate() {
            gs.push(g(&c.to_string(), 35.0 + i as f64 * 5.0, 12.0, 5.0));
        }
        for (i, c) in "Data".chars().enumerate() {
            gs.push(g(&c.to_string(), 55.0 + i as f64 * 5.0, 12.0, 5.0));
        }
        gs.push(g("\u{3000}", 80.0, 12.0, 10.0));
        let all: Vec<usize> = (0..gs.len()).collect();
        let (text, raw) = cell_text(&gs, &all, 100.0, &LayoutSettings::default());
        assert_eq!(text, "一般公共服务Big Data");
        assert_eq!(raw, "一般公共\n服务 Big Data");
    }

    #[test]
    fn joins_wrapped_figures_and_hyphenated_lines() {
        // Each line's words set 6 pt a character from x = 0, lines 12 pt apart.
        let cell = |lines: &[&str]| {
            let mut gs = Vec::new();
            for (n, line) in lines.iter().enumerate() {
                for (i, c) in line.chars().enumerate() {
                    gs.push(g(&c.to_string(), i as f64 * 6.0, n as f64 * 12.0, 6.0));
                }
            }
            let all: Vec<usize> = (0..gs.len()).collect();
            // Seven advances wide: six characters fill it.
            cell_text(&gs, &all, 42.0, &LayoutSettings::default()).0
        };
        assert_eq!(cell(&["1682.7", "6"]), "1682.76");
        assert_eq!(cell(&["370,21", "9.25"]), "370,219.25");
        assert_eq!(cell(&["2025-", "2026"]), "2025-2026");
        // Two figures, two years, a figure that does not fill the cell, a figure and its
        // unit: each stays a word.
        assert_eq!(cell(&["100.00", "200.00"]), "100.00 200.00");
        assert_eq!(cell(&["1.0", "2"]), "1.0 2");
        assert_eq!(cell(&["2019", "2020"]), "2019 2020");
        assert_eq!(cell(&["1,234", "56"]), "1,234 56");
        assert_eq!(cell(&["Big", "Data"]), "Big Data");
    }

    #[test]
    fn each_glyph_goes_to_the_cell_holding_its_centre() {
        use crate::pdf::Rect;
        use crate::table::find::{Grid, GridCell};
        // Grid A: 0-100 × 0-40, one spanning header cell over two columns, two body cells.
        // Grid B: 80-200 × 30-60, overlapping A's bottom right corner.
        let cell = |row, col, colspan, bbox| GridCell {
            row,
            col,
            rowspan: 1,
            colspan,
            bbox,
        };
        let r = |x0, y0, x1, y1| Rect { x0, y0, x1, y1 };
        let a = Grid {
            xs: vec![0.0, 50.0, 100.0],
            ys: vec![0.0, 20.0, 40.0],
            cells: vec![
                cell(0, 0, 2, r(0.0, 0.0, 100.0, 20.0)),
                cell(1, 0, 1, r(0.0, 20.0, 50.0, 40.0)),
                cell(1, 1, 1, r(50.0, 20.0, 100.0, 40.0)),
            ],
            open_top: false,
            open_bottom: false,
        };
        let b = Grid {
            xs: vec![80.0, 200.0],
            ys: vec![30.0, 60.0],
            cells: vec![cell(0, 0, 1, r(80.0, 30.0, 200.0, 60.0))],
            open_top: false,
            open_bottom: false,
        };
        let glyphs = [
            g("A", 60.0, 5.0, 10.0),   // centre (65, 10): header, spanning both columns
            g("B", 10.0, 25.0, 10.0),  // (15, 30): body, first column
            g("C", 85.0, 25.0, 10.0),  // (90, 30): in both grids; A comes first
            g("D", 150.0, 40.0, 10.0), // (155, 45): B only
            g("E", 300.0, 0.0, 10.0),  // outside both
        ];
        assert_eq!(
            assign_glyphs(&glyphs, &[a, b]),
            [vec![vec![0], vec![1], vec![2]], vec![vec![3]]]
        );
    }
}
