//! The content-stream interpreter: graphics state, text state and paths, reported to a
//! [`Device`] in top-left page space. It knows nothing of what the device does.

use std::sync::Arc;

use lopdf::{Dictionary, Object, ObjectId};

use super::content::{Lexer, Operand, Operator};
use super::device::{Device, GlyphEvent, PaintEvent, PathSeg};
use super::document::Document;
use super::font::Font;
use super::font::unify::unify;
use super::geom::{Matrix, Rect};
use super::objects::{self, resolve};

/// Glyph box above and below the baseline, in em: fonts' own metrics are too often wrong
/// in these files to be trusted, and table finding needs consistent boxes.
const ASCENT: f64 = 0.88;
const DESCENT: f64 = -0.12;

#[derive(Clone)]
struct TextState {
    font: Option<Arc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    h_scale: f64,
    leading: f64,
    rise: f64,
    render: u8,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    fill: [f32; 3],
    stroke: [f32; 3],
    line_width: f64,
    text: TextState,
}

pub(crate) struct Interpreter<'a> {
    doc: &'a Document,
    device: &'a mut dyn Device,
    gs: GState,
    stack: Vec<GState>,
    tm: Matrix,
    tlm: Matrix,
    path: Vec<PathSeg>,
    /// Forms on the current call chain: a form that draws itself is drawn once.
    forms: Vec<ObjectId>,
    text_buf: String,
    /// Resources the page uses that cannot be read (a font or XObject reference to a missing
    /// object, a form stream that does not decode): the page is incomplete.
    pub damage: Vec<String>,
    /// Operators and glyphs run so far: the time limit is checked every [`CHECK_EVERY`].
    work: u64,
    /// Set when the document's time limit passed: interpretation stops.
    pub timed_out: bool,
    /// Set when the page would hold more than the document's memory limit allows: stops too.
    pub over_memory: bool,
}

/// How much work (operators plus glyphs) runs between two looks at the clock.
const CHECK_EVERY: u64 = 4096;

/// Colour from operands of sc/scn/g/rg/k: 1 = gray, 3 = RGB, 4 = CMYK (others: black).
fn color_of(ops: &[Operand<'_>]) -> [f32; 3] {
    let n: Vec<f32> = ops
        .iter()
        .filter_map(Operand::number)
        .map(|v| v.clamp(0.0, 1.0) as f32)
        .collect();
    match n.as_slice() {
        [g] => [*g, *g, *g],
        [r, g, b] => [*r, *g, *b],
        [c, m, y, k] => [
            (1.0 - c) * (1.0 - k),
            (1.0 - m) * (1.0 - k),
            (1.0 - y) * (1.0 - k),
        ],
        _ => [0.0; 3],
    }
}

impl<'a> Interpreter<'a> {
    pub fn new(doc: &'a Document, device: &'a mut dyn Device, base: Matrix) -> Interpreter<'a> {
        Interpreter {
            doc,
            device,
            gs: GState {
                ctm: base,
                fill: [0.0; 3],
                stroke: [0.0; 3],
                line_width: 1.0,
                text: TextState {
                    font: None,
                    size: 0.0,
                    char_spacing: 0.0,
                    word_spacing: 0.0,
                    h_scale: 1.0,
                    leading: 0.0,
                    rise: 0.0,
                    render: 0,
                },
            },
            stack: Vec::new(),
            tm: Matrix::IDENTITY,
            tlm: Matrix::IDENTITY,
            path: Vec::new(),
            forms: Vec::new(),
            text_buf: String::new(),
            damage: Vec::new(),
            work: 0,
            timed_out: false,
            over_memory: false,
        }
    }

    /// Counts `n` units of work and looks at the clock and the memory held when a check
    /// falls due.
    fn tick(&mut self, n: u64) {
        let before = self.work / CHECK_EVERY;
        self.work = self.work.saturating_add(n);
        if self.work / CHECK_EVERY != before {
            if self.doc.check_deadline().is_err() {
                self.timed_out = true;
            }
            let path = self.path.len() * std::mem::size_of::<PathSeg>();
            if !self.doc.has_room(self.device.held() + path) {
                self.over_memory = true;
            }
        }
    }

    fn damaged(&mut self, msg: String) {
        self.device.warning(&msg);
        if self.damage.len() < 20 && !self.damage.contains(&msg) {
            self.damage.push(msg);
        }
    }

    /// Runs a content stream with its resources; `depth` counts Form XObject nesting.
    pub fn run(&mut self, content: &[u8], resources: &Dictionary, depth: usize) {
        let mut lexer = Lexer::new(content);
        let mut ops = Vec::new();
        let base_stack = self.stack.len();
        while !self.timed_out
            && !self.over_memory
            && let Some(op) = lexer.next_op(&mut ops)
        {
            self.tick(1);
            self.op(op, &ops, resources, depth);
        }
        // Unbalanced q inside this stream must not leak state to the caller.
        while self.stack.len() > base_stack {
            if let Some(gs) = self.stack.pop() {
                self.gs = gs;
            }
        }
    }

    fn nums<const N: usize>(ops: &[Operand<'_>]) -> Option<[f64; N]> {
        let tail = ops.get(ops.len().checked_sub(N)?..)?;
        let mut out = [0.0; N];
        for (o, v) in out.iter_mut().zip(tail) {
            *o = v.number()?;
        }
        Some(out)
    }

    fn op(&mut self, op: Operator<'_>, ops: &[Operand<'_>], res: &Dictionary, depth: usize) {
        use Operator as O;
        match op {
            O::Save if self.stack.len() < 256 => self.stack.push(self.gs.clone()),
            O::Save => {}
            O::Restore => {
                if let Some(gs) = self.stack.pop() {
                    self.gs = gs;
                }
            }
            O::Concat => {
                if let Some([a, b, c, d, e, f]) = Self::nums(ops) {
                    let m = Matrix::new(a, b, c, d, e, f);
                    if m.is_finite() {
                        self.gs.ctm = m.then(&self.gs.ctm);
                    }
                }
            }
            O::LineWidth => {
                if let Some([w]) = Self::nums(ops) {
                    self.gs.line_width = w.abs();
                }
            }
            O::ExtGState => self.ext_gstate(ops, res),
            // Colours.
            O::FillGray => self.gs.fill = color_of(ops),
            O::StrokeGray => self.gs.stroke = color_of(ops),
            O::FillRgb | O::FillCmyk | O::FillColor | O::FillColorN => self.gs.fill = color_of(ops),
            O::StrokeRgb | O::StrokeCmyk | O::StrokeColor | O::StrokeColorN => {
                self.gs.stroke = color_of(ops)
            }
            O::FillColorSpace => self.gs.fill = [0.0; 3],
            O::StrokeColorSpace => self.gs.stroke = [0.0; 3],
            // Paths.
            O::MoveTo => {
                if let Some([x, y]) = Self::nums(ops) {
                    let (x, y) = self.gs.ctm.apply(x, y);
                    self.path.push(PathSeg::MoveTo(x, y));
                }
            }
            O::LineTo => {
                if let Some([x, y]) = Self::nums(ops) {
                    let (x, y) = self.gs.ctm.apply(x, y);
                    self.path.push(PathSeg::LineTo(x, y));
                }
            }
            O::CurveTo | O::CurveToV | O::CurveToY => self.curve(op, ops),
            O::ClosePath => self.path.push(PathSeg::Close),
            O::Rectangle => {
                if let Some([x, y, w, h]) = Self::nums(ops) {
                    let m = self.gs.ctm;
                    let p = [
                        m.apply(x, y),
                        m.apply(x + w, y),
                        m.apply(x + w, y + h),
                        m.apply(x, y + h),
                    ];
                    self.path.push(PathSeg::MoveTo(p[0].0, p[0].1));
                    for q in &p[1..] {
                        self.path.push(PathSeg::LineTo(q.0, q.1));
                    }
                    self.path.push(PathSeg::Close);
                }
            }
            O::Stroke => self.paint(true, false, false),
            O::CloseStroke => self.paint(true, false, true),
            O::Fill | O::FillOld | O::FillEvenOdd => self.paint(false, true, false),
            O::FillStroke | O::FillStrokeEvenOdd => self.paint(true, true, false),
            O::CloseFillStroke | O::CloseFillStrokeEvenOdd => self.paint(true, true, true),
            O::EndPath => self.path.clear(),
            // Text objects and state.
            O::BeginText => {
                self.tm = Matrix::IDENTITY;
                self.tlm = Matrix::IDENTITY;
            }
            O::EndText => {}
            O::CharSpacing => {
                if let Some([v]) = Self::nums(ops) {
                    self.gs.text.char_spacing = v;
                }
            }
            O::WordSpacing => {
                if let Some([v]) = Self::nums(ops) {
                    self.gs.text.word_spacing = v;
                }
            }
            O::HorizontalScaling => {
                if let Some([v]) = Self::nums(ops) {
                    self.gs.text.h_scale = v / 100.0;
                }
            }
            O::Leading => {
                if let Some([v]) = Self::nums(ops) {
                    self.gs.text.leading = v;
                }
            }
            O::Rise => {
                if let Some([v]) = Self::nums(ops) {
                    self.gs.text.rise = v;
                }
            }
            O::RenderMode => {
                if let Some([v]) = Self::nums(ops) {
                    self.gs.text.render = v.clamp(0.0, 7.0) as u8;
                }
            }
            O::Font => self.set_font(ops, res),
            O::MoveText => {
                if let Some([tx, ty]) = Self::nums(ops) {
                    self.next_line(tx, ty);
                }
            }
            O::MoveTextSetLeading => {
                if let Some([tx, ty]) = Self::nums(ops) {
                    self.gs.text.leading = -ty;
                    self.next_line(tx, ty);
                }
            }
            O::TextMatrix => {
                if let Some([a, b, c, d, e, f]) = Self::nums(ops) {
                    let m = Matrix::new(a, b, c, d, e, f);
                    if m.is_finite() {
                        self.tm = m;
                        self.tlm = m;
                    }
                }
            }
            O::NextLine => self.next_line(0.0, -self.gs.text.leading),
            O::ShowText => {
                if let Some(Operand::Str(s)) = ops.last() {
                    self.show(s);
                }
            }
            O::NextLineShowText => {
                self.next_line(0.0, -self.gs.text.leading);
                if let Some(Operand::Str(s)) = ops.last() {
                    self.show(s);
                }
            }
            O::NextLineSpacingShowText => {
                if let [Operand::Number(aw), Operand::Number(ac), Operand::Str(s)] = ops {
                    self.gs.text.word_spacing = *aw;
                    self.gs.text.char_spacing = *ac;
                    self.next_line(0.0, -self.gs.text.leading);
                    self.show(s);
                }
            }
            O::ShowTextArray => {
                if let Some(Operand::Array(items)) = ops.last() {
                    for item in items {
                        match item {
                            Operand::Str(s) => self.show(s),
                            Operand::Number(adj) => self.adjust(*adj),
                            _ => {}
                        }
                    }
                }
            }
            O::XObject => {
                if let Some(Operand::Name(name)) = ops.last() {
                    self.xobject(name, res, depth);
                }
            }
            O::BeginInlineImage => self.image(),
            _ => {}
        }
    }

    /// `c`, `v` (first control point at the current point) or `y` (second at the end).
    fn curve(&mut self, op: Operator<'_>, ops: &[Operand<'_>]) {
        let m = self.gs.ctm;
        let pts = if op == Operator::CurveTo {
            Self::nums::<6>(ops)
                .map(|[a, b, c, d, e, f]| [(a, b), (c, d), (e, f)].map(|(x, y)| m.apply(x, y)))
        } else {
            Self::nums::<4>(ops).map(|[a, b, c, d]| {
                let (p, q) = (m.apply(a, b), m.apply(c, d));
                if op == Operator::CurveToV {
                    [self.current_point().unwrap_or(p), p, q]
                } else {
                    [p, q, q]
                }
            })
        };
        if let Some(pts) = pts {
            self.path.push(PathSeg::CurveTo(pts));
        }
    }

    /// Where the path stands: the end of its last segment (after `h`, its subpath's start).
    fn current_point(&self) -> Option<(f64, f64)> {
        let mut closed = false;
        for s in self.path.iter().rev() {
            match *s {
                PathSeg::MoveTo(x, y) => return Some((x, y)),
                PathSeg::LineTo(x, y) if !closed => return Some((x, y)),
                PathSeg::CurveTo([.., to]) if !closed => return Some(to),
                PathSeg::Close => closed = true,
                _ => {}
            }
        }
        None
    }

    fn paint(&mut self, stroke: bool, fill: bool, close: bool) {
        if close {
            self.path.push(PathSeg::Close);
        }
        if !self.path.is_empty() {
            let scale = (self.gs.ctm.x_scale() + self.gs.ctm.y_scale()) / 2.0;
            self.device.paint(&PaintEvent {
                segs: &self.path,
                stroke,
                fill,
                line_width: self.gs.line_width * scale,
                stroke_color: self.gs.stroke,
                fill_color: self.gs.fill,
            });
        }
        self.path.clear();
    }

    fn next_line(&mut self, tx: f64, ty: f64) {
        self.tlm = Matrix::translate(tx, ty).then(&self.tlm);
        self.tm = self.tlm;
    }

    /// A TJ number: moves the text position back by `adj` thousandths of the font size.
    fn adjust(&mut self, adj: f64) {
        let t = &self.gs.text;
        let d = -adj / 1000.0 * t.size;
        let vertical = t.font.as_ref().is_some_and(|f| f.vertical);
        let m = if vertical {
            Matrix::translate(0.0, d)
        } else {
            Matrix::translate(d * t.h_scale, 0.0)
        };
        self.tm = m.then(&self.tm);
    }

    fn set_font(&mut self, ops: &[Operand<'_>], res: &Dictionary) {
        let [Operand::Name(name), Operand::Number(size)] = ops else {
            return;
        };
        self.gs.text.size = *size;
        let doc = &self.doc.inner;
        let entry = objects::dict(doc, res, b"Font").and_then(|fonts| fonts.get(name).ok());
        let font = entry.and_then(|obj| self.doc.font(obj));
        match (entry, &font) {
            (Some(obj), None) if resolve(doc, obj).is_none() => self.damaged(format!(
                "font /{} {}",
                String::from_utf8_lossy(name),
                super::document::unreadable(doc, obj)
            )),
            (_, None) => self.device.warning(&format!(
                "font /{} not found",
                String::from_utf8_lossy(name)
            )),
            (_, Some(f)) => {
                for d in &f.damage {
                    self.damaged(format!("font /{}: {d}", String::from_utf8_lossy(name)));
                }
            }
        }
        self.gs.text.font = font;
    }

    fn show(&mut self, bytes: &[u8]) {
        let Some(font) = self.gs.text.font.clone() else {
            return;
        };
        let t = self.gs.text.clone();
        let invisible = t.render == 3 || t.render == 7;
        let mut text_buf = std::mem::take(&mut self.text_buf);
        font.decode(bytes, &mut text_buf, |ch| {
            self.tick(1);
            if self.timed_out || self.over_memory {
                return;
            }
            // Text rendering matrix: font size, scaling and rise, then Tm, then CTM.
            let trm = Matrix::new(t.size * t.h_scale, 0.0, 0.0, t.size, 0.0, t.rise)
                .then(&self.tm)
                .then(&self.gs.ctm);
            let fm = &font.matrix;
            // Advance in text space (em): widths are in glyph space, scaled by FontMatrix.
            let adv = if font.vertical {
                fm.d * ch.width_v
            } else {
                fm.a * ch.width
            };
            let (gx0, gx1, gy0, gy1) = if font.vertical {
                (-0.5, 0.5, adv.min(0.0), adv.max(0.0))
            } else {
                (adv.min(0.0), adv.max(0.0), DESCENT, ASCENT)
            };
            let p0 = trm.apply(gx0, gy0);
            let bbox = [(gx1, gy0), (gx1, gy1), (gx0, gy1)].into_iter().fold(
                Rect::from_points(p0, p0),
                |b, (x, y)| {
                    let p = trm.apply(x, y);
                    b.union(&Rect::from_points(p, p))
                },
            );
            let advance = adv.abs()
                * if font.vertical {
                    trm.y_scale()
                } else {
                    trm.x_scale()
                };
            let angle = (-trm.b).atan2(trm.a).to_degrees().round() as i16;
            let size = trm.y_scale();
            if bbox.x0.is_finite()
                && bbox.y0.is_finite()
                && bbox.x1.is_finite()
                && bbox.y1.is_finite()
            {
                let text = ch.text.map(unify);
                self.device.glyph(GlyphEvent {
                    text: text.as_deref(),
                    code: ch.code,
                    bbox,
                    advance: if advance.is_finite() { advance } else { 0.0 },
                    font: &font.name,
                    size: if size.is_finite() { size } else { 0.0 },
                    color: self.gs.fill,
                    invisible,
                    angle,
                    vertical: font.vertical,
                });
            }
            let spacing = t.char_spacing + if ch.is_space { t.word_spacing } else { 0.0 };
            let m = if font.vertical {
                Matrix::translate(0.0, adv * t.size + spacing)
            } else {
                Matrix::translate((adv * t.size + spacing) * t.h_scale, 0.0)
            };
            self.tm = m.then(&self.tm);
        });
        self.text_buf = text_buf;
    }

    fn ext_gstate(&mut self, ops: &[Operand<'_>], res: &Dictionary) {
        let Some(Operand::Name(name)) = ops.last() else {
            return;
        };
        let doc = &self.doc.inner;
        let Some(gs) =
            objects::dict(doc, res, b"ExtGState").and_then(|d| objects::dict(doc, d, name))
        else {
            return;
        };
        if let Some(lw) = objects::num(doc, gs, b"LW") {
            self.gs.line_width = lw.abs();
        }
        if let Some(Object::Array(f)) = objects::get(doc, gs, b"Font")
            && let (Some(font), Some(size)) = (
                f.first(),
                f.get(1)
                    .and_then(|s| resolve(doc, s))
                    .and_then(objects::number),
            )
        {
            self.gs.text.font = self.doc.font(font);
            self.gs.text.size = size;
        }
    }

    fn image(&mut self) {
        let m = self.gs.ctm;
        let a = m.apply(0.0, 0.0);
        let b = m.apply(1.0, 1.0);
        let c = m.apply(1.0, 0.0);
        let d = m.apply(0.0, 1.0);
        let r = Rect::from_points(a, b).union(&Rect::from_points(c, d));
        self.device.image(r);
    }

    fn xobject(&mut self, name: &[u8], res: &Dictionary, depth: usize) {
        let doc = &self.doc.inner;
        let Some(xobjs) = objects::dict(doc, res, b"XObject") else {
            return;
        };
        let Ok(obj) = xobjs.get(name) else { return };
        let id = match obj {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        let stream = match resolve(doc, obj) {
            Some(Object::Stream(stream)) => stream,
            Some(_) => return,
            None => {
                let msg = format!(
                    "XObject /{} {}",
                    String::from_utf8_lossy(name),
                    super::document::unreadable(doc, obj)
                );
                self.damaged(msg);
                return;
            }
        };
        match objects::name(doc, &stream.dict, b"Subtype") {
            Some(b"Image") => self.image(),
            Some(b"Form") => {
                if depth >= self.doc.limits.max_form_depth
                    || id.is_some_and(|id| self.forms.contains(&id))
                {
                    self.device.warning("Form XObject recursion cut");
                    return;
                }
                let data = match objects::stream_data(stream, self.doc.limits.max_stream) {
                    Ok(d) => d,
                    Err(e) => {
                        self.damaged(format!("form not decoded: {e}"));
                        return;
                    }
                };
                let saved = self.gs.clone();
                let saved_stack = self.stack.len();
                if let Some(v) = objects::array(doc, &stream.dict, b"Matrix")
                    && let [a, b, c, d, e, f] = objects::numbers(doc, v).as_slice()
                {
                    let m = Matrix::new(*a, *b, *c, *d, *e, *f);
                    if m.is_finite() {
                        self.gs.ctm = m.then(&self.gs.ctm);
                    }
                }
                let form_res = objects::dict(doc, &stream.dict, b"Resources").unwrap_or(res);
                let (tm, tlm) = (self.tm, self.tlm);
                self.forms.extend(id);
                self.run(&data, form_res, depth + 1);
                if id.is_some() {
                    self.forms.pop();
                }
                self.stack.truncate(saved_stack);
                self.gs = saved;
                self.tm = tm;
                self.tlm = tlm;
            }
            _ => {}
        }
    }
}
