//! Opening documents and walking their pages.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lopdf::xref::{XrefEntry, XrefRecovery};
use lopdf::{Dictionary, LoadOptions, Object, ObjectId};

use super::device::Device;
use super::error::{Error, Result};
use super::font::Font;
use super::geom::{Matrix, Rect};
use super::interp::Interpreter;
use super::objects::{self, resolve};
use super::orient;
use super::page::{PageCollector, PageContent};
use super::tree;

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
    /// Bytes one file may hold: the file itself (a larger file is not read), and the pages
    /// read and not yet released, with the content streams decoded once for several pages.
    /// Checked every few thousand operators, so a page that passes it stops at once
    /// ([`Error::TooLarge`]). Default 512 MiB: the largest real document held under 100 MiB.
    pub max_memory: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_stream: 256 << 20,
            max_form_depth: 12,
            max_pages: 100_000,
            max_time: Some(Duration::from_secs(60)),
            max_memory: 512 << 20,
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
    /// What the file lost that no page shows (see [`Document::losses`]).
    losses: Vec<String>,
    /// Fonts are parsed once per document: ToUnicode maps of CJK fonts are large.
    fonts: Mutex<HashMap<ObjectId, Arc<Font>>>,
    /// Content streams drawn by more than one page, decoded once ([`Document::page_content`]).
    shared: HashMap<ObjectId, Mutex<Option<Arc<Vec<u8>>>>>,
    /// Bytes held against [`Limits::max_memory`]: the file, the shared streams decoded, and
    /// the pages read ([`Document::hold`]) and not yet released.
    held: AtomicUsize,
}

impl Document {
    pub fn open(path: &Path) -> Result<Document> {
        Document::open_with(path, Limits::default())
    }

    /// [`Document::open`] under `limits`; the file is read as [`super::input::read`] does
    /// (regular files only, the header first, no more than [`Limits::max_memory`]).
    pub fn open_with(path: &Path, limits: Limits) -> Result<Document> {
        let bytes = super::input::read(path, limits.max_memory as u64)?;
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
        let read = |doc: lopdf::Document| {
            let walk = tree::walk(&doc, limits.max_pages.saturating_add(1));
            let damage = damage(&doc, &walk.pages);
            (doc, walk, damage)
        };
        let first = load(bytes, options(false)).map(read);
        let needs_scan = match &first {
            Ok((doc, walk, damage)) => {
                (walk.pages.is_empty() || *damage > 0)
                    && doc.xref_recovery != Some(XrefRecovery::Reconstructed)
            }
            Err(Error::Encrypted) => false,
            Err(_) => true,
        };
        let best = if needs_scan {
            // A file cut off before any trailer and catalog: lopdf's scan needs a /Root to
            // start from, so it is given an empty catalog, and the page tree is rebuilt.
            let rescanned = load(bytes, options(true))
                .or_else(|_| load(&with_empty_catalog(bytes), options(true)))
                .map(read);
            match (first, rescanned) {
                (Ok(a), Ok(b)) => {
                    let better = !b.1.pages.is_empty() && (a.1.pages.is_empty() || b.2 < a.2);
                    if better { b } else { a }
                }
                (Ok(a), Err(_)) => a,
                (Err(_), Ok(b)) => b,
                (Err(e), Err(_)) => return Err(e),
            }
        } else {
            first?
        };
        let (inner, walk, _) = best;
        let mut pages = walk.pages;
        // One page more than the limit was walked to tell a document at the limit from one
        // beyond it.
        let pages_capped = pages.len() > limits.max_pages;
        pages.truncate(limits.max_pages);
        let mut losses = Vec::new();
        let reconstructed = inner.xref_recovery == Some(XrefRecovery::Reconstructed);
        if cut_short(bytes, &inner) {
            losses.push("the file is cut short (no %%EOF after its last object)".to_string());
        }
        if walk.rebuilt {
            losses.push(format!(
                "page tree rebuilt from the {} page objects found in the file (its catalog or root /Pages node is lost; the page order may differ)",
                pages.len()
            ));
        }
        if let Some(declared) = walk.declared.filter(|&d| d > pages.len() as u64)
            && !pages_capped
        {
            losses.push(format!(
                "the page tree declares {declared} pages but holds {}",
                pages.len()
            ));
        }
        if reconstructed && walk.unreached > 0 {
            losses.push(format!(
                "{} page objects found in the file are not in its page tree",
                walk.unreached
            ));
        }
        let shared = shared_streams(&inner, &pages);
        Ok(Document {
            held: AtomicUsize::new(bytes.len()),
            shared,
            recovery: inner.xref_recovery,
            inner,
            pages,
            pages_capped,
            losses,
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

    /// What the file lost that no single page shows, one line each: the file cut short, a page
    /// tree rebuilt from loose page objects, pages the tree declares (/Count) but does not
    /// hold, page objects a rescan found outside the tree. A document with losses is not
    /// whole, however well its pages read.
    pub fn losses(&self) -> &[String] {
        &self.losses
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Counts `bytes` (a page read, see [`PageContent::held_bytes`]) against
    /// [`Limits::max_memory`] until [`Document::release`] gives them back.
    pub fn hold(&self, bytes: usize) {
        self.held.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Gives back what [`Document::hold`] counted, once the caller has dropped those pages.
    pub fn release(&self, bytes: usize) {
        let _ = self
            .held
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |h| {
                Some(h.saturating_sub(bytes))
            });
    }

    /// Whether `more` bytes still fit under [`Limits::max_memory`].
    pub fn has_room(&self, more: usize) -> bool {
        self.held.load(Ordering::Relaxed).saturating_add(more) <= self.limits.max_memory
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
        if interp.over_memory {
            return Err(Error::TooLarge(self.limits.max_memory));
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
                    match self.stream_data(part, s, room) {
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

    /// A content stream's data, decoded once when several pages draw it (a shared stream of a
    /// million operators must not be inflated, nor held, once per page).
    fn stream_data(
        &self,
        obj: &Object,
        s: &lopdf::Stream,
        room: usize,
    ) -> std::result::Result<Arc<Vec<u8>>, String> {
        let slot = match obj {
            Object::Reference(id) => self.shared.get(id),
            _ => None,
        };
        let Some(slot) = slot else {
            return objects::stream_data(s, room).map(Arc::new);
        };
        let mut slot = slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(data) = slot.as_ref() {
            return if data.len() <= room {
                Ok(data.clone())
            } else {
                Err(format!("stream larger than the limit of {room} bytes"))
            };
        }
        let data = Arc::new(objects::stream_data(s, room)?);
        self.hold(data.len());
        *slot = Some(data.clone());
        Ok(data)
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

/// The content streams more than one page draws (by reference, directly or in a /Contents
/// array), each with an empty slot for its decoded data.
fn shared_streams(
    doc: &lopdf::Document,
    pages: &[PageNode],
) -> HashMap<ObjectId, Mutex<Option<Arc<Vec<u8>>>>> {
    let mut uses: HashMap<ObjectId, usize> = HashMap::new();
    for p in pages {
        let Some(contents) = doc
            .objects
            .get(&p.id)
            .and_then(objects::as_dict)
            .and_then(|d| d.get(b"Contents").ok())
        else {
            continue;
        };
        let parts: &[Object] = match resolve(doc, contents) {
            Some(Object::Array(items)) => items,
            _ => std::slice::from_ref(contents),
        };
        for part in parts {
            if let Object::Reference(id) = part {
                *uses.entry(*id).or_default() += 1;
            }
        }
    }
    uses.into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(id, _)| (id, Mutex::new(None)))
        .collect()
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

/// Whether the file ends before its last section does: no `%%EOF` at all, or an object begun
/// after the last one that the cross-reference data does not place there (an update cut off,
/// which leaves the revision before it looking whole). Some writers put objects after a
/// complete trailer, with the cross-reference table pointing at them: those are not cut.
fn cut_short(bytes: &[u8], doc: &lopdf::Document) -> bool {
    let Some(eof) = bytes.windows(5).rposition(|w| w == b"%%EOF") else {
        return true;
    };
    // lopdf's offsets count from the header.
    let base = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let rebuilt = doc.xref_recovery == Some(XrefRecovery::Reconstructed);
    // An object from `at` to its `endobj`, or to the end of the file.
    let object = |at: usize| {
        let rest = bytes.get(at..).unwrap_or_default();
        let end = rest.windows(6).position(|w| w == b"endobj");
        rest.get(..end.unwrap_or(rest.len())).unwrap_or_default()
    };
    object_headers(bytes, eof).any(|(at, (n, g))| {
        if rebuilt {
            return true;
        }
        match doc.reference_table.get(n) {
            Some(XrefEntry::Normal { offset, generation }) if *generation == g => {
                let placed = *offset as usize + base;
                // The object the table places, or a copy of it (whole or in part: some
                // writers append a stray copy of their last objects) holds nothing new.
                placed != at && !object(placed).starts_with(object(at))
            }
            _ => true,
        }
    })
}

/// `N G obj` headers at the start of a line from `from` on: (offset, (N, G)).
fn object_headers(bytes: &[u8], from: usize) -> impl Iterator<Item = (usize, (u32, u16))> + '_ {
    let tail = bytes.get(from..).unwrap_or_default();
    tail.windows(3)
        .enumerate()
        .filter(|(_, w)| *w == b"obj")
        .filter_map(move |(i, _)| {
            // Back over "G ", then "N ", to the line start (a header is short).
            let near = i.saturating_sub(32);
            let head = tail.get(near..i)?;
            let line_start = match head.iter().rposition(|&b| b == b'\n' || b == b'\r') {
                Some(p) => near + p + 1,
                None if near == 0 => 0,
                None => return None,
            };
            let line = std::str::from_utf8(tail.get(line_start..i)?)
                .ok()?
                .trim_start();
            let mut parts = line.split_ascii_whitespace();
            let (n, g) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
            let start = from + i - line.len();
            parts.next().is_none().then_some((start, (n, g)))
        })
}

/// `bytes` with an empty catalog and a trailer naming it appended, for lopdf's scan to start
/// from when the file lost its own (the object number is one lopdf's scan accepts and real
/// files do not reach).
fn with_empty_catalog(bytes: &[u8]) -> Vec<u8> {
    const N: u32 = 999_999;
    let mut out = Vec::with_capacity(bytes.len() + 80);
    out.extend_from_slice(bytes);
    out.extend_from_slice(
        format!("\n{N} 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root {N} 0 R >>\n")
            .as_bytes(),
    );
    out
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
