//! Opening documents and walking their pages.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lopdf::xref::XrefRecovery;
use lopdf::{Dictionary, LoadOptions, Object, ObjectId};

use super::device::Device;
use super::error::{Error, Result};
use super::font::Font;
use super::geom::{Matrix, Rect};
use super::interp::Interpreter;
use super::objects::{self, resolve};
use super::orient;
use super::page::{PageCollector, PageContent};

/// Limits that keep hostile files from exhausting memory or time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Decoded size of one stream, bytes (content streams, fonts, CMaps, and the object and
    /// cross-reference streams lopdf decodes while loading). Default 256 MiB.
    pub max_stream: usize,
    /// Nesting of Form XObjects. Default 12.
    pub max_form_depth: usize,
    /// Pages walked in the page tree. Default 100,000.
    pub max_pages: usize,
    /// Time for the whole document, counted from the start of loading; `None`: no limit.
    /// Checked between pages and every few thousand operators or glyphs, so a page that
    /// passes it stops within milliseconds ([`Error::Timeout`]). Default 60 s: a real budget
    /// document takes well under a second.
    pub max_time: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_stream: 256 << 20,
            max_form_depth: 12,
            max_pages: 100_000,
            max_time: Some(Duration::from_secs(60)),
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
    /// The page tree names this page but its object is not in the file (cut off, or a
    /// dangling reference): the page keeps its number and reads as damaged.
    pub missing: bool,
}

pub struct Document {
    pub(crate) inner: lopdf::Document,
    pages: Vec<PageNode>,
    pub(crate) limits: Limits,
    /// When [`Limits::max_time`] runs out.
    deadline: Option<Instant>,
    /// How lopdf repaired the cross-reference data, if it had to.
    recovery: Option<XrefRecovery>,
    /// The page tree holds more pages than [`Limits::max_pages`]; the rest are not read.
    pages_capped: bool,
    /// Fonts are parsed once per document: ToUnicode maps of CJK fonts are large.
    fonts: Mutex<HashMap<ObjectId, Arc<Font>>>,
}

impl Document {
    pub fn open(path: &Path) -> Result<Document> {
        let bytes = std::fs::read(path)?;
        Document::from_bytes(&bytes)
    }

    /// [`Document::open`] under `limits`.
    pub fn open_with(path: &Path, limits: Limits) -> Result<Document> {
        let bytes = std::fs::read(path)?;
        Document::from_bytes_with(&bytes, limits)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Document> {
        Document::from_bytes_with(bytes, Limits::default())
    }

    /// Loads a document under `limits`. An empty user password is tried (as every reader
    /// does); a document that needs another password is [`Error::Encrypted`]. Damaged
    /// cross-reference data is repaired by scanning the file for `N G obj`: when the table as
    /// written leaves pages or their content streams missing, the document is loaded again
    /// from the scan and the better of the two readings is kept.
    pub fn from_bytes_with(bytes: &[u8], limits: Limits) -> Result<Document> {
        let start = Instant::now();
        let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
        if !head.windows(5).any(|w| w == b"%PDF-") {
            return Err(Error::NotPdf);
        }
        let options = |force_reconstruct| LoadOptions {
            max_decompressed_size: Some(limits.max_stream),
            force_reconstruct,
            ..LoadOptions::default()
        };
        let inner = load(bytes, options(false));
        let first = inner.map(|doc| {
            let pages = walk_pages(&doc, limits.max_pages.saturating_add(1));
            let damage = damage(&doc, &pages);
            (doc, pages, damage)
        });
        let needs_scan = match &first {
            Ok((doc, pages, damage)) => {
                (pages.is_empty() || *damage > 0)
                    && doc.xref_recovery != Some(XrefRecovery::Reconstructed)
            }
            Err(Error::Encrypted) => false,
            Err(_) => true,
        };
        let best = if needs_scan {
            let rescanned = load(bytes, options(true)).map(|doc| {
                let pages = walk_pages(&doc, limits.max_pages.saturating_add(1));
                let damage = damage(&doc, &pages);
                (doc, pages, damage)
            });
            match (first, rescanned) {
                (Ok(a), Ok(b)) => {
                    let better = !b.1.is_empty() && (a.1.is_empty() || b.2 < a.2);
                    if better { b } else { a }
                }
                (Ok(a), Err(_)) => a,
                (Err(_), Ok(b)) => b,
                (Err(e), Err(_)) => return Err(e),
            }
        } else {
            first?
        };
        let (inner, mut pages, _) = best;
        // One page more than the limit was walked to tell a document at the limit from one
        // beyond it.
        let pages_capped = pages.len() > limits.max_pages;
        pages.truncate(limits.max_pages);
        Ok(Document {
            recovery: inner.xref_recovery,
            inner,
            pages,
            pages_capped,
            limits,
            deadline: limits.max_time.and_then(|t| start.checked_add(t)),
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

    /// Whether the cross-reference data had to be repaired (`Some`), and how.
    pub fn xref_recovery(&self) -> Option<&'static str> {
        match self.recovery? {
            XrefRecovery::OffsetCorrected => Some("cross-reference offset corrected"),
            XrefRecovery::Reconstructed => {
                Some("cross-reference table rebuilt by scanning for objects")
            }
            _ => Some("cross-reference data repaired"),
        }
    }

    /// Whether the document has more pages than [`Limits::max_pages`] (only that many are
    /// read).
    pub fn pages_capped(&self) -> bool {
        self.pages_capped
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// `Err(Timeout)` once the document's time limit has passed.
    pub fn check_deadline(&self) -> Result<()> {
        match (self.deadline, self.limits.max_time) {
            (Some(d), Some(t)) if Instant::now() >= d => Err(Error::Timeout(t)),
            _ => Ok(()),
        }
    }

    pub fn page_count(&self) -> u32 {
        u32::try_from(self.pages.len()).unwrap_or(u32::MAX)
    }

    /// Interprets page `n` (1-based) into glyphs and rulings. Lenient: damage (a missing
    /// content stream or font, an undecodable stream) leaves what could be read, with a
    /// warning in [`PageContent::warnings`]; only a missing page number or the time limit
    /// are errors. [`Document::page_with_damage`] says whether the page is complete.
    pub fn page(&self, n: u32) -> Result<PageContent> {
        self.page_with_damage(n).map(|(page, _)| page)
    }

    /// Like [`Document::page`], and what could not be read on the page: its page object, a
    /// content stream, font or XObject missing (cut off, a dangling reference, a reference
    /// loop), a content stream or form not decodable or beyond [`Limits::max_stream`]. An
    /// empty list means the page was read completely.
    pub fn page_with_damage(&self, n: u32) -> Result<(PageContent, Vec<String>)> {
        self.collect_page(n)
    }

    fn collect_page(&self, n: u32) -> Result<(PageContent, Vec<String>)> {
        let (_, width, height, _) = page_space(self.node(n)?);
        let mut sink = PageCollector::new(width, height);
        let ((_, _, rotate), damage) = self.run_page_inner(n, &mut sink)?;
        let mut page = sink.page;
        page.number = n;
        page.rotate = rotate;
        let t = orient::text_turn(&page);
        orient::turn(&mut page, t);
        Ok((page, damage))
    }

    fn node(&self, n: u32) -> Result<&PageNode> {
        n.checked_sub(1)
            .and_then(|i| self.pages.get(i as usize))
            .ok_or(Error::NoSuchPage(n, self.page_count()))
    }

    /// Drives `device` with page `n`; returns the page's width, height (top-left space,
    /// after rotation) and rotation.
    /// Damage (see [`Document::page_with_damage`]) is reported to the device as warnings. Passing
    /// the time limit, before or during the page, is [`Error::Timeout`].
    pub fn run_page(&self, n: u32, device: &mut dyn Device) -> Result<(f64, f64, u16)> {
        self.run_page_inner(n, device).map(|(space, _)| space)
    }

    fn run_page_inner(
        &self,
        n: u32,
        device: &mut dyn Device,
    ) -> Result<((f64, f64, u16), Vec<String>)> {
        let node = self.node(n)?;
        self.check_deadline()?;
        let (base, width, height, rotate) = page_space(node);
        let mut damage = Vec::new();
        if node.missing {
            damage.push(format!(
                "page object {} {} R is missing",
                node.id.0, node.id.1
            ));
        }
        let content = self.page_content(node, &mut damage);
        for d in &damage {
            device.warning(d);
        }
        let empty = Dictionary::new();
        let resources = node.resources.as_ref().unwrap_or(&empty);
        let mut interp = Interpreter::new(self, device, base);
        interp.run(&content, resources, 0);
        if interp.timed_out {
            return Err(self
                .check_deadline()
                .err()
                .unwrap_or(Error::Timeout(Duration::ZERO)));
        }
        damage.append(&mut interp.damage);
        Ok(((width, height, rotate), damage))
    }

    /// The page's content streams, concatenated; what could not be read goes to `damage`.
    fn page_content(&self, node: &PageNode, damage: &mut Vec<String>) -> Vec<u8> {
        let doc = &self.inner;
        let Some(page) = doc.objects.get(&node.id).and_then(objects::as_dict) else {
            return Vec::new();
        };
        let Ok(contents) = page.get(b"Contents") else {
            return Vec::new();
        };
        let parts: Vec<&Object> = match resolve(doc, contents) {
            Some(Object::Array(items)) => items.iter().collect(),
            Some(_) | None => vec![contents],
        };
        let mut out = Vec::new();
        for part in parts {
            match resolve(doc, part) {
                Some(Object::Stream(s)) => {
                    let room = self.limits.max_stream.saturating_sub(out.len());
                    match objects::stream_data(s, room) {
                        Ok(data) => out.extend_from_slice(&data),
                        Err(e) => damage.push(format!("content stream not decoded: {e}")),
                    }
                    // Streams of one page are concatenated; a token may not span two of them.
                    out.push(b'\n');
                }
                Some(Object::Null) => {}
                Some(_) => damage.push("page /Contents is not a stream".to_string()),
                None => damage.push(format!("content stream {}", unreadable(doc, part))),
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

/// Why a reference leads nowhere: "12 0 R is missing" or "12 0 R is a reference loop".
pub(crate) fn unreadable(doc: &lopdf::Document, obj: &Object) -> String {
    match obj {
        Object::Reference(id) if doc.objects.contains_key(id) => {
            format!("{} {} R is a reference loop", id.0, id.1)
        }
        Object::Reference(id) => format!("{} {} R is missing", id.0, id.1),
        _ => "cannot be resolved".to_string(),
    }
}

/// lopdf's load, with a panic inside it (third-party code parsing hostile bytes) turned into
/// an error for this file.
fn load(bytes: &[u8], options: LoadOptions) -> Result<lopdf::Document> {
    let loaded =
        std::panic::catch_unwind(|| lopdf::Document::load_mem_with_options(bytes, options));
    match loaded {
        Ok(doc) => doc.map_err(load_error).and_then(check_encryption),
        Err(_) => Err(Error::Invalid(
            "the PDF parser (lopdf) panicked on this file".to_string(),
        )),
    }
}

fn load_error(e: lopdf::Error) -> Error {
    match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => Error::Encrypted,
        other => Error::Invalid(other.to_string()),
    }
}

/// lopdf decrypts with the empty user password when it can and then drops /Encrypt from the
/// trailer; a trailer still naming /Encrypt means the password is unknown and no object was
/// loaded.
fn check_encryption(doc: lopdf::Document) -> Result<lopdf::Document> {
    if doc.trailer.has(b"Encrypt") {
        Err(Error::Encrypted)
    } else {
        Ok(doc)
    }
}

/// How damaged a reading of the file is: pages whose object is missing, and pages whose
/// content streams are missing.
fn damage(doc: &lopdf::Document, pages: &[PageNode]) -> usize {
    pages
        .iter()
        .filter(|p| {
            if p.missing {
                return true;
            }
            let Some(contents) = doc
                .objects
                .get(&p.id)
                .and_then(objects::as_dict)
                .and_then(|d| d.get(b"Contents").ok())
            else {
                return false;
            };
            match resolve(doc, contents) {
                Some(Object::Array(items)) => items.iter().any(|o| resolve(doc, o).is_none()),
                Some(_) => false,
                None => true,
            }
        })
        .count()
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
        missing: false,
    };
    let mut stack = vec![(*pages_id, inherited, 0usize)];
    while let Some((id, parent, depth)) = stack.pop() {
        if out.len() >= max_pages || depth > 64 || !seen.insert(id) {
            continue;
        }
        let Some(node) = doc.objects.get(&id).and_then(objects::as_dict) else {
            // A kid that is not there (a cut-off file): a page that cannot be read. The
            // root itself missing is no page tree at all.
            if depth > 0 && !doc.objects.contains_key(&id) {
                let mut attrs = parent.clone();
                attrs.id = id;
                attrs.missing = true;
                out.push(attrs);
            }
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
    if out.iter().all(|p| p.missing) {
        let found = fallback_pages(doc, max_pages);
        if !found.is_empty() {
            return found;
        }
    }
    out
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
                missing: false,
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
            missing: false,
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
