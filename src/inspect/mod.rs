//! `yusuan inspect`: a picture of what yusuan read on one page, beside the page itself. The
//! [`Scene`] gathers what a page shows (glyphs, rulings, the cells of the tables printed on
//! it with their kinds and header paths, the cells items came from, the failed checks that
//! name figures of the page); [`svg`] draws it in the page's top-left space, [`render`]
//! rasterises the page (hayro) and the picture (resvg), [`html`] wraps it for a browser.
//! Colours and the choice of renderer: docs/inspect.md.

pub mod html;
pub mod render;
pub mod svg;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use crate::budget::checks::{Check, Status};
use crate::budget::document::Analysis;
use crate::budget::facts::Item;
use crate::pdf::{Document, Limits, PageContent, Rect};
use crate::pipeline;
use crate::table::{Cell, Table};
use render::RenderOptions;

/// What one page shows.
pub struct Scene<'a> {
    pub page: &'a PageContent,
    /// The tables printed (wholly or partly) on the page.
    pub tables: Vec<TableOnPage<'a>>,
    /// Failed checks that name the page (those comparing table figures with the boxes of the
    /// figures printed here).
    pub failed: Vec<FailedCheck<'a>>,
}

/// A table as far as it is printed on the page.
pub struct TableOnPage<'a> {
    /// Index among the document's tables (0-based, as `Check::table` and tables.csv count).
    pub index: usize,
    pub kind: &'static str,
    pub table: &'a Table,
    /// Its cells printed on this page.
    pub cells: Vec<&'a Cell>,
    /// Its items printed on this page, each with its cell.
    pub items: Vec<(&'a Item, &'a Cell)>,
}

/// A failed check with the boxes of its figures on this page.
pub struct FailedCheck<'a> {
    pub check: &'a Check,
    /// The cell of the printed figure compared, when it is on this page.
    pub printed: Option<Rect>,
    /// The cells of the figures summed that are on this page.
    pub parts: Vec<Rect>,
}

impl TableOnPage<'_> {
    /// Whether a cell is part of the header (its top row is a header row).
    pub fn is_header(&self, c: &Cell) -> bool {
        c.row < self.table.header_rows
    }

    /// The header path of the leaf column `col`, joined by " / ".
    pub fn path(&self, col: usize) -> String {
        self.table
            .columns
            .get(col)
            .map(|c| c.path.join(" / "))
            .unwrap_or_default()
    }
}

/// The cell an item's figure was read from: items are made at their cell's top-left grid
/// position.
fn cell_of<'a>(t: &'a Table, i: &Item) -> Option<&'a Cell> {
    t.cells
        .iter()
        .find(|c| c.row == i.row && c.col == i.col && c.page == i.page)
}

/// The scene of page `page` of an analysed document (`analysis` None: the page as read, no
/// tables).
pub fn scene<'a>(page: &'a PageContent, analysis: Option<&'a Analysis>) -> Scene<'a> {
    let n = page.number;
    let Some(a) = analysis else {
        return Scene {
            page,
            tables: Vec::new(),
            failed: Vec::new(),
        };
    };
    let tables: Vec<TableOnPage<'a>> = a
        .tables
        .iter()
        .enumerate()
        .filter(|(_, t)| t.table.pages.contains(&n))
        .map(|(index, t)| TableOnPage {
            index,
            kind: t.kind.as_str(),
            table: &t.table,
            cells: t.table.cells.iter().filter(|c| c.page == n).collect(),
            items: t
                .items
                .iter()
                .filter(|i| i.page == n)
                .filter_map(|i| cell_of(&t.table, i).map(|c| (i, c)))
                .collect(),
        })
        .collect();
    let place = |table: usize, row: usize, col: usize| {
        a.tables
            .get(table)
            .and_then(|t| t.table.cells.iter().find(|c| c.row == row && c.col == col))
            .filter(|c| c.page == n)
            .map(|c| c.bbox)
    };
    let failed = a
        .tables
        .iter()
        .flat_map(|t| &t.checks)
        .chain(&a.checks)
        .filter(|c| c.status == Status::Fail && c.pages.contains(&n))
        .map(|check| {
            let mut boxes = check.cells.iter().map(|p| place(p.table, p.row, p.col));
            let printed = boxes.next().flatten();
            FailedCheck {
                check,
                printed,
                parts: boxes.flatten().collect(),
            }
        })
        .collect();
    Scene {
        page,
        tables,
        failed,
    }
}

/// Output formats, told by the file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Html,
}

impl Format {
    /// The format a file name asks for (.svg, .png, .html or .htm, any case).
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// How to read and how to render.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub render: RenderOptions,
    pub limits: Limits,
}

/// A picture made, with what is missing from it.
pub struct Made {
    pub bytes: Vec<u8>,
    pub warnings: Vec<String>,
}

/// The picture of page `page` (1-based) of `file` in `format`: the page rendered beside what
/// yusuan read on it (the whole document is read, so tables continued from other pages and
/// checks across tables are as `extract` has them).
pub fn inspect(file: &Path, page: u32, format: Format, opts: &Options) -> Result<Made, String> {
    let name = file.display().to_string();
    let bytes = std::fs::read(file).map_err(|e| format!("{name}: {e}"))?;
    let opened = catch_unwind(AssertUnwindSafe(|| {
        Document::from_bytes_with(&bytes, opts.limits)
    }));
    let doc = match opened {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => return Err(format!("{name}: {e}")),
        Err(_) => return Err(format!("{name}: internal error while opening")),
    };
    let count = doc.page_count();
    if page == 0 || page > count {
        return Err(format!(
            "{name}: no page {page} (the document has {count} pages)"
        ));
    }
    // The page is rendered while the document is read.
    let pending = render::start(bytes.clone(), page, &opts.render);
    let made = catch_unwind(AssertUnwindSafe(|| -> Result<Made, String> {
        let record = pipeline::process_bytes(file, &bytes, opts.limits);
        let mut notes = Vec::new();
        if record.status.as_str() != "ok" {
            notes.push(format!(
                "Document status {}: {}",
                record.status.as_str(),
                record.error
            ));
        }
        let drawn = draw(
            &Page {
                doc: &doc,
                bytes: &bytes,
                number: page,
                analysis: record.analysis.as_ref(),
                source: &name,
                notes,
                render: &opts.render,
                html: format == Format::Html,
            },
            Some(pending),
        )?;
        let bytes = match format {
            Format::Svg => drawn.svg.into_bytes(),
            Format::Png => render::rasterise(&drawn.svg)?,
            Format::Html => drawn.html.unwrap_or_default().into_bytes(),
        };
        Ok(Made {
            bytes,
            warnings: drawn.warnings,
        })
    }));
    made.unwrap_or_else(|_| Err(format!("{name}: internal error while drawing page {page}")))
}

/// A page of a document already read, to draw.
pub struct Page<'a> {
    pub doc: &'a Document,
    /// The file's bytes (the renderer reads them itself).
    pub bytes: &'a [u8],
    /// 1-based.
    pub number: u32,
    pub analysis: Option<&'a Analysis>,
    /// The file as named to the user.
    pub source: &'a str,
    /// Said in the legend.
    pub notes: Vec<String>,
    pub render: &'a RenderOptions,
    /// Make the HTML page too.
    pub html: bool,
}

/// A page drawn: the SVG picture, the same in an HTML page if asked, and what is missing
/// from it.
pub struct Drawn {
    pub svg: String,
    pub html: Option<String>,
    pub warnings: Vec<String>,
}

/// The picture of one page of a document already read and analysed; `pending`, the page's
/// rendering if started already (otherwise it is started here, while the page is read).
pub fn draw(
    p: &Page<'_>,
    pending: Option<Result<render::Pending, String>>,
) -> Result<Drawn, String> {
    let page = p.number;
    let pending = pending.unwrap_or_else(|| render::start(p.bytes.to_vec(), page, p.render));
    // Drawn over the rendered page: a sideways page's boxes as displayed, where the tables'
    // boxes are reported too.
    let content = p
        .doc
        .page(page)
        .map_err(|e| format!("{}: page {page}: {e}", p.source))?
        .as_displayed();
    let image = pending.and_then(render::Pending::wait);
    let scene = scene(&content, p.analysis);
    let mut warnings = match &image {
        Ok(img) => img.warnings.clone(),
        Err(e) => vec![format!("page image: {e}")],
    };
    warnings.extend(p.notes.iter().cloned());
    let picture = svg::Picture {
        scene: &scene,
        source: p.source,
        page_count: p.doc.page_count(),
        image: image.as_ref().map_err(Clone::clone),
        notes: p.notes.clone(),
    };
    let svg = svg::draw(&picture, f64::from(p.render.dpi) / 72.0);
    let html = p.html.then(|| html::page(&picture, &svg));
    Ok(Drawn {
        svg,
        html,
        warnings,
    })
}
