//! Unicode recovered from an embedded TrueType/OpenType font's own tables, for fonts that
//! carry no ToUnicode map: the Unicode cmap subtables read backwards (glyph -> character),
//! then glyph names from the `post` table.

use std::collections::HashMap;
use std::sync::OnceLock;

use lopdf::{Dictionary, Document, Stream};
use ttf_parser::{Face, GlyphId, PlatformId};

use super::glyphnames::glyph_unicode;
use super::unify::is_variant_form;
use super::{objects, usable};

#[derive(Debug, Default)]
pub struct Embedded {
    gid_text: HashMap<u16, String>,
    /// For simple fonts: code -> glyph through the (3,0) or (1,0) subtable.
    code_gid: Vec<Option<u16>>,
}

/// The descriptor's FontFile2 (or an OpenType FontFile3), if any.
fn font_file<'a>(doc: &'a Document, descriptor: &'a Dictionary) -> Option<&'a Stream> {
    objects::stream(doc, descriptor, b"FontFile2").or_else(|| {
        let s = objects::stream(doc, descriptor, b"FontFile3")?;
        (objects::name(doc, &s.dict, b"Subtype") == Some(b"OpenType")).then_some(s)
    })
}

fn parse(stream: &Stream, max_stream: usize) -> Option<Embedded> {
    let data = objects::stream_data(stream, max_stream).ok()?;
    let face = Face::parse(&data, 0).ok()?;
    Some(read(&face))
}

/// Reads the descriptor's embedded font. `None` when there is none or it does not parse.
pub fn embedded(doc: &Document, descriptor: &Dictionary, max_stream: usize) -> Option<Embedded> {
    parse(font_file(doc, descriptor)?, max_stream)
}

/// An embedded font read when it is first asked for: most CID fonts carry a ToUnicode map
/// that covers every code they use, and inflating and reading a CJK font file costs more
/// than interpreting the pages that use it.
#[derive(Debug, Default)]
pub struct Lazy {
    file: Option<Stream>,
    max_stream: usize,
    read: OnceLock<Option<Embedded>>,
}

impl Lazy {
    pub fn new(doc: &Document, descriptor: Option<&Dictionary>, max_stream: usize) -> Lazy {
        Lazy {
            file: descriptor.and_then(|d| font_file(doc, d)).cloned(),
            max_stream,
            read: OnceLock::new(),
        }
    }

    /// The font's tables, unless there is no font or it names no glyph.
    pub fn get(&self) -> Option<&Embedded> {
        self.read
            .get_or_init(|| parse(self.file.as_ref()?, self.max_stream).filter(|e| !e.is_empty()))
            .as_ref()
    }
}

/// Prefers a unified ideograph over radicals and compatibility forms that share its glyph.
fn better(new: char, old: char) -> bool {
    match (is_variant_form(new), is_variant_form(old)) {
        (false, true) => true,
        (true, false) => false,
        _ => new < old,
    }
}

fn read(face: &Face<'_>) -> Embedded {
    let mut best: HashMap<u16, char> = HashMap::new();
    let mut code_gid = vec![None; 256];
    if let Some(cmap) = face.tables().cmap {
        for sub in cmap.subtables {
            if sub.is_unicode() {
                sub.codepoints(|cp| {
                    // A damaged format-12 group may span billions of code points: only those
                    // that are characters are looked up (one lookup each was 34 s a font).
                    let Some(c) = char::from_u32(cp) else {
                        return;
                    };
                    let Some(gid) = sub.glyph_index(cp) else {
                        return;
                    };
                    if !usable(c.encode_utf8(&mut [0; 4])) {
                        return;
                    }
                    best.entry(gid.0)
                        .and_modify(|old| {
                            if better(c, *old) {
                                *old = c;
                            }
                        })
                        .or_insert(c);
                });
            }
            let symbol = sub.platform_id == PlatformId::Windows && sub.encoding_id == 0;
            let mac_roman = sub.platform_id == PlatformId::Macintosh && sub.encoding_id == 0;
            if symbol || mac_roman {
                for (code, slot) in code_gid.iter_mut().enumerate() {
                    if slot.is_none() {
                        let code = code as u32;
                        let gid = if symbol {
                            sub.glyph_index(0xF000 + code)
                                .or_else(|| sub.glyph_index(code))
                        } else {
                            sub.glyph_index(code)
                        };
                        *slot = gid.map(|g| g.0);
                    }
                }
            }
        }
    }
    let mut gid_text: HashMap<u16, String> =
        best.into_iter().map(|(g, c)| (g, c.to_string())).collect();
    for gid in 0..face.number_of_glyphs() {
        if gid_text.contains_key(&gid) {
            continue;
        }
        if let Some(text) = face
            .glyph_name(GlyphId(gid))
            .and_then(glyph_unicode)
            .filter(|t| usable(t))
        {
            gid_text.insert(gid, text.into_owned());
        }
    }
    Embedded { gid_text, code_gid }
}

impl Embedded {
    pub fn gid_text(&self, gid: u16) -> Option<&str> {
        self.gid_text.get(&gid).map(String::as_str)
    }

    pub fn simple_code_text(&self, code: u8) -> Option<String> {
        let gid = (*self.code_gid.get(usize::from(code))?)?;
        self.gid_text(gid).map(str::to_string)
    }

    pub fn is_empty(&self) -> bool {
        self.gid_text.is_empty()
    }
}
