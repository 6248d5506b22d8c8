//! Fonts of every encoding path: how a string becomes character codes, the advance widths
//! used for layout, and the font objects (dictionaries, ToUnicode and embedded CMaps,
//! embedded TrueType) written once the pages have said which characters they used.

use std::cell::RefCell;
use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, dictionary};

use crate::gb1;
use crate::ttf;

#[derive(Debug, Clone)]
pub enum SimpleEnc {
    /// /Encoding /WinAnsiEncoding.
    WinAnsi,
    /// No /Encoding: the font's built-in (StandardEncoding for the standard 14 Latin fonts).
    Standard,
    MacRoman,
    /// /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [...] >>:
    /// (code, glyph name, character it stands for).
    Differences(Vec<(u8, &'static str, char)>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Codespace {
    /// <00>-<80> single bytes (ASCII) and <8140>-<FEFE> pairs (GBK bytes).
    Mixed12,
    /// <00000000>-<FFFFFFFF>: every code four bytes (the UTF-32BE value).
    Utf32,
    /// GB18030 style: <00>-<80>, <8140>-<FEFE>, <81308130>-<FE39FE39>.
    Gb18030,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cmap {
    IdentityH,
    IdentityV,
    /// A predefined CMap named in /Encoding (UniGB-UCS2-H, GBK-EUC-V, ...).
    Predefined(&'static str),
    /// A CMap stream embedded as /Encoding, named `name`.
    Embedded(Codespace, &'static str),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cids {
    /// Adobe-GB1 CIDs.
    Gb1,
    /// 1, 2, 3... in order of first use (what subsetting producers do).
    Sequential,
    /// The character's own code point (GlyphLessFont style OCR layers).
    UnicodeValue,
}

#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(clippy::enum_variant_names)] // the CMap operators' names
pub enum ToUni {
    BfChar,
    BfRange,
    BfRangeArray,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CidToGid {
    Stream,
    Identity,
}

#[derive(Debug, Clone)]
pub struct CidSpec {
    pub cmap: Cmap,
    pub cids: Cids,
    /// "GB1" or "Identity".
    pub ordering: &'static str,
    pub supplement: i64,
    pub tounicode: Option<ToUni>,
    /// Embed a TrueType program built here (CIDFontType2 with FontFile2).
    pub embed: Option<CidToGid>,
    /// CIDFontType2 (TrueType-based) rather than CIDFontType0.
    pub type2: bool,
    /// Descendant /BaseFont (and descriptor /FontName unless `descriptor_name`).
    pub descendant_name: Vec<u8>,
    pub descriptor_name: Option<Vec<u8>>,
}

impl CidSpec {
    pub fn new(cmap: Cmap, cids: Cids, ordering: &'static str, descendant_name: &[u8]) -> CidSpec {
        CidSpec {
            cmap,
            cids,
            ordering,
            supplement: if ordering == "GB1" { 2 } else { 0 },
            tounicode: None,
            embed: None,
            type2: false,
            descendant_name: descendant_name.to_vec(),
            descriptor_name: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Kind {
    /// A standard 14 Type1 font, not embedded.
    Std14 {
        enc: SimpleEnc,
        widths: bool,
        times: bool,
    },
    /// A simple TrueType font, not embedded, with one-byte codes given out in order of first
    /// use from 0x21 (as WPS subsets do) and a ToUnicode CMap: only the ToUnicode decodes it.
    TrueTypeSeq,
    Cid(CidSpec),
}

#[derive(Debug, Clone)]
struct Code {
    bytes: Vec<u8>,
    cid: u32,
}

#[derive(Debug, Default)]
struct State {
    used: BTreeMap<char, Code>,
    next: u32,
}

#[derive(Debug)]
pub struct Font {
    pub res: String,
    pub id: ObjectId,
    pub base_font: Vec<u8>,
    pub kind: Kind,
    /// Codes shown in this font must be counted as undecoded (no text expected).
    pub undecodable: bool,
    state: RefCell<State>,
}

impl Font {
    pub fn new(res: String, id: ObjectId, base_font: &[u8], kind: Kind) -> Font {
        Font {
            res,
            id,
            base_font: base_font.to_vec(),
            kind,
            undecodable: false,
            state: RefCell::new(State::default()),
        }
    }

    pub fn is_vertical(&self) -> bool {
        match &self.kind {
            Kind::Cid(s) => match &s.cmap {
                Cmap::IdentityV => true,
                Cmap::Predefined(n) => n.ends_with("-V"),
                _ => false,
            },
            _ => false,
        }
    }

    pub fn is_simple(&self) -> bool {
        !matches!(self.kind, Kind::Cid(_))
    }

    /// Width of `c` in thousandths of the font size.
    pub fn width(&self, c: char) -> f64 {
        match &self.kind {
            Kind::Std14 { times, .. } => latin_width(c, *times),
            _ => {
                if c.is_ascii() {
                    500.0
                } else {
                    1000.0
                }
            }
        }
    }

    pub fn text_width(&self, s: &str, size: f64) -> f64 {
        s.chars().map(|c| self.width(c)).sum::<f64>() * size / 1000.0
    }

    /// The bytes that show `s`.
    pub fn encode(&self, s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        for c in s.chars() {
            out.extend(self.code(c).bytes);
        }
        out
    }

    /// Number of character codes (glyphs) `s` shows.
    pub fn codes(&self, s: &str) -> usize {
        s.chars().count()
    }

    /// `s` as a content-stream string token: literal for simple fonts, hex for composite.
    pub fn token(&self, s: &str) -> String {
        let b = self.encode(s);
        if self.is_simple() {
            literal(&b)
        } else {
            hex(&b)
        }
    }

    fn code(&self, c: char) -> Code {
        if let Some(code) = self.state.borrow().used.get(&c) {
            return code.clone();
        }
        let mut st = self.state.borrow_mut();
        let code = match &self.kind {
            Kind::Std14 { enc, .. } => {
                let b =
                    simple_code(enc, c).unwrap_or_else(|| panic!("{c:?} not encodable in {enc:?}"));
                Code {
                    bytes: vec![b],
                    cid: b as u32,
                }
            }
            Kind::TrueTypeSeq => {
                let b = 0x21 + st.next;
                assert!(b <= 0xFF, "one-byte font full");
                st.next += 1;
                Code {
                    bytes: vec![b as u8],
                    cid: b,
                }
            }
            Kind::Cid(spec) => {
                let cid = match spec.cids {
                    // a predefined CMap does the mapping: the CID is not needed here
                    _ if matches!(spec.cmap, Cmap::Predefined(_)) => 0,
                    Cids::Gb1 => gb1::cid(c),
                    Cids::Sequential => {
                        st.next += 1;
                        st.next
                    }
                    Cids::UnicodeValue => c as u32,
                };
                let bytes = match &spec.cmap {
                    Cmap::IdentityH | Cmap::IdentityV => {
                        assert!(cid < 0x10000);
                        vec![(cid >> 8) as u8, cid as u8]
                    }
                    Cmap::Predefined(name) => predefined_bytes(name, c),
                    Cmap::Embedded(cs, _) => codespace_bytes(*cs, c),
                };
                Code { bytes, cid }
            }
        };
        st.used.insert(c, code.clone());
        code
    }

    /// Writes the font's objects into `doc` (call once, after all pages).
    pub fn write(&self, doc: &mut lopdf::Document, compress: bool) {
        let st = self.state.borrow();
        if st.used.is_empty() {
            // Still write a valid font so resources never dangle.
        }
        let dict = match &self.kind {
            Kind::Std14 { enc, widths, times } => {
                let mut d = dictionary! {
                    "Type" => "Font",
                    "Subtype" => "Type1",
                    "BaseFont" => Object::Name(self.base_font.clone()),
                };
                match enc {
                    SimpleEnc::WinAnsi => d.set("Encoding", "WinAnsiEncoding"),
                    SimpleEnc::Standard => {}
                    SimpleEnc::MacRoman => d.set("Encoding", "MacRomanEncoding"),
                    SimpleEnc::Differences(list) => {
                        let mut diffs: Vec<Object> = Vec::new();
                        let mut sorted = list.clone();
                        sorted.sort_by_key(|e| e.0);
                        let mut prev: Option<u8> = None;
                        for (code, name, _) in sorted {
                            if prev.is_none_or(|p| p as u16 + 1 != code as u16) {
                                diffs.push(Object::Integer(code as i64));
                            }
                            diffs.push(Object::Name(name.as_bytes().to_vec()));
                            prev = Some(code);
                        }
                        d.set(
                            "Encoding",
                            dictionary! {
                                "Type" => "Encoding",
                                "BaseEncoding" => "WinAnsiEncoding",
                                "Differences" => diffs,
                            },
                        );
                    }
                }
                if *widths {
                    let by_code: BTreeMap<u32, f64> = st
                        .used
                        .iter()
                        .map(|(&c, code)| (code.cid, latin_width(c, *times)))
                        .collect();
                    set_simple_widths(&mut d, &by_code);
                }
                d
            }
            Kind::TrueTypeSeq => {
                let by_code: BTreeMap<u32, f64> = st
                    .used
                    .iter()
                    .map(|(&c, code)| (code.cid, self.width(c)))
                    .collect();
                let desc = doc.add_object(descriptor(&self.base_font, 4, None));
                let tu = tounicode(
                    &st.used,
                    &[(vec![0x00], vec![0xFF])],
                    ToUni::BfChar,
                    "Adobe-Identity-UCS",
                );
                let tu = add_stream(doc, Dictionary::new(), tu, compress);
                let mut d = dictionary! {
                    "Type" => "Font",
                    "Subtype" => "TrueType",
                    "BaseFont" => Object::Name(self.base_font.clone()),
                };
                set_simple_widths(&mut d, &by_code);
                d.set("FontDescriptor", desc);
                d.set("ToUnicode", tu);
                d
            }
            Kind::Cid(spec) => self.write_cid(doc, spec, &st.used, compress),
        };
        doc.set_object(self.id, dict);
    }

    fn write_cid(
        &self,
        doc: &mut lopdf::Document,
        spec: &CidSpec,
        used: &BTreeMap<char, Code>,
        compress: bool,
    ) -> Dictionary {
        let csi = dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal(spec.ordering),
            "Supplement" => spec.supplement,
        };
        // Embedded TrueType: glyph ids, the font program, CIDToGIDMap.
        let mut font_file = None;
        let mut cid_to_gid: Option<Object> = None;
        if let Some(kind) = spec.embed {
            // char -> gid
            let mut chars: Vec<char> = used.keys().copied().collect();
            let gids: BTreeMap<char, u16> = match kind {
                CidToGid::Identity => used.iter().map(|(&c, code)| (c, code.cid as u16)).collect(),
                CidToGid::Stream => {
                    // reverse Unicode order, starting at 1: neither the CID nor the character
                    chars.sort_by(|a, b| b.cmp(a));
                    chars
                        .iter()
                        .enumerate()
                        .map(|(i, &c)| (c, i as u16 + 1))
                        .collect()
                }
            };
            let num_glyphs = gids.values().copied().max().unwrap_or(0) + 1;
            let widths: BTreeMap<u16, u16> = gids
                .iter()
                .map(|(&c, &g)| (g, self.width(c) as u16))
                .collect();
            let program = ttf::build(&gids, &widths, num_glyphs, "YusuanTest");
            let len = program.len();
            let mut d = Dictionary::new();
            d.set("Length1", len as i64);
            font_file = Some(add_stream(doc, d, program, compress));
            match kind {
                CidToGid::Identity => cid_to_gid = Some(Object::Name(b"Identity".to_vec())),
                CidToGid::Stream => {
                    let max_cid = used.values().map(|c| c.cid).max().unwrap_or(0) as usize;
                    let mut map = vec![0u8; 2 * (max_cid + 1)];
                    for (c, code) in used {
                        let g = gids[c];
                        map[2 * code.cid as usize] = (g >> 8) as u8;
                        map[2 * code.cid as usize + 1] = g as u8;
                    }
                    cid_to_gid = Some(Object::Reference(add_stream(
                        doc,
                        Dictionary::new(),
                        map,
                        compress,
                    )));
                }
            }
        }
        let desc_name = spec
            .descriptor_name
            .clone()
            .unwrap_or_else(|| spec.descendant_name.clone());
        let desc = doc.add_object(descriptor(&desc_name, 4, font_file));
        let mut cidfont = dictionary! {
            "Type" => "Font",
            "Subtype" => if spec.type2 || spec.embed.is_some() { "CIDFontType2" } else { "CIDFontType0" },
            "BaseFont" => Object::Name(spec.descendant_name.clone()),
            "CIDSystemInfo" => csi.clone(),
            "FontDescriptor" => desc,
            "DW" => 1000,
        };
        // /W: half-width ASCII
        let w: Vec<Object> = match &spec.cmap {
            Cmap::Predefined(_) => vec![
                1.into(),
                95.into(),
                500.into(),
                814.into(),
                907.into(),
                500.into(),
                7716.into(),
                7716.into(),
                500.into(),
            ],
            _ => {
                let mut cids: Vec<u32> = used
                    .iter()
                    .filter(|(c, _)| c.is_ascii())
                    .map(|(_, code)| code.cid)
                    .collect();
                cids.sort();
                let mut w = Vec::new();
                let mut i = 0;
                while i < cids.len() {
                    let mut j = i;
                    while j + 1 < cids.len() && cids[j + 1] == cids[j] + 1 {
                        j += 1;
                    }
                    w.push(Object::Integer(cids[i] as i64));
                    w.push(Object::Array(vec![500.into(); j - i + 1]));
                    i = j + 1;
                }
                w
            }
        };
        if !w.is_empty() {
            cidfont.set("W", w);
        }
        if let Some(m) = cid_to_gid {
            cidfont.set("CIDToGIDMap", m);
        } else if spec.type2 {
            cidfont.set("CIDToGIDMap", "Identity");
        }
        let cidfont = doc.add_object(cidfont);
        let encoding: Object = match &spec.cmap {
            Cmap::IdentityH => Object::Name(b"Identity-H".to_vec()),
            Cmap::IdentityV => Object::Name(b"Identity-V".to_vec()),
            Cmap::Predefined(n) => Object::Name(n.as_bytes().to_vec()),
            Cmap::Embedded(cs, name) => {
                let text = encoding_cmap(*cs, name, used);
                let d = dictionary! {
                    "Type" => "CMap",
                    "CMapName" => Object::Name(name.as_bytes().to_vec()),
                    "CIDSystemInfo" => csi.clone(),
                    "WMode" => 0,
                };
                Object::Reference(add_stream(doc, d, text, compress))
            }
        };
        let mut d = dictionary! {
            "Type" => "Font",
            "Subtype" => "Type0",
            "BaseFont" => Object::Name(self.base_font.clone()),
            "Encoding" => encoding,
            "DescendantFonts" => vec![Object::Reference(cidfont)],
        };
        if let Some(style) = spec.tounicode {
            let ranges: Vec<(Vec<u8>, Vec<u8>)> = match &spec.cmap {
                Cmap::Embedded(cs, _) => codespace_ranges(*cs),
                _ => vec![(vec![0, 0], vec![0xFF, 0xFF])],
            };
            let tu = tounicode(used, &ranges, style, "Adobe-Identity-UCS");
            d.set(
                "ToUnicode",
                add_stream(doc, Dictionary::new(), tu, compress),
            );
        }
        d
    }
}

pub fn add_stream(
    doc: &mut lopdf::Document,
    dict: Dictionary,
    data: Vec<u8>,
    compress: bool,
) -> ObjectId {
    let mut s = Stream::new(dict, data);
    if compress {
        s.compress().expect("compress");
    }
    doc.add_object(s)
}

fn descriptor(name: &[u8], flags: i64, font_file: Option<ObjectId>) -> Dictionary {
    let mut d = dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(name.to_vec()),
        "Flags" => flags,
        "FontBBox" => vec![0.into(), (-141).into(), 1000.into(), 859.into()],
        "ItalicAngle" => 0,
        "Ascent" => 859,
        "Descent" => -141,
        "CapHeight" => 683,
        "StemV" => 80,
    };
    if let Some(ff) = font_file {
        d.set("FontFile2", ff);
    }
    d
}

fn set_simple_widths(d: &mut Dictionary, by_code: &BTreeMap<u32, f64>) {
    let (Some(&first), Some(&last)) = (by_code.keys().next(), by_code.keys().last()) else {
        return;
    };
    let widths: Vec<Object> = (first..=last)
        .map(|c| Object::Integer(by_code.get(&c).copied().unwrap_or(0.0) as i64))
        .collect();
    d.set("FirstChar", first as i64);
    d.set("LastChar", last as i64);
    d.set("Widths", widths);
}

pub fn hex(b: &[u8]) -> String {
    let mut s = String::from("<");
    for x in b {
        s.push_str(&format!("{x:02X}"));
    }
    s.push('>');
    s
}

/// A literal string with ( ) \ escaped and bytes outside printable ASCII as octal.
pub fn literal(b: &[u8]) -> String {
    let mut s = String::from("(");
    for &x in b {
        match x {
            b'(' | b')' | b'\\' => {
                s.push('\\');
                s.push(x as char);
            }
            0x20..=0x7E => s.push(x as char),
            _ => s.push_str(&format!("\\{x:03o}")),
        }
    }
    s.push(')');
    s
}

/// UTF-16BE hex of the text a code stands for; ligature characters are written as the
/// letters they join (what producers put in ToUnicode).
fn utf16_hex(c: char) -> String {
    let text: String = match c {
        '\u{FB00}' => "ff".into(),
        '\u{FB01}' => "fi".into(),
        '\u{FB02}' => "fl".into(),
        _ => c.to_string(),
    };
    let mut s = String::from("<");
    for u in text.encode_utf16() {
        s.push_str(&format!("{u:04X}"));
    }
    s.push('>');
    s
}

fn cmap_header(name: &str, registry_ordering: (&str, &str, i64), cmap_type: i64) -> String {
    format!(
        "%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo 3 dict dup begin\n  /Registry ({}) def\n  /Ordering ({}) def\n  /Supplement {} def\nend def\n\
         /CMapName /{} def\n/CMapVersion 1 def\n/CMapType {} def\n",
        registry_ordering.0, registry_ordering.1, registry_ordering.2, name, cmap_type
    )
}

const CMAP_TRAILER: &str = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

fn codespace_block(ranges: &[(Vec<u8>, Vec<u8>)]) -> String {
    let mut s = format!("{} begincodespacerange\n", ranges.len());
    for (lo, hi) in ranges {
        s.push_str(&format!("{} {}\n", hex(lo), hex(hi)));
    }
    s.push_str("endcodespacerange\n");
    s
}

/// Emits entries in blocks of at most 100 (the CMap limit).
fn blocks(out: &mut String, kind: &str, entries: &[String]) {
    for chunk in entries.chunks(100) {
        out.push_str(&format!("{} begin{kind}\n", chunk.len()));
        for e in chunk {
            out.push_str(e);
            out.push('\n');
        }
        out.push_str(&format!("end{kind}\n"));
    }
}

fn same_prefix(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a[..a.len() - 1] == b[..b.len() - 1]
}

fn bmp(c: char) -> Option<u16> {
    let u = c as u32;
    if u < 0x10000 && !(0xFB00..=0xFB06).contains(&u) {
        Some(u as u16)
    } else {
        None
    }
}

fn tounicode(
    used: &BTreeMap<char, Code>,
    codespace: &[(Vec<u8>, Vec<u8>)],
    style: ToUni,
    name: &str,
) -> Vec<u8> {
    let mut by_code: Vec<(Vec<u8>, char)> = used
        .iter()
        .map(|(&c, code)| (code.bytes.clone(), c))
        .collect();
    by_code.sort();
    let mut s = cmap_header(name, ("Adobe", "UCS", 0), 2);
    s.push_str(&codespace_block(codespace));
    match style {
        ToUni::BfChar => {
            let e: Vec<String> = by_code
                .iter()
                .map(|(b, c)| format!("{} {}", hex(b), utf16_hex(*c)))
                .collect();
            blocks(&mut s, "bfchar", &e);
        }
        ToUni::BfRange => {
            let mut e = Vec::new();
            let mut i = 0;
            while i < by_code.len() {
                let mut j = i;
                if let Some(u0) = bmp(by_code[i].1) {
                    while j + 1 < by_code.len() {
                        let (b0, _) = &by_code[j];
                        let (b1, c1) = &by_code[j + 1];
                        let k = (j + 1 - i) as u32;
                        let ok = same_prefix(b0, b1)
                            && *b1.last().unwrap() as u32 == *b0.last().unwrap() as u32 + 1
                            && bmp(*c1) == Some((u0 as u32 + k) as u16)
                            && (u0 as u32 & 0xFF) + k <= 0xFF;
                        if !ok {
                            break;
                        }
                        j += 1;
                    }
                }
                e.push(format!(
                    "{} {} {}",
                    hex(&by_code[i].0),
                    hex(&by_code[j].0),
                    utf16_hex(by_code[i].1)
                ));
                i = j + 1;
            }
            blocks(&mut s, "bfrange", &e);
        }
        ToUni::BfRangeArray => {
            let mut e = Vec::new();
            let mut i = 0;
            while i < by_code.len() {
                let mut j = i;
                while j + 1 < by_code.len()
                    && same_prefix(&by_code[j].0, &by_code[j + 1].0)
                    && *by_code[j + 1].0.last().unwrap() as u32
                        == *by_code[j].0.last().unwrap() as u32 + 1
                {
                    j += 1;
                }
                let dsts: Vec<String> = by_code[i..=j].iter().map(|(_, c)| utf16_hex(*c)).collect();
                e.push(format!(
                    "{} {} [{}]",
                    hex(&by_code[i].0),
                    hex(&by_code[j].0),
                    dsts.join(" ")
                ));
                i = j + 1;
            }
            blocks(&mut s, "bfrange", &e);
        }
    }
    s.push_str(CMAP_TRAILER);
    s.into_bytes()
}

fn codespace_ranges(cs: Codespace) -> Vec<(Vec<u8>, Vec<u8>)> {
    match cs {
        Codespace::Mixed12 => vec![
            (vec![0x00], vec![0x80]),
            (vec![0x81, 0x40], vec![0xFE, 0xFE]),
        ],
        Codespace::Utf32 => vec![(vec![0, 0, 0, 0], vec![0xFF, 0xFF, 0xFF, 0xFF])],
        Codespace::Gb18030 => vec![
            (vec![0x00], vec![0x80]),
            (vec![0x81, 0x40], vec![0xFE, 0xFE]),
            (vec![0x81, 0x30, 0x81, 0x30], vec![0xFE, 0x39, 0xFE, 0x39]),
        ],
    }
}

fn encoding_cmap(cs: Codespace, name: &str, used: &BTreeMap<char, Code>) -> Vec<u8> {
    let mut s = cmap_header(name, ("Adobe", "GB1", 2), 1);
    s.push_str(&codespace_block(&codespace_ranges(cs)));
    // The ASCII block as one range, like Adobe's CMaps; the rest as used.
    let ascii_lo = codespace_bytes(cs, ' ');
    let ascii_hi = codespace_bytes(cs, '~');
    blocks(
        &mut s,
        "cidrange",
        &[format!("{} {} 1", hex(&ascii_lo), hex(&ascii_hi))],
    );
    let mut by_code: Vec<(Vec<u8>, u32)> = used
        .iter()
        .filter(|(c, _)| !c.is_ascii())
        .map(|(_, code)| (code.bytes.clone(), code.cid))
        .collect();
    by_code.sort();
    let mut ranges = Vec::new();
    let mut chars = Vec::new();
    let mut i = 0;
    while i < by_code.len() {
        let mut j = i;
        while j + 1 < by_code.len()
            && same_prefix(&by_code[j].0, &by_code[j + 1].0)
            && *by_code[j + 1].0.last().unwrap() as u32 == *by_code[j].0.last().unwrap() as u32 + 1
            && by_code[j + 1].1 == by_code[j].1 + 1
        {
            j += 1;
        }
        if j > i {
            ranges.push(format!(
                "{} {} {}",
                hex(&by_code[i].0),
                hex(&by_code[j].0),
                by_code[i].1
            ));
        } else {
            chars.push(format!("{} {}", hex(&by_code[i].0), by_code[i].1));
        }
        i = j + 1;
    }
    blocks(&mut s, "cidrange", &ranges);
    blocks(&mut s, "cidchar", &chars);
    s.push_str(CMAP_TRAILER);
    s.into_bytes()
}

fn gbk(c: char) -> Vec<u8> {
    let mut buf = [0u8; 4];
    let (bytes, _, err) = encoding_rs::GBK.encode(c.encode_utf8(&mut buf));
    assert!(!err, "{c:?} is not in GBK");
    bytes.into_owned()
}

fn gb18030(c: char) -> Vec<u8> {
    let mut buf = [0u8; 4];
    let (bytes, _, err) = encoding_rs::GB18030.encode(c.encode_utf8(&mut buf));
    assert!(!err, "{c:?} is not in GB18030");
    bytes.into_owned()
}

fn codespace_bytes(cs: Codespace, c: char) -> Vec<u8> {
    match cs {
        Codespace::Mixed12 => {
            if c.is_ascii() {
                vec![c as u8]
            } else {
                let b = gbk(c);
                assert_eq!(b.len(), 2);
                b
            }
        }
        Codespace::Utf32 => (c as u32).to_be_bytes().to_vec(),
        Codespace::Gb18030 => gb18030(c),
    }
}

fn predefined_bytes(name: &str, c: char) -> Vec<u8> {
    let base = name.trim_end_matches("-H").trim_end_matches("-V");
    match base {
        "UniGB-UCS2" => {
            let u = c as u32;
            assert!(
                u < 0x10000 && !(0xD800..0xE000).contains(&u),
                "{c:?} is not UCS-2"
            );
            (u as u16).to_be_bytes().to_vec()
        }
        "UniGB-UTF16" => {
            let mut out = Vec::new();
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                out.extend(u.to_be_bytes());
            }
            out
        }
        "GBK-EUC" | "GBKp-EUC" => {
            if c.is_ascii() {
                vec![c as u8]
            } else {
                gbk(c)
            }
        }
        "GB-EUC" => {
            if c.is_ascii() {
                vec![c as u8]
            } else {
                let b = gbk(c);
                assert!(b[0] >= 0xA1 && b[1] >= 0xA1, "{c:?} is not in GB 2312");
                b
            }
        }
        "GBK2K" => gb18030(c),
        _ => panic!("unknown predefined CMap {name}"),
    }
}

fn simple_code(enc: &SimpleEnc, c: char) -> Option<u8> {
    match enc {
        SimpleEnc::WinAnsi => winansi(c),
        SimpleEnc::Standard => match c {
            '\'' => Some(0xA9),
            '`' => Some(0xC1),
            '’' => Some(0x27),
            '‘' => Some(0x60),
            '“' => Some(0xAA),
            '”' => Some(0xBA),
            '–' => Some(0xB1),
            '—' => Some(0xD0),
            '•' => Some(0xB7),
            '\u{FB01}' => Some(0xAE),
            '\u{FB02}' => Some(0xAF),
            ' '..='~' => Some(c as u8),
            _ => None,
        },
        SimpleEnc::MacRoman => match c {
            'Ä' => Some(0x80),
            'É' => Some(0x83),
            'é' => Some(0x8E),
            'è' => Some(0x8F),
            'ô' => Some(0x99),
            'ü' => Some(0x9F),
            '°' => Some(0xA1),
            '•' => Some(0xA5),
            '©' => Some(0xA9),
            '–' => Some(0xD0),
            '—' => Some(0xD1),
            '“' => Some(0xD2),
            '”' => Some(0xD3),
            '‘' => Some(0xD4),
            '’' => Some(0xD5),
            '¥' => Some(0xB4),
            ' '..='~' => Some(c as u8),
            _ => None,
        },
        SimpleEnc::Differences(list) => {
            list.iter().find(|e| e.2 == c).map(|e| e.0).or_else(|| {
                // the base encoding, unless Differences gave that code another glyph
                winansi(c).filter(|b| !list.iter().any(|e| e.0 == *b))
            })
        }
    }
}

fn winansi(c: char) -> Option<u8> {
    if c.is_ascii() {
        return if (' '..='~').contains(&c) {
            Some(c as u8)
        } else {
            None
        };
    }
    let mut buf = [0u8; 4];
    let (b, _, err) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    if err || b.len() != 1 {
        None
    } else {
        Some(b[0])
    }
}

/// Helvetica and Times-Roman advance widths (AFM), for /Widths and for layout.
pub fn latin_width(c: char, times: bool) -> f64 {
    const HELV: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
        556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
        722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
        667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
        556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
        500, 334, 260, 334, 584,
    ];
    const TIMES: [u16; 95] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
        722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
        722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
        500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
        444, 480, 200, 480, 541,
    ];
    let t = if times { &TIMES } else { &HELV };
    match c {
        ' '..='~' => t[c as usize - 32] as f64,
        '’' | '‘' => {
            if times {
                333.0
            } else {
                222.0
            }
        }
        '“' | '”' => {
            if times {
                444.0
            } else {
                333.0
            }
        }
        '–' | '•' => {
            if times {
                500.0
            } else {
                556.0
            }
        }
        '—' | '№' => 1000.0,
        '\u{FB01}' | '\u{FB02}' => {
            if times {
                556.0
            } else {
                500.0
            }
        }
        '½' => {
            if times {
                750.0
            } else {
                834.0
            }
        }
        c if (c as u32) < 0x3000 => {
            if times {
                500.0
            } else {
                556.0
            }
        }
        _ => 1000.0,
    }
}
