//! Grouping glyphs into lines by their vertical extent.

use super::chars::is_wide_char;
use super::settings::LayoutSettings;
use crate::pdf::{Glyph, Rect};

/// Guards, not tolerances: the height a zero-height glyph is given when lines are matched, and
/// the smallest em a word gap is measured in (size-0 text).
const MIN_HEIGHT: f64 = 0.1;
const MIN_EM: f64 = 1.0;

/// One text line: indices into the page's glyphs, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    pub glyphs: Vec<usize>,
    pub bbox: Rect,
}

/// Groups glyphs into lines: a glyph joins a line when its vertical centre lies within the
/// line's band (so mixed sizes on one baseline stay together). Whitespace glyphs join the line
/// they fall in (they separate words) but never start one. Lines come top to bottom, glyphs
/// left to right.
pub fn lines(glyphs: &[Glyph], s: &LayoutSettings) -> Vec<Line> {
    let all: Vec<usize> = (0..glyphs.len()).collect();
    lines_of(glyphs, &all, s)
}

/// [`lines`] of a subset of the glyphs (indices into `glyphs`).
pub fn lines_of(glyphs: &[Glyph], subset: &[usize], s: &LayoutSettings) -> Vec<Line> {
    let blank = |i: usize| glyphs.get(i).is_none_or(|g| g.text.trim().is_empty());
    let mut order: Vec<usize> = subset.iter().copied().filter(|&i| !blank(i)).collect();
    let bbox = |i: usize| {
        glyphs.get(i).map(|g| g.bbox).unwrap_or(Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 0.0,
            y1: 0.0,
        })
    };
    order.sort_by(|&a, &b| bbox(a).center().1.total_cmp(&bbox(b).center().1));
    let mut out: Vec<Line> = Vec::new();
    for i in order {
        let r = bbox(i);
        let cy = r.center().1;
        // Lines near the bottom of the list are the only candidates: glyphs come sorted by y.
        let hit = out.iter_mut().rev().take(s.line_lookback).find(|l| {
            let h = (l.bbox.height()).min(r.height()).max(MIN_HEIGHT);
            cy >= l.bbox.y0
                && cy <= l.bbox.y1
                && (l.bbox.center().1 - cy).abs() < h * s.line_center_tolerance
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
    for i in subset.iter().copied().filter(|&i| blank(i)) {
        let cy = bbox(i).center().1;
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

fn is_wide(g: &Glyph) -> bool {
    g.text.chars().next().is_some_and(is_wide_char)
}

/// Whether `g` continues the word `prev` ends: Latin words break at a small gap (a tenth of
/// the size, as pdftotext does); CJK text has no spaces and is often letter-spaced (titles),
/// so only a wide gap breaks it (gaps in [`LayoutSettings`]).
pub fn same_word(prev: &Glyph, g: &Glyph, s: &LayoutSettings) -> bool {
    let gap = g.bbox.x0 - prev.bbox.x1;
    let em = g.size.max(prev.size).max(MIN_EM);
    let limit = match (is_wide(prev), is_wide(g)) {
        (true, true) => s.word_gap_wide,
        (false, false) => s.word_gap_narrow,
        // A figure running into the text of the next column is the commonest collision.
        _ => s.word_gap_mixed,
    };
    gap < limit * em
}

/// A line's words: runs of glyphs (indices) split at space glyphs and at word gaps.
pub fn words(glyphs: &[Glyph], line: &Line, s: &LayoutSettings) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut space = true;
    let mut last: Option<&Glyph> = None;
    for &i in &line.glyphs {
        let Some(g) = glyphs.get(i) else { continue };
        if g.text.trim().is_empty() {
            space = true;
            continue;
        }
        let joins = !std::mem::take(&mut space) && last.is_some_and(|p| same_word(p, g, s));
        match out.last_mut() {
            Some(w) if joins => w.push(i),
            _ => out.push(vec![i]),
        }
        last = Some(g);
    }
    out
}
