//! Grouping glyphs into lines by their vertical extent.

use crate::pdf::{Glyph, Rect};

/// One text line: indices into the page's glyphs, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    pub glyphs: Vec<usize>,
    pub bbox: Rect,
}

fn center_y(r: &Rect) -> f64 {
    (r.y0 + r.y1) / 2.0
}

/// Groups glyphs into lines: a glyph joins a line when its vertical centre lies within the
/// line's band (so mixed sizes on one baseline stay together). Whitespace glyphs join the line
/// they fall in (they separate words) but never start one. Lines come top to bottom, glyphs
/// left to right.
pub fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    let blank = |i: usize| glyphs.get(i).is_none_or(|g| g.text.trim().is_empty());
    let mut order: Vec<usize> = (0..glyphs.len()).filter(|&i| !blank(i)).collect();
    let bbox = |i: usize| {
        glyphs.get(i).map(|g| g.bbox).unwrap_or(Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 0.0,
            y1: 0.0,
        })
    };
    order.sort_by(|&a, &b| center_y(&bbox(a)).total_cmp(&center_y(&bbox(b))));
    let mut out: Vec<Line> = Vec::new();
    for i in order {
        let r = bbox(i);
        let cy = center_y(&r);
        // Lines near the bottom of the list are the only candidates: glyphs come sorted by y.
        let hit = out.iter_mut().rev().take(4).find(|l| {
            let h = (l.bbox.height()).min(r.height()).max(0.1);
            cy >= l.bbox.y0 && cy <= l.bbox.y1 && (center_y(&l.bbox) - cy).abs() < h * 0.6
        });
        match hit {
            Some(line) => {
                line.glyphs.push(i);
                line.bbox = line.bbox.union(&r);
            }
            None => out.push(Line {
                glyphs: vec![i],
                bbox: r,
            }),
        }
    }
    for i in (0..glyphs.len()).filter(|&i| blank(i)) {
        let cy = center_y(&bbox(i));
        if let Some(line) = out.iter_mut().find(|l| cy >= l.bbox.y0 && cy <= l.bbox.y1) {
            line.glyphs.push(i);
        }
    }
    for l in &mut out {
        l.glyphs.sort_by(|&a, &b| bbox(a).x0.total_cmp(&bbox(b).x0));
    }
    out.sort_by(|a, b| a.bbox.y0.total_cmp(&b.bbox.y0));
    out
}
