//! The content-stream interpreter: arbitrary bytes as the content stream of a page whose
//! resources hold a simple font, a Type0 Identity-H font with a ToUnicode CMap, an ExtGState
//! setting a font, an image and a Form XObject that draws the page's fonts and itself.
#![no_main]

use std::fmt::Write as _;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use yusuan::pdf::{Document, Limits};

const OBJECTS: &[&str] = &[
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Resources << /Font << /F1 4 0 R /F2 5 0 R >> /XObject << /Fm1 8 0 R /Im1 9 0 R >> /ExtGState << /GS1 << /LW 2 /Font [5 0 R 9] >> >> >> /Contents 10 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [32 /space /uni4E00 /zero] >> >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /W [1 [500 1000] 10 20 600] /DW 1000 >>",
    "STREAM|/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <4E00> <0002> <0031> endbfchar 1 beginbfrange <0010> <0020> <9884> endbfrange endcmap end end",
    "STREAM/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 10 10] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm1 8 0 R >> >>|BT /F1 10 Tf (form) Tj ET 0 0 m 100 0 l S /Fm1 Do",
    "STREAM/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8|\u{0}",
];

/// The page PDF around `content` (object 10, last, so the others' offsets do not move).
fn page_pdf(content: &[u8]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in OBJECTS.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        match body.strip_prefix("STREAM") {
            Some(s) => {
                let (dict, data) = s.split_once('|').unwrap_or((s, ""));
                out.extend_from_slice(
                    format!("<< {dict} /Length {} >>\nstream\n{data}\nendstream", data.len())
                        .as_bytes(),
                );
            }
            None => out.extend_from_slice(body.as_bytes()),
        }
        out.extend_from_slice(b"\nendobj\n");
    }
    offsets.push(out.len());
    out.extend_from_slice(format!("10 0 obj\n<< /Length {} >>\nstream\n", content.len()).as_bytes());
    out.extend_from_slice(content);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = out.len();
    let mut table = String::from("xref\n0 11\n0000000000 65535 f\r\n");
    for off in offsets {
        let _ = write!(table, "{off:010} 00000 n\r\n");
    }
    let _ = write!(table, "trailer\n<< /Size 11 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
    out.extend_from_slice(table.as_bytes());
    out
}

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_stream: 16 << 20,
        max_time: Some(Duration::from_secs(3)),
        ..Limits::default()
    };
    let Ok(doc) = Document::from_bytes_with(&page_pdf(data), limits) else {
        return;
    };
    if let Ok(page) = doc.page(1) {
        let _ = yusuan::layout::layout_text(&page);
        let _ = yusuan::table::document_tables(std::slice::from_ref(&page));
    }
});
