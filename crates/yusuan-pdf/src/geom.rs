//! Affine matrices and rectangles (PDF conventions: row vectors, [a b c d e f]).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Matrix {
    pub a: f64,
    pub b: f64,
    pub c: f64,
    pub d: f64,
    pub e: f64,
    pub f: f64,
}

impl Matrix {
    pub const IDENTITY: Matrix = Matrix {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 1.0,
        e: 0.0,
        f: 0.0,
    };

    pub fn new(a: f64, b: f64, c: f64, d: f64, e: f64, f: f64) -> Matrix {
        Matrix { a, b, c, d, e, f }
    }

    pub fn translate(tx: f64, ty: f64) -> Matrix {
        Matrix::new(1.0, 0.0, 0.0, 1.0, tx, ty)
    }

    /// `self` applied first, then `then` (PDF's `self × then`).
    pub fn then(&self, then: &Matrix) -> Matrix {
        Matrix {
            a: self.a * then.a + self.b * then.c,
            b: self.a * then.b + self.b * then.d,
            c: self.c * then.a + self.d * then.c,
            d: self.c * then.b + self.d * then.d,
            e: self.e * then.a + self.f * then.c + then.e,
            f: self.e * then.b + self.f * then.d + then.f,
        }
    }

    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.a * x + self.c * y + self.e,
            self.b * x + self.d * y + self.f,
        )
    }

    /// Length a unit vector along x becomes (the horizontal scale of text).
    pub fn x_scale(&self) -> f64 {
        self.a.hypot(self.b)
    }

    pub fn y_scale(&self) -> f64 {
        self.c.hypot(self.d)
    }

    pub fn is_finite(&self) -> bool {
        [self.a, self.b, self.c, self.d, self.e, self.f]
            .iter()
            .all(|v| v.is_finite())
    }
}

/// An axis-aligned rectangle in page space: origin top-left, y grows downwards.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// The bounding box of two corner points in any order.
    pub fn from_points(p: (f64, f64), q: (f64, f64)) -> Rect {
        Rect {
            x0: p.0.min(q.0),
            y0: p.1.min(q.1),
            x1: p.0.max(q.0),
            y1: p.1.max(q.1),
        }
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    /// The centre point (x, y).
    pub fn center(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    /// Whether the point (x, y) lies inside or on the border.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    pub fn union(&self, o: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(o.x0),
            y0: self.y0.min(o.y0),
            x1: self.x1.max(o.x1),
            y1: self.y1.max(o.y1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn center_and_contains() {
        let r = Rect::from_points((10.0, 40.0), (30.0, 20.0));
        assert_eq!(r.center(), (20.0, 30.0));
        // Border points are inside; a point just outside any side is not.
        for p in [(10.0, 20.0), (30.0, 40.0), (20.0, 30.0)] {
            assert!(r.contains(p), "{p:?}");
        }
        for p in [(9.9, 30.0), (30.1, 30.0), (20.0, 19.9), (20.0, 40.1)] {
            assert!(!r.contains(p), "{p:?}");
        }
    }
}
