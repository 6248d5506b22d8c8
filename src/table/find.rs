//! The table finder as named steps, each a function a test can call on its own (as pdfplumber's
//! `table.py` is laid out); [`page`] and [`document`] run them in order.
//!
//! Ruled tables ([`lattice`]): [`edges`] -> [`merge_edges`] ([`snap_edges`], [`join_edges`])
//! -> [`close_rows`], [`close_sides`] -> [`intersections`] -> [`cells`] -> [`grids`] ->
//! [`mark_open`]. On a page: [`frames`] sets one-column boxes aside, [`split_rows`] splits
//! unruled rows; borderless tables: [`free_lines`] -> [`framed_grids`] and [`stream_grids`].
//! Then [`assign_glyphs`] -> [`build`] -> [`plausible`] -> [`captions`]; across pages,
//! [`merge_pages`].

use crate::layout::{Line, lines};
use crate::pdf::{Glyph, PageContent};

use super::{Method, Settings, Table};

pub use super::build::build;
pub use super::caption::captions;
pub use super::edges::{Edge, edges, join_edges, merge_edges, snap_edges};
pub use super::lattice::{
    Grid, GridCell, Intersections, cells, close_rows, close_sides, grids, intersections, lattice,
    mark_open,
};
pub use super::merge::merge_pages;
pub use super::rows::split_rows;
pub use super::stream::{framed_grid, plausible, stream_grids};
pub use super::text::assign_glyphs;

/// A table as the finder hands it on: the table, and the sides of its frame a page break left
/// open, which the merge across pages reads (a [`Table`] holds only what was printed).
#[derive(Debug, Clone)]
pub struct Found {
    pub table: Table,
    /// The top (bottom) border was missing and has been closed: where a page break cut the
    /// table, the row there may continue from (on) the other page.
    pub open_top: bool,
    pub open_bottom: bool,
}

/// Ruled grids split into tables and frames: a ruled box with one column is a frame (around a
/// borderless table, a note, a title), not a table; its text is left to the stream finder.
pub fn frames(grids: Vec<Grid>, s: &Settings) -> (Vec<Grid>, Vec<Grid>) {
    grids
        .into_iter()
        .partition(|g| g.xs.len().saturating_sub(1) > s.lattice.frame_max_columns)
}

/// The lines where borderless tables may lie: upright (most glyphs unrotated: rotated text is
/// chart labels and stamps) and outside every ruled table (centre outside its box).
pub fn free_lines<'a>(
    glyphs: &[Glyph],
    lines: &'a [Line],
    ruled: &[Grid],
    s: &Settings,
) -> Vec<&'a Line> {
    let upright = |l: &Line| {
        let n = l
            .glyphs
            .iter()
            .filter(|&&i| glyphs.get(i).is_some_and(|g| g.angle == 0 && !g.vertical))
            .count();
        s.stream.upright_share.more_than(n, l.glyphs.len())
    };
    lines
        .iter()
        .filter(|l| upright(l))
        .filter(|l| !ruled.iter().any(|g| g.bbox().contains(l.bbox.center())))
        .collect()
}

/// Tables inside frames that rule rows but no columns (outer box and header rule only): each
/// frame's free lines are one table, its columns from their alignment. Returns those grids and
/// the free lines left outside them.
pub fn framed_grids<'a>(
    glyphs: &[Glyph],
    frames: &[Grid],
    free: Vec<&'a Line>,
    s: &Settings,
) -> (Vec<Grid>, Vec<&'a Line>) {
    let mut grids = Vec::new();
    let mut boxes = Vec::new();
    for f in frames {
        let b = f.bbox();
        let inside: Vec<&Line> = free
            .iter()
            .copied()
            .filter(|l| b.contains(l.bbox.center()))
            .collect();
        if let Some(g) = framed_grid(glyphs, &inside, s) {
            grids.push(g);
            boxes.push(b);
        }
    }
    let free = free
        .into_iter()
        .filter(|l| !boxes.iter().any(|b| b.contains(l.bbox.center())))
        .collect();
    (grids, free)
}

/// The tables of one page, empty ruled ones included (an empty last row alone on a page is
/// still the end of the table before it), top to bottom, with their captions.
pub fn page(page: &PageContent, s: &Settings) -> Vec<Found> {
    let page_lines = lines(&page.glyphs, &s.layout);
    let (ruled, frames) = frames(lattice(&page.rulings, s), s);
    let ruled: Vec<Grid> = ruled
        .into_iter()
        .map(|g| split_rows(g, &page.glyphs, &page_lines, s))
        .collect();
    let free = free_lines(&page.glyphs, &page_lines, &ruled, s);
    let (framed, free) = framed_grids(&page.glyphs, &frames, free, s);
    let stream = stream_grids(&page.glyphs, &free, s);
    let mut found: Vec<(Grid, Method)> = ruled
        .into_iter()
        .map(|g| (g, Method::Lattice))
        .chain(framed.into_iter().map(|g| (g, Method::Stream)))
        .chain(stream.into_iter().map(|g| (g, Method::Stream)))
        .collect();
    found.sort_by(|a, b| a.0.bbox().y0.total_cmp(&b.0.bbox().y0));
    let (grids, methods): (Vec<Grid>, Vec<Method>) = found.into_iter().unzip();
    let members = assign_glyphs(&page.glyphs, &grids);
    let mut tables: Vec<Found> = grids
        .iter()
        .zip(methods)
        .zip(members)
        .map(|((grid, method), members)| build(page, grid, method, &members, s))
        .filter(|f| plausible(&f.table, page, s))
        .collect();
    captions(&page.glyphs, &page_lines, &mut tables, page.height, s);
    tables
}

/// The tables of consecutive pages, a table continued across pages merged into one; tables
/// with no text left out.
pub fn document(pages: &[PageContent], s: &Settings) -> Vec<Found> {
    let per_page: Vec<Vec<Found>> = crate::share::map(pages, |p| page(p, s));
    let mut found = merge_pages(per_page, pages, s);
    found.retain(|f| f.table.has_text());
    found
}
