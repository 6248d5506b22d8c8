//! Painted paths -> ruling segments and filled rectangles.
//!
//! Table borders come in many forms: stroked lines and rectangles, thin filled rectangles
//! (Word, WPS), thin filled polygons with a bevelled corner, thin curves. Whatever the path,
//! a painted shape whose extent is a line is a [`Ruling`] along its centre line; larger filled
//! rectangles are kept as shading.

use super::device::{PaintEvent, PathSeg};
use super::geom::Rect;
use super::page::{FilledRect, Orientation, Ruling, RulingSource, THIN_RECT_MAX};

/// Slope tolerance: a segment this far off the axis (page units) still counts as straight.
const AXIS_TOL: f64 = 0.5;

fn is_white(c: [f32; 3]) -> bool {
    c.iter().all(|v| *v > 0.95)
}

/// A subpath's points (a curve's control points and end point: the curve lies inside their
/// hull), whether it was closed, and whether it had curves.
type Subpath = (Vec<(f64, f64)>, bool, bool);

/// Splits a path into subpaths of points.
fn subpaths(segs: &[PathSeg]) -> Vec<Subpath> {
    let mut out = Vec::new();
    let mut pts: Vec<(f64, f64)> = Vec::new();
    let mut closed = false;
    let mut curved = false;
    for s in segs {
        match *s {
            PathSeg::MoveTo(x, y) => {
                if pts.len() > 1 {
                    out.push((std::mem::take(&mut pts), closed, curved));
                }
                pts.clear();
                pts.push((x, y));
                closed = false;
                curved = false;
            }
            PathSeg::LineTo(x, y) => pts.push((x, y)),
            PathSeg::CurveTo(c) => {
                pts.extend(c);
                curved = true;
            }
            PathSeg::Close => closed = true,
        }
    }
    if pts.len() > 1 {
        out.push((pts, closed, curved));
    }
    out
}

fn bounds(pts: &[(f64, f64)]) -> Option<Rect> {
    let first = *pts.first()?;
    Some(pts.iter().fold(Rect::from_points(first, first), |r, p| {
        r.union(&Rect::from_points(*p, *p))
    }))
}

/// The rectangle a closed axis-aligned four-sided subpath describes.
fn as_rect(pts: &[(f64, f64)]) -> Option<Rect> {
    let pts = match pts {
        [a, .., z]
            if pts.len() == 5 && (a.0 - z.0).abs() < AXIS_TOL && (a.1 - z.1).abs() < AXIS_TOL =>
        {
            pts.get(..4)?
        }
        _ if pts.len() == 4 => pts,
        _ => return None,
    };
    for i in 0..4 {
        let (p, q) = (pts.get(i)?, pts.get((i + 1) % 4)?);
        if (p.0 - q.0).abs() > AXIS_TOL && (p.1 - q.1).abs() > AXIS_TOL {
            return None;
        }
    }
    bounds(pts)
}

fn line(p: (f64, f64), q: (f64, f64), width: f64, source: RulingSource) -> Option<Ruling> {
    let (dx, dy) = ((q.0 - p.0).abs(), (q.1 - p.1).abs());
    if dy <= AXIS_TOL && dx > 0.0 {
        let y = (p.1 + q.1) / 2.0;
        Some(Ruling {
            orientation: Orientation::Horizontal,
            x0: p.0.min(q.0),
            y0: y,
            x1: p.0.max(q.0),
            y1: y,
            width,
            source,
        })
    } else if dx <= AXIS_TOL && dy > 0.0 {
        let x = (p.0 + q.0) / 2.0;
        Some(Ruling {
            orientation: Orientation::Vertical,
            x0: x,
            y0: p.1.min(q.1),
            x1: x,
            y1: p.1.max(q.1),
            width,
            source,
        })
    } else {
        None
    }
}

/// A shape whose extent is a line (at most [`THIN_RECT_MAX`] across, longer than wide), as
/// the line along its long axis.
fn thin_line(r: &Rect, source: RulingSource) -> Option<Ruling> {
    let (w, h) = (r.width(), r.height());
    if h <= THIN_RECT_MAX && w > h {
        let y = (r.y0 + r.y1) / 2.0;
        line((r.x0, y), (r.x1, y), h, source)
    } else if w <= THIN_RECT_MAX && h > w {
        let x = (r.x0 + r.x1) / 2.0;
        line((x, r.y0), (x, r.y1), w, source)
    } else {
        None
    }
}

pub fn collect(
    p: &PaintEvent<'_>,
    rulings: &mut Vec<Ruling>,
    fills: &mut Vec<FilledRect>,
    shapes: &mut Vec<Rect>,
) {
    let stroke_visible = p.stroke && !is_white(p.stroke_color);
    let fill_visible = p.fill && !is_white(p.fill_color);
    for (pts, closed, curved) in subpaths(p.segs) {
        let Some(extent) = bounds(&pts) else { continue };
        let rect = if closed || pts.len() == 5 {
            as_rect(&pts)
        } else {
            None
        };
        // A thin shape is a line whatever path drew it; painted white, it is nothing.
        let source = match (fill_visible, rect.is_some()) {
            (false, _) => RulingSource::Stroke,
            (true, true) => RulingSource::ThinRect,
            (true, false) => RulingSource::ThinShape,
        };
        if let Some(mut l) = thin_line(&extent, source) {
            if fill_visible || stroke_visible {
                if stroke_visible {
                    l.width += p.line_width;
                }
                rulings.push(l);
            }
            continue;
        }
        let visible = stroke_visible || fill_visible;
        let slanted = pts.windows(2).any(
            |w| matches!(w, [a, b] if (a.0 - b.0).abs() > AXIS_TOL && (a.1 - b.1).abs() > AXIS_TOL),
        );
        if visible && (curved || slanted) {
            shapes.push(extent);
        }
        if curved {
            continue;
        }
        if let Some(r) = rect {
            if p.fill {
                fills.push(FilledRect {
                    rect: r,
                    color: p.fill_color,
                });
            }
            if stroke_visible {
                let c = [(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)];
                for i in 0..4 {
                    if let (Some(a), Some(b)) = (c.get(i), c.get((i + 1) % 4)) {
                        rulings.extend(line(*a, *b, p.line_width, RulingSource::Stroke));
                    }
                }
            }
            continue;
        }
        if stroke_visible {
            for w in pts.windows(2) {
                if let [a, b] = w {
                    rulings.extend(line(*a, *b, p.line_width, RulingSource::Stroke));
                }
            }
            if closed && let (Some(a), Some(b)) = (pts.last(), pts.first()) {
                rulings.extend(line(*a, *b, p.line_width, RulingSource::Stroke));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paint(segs: &[PathSeg], stroke: bool, fill: bool) -> (Vec<Ruling>, Vec<FilledRect>) {
        let (mut r, mut f) = (Vec::new(), Vec::new());
        let ev = PaintEvent {
            segs,
            stroke,
            fill,
            line_width: 0.5,
            stroke_color: [0.0; 3],
            fill_color: [0.0; 3],
        };
        collect(&ev, &mut r, &mut f, &mut Vec::new());
        (r, f)
    }

    fn rect(x: f64, y: f64, w: f64, h: f64) -> Vec<PathSeg> {
        vec![
            PathSeg::MoveTo(x, y),
            PathSeg::LineTo(x + w, y),
            PathSeg::LineTo(x + w, y + h),
            PathSeg::LineTo(x, y + h),
            PathSeg::Close,
        ]
    }

    #[test]
    fn thin_filled_rect_is_a_ruling() {
        let (r, f) = paint(&rect(10.0, 100.0, 200.0, 0.5), false, true);
        assert_eq!(r.len(), 1);
        assert!(f.is_empty());
        assert_eq!(r[0].orientation, Orientation::Horizontal);
        assert_eq!((r[0].x0, r[0].x1, r[0].y0), (10.0, 210.0, 100.25));
        assert_eq!(r[0].source, RulingSource::ThinRect);
    }

    #[test]
    fn shading_and_stroked_box() {
        let (r, f) = paint(&rect(10.0, 10.0, 100.0, 20.0), false, true);
        assert!(r.is_empty());
        assert_eq!(f.len(), 1);
        let (r, _) = paint(&rect(10.0, 10.0, 100.0, 20.0), true, false);
        assert_eq!(r.len(), 4);
        assert_eq!(
            r.iter()
                .filter(|l| l.orientation == Orientation::Vertical)
                .count(),
            2
        );
    }

    /// Guangzhou's borders: `m l l l h f` with a bevelled corner where two rules meet.
    #[test]
    fn bevelled_polygons_are_rulings() {
        let poly = |pts: &[(f64, f64)]| {
            let mut v = vec![PathSeg::MoveTo(pts[0].0, pts[0].1)];
            v.extend(pts[1..].iter().map(|p| PathSeg::LineTo(p.0, p.1)));
            v.push(PathSeg::Close);
            v
        };
        let top = poly(&[
            (42.0, 474.79),
            (298.84, 474.79),
            (298.84, 474.04),
            (42.75, 474.04),
        ]);
        let (r, f) = paint(&top, false, true);
        assert!(f.is_empty());
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].orientation, Orientation::Horizontal);
        assert_eq!(r[0].source, RulingSource::ThinShape);
        assert_eq!((r[0].x0, r[0].x1), (42.0, 298.84));
        assert!((r[0].y0 - 474.415).abs() < 1e-9 && (r[0].width - 0.75).abs() < 1e-9);
        let left = poly(&[
            (42.0, 458.44),
            (42.0, 474.79),
            (42.75, 474.04),
            (42.75, 458.44),
        ]);
        let (r, _) = paint(&left, false, true);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].orientation, Orientation::Vertical);
        assert_eq!((r[0].y0, r[0].y1), (458.44, 474.79));
        // Several in one fill, and a rectangle filled without closing it.
        let mut both = top.clone();
        both.extend(left);
        both.extend(&rect(10.0, 10.0, 200.0, 0.5)[..4]);
        assert_eq!(paint(&both, false, true).0.len(), 3);
    }

    #[test]
    fn thin_curves_and_flat_strokes_are_rulings() {
        // A thin band with rounded ends: its control points stay within 1 pt.
        let band = [
            PathSeg::MoveTo(10.0, 50.0),
            PathSeg::LineTo(200.0, 50.0),
            PathSeg::CurveTo([(200.5, 50.0), (200.5, 51.0), (200.0, 51.0)]),
            PathSeg::LineTo(10.0, 51.0),
            PathSeg::CurveTo([(9.5, 51.0), (9.5, 50.0), (10.0, 50.0)]),
            PathSeg::Close,
        ];
        let (r, _) = paint(&band, false, true);
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].x0, r[0].x1, r[0].y0), (9.5, 200.5, 50.5));
        // A curve bulging 20 pt is a drawing, not a line.
        let arc = [
            PathSeg::MoveTo(10.0, 50.0),
            PathSeg::CurveTo([(50.0, 30.0), (150.0, 30.0), (200.0, 50.0)]),
        ];
        assert!(paint(&arc, true, false).0.is_empty());
        // A stroked rectangle of zero height is one line, not two copies.
        let (r, _) = paint(&rect(10.0, 80.0, 100.0, 0.0), true, false);
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].x0, r[0].x1, r[0].width), (10.0, 110.0, 0.5));
    }

    #[test]
    fn white_thin_shapes_are_nothing() {
        let (mut r, mut f) = (Vec::new(), Vec::new());
        let segs = rect(10.0, 100.0, 200.0, 0.5);
        let ev = PaintEvent {
            segs: &segs,
            stroke: false,
            fill: true,
            line_width: 0.5,
            stroke_color: [0.0; 3],
            fill_color: [1.0; 3],
        };
        collect(&ev, &mut r, &mut f, &mut Vec::new());
        assert!(r.is_empty() && f.is_empty());
    }

    #[test]
    fn stroked_lines_and_diagonals() {
        let segs = [
            PathSeg::MoveTo(0.0, 0.0),
            PathSeg::LineTo(100.0, 0.0),
            PathSeg::LineTo(150.0, 50.0),
            PathSeg::MoveTo(5.0, 0.0),
            PathSeg::LineTo(5.0, 80.0),
        ];
        let (r, _) = paint(&segs, true, false);
        assert_eq!(r.len(), 2);
    }
}
