//! Hostile and broken inputs: every class of bad file a scraped archive holds, built here from
//! a tiny valid PDF (or by byte surgery on one), read with `yusuan::pdf::health::read_bytes`.
//! Each must end as its expected status, without a panic, and the recoverable ones must keep
//! their text. `acceptance_table` prints the class -> status table quoted in
//! docs/hostile-inputs.md (`cargo test --release --test hostile -- --nocapture`).
//!
//! With `YUSUAN_HOSTILE_OUT=DIR` set, every fixture is also written to DIR (fuzzing seeds).

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::{Duration, Instant};

use yusuan::pdf::document::Limits;
use yusuan::pdf::health::{Outcome, Status, read_bytes};

// ---------------------------------------------------------------------------------------------
// A minimal PDF writer: numbered objects, a classic xref table, a trailer.

struct Pdf {
    /// (object number, body between `N 0 obj` and `endobj`).
    objects: Vec<(u32, Vec<u8>)>,
    root: u32,
    trailer_extra: String,
}

impl Pdf {
    fn new(root: u32) -> Pdf {
        Pdf {
            objects: Vec::new(),
            root,
            trailer_extra: String::new(),
        }
    }

    fn obj(&mut self, n: u32, body: impl AsRef<[u8]>) -> &mut Pdf {
        self.objects.push((n, body.as_ref().to_vec()));
        self
    }

    fn stream(&mut self, n: u32, dict: impl AsRef<[u8]>, data: &[u8]) -> &mut Pdf {
        let mut body = b"<< ".to_vec();
        body.extend_from_slice(dict.as_ref());
        body.extend_from_slice(format!(" /Length {} >>\nstream\n", data.len()).as_bytes());
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream");
        self.obj(n, body)
    }

    fn flate(&mut self, n: u32, dict: &str, data: &[u8]) -> &mut Pdf {
        let z = zlib(data);
        self.stream(n, format!("{dict} /Filter /FlateDecode"), &z)
    }

    /// The file, and the offset of each object.
    fn build(&self) -> Vec<u8> {
        let mut out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (n, body) in &self.objects {
            offsets.push((*n, out.len()));
            out.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let size = self.objects.iter().map(|(n, _)| *n).max().unwrap_or(0) + 1;
        let xref = out.len();
        out.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f\r\n").as_bytes());
        for n in 1..size {
            match offsets.iter().find(|(m, _)| *m == n) {
                Some((_, off)) => write!(out, "{off:010} 00000 n\r\n").unwrap(),
                None => out.extend_from_slice(b"0000000000 65535 f\r\n"),
            }
        }
        write!(
            out,
            "trailer\n<< /Size {size} /Root {} 0 R {} >>\nstartxref\n{xref}\n%%EOF\n",
            self.root, self.trailer_extra
        )
        .unwrap();
        out
    }
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn text_ops(text: &str) -> Vec<u8> {
    format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n").into_bytes()
}

fn page_text(n: usize) -> String {
    format!("Budget page {n} total 1234.56")
}

/// A valid document of `n` pages with Helvetica text, content streams Flate-compressed:
/// 1 catalog, 2 page tree, 3 font, then page k at 10+2k and its content at 11+2k.
fn base_pdf(n: usize) -> Pdf {
    base_pdf_with(n, true)
}

/// With `compress` false, content streams are plain and carry a ruled table, so the objects
/// outweigh the cross-reference table as in real files.
fn base_pdf_with(n: usize, compress: bool) -> Pdf {
    let mut pdf = Pdf::new(1);
    let kids: Vec<String> = (0..n).map(|k| format!("{} 0 R", 10 + 2 * k)).collect();
    pdf.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .obj(
            2,
            format!(
                "<< /Type /Pages /Kids [{}] /Count {n} /MediaBox [0 0 612 792] >>",
                kids.join(" ")
            ),
        )
        .obj(
            3,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        );
    for k in 0..n {
        let (page, content) = (10 + 2 * k as u32, 11 + 2 * k as u32);
        pdf.obj(
            page,
            format!(
                "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>"
            ),
        );
        let mut ops = text_ops(&page_text(k + 1));
        if compress {
            pdf.flate(content, "", &ops);
        } else {
            for y in (300..700).step_by(20) {
                ops.extend_from_slice(format!("0.5 w 72 {y} m 540 {y} l S\n").as_bytes());
            }
            pdf.stream(content, "", &ops);
        }
    }
    pdf
}

// ---------------------------------------------------------------------------------------------
// The classes.

/// Text of the pages read, whitespace removed.
fn text_of(o: &Outcome) -> String {
    o.pages
        .iter()
        .flat_map(|p| p.glyphs.iter())
        .map(|g| g.text.as_str())
        .collect::<String>()
        .split_whitespace()
        .collect()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

fn has_page_text(o: &Outcome, n: usize) -> bool {
    text_of(o).contains(&squash(&page_text(n)))
}

type Check = Box<dyn Fn(&Outcome) -> Result<(), String>>;

struct Case {
    class: &'static str,
    bytes: Vec<u8>,
    limits: Limits,
    expect: Status,
    /// Further checks on the outcome; an Err says what is wrong.
    check: Check,
}

fn case(
    class: &'static str,
    bytes: Vec<u8>,
    expect: Status,
    check: impl Fn(&Outcome) -> Result<(), String> + 'static,
) -> Case {
    Case {
        class,
        bytes,
        limits: Limits::default(),
        expect,
        check: Box::new(check),
    }
}

fn ensure(ok: bool, what: impl Into<String>) -> Result<(), String> {
    if ok { Ok(()) } else { Err(what.into()) }
}

/// Page 1 read with its text, page 2 failed with a message that says `why`.
fn second_page_fails(why: &'static str) -> impl Fn(&Outcome) -> Result<(), String> {
    move |o| {
        ensure(has_page_text(o, 1), "page 1 text missing")?;
        ensure(
            o.failed_pages
                .iter()
                .any(|(n, m)| *n == 2 && m.contains(why)),
            format!("page 2 should fail with {why:?}: {:?}", o.failed_pages),
        )
    }
}

/// Every page of an `n`-page base document read, with its text.
fn all_pages(n: usize) -> impl Fn(&Outcome) -> Result<(), String> {
    move |o| {
        ensure(
            o.pages.len() == n,
            format!("{} pages read, want {n}", o.pages.len()),
        )?;
        for k in 1..=n {
            ensure(has_page_text(o, k), format!("text of page {k} missing"))?;
        }
        Ok(())
    }
}

fn no_check(_: &Outcome) -> Result<(), String> {
    Ok(())
}

fn truncated(fraction: f64) -> Vec<u8> {
    let full = base_pdf_with(10, false).build();
    let cut = (full.len() as f64 * fraction) as usize;
    full[..cut].to_vec()
}

/// Pages read are a prefix 1..=k with their text, and the rest are listed as failed.
fn kept_prefix(o: &Outcome) -> Result<(), String> {
    ensure(!o.pages.is_empty(), "no page kept")?;
    for p in &o.pages {
        ensure(
            has_page_text(o, p.number as usize),
            format!("page {} kept without its text", p.number),
        )?;
    }
    ensure(
        o.pages.len() + o.failed_pages.len() >= o.page_count as usize,
        format!(
            "{} kept + {} failed < {} pages",
            o.pages.len(),
            o.failed_pages.len(),
            o.page_count
        ),
    )
}

fn broken_xref() -> Vec<u8> {
    let mut b = base_pdf(3).build();
    let x = find(&b, b"xref\n").unwrap();
    // Garbage over the table's entries.
    for byte in b.iter_mut().skip(x + 10).take(60) {
        *byte = b'#';
    }
    b
}

fn missing_xref() -> Vec<u8> {
    let b = base_pdf(3).build();
    let x = find(&b, b"xref\n").unwrap();
    let mut out = b[..x].to_vec();
    out.extend_from_slice(b"%%EOF\n");
    out
}

fn wrong_offsets() -> Vec<u8> {
    // 37 bytes inserted after the header: every offset in the table is 37 too small.
    let b = base_pdf(3).build();
    let at = find(&b, b"1 0 obj").unwrap();
    let mut out = b[..at].to_vec();
    out.extend_from_slice(b"% padding inserted by a broken mailer\n");
    out.extend_from_slice(&b[at..]);
    out
}

/// The table reads well, but the entry of page 2's content stream points 5 bytes too far (a
/// producer that miscounted): only a scan for `13 0 obj` finds it.
fn one_wrong_offset() -> Vec<u8> {
    let mut b = base_pdf(3).build();
    let x = find(&b, b"xref\n").unwrap();
    let entry = x + b"xref\n0 16\n".len() + 13 * 20;
    let off: usize = std::str::from_utf8(&b[entry..entry + 10])
        .unwrap()
        .parse()
        .unwrap();
    b[entry..entry + 10].copy_from_slice(format!("{:010}", off + 5).as_bytes());
    b
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// An original of two pages, then two incremental updates: the first replaces page 1's
/// content, the second adds a third page.
fn incremental() -> Vec<u8> {
    let mut out = base_pdf(2).build();
    let mut prev = {
        let s = rfind(&out, b"startxref\n").unwrap() + 10;
        let e = s + out[s..].iter().position(|&b| b == b'\n').unwrap();
        std::str::from_utf8(&out[s..e]).unwrap().to_string()
    };
    let updates: [Vec<(u32, Vec<u8>)>; 2] = [
        vec![(11, {
            let z = zlib(&text_ops("Revised page one 99.00"));
            let mut v = format!("<< /Length {} /Filter /FlateDecode >>\nstream\n", z.len())
                .into_bytes();
            v.extend_from_slice(&z);
            v.extend_from_slice(b"\nendstream");
            v
        })],
        vec![
            (
                2,
                b"<< /Type /Pages /Kids [10 0 R 12 0 R 30 0 R] /Count 3 /MediaBox [0 0 612 792] >>"
                    .to_vec(),
            ),
            (
                30,
                b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 31 0 R >>"
                    .to_vec(),
            ),
            (31, {
                let t = text_ops("Appended page three");
                let mut v = format!("<< /Length {} >>\nstream\n", t.len()).into_bytes();
                v.extend_from_slice(&t);
                v.extend_from_slice(b"\nendstream");
                v
            }),
        ],
    ];
    for objs in updates {
        let mut offs = Vec::new();
        for (n, body) in &objs {
            offs.push((*n, out.len()));
            out.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        out.extend_from_slice(b"xref\n");
        for (n, off) in &offs {
            write!(out, "{n} 1\n{off:010} 00000 n\r\n").unwrap();
        }
        write!(
            out,
            "trailer\n<< /Size 32 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n"
        )
        .unwrap();
        prev = xref.to_string();
    }
    out
}

/// The base document encrypted (RC4 128) by lopdf with this user password.
fn encrypted(user_password: &str) -> Vec<u8> {
    use lopdf::{EncryptionState, EncryptionVersion, Object, Permissions, StringFormat};
    let mut doc = lopdf::Document::load_mem(&base_pdf(2).build()).unwrap();
    let id = Object::String(b"0123456789abcdef".to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    let state = EncryptionState::try_from(EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner-secret",
        user_password,
        key_length: 128,
        permissions: Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// The base document encrypted with AES-256 (V5, R6) by lopdf with this user password.
fn encrypted_aes256(user_password: &str) -> Vec<u8> {
    use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
    use lopdf::{EncryptionState, EncryptionVersion, Permissions};
    let mut doc = lopdf::Document::load_mem(&base_pdf(2).build()).unwrap();
    let id = lopdf::Object::String(
        b"0123456789abcdef".to_vec(),
        lopdf::StringFormat::Hexadecimal,
    );
    doc.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    let filter: std::sync::Arc<dyn CryptFilter> = std::sync::Arc::new(Aes256CryptFilter);
    let state = EncryptionState::try_from(EncryptionVersion::V5 {
        encrypt_metadata: true,
        crypt_filters: std::collections::BTreeMap::from([(b"StdCF".to_vec(), filter)]),
        file_encryption_key: &[7u8; 32],
        stream_filter: b"StdCF".to_vec(),
        string_filter: b"StdCF".to_vec(),
        owner_password: "owner-secret",
        user_password,
        permissions: Permissions::all(),
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn image_only() -> Vec<u8> {
    let mut pdf = Pdf::new(1);
    pdf.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .obj(2, "<< /Type /Pages /Kids [10 0 R 12 0 R] /Count 2 >>");
    for (page, content) in [(10, 11), (12, 13)] {
        pdf.obj(
            page,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents {content} 0 R >>"
            ),
        )
        .stream(content, "", b"q 612 0 0 792 0 0 cm /Im1 Do Q");
    }
    pdf.stream(
        5,
        "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
        &[0, 255, 255, 0],
    );
    pdf.build()
}

/// The root /Pages lists itself and a middle node lists its parent; page 1's /Parent points
/// at a page; the resources dictionary is reached through a chain that loops.
fn self_referencing_tree() -> Vec<u8> {
    let mut pdf = base_pdf(2);
    pdf.objects.retain(|(n, _)| *n != 2);
    pdf.obj(
        2,
        "<< /Type /Pages /Kids [2 0 R 4 0 R 12 0 R 2 0 R] /Count 2 /MediaBox [0 0 612 792] >>",
    )
    .obj(
        4,
        "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R 10 0 R] /Count 1 >>",
    );
    pdf.build()
}

/// Page 2's content is a reference that loops (21 -> 22 -> 21); page 1 is fine.
fn reference_cycle() -> Vec<u8> {
    let mut pdf = base_pdf(2);
    pdf.objects.retain(|(n, _)| *n != 12);
    pdf.obj(
        12,
        "<< /Type /Page /Parent 2 0 R /Resources 23 0 R /Contents 21 0 R >>",
    )
    .obj(21, "22 0 R")
    .obj(22, "21 0 R")
    .obj(23, "24 0 R")
    .obj(24, "23 0 R");
    pdf.build()
}

/// Fm1 draws itself; Fm2 and Fm3 draw each other. Each shows its text once.
fn self_drawing_forms() -> Vec<u8> {
    let mut pdf = base_pdf(1);
    pdf.objects.retain(|(n, _)| *n != 10 && *n != 11);
    pdf.obj(
        10,
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 20 0 R /Fm2 21 0 R >> >> /Contents 11 0 R >>",
    )
    .stream(11, "", b"/Fm1 Do /Fm2 Do")
    .stream(
        20,
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 20 0 R >> >>",
        b"BT /F1 12 Tf 72 700 Td (Form one) Tj ET /Fm1 Do",
    )
    .stream(
        21,
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Fm3 22 0 R >> >>",
        b"BT /F1 12 Tf 72 680 Td (Form two) Tj ET /Fm3 Do",
    )
    .stream(
        22,
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Fm2 21 0 R >> >>",
        b"BT /F1 12 Tf 72 660 Td (Form three) Tj ET /Fm2 Do",
    );
    pdf.build()
}

/// A form that draws the next one ten times, twelve levels deep: 10^12 draws. Only the time
/// limit ends it.
fn form_fan_out() -> Vec<u8> {
    let mut pdf = base_pdf(1);
    pdf.objects.retain(|(n, _)| *n != 10 && *n != 11);
    pdf.obj(
        10,
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /X 40 0 R >> >> /Contents 11 0 R >>",
    )
    .stream(11, "", b"BT /F1 12 Tf 72 720 Td (Before the fan) Tj ET /X Do");
    for level in 0..12u32 {
        let next = if level < 11 {
            format!("/XObject << /X {} 0 R >>", 41 + level)
        } else {
            String::new()
        };
        let body = if level < 11 {
            b"/X Do ".repeat(10)
        } else {
            b"0 0 m 1 1 l S BT /F1 1 Tf (x) Tj ET".to_vec()
        };
        pdf.stream(
            40 + level,
            format!(
                "/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F1 3 0 R >> {next} >>"
            ),
            &body,
        );
    }
    pdf.build()
}

/// Junk between good text: stray delimiters, unknown and misplaced operators, missing
/// operands, absurd numbers, unbalanced q/Q, BT/ET and arrays, a broken inline image, an
/// unknown font and XObject, an odd-length hex string and an unterminated string.
fn garbage_operators() -> Vec<u8> {
    let mut pdf = base_pdf(1);
    pdf.objects.retain(|(n, _)| *n != 11);
    let mut c = b"BT /F1 12 Tf 72 720 Td (Budget page 1 total 1234.56) Tj ET\n".to_vec();
    c.extend_from_slice(b"\x00\xff\xfe garbage ]]>> }{ ) 1 2 3 re re re Tj TJ Tf ET ET BT BT ");
    c.extend_from_slice(b"q 9e999999 Tz 1e308 1e308 1e308 1e308 1e308 1e308 cm -0 0 0 0 0 0 Tm Q ");
    c.extend_from_slice(b"q /NoSuchFont 9 Tf (x) Tj /NoSuchXObject Do /NoGS gs Q Q Q Q Q ");
    c.extend_from_slice(
        b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ ] TJ << /Foo >> BDC EMC EMC ",
    );
    c.extend_from_slice(b"BI /W 4 /H 4 /BPC 8 /CS /G ID \x00\x01EI\x02 EI ");
    c.extend_from_slice(b"BT /F1 12 Tf 72 700 Td (After the garbage) Tj ET ");
    c.extend_from_slice(b"BT /F1 12 Tf 72 680 Td <48656c6c6f2> Tj ET ");
    // An unclosed dictionary swallows the rest of the stream (as in pdftotext and mutool).
    c.extend_from_slice(b"<<<<<< /Foo >> BDC BT (unterminated string");
    pdf.flate(11, "", &c);
    pdf.build()
}

/// Page 2 inflates past the stream limit: 300 MB of zeros from a few hundred kilobytes.
fn flate_bomb() -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..300 {
        e.write_all(&chunk).unwrap();
    }
    let z = e.finish().unwrap();
    let mut pdf = base_pdf(2);
    pdf.objects.retain(|(n, _)| *n != 13);
    pdf.stream(13, "/Filter /FlateDecode", &z);
    pdf.build()
}

/// Fonts with malformed data beside a good one: a Type0 font whose ToUnicode CMap is cut
/// off and full of nonsense and whose /W array is garbage; a simple font whose /Widths is a
/// dictionary with an absurd /FirstChar; a simple font with a ToUnicode of random bytes.
fn malformed_fonts() -> Vec<u8> {
    let mut pdf = base_pdf(1);
    pdf.objects.retain(|(n, _)| *n != 10 && *n != 11);
    pdf.obj(
        10,
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 20 0 R /F3 30 0 R /F4 31 0 R >> >> /Contents 11 0 R >>",
    )
    .flate(
        11,
        "",
        b"BT /F1 12 Tf 72 720 Td (Budget page 1 total 1234.56) Tj ET \
          BT /F2 12 Tf 72 700 Td <00010002ffff> Tj ET \
          BT /F3 12 Tf 72 680 Td (ABC) Tj ET BT /F4 12 Tf 72 660 Td (DEF) Tj ET",
    )
    .obj(
        20,
        "<< /Type /Font /Subtype /Type0 /BaseFont /Broken /Encoding /Identity-H /DescendantFonts [21 0 R] /ToUnicode 22 0 R >>",
    )
    .obj(
        21,
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Broken /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement -5 >> /W [1 [ (x) /N 99999999999999999999999999.9 ] 5 -3 7 [ [ ] ] 99999999999 4294967295 2 ] /DW -1000000000000000 /CIDToGIDMap /Nonsense >>",
    )
    .stream(
        22,
        "",
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
          1 begincodespacerange <> <FFFFFFFFFF> endcodespacerange\n\
          2 beginbfrange <0001> <0000> <4E00> <0002> <FFFF> [<4E01> <> <D800>] endbfrange\n\
          3 beginbfchar <0001> <D83D> <0002> <00410042004300440045> <ffff",
    )
    .obj(
        30,
        "<< /Type /Font /Subtype /TrueType /BaseFont /Bad /FirstChar 4294967295 /LastChar -7 /Widths << /A 1 >> /Encoding << /Differences [ 65 /A /B 999999999999 /C -1 /D 4294967296 /E ] >> /FontDescriptor << /FontFile2 32 0 R >> >>",
    )
    .obj(
        31,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Bad2 /FirstChar 60 /LastChar 70 /Widths [ -1 99999999999999999999999999999999999999999.0 (x) ] /ToUnicode 33 0 R >>",
    )
    .stream(32, "/Length1 99999", b"\x00\x01\x00\x00\x00\x09\xff\xff garbage ttf")
    .stream(
        33,
        "",
        b"\x89PNG begincmap 1 begincodespacerange <00> endcodespacerange 1 beginbfchar <44> <> endbfchar",
    );
    pdf.build()
}

/// Two pages; the second shows text in a Type0 font whose ToUnicode map and embedded font
/// file are objects the file does not hold (so its characters cannot be trusted).
fn dangling_font_parts() -> Vec<u8> {
    let mut pdf = base_pdf(2);
    pdf.objects.retain(|(n, _)| *n != 12 && *n != 13);
    pdf.obj(
        12,
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F2 40 0 R >> >> /Contents 13 0 R >>",
    )
    .stream(13, "", b"BT /F2 12 Tf 72 720 Td <00410042> Tj ET")
    .obj(
        40,
        "<< /Type /Font /Subtype /Type0 /BaseFont /Lost /Encoding /Identity-H /DescendantFonts [41 0 R] /ToUnicode 50 0 R >>",
    )
    .obj(
        41,
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Lost /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 42 0 R >>",
    )
    .obj(
        42,
        "<< /Type /FontDescriptor /FontName /Lost /Flags 4 /FontFile2 51 0 R >>",
    );
    pdf.build()
}

/// Three pages whose catalog and root /Pages node were at the end of the file, cut off
/// with the cross-reference table and trailer.
fn lost_page_tree() -> Vec<u8> {
    let mut pdf = base_pdf(3);
    let root = pdf.objects.iter().position(|(n, _)| *n == 1).unwrap();
    let catalog = pdf.objects.remove(root);
    let tree = pdf.objects.remove(0);
    pdf.objects.push(tree);
    pdf.objects.push(catalog);
    let b = pdf.build();
    let at = find(&b, b"\n2 0 obj\n").unwrap();
    b[..=at].to_vec()
}

/// An update cut off while it was written: the revision before it is complete (its %%EOF
/// intact), the update's new page object half there.
fn cut_update() -> Vec<u8> {
    let mut out = base_pdf(2).build();
    out.extend_from_slice(
        b"30 0 obj\n<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Cont",
    );
    out
}

/// The root claims a million pages and lists one page ten thousand times.
fn million_page_count() -> Vec<u8> {
    let mut pdf = base_pdf(1);
    pdf.objects.retain(|(n, _)| *n != 2);
    let kids = "10 0 R ".repeat(10_000);
    pdf.obj(
        2,
        format!("<< /Type /Pages /Kids [{kids}] /Count 1000000 /MediaBox [0 0 612 792] >>"),
    );
    pdf.build()
}

/// GBK bytes in resource names, the font name, a form name, the Info strings and keys.
fn non_utf8_names() -> Vec<u8> {
    let mut pdf = Pdf::new(1);
    pdf.obj(1, b"<< /Type /Catalog /Pages 2 0 R /\xd4\xa4\xcb\xe3 (\xd4\xa4\xcb\xe3) >>")
        .obj(2, "<< /Type /Pages /Kids [10 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
        .obj(
            3,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /#CB#CE#CC#E5\xcb\xce /Encoding /WinAnsiEncoding >>",
        )
        .obj(
            10,
            b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F#D6#D0\xd6\xd0 3 0 R >> /XObject << /\xb1\xed 20 0 R >> >> /Contents 11 0 R >>",
        )
        .stream(
            11,
            "",
            b"BT /F#D6#D0\xd6\xd0 12 Tf 72 720 Td (Budget page 1 total 1234.56) Tj ET /\xb1\xed Do",
        )
        .stream(
            20,
            b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /\xff\xfe 3 0 R >> >>",
            b"BT /\xff\xfe 12 Tf 72 700 Td (In form) Tj ET",
        )
        .obj(
            21,
            b"<< /Title (\xd4\xa4\xcb\xe3\xb1\xed) /Producer <feff00ff> /\xc3\x28 /\xe9 >>",
        );
    pdf.trailer_extra = "/Info 21 0 R".to_string();
    pdf.build()
}

/// One text object of 200,000 alike glyphs on one row of a page ten kilometres wide: no
/// two are at the same place, so none is a fake-bold duplicate of another.
fn crowded_row() -> Vec<u8> {
    let mut pdf = base_pdf(1);
    pdf.objects.retain(|(n, _)| *n != 2 && *n != 11);
    pdf.obj(
        2,
        "<< /Type /Pages /Kids [10 0 R] /Count 1 /MediaBox [0 0 2000000 792] >>",
    );
    let mut c =
        b"BT /F1 12 Tf 72 720 Td (Budget page 1 total 1234.56) Tj ET BT /F1 12 Tf 0 700 Td ("
            .to_vec();
    c.extend(std::iter::repeat_n(b'0', 200_000));
    c.extend_from_slice(b") Tj ET");
    pdf.flate(11, "", &c);
    pdf.build()
}

fn html_page() -> Vec<u8> {
    b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body><h1>\xe9\xa1\xb5\xe9\x9d\xa2\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8</h1></body></html>\n".to_vec()
}

fn cases() -> Vec<Case> {
    vec![
        case("zero-byte file", Vec::new(), Status::InvalidPdf, |o| {
            ensure(o.message.contains("empty"), "message should say empty")
        }),
        case(
            "HTML error page saved as .pdf",
            html_page(),
            Status::InvalidPdf,
            |o| ensure(o.message.contains("HTML"), "message should say HTML"),
        ),
        case(
            "truncated at 10%",
            truncated(0.10),
            Status::InvalidPdf,
            no_check,
        ),
        case(
            "truncated at 50%",
            truncated(0.50),
            Status::Partial,
            kept_prefix,
        ),
        case(
            "truncated at 90%",
            truncated(0.90),
            Status::Partial,
            kept_prefix,
        ),
        case("truncated at 99%", truncated(0.99), Status::Partial, |o| {
            // Every page is there, but the file lost its end: not `ok`.
            ensure(
                o.message.contains("cut short"),
                "message should say cut short",
            )?;
            all_pages(10)(o)
        }),
        case("broken xref table", broken_xref(), Status::Ok, all_pages(3)),
        case(
            "missing xref table and trailer",
            missing_xref(),
            Status::Ok,
            all_pages(3),
        ),
        case(
            "wrong object offsets (all shifted)",
            wrong_offsets(),
            Status::Ok,
            all_pages(3),
        ),
        case(
            "wrong object offset (one entry)",
            one_wrong_offset(),
            Status::Ok,
            all_pages(3),
        ),
        case("incremental update chain", incremental(), Status::Ok, |o| {
            let t = text_of(o);
            ensure(
                o.pages.len() == 3,
                format!("{} pages, want 3", o.pages.len()),
            )?;
            ensure(
                t.contains("Revisedpageone99.00"),
                "revised page 1 text missing",
            )?;
            ensure(
                !t.contains(&squash(&page_text(1))),
                "old page 1 text still read",
            )?;
            ensure(has_page_text(o, 2), "page 2 text missing")?;
            ensure(t.contains("Appendedpagethree"), "appended page missing")
        }),
        case(
            "encrypted RC4-128, empty user password",
            encrypted(""),
            Status::Ok,
            all_pages(2),
        ),
        case(
            "encrypted AES-256, empty user password",
            encrypted_aes256(""),
            Status::Ok,
            all_pages(2),
        ),
        case(
            "encrypted AES-256, unknown password",
            encrypted_aes256("secret"),
            Status::Encrypted,
            no_check,
        ),
        case(
            "encrypted RC4-128, unknown password",
            encrypted("secret"),
            Status::Encrypted,
            |o| ensure(o.pages.is_empty(), "pages read from an encrypted file"),
        ),
        case("image-only pages", image_only(), Status::NoTextLayer, |o| {
            ensure(o.pages.len() == 2, "both pages kept")
        }),
        case(
            "self-referencing Pages tree",
            self_referencing_tree(),
            Status::Ok,
            all_pages(2),
        ),
        case(
            "reference cycles (Contents, Resources)",
            reference_cycle(),
            Status::Partial,
            second_page_fails("loop"),
        ),
        case(
            "Form XObjects that draw themselves",
            self_drawing_forms(),
            Status::Ok,
            |o| {
                let t = text_of(o);
                for s in ["Formone", "Formtwo", "Formthree"] {
                    ensure(t.matches(s).count() >= 1, format!("{s} missing"))?;
                }
                Ok(())
            },
        ),
        case(
            "content stream with garbage operators",
            garbage_operators(),
            Status::Ok,
            |o| {
                ensure(has_page_text(o, 1), "text before the garbage missing")?;
                ensure(
                    text_of(o).contains("Afterthegarbage"),
                    "text after the garbage missing",
                )?;
                ensure(
                    text_of(o).contains("Hello"),
                    "odd-length hex string not read",
                )
            },
        ),
        case(
            "FlateDecode bomb (300 MB)",
            flate_bomb(),
            Status::Partial,
            second_page_fails("limit"),
        ),
        case(
            "malformed font CMap and widths",
            malformed_fonts(),
            Status::Ok,
            |o| ensure(has_page_text(o, 1), "text in the good font missing"),
        ),
        case(
            "million-page /Count",
            million_page_count(),
            Status::Partial,
            |o| {
                // The one page is read; the pages the tree declares and lacks are reported.
                ensure(o.page_count == 1, format!("{} pages, want 1", o.page_count))?;
                ensure(
                    o.message.contains("declares 1000000 pages but holds 1"),
                    "message should give the declared count",
                )?;
                all_pages(1)(o)
            },
        ),
        case(
            "font whose ToUnicode and font file are missing objects",
            dangling_font_parts(),
            Status::Partial,
            |o| {
                ensure(has_page_text(o, 1), "page 1's text missing")?;
                ensure(
                    o.message.contains("ToUnicode 50 0 R is missing")
                        && o.message.contains("FontFile2 51 0 R is missing"),
                    "message should name the missing parts",
                )
            },
        ),
        case(
            "catalog and page tree cut off",
            lost_page_tree(),
            Status::Partial,
            |o| {
                ensure(
                    o.message.contains("page tree rebuilt"),
                    "message should say rebuilt",
                )?;
                all_pages(3)(o)
            },
        ),
        case(
            "incremental update cut off (the revision before it whole)",
            cut_update(),
            Status::Partial,
            |o| {
                ensure(
                    o.message.contains("cut short"),
                    "message should say cut short",
                )?;
                all_pages(2)(o)
            },
        ),
        Case {
            class: "more pages than the page limit (12 pages, limit 10)",
            bytes: base_pdf(12).build(),
            limits: Limits {
                max_pages: 10,
                ..Limits::default()
            },
            expect: Status::Partial,
            check: Box::new(|o| {
                ensure(
                    o.pages.len() == 10,
                    format!("{} pages, want 10", o.pages.len()),
                )?;
                ensure(
                    o.message.contains("page limit"),
                    "message should name the limit",
                )
            }),
        },
        case(
            "non-UTF-8 names everywhere",
            non_utf8_names(),
            Status::Ok,
            |o| {
                ensure(has_page_text(o, 1), "page text missing")?;
                ensure(text_of(o).contains("Inform"), "form text missing")
            },
        ),
        case(
            "200,000 alike glyphs on one row",
            crowded_row(),
            Status::Ok,
            |o| {
                ensure(has_page_text(o, 1), "page text missing")?;
                let zeros = o
                    .pages
                    .iter()
                    .flat_map(|p| &p.glyphs)
                    .filter(|g| g.text == "0")
                    .count();
                ensure(zeros == 200_000, format!("{zeros} zeros, want 200000"))
            },
        ),
        Case {
            class: "10^12 Form XObject draws (time limit 1 s)",
            bytes: form_fan_out(),
            limits: Limits {
                max_time: Some(Duration::from_secs(1)),
                ..Limits::default()
            },
            expect: Status::Timeout,
            check: Box::new(|o| {
                ensure(
                    o.failed_pages.iter().any(|(n, _)| *n == 1),
                    "page 1 should be listed as not read",
                )
            }),
        },
    ]
}

#[test]
fn acceptance_table() {
    let out_dir = std::env::var_os("YUSUAN_HOSTILE_OUT").map(std::path::PathBuf::from);
    let mut table =
        String::from("| input class | status | seconds | message |\n|---|---|---:|---|\n");
    let mut problems = Vec::new();
    for (i, c) in cases().into_iter().enumerate() {
        if let Some(dir) = &out_dir {
            std::fs::create_dir_all(dir).unwrap();
            let name: String = c
                .class
                .chars()
                .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
                .collect();
            std::fs::write(dir.join(format!("hostile-{i:02}-{name}.pdf")), &c.bytes).unwrap();
        }
        let t = Instant::now();
        let run = std::panic::catch_unwind(|| read_bytes(&c.bytes, c.limits));
        let secs = t.elapsed().as_secs_f64();
        let Ok(o) = run else {
            problems.push(format!("{}: PANIC", c.class));
            writeln!(table, "| {} | PANIC | {secs:.2} | |", c.class).unwrap();
            continue;
        };
        writeln!(
            table,
            "| {} | `{}` | {secs:.2} | {} |",
            c.class,
            o.status,
            o.message.replace('|', "\\|")
        )
        .unwrap();
        if o.status != c.expect {
            problems.push(format!(
                "{}: status {} (want {}): {} {:?}",
                c.class, o.status, c.expect, o.message, o.failed_pages
            ));
        } else if let Err(e) = (c.check)(&o) {
            problems.push(format!("{}: {e} ({})", c.class, o.message));
        }
    }
    println!("{table}");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The statuses as `documents.csv` writes them.
#[test]
fn status_names() {
    let names: Vec<String> = [
        Status::Ok,
        Status::Partial,
        Status::NoTextLayer,
        Status::Encrypted,
        Status::InvalidPdf,
        Status::Timeout,
        Status::Error,
        Status::Internal,
    ]
    .iter()
    .map(|s| {
        let json = serde_json::to_string(s).unwrap();
        assert_eq!(json, format!("\"{}\"", s.as_str()));
        s.to_string()
    })
    .collect();
    assert_eq!(
        names,
        [
            "ok",
            "partial",
            "no_text_layer",
            "encrypted",
            "invalid_pdf",
            "timeout",
            "error",
            "internal_error"
        ]
    );
}

/// A file that cannot be read from disk is an error with the reason, not a panic.
#[test]
fn unreadable_path() {
    let o = yusuan::pdf::health::read_file(
        std::path::Path::new("/nonexistent/yusuan/none.pdf"),
        Limits::default(),
    );
    assert_eq!(o.status, Status::Error);
    assert!(o.message.contains("cannot read"), "{}", o.message);
}

/// Every prefix length of a small document (every 7th byte) and every single-byte
/// corruption at a stride: no panic, and always a status.
#[test]
fn every_truncation_and_byte_flip() {
    let full = base_pdf(3).build();
    for cut in (0..full.len()).step_by(7) {
        let o = read_bytes(&full[..cut], Limits::default());
        if o.status == Status::Ok {
            assert_eq!(o.pages.len(), 3, "cut at {cut}");
        }
    }
    for at in (0..full.len()).step_by(5) {
        for v in [0u8, b' ', b'0', 0xff] {
            let mut b = full.clone();
            b[at] = v;
            let _ = read_bytes(&b, Limits::default());
        }
    }
}

/// The synthetic corpus (CID fonts, CMaps, embedded TrueType, forms, scans) cut and corrupted:
/// prefixes every 97 bytes, a byte set to 0xff or `0` every 31 bytes. No panic, and a file
/// that still reads `ok` has all its pages.
#[test]
fn corpus_truncations_and_flips() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    files.sort();
    assert!(files.len() >= 20);
    let mut reads = 0;
    for f in &files {
        let full = std::fs::read(f).unwrap();
        let pages = read_bytes(&full, Limits::default()).page_count;
        for cut in (0..full.len()).step_by(97) {
            let o = read_bytes(&full[..cut], Limits::default());
            if o.status == Status::Ok {
                assert!(
                    o.pages.len() as u32 <= pages,
                    "{}: cut at {cut}",
                    f.display()
                );
            }
            reads += 1;
        }
        for at in (0..full.len()).step_by(31) {
            for v in [0xffu8, b'0'] {
                let mut b = full.clone();
                b[at] = v;
                let o = read_bytes(&b, Limits::default());
                assert!(
                    !matches!(o.status, Status::Error | Status::Internal),
                    "{}: byte {at} = {v}: {}",
                    f.display(),
                    o.message
                );
                reads += 1;
            }
        }
    }
    eprintln!(
        "{reads} damaged variants of {} corpus files read",
        files.len()
    );
}
