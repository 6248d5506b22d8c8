//! Ruled tables: merged edges -> closing edges -> intersections -> cells -> grids.
//!
//! A cell is the smallest rectangle whose four corners are intersections joined by edges, so a
//! missing separator yields one spanning cell, not two empty ones.

use std::collections::{BTreeSet, HashMap};

use crate::pdf::{Orientation, Rect, Ruling};

use super::edges::{Edge, merge_edges};
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

#[derive(Debug)]
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

    /// Whether an edge at the line position `at` runs along part of `a..b` longer than `tol`.
    fn runs_along(&self, at: f64, a: f64, b: f64, tol: f64) -> bool {
        let Ok(i) = self.positions.binary_search_by(|p| p.total_cmp(&at)) else {
            return false;
        };
        self.spans
            .get(&i)
            .is_some_and(|v| v.iter().any(|&(lo, hi)| hi.min(b) - lo.max(a) > tol))
    }

    /// Whether one edge at position index `i` covers `a..b` (within `tol`).
    fn covers(&self, i: usize, a: f64, b: f64, tol: f64) -> bool {
        let (a, b) = (a.min(b), a.max(b));
        self.spans
            .get(&i)
            .is_some_and(|v| v.iter().any(|&(lo, hi)| lo - tol <= a && hi + tol >= b))
    }
}

/// Ruled tables of a page, the steps of this module in order: merged edges, closing edges,
/// intersections, cells, grids, open sides marked.
pub fn lattice(rulings: &[Ruling], s: &Settings) -> Vec<Grid> {
    let mut h_edges = merge_edges(rulings, Orientation::Horizontal, s);
    let mut v_edges = merge_edges(rulings, Orientation::Vertical, s);
    let closing = close_rows(&v_edges, &h_edges, s);
    h_edges.extend_from_slice(&closing);
    let sides = close_sides(&h_edges, &v_edges, s);
    v_edges.extend(sides);
    let ix = intersections(&h_edges, &v_edges, s);
    let mut grids = grids(&cells(&ix, s), Some(&ix), s);
    mark_open(&mut grids, &closing);
    grids
}

/// Where horizontal and vertical edges cross (within the intersection tolerance of either's
/// end), with the edges themselves for the cell search.
#[derive(Debug)]
pub struct Intersections {
    h: Lines,
    v: Lines,
    /// As (x index, y index) into `v.positions`, `h.positions`.
    points: BTreeSet<(usize, usize)>,
}

impl Intersections {
    /// The crossing points (x, y), by x, then y.
    pub fn points(&self) -> Vec<(f64, f64)> {
        self.points
            .iter()
            .map(|&(xi, yi)| (self.x_at(xi), self.y_at(yi)))
            .collect()
    }

    fn x_at(&self, i: usize) -> f64 {
        self.v.positions.get(i).copied().unwrap_or(0.0)
    }

    fn y_at(&self, i: usize) -> f64 {
        self.h.positions.get(i).copied().unwrap_or(0.0)
    }
}

/// The intersections of horizontal edges `h` and vertical edges `v`.
pub fn intersections(h: &[Edge], v: &[Edge], s: &Settings) -> Intersections {
    let h = Lines::new(h);
    let v = Lines::new(v);
    let tol = s.lattice.intersection_tolerance;
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
    Intersections { h, v, points }
}

/// Cells: from each intersection, the smallest rectangle down and to the right whose four
/// corners are intersections joined by edges (so a missing separator gives one spanning cell),
/// slivers thinner than the smallest cell size left out. Ordered by their top-left corner's x,
/// then y.
pub fn cells(ix: &Intersections, s: &Settings) -> Vec<Rect> {
    let (h, v, points) = (&ix.h, &ix.v, &ix.points);
    let tol = s.lattice.intersection_tolerance;
    // Points by column and by row, sorted, for the nearest-first searches.
    let mut by_x: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_y: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(xi, yi) in points {
        by_x.entry(xi).or_default().push(yi);
        by_y.entry(yi).or_default().push(xi);
    }
    let mut rects = Vec::new();
    for &(xi, yi) in points {
        let (x, y) = (ix.x_at(xi), ix.y_at(yi));
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
            let by = ix.y_at(bi);
            if !v.covers(xi, y, by, tol) {
                continue;
            }
            for &ri in &right {
                let rx = ix.x_at(ri);
                if !h.covers(yi, x, rx, tol) {
                    continue;
                }
                if points.contains(&(ri, bi))
                    && v.covers(ri, y, by, tol)
                    && h.covers(bi, x, rx, tol)
                {
                    if rx - x >= s.lattice.min_cell_size && by - y >= s.lattice.min_cell_size {
                        rects.push(Rect {
                            x0: x,
                            y0: y,
                            x1: rx,
                            y1: by,
                        });
                    }
                    break 'search;
                }
            }
        }
    }
    rects
}

/// Marks the grids whose top or bottom edge is one of the `closing` edges (added where the
/// border was missing): a page break may have cut the row there.
pub fn mark_open(grids: &mut [Grid], closing: &[Edge]) {
    // A grid's lines are edge positions themselves: this is identity, not a tolerance.
    const SAME: f64 = 0.01;
    let is_closing =
        |y: Option<&f64>| y.is_some_and(|y| closing.iter().any(|e| (e.at - y).abs() < SAME));
    for g in grids {
        g.open_top = is_closing(g.ys.first());
        g.open_bottom = is_closing(g.ys.last());
    }
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
                    (c.at - p).abs() <= s.lattice.snap_tolerance
                        && c.lo - s.lattice.intersection_tolerance <= at
                        && at <= c.hi + s.lattice.intersection_tolerance
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
                .is_some_and(|&(p, _)| p - p0 <= s.lattice.snap_tolerance)
            {
                j += 1;
            }
            let group = ends.get(i..=j).unwrap_or_default();
            if group.len() >= s.lattice.close_min_ends {
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
/// cuts; without it the row would fall out of the table. The edge runs as wide as the rules
/// those column lines cross ([`rules_across`]), so a side those rules leave open is closed
/// down to it as on the table's other pages.
pub fn close_rows(edges: &[Edge], crossing: &[Edge], s: &Settings) -> Vec<Edge> {
    let mut out = Vec::new();
    for (at, places) in open_ends(edges, crossing, s) {
        let (Some(&lo), Some(&hi)) = (places.first(), places.last()) else {
            continue;
        };
        let joined = crossing.iter().any(|c| {
            (c.at - at).abs() <= s.lattice.snap_tolerance
                && c.lo <= lo + s.lattice.join_tolerance
                && c.hi >= hi - s.lattice.join_tolerance
        });
        if !joined && hi - lo >= s.lattice.edge_min_length {
            let (lo, hi) = rules_across(at, lo, hi, edges, crossing, s);
            out.push(Edge { at, lo, hi });
        }
    }
    out
}

/// The extent of a closing edge at `at` from `lo` to `hi`: widened to the rules (`crossing`)
/// that run across all the column lines (`edges`) ending there, within those lines' height.
/// A frame ruled at the top and under its header with its label column outside the column
/// lines (湖南, 吉林 debt tables continued on the next page, no rule at the foot) then closes
/// its foot under the label column too.
fn rules_across(
    at: f64,
    lo: f64,
    hi: f64,
    edges: &[Edge],
    crossing: &[Edge],
    s: &Settings,
) -> (f64, f64) {
    let snap = s.lattice.snap_tolerance;
    let ending = edges.iter().filter(|e| {
        (lo - snap..=hi + snap).contains(&e.at)
            && ((e.hi - at).abs() <= snap || (e.lo - at).abs() <= snap)
    });
    let (top, bottom) = ending.fold((at, at), |(t, b), e| (t.min(e.lo), b.max(e.hi)));
    crossing
        .iter()
        .filter(|c| {
            top - snap <= c.at
                && c.at <= bottom + snap
                && c.lo <= lo + s.lattice.join_tolerance
                && c.hi >= hi - s.lattice.join_tolerance
        })
        .fold((lo, hi), |(l, h), c| (l.min(c.lo), h.max(c.hi)))
}

/// Edges that close an open side: where horizontal `rows` end together beyond the column
/// lines, one edge per run of rows that column lines join (the rows of one ruled grid). A run
/// needs a gap between its rows that several column lines span: a table with one or two
/// column lines and rules only under its header and above its total (common in English
/// reports) is not a grid with open sides, and closing it would lump its rows together. A
/// frame ruled only at the top, under its header and at the foot, its column lines running
/// down the body, is such a grid (广东, 河北, 湖南 tables: the label column left of the first
/// column line). Only open-sided grids (no left or right border, the rules running on past the
/// last column line: common in government statistics) get sides, and only alongside rows that
/// vertical rules cross, so tables stacked on a page are not joined through their captions.
pub fn close_sides(rows: &[Edge], columns: &[Edge], s: &Settings) -> Vec<Edge> {
    let tol = s.lattice.intersection_tolerance;
    let mut out = Vec::new();
    for (at, places) in open_ends(rows, columns, s) {
        // Runs as (first, last) indices into `places`, and whether several column lines span
        // one of their gaps.
        let mut runs: Vec<(usize, usize, bool)> = Vec::new();
        for (i, pair) in places.windows(2).enumerate() {
            let &[a, b] = pair else { continue };
            let mut lines: Vec<f64> = columns
                .iter()
                .filter(|c| c.lo - tol <= a && b <= c.hi + tol)
                .map(|c| c.at)
                .collect();
            lines.sort_by(f64::total_cmp);
            lines.dedup_by(|x, y| (*x - *y).abs() <= s.lattice.snap_tolerance);
            if lines.is_empty() {
                continue;
            }
            let ruled = lines.len() >= s.lattice.side_min_column_lines;
            match runs.last_mut() {
                Some(run) if run.1 == i => {
                    run.1 = i + 1;
                    run.2 |= ruled;
                }
                _ => runs.push((i, i + 1, ruled)),
            }
        }
        for (first, last, ruled) in runs {
            if !ruled || last + 1 - first < s.lattice.side_min_rows {
                continue;
            }
            if let (Some(&lo), Some(&hi)) = (places.get(first), places.get(last)) {
                out.push(Edge { at, lo, hi });
            }
        }
    }
    out.retain(|e| e.hi - e.lo >= s.lattice.edge_min_length);
    out
}

/// Tables: cells sharing a corner (exactly: cells come from the same intersections) grouped,
/// each group of enough cells placed on its grid of row and column lines, positions no
/// cell covers filled with empty cells (joined where none of the `rules` parts them). Top to
/// bottom, then left to right.
pub fn grids(cells: &[Rect], rules: Option<&Intersections>, s: &Settings) -> Vec<Grid> {
    // Union-find over cells, joined through shared corners.
    let mut parent: Vec<usize> = (0..cells.len()).collect();
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
    let mut corner_owner: HashMap<(u64, u64), usize> = HashMap::new();
    for (i, r) in cells.iter().enumerate() {
        for (x, y) in [(r.x0, r.y0), (r.x1, r.y0), (r.x0, r.y1), (r.x1, r.y1)] {
            let c = (x.to_bits(), y.to_bits());
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
    for i in 0..cells.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut out: Vec<Grid> = groups
        .into_values()
        .filter(|members| members.len() >= s.lattice.min_table_cells)
        .map(|members| {
            let rects: Vec<&Rect> = members.iter().filter_map(|&m| cells.get(m)).collect();
            let mut xs: Vec<f64> = rects.iter().flat_map(|r| [r.x0, r.x1]).collect();
            let mut ys: Vec<f64> = rects.iter().flat_map(|r| [r.y0, r.y1]).collect();
            for v in [&mut xs, &mut ys] {
                v.sort_unstable_by(f64::total_cmp);
                v.dedup_by(|a, b| a.total_cmp(b).is_eq());
            }
            let at =
                |lines: &[f64], v: f64| lines.binary_search_by(|p| p.total_cmp(&v)).unwrap_or(0);
            let mut cells: Vec<GridCell> = rects
                .iter()
                .map(|&&bbox| GridCell {
                    row: at(&ys, bbox.y0),
                    col: at(&xs, bbox.x0),
                    rowspan: at(&ys, bbox.y1) - at(&ys, bbox.y0),
                    colspan: at(&xs, bbox.x1) - at(&xs, bbox.x0),
                    bbox,
                })
                .collect();
            fill_holes(&mut cells, &xs, &ys, rules, s);
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
/// that every position is covered exactly once. Where no rule of `rules` runs between two such
/// positions they are one cell: a spanning header whose border has a gap (上海 三公 p15: 机关
/// 运行经费预算数 over three rows, its right border broken) is no cell of the search, yet one
/// cell as printed. Without `rules`, each position is a cell.
fn fill_holes(
    cells: &mut Vec<GridCell>,
    xs: &[f64],
    ys: &[f64],
    rules: Option<&Intersections>,
    s: &Settings,
) {
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
    let tol = s.lattice.intersection_tolerance;
    let free = |covered: &[bool], r: usize, k: usize| covered.get(r * nc + k) == Some(&false);
    // A rule between columns k and k + 1 (rows r0..=r1), or between rows r and r + 1
    // (columns k0..=k1); with no rules known, every position is parted.
    let wall = |k: usize, r0: usize, r1: usize| {
        rules.is_none_or(|ix| {
            let (Some(&x), Some(&a), Some(&b)) = (xs.get(k + 1), ys.get(r0), ys.get(r1 + 1)) else {
                return true;
            };
            ix.v.runs_along(x, a, b, tol)
        })
    };
    let floor = |r: usize, k0: usize, k1: usize| {
        rules.is_none_or(|ix| {
            let (Some(&y), Some(&a), Some(&b)) = (ys.get(r + 1), xs.get(k0), xs.get(k1 + 1)) else {
                return true;
            };
            ix.h.runs_along(y, a, b, tol)
        })
    };
    for r in 0..nr {
        for k in 0..nc {
            if !free(&covered, r, k) {
                continue;
            }
            // Widest run to the right, then as many rows down as stay free and unparted.
            let mut k1 = k;
            while k1 + 1 < nc && free(&covered, r, k1 + 1) && !wall(k1, r, r) {
                k1 += 1;
            }
            let mut r1 = r;
            while r1 + 1 < nr
                && (k..=k1).all(|c| free(&covered, r1 + 1, c))
                && !floor(r1, k, k1)
                && (k..k1).all(|c| !wall(c, r1 + 1, r1 + 1))
            {
                r1 += 1;
            }
            for row in r..=r1 {
                for col in k..=k1 {
                    if let Some(slot) = covered.get_mut(row * nc + col) {
                        *slot = true;
                    }
                }
            }
            if let (Some(&x0), Some(&x1), Some(&y0), Some(&y1)) =
                (xs.get(k), xs.get(k1 + 1), ys.get(r), ys.get(r1 + 1))
            {
                cells.push(GridCell {
                    row: r,
                    col: k,
                    rowspan: r1 + 1 - r,
                    colspan: k1 + 1 - k,
                    bbox: Rect { x0, y0, x1, y1 },
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::RulingSource;
    use crate::table::testing::{hline, vline};

    fn edge(at: f64, lo: f64, hi: f64) -> Edge {
        Edge { at, lo, hi }
    }

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect { x0, y0, x1, y1 }
    }

    /// A box 0-100 × 0-50 with a stub at x = 60 that stops 30 pt short of the bottom rule.
    fn stubbed() -> (Vec<Edge>, Vec<Edge>) {
        let h = vec![edge(0.0, 0.0, 100.0), edge(50.0, 0.0, 100.0)];
        // The right border ends 2 pt short of the bottom rule: within the tolerance.
        let v = vec![
            edge(0.0, 0.0, 50.0),
            edge(60.0, 0.0, 20.0),
            edge(100.0, 0.0, 48.0),
        ];
        (h, v)
    }

    #[test]
    fn intersections_within_the_tolerance() {
        let (h, v) = stubbed();
        let ix = intersections(&h, &v, &Settings::default());
        assert_eq!(
            ix.points(),
            [
                (0.0, 0.0),
                (0.0, 50.0),
                (60.0, 0.0),
                (100.0, 0.0),
                (100.0, 50.0)
            ]
        );
        let mut s = Settings::default();
        s.lattice.intersection_tolerance = 1.0;
        assert!(!intersections(&h, &v, &s).points().contains(&(100.0, 50.0)));
    }

    #[test]
    fn a_missing_separator_makes_one_cell() {
        // The stub meets the top rule only: no cell closes at x = 60, the box is one cell.
        let (h, v) = stubbed();
        let s = Settings::default();
        assert_eq!(
            cells(&intersections(&h, &v, &s), &s),
            [rect(0.0, 0.0, 100.0, 50.0)]
        );
    }

    #[test]
    fn slivers_are_not_cells() {
        // Rules at 20 and 21.5 (not snapped here): the 1.5 pt band between them is no cell
        // with the default smallest cell (2 pt), one with 1 pt.
        let h = [
            edge(0.0, 0.0, 100.0),
            edge(20.0, 0.0, 100.0),
            edge(21.5, 0.0, 100.0),
        ];
        let v = [edge(0.0, 0.0, 21.5), edge(100.0, 0.0, 21.5)];
        let mut s = Settings::default();
        let found = cells(&intersections(&h, &v, &s), &s);
        assert_eq!(found, [rect(0.0, 0.0, 100.0, 20.0)]);
        s.lattice.min_cell_size = 1.0;
        let found = cells(&intersections(&h, &v, &s), &s);
        assert_eq!(
            found,
            [rect(0.0, 0.0, 100.0, 20.0), rect(0.0, 20.0, 100.0, 21.5)]
        );
    }

    #[test]
    fn grids_group_cells_by_corners_and_fill_holes() {
        // An L: a full-width top cell and a bottom-left cell sharing the corner (0, 20); the
        // bottom-right position has no cell and is filled. A lone box elsewhere is no table.
        let cells = [
            rect(0.0, 0.0, 100.0, 20.0),
            rect(0.0, 20.0, 50.0, 40.0),
            rect(300.0, 300.0, 400.0, 320.0),
        ];
        let g = grids(&cells, None, &Settings::default());
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].xs, [0.0, 50.0, 100.0]);
        assert_eq!(g[0].ys, [0.0, 20.0, 40.0]);
        let placed: Vec<(usize, usize, usize, usize)> = g[0]
            .cells
            .iter()
            .map(|c| (c.row, c.col, c.rowspan, c.colspan))
            .collect();
        assert_eq!(placed, [(0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)]);
        assert_eq!(g[0].cells[2].bbox, rect(50.0, 20.0, 100.0, 40.0));
        let mut s = Settings::default();
        s.lattice.min_table_cells = 1;
        assert_eq!(grids(&cells, None, &s).len(), 2);
    }

    #[test]
    fn a_row_cut_by_a_page_break_is_closed() {
        // Column lines run 0-40 but the last rule is at 20: the row 20-40 has no bottom.
        let h = [edge(0.0, 0.0, 100.0), edge(20.0, 0.0, 100.0)];
        let v = [
            edge(0.0, 0.0, 40.0),
            edge(50.0, 0.0, 40.0),
            edge(100.0, 0.0, 40.0),
        ];
        let s = Settings::default();
        assert_eq!(close_rows(&v, &h, &s), [edge(40.0, 0.0, 100.0)]);
        // One column line ending alone closes nothing.
        assert!(close_rows(&v[..1], &h, &s).is_empty());
        let r = [
            hline(0.0, 0.0, 100.0),
            hline(20.0, 0.0, 100.0),
            vline(0.0, 0.0, 40.0),
            vline(50.0, 0.0, 40.0),
            vline(100.0, 0.0, 40.0),
        ];
        let g = lattice(&r, &s);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].ys, [0.0, 20.0, 40.0]);
        assert!(g[0].open_bottom && !g[0].open_top);
    }

    #[test]
    fn open_sides_are_closed_along_ruled_rows() {
        // Five rules 0-100 with column lines at 25, 50, 75 and no left or right border.
        let rows: Vec<Edge> = (0..5).map(|k| edge(k as f64 * 20.0, 0.0, 100.0)).collect();
        let columns: Vec<Edge> = [25.0, 50.0, 75.0]
            .iter()
            .map(|&x| edge(x, 0.0, 80.0))
            .collect();
        let s = Settings::default();
        // Right ends first, then left ends.
        assert_eq!(
            close_sides(&rows, &columns, &s),
            [edge(100.0, 0.0, 80.0), edge(0.0, 0.0, 80.0)]
        );
        // Two column lines are not a grid (rules under a header and above a total).
        assert!(close_sides(&rows, &columns[..2], &s).is_empty());
        // Nor five rules when a side must run along six.
        let mut s = Settings::default();
        s.lattice.side_min_rows = 6;
        assert!(close_sides(&rows, &columns, &s).is_empty());
    }

    /// Rules at the top, under the header and at the foot (0, 20, 200) from 0 to 300, column
    /// lines at 100, 150, 200, 250 down the whole frame, no rule at either side: the label
    /// column (0-100) and the last column (250-300) are inside the table.
    #[test]
    fn a_framed_body_is_closed() {
        let rows = [
            edge(0.0, 0.0, 300.0),
            edge(20.0, 0.0, 300.0),
            edge(200.0, 0.0, 300.0),
        ];
        let columns: Vec<Edge> = [100.0, 150.0, 200.0, 250.0]
            .iter()
            .map(|&x| edge(x, 0.0, 200.0))
            .collect();
        let s = Settings::default();
        assert_eq!(
            close_sides(&rows, &columns, &s),
            [edge(300.0, 0.0, 200.0), edge(0.0, 0.0, 200.0)]
        );
        // Header column lines only (0-20): the body is no grid, nothing is closed.
        let header: Vec<Edge> = columns.iter().map(|c| edge(c.at, 0.0, 20.0)).collect();
        assert!(close_sides(&rows, &header, &s).is_empty());
    }

    /// A frame continued on the next page: rules at 0 and 20 from 0 to 300, the column lines
    /// (100-250) run on to 200 where the page breaks, no rule there. The closing rule spans
    /// the rules above, label column included, and both sides are then closed down to it.
    #[test]
    fn a_closing_row_runs_as_wide_as_its_rules() {
        let rows = [edge(0.0, 0.0, 300.0), edge(20.0, 0.0, 300.0)];
        let mut columns: Vec<Edge> = [100.0, 150.0, 200.0, 250.0]
            .iter()
            .map(|&x| edge(x, 0.0, 200.0))
            .collect();
        // A header column line (0-20) crosses no closing rule.
        columns.push(edge(125.0, 0.0, 20.0));
        let s = Settings::default();
        assert_eq!(close_rows(&columns, &rows, &s), [edge(200.0, 0.0, 300.0)]);
        let mut r: Vec<Ruling> = rows.iter().map(|e| hline(e.at, e.lo, e.hi)).collect();
        r.extend(columns.iter().map(|e| vline(e.at, e.lo, e.hi)));
        let g = lattice(&r, &s);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].xs.first(), Some(&0.0));
        assert_eq!(g[0].xs.last(), Some(&300.0));
        assert_eq!(g[0].ys, [0.0, 20.0, 200.0]);
        assert!(g[0].open_bottom);
    }

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
        let g = lattice(&r, &Settings::default());
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

    /// A header cell spanning three rows at the right whose right border has a gap (上海 三公
    /// p15): no cell of the search, yet one cell, not three stacked holes.
    #[test]
    fn a_spanning_cell_with_a_broken_border_is_one_cell() {
        let r = [
            line(0.0, 0.0, 300.0, 0.0),
            line(0.0, 20.0, 200.0, 20.0),
            line(100.0, 40.0, 200.0, 40.0),
            line(0.0, 60.0, 300.0, 60.0),
            line(0.0, 80.0, 300.0, 80.0),
            line(0.0, 0.0, 0.0, 80.0),
            line(100.0, 20.0, 100.0, 80.0),
            line(200.0, 0.0, 200.0, 80.0),
            // The right border stops at 45 and starts again at 60.
            line(300.0, 0.0, 300.0, 45.0),
            line(300.0, 60.0, 300.0, 80.0),
        ];
        let g = lattice(&r, &Settings::default());
        assert_eq!(g.len(), 1);
        let spans: Vec<(usize, usize, usize, usize)> = g[0]
            .cells
            .iter()
            .filter(|c| c.col == 2)
            .map(|c| (c.row, c.col, c.rowspan, c.colspan))
            .collect();
        assert_eq!(spans, [(0, 2, 3, 1), (3, 2, 1, 1)]);
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
        let g = lattice(&r, &Settings::default());
        assert_eq!(g.len(), 3);
        assert_eq!(g[0].cells.len(), 6);
        assert_eq!(g[1].cells.len(), 4);
    }
}
