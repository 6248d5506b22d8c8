//! What one page yields: glyphs, ruling segments and filled rectangles in a top-left page
//! space (after /Rotate and CropBox), collected by [`PageCollector`], the standard sink.

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
}

/// Orientation of a ruling segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Orientation {
    Horizontal,
    Vertical,
}

/// Where a ruling segment came from: a stroked path or a thin filled rectangle (Word and WPS
/// draw table borders as filled rectangles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RulingSource {
    Stroke,
    ThinRect,
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
    pub width: f64,
    pub height: f64,
    /// The page's /Rotate, normalised to 0, 90, 180 or 270.
    pub rotate: u16,
    pub glyphs: Vec<Glyph>,
    pub rulings: Vec<Ruling>,
    pub fills: Vec<FilledRect>,
    /// Images painted on the page (a page with images and no glyphs has no text layer).
    pub images: u32,
    /// Character codes that no font data could map to Unicode.
    pub undecoded: u32,
    /// Problems met while interpreting (bad operands, missing resources...), never fatal.
    pub warnings: Vec<String>,
}

impl PageContent {
    /// True when the page shows images but carries no text: a scan without a text layer.
    pub fn is_image_only(&self) -> bool {
        self.glyphs.is_empty() && self.undecoded == 0 && self.images > 0
    }
}

/// Rulings thinner than this (page units) that are filled rectangles count as lines.
pub const THIN_RECT_MAX: f64 = 3.0;

/// The standard sink: keeps glyphs, turns painted paths into rulings and filled rectangles.
#[derive(Debug, Default)]
pub struct PageCollector {
    pub page: PageContent,
}

impl Device for PageCollector {
    fn glyph(&mut self, g: GlyphEvent<'_>) {
        match g.text {
            Some(text) => self.page.glyphs.push(Glyph {
                text: text.to_string(),
                bbox: g.bbox,
                font: g.font.clone(),
                size: g.size,
                color: g.color,
                invisible: g.invisible,
                angle: g.angle,
            }),
            None => self.page.undecoded += 1,
        }
    }

    fn paint(&mut self, p: &PaintEvent<'_>) {
        super::rulings::collect(p, &mut self.page.rulings, &mut self.page.fills);
    }

    fn image(&mut self, _bbox: Rect) {
        self.page.images += 1;
    }

    fn warning(&mut self, msg: &str) {
        // A broken stream can repeat one complaint thousands of times: keep a bounded sample.
        if self.page.warnings.len() < 20 {
            self.page.warnings.push(msg.to_string());
        }
    }
}
