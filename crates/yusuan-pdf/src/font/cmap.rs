//! CMaps (PDF 32000-1 §9.7.5, §9.10.3): shown bytes -> character codes -> CIDs and Unicode.
//!
//! Embedded CMaps come from every kind of producer, so parsing never fails: a malformed entry is
//! dropped, and range expansion is capped so a hostile stream cannot exhaust memory. All
//! mappings are flattened at parse time into sorted, non-overlapping tables (later definitions
//! override earlier ones, as PostScript `def` would), so a lookup is one binary search and never
//! allocates. A `usecmap` naming a predefined CMap is kept as a shared `'static` parent rather
//! than copied.

use std::collections::BTreeMap;

use super::glyphnames::glyph_unicode;
use super::predefined::predefined;

/// Codes a single `bfrange` may expand to; larger ranges are cut (the spec allows 256).
const MAX_BF_RANGE: u32 = 0x1_0000;
/// Total `bfchar`/`bfrange` entries one CMap may hold.
const MAX_BF_ENTRIES: usize = 1 << 20;
/// Codespace ranges kept (real CMaps have a handful).
const MAX_CODESPACES: usize = 64;
/// Nesting depth of `usecmap` chains we follow through predefined CMaps.
const MAX_DEPTH: usize = 8;

/// One codespace range: a code of `len` bytes is in it when every byte lies within the
/// range's bounds for that position (§9.7.6.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Codespace {
    len: u8,
    lo: [u8; 4],
    hi: [u8; 4],
}

impl Codespace {
    fn from_bounds(lo: &[u8], hi: &[u8]) -> Option<Codespace> {
        if lo.len() != hi.len() || lo.is_empty() || lo.len() > 4 {
            return None;
        }
        let mut cs = Codespace {
            len: u8::try_from(lo.len()).ok()?,
            lo: [0; 4],
            hi: [0; 4],
        };
        for (i, (&a, &b)) in lo.iter().zip(hi).enumerate() {
            *cs.lo.get_mut(i)? = a.min(b);
            *cs.hi.get_mut(i)? = a.max(b);
        }
        Some(cs)
    }

    /// Length of the codes in this range, 1 to 4 bytes.
    pub fn code_len(&self) -> usize {
        usize::from(self.len)
    }

    /// Lower and upper bound bytes (each `len()` long).
    pub fn bounds(&self) -> (&[u8], &[u8]) {
        let n = self.code_len();
        (
            self.lo.get(..n).unwrap_or(&[]),
            self.hi.get(..n).unwrap_or(&[]),
        )
    }

    fn contains(&self, bytes: &[u8]) -> bool {
        let n = self.code_len();
        bytes.len() >= n
            && bytes
                .iter()
                .zip(self.lo.iter().zip(&self.hi))
                .take(n)
                .all(|(b, (lo, hi))| lo <= b && b <= hi)
    }
}

/// Consecutive codes `lo..=hi` mapping to consecutive CIDs from `cid`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CidRange {
    pub lo: u32,
    pub hi: u32,
    pub cid: u32,
}

impl CidRange {
    fn cid_after(&self) -> Option<u32> {
        self.cid.checked_add(self.hi - self.lo)?.checked_add(1)
    }
}

/// One code's Unicode text: `text[start..end]`.
#[derive(Clone, Copy, Debug)]
struct BfEntry {
    code: u32,
    start: u32,
    end: u32,
}

/// A parsed CMap. See the module docs.
#[derive(Clone, Debug, Default)]
pub struct CMap {
    name: Option<String>,
    usecmap: Option<String>,
    wmode: u8,
    /// Whether `/WMode` was given; if not, it is inherited through `usecmap`.
    wmode_given: bool,
    /// Code length when there are no codespaces (cached for `next_code`).
    fallback_len: u8,
    /// Own codespaces plus the parent's, sorted by length (shortest first).
    codespaces: Vec<Codespace>,
    /// CID ranges by code length - 1, sorted by `lo`, disjoint.
    cids: [Vec<CidRange>; 4],
    /// Unicode entries by code length - 1, sorted by `code`, unique.
    bf: [Vec<BfEntry>; 4],
    text: String,
    parent: Option<&'static CMap>,
}

impl CMap {
    /// Lenient parse of an embedded CMap or ToUnicode stream (already decompressed). Never
    /// fails: malformed entries are skipped. A `usecmap` naming a predefined CMap is resolved
    /// here; any other is left to the caller ([`CMap::usecmap`], [`CMap::merge_base`]).
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::parse_standalone(data);
        if let Some(base) = cmap.usecmap.as_deref().and_then(predefined) {
            cmap.set_parent(base);
        }
        cmap
    }

    /// Like [`CMap::parse`] but leaves `usecmap` unresolved (for the data converter, which
    /// builds the predefined CMaps themselves).
    pub fn parse_standalone(data: &[u8]) -> CMap {
        let mut b = Builder::default();
        b.run(data);
        b.finish()
    }

    /// A 2-byte CMap mapping each code to the CID of the same value (Identity-H/V).
    pub fn identity(name: &str, vertical: bool) -> CMap {
        let mut cmap = CMap {
            name: Some(name.to_owned()),
            wmode: u8::from(vertical),
            wmode_given: true,
            fallback_len: 2,
            ..CMap::default()
        };
        cmap.codespaces
            .extend(Codespace::from_bounds(&[0, 0], &[0xFF, 0xFF]));
        if let Some(v) = cmap.cids.get_mut(1) {
            v.push(CidRange {
                lo: 0,
                hi: 0xFFFF,
                cid: 0,
            });
        }
        cmap
    }

    /// Next character code at the start of `bytes` by codespace matching (§9.7.6.2); on no
    /// match, the length of the shortest codespace whose first byte matches, else 1 byte
    /// (§9.7.6.3). Returns (code, length): the length is at least 1 and at most `bytes.len()`,
    /// except that empty input gives (0, 0). Without any codespace, codes are 2 bytes when the
    /// CMap has any 2-byte mapping, else 1.
    pub fn next_code(&self, bytes: &[u8]) -> (u32, usize) {
        let Some(&first) = bytes.first() else {
            return (0, 0);
        };
        let n = if self.codespaces.is_empty() {
            usize::from(self.fallback_len)
        } else if let Some(cs) = self.codespaces.iter().find(|cs| cs.contains(bytes)) {
            cs.code_len()
        } else {
            self.codespaces
                .iter()
                .find(|cs| matches!((cs.lo, cs.hi), ([lo, ..], [hi, ..]) if lo <= first && first <= hi))
                .map_or(1, Codespace::code_len)
        };
        let n = n.clamp(1, bytes.len());
        let code = bytes
            .iter()
            .take(n)
            .fold(0u32, |acc, &b| acc << 8 | u32::from(b));
        (code, n)
    }

    /// The CID of a code of `len` bytes, if mapped.
    pub fn cid(&self, code: u32, len: usize) -> Option<u32> {
        let mut cmap = self;
        for _ in 0..MAX_DEPTH {
            if let Some(cid) = find_cid(cmap.cids.get(len.wrapping_sub(1))?, code) {
                return Some(cid);
            }
            cmap = cmap.parent?;
        }
        None
    }

    /// Unicode for a code from `bfchar`/`bfrange`, exactly as mapped (the caller filters
    /// U+FFFD, private use and controls; lone surrogates arrive as U+FFFD).
    pub fn unicode(&self, code: u32, len: usize) -> Option<&str> {
        let mut cmap = self;
        for _ in 0..MAX_DEPTH {
            let bf = cmap.bf.get(len.wrapping_sub(1))?;
            if let Ok(i) = bf.binary_search_by_key(&code, |e| e.code) {
                let e = bf.get(i)?;
                return cmap.text.get(e.start as usize..e.end as usize);
            }
            cmap = cmap.parent?;
        }
        None
    }

    /// The codes this map itself (not a parent) gives text, with their length in bytes.
    pub fn mappings(&self) -> impl Iterator<Item = (u32, usize, &str)> + '_ {
        self.bf.iter().enumerate().flat_map(move |(i, entries)| {
            entries.iter().filter_map(move |e| {
                let text = self.text.get(e.start as usize..e.end as usize)?;
                Some((e.code, i + 1, text))
            })
        })
    }

    /// [`CMap::unicode`] for the code at its own length first, then at any other length that
    /// can hold it: some producers write a simple font's ToUnicode with 2-byte source codes.
    pub fn unicode_any_len(&self, code: u32, len: usize) -> Option<&str> {
        self.unicode(code, len).or_else(|| {
            (1..=4usize)
                .filter(|&l| l != len && (l >= 4 || code >> (8 * l) == 0))
                .find_map(|l| self.unicode(code, l))
        })
    }

    pub fn is_vertical(&self) -> bool {
        self.wmode == 1
    }

    /// Whether there are any `bfchar`/`bfrange` mappings.
    pub fn has_unicode(&self) -> bool {
        self.bf.iter().any(|v| !v.is_empty()) || self.parent.is_some_and(CMap::has_unicode)
    }

    /// Whether there are any `cidchar`/`cidrange` mappings.
    pub fn has_cids(&self) -> bool {
        self.cids.iter().any(|v| !v.is_empty()) || self.parent.is_some_and(CMap::has_cids)
    }

    /// `/CMapName`, if given.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The name given to `usecmap`, if any (resolved already when predefined).
    pub fn usecmap(&self) -> Option<&str> {
        self.usecmap.as_deref()
    }

    /// `/WMode` (0 horizontal, 1 vertical).
    pub fn wmode(&self) -> u8 {
        self.wmode
    }

    /// Codespace ranges, own and inherited, shortest first.
    pub fn codespaces(&self) -> &[Codespace] {
        &self.codespaces
    }

    /// Own CID ranges for codes of `len` bytes (not the parent's), sorted and disjoint.
    pub fn cid_ranges(&self, len: usize) -> &[CidRange] {
        self.cids
            .get(len.wrapping_sub(1))
            .map_or(&[], Vec::as_slice)
    }

    /// Resolve a non-predefined `usecmap`: `base`'s mappings and codespaces are merged in
    /// underneath this CMap's own, which keep precedence.
    pub fn merge_base(&mut self, base: &CMap) {
        for (own, inherited) in self.cids.iter_mut().zip(&base.cids) {
            let mut all = inherited.clone();
            all.append(own);
            *own = normalize(all);
        }
        for (own, inherited) in self.bf.iter_mut().zip(&base.bf) {
            let mut all = Vec::with_capacity(own.len() + inherited.len());
            for e in inherited {
                let Some(s) = base.text.get(e.start as usize..e.end as usize) else {
                    continue;
                };
                let Some(e) = push_text(&mut self.text, e.code, s) else {
                    continue;
                };
                all.push(e);
            }
            all.append(own);
            *own = dedup_last(all);
        }
        self.add_codespaces(&base.codespaces);
        if self.parent.is_none() {
            self.parent = base.parent;
        }
        self.inherit_wmode(base);
    }

    /// A CMap without its own `/WMode` takes its base's; recompute the cached fallback length.
    fn inherit_wmode(&mut self, base: &CMap) {
        if !self.wmode_given {
            self.wmode = base.wmode;
            self.wmode_given = base.wmode_given;
        }
        self.fallback_len = if self.has_len(2) { 2 } else { 1 };
    }

    fn set_parent(&mut self, parent: &'static CMap) {
        if std::ptr::eq(self, parent) {
            return;
        }
        self.add_codespaces(&parent.codespaces);
        self.parent = Some(parent);
        self.inherit_wmode(parent);
    }

    fn add_codespaces(&mut self, extra: &[Codespace]) {
        for cs in extra {
            if self.codespaces.len() < MAX_CODESPACES && !self.codespaces.contains(cs) {
                self.codespaces.push(*cs);
            }
        }
        self.codespaces.sort_by_key(|cs| cs.len);
    }

    fn has_len(&self, len: usize) -> bool {
        let i = len.wrapping_sub(1);
        self.cids.get(i).is_some_and(|v| !v.is_empty())
            || self.bf.get(i).is_some_and(|v| !v.is_empty())
            || self.parent.is_some_and(|p| p.has_len(len))
    }

    /// Compact binary form of the name, WMode, `usecmap`, codespaces and CID ranges (not the
    /// Unicode mappings), as stored for the predefined CMaps. Format: see
    /// `convert-font-data` (crates/yusuan-dev).
    pub fn to_compact(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put_str(&mut out, self.name.as_deref().unwrap_or(""));
        out.push(self.wmode);
        put_str(&mut out, self.usecmap.as_deref().unwrap_or(""));
        out.push(u8::try_from(self.codespaces.len()).unwrap_or(u8::MAX));
        for cs in self.codespaces.iter().take(255) {
            let (lo, hi) = cs.bounds();
            out.push(cs.len);
            out.extend_from_slice(lo);
            out.extend_from_slice(hi);
        }
        for ranges in &self.cids {
            put_varint(&mut out, ranges.len() as u64);
            let (mut next_code, mut next_cid) = (0u64, 0i64);
            for r in ranges {
                put_varint(&mut out, u64::from(r.lo) - next_code);
                put_varint(&mut out, u64::from(r.hi - r.lo));
                let delta = i64::from(r.cid) - next_cid;
                put_varint(&mut out, ((delta << 1) ^ (delta >> 63)) as u64);
                next_code = u64::from(r.hi) + 1;
                next_cid = i64::from(r.cid) + i64::from(r.hi - r.lo) + 1;
            }
        }
        out
    }

    /// Inverse of [`CMap::to_compact`]; `None` on malformed data. The `usecmap` is resolved
    /// through [`predefined`].
    pub fn from_compact(data: &[u8]) -> Option<CMap> {
        let mut r = Reader { data, pos: 0 };
        let name = r.string()?;
        let wmode = r.byte()?;
        let usecmap = r.string()?;
        let mut cmap = CMap {
            name: (!name.is_empty()).then(|| name.to_owned()),
            usecmap: (!usecmap.is_empty()).then(|| usecmap.to_owned()),
            wmode,
            wmode_given: true,
            ..CMap::default()
        };
        for _ in 0..r.byte()? {
            let len = usize::from(r.byte()?);
            let lo = r.take(len)?;
            let hi = r.take(len)?;
            cmap.codespaces.push(Codespace::from_bounds(lo, hi)?);
        }
        cmap.codespaces.sort_by_key(|cs| cs.len);
        for ranges in &mut cmap.cids {
            let count = r.varint()?;
            let (mut next_code, mut next_cid) = (0u64, 0i64);
            for _ in 0..count {
                let lo = next_code.checked_add(r.varint()?)?;
                let hi = lo.checked_add(r.varint()?)?;
                let z = r.varint()?;
                let delta = (z >> 1) as i64 ^ -((z & 1) as i64);
                let cid = next_cid.checked_add(delta)?;
                let range = CidRange {
                    lo: u32::try_from(lo).ok()?,
                    hi: u32::try_from(hi).ok()?,
                    cid: u32::try_from(cid).ok()?,
                };
                next_code = hi + 1;
                next_cid = i64::from(range.cid_after()?);
                ranges.push(range);
            }
        }
        cmap.fallback_len = if cmap.has_len(2) { 2 } else { 1 };
        let own_name = cmap.name.as_deref();
        if let Some(base) = cmap
            .usecmap
            .as_deref()
            .filter(|&u| Some(u) != own_name)
            .and_then(predefined)
        {
            cmap.set_parent(base);
        }
        Some(cmap)
    }
}

fn find_cid(ranges: &[CidRange], code: u32) -> Option<u32> {
    let r = ranges.get(ranges.partition_point(|r| r.hi < code))?;
    if r.lo <= code {
        r.cid.checked_add(code - r.lo)
    } else {
        None
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    let b = b.get(..b.len().min(255)).unwrap_or(&[]);
    out.push(b.len() as u8);
    out.extend_from_slice(b);
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }

    fn string(&mut self) -> Option<&'a str> {
        let n = usize::from(self.byte()?);
        std::str::from_utf8(self.take(n)?).ok()
    }

    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

/// Sorted, disjoint ranges from ranges in definition order, later ones winning on overlap;
/// neighbours continuing each other are merged.
fn normalize(raw: Vec<CidRange>) -> Vec<CidRange> {
    let mut sorted = raw.clone();
    sorted.sort_by_key(|r| r.lo);
    let overlaps = sorted
        .windows(2)
        .any(|w| matches!(w, [a, b] if b.lo <= a.hi));
    let mut pieces = if overlaps { paint(&raw) } else { sorted };
    pieces.dedup_by(|next, prev| {
        let joins = prev.hi.checked_add(1) == Some(next.lo) && prev.cid_after() == Some(next.cid);
        if joins {
            prev.hi = next.hi;
        }
        joins
    });
    pieces
}

/// Overlap resolution: walk the definitions newest first, keeping only the parts of each not
/// yet covered. Coverage is kept as merged intervals, so each is visited O(1) times amortized.
fn paint(raw: &[CidRange]) -> Vec<CidRange> {
    let mut covered: BTreeMap<u32, u32> = BTreeMap::new();
    let mut pieces = Vec::new();
    let mut hits = Vec::new();
    for r in raw.iter().rev() {
        hits.clear();
        if let Some((&a, &b)) = covered.range(..r.lo).next_back()
            && b >= r.lo
        {
            hits.push((a, b));
        }
        hits.extend(covered.range(r.lo..=r.hi).map(|(&a, &b)| (a, b)));
        let mut cur = u64::from(r.lo);
        let gap = |from: u64, to: u64, pieces: &mut Vec<CidRange>| {
            if from <= to
                && let (Ok(lo), Ok(hi)) = (u32::try_from(from), u32::try_from(to))
                && let Some(cid) = r.cid.checked_add(lo - r.lo)
            {
                pieces.push(CidRange { lo, hi, cid });
            }
        };
        for &(a, b) in &hits {
            if u64::from(a) > cur {
                gap(cur, u64::from(a) - 1, &mut pieces);
            }
            cur = cur.max(u64::from(b) + 1);
        }
        gap(cur, u64::from(r.hi), &mut pieces);
        let lo = hits.first().map_or(r.lo, |h| h.0.min(r.lo));
        let hi = hits.last().map_or(r.hi, |h| h.1.max(r.hi));
        for (a, _) in &hits {
            covered.remove(a);
        }
        covered.insert(lo, hi);
    }
    pieces.sort_by_key(|p| p.lo);
    pieces
}

/// Stable sort by code, keeping the last definition of each code.
fn dedup_last(mut entries: Vec<BfEntry>) -> Vec<BfEntry> {
    entries.sort_by_key(|e| e.code);
    let mut out: Vec<BfEntry> = Vec::with_capacity(entries.len());
    for e in entries {
        match out.last_mut() {
            Some(last) if last.code == e.code => *last = e,
            _ => out.push(e),
        }
    }
    out
}

fn push_text(text: &mut String, code: u32, s: &str) -> Option<BfEntry> {
    let start = u32::try_from(text.len()).ok()?;
    text.push_str(s);
    let end = u32::try_from(text.len()).ok()?;
    Some(BfEntry { code, start, end })
}

/// UTF-16BE to text; a 1-byte or odd trailing byte is taken as a Latin-1 code (some producers
/// write `<41>`), lone surrogates become U+FFFD.
fn push_utf16(text: &mut String, bytes: &[u8]) {
    let units = bytes.chunks(2).map(|c| match *c {
        [a, b] => u16::from_be_bytes([a, b]),
        [a] => u16::from(a),
        _ => 0xFFFD,
    });
    text.extend(char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')));
}

fn be_code(bytes: &[u8]) -> Option<(u32, usize)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some((
        bytes.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)),
        bytes.len(),
    ))
}

#[derive(Default)]
struct Builder {
    name: Option<String>,
    usecmap: Option<String>,
    wmode: Option<u8>,
    codespaces: Vec<Codespace>,
    cids: [Vec<CidRange>; 4],
    bf: [Vec<BfEntry>; 4],
    bf_count: usize,
    text: String,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok<'a> {
    Hex(Vec<u8>),
    Name(&'a [u8]),
    Int(i64),
    /// An operator or any other bare word (including reals).
    Word(&'a [u8]),
    ArrayOpen,
    ArrayClose,
    /// A literal string, dictionary bracket or procedure brace: content we do not need.
    Skip,
}

impl Builder {
    fn run(&mut self, data: &[u8]) {
        let mut lex = Lexer { data, pos: 0 };
        let mut pending: Option<Tok> = None;
        let (mut prev2, mut prev1): (Option<Tok>, Option<Tok>) = (None, None);
        while let Some(tok) = pending.take().or_else(|| lex.next()) {
            if let Tok::Word(w) = tok {
                let end: &[u8] = match w {
                    b"begincodespacerange" => b"endcodespacerange",
                    b"begincidrange" => b"endcidrange",
                    b"begincidchar" => b"endcidchar",
                    b"beginbfrange" => b"endbfrange",
                    b"beginbfchar" => b"endbfchar",
                    b"beginnotdefrange" => b"endnotdefrange",
                    b"beginnotdefchar" => b"endnotdefchar",
                    _ => b"",
                };
                if !end.is_empty() {
                    let mut items = Vec::new();
                    for t in lex.by_ref() {
                        match t {
                            Tok::Word(x) if x == end => break,
                            // A block missing its end keyword: stop at the next operator.
                            Tok::Word(_) => {
                                pending = Some(t);
                                break;
                            }
                            _ => items.push(t),
                        }
                    }
                    self.block(w, &items);
                    prev2 = None;
                    prev1 = None;
                    continue;
                }
                match (w, &prev2, &prev1) {
                    (b"def", Some(Tok::Name(b"CMapName")), Some(Tok::Name(n))) => {
                        self.name = Some(String::from_utf8_lossy(n).into_owned());
                    }
                    (b"def", Some(Tok::Name(b"WMode")), Some(Tok::Int(m))) => {
                        self.wmode = Some(u8::from(*m == 1));
                    }
                    (b"usecmap", _, Some(Tok::Name(n))) => {
                        self.usecmap = Some(String::from_utf8_lossy(n).into_owned());
                    }
                    _ => {}
                }
            }
            prev2 = prev1.take();
            prev1 = Some(tok);
        }
    }

    fn block(&mut self, kind: &[u8], items: &[Tok]) {
        let mut i = 0;
        while i < items.len() {
            let rest = items.get(i..).unwrap_or(&[]);
            i += match (kind, rest) {
                (b"begincodespacerange", [Tok::Hex(lo), Tok::Hex(hi), ..]) => {
                    if let Some(cs) = Codespace::from_bounds(lo, hi)
                        && self.codespaces.len() < MAX_CODESPACES
                        && !self.codespaces.contains(&cs)
                    {
                        self.codespaces.push(cs);
                    }
                    2
                }
                (b"begincidrange", [Tok::Hex(lo), Tok::Hex(hi), Tok::Int(cid), ..]) => {
                    self.cid_range(lo, hi, *cid);
                    3
                }
                (b"begincidchar", [Tok::Hex(c), Tok::Int(cid), ..]) => {
                    self.cid_range(c, c, *cid);
                    2
                }
                (b"beginbfchar", [Tok::Hex(c), Tok::Hex(dst), ..]) => {
                    if let Some((code, len)) = be_code(c) {
                        let start = self.text.len();
                        push_utf16(&mut self.text, dst);
                        self.bf_push(code, len, start);
                    }
                    2
                }
                (b"beginbfchar", [Tok::Hex(c), Tok::Name(n), ..]) => {
                    if let (Some((code, len)), Some(u)) = (
                        be_code(c),
                        std::str::from_utf8(n).ok().and_then(glyph_unicode),
                    ) {
                        let start = self.text.len();
                        self.text.push_str(&u);
                        self.bf_push(code, len, start);
                    }
                    2
                }
                (b"beginbfrange", [Tok::Hex(lo), Tok::Hex(hi), Tok::Hex(dst), ..]) => {
                    self.bf_range(lo, hi, |off, text| {
                        let (head, last) = match dst.len() {
                            0 => return false,
                            1 => (&[][..], u16::from(dst.first().copied().unwrap_or(0))),
                            n => match dst.split_at(n - 2) {
                                (h, &[a, b]) => (h, u16::from_be_bytes([a, b])),
                                _ => return false,
                            },
                        };
                        let Some(last) = u32::from(last).checked_add(off) else {
                            return false;
                        };
                        let Ok(last) = u16::try_from(last) else {
                            return false;
                        };
                        let mut buf = Vec::with_capacity(head.len() + 2);
                        buf.extend_from_slice(head);
                        buf.extend_from_slice(&last.to_be_bytes());
                        push_utf16(text, &buf);
                        true
                    });
                    3
                }
                (b"beginbfrange", [Tok::Hex(lo), Tok::Hex(hi), Tok::ArrayOpen, ..]) => {
                    let inner = rest.get(3..).unwrap_or(&[]);
                    let n = inner
                        .iter()
                        .position(|t| *t == Tok::ArrayClose)
                        .unwrap_or(inner.len());
                    let dsts = inner.get(..n).unwrap_or(&[]);
                    self.bf_range(lo, hi, |off, text| match dsts.get(off as usize) {
                        Some(Tok::Hex(d)) => {
                            push_utf16(text, d);
                            true
                        }
                        Some(Tok::Name(g)) => {
                            match std::str::from_utf8(g).ok().and_then(glyph_unicode) {
                                Some(u) => {
                                    text.push_str(&u);
                                    true
                                }
                                None => false,
                            }
                        }
                        _ => false,
                    });
                    3 + n + 1
                }
                _ => 1,
            };
        }
    }

    fn cid_range(&mut self, lo: &[u8], hi: &[u8], cid: i64) {
        let (Some((lo, len)), Some((hi, hlen))) = (be_code(lo), be_code(hi)) else {
            return;
        };
        let Ok(cid) = u32::try_from(cid) else { return };
        if len != hlen || lo > hi || cid.checked_add(hi - lo).is_none() {
            return;
        }
        if let Some(v) = self.cids.get_mut(len - 1) {
            v.push(CidRange { lo, hi, cid });
        }
    }

    fn bf_push(&mut self, code: u32, len: usize, start: usize) {
        let entry = (u32::try_from(start), u32::try_from(self.text.len()));
        if self.bf_count >= MAX_BF_ENTRIES {
            self.text.truncate(start);
            return;
        }
        if let (Some(v), (Ok(start), Ok(end))) = (self.bf.get_mut(len - 1), entry) {
            v.push(BfEntry { code, start, end });
            self.bf_count += 1;
        }
    }

    /// Expand `lo..=hi`, `dst(offset, text)` appending each code's text (false: skip it).
    fn bf_range(&mut self, lo: &[u8], hi: &[u8], mut dst: impl FnMut(u32, &mut String) -> bool) {
        let (Some((lo, len)), Some((hi, hlen))) = (be_code(lo), be_code(hi)) else {
            return;
        };
        if len != hlen || lo > hi {
            return;
        }
        let count = (hi - lo).min(MAX_BF_RANGE - 1);
        for off in 0..=count {
            if self.bf_count >= MAX_BF_ENTRIES {
                break;
            }
            let start = self.text.len();
            if dst(off, &mut self.text) {
                self.bf_push(lo + off, len, start);
            } else {
                self.text.truncate(start);
            }
        }
    }

    fn finish(self) -> CMap {
        let mut codespaces = self.codespaces;
        codespaces.sort_by_key(|cs| cs.len);
        let mut cmap = CMap {
            name: self.name,
            usecmap: self.usecmap,
            wmode: self.wmode.unwrap_or(0),
            wmode_given: self.wmode.is_some(),
            fallback_len: 1,
            codespaces,
            cids: self.cids.map(normalize),
            bf: self.bf.map(dedup_last),
            text: self.text,
            parent: None,
        };
        cmap.fallback_len = if cmap.has_len(2) { 2 } else { 1 };
        cmap
    }
}

struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0C' | b'\0')
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn regular_run(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(|b| !is_space(b) && !is_delim(b)) {
            self.pos += 1;
        }
        self.data.get(start..self.pos).unwrap_or(&[])
    }

    fn hex(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut half: Option<u8> = None;
        while let Some(b) = self.peek() {
            self.pos += 1;
            let v = match b {
                b'>' => break,
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => continue,
            };
            match half.take() {
                Some(h) => out.push(h << 4 | v),
                None => half = Some(v),
            }
        }
        if let Some(h) = half {
            out.push(h << 4);
        }
        out
    }

    fn skip_string(&mut self) {
        let mut depth = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        loop {
            let b = self.peek()?;
            if is_space(b) {
                self.pos += 1;
                continue;
            }
            self.pos += 1;
            return Some(match b {
                b'%' => {
                    while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                        self.pos += 1;
                    }
                    continue;
                }
                b'<' if self.peek() == Some(b'<') => {
                    self.pos += 1;
                    Tok::Skip
                }
                b'<' => Tok::Hex(self.hex()),
                b'>' => {
                    if self.peek() == Some(b'>') {
                        self.pos += 1;
                    }
                    Tok::Skip
                }
                b'[' => Tok::ArrayOpen,
                b']' => Tok::ArrayClose,
                b'(' => {
                    self.skip_string();
                    Tok::Skip
                }
                b')' | b'{' | b'}' => Tok::Skip,
                b'/' => Tok::Name(self.regular_run()),
                _ => {
                    self.pos -= 1;
                    let w = self.regular_run();
                    match std::str::from_utf8(w)
                        .ok()
                        .and_then(|s| s.parse::<i64>().ok())
                    {
                        Some(n) => Tok::Int(n),
                        None => Tok::Word(w),
                    }
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmap(body: &str) -> CMap {
        CMap::parse(body.as_bytes())
    }

    const HEADER: &str = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
        /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n";

    #[test]
    fn bfchar_basic() {
        let m = cmap(&format!(
            "{HEADER}1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
             3 beginbfchar\n<0003> <0020>\n<0024> <4E2D>\n<0025> <56FD>\nendbfchar\nendcmap"
        ));
        assert_eq!(m.name(), Some("Adobe-Identity-UCS"));
        assert_eq!(m.next_code(&[0x00, 0x24, 0x00]), (0x24, 2));
        assert_eq!(m.unicode(0x24, 2), Some("中"));
        assert_eq!(m.unicode(0x25, 2), Some("国"));
        assert_eq!(m.unicode(0x03, 2), Some(" "));
        assert_eq!(m.unicode(0x24, 1), None);
        assert_eq!(m.unicode(0x26, 2), None);
        assert!(m.has_unicode());
        assert!(!m.has_cids());
        assert!(!m.is_vertical());
    }

    #[test]
    fn bfrange_forms() {
        let m = cmap(&format!(
            "{HEADER}1 begincodespacerange <00> <FF> endcodespacerange\n\
             3 beginbfrange\n<20> <22> <0041>\n<30> <32> [<0061> <00660069> <D83DDE00>]\n\
             <F0> <F2> <00FE>\nendbfrange"
        ));
        assert_eq!(m.unicode(0x20, 1), Some("A"));
        assert_eq!(m.unicode(0x22, 1), Some("C"));
        assert_eq!(m.unicode(0x23, 1), None);
        assert_eq!(m.unicode(0x30, 1), Some("a"));
        assert_eq!(m.unicode(0x31, 1), Some("fi"));
        assert_eq!(m.unicode(0x32, 1), Some("😀"));
        // The base's last unit carries past xxFF: U+00FE, U+00FF, U+0100.
        assert_eq!(m.unicode(0xF0, 1), Some("þ"));
        assert_eq!(m.unicode(0xF1, 1), Some("ÿ"));
        assert_eq!(m.unicode(0xF2, 1), Some("Ā"));
    }

    #[test]
    fn bfrange_source_crossing_ff() {
        let m = cmap(
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
             1 beginbfrange <01FE> <0201> <4E00> endbfrange",
        );
        assert_eq!(m.unicode(0x01FE, 2), Some("一"));
        assert_eq!(m.unicode(0x01FF, 2), Some("丁"));
        assert_eq!(m.unicode(0x0200, 2), Some("丂"));
        assert_eq!(m.unicode(0x0201, 2), Some("七"));
        assert_eq!(m.unicode(0x0202, 2), None);
    }

    #[test]
    fn surrogates_and_ligatures() {
        let m = cmap(
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
             4 beginbfchar <0001> <D840DC00> <0002> <006600660069> <0003> <D800> <0004> <41>\n\
             endbfchar\n1 beginbfrange <0010> <0012> <D83DDE00> endbfrange",
        );
        assert_eq!(m.unicode(1, 2), Some("\u{20000}"));
        assert_eq!(m.unicode(2, 2), Some("ffi"));
        assert_eq!(m.unicode(3, 2), Some("\u{FFFD}"));
        assert_eq!(m.unicode(4, 2), Some("A"));
        assert_eq!(m.unicode(0x10, 2), Some("😀"));
        assert_eq!(m.unicode(0x12, 2), Some("😂"));
    }

    #[test]
    fn tight_syntax_comments_and_crlf() {
        let m = cmap(
            "%!PS\r\n/CMapName/Tight def/WMode 1 def\r\n1 begincodespacerange<00><ff>endcodespacerange\r\n\
             2 beginbfrange<01><02><0041>% trailing comment\r\n<03><03>[<0078>]endbfrange\r\n\
             1 beginbfchar<04><00 61 00 62>endbfchar",
        );
        assert_eq!(m.name(), Some("Tight"));
        assert!(m.is_vertical());
        assert_eq!(m.unicode(1, 1), Some("A"));
        assert_eq!(m.unicode(2, 1), Some("B"));
        assert_eq!(m.unicode(3, 1), Some("x"));
        assert_eq!(m.unicode(4, 1), Some("ab"));
        assert_eq!(m.next_code(&[0x04, 0x05]), (0x04, 1));
    }

    #[test]
    fn bfchar_glyph_name_destination() {
        let m = cmap("1 beginbfchar <41> /Alpha endbfchar");
        assert_eq!(m.unicode(0x41, 1), Some("Α"));
    }

    #[test]
    fn later_definitions_override() {
        let m = cmap(
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
             2 begincidrange <0000> <00FF> 100 <0010> <0011> 5 endcidrange\n\
             1 beginbfchar <0001> <0041> endbfchar 1 beginbfchar <0001> <0042> endbfchar",
        );
        assert_eq!(m.cid(0x00, 2), Some(100));
        assert_eq!(m.cid(0x0F, 2), Some(115));
        assert_eq!(m.cid(0x10, 2), Some(5));
        assert_eq!(m.cid(0x11, 2), Some(6));
        assert_eq!(m.cid(0x12, 2), Some(118));
        assert_eq!(m.cid(0xFF, 2), Some(355));
        assert_eq!(m.cid(0x100, 2), None);
        assert_eq!(m.cid_ranges(2).len(), 3);
        assert_eq!(m.unicode(1, 2), Some("B"));
    }

    #[test]
    fn codespace_lengths() {
        let one = cmap("1 begincodespacerange <00> <FF> endcodespacerange");
        assert_eq!(one.next_code(&[0x41, 0x42]), (0x41, 1));
        let three = cmap("1 begincodespacerange <000000> <FFFFFF> endcodespacerange");
        assert_eq!(three.next_code(&[1, 2, 3, 4]), (0x010203, 3));
        assert_eq!(three.next_code(&[1, 2]), (0x0102, 2));
        let four = cmap(
            "1 begincodespacerange <00000000> <0010FFFF> endcodespacerange\n\
             1 begincidchar <00004E2D> 7 endcidchar",
        );
        assert_eq!(four.next_code(&[0, 0, 0x4E, 0x2D, 0]), (0x4E2D, 4));
        assert_eq!(four.cid(0x4E2D, 4), Some(7));
        // Second byte out of bounds: a partial match still takes the codespace's 4 bytes.
        assert_eq!(four.next_code(&[0, 0x11, 0, 0, 0]), (0x0011_0000, 4));
        // First byte out of bounds: no codespace starts this way, 1 byte.
        assert_eq!(four.next_code(&[0x11, 0, 0, 0, 0]), (0x11, 1));
    }

    #[test]
    fn mixed_codespace() {
        let m = cmap(
            "2 begincodespacerange <00> <80> <8140> <FEFE> endcodespacerange\n\
             2 begincidrange <20> <7E> 1 <B0A1> <B0FE> 1000 endcidrange",
        );
        let s = [0x41, 0xB0, 0xA1, 0x80, 0xB0, 0xFE];
        let mut codes = Vec::new();
        let mut rest = &s[..];
        while !rest.is_empty() {
            let (code, n) = m.next_code(rest);
            codes.push((code, n, m.cid(code, n)));
            rest = &rest[n..];
        }
        assert_eq!(
            codes,
            vec![
                (0x41, 1, Some(34)),
                (0xB0A1, 2, Some(1000)),
                (0x80, 1, None),
                (0xB0FE, 2, Some(1093))
            ]
        );
        // Second byte out of range: the 2-byte codespace matched on its first byte.
        assert_eq!(m.next_code(&[0x81, 0x20, 0x41]), (0x8120, 2));
        // First byte in no codespace at all: one byte.
        assert_eq!(m.next_code(&[0xFF, 0x41]), (0xFF, 1));
        // Truncated: never past the end.
        assert_eq!(m.next_code(&[0xB0]), (0xB0, 1));
        assert_eq!(m.next_code(&[]), (0, 0));
    }

    #[test]
    fn no_codespace_fallback() {
        let two = cmap("1 beginbfchar <0041> <0041> endbfchar");
        assert_eq!(two.next_code(&[0, 0x41, 0]), (0x41, 2));
        let one = cmap("1 beginbfchar <41> <0041> endbfchar");
        assert_eq!(one.next_code(&[0x41, 0]), (0x41, 1));
    }

    #[test]
    fn wmode_and_usecmap_predefined() {
        let m = cmap(
            "/CMapName /Custom-V def /WMode 1 def /GBK-EUC-H usecmap\n\
             1 begincidchar <B0A1> 9999 endcidchar",
        );
        assert!(m.is_vertical());
        assert_eq!(m.usecmap(), Some("GBK-EUC-H"));
        assert_eq!(m.cid(0xB0A1, 2), Some(9999));
        // Inherited from GBK-EUC-H (`<21> <7e> 814`, `<b0a1> <b0fe> 940`).
        assert_eq!(m.next_code(&[0xB0, 0xA2]), (0xB0A2, 2));
        assert_eq!(m.cid(0x41, 1), Some(846));
        assert_eq!(m.cid(0xB0A2, 2), Some(941));
        assert!(m.has_cids());
        assert!(!m.has_unicode());
    }

    #[test]
    fn wmode_inherited_only_when_absent() {
        assert!(cmap("/UniGB-UCS2-V usecmap").is_vertical());
        assert!(!cmap("/WMode 0 def /UniGB-UCS2-V usecmap").is_vertical());
        assert!(!cmap("/UniGB-UCS2-H usecmap").is_vertical());
    }

    #[test]
    fn unicode_at_any_length() {
        let m = cmap("1 beginbfchar <0041> <0042> endbfchar");
        assert_eq!(m.unicode(0x41, 1), None);
        assert_eq!(m.unicode_any_len(0x41, 1), Some("B"));
        assert_eq!(m.unicode_any_len(0x141, 1), None);
    }

    #[test]
    fn many_huge_bfranges_are_bounded() {
        let mut s = String::from("beginbfrange\n");
        for _ in 0..200 {
            s.push_str("<0000> <FFFF> <0041>\n");
        }
        s.push_str("endbfrange");
        let m = cmap(&s);
        assert_eq!(m.unicode(1, 2), Some("B"));
    }

    #[test]
    fn merge_base_keeps_own() {
        let mut m = cmap("/Base usecmap 1 beginbfchar <01> <0042> endbfchar");
        assert_eq!(m.usecmap(), Some("Base"));
        let base = cmap(
            "1 begincodespacerange <00> <FF> endcodespacerange\n\
             2 beginbfchar <01> <0041> <02> <0043> endbfchar 1 begincidrange <00> <FF> 0 endcidrange",
        );
        m.merge_base(&base);
        assert_eq!(m.unicode(1, 1), Some("B"));
        assert_eq!(m.unicode(2, 1), Some("C"));
        assert_eq!(m.cid(7, 1), Some(7));
        assert_eq!(m.codespaces().len(), 1);
    }

    #[test]
    fn garbage_never_panics() {
        let inputs: [&[u8]; 12] = [
            b"",
            b"<",
            b"begincidrange",
            b"beginbfrange <00> <FFFFFFFF> <0000> endbfrange",
            b"beginbfrange <FFFFFFFF> <00> <0000> endbfrange",
            b"beginbfrange <00> <05> [<41> /x ] endbfrange",
            b"beginbfrange <00> <05> [ endbfrange",
            b"begincidrange <0000> <FFFF> 4294967295 <00> <0000> -1 endcidrange",
            b"begincodespacerange <0000000000> <FFFFFFFFFF> <00> endcodespacerange",
            b"(unterminated \\",
            b"beginbfchar <0001> <FFFF> <0002> endbfchar %comment",
            b"beginbfrange <0000> <0005> <FFFE> endbfrange",
        ];
        for input in inputs {
            let m = CMap::parse(input);
            for bytes in [&[][..], &[0], &[0xFF; 5]] {
                let (_, n) = m.next_code(bytes);
                assert!(n <= bytes.len());
                let _ = m.cid(0, 0);
                let _ = m.unicode(0, 5);
            }
        }
        // Pseudo-random bytes, mixed with CMap keywords.
        let mut x: u32 = 12345;
        let words: [&[u8]; 8] = [
            b"beginbfrange",
            b"endbfrange",
            b"<00>",
            b"<ffff>",
            b"[",
            b"]",
            b"begincidrange",
            b" 7 ",
        ];
        let mut data = Vec::new();
        for _ in 0..20_000 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let r = (x >> 16) as usize;
            if r.is_multiple_of(3) {
                data.extend_from_slice(words[r % words.len()]);
            } else {
                data.push((r >> 3) as u8);
            }
        }
        let m = CMap::parse(&data);
        let (_, n) = m.next_code(&data);
        assert!((1..=4).contains(&n));
    }

    #[test]
    fn huge_ranges_are_capped() {
        let m = cmap("beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert_eq!(m.unicode(0, 4), Some("A"));
        assert_eq!(m.unicode(0x100, 4), Some("\u{141}"));
        assert_eq!(m.unicode(0x2_0000, 4), None);
    }

    #[test]
    fn many_overlapping_ranges_are_fast() {
        let mut s = String::from("begincidrange\n");
        for i in 0..20_000u32 {
            s.push_str(&format!("<0000> <{:04X}> {i}\n", 0xFFFF - i));
        }
        s.push_str("endcidrange");
        let m = cmap(&s);
        assert_eq!(m.cid(0, 2), Some(19_999));
        assert_eq!(m.cid(0xFFFF, 2), Some(0xFFFF));
    }

    #[test]
    fn compact_round_trip() {
        let m = cmap(
            "/CMapName /X-V def /WMode 1 def\n\
             2 begincodespacerange <00> <80> <8140> <FEFE> endcodespacerange\n\
             3 begincidrange <20> <7E> 1 <8140> <8150> 9000 <8151> <8151> 3 endcidrange",
        );
        let back = CMap::from_compact(&m.to_compact()).unwrap();
        assert_eq!(back.name(), Some("X-V"));
        assert!(back.is_vertical());
        assert_eq!(back.codespaces(), m.codespaces());
        for len in 1..=4 {
            assert_eq!(back.cid_ranges(len), m.cid_ranges(len));
        }
        assert!(CMap::from_compact(&[3, b'a']).is_none());
    }
}
