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
        if subtype == b"Type0" {
            let font = cid::CidFont::load(doc, dict, max_stream);
            return Font {
                name: name.into(),
                vertical: font.vertical(),
                matrix: Matrix::new(0.001, 0.0, 0.0, 0.001, 0.0, 0.0),
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
