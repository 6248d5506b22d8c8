//! The `Device` seam with a second sink: a device that records every event the interpreter
//! sends, run over a one-page fixture written here by hand. The expected events follow from
//! the content stream and the PDF specification alone (page space is top-left: y' = 100 - y
//! on this 200 × 100 page; Helvetica's widths are Adobe's AFM: H 722, i 222; glyph boxes are
//! 0.88 em above and 0.12 em below the baseline, docs/pdf-layer.md). The standard sink,
//! `PageCollector`, must see the same page through the same seam.

use std::fmt::Write as _;

use yusuan_pdf::device::{Device, GlyphEvent, PaintEvent, PathSeg};
use yusuan_pdf::{Document, Rect};

/// What the recording device saw, in order.
#[derive(Debug, PartialEq)]
enum Event {
    Glyph {
        text: Option<String>,
        code: u32,
        bbox: [f64; 4],
        font: String,
        size: f64,
        color: [f32; 3],
        invisible: bool,
    },
    Paint {
        segs: Vec<PathSeg>,
        stroke: bool,
        fill: bool,
        line_width: f64,
        stroke_color: [f32; 3],
        fill_color: [f32; 3],
    },
    Image([f64; 4]),
    Warning(String),
}

#[derive(Default)]
struct Recorder(Vec<Event>);

/// Coordinates to 1/1000 pt, so that the comparison does not hinge on the last bit of a float.
fn r(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn rect(b: Rect) -> [f64; 4] {
    [r(b.x0), r(b.y0), r(b.x1), r(b.y1)]
}

impl Device for Recorder {
    fn glyph(&mut self, g: GlyphEvent<'_>) {
        self.0.push(Event::Glyph {
            text: g.text.map(str::to_string),
            code: g.code,
            bbox: rect(g.bbox),
            font: g.font.to_string(),
            size: r(g.size),
            color: g.color,
            invisible: g.invisible,
        });
    }
    fn paint(&mut self, p: &PaintEvent<'_>) {
        let round = |s: &PathSeg| match *s {
            PathSeg::MoveTo(x, y) => PathSeg::MoveTo(r(x), r(y)),
            PathSeg::LineTo(x, y) => PathSeg::LineTo(r(x), r(y)),
            PathSeg::CurveTo(c) => PathSeg::CurveTo(c.map(|(x, y)| (r(x), r(y)))),
            PathSeg::Close => PathSeg::Close,
        };
        self.0.push(Event::Paint {
            segs: p.segs.iter().map(round).collect(),
            stroke: p.stroke,
            fill: p.fill,
            line_width: r(p.line_width),
            stroke_color: p.stroke_color,
            fill_color: p.fill_color,
        });
    }
    fn image(&mut self, bbox: Rect) {
        self.0.push(Event::Image(rect(bbox)));
    }
    fn warning(&mut self, msg: &str) {
        self.0.push(Event::Warning(msg.to_string()));
    }
}

const CONTENT: &str = "\
q 1 0 0 RG 2 w 10 10 m 190 10 l S Q
BT /F1 10 Tf 20 50 Td (Hi) Tj ET
0 0 1 rg 10 70 50 20 re f
q 30 0 0 20 100 40 cm /Im1 Do Q
/Missing Do
";

/// The fixture: one 200 × 100 page showing `CONTENT`, with Helvetica as /F1, a 1 × 1 image
/// as /Im1, and /Missing pointing at an object the file does not have.
fn fixture() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R /Missing 9 0 R >> >> >>"
            .to_string(),
        format!(
            "<< /Length {} >>\nstream\n{CONTENT}\nendstream",
            CONTENT.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_string(),
        "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray \
         /BitsPerComponent 8 /Length 1 >>\nstream\n0\nendstream"
            .to_string(),
    ];
    let mut pdf = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        write!(pdf, "{} 0 obj\n{body}\nendobj\n", i + 1).unwrap();
    }
    let xref = pdf.len();
    write!(pdf, "xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).unwrap();
    for off in offsets {
        write!(pdf, "{off:010} 00000 n\r\n").unwrap();
    }
    write!(
        pdf,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    pdf.into_bytes()
}

fn glyph(text: &str, x0: f64, x1: f64) -> Event {
    Event::Glyph {
        text: Some(text.to_string()),
        code: u32::from(text.as_bytes()[0]),
        // Baseline at y' = 100 - 50 = 50: 8.8 above, 1.2 below.
        bbox: [x0, 41.2, x1, 51.2],
        font: "Helvetica".to_string(),
        size: 10.0,
        color: [0.0; 3],
        invisible: false,
    }
}

#[test]
fn a_recording_device_sees_every_event_in_order() {
    let doc = Document::from_bytes(&fixture()).unwrap();
    let mut rec = Recorder::default();
    let (width, height, rotate) = doc.run_page(1, &mut rec).unwrap();
    assert_eq!((width, height, rotate), (200.0, 100.0, 0));
    let mut events = rec.0.into_iter();
    // q 1 0 0 RG 2 w 10 10 m 190 10 l S Q: a red 2 pt line at y' = 90.
    assert_eq!(
        events.next(),
        Some(Event::Paint {
            segs: vec![PathSeg::MoveTo(10.0, 90.0), PathSeg::LineTo(190.0, 90.0)],
            stroke: true,
            fill: false,
            line_width: 2.0,
            stroke_color: [1.0, 0.0, 0.0],
            fill_color: [0.0; 3],
        })
    );
    // (Hi) at x = 20 in 10 pt Helvetica: H is 7.22 wide, i 2.22.
    assert_eq!(events.next(), Some(glyph("H", 20.0, 27.22)));
    assert_eq!(events.next(), Some(glyph("i", 27.22, 29.44)));
    // 0 0 1 rg 10 70 50 20 re f: a blue rectangle from y' = 30 up to y' = 10.
    assert_eq!(
        events.next(),
        Some(Event::Paint {
            segs: vec![
                PathSeg::MoveTo(10.0, 30.0),
                PathSeg::LineTo(60.0, 30.0),
                PathSeg::LineTo(60.0, 10.0),
                PathSeg::LineTo(10.0, 10.0),
                PathSeg::Close,
            ],
            stroke: false,
            fill: true,
            line_width: 1.0,
            stroke_color: [0.0; 3],
            fill_color: [0.0, 0.0, 1.0],
        })
    );
    // The unit square under 30 0 0 20 100 40 cm: x 100..130, y 40..60, so y' 40..60.
    assert_eq!(
        events.next(),
        Some(Event::Image([100.0, 40.0, 130.0, 60.0]))
    );
    // /Missing names object 9, which the file does not have.
    match events.next() {
        Some(Event::Warning(w)) => assert!(w.contains("/Missing") && w.contains('9'), "{w}"),
        other => panic!("expected a warning about /Missing, got {other:?}"),
    }
    assert_eq!(events.next(), None);
}

/// The standard sink reads the same page through the same seam: the same glyphs, one
/// horizontal ruling for the stroked line, the image, and the damage.
#[test]
fn the_page_collector_is_another_sink_of_the_same_events() {
    let doc = Document::from_bytes(&fixture()).unwrap();
    let (page, damage) = doc.page_with_damage(1).unwrap();
    let text: Vec<(&str, [f64; 4])> = page
        .glyphs
        .iter()
        .map(|g| (g.text.as_str(), rect(g.bbox)))
        .collect();
    assert_eq!(
        text,
        [
            ("H", [20.0, 41.2, 27.22, 51.2]),
            ("i", [27.22, 41.2, 29.44, 51.2])
        ]
    );
    let lines: Vec<[f64; 4]> = page
        .rulings
        .iter()
        .map(|l| [r(l.x0), r(l.y0), r(l.x1), r(l.y1)])
        .collect();
    assert!(lines.contains(&[10.0, 90.0, 190.0, 90.0]), "{lines:?}");
    assert_eq!(page.images, 1);
    assert_eq!(rect(page.image_boxes[0]), [100.0, 40.0, 130.0, 60.0]);
    assert!(damage.iter().any(|d| d.contains("/Missing")), "{damage:?}");
}
