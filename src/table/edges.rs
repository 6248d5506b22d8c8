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
    use crate::pdf::RulingSource;

    fn h(y: f64, x0: f64, x1: f64) -> Ruling {
        Ruling {
            orientation: Orientation::Horizontal,
            x0,
            y0: y,
            x1,
            y1: y,
            width: 0.5,
            source: RulingSource::Stroke,
        }
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
}
