//! The sink interface driven by the content interpreter. All coordinates are in the page's
//! top-left space (after /Rotate and CropBox), so sinks never see PDF user space.

use std::sync::Arc;

use super::geom::Rect;

/// One shown glyph.
#[derive(Debug, Clone, Copy)]
pub struct GlyphEvent<'a> {
    /// Unicode text, or `None` when no font data maps this code.
    pub text: Option<&'a str>,
    /// The character code as shown.
    pub code: u32,
    pub bbox: Rect,
    /// How far the glyph moves the pen along its baseline, in page units (its own width,
    /// character spacing aside).
    pub advance: f64,
    pub font: &'a Arc<str>,
    pub size: f64,
    pub color: [f32; 3],
    pub invisible: bool,
    pub angle: i16,
    pub vertical: bool,
}

/// A path segment in page space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PathSeg {
    MoveTo(f64, f64),
    LineTo(f64, f64),
    /// A cubic Bézier curve: its two control points and its end point. The curve lies inside
    /// the hull of its points, so their box bounds it.
    CurveTo([(f64, f64); 3]),
    Close,
}

/// A painted path.
#[derive(Debug, Clone, Copy)]
pub struct PaintEvent<'a> {
    pub segs: &'a [PathSeg],
    pub stroke: bool,
    pub fill: bool,
    /// Stroke width in page units.
    pub line_width: f64,
    pub stroke_color: [f32; 3],
    pub fill_color: [f32; 3],
}

/// A consumer of page content. Every method has a no-op default.
pub trait Device {
    fn glyph(&mut self, _g: GlyphEvent<'_>) {}
    fn paint(&mut self, _p: &PaintEvent<'_>) {}
    fn image(&mut self, _bbox: Rect) {}
    fn warning(&mut self, _msg: &str) {}
    /// Bytes the device holds for the page so far (an estimate), counted against
    /// [`crate::Limits::max_memory`] while the page is interpreted.
    fn held(&self) -> usize {
        0
    }
}
