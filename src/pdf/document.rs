//! Opening documents and walking their pages.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use lopdf::{Dictionary, Object, ObjectId};

use super::device::Device;
use super::error::{Error, Result};
use super::font::Font;
use super::geom::{Matrix, Rect};
use super::interp::Interpreter;
use super::objects::{self, resolve};
use super::page::{PageCollector, PageContent};

/// Limits that keep hostile files from exhausting memory or time.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Decoded size of one stream, bytes.
    pub max_stream: usize,
    /// Nesting of Form XObjects.
    pub max_form_depth: usize,
    /// Pages walked in the page tree.
    pub max_pages: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_stream: 256 << 20,
            max_form_depth: 12,
            max_pages: 100_000,
        }
    }
}

/// A page's attributes after inheritance from the page tree.
#[derive(Debug, Clone)]
pub(crate) struct PageNode {
    pub id: ObjectId,
    pub resources: Option<Dictionary>,
    pub media_box: Option<Rect>,
    pub crop_box: Option<Rect>,
    pub rotate: i64,
}

pub struct Document {
    pub(crate) inner: lopdf::Document,
    pages: Vec<PageNode>,
    pub(crate) limits: Limits,
    /// Fonts are parsed once per document: ToUnicode maps of CJK fonts are large.
    fonts: Mutex<HashMap<ObjectId, Arc<Font>>>,
}

impl Document {
    pub fn open(path: &Path) -> Result<Document> {
        let bytes = std::fs::read(path)?;
        Document::from_bytes(&bytes)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Document> {
        Document::from_bytes_with(bytes, Limits::default())
    }

    pub fn from_bytes_with(bytes: &[u8], limits: Limits) -> Result<Document> {
        let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
        if !head.windows(5).any(|w| w == b"%PDF-") {
            return Err(Error::NotPdf);
        }
        let inner = lopdf::Document::load_mem(bytes).map_err(|e| match e {
            lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => Error::Encrypted,
            other => Error::Invalid(other.to_string()),
        })?;
        let pages = walk_pages(&inner, limits.max_pages);
        Ok(Document {
            inner,
            pages,
            limits,
            fonts: Mutex::new(HashMap::new()),
        })
    }

    /// An entry of the document information dictionary (/Producer, /Creator, /Title …) as
    /// text: UTF-16 with a byte-order mark, else UTF-8, else GBK.
    pub fn info(&self, key: &str) -> Option<String> {
        let doc = &self.inner;
        let info = doc
            .trailer
            .get(b"Info")
            .ok()
            .and_then(|o| resolve(doc, o))
            .and_then(objects::as_dict)?;
        let lopdf::Object::String(bytes, _) = objects::get(doc, info, key.as_bytes())? else {
            return None;
        };
        let text = match bytes.as_slice() {
            [0xFE, 0xFF, rest @ ..] => {
                let units: Vec<u16> = rest
                    .chunks_exact(2)
                    .map(|p| match p {
                        [a, b] => u16::from_be_bytes([*a, *b]),
                        _ => 0,
                    })
                    .collect();
                String::from_utf16_lossy(&units)
            }
            _ => super::font::name_text(bytes),
        };
        let text = text.trim_matches(char::from(0)).trim().to_string();
        (!text.is_empty()).then_some(text)
    }

    pub fn page_count(&self) -> u32 {
        u32::try_from(self.pages.len()).unwrap_or(u32::MAX)
    }

    /// Interprets page `n` (1-based) into glyphs and rulings.
    pub fn page(&self, n: u32) -> Result<PageContent> {
        let (_, width, height, _) = page_space(self.node(n)?);
        let mut sink = PageCollector::new(width, height);
        let (_, _, rotate) = self.run_page(n, &mut sink)?;
        let mut page = sink.page;
        page.number = n;
        page.rotate = rotate;
        Ok(page)
    }

    fn node(&self, n: u32) -> Result<&PageNode> {
        n.checked_sub(1)
            .and_then(|i| self.pages.get(i as usize))
            .ok_or(Error::NoSuchPage(n, self.page_count()))
    }

    /// Drives `device` with page `n`; returns the page's width, height (top-left space,
    /// after rotation) and rotation.
    pub fn run_page(&self, n: u32, device: &mut dyn Device) -> Result<(f64, f64, u16)> {
        let node = self.node(n)?;
        let (base, width, height, rotate) = page_space(node);
        let content = self.page_content(node, device);
        let empty = Dictionary::new();
        let resources = node.resources.as_ref().unwrap_or(&empty);
        let mut interp = Interpreter::new(self, device, base);
        interp.run(&content, resources, 0);
        Ok((width, height, rotate))
    }

    fn page_content(&self, node: &PageNode, device: &mut dyn Device) -> Vec<u8> {
        let doc = &self.inner;
        let Some(Object::Dictionary(page)) = doc.objects.get(&node.id) else {
            return Vec::new();
        };
        let parts: Vec<&Object> = match page.get(b"Contents").ok().and_then(|o| resolve(doc, o)) {
            Some(Object::Array(items)) => items.iter().collect(),
            Some(o) => vec![o],
            None => Vec::new(),
        };
        let mut out = Vec::new();
        for part in parts {
            if let Some(Object::Stream(s)) = resolve(doc, part) {
                let room = self.limits.max_stream.saturating_sub(out.len());
                match objects::stream_data(s, room) {
                    Ok(data) => out.extend_from_slice(&data),
                    Err(e) => device.warning(&format!("content stream not decoded: {e}")),
                }
                // Streams of one page are concatenated; a token may not span two of them.
                out.push(b'\n');
            }
        }
        out
    }

    /// The font behind a font resource, parsed once per document.
    pub(crate) fn font(&self, obj: &Object) -> Option<Arc<Font>> {
        let doc = &self.inner;
        let id = match obj {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if let Some(f) = id.and_then(|id| self.fonts.lock().ok()?.get(&id).cloned()) {
            return Some(f);
        }
        let dict = objects::as_dict(resolve(doc, obj)?)?;
        let font = Arc::new(Font::load(doc, dict, self.limits.max_stream));
        if let (Some(id), Ok(mut m)) = (id, self.fonts.lock()) {
            m.insert(id, font.clone());
        }
        Some(font)
    }
}

/// The transform from PDF user space to the top-left page space, and the page's displayed
/// size and rotation.
fn page_space(node: &PageNode) -> (Matrix, f64, f64, u16) {
    let media = node.media_box.unwrap_or(Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 612.0,
        y1: 792.0,
    });
    let b = match node.crop_box {
        // A CropBox reaching outside the MediaBox is clipped to it.
        Some(c) => Rect {
            x0: c.x0.max(media.x0),
            y0: c.y0.max(media.y0),
            x1: c.x1.min(media.x1),
            y1: c.y1.min(media.y1),
        },
        None => media,
    };
    let b = if b.width() > 0.0 && b.height() > 0.0 {
        b
    } else {
        media
    };
    let rotate = node.rotate.rem_euclid(360);
    let rotate = (rotate / 90 * 90) as u16;
    let (w, h) = (b.width(), b.height());
    match rotate {
        90 => (Matrix::new(0.0, 1.0, 1.0, 0.0, -b.y0, -b.x0), h, w, 90),
        180 => (Matrix::new(-1.0, 0.0, 0.0, 1.0, b.x1, -b.y0), w, h, 180),
        270 => (Matrix::new(0.0, -1.0, -1.0, 0.0, b.y1, b.x1), h, w, 270),
        _ => (Matrix::new(1.0, 0.0, 0.0, -1.0, -b.x0, b.y1), w, h, 0),
    }
}

fn rect_of(doc: &lopdf::Document, obj: &Object) -> Option<Rect> {
    let Object::Array(items) = resolve(doc, obj)? else {
        return None;
    };
    let v = objects::numbers(doc, items);
    match v.as_slice() {
        [a, b, c, d] => Some(Rect::from_points((*a, *b), (*c, *d))),
        _ => None,
    }
}

/// Walks the page tree depth-first, inheriting Resources, MediaBox, CropBox and Rotate; a
/// node met twice (cycles, shared kids) is visited once.
fn walk_pages(doc: &lopdf::Document, max_pages: usize) -> Vec<PageNode> {
    let mut out = Vec::new();
    let Some(root) = doc
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(objects::as_dict)
    else {
        return fallback_pages(doc, max_pages);
    };
    let Some(Object::Reference(pages_id)) = root.get(b"Pages").ok() else {
        return fallback_pages(doc, max_pages);
    };
    let mut seen = HashSet::new();
    let inherited = PageNode {
        id: *pages_id,
        resources: None,
        media_box: None,
        crop_box: None,
        rotate: 0,
    };
    let mut stack = vec![(*pages_id, inherited, 0usize)];
    while let Some((id, parent, depth)) = stack.pop() {
        if out.len() >= max_pages || depth > 64 || !seen.insert(id) {
            continue;
        }
        let Some(node) = doc.objects.get(&id).and_then(objects::as_dict) else {
            continue;
        };
        let mut attrs = parent.clone();
        attrs.id = id;
        if let Some(r) = objects::dict(doc, node, b"Resources") {
            attrs.resources = Some(r.clone());
        }
        if let Some(r) = node.get(b"MediaBox").ok().and_then(|o| rect_of(doc, o)) {
            attrs.media_box = Some(r);
        }
        if let Some(r) = node.get(b"CropBox").ok().and_then(|o| rect_of(doc, o)) {
            attrs.crop_box = Some(r);
        }
        if let Some(r) = objects::get(doc, node, b"Rotate").and_then(objects::number) {
            attrs.rotate = r as i64;
        }
        match objects::array(doc, node, b"Kids") {
            Some(kids) if objects::name(doc, node, b"Type") != Some(b"Page") => {
                for kid in kids.iter().rev() {
                    if let Object::Reference(kid_id) = kid {
                        stack.push((*kid_id, attrs.clone(), depth + 1));
                    }
                }
            }
            _ => out.push(attrs),
        }
    }
    if out.is_empty() {
        fallback_pages(doc, max_pages)
    } else {
        out
    }
}

/// With no usable page tree, every object typed /Page is a page, in object order.
fn fallback_pages(doc: &lopdf::Document, max_pages: usize) -> Vec<PageNode> {
    doc.objects
        .iter()
        .filter_map(|(id, o)| {
            let d = objects::as_dict(o)?;
            (objects::name(doc, d, b"Type") == Some(b"Page")).then(|| PageNode {
                id: *id,
                resources: objects::dict(doc, d, b"Resources").cloned(),
                media_box: d.get(b"MediaBox").ok().and_then(|o| rect_of(doc, o)),
                crop_box: d.get(b"CropBox").ok().and_then(|o| rect_of(doc, o)),
                rotate: objects::get(doc, d, b"Rotate")
                    .and_then(objects::number)
                    .unwrap_or(0.0) as i64,
            })
        })
        .take(max_pages)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(rotate: i64) -> PageNode {
        PageNode {
            id: (1, 0),
            resources: None,
            media_box: Some(Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 600.0,
                y1: 800.0,
            }),
            crop_box: None,
            rotate,
        }
    }

    #[test]
    fn rotation_maps_corners() {
        // Rotate 0: PDF top-left (0,800) is page (0,0).
        let (m, w, h, _) = page_space(&node(0));
        assert_eq!((w, h), (600.0, 800.0));
        assert_eq!(m.apply(0.0, 800.0), (0.0, 0.0));
        // Rotate 90 (clockwise): the PDF top-left corner is displayed at the top right.
        let (m, w, h, r) = page_space(&node(90));
        assert_eq!((w, h, r), (800.0, 600.0, 90));
        assert_eq!(m.apply(0.0, 800.0), (800.0, 0.0));
        assert_eq!(m.apply(0.0, 0.0), (0.0, 0.0));
        // Rotate 270: the PDF top-right corner is displayed at the top left.
        let (m, _, _, _) = page_space(&node(-90));
        assert_eq!(m.apply(600.0, 800.0), (0.0, 0.0));
        // Rotate 180: the PDF bottom-right corner is displayed at the top left.
        let (m, _, _, _) = page_space(&node(180));
        assert_eq!(m.apply(600.0, 0.0), (0.0, 0.0));
    }
}
