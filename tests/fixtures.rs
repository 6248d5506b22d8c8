//! The pdf layer against the synthetic corpus (corpus/*.pdf, written by `make-corpus`) and
//! its golden files (golden/*.json; format in golden/VERIFICATION.md).
//!
//! One test per corpus file checks, page by page: size and /Rotate, the visible text lines
//! (glyphs grouped by the overlap of their boxes, whitespace removed), undecoded and
//! invisible character counts, image-only pages, ruling counts (at least the drawn
//! segments), shading fills (at least those drawn), and that no glyph carries U+FFFD,
//! private-use or control characters.
//! `crates/yusuan-dev/tests/make_corpus.rs` regenerates the corpus and compares bytes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use yusuan::pdf::page::{Glyph, Orientation};
use yusuan::pdf::{Document, PageContent};

#[derive(Debug, Deserialize)]
struct Golden {
    file: String,
    paths: Vec<String>,
    vertical_fonts: Vec<String>,
    fullwidth_ascii_equivalent: bool,
    pages: Vec<PageGolden>,
}

#[derive(Debug, Deserialize)]
struct PageGolden {
    number: u32,
    width: f64,
    height: f64,
    rotate: u16,
    image_only: bool,
    undecoded: u32,
    invisible_chars: usize,
    lines: Vec<String>,
    vertical_lines: usize,
    invisible_lines: Vec<String>,
    rulings: Rulings,
    fills: usize,
}

#[derive(Debug, Deserialize)]
struct Rulings {
    horizontal: usize,
    vertical: usize,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn golden(name: &str) -> Golden {
    let path = root().join("golden").join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whitespace removed, ligatures spelt out; with `fullwidth`, U+FF01-FF5E folded to ASCII.
fn norm(s: &str, fullwidth: bool) -> String {
    let mut out = String::new();
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            c if fullwidth && ('\u{FF01}'..='\u{FF5E}').contains(&c) => {
                out.push(char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap())
            }
            c => out.push(c),
        }
    }
    out
}

/// A glyph's extent across the reading direction (y for horizontal text, x for vertical),
/// never empty.
fn across(g: &Glyph, vertical: bool) -> (f64, f64) {
    let (a, b) = if vertical {
        (g.bbox.x0, g.bbox.x1)
    } else {
        (g.bbox.y0, g.bbox.y1)
    };
    let (a, b) = (a.min(b), a.max(b));
    if b - a >= 0.1 * g.size.max(0.1) {
        (a, b)
    } else {
        (a - 0.4 * g.size, b + 0.4 * g.size)
    }
}

/// Groups glyphs into lines: a glyph joins the first line whose first glyph's extent across
/// the reading direction overlaps its own by at least half the smaller extent. Lines are
/// ordered top to bottom (columns left to right), glyphs along them left to right (top to
/// bottom).
fn group(glyphs: &[&Glyph], vertical: bool, fullwidth: bool) -> Vec<String> {
    let mut sorted: Vec<&Glyph> = glyphs.to_vec();
    let mid = |g: &Glyph| {
        let (a, b) = across(g, vertical);
        (a + b) / 2.0
    };
    sorted.sort_by(|a, b| mid(a).total_cmp(&mid(b)));
    let mut lines: Vec<((f64, f64), Vec<&Glyph>)> = Vec::new();
    for g in sorted {
        let (a, b) = across(g, vertical);
        let found = lines.iter_mut().find(|((la, lb), _)| {
            let overlap = b.min(*lb) - a.max(*la);
            overlap >= 0.5 * (b - a).min(lb - la)
        });
        match found {
            Some((_, members)) => members.push(g),
            None => lines.push(((a, b), vec![g])),
        }
    }
    lines.sort_by(|x, y| (x.0.0 + x.0.1).total_cmp(&(y.0.0 + y.0.1)));
    lines
        .into_iter()
        .map(|(_, mut members)| {
            if vertical {
                members.sort_by(|a, b| a.bbox.y0.total_cmp(&b.bbox.y0));
            } else {
                members.sort_by(|a, b| a.bbox.x0.total_cmp(&b.bbox.x0));
            }
            members
                .iter()
                .map(|g| norm(&g.text, fullwidth))
                .collect::<String>()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn is_vertical(g: &Glyph, vertical_fonts: &[String]) -> bool {
    matches!(g.angle.rem_euclid(360), 90 | 270) || vertical_fonts.iter().any(|f| **f == *g.font)
}

/// A line diff (longest common subsequence): `-` expected only, `+` actual only.
fn diff(expected: &[String], actual: &[String]) -> String {
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::new();
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            out.push_str(&format!("      {}\n", expected[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("    + {}\n", actual[j]));
            j += 1;
        } else {
            out.push_str(&format!("    - {}\n", expected[i]));
            i += 1;
        }
    }
    out
}

fn bad_char(c: char) -> bool {
    c == '\u{FFFD}'
        || ('\u{E000}'..='\u{F8FF}').contains(&c)
        || (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

fn check_page(
    name: &str,
    g: &Golden,
    pg: &PageGolden,
    page: &PageContent,
    problems: &mut Vec<String>,
) {
    let at = format!("{name} page {}", pg.number);
    let fw = g.fullwidth_ascii_equivalent;
    if (page.width - pg.width).abs() > 0.01 || (page.height - pg.height).abs() > 0.01 {
        problems.push(format!(
            "{at}: size {}x{}, expected {}x{} (displayed size, after /Rotate)",
            page.width, page.height, pg.width, pg.height
        ));
    }
    if page.rotate != pg.rotate {
        problems.push(format!(
            "{at}: rotate {}, expected {}",
            page.rotate, pg.rotate
        ));
    }
    let visible: Vec<&Glyph> = page.glyphs.iter().filter(|x| !x.invisible).collect();
    let horizontal: Vec<&Glyph> = visible
        .iter()
        .copied()
        .filter(|x| !is_vertical(x, &g.vertical_fonts))
        .collect();
    let vertical: Vec<&Glyph> = visible
        .iter()
        .copied()
        .filter(|x| is_vertical(x, &g.vertical_fonts))
        .collect();
    let mut lines = group(&horizontal, false, fw);
    lines.extend(group(&vertical, true, fw));
    let expected: Vec<String> = pg.lines.iter().map(|l| norm(l, fw)).collect();
    if lines != expected {
        problems.push(format!(
            "{at}: text lines differ ({} expected, the last {} vertical; {} found):\n{}",
            expected.len(),
            pg.vertical_lines,
            lines.len(),
            diff(&expected, &lines)
        ));
    }
    let invisible: Vec<&Glyph> = page.glyphs.iter().filter(|x| x.invisible).collect();
    let invisible_chars: usize = invisible
        .iter()
        .map(|x| norm(&x.text, fw).chars().count())
        .sum();
    if invisible_chars != pg.invisible_chars {
        problems.push(format!(
            "{at}: {invisible_chars} invisible characters, expected {}",
            pg.invisible_chars
        ));
    } else {
        let inv_lines = group(&invisible, false, fw);
        let inv_expected: Vec<String> = pg.invisible_lines.iter().map(|l| norm(l, fw)).collect();
        if inv_lines != inv_expected {
            problems.push(format!(
                "{at}: invisible text lines differ:\n{}",
                diff(&inv_expected, &inv_lines)
            ));
        }
    }
    if page.undecoded != pg.undecoded {
        problems.push(format!(
            "{at}: {} undecoded codes, expected {}",
            page.undecoded, pg.undecoded
        ));
    }
    if page.is_image_only() != pg.image_only {
        problems.push(format!(
            "{at}: is_image_only() {} (images {}, glyphs {}), expected {}",
            page.is_image_only(),
            page.images,
            page.glyphs.len(),
            pg.image_only
        ));
    }
    let h = page
        .rulings
        .iter()
        .filter(|r| r.orientation == Orientation::Horizontal)
        .count();
    let v = page.rulings.len() - h;
    if h < pg.rulings.horizontal || v < pg.rulings.vertical {
        problems.push(format!(
            "{at}: {h} horizontal and {v} vertical rulings, expected at least {} and {}",
            pg.rulings.horizontal, pg.rulings.vertical
        ));
    }
    if page.fills.len() < pg.fills {
        problems.push(format!(
            "{at}: {} filled rectangles (cell shading), expected at least {}",
            page.fills.len(),
            pg.fills
        ));
    }
    let mut bad = BTreeSet::new();
    for x in &page.glyphs {
        for c in x.text.chars().filter(|&c| bad_char(c)) {
            bad.insert(format!("U+{:04X} in {:?} ({})", c as u32, x.text, x.font));
        }
    }
    if !bad.is_empty() {
        problems.push(format!(
            "{at}: glyph text with replacement, private-use or control characters: {:?}",
            bad
        ));
    }
}

fn check(name: &str) {
    let g = golden(name);
    assert_eq!(g.file, format!("corpus/{name}.pdf"));
    assert!(!g.paths.is_empty());
    let path = root().join(&g.file);
    let doc = Document::open(&path).unwrap_or_else(|e| panic!("{name}: open: {e}"));
    let mut problems = Vec::new();
    if doc.page_count() as usize != g.pages.len() {
        problems.push(format!(
            "{name}: {} pages, expected {}",
            doc.page_count(),
            g.pages.len()
        ));
    }
    for pg in &g.pages {
        match doc.page(pg.number) {
            Ok(page) => check_page(name, &g, pg, &page, &mut problems),
            Err(e) => problems.push(format!("{name} page {}: {e}", pg.number)),
        }
    }
    assert!(
        problems.is_empty(),
        "{name} ({}):\n{}",
        g.paths.join(", "),
        problems.join("\n")
    );
}

macro_rules! fixtures {
    ($($test:ident => $name:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check($name);
            }
        )*
        const NAMES: &[&str] = &[$($name),*];
    };
}

fixtures! {
    simple_winansi => "simple-winansi",
    simple_standard => "simple-standard",
    simple_macroman => "simple-macroman",
    simple_differences => "simple-differences",
    truetype_tounicode_1byte => "truetype-tounicode-1byte",
    type0_identity_h_tounicode => "type0-identity-h-tounicode",
    type0_identity_v => "type0-identity-v",
    type0_cmap_mixed_1_2byte => "type0-cmap-mixed-1-2byte",
    type0_cmap_4byte => "type0-cmap-4byte",
    cmap_unigb_ucs2 => "cmap-unigb-ucs2",
    cmap_unigb_utf16 => "cmap-unigb-utf16",
    cmap_gbk_euc => "cmap-gbk-euc",
    cmap_gb_euc => "cmap-gb-euc",
    cmap_gbk2k => "cmap-gbk2k",
    cid_gb1_no_tounicode => "cid-gb1-no-tounicode",
    truetype_embedded_cidtogidmap_stream => "truetype-embedded-cidtogidmap-stream",
    truetype_embedded_cidtogidmap_identity => "truetype-embedded-cidtogidmap-identity",
    fontname_gbk_bytes => "fontname-gbk-bytes",
    undecodable_identity => "undecodable-identity",
    landscape_rotate90_a3 => "landscape-rotate90-a3",
    forms_nested => "forms-nested",
    scan_ocr_and_image_only => "scan-ocr-and-image-only",
    multipage_yuan_no_repeated_header => "multipage-yuan-no-repeated-header",
}

fn names_in(dir: &Path, ext: &str) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// Every corpus file has a golden file and a test above, and nothing else is there.
#[test]
fn every_corpus_file_has_a_golden_and_a_test() {
    let pdfs = names_in(&root().join("corpus"), "pdf");
    let goldens = names_in(&root().join("golden"), "json");
    let tests: BTreeSet<String> = NAMES.iter().map(|s| s.to_string()).collect();
    assert_eq!(pdfs, goldens, "corpus/*.pdf and golden/*.json differ");
    assert_eq!(
        pdfs, tests,
        "the fixtures! list in tests/fixtures.rs is not the corpus"
    );
}

/// The TrueType programs the generator embeds parse, and map every character the page shows
/// to a glyph id that is not the character's code.
#[test]
fn embedded_truetype_fonts_parse() {
    for name in [
        "truetype-embedded-cidtogidmap-stream",
        "truetype-embedded-cidtogidmap-identity",
    ] {
        let g = golden(name);
        let doc = lopdf::Document::load(root().join(&g.file)).unwrap();
        let mut fonts = 0;
        for (_, obj) in doc.objects.iter() {
            let Ok(stream) = obj.as_stream() else {
                continue;
            };
            if stream.dict.get(b"Length1").is_err() {
                continue;
            }
            fonts += 1;
            let program = stream.decompressed_content().unwrap();
            let face =
                ttf_parser::Face::parse(&program, 0).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(face.number_of_glyphs() > 1);
            assert_eq!(face.units_per_em(), 1000);
            let raw = face.raw_face();
            for tag in [
                b"head", b"hhea", b"maxp", b"cmap", b"hmtx", b"loca", b"glyf", b"post", b"name",
                b"OS/2",
            ] {
                assert!(
                    raw.table(ttf_parser::Tag::from_bytes(tag)).is_some(),
                    "{name}: no {} table",
                    String::from_utf8_lossy(tag)
                );
            }
            let cmap = face.tables().cmap.expect("cmap");
            assert!(cmap.subtables.into_iter().any(|s| s.platform_id
                == ttf_parser::PlatformId::Windows
                && s.encoding_id == 1
                && matches!(
                    s.format,
                    ttf_parser::cmap::Format::SegmentMappingToDeltaValues(_)
                )));
            for line in &g.pages[0].lines {
                for c in line.chars() {
                    let gid = face
                        .glyph_index(c)
                        .unwrap_or_else(|| panic!("{name}: no glyph for {c:?}"));
                    assert_ne!(
                        gid.0 as u32, c as u32,
                        "{name}: glyph id of {c:?} is its code"
                    );
                    assert!(
                        face.glyph_bounding_box(gid).is_some(),
                        "{name}: empty glyph for {c:?}"
                    );
                }
            }
        }
        assert_eq!(fonts, 1, "{name}: expected one embedded TrueType");
    }
}
