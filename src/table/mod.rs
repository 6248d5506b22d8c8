//! Tables: a page's glyphs and rulings -> tables whose cells are right, as a short chain of
//! small steps (edges -> merged edges -> intersections -> cells -> tables for ruled tables;
//! text-edge alignment for borderless ones), then header trees, captions and the merge of a
//! table continued across pages.

use serde::{Deserialize, Serialize};

use crate::pdf::Rect;

/// How a table's grid was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// From ruling lines.
    Lattice,
    /// From text alignment.
    Stream,
}

/// One cell of the grid. A spanning cell covers `rowspan` × `colspan` grid positions and is
/// listed once, at its top-left position.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cell {
    pub row: usize,
    pub col: usize,
    pub rowspan: usize,
    pub colspan: usize,
    /// Text joined for reading: lines concatenated (no space between CJK characters, one
    /// between Latin words), full-width spaces and indentation removed.
    pub text: String,
    /// Text as printed, lines separated by `\n`, inner spacing kept.
    pub raw: String,
    pub page: u32,
    pub bbox: Rect,
    /// The box of the printed text inside the cell, if any.
    pub text_bbox: Option<Rect>,
}

/// A row of the logical table.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    pub page: u32,
    /// Part of the header (a repeated header on a continuation page is dropped, not kept).
    pub header: bool,
}

/// A leaf column and its header path, top to bottom (e.g. 本年支出 / 基本支出 / 人员经费).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Column {
    pub path: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Table {
    /// Pages the table spans, first to last.
    pub pages: Vec<u32>,
    /// Its box on the first page (top-left page space, points).
    pub bbox: Rect,
    pub method: Method,
    pub n_rows: usize,
    pub n_cols: usize,
    pub rows: Vec<Row>,
    pub columns: Vec<Column>,
    pub header_rows: usize,
    pub cells: Vec<Cell>,
    /// Caption lines around the table.
    pub title: Option<String>,
    /// Form number, e.g. 预算01表.
    pub form_no: Option<String>,
    /// Unit line, e.g. 单位：万元 (as printed, after the colon).
    pub unit: Option<String>,
    /// Department line, e.g. 部门名称：… (after the colon).
    pub body: Option<String>,
    /// Notes below the table (注：…, 说明：…).
    pub notes: Vec<String>,
    /// The frame is open at the top / bottom (a page break cut it there).
    #[serde(skip)]
    pub open_top: bool,
    #[serde(skip)]
    pub open_bottom: bool,
}

impl Table {
    /// The cell covering grid position (row, col), spans included.
    pub fn covering(&self, row: usize, col: usize) -> Option<&Cell> {
        self.cells.iter().find(|c| {
            c.row <= row && row < c.row + c.rowspan && c.col <= col && col < c.col + c.colspan
        })
    }
}

mod caption;
mod edges;
mod header;
mod lattice;
mod merge;
mod rows;
mod settings;
mod stream;
mod text;

pub use settings::Settings;

use crate::layout::{is_figure, lines};
use crate::pdf::PageContent;
use lattice::Grid;

/// The tables of one page (no merging across pages), top to bottom.
pub fn page_tables(page: &PageContent) -> Vec<Table> {
    page_tables_with(page, &Settings::default())
}

pub fn page_tables_with(page: &PageContent, s: &Settings) -> Vec<Table> {
    let mut tables = candidates(page, s);
    tables.retain(has_text);
    tables
}

fn has_text(t: &Table) -> bool {
    t.cells.iter().any(|c| !c.text.is_empty())
}

/// The tables of one page, empty ruled ones included: an empty last row alone on a page is
/// still the end of the table before it.
fn candidates(page: &PageContent, s: &Settings) -> Vec<Table> {
    let page_lines = lines(&page.glyphs);
    // A ruled box with one column is a frame (around a borderless table, a note, a title), not
    // a table: its text is left to the stream finder.
    let (ruled, frames): (Vec<Grid>, Vec<Grid>) = lattice::grids(&page.rulings, s)
        .into_iter()
        .partition(|g| g.xs.len() > 2);
    let mut grids: Vec<(Grid, Method)> = ruled
        .into_iter()
        .map(|g| (rows::split(g, &page.glyphs, &page_lines), Method::Lattice))
        .collect();
    // Horizontal lines outside every ruled table may hold borderless tables (rotated text is
    // chart labels and stamps).
    let upright = |l: &crate::layout::Line| {
        let n = l
            .glyphs
            .iter()
            .filter(|&&i| {
                page.glyphs
                    .get(i)
                    .is_some_and(|g| g.angle == 0 && !g.vertical)
            })
            .count();
        n * 2 > l.glyphs.len()
    };
    let free: Vec<&crate::layout::Line> = page_lines
        .iter()
        .filter(|l| upright(l))
        .filter(|l| !grids.iter().any(|(g, _)| g.bbox().contains(l.bbox.center())))
        .collect();
    // A frame with rows but no column lines (outer box and header rule only): its lines are one
    // table, columns from alignment.
    let in_box = |l: &crate::layout::Line, b: &crate::pdf::Rect| b.contains(l.bbox.center());
    let mut framed_boxes = Vec::new();
    for f in &frames {
        let b = f.bbox();
        let inside: Vec<&crate::layout::Line> =
            free.iter().copied().filter(|l| in_box(l, &b)).collect();
        if let Some(g) = stream::framed(&page.glyphs, &inside) {
            grids.push((g, Method::Stream));
            framed_boxes.push(b);
        }
    }
    let free: Vec<&crate::layout::Line> = free
        .into_iter()
        .filter(|l| !framed_boxes.iter().any(|b| in_box(l, b)))
        .collect();
    grids.extend(
        stream::grids(&page.glyphs, &free)
            .into_iter()
            .map(|g| (g, Method::Stream)),
    );
    grids.sort_by(|a, b| a.0.bbox().y0.total_cmp(&b.0.bbox().y0));
    let mut members: Vec<Vec<Vec<usize>>> = grids
        .iter()
        .map(|(g, _)| vec![Vec::new(); g.cells.len()])
        .collect();
    let slots: Vec<Vec<Option<usize>>> = grids.iter().map(|(g, _)| slot_map(g)).collect();
    for (i, g) in page.glyphs.iter().enumerate() {
        let (cx, cy) = g.bbox.center();
        for (k, (grid, _)) in grids.iter().enumerate() {
            if !grid.bbox().contains((cx, cy)) {
                continue;
            }
            let col = grid.xs.partition_point(|&x| x < cx).saturating_sub(1);
            let row = grid.ys.partition_point(|&y| y < cy).saturating_sub(1);
            let n_cols = grid.xs.len().saturating_sub(1);
            let cell = slots
                .get(k)
                .and_then(|s| s.get(row * n_cols + col))
                .copied()
                .flatten();
            if let Some(list) = cell.and_then(|c| members.get_mut(k).and_then(|m| m.get_mut(c))) {
                list.push(i);
            }
            break;
        }
    }
    let mut tables: Vec<Table> = grids
        .iter()
        .zip(members)
        .map(|((grid, method), members)| build(page, grid, *method, &members))
        .filter(|t| {
            t.method == Method::Lattice || (plausible_stream(t) && !over_graphics(page, &t.bbox))
        })
        .collect();
    caption::annotate(&page.glyphs, &page_lines, &mut tables, page.height);
    tables
}

/// A borderless table must look like one: a column that is mostly figures and three figures
/// at least (numbered lists and justified paragraphs line up too, but carry none), most
/// positions filled, no dot leaders (a contents page is not a table of amounts), and no
/// cell of stray marks (chart labels and axes scatter such pieces).
fn plausible_stream(t: &Table) -> bool {
    let filled = t.cells.iter().filter(|c| !c.text.is_empty()).count();
    let leaders = t
        .cells
        .iter()
        .filter(|c| c.text.contains("……") || c.text.contains("....") || c.text.contains("···"))
        .count();
    let stray = t.cells.iter().any(|c| {
        !c.text.is_empty() && !is_figure(&c.text) && !c.text.chars().any(|ch| ch.is_alphanumeric())
    });
    let figures = t
        .cells
        .iter()
        .filter(|c| c.row >= t.header_rows && is_figure(&c.text))
        .count();
    let figure_column = (0..t.n_cols).any(|col| {
        let body: Vec<&Cell> = t
            .cells
            .iter()
            .filter(|c| c.col == col && c.row >= t.header_rows && !c.text.is_empty())
            .collect();
        let n = body.iter().filter(|c| is_figure(&c.text)).count();
        n >= 1 && n * 2 >= body.len()
    });
    figure_column && figures >= 3 && leaders < 2 && !stray && filled * 5 >= t.cells.len() * 2
}

/// Aligned text over drawn shapes, bars or pictures is a chart's labels, not a table.
fn over_graphics(page: &PageContent, b: &crate::pdf::Rect) -> bool {
    let inside = |r: &crate::pdf::Rect| b.contains(r.center());
    let marks = page.shapes.iter().filter(|r| inside(r)).count()
        + page.fills.iter().filter(|f| inside(&f.rect)).count()
        + page.image_boxes.iter().filter(|r| inside(r)).count();
    marks >= 3
        || page
            .image_boxes
            .iter()
            .any(|r| inside(r) && r.width() * r.height() > 0.3 * b.width() * b.height())
}

/// For each grid position, the index of the cell covering it.
fn slot_map(grid: &Grid) -> Vec<Option<usize>> {
    let n_cols = grid.xs.len().saturating_sub(1);
    let n_rows = grid.ys.len().saturating_sub(1);
    let mut slots = vec![None; n_rows * n_cols];
    for (k, c) in grid.cells.iter().enumerate() {
        for r in c.row..c.row + c.rowspan {
            for col in c.col..c.col + c.colspan {
                if let Some(s) = slots.get_mut(r * n_cols + col) {
                    *s = Some(k);
                }
            }
        }
    }
    slots
}

fn build(page: &PageContent, grid: &Grid, method: Method, members: &[Vec<usize>]) -> Table {
    let cells: Vec<Cell> = grid
        .cells
        .iter()
        .zip(members)
        .map(|(gc, m)| {
            let (text, raw) = text::cell_text(&page.glyphs, m);
            Cell {
                row: gc.row,
                col: gc.col,
                rowspan: gc.rowspan,
                colspan: gc.colspan,
                text,
                raw,
                page: page.number,
                bbox: gc.bbox,
                text_bbox: m
                    .iter()
                    .filter_map(|&i| page.glyphs.get(i))
                    .filter(|g| !g.text.trim().is_empty())
                    .map(|g| g.bbox)
                    .reduce(|a, b| a.union(&b)),
            }
        })
        .collect();
    let n_cols = grid.xs.len().saturating_sub(1);
    let (cells, captions, top) = strip_caption_rows(cells, n_cols, grid);
    let n_rows = grid.ys.len().saturating_sub(1) - captions.len();
    let header_rows = header::header_rows(&cells, n_rows);
    let mut bbox = grid.bbox();
    bbox.y0 = top;
    let mut table = Table {
        pages: vec![page.number],
        bbox,
        method,
        n_rows,
        n_cols,
        rows: (0..n_rows)
            .map(|r| Row {
                page: page.number,
                header: r < header_rows,
            })
            .collect(),
        columns: header::columns(&cells, header_rows, n_cols),
        header_rows,
        cells,
        title: None,
        form_no: None,
        unit: None,
        body: None,
        notes: Vec::new(),
        open_top: grid.open_top && captions.is_empty(),
        open_bottom: grid.open_bottom,
    };
    caption::apply(&mut table, &captions);
    table
}

/// Rows at the top of a ruled table made of one full-width cell that reads as a caption — a
/// title (…表), a bracketed line such as （2023年度）, a unit line — are drawn inside the frame
/// but are not data: they are taken out of the grid. (A full-width header such as
/// 财政拨款“三公”经费 stays.) Returns the
/// remaining cells (rows renumbered), the caption texts and the new top edge.
fn strip_caption_rows(
    mut cells: Vec<Cell>,
    n_cols: usize,
    grid: &Grid,
) -> (Vec<Cell>, Vec<String>, f64) {
    let mut captions = Vec::new();
    let n_rows = grid.ys.len().saturating_sub(1);
    while n_cols > 1 && n_rows - captions.len() > 2 {
        let r = captions.len();
        let row: Vec<&Cell> = cells.iter().filter(|c| c.row == r).collect();
        match row.as_slice() {
            [only]
                if only.colspan == n_cols
                    && only.rowspan == 1
                    && caption::is_caption(&only.text) =>
            {
                captions.push(only.text.clone())
            }
            _ => break,
        }
    }
    let k = captions.len();
    cells.retain(|c| c.row >= k);
    for c in &mut cells {
        c.row -= k;
    }
    let top = grid.ys.get(k).copied().unwrap_or(0.0);
    (cells, captions, top)
}

/// The tables of consecutive pages, a table continued across pages merged into one.
pub fn document_tables(pages: &[PageContent]) -> Vec<Table> {
    let s = Settings::default();
    let per_page: Vec<Vec<Table>> = crate::share::map(pages, |p| candidates(p, &s));
    let mut tables = merge::merge(per_page, pages);
    tables.retain(has_text);
    tables
}
