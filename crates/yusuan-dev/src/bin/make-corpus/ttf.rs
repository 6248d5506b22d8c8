//! A tiny TrueType font built from scratch: every glyph is the same small box, the cmap
//! (format 4, platform 3 encoding 1 and platform 0 encoding 3) maps the characters used to
//! glyph ids that are neither the characters nor their CIDs. Deterministic (no timestamps).

use std::collections::BTreeMap;

fn be16(v: &mut Vec<u8>, x: u16) {
    v.extend(x.to_be_bytes());
}
fn bei16(v: &mut Vec<u8>, x: i16) {
    v.extend(x.to_be_bytes());
}
fn be32(v: &mut Vec<u8>, x: u32) {
    v.extend(x.to_be_bytes());
}

fn checksum(data: &[u8]) -> u32 {
    let mut sum = 0u32;
    for chunk in data.chunks(4) {
        let mut b = [0u8; 4];
        b[..chunk.len()].copy_from_slice(chunk);
        sum = sum.wrapping_add(u32::from_be_bytes(b));
    }
    sum
}

/// A box glyph: one contour, four on-curve points.
fn box_glyph(x0: i16, y0: i16, x1: i16, y1: i16) -> Vec<u8> {
    let mut g = Vec::new();
    bei16(&mut g, 1); // numberOfContours
    bei16(&mut g, x0);
    bei16(&mut g, y0);
    bei16(&mut g, x1);
    bei16(&mut g, y1);
    be16(&mut g, 3); // endPtsOfContours[0]
    be16(&mut g, 0); // instructionLength
    g.extend([1u8; 4]); // flags: on curve, 16-bit coordinates
    // x: x0, x0, x1, x1 as deltas; y: y0, y1, y1, y0
    for d in [x0, 0, x1 - x0, 0] {
        bei16(&mut g, d);
    }
    for d in [y0, y1 - y0, 0, y0 - y1] {
        bei16(&mut g, d);
    }
    while g.len() % 4 != 0 {
        g.push(0);
    }
    g
}

fn cmap_format4(map: &BTreeMap<char, u16>) -> Vec<u8> {
    // One segment per character, then the final 0xFFFF segment.
    let mut segs: Vec<(u16, u16, i16)> = map
        .iter()
        .map(|(&c, &g)| {
            let u = c as u32;
            assert!(u < 0xFFFF);
            (u as u16, u as u16, (g as i32 - u as i32) as i16)
        })
        .collect();
    segs.push((0xFFFF, 0xFFFF, 1));
    let n = segs.len() as u16;
    let mut search = 1u16;
    let mut selector = 0u16;
    while search * 2 <= n {
        search *= 2;
        selector += 1;
    }
    let mut t = Vec::new();
    be16(&mut t, 4);
    be16(&mut t, 16 + 8 * n); // length
    be16(&mut t, 0); // language
    be16(&mut t, 2 * n);
    be16(&mut t, 2 * search);
    be16(&mut t, selector);
    be16(&mut t, 2 * n - 2 * search);
    for s in &segs {
        be16(&mut t, s.1);
    }
    be16(&mut t, 0); // reservedPad
    for s in &segs {
        be16(&mut t, s.0);
    }
    for s in &segs {
        bei16(&mut t, s.2);
    }
    for _ in &segs {
        be16(&mut t, 0);
    }
    let mut c = Vec::new();
    be16(&mut c, 0); // version
    be16(&mut c, 2); // numTables
    be16(&mut c, 0); // platform 0 (Unicode)
    be16(&mut c, 3); // encoding 3 (BMP)
    be32(&mut c, 20);
    be16(&mut c, 3); // platform 3 (Windows)
    be16(&mut c, 1); // encoding 1 (Unicode BMP)
    be32(&mut c, 20);
    c.extend(t);
    c
}

fn name_table(family: &str) -> Vec<u8> {
    let records: Vec<(u16, String)> = vec![
        (1, family.to_string()),
        (2, "Regular".to_string()),
        (3, format!("{family} Regular; yusuan test corpus")),
        (4, format!("{family} Regular")),
        (5, "Version 1.000".to_string()),
        (6, format!("{family}-Regular")),
    ];
    let mut strings = Vec::new();
    let mut recs = Vec::new();
    for (id, s) in &records {
        let bytes: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        be16(&mut recs, 3);
        be16(&mut recs, 1);
        be16(&mut recs, 0x409);
        be16(&mut recs, *id);
        be16(&mut recs, bytes.len() as u16);
        be16(&mut recs, strings.len() as u16);
        strings.extend(bytes);
    }
    let mut t = Vec::new();
    be16(&mut t, 0);
    be16(&mut t, records.len() as u16);
    be16(&mut t, 6 + 12 * records.len() as u16);
    t.extend(recs);
    t.extend(strings);
    t
}

fn os2(first: u16, last: u16) -> Vec<u8> {
    let mut t = Vec::new();
    be16(&mut t, 4); // version
    bei16(&mut t, 750); // xAvgCharWidth
    be16(&mut t, 400); // usWeightClass
    be16(&mut t, 5); // usWidthClass
    be16(&mut t, 0); // fsType: installable
    for v in [650i16, 600, 0, 75, 650, 600, 0, 350, 50, 250] {
        bei16(&mut t, v); // subscript/superscript sizes and offsets, strikeout size/position
    }
    bei16(&mut t, 0); // sFamilyClass
    t.extend([0u8; 10]); // panose
    be32(&mut t, 1); // ulUnicodeRange1: Basic Latin
    be32(&mut t, 0x0800_0000); // ulUnicodeRange2: CJK Unified Ideographs (bit 59)
    be32(&mut t, 0);
    be32(&mut t, 0);
    t.extend(b"YSAN");
    be16(&mut t, 0x40); // fsSelection: REGULAR
    be16(&mut t, first);
    be16(&mut t, last);
    bei16(&mut t, 880); // sTypoAscender
    bei16(&mut t, -120); // sTypoDescender
    bei16(&mut t, 0); // sTypoLineGap
    be16(&mut t, 880); // usWinAscent
    be16(&mut t, 120); // usWinDescent
    be32(&mut t, 0x0004_0001); // ulCodePageRange1: Latin 1, Chinese Simplified (bit 18)
    be32(&mut t, 0);
    bei16(&mut t, 500); // sxHeight
    bei16(&mut t, 700); // sCapHeight
    be16(&mut t, 0); // usDefaultChar
    be16(&mut t, 32); // usBreakChar
    be16(&mut t, 1); // usMaxContext
    t
}

/// Builds the font: `gids` maps each character to its glyph id (1..num_glyphs-1, glyph 0 is
/// an empty .notdef), `widths` gives each glyph's advance in font units (1000 per em).
pub fn build(
    gids: &BTreeMap<char, u16>,
    widths: &BTreeMap<u16, u16>,
    num_glyphs: u16,
    family: &str,
) -> Vec<u8> {
    // glyf + loca (long offsets)
    let mut glyf = Vec::new();
    let mut loca = Vec::new();
    for g in 0..num_glyphs {
        be32(&mut loca, glyf.len() as u32);
        if g == 0 {
            continue; // empty .notdef
        }
        let w = *widths.get(&g).unwrap_or(&1000) as i16;
        glyf.extend(box_glyph(w / 10, 0, w - w / 10, 700));
    }
    be32(&mut loca, glyf.len() as u32);
    let mut hmtx = Vec::new();
    for g in 0..num_glyphs {
        let w = *widths.get(&g).unwrap_or(&1000);
        be16(&mut hmtx, w);
        bei16(&mut hmtx, if g == 0 { 0 } else { (w / 10) as i16 });
    }
    let mut head = Vec::new();
    be32(&mut head, 0x0001_0000); // version
    be32(&mut head, 0x0001_0000); // fontRevision
    be32(&mut head, 0); // checkSumAdjustment, patched below
    be32(&mut head, 0x5F0F_3CF5); // magicNumber
    be16(&mut head, 0x000B); // flags
    be16(&mut head, 1000); // unitsPerEm
    head.extend([0u8; 16]); // created, modified: zero for determinism
    for v in [0i16, 0, 1000, 700] {
        bei16(&mut head, v); // xMin yMin xMax yMax
    }
    be16(&mut head, 0); // macStyle
    be16(&mut head, 8); // lowestRecPPEM
    bei16(&mut head, 2); // fontDirectionHint
    bei16(&mut head, 1); // indexToLocFormat: long
    bei16(&mut head, 0); // glyphDataFormat
    let mut hhea = Vec::new();
    be32(&mut hhea, 0x0001_0000);
    bei16(&mut hhea, 880); // ascender
    bei16(&mut hhea, -120); // descender
    bei16(&mut hhea, 0); // lineGap
    be16(&mut hhea, 1000); // advanceWidthMax
    bei16(&mut hhea, 0); // minLeftSideBearing
    bei16(&mut hhea, 0); // minRightSideBearing
    bei16(&mut hhea, 1000); // xMaxExtent
    bei16(&mut hhea, 1); // caretSlopeRise
    bei16(&mut hhea, 0); // caretSlopeRun
    bei16(&mut hhea, 0); // caretOffset
    hhea.extend([0u8; 8]); // reserved
    bei16(&mut hhea, 0); // metricDataFormat
    be16(&mut hhea, num_glyphs); // numberOfHMetrics
    let mut maxp = Vec::new();
    be32(&mut maxp, 0x0001_0000);
    be16(&mut maxp, num_glyphs);
    for v in [4u16, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0] {
        be16(&mut maxp, v); // maxPoints, maxContours, composite..., maxZones 2, ...
    }
    let mut post = Vec::new();
    be32(&mut post, 0x0003_0000); // version 3: no glyph names
    be32(&mut post, 0); // italicAngle
    bei16(&mut post, -100); // underlinePosition
    bei16(&mut post, 50); // underlineThickness
    be32(&mut post, 0); // isFixedPitch
    post.extend([0u8; 16]); // memory hints
    let first = gids.keys().next().map(|&c| c as u32 as u16).unwrap_or(0x20);
    let last = gids
        .keys()
        .last()
        .map(|&c| (c as u32).min(0xFFFF) as u16)
        .unwrap_or(0x20);
    let mut tables: Vec<(&[u8; 4], Vec<u8>)> = vec![
        (b"OS/2", os2(first, last)),
        (b"cmap", cmap_format4(gids)),
        (b"glyf", glyf),
        (b"head", head),
        (b"hhea", hhea),
        (b"hmtx", hmtx),
        (b"loca", loca),
        (b"maxp", maxp),
        (b"name", name_table(family)),
        (b"post", post),
    ];
    tables.sort_by(|a, b| a.0.cmp(b.0));
    let n = tables.len() as u16;
    let mut search = 1u16;
    let mut selector = 0u16;
    while search * 2 <= n {
        search *= 2;
        selector += 1;
    }
    let mut out = Vec::new();
    be32(&mut out, 0x0001_0000);
    be16(&mut out, n);
    be16(&mut out, search * 16);
    be16(&mut out, selector);
    be16(&mut out, n * 16 - search * 16);
    let mut offset = 12 + 16 * n as u32;
    let mut body = Vec::new();
    let mut head_offset = 0;
    for (tag, data) in &tables {
        out.extend(*tag);
        be32(&mut out, checksum(data));
        be32(&mut out, offset);
        be32(&mut out, data.len() as u32);
        if *tag == b"head" {
            head_offset = offset as usize;
        }
        let mut padded = data.clone();
        while padded.len() % 4 != 0 {
            padded.push(0);
        }
        offset += padded.len() as u32;
        body.extend(padded);
    }
    out.extend(body);
    let adj = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out[head_offset + 8..head_offset + 12].copy_from_slice(&adj.to_be_bytes());
    out
}
