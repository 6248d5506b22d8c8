//! One PDF being built: pages drawn through a [`Canvas`], fonts written at the end, and the
//! page models that become the golden file.

use std::collections::BTreeMap;
use std::rc::Rc;

use lopdf::{Dictionary, Object, ObjectId, dictionary};

use crate::canvas::Canvas;
use crate::fonts::{self, Font, Kind};
use crate::geom::M;
use crate::model::{Golden, PageModel};

pub const A4: (f64, f64) = (595.28, 841.89);
pub const A3: (f64, f64) = (841.89, 1190.55);

pub struct Pdf {
    pub doc: lopdf::Document,
    pages_id: ObjectId,
    page_ids: Vec<ObjectId>,
    fonts: Vec<Rc<Font>>,
    pub compress: bool,
    pub pages: Vec<PageModel>,
}

/// A page: its MediaBox size (unrotated) and /Rotate.
#[derive(Clone, Copy)]
pub struct PageSetup {
    pub media_w: f64,
    pub media_h: f64,
    pub rotate: u16,
}

impl PageSetup {
    pub fn a4() -> PageSetup {
        PageSetup {
            media_w: A4.0,
            media_h: A4.1,
            rotate: 0,
        }
    }
    pub fn a4_landscape() -> PageSetup {
        PageSetup {
            media_w: A4.1,
            media_h: A4.0,
            rotate: 0,
        }
    }
    /// Portrait MediaBox turned by /Rotate 90: shown landscape.
    pub fn a4_rotated() -> PageSetup {
        PageSetup {
            media_w: A4.0,
            media_h: A4.1,
            rotate: 90,
        }
    }
    pub fn a3_landscape() -> PageSetup {
        PageSetup {
            media_w: A3.1,
            media_h: A3.0,
            rotate: 0,
        }
    }
    /// Displayed width and height.
    pub fn display(&self) -> (f64, f64) {
        if self.rotate % 180 == 90 {
            (self.media_h, self.media_w)
        } else {
            (self.media_w, self.media_h)
        }
    }
    /// Maps display space (origin bottom-left of the shown page, y up) to user space.
    pub fn base_matrix(&self) -> M {
        match self.rotate {
            0 => M::IDENTITY,
            // shown turned 90° clockwise: display (X, Y) is user (media_w - Y, X)
            90 => M([0.0, 1.0, -1.0, 0.0, self.media_w, 0.0]),
            _ => unimplemented!(),
        }
    }
}

impl Pdf {
    pub fn new(compress: bool) -> Pdf {
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        Pdf {
            doc,
            pages_id,
            page_ids: Vec::new(),
            fonts: Vec::new(),
            compress,
            pages: Vec::new(),
        }
    }

    pub fn font(&mut self, base_font: &[u8], kind: Kind) -> Rc<Font> {
        let id = self.doc.new_object_id();
        let f = Rc::new(Font::new(
            format!("F{}", self.fonts.len() + 1),
            id,
            base_font,
            kind,
        ));
        self.fonts.push(f.clone());
        f
    }

    /// A font whose codes must come out as undecoded.
    pub fn undecodable_font(&mut self, base_font: &[u8], kind: Kind) -> Rc<Font> {
        let id = self.doc.new_object_id();
        let mut f = Font::new(format!("F{}", self.fonts.len() + 1), id, base_font, kind);
        f.undecodable = true;
        let f = Rc::new(f);
        self.fonts.push(f.clone());
        f
    }

    pub fn stream(&mut self, dict: Dictionary, data: Vec<u8>) -> ObjectId {
        fonts::add_stream(&mut self.doc, dict, data, self.compress)
    }

    pub fn page(&mut self, setup: PageSetup, draw: impl FnOnce(&mut Canvas)) {
        let (w, h) = setup.display();
        let mut model = PageModel {
            width: w,
            height: h,
            rotate: setup.rotate,
            mediabox: [0.0, 0.0, setup.media_w, setup.media_h],
            ..Default::default()
        };
        let base = setup.base_matrix();
        let (content, resources) = {
            let mut c = Canvas::new(self, std::mem::take(&mut model), w, h);
            if base != M::IDENTITY {
                c.raw(&format!("{} cm\n", base.op()));
            }
            draw(&mut c);
            let (content, resources, m) = c.finish();
            model = m;
            (content, resources)
        };
        let content_id = self.stream(Dictionary::new(), content);
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => self.pages_id,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(setup.media_w as f32), Object::Real(setup.media_h as f32)],
            "Resources" => resources,
            "Contents" => content_id,
        };
        if setup.rotate != 0 {
            page.set("Rotate", setup.rotate as i64);
        }
        let id = self.doc.add_object(page);
        self.page_ids.push(id);
        self.pages.push(model);
    }

    pub fn finish(
        mut self,
        name: &str,
        description: &str,
        paths: &[&str],
        features: &[&str],
    ) -> (Vec<u8>, Golden) {
        for f in &self.fonts {
            f.write(&mut self.doc, self.compress);
        }
        let kids: Vec<Object> = self.page_ids.iter().map(|&id| id.into()).collect();
        let pages = dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => self.page_ids.len() as i64,
        };
        self.doc
            .objects
            .insert(self.pages_id, Object::Dictionary(pages));
        let catalog = self
            .doc
            .add_object(dictionary! { "Type" => "Catalog", "Pages" => self.pages_id });
        self.doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        self.doc.save_to(&mut bytes).expect("save");
        let mut vertical_fonts = Vec::new();
        for f in &self.fonts {
            if f.is_vertical() {
                vertical_fonts.push(String::from_utf8_lossy(&f.base_font).into_owned());
                if let Kind::Cid(spec) = &f.kind {
                    vertical_fonts
                        .push(String::from_utf8_lossy(&spec.descendant_name).into_owned());
                }
            }
        }
        vertical_fonts.sort();
        vertical_fonts.dedup();
        let pages = self
            .pages
            .iter()
            .enumerate()
            .map(|(i, p)| p.golden(i as u32 + 1, name))
            .collect();
        let fullwidth_ascii_equivalent = self.fonts.iter().any(|f| match &f.kind {
            Kind::Cid(spec) => matches!(spec.cmap, fonts::Cmap::Predefined(n) if n.starts_with("GBK-EUC") || n.starts_with("GB-EUC")),
            _ => false,
        });
        let golden = Golden {
            file: format!("corpus/{name}.pdf"),
            description: description.to_string(),
            paths: paths.iter().map(|s| s.to_string()).collect(),
            features: features.iter().map(|s| s.to_string()).collect(),
            vertical_fonts,
            fullwidth_ascii_equivalent,
            pages,
        };
        (bytes, golden)
    }
}

/// Resources dictionary from the names a canvas used.
pub fn resources(
    fonts: &BTreeMap<String, ObjectId>,
    xobjects: &BTreeMap<String, ObjectId>,
) -> Dictionary {
    let mut r = Dictionary::new();
    if !fonts.is_empty() {
        let mut d = Dictionary::new();
        for (k, v) in fonts {
            d.set(k.as_bytes().to_vec(), *v);
        }
        r.set("Font", d);
    }
    if !xobjects.is_empty() {
        let mut d = Dictionary::new();
        for (k, v) in xobjects {
            d.set(k.as_bytes().to_vec(), *v);
        }
        r.set("XObject", d);
    }
    r
}
