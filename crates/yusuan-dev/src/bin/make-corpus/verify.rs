//! `make-corpus --verify`: checks every corpus file against its golden with independent
//! extractors (poppler's pdftotext, MuPDF's mutool) and, for the embedded-TrueType files, an
//! independent decode through CIDToGIDMap and the font's own cmap (ttf-parser). Prints a
//! Markdown report.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::model::strip_ws;

fn fold(s: &str, fullwidth: bool) -> String {
    let s = strip_ws(s);
    if !fullwidth {
        return s;
    }
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap(),
            _ => c,
        })
        .collect()
}

fn bag(lines: &[String]) -> BTreeMap<char, i64> {
    let mut m = BTreeMap::new();
    for l in lines {
        for c in l.chars() {
            *m.entry(c).or_insert(0) += 1;
        }
    }
    m
}

fn describe(chars: &BTreeMap<char, i64>) -> String {
    let n: i64 = chars.values().sum();
    let mut sample = String::new();
    for (&c, &k) in chars.iter().take(12) {
        let shown = if c.is_control() || c == '\u{FFFD}' || c == '|' || c == '`' {
            format!("U+{:04X}", c as u32)
        } else {
            c.to_string()
        };
        sample.push_str(&format!("{shown}×{k} "));
    }
    if chars.len() > 12 {
        sample.push('…');
    }
    format!("{n} ({})", sample.trim_end())
}

/// How close `actual` comes to `expected`.
fn compare(expected: &[String], actual: &[String]) -> (String, bool) {
    if expected == actual {
        return ("lines equal".into(), true);
    }
    let mut e = expected.to_vec();
    let mut a = actual.to_vec();
    e.sort();
    a.sort();
    if e == a {
        return ("same lines, other order".into(), true);
    }
    let (eb, ab) = (bag(expected), bag(actual));
    if eb == ab {
        return ("same characters, other line breaks".into(), true);
    }
    let mut missing = BTreeMap::new();
    let mut extra = BTreeMap::new();
    for (&c, &k) in &eb {
        let d = k - ab.get(&c).copied().unwrap_or(0);
        if d > 0 {
            missing.insert(c, d);
        }
    }
    for (&c, &k) in &ab {
        let d = k - eb.get(&c).copied().unwrap_or(0);
        if d > 0 {
            extra.insert(c, d);
        }
    }
    let mut msg = String::from("DIFFERS:");
    if !missing.is_empty() {
        msg.push_str(&format!(" missing {}", describe(&missing)));
    }
    if !extra.is_empty() {
        msg.push_str(&format!(" extra {}", describe(&extra)));
    }
    (msg, false)
}

fn tool_pages(cmd: &str, args: &[&str], file: &Path, fullwidth: bool) -> Vec<Vec<String>> {
    let out = Command::new(cmd)
        .args(args)
        .arg(file)
        .args(if cmd == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output();
    let Ok(out) = out else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(&out.stdout);
    text.split('\u{c}')
        .map(|p| {
            p.lines()
                .map(|l| fold(l, fullwidth))
                .filter(|l| !l.is_empty())
                .collect()
        })
        .collect()
}

/// Words from `pdftotext -bbox`, grouped into lines by the rule tests/fixtures.rs applies to
/// glyphs: a word joins the first line whose first word's vertical extent overlaps its own by
/// at least half the smaller extent; lines top to bottom, words left to right.
fn bbox_pages(file: &Path, fullwidth: bool) -> Vec<Vec<String>> {
    let Ok(out) = Command::new("pdftotext")
        .arg("-bbox")
        .arg(file)
        .arg("-")
        .output()
    else {
        return Vec::new();
    };
    let html = String::from_utf8_lossy(&out.stdout);
    let attr = |l: &str, k: &str| -> f64 {
        let i = l.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
        l[i..].split('"').next().unwrap().parse().unwrap()
    };
    let mut pages: Vec<Vec<(f64, f64, f64, String)>> = Vec::new();
    for line in html.lines() {
        let l = line.trim();
        if l.starts_with("<page ") {
            pages.push(Vec::new());
        } else if l.starts_with("<word ") {
            let text = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            let text = text
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            pages.last_mut().unwrap().push((
                attr(l, "xMin"),
                attr(l, "yMin"),
                attr(l, "yMax"),
                text,
            ));
        }
    }
    pages
        .into_iter()
        .map(|mut words| {
            words.sort_by(|a, b| (a.1 + a.2).total_cmp(&(b.1 + b.2)));
            // (extent of the first word, [(x, text)])
            type Line = ((f64, f64), Vec<(f64, String)>);
            let mut lines: Vec<Line> = Vec::new();
            for (x, y0, y1, t) in words {
                let found = lines
                    .iter_mut()
                    .find(|((a, b), _)| y1.min(*b) - y0.max(*a) >= 0.5 * (y1 - y0).min(b - a));
                match found {
                    Some((_, m)) => m.push((x, t)),
                    None => lines.push(((y0, y1), vec![(x, t)])),
                }
            }
            lines.sort_by(|a, b| (a.0.0 + a.0.1).total_cmp(&(b.0.0 + b.0.1)));
            lines
                .into_iter()
                .map(|(_, mut m)| {
                    m.sort_by(|a, b| a.0.total_cmp(&b.0));
                    m.iter()
                        .map(|(_, t)| fold(t, fullwidth))
                        .collect::<String>()
                })
                .filter(|l| !l.is_empty())
                .collect()
        })
        .collect()
}

/// Text of the Type0 fonts with an embedded TrueType, decoded only through CIDToGIDMap and
/// the font's (3,1) cmap, inverted: one string per page.
fn ttf_decode(file: &Path) -> Result<Vec<String>, String> {
    let doc = lopdf::Document::load(file).map_err(|e| e.to_string())?;
    let mut pages = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page_id).map_err(|e| e.to_string())?;
        let mut maps: BTreeMap<Vec<u8>, BTreeMap<u16, char>> = BTreeMap::new();
        for (name, font) in fonts {
            let Ok(desc) = font.get(b"DescendantFonts").and_then(|o| o.as_array()) else {
                continue;
            };
            let cid = doc
                .dereference(&desc[0])
                .map_err(|e| e.to_string())?
                .1
                .as_dict()
                .map_err(|e| e.to_string())?;
            let fd = doc
                .dereference(cid.get(b"FontDescriptor").map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?
                .1
                .as_dict()
                .map_err(|e| e.to_string())?;
            let Ok(ff) = fd.get(b"FontFile2") else {
                continue;
            };
            let ff = doc
                .dereference(ff)
                .map_err(|e| e.to_string())?
                .1
                .as_stream()
                .map_err(|e| e.to_string())?;
            let program = ff.decompressed_content().map_err(|e| e.to_string())?;
            let face =
                ttf_parser::Face::parse(&program, 0).map_err(|e| format!("ttf-parser: {e}"))?;
            let mut gid2char = BTreeMap::new();
            for sub in face.tables().cmap.ok_or("no cmap")?.subtables {
                if sub.platform_id == ttf_parser::PlatformId::Windows && sub.encoding_id == 1 {
                    sub.codepoints(|cp| {
                        if let (Some(ch), Some(g)) = (char::from_u32(cp), sub.glyph_index(cp)) {
                            gid2char.insert(g.0, ch);
                        }
                    });
                }
            }
            let cid2gid: Option<Vec<u8>> = match cid
                .get(b"CIDToGIDMap")
                .map(|o| doc.dereference(o).map(|x| x.1))
            {
                Ok(Ok(lopdf::Object::Stream(s))) => {
                    Some(s.decompressed_content().map_err(|e| e.to_string())?)
                }
                _ => None,
            };
            let mut cid2char = BTreeMap::new();
            for c in 0..=u16::MAX {
                let g = match &cid2gid {
                    Some(m) if (c as usize) * 2 + 1 < m.len() => {
                        u16::from_be_bytes([m[2 * c as usize], m[2 * c as usize + 1]])
                    }
                    Some(_) => continue,
                    None => c,
                };
                if let Some(&ch) = gid2char.get(&g) {
                    cid2char.insert(c, ch);
                }
            }
            maps.insert(name, cid2char);
        }
        let content = lopdf::content::Content::decode(&doc.get_page_content(page_id))
            .map_err(|e| e.to_string())?;
        let mut cur: Option<&BTreeMap<u16, char>> = None;
        let mut text = String::new();
        let show = |s: &[u8], cur: Option<&BTreeMap<u16, char>>, text: &mut String| {
            if let Some(m) = cur {
                for pair in s.chunks(2) {
                    let c = u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]);
                    text.push(*m.get(&c).unwrap_or(&'\u{FFFD}'));
                }
            }
        };
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => {
                    cur = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|n| maps.get(n))
                }
                "Tj" | "'" | "\"" => {
                    if let Some(lopdf::Object::String(s, _)) = op.operands.last() {
                        show(s, cur, &mut text);
                    }
                }
                "TJ" => {
                    if let Some(lopdf::Object::Array(a)) = op.operands.first() {
                        for o in a {
                            if let lopdf::Object::String(s, _) = o {
                                show(s, cur, &mut text);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        pages.push(text);
    }
    Ok(pages)
}

pub fn run(root: &Path) -> bool {
    let mut names: Vec<_> = std::fs::read_dir(root.join("golden"))
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let mut all_ok = true;
    println!(
        "| file | page | pdftotext -layout | pdftotext -bbox words, grouped as the tests group glyphs | mutool draw -F txt | other |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    for g in names {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&g).unwrap()).unwrap();
        let file = root.join(v["file"].as_str().unwrap());
        let fw = v["fullwidth_ascii_equivalent"].as_bool().unwrap_or(false);
        let poppler = tool_pages("pdftotext", &["-layout", "-enc", "UTF-8"], &file, fw);
        let words = bbox_pages(&file, fw);
        let mupdf = tool_pages("mutool", &["draw", "-F", "txt", "-o", "-"], &file, fw);
        let embedded = v["paths"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.as_str().unwrap().contains("embedded-TrueType"));
        let ttf = if embedded {
            Some(ttf_decode(&file))
        } else {
            None
        };
        let short = file.file_name().unwrap().to_string_lossy().to_string();
        for (i, page) in v["pages"].as_array().unwrap().iter().enumerate() {
            let strs = |k: &str| -> Vec<String> {
                page[k]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| fold(x.as_str().unwrap(), fw))
                    .collect()
            };
            let mut expected = strs("lines");
            let invisible = strs("invisible_lines");
            expected.extend(invisible);
            let empty = Vec::new();
            let (p, pok) = compare(&expected, poppler.get(i).unwrap_or(&empty));
            let (m, mok) = compare(&expected, mupdf.get(i).unwrap_or(&empty));
            let (b, _) = if page["vertical_lines"].as_u64().unwrap_or(0) > 0 {
                ("n/a: vertical text".to_string(), true)
            } else {
                compare(&expected, words.get(i).unwrap_or(&empty))
            };
            let other = match &ttf {
                None => String::new(),
                Some(Err(e)) => {
                    all_ok = false;
                    format!("ttf decode FAILED: {e}")
                }
                Some(Ok(pages)) => {
                    let (t, tok) = compare(&expected, &[pages.get(i).cloned().unwrap_or_default()]);
                    all_ok &= tok;
                    format!("CIDToGIDMap + embedded cmap: {t}")
                }
            };
            let _ = (pok, mok);
            println!("| {short} | {} | {p} | {b} | {m} | {other} |", i + 1);
        }
    }
    all_ok
}
