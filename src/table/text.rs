//! Text of the cells: each glyph goes to the cell holding its centre; a cell's glyphs are
//! grouped into lines and words, joined for reading (`text`) and kept as printed (`raw`).

use crate::layout::{LayoutSettings, is_wide_char, lines_of, words};
use crate::pdf::Glyph;

use super::lattice::Grid;

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

/// (text, raw) of the glyphs `subset` (indices into `glyphs`).
pub fn cell_text(glyphs: &[Glyph], subset: &[usize], s: &LayoutSettings) -> (String, String) {
    let mut text = String::new();
    let mut raw = String::new();
    for (n, line) in lines_of(glyphs, subset, s).iter().enumerate() {
        if n > 0 {
            raw.push('\n');
        }
        for (k, word) in words(glyphs, line, s).iter().enumerate() {
            let w: String = word
                .iter()
                .filter_map(|&i| glyphs.get(i))
                .map(|g| g.text.as_str())
                .collect();
            if k > 0 {
                raw.push(' ');
            }
            raw.push_str(&w);
            let clean: String = w.chars().filter(|c| !c.is_whitespace()).collect();
            push_joined(&mut text, &clean);
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
    for (i, g) in glyphs.iter().enumerate() {
        let (cx, cy) = g.bbox.center();
        for (k, grid) in grids.iter().enumerate() {
            if !grid.bbox().contains((cx, cy)) {
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
        let (text, raw) = cell_text(&gs, &all, &LayoutSettings::default());
        assert_eq!(text, "一般公共服务Big Data");
        assert_eq!(raw, "一般公共\n服务 Big Data");
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
