//! What the generator meant to print, page by page, and the golden JSON derived from it.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::geom::r2;

/// One run of text as shown, in display space (after /Rotate; origin bottom-left, y up).
#[derive(Debug, Clone)]
pub struct Run {
    /// Start of the baseline (horizontal) or top centre of the first glyph (vertical).
    pub x: f64,
    pub y: f64,
    /// Effective size (font size times text and CTM scaling).
    pub size: f64,
    /// Advance along the writing direction, in display units.
    pub advance: f64,
    pub text: String,
    pub vertical: bool,
    pub invisible: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Seg {
    pub horizontal: bool,
    /// Fixed coordinate and the extent, in hundredths of a unit (display space).
    pub at: i64,
    pub from: i64,
    pub to: i64,
}

#[derive(Debug, Clone, Default)]
pub struct PageModel {
    pub width: f64,
    pub height: f64,
    pub rotate: u16,
    pub mediabox: [f64; 4],
    pub runs: Vec<Run>,
    pub segs: BTreeSet<Seg>,
    pub fills: usize,
    pub images: u32,
    pub undecoded: u32,
    pub tables: Vec<TableGolden>,
    pub notes: Vec<String>,
}

impl PageModel {
    pub fn add_seg(&mut self, x0: f64, y0: f64, x1: f64, y1: f64) {
        let h = (y0 - y1).abs() < 0.01;
        let v = (x0 - x1).abs() < 0.01;
        assert!(
            h ^ v,
            "segment neither horizontal nor vertical: {x0},{y0} {x1},{y1}"
        );
        let c = |x: f64| (x * 100.0).round() as i64;
        let seg = if h {
            Seg {
                horizontal: true,
                at: c(y0),
                from: c(x0.min(x1)),
                to: c(x0.max(x1)),
            }
        } else {
            Seg {
                horizontal: false,
                at: c(x0),
                from: c(y0.min(y1)),
                to: c(y0.max(y1)),
            }
        };
        self.segs.insert(seg);
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TableGolden {
    pub title: String,
    pub form_no: String,
    pub unit: String,
    pub department: String,
    /// How the grid is drawn: "stroke" (m l S), "rect-stroke" (re S), "thin-rect" (re f),
    /// "partial" (outer box and header rule), "none".
    pub ruling: String,
    pub shaded: bool,
    pub header_rows: usize,
    /// Rows of this page's part of the table, header rows first; a merged cell's text sits in
    /// its top-left cell and the cells it covers are empty. Multi-line cell text is joined.
    pub cells: Vec<Vec<String>>,
    /// True when this page continues a table begun on an earlier page.
    pub continued: bool,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rulings {
    pub horizontal: usize,
    pub vertical: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageGolden {
    pub number: u32,
    pub width: f64,
    pub height: f64,
    pub rotate: u16,
    pub mediabox: [f64; 4],
    pub image_only: bool,
    pub images: u32,
    pub undecoded: u32,
    pub invisible_chars: usize,
    pub lines: Vec<String>,
    pub vertical_lines: usize,
    pub invisible_lines: Vec<String>,
    pub rulings: Rulings,
    pub fills: usize,
    pub tables: Vec<TableGolden>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Golden {
    pub file: String,
    pub description: String,
    pub paths: Vec<String>,
    pub features: Vec<String>,
    /// BaseFont names (Type0 and descendant) of the fonts that write vertically (WMode 1).
    pub vertical_fonts: Vec<String>,
    /// Set when some text goes through Adobe-GB1 CIDs 814-907 (GBK-EUC-H/V and GB-EUC-H/V map
    /// one-byte ASCII there): the Adobe-GB1 table gives those half-width glyphs the fullwidth
    /// code points U+FF01-U+FF5E, so either form of an ASCII character is accepted (compare
    /// after folding U+FF01-U+FF5E to U+0021-U+007E on both sides).
    pub fullwidth_ascii_equivalent: bool,
    pub pages: Vec<PageGolden>,
}

/// Whitespace removed, ligature characters written as the letters they join.
pub fn strip_ws(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            _ => out.push(c),
        }
    }
    out
}

/// Groups horizontal runs into lines (top to bottom), checking that distinct lines are far
/// enough apart that any reasonable glyph-box overlap rule groups them the same way.
fn horizontal_lines(runs: &[&Run], what: &str) -> Vec<String> {
    let mut sorted: Vec<&Run> = runs.to_vec();
    sorted.sort_by(|a, b| {
        b.y.partial_cmp(&a.y)
            .unwrap()
            .then(a.x.partial_cmp(&b.x).unwrap())
    });
    let mut groups: Vec<Vec<&Run>> = Vec::new();
    for r in sorted {
        if let Some(g) = groups.last_mut() {
            let g0 = g[0];
            if (g0.y - r.y).abs() <= 0.35 * g0.size.min(r.size) {
                g.push(r);
                continue;
            }
        }
        groups.push(vec![r]);
    }
    for w in groups.windows(2) {
        let a_low = w[0].iter().map(|r| r.y).fold(f64::MAX, f64::min);
        let b_high = w[1].iter().map(|r| r.y).fold(f64::MIN, f64::max);
        let sa = w[0].iter().map(|r| r.size).fold(0.0, f64::max);
        let sb = w[1].iter().map(|r| r.size).fold(0.0, f64::max);
        // glyph boxes span roughly [baseline - 0.25 size, baseline + 0.95 size]
        let gap = (a_low - 0.3 * sa) - (b_high + 1.0 * sb);
        assert!(
            gap > -0.05 * sa.min(sb),
            "{what}: lines too close: {:?} at {} and {:?} at {}",
            w[0][0].text,
            a_low,
            w[1][0].text,
            b_high
        );
    }
    let mut out = Vec::new();
    for mut g in groups {
        g.sort_by(|a, b| a.x.partial_cmp(&b.x).unwrap());
        for p in g.windows(2) {
            assert!(
                p[0].x + p[0].advance <= p[1].x + 0.5,
                "{what}: runs overlap on a line: {:?} (x {} + {}) and {:?} (x {})",
                p[0].text,
                p[0].x,
                p[0].advance,
                p[1].text,
                p[1].x
            );
        }
        let s: String = g.iter().map(|r| strip_ws(&r.text)).collect();
        if !s.is_empty() {
            out.push(s);
        }
    }
    out
}

/// Vertical runs grouped into columns, left to right, each read top to bottom.
fn vertical_lines(runs: &[&Run]) -> Vec<String> {
    let mut sorted: Vec<&Run> = runs.to_vec();
    sorted.sort_by(|a, b| {
        a.x.partial_cmp(&b.x)
            .unwrap()
            .then(b.y.partial_cmp(&a.y).unwrap())
    });
    let mut groups: Vec<Vec<&Run>> = Vec::new();
    for r in sorted {
        if let Some(g) = groups.last_mut()
            && (g[0].x - r.x).abs() <= 0.35 * r.size
        {
            g.push(r);
            continue;
        }
        groups.push(vec![r]);
    }
    for w in groups.windows(2) {
        assert!(
            w[1][0].x - w[0][0].x >= 1.3 * w[0][0].size.max(w[1][0].size),
            "vertical columns too close"
        );
    }
    groups
        .into_iter()
        .map(|mut g| {
            g.sort_by(|a, b| b.y.partial_cmp(&a.y).unwrap());
            g.iter().map(|r| strip_ws(&r.text)).collect::<String>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

impl PageModel {
    pub fn golden(&self, number: u32, what: &str) -> PageGolden {
        let visible_h: Vec<&Run> = self
            .runs
            .iter()
            .filter(|r| !r.invisible && !r.vertical)
            .collect();
        let visible_v: Vec<&Run> = self
            .runs
            .iter()
            .filter(|r| !r.invisible && r.vertical)
            .collect();
        let invisible: Vec<&Run> = self.runs.iter().filter(|r| r.invisible).collect();
        assert!(invisible.iter().all(|r| !r.vertical));
        let mut lines = horizontal_lines(&visible_h, what);
        let v = vertical_lines(&visible_v);
        let vertical_lines = v.len();
        lines.extend(v);
        let invisible_lines = horizontal_lines(&invisible, what);
        let invisible_chars = invisible_lines.iter().map(|l| l.chars().count()).sum();
        let horizontal = self.segs.iter().filter(|s| s.horizontal).count();
        let vertical = self.segs.len() - horizontal;
        let has_text = !self.runs.is_empty() || self.undecoded > 0;
        PageGolden {
            number,
            width: r2(self.width),
            height: r2(self.height),
            rotate: self.rotate,
            mediabox: self.mediabox.map(r2),
            image_only: !has_text && self.images > 0,
            images: self.images,
            undecoded: self.undecoded,
            invisible_chars,
            lines,
            vertical_lines,
            invisible_lines,
            rulings: Rulings {
                horizontal,
                vertical,
            },
            fills: self.fills,
            tables: self.tables.clone(),
            notes: self.notes.clone(),
        }
    }
}
