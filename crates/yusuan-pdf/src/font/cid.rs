//! Composite (Type0) fonts: a CMap turns bytes into codes and CIDs; text comes from
//! ToUnicode, a predefined Unicode CMap, the embedded font, or the Adobe-GB1 collection.

use lopdf::{Dictionary, Document, Object};

use super::cmap::CMap;
use super::predefined::{self, UnicodeEncoding};
use super::truetype;
use super::{Char, objects, to_unicode, usable};

#[derive(Debug)]
enum CMapRef {
    Static(&'static CMap),
    Owned(Box<CMap>),
}

impl CMapRef {
    fn get(&self) -> &CMap {
        match self {
            CMapRef::Static(c) => c,
            CMapRef::Owned(c) => c,
        }
    }
}

/// Sorted, non-overlapping CID ranges with one value each (from /W or /W2).
#[derive(Debug, Default)]
struct Metrics(Vec<(u32, u32, f64)>);

impl Metrics {
    fn get(&self, cid: u32) -> Option<f64> {
        let i = self.0.partition_point(|&(_, last, _)| last < cid);
        self.0
            .get(i)
            .filter(|&&(first, _, _)| first <= cid)
            .map(|&(_, _, w)| w)
    }

    /// Parses a /W (stride 1) or /W2 (stride 3: w1y vx vy, of which w1y is kept) array.
    fn parse(doc: &Document, items: &[Object], stride: usize) -> Metrics {
        let mut out = Vec::new();
        let mut i = 0;
        let num = |o: Option<&Object>| {
            o.and_then(|o| objects::resolve(doc, o))
                .and_then(objects::number)
        };
        while let Some(first) = num(items.get(i)) {
            let first = first.max(0.0) as u32;
            match items.get(i + 1).and_then(|o| objects::resolve(doc, o)) {
                Some(Object::Array(ws)) => {
                    let ws = objects::numbers(doc, ws);
                    for (k, chunk) in ws.chunks(stride).enumerate() {
                        if let Some(&w) = chunk.first() {
                            let cid = first.saturating_add(k as u32);
                            out.push((cid, cid, w));
                        }
                    }
                    i += 2;
                }
                Some(o) => {
                    let last = objects::number(o).unwrap_or(0.0).max(0.0) as u32;
                    if let Some(w) = num(items.get(i + 2)) {
                        out.push((first, last.max(first), w));
                    }
                    i += 2 + stride;
                }
                None => break,
            }
        }
        out.sort_by_key(|&(first, _, _)| first);
        // Drop entries overlapping an earlier one: the first definition wins.
        let mut clean: Vec<(u32, u32, f64)> = Vec::with_capacity(out.len());
        for r in out {
            if clean.last().is_none_or(|p| p.1 < r.0) {
                clean.push(r);
            }
        }
        Metrics(clean)
    }
}

#[derive(Debug)]
pub struct CidFont {
    cmap: CMapRef,
    direct: Option<UnicodeEncoding>,
    to_unicode: Option<CMap>,
    /// CIDs are Adobe-GB1 CIDs.
    gb1: bool,
    /// Try the embedded font before the GB1 table (Identity-encoded embedded TrueType).
    embedded_first: bool,
    embedded: truetype::Lazy,
    /// CID -> glyph id; `None` = identity.
    cid_to_gid: Option<Vec<u16>>,
    widths: Metrics,
    dw: f64,
    vwidths: Metrics,
    dw2: f64,
    vertical: bool,
}

fn identity() -> CMapRef {
    predefined::predefined("Identity-H").map_or_else(
        || CMapRef::Owned(Box::new(CMap::parse(b""))),
        CMapRef::Static,
    )
}

impl CidFont {
    pub fn load(doc: &Document, dict: &Dictionary, max_stream: usize) -> CidFont {
        // An embedded CMap may state its writing mode in the stream dictionary only.
        let mut stream_wmode = None;
        let (cmap, direct, predefined_gb) = match objects::get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                let name = String::from_utf8_lossy(n);
                match predefined::predefined(&name) {
                    Some(c) => (
                        CMapRef::Static(c),
                        predefined::unicode_encoding(&name),
                        !name.starts_with("Identity"),
                    ),
                    None => (identity(), None, false),
                }
            }
            Some(Object::Stream(s)) => match objects::stream_data(s, max_stream) {
                Ok(data) => {
                    stream_wmode = objects::num(doc, &s.dict, b"WMode");
                    (CMapRef::Owned(Box::new(CMap::parse(&data))), None, false)
                }
                Err(_) => (identity(), None, false),
            },
            _ => (identity(), None, false),
        };
        let descendant = objects::array(doc, dict, b"DescendantFonts")
            .and_then(|a| a.first())
            .and_then(|o| objects::resolve(doc, o))
            .and_then(objects::as_dict);
        let empty = Dictionary::new();
        let desc = descendant.unwrap_or(&empty);
        let info = objects::dict(doc, desc, b"CIDSystemInfo");
        let ordering = info.and_then(|i| objects::get(doc, i, b"Ordering"));
        let gb1_ordering = matches!(ordering, Some(Object::String(s, _)) if s == b"GB1")
            || matches!(ordering, Some(Object::Name(s)) if s == b"GB1");
        let is_type2 = objects::name(doc, desc, b"Subtype") == Some(b"CIDFontType2");
        let cid_to_gid: Option<Vec<u16>> = match objects::get(doc, desc, b"CIDToGIDMap") {
            Some(Object::Stream(s)) if is_type2 => objects::stream_data(s, max_stream)
                .ok()
                .map(|d| d.chunks_exact(2).map(be16).collect()),
            _ => None,
        };
        let to_unicode = to_unicode(doc, dict, max_stream);
        let gid = |cid: u32| match &cid_to_gid {
            Some(map) => map.get(cid as usize).copied(),
            None => u16::try_from(cid).ok(),
        };
        let digit_gids = to_unicode
            .iter()
            .flat_map(|t| t.mappings())
            .filter(|&(_, _, text)| truetype::is_digit(text))
            .filter_map(|(code, len, _)| gid(cmap.get().cid(code, len)?))
            .collect();
        let descriptor = objects::dict(doc, desc, b"FontDescriptor");
        let embedded = truetype::Lazy::new(doc, descriptor, max_stream, digit_gids);
        let dw = objects::num(doc, desc, b"DW").unwrap_or(1000.0);
        let widths = objects::array(doc, desc, b"W")
            .map(|w| Metrics::parse(doc, w, 1))
            .unwrap_or_default();
        let dw2 = objects::array(doc, desc, b"DW2")
            .map(|a| objects::numbers(doc, a))
            .and_then(|v| v.get(1).copied())
            .unwrap_or(-1000.0);
        let vwidths = objects::array(doc, desc, b"W2")
            .map(|w| Metrics::parse(doc, w, 3))
            .unwrap_or_default();
        let vertical = cmap.get().is_vertical() || stream_wmode == Some(1.0);
        CidFont {
            vertical,
            cmap,
            direct,
            to_unicode,
            gb1: gb1_ordering || predefined_gb,
            embedded_first: !predefined_gb && is_type2,
            embedded,
            cid_to_gid,
            widths,
            dw,
            vwidths,
            dw2,
        }
    }

    pub fn vertical(&self) -> bool {
        self.vertical
    }

    fn embedded_text(&self, cid: u32) -> Option<&str> {
        let e = self.embedded.get()?;
        let gid = match &self.cid_to_gid {
            Some(map) => *map.get(cid as usize)?,
            None => u16::try_from(cid).ok()?,
        };
        e.gid_text(gid)
    }

    pub fn decode(&self, bytes: &[u8], buf: &mut String, mut f: impl FnMut(Char<'_>)) {
        let cmap = self.cmap.get();
        let mut rest = bytes;
        while !rest.is_empty() {
            let (code, len) = cmap.next_code(rest);
            let len = len.clamp(1, rest.len());
            let code_bytes = rest.get(..len).unwrap_or_default();
            rest = rest.get(len..).unwrap_or_default();
            let cid = cmap.cid(code, len).unwrap_or(0);
            let width = self.widths.get(cid).unwrap_or(self.dw);
            let width_v = self.vwidths.get(cid).unwrap_or(self.dw2);
            let is_space = len == 1 && code == 32;
            let from_to_unicode = self
                .to_unicode
                .as_ref()
                .and_then(|t| t.unicode(code, len))
                .filter(|t| usable(t));
            let text = match from_to_unicode {
                Some(t) => Some(t),
                None => {
                    buf.clear();
                    if let Some(enc) = self.direct {
                        decode_direct(enc, code_bytes, buf);
                    }
                    if usable(buf) {
                        Some(buf.as_str())
                    } else {
                        buf.clear();
                        let gb1 = || self.gb1.then(|| predefined::gb1_unicode(cid)).flatten();
                        let from_font = if self.embedded_first {
                            self.embedded_text(cid)
                        } else {
                            None
                        };
                        match from_font {
                            Some(t) => Some(t),
                            None => match gb1().filter(|c| usable(c.encode_utf8(&mut [0; 4]))) {
                                Some(c) => {
                                    buf.push(c);
                                    Some(buf.as_str())
                                }
                                None if !self.embedded_first => self.embedded_text(cid),
                                None => None,
                            },
                        }
                    }
                }
            };
            f(Char {
                code,
                text,
                width,
                width_v,
                is_space,
            });
        }
    }
}

fn be16(p: &[u8]) -> u16 {
    match p {
        [a, b] => u16::from_be_bytes([*a, *b]),
        _ => 0,
    }
}

/// Text straight from the code bytes of a predefined Unicode CMap (UniGB-UCS2/UTF16/...).
fn decode_direct(enc: UnicodeEncoding, code: &[u8], buf: &mut String) {
    match enc {
        UnicodeEncoding::Utf16Be => {
            let units = code.chunks_exact(2).map(be16);
            buf.extend(char::decode_utf16(units).map_while(Result::ok));
        }
        UnicodeEncoding::Utf32Be => {
            if let [a, b, c, d] = code {
                buf.extend(char::from_u32(u32::from_be_bytes([*a, *b, *c, *d])));
            }
        }
        UnicodeEncoding::Utf8 => {
            if let Ok(s) = std::str::from_utf8(code) {
                buf.push_str(s);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn w_array_forms() {
        let doc = Document::new();
        let w = vec![
            Object::Integer(1),
            Object::Array(vec![Object::Integer(500), Object::Integer(600)]),
            Object::Integer(10),
            Object::Integer(20),
            Object::Integer(1000),
        ];
        let m = Metrics::parse(&doc, &w, 1);
        assert_eq!(m.get(1), Some(500.0));
        assert_eq!(m.get(2), Some(600.0));
        assert_eq!(m.get(3), None);
        assert_eq!(m.get(15), Some(1000.0));
        assert_eq!(m.get(21), None);
    }

    #[test]
    fn direct_utf16_with_surrogates() {
        let mut s = String::new();
        decode_direct(UnicodeEncoding::Utf16Be, &[0x4e, 0x2d], &mut s);
        decode_direct(UnicodeEncoding::Utf16Be, &[0xd8, 0x3d, 0xde, 0x00], &mut s);
        assert_eq!(s, "中😀");
    }
}
