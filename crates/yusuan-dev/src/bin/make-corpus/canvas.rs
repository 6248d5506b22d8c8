//! Writing a content stream while recording what it shows (text runs, ruling segments,
//! fills, images) in display space.

use std::collections::BTreeMap;
use std::rc::Rc;

use lopdf::{Dictionary, Object, ObjectId, dictionary};

use crate::fonts::Font;
use crate::geom::{M, num};
use crate::model::{PageModel, Run};
use crate::pdf::{Pdf, resources};

pub struct Canvas<'a> {
    pub pdf: &'a mut Pdf,
    buf: Vec<u8>,
    ctm: M,
    stack: Vec<M>,
    pub model: PageModel,
    fonts: BTreeMap<String, ObjectId>,
    xobjects: BTreeMap<String, ObjectId>,
    /// Displayed page size.
    pub width: f64,
    pub height: f64,
    /// When set, [`Canvas::text`] writes in render mode 3.
    pub invisible: bool,
}

impl<'a> Canvas<'a> {
    pub fn new(pdf: &'a mut Pdf, model: PageModel, width: f64, height: f64) -> Canvas<'a> {
        Canvas {
            pdf,
            buf: Vec::new(),
            ctm: M::IDENTITY,
            stack: Vec::new(),
            model,
            fonts: BTreeMap::new(),
            xobjects: BTreeMap::new(),
            width,
            height,
            invisible: false,
        }
    }

    pub fn finish(self) -> (Vec<u8>, Dictionary, PageModel) {
        assert!(self.stack.is_empty(), "unbalanced q/Q");
        let r = resources(&self.fonts, &self.xobjects);
        (self.buf, r, self.model)
    }

    pub fn raw(&mut self, s: &str) {
        self.buf.extend(s.as_bytes());
    }

    /// Takes the content written so far (to write something under it).
    pub fn take_content(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }

    pub fn raw_bytes(&mut self, b: &[u8]) {
        self.buf.extend(b);
    }

    pub fn use_font(&mut self, f: &Font) -> String {
        self.fonts.insert(f.res.clone(), f.id);
        f.res.clone()
    }

    pub fn q(&mut self) {
        self.stack.push(self.ctm);
        self.raw("q\n");
    }

    #[allow(non_snake_case)]
    pub fn Q(&mut self) {
        self.ctm = self.stack.pop().expect("Q without q");
        self.raw("Q\n");
    }

    pub fn cm(&mut self, m: M) {
        self.ctm = m.then(self.ctm);
        self.raw(&format!("{} cm\n", m.op()));
    }

    /// Records text shown at user-space point (x, y) with text-space scaling `tm_scale`
    /// (font size × Tm scale), advancing `advance` user units.
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        &mut self,
        font: &Font,
        x: f64,
        y: f64,
        size: f64,
        advance: f64,
        text: &str,
        invisible: bool,
    ) {
        if font.undecodable {
            self.model.undecoded += font.codes(text) as u32;
            return;
        }
        let (dx, dy) = self.ctm.apply(x, y);
        let k = self.ctm.scale_factor();
        self.model.runs.push(Run {
            x: dx,
            y: dy,
            size: size * k,
            advance: advance * k,
            text: text.to_string(),
            vertical: font.is_vertical(),
            invisible,
        });
    }

    /// Shows `s` with its baseline starting at (x, y) (for a vertical font: top centre of the
    /// first glyph).
    pub fn text(&mut self, font: &Rc<Font>, size: f64, x: f64, y: f64, s: &str) {
        if self.invisible {
            return self.text_invisible(font, size, x, y, s);
        }
        let res = self.use_font(font);
        let tok = font.token(s);
        self.raw(&format!(
            "BT\n/{res} {} Tf\n{} {} Td\n{tok} Tj\nET\n",
            num(size),
            num(x),
            num(y)
        ));
        let adv = if font.is_vertical() {
            s.chars().count() as f64 * size
        } else {
            font.text_width(s, size)
        };
        self.record(font, x, y, size, adv, s, false);
    }

    /// Text in render mode 3 (invisible), as OCR layers are written.
    pub fn text_invisible(&mut self, font: &Rc<Font>, size: f64, x: f64, y: f64, s: &str) {
        let res = self.use_font(font);
        let tok = font.token(s);
        self.raw(&format!(
            "BT\n3 Tr\n/{res} {} Tf\n{} {} Td\n{tok} Tj\nET\n",
            num(size),
            num(x),
            num(y)
        ));
        let adv = font.text_width(s, size);
        self.record(font, x, y, size, adv, s, true);
    }

    pub fn text_right(&mut self, font: &Rc<Font>, size: f64, x_right: f64, y: f64, s: &str) {
        let w = font.text_width(s, size);
        self.text(font, size, x_right - w, y, s);
    }

    pub fn text_center(&mut self, font: &Rc<Font>, size: f64, x_center: f64, y: f64, s: &str) {
        let w = font.text_width(s, size);
        self.text(font, size, x_center - w / 2.0, y, s);
    }

    fn seg(&mut self, x0: f64, y0: f64, x1: f64, y1: f64) {
        let (a, b) = self.ctm.apply(x0, y0);
        let (c, d) = self.ctm.apply(x1, y1);
        self.model.add_seg(a, b, c, d);
    }

    pub fn line_width(&mut self, w: f64) {
        self.raw(&format!("{} w\n", num(w)));
    }

    /// `x0 y0 m x1 y1 l` (stroke with [`Canvas::stroke`]).
    pub fn move_line(&mut self, x0: f64, y0: f64, x1: f64, y1: f64) {
        self.raw(&format!(
            "{} {} m {} {} l\n",
            num(x0),
            num(y0),
            num(x1),
            num(y1)
        ));
        self.seg(x0, y0, x1, y1);
    }

    /// `x y w h re` of a rectangle to be stroked: records its four edges.
    pub fn rect_path(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.raw(&format!("{} {} {} {} re\n", num(x), num(y), num(w), num(h)));
        self.seg(x, y, x + w, y);
        self.seg(x, y + h, x + w, y + h);
        self.seg(x, y, x, y + h);
        self.seg(x + w, y, x + w, y + h);
    }

    pub fn stroke(&mut self) {
        self.raw("S\n");
    }

    /// A horizontal rule drawn as a filled rectangle `t` tall (Word/WPS style).
    pub fn thin_h(&mut self, x0: f64, x1: f64, y: f64, t: f64) {
        self.raw(&format!(
            "{} {} {} {} re f\n",
            num(x0),
            num(y - t / 2.0),
            num(x1 - x0),
            num(t)
        ));
        self.seg(x0, y, x1, y);
    }

    /// A vertical rule drawn as a filled rectangle `t` wide.
    pub fn thin_v(&mut self, x: f64, y0: f64, y1: f64, t: f64) {
        self.raw(&format!(
            "{} {} {} {} re f\n",
            num(x - t / 2.0),
            num(y0),
            num(t),
            num(y1 - y0)
        ));
        self.seg(x, y0, x, y1);
    }

    /// Cell shading: a filled rectangle in grey `g`.
    pub fn shade(&mut self, x: f64, y: f64, w: f64, h: f64, g: f64) {
        self.raw(&format!(
            "q {} g {} {} {} {} re f Q\n",
            num(g),
            num(x),
            num(y),
            num(w),
            num(h)
        ));
        self.model.fills += 1;
    }

    /// Paints the image XObject `id` over the rectangle.
    pub fn image(&mut self, name: &str, id: ObjectId, x: f64, y: f64, w: f64, h: f64) {
        self.xobjects.insert(name.to_string(), id);
        self.raw(&format!(
            "q {} 0 0 {} {} {} cm /{name} Do Q\n",
            num(w),
            num(h),
            num(x),
            num(y)
        ));
        self.model.images += 1;
    }

    /// An inline image (BI ... ID ... EI) of `w`×`h` 8-bit grey samples over the rectangle.
    #[allow(clippy::too_many_arguments)]
    pub fn inline_image(
        &mut self,
        iw: u32,
        ih: u32,
        samples: &[u8],
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    ) {
        assert_eq!(samples.len(), (iw * ih) as usize);
        self.raw(&format!(
            "q {} 0 0 {} {} {} cm\nBI /W {iw} /H {ih} /BPC 8 /CS /G ID ",
            num(w),
            num(h),
            num(x),
            num(y)
        ));
        self.raw_bytes(samples);
        self.raw("\nEI Q\n");
        self.model.images += 1;
    }

    /// Draws a Form XObject named `name`: `draw` writes its content with the form's own
    /// resources, `matrix` is its /Matrix; the form is painted here with `Do`.
    pub fn form(&mut self, name: &str, matrix: M, bbox: [f64; 4], draw: impl FnOnce(&mut Canvas)) {
        let model = std::mem::take(&mut self.model);
        let (content, res, model) = {
            let mut sub = Canvas::new(&mut *self.pdf, model, self.width, self.height);
            sub.ctm = matrix.then(self.ctm);
            draw(&mut sub);
            sub.finish()
        };
        self.model = model;
        let dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => bbox.iter().map(|&v| Object::Real(v as f32)).collect::<Vec<_>>(),
            "Matrix" => matrix.0.iter().map(|&v| Object::Real(v as f32)).collect::<Vec<_>>(),
            "Resources" => res,
        };
        let id = self.pdf.stream(dict, content);
        self.xobjects.insert(name.to_string(), id);
        self.raw(&format!("/{name} Do\n"));
    }
}
