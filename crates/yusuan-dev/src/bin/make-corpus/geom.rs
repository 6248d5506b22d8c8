//! Affine matrices (PDF convention: a point is a row vector, `p' = p × M`) and number formatting
//! for content streams.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct M(pub [f64; 6]);

impl M {
    pub const IDENTITY: M = M([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    pub fn translate(x: f64, y: f64) -> M {
        M([1.0, 0.0, 0.0, 1.0, x, y])
    }

    /// `self` applied first, then `o`.
    pub fn then(self, o: M) -> M {
        let [a1, b1, c1, d1, e1, f1] = self.0;
        let [a2, b2, c2, d2, e2, f2] = o.0;
        M([
            a1 * a2 + b1 * c2,
            a1 * b2 + b1 * d2,
            c1 * a2 + d1 * c2,
            c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2,
            e1 * b2 + f1 * d2 + f2,
        ])
    }

    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.0;
        (x * a + y * c + e, x * b + y * d + f)
    }

    /// Uniform scale factor (square root of the absolute determinant).
    pub fn scale_factor(&self) -> f64 {
        let [a, b, c, d, _, _] = self.0;
        (a * d - b * c).abs().sqrt()
    }

    pub fn op(&self) -> String {
        let v: Vec<String> = self.0.iter().map(|&x| num(x)).collect();
        v.join(" ")
    }
}

/// A number as written in a content stream: at most 3 decimals, no trailing zeros.
pub fn num(x: f64) -> String {
    let r = (x * 1000.0).round() / 1000.0;
    let r = if r == 0.0 { 0.0 } else { r };
    let mut s = format!("{r:.3}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    s
}

/// Rounds to 0.01 for golden numbers and segment identity.
pub fn r2(x: f64) -> f64 {
    let r = (x * 100.0).round() / 100.0;
    if r == 0.0 { 0.0 } else { r }
}
