//! Glyph runs on synthetic pages built here: text printed sideways (a wide table turned across
//! an upright page) must read left to right and its tables come out upright, with boxes where
//! the rendered page shows them. Expected boxes are worked out from the drawing coordinates,
//! not from the code under test.

use lopdf::{Object, Stream, dictionary};
use yusuan::layout::layout_text;
use yusuan::pdf::{Document, PageContent, Rect};
use yusuan::table::{Method, Table, page_tables};

/// A one-page 600 × 800 pt PDF drawing `content` with Helvetica as /F1 (its /Widths, when
/// given, start at code 32).
fn one_page(content: &str, widths: Option<Vec<i64>>) -> Document {
    let mut doc = lopdf::Document::with_version("1.5");
    let mut font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    };
    if let Some(w) = widths {
        font.set("FirstChar", 32);
        font.set("LastChar", 32 + w.len() as i64 - 1);
        font.set(
            "Widths",
            w.into_iter().map(Object::Integer).collect::<Vec<_>>(),
        );
    }
    let font = doc.add_object(font);
    let contents = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
    let pages = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => contents,
        "MediaBox" => vec![0.into(), 0.into(), 600.into(), 800.into()],
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    Document::from_bytes(&bytes).unwrap()
}

/// A ruled 3 × 3 table laid out in its reading frame (x to the right along the text, y down),
/// drawn on the page through `to_pdf` (reading point -> PDF user space) with text matrix
/// `tm` (the text's direction), plus an upright page number.
fn table_page(to_pdf: impl Fn(f64, f64) -> (f64, f64), tm: &str) -> String {
    let (xs, ys) = ([100.0, 250.0, 400.0, 550.0], [100.0, 130.0, 160.0, 190.0]);
    let mut s = String::from("0 G 0.5 w\n");
    for y in ys {
        let ((a, b), (c, d)) = (to_pdf(xs[0], y), to_pdf(xs[3], y));
        s += &format!("{a} {b} m {c} {d} l S\n");
    }
    for x in xs {
        let ((a, b), (c, d)) = (to_pdf(x, ys[0]), to_pdf(x, ys[3]));
        s += &format!("{a} {b} m {c} {d} l S\n");
    }
    let cells = [
        ["Item", "Plan", "Final"],
        ["Alpha", "12.5", "99.3"],
        ["Beta", "7.25", "1,204.8"],
    ];
    for (r, row) in cells.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            // Baseline 8 pt above the row's lower rule, 5 pt into the cell.
            let (e, f) = to_pdf(xs[c] + 5.0, ys[r + 1] - 8.0);
            s += &format!("BT /F1 10 Tf {tm} {e} {f} Tm ({text}) Tj ET\n");
        }
    }
    s + "BT /F1 10 Tf 1 0 0 1 300 30 Tm (5) Tj ET\n"
}

fn cell(t: &Table, row: usize, col: usize) -> &yusuan::table::Cell {
    t.cells
        .iter()
        .find(|c| c.row == row && c.col == col)
        .unwrap()
}

fn check_sideways(page: &PageContent, turn: u16, displayed_cell: Rect) {
    assert_eq!(page.turn, turn);
    let text = layout_text(page);
    let line = text
        .lines()
        .find(|l| l.contains("Alpha"))
        .unwrap_or_default();
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(words, ["Alpha", "12.5", "99.3"], "{text}");
    let tables = page_tables(page);
    let [t] = tables.as_slice() else {
        panic!("{} tables", tables.len())
    };
    assert_eq!((t.method, t.n_rows, t.n_cols), (Method::Lattice, 3, 3));
    assert_eq!(cell(t, 2, 2).text, "1,204.8");
    let b = cell(t, 1, 2).bbox;
    let near = |a: f64, b: f64| (a - b).abs() < 0.01;
    assert!(
        near(b.x0, displayed_cell.x0)
            && near(b.y0, displayed_cell.y0)
            && near(b.x1, displayed_cell.x1)
            && near(b.y1, displayed_cell.y1),
        "cell 99.3 at {b:?}, drawn at {displayed_cell:?}"
    );
}

/// Text running up the page (`0 1 -1 0` Tm): the reading frame's x is PDF y, its y is PDF x.
/// Cell (1, 2) spans reading x 400..550, y 130..160: PDF x 130..160, y 400..550, i.e. top-left
/// y 800 - 550 .. 800 - 400 on the displayed page.
#[test]
fn text_running_up_the_page_reads_left_to_right() {
    let doc = one_page(&table_page(|x, y| (y, x), "0 1 -1 0"), None);
    let cell = Rect {
        x0: 130.0,
        y0: 250.0,
        x1: 160.0,
        y1: 400.0,
    };
    check_sideways(&doc.page(1).unwrap(), 90, cell);
}

/// Text running down the page (`0 -1 1 0` Tm): reading (x, y) is PDF (600 - y, 800 - x).
/// Cell (1, 2): PDF x 440..470, y 250..400, top-left y 400..550.
#[test]
fn text_running_down_the_page_reads_left_to_right() {
    let doc = one_page(&table_page(|x, y| (600.0 - y, 800.0 - x), "0 -1 1 0"), None);
    let cell = Rect {
        x0: 440.0,
        y0: 400.0,
        x1: 470.0,
        y1: 550.0,
    };
    check_sideways(&doc.page(1).unwrap(), 270, cell);
}

/// The same table upright is not turned.
#[test]
fn upright_text_is_not_turned() {
    let doc = one_page(&table_page(|x, y| (x, 800.0 - y), "1 0 0 1"), None);
    let cell = Rect {
        x0: 400.0,
        y0: 130.0,
        x1: 550.0,
        y1: 160.0,
    };
    check_sideways(&doc.page(1).unwrap(), 0, cell);
}

/// Helvetica widths from code 32 with `1` and `l` condensed to 180/1000 (as in Arial Narrow).
fn condensed_widths() -> Vec<i64> {
    (32..=126)
        .map(|c| {
            if c == b'1' as i64 || c == b'l' as i64 {
                180
            } else {
                500
            }
        })
        .collect()
}

/// Doubled narrow letters sit one advance (1.08 pt at 6 pt) apart, less than a fifth of an em:
/// they are text, not fake bold. A heading drawn four times 0.24 pt apart is printed once.
#[test]
fn doubled_narrow_glyphs_are_kept_and_fake_bold_is_not() {
    let mut content = String::from("BT /F1 6 Tf 1 0 0 1 100 500 Tm (Row 11 will sell) Tj ET\n");
    for (dx, dy) in [(0.0, 0.0), (0.24, 0.0), (0.0, 0.24), (0.24, 0.24)] {
        content += &format!(
            "BT /F1 12 Tf 1 0 0 1 {} {} Tm (Total 1100) Tj ET\n",
            100.0 + dx,
            700.0 + dy
        );
    }
    let page = one_page(&content, Some(condensed_widths()))
        .page(1)
        .unwrap();
    let text = layout_text(&page);
    let lines: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .filter(|w: &Vec<&str>| !w.is_empty())
        .collect();
    assert_eq!(
        lines,
        [vec!["Total", "1100"], vec!["Row", "11", "will", "sell"]]
    );
    // Three copies of each of the heading's ten glyphs (the space included).
    assert_eq!(page.duplicates, 30);
}
