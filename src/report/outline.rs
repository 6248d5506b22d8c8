//! `report/pages/<doc_id>-outline.html`: every table page of a document without a picture,
//! one section a page (`#p<N>`): the page's tables drawn from what yusuan read, each cell at
//! its place on the page with its text, each table boxed (the one a link names,
//! `#p<N>-t<k>`, in red), header cells shaded, amounts blue, the figures of failed checks
//! boxed red. No page image: rendering every table page would cost several times the
//! extraction (docs/report.md has the figures); the PDF at the page and `yusuan inspect` are a
//! click or a command away. One file a document, not one a page: thousands of small files
//! cost more to write than their bytes.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::html::{esc, page};
use crate::budget::document::{AnalysedTable, Analysis};
use crate::dataset::DocRecord;
use crate::pdf::Rect;

/// Space kept around the tables, points.
const MARGIN: f64 = 12.0;

const STYLE: &str = "svg.outline{max-width:100%;height:auto;border:1px solid #ccc;background:#fff}\
.outline .c{fill:none;stroke:#9e9e9e;stroke-width:.4}.outline .h{fill:#fff5cc}\
.outline .a{fill:#e3f2fd}.outline .f{fill:#ffcdd2;stroke:#d62728;stroke-width:1.2}\
.outline .p{fill:#ffe0e0;stroke:#d62728;stroke-width:.6;stroke-dasharray:2 1}\
.outline text{fill:#222;dominant-baseline:central}\
.outline .box{fill:none;stroke:#2ca02c;stroke-width:1.4}\
.outline .tbl:target .box{stroke:#d62728;stroke-width:3}\
.outline .lab{font-size:7px;fill:#1b5e20;font-weight:bold}\
.outline .tbl:target .lab{fill:#d62728}";

/// The outlines of `pages` as one HTML page; None when none of them prints a table.
pub fn document(
    r: &DocRecord,
    a: &Analysis,
    pages: &[u32],
    pdf: &str,
    marks: &super::document::Marks,
) -> Option<String> {
    let mut body = format!(
        "<p><a href=\"../doc/{}.html\">← the document</a></p><h1>{}</h1>\
         <p class=\"meta\">What yusuan read on each page: every cell at its place with its text, \
         header cells shaded, amounts blue, the figures of failed checks boxed red, the table a \
         link names boxed red. The page itself: the PDF at that page, or \
         <code>yusuan inspect FILE --page N -o page.html</code> for the rendered page beside \
         what was read.</p><style>{STYLE}</style>",
        r.doc_id,
        esc(&r.file)
    );
    let mut any = false;
    for &n in pages {
        any |= section(&mut body, r, a, n, pdf, marks);
    }
    any.then(|| page(&format!("{} — tables by page", r.file), &body))
}

/// One page's section; false when no table is printed on it.
fn section(
    out: &mut String,
    r: &DocRecord,
    a: &Analysis,
    n: u32,
    pdf: &str,
    marks: &super::document::Marks,
) -> bool {
    let tables: Vec<(usize, &AnalysedTable)> = a
        .tables
        .iter()
        .enumerate()
        .filter(|(_, t)| t.table.cells.iter().any(|c| c.page == n))
        .collect();
    let Some(extent) = tables
        .iter()
        .flat_map(|(_, t)| t.table.cells.iter().filter(|c| c.page == n))
        .map(|c| c.bbox)
        .reduce(|x, y| x.union(&y))
    else {
        return false;
    };
    let list = tables
        .iter()
        .map(|&(k, _)| {
            format!(
                "<a href=\"#p{n}-t{}\">T{}</a> (<a href=\"../doc/{}.html#t{}\">as printed</a>)",
                k + 1,
                k + 1,
                r.doc_id,
                k + 1
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let _ = write!(
        out,
        "<h2 id=\"p{n}\">Page {n}</h2><p class=\"meta\">{list} · <a href=\"{}#page={n}\">the PDF at this page</a></p>",
        esc(pdf)
    );
    let (w, h) = (extent.x1 + MARGIN, extent.y1 + MARGIN);
    let (x, y) = (
        (extent.x0 - MARGIN).max(0.0),
        (extent.y0 - MARGIN - 10.0).max(0.0),
    );
    let _ = write!(
        out,
        "<svg class=\"outline\" viewBox=\"{x:.1} {y:.1} {:.1} {:.1}\" width=\"{:.0}\">",
        w - x,
        h - y,
        (w - x) * 1.6
    );
    for &(k, t) in &tables {
        let items: BTreeSet<(usize, usize)> = t.items.iter().map(|i| (i.row, i.col)).collect();
        let cells: Vec<_> = t.table.cells.iter().filter(|c| c.page == n).collect();
        let Some(b) = cells.iter().map(|c| c.bbox).reduce(|x, y| x.union(&y)) else {
            continue;
        };
        let _ = write!(out, "<g class=\"tbl\" id=\"p{n}-t{}\">", k + 1);
        for c in &cells {
            let class = match marks.get(&(k, c.row, c.col)) {
                Some(&"fail") => "c f",
                Some(_) => "c p",
                None if c.row < t.table.header_rows => "c h",
                None if items.contains(&(c.row, c.col)) => "c a",
                None => "c",
            };
            rect(out, class, &c.bbox);
            if !c.text.is_empty() {
                text(out, &c.bbox, &c.text);
            }
        }
        rect(
            out,
            "box",
            &Rect {
                x0: b.x0 - 1.5,
                y0: b.y0 - 1.5,
                x1: b.x1 + 1.5,
                y1: b.y1 + 1.5,
            },
        );
        let _ = write!(
            out,
            "<text class=\"lab\" x=\"{:.1}\" y=\"{:.1}\">T{} {} · {}</text></g>",
            b.x0,
            b.y0 - 6.0,
            k + 1,
            t.kind.as_str(),
            esc(t.table.title.as_deref().unwrap_or(""))
        );
    }
    out.push_str("</svg>");
    true
}

fn rect(out: &mut String, class: &str, b: &Rect) {
    let _ = write!(
        out,
        "<rect class=\"{class}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
        b.x0,
        b.y0,
        b.width().max(0.0),
        b.height().max(0.0)
    );
}

/// A cell's text, one line, sized to the cell (CJK characters one em wide, others half).
fn text(out: &mut String, b: &Rect, s: &str) {
    let ems: f64 = s
        .chars()
        .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.55 })
        .sum();
    let size = (b.height() * 0.7)
        .min(9.0)
        .min((b.width() - 2.0).max(1.0) / ems.max(1.0))
        .max(2.0);
    let _ = write!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{size:.1}\">{}</text>",
        b.x0 + 1.0,
        (b.y0 + b.y1) / 2.0,
        esc(s)
    );
}
