//! Ruling segments -> merged edges (pdfplumber's snap_edges, join_edge_group, merge_edges):
//! parallel segments within the snap tolerance share one position, and collinear pieces that
//! touch or nearly touch become one edge.

use crate::pdf::{Orientation, Ruling};

use super::settings::Settings;

/// A merged horizontal (`at` = y, from x `lo` to `hi`) or vertical (`at` = x, from y `lo` to `hi`)
/// edge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    pub at: f64,
    pub lo: f64,
    pub hi: f64,
}

/// Clusters sorted values: a value joins the cluster when it is within `tol` of the previous
/// one. Returns the cluster index of each input (in input order) and the cluster means.
fn cluster(values: &[f64], tol: f64) -> (Vec<usize>, Vec<f64>) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| {
        values
            .get(a)
            .unwrap_or(&0.0)
            .total_cmp(values.get(b).unwrap_or(&0.0))
    });
    let mut ids = vec![0; values.len()];
    let mut sums: Vec<(f64, usize)> = Vec::new();
    let mut prev: Option<f64> = None;
    for i in order {
        let v = values.get(i).copied().unwrap_or(0.0);
        if prev.is_none_or(|p| v - p > tol) {
            sums.push((0.0, 0));
        }
        if let Some(s) = sums.last_mut() {
            s.0 += v;
            s.1 += 1;
        }
        if let Some(id) = ids.get_mut(i) {
            *id = sums.len() - 1;
        }
        prev = Some(v);
    }
    (
        ids,
        sums.into_iter().map(|(s, n)| s / n.max(1) as f64).collect(),
    )
}

/// The ruling segments of one orientation as edges, in input order.
pub fn edges(rulings: &[Ruling], orientation: Orientation) -> Vec<Edge> {
    rulings
        .iter()
        .filter(|r| r.orientation == orientation)
        .map(|r| match orientation {
            Orientation::Horizontal => Edge {
                at: r.y0,
                lo: r.x0,
                hi: r.x1,
            },
            Orientation::Vertical => Edge {
                at: r.x0,
                lo: r.y0,
                hi: r.y1,
            },
        })
        .collect()
}

/// Edges whose positions run in steps of at most `tol` take the mean position of their run
/// (a border drawn as several strokes a fraction of a point apart is one line), in input order.
pub fn snap_edges(edges: &[Edge], tol: f64) -> Vec<Edge> {
    let positions: Vec<f64> = edges.iter().map(|e| e.at).collect();
    let (ids, means) = cluster(&positions, tol);
    edges
        .iter()
        .zip(ids)
        .map(|(e, id)| Edge {
            at: means.get(id).copied().unwrap_or(e.at),
            ..*e
        })
        .collect()
}

/// Edges at one position whose ends are at most `tol` apart become one (a ruling drawn cell by
/// cell is one line); sorted by position, then start.
pub fn join_edges(edges: &[Edge], tol: f64) -> Vec<Edge> {
    let mut sorted = edges.to_vec();
    sorted.sort_by(|a, b| a.at.total_cmp(&b.at).then(a.lo.total_cmp(&b.lo)));
    let mut out: Vec<Edge> = Vec::with_capacity(sorted.len());
    for e in sorted {
        match out.last_mut() {
            Some(last) if last.at == e.at && e.lo <= last.hi + tol => last.hi = last.hi.max(e.hi),
            _ => out.push(e),
        }
    }
    out
}

/// Merged edges of one orientation: [`edges`], snapped, joined, short pieces (specks, the
/// strokes of a glyph drawn as lines) dropped.
pub fn merge_edges(rulings: &[Ruling], orientation: Orientation, s: &Settings) -> Vec<Edge> {
    let snapped = snap_edges(&edges(rulings, orientation), s.lattice.snap_tolerance);
    let mut out = join_edges(&snapped, s.lattice.join_tolerance);
    out.retain(|e| e.hi - e.lo >= s.lattice.edge_min_length);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::testing::{hline as h, vline as v};

    fn edge(at: f64, lo: f64, hi: f64) -> Edge {
        Edge { at, lo, hi }
    }

    #[test]
    fn edges_of_one_orientation() {
        let r = [h(20.0, 0.0, 100.0), v(5.0, 10.0, 50.0), h(40.0, 0.0, 60.0)];
        assert_eq!(
            edges(&r, Orientation::Horizontal),
            [edge(20.0, 0.0, 100.0), edge(40.0, 0.0, 60.0)]
        );
        assert_eq!(edges(&r, Orientation::Vertical), [edge(5.0, 10.0, 50.0)]);
    }

    #[test]
    fn snapping_follows_chains_of_close_positions() {
        // 10 -> 12 -> 14.5 step by at most 3: one position, their mean (36.5 / 3); 30 alone.
        let e = [
            edge(14.5, 0.0, 1.0),
            edge(10.0, 0.0, 1.0),
            edge(30.0, 0.0, 1.0),
            edge(12.0, 0.0, 1.0),
        ];
        let at: Vec<f64> = snap_edges(&e, 3.0).iter().map(|e| e.at).collect();
        let mean = 36.5 / 3.0;
        assert_eq!(at, [mean, mean, 30.0, mean]);
        // With a tolerance of 2, 14.5 is 2.5 from 12: two positions.
        let at: Vec<f64> = snap_edges(&e, 2.0).iter().map(|e| e.at).collect();
        assert_eq!(at, [14.5, 11.0, 30.0, 11.0]);
    }

    #[test]
    fn joining_bridges_small_gaps_only() {
        // At 10: 0-40 and 42-80 (gap 2) join, 90-100 (gap 10) stays apart; sorted by position.
        let e = [
            edge(20.0, 0.0, 50.0),
            edge(10.0, 90.0, 100.0),
            edge(10.0, 42.0, 80.0),
            edge(10.0, 0.0, 40.0),
        ];
        assert_eq!(
            join_edges(&e, 3.0),
            [
                edge(10.0, 0.0, 80.0),
                edge(10.0, 90.0, 100.0),
                edge(20.0, 0.0, 50.0)
            ]
        );
        // A piece inside another is absorbed.
        assert_eq!(
            join_edges(&[edge(0.0, 0.0, 100.0), edge(0.0, 10.0, 20.0)], 0.0),
            [edge(0.0, 0.0, 100.0)]
        );
    }

    #[test]
    fn snaps_and_joins() {
        // Two pieces of one line (slightly offset, with a 1 pt gap), a separate line, a speck.
        let r = [
            h(100.0, 10.0, 50.0),
            h(100.8, 51.0, 90.0),
            h(200.0, 10.0, 90.0),
            h(300.0, 10.0, 11.0),
        ];
        let e = merge_edges(&r, Orientation::Horizontal, &Settings::default());
        assert_eq!(e.len(), 2);
        assert!((e[0].at - 100.4).abs() < 1e-9);
        assert_eq!((e[0].lo, e[0].hi), (10.0, 90.0));
        assert_eq!(e[1].at, 200.0);
    }

    #[test]
    fn gaps_split() {
        let r = [h(100.0, 10.0, 50.0), h(100.0, 60.0, 90.0)];
        assert_eq!(
            merge_edges(&r, Orientation::Horizontal, &Settings::default()).len(),
            2
        );
    }

    #[test]
    fn the_snap_tolerance_is_a_setting() {
        // A rule doubled 2.5 pt below itself: one edge by default (3 pt), two with 2 pt.
        let r = [h(100.0, 0.0, 50.0), h(102.5, 0.0, 50.0)];
        let mut s = Settings::default();
        assert_eq!(
            merge_edges(&r, Orientation::Horizontal, &s),
            [edge(101.25, 0.0, 50.0)]
        );
        s.lattice.snap_tolerance = 2.0;
        assert_eq!(merge_edges(&r, Orientation::Horizontal, &s).len(), 2);
    }
}
