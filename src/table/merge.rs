//! A table continued on the next page(s) becomes one logical table: each row keeps its page, a
//! repeated header is dropped, not kept as data, and a row that the page break cut in two is
//! joined again.

use crate::layout::is_figure;
use crate::pdf::PageContent;

use super::find::Found;
use super::{Cell, Method, Settings, Table, caption};

/// Column boundaries of a table (from its cells' edges), left to right: those of its part on
/// its last page when they are complete (a page that drifted a few points from the one before
/// is followed by a page drawn as it is), else of all its cells.
fn boundaries(t: &Table, s: &Settings) -> Vec<f64> {
    let of = |last_only: bool| {
        let mut xs: Vec<f64> = t
            .cells
            .iter()
            .filter(|c| !last_only || Some(&c.page) == t.pages.last())
            .flat_map(|c| [c.bbox.x0, c.bbox.x1])
            .collect();
        xs.sort_by(f64::total_cmp);
        xs.dedup_by(|a, b| (*a - *b).abs() < s.merge.same_boundary);
        xs
    };
    let last = of(true);
    if last.len() == t.n_cols + 1 {
        last
    } else {
        of(false)
    }
}

/// For each boundary of `next`, the index of the matching boundary of `prev`: the printed
/// layout continues when every boundary of `next` is one of `prev`'s (a continuation may lack
/// some inner lines, where its rows span) and the outer edges agree.
fn column_map(prev: &Table, next: &Table, s: &Settings) -> Option<Vec<usize>> {
    let (a, b) = (boundaries(prev, s), boundaries(next, s));
    let map: Option<Vec<usize>> = b
        .iter()
        .map(|x| {
            a.iter()
                .position(|y| (x - y).abs() < s.merge.boundary_match)
        })
        .collect();
    let map = map.or_else(|| paired(&a, &b, s))?;
    (map.first() == Some(&0) && map.last() == Some(&(a.len() - 1)) && a.len() == prev.n_cols + 1)
        .then_some(map)
}

/// The same number of column lines, each drifted a little from its counterpart (a page set
/// a few points wider inside the same frame: 广州 p11 -> p12 drifts 2.0, 2.7 … 6.3 pt): paired
/// in order when each is within `paired_boundary_match` of its counterpart and nearer to it
/// than half the narrower column beside it, so no line could be paired with another.
fn paired(a: &[f64], b: &[f64], s: &Settings) -> Option<Vec<usize>> {
    if a.len() != b.len() || a.len() < 2 {
        return None;
    }
    let ok = a.iter().zip(b).enumerate().all(|(i, (x, y))| {
        let left = i
            .checked_sub(1)
            .and_then(|j| a.get(j))
            .map_or(f64::INFINITY, |p| x - p);
        let right = a.get(i + 1).map_or(f64::INFINITY, |n| n - x);
        let d = (x - y).abs();
        d < s.merge.paired_boundary_match && d < left.min(right) / 2.0
    });
    ok.then(|| (0..a.len()).collect())
}

/// Whether `next` (first table of its page) continues `prev` (last table of the previous page).
fn continues(
    prev: &Table,
    next: &Table,
    prev_page: &PageContent,
    next_page: &PageContent,
    s: &Settings,
) -> Option<Vec<usize>> {
    if next.title.is_some() && next.title != prev.title {
        return None;
    }
    // The previous table runs to the bottom of its page and the next one starts near the top.
    // A continuation that repeats the whole header may follow a part that ends higher, when
    // nothing but the page's foot comes after it (rows too tall for the page: 东莞 2025 p58,
    // 10 rows of wrapped names, then p59-62).
    let foot = prev
        .cells
        .iter()
        .filter(|c| Some(&c.page) == prev.pages.last())
        .map(|c| c.bbox.y1)
        .fold(prev.bbox.y1, f64::max);
    let near_bottom = foot > prev_page.height * s.merge.prev_bottom;
    let near_top = next.bbox.y0 < next_page.height * s.merge.next_top;
    let ends_page = || {
        caption::lines_below(prev_page, foot, s)
            .iter()
            .all(|l| is_page_number(l))
    };
    let repeats_header = || prev.header_rows > 0 && repeated_header(prev, next) == prev.header_rows;
    if !near_top || !(near_bottom || repeats_header() && ends_page()) {
        return None;
    }
    column_map(prev, next, s)
        .or_else(|| same_header(prev, next))
        .or_else(|| (ends_page() && same_gaps(prev, next)).then(|| (0..=prev.n_cols).collect()))
}

/// Borderless parts whose columns are the same columns: as many of them, and the gap between
/// each two neighbours' texts on one page overlapping the same gap on the other, so one line
/// parts them on both. A borderless table's column boundary sits in the middle of its page's
/// gap, which the widest name on the page moves (江苏 2022 表三十三 p65 -> p66: 325.2, then 314.2
/// pt; 广州 2025 表16 p100 -> p101: the left edge 83.1, then 71.1 pt, a 类 line set further
/// out), so boundaries are not compared. Only when the previous part ends its page (nothing
/// but a page number below it), so a table whose title closes the page is not taken for one;
/// when the continuation prints no other form number; and when it prints no header or the
/// previous part's header again (广州 2025 表44 按功能分类 p215, then 表45 按经济分类 p216 under
/// the same title, 项目名称 | 预算数, then 项目 | 预算数: two tables; 广东 2024 表35 p151, its
/// header misread, then p152 printing it right: not joined under the misread one).
fn same_gaps(prev: &Table, next: &Table) -> bool {
    if prev.method != Method::Stream || next.method != Method::Stream || prev.n_cols != next.n_cols
    {
        return false;
    }
    if next.form_no.is_some() && next.form_no != prev.form_no
        || next.header_rows > 0
            && (prev.header_rows == 0 || repeated_header(prev, next) < prev.header_rows)
    {
        return false;
    }
    let (a, b) = (
        text_columns(prev, prev.pages.last().copied()),
        text_columns(next, None),
    );
    let n = prev.n_cols;
    n >= 2
        && (0..n - 1).all(|i| {
            let ends = [a.get(i), b.get(i)].map(|c| c.copied().flatten().map(|c| c.1));
            let starts = [a.get(i + 1), b.get(i + 1)].map(|c| c.copied().flatten().map(|c| c.0));
            match (ends, starts) {
                ([Some(l0), Some(l1)], [Some(r0), Some(r1)]) => l0.max(l1) < r0.min(r1),
                _ => false,
            }
        })
}

/// The x extent of the body text of each column of `t` (on `page` only, if given): cells of
/// one column whose text stays inside them (a name crossing into the next column, which a
/// borderless table allows, says nothing of where the columns part). None for a column
/// without such text.
fn text_columns(t: &Table, page: Option<u32>) -> Vec<Option<(f64, f64)>> {
    let mut cols: Vec<Option<(f64, f64)>> = vec![None; t.n_cols];
    for c in &t.cells {
        let Some(tb) = c.text_bbox else { continue };
        if c.row < t.header_rows
            || c.colspan != 1
            || page.is_some_and(|p| p != c.page)
            || tb.x0 < c.bbox.x0
            || tb.x1 > c.bbox.x1
        {
            continue;
        }
        if let Some(slot) = cols.get_mut(c.col) {
            *slot = Some(slot.map_or((tb.x0, tb.x1), |(a, b)| (a.min(tb.x0), b.max(tb.x1))));
        }
    }
    cols
}

/// A page number as printed at a page's foot (`- 56 -`, `— 25 —`, `─ 57 ─` in box-drawing
/// dashes, `第 3 页`, `3/10`).
pub(super) fn is_page_number(line: &str) -> bool {
    line.chars().any(|c| c.is_ascii_digit())
        && line
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "-—–－─/第页共".contains(c))
}

/// A continuation set with other column widths (广州 卫生健康委 p29 -> p30: 其他资金 83 pt
/// wide, then 32) that prints the previous part's header again, every header row cell for
/// cell: its columns are the same columns, in order.
fn same_header(prev: &Table, next: &Table) -> Option<Vec<usize>> {
    (prev.header_rows > 0
        && prev.n_cols == next.n_cols
        && repeated_header(prev, next) == prev.header_rows)
        .then(|| (0..=prev.n_cols).collect())
}

/// Rows at the top of `next` that repeat `prev`'s header, cell by cell.
fn repeated_header(prev: &Table, next: &Table) -> usize {
    let row_texts = |t: &Table, r: usize| -> Vec<(usize, usize, String)> {
        let mut v: Vec<(usize, usize, String)> = t
            .cells
            .iter()
            .filter(|c| c.row == r)
            .map(|c| (c.col, c.colspan, c.text.clone()))
            .collect();
        v.sort();
        v
    };
    let mut n = 0;
    while n < prev.header_rows && n < next.n_rows && row_texts(prev, n) == row_texts(next, n) {
        n += 1;
    }
    n
}

/// The tables of consecutive pages (`per_page`, found on `pages`) with each table continued
/// on the next page merged into the one it continues; a caption printed at the foot of the
/// previous page is given to the table that starts the next.
pub fn merge_pages(per_page: Vec<Vec<Found>>, pages: &[PageContent], s: &Settings) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // Index into `out` of the last table of the previous page.
    let mut open: Option<usize> = None;
    for (i, tables) in per_page.into_iter().enumerate() {
        let count = tables.len();
        let mut next_open = None;
        for (k, t) in tables.into_iter().enumerate() {
            let prev_idx = open.filter(|_| k == 0);
            let target = prev_idx.and_then(|idx| {
                let prev = out.get(idx)?;
                let (pp, np) = (pages.get(i.checked_sub(1)?)?, pages.get(i)?);
                Some((idx, continues(&prev.table, &t.table, pp, np, s)?))
            });
            match target {
                Some((idx, map)) => {
                    if let Some(prev) = out.get_mut(idx) {
                        append(prev, t, &map, s);
                    }
                }
                None => {
                    let mut t = t;
                    // A caption printed at the foot of the previous page (title, unit line), the
                    // table itself starting on this one.
                    if k == 0
                        && t.table.title.is_none()
                        && let Some(prev) = i.checked_sub(1).and_then(|p| pages.get(p))
                    {
                        let below = open
                            .and_then(|idx| out.get(idx))
                            .map(|p| &p.table)
                            .filter(|p| p.pages.last() == Some(&prev.number))
                            // Its foot on that page (its bbox is on its first page).
                            .map_or(0.0, |p| {
                                p.cells
                                    .iter()
                                    .filter(|c| c.page == prev.number)
                                    .map(|c| c.bbox.y1)
                                    .fold(0.0, f64::max)
                            });
                        // Only caption lines: not page numbers or the end of a paragraph.
                        let foot: Vec<String> = caption::lines_below(prev, below, s)
                            .into_iter()
                            .filter(|l| caption::is_caption(l))
                            .collect();
                        caption::apply(&mut t.table, &foot);
                    }
                    out.push(t)
                }
            }
            if k + 1 == count {
                next_open = Some(out.len() - 1);
            }
        }
        open = next_open;
    }
    out
}

/// `next` appended to `prev`, its columns mapped onto `prev`'s by `map`.
fn append(prev: &mut Found, next: Found, map: &[usize], s: &Settings) {
    let Found {
        table: mut next,
        open_top,
        open_bottom,
    } = next;
    let merged = &mut prev.table;
    // Columns of `next` onto `prev`'s grid.
    for c in &mut next.cells {
        let (Some(&a), Some(&b)) = (map.get(c.col), map.get(c.col + c.colspan)) else {
            continue;
        };
        c.col = a;
        c.colspan = b.saturating_sub(a).max(1);
    }
    let skip = repeated_header(merged, &next);
    next.cells.retain(|c| c.row >= skip);
    for c in &mut next.cells {
        c.row -= skip;
    }
    let mut rows: Vec<_> = next.rows.into_iter().skip(skip).collect();
    if join_split_row(merged, &mut next.cells, open_top, s) {
        rows.remove(0);
    } else {
        continue_spans(merged, &mut next.cells);
    }
    let offset = merged.n_rows;
    for c in &mut next.cells {
        c.row += offset;
    }
    let page = next.pages.first().copied().unwrap_or(0);
    merged.cells.extend(next.cells);
    merged.rows.extend(rows.into_iter().map(|mut r| {
        r.header = false;
        r
    }));
    merged.n_rows = merged.rows.len();
    if !merged.pages.contains(&page) {
        merged.pages.push(page);
    }
    merged.notes.extend(next.notes);
    prev.open_bottom = open_bottom;
}

/// A row the page break cut in two. The break shows (the continuation's frame is open at the
/// top, or the text above it fills its cell to the right edge, as a wrapped line does); the
/// continuation's first row repeats the cell layout of `prev`'s last row (no cell spanning
/// further down, which would start a new block), holds no figure, and has text only under
/// cells of that row that have text (the rest of a wrapped name). Its
/// texts are appended to those cells and the row removed (`cells` renumbered). Returns whether
/// it joined.
fn join_split_row(prev: &mut Table, cells: &mut Vec<Cell>, open_top: bool, s: &Settings) -> bool {
    let Some(last) = prev.n_rows.checked_sub(1) else {
        return false;
    };
    let first: Vec<&Cell> = cells
        .iter()
        .filter(|c| c.row == 0 && !c.text.is_empty())
        .collect();
    if first.is_empty() || first.iter().any(|c| is_figure(&c.text)) {
        return false;
    }
    let above = |col: usize| {
        prev.cells
            .iter()
            .find(|p| p.row <= last && last < p.row + p.rowspan && p.col == col)
    };
    let layout = |cs: &mut dyn Iterator<Item = &Cell>| {
        let mut v: Vec<(usize, usize, usize)> = cs.map(|c| (c.col, c.colspan, c.rowspan)).collect();
        v.sort_unstable();
        v
    };
    let prev_row = layout(
        &mut prev
            .cells
            .iter()
            .filter(|p| p.row == last)
            .filter(|p| p.rowspan == 1),
    );
    let next_row = layout(&mut cells.iter().filter(|c| c.row == 0));
    if next_row.iter().any(|&(_, _, rowspan)| rowspan > 1)
        || !next_row.iter().all(|c| prev_row.contains(c))
    {
        return false;
    }
    let wrapped = |p: &Cell| {
        p.text_bbox.is_some_and(|t| {
            p.bbox.x1 - t.x1 < s.merge.wrap_margin
                || p.bbox.x1 - t.x1 < s.merge.wrap_margin_share * p.bbox.width()
        })
    };
    if !open_top && !first.iter().all(|c| above(c.col).is_some_and(wrapped)) {
        return false;
    }
    if !first
        .iter()
        .all(|c| above(c.col).is_some_and(|p| !p.text.is_empty()))
    {
        return false;
    }
    let pieces: Vec<(usize, String, String)> = first
        .iter()
        .map(|c| (c.col, c.text.clone(), c.raw.clone()))
        .collect();
    for (col, text, raw) in pieces {
        if let Some(p) = prev
            .cells
            .iter_mut()
            .find(|p| p.row <= last && last < p.row + p.rowspan && p.col == col)
        {
            super::text::push_joined(&mut p.text, &text);
            p.raw.push('\n');
            p.raw.push_str(&raw);
        }
    }
    cells.retain(|c| c.row != 0);
    for c in cells.iter_mut() {
        c.row -= 1;
    }
    true
}

/// Cells spanning rows that the page break cut, printed again on the next page (Excel repeats
/// a merged cell's text on each page it reaches): where a cell of `prev`'s last row and one of
/// the continuation's first row (`cells`, rows from 0) share column and width, one of them spans
/// rows, and the text is the same, they are one cell, its rowspan crossing the break. So are
/// blank cells so paired beside them (the same block, its label column left empty). Two rows of
/// one line each that merely print the same word (`政府集中采购` under each other) stay apart.
fn continue_spans(prev: &mut Table, cells: &mut Vec<Cell>) {
    let Some(last) = prev.n_rows.checked_sub(1) else {
        return;
    };
    let pairs: Vec<(usize, usize)> = cells
        .iter()
        .enumerate()
        .filter(|(_, c)| c.row == 0)
        .filter_map(|(j, c)| {
            let i = prev.cells.iter().position(|p| {
                p.col == c.col && p.colspan == c.colspan && p.row + p.rowspan == last + 1
            })?;
            let p = prev.cells.get(i)?;
            (p.text == c.text && (p.rowspan > 1 || c.rowspan > 1)).then_some((i, j))
        })
        .collect();
    if !pairs
        .iter()
        .any(|&(i, _)| prev.cells.get(i).is_some_and(|p| !p.text.is_empty()))
    {
        return;
    }
    for &(i, j) in &pairs {
        let span = cells.get(j).map_or(0, |c| c.rowspan);
        if let Some(p) = prev.cells.get_mut(i) {
            p.rowspan += span;
        }
    }
    let gone: Vec<usize> = pairs.iter().map(|&(_, j)| j).collect();
    *cells = std::mem::take(cells)
        .into_iter()
        .enumerate()
        .filter(|(j, _)| !gone.contains(j))
        .map(|(_, c)| c)
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::Rect;
    use crate::table::testing::{page, text};
    use crate::table::{Method, Row};

    /// A two-column table (column lines at 0, 100, 200; rows 20 pt high from `top`) on `page`.
    fn table(page: u32, top: f64, rows: &[[&str; 2]], header_rows: usize) -> Table {
        let mut cells = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            for (c, t) in row.iter().enumerate() {
                let bbox = Rect {
                    x0: 100.0 * c as f64,
                    y0: top + 20.0 * r as f64,
                    x1: 100.0 * (c + 1) as f64,
                    y1: top + 20.0 * (r + 1) as f64,
                };
                cells.push(Cell {
                    row: r,
                    col: c,
                    rowspan: 1,
                    colspan: 1,
                    text: t.to_string(),
                    raw: t.to_string(),
                    page,
                    bbox,
                    // Text set from 5 pt into the cell, 10 pt a character.
                    text_bbox: (!t.is_empty()).then(|| Rect {
                        x0: bbox.x0 + 5.0,
                        x1: bbox.x0 + 5.0 + 10.0 * t.chars().count() as f64,
                        ..bbox
                    }),
                });
            }
        }
        Table {
            pages: vec![page],
            bbox: Rect {
                x0: 0.0,
                y0: top,
                x1: 200.0,
                y1: top + 20.0 * rows.len() as f64,
            },
            method: Method::Lattice,
            n_rows: rows.len(),
            n_cols: 2,
            rows: (0..rows.len())
                .map(|r| Row {
                    page,
                    header: r < header_rows,
                })
                .collect(),
            columns: Vec::new(),
            header_rows,
            cells,
            title: None,
            form_no: None,
            unit: None,
            body: None,
            notes: Vec::new(),
        }
    }

    fn found(table: Table, open_top: bool) -> Found {
        Found {
            table,
            open_top,
            open_bottom: false,
        }
    }

    fn pages() -> Vec<PageContent> {
        vec![
            page(1, Vec::new(), Vec::new()),
            page(2, Vec::new(), Vec::new()),
        ]
    }

    fn texts(t: &Table, row: usize) -> Vec<&str> {
        t.cells
            .iter()
            .filter(|c| c.row == row)
            .map(|c| c.text.as_str())
            .collect()
    }

    /// The first part runs from 700 to 760 on an 842 pt page: into its bottom 40 %.
    fn first_part() -> Table {
        table(
            1,
            700.0,
            &[["项目", "金额"], ["工资", "1.00"], ["办公", "2.00"]],
            1,
        )
    }

    #[test]
    fn a_continuation_is_appended_without_its_repeated_header() {
        let next = table(2, 50.0, &[["项目", "金额"], ["差旅", "3.00"]], 1);
        let s = Settings::default();
        let out = merge_pages(
            vec![vec![found(first_part(), false)], vec![found(next, false)]],
            &pages(),
            &s,
        );
        assert_eq!(out.len(), 1);
        let t = &out[0].table;
        assert_eq!(t.pages, [1, 2]);
        assert_eq!(t.n_rows, 4);
        let row_pages: Vec<(u32, bool)> = t.rows.iter().map(|r| (r.page, r.header)).collect();
        assert_eq!(row_pages, [(1, true), (1, false), (1, false), (2, false)]);
        assert_eq!(texts(t, 3), ["差旅", "3.00"]);
        assert!(t.cells.iter().all(|c| c.row < 4));
    }

    #[test]
    fn column_lines_drifted_a_few_points_pair_in_order() {
        let s = Settings::default();
        // The continuation's inner column line at 100 + `drift`; the outer edges agree.
        let parts = |drift: f64| {
            let mut next = table(2, 50.0, &[["差旅", "3.00"]], 0);
            for c in &mut next.cells {
                if c.col == 0 {
                    c.bbox.x1 += drift;
                } else {
                    c.bbox.x0 += drift;
                }
            }
            merge_pages(
                vec![vec![found(first_part(), false)], vec![found(next, false)]],
                &pages(),
                &s,
            )
            .len()
        };
        // 7 pt: beyond `boundary_match` (6), within `paired_boundary_match` (10): one table.
        assert_eq!(parts(7.0), 1);
        // 12 pt: another layout.
        assert_eq!(parts(12.0), 2);
    }

    #[test]
    fn what_does_not_continue_stays_apart() {
        let s = Settings::default();
        let apart = |next: Table| {
            merge_pages(
                vec![vec![found(first_part(), false)], vec![found(next, false)]],
                &pages(),
                &s,
            )
            .len()
        };
        // A title of its own.
        let mut titled = table(2, 50.0, &[["差旅", "3.00"]], 0);
        titled.title = Some("部门支出预算表".into());
        assert_eq!(apart(titled), 2);
        // Starting below the top 40 % of its page (336.8 pt).
        assert_eq!(apart(table(2, 400.0, &[["差旅", "3.00"]], 0)), 2);
        // Another column layout: a boundary at 150 the first part does not have.
        let mut shifted = table(2, 50.0, &[["差旅", "3.00"]], 0);
        for c in &mut shifted.cells {
            if c.col == 0 {
                c.bbox.x1 = 150.0;
            } else {
                c.bbox.x0 = 150.0;
            }
        }
        assert_eq!(apart(shifted), 2);
    }

    #[test]
    fn a_continuation_set_wider_that_repeats_the_header_continues() {
        // The continuation's column line at 140, not 100 (beyond any drift), with the header
        // printed again; without it, another table.
        let moved = |header: bool| {
            let rows: &[[&str; 2]] = if header {
                &[["项目", "金额"], ["差旅", "3.00"]]
            } else {
                &[["差旅", "3.00"]]
            };
            let mut next = table(2, 50.0, rows, usize::from(header));
            for c in &mut next.cells {
                if c.col == 0 {
                    c.bbox.x1 = 140.0;
                } else {
                    c.bbox.x0 = 140.0;
                }
            }
            merge_pages(
                vec![vec![found(first_part(), false)], vec![found(next, false)]],
                &pages(),
                &Settings::default(),
            )
        };
        let out = moved(true);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].table.n_rows, 4);
        assert_eq!(texts(&out[0].table, 3), ["差旅", "3.00"]);
        assert_eq!(moved(false).len(), 2);
    }

    #[test]
    fn a_part_that_ends_its_page_high_continues_when_the_header_repeats() {
        // The first part ends at 340 of 842 pt, nothing below it but the page number.
        let first = || {
            table(
                1,
                280.0,
                &[["项目", "金额"], ["工资", "1.00"], ["办公", "2.00"]],
                1,
            )
        };
        let run = |next: Table, foot: &str| {
            let mut g = Vec::new();
            text(foot, 100.0, 780.0, &mut g);
            let pages = vec![page(1, g, Vec::new()), page(2, Vec::new(), Vec::new())];
            merge_pages(
                vec![vec![found(first(), false)], vec![found(next, false)]],
                &pages,
                &Settings::default(),
            )
            .len()
        };
        let repeated = || table(2, 50.0, &[["项目", "金额"], ["差旅", "3.00"]], 1);
        assert_eq!(run(repeated(), "- 56 -"), 1);
        // Without the header printed again, or with a paragraph below the first part: apart.
        assert_eq!(run(table(2, 50.0, &[["差旅", "3.00"]], 0), "- 56 -"), 2);
        assert_eq!(run(repeated(), "以上为本年预算。"), 2);
    }

    #[test]
    fn where_a_continuation_may_start_is_a_setting() {
        let next = table(2, 400.0, &[["差旅", "3.00"]], 0);
        let mut s = Settings::default();
        s.merge.next_top = 0.5;
        let out = merge_pages(
            vec![vec![found(first_part(), false)], vec![found(next, false)]],
            &pages(),
            &s,
        );
        assert_eq!(out.len(), 1);
    }

    /// A name cut by the page break: 其他一般公共服务 / 支出, its figure on the first part.
    fn cut(text_right: f64) -> Table {
        let mut t = table(
            1,
            700.0,
            &[["项目", "金额"], ["其他一般公共服务", "12.00"]],
            1,
        );
        if let Some(b) = t.cells.get_mut(2).and_then(|c| c.text_bbox.as_mut()) {
            b.x1 = text_right;
        }
        t
    }

    fn merged_rows(prev: Table, open_top: bool, s: &Settings) -> Vec<Vec<String>> {
        let next = table(2, 50.0, &[["支出", ""], ["差旅", "3.00"]], 0);
        let out = merge_pages(
            vec![vec![found(prev, false)], vec![found(next, open_top)]],
            &pages(),
            s,
        );
        let t = &out[0].table;
        (0..t.n_rows)
            .map(|r| texts(t, r).into_iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn a_row_cut_by_the_break_is_joined() {
        let s = Settings::default();
        // The name fills its cell to 5 pt of the right edge: it wrapped there.
        let rows = merged_rows(cut(95.0), false, &s);
        assert_eq!(
            rows,
            [
                vec!["项目", "金额"],
                vec!["其他一般公共服务支出", "12.00"],
                vec!["差旅", "3.00"]
            ]
        );
        // Ending 60 pt short of the edge, in a closed frame: a row of its own.
        assert_eq!(merged_rows(cut(40.0), false, &s).len(), 4);
        // The same with the frame open at the top of the continuation: joined.
        assert_eq!(merged_rows(cut(40.0), true, &s).len(), 3);
        // Or with a wider margin for wrapped text.
        let mut wide = Settings::default();
        wide.merge.wrap_margin = 70.0;
        assert_eq!(merged_rows(cut(40.0), false, &wide).len(), 3);
    }

    #[test]
    fn a_spanning_cell_printed_again_after_the_break_is_one_cell() {
        // 办公设备 spans the last two rows of p1 and, printed again, the first two of p2.
        let span = |t: &mut Table, row: usize| {
            t.cells.retain(|c| !(c.col == 0 && c.row == row + 1));
            if let Some(c) = t.cells.iter_mut().find(|c| c.col == 0 && c.row == row) {
                c.rowspan = 2;
            }
        };
        let mut prev = table(
            1,
            700.0,
            &[["项目", "金额"], ["办公设备", "1.00"], ["", "2.00"]],
            1,
        );
        span(&mut prev, 1);
        let mut next = table(
            2,
            50.0,
            &[["办公设备", "3.00"], ["", "4.00"], ["印刷", "5.00"]],
            0,
        );
        span(&mut next, 0);
        let out = merge_pages(
            vec![vec![found(prev, false)], vec![found(next, false)]],
            &pages(),
            &Settings::default(),
        );
        let t = &out[0].table;
        assert_eq!(t.n_rows, 6);
        let labels: Vec<(usize, usize, &str)> = t
            .cells
            .iter()
            .filter(|c| c.col == 0)
            .map(|c| (c.row, c.rowspan, c.text.as_str()))
            .collect();
        assert_eq!(labels, [(0, 1, "项目"), (1, 4, "办公设备"), (5, 1, "印刷")]);
        // One-row cells that print the same word stay two cells.
        let next = table(2, 50.0, &[["办公设备", "3.00"]], 0);
        let prev = table(1, 700.0, &[["项目", "金额"], ["办公设备", "1.00"]], 1);
        let out = merge_pages(
            vec![vec![found(prev, false)], vec![found(next, false)]],
            &pages(),
            &Settings::default(),
        );
        assert_eq!(out[0].table.n_rows, 3);
        assert_eq!(texts(&out[0].table, 2), ["办公设备", "3.00"]);
    }

    #[test]
    fn a_title_at_the_foot_of_the_previous_page() {
        let mut g = Vec::new();
        text("2023年支出预算表", 100.0, 760.0, &mut g);
        let pages = vec![page(1, g, Vec::new()), page(2, Vec::new(), Vec::new())];
        let next = table(2, 50.0, &[["项目", "金额"], ["差旅", "3.00"]], 1);
        let out = merge_pages(
            vec![Vec::new(), vec![found(next, false)]],
            &pages,
            &Settings::default(),
        );
        assert_eq!(out[0].table.title.as_deref(), Some("2023年支出预算表"));
    }

    #[test]
    fn a_running_header_is_no_title_a_repeated_title_stays() {
        use crate::table::caption::drop_running_titles;
        let titled = |page: u32, title: &str| {
            let mut t = table(page, 100.0, &[["差旅", "3.00"]], 0);
            t.title = Some(title.to_string());
            vec![found(t, false)]
        };
        let top = |texts: &[&str]| -> Vec<(String, f64)> {
            texts
                .iter()
                .enumerate()
                .map(|(k, t)| (t.to_string(), 40.0 + 20.0 * k as f64))
                .collect()
        };
        // The header heads every page; p1 and p3 print their own titles under it, p2's table
        // (a continuation) is titled with the header only.
        let header = "某局2026年度部门预算公开";
        let mut pages = vec![
            titled(1, "部门收入预算表"),
            titled(2, header),
            titled(3, "部门支出预算表"),
            titled(4, "部门支出预算表"),
        ];
        let tops = vec![
            top(&[header, "部门收入预算表"]),
            top(&[header]),
            top(&[header, "部门支出预算表"]),
            top(&[header, "部门支出预算表"]),
        ];
        drop_running_titles(&mut pages, &tops, &Settings::default());
        let titles: Vec<Option<&str>> = pages.iter().map(|p| p[0].table.title.as_deref()).collect();
        assert_eq!(
            titles,
            [
                Some("部门收入预算表"),
                None,
                Some("部门支出预算表"),
                Some("部门支出预算表")
            ]
        );
        // A long table whose title is repeated at the top of each of its pages: the title is on
        // most pages, but above no other table's title, so it stays.
        let long = "2020年地方政府债券使用情况表";
        let mut pages: Vec<Vec<Found>> = (1..=4).map(|p| titled(p, long)).collect();
        let tops: Vec<_> = (0..4).map(|_| top(&[long])).collect();
        drop_running_titles(&mut pages, &tops, &Settings::default());
        assert!(
            pages
                .iter()
                .all(|p| p[0].table.title.as_deref() == Some(long))
        );
    }

    /// A borderless part on `page` from `top`: a name column from `left` and a figure column
    /// right-aligned at 500, parted at `sep` (the middle of the page's gap); names 10 pt a
    /// character, figures 5 pt, rows 20 pt high.
    fn stream_part(page: u32, top: f64, left: f64, sep: f64, rows: &[[&str; 2]]) -> Table {
        let mut t = table(page, top, rows, 0);
        t.method = Method::Stream;
        for c in &mut t.cells {
            let (x0, x1) = if c.col == 0 {
                (left, sep)
            } else {
                (sep, 500.0)
            };
            c.bbox.x0 = x0;
            c.bbox.x1 = x1;
            let n = c.text.chars().count() as f64;
            c.text_bbox = (!c.text.is_empty()).then(|| {
                let (a, b) = if c.col == 0 {
                    (x0, x0 + 10.0 * n)
                } else {
                    (500.0 - 5.0 * n, 500.0)
                };
                Rect {
                    x0: a,
                    x1: b,
                    ..c.bbox
                }
            });
        }
        t.bbox.x0 = left;
        t.bbox.x1 = 500.0;
        t
    }

    #[test]
    fn borderless_parts_continue_where_their_column_gaps_meet() {
        // 广州 2025 表16 p100 -> p101: the gap between names and figures is where the longest
        // name and the widest figure of each page leave it, so the boundary drifts (here 340
        // and 310) and the left edge moves out with a 类 line (83 and 71 pt), while one line
        // (x 300 to 330) still parts the columns on both pages.
        let first = stream_part(
            1,
            700.0,
            83.0,
            340.0,
            &[
                ["其他环境保护管理事务支出", "10,017"],
                ["污染防治", "6,553"],
                ["大气", "3,621"],
            ],
        );
        let next_at = |sep: f64, rows: &[[&str; 2]]| stream_part(2, 50.0, 71.0, sep, rows);
        let next = |names: &[&str]| {
            let rows: Vec<[&str; 2]> = names.iter().map(|n| [*n, "516,527"]).collect();
            next_at(310.0, &rows)
        };
        let s = Settings::default();
        let merged = |next: Table, pages: &[PageContent]| {
            merge_pages(
                vec![vec![found(first.clone(), false)], vec![found(next, false)]],
                pages,
                &s,
            )
            .len()
        };
        assert_eq!(
            merged(next(&["其他节能环保支出", "十一、城乡社区支出"]), &pages()),
            1
        );
        // A name running past where the previous page's figures start (471 pt, they start
        // at 470): no line parts both.
        let long = "城乡社区规划与管理".repeat(4) + "城乡社区";
        let crossing = next_at(480.0, &[[long.as_str(), "5"], ["行政运行", "5"]]);
        assert_eq!(merged(crossing, &pages()), 2);
        // The previous part does not end its page (a title below it): a new table.
        let mut glyphs = Vec::new();
        text("表17 一般公共预算基本支出表", 100.0, 780.0, &mut glyphs);
        let titled = vec![page(1, glyphs, Vec::new()), page(2, Vec::new(), Vec::new())];
        assert_eq!(merged(next(&["其他节能环保支出"]), &titled), 2);
        // A page number in box-drawing dashes ends a page as one in hyphens does.
        let mut glyphs = Vec::new();
        text("─ 57 ─", 280.0, 780.0, &mut glyphs);
        let numbered = vec![page(1, glyphs, Vec::new()), page(2, Vec::new(), Vec::new())];
        assert_eq!(merged(next(&["其他节能环保支出"]), &numbered), 1);
        assert!(is_page_number("─ 57 ─") && is_page_number("— 25 —"));
        // Another form number, or a header the previous part did not print: another table.
        let mut form = next(&["其他节能环保支出"]);
        form.form_no = Some("表45".into());
        assert_eq!(merged(form, &pages()), 2);
        let mut headed = next(&["项目", "其他节能环保支出"]);
        headed.header_rows = 1;
        assert_eq!(merged(headed, &pages()), 2);
    }
}
