//! Table structure on the ICDAR 2013 table competition set, scored the competition's way
//! (Göbel, Hassan, Oro, Orsi, "ICDAR 2013 Table Competition", ICDAR 2013; docs/icdar2013.md).
//!
//! A table becomes the multiset of its *adjacency relations*: for every non-empty cell, one
//! relation to its nearest non-empty neighbour to the right in the same row and one to its
//! nearest non-empty neighbour below in the same column, blank positions skipped. A spanning
//! cell sits on every row and column it covers, so it has a relation on each of them (the same
//! pair of cells counts once). A relation is (text A, text B, direction) with both texts
//! normalised ([`normalise`]): grid positions never enter, so a table whose rows are numbered
//! differently but read the same scores the same. Precision = correct / produced, recall =
//! correct / ground truth; the multiset intersection counts a repeated relation ("0" right of
//! "0") as often as both sides have it.
//!
//! Two modes, each tool the same way:
//! - `regions` (structure with given regions): the tool sees only the ground-truth region of
//!   each table, padded by [`PAD_X`] / [`PAD_Y`]; everything it returns there is compared with
//!   that table.
//! - `pages` (the whole pipeline): the tool sees whole pages; each GT table is matched to the
//!   produced table on its page with the largest box overlap (IoU > 0, one-to-one, greedy);
//!   relations of unmatched produced tables count as produced-and-wrong, of unmatched GT tables
//!   as missed.
//!
//! yusuan runs in-process ([`yusuan::table::page_tables`], one thread); camelot (lattice) and
//! pdfplumber run through `benches/reference/tables.py` in `benches/.venv` when it exists, and
//! their JSON goes through the same scorer. A document with alternative ground truths
//! (eu-009a/b, us-011a/b, us-031a/b, us-035a/b: one PDF, two readings) scores against the
//! reading that suits the tool best (higher F1, then more correct relations).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Instant;

use regex::Regex;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use yusuan::pdf::{Document, FilledRect, Orientation, PageContent, Rect, Ruling};

/// Points added left and right of a ground-truth region before a tool sees it. GT regions are
/// the union of the cells' text boxes; a ruled table's horizontal rules reach past its
/// right-aligned numbers (past the region by 8 pt at the median, 28 pt at the 90th percentile,
/// more than 60 pt in 2 of 151 regions), and a lattice tool needs the frame. 6, 20, 36 and 60
/// were tried: camelot's and pdfplumber's F1 rose with each step, yusuan's too from 36 to 60
/// (docs/icdar2013.md). Same value in tables.py.
pub const PAD_X: f64 = 60.0;
/// Points added above and below: border rules sit within 6 pt of the text in 9 regions of 10,
/// while captions and notes start soon after.
pub const PAD_Y: f64 = 6.0;

// ---------------------------------------------------------------------------------------
// Text and relations

/// The competition compares cell texts with all whitespace removed. On top of that, glyph-level
/// spelling differences that are no structure error are folded: ligatures are spelled out,
/// dashes and minus signs become '-', curly quotes straight ones, Latin letters lose their
/// accents (precomposed or combining). Case and all other characters are kept.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() || ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
                out.push('-')
            }
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => out.push('"'),
            '\u{2026}' => out.push_str("..."),
            '\u{c0}'..='\u{ff}' => out.push_str(latin1_base(c)),
            _ => out.push(c),
        }
    }
    out
}

/// The base letter(s) of a Latin-1 Supplement letter; other characters of the block as they are.
fn latin1_base(c: char) -> &'static str {
    const BASE: [&str; 64] = [
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I", // C0
        "D", "N", "O", "O", "O", "O", "O", "\u{d7}", "O", "U", "U", "U", "U", "Y", "TH",
        "ss", // D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // E0
        "d", "n", "o", "o", "o", "o", "o", "\u{f7}", "o", "u", "u", "u", "u", "y", "th",
        "y", // F0
    ];
    let i = (c as usize).wrapping_sub(0xc0);
    BASE.get(i).copied().unwrap_or("")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dir {
    Right,
    Down,
}

/// A cell as the scorer sees it: inclusive grid span and normalised text.
#[derive(Debug, Clone)]
pub struct GridCell {
    pub r0: i64,
    pub c0: i64,
    pub r1: i64,
    pub c1: i64,
    pub text: String,
}

pub type Relations = HashMap<(String, String, Dir), u32>;

/// Cells covering more grid positions than this are malformed output and left out.
const MAX_CELL_AREA: i64 = 100_000;

/// The adjacency relations of one table (see the module doc).
pub fn relations(cells: &[GridCell]) -> Relations {
    // Position -> the first non-empty cell covering it; positions of blank cells stay empty.
    let mut occupied: HashMap<(i64, i64), usize> = HashMap::new();
    for (i, c) in cells.iter().enumerate() {
        let area = (c.r1 - c.r0 + 1).saturating_mul(c.c1 - c.c0 + 1);
        if c.text.is_empty() || c.r1 < c.r0 || c.c1 < c.c0 || area > MAX_CELL_AREA {
            continue;
        }
        for r in c.r0..=c.r1 {
            for col in c.c0..=c.c1 {
                occupied.entry((r, col)).or_insert(i);
            }
        }
    }
    let mut rows: BTreeMap<i64, Vec<(i64, usize)>> = BTreeMap::new();
    let mut cols: BTreeMap<i64, Vec<(i64, usize)>> = BTreeMap::new();
    for (&(r, c), &i) in &occupied {
        rows.entry(r).or_default().push((c, i));
        cols.entry(c).or_default().push((r, i));
    }
    let mut pairs: HashSet<(usize, usize, Dir)> = HashSet::new();
    for (lines, dir) in [(rows, Dir::Right), (cols, Dir::Down)] {
        for (_, mut line) in lines {
            line.sort_unstable();
            for w in line.windows(2) {
                if let [(_, a), (_, b)] = w
                    && a != b
                {
                    pairs.insert((*a, *b, dir));
                }
            }
        }
    }
    let mut out = Relations::new();
    for (a, b, dir) in pairs {
        if let (Some(a), Some(b)) = (cells.get(a), cells.get(b)) {
            *out.entry((a.text.clone(), b.text.clone(), dir))
                .or_default() += 1;
        }
    }
    out
}

fn total(r: &Relations) -> u64 {
    r.values().map(|&n| u64::from(n)).sum()
}

fn common(a: &Relations, b: &Relations) -> u64 {
    a.iter()
        .map(|(k, &n)| u64::from(n.min(b.get(k).copied().unwrap_or(0))))
        .sum()
}

fn add_into(into: &mut Relations, r: Relations) {
    for (k, n) in r {
        *into.entry(k).or_default() += n;
    }
}

// ---------------------------------------------------------------------------------------
// Ground truth

#[derive(Debug, Clone)]
pub struct GtTable {
    pub id: String,
    /// Page of the table's first region, 1-based.
    pub page: u32,
    pub cells: Vec<GridCell>,
    /// (page, box in page space) from the -reg.xml. The -str.xml's cell boxes are not used:
    /// on eu-015 (/Rotate 90) they are shifted, the -reg.xml's boxes are not
    /// (docs/icdar2013.md).
    pub regions: Vec<(u32, [f64; 4])>,
}

impl GtTable {
    pub fn grid(&self) -> Vec<GridCell> {
        self.cells.clone()
    }
}

#[derive(Debug, Clone)]
pub struct Variant {
    /// e.g. "eu-009b".
    pub name: String,
    pub tables: Vec<GtTable>,
}

#[derive(Debug, Clone)]
pub struct GtDoc {
    /// e.g. "eu-009".
    pub name: String,
    pub pdf: PathBuf,
    pub variants: Vec<Variant>,
}

impl GtDoc {
    pub fn file_name(&self) -> String {
        self.pdf
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The GT regions a tool runs on in `regions` mode: every region of every reading, the
    /// same (page, box) once. Same list, same order as tables.py's `gt_regions`.
    pub fn regions(&self) -> Vec<(u32, String, [f64; 4])> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for v in &self.variants {
            for t in &v.tables {
                for &(page, b) in &t.regions {
                    let key = (page, b.map(|x| (x * 10.0).round() as i64));
                    if seen.insert(key) {
                        out.push((page, t.id.clone(), b));
                    }
                }
            }
        }
        out
    }
}

struct Tag<'a> {
    close: bool,
    name: &'a str,
    attrs: HashMap<&'a str, String>,
    start: usize,
    end: usize,
}

fn tags(xml: &str) -> Vec<Tag<'_>> {
    static TAG: OnceLock<Regex> = OnceLock::new();
    static ATTR: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| {
        Regex::new(r#"<(/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*/?>"#)
            .unwrap_or_else(|e| unreachable!("{e}"))
    });
    let attr = ATTR.get_or_init(|| {
        Regex::new(r#"([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
            .unwrap_or_else(|e| unreachable!("{e}"))
    });
    tag.captures_iter(xml)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let mut attrs = HashMap::new();
            if let Some(a) = c.get(3) {
                for m in attr.captures_iter(a.as_str()) {
                    let (Some(k), Some(v)) = (m.get(1), m.get(2).or_else(|| m.get(3))) else {
                        continue;
                    };
                    attrs.insert(k.as_str(), unescape(v.as_str()));
                }
            }
            Some(Tag {
                close: c.get(1).is_some_and(|m| !m.as_str().is_empty()),
                name: c.get(2)?.as_str(),
                attrs,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .collect()
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    static ENT: OnceLock<Regex> = OnceLock::new();
    let ent = ENT.get_or_init(|| {
        Regex::new(r"&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);").unwrap_or_else(|e| unreachable!("{e}"))
    });
    ent.replace_all(s, |c: &regex::Captures<'_>| {
        let e = c.get(1).map_or("", |m| m.as_str());
        let code = if let Some(h) = e.strip_prefix("#x") {
            u32::from_str_radix(h, 16).ok()
        } else if let Some(d) = e.strip_prefix('#') {
            d.parse().ok()
        } else {
            match e {
                "amp" => Some(38),
                "lt" => Some(60),
                "gt" => Some(62),
                "quot" => Some(34),
                "apos" => Some(39),
                _ => None,
            }
        };
        code.and_then(char::from_u32)
            .map_or_else(|| c[0].to_string(), |ch| ch.to_string())
    })
    .into_owned()
}

/// A GT number. One attribute of the set reads `x1='26ß'` (us-018-str.xml): digits, '.' and
/// '-' are kept.
fn num(s: Option<&String>) -> Option<f64> {
    let s: String = s?
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    s.parse().ok()
}

fn bbox_of(t: &Tag<'_>) -> Option<[f64; 4]> {
    let [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map(|k| num(t.attrs.get(k)));
    let (x1, y1, x2, y2) = (x1?, y1?, x2?, y2?);
    Some([x1.min(x2), y1.min(y2), x1.max(x2), y1.max(y2)])
}

fn union(a: [f64; 4], b: [f64; 4]) -> [f64; 4] {
    [
        a[0].min(b[0]),
        a[1].min(b[1]),
        a[2].max(b[2]),
        a[3].max(b[3]),
    ]
}

/// Tables of a -str.xml. A region's `row-increment` / `col-increment` are added to its cells'
/// indices (a table printed in several regions becomes one grid); `end-row` / `end-col`
/// default to the start.
pub fn parse_structure(xml: &str) -> Vec<GtTable> {
    let tags = tags(xml);
    let mut tables = Vec::new();
    let mut table: Option<GtTable> = None;
    let (mut dr, mut dc) = (0i64, 0i64);
    let mut cell: Option<GridCell> = None;
    for (i, t) in tags.iter().enumerate() {
        let int = |k: &str| t.attrs.get(k).and_then(|v| v.trim().parse::<i64>().ok());
        match (t.close, t.name) {
            (false, "table") => {
                table = Some(GtTable {
                    id: t.attrs.get("id").cloned().unwrap_or_default(),
                    page: 0,
                    cells: Vec::new(),
                    regions: Vec::new(),
                });
            }
            (false, "region") => {
                let page = int("page").and_then(|p| u32::try_from(p).ok()).unwrap_or(0);
                dr = int("row-increment").unwrap_or(0);
                dc = int("col-increment").unwrap_or(0);
                if let Some(tb) = table.as_mut()
                    && tb.page == 0
                {
                    tb.page = page;
                }
            }
            (false, "cell") => {
                let (Some(r0), Some(c0)) = (int("start-row"), int("start-col")) else {
                    continue;
                };
                let (r1, c1) = (int("end-row").unwrap_or(r0), int("end-col").unwrap_or(c0));
                cell = Some(GridCell {
                    r0: r0 + dr,
                    c0: c0 + dc,
                    r1: r1 + dr,
                    c1: c1 + dc,
                    text: String::new(),
                });
            }
            (false, "content") => {
                let end = tags.get(i + 1).map_or(xml.len(), |n| n.start);
                if let (Some(c), Some(text)) = (cell.as_mut(), xml.get(t.end..end)) {
                    c.text = normalise(&unescape(text));
                }
            }
            (true, "cell") => {
                if let (Some(c), Some(tb)) = (cell.take(), table.as_mut()) {
                    tb.cells.push(c);
                }
            }
            (true, "table") => {
                if let Some(tb) = table.take() {
                    tables.push(tb);
                }
            }
            _ => {}
        }
    }
    tables
}

/// (table id, page, box) of a -reg.xml.
pub fn parse_regions(xml: &str) -> Vec<(String, u32, [f64; 4])> {
    let mut out = Vec::new();
    let (mut id, mut page) = (String::new(), 0u32);
    for t in tags(xml) {
        match (t.close, t.name) {
            (false, "table") => id = t.attrs.get("id").cloned().unwrap_or_default(),
            (false, "region") => {
                page = t
                    .attrs
                    .get("page")
                    .and_then(|p| p.trim().parse().ok())
                    .unwrap_or(0)
            }
            (false, "bounding-box") => {
                if let Some(b) = bbox_of(&t) {
                    out.push((id.clone(), page, b));
                }
            }
            _ => {}
        }
    }
    out
}

/// Every document of `competition-dataset-*` below `dir` whose PDF is there: a `b` reading
/// without a PDF of its own shares its `a` sibling's.
pub fn load(dir: &Path) -> Vec<GtDoc> {
    let mut docs: BTreeMap<String, GtDoc> = BTreeMap::new();
    let Ok(sets) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut sets: Vec<PathBuf> = sets
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    sets.sort();
    for set in sets {
        let Ok(files) = std::fs::read_dir(&set) else {
            continue;
        };
        let mut files: Vec<PathBuf> = files.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files {
            let Some(name) = f.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let Some(variant) = name.strip_suffix("-str.xml") else {
                continue;
            };
            let doc = match variant.strip_suffix(['a', 'b']) {
                Some(d) if d.ends_with(|c: char| c.is_ascii_digit()) => d,
                _ => variant,
            };
            let pdf = [
                format!("{variant}.pdf"),
                format!("{doc}a.pdf"),
                format!("{doc}.pdf"),
            ]
            .into_iter()
            .map(|n| set.join(n))
            .find(|p| p.is_file());
            let Some(pdf) = pdf else { continue };
            let Ok(xml) = std::fs::read_to_string(&f) else {
                continue;
            };
            let mut tables = parse_structure(&xml);
            if let Ok(reg) = std::fs::read_to_string(set.join(format!("{variant}-reg.xml"))) {
                let regions = parse_regions(&reg);
                for t in &mut tables {
                    t.regions = regions
                        .iter()
                        .filter(|(id, _, _)| *id == t.id)
                        .map(|(_, p, b)| (*p, *b))
                        .collect();
                }
            }
            let entry = docs.entry(doc.to_string()).or_insert_with(|| GtDoc {
                name: doc.to_string(),
                pdf: pdf.clone(),
                variants: Vec::new(),
            });
            // The PDF named after the document itself (eu-009a.pdf for eu-009) wins.
            if variant.ends_with('a') || entry.variants.is_empty() {
                entry.pdf = pdf;
            }
            entry.variants.push(Variant {
                name: variant.to_string(),
                tables,
            });
        }
    }
    docs.into_values().collect()
}

// ---------------------------------------------------------------------------------------
// Coordinates

/// A page's size as displayed (after /Rotate).
///
/// Boxes the scorer compares are in *page space*: points, origin at the bottom-left of the
/// page as displayed, y up: what camelot and pdfplumber call PDF coordinates (both apply
/// /Rotate). yusuan works top-left ([`PageGeom::to_display`]). Every PDF of the set has its
/// MediaBox at 0,0 and its CropBox equal to it (checked), so no origin offset enters.
#[derive(Debug, Clone, Copy)]
pub struct PageGeom {
    /// Displayed width and height.
    pub w: f64,
    pub h: f64,
}

impl PageGeom {
    pub fn of(page: &PageContent) -> PageGeom {
        PageGeom {
            w: page.width,
            h: page.height,
        }
    }

    /// A page-space box in yusuan's space (origin top-left).
    pub fn to_display(self, b: [f64; 4]) -> Rect {
        Rect {
            x0: b[0],
            y0: self.h - b[3],
            x1: b[2],
            y1: self.h - b[1],
        }
    }

    /// The inverse of [`PageGeom::to_display`].
    pub fn to_page(self, r: &Rect) -> [f64; 4] {
        [r.x0, self.h - r.y1, r.x1, self.h - r.y0]
    }
}

/// The box a tool is given in `regions` mode (page space).
pub fn padded(b: [f64; 4], g: &PageGeom) -> [f64; 4] {
    [
        (b[0] - PAD_X).max(0.0),
        (b[1] - PAD_Y).max(0.0),
        (b[2] + PAD_X).min(g.w),
        (b[3] + PAD_Y).min(g.h),
    ]
}

fn iou(a: [f64; 4], b: [f64; 4]) -> f64 {
    let iw = (a[2].min(b[2]) - a[0].max(b[0])).max(0.0);
    let ih = (a[3].min(b[3]) - a[1].max(b[1])).max(0.0);
    let inter = iw * ih;
    let area = |r: [f64; 4]| (r[2] - r[0]).max(0.0) * (r[3] - r[1]).max(0.0);
    let uni = area(a) + area(b) - inter;
    if uni > 0.0 { inter / uni } else { 0.0 }
}

/// The page as a tool sees it in `regions` mode: glyphs whose centre lies in `r`, rulings and
/// fills clipped to it.
pub fn crop(page: &PageContent, r: &Rect) -> PageContent {
    let inside = |b: &Rect| {
        let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
        cx >= r.x0 && cx <= r.x1 && cy >= r.y0 && cy <= r.y1
    };
    let rulings: Vec<Ruling> = page
        .rulings
        .iter()
        .filter_map(|l| {
            let mut l = *l;
            match l.orientation {
                Orientation::Horizontal if l.y0 >= r.y0 && l.y0 <= r.y1 => {
                    (l.x0, l.x1) = (l.x0.max(r.x0), l.x1.min(r.x1));
                    (l.x1 > l.x0).then_some(l)
                }
                Orientation::Vertical if l.x0 >= r.x0 && l.x0 <= r.x1 => {
                    (l.y0, l.y1) = (l.y0.max(r.y0), l.y1.min(r.y1));
                    (l.y1 > l.y0).then_some(l)
                }
                _ => None,
            }
        })
        .collect();
    let fills: Vec<FilledRect> = page
        .fills
        .iter()
        .filter_map(|f| {
            let c = Rect {
                x0: f.rect.x0.max(r.x0),
                y0: f.rect.y0.max(r.y0),
                x1: f.rect.x1.min(r.x1),
                y1: f.rect.y1.min(r.y1),
            };
            (c.x1 > c.x0 && c.y1 > c.y0).then_some(FilledRect {
                rect: c,
                color: f.color,
            })
        })
        .collect();
    let glyphs: Vec<_> = page
        .glyphs
        .iter()
        .filter(|g| inside(&g.bbox))
        .cloned()
        .collect();
    let undecoded_glyphs: Vec<_> = page
        .undecoded_glyphs
        .iter()
        .filter(|g| inside(&g.bbox))
        .cloned()
        .collect();
    PageContent {
        number: page.number,
        width: page.width,
        height: page.height,
        rotate: page.rotate,
        undecoded: u32::try_from(undecoded_glyphs.len()).unwrap_or(u32::MAX),
        glyphs,
        rulings,
        fills,
        images: page.images,
        undecoded_glyphs,
        ..PageContent::default()
    }
}

// ---------------------------------------------------------------------------------------
// Tool output (the JSON of benches/reference/tables.py; yusuan's is built the same way)

fn one() -> usize {
    1
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct OutCell {
    pub row: usize,
    pub col: usize,
    #[serde(default = "one")]
    pub rowspan: usize,
    #[serde(default = "one")]
    pub colspan: usize,
    #[serde(default)]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct OutTable {
    /// Page space (origin bottom-left).
    #[serde(default)]
    pub bbox: Option<[f64; 4]>,
    pub cells: Vec<OutCell>,
}

impl OutTable {
    pub fn grid(&self) -> Vec<GridCell> {
        let i = |v: usize| i64::try_from(v).unwrap_or(i64::MAX / 4);
        self.cells
            .iter()
            .map(|c| GridCell {
                r0: i(c.row),
                c0: i(c.col),
                r1: i(c.row) + i(c.rowspan.max(1)) - 1,
                c1: i(c.col) + i(c.colspan.max(1)) - 1,
                text: normalise(c.text.as_deref().unwrap_or("")),
            })
            .collect()
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Record {
    pub file: String,
    pub page: u32,
    /// The padded region the tool was given (page space); None for a whole page.
    #[serde(default)]
    pub region: Option<[f64; 4]>,
    #[serde(default)]
    pub tables: Vec<OutTable>,
    #[serde(default)]
    pub error: Option<String>,
}

/// One tool's records in one mode, and what the run cost.
pub struct Run {
    pub tool: &'static str,
    pub mode: Mode,
    pub records: Vec<Record>,
    pub seconds: f64,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Regions,
    Pages,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Regions => "regions",
            Mode::Pages => "pages",
        }
    }
}

// ---------------------------------------------------------------------------------------
// Scoring

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub correct: u64,
    pub produced: u64,
    pub gt: u64,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.correct += o.correct;
        self.produced += o.produced;
        self.gt += o.gt;
    }
    pub fn precision(&self) -> f64 {
        super::share(self.correct, self.produced)
    }
    pub fn recall(&self) -> f64 {
        super::share(self.correct, self.gt)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

#[cfg(test)]
fn same_box(a: [f64; 4], b: [f64; 4]) -> bool {
    a.iter().zip(b.iter()).all(|(x, y)| (x - y).abs() <= 1.0)
}

/// Counts of one reading of one document in `regions` mode.
fn score_regions(v: &Variant, records: &[&Record]) -> Counts {
    let mut c = Counts::default();
    for t in &v.tables {
        let gt = relations(&t.grid());
        let mut produced = Relations::new();
        for &(page, b) in &t.regions {
            // The record whose region overlaps this GT region most: the region the tool was
            // given, whatever padding tables.py was run with.
            let rec = records
                .iter()
                .filter(|r| r.page == page)
                .filter_map(|r| Some((iou(r.region?, b), r)))
                .filter(|(o, _)| *o > 0.0)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, r)| r);
            for tb in rec.map(|r| r.tables.as_slice()).unwrap_or_default() {
                add_into(&mut produced, relations(&tb.grid()));
            }
        }
        c.add(Counts {
            correct: common(&gt, &produced),
            produced: total(&produced),
            gt: total(&gt),
        });
    }
    c
}

fn text_jaccard(a: &[GridCell], b: &[GridCell]) -> f64 {
    let set = |c: &[GridCell]| {
        c.iter()
            .filter(|c| !c.text.is_empty())
            .map(|c| c.text.clone())
            .collect::<HashSet<_>>()
    };
    let (a, b) = (set(a), set(b));
    let uni = a.union(&b).count();
    super::share(a.intersection(&b).count() as u64, uni as u64)
}

/// Counts of one reading of one document in `pages` mode.
fn score_pages(v: &Variant, records: &[&Record]) -> Counts {
    let mut pages: BTreeMap<u32, (Vec<&GtTable>, Vec<&OutTable>)> = BTreeMap::new();
    for t in &v.tables {
        pages.entry(t.page).or_default().0.push(t);
    }
    for r in records.iter().filter(|r| r.region.is_none()) {
        pages.entry(r.page).or_default().1.extend(r.tables.iter());
    }
    let mut c = Counts::default();
    for (page, (gts, outs)) in pages {
        let gt_grids: Vec<Vec<GridCell>> = gts.iter().map(|t| t.grid()).collect();
        let out_grids: Vec<Vec<GridCell>> = outs.iter().map(|t| t.grid()).collect();
        let gt_boxes: Vec<Option<[f64; 4]>> = gts
            .iter()
            .map(|t| {
                t.regions
                    .iter()
                    .filter(|(p, _)| *p == page)
                    .map(|(_, b)| *b)
                    .reduce(union)
            })
            .collect();
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (i, gb) in gt_boxes.iter().enumerate() {
            for (j, o) in outs.iter().enumerate() {
                let s = match (gb, o.bbox) {
                    (Some(a), Some(b)) => iou(*a, b),
                    _ => text_jaccard(&gt_grids[i], &out_grids[j]),
                };
                if s > 0.0 {
                    pairs.push((s, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut gt_match: Vec<Option<usize>> = vec![None; gts.len()];
        let mut out_used = vec![false; outs.len()];
        for (_, i, j) in pairs {
            if gt_match[i].is_none() && !out_used[j] {
                gt_match[i] = Some(j);
                out_used[j] = true;
            }
        }
        let out_rel: Vec<Relations> = out_grids.iter().map(|g| relations(g)).collect();
        for (i, g) in gt_grids.iter().enumerate() {
            let gt = relations(g);
            let correct = gt_match[i]
                .and_then(|j| out_rel.get(j))
                .map_or(0, |o| common(&gt, o));
            c.add(Counts {
                correct,
                produced: 0,
                gt: total(&gt),
            });
        }
        for r in &out_rel {
            c.produced += total(r);
        }
    }
    c
}

#[derive(Debug, Clone)]
pub struct DocScore {
    pub doc: String,
    pub variant: String,
    pub counts: Counts,
}

#[derive(Debug, Clone)]
pub struct Score {
    pub micro: Counts,
    /// Means over documents of per-document precision, recall and F1.
    pub avg: (f64, f64, f64),
    pub docs: Vec<DocScore>,
}

/// Scores one tool's records (one mode) against every document, each on its best reading.
pub fn score(docs: &[GtDoc], records: &[Record], mode: Mode) -> Score {
    let mut by_file: HashMap<&str, Vec<&Record>> = HashMap::new();
    for r in records {
        by_file.entry(r.file.as_str()).or_default().push(r);
    }
    let mut out = Vec::new();
    for d in docs {
        let file = d.file_name();
        let recs = by_file.get(file.as_str()).cloned().unwrap_or_default();
        let best = d
            .variants
            .iter()
            .map(|v| {
                let c = match mode {
                    Mode::Regions => score_regions(v, &recs),
                    Mode::Pages => score_pages(v, &recs),
                };
                (v.name.clone(), c)
            })
            .max_by(|a, b| {
                a.1.f1()
                    .total_cmp(&b.1.f1())
                    .then(a.1.correct.cmp(&b.1.correct))
            });
        if let Some((variant, counts)) = best {
            out.push(DocScore {
                doc: d.name.clone(),
                variant,
                counts,
            });
        }
    }
    let mut micro = Counts::default();
    let (mut p, mut r, mut f) = (0.0, 0.0, 0.0);
    for d in &out {
        micro.add(d.counts);
        p += d.counts.precision();
        r += d.counts.recall();
        f += d.counts.f1();
    }
    let n = out.len().max(1) as f64;
    Score {
        micro,
        avg: (p / n, r / n, f / n),
        docs: out,
    }
}

// ---------------------------------------------------------------------------------------
// Running the tools

fn yusuan_tables(page: &PageContent, g: &PageGeom) -> Result<Vec<OutTable>, String> {
    let tables =
        catch_unwind(AssertUnwindSafe(|| yusuan::table::page_tables(page))).map_err(|e| {
            e.downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "panic".into())
        })?;
    Ok(tables
        .iter()
        .map(|t| OutTable {
            bbox: Some(g.to_page(&t.bbox)),
            cells: t
                .cells
                .iter()
                .map(|c| OutCell {
                    row: c.row,
                    col: c.col,
                    rowspan: c.rowspan,
                    colspan: c.colspan,
                    text: Some(c.text.clone()),
                })
                .collect(),
        })
        .collect())
}

/// yusuan on every document in one mode, one thread (like the Python tools), timed end to end:
/// opening, page interpretation, table building.
fn run_yusuan(docs: &[GtDoc], mode: Mode) -> Run {
    let t0 = Instant::now();
    let mut records = Vec::new();
    for d in docs {
        let file = d.file_name();
        let doc = match Document::open(&d.pdf) {
            Ok(doc) => doc,
            Err(e) => {
                records.push(Record {
                    file,
                    page: 0,
                    region: None,
                    tables: Vec::new(),
                    error: Some(e.to_string()),
                });
                continue;
            }
        };
        let mut cache: HashMap<u32, Result<PageContent, String>> = HashMap::new();
        let jobs: Vec<(u32, Option<[f64; 4]>)> = match mode {
            Mode::Pages => (1..=doc.page_count()).map(|n| (n, None)).collect(),
            Mode::Regions => d
                .regions()
                .into_iter()
                .map(|(p, _, b)| (p, Some(b)))
                .collect(),
        };
        for (n, gt_box) in jobs {
            let page = cache
                .entry(n)
                .or_insert_with(|| doc.page(n).map_err(|e| e.to_string()));
            let mut rec = Record {
                file: file.clone(),
                page: n,
                region: None,
                tables: Vec::new(),
                error: None,
            };
            match page {
                Ok(page) => {
                    let g = PageGeom::of(page);
                    let result = match gt_box {
                        None => yusuan_tables(page, &g),
                        Some(b) => {
                            let region = padded(b, &g);
                            rec.region = Some(region);
                            yusuan_tables(&crop(page, &g.to_display(region)), &g)
                        }
                    };
                    match result {
                        Ok(t) => rec.tables = t,
                        Err(e) => rec.error = Some(e),
                    }
                }
                Err(e) => rec.error = Some(e.clone()),
            }
            records.push(rec);
        }
    }
    Run {
        tool: "yusuan",
        mode,
        records,
        seconds: t0.elapsed().as_secs_f64(),
        note: None,
    }
}

/// Reads back a previous run's output (`ICDAR_REUSE=1`): the reference tools take minutes and
/// do not change while yusuan does.
fn reuse(out: &Path, tool: &'static str, mode: Mode) -> Option<Run> {
    if std::env::var_os("ICDAR_REUSE").is_none_or(|v| v != "1") {
        return None;
    }
    let records = serde_json::from_str::<Vec<Record>>(&std::fs::read_to_string(out).ok()?).ok()?;
    let seconds = std::fs::read_to_string(out.with_extension("seconds"))
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Run {
        tool,
        mode,
        records,
        seconds,
        note: Some(format!("reused {}", out.display())),
    })
}

fn run_python(root: &Path, python: &Path, tool: &'static str, mode: Mode, docs: &[GtDoc]) -> Run {
    let out = root
        .join("target")
        .join(format!("icdar-{tool}-{}.json", mode.name()));
    if let Some(run) = reuse(&out, tool, mode) {
        return run;
    }
    let t0 = Instant::now();
    let status = Command::new(python)
        .arg(root.join("benches/reference/tables.py"))
        .args(["--tool", tool, "--mode", mode.name(), "--out"])
        .arg(&out)
        .args(docs.iter().map(|d| &d.pdf))
        .status();
    let seconds = t0.elapsed().as_secs_f64();
    let parsed = match status {
        Ok(s) if s.success() => std::fs::read_to_string(&out)
            .map_err(|e| format!("failed: {e}"))
            .and_then(|s| {
                serde_json::from_str::<Vec<Record>>(&s).map_err(|e| format!("failed: {e}"))
            }),
        Ok(s) => Err(format!("failed: tables.py exited with {s}")),
        Err(e) => Err(format!("failed: {e}")),
    };
    match parsed {
        Ok(records) => {
            let _ = std::fs::write(out.with_extension("seconds"), format!("{seconds}\n"));
            Run {
                tool,
                mode,
                records,
                seconds,
                note: None,
            }
        }
        Err(e) => Run {
            tool,
            mode,
            records: Vec::new(),
            seconds,
            note: Some(e),
        },
    }
}

// ---------------------------------------------------------------------------------------
// The section

pub fn run(shared: &Path) -> (String, Value) {
    let mut md = String::from("## Tables: ICDAR 2013 structure (adjacency relations)\n\n");
    let dir = shared.join("icdar2013");
    let docs = load(&dir);
    if docs.is_empty() {
        let _ = writeln!(
            md,
            "{} has no ground truth with PDFs: skipped.",
            dir.display()
        );
        return (md, json!({"skipped": "no ground truth"}));
    }
    let root = &yusuan_dev::root();
    let python = root.join("benches/.venv/bin/python");

    let mut runs = vec![
        run_yusuan(&docs, Mode::Regions),
        run_yusuan(&docs, Mode::Pages),
    ];
    // yusuan's tables as the reference tools' are kept (target/icdar-TOOL-MODE.json), to
    // read what was scored.
    for run in &runs {
        let out = root
            .join("target")
            .join(format!("icdar-yusuan-{}.json", run.mode.name()));
        if let Ok(json) = serde_json::to_string(&run.records) {
            let _ = std::fs::write(out, json);
        }
    }
    let reference = python.is_file();
    if reference {
        for tool in ["camelot", "pdfplumber"] {
            for mode in [Mode::Regions, Mode::Pages] {
                eprintln!("scorecard: icdar: {tool} {} ...", mode.name());
                runs.push(run_python(root, &python, tool, mode, &docs));
            }
        }
    }

    let n_tables: usize = docs
        .iter()
        .filter_map(|d| d.variants.first())
        .map(|v| v.tables.len())
        .sum();
    let n_variants: usize = docs.iter().map(|d| d.variants.len()).sum();
    let gt_rel: u64 = docs
        .iter()
        .filter_map(|d| d.variants.first())
        .flat_map(|v| v.tables.iter())
        .map(|t| total(&relations(&t.grid())))
        .sum();
    let _ = writeln!(
        md,
        "{} documents ({} ground-truth readings), {} tables, {} relations (first readings). \
         `regions`: each GT table region alone, padded {PAD_X} pt left/right and {PAD_Y} pt above/below; \
         `pages`: whole pages, GT tables matched to produced tables by box IoU. \
         P/R/F1 summed over all documents, then the mean of the per-document figures. \
         Times are wall clock, one thread, PDF parsing included (Python start-up too). \
         How it is computed: docs/icdar2013.md.\n",
        docs.len(),
        n_variants,
        n_tables,
        gt_rel
    );
    if !reference {
        let _ = writeln!(
            md,
            "Reference tools not run: {} is absent (`bash benches/reference/setup.sh` makes it).\n",
            python.display()
        );
    }
    md.push_str("| tool | mode | P | R | F1 | P doc avg | R doc avg | F1 doc avg | correct / produced / GT | time (s) | errors |\n");
    md.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    let mut results = Vec::new();
    for run in &runs {
        let s = score(&docs, &run.records, run.mode);
        let errors = run.records.iter().filter(|r| r.error.is_some()).count();
        let _ = writeln!(
            md,
            "| {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {} / {} / {} | {:.1} | {}{} |",
            run.tool,
            run.mode.name(),
            s.micro.precision(),
            s.micro.recall(),
            s.micro.f1(),
            s.avg.0,
            s.avg.1,
            s.avg.2,
            s.micro.correct,
            s.micro.produced,
            s.micro.gt,
            run.seconds,
            errors,
            run.note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        );
        let per_doc: serde_json::Map<String, Value> = s
            .docs
            .iter()
            .map(|d| {
                (
                    d.doc.clone(),
                    json!({
                        "variant": d.variant,
                        "p": d.counts.precision(), "r": d.counts.recall(), "f1": d.counts.f1(),
                        "correct": d.counts.correct, "produced": d.counts.produced, "gt": d.counts.gt,
                    }),
                )
            })
            .collect();
        results.push(json!({
            "tool": run.tool,
            "mode": run.mode.name(),
            "micro": {"p": s.micro.precision(), "r": s.micro.recall(), "f1": s.micro.f1(),
                      "correct": s.micro.correct, "produced": s.micro.produced, "gt": s.micro.gt},
            "doc_avg": {"p": s.avg.0, "r": s.avg.1, "f1": s.avg.2},
            "seconds": run.seconds,
            "records": run.records.len(),
            "tables": run.records.iter().map(|r| r.tables.len()).sum::<usize>(),
            "errors": errors,
            "note": run.note,
            "per_document": per_doc,
        }));
    }
    let value = json!({
        "documents": docs.len(),
        "readings": n_variants,
        "tables": n_tables,
        "gt_relations": gt_rel,
        "pad": {"x": PAD_X, "y": PAD_Y},
        "reference_tools": reference,
        "results": results,
    });
    (md, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(r0: i64, c0: i64, r1: i64, c1: i64, t: &str) -> GridCell {
        GridCell {
            r0,
            c0,
            r1,
            c1,
            text: normalise(t),
        }
    }

    fn rel(a: &str, b: &str, d: Dir) -> (String, String, Dir) {
        (a.to_string(), b.to_string(), d)
    }

    #[test]
    fn relations_skip_blanks_and_follow_spans() {
        // | H (2 cols)  |  .  |
        // | a  |   .    |  c  |
        // | d  |   e    |  f  |
        let cells = vec![
            cell(0, 0, 0, 1, "H"),
            cell(1, 0, 1, 0, "a"),
            cell(1, 1, 1, 1, " "),
            cell(1, 2, 1, 2, "c"),
            cell(2, 0, 2, 0, "d"),
            cell(2, 1, 2, 1, "e"),
            cell(2, 2, 2, 2, "f"),
        ];
        let r = relations(&cells);
        let want: Relations = [
            rel("a", "c", Dir::Right),
            rel("d", "e", Dir::Right),
            rel("e", "f", Dir::Right),
            rel("H", "a", Dir::Down),
            rel("H", "e", Dir::Down),
            rel("a", "d", Dir::Down),
            rel("c", "f", Dir::Down),
        ]
        .into_iter()
        .map(|k| (k, 1))
        .collect();
        assert_eq!(r, want);
    }

    #[test]
    fn repeated_relations_count_as_often_as_both_sides_have_them() {
        let a = relations(&[
            cell(0, 0, 0, 0, "0"),
            cell(0, 1, 0, 1, "0"),
            cell(1, 0, 1, 0, "0"),
            cell(1, 1, 1, 1, "0"),
        ]);
        let b = relations(&[cell(0, 0, 0, 0, "0"), cell(0, 1, 0, 1, "0")]);
        assert_eq!(total(&a), 4);
        assert_eq!(common(&a, &b), 1);
    }

    #[test]
    fn normalisation() {
        assert_eq!(
            normalise(" Employ\u{a0}ment –\n ﬁnal ‘x’ café "),
            "Employment-final'x'cafe"
        );
        assert_eq!(normalise("cafe\u{301}"), "cafe");
    }

    #[test]
    fn coordinates() {
        let g = PageGeom { w: 595.0, h: 842.0 };
        let d = g.to_display([100.0, 700.0, 200.0, 742.0]);
        assert!((d.y0 - 100.0).abs() < 1e-9 && (d.y1 - 142.0).abs() < 1e-9);
        assert!(same_box(g.to_page(&d), [100.0, 700.0, 200.0, 742.0]));
    }

    #[test]
    fn xml_parsing() {
        let xml = r#"<document><table id="1"><region page="2" row-increment="-1" col-increment='0'>
            <cell id="1" start-row="1" start-col="0" end-col="1"><bounding-box x1='26ß' y1="10" x2="40" y2="20"/>
            <content>a &amp; b</content></cell>
            <cell start-row="2" start-col="0"><bounding-box x1="1" y1="1" x2="2" y2="2"/><content>c</content></cell>
            </region></table></document>"#;
        let t = parse_structure(xml);
        assert_eq!(t.len(), 1);
        let t = &t[0];
        assert_eq!((t.id.as_str(), t.page, t.cells.len()), ("1", 2, 2));
        let c = &t.cells[0];
        assert_eq!(
            (c.r0, c.c0, c.r1, c.c1, c.text.as_str()),
            (0, 0, 0, 1, "a&b")
        );
        let reg = r#"<document><table id='1'><region id='1' page='2'><instruction instr-id='1'/>
            <bounding-box x1='26ß' y1='10' x2='40' y2='20'/></region></table></document>"#;
        assert_eq!(
            parse_regions(reg),
            vec![("1".to_string(), 2, [26.0, 10.0, 40.0, 20.0])]
        );
    }

    /// The scorer on the ground truth itself: every reading of every document, as a tool's
    /// output in both modes, scores 1 (skipped without ../shared).
    #[test]
    fn ground_truth_scores_one_against_itself() {
        let Some(shared) = yusuan_dev::shared::shared("ICDAR 2013 scorer on its ground truth")
        else {
            return;
        };
        let docs = load(&yusuan_dev::shared::need(&shared, "icdar2013"));
        assert!(docs.len() >= 60, "{} documents", docs.len());
        // A page larger than any of the set, so that padding is never clamped.
        let g = PageGeom {
            w: 2000.0,
            h: 2000.0,
        };
        for d in &docs {
            for v in &d.variants {
                let as_out = |t: &GtTable| OutTable {
                    bbox: t.regions.first().map(|r| r.1),
                    cells: t
                        .cells
                        .iter()
                        .map(|c| OutCell {
                            row: usize::try_from(c.r0 + 10).unwrap_or(0),
                            col: usize::try_from(c.c0 + 10).unwrap_or(0),
                            rowspan: usize::try_from(c.r1 - c.r0 + 1).unwrap_or(1),
                            colspan: usize::try_from(c.c1 - c.c0 + 1).unwrap_or(1),
                            text: Some(c.text.clone()),
                        })
                        .collect(),
                };
                let mut regions = Vec::new();
                let mut pages: BTreeMap<u32, Vec<OutTable>> = BTreeMap::new();
                for t in &v.tables {
                    // A table in several regions: all of it in the first, nothing in the others.
                    for (k, &(p, b)) in t.regions.iter().enumerate() {
                        regions.push(Record {
                            file: d.file_name(),
                            page: p,
                            region: Some(padded(b, &g)),
                            tables: if k == 0 { vec![as_out(t)] } else { Vec::new() },
                            error: None,
                        });
                    }
                    pages.entry(t.page).or_default().push(as_out(t));
                }
                let pages: Vec<Record> = pages
                    .into_iter()
                    .map(|(page, tables)| Record {
                        file: d.file_name(),
                        page,
                        region: None,
                        tables,
                        error: None,
                    })
                    .collect();
                let one = GtDoc {
                    name: d.name.clone(),
                    pdf: d.pdf.clone(),
                    variants: vec![v.clone()],
                };
                for (mode, recs) in [(Mode::Regions, &regions), (Mode::Pages, &pages)] {
                    let s = score(std::slice::from_ref(&one), recs, mode);
                    let c = s.micro;
                    assert!(c.gt > 0, "{}: no relations", v.name);
                    assert_eq!((c.correct, c.produced), (c.gt, c.gt), "{} {mode:?}", v.name);
                    assert!((s.avg.2 - 1.0).abs() < 1e-12);
                }
            }
        }
    }
}
