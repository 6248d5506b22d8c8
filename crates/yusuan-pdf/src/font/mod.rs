//! Fonts: from a PDF font dictionary to a decoder of shown strings into character codes,
//! Unicode text and advance widths.
//!
//! Unicode comes from, in order: the font's ToUnicode CMap; for Type0 fonts, a predefined
//! Unicode CMap (UniGB-*), the embedded TrueType font's own cmap (through CIDToGIDMap) and the
//! character collection's CID -> Unicode table (Adobe-GB1); for simple fonts, the encoding and
//! glyph names. A code none of these maps is reported as undecoded, never guessed.

mod cid;
pub mod cmap;
pub mod encodings;
pub mod glyphnames;
pub mod predefined;
mod simple;
mod std14;
mod truetype;
pub mod unify;

use std::sync::Arc;

use lopdf::{Dictionary, Document};

use super::geom::Matrix;
use super::objects;

/// One decoded character code.
#[derive(Debug, Clone, Copy)]
pub struct Char<'t> {
    pub code: u32,
    /// Unicode text, `None` when undecodable.
    pub text: Option<&'t str>,
    /// Horizontal advance in glyph space (1000 = 1 em for all but Type3 fonts).
    pub width: f64,
    /// Vertical advance in glyph space (negative: downwards), for vertical fonts.
    pub width_v: f64,
    /// A single-byte code 32, to which word spacing applies.
    pub is_space: bool,
}

#[derive(Debug)]
enum Kind {
    Simple(simple::SimpleFont),
    Cid(Box<cid::CidFont>),
}

#[derive(Debug)]
pub struct Font {
    /// BaseFont, lossily decoded (GBK when not UTF-8).
    pub name: Arc<str>,
    pub vertical: bool,
    /// Glyph space -> text space.
    pub matrix: Matrix,
    /// Parts of the font the file names but does not hold (a ToUnicode map, a descendant
    /// font, an embedded font file…): text shown with it may be missing or wrong.
    pub damage: Vec<String>,
    kind: Kind,
}

/// Text a viewer would show as a real character: no U+FFFD, private use, controls or nothing.
pub(crate) fn usable(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            let u = c as u32;
            !(c.is_control() || c == '\u{FFFD}' || (0xE000..=0xF8FF).contains(&u) || u >= 0xF0000)
        })
}

/// A font or file name as text: UTF-8 when it is, else GBK (Chinese producers write raw GBK
/// bytes into names), else Latin-1.
pub fn name_text(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let (s, _, bad) = encoding_rs::GBK.decode(bytes);
    if !bad {
        return s.into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

impl Font {
    /// Builds a font from its dictionary. Never fails: what cannot be read decodes nothing
    /// and is counted as undecoded downstream.
    pub fn load(doc: &Document, dict: &Dictionary, max_stream: usize) -> Font {
        let name = objects::name(doc, dict, b"BaseFont")
            .map(name_text)
            .unwrap_or_default();
        let subtype = objects::name(doc, dict, b"Subtype").unwrap_or_default();
        let damage = damage(doc, dict, max_stream);
        if subtype == b"Type0" {
            let font = cid::CidFont::load(doc, dict, max_stream);
            return Font {
                name: name.into(),
                vertical: font.vertical(),
                matrix: Matrix::new(0.001, 0.0, 0.0, 0.001, 0.0, 0.0),
                damage,
                kind: Kind::Cid(Box::new(font)),
            };
        }
        let matrix = if subtype == b"Type3" {
            objects::array(doc, dict, b"FontMatrix")
                .map(|a| objects::numbers(doc, a))
                .and_then(|v| match v.as_slice() {
                    [a, b, c, d, e, f] => Some(Matrix::new(*a, *b, *c, *d, *e, *f)),
                    _ => None,
                })
                .filter(|m| m.is_finite())
                .unwrap_or(Matrix::new(0.001, 0.0, 0.0, 0.001, 0.0, 0.0))
        } else {
            Matrix::new(0.001, 0.0, 0.0, 0.001, 0.0, 0.0)
        };
        Font {
            name: name.into(),
            vertical: false,
            matrix,
            damage,
            kind: Kind::Simple(simple::SimpleFont::load(
                doc,
                dict,
                &name_of(doc, dict),
                max_stream,
            )),
        }
    }

    /// Decodes a shown string, calling `f` once per character code in order.
    pub fn decode(&self, bytes: &[u8], buf: &mut String, f: impl FnMut(Char<'_>)) {
        match &self.kind {
            Kind::Simple(s) => s.decode(bytes, f),
            Kind::Cid(c) => c.decode(bytes, buf, f),
        }
    }
}

fn name_of(doc: &Document, dict: &Dictionary) -> String {
    objects::name(doc, dict, b"BaseFont")
        .map(name_text)
        .unwrap_or_default()
}

/// What a font dictionary names but the file does not hold: references that lead nowhere
/// (missing objects, loops) among the entries that carry the text and the glyphs, in the
/// font, its descendant and their descriptors, and a ToUnicode map that does not decode.
fn damage(doc: &Document, dict: &Dictionary, max_stream: usize) -> Vec<String> {
    const FONT: [&[u8]; 5] = [
        b"ToUnicode",
        b"Encoding",
        b"DescendantFonts",
        b"FontDescriptor",
        b"Widths",
    ];
    const DESCENDANT: [&[u8]; 3] = [b"FontDescriptor", b"CIDToGIDMap", b"W"];
    const DESCRIPTOR: [&[u8]; 3] = [b"FontFile", b"FontFile2", b"FontFile3"];
    let mut out = Vec::new();
    let check = |out: &mut Vec<String>, d: &Dictionary, keys: &[&[u8]], prefix: &str| {
        for key in keys {
            if let Ok(obj) = d.get(key)
                && objects::resolve(doc, obj).is_none()
            {
                out.push(format!(
                    "{prefix}{} {}",
                    String::from_utf8_lossy(key),
                    super::document::unreadable(doc, obj)
                ));
            }
        }
    };
    check(&mut out, dict, &FONT, "");
    if let Some(d) = objects::dict(doc, dict, b"FontDescriptor") {
        check(&mut out, d, &DESCRIPTOR, "");
    }
    for kid in objects::array(doc, dict, b"DescendantFonts").unwrap_or_default() {
        match objects::resolve(doc, kid).and_then(objects::as_dict) {
            Some(desc) => {
                check(&mut out, desc, &DESCENDANT, "descendant font's ");
                if let Some(d) = objects::dict(doc, desc, b"FontDescriptor") {
                    check(&mut out, d, &DESCRIPTOR, "descendant font's ");
                }
            }
            None => out.push(format!(
                "descendant font {}",
                super::document::unreadable(doc, kid)
            )),
        }
    }
    if let Some(s) = objects::stream(doc, dict, b"ToUnicode")
        && let Err(e) = objects::stream_data(s, max_stream)
    {
        out.push(format!("ToUnicode not decoded: {e}"));
    }
    out
}

/// Parses a ToUnicode CMap stream if the font has one.
pub(crate) fn to_unicode(
    doc: &Document,
    dict: &Dictionary,
    max_stream: usize,
) -> Option<cmap::CMap> {
    let s = objects::stream(doc, dict, b"ToUnicode")?;
    let data = objects::stream_data(s, max_stream).ok()?;
    Some(cmap::CMap::parse(&data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usable_text() {
        assert!(usable("中"));
        assert!(usable(" "));
        assert!(!usable(""));
        assert!(!usable("\u{FFFD}"));
        assert!(!usable("\u{E001}"));
        assert!(!usable("\u{0}"));
    }

    #[test]
    fn gbk_names() {
        assert_eq!(name_text(b"SimSun"), "SimSun");
        assert_eq!(name_text(&[0xCB, 0xCE, 0xCC, 0xE5]), "宋体");
    }
}
