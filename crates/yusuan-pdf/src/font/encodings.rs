//! Single-byte base encodings of simple fonts (PDF 32000-1 Annex D): code -> glyph name.
//!
//! Simple fonts without a ToUnicode map are decoded code -> glyph name (base encoding plus
//! `/Differences`) -> Unicode ([`super::glyphnames`]). The tables are converted once into
//! `data/encodings.txt` by `convert-font-data` (crates/yusuan-dev) and indexed on first use.

use std::sync::OnceLock;

static DATA: &str = include_str!("../../data/encodings.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseEncoding {
    Standard,
    WinAnsi,
    MacRoman,
    MacExpert,
    PdfDoc,
    /// The built-in encoding of the standard Symbol font.
    Symbol,
    /// The built-in encoding of the standard ZapfDingbats font.
    ZapfDingbats,
}

impl BaseEncoding {
    pub const ALL: [BaseEncoding; 7] = [
        BaseEncoding::Standard,
        BaseEncoding::WinAnsi,
        BaseEncoding::MacRoman,
        BaseEncoding::MacExpert,
        BaseEncoding::PdfDoc,
        BaseEncoding::Symbol,
        BaseEncoding::ZapfDingbats,
    ];

    /// From an `/Encoding` or `/BaseEncoding` name (`WinAnsiEncoding`, ...). Symbol and
    /// ZapfDingbats are not valid there; `SymbolEncoding` and `ZapfDingbatsEncoding` are
    /// accepted so callers can name the built-in encodings.
    pub fn from_name(name: &[u8]) -> Option<BaseEncoding> {
        Some(match name {
            b"StandardEncoding" => BaseEncoding::Standard,
            b"WinAnsiEncoding" => BaseEncoding::WinAnsi,
            b"MacRomanEncoding" => BaseEncoding::MacRoman,
            b"MacExpertEncoding" => BaseEncoding::MacExpert,
            b"PDFDocEncoding" => BaseEncoding::PdfDoc,
            b"SymbolEncoding" => BaseEncoding::Symbol,
            b"ZapfDingbatsEncoding" => BaseEncoding::ZapfDingbats,
            _ => return None,
        })
    }

    /// Section name in `data/encodings.txt`.
    pub fn data_name(self) -> &'static str {
        match self {
            BaseEncoding::Standard => "Standard",
            BaseEncoding::WinAnsi => "WinAnsi",
            BaseEncoding::MacRoman => "MacRoman",
            BaseEncoding::MacExpert => "MacExpert",
            BaseEncoding::PdfDoc => "PDFDoc",
            BaseEncoding::Symbol => "Symbol",
            BaseEncoding::ZapfDingbats => "ZapfDingbats",
        }
    }
}

type Table = [Option<&'static str>; 256];

fn tables() -> &'static [Table; 7] {
    static TABLES: OnceLock<[Table; 7]> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut out = [[None; 256]; 7];
        // Sections: a `[Name]` line, then 256 whitespace-separated glyph names, `-` = none.
        let mut current: Option<(&mut Table, usize)> = None;
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = BaseEncoding::ALL
                    .iter()
                    .zip(out.iter_mut())
                    .find(|(e, _)| e.data_name() == name)
                    .map(|(_, t)| (t, 0));
                continue;
            }
            let Some((table, next)) = current.as_mut() else {
                continue;
            };
            for word in line.split_whitespace() {
                if let Some(slot) = table.get_mut(*next) {
                    *slot = (word != "-").then_some(word);
                }
                *next += 1;
            }
        }
        out
    })
}

/// Glyph name for a single-byte code in a base encoding, `None` where the code is unassigned.
pub fn glyph_name(enc: BaseEncoding, code: u8) -> Option<&'static str> {
    *tables().get(enc as usize)?.get(usize::from(code))?
}

#[cfg(test)]
mod tests {
    use super::BaseEncoding::*;
    use super::*;

    #[test]
    fn names() {
        assert_eq!(BaseEncoding::from_name(b"WinAnsiEncoding"), Some(WinAnsi));
        assert_eq!(BaseEncoding::from_name(b"PDFDocEncoding"), Some(PdfDoc));
        assert_eq!(BaseEncoding::from_name(b"Identity-H"), None);
        for (i, e) in BaseEncoding::ALL.into_iter().enumerate() {
            assert_eq!(e as usize, i); // tables are indexed by discriminant
        }
    }

    /// Values from PDF 32000-1 Annex D, Tables D.2 (Latin), D.4 (Symbol), D.5 (ZapfDingbats)
    /// and the MacExpert table D.3.
    #[test]
    fn spec_values() {
        let cases: &[(BaseEncoding, u8, Option<&str>)] = &[
            (WinAnsi, 0x80, Some("Euro")),
            (WinAnsi, 0x93, Some("quotedblleft")),
            (WinAnsi, 0x94, Some("quotedblright")),
            (WinAnsi, 0x96, Some("endash")),
            (WinAnsi, 0x41, Some("A")),
            (WinAnsi, 0x27, Some("quotesingle")),
            (WinAnsi, 0x60, Some("grave")),
            (WinAnsi, 0xA0, Some("space")),
            (WinAnsi, 0xAD, Some("hyphen")),
            (WinAnsi, 0x95, Some("bullet")),
            (WinAnsi, 0xE9, Some("eacute")),
            (WinAnsi, 0x1F, None),
            (Standard, 0x27, Some("quoteright")),
            (Standard, 0x60, Some("quoteleft")),
            (Standard, 0xA4, Some("fraction")),
            (Standard, 0xAE, Some("fi")),
            (Standard, 0xAF, Some("fl")),
            (Standard, 0xE1, Some("AE")),
            (Standard, 0xFB, Some("germandbls")),
            (Standard, 0x80, None),
            (MacRoman, 0xA5, Some("bullet")),
            (MacRoman, 0x80, Some("Adieresis")),
            (MacRoman, 0xCA, Some("space")),
            (MacRoman, 0xD2, Some("quotedblleft")),
            (MacRoman, 0xDB, Some("currency")),
            (MacRoman, 0xDE, Some("fi")),
            (MacRoman, 0xF0, None),
            (PdfDoc, 0x18, Some("breve")),
            (PdfDoc, 0x80, Some("bullet")),
            (PdfDoc, 0x8D, Some("quotedblleft")),
            (PdfDoc, 0xA0, Some("Euro")),
            (PdfDoc, 0x7F, None),
            (MacExpert, 0x21, Some("exclamsmall")),
            (MacExpert, 0x56, Some("ff")),
            (Symbol, 0x61, Some("alpha")),
            (Symbol, 0x44, Some("Delta")),
            (Symbol, 0x57, Some("Omega")),
            (Symbol, 0xA5, Some("infinity")),
            (Symbol, 0xD6, Some("radical")),
            (ZapfDingbats, 0x21, Some("a1")),
            (ZapfDingbats, 0x6C, Some("a71")),
            (ZapfDingbats, 0xFE, Some("a191")),
            (ZapfDingbats, 0x80, Some("a89")),
            (ZapfDingbats, 0xFF, None),
        ];
        for &(enc, code, want) in cases {
            assert_eq!(glyph_name(enc, code), want, "{enc:?} {code:#04X}");
        }
    }

    #[test]
    fn tables_complete() {
        for enc in BaseEncoding::ALL {
            let n = (0..=255u8)
                .filter(|&c| glyph_name(enc, c).is_some())
                .count();
            let want = match enc {
                Standard => 149,
                WinAnsi => 224,
                MacRoman => 208,
                MacExpert => 165,
                PdfDoc => 229,
                Symbol => 189,
                ZapfDingbats => 202,
            };
            assert_eq!(n, want, "{enc:?}");
            // Every name resolves to Unicode.
            for c in 0..=255u8 {
                if let Some(name) = glyph_name(enc, c) {
                    assert!(
                        super::super::glyphnames::glyph_unicode(name).is_some(),
                        "{enc:?} {c:#04X} {name}"
                    );
                }
            }
        }
    }
}
