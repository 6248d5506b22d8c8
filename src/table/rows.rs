//! Rows a ruled grid leaves unruled. Some tables rule their columns but not their rows (济南's
//! 决算草案表: column lines, a rule under the header and above the totals), so one grid row
//! holds a whole list: 一、国有土地使用权出让金收入 / 二、国有土地收益基金收入 / … with the
//! figures of each on its line. Such a band is split at its text lines; a label wrapped over
//! two lines in a properly ruled row is not (its figures sit between or beside the label
//! lines, not on lines of their own with it).

use super::lattice::{Grid, GridCell};
use super::settings::Settings;
use crate::layout::{Line, is_figure, is_list_item};
use crate::pdf::{Glyph, Rect};

/// One text line inside a band: its vertical extent and its text per grid column.
struct BandLine {
    y0: f64,
    y1: f64,
    cols: Vec<String>,
}

/// `grid` with each band that holds a list of rows split at its text lines.
pub fn split_rows(grid: Grid, glyphs: &[Glyph], lines: &[Line], s: &Settings) -> Grid {
    let n_rows = grid.ys.len().saturating_sub(1);
    let b = grid.bbox();
    // The page's lines that cross the grid, found once for all its rows.
    let inside: Vec<&Line> = lines
        .iter()
        .filter(|l| l.bbox.y1 > b.y0 && l.bbox.y0 < b.y1 && l.bbox.x1 > b.x0 && l.bbox.x0 < b.x1)
        .collect();
    let mut grid = grid;
    // Bottom up, so the rows above keep their numbers while a band is split.
    for row in (0..n_rows).rev() {
        if let Some((cuts, whole)) = cuts(&grid, row, glyphs, &inside, s) {
            grid = split_row(&grid, row, &cuts, whole);
        }
    }
    grid
}

/// Where to cut grid row `row`, if it holds several rows of a list, and how many of its first
/// columns stay whole (a block label spanning the rows).
fn cuts(
    grid: &Grid,
    row: usize,
    glyphs: &[Glyph],
    lines: &[&Line],
    s: &Settings,
) -> Option<(Vec<f64>, usize)> {
    let (&top, &bottom) = (grid.ys.get(row)?, grid.ys.get(row + 1)?);
    // Only a band that no cell spans beyond.
    if grid
        .cells
        .iter()
        .any(|c| c.row <= row && row < c.row + c.rowspan && c.rowspan > 1)
    {
        return None;
    }
    let n_cols = grid.xs.len().saturating_sub(1);
    let (x0, x1) = (grid.xs.first()?, grid.xs.last()?);
    let band: Vec<BandLine> = lines
        .iter()
        .filter_map(|l| {
            let (_, cy) = l.bbox.center();
            if cy <= top || cy >= bottom {
                return None;
            }
            let mut cols = vec![String::new(); n_cols];
            let mut any = false;
            for g in l.glyphs.iter().filter_map(|&i| glyphs.get(i)) {
                let (cx, _) = g.bbox.center();
                if cx < *x0 || cx > *x1 {
                    continue;
                }
                let col = grid.xs.partition_point(|&x| x < cx).saturating_sub(1);
                if let Some(text) = cols.get_mut(col) {
                    text.push_str(&g.text);
                    any = true;
                }
            }
            any.then_some(BandLine {
                y0: l.bbox.y0,
                y1: l.bbox.y1,
                cols,
            })
        })
        .collect();
    if band.len() < 2 {
        return None;
    }
    let text = |l: &BandLine, c: usize| l.cols.get(c).is_some_and(|t| !t.trim().is_empty());
    let first = (0..n_cols).find(|&c| band.iter().any(|l| text(l, c)))?;
    if let Some(cuts) = list_cuts(&band, first, s) {
        return Some((cuts, 0));
    }
    // A block label in the first columns, its lines set beside the rows, not on them (济南
    // 债券年限表: 地方/政府/债务 down a band of 合计 / 新增债券 / 置换债券 / 再融资债券): the
    // rows' labels are in the first column that labels every line with figures, the columns
    // before it hold no figure and stay one cell, and lines with text only there are theirs.
    let figures_after = |l: &BandLine, c: usize| {
        l.cols
            .iter()
            .skip(c + 1)
            .any(|t| !t.trim().is_empty() && is_figure(t))
    };
    let label = (first + 1..n_cols).find(|&c| {
        band.iter().all(|l| {
            !figures_after(l, c) || text(l, c) && l.cols.get(c).is_some_and(|t| !is_figure(t))
        })
    });
    let labelled = label.filter(|&label| {
        !band.iter().any(|l| {
            l.cols
                .iter()
                .take(label)
                .any(|t| !t.trim().is_empty() && is_figure(t))
        })
    });
    let Some(label) = labelled else {
        return figure_rows(&band, n_cols, s);
    };
    let rows: Vec<BandLine> = band
        .into_iter()
        .filter(|l| (label..n_cols).any(|c| text(l, c)))
        .map(|l| BandLine {
            cols: l
                .cols
                .into_iter()
                .enumerate()
                .map(|(c, t)| if c < label { String::new() } else { t })
                .collect(),
            ..l
        })
        .collect();
    list_cuts(&rows, label, s).map(|cuts| (cuts, label))
}

/// Rows of figures only beside a block label (济南 债券分批次发行情况表: 发行日期 | 债券种类
/// printed once down a band of 期限 | 利率 | 发行量 lines, one bond each): the columns before
/// the first figure column hold text and no figure, the columns from it figures only, and
/// every line with figures fills the same columns (the rest of a figure its cell wrapped
/// fills fewer), and the label's lines are at most half as many as the rows. Each such line
/// is a row; the block label's columns stay whole, and its lines with nothing in the figure
/// columns are its own.
fn figure_rows(band: &[BandLine], n_cols: usize, s: &Settings) -> Option<(Vec<f64>, usize)> {
    let filled = |l: &BandLine, c: usize| l.cols.get(c).is_some_and(|t| !t.trim().is_empty());
    let figure = |l: &BandLine, c: usize| l.cols.get(c).is_some_and(|t| is_figure(t));
    let start = (0..n_cols).find(|&c| band.iter().any(|l| filled(l, c) && figure(l, c)))?;
    let block = |l: &BandLine| (0..start).any(|c| filled(l, c));
    if start == 0 || !band.iter().any(block) {
        return None;
    }
    let rows: Vec<&BandLine> = band
        .iter()
        .filter(|l| (start..n_cols).any(|c| filled(l, c)))
        .collect();
    let fills = |l: &BandLine| -> Vec<bool> { (start..n_cols).map(|c| filled(l, c)).collect() };
    let first = rows.first()?;
    let plain = band.iter().all(|l| {
        (0..start).all(|c| !filled(l, c) || !figure(l, c))
            && (start..n_cols).all(|c| !filled(l, c) || figure(l, c))
    });
    // A label printed once beside the rows, not one on each row (a list whose labels the
    // list rules could not read stays whole).
    let labelled = band.iter().filter(|l| block(l)).count();
    if !plain
        || 2 * labelled > rows.len()
        || rows.len() < s.lattice.split_min_figure_lines
        || rows.iter().any(|l| fills(l) != fills(first))
        || rows.windows(2).any(|w| matches!(w, [a, b] if b.y0 < a.y1))
    {
        return None;
    }
    let cuts = rows
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some((a.y1 + b.y0) / 2.0),
            _ => None,
        })
        .collect();
    Some((cuts, start))
}

/// Where to cut a band whose lines are `band` (top to bottom), labelled in column `label`, if
/// they are a list of rows.
fn list_cuts(band: &[BandLine], label: usize, s: &Settings) -> Option<Vec<f64>> {
    let has_label = |l: &BandLine| l.cols.get(label).is_some_and(|t| !t.trim().is_empty());
    let figures = |l: &BandLine| {
        l.cols
            .iter()
            .skip(label + 1)
            .any(|t| !t.trim().is_empty() && is_figure(t))
    };
    let numbered = |l: &BandLine| l.cols.get(label).is_some_and(|t| is_list_item(t));
    // The lines as rows. Each row starts with its label. A label wrapped over two lines with
    // its figures set between them (centred in a row of two lines: `8.国有土地使用权出让收入
    // 对应专项债务` / figures / `收入安排的支出`) is one row: a line of figures without a label
    // joins the label line above when that has none, and the next line joins them too when it
    // has a label but neither figures nor a number of its own.
    let mut rows: Vec<Row> = Vec::new();
    for (i, l) in band.iter().enumerate() {
        match rows.last_mut() {
            Some(r) if !has_label(l) && figures(l) && !r.figures => {
                r.figures = true;
                r.centred = true;
                r.last = i;
            }
            // The rest of a figure its narrow cell wrapped (`1234328` over `4`): figures only,
            // each under a longer figure of a line of the row.
            Some(r)
                if !has_label(l)
                    && l.cols.iter().enumerate().all(|(c, t)| {
                        t.trim().is_empty()
                            || is_figure(t)
                                && band.get(r.first..=r.last).is_some_and(|ls| {
                                    ls.iter().any(|a| {
                                        a.cols.get(c).is_some_and(|a| {
                                            is_figure(a) && t.trim().len() < a.trim().len()
                                        })
                                    })
                                })
                    }) =>
            {
                r.last = i;
            }
            // A wrapped figure set higher than its row's line (centred in the row: `1234328`
            // above 本年支出合计's line, `4` below it): figures only, in columns the next line
            // leaves empty, that line a label's. The row starts here.
            _ if !has_label(l)
                && figures(l)
                && band.get(i + 1).is_some_and(|next| {
                    has_label(next)
                        && l.cols.iter().zip(&next.cols).all(|(t, n)| {
                            t.trim().is_empty() || is_figure(t) && n.trim().is_empty()
                        })
                }) =>
            {
                rows.push(Row {
                    first: i,
                    last: i,
                    figures: true,
                    centred: false,
                    headless: true,
                });
            }
            _ if !has_label(l) => return None,
            Some(r) if r.headless => {
                r.headless = false;
                r.last = i;
            }
            Some(r) if r.centred && !figures(l) && !numbered(l) => {
                r.centred = false;
                r.last = i;
            }
            _ => rows.push(Row {
                first: i,
                last: i,
                figures: figures(l),
                centred: false,
                headless: false,
            }),
        }
    }
    // The rows are a list: two or more carry figures, or two or more are numbered items
    // (一、… 二、…). A label wrapped over lines has its figures on one of them and its
    // continuation lines are not numbered.
    let with_figures = rows.iter().filter(|r| r.figures).count();
    let numbered = rows
        .iter()
        .filter(|r| band.get(r.first).is_some_and(numbered))
        .count();
    if with_figures < s.lattice.split_min_figure_lines
        && numbered < s.lattice.split_min_numbered_lines
    {
        return None;
    }
    Some(
        rows.windows(2)
            .filter_map(|w| match w {
                [a, b] => {
                    let (a, b) = (band.get(a.last)?, band.get(b.first)?);
                    Some((a.y1.max(a.y0) + b.y0.min(b.y1)) / 2.0)
                }
                _ => None,
            })
            .collect(),
    )
}

/// Lines `first..=last` of a band that are one row.
struct Row {
    first: usize,
    last: usize,
    figures: bool,
    /// Its figures are on a line of their own below its label: a wrapped label may go on.
    centred: bool,
    /// It starts with a line of figures set above its label's line, which comes next.
    headless: bool,
}

/// `grid` with row `row` cut at `cuts` (ascending, inside the row), its cells in the first
/// `whole` columns left whole, spanning the new rows.
fn split_row(grid: &Grid, row: usize, cuts: &[f64], whole: usize) -> Grid {
    let extra = cuts.len();
    let mut ys = grid.ys.clone();
    let at = row + 1;
    for (k, &y) in cuts.iter().enumerate() {
        ys.insert(at + k, y);
    }
    let mut cells = Vec::with_capacity(grid.cells.len() + extra * (grid.xs.len()));
    for c in &grid.cells {
        if c.row > row {
            cells.push(GridCell {
                row: c.row + extra,
                ..c.clone()
            });
        } else if c.row == row && c.col < whole {
            cells.push(GridCell {
                rowspan: extra + 1,
                ..c.clone()
            });
        } else if c.row == row {
            for k in 0..=extra {
                let (y0, y1) = (
                    ys.get(row + k).copied().unwrap_or(c.bbox.y0),
                    ys.get(row + k + 1).copied().unwrap_or(c.bbox.y1),
                );
                cells.push(GridCell {
                    row: row + k,
                    bbox: Rect { y0, y1, ..c.bbox },
                    ..c.clone()
                });
            }
        } else {
            cells.push(c.clone());
        }
    }
    Grid {
        xs: grid.xs.clone(),
        ys,
        cells,
        open_top: grid.open_top,
        open_bottom: grid.open_bottom,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines;

    fn glyphs_of(text: &str, x: f64, y: f64, out: &mut Vec<Glyph>) {
        for (i, c) in text.chars().enumerate() {
            out.push(Glyph::at(&c.to_string(), x + i as f64 * 10.0, y, 10.0));
        }
    }

    /// A grid of unit cells on the given rules, closed at top and bottom.
    fn unit_grid(xs: Vec<f64>, ys: Vec<f64>) -> Grid {
        let cells = (0..ys.len().saturating_sub(1))
            .flat_map(|row| (0..xs.len().saturating_sub(1)).map(move |col| (row, col)))
            .filter_map(|(row, col)| GridCell::unit(&xs, &ys, row, col))
            .collect();
        Grid {
            xs,
            ys,
            cells,
            open_top: false,
            open_bottom: false,
        }
    }

    /// A grid of one header row and one body row: label column 0–200, figures 200–300.
    fn grid() -> Grid {
        unit_grid(vec![0.0, 200.0, 300.0], vec![0.0, 20.0, 100.0])
    }

    #[test]
    fn a_numbered_list_in_one_ruled_row_is_split() {
        let s = Settings::default();
        let mut g = Vec::new();
        glyphs_of("项目", 5.0, 5.0, &mut g);
        glyphs_of("一、土地收入", 5.0, 25.0, &mut g);
        glyphs_of("二、基金收入", 5.0, 45.0, &mut g);
        glyphs_of("171", 210.0, 45.0, &mut g);
        glyphs_of("三、彩票收入", 5.0, 65.0, &mut g);
        let out = split_rows(grid(), &g, &lines(&g, &s.layout), &s);
        assert_eq!(out.ys.len(), 5, "header + three rows: {:?}", out.ys);
        assert_eq!(out.cells.len(), 8);
        assert!(out.cells.iter().all(|c| c.rowspan == 1));
    }

    #[test]
    fn a_wrapped_label_stays_one_row() {
        // 常委会会议 / 经费及省人大工 … 229.00 / 作会议经费: one label over three lines.
        let s = Settings::default();
        let mut g = Vec::new();
        glyphs_of("项目", 5.0, 5.0, &mut g);
        glyphs_of("常委会会议", 5.0, 25.0, &mut g);
        glyphs_of("经费及省人大工", 5.0, 45.0, &mut g);
        glyphs_of("229.00", 210.0, 45.0, &mut g);
        glyphs_of("作会议经费", 5.0, 65.0, &mut g);
        let out = split_rows(grid(), &g, &lines(&g, &s.layout), &s);
        assert_eq!(out.ys, grid().ys);
        // Figures centred between two label lines: no line of the band has both.
        let mut g = Vec::new();
        glyphs_of("其他政府办公厅事务", 5.0, 25.0, &mut g);
        glyphs_of("16,301", 210.0, 45.0, &mut g);
        glyphs_of("支出", 5.0, 65.0, &mut g);
        assert_eq!(
            split_rows(grid(), &g, &lines(&g, &s.layout), &s).ys,
            grid().ys
        );
    }

    #[test]
    fn figures_centred_between_the_lines_of_a_wrapped_label_are_one_row() {
        // 济南 2024 p25: rows of one line each, and one label over two lines with its figures
        // set between them, in a band no rule parts.
        let s = Settings::default();
        let mut g = Vec::new();
        glyphs_of("7.棚户区改造", 5.0, 22.0, &mut g);
        glyphs_of("549141", 210.0, 22.0, &mut g);
        glyphs_of("8.国有土地出让", 5.0, 36.0, &mut g);
        glyphs_of("1387654", 210.0, 42.0, &mut g);
        glyphs_of("对应支出", 5.0, 48.0, &mut g);
        glyphs_of("四、农林水支出", 5.0, 62.0, &mut g);
        glyphs_of("300", 210.0, 62.0, &mut g);
        glyphs_of("五、交通运输支出", 5.0, 76.0, &mut g);
        glyphs_of("2478", 210.0, 76.0, &mut g);
        let out = split_rows(grid(), &g, &lines(&g, &s.layout), &s);
        // Cuts between the rows (lines 10 pt high): 7 | 8 … 对应支出 | 四 | 五.
        assert_eq!(out.ys, [0.0, 20.0, 34.0, 60.0, 74.0, 100.0]);
        // A figure wrapped in its cell (`1234328` over `4`) stays in its row.
        let mut g = Vec::new();
        glyphs_of("本年支出合计", 5.0, 22.0, &mut g);
        glyphs_of("1234328", 210.0, 22.0, &mut g);
        glyphs_of("4", 210.0, 34.0, &mut g);
        glyphs_of("债务还本支出", 5.0, 48.0, &mut g);
        glyphs_of("394967", 210.0, 48.0, &mut g);
        let out = split_rows(grid(), &g, &lines(&g, &s.layout), &s);
        assert_eq!(out.ys, [0.0, 20.0, 46.0, 100.0]);
        // The same figure centred on its row's line: its first part above, the rest below.
        let mut g = Vec::new();
        glyphs_of("其中：预备费", 5.0, 22.0, &mut g);
        glyphs_of("130000", 210.0, 22.0, &mut g);
        glyphs_of("1234328", 210.0, 34.0, &mut g);
        glyphs_of("本年支出合计", 5.0, 46.0, &mut g);
        glyphs_of("4", 210.0, 58.0, &mut g);
        glyphs_of("债务还本支出", 5.0, 72.0, &mut g);
        glyphs_of("394967", 210.0, 72.0, &mut g);
        let out = split_rows(grid(), &g, &lines(&g, &s.layout), &s);
        assert_eq!(out.ys, [0.0, 20.0, 33.0, 70.0, 100.0]);
        // A line of figures under a label that has figures of its own is no such row.
        let mut g = Vec::new();
        glyphs_of("7.棚户区改造", 5.0, 22.0, &mut g);
        glyphs_of("549141", 210.0, 22.0, &mut g);
        glyphs_of("1387654", 210.0, 42.0, &mut g);
        glyphs_of("四、农林水支出", 5.0, 62.0, &mut g);
        glyphs_of("300", 210.0, 62.0, &mut g);
        assert_eq!(
            split_rows(grid(), &g, &lines(&g, &s.layout), &s).ys,
            grid().ys
        );
    }

    /// A grid of five columns (发行日期 | 债券种类 | 期限 | 利率 | 发行量), one body band 20-100.
    fn bond_grid() -> Grid {
        unit_grid(
            vec![0.0, 100.0, 200.0, 250.0, 300.0, 350.0],
            vec![0.0, 20.0, 100.0],
        )
    }

    #[test]
    fn rows_of_figures_beside_a_block_label_are_split() {
        // 济南 2022 决算 p185: a date and a bond kind printed once, on the second line of four
        // bonds (y 25, 45, 65, 85, lines 10 pt high): cut at 40, 60 and 80, the two label
        // columns spanning the four rows.
        let s = Settings::default();
        let mut g = Vec::new();
        let bonds = [
            ("10", "2.97", "17.93"),
            ("20", "3.26", "6.61"),
            ("7", "2.83", "29.1"),
            ("30", "3.44", "49.50"),
        ];
        for (k, (term, rate, amount)) in bonds.iter().enumerate() {
            let y = 25.0 + 20.0 * k as f64;
            glyphs_of(term, 210.0, y, &mut g);
            glyphs_of(rate, 255.0, y, &mut g);
            glyphs_of(amount, 305.0, y, &mut g);
        }
        glyphs_of("1月25日", 5.0, 45.0, &mut g);
        glyphs_of("专项债券", 105.0, 45.0, &mut g);
        let out = split_rows(bond_grid(), &g, &lines(&g, &s.layout), &s);
        assert_eq!(out.ys, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        let label: Vec<(usize, usize, usize)> = out
            .cells
            .iter()
            .filter(|c| c.col < 2 && c.row > 0)
            .map(|c| (c.row, c.col, c.rowspan))
            .collect();
        assert_eq!(label, [(1, 0, 4), (1, 1, 4)]);
        // Labels on most lines are no block label (a list the list rules could not read): the
        // band stays whole.
        let mut each = g.clone();
        glyphs_of("起步区", 5.0, 25.0, &mut each);
        glyphs_of("起步区", 5.0, 65.0, &mut each);
        assert_eq!(
            split_rows(bond_grid(), &each, &lines(&each, &s.layout), &s).ys,
            bond_grid().ys
        );
        // A line filling fewer figure columns (the rest of a wrapped figure) leaves the band
        // whole too.
        let mut wrapped = Vec::new();
        for (k, (term, rate, amount)) in bonds.iter().take(3).enumerate() {
            let y = 25.0 + 20.0 * k as f64;
            glyphs_of(term, 210.0, y, &mut wrapped);
            glyphs_of(rate, 255.0, y, &mut wrapped);
            glyphs_of(amount, 305.0, y, &mut wrapped);
        }
        glyphs_of("1月25日", 5.0, 45.0, &mut wrapped);
        glyphs_of("5", 305.0, 85.0, &mut wrapped);
        assert_eq!(
            split_rows(bond_grid(), &wrapped, &lines(&wrapped, &s.layout), &s).ys,
            bond_grid().ys
        );
    }

    #[test]
    fn lines_with_figures_are_cut_halfway_between_them() {
        // Three labelled lines with figures (y 25-35, 45-55, 65-75) in the band 20-100: cuts
        // at 40 and 60, the band's cells follow; the header row is untouched.
        let mut g = Vec::new();
        for (k, (label, figure)) in [
            ("工资福利", "1,200.00"),
            ("商品服务", "300.00"),
            ("其他", "5.00"),
        ]
        .iter()
        .enumerate()
        {
            let y = 25.0 + 20.0 * k as f64;
            glyphs_of(label, 5.0, y, &mut g);
            glyphs_of(figure, 210.0, y, &mut g);
        }
        let s = Settings::default();
        let out = split_rows(grid(), &g, &lines(&g, &s.layout), &s);
        assert_eq!(out.ys, [0.0, 20.0, 40.0, 60.0, 100.0]);
        let spans: Vec<(usize, usize, f64, f64)> = out
            .cells
            .iter()
            .map(|c| (c.row, c.col, c.bbox.y0, c.bbox.y1))
            .collect();
        assert_eq!(
            spans,
            [
                (0, 0, 0.0, 20.0),
                (0, 1, 0.0, 20.0),
                (1, 0, 20.0, 40.0),
                (2, 0, 40.0, 60.0),
                (3, 0, 60.0, 100.0),
                (1, 1, 20.0, 40.0),
                (2, 1, 40.0, 60.0),
                (3, 1, 60.0, 100.0),
            ]
        );
        // Asking for four lines with figures leaves the band whole.
        let mut s = Settings::default();
        s.lattice.split_min_figure_lines = 4;
        assert_eq!(
            split_rows(grid(), &g, &lines(&g, &s.layout), &s).ys,
            grid().ys
        );
    }
}
