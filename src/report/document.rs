//! `report/doc/<doc_id>.html`: one document's failed checks and its tables as printed, the
//! pictures of its pages with failed checks and the outlines of its other table pages (both
//! `report/pages/<doc_id>-p<N>.html`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use super::html::{esc, page, select, status_class};
use super::{MAX_PICTURES, PICTURE_DPI};
use crate::budget::checks::{Check, Status};
use crate::budget::document::{AnalysedTable, Analysis};
use crate::dataset::DocRecord;
use crate::inspect::{self, render::RenderOptions};
use crate::pdf::{Document, Limits};
use crate::table::Method;

/// Cells larger than this (rows × columns) are not printed as a grid (a table so large is a
/// misreading; its cells are in the JSON).
const MAX_GRID: usize = 100_000;

/// Writes the document's page and its pictures. `bytes`, the file's (None when it could not
/// be read: no pictures).
pub fn write(out: &Path, r: &DocRecord, bytes: Option<&[u8]>, limits: Limits) -> io::Result<()> {
    if r.doc_id.is_empty() {
        return Ok(());
    }
    let dir = super::dir(out);
    let failed = failed_pages(r.analysis.as_ref());
    let (drawn, notes) = match bytes {
        Some(b) if !failed.is_empty() => pictures(&dir, r, b, &failed, limits)?,
        _ => (BTreeSet::new(), Vec::new()),
    };
    let pdf = pdf_url(&r.file);
    let marks = r.analysis.as_ref().map(marks).unwrap_or_default();
    let mut outlined = BTreeSet::new();
    if let Some(a) = r.analysis.as_ref() {
        let pages: Vec<u32> = a
            .tables
            .iter()
            .flat_map(|t| t.table.cells.iter().map(|c| c.page))
            .filter(|n| !drawn.contains(n))
            .collect::<BTreeSet<u32>>()
            .into_iter()
            .collect();
        if let Some(html) = super::outline::document(r, a, &pages, &pdf, &marks) {
            let name = format!("{}-outline.html", r.doc_id);
            super::write_atomic(&dir.join("pages").join(name), html.as_bytes())?;
            outlined.extend(pages);
        }
    }
    let links = Links {
        doc_id: &r.doc_id,
        pdf,
        drawn,
        outlined,
    };
    let html = body(r, &links, &marks, &notes, failed.len());
    super::write_atomic(
        &dir.join("doc").join(format!("{}.html", r.doc_id)),
        page(&r.file, &html).as_bytes(),
    )
}

/// Every check of the analysis: within tables, then across.
fn checks(a: &Analysis) -> impl Iterator<Item = &Check> {
    a.tables.iter().flat_map(|t| &t.checks).chain(&a.checks)
}

/// Pages that show a failed check, in order.
fn failed_pages(a: Option<&Analysis>) -> Vec<u32> {
    let pages: BTreeSet<u32> = a
        .into_iter()
        .flat_map(checks)
        .filter(|c| c.status == Status::Fail)
        .flat_map(|c| c.pages.iter().copied())
        .collect();
    pages.into_iter().collect()
}

/// Draws the first [`MAX_PICTURES`] of `pages`; returns the pages drawn and what went wrong.
fn pictures(
    dir: &Path,
    r: &DocRecord,
    bytes: &[u8],
    pages: &[u32],
    limits: Limits,
) -> io::Result<(BTreeSet<u32>, Vec<String>)> {
    let mut drawn = BTreeSet::new();
    let mut notes = Vec::new();
    let opened = catch_unwind(AssertUnwindSafe(|| {
        Document::from_bytes_with(bytes, limits)
    }));
    let Ok(Ok(doc)) = opened else {
        notes.push("the file could not be opened again to draw its pages".to_string());
        return Ok((drawn, notes));
    };
    let render = RenderOptions {
        dpi: PICTURE_DPI,
        ..RenderOptions::default()
    };
    let shown: Vec<u32> = pages.iter().copied().take(MAX_PICTURES).collect();
    let rendering = inspect::render::start_pages(bytes.to_vec(), &shown, &render);
    for (n, pending) in shown.into_iter().zip(rendering) {
        let p = inspect::Page {
            doc: &doc,
            bytes,
            number: n,
            analysis: r.analysis.as_ref(),
            source: &r.file,
            notes: Vec::new(),
            render: &render,
            html: true,
        };
        match catch_unwind(AssertUnwindSafe(|| inspect::draw(&p, Some(pending)))) {
            Ok(Ok(d)) => {
                let name = format!("{}-p{n}.html", r.doc_id);
                let html = d.html.unwrap_or_default();
                super::write_atomic(&dir.join("pages").join(name), html.as_bytes())?;
                drawn.insert(n);
                notes.extend(d.warnings.iter().map(|w| format!("page {n}: {w}")));
            }
            Ok(Err(e)) => notes.push(format!("page {n}: not drawn: {e}")),
            Err(_) => notes.push(format!("page {n}: not drawn: internal error")),
        }
    }
    if pages.len() > MAX_PICTURES {
        notes.push(format!(
            "{} more pages with failed checks are outlined, not rendered (at most {MAX_PICTURES} pictures a document): `yusuan inspect FILE --page N` draws any page",
            pages.len() - MAX_PICTURES
        ));
    }
    Ok((drawn, notes))
}

/// The PDF as a `file:` URL (absolute when the path resolves), percent-encoded.
fn pdf_url(file: &str) -> String {
    let abs = std::fs::canonicalize(file).unwrap_or_else(|_| file.into());
    let s = abs.to_string_lossy();
    let mut url = String::from(if s.starts_with('/') { "file://" } else { "" });
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(char::from(b));
        } else {
            let _ = write!(url, "%{b:02X}");
        }
    }
    url
}

/// Where a page links to: its picture when drawn, else its outline, else the PDF at that
/// page.
struct Links<'a> {
    doc_id: &'a str,
    pdf: String,
    drawn: BTreeSet<u32>,
    outlined: BTreeSet<u32>,
}

impl Links<'_> {
    fn page(&self, n: u32) -> String {
        self.place(n, None)
    }

    /// The page, with table `k` (0-based) boxed when it is an outline.
    fn place(&self, n: u32, table: Option<usize>) -> String {
        if self.drawn.contains(&n) {
            format!(
                "<a href=\"../pages/{}-p{n}.html\" title=\"the page with what was read; failed checks boxed in red\">p{n} picture</a>",
                self.doc_id
            )
        } else if self.outlined.contains(&n) {
            format!(
                "<a href=\"../pages/{}-outline.html#p{n}{}\" title=\"what was read on the page, the table boxed\">p{n}</a>",
                self.doc_id,
                table.map_or_else(String::new, |k| format!("-t{}", k + 1))
            )
        } else {
            format!(
                "<a href=\"{}#page={n}\" title=\"the PDF at this page\">p{n}</a>",
                esc(&self.pdf)
            )
        }
    }

    fn pages(&self, pages: &[u32]) -> String {
        pages
            .iter()
            .map(|&n| self.page(n))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn table_pages(&self, pages: &[u32], k: usize) -> String {
        pages
            .iter()
            .map(|&n| self.place(n, Some(k)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn body(
    r: &DocRecord,
    links: &Links<'_>,
    marks: &Marks,
    notes: &[String],
    failed_pages: usize,
) -> String {
    let mut b = String::new();
    let _ = write!(
        b,
        "<p><a href=\"../index.html\">← all documents</a></p><h1>{}</h1><p class=\"meta\">\
         <a href=\"{}\">open the PDF</a> · doc_id {} · {} pages · producer {} · status <span class=\"{}\">{}</span>{}</p>",
        esc(&r.file),
        esc(&links.pdf),
        r.doc_id,
        r.pages,
        esc(&r.producer),
        status_class(r.status.as_str()),
        r.status.as_str(),
        if r.error.is_empty() {
            String::new()
        } else {
            format!(": {}", esc(&r.error))
        }
    );
    let Some(a) = r.analysis.as_ref() else {
        b.push_str("<p>Nothing was analysed.</p>");
        return b;
    };
    let _ = write!(
        b,
        "<p class=\"meta\">{} · year {} · {} · {} tables. Pictures of the page are drawn for the {} pages with failed checks (at most {MAX_PICTURES}); every other table page links to an outline of what was read on it, the table boxed.</p>",
        a.doc_kind.map_or("kind unknown", |k| k.as_str()),
        a.year
            .map_or_else(|| "unknown".to_string(), |y| y.to_string()),
        esc(a.body.as_deref().unwrap_or("body unknown")),
        a.tables.len(),
        failed_pages
    );
    for n in notes {
        let _ = write!(b, "<p class=\"meta\">Note: {}</p>", esc(n));
    }
    checks_section(&mut b, a, links);
    b.push_str("<h2>Tables as printed</h2>");
    for (k, t) in a.tables.iter().enumerate() {
        table_section(&mut b, k, t, links, marks);
    }
    b
}

fn checks_section(b: &mut String, a: &Analysis, links: &Links<'_>) {
    let shown: Vec<&Check> = checks(a).filter(|c| c.status != Status::Pass).collect();
    let passed = checks(a).count() - shown.len();
    let fails = shown.iter().filter(|c| c.status == Status::Fail).count();
    let _ = write!(
        b,
        "<h2>Checks</h2><p class=\"meta\">{fails} failed, {} within rounding, {passed} passed (not listed).</p>",
        shown.len() - fails
    );
    if shown.is_empty() {
        return;
    }
    b.push_str("<p class=\"filters\">");
    b.push_str(&select(
        "severity",
        "Severity",
        &[
            ("fail".into(), "failed".into()),
            ("rounding".into(), "within rounding".into()),
        ],
    ));
    b.push_str("<span id=\"shown\"></span> shown</p>");
    b.push_str(
        "<table class=\"list\"><thead><tr><th>severity</th><th>check</th><th>table</th><th>expected</th>\
         <th>found</th><th>difference</th><th>pages</th><th>figures</th></tr></thead><tbody data-rows>",
    );
    for c in shown {
        let table = c.table.map_or_else(
            || "across tables".to_string(),
            |t| format!("<a href=\"#t{}\">T{}</a>", t + 1, t + 1),
        );
        let figure = c.cells.first().map_or_else(String::new, |p| {
            format!(
                "<a href=\"#t{}-r{}-c{}\">T{} row {} col {}</a>",
                p.table + 1,
                p.row,
                p.col,
                p.table + 1,
                p.row,
                p.col
            )
        });
        let sev = c.status.as_str();
        let _ = write!(
            b,
            "<tr data-severity=\"{sev}\" class=\"{sev}\"><td>{sev}</td><td>{}</td><td>{table}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{figure}</td></tr>",
            esc(&c.check),
            c.expected,
            c.actual,
            c.actual - c.expected,
            links.pages(&c.pages)
        );
    }
    b.push_str("</tbody></table>");
}

/// The class of each cell a failed check names: (table, row, col) -> "fail" for the printed
/// figure compared, "part" for the figures it was compared with.
pub type Marks = BTreeMap<(usize, usize, usize), &'static str>;

fn marks(a: &Analysis) -> Marks {
    let mut m = BTreeMap::new();
    for c in checks(a).filter(|c| c.status == Status::Fail) {
        for (k, p) in c.cells.iter().enumerate() {
            let class = if k == 0 { "fail" } else { "part" };
            let e = m.entry((p.table, p.row, p.col)).or_insert(class);
            if class == "fail" {
                *e = "fail";
            }
        }
    }
    m
}

fn table_section(b: &mut String, k: usize, t: &AnalysedTable, links: &Links<'_>, marks: &Marks) {
    let tb = &t.table;
    let fails = t.checks.iter().filter(|c| c.status == Status::Fail).count();
    let _ = write!(
        b,
        "<h3 id=\"t{}\">T{} {} · {}</h3><p class=\"meta\">{}{}{} rows × {} columns ({} header) · {} · pages {}{}</p>",
        k + 1,
        k + 1,
        t.kind.as_str(),
        esc(tb.title.as_deref().unwrap_or("(no title)")),
        tb.form_no
            .as_deref()
            .map_or_else(String::new, |f| format!("form {} · ", esc(f))),
        tb.unit
            .as_deref()
            .map_or_else(String::new, |u| format!("unit {} · ", esc(u))),
        tb.n_rows,
        tb.n_cols,
        tb.header_rows,
        match tb.method {
            Method::Lattice => "ruled",
            Method::Stream => "borderless",
        },
        links.table_pages(&tb.pages, k),
        if fails > 0 {
            format!(" · <span class=\"st-bad\">{fails} failed checks</span>")
        } else {
            String::new()
        }
    );
    if tb.n_rows.saturating_mul(tb.n_cols) > MAX_GRID {
        b.push_str("<p>Too large to print here; its cells are in json/.</p>");
        return;
    }
    grid(b, k, t, marks);
    for n in &tb.notes {
        let _ = write!(b, "<p class=\"meta\">{}</p>", esc(n));
    }
}

/// The table as printed: each cell at its grid position with its spans, header rows as
/// `<th>`, the cells of failed checks marked; an amount's cell tells its reading on hover.
fn grid(b: &mut String, k: usize, t: &AnalysedTable, marks: &Marks) {
    let tb = &t.table;
    let mut covered = vec![false; tb.n_rows * tb.n_cols];
    let mut starts: BTreeMap<(usize, usize), &crate::table::Cell> = BTreeMap::new();
    for c in &tb.cells {
        starts.entry((c.row, c.col)).or_insert(c);
    }
    let items: BTreeMap<(usize, usize), &crate::budget::facts::Item> = t
        .items
        .iter()
        .chain(&t.rates)
        .map(|i| ((i.row, i.col), i))
        .collect();
    b.push_str("<table class=\"grid\">");
    for row in 0..tb.n_rows {
        b.push_str("<tr>");
        for col in 0..tb.n_cols {
            if covered.get(row * tb.n_cols + col).copied().unwrap_or(true) {
                continue;
            }
            let tag = if row < tb.header_rows { "th" } else { "td" };
            let Some(c) = starts.get(&(row, col)) else {
                let _ = write!(b, "<{tag}></{tag}>");
                continue;
            };
            let (rs, cs) = (
                c.rowspan.clamp(1, tb.n_rows - row),
                c.colspan.clamp(1, tb.n_cols - col),
            );
            for r in row..row + rs {
                for cc in col..col + cs {
                    if let Some(x) = covered.get_mut(r * tb.n_cols + cc) {
                        *x = true;
                    }
                }
            }
            let _ = write!(b, "<{tag} id=\"t{}-r{row}-c{col}\"", k + 1);
            if rs > 1 {
                let _ = write!(b, " rowspan=\"{rs}\"");
            }
            if cs > 1 {
                let _ = write!(b, " colspan=\"{cs}\"");
            }
            let mut class: Vec<&str> = Vec::new();
            if let Some(m) = marks.get(&(k, row, col)) {
                class.push(m);
            }
            if let Some(i) = items.get(&(row, col)) {
                class.push("num");
                let _ = write!(
                    b,
                    " title=\"{} {} · {} → {}\"",
                    esc(&i.code),
                    esc(&i.name),
                    esc(&i.header_path),
                    i.shown()
                );
            }
            if !class.is_empty() {
                let _ = write!(b, " class=\"{}\"", class.join(" "));
            }
            let _ = write!(b, ">{}</{tag}>", esc(&c.text));
        }
        b.push_str("</tr>");
    }
    b.push_str("</table>");
}
