//! Glyph name -> Unicode, after the Adobe Glyph List Specification.
//!
//! Simple fonts without ToUnicode are only readable through their glyph names. The AGL
//! (`glyphlist.txt`) and the ITC Zapf Dingbats list (`a1`..`a206`) are stored in
//! `data/glyphlist.txt` (converted by `convert-font-data` in crates/yusuan-dev), indexed on first use.
//! Unlike the AGL specification, a name with any unmappable component gives `None` rather than
//! a partial string: a wrong character is worse than an undecoded one.

use std::borrow::Cow;
use std::sync::OnceLock;

/// `name;XXXX[ XXXX...]` lines (hex UTF-16-free scalar values), `#` comments.
static DATA: &str = include_str!("../../data/glyphlist.txt");

struct Table {
    /// Sorted by name.
    entries: Vec<(&'static str, u32, u32)>,
    text: String,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            entries: Vec::new(),
            text: String::new(),
        };
        for line in DATA.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, values)) = line.split_once(';') else {
                continue;
            };
            let start = t.text.len();
            let chars: Option<Vec<char>> = values
                .split(' ')
                .map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32))
                .collect();
            let Some(chars) = chars else { continue };
            t.text.extend(chars);
            if let (Ok(s), Ok(e)) = (u32::try_from(start), u32::try_from(t.text.len())) {
                t.entries.push((name, s, e));
            }
        }
        t.entries.sort_unstable_by_key(|e| e.0);
        t
    })
}

/// The AGL / Zapf Dingbats list entry for a name, exactly.
pub fn agl(name: &str) -> Option<&'static str> {
    let t = table();
    let i = t.entries.binary_search_by_key(&name, |e| e.0).ok()?;
    let &(_, s, e) = t.entries.get(i)?;
    t.text.get(s as usize..e as usize)
}

/// Unicode for a glyph name: the AGL (including the Zapf Dingbats names `a1`..), `uniXXXX`
/// (groups of four hex digits), `uXXXX`..`uXXXXXX`, with any suffix from the first `.` dropped
/// and `_` joining ligature components (`f_f_i` -> "ffi"). Producer names such as `g12`,
/// `cid123` or `glyph7` carry no meaning and give `None`, as does any name with an unmappable
/// component. Never yields surrogates.
pub fn glyph_unicode(name: &str) -> Option<Cow<'static, str>> {
    let base = name.split('.').next().unwrap_or(name);
    if !base.contains('_') {
        return component(base);
    }
    let mut out = String::new();
    for part in base.split('_') {
        out.push_str(&component(part)?);
    }
    Some(Cow::Owned(out))
}

fn component(c: &str) -> Option<Cow<'static, str>> {
    if c.is_empty() {
        return None;
    }
    if let Some(s) = agl(c) {
        return Some(Cow::Borrowed(s));
    }
    let hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if let Some(digits) = c.strip_prefix("uni")
        && !digits.is_empty()
        && digits.len() % 4 == 0
        && hex(digits)
    {
        let mut out = String::with_capacity(digits.len());
        for i in (0..digits.len()).step_by(4) {
            let v = u32::from_str_radix(digits.get(i..i + 4)?, 16).ok()?;
            out.push(char::from_u32(v)?);
        }
        return Some(Cow::Owned(out));
    }
    let digits = c.strip_prefix('u')?;
    if (4..=6).contains(&digits.len()) && hex(digits) {
        let v = u32::from_str_radix(digits, 16).ok()?;
        return char::from_u32(v).map(|ch| Cow::Owned(ch.to_string()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(name: &str) -> Option<String> {
        glyph_unicode(name).map(Cow::into_owned)
    }

    #[test]
    fn agl_names() {
        assert_eq!(u("A").as_deref(), Some("A"));
        assert_eq!(u("space").as_deref(), Some(" "));
        assert_eq!(u("Euro").as_deref(), Some("€"));
        assert_eq!(u("quotedblleft").as_deref(), Some("\u{201C}"));
        assert_eq!(u("bullet").as_deref(), Some("\u{2022}"));
        assert_eq!(u("fi").as_deref(), Some("\u{FB01}"));
        assert_eq!(u("afii10017").as_deref(), Some("А"));
        assert_eq!(u("dalethatafpatah").as_deref(), Some("\u{05D3}\u{05B2}"));
        assert!(matches!(glyph_unicode("eacute"), Some(Cow::Borrowed("é"))));
        assert_eq!(u("a1").as_deref(), Some("\u{2701}"));
        assert_eq!(u("a71").as_deref(), Some("\u{25CF}"));
        assert_eq!(u("a191").as_deref(), Some("\u{27BE}"));
        assert_eq!(u("a206").as_deref(), Some("\u{2770}"));
    }

    #[test]
    fn computed_names() {
        assert_eq!(u("uni4E2D").as_deref(), Some("中"));
        assert_eq!(u("uni4E2D56FD").as_deref(), Some("中国"));
        assert_eq!(u("uni4e2d").as_deref(), Some("中"));
        assert_eq!(u("u1F600").as_deref(), Some("😀"));
        assert_eq!(u("u4E2D").as_deref(), Some("中"));
        assert_eq!(u("u10FFFF").as_deref(), Some("\u{10FFFF}"));
        assert_eq!(u("u110000"), None);
        assert_eq!(u("uniD800"), None);
        assert_eq!(u("uD83D"), None);
        assert_eq!(u("uni4E2"), None);
        assert_eq!(u("u123"), None);
        assert_eq!(u("u1234567"), None);
        assert_eq!(u("uniXYZW"), None);
    }

    #[test]
    fn suffixes_and_ligatures() {
        assert_eq!(u("a.sc").as_deref(), Some("a"));
        assert_eq!(u("one.oldstyle").as_deref(), Some("1"));
        assert_eq!(u("f_f_i").as_deref(), Some("ffi"));
        assert_eq!(u("f_f_i.liga").as_deref(), Some("ffi"));
        assert_eq!(u("longs_t").as_deref(), Some("ſt"));
        assert_eq!(u("uni4E2D_uni56FD.vert").as_deref(), Some("中国"));
        assert_eq!(u("f_xyz"), None);
        assert_eq!(u("f__i"), None);
        assert_eq!(u(".notdef"), None);
        assert_eq!(u(""), None);
    }

    #[test]
    fn producer_names() {
        for name in [
            "g12", "g0", "cid123", "glyph7", "G3", "c48", "index42", "gid5",
        ] {
            assert_eq!(u(name), None, "{name}");
        }
    }

    #[test]
    fn table_sane() {
        let t = table();
        assert!(t.entries.len() > 4281, "{}", t.entries.len());
        assert!(
            t.entries.windows(2).all(|w| w[0].0 < w[1].0),
            "duplicate or unsorted names"
        );
    }
}
