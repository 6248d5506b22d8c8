//! Tables: a page's glyphs and rulings -> tables whose cells are right, as a short chain of
//! small steps (edges -> merged edges -> intersections -> cells -> tables for ruled tables;
//! text-edge alignment for borderless ones), then header trees, captions and the merge of a
//! table continued across pages. The steps are the functions of [`find`]; every tolerance is a
//! field of [`Settings`].

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
    /// Its box on the first page (top-left space of the page as displayed, points).
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
}

impl Table {
    /// The cell covering grid position (row, col), spans included.
    pub fn covering(&self, row: usize, col: usize) -> Option<&Cell> {
        self.cells.iter().find(|c| {
            c.row <= row && row < c.row + c.rowspan && c.col <= col && col < c.col + c.colspan
        })
    }

    /// Whether any cell holds text (an empty ruled grid is no table).
    pub fn has_text(&self) -> bool {
        self.cells.iter().any(|c| !c.text.is_empty())
    }
}

mod build;
mod caption;
mod edges;
pub mod find;
mod header;
mod lattice;
mod merge;
mod rows;
mod settings;
mod stream;
#[cfg(test)]
mod testing;
mod text;

pub use settings::{
    CaptionSettings, HeaderSettings, LatticeSettings, LayoutSettings, MergeSettings, Settings,
    Share, StreamSettings,
};

use crate::pdf::PageContent;

/// The tables of one page (no merging across pages), top to bottom, with the default settings.
pub fn page_tables(page: &PageContent) -> Vec<Table> {
    page_tables_with(page, &Settings::default())
}

/// The tables of one page with the given settings.
pub fn page_tables_with(page: &PageContent, s: &Settings) -> Vec<Table> {
    let mut found = find::page(page, s);
    find::displayed(&mut found, std::slice::from_ref(page));
    found
        .into_iter()
        .map(|f| f.table)
        .filter(Table::has_text)
        .collect()
}

/// The tables of consecutive pages, a table continued across pages merged into one, with the
/// default settings.
pub fn document_tables(pages: &[PageContent]) -> Vec<Table> {
    document_tables_with(pages, &Settings::default())
}

/// The tables of consecutive pages with the given settings.
pub fn document_tables_with(pages: &[PageContent], s: &Settings) -> Vec<Table> {
    find::document(pages, s)
        .into_iter()
        .map(|f| f.table)
        .collect()
}

/// The tables of a document whose pages come a window at a time ([`Tables::add`]), so that a
/// long document need not be held whole: the table still open at the foot of a window meets
/// its continuation in the next, as in [`document_tables`] over all the pages at once.
#[derive(Default)]
pub struct Tables {
    done: Vec<Table>,
    /// The last page seen, and its last table (the one the next page may continue).
    last: Option<(PageContent, Option<find::Found>)>,
}

impl Tables {
    /// The next pages of the document, in order; returns, for each page, the boxes of the
    /// cells of the tables found on it (in the page's reading frame, as its glyphs).
    pub fn add(&mut self, pages: Vec<PageContent>) -> Vec<Vec<crate::pdf::Rect>> {
        self.add_until(pages, &|| false)
    }

    /// [`Tables::add`] until `expired` says time is up (asked before each page): only the
    /// pages before the first one not searched are added, and as many boxes returned (fewer
    /// than `pages` when time ran out: the caller stops there).
    pub fn add_until(
        &mut self,
        mut pages: Vec<PageContent>,
        expired: &(dyn Fn() -> bool + Sync),
    ) -> Vec<Vec<crate::pdf::Rect>> {
        let s = Settings::default();
        // Running headers are judged among the pages of the window (a whole document of up
        // to a window's pages, as `find::document` judges them).
        let mut per_page = find::each_page_until(&pages, &s, expired);
        pages.truncate(per_page.len());
        if pages.is_empty() {
            return Vec::new();
        }
        let cells: Vec<Vec<crate::pdf::Rect>> = per_page
            .iter()
            .map(|found| {
                found
                    .iter()
                    .flat_map(|f| f.table.cells.iter().map(|c| c.bbox))
                    .collect()
            })
            .collect();
        let mut all = Vec::with_capacity(pages.len() + 1);
        if let Some((page, open)) = self.last.take() {
            all.push(page);
            per_page.insert(0, open.into_iter().collect());
        }
        let open_at_end = per_page.last().is_some_and(|t| !t.is_empty());
        all.extend(pages);
        let mut merged = find::merge_pages(per_page, &all, &s);
        let open = if open_at_end { merged.pop() } else { None };
        find::displayed(&mut merged, &all);
        self.done
            .extend(merged.into_iter().map(|f| f.table).filter(Table::has_text));
        self.last = all.pop().map(|p| (p, open));
        cells
    }

    /// The tables of all the pages added.
    pub fn finish(self) -> Vec<Table> {
        let mut out = self.done;
        if let Some((page, Some(mut open))) = self.last {
            find::displayed(std::slice::from_mut(&mut open), std::slice::from_ref(&page));
            out.extend(Some(open.table).filter(Table::has_text));
        }
        out
    }
}
