//! A table from a grid and the glyphs of its cells: cell text, caption rows drawn inside the
//! frame taken out, header rows and column paths.

use crate::pdf::PageContent;

use super::find::{Found, Grid};
use super::{Cell, Method, Row, Settings, Table, caption, header, text};

/// The table of `grid` (found by `method`) whose cells hold the glyphs `members` (per cell,
/// indices into the page's glyphs, as [`super::find::assign_glyphs`] gives them).
pub fn build(
    page: &PageContent,
    grid: &Grid,
    method: Method,
    members: &[Vec<usize>],
    s: &Settings,
) -> Found {
    let cells: Vec<Cell> = grid
        .cells
        .iter()
        .zip(members)
        .map(|(gc, m)| {
            let (text, raw) = text::cell_text(&page.glyphs, m, gc.bbox.width(), &s.layout);
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
    let (cells, captions, stripped, top) = strip_caption_rows(cells, n_cols, grid, s);
    let n_rows = grid.ys.len().saturating_sub(1) - stripped;
    let header_rows = header::header_rows(&cells, n_rows, s);
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
    };
    caption::apply(&mut table, &captions);
    Found {
        table,
        open_top: grid.open_top && stripped == 0,
        open_bottom: grid.open_bottom,
    }
}

/// Rows at the top of a ruled table made of one full-width cell that reads as a caption — a
/// title (…表), a bracketed line such as （2023年度）, a unit line — or of cells that all do
/// are drawn inside the frame but are not data: they are taken out of the grid. (A full-width
/// header such as 财政拨款“三公”经费 stays.) Returns the remaining cells (rows renumbered),
/// the caption texts, the number of rows taken out and the new top edge.
fn strip_caption_rows(
    mut cells: Vec<Cell>,
    n_cols: usize,
    grid: &Grid,
    s: &Settings,
) -> (Vec<Cell>, Vec<String>, usize, f64) {
    let mut captions = Vec::new();
    let n_rows = grid.ys.len().saturating_sub(1);
    // Rows taken out: caption rows, and blank rows among them (a caption cell left empty).
    let mut k = 0;
    while n_cols > 1 && n_rows - k > s.caption.frame_min_rows {
        let mut row: Vec<&Cell> = cells.iter().filter(|c| c.row == k).collect();
        row.sort_by_key(|c| c.col);
        let texts: Vec<&str> = row
            .iter()
            .map(|c| c.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        // One line across the frame (a caption line may be split at a column line, as
        // 预算单位：… | 单位：万元), every text on it a caption.
        let one_line = row.iter().all(|c| c.rowspan == 1)
            && row.iter().map(|c| c.colspan).sum::<usize>() == n_cols;
        if !one_line || !texts.iter().all(|t| caption::is_caption(t)) {
            break;
        }
        if texts.is_empty() {
            if captions.is_empty() {
                break;
            }
        } else {
            captions.push(texts.join("    "));
        }
        k += 1;
    }
    cells.retain(|c| c.row >= k);
    for c in &mut cells {
        c.row -= k;
    }
    let top = grid.ys.get(k).copied().unwrap_or(0.0);
    (cells, captions, k, top)
}

#[cfg(test)]
mod tests {
    use crate::table::testing::{hline, page, text, vline};
    use crate::table::{Settings, page_tables, page_tables_with};

    /// A ruled table whose first row is one full-width cell holding its title.
    fn titled_frame() -> crate::pdf::PageContent {
        let mut g = Vec::new();
        text("一般公共预算支出表", 110.0, 5.0, &mut g);
        for (k, (label, amount)) in [("项目", "金额"), ("工资", "5.00"), ("合计", "5.00")]
            .iter()
            .enumerate()
        {
            let y = 25.0 + 20.0 * k as f64;
            text(label, 10.0, y, &mut g);
            text(amount, 210.0, y, &mut g);
        }
        let mut r: Vec<_> = [0.0, 20.0, 40.0, 60.0, 80.0]
            .iter()
            .map(|&y| hline(y, 0.0, 400.0))
            .collect();
        r.extend([
            vline(0.0, 0.0, 80.0),
            vline(200.0, 20.0, 80.0),
            vline(400.0, 0.0, 80.0),
        ]);
        page(1, g, r)
    }

    #[test]
    fn a_title_row_inside_the_frame_is_the_caption() {
        let t = page_tables(&titled_frame());
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].title.as_deref(), Some("一般公共预算支出表"));
        assert_eq!((t[0].n_rows, t[0].header_rows), (3, 1));
        assert_eq!(t[0].bbox.y0, 20.0);
        assert!(
            t[0].cells
                .iter()
                .all(|c| c.row < 3 && c.text != "一般公共预算支出表")
        );
        // Asking that four rows stay keeps it as a row.
        let mut s = Settings::default();
        s.caption.frame_min_rows = 4;
        let t = page_tables_with(&titled_frame(), &s);
        assert_eq!((t[0].n_rows, t[0].title.as_deref()), (4, None));
    }

    /// A title with its form number in brackets, a caption line split at the column line
    /// (body | unit) and a blank row, all inside the frame above a two-column table.
    #[test]
    fn a_caption_row_split_at_a_column_line_is_the_caption() {
        let mut g = Vec::new();
        text("支出总表（预算表3）", 110.0, 5.0, &mut g);
        text("预算单位：某局", 10.0, 25.0, &mut g);
        text("单位：万元", 210.0, 25.0, &mut g);
        for (k, (label, amount)) in [("项目", "金额"), ("工资", "5.00"), ("合计", "5.00")]
            .iter()
            .enumerate()
        {
            let y = 65.0 + 20.0 * k as f64;
            text(label, 10.0, y, &mut g);
            text(amount, 210.0, y, &mut g);
        }
        let mut r: Vec<_> = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0]
            .iter()
            .map(|&y| hline(y, 0.0, 400.0))
            .collect();
        r.extend([
            vline(0.0, 0.0, 120.0),
            vline(200.0, 20.0, 120.0),
            vline(400.0, 0.0, 120.0),
        ]);
        let t = page_tables(&page(1, g.clone(), r.clone()));
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].title.as_deref(), t[0].unit.as_deref()),
            (Some("支出总表（预算表3）"), Some("万元"))
        );
        assert_eq!((t[0].n_rows, t[0].header_rows, t[0].bbox.y0), (3, 1, 60.0));
        // A blank row with no caption above it is the table's.
        g.drain(..g.iter().position(|x| x.text == "项").unwrap());
        let t = page_tables(&page(1, g, r));
        assert_eq!((t[0].n_rows, t[0].title.as_deref()), (6, None));
    }
}
