//! Builders of synthetic pages for the tests of the table steps: glyphs set at known places,
//! ruling lines, a page holding them.

use crate::layout::is_wide_char;
use crate::pdf::{Glyph, Orientation, PageContent, Ruling, RulingSource};

/// `text` set from (x, y) as 10-point glyphs: wide (CJK, full-width) characters 10 pt wide,
/// others 5 pt, spaces included as glyphs.
pub fn text(text: &str, x: f64, y: f64, out: &mut Vec<Glyph>) {
    let mut x = x;
    for c in text.chars() {
        let w = if is_wide_char(c) { 10.0 } else { 5.0 };
        out.push(Glyph::at(&c.to_string(), x, y, w));
        x += w;
    }
}

pub fn hline(y: f64, x0: f64, x1: f64) -> Ruling {
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

pub fn vline(x: f64, y0: f64, y1: f64) -> Ruling {
    Ruling {
        orientation: Orientation::Vertical,
        x0: x,
        y0,
        x1: x,
        y1,
        width: 0.5,
        source: RulingSource::Stroke,
    }
}

/// A fully ruled grid with column lines at `xs` and row lines at `ys`.
pub fn ruled(xs: &[f64], ys: &[f64]) -> Vec<Ruling> {
    let (Some(&x0), Some(&x1), Some(&y0), Some(&y1)) =
        (xs.first(), xs.last(), ys.first(), ys.last())
    else {
        return Vec::new();
    };
    let mut r: Vec<Ruling> = ys.iter().map(|&y| hline(y, x0, x1)).collect();
    r.extend(xs.iter().map(|&x| vline(x, y0, y1)));
    r
}

/// An A4-sized page (595 × 842 pt) numbered `number`.
pub fn page(number: u32, glyphs: Vec<Glyph>, rulings: Vec<Ruling>) -> PageContent {
    PageContent {
        number,
        width: 595.0,
        height: 842.0,
        glyphs,
        rulings,
        ..PageContent::default()
    }
}
