//! What one page yields: glyphs, ruling segments and filled rectangles in a top-left page
//! space (after /Rotate and CropBox), collected by [`PageCollector`], the standard sink.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use super::device::{Device, GlyphEvent, PaintEvent};
use super::geom::Rect;

/// One decoded character (or ligature) as printed.
#[derive(Debug, Clone, Serialize)]
pub struct Glyph {
    /// Unicode text; empty never (undecodable glyphs are counted, not emitted).
    pub text: String,
    pub bbox: Rect,
    /// The font's BaseFont name (lossily decoded when it is not UTF-8, e.g. raw GBK bytes).
    pub font: Arc<str>,
    /// Effective size in page units (font size × text and CTM scaling).
    pub size: f64,
    /// Fill colour as RGB in 0..=1.
    pub color: [f32; 3],
    /// Render mode 3 (or 7): present in the text layer but not visible on the page.
    pub invisible: bool,
    /// Direction of the baseline in degrees, counter-clockwise, page space (0 = left to right).
    pub angle: i16,
    /// Set in vertical writing mode (Identity-V, UniGB-UCS2-V, …): glyphs run top to bottom.
    pub vertical: bool,
}

impl Glyph {
    /// An upright 10-point glyph `w` wide with its top-left corner at (x, y): for the tests of
    /// this crate and of the layers built on it.
    pub fn at(text: &str, x: f64, y: f64, w: f64) -> Glyph {
        Glyph {
            text: text.into(),
            bbox: Rect {
                x0: x,
                y0: y,
                x1: x + w,
                y1: y + 10.0,
            },
            font: "F".into(),
            size: 10.0,
            color: [0.0; 3],
            invisible: false,
            angle: 0,
            vertical: false,
        }
    }
}

/// A character code no font data maps to Unicode.
#[derive(Debug, Clone, Serialize)]
pub struct Undecoded {
    pub code: u32,
    pub font: Arc<str>,
    pub bbox: Rect,
}

/// Orientation of a ruling segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Orientation {
    Horizontal,
    Vertical,
}

/// Where a ruling segment came from: a stroked path, a thin filled rectangle (Word and WPS
/// draw table borders so) or another thin filled shape (polygons with a bevelled corner).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RulingSource {
    Stroke,
    ThinRect,
    ThinShape,
}

/// A horizontal or vertical line segment; `x0 <= x1`, `y0 <= y1`, and one of the two
/// extents is zero (the centre line of the drawn stroke or rectangle).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Ruling {
    pub orientation: Orientation,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    /// Drawn thickness in page units.
    pub width: f64,
    pub source: RulingSource,
}

/// A filled rectangle too large to be a ruling (cell shading, backgrounds).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct FilledRect {
    pub rect: Rect,
    pub color: [f32; 3],
}

/// Everything a page yields.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageContent {
    /// 1-based page number.
    pub number: u32,
    /// Size of the page as displayed (after /Rotate), turned with it when `turn` is 90 or 270.
    pub width: f64,
    pub height: f64,
    /// The page's /Rotate, normalised to 0, 90, 180 or 270.
    pub rotate: u16,
    /// Degrees (0, 90, 180 or 270) the displayed page was turned clockwise so that its text
    /// reads left to right (a sideways table): every box below is in that turned frame;
    /// [`PageContent::displayed`] maps one back.
    pub turn: u16,
    pub glyphs: Vec<Glyph>,
    pub rulings: Vec<Ruling>,
    pub fills: Vec<FilledRect>,
    /// Boxes of other painted shapes (curves, polygons, slanted lines): charts and drawings.
    pub shapes: Vec<Rect>,
    /// Images painted on the page (a page with images and no glyphs has no text layer).
    pub images: u32,
    /// Where they were painted.
    pub image_boxes: Vec<Rect>,
    /// Character codes that no font data could map to Unicode.
    pub undecoded: u32,
    /// Where they are: a table cell holding one must not be read as a clean value.
    pub undecoded_glyphs: Vec<Undecoded>,
    /// Glyphs drawn again on top of themselves (fake bold), printed once.
    pub duplicates: u32,
    /// Glyphs drawn wholly outside the visible page, left out.
    pub off_page: u32,
    /// Problems met while interpreting (bad operands, missing resources...), never fatal.
    pub warnings: Vec<String>,
}

impl PageContent {
    /// True when the page shows images but carries no text: a scan without a text layer.
    pub fn is_image_only(&self) -> bool {
        self.glyphs.is_empty() && self.undecoded == 0 && self.images > 0
    }

    /// An estimate of the bytes the page holds, from its lengths alone (so it is cheap to ask
    /// often): what [`crate::Limits::max_memory`] counts.
    pub fn held_bytes(&self) -> usize {
        use std::mem::size_of;
        // A glyph's text is a small allocation of its own, and the collector indexes it.
        const GLYPH_EXTRA: usize = 48;
        self.glyphs.len() * (size_of::<Glyph>() + GLYPH_EXTRA)
            + self.undecoded_glyphs.len() * size_of::<Undecoded>()
            + self.rulings.len() * size_of::<Ruling>()
            + self.fills.len() * size_of::<FilledRect>()
            + (self.shapes.len() + self.image_boxes.len()) * size_of::<Rect>()
            + self.warnings.iter().map(String::len).sum::<usize>()
    }
}

/// How many earlier glyphs of the same character and row a glyph is compared with when
/// looking for fake-bold duplicates.
const MAX_DUPLICATE_SCAN: usize = 512;

/// A glyph drawn again less than this share of its advance away is a duplicate (fake bold:
/// copies 0.24 pt apart, a few hundredths of a CJK advance); a repeated letter is a whole
/// advance away...
const DUPLICATE_SHARE: f64 = 0.5;
/// ... and less than this share of its size (3 pt at most): leader dots are often set closer
/// than their font's advance (5 pt apart with a 12 pt advance), and are not copies.
const DUPLICATE_EM: f64 = 0.2;

/// A painted shape at most this wide (page units) and longer than wide is a line.
pub const THIN_RECT_MAX: f64 = 3.0;

/// The standard sink: keeps the glyphs a reader sees, turns painted paths into rulings and
/// filled rectangles.
#[derive(Debug, Default)]
pub struct PageCollector {
    pub page: PageContent,
    /// Glyphs by (first character, rounded top): where a duplicate would be.
    placed: HashMap<(char, i64), Vec<usize>>,
}

impl PageCollector {
    /// A collector for a page of the given displayed size.
    pub fn new(width: f64, height: f64) -> PageCollector {
        PageCollector {
            page: PageContent {
                width,
                height,
                ..PageContent::default()
            },
            placed: HashMap::new(),
        }
    }

    /// Whether the same glyph was already drawn at (nearly) the same place: producers fake
    /// bold by drawing a run several times, offset by a fraction of a point. "Nearly" is
    /// measured against the glyph's own advance: a letter printed twice in a row (the ll of
    /// "will", 11 in a condensed font) sits one advance on, however narrow it is.
    fn is_duplicate(&self, g: &GlyphEvent<'_>, text: &str) -> bool {
        let Some(first) = text.chars().next() else {
            return false;
        };
        let tol = (g.advance * DUPLICATE_SHARE)
            .min(g.size * DUPLICATE_EM)
            .min(3.0);
        let row = g.bbox.y0.round() as i64;
        let reach = tol.ceil() as i64;
        (row.saturating_sub(reach)..=row.saturating_add(reach)).any(|r| {
            self.placed.get(&(first, r)).is_some_and(|ids| {
                // Only the latest glyphs of a kind on a row: a duplicate follows its original
                // closely, and a hostile page with a million alike glyphs on one row must not
                // cost a million squared comparisons.
                ids.iter()
                    .rev()
                    .take(MAX_DUPLICATE_SCAN)
                    .filter_map(|&i| self.page.glyphs.get(i))
                    .any(|o| {
                        o.text == text
                            && o.invisible == g.invisible
                            && (o.bbox.x0 - g.bbox.x0).hypot(o.bbox.y0 - g.bbox.y0) <= tol
                            && (o.size - g.size).abs() <= g.size * 0.05
                    })
            })
        })
    }

    /// A glyph whose centre lies outside the page cannot be read there (overflow from a
    /// previous layout, text parked off-page): it is not part of the page.
    fn off_page(&self, b: &Rect) -> bool {
        let p = &self.page;
        let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
        p.width > 0.0 && (cx < 0.0 || cy < 0.0 || cx > p.width || cy > p.height)
    }
}

impl Device for PageCollector {
    fn glyph(&mut self, g: GlyphEvent<'_>) {
        if self.off_page(&g.bbox) {
            self.page.off_page += 1;
            return;
        }
        let Some(text) = g.text else {
            self.page.undecoded += 1;
            self.page.undecoded_glyphs.push(Undecoded {
                code: g.code,
                font: g.font.clone(),
                bbox: g.bbox,
            });
            return;
        };
        if self.is_duplicate(&g, text) {
            self.page.duplicates += 1;
            return;
        }
        if let Some(first) = text.chars().next() {
            let row = g.bbox.y0.round() as i64;
            self.placed
                .entry((first, row))
                .or_default()
                .push(self.page.glyphs.len());
        }
        self.page.glyphs.push(Glyph {
            text: text.to_string(),
            bbox: g.bbox,
            font: g.font.clone(),
            size: g.size,
            color: g.color,
            invisible: g.invisible,
            angle: g.angle,
            vertical: g.vertical,
        });
    }

    fn paint(&mut self, p: &PaintEvent<'_>) {
        super::rulings::collect(
            p,
            &mut self.page.rulings,
            &mut self.page.fills,
            &mut self.page.shapes,
        );
    }

    fn image(&mut self, bbox: Rect) {
        self.page.images += 1;
        self.page.image_boxes.push(bbox);
    }

    fn warning(&mut self, msg: &str) {
        // A broken stream can repeat one complaint thousands of times: keep a bounded sample.
        if self.page.warnings.len() < 20 {
            self.page.warnings.push(msg.to_string());
        }
    }

    fn held(&self) -> usize {
        self.page.held_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shows `text` at each x on one baseline, `advance` wide, 15 pt.
    fn show(c: &mut PageCollector, text: &str, xs: &[f64], advance: f64) {
        let font: Arc<str> = "F".into();
        for &x in xs {
            c.glyph(GlyphEvent {
                text: Some(text),
                code: 0,
                bbox: Rect {
                    x0: x,
                    y0: 100.0,
                    x1: x + advance,
                    y1: 115.0,
                },
                advance,
                font: &font,
                size: 15.0,
                color: [0.0; 3],
                invisible: false,
                angle: 0,
                vertical: false,
            });
        }
    }

    #[test]
    fn copies_within_a_share_of_the_advance_are_fake_bold() {
        let mut c = PageCollector::new(600.0, 800.0);
        show(&mut c, "一", &[100.0, 100.24, 100.0, 100.24], 15.0);
        assert_eq!((c.page.glyphs.len(), c.page.duplicates), (1, 3));
        // A narrow figure repeated one advance on is text.
        show(&mut c, "1", &[200.0, 201.1, 202.2], 1.1);
        assert_eq!(c.page.glyphs.len(), 4);
        // Leader dots set closer than their font's 11.67 pt advance are not copies either.
        let dots: Vec<f64> = (0..9).map(|i| 300.0 + 5.04 * f64::from(i)).collect();
        show(&mut c, "·", &dots, 11.67);
        assert_eq!((c.page.glyphs.len(), c.page.duplicates), (13, 3));
    }
}
