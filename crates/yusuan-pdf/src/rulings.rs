//! Painted paths -> ruling segments and filled rectangles.
//!
//! Table borders come in two forms: stroked lines (and stroked rectangles), and — from Word
//! and WPS — thin filled rectangles. Both become [`Ruling`]s along their centre line; larger
//! filled rectangles are kept as shading.

use super::device::{PaintEvent, PathSeg};
use super::geom::Rect;
use super::page::{FilledRect, Orientation, Ruling, RulingSource, THIN_RECT_MAX};

/// Slope tolerance: a segment this far off the axis (page units) still counts as straight.
const AXIS_TOL: f64 = 0.5;

fn is_white(c: [f32; 3]) -> bool {
    c.iter().all(|v| *v > 0.95)
}

/// A subpath's points, whether it was closed, and whether it had curves.
type Subpath = (Vec<(f64, f64)>, bool, bool);

/// Splits a path into subpaths of points (curves contribute their end points, flagged).
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
            PathSeg::CurveTo(x, y) => {
                pts.push((x, y));
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
    let first = *pts.first()?;
    Some(pts.iter().fold(Rect::from_points(first, first), |r, p| {
        r.union(&Rect::from_points(*p, *p))
    }))
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

/// A thin rectangle as the line along its long axis.
fn thin_rect_line(r: &Rect) -> Option<Ruling> {
    let (w, h) = (r.width(), r.height());
    if h <= THIN_RECT_MAX && w > h {
        let y = (r.y0 + r.y1) / 2.0;
        line((r.x0, y), (r.x1, y), h, RulingSource::ThinRect)
    } else if w <= THIN_RECT_MAX && h > w {
        let x = (r.x0 + r.x1) / 2.0;
        line((x, r.y0), (x, r.y1), w, RulingSource::ThinRect)
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
        let visible = stroke_visible || fill_visible;
        let slanted = pts.windows(2).any(
            |w| matches!(w, [a, b] if (a.0 - b.0).abs() > AXIS_TOL && (a.1 - b.1).abs() > AXIS_TOL),
        );
        if visible
            && (curved || slanted)
            && let Some(&first) = pts.first()
        {
            shapes.push(pts.iter().fold(Rect::from_points(first, first), |r, q| {
                r.union(&Rect::from_points(*q, *q))
            }));
        }
        if curved {
            continue;
        }
        let rect = if closed || pts.len() == 5 {
            as_rect(&pts)
        } else {
            None
        };
        if let Some(r) = rect {
            if p.fill {
                match thin_rect_line(&r) {
                    Some(l) if fill_visible => rulings.push(l),
                    Some(_) => {}
                    None => fills.push(FilledRect {
                        rect: r,
                        color: p.fill_color,
                    }),
                }
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
