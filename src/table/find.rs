//! The table finder as named steps, each a function a test can call on its own (as pdfplumber's
//! `table.py` is laid out); [`page`] and [`document`] run them in order.
//!
//! Ruled tables ([`lattice`]): [`edges`] -> [`merge_edges`] ([`snap_edges`], [`join_edges`])
//! -> [`close_rows`], [`close_sides`] -> [`intersections`] -> [`cells`] -> [`grids`] ->
//! [`mark_open`]. On a page: [`frames`] sets one-column boxes aside, [`split_rows`] splits
//! unruled rows; borderless tables: [`free_lines`] -> [`framed_grids`] and [`stream_grids`].
//! Then [`assign_glyphs`] -> [`build`] -> [`plausible`] -> [`captions`]; across pages,
//! [`merge_pages`]. All of it runs in a sideways page's reading frame
//! ([`PageContent::turn`]); last, [`displayed`] puts the boxes back onto the page as shown.

use std::collections::HashMap;

use crate::layout::{Line, lines};
use crate::pdf::{Glyph, Orientation, PageContent, Rect, Ruling};

use super::{Method, Settings, Table};

pub use super::build::build;
pub use super::caption::{captions, drop_running_titles, top_lines};
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
/// frame's free lines (centre inside the box its rules span, [`ruled_extent`]) are one table,
/// its columns from their alignment. A frame one of whose lines sticks out of a side by more
/// than `frame_overhang` of its height is a column of a wider table ruled on both sides, not
/// a frame: its lines stay free, as do those of a frame whose table is not [`plausible`].
/// Returns those grids and the free lines left outside them.
pub fn framed_grids<'a>(
    page: &PageContent,
    frames: &[Grid],
    free: Vec<&'a Line>,
    s: &Settings,
) -> (Vec<Grid>, Vec<&'a Line>) {
    let mut grids = Vec::new();
    let mut boxes = Vec::new();
    for f in frames {
        let b = ruled_extent(f, &page.rulings, s);
        let inside: Vec<&Line> = free
            .iter()
            .copied()
            .filter(|l| b.contains(l.bbox.center()))
            .collect();
        // A line reaching far out of the frame's sides is a row of a wider table, of which
        // the frame is only a column ruled on both sides: its lines are the stream finder's.
        let overhangs = |l: &&Line| {
            let h = s.stream.frame_overhang * l.bbox.height();
            l.bbox.x0 < b.x0 - h || l.bbox.x1 > b.x1 + h
        };
        if inside.iter().any(overhangs) {
            continue;
        }
        let Some(g) = framed_grid(&page.glyphs, &inside, s) else {
            continue;
        };
        // A frame whose lines make no table the finder keeps leaves them to the stream
        // finder, which may find one among them.
        let members = assign_glyphs(&page.glyphs, std::slice::from_ref(&g));
        let kept = members
            .first()
            .is_some_and(|m| plausible(&build(page, &g, Method::Stream, m, s).table, page, s));
        if kept {
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

/// The box a frame's rules span: a frame whose horizontal rules run on past both its sides is
/// as wide as they are. Tables that rule one column on both sides and draw the rules above and
/// under the header and at the foot across the whole width (广州's, 广东's) are such frames;
/// the lattice sees only the column.
pub fn ruled_extent(frame: &Grid, rulings: &[Ruling], s: &Settings) -> Rect {
    let tol = s.lattice.snap_tolerance;
    let rules: Vec<&Ruling> = rulings
        .iter()
        .filter(|r| r.orientation == Orientation::Horizontal)
        .filter(|r| frame.ys.iter().any(|&y| (r.y0 - y).abs() <= tol))
        .collect();
    let own = frame.bbox();
    let mut b = own;
    // Rules joined end to end (a rule drawn in pieces) reach as far as the last piece.
    for _ in 0..=rules.len() {
        let (x0, x1) = rules
            .iter()
            .filter(|r| r.x1 >= b.x0 - tol && r.x0 <= b.x1 + tol)
            .fold((b.x0, b.x1), |(x0, x1), r| (x0.min(r.x0), x1.max(r.x1)));
        if x0 >= b.x0 && x1 <= b.x1 {
            break;
        }
        b.x0 = x0;
        b.x1 = x1;
    }
    // Only a column ruled on both sides, the rules running on past each: a box closed on one
    // side where the rules end is the last column of an open-sided table, which may rule
    // only some of its rows so.
    if b.x0 < own.x0 - tol && b.x1 > own.x1 + tol {
        b
    } else {
        own
    }
}

/// The tables of one page in its reading frame, empty ruled ones included (an empty last row
/// alone on a page is still the end of the table before it), top to bottom, with captions.
pub fn page(page: &PageContent, s: &Settings) -> Vec<Found> {
    page_and_top(page, s).0
}

/// [`page`], and the page's [`top_lines`].
fn page_and_top(page: &PageContent, s: &Settings) -> (Vec<Found>, Vec<(String, f64)>) {
    let page_lines = lines(&page.glyphs, &s.layout);
    let (ruled, frames) = frames(lattice(&page.rulings, s), s);
    let ruled: Vec<Grid> = ruled
        .into_iter()
        .map(|g| split_rows(g, &page.glyphs, &page_lines, s))
        .collect();
    let free = free_lines(&page.glyphs, &page_lines, &ruled, s);
    let (framed, free) = framed_grids(page, &frames, free, s);
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
    (tables, top_lines(&page.glyphs, &page_lines, s))
}

/// Tables are found in a sideways page's reading frame ([`PageContent::turn`]); their table,
/// cell and text boxes go back onto the page as displayed, where a reader of the rendered page
/// (and provenance) finds them. Pages not turned are left alone.
pub fn displayed(found: &mut [Found], pages: &[PageContent]) {
    let turned: HashMap<u32, &PageContent> = pages
        .iter()
        .filter(|p| p.turn != 0)
        .map(|p| (p.number, p))
        .collect();
    if turned.is_empty() {
        return;
    }
    for t in found.iter_mut().map(|f| &mut f.table) {
        if let Some(p) = t.pages.first().and_then(|n| turned.get(n)) {
            t.bbox = p.displayed(&t.bbox);
        }
        for c in &mut t.cells {
            if let Some(p) = turned.get(&c.page) {
                c.bbox = p.displayed(&c.bbox);
                c.text_bbox = c.text_bbox.map(|b| p.displayed(&b));
            }
        }
    }
}

/// The tables of each of consecutive pages ([`page`]), a running header dropped as a title
/// (judged among these pages): what [`merge_pages`] joins.
pub fn each_page(pages: &[PageContent], s: &Settings) -> Vec<Vec<Found>> {
    each_page_until(pages, s, &|| false)
}

/// [`each_page`] until `expired` says time is up (asked before each page): the tables of
/// the pages before the first page not searched, fewer than `pages` when time ran out.
pub fn each_page_until(
    pages: &[PageContent],
    s: &Settings,
    expired: &(dyn Fn() -> bool + Sync),
) -> Vec<Vec<Found>> {
    // Pages are taken in order, so those begun after time ran out are a tail.
    let (mut per_page, tops): (Vec<Vec<Found>>, Vec<_>) =
        crate::share::map(pages, |p| (!expired()).then(|| page_and_top(p, s)))
            .into_iter()
            .map_while(|found| found)
            .unzip();
    drop_running_titles(&mut per_page, &tops, s);
    per_page
}

/// The tables of consecutive pages, a table continued across pages merged into one; tables
/// with no text left out; a running header is no table's title; boxes on the pages as displayed.
pub fn document(pages: &[PageContent], s: &Settings) -> Vec<Found> {
    let mut found = merge_pages(each_page(pages, s), pages, s);
    found.retain(|f| f.table.has_text());
    displayed(&mut found, pages);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::testing::{hline, page, ruled, text, vline};
    use crate::table::{page_tables, page_tables_with};

    #[test]
    fn one_column_boxes_are_frames() {
        let s = Settings::default();
        let mut r = ruled(&[0.0, 100.0, 200.0], &[0.0, 20.0, 40.0]);
        r.extend(ruled(&[0.0, 200.0], &[100.0, 120.0, 140.0]));
        let (tables, boxes) = frames(lattice(&r, &s), &s);
        assert_eq!((tables.len(), boxes.len()), (1, 1));
        assert_eq!(boxes[0].bbox().y0, 100.0);
        let mut s = Settings::default();
        s.lattice.frame_max_columns = 0;
        assert_eq!(frames(lattice(&r, &s), &s).0.len(), 2);
    }

    #[test]
    fn free_lines_are_upright_and_outside_ruled_tables() {
        let s = Settings::default();
        let mut g = Vec::new();
        text("表内", 10.0, 5.0, &mut g);
        text("表外", 10.0, 100.0, &mut g);
        text("图例", 10.0, 200.0, &mut g);
        for glyph in g.iter_mut().skip(4) {
            glyph.angle = 90;
        }
        let lines = lines(&g, &s.layout);
        let ruled = lattice(&ruled(&[0.0, 100.0, 200.0], &[0.0, 20.0, 40.0]), &s);
        let free = free_lines(&g, &lines, &ruled, &s);
        assert_eq!(free.len(), 1);
        assert_eq!(free[0].bbox.y0, 100.0);
    }

    /// A frame (outer box and a rule under the header, no column lines) around four lines
    /// whose amounts line up at x = 150.
    fn framed_page() -> PageContent {
        let mut g = Vec::new();
        for (k, (label, amount)) in [
            ("项目", "金额"),
            ("工资", "1,200.00"),
            ("办公", "300.00"),
            ("合计", "1,500.00"),
        ]
        .iter()
        .enumerate()
        {
            let y = 5.0 + 20.0 * k as f64;
            text(label, 10.0, y, &mut g);
            text(amount, 150.0, y, &mut g);
        }
        let r = vec![
            hline(0.0, 0.0, 300.0),
            hline(20.0, 0.0, 300.0),
            hline(80.0, 0.0, 300.0),
            vline(0.0, 0.0, 80.0),
            vline(300.0, 0.0, 80.0),
        ];
        page(1, g, r)
    }

    #[test]
    fn lines_in_a_frame_are_one_borderless_table() {
        let p = framed_page();
        let s = Settings::default();
        let lines = lines(&p.glyphs, &s.layout);
        let (ruled, boxes) = frames(lattice(&p.rulings, &s), &s);
        assert!(ruled.is_empty());
        let free = free_lines(&p.glyphs, &lines, &ruled, &s);
        let (grids, left) = framed_grids(&p, &boxes, free, &s);
        assert_eq!(grids.len(), 1);
        assert!(left.is_empty());
        // The frame's lines only: columns from alignment, one row per line.
        assert_eq!(grids[0].ys.len(), 5);
        assert_eq!(grids[0].xs.len(), 3);
        let t = page_tables(&p);
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].method, t[0].n_rows, t[0].n_cols),
            (Method::Stream, 4, 2)
        );
    }

    /// A table that rules one column on both sides (x 100-200) and draws its rules across the
    /// whole width (x 0-300): header 项目 | 2025年 预算数 | 2026年 预算数, three rows.
    fn column_ruled_page(rules_across: bool) -> PageContent {
        let mut g = Vec::new();
        text("项目", 10.0, 5.0, &mut g);
        text("预算数", 120.0, 5.0, &mut g);
        text("预算数", 220.0, 5.0, &mut g);
        for (k, (label, a, b)) in [
            ("工资", "1,200", "1,300"),
            ("办公", "300", "350"),
            ("合计", "1,500", "1,650"),
        ]
        .iter()
        .enumerate()
        {
            let y = 25.0 + 20.0 * k as f64;
            text(label, 10.0, y, &mut g);
            text(a, 150.0, y, &mut g);
            text(b, 250.0, y, &mut g);
        }
        let (x0, x1) = if rules_across {
            (0.0, 300.0)
        } else {
            (100.0, 200.0)
        };
        let r = vec![
            hline(0.0, x0, x1),
            hline(20.0, x0, x1),
            hline(90.0, x0, x1),
            vline(100.0, 0.0, 90.0),
            vline(200.0, 0.0, 90.0),
        ];
        page(1, g, r)
    }

    #[test]
    fn a_frame_is_as_wide_as_its_rules() {
        let s = Settings::default();
        let p = column_ruled_page(true);
        let (ruled, boxes) = frames(lattice(&p.rulings, &s), &s);
        assert!(ruled.is_empty());
        assert_eq!((boxes[0].bbox().x0, boxes[0].bbox().x1), (100.0, 200.0));
        let b = ruled_extent(&boxes[0], &p.rulings, &s);
        assert_eq!((b.x0, b.x1), (0.0, 300.0));
        // Every line of the table is the frame's: one table, its header read.
        let lines = lines(&p.glyphs, &s.layout);
        let free = free_lines(&p.glyphs, &lines, &ruled, &s);
        let (grids, left) = framed_grids(&p, &boxes, free, &s);
        assert_eq!((grids.len(), left.len()), (1, 0));
        let t = page_tables(&p);
        assert_eq!(
            (t.len(), t[0].n_rows, t[0].n_cols, t[0].header_rows),
            (1, 4, 3, 1)
        );
    }

    #[test]
    fn lines_sticking_out_of_a_frame_are_not_its() {
        // The rules stop at the column lines: the frame is the column alone, and the lines
        // running out of both its sides are rows of a wider table, left to the stream finder.
        let s = Settings::default();
        let p = column_ruled_page(false);
        let (ruled, boxes) = frames(lattice(&p.rulings, &s), &s);
        let b = ruled_extent(&boxes[0], &p.rulings, &s);
        assert_eq!((b.x0, b.x1), (100.0, 200.0));
        let lines = lines(&p.glyphs, &s.layout);
        let free = free_lines(&p.glyphs, &lines, &ruled, &s);
        let (grids, left) = framed_grids(&p, &boxes, free.clone(), &s);
        assert_eq!((grids.len(), left.len()), (0, 4));
        // Allowed to stick out as far as the page is wide, they are the frame's again.
        let mut wide = Settings::default();
        wide.stream.frame_overhang = 100.0;
        let (grids, _) = framed_grids(&p, &boxes, free, &wide);
        assert_eq!(grids.len(), 1);
        // The stream finder reads the same table.
        let t = page_tables(&p);
        assert_eq!((t.len(), t[0].n_rows, t[0].n_cols), (1, 4, 3));
    }

    #[test]
    fn a_page_runs_every_step_with_the_settings_given() {
        // A ruled table whose rule under the header is doubled 2.5 pt apart (20 and 22.5).
        let mut g = Vec::new();
        text("项目", 10.0, 5.0, &mut g);
        text("金额", 110.0, 5.0, &mut g);
        text("合计", 10.0, 26.0, &mut g);
        text("10.00", 110.0, 26.0, &mut g);
        let p = page(1, g, ruled(&[0.0, 100.0, 200.0], &[0.0, 20.0, 22.5, 40.0]));
        // Snapped to one rule by default: a header row and a body row.
        let t = page_tables(&p);
        assert_eq!((t.len(), t[0].n_rows, t[0].header_rows), (1, 2, 1));
        // With a 2 pt snap tolerance the band between the rules is a row of its own.
        let mut s = Settings::default();
        s.lattice.snap_tolerance = 2.0;
        let t = page_tables_with(&p, &s);
        assert_eq!((t.len(), t[0].n_rows), (1, 3));
        assert!(texts_of_row(&t[0], 1).iter().all(|t| t.is_empty()));
    }

    fn texts_of_row(t: &Table, row: usize) -> Vec<&str> {
        t.cells
            .iter()
            .filter(|c| c.row == row)
            .map(|c| c.text.as_str())
            .collect()
    }
}
