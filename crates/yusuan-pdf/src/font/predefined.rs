//! Predefined CMaps (PDF 32000-1 §9.7.5.2) for Adobe-GB1, and the Adobe-GB1 CID -> Unicode
//! table.
//!
//! Chinese PDFs often name a predefined CMap (`GBK-EUC-H`, `UniGB-UCS2-H`) instead of embedding
//! one, and many carry no ToUnicode, so these tables decide whether their text is readable at
//! all. They are converted once from Adobe's CMap resources (as shipped in poppler-data) by
//! `convert-font-data` (crates/yusuan-dev), which documents the formats, and embedded in the binary:
//! nothing is read from the system at run time. Each CMap is decoded on first use only.

use std::sync::OnceLock;

use super::cmap::CMap;

/// Code-to-CID CMaps: `CMAP_MAGIC`, then per CMap `u8` name length, name, `u32` BE body
/// length, [`CMap::to_compact`] body.
static CMAPS: &[u8] = include_bytes!("../../data/gb1-cmaps.bin");
pub(crate) const CMAP_MAGIC: &[u8; 8] = b"YSCMAP1\n";
/// Adobe-GB1 CID -> Unicode: 3 bytes big-endian per CID, 0 for unmapped.
static GB1_UNICODE: &[u8] = include_bytes!("../../data/gb1-cid2uni.bin");

/// Which Unicode encoding a predefined CMap's codes are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnicodeEncoding {
    /// UCS-2 and UTF-16, big-endian.
    Utf16Be,
    Utf32Be,
    Utf8,
}

struct Slot {
    name: &'static str,
    body: &'static [u8],
    cmap: OnceLock<Option<CMap>>,
}

fn slots() -> &'static [Slot] {
    static SLOTS: OnceLock<Vec<Slot>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let mut out = Vec::new();
        let mut rest = CMAPS.strip_prefix(CMAP_MAGIC.as_slice()).unwrap_or(&[]);
        while let Some((&n, tail)) = rest.split_first() {
            let Some((name, tail)) = tail.split_at_checked(usize::from(n)) else {
                break;
            };
            let Some((len, tail)) = tail.split_first_chunk::<4>() else {
                break;
            };
            let Some((body, tail)) = tail.split_at_checked(u32::from_be_bytes(*len) as usize)
            else {
                break;
            };
            let Ok(name) = std::str::from_utf8(name) else {
                break;
            };
            out.push(Slot {
                name,
                body,
                cmap: OnceLock::new(),
            });
            rest = tail;
        }
        out
    })
}

/// Names of all predefined CMaps available (Identity-H/V first).
pub fn predefined_names() -> impl Iterator<Item = &'static str> {
    ["Identity-H", "Identity-V"]
        .into_iter()
        .chain(slots().iter().map(|s| s.name))
}

/// A predefined CMap by name: Identity-H/V and the Adobe-GB1 code-to-CID CMaps (GB-EUC, GBpc-EUC,
/// GBK-EUC, GBKp-EUC, GBK2K, GBT, GBT-EUC, GBTpc-EUC, GB, UniGB-UCS2/UTF16/UTF32/UTF8, each -H
/// and -V, and Adobe-GB1-0..5), with `usecmap` resolved.
pub fn predefined(name: &str) -> Option<&'static CMap> {
    static IDENTITY_H: OnceLock<CMap> = OnceLock::new();
    static IDENTITY_V: OnceLock<CMap> = OnceLock::new();
    match name {
        "Identity-H" => Some(IDENTITY_H.get_or_init(|| CMap::identity(name, false))),
        "Identity-V" => Some(IDENTITY_V.get_or_init(|| CMap::identity(name, true))),
        _ => {
            let slot = slots().iter().find(|s| s.name == name)?;
            slot.cmap
                .get_or_init(|| CMap::from_compact(slot.body))
                .as_ref()
        }
    }
}

/// Adobe-GB1 CID -> Unicode (None for unmapped CIDs).
pub fn gb1_unicode(cid: u32) -> Option<char> {
    let i = usize::try_from(cid).ok()?.checked_mul(3)?;
    match *GB1_UNICODE.get(i..i.checked_add(3)?)? {
        [a, b, c] => char::from_u32(u32::from_be_bytes([0, a, b, c])).filter(|&ch| ch != '\0'),
        _ => None,
    }
}

/// The Adobe-GB1 CID of a character (the lowest when several), for test-PDF generation.
pub fn gb1_cid(c: char) -> Option<u32> {
    static REVERSE: OnceLock<Vec<(char, u32)>> = OnceLock::new();
    let table = REVERSE.get_or_init(|| {
        let mut v: Vec<(char, u32)> = (0..gb1_cid_count())
            .filter_map(|cid| Some((gb1_unicode(cid)?, cid)))
            .collect();
        v.sort_unstable();
        v.dedup_by_key(|e| e.0);
        v
    });
    let i = table.binary_search_by_key(&c, |e| e.0).ok()?;
    table.get(i).map(|e| e.1)
}

/// Number of CIDs in the Adobe-GB1 table (Supplement 5: 30284).
pub fn gb1_cid_count() -> u32 {
    u32::try_from(GB1_UNICODE.len() / 3).unwrap_or(0)
}

/// Which predefined Unicode encoding a CMap name denotes (`Uni<collection>-UCS2|UTF16|UTF32|
/// UTF8-...`), so text can be decoded straight from the code bytes.
pub fn unicode_encoding(name: &str) -> Option<UnicodeEncoding> {
    let rest = name.strip_prefix("Uni")?;
    rest.split('-').skip(1).find_map(|part| match part {
        "UCS2" | "UTF16" => Some(UnicodeEncoding::Utf16Be),
        "UTF32" => Some(UnicodeEncoding::Utf32Be),
        "UTF8" => Some(UnicodeEncoding::Utf8),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{GB18030, GBK};

    /// Decode `bytes` fully with `cmap`, returning the CIDs (None for unmapped codes).
    fn cids(cmap: &CMap, mut bytes: &[u8]) -> Vec<Option<u32>> {
        let mut out = Vec::new();
        while !bytes.is_empty() {
            let (code, n) = cmap.next_code(bytes);
            out.push(cmap.cid(code, n));
            bytes = &bytes[n..];
        }
        out
    }

    fn gbk_bytes(c: char) -> Option<Vec<u8>> {
        let s = c.to_string();
        let (b, _, unmappable) = GBK.encode(&s);
        (!unmappable && b.len() == 2).then(|| b.into_owned())
    }

    #[test]
    fn all_names_load() {
        let names: Vec<_> = predefined_names().collect();
        for expected in [
            "Identity-H",
            "Identity-V",
            "UniGB-UCS2-H",
            "UniGB-UCS2-V",
            "UniGB-UTF16-H",
            "UniGB-UTF16-V",
            "UniGB-UTF32-H",
            "UniGB-UTF32-V",
            "UniGB-UTF8-H",
            "UniGB-UTF8-V",
            "GBK-EUC-H",
            "GBK-EUC-V",
            "GB-EUC-H",
            "GB-EUC-V",
            "GBpc-EUC-H",
            "GBpc-EUC-V",
            "GBKp-EUC-H",
            "GBKp-EUC-V",
            "GBK2K-H",
            "GBK2K-V",
            "GBT-H",
            "GBT-V",
            "GBT-EUC-H",
            "GBT-EUC-V",
            "GBTpc-EUC-H",
            "GBTpc-EUC-V",
            "GB-H",
            "GB-V",
            "Adobe-GB1-5",
        ] {
            assert!(names.contains(&expected), "{expected} missing");
        }
        for name in names {
            let m = predefined(name).unwrap_or_else(|| panic!("{name} does not load"));
            assert_eq!(m.name(), Some(name));
            assert!(m.has_cids() && !m.has_unicode(), "{name}");
            assert_eq!(m.is_vertical(), name.ends_with("-V"), "{name}");
            if let Some(base) = m.usecmap() {
                assert!(predefined(base).is_some(), "{name} uses {base}");
            }
        }
        assert!(predefined("GBK-EUC-X").is_none());
        assert!(predefined("").is_none());
    }

    #[test]
    fn identity() {
        let h = predefined("Identity-H").unwrap();
        assert_eq!(h.next_code(&[0x12, 0x34, 0x56]), (0x1234, 2));
        assert_eq!(h.cid(0x1234, 2), Some(0x1234));
        assert_eq!(h.cid(0xFFFF, 2), Some(0xFFFF));
        assert!(!h.is_vertical());
        assert!(predefined("Identity-V").unwrap().is_vertical());
    }

    #[test]
    fn gb1_table() {
        assert_eq!(gb1_cid_count(), 30284);
        assert_eq!(gb1_unicode(0), None);
        assert_eq!(gb1_unicode(1), Some(' '));
        assert_eq!(gb1_unicode(34), Some('A'));
        assert_eq!(gb1_unicode(30284), None);
        assert_eq!(gb1_unicode(u32::MAX), None);
        assert_eq!(gb1_cid('A'), Some(34));
        // 中 is GB2312 0xD6D0 -> GB-EUC-H `<d6a1> <d6fe> 4512`: 4512 + 0x2F = 4559.
        assert_eq!(gb1_cid('中'), Some(4559));
        assert_eq!(gb1_unicode(4559), Some('中'));
        assert_eq!(gb1_cid('\u{E000}'), None);
        // Round trip for every mapped CID's lowest CID.
        for cid in 0..gb1_cid_count() {
            if let Some(c) = gb1_unicode(cid) {
                let low = gb1_cid(c).unwrap();
                assert!(low <= cid && gb1_unicode(low) == Some(c));
            }
        }
    }

    #[test]
    fn unicode_encodings() {
        use UnicodeEncoding::*;
        assert_eq!(unicode_encoding("UniGB-UCS2-H"), Some(Utf16Be));
        assert_eq!(unicode_encoding("UniGB-UTF16-V"), Some(Utf16Be));
        assert_eq!(unicode_encoding("UniGB-UTF32-H"), Some(Utf32Be));
        assert_eq!(unicode_encoding("UniGB-UTF8-V"), Some(Utf8));
        assert_eq!(unicode_encoding("UniJIS-UCS2-HW-H"), Some(Utf16Be));
        assert_eq!(unicode_encoding("GBK-EUC-H"), None);
        assert_eq!(unicode_encoding("GBK-EUC-UCS2"), None);
        assert_eq!(unicode_encoding("Identity-H"), None);
    }

    #[test]
    fn unigb_unicode_cmaps() {
        let expect = gb1_cid('中').unwrap();
        let ucs2 = predefined("UniGB-UCS2-H").unwrap();
        assert_eq!(cids(ucs2, &[0x4E, 0x2D]), vec![Some(expect)]);
        assert_eq!(gb1_unicode(ucs2.cid(0x4E2D, 2).unwrap()), Some('中'));
        let utf16 = predefined("UniGB-UTF16-H").unwrap();
        assert_eq!(cids(utf16, &[0x4E, 0x2D]), vec![Some(expect)]);
        let utf32 = predefined("UniGB-UTF32-H").unwrap();
        assert_eq!(cids(utf32, &[0, 0, 0x4E, 0x2D]), vec![Some(expect)]);
        let utf8 = predefined("UniGB-UTF8-H").unwrap();
        assert_eq!(
            cids(utf8, "中A".as_bytes()),
            vec![Some(expect), utf8.cid(0x41, 1)]
        );
        assert_eq!(gb1_unicode(utf8.cid(0x41, 1).unwrap()), Some('A'));
        // Supplementary plane through a surrogate pair: U+20087 is CID 30270 or nearby;
        // whatever the CID, it must map back to the character.
        let c = '\u{20087}';
        let mut units = [0u16; 2];
        let bytes: Vec<u8> = c
            .encode_utf16(&mut units)
            .iter()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let got = cids(utf16, &bytes);
        assert_eq!(got.len(), 1);
        assert_eq!(gb1_unicode(got[0].unwrap()), Some(c));
        // Vertical variant: U+3001 (、) gets the vertical form CID, others fall through to -H.
        let v = predefined("UniGB-UCS2-V").unwrap();
        assert_ne!(v.cid(0x3001, 2), ucs2.cid(0x3001, 2));
        assert_eq!(v.cid(0x4E2D, 2), Some(expect));
    }

    /// GB 2312's assigned positions (7445 characters), as the standard lays out its rows.
    fn is_gb2312(code: u16) -> bool {
        const RANGES: &[(u16, u16)] = &[
            (0xA1A1, 0xA1FE),
            (0xA2B1, 0xA2E2),
            (0xA2E5, 0xA2EE),
            (0xA2F1, 0xA2FC),
            (0xA3A1, 0xA3FE),
            (0xA4A1, 0xA4F3),
            (0xA5A1, 0xA5F6),
            (0xA6A1, 0xA6B8),
            (0xA6C1, 0xA6D8),
            (0xA7A1, 0xA7C1),
            (0xA7D1, 0xA7F1),
            (0xA8A1, 0xA8BA),
            (0xA8C5, 0xA8E9),
            (0xA9A4, 0xA9EF),
            (0xB0A1, 0xD7F9),
            (0xD8A1, 0xF7FE),
        ];
        let [_, lo] = code.to_be_bytes();
        (0xA1..=0xFE).contains(&lo) && RANGES.iter().any(|&(a, b)| (a..=b).contains(&code))
    }

    /// Every GB 2312 character, through both GB-EUC-H and GBK-EUC-H, reaches a CID whose
    /// Unicode is the character encoding_rs decodes (no exceptions).
    #[test]
    fn gb_euc_matches_encoding_rs() {
        let gb = predefined("GB-EUC-H").unwrap();
        let gbk = predefined("GBK-EUC-H").unwrap();
        let mut mismatches = Vec::new();
        let mut checked = 0;
        for code in (0xA1A1..=0xF7FEu16).filter(|&c| is_gb2312(c)) {
            let bytes = code.to_be_bytes();
            let (s, malformed) = GBK.decode_without_bom_handling(&bytes);
            let mut chars = s.chars();
            let (Some(c), None, false) = (chars.next(), chars.next(), malformed) else {
                panic!("encoding_rs does not decode GB2312 {code:04X}");
            };
            assert_eq!(gbk_bytes(c).as_deref(), Some(&bytes[..]));
            checked += 1;
            for m in [gb, gbk] {
                let got = cids(m, &bytes)
                    .first()
                    .copied()
                    .flatten()
                    .and_then(gb1_unicode);
                if got != Some(c) {
                    mismatches.push((m.name().unwrap_or(""), code, c, got));
                }
            }
        }
        assert_eq!(checked, 7445);
        assert_eq!(mismatches, vec![]);
    }

    /// Every CJK ideograph GBK encodes reaches, through GBK-EUC-H, a CID whose Unicode is that
    /// character, except GBK's nine CJK compatibility ideographs: encoding_rs decodes them to
    /// U+F9xx/U+FAxx, Adobe-GB1 to their canonical equivalents (NFC, checked with Python's
    /// unicodedata), which is what text search wants anyway.
    #[test]
    fn gbk_cjk_matches_encoding_rs() {
        // (GBK code, encoding_rs char, Adobe-GB1 char = NFC of it)
        const COMPAT: [(u16, char, char); 9] = [
            (0xFD9C, '\u{F92C}', '\u{90CE}'),
            (0xFD9D, '\u{F979}', '\u{51C9}'),
            (0xFD9E, '\u{F995}', '\u{79CA}'),
            (0xFD9F, '\u{F9E7}', '\u{88CF}'),
            (0xFDA0, '\u{F9F1}', '\u{96A3}'),
            (0xFE40, '\u{FA0C}', '\u{5140}'),
            (0xFE41, '\u{FA0D}', '\u{55C0}'),
            (0xFE47, '\u{FA18}', '\u{793C}'),
            (0xFE49, '\u{FA20}', '\u{8612}'),
        ];
        let gbk = predefined("GBK-EUC-H").unwrap();
        let mut checked = 0;
        let mut misses = Vec::new();
        let all = ('\u{4E00}'..='\u{9FFF}')
            .chain('\u{3400}'..='\u{4DBF}')
            .chain('\u{F900}'..='\u{FAFF}');
        for c in all {
            let Some(bytes) = gbk_bytes(c) else { continue };
            checked += 1;
            let got = cids(gbk, &bytes)
                .first()
                .copied()
                .flatten()
                .and_then(gb1_unicode);
            if got != Some(c) {
                misses.push((
                    u16::from_be_bytes([bytes[0], bytes[1]]),
                    c,
                    got.unwrap_or('?'),
                ));
            }
        }
        // Python's GBK codec has 20,923 here (20,902 URO + 21 compatibility); encoding_rs's
        // GB 18030-2022-based GBK adds a few dozen Extension A and former-PUA positions.
        assert!(checked >= 20_923, "only {checked} CJK characters in GBK");
        assert_eq!(misses, COMPAT);
    }

    /// GBK2K-H against GB 18030 for four-byte codes: all of the BMP and a sample of Extension B.
    /// GB 18030 gives the Kangxi radicals U+2F00..U+2FD5 four-byte codes; Adobe-GB1 has no glyphs
    /// of their own for them and GBK2K-H maps those codes to the CIDs of the ideographs they
    /// look like (U+2F00 -> 一): 214 legitimate differences, all of that kind.
    #[test]
    fn gbk2k_four_byte_matches_gb18030() {
        let m = predefined("GBK2K-H").unwrap();
        let mut checked = 0;
        let mut radicals = 0;
        let mut misses = Vec::new();
        let sample = ('\u{0080}'..='\u{FFFF}').chain(('\u{20000}'..='\u{2A6D6}').step_by(97));
        for c in sample {
            let s = c.to_string();
            let (b, _, unmappable) = GB18030.encode(&s);
            if unmappable || b.len() != 4 {
                continue;
            }
            let got = cids(m, &b);
            assert_eq!(got.len(), 1, "{c:?} split into several codes");
            let Some(cid) = got[0] else { continue }; // not in Adobe-GB1
            checked += 1;
            let u = gb1_unicode(cid);
            if u == Some(c) {
                continue;
            }
            let ideograph = u.is_some_and(|u| ('\u{4E00}'..='\u{9FFF}').contains(&u));
            if ('\u{2F00}'..='\u{2FD5}').contains(&c) && ideograph {
                radicals += 1;
            } else {
                misses.push((c, b.into_owned(), cid, u));
            }
        }
        assert!(checked > 6500, "only {checked} checked");
        assert_eq!(misses, vec![]);
        assert_eq!(radicals, 214);
    }
}
