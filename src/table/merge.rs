//! A table continued on the next page(s) becomes one logical table: each row keeps its page, and
//! a repeated header is dropped, not kept as data.

use crate::pdf::PageContent;

use super::Table;

/// Whether `next` (first table of its page) continues `prev` (last table of the previous page).
fn continues(prev: &Table, next: &Table, prev_page: &PageContent, next_page: &PageContent) -> bool {
    if prev.n_cols != next.n_cols || next.title.is_some() && next.title != prev.title {
        return false;
    }
    // Column boundaries line up (same printed layout); pages may differ in size slightly.
    let bounds = |t: &Table| {
        let mut xs: Vec<f64> = t.cells.iter().filter(|c| c.colspan == 1).map(|c| c.bbox.x0).collect();
        xs.sort_by(f64::total_cmp);
        xs.dedup_by(|a, b| (*a - *b).abs() < 2.0);
        xs
    };
    let (a, b) = (bounds(prev), bounds(next));
    let aligned = a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| (x - y).abs() < 6.0);
    // The previous table runs to the bottom of its page and the next one starts near the top
    // (nothing but a caption-free margin between them).
    let near_bottom = prev.bbox.y1 > prev_page.height * 0.6;
    let near_top = next.bbox.y0 < next_page.height * 0.4;
    aligned && near_bottom && near_top
}

/// Rows at the top of `next` that repeat `prev`'s header, cell by cell.
fn repeated_header(prev: &Table, next: &Table) -> usize {
    let row_texts = |t: &Table, r: usize| -> Vec<(usize, usize, String)> {
        let mut v: Vec<(usize, usize, String)> =
            t.cells.iter().filter(|c| c.row == r).map(|c| (c.col, c.colspan, c.text.clone())).collect();
        v.sort();
        v
    };
    let mut n = 0;
    while n < prev.header_rows && n < next.n_rows && row_texts(prev, n) == row_texts(next, n) {
        n += 1;
    }
    n
}

pub fn merge(per_page: Vec<Vec<Table>>, pages: &[PageContent]) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    // Index into `out` of the last table of the previous page, if it was last on its page.
    let mut open: Option<usize> = None;
    for (i, tables) in per_page.into_iter().enumerate() {
        let count = tables.len();
        let mut next_open = None;
        for (k, t) in tables.into_iter().enumerate() {
            let prev_idx = open.filter(|_| k == 0);
            let target = prev_idx.and_then(|idx| {
                let prev = out.get(idx)?;
                let (pp, np) = (pages.get(i.checked_sub(1)?)?, pages.get(i)?);
                continues(prev, &t, pp, np).then_some(idx)
            });
            match target.and_then(|idx| out.get_mut(idx)) {
                Some(prev) => append(prev, t),
                None => out.push(t),
            }
            if k + 1 == count {
                next_open = Some(out.len() - 1);
            }
        }
        open = next_open;
    }
    out
}

fn append(prev: &mut Table, mut next: Table) {
    let skip = repeated_header(prev, &next);
    let offset = prev.n_rows;
    let page = next.pages.first().copied().unwrap_or(0);
    next.cells.retain(|c| c.row >= skip);
    for c in &mut next.cells {
        c.row = c.row - skip + offset;
    }
    prev.cells.extend(next.cells);
    prev.rows.extend(next.rows.into_iter().skip(skip).map(|mut r| {
        r.header = false;
        r
    }));
    prev.n_rows = prev.rows.len();
    if !prev.pages.contains(&page) {
        prev.pages.push(page);
    }
    prev.notes.extend(next.notes);
}
