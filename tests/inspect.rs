//! `yusuan inspect` pictures: one cell rectangle per cell of each table, counted against the
//! goldens (the synthetic corpus's model in golden/*.json, the verified real documents in
//! golden/real/), and PNG and HTML outputs that decode. The real-document test skips, saying
//! so, when ../shared is absent.

use std::path::Path;

use yusuan::inspect::{Format, Options, inspect};

/// Each `<g class="table" …>` group of an SVG: (its `data-cells`, the cell rectangles in it).
fn table_groups(svg: &str) -> Vec<(usize, usize)> {
    svg.split(r#"<g class="table""#)
        .skip(1)
        .map(|g| {
            let body = g.split("</g>").next().unwrap_or("");
            let declared = body
                .split("data-cells=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .and_then(|s| s.parse().ok())
                .unwrap_or(usize::MAX);
            (declared, body.matches(r#"<rect class="cell"#).count())
        })
        .collect()
}

fn svg_of(file: &Path, page: u32) -> String {
    let made = inspect(file, page, Format::Svg, &Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    String::from_utf8(made.bytes).unwrap()
}

/// On every page of the synthetic corpus with tables, the picture draws as many tables as the
/// golden has and, for each table whose header spans nothing (no empty header position), one
/// rectangle per grid position: rows × columns of the golden grid. A table with spans has at
/// most that many and at least that many less its empty header positions. A continued table
/// that repeats its header has the header dropped (the merge keeps one), so its rows there are
/// the golden's less the header rows.
#[test]
fn fixture_tables_have_one_rectangle_per_cell() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut entries: Vec<_> = std::fs::read_dir(root.join("golden"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    let (mut exact, mut bounded) = (0, 0);
    for path in &entries {
        let g: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let file = root.join(g["file"].as_str().unwrap());
        for page in g["pages"].as_array().unwrap() {
            let golden: Vec<&serde_json::Value> =
                page["tables"].as_array().into_iter().flatten().collect();
            if golden.is_empty() {
                continue;
            }
            let n = page["number"].as_u64().unwrap() as u32;
            let svg = svg_of(&file, n);
            let groups = table_groups(&svg);
            let at = format!("{} p{n}", path.display());
            assert_eq!(groups.len(), golden.len(), "{at}: tables drawn");
            for (gt, (declared, rects)) in golden.iter().zip(&groups) {
                assert_eq!(declared, rects, "{at}: data-cells and rectangles differ");
                let grid = gt["cells"].as_array().unwrap();
                let cols = grid[0].as_array().unwrap().len();
                let header = gt["header_rows"].as_u64().unwrap() as usize;
                if gt["continued"].as_bool() == Some(true) {
                    assert_eq!(*rects, (grid.len() - header) * cols, "{at}: continuation");
                    exact += 1;
                    continue;
                }
                let rows = grid.len();
                let empty_header = grid
                    .iter()
                    .take(header)
                    .flat_map(|r| r.as_array().unwrap())
                    .filter(|c| c.as_str() == Some(""))
                    .count();
                if empty_header == 0 {
                    assert_eq!(*rects, rows * cols, "{at}: {}", gt["title"]);
                    exact += 1;
                } else {
                    assert!(
                        *rects <= rows * cols && *rects >= rows * cols - empty_header,
                        "{at}: {rects} rectangles for {rows}×{cols} with {empty_header} empty header positions"
                    );
                    bounded += 1;
                }
            }
        }
    }
    eprintln!("tables with exact cell counts {exact}, bounded {bounded}");
    assert!(
        exact >= 12 && bounded >= 11,
        "{exact} exact, {bounded} bounded"
    );
}

/// Each item's mark lies in a cell of a drawn table: the marks are placed from the items'
/// cells, not from their text.
#[test]
fn items_sit_in_table_cells() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let svg = svg_of(&root.join("corpus/type0-identity-h-tounicode.pdf"), 1);
    let num = |s: &str, key: &str| -> f64 {
        s.split(&format!("{key}=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let cells: Vec<[f64; 4]> = svg
        .split(r#"<rect class="cell"#)
        .skip(1)
        .map(|r| {
            let (x, y) = (num(r, "x"), num(r, "y"));
            [x, y, x + num(r, "width"), y + num(r, "height")]
        })
        .collect();
    let items: Vec<(f64, f64)> = svg
        .split(r#"<circle class="item""#)
        .skip(1)
        .map(|c| (num(c, "cx"), num(c, "cy")))
        .collect();
    // The golden's body has 6 printed amounts (1,352.27 twice, 1,193.81, 93.21, 65.25 and the
    // totals row's two 1,352.27) — see golden/type0-identity-h-tounicode.json.
    assert!(items.len() >= 6, "{} items", items.len());
    for (x, y) in &items {
        assert!(
            cells
                .iter()
                .any(|c| c[0] <= *x && *x <= c[2] && c[1] <= *y && *y <= c[3]),
            "item mark at ({x}, {y}) outside every cell"
        );
    }
}

/// PNG and HTML outputs are written, decode, and hold the page: the PNG is wider than two
/// page widths at the requested resolution; the HTML embeds its images and loads nothing.
#[test]
fn png_and_html_decode() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = root.join("corpus/landscape-rotate90-a3.pdf");
    let opts = Options::default();
    let png = inspect(&file, 1, Format::Png, &opts).unwrap();
    let img = resvg::tiny_skia::Pixmap::decode_png(&png.bytes).unwrap();
    // A4 landscape (/Rotate 90): 841.89 × 595.28 pt.
    let px = f64::from(opts.render.dpi) / 72.0;
    assert!(f64::from(img.width()) > 2.0 * 841.0 * px, "{}", img.width());
    assert!(f64::from(img.height()) > 595.0 * px, "{}", img.height());
    // Not blank: the rendered page has dark pixels (its text and rules).
    let dark = img
        .pixels()
        .iter()
        .filter(|p| p.red() < 100 && p.green() < 100 && p.blue() < 100)
        .count();
    assert!(dark > 1000, "{dark} dark pixels");

    let html = inspect(&file, 1, Format::Html, &opts).unwrap();
    let html = String::from_utf8(html.bytes).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg") && html.contains("data:image/png;base64,"));
    for outside in ["src=\"http", "href=\"http", "url(http", "@import"] {
        assert!(!html.contains(outside), "the HTML loads {outside}…");
    }
}

/// A page out of range and a file that is not a PDF are errors with a message, not panics.
#[test]
fn bad_requests_are_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let opts = Options::default();
    let e = inspect(
        &root.join("corpus/simple-standard.pdf"),
        9,
        Format::Svg,
        &opts,
    )
    .err()
    .unwrap();
    assert!(e.contains("no page 9"), "{e}");
    let e = inspect(&root.join("Cargo.toml"), 1, Format::Svg, &opts)
        .err()
        .unwrap();
    assert!(e.contains("Cargo.toml"), "{e}");
}

/// On real documents of the dept corpus, each single-page table of the verified golden
/// (golden/real) is drawn with exactly its number of cells.
#[test]
fn real_tables_have_their_golden_cells() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!(
            "SKIPPED: ../shared/corpus not found; the real-document inspect test did not run"
        );
        return;
    }
    let mut checked = 0;
    for name in [
        "zxj6827111-blip_GOV__good__-shang-hai-shi-pu-tuo-qu-cai-zheng-ju-2024-nian-du-bu-men-jue-suan.json",
        "ae86jack_open-budget__jiang-su-sheng-zheng-xie-ban-gong-ting-__-jiang-su-sheng-zheng-xie-ban-gong-ting-2018-du-bu-men-yu-suan-gong-kai-biao.json",
    ] {
        let g: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("golden/real").join(name)).unwrap(),
        )
        .unwrap();
        let file = corpus.join(g["file"].as_str().unwrap());
        for t in g["tables"].as_array().unwrap() {
            let pages = t["pages"].as_array().unwrap();
            if pages.len() != 1 {
                continue;
            }
            let n = pages[0].as_u64().unwrap() as u32;
            let want = t["cells"].as_array().unwrap().len();
            let groups = table_groups(&svg_of(&file, n));
            assert!(
                groups.iter().any(|&(d, r)| d == want && r == want),
                "{name} p{n}: no table drawn with the golden's {want} cells: {groups:?}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked} tables checked");
}
