//! Ruled tables: merged edges -> intersections -> cells -> tables -> grid positions.
//!
//! A cell is the smallest rectangle whose four corners are intersections joined by edges, so a
//! missing separator yields one spanning cell, not two empty ones.

use std::collections::{BTreeSet, HashMap};

use crate::pdf::{Orientation, Rect, Ruling};

use super::edges::{Edge, merge};
use super::settings::Settings;

/// A cell rectangle in grid terms, before text is assigned.
#[derive(Debug, Clone, PartialEq)]
pub struct GridCell {
    pub row: usize,
    pub col: usize,
    pub rowspan: usize,
    pub colspan: usize,
    pub bbox: Rect,
}

impl GridCell {
    /// The one-by-one cell at (row, col) of the grid lines `xs`, `ys`, if both exist.
    pub fn unit(xs: &[f64], ys: &[f64], row: usize, col: usize) -> Option<GridCell> {
        let (&x0, &x1, &y0, &y1) = (
            xs.get(col)?,
            xs.get(col + 1)?,
            ys.get(row)?,
            ys.get(row + 1)?,
        );
        Some(GridCell {
            row,
            col,
            rowspan: 1,
            colspan: 1,
            bbox: Rect { x0, y0, x1, y1 },
        })
    }
}

/// A ruled table's grid: row and column boundaries and the cells covering it.
#[derive(Debug, Clone)]
pub struct Grid {
    pub xs: Vec<f64>,
    pub ys: Vec<f64>,
    pub cells: Vec<GridCell>,
    /// The top (bottom) border was missing and has been closed: where a page break cut the
    /// table, the row there may continue from (on) the other page.
    pub open_top: bool,
    pub open_bottom: bool,
}

impl Grid {
    pub fn bbox(&self) -> Rect {
        Rect {
            x0: self.xs.first().copied().unwrap_or(0.0),
            y0: self.ys.first().copied().unwrap_or(0.0),
            x1: self.xs.last().copied().unwrap_or(0.0),
            y1: self.ys.last().copied().unwrap_or(0.0),
        }
    }
}

/// Index of the position in `sorted` nearest to `v`.
fn nearest(sorted: &[f64], v: f64) -> usize {
    let i = sorted.partition_point(|&x| x < v);
    match (i.checked_sub(1).and_then(|j| sorted.get(j)), sorted.get(i)) {
        (Some(&a), Some(&b)) if (v - a).abs() <= (b - v).abs() => i - 1,
        (Some(_), None) => i - 1,
        _ => i,
    }
}

struct Lines {
    /// Edge spans by position index.
    spans: HashMap<usize, Vec<(f64, f64)>>,
    positions: Vec<f64>,
}

impl Lines {
    fn new(edges: &[Edge]) -> Lines {
        let positions: Vec<f64> = edges.iter().map(|e| e.at).collect::<Vec<_>>();
        let mut positions = positions;
        positions.sort_by(f64::total_cmp);
        positions.dedup();
        let mut spans: HashMap<usize, Vec<(f64, f64)>> = HashMap::new();
        for e in edges {
            spans
                .entry(nearest(&positions, e.at))
                .or_default()
                .push((e.lo, e.hi));
        }
        Lines { spans, positions }
    }

    /// Whether one edge at position index `i` covers `a..b` (within `tol`).
    fn covers(&self, i: usize, a: f64, b: f64, tol: f64) -> bool {
        let (a, b) = (a.min(b), a.max(b));
        self.spans
            .get(&i)
            .is_some_and(|v| v.iter().any(|&(lo, hi)| lo - tol <= a && hi + tol >= b))
    }
}

/// Finds ruled tables on a page: one [`Grid`] per group of cells sharing corners.
pub fn grids(rulings: &[Ruling], s: &Settings) -> Vec<Grid> {
    let mut h_edges = merge(rulings, Orientation::Horizontal, s);
    let mut v_edges = merge(rulings, Orientation::Vertical, s);
    let closing = close_ends(&v_edges, &h_edges, s);
    let synthetic: Vec<f64> = closing.iter().map(|e| e.at).collect();
    // Open-sided tables (no left or right border, the rules running on past the last column
    // line: common in government statistics) get their sides, but only alongside rows that
    // vertical rules cross, so tables stacked on a page are not joined through their captions.
    let sides = close_sides(&h_edges, &v_edges, s);
    h_edges.extend(closing);
    v_edges.extend(sides);
    let h = Lines::new(&h_edges);
    let v = Lines::new(&v_edges);
    let tol = s.intersection_tolerance;
    // Intersections as (x index, y index).
    let mut points: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (&yi, hspans) in &h.spans {
        let Some(&y) = h.positions.get(yi) else {
            continue;
        };
        for (&xi, vspans) in &v.spans {
            let Some(&x) = v.positions.get(xi) else {
                continue;
            };
            let hits_h = hspans
                .iter()
                .any(|&(lo, hi)| lo - tol <= x && x <= hi + tol);
            let hits_v = vspans
                .iter()
                .any(|&(lo, hi)| lo - tol <= y && y <= hi + tol);
            if hits_h && hits_v {
                points.insert((xi, yi));
            }
        }
    }
    let x_at = |i: usize| v.positions.get(i).copied().unwrap_or(0.0);
    let y_at = |i: usize| h.positions.get(i).copied().unwrap_or(0.0);
    // Points by column and by row, sorted, for the nearest-first searches.
    let mut by_x: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_y: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(xi, yi) in &points {
        by_x.entry(xi).or_default().push(yi);
        by_y.entry(yi).or_default().push(xi);
    }
    let mut rects: Vec<(usize, usize, usize, usize)> = Vec::new();
    for &(xi, yi) in &points {
        let (x, y) = (x_at(xi), y_at(yi));
        let below = by_x
            .get(&xi)
            .map(|ys| ys.iter().copied().filter(|&b| b > yi).collect::<Vec<_>>());
        let right = by_y
            .get(&yi)
            .map(|xs| xs.iter().copied().filter(|&r| r > xi).collect::<Vec<_>>());
        let (Some(below), Some(right)) = (below, right) else {
            continue;
        };
        'search: for &bi in &below {
            let by = y_at(bi);
            if !v.covers(xi, y, by, tol) {
                continue;
            }
            for &ri in &right {
                let rx = x_at(ri);
                if !h.covers(yi, x, rx, tol) {
                    continue;
                }
                if points.contains(&(ri, bi))
                    && v.covers(ri, y, by, tol)
                    && h.covers(bi, x, rx, tol)
                {
                    if rx - x >= s.min_cell_size && by - y >= s.min_cell_size {
                        rects.push((xi, yi, ri, bi));
                    }
                    break 'search;
                }
            }
        }
    }
    let mut grids = group(&rects, &x_at, &y_at);
    let is_synthetic =
        |y: Option<&f64>| y.is_some_and(|y| synthetic.iter().any(|s| (s - y).abs() < 0.01));
    for g in &mut grids {
        g.open_top = is_synthetic(g.ys.first());
        g.open_bottom = is_synthetic(g.ys.last());
    }
    grids
}

/// The open ends of `edges` (no `crossing` edge touches them), grouped by position: each group
/// is the position and the ends' places along it, sorted. Two ends at least.
fn open_ends(edges: &[Edge], crossing: &[Edge], s: &Settings) -> Vec<(f64, Vec<f64>)> {
    let mut groups = Vec::new();
    for end in [true, false] {
        let mut ends: Vec<(f64, f64)> = edges
            .iter()
            .map(|e| (if end { e.hi } else { e.lo }, e.at))
            .filter(|&(p, at)| {
                !crossing.iter().any(|c| {
                    (c.at - p).abs() <= s.snap_tolerance
                        && c.lo - s.intersection_tolerance <= at
                        && at <= c.hi + s.intersection_tolerance
                })
            })
            .collect();
        ends.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut i = 0;
        while i < ends.len() {
            let Some(&(p0, _)) = ends.get(i) else { break };
            let mut j = i;
            while ends
                .get(j + 1)
                .is_some_and(|&(p, _)| p - p0 <= s.snap_tolerance)
            {
                j += 1;
            }
            let group = ends.get(i..=j).unwrap_or_default();
            if group.len() >= 2 {
                let at = group.iter().map(|g| g.0).sum::<f64>() / group.len() as f64;
                let mut places: Vec<f64> = group.iter().map(|g| g.1).collect();
                places.sort_by(f64::total_cmp);
                groups.push((at, places));
            }
            i = j + 1;
        }
    }
    groups
}

/// Edges that close an open row: where several vertical `edges` end at the same height and no
/// crossing edge touches their ends there. Word leaves the border off a row that a page break
/// cuts; without it the row would fall out of the table.
fn close_ends(edges: &[Edge], crossing: &[Edge], s: &Settings) -> Vec<Edge> {
    let mut out = Vec::new();
    for (at, places) in open_ends(edges, crossing, s) {
        let (Some(&lo), Some(&hi)) = (places.first(), places.last()) else {
            continue;
        };
        let joined = crossing.iter().any(|c| {
            (c.at - at).abs() <= s.snap_tolerance
                && c.lo <= lo + s.join_tolerance
                && c.hi >= hi - s.join_tolerance
        });
        if !joined && hi - lo >= s.edge_min_length {
            out.push(Edge { at, lo, hi });
        }
    }
    out
}

/// Edges that close an open side: where horizontal `rows` end together beyond the column
/// lines, one edge per run of rows whose gaps several column lines span (the body of one
/// ruled grid). A run needs every row ruled across a few columns: a table with one or two
/// column lines and rules only under its header and above its total (common in English
/// reports) is not a grid with open sides, and closing it would lump its rows together.
fn close_sides(rows: &[Edge], columns: &[Edge], s: &Settings) -> Vec<Edge> {
    const MIN_COLUMN_LINES: usize = 3;
    const MIN_ROWS: usize = 4;
    let tol = s.intersection_tolerance;
    let mut out = Vec::new();
    for (at, places) in open_ends(rows, columns, s) {
        // Runs as (first, last) indices into `places`.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (i, pair) in places.windows(2).enumerate() {
            let &[a, b] = pair else { continue };
            let mut lines: Vec<f64> = columns
                .iter()
                .filter(|c| c.lo - tol <= a && b <= c.hi + tol)
                .map(|c| c.at)
                .collect();
            lines.sort_by(f64::total_cmp);
            lines.dedup_by(|x, y| (*x - *y).abs() <= s.snap_tolerance);
            if lines.len() < MIN_COLUMN_LINES {
                continue;
            }
            match runs.last_mut() {
                Some(run) if run.1 == i => run.1 = i + 1,
                _ => runs.push((i, i + 1)),
            }
        }
        for (first, last) in runs {
            if last + 1 - first < MIN_ROWS {
                continue;
            }
            if let (Some(&lo), Some(&hi)) = (places.get(first), places.get(last)) {
                out.push(Edge { at, lo, hi });
            }
        }
    }
    out.retain(|e| e.hi - e.lo >= s.edge_min_length);
    out
}

/// Groups cells sharing a corner into tables and places each on its table's grid.
fn group(
    rects: &[(usize, usize, usize, usize)],
    x_at: &dyn Fn(usize) -> f64,
    y_at: &dyn Fn(usize) -> f64,
) -> Vec<Grid> {
    // Union-find over cells, joined through shared corners.
    let mut parent: Vec<usize> = (0..rects.len()).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while let Some(&q) = p.get(i) {
            if q == i {
                break;
            }
            let up = p.get(q).copied().unwrap_or(q);
            if let Some(slot) = p.get_mut(i) {
                *slot = up;
            }
            i = q;
        }
        i
    }
    let mut corner_owner: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, &(x0, y0, x1, y1)) in rects.iter().enumerate() {
        for c in [(x0, y0), (x1, y0), (x0, y1), (x1, y1)] {
            match corner_owner.get(&c) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if let Some(slot) = parent.get_mut(a) {
                        *slot = b;
                    }
                }
                None => {
                    corner_owner.insert(c, i);
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..rects.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut out: Vec<Grid> = groups
        .into_values()
        .filter(|members| members.len() >= 2)
        .map(|members| {
            let mut xs: Vec<usize> = Vec::new();
            let mut ys: Vec<usize> = Vec::new();
            for &m in &members {
                if let Some(&(x0, y0, x1, y1)) = rects.get(m) {
                    xs.extend([x0, x1]);
                    ys.extend([y0, y1]);
                }
            }
            xs.sort_unstable();
            xs.dedup();
            ys.sort_unstable();
            ys.dedup();
            let col = |x: usize| xs.binary_search(&x).unwrap_or(0);
            let row = |y: usize| ys.binary_search(&y).unwrap_or(0);
            let mut cells: Vec<GridCell> = members
                .iter()
                .filter_map(|&m| rects.get(m))
                .map(|&(x0, y0, x1, y1)| GridCell {
                    row: row(y0),
                    col: col(x0),
                    rowspan: row(y1) - row(y0),
                    colspan: col(x1) - col(x0),
                    bbox: Rect {
                        x0: x_at(x0),
                        y0: y_at(y0),
                        x1: x_at(x1),
                        y1: y_at(y1),
                    },
                })
                .collect();
            let xs: Vec<f64> = xs.iter().map(|&i| x_at(i)).collect();
            let ys: Vec<f64> = ys.iter().map(|&i| y_at(i)).collect();
            fill_holes(&mut cells, &xs, &ys);
            cells.sort_by_key(|c| (c.row, c.col));
            Grid {
                xs,
                ys,
                cells,
                open_top: false,
                open_bottom: false,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.bbox()
            .y0
            .total_cmp(&b.bbox().y0)
            .then(a.bbox().x0.total_cmp(&b.bbox().x0))
    });
    out
}

/// Grid positions no cell covers (a table without part of its border) become empty cells, so
/// that every position is covered exactly once.
fn fill_holes(cells: &mut Vec<GridCell>, xs: &[f64], ys: &[f64]) {
    let (nr, nc) = (ys.len().saturating_sub(1), xs.len().saturating_sub(1));
    let mut covered = vec![false; nr * nc];
    for c in cells.iter() {
        for r in c.row..c.row + c.rowspan {
            for k in c.col..c.col + c.colspan {
                if let Some(slot) = covered.get_mut(r * nc + k) {
                    *slot = true;
                }
            }
        }
    }
    for r in 0..nr {
        for k in 0..nc {
            if covered.get(r * nc + k) == Some(&false) {
                cells.extend(GridCell::unit(xs, ys, r, k));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::RulingSource;

    fn line(x0: f64, y0: f64, x1: f64, y1: f64) -> Ruling {
        Ruling {
            orientation: if y0 == y1 {
                Orientation::Horizontal
            } else {
                Orientation::Vertical
            },
            x0,
            y0,
            x1,
            y1,
            width: 0.5,
            source: RulingSource::Stroke,
        }
    }

    /// A 3-column table whose header row spans columns 1-2 (no separator at x=200 above y=20).
    #[test]
    fn spanning_header() {
        let r = [
            line(0.0, 0.0, 300.0, 0.0),
            line(0.0, 20.0, 300.0, 20.0),
            line(0.0, 40.0, 300.0, 40.0),
            line(0.0, 60.0, 300.0, 60.0),
            line(0.0, 0.0, 0.0, 60.0),
            line(100.0, 0.0, 100.0, 60.0),
            line(200.0, 20.0, 200.0, 60.0),
            line(300.0, 0.0, 300.0, 60.0),
        ];
        let g = grids(&r, &Settings::default());
        assert_eq!(g.len(), 1);
        let g = &g[0];
        assert_eq!((g.xs.len(), g.ys.len()), (4, 4));
        assert_eq!(g.cells.len(), 8); // 2 in the header row, 3 in each of two body rows
        let head = &g.cells[1];
        assert_eq!(
            (head.row, head.col, head.rowspan, head.colspan),
            (0, 1, 1, 2)
        );
    }

    /// Two separate boxes are two tables; a lone box is not a table.
    #[test]
    fn separate_tables() {
        let mut r = Vec::new();
        for (top, cols) in [(0.0, 3), (200.0, 2), (400.0, 1)] {
            for k in 0..=cols {
                let x = k as f64 * 50.0;
                r.push(line(x, top, x, top + 40.0));
            }
            for y in [top, top + 20.0, top + 40.0] {
                r.push(line(0.0, y, cols as f64 * 50.0, y));
            }
        }
        // The one-column box still has two cells (two rows): three tables.
        let g = grids(&r, &Settings::default());
        assert_eq!(g.len(), 3);
        assert_eq!(g[0].cells.len(), 6);
        assert_eq!(g[1].cells.len(), 4);
    }
}
