//! lopdf 0.47 vs hayro-syntax 0.9 (and pdf-rs 0.10 as a third reference) on the shared corpus:
//! robustness, page counts, decoded content, speed. Single-threaded.
//! Usage: `cargo run --release -- [SHARED_DIR] [--load-only]` (SHARED_DIR defaults to ../../../shared).
//! Per file and parser: load from bytes in memory, list pages, decode every content stream of every
//! page, resolve each page's /Resources /Font entries (`--load-only`: load + page list only).
//! Timing: best of ROUNDS; within a round the parsers take turns, in a rotating order.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;
const PARSERS: [&str; 3] = ["lopdf 0.47", "hayro-syntax 0.9", "pdf-rs 0.10"];
const N: usize = PARSERS.len();

#[derive(Default, Clone, Debug, PartialEq)]
struct Stats {
    pages: u64,
    streams: u64,
    stream_failures: u64,
    content_bytes: u64,
    fonts: u64,
}

#[derive(Clone, Debug)]
enum Outcome {
    Ok(Stats),
    LoadError(String),
    Panic(String),
}

// ---------------------------------------------------------------- lopdf
fn run_lopdf(data: &[u8], full: bool) -> Result<Stats, String> {
    let doc = lopdf::Document::load_mem(data).map_err(|e| e.to_string())?;
    let pages = doc.get_pages();
    let mut s = Stats { pages: pages.len() as u64, ..Stats::default() };
    for &page_id in pages.values().filter(|_| full) {
        for id in doc.get_page_contents(page_id) {
            s.streams += 1;
            // Per stream (not get_page_content, which silently substitutes raw bytes on failure).
            match doc.get_object(id).and_then(|o| o.as_stream()).and_then(|st| st.decompressed_content()) {
                Ok(bytes) => s.content_bytes += bytes.len() as u64,
                Err(_) => s.stream_failures += 1,
            }
        }
        // Resolves /Resources (own or inherited) -> /Font -> each font dictionary.
        s.fonts += doc.get_page_fonts(page_id).map_or(0, |f| f.len() as u64);
    }
    Ok(s)
}

// ---------------------------------------------------------------- hayro-syntax
fn run_hayro(data: &Arc<Vec<u8>>, full: bool) -> Result<Stats, String> {
    use hayro_syntax::object::dict::keys::CONTENTS;
    use hayro_syntax::object::{Array, Dict, MaybeRef, Stream};
    let pdf = hayro_syntax::Pdf::new(Arc::clone(data)).map_err(|e| format!("{e:?}"))?;
    let xref = pdf.xref();
    let pages = pdf.pages();
    let mut s = Stats { pages: pages.len() as u64, ..Stats::default() };
    for page in pages.iter().filter(|_| full) {
        // Per stream, as for lopdf (Page::page_stream() concatenates and silently drops failures).
        let mut streams: Vec<Option<Stream<'_>>> = Vec::new();
        if let Some(st) = page.raw().get::<Stream<'_>>(CONTENTS) {
            streams.push(Some(st));
        } else if let Some(arr) = page.raw().get::<Array<'_>>(CONTENTS) {
            for item in arr.raw_iter() {
                streams.push(match item {
                    MaybeRef::Ref(r) => xref.get::<Stream<'_>>(r.into()),
                    MaybeRef::NotRef(o) => o.into_stream(),
                });
            }
        }
        for st in streams {
            s.streams += 1;
            match st.map(|st| st.decoded_data()) {
                Some(Ok(bytes)) => s.content_bytes += bytes.len() as u64,
                _ => s.stream_failures += 1,
            }
        }
        // page.resources() is the page's own or inherited /Resources; .fonts is its /Font dict.
        let fonts = &page.resources().fonts;
        s.fonts += fonts.keys().filter(|k| fonts.get::<Dict<'_>>(k.as_ref()).is_some()).count() as u64;
    }
    Ok(s)
}

// ---------------------------------------------------------------- pdf-rs
fn run_pdfrs(data: &[u8], full: bool) -> Result<Stats, String> {
    use pdf::file::FileOptions;
    use pdf::object::ParseOptions;
    // cached(): its default mode (per-file object/stream caches); uncached() was ~70x slower here.
    let file = FileOptions::cached().parse_options(ParseOptions::tolerant()).load(data)
        .map_err(|e| e.to_string())?;
    let resolver = file.resolver();
    let mut s = Stats::default();
    // pages() walks 0..root /Count; a page whose typed Page object fails to parse is not counted.
    for page in file.pages().flatten() {
        s.pages += 1;
        if !full { continue; }
        for part in page.contents.iter().flat_map(|c| &c.parts) {
            s.streams += 1;
            match part.data(&resolver) {
                Ok(bytes) => s.content_bytes += bytes.len() as u64,
                Err(_) => s.stream_failures += 1,
            }
        }
        // Fonts are typed and lazy: load() parses each font object into pdf::font::Font.
        if let Ok(res) = page.resources() {
            s.fonts += res.fonts.values().filter(|f| f.load(&resolver).is_ok()).count() as u64;
        }
    }
    Ok(s)
}

fn run(parser: usize, data: &Arc<Vec<u8>>, full: bool) -> Outcome {
    let r = catch_unwind(AssertUnwindSafe(|| match parser {
        0 => run_lopdf(data, full),
        1 => run_hayro(data, full),
        _ => run_pdfrs(data, full),
    }));
    match r {
        Ok(Ok(s)) => Outcome::Ok(s),
        Ok(Err(e)) => Outcome::LoadError(e),
        Err(p) => Outcome::Panic(
            p.downcast_ref::<String>().cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default(),
        ),
    }
}

// ---------------------------------------------------------------- inputs
struct Input {
    name: String,
    data: Arc<Vec<u8>>,
    pdfinfo_pages: Option<u64>,
}

fn collect_pdfs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_pdfs(&p, out);
        } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
            out.push(p);
        }
    }
}

fn pdfinfo_pages(path: &Path) -> Option<u64> {
    let out = Command::new("pdfinfo").arg(path).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|v| v.trim().parse().ok())
}

// ---------------------------------------------------------------- broken-file probes
/// (start, end, value) of the number after the last `startxref`.
fn startxref(d: &[u8]) -> Option<(usize, usize, usize)> {
    let kw = d.windows(9).rposition(|w| w == b"startxref")?;
    let i = kw + 9 + d[kw + 9..].iter().take_while(|b| b.is_ascii_whitespace()).count();
    let j = i + d[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    Some((i, j, std::str::from_utf8(&d[i..j]).ok()?.parse().ok()?))
}

fn probes(d: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let (i, j, off) = startxref(d).expect("startxref");
    let set_startxref = |v: usize| [&d[..i], v.to_string().as_bytes(), &d[j..]].concat();
    let header_end = d.iter().position(|&b| b == b'\n').unwrap() + 1;
    let mut blanked = d.to_vec();
    blanked[off.min(d.len())..].fill(b' ');
    vec![
        ("intact", d.to_vec()),
        ("truncated at 90%", d[..d.len() * 9 / 10].to_vec()),
        ("truncated at 50%", d[..d.len() / 2].to_vec()),
        ("startxref -> past EOF", set_startxref(999_999_999)),
        ("startxref off by -7", set_startxref(off.saturating_sub(7))),
        ("100 junk bytes after header (every offset off)",
            [&d[..header_end], format!("%{}\n", "x".repeat(99)).as_bytes(), &d[header_end..]].concat()),
        ("last xref section, trailer, startxref blanked", blanked),
        ("every '/Length ' prefixed with 1 (wrong stream lengths)", replace_all(d, b"/Length ", b"/Length 1")),
        ("AES-128 (V4), empty user password, written by lopdf", encrypt_copy(d, false)),
        ("AES-256 (V5 R6), empty user password, written by lopdf", encrypt_copy(d, true)),
    ]
}

fn replace_all(d: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let (mut out, mut i) = (Vec::with_capacity(d.len()), 0);
    while i < d.len() {
        if d[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    out
}

/// An encrypted copy made in memory with lopdf's writer (user password "", owner "owner").
fn encrypt_copy(d: &[u8], aes256: bool) -> Vec<u8> {
    use lopdf::encryption::crypt_filters::{Aes128CryptFilter, Aes256CryptFilter, CryptFilter};
    use lopdf::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = lopdf::Document::load_mem(d).expect("probe source loads");
    let key = [7u8; 32];
    let cf: Arc<dyn CryptFilter> = if aes256 { Arc::new(Aes256CryptFilter) } else { Arc::new(Aes128CryptFilter) };
    let crypt_filters = std::collections::BTreeMap::from([(b"StdCF".to_vec(), cf)]);
    let (stream_filter, string_filter) = (b"StdCF".to_vec(), b"StdCF".to_vec());
    let (owner_password, user_password, permissions) = ("owner", "", Permissions::all());
    let version = if aes256 {
        EncryptionVersion::V5 { encrypt_metadata: true, crypt_filters, file_encryption_key: &key,
            stream_filter, string_filter, owner_password, user_password, permissions }
    } else {
        EncryptionVersion::V4 { document: &doc, encrypt_metadata: true, crypt_filters,
            stream_filter, string_filter, owner_password, user_password, permissions }
    };
    let state = EncryptionState::try_from(version).expect("encryption state");
    doc.encrypt(&state).expect("encrypt");
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

fn describe(o: &Outcome) -> String {
    let short = |m: &str| m.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(160).collect::<String>();
    match o {
        Outcome::Ok(s) => format!(
            "ok: {} pages, {} streams ({} failed), {} content bytes, {} fonts",
            s.pages, s.streams, s.stream_failures, s.content_bytes, s.fonts
        ),
        Outcome::LoadError(e) => format!("LOAD ERROR: {}", short(e)),
        Outcome::Panic(m) => format!("PANIC: {}", short(m)),
    }
}

fn print_outcomes(os: &[Outcome]) {
    for (p, o) in os.iter().enumerate() {
        println!("    {:<17} {}", PARSERS[p], describe(o));
    }
}

// ---------------------------------------------------------------- main
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let full = !args.iter().any(|a| a == "--load-only");
    let shared = PathBuf::from(args.iter().find(|a| !a.starts_with("--")).map_or("../../../shared", |s| s));
    std::panic::set_hook(Box::new(|_| {})); // panics are counted, not printed
    let mut paths = Vec::new();
    for sub in ["corpus", "icdar2013"] {
        collect_pdfs(&shared.join(sub), &mut paths);
    }
    paths.sort();
    assert!(!paths.is_empty(), "no PDFs under {}", shared.display());
    let inputs: Vec<Input> = paths.iter().map(|p| Input {
        name: p.strip_prefix(&shared).unwrap_or(p).display().to_string(),
        data: Arc::new(std::fs::read(p).expect("read")),
        pdfinfo_pages: pdfinfo_pages(p),
    }).collect();
    let mb = inputs.iter().map(|i| i.data.len()).sum::<usize>() as f64 / 1e6;
    println!("{} PDFs, {mb:.1} MB in memory; mode: {}; hayro `unsafe` feature: {}", inputs.len(),
        if full { "full" } else { "load-only" }, cfg!(feature = "hayro-unsafe"));

    // Timed rounds. Round 0's outcomes are the figures; later rounds must reproduce them.
    let mut best = [Duration::MAX; N];
    let mut per_file = vec![[Duration::MAX; N]; inputs.len()];
    let mut outcomes: Vec<Vec<Outcome>> = vec![Vec::new(); inputs.len()];
    for round in 0..ROUNDS {
        for k in 0..N {
            let p = (round + k) % N;
            let t0 = Instant::now();
            for (i, input) in inputs.iter().enumerate() {
                let t = Instant::now();
                let o = std::hint::black_box(run(p, &input.data, full));
                per_file[i][p] = per_file[i][p].min(t.elapsed());
                if round == 0 {
                    outcomes[i].push(o); // round 0 runs the parsers in order 0, 1, 2
                } else if let (Outcome::Ok(a), Outcome::Ok(b)) = (&outcomes[i][p], &o) {
                    assert_eq!(a, b, "non-deterministic: {}", input.name);
                }
            }
            best[p] = best[p].min(t0.elapsed());
            eprintln!("round {round} {:>17}: {:.3} s", PARSERS[p], t0.elapsed().as_secs_f64());
        }
    }

    // Summary table.
    let row = |label: String, f: &dyn Fn(usize) -> String| {
        println!("| {label} | {} |", (0..N).map(f).collect::<Vec<_>>().join(" | "));
    };
    println!("\n| figure | {} |\n|---{}|", PARSERS.join(" | "), "|---".repeat(N));
    let count = |p: usize, pred: fn(&Outcome) -> bool| outcomes.iter().filter(|o| pred(&o[p])).count();
    let sum = |p: usize, f: fn(&Stats) -> u64| -> u64 {
        outcomes.iter().filter_map(|o| if let Outcome::Ok(s) = &o[p] { Some(f(s)) } else { None }).sum()
    };
    let n = inputs.len();
    let with_info = inputs.iter().filter(|i| i.pdfinfo_pages.is_some()).count();
    let info_total: u64 = inputs.iter().filter_map(|i| i.pdfinfo_pages).sum();
    row(format!("files loaded OK (of {n})"), &|p| count(p, |o| matches!(o, Outcome::Ok(_))).to_string());
    row("load errors".into(), &|p| count(p, |o| matches!(o, Outcome::LoadError(_))).to_string());
    row("panics".into(), &|p| count(p, |o| matches!(o, Outcome::Panic(_))).to_string());
    row(format!("pages found (pdfinfo: {info_total})"), &|p| sum(p, |s| s.pages).to_string());
    row(format!("files whose page count = pdfinfo (of {with_info})"), &|p| {
        inputs.iter().zip(&outcomes)
            .filter(|(inp, o)| matches!(&o[p], Outcome::Ok(s) if Some(s.pages) == inp.pdfinfo_pages))
            .count().to_string()
    });
    if full {
        row("content streams".into(), &|p| sum(p, |s| s.streams).to_string());
        row("content streams failing to decode".into(), &|p| sum(p, |s| s.stream_failures).to_string());
        row("decoded content bytes".into(), &|p| sum(p, |s| s.content_bytes).to_string());
        row("page font entries resolved".into(), &|p| sum(p, |s| s.fonts).to_string());
    }
    row(format!("wall time, best of {ROUNDS}"), &|p| format!("{:.3} s", best[p].as_secs_f64()));
    row("time relative to lopdf".into(), &|p| format!("{:.2}x", best[p].as_secs_f64() / best[0].as_secs_f64()));

    // Per-file details worth reading.
    println!("\nFiles where a parser failed, disagrees with pdfinfo, or the parsers' figures differ:");
    for (inp, os) in inputs.iter().zip(&outcomes) {
        let bad = |o: &Outcome| !matches!(o, Outcome::Ok(s) if Some(s.pages) == inp.pdfinfo_pages && s.stream_failures == 0);
        let ok: Vec<&Stats> = os.iter().filter_map(|o| if let Outcome::Ok(s) = o { Some(s) } else { None }).collect();
        let differ = ok.windows(2).any(|w| (w[0].content_bytes, w[0].fonts) != (w[1].content_bytes, w[1].fonts));
        if os.iter().any(bad) || differ {
            println!("- {} (pdfinfo pages: {:?})", inp.name, inp.pdfinfo_pages);
            print_outcomes(os);
        }
    }
    println!("\nSlowest files (best-of-{ROUNDS} ms: {}):", PARSERS.join(" / "));
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by_key(|&i| std::cmp::Reverse(per_file[i].iter().max().copied()));
    for &i in idx.iter().take(6) {
        let ms: Vec<String> = per_file[i].iter().map(|d| format!("{:.1}", d.as_secs_f64() * 1e3)).collect();
        println!("- {}  {}", ms.join(" / "), inputs[i].name);
    }
    if !full { return; }

    // Broken-file probes, built in memory from two corpus files (classic xref table; xref stream).
    for name in [
        "corpus/dept/zxj6827111-blip_GovBudgetChecker__doc_check__dept_budget.pdf",
        "corpus/dept/ae86jack_open-budget__jiang-su-sheng-gao-ji-ren-min-fa-yuan-__-sheng-fa-yuan-2018-nian-du-bu-men-yu-suan-gong-kai.pdf",
    ] {
        let Some(inp) = inputs.iter().find(|i| i.name == name) else { continue };
        println!("\nProbes on {name} (pdfinfo pages: {:?}):", inp.pdfinfo_pages);
        for (label, bytes) in probes(&inp.data) {
            let bytes = Arc::new(bytes);
            println!("- {label}");
            print_outcomes(&(0..N).map(|p| run(p, &bytes, true)).collect::<Vec<_>>());
        }
    }
    // The encrypted corpus file (RC4, empty user password) is part of the corpus run above.
    for (inp, os) in inputs.iter().zip(&outcomes).filter(|(i, _)| i.name.contains("luo-yang-shi-2021-yu-suan")) {
        println!("\nEncrypted, RC4, empty user password: {} (pdfinfo pages: {:?}):", inp.name, inp.pdfinfo_pages);
        print_outcomes(os);
    }
}
