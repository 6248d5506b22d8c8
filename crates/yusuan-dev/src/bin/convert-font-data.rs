//! One-off converter of the font data committed under `crates/yusuan-pdf/data/` (run by hand,
//! never at build time; provenance and licences in `crates/yusuan-pdf/data/LICENSES.md`).
//!
//! ```text
//! cargo run -p yusuan-dev --bin convert-font-data -- [--cmaps DIR] [--agl FILE] [--reportlab DIR] [--out DIR]
//! ```
//! Defaults: `DIR` = `/usr/share/poppler/cMap/Adobe-GB1` (Adobe's CMap resources, from Debian
//! poppler-data), `--agl` = fontTools' `fontTools/agl.py`, `--reportlab` = ReportLab's
//! `reportlab/pdfbase` (both pip packages, e.g. in /tmp/venv), `--out` =
//! `crates/yusuan-pdf/data`.
//!
//! Outputs and formats:
//! - `gb1-cmaps.bin`: the Adobe-GB1 code-to-CID CMaps. The magic `YSCMAP1\n`, then per CMap:
//!   `u8` name length, name, `u32` big-endian body length, body. A body is
//!   `CMap::to_compact`: name (u8 length + bytes), WMode byte, `usecmap` name (u8 length +
//!   bytes, empty for none), codespace count (u8) and per codespace its length n (u8), n low
//!   bytes, n high bytes; then for code lengths 1 to 4: a LEB128 count of CID ranges, and per
//!   range, sorted and disjoint, three LEB128 numbers: the gap from the previous range's end
//!   (`lo - (prev.hi + 1)`, first from 0), `hi - lo`, and zigzag `cid - (prev.cid + prev.hi -
//!   prev.lo + 1)` (first from 0). CMaps built for host fonts (`usefont`) and the Unicode <->
//!   code maps without CIDs are left out: they are not PDF encodings.
//! - `gb1-cid2uni.bin`: Adobe-GB1 CID -> Unicode, 3 bytes big-endian per CID (0 = unmapped),
//!   from Adobe's `Adobe-GB1-UCS2` CMap (its first character where it maps a CID to a
//!   character + variation selector).
//! - `encodings.txt`: the seven base encodings: a `[Name]` line, then 256 glyph names in code
//!   order, 16 a line, `-` for unassigned.
//! - `glyphlist.txt`: the Adobe Glyph List 2.0 (`name;XXXX[ XXXX]`) followed by the ITC Zapf
//!   Dingbats names (`a1`..`a206`) in the same form.

use std::collections::{BTreeMap, HashSet};
use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use yusuan::pdf::font::cmap::CMap;

type Result<T> = std::result::Result<T, Box<dyn Error>>;

const MAGIC: &[u8; 8] = b"YSCMAP1\n";

fn main() -> Result<()> {
    let mut cmaps = PathBuf::from("/usr/share/poppler/cMap/Adobe-GB1");
    let mut agl = PathBuf::from("/tmp/venv/lib/python3.11/site-packages/fontTools/agl.py");
    let mut reportlab = PathBuf::from("/tmp/venv/lib/python3.11/site-packages/reportlab/pdfbase");
    let mut out = yusuan_dev::root().join("crates/yusuan-pdf/data");
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--cmaps" => cmaps = value.into(),
            "--agl" => agl = value.into(),
            "--reportlab" => reportlab = value.into(),
            "--out" => out = value.into(),
            _ => return Err(format!("unknown flag {flag}").into()),
        }
    }
    fs::create_dir_all(&out)?;
    convert_cmaps(&cmaps, &out)?;
    convert_gb1_unicode(&cmaps, &out)?;
    convert_encodings(&reportlab, &out)?;
    convert_glyphlist(&agl, &out)?;
    Ok(())
}

fn convert_cmaps(dir: &Path, out: &Path) -> Result<()> {
    let mut names: Vec<String> = fs::read_dir(dir)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut kept: BTreeMap<String, CMap> = BTreeMap::new();
    for name in names {
        let data = fs::read(dir.join(&name))?;
        let cmap = CMap::parse_standalone(&data);
        let host = data.windows(7).any(|w| w == b"usefont");
        let has_cids = (1..=4).any(|n| !cmap.cid_ranges(n).is_empty());
        if host || !has_cids {
            eprintln!(
                "skip {name}: {}",
                if host {
                    "host-font CMap"
                } else {
                    "no CID mappings"
                }
            );
            continue;
        }
        if cmap.name() != Some(name.as_str()) {
            return Err(format!("{name}: /CMapName is {:?}", cmap.name()).into());
        }
        check_against_source(&name, &data, &cmap)?;
        kept.insert(name, cmap);
    }
    // Every usecmap must resolve within the set, without cycles.
    for (name, cmap) in &kept {
        let mut seen = HashSet::from([name.as_str()]);
        let mut cur = cmap;
        while let Some(base) = cur.usecmap() {
            if !seen.insert(base) {
                return Err(format!("{name}: usecmap cycle at {base}").into());
            }
            cur = kept
                .get(base)
                .ok_or_else(|| format!("{name}: usecmap {base} not kept"))?;
        }
    }
    let mut bin = MAGIC.to_vec();
    for (name, cmap) in &kept {
        let body = cmap.to_compact();
        let back = CMap::from_compact(&body).ok_or_else(|| format!("{name}: no round trip"))?;
        for n in 1..=4 {
            if back.cid_ranges(n) != cmap.cid_ranges(n) {
                return Err(format!("{name}: ranges differ after round trip").into());
            }
        }
        bin.push(u8::try_from(name.len())?);
        bin.extend_from_slice(name.as_bytes());
        bin.extend_from_slice(&u32::try_from(body.len())?.to_be_bytes());
        bin.extend_from_slice(&body);
        let ranges: usize = (1..=4).map(|n| cmap.cid_ranges(n).len()).sum();
        eprintln!("{name}: {ranges} ranges, {} bytes", body.len());
    }
    fs::write(out.join("gb1-cmaps.bin"), &bin)?;
    eprintln!("gb1-cmaps.bin: {} CMaps, {} bytes", kept.len(), bin.len());
    Ok(())
}

/// Independent check of the parser: every `cidrange`/`cidchar` line of the source (read with
/// a plain line scan), unless a later line redefines its codes, must give its CIDs at both
/// ends.
fn check_against_source(name: &str, data: &[u8], cmap: &CMap) -> Result<()> {
    let text = String::from_utf8_lossy(data);
    let mut in_cid = false;
    let mut entries = Vec::new();
    for line in text.lines() {
        let line = line.split('%').next().unwrap_or("").trim();
        if line.ends_with("begincidrange") || line.ends_with("begincidchar") {
            in_cid = true;
            continue;
        }
        if line.starts_with("endcid") {
            in_cid = false;
        }
        if !in_cid {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let hex = |w: &str| -> Option<(u32, usize)> {
            let h = w.strip_prefix('<')?.strip_suffix('>')?;
            Some((u32::from_str_radix(h, 16).ok()?, h.len() / 2))
        };
        let parsed = match words.as_slice() {
            [lo, hi, cid] => hex(lo).zip(hex(hi)).zip(cid.parse::<u32>().ok()),
            [c, cid] => hex(c).zip(hex(c)).zip(cid.parse::<u32>().ok()),
            _ => None,
        };
        let ((lo, hi), cid) = parsed.ok_or_else(|| format!("{name}: unparsed line {line:?}"))?;
        entries.push((lo.1, lo.0, hi.0, cid));
    }
    let mut checked = 0;
    for (i, &(len, lo, hi, cid)) in entries.iter().enumerate() {
        let later = entries.get(i + 1..).unwrap_or(&[]);
        for (code, want) in [(lo, cid), (hi, cid + (hi - lo))] {
            if later
                .iter()
                .any(|&(l, a, b, _)| l == len && a <= code && code <= b)
            {
                continue;
            }
            let got = cmap.cid(code, len);
            if got != Some(want) {
                return Err(format!("{name}: <{code:X}> gives {got:?}, source says {want}").into());
            }
            checked += 1;
        }
    }
    if checked == 0 {
        return Err(format!("{name}: nothing checked").into());
    }
    Ok(())
}

fn convert_gb1_unicode(dir: &Path, out: &Path) -> Result<()> {
    let ucs2 = CMap::parse_standalone(&fs::read(dir.join("Adobe-GB1-UCS2"))?);
    let count = 30284u32; // Adobe-GB1-5 /CIDCount
    let mut bin = Vec::with_capacity(count as usize * 3);
    let (mut mapped, mut multi) = (0, 0);
    for cid in 0..count {
        let s = ucs2.unicode(cid, 2).unwrap_or("");
        let c = s.chars().next().filter(|&c| c != '\u{FFFD}');
        if s.chars().count() > 1 {
            multi += 1;
        }
        let v = c.map_or(0, u32::from);
        mapped += usize::from(v != 0);
        bin.extend_from_slice(&v.to_be_bytes()[1..]);
    }
    if ucs2.unicode(count, 2).is_some() {
        return Err("Adobe-GB1-UCS2 maps CIDs past 30283".into());
    }
    fs::write(out.join("gb1-cid2uni.bin"), &bin)?;
    eprintln!(
        "gb1-cid2uni.bin: {mapped} of {count} CIDs mapped ({multi} sequences cut to their first character)"
    );
    Ok(())
}

/// The string and `None` items of the first tuple literal after `=` in a Python file.
fn python_tuple(src: &str) -> Result<Vec<Option<String>>> {
    let eq = src.find('=').ok_or("no tuple")?;
    let open = src.get(eq..).and_then(|s| s.find('(')).ok_or("no tuple")?;
    let mut items = Vec::new();
    let mut rest = src.get(eq + open + 1..).ok_or("no tuple")?;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if rest.starts_with(')') {
            break;
        } else if let Some(r) = rest.strip_prefix("None") {
            items.push(None);
            rest = r;
        } else if let Some(q) = rest.chars().next().filter(|&c| c == '\'' || c == '"') {
            let body = rest.get(1..).ok_or("bad string")?;
            let end = body.find(q).ok_or("unterminated string")?;
            items.push(Some(body.get(..end).ok_or("bad string")?.to_owned()));
            rest = body.get(end + 1..).ok_or("bad string")?;
        } else {
            return Err(format!("unexpected {:?}", rest.get(..20.min(rest.len()))).into());
        }
    }
    Ok(items)
}

fn convert_encodings(dir: &Path, out: &Path) -> Result<()> {
    let mut text = String::from(
        "# PDF base encodings (PDF 32000-1 Annex D; Symbol and ZapfDingbats built-in encodings),\n\
         # from ReportLab's reportlab/pdfbase/_fontdata_enc_*.py. See LICENSES.md.\n",
    );
    for (name, file) in [
        ("Standard", "standard"),
        ("WinAnsi", "winansi"),
        ("MacRoman", "macroman"),
        ("MacExpert", "macexpert"),
        ("PDFDoc", "pdfdoc"),
        ("Symbol", "symbol"),
        ("ZapfDingbats", "zapfdingbats"),
    ] {
        let src = fs::read_to_string(dir.join(format!("_fontdata_enc_{file}.py")))?;
        let items = python_tuple(&src)?;
        if items.len() != 256 {
            return Err(format!("{file}: {} entries", items.len()).into());
        }
        writeln!(text, "[{name}]")?;
        for row in items.chunks(16) {
            let words: Vec<&str> = row.iter().map(|i| i.as_deref().unwrap_or("-")).collect();
            if words
                .iter()
                .any(|w| w.is_empty() || w.contains(char::is_whitespace))
            {
                return Err(format!("{file}: bad glyph name").into());
            }
            writeln!(text, "{}", words.join(" "))?;
        }
    }
    fs::write(out.join("encodings.txt"), &text)?;
    eprintln!("encodings.txt: {} bytes", text.len());
    Ok(())
}

fn convert_glyphlist(agl_py: &Path, out: &Path) -> Result<()> {
    let src = fs::read_to_string(agl_py)?;
    let start = src.find("_aglText = \"\"\"\\\n").ok_or("no _aglText")? + 16;
    let len = src
        .get(start..)
        .and_then(|s| s.find("\"\"\""))
        .ok_or("unterminated _aglText")?;
    let agl = src.get(start..start + len).ok_or("bad _aglText")?;
    let mut text = String::new();
    let mut names = HashSet::new();
    for line in agl.lines() {
        if line.starts_with('#') {
            // Keep Adobe's header (copyright and format notes) as it is.
            writeln!(text, "{line}")?;
            continue;
        }
        let (name, values) = line
            .split_once(';')
            .ok_or_else(|| format!("bad line {line:?}"))?;
        for v in values.split(' ') {
            let v = u32::from_str_radix(v, 16)?;
            char::from_u32(v).ok_or_else(|| format!("{name}: {v:X} is no scalar value"))?;
        }
        if !names.insert(name.to_owned()) {
            return Err(format!("duplicate {name}").into());
        }
        writeln!(text, "{line}")?;
    }
    let agl_count = names.len();
    // The ITC Zapf Dingbats Glyph List, as fontTools embeds it: character i is glyph `a<i>`,
    // a space where there is no such glyph.
    let zstart = src
        .find("_AGL_ZAPF_DINGBATS = (")
        .ok_or("no _AGL_ZAPF_DINGBATS")?;
    let zlen = src
        .get(zstart..)
        .and_then(|s| s.find("\n)"))
        .ok_or("unterminated")?;
    let zsrc = src.get(zstart..zstart + zlen).ok_or("bad zapf")?;
    let chars: String = zsrc.split('"').skip(1).step_by(2).collect();
    writeln!(
        text,
        "# ITC Zapf Dingbats Glyph List (zapfdingbats.txt), Adobe; same licence."
    )?;
    for (i, c) in chars.chars().enumerate() {
        if c == ' ' {
            continue;
        }
        let name = format!("a{i}");
        if !names.insert(name.clone()) {
            return Err(format!("{name} is in both lists").into());
        }
        writeln!(text, "{name};{:04X}", u32::from(c))?;
    }
    fs::write(out.join("glyphlist.txt"), &text)?;
    eprintln!(
        "glyphlist.txt: {agl_count} AGL + {} Zapf Dingbats names, {} bytes",
        names.len() - agl_count,
        text.len()
    );
    Ok(())
}
