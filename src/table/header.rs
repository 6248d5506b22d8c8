//! Header rows and the header tree: which top rows are headers, and each leaf column's path
//! through the (possibly spanning) header cells above it.

use super::{Cell, Column, Settings};
use crate::layout::{is_figure, is_list_item};

/// A row that opens the body though it holds no figure: a list item (一、国有土地使用权出让金
/// 收入, （一）…) alone in its row, nothing printed against it yet. A header row names
/// columns; this one names a row.
fn starts_body(cells: &[&Cell]) -> bool {
    let filled: Vec<&&Cell> = cells.iter().filter(|c| !c.text.trim().is_empty()).collect();
    match filled.as_slice() {
        [only] => only.col == 0 && is_list_item(&only.text),
        _ => false,
    }
}

/// Rows of column numbers (栏次 1 2 3 …, or 1 2 3 under the headers of 决算 forms) belong to
/// the header.
fn is_numbering_row(cells: &[&Cell], s: &Settings) -> bool {
    let filled: Vec<&str> = cells
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let nums: Vec<u32> = filled
        .iter()
        .filter_map(|t| t.parse::<u32>().ok())
        .filter(|n| *n <= s.header.max_column_number)
        .collect();
    nums.len() >= 2
        && nums.len() == filled.len()
        && nums
            .windows(2)
            .all(|w| matches!(w, [a, b] if b == &(a + 1)))
}

/// Number of header rows: the rows above the first row that carries a figure, the numbering
/// row included. A table with no figures at all (a blank template) keeps its first row.
pub fn header_rows(cells: &[Cell], n_rows: usize, s: &Settings) -> usize {
    for r in 0..n_rows {
        let row: Vec<&Cell> = cells.iter().filter(|c| c.row == r).collect();
        if is_numbering_row(&row, s)
            || row
                .iter()
                .any(|c| c.text.contains("栏次") || c.text == "行次")
        {
            continue;
        }
        if row.iter().any(|c| is_figure(&c.text)) || starts_body(&row) {
            return r;
        }
    }
    1.min(n_rows)
}

/// A unit in brackets and nothing else: (%), （％）, (万元).
fn is_unit_line(t: &str) -> bool {
    let inner = t
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']))
        .map(str::trim);
    inner.is_some_and(|u| ["%", "％", "‰", "元", "万元", "亿元", "千元"].contains(&u))
}

/// Each leaf column's header path: the texts of the header cells covering it, top to bottom,
/// blanks and repeats (a cell spanning rows) left out.
pub fn columns(cells: &[Cell], header_rows: usize, n_cols: usize) -> Vec<Column> {
    (0..n_cols)
        .map(|col| {
            let mut path: Vec<String> = Vec::new();
            let mut covering: Vec<&Cell> = cells
                .iter()
                .filter(|c| c.row < header_rows && c.col <= col && col < c.col + c.colspan)
                .collect();
            covering.sort_by_key(|c| c.row);
            let mut above: Option<&Cell> = None;
            for c in covering {
                let t = c.text.trim();
                if t.is_empty() || t.chars().all(|ch| ch.is_ascii_digit()) {
                    continue;
                }
                // A unit alone in brackets under a label over the same columns is that
                // label's last line, set on a row of its own (比上年增长 / (%)).
                let same_span = above.is_some_and(|a| (a.col, a.colspan) == (c.col, c.colspan));
                match path.last_mut() {
                    Some(p) if same_span && is_unit_line(t) => p.push_str(t),
                    Some(p) if p == t => {}
                    _ => path.push(t.to_string()),
                }
                above = Some(c);
            }
            Column { path }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::Rect;

    fn cell(row: usize, col: usize, colspan: usize, text: &str) -> Cell {
        Cell {
            row,
            col,
            rowspan: 1,
            colspan,
            text: text.into(),
            raw: text.into(),
            page: 1,
            bbox: Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 0.0,
                y1: 0.0,
            },
            text_bbox: None,
        }
    }

    #[test]
    fn a_unit_alone_under_a_label_is_its_last_line() {
        let cells = vec![
            cell(0, 0, 1, "科目名称"),
            cell(0, 1, 2, "2026年"),
            cell(1, 1, 1, "预算数"),
            cell(1, 2, 1, "比上年增长"),
            cell(2, 1, 1, "(万元)"),
            cell(2, 2, 1, "(%)"),
            cell(3, 0, 1, "合计"),
            cell(3, 1, 1, "100"),
            cell(3, 2, 1, "5.0"),
        ];
        let cols = columns(&cells, 3, 3);
        assert_eq!(cols[1].path, ["2026年", "预算数(万元)"]);
        assert_eq!(cols[2].path, ["2026年", "比上年增长(%)"]);
        // Under a label spanning more columns, a unit is a level of its own.
        let cells = vec![cell(0, 0, 2, "增长"), cell(1, 1, 1, "(%)")];
        assert_eq!(columns(&cells, 2, 2)[1].path, ["增长", "(%)"]);
        assert!(is_unit_line("（％）") && !is_unit_line("(调整)"));
    }

    #[test]
    fn two_level_header() {
        let cells = vec![
            cell(0, 0, 1, "项目"),
            cell(0, 1, 2, "本年支出"),
            cell(1, 0, 1, "项目"),
            cell(1, 1, 1, "基本支出"),
            cell(1, 2, 1, "项目支出"),
            cell(2, 0, 1, "1"),
            cell(2, 1, 1, "2"),
            cell(2, 2, 1, "3"),
            cell(3, 0, 1, "合计"),
            cell(3, 1, 1, "10.00"),
            cell(3, 2, 1, "5.00"),
        ];
        assert_eq!(header_rows(&cells, 4, &Settings::default()), 3);
        // Numbers above the largest column number are figures: the numbering row is body.
        let mut s = Settings::default();
        s.header.max_column_number = 2;
        assert_eq!(header_rows(&cells, 4, &s), 2);
        let cols = columns(&cells, 3, 3);
        assert_eq!(cols[0].path, ["项目"]);
        assert_eq!(cols[2].path, ["本年支出", "项目支出"]);
    }
}
