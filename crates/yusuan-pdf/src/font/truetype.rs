//! Unicode recovered from an embedded TrueType/OpenType font's own tables, for fonts that
//! carry no ToUnicode map (or map a glyph to private use): the Unicode cmap subtables read
//! backwards (glyph -> character), then glyph names from the `post` table, then the one shape
//! that cannot be mistaken: a lone small dot on the baseline is a full stop / decimal point.

use std::collections::HashMap;
use std::sync::OnceLock;

use lopdf::{Dictionary, Document, Stream};
use ttf_parser::{Face, GlyphId, OutlineBuilder, PlatformId};

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

fn parse(stream: &Stream, max_stream: usize, digit_gids: &[u16]) -> Option<Embedded> {
    let data = objects::stream_data(stream, max_stream).ok()?;
    let face = Face::parse(&data, 0).ok()?;
    Some(read(&face, digit_gids))
}

/// Reads the descriptor's embedded font. `None` when there is none or it does not parse.
pub fn embedded(doc: &Document, descriptor: &Dictionary, max_stream: usize) -> Option<Embedded> {
    parse(font_file(doc, descriptor)?, max_stream, &[])
}

/// An embedded font read when it is first asked for: most CID fonts carry a ToUnicode map
/// that covers every code they use, and inflating and reading a CJK font file costs more
/// than interpreting the pages that use it.
#[derive(Debug, Default)]
pub struct Lazy {
    file: Option<Stream>,
    max_stream: usize,
    /// Glyphs the PDF's ToUnicode map names as digits: where the figures stand.
    digit_gids: Vec<u16>,
    read: OnceLock<Option<Embedded>>,
}

impl Lazy {
    pub fn new(
        doc: &Document,
        descriptor: Option<&Dictionary>,
        max_stream: usize,
        digit_gids: Vec<u16>,
    ) -> Lazy {
        Lazy {
            file: descriptor.and_then(|d| font_file(doc, d)).cloned(),
            max_stream,
            digit_gids,
            read: OnceLock::new(),
        }
    }

    /// The font's tables, unless there is no font or it names no glyph.
    pub fn get(&self) -> Option<&Embedded> {
        self.read
            .get_or_init(|| {
                parse(self.file.as_ref()?, self.max_stream, &self.digit_gids)
                    .filter(|e| !e.is_empty())
            })
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

fn read(face: &Face<'_>, digit_gids: &[u16]) -> Embedded {
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
    let baseline = digit_baseline(face, &gid_text, digit_gids);
    for gid in 1..face.number_of_glyphs() {
        if !gid_text.contains_key(&gid) && is_baseline_dot(face, GlyphId(gid), baseline) {
            gid_text.insert(gid, ".".to_string());
        }
    }
    Embedded { gid_text, code_gid }
}

/// Counts the contours of an outline.
struct Contours(usize);

impl OutlineBuilder for Contours {
    fn move_to(&mut self, _: f32, _: f32) {
        self.0 += 1;
    }
    fn line_to(&mut self, _: f32, _: f32) {}
    fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
    fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
    fn close(&mut self) {}
}

/// Where the font's figures stand, in font units: the median bottom of its digit glyphs (those
/// its own cmap names and `extra`, named by the PDF's ToUnicode map), else 0. Some CJK fonts
/// draw their figures well above y = 0 (Founder's full-width digits start at 0.13 em).
fn digit_baseline(face: &Face<'_>, gid_text: &HashMap<u16, String>, extra: &[u16]) -> f32 {
    let mut bottoms: Vec<i16> = gid_text
        .iter()
        .filter(|(_, t)| is_digit(t))
        .map(|(g, _)| *g)
        .chain(extra.iter().copied())
        .filter_map(|g| face.glyph_bounding_box(GlyphId(g)))
        .map(|b| b.y_min)
        .collect();
    bottoms.sort_unstable();
    bottoms
        .get(bottoms.len() / 2)
        .map_or(0.0, |&y| f32::from(y))
}

/// One decimal digit, ASCII or full-width.
pub(crate) fn is_digit(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// A glyph drawn as one small, roughly square contour standing where the figures stand: the
/// period of a decimal figure. Founder's fonts (方正, in Beijing's and Guangdong's reports) map
/// theirs to a private-use code point (U+1001B0) that no text layer can use; the shape is what
/// the reader sees. A comma reaches below the baseline, a middle dot or bullet floats at
/// mid-height, a low line is flat and 。 is a ring (two contours): none of them passes.
fn is_baseline_dot(face: &Face<'_>, gid: GlyphId, baseline: f32) -> bool {
    let em = f32::from(face.units_per_em());
    let Some(b) = face.glyph_bounding_box(gid) else {
        return false;
    };
    let (w, h) = (f32::from(b.width()), f32::from(b.height()));
    let bottom = (f32::from(b.y_min) - baseline) / em;
    let top = (f32::from(b.y_max) - baseline) / em;
    let small = w > 0.0 && h > 0.0 && w <= 0.2 * em && h <= 0.2 * em;
    let squarish = w <= 2.0 * h && h <= 2.0 * w;
    let on_baseline = (-0.06..=0.06).contains(&bottom) && top <= 0.22;
    if !(small && squarish && on_baseline) {
        return false;
    }
    let mut contours = Contours(0);
    face.outline_glyph(gid, &mut contours).is_some() && contours.0 == 1
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

#[cfg(test)]
mod tests {
    use super::is_digit;

    #[test]
    fn digits_ascii_and_full_width() {
        for yes in ["0", "9", "０", "９"] {
            assert!(is_digit(yes), "{yes}");
        }
        for no in ["", "09", "a", ".", "一", "\u{1001B0}"] {
            assert!(!is_digit(no), "{no}");
        }
    }
}
