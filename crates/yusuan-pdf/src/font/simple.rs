//! Simple (single-byte) fonts: Type1, TrueType, Type3.

use lopdf::{Dictionary, Document, Object};

use super::encodings::{BaseEncoding, glyph_name};
use super::glyphnames::glyph_unicode;
use super::{Char, objects, std14, to_unicode, truetype, usable};

#[derive(Debug)]
pub struct SimpleFont {
    /// Unicode per code; `None` = undecodable.
    text: Vec<Option<Box<str>>>,
    widths: Vec<f64>,
}

/// Width used when a font gives none (standard 14 fonts, broken /Widths): a plain average
/// that keeps text positions sensible.
fn default_width(base: &str) -> f64 {
    if base.contains("Courier") {
        600.0
    } else {
        500.0
    }
}

impl SimpleFont {
    pub fn load(doc: &Document, dict: &Dictionary, base: &str, max_stream: usize) -> SimpleFont {
        let descriptor = objects::dict(doc, dict, b"FontDescriptor");
        let flags = descriptor
            .and_then(|d| objects::num(doc, d, b"Flags"))
            .unwrap_or(0.0) as u32;
        let symbolic = flags & 4 != 0;
        let truetype = objects::name(doc, dict, b"Subtype") == Some(b"TrueType");

        // Base encoding and Differences -> glyph names.
        let enc_obj = objects::get(doc, dict, b"Encoding");
        let (enc_name, diffs) = match enc_obj {
            Some(Object::Name(n)) => (Some(n.as_slice()), None),
            Some(Object::Dictionary(d)) => (
                objects::name(doc, d, b"BaseEncoding"),
                objects::array(doc, d, b"Differences"),
            ),
            _ => (None, None),
        };
        let base_enc = enc_name.and_then(BaseEncoding::from_name).unwrap_or({
            if base.contains("Symbol") {
                BaseEncoding::Symbol
            } else if base.contains("ZapfDingbats") || base.contains("Dingbats") {
                BaseEncoding::ZapfDingbats
            } else if truetype && !symbolic {
                BaseEncoding::WinAnsi
            } else {
                BaseEncoding::Standard
            }
        });
        let mut names: Vec<Option<String>> = (0..=255u8)
            .map(|c| glyph_name(base_enc, c).map(str::to_string))
            .collect();
        if let Some(diffs) = diffs {
            let mut code = 0usize;
            for item in diffs {
                match objects::resolve(doc, item) {
                    Some(Object::Integer(i)) => code = usize::try_from(*i).unwrap_or(256),
                    Some(Object::Name(n)) => {
                        if let Some(slot) = names.get_mut(code) {
                            *slot = Some(String::from_utf8_lossy(n).into_owned());
                        }
                        code += 1;
                    }
                    _ => {}
                }
            }
        }
        let mut text: Vec<Option<Box<str>>> = names
            .iter()
            .map(|n| {
                n.as_deref()
                    .and_then(glyph_unicode)
                    .filter(|u| usable(u))
                    .map(|u| u.into())
            })
            .collect();

        // ToUnicode wins where it gives usable text (and is applied first: it is cheap).
        if let Some(cmap) = to_unicode(doc, dict, max_stream) {
            for (code, slot) in text.iter_mut().enumerate() {
                let code = code as u32;
                if let Some(u) = cmap
                    .unicode(code, 1)
                    .or_else(|| cmap.unicode(code, 2))
                    .filter(|u| usable(u))
                {
                    *slot = Some(u.into());
                }
            }
        }

        // Widths.
        let missing = descriptor
            .and_then(|d| objects::num(doc, d, b"MissingWidth"))
            .filter(|w| *w > 0.0);
        let fallback = missing.unwrap_or_else(|| default_width(base));
        let mut widths = vec![fallback; 256];
        // Codes the font gives a non-zero width: the ones it can draw.
        let mut widths_given = vec![true; 256];
        let first = objects::num(doc, dict, b"FirstChar")
            .unwrap_or(0.0)
            .max(0.0) as usize;
        match objects::array(doc, dict, b"Widths") {
            Some(ws) => {
                widths_given = vec![false; 256];
                for (i, w) in objects::numbers(doc, ws).into_iter().enumerate() {
                    if let Some(slot) = widths.get_mut(first + i) {
                        *slot = w;
                    }
                    if let Some(given) = widths_given.get_mut(first + i) {
                        *given = w != 0.0;
                    }
                }
            }
            // The standard 14 fonts may omit /Widths: their metrics are known.
            None => {
                for (slot, name) in widths.iter_mut().zip(&names) {
                    if let Some(w) = name.as_deref().and_then(|n| std14::width(base, n)) {
                        *slot = w;
                    }
                }
            }
        }
        // An embedded TrueType font's own tables name what the encoding and ToUnicode do not,
        // looked at only when a code the font draws (one given a width) is still unnamed.
        let drawn = |code: usize| widths_given.get(code).copied().unwrap_or(false);
        if text
            .iter()
            .enumerate()
            .any(|(c, t)| t.is_none() && drawn(c))
            && let Some(tt) = descriptor.and_then(|d| truetype::embedded(doc, d, max_stream))
        {
            for (code, slot) in text.iter_mut().enumerate() {
                if slot.is_none() {
                    *slot = tt.simple_code_text(code as u8).map(Into::into);
                }
            }
        }
        SimpleFont { text, widths }
    }

    pub fn decode(&self, bytes: &[u8], mut f: impl FnMut(Char<'_>)) {
        for &b in bytes {
            let i = usize::from(b);
            f(Char {
                code: u32::from(b),
                text: self.text.get(i).and_then(|t| t.as_deref()),
                width: self.widths.get(i).copied().unwrap_or(0.0),
                width_v: 0.0,
                is_space: b == 32,
            });
        }
    }
}
