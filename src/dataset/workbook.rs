//! Tables as printed in Excel (`--format tables`): `tables/<doc_id>.xlsx`, one workbook a
//! document. Its first sheet, `contents`, lists the tables (table_id, sheet, kind, title, form,
//! unit, pages, size); then one sheet a table, named `T<table_id> <title>` cut to Excel's 31
//! characters, its characters `[]:*?/\` replaced by `_`. A sheet holds the table's grid as the
//! CSV does (grid row r is sheet row r + 1, column c is column c + 1), with the cells that span
//! several rows or columns merged as printed and the header rows frozen and shaded.
//!
//! Which cells are numbers: the cells yusuan read as amounts (an item of items.csv with an
//! amount_yuan; a percentage stays text) whose figure an Excel number shows exactly as
//! printed: at most 15 significant digits (what Excel keeps and shows), the nearest double rounding back to the printed decimal at its printed
//! precision, and a number format (decimals, thousands separators, `-`, `(…)` or `△` for a
//! negative) that displays the printed text again. Every other cell is text as printed:
//! codes, years, column numbers, percentages, and any figure that fails the test (it stays
//! exact as text rather than rounded as a number). Numbers are in the table's printed unit
//! (the contents sheet says which), as the grid prints them; amount_yuan is in items.csv.

use std::collections::BTreeSet;
use std::io;
use std::path::Path;

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::DocRecord;
use super::grids::MAX_CELLS;
use crate::budget::amount::{self, Printed};
use crate::budget::document::AnalysedTable;

/// Excel's limits: rows and columns of a sheet, characters of a sheet name and of a cell.
const MAX_ROWS: usize = 1_048_576;
const MAX_COLS: usize = 16_384;
const MAX_NAME: usize = 31;
const MAX_TEXT: usize = 32_767;

/// Significant digits an Excel number keeps and shows.
const MAX_DIGITS: usize = 15;

/// Writes `path` (a workbook of the document's tables).
pub fn write(path: &Path, r: &DocRecord) -> io::Result<()> {
    book(r)
        .and_then(|mut b| b.save(path))
        .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))
}

fn book(r: &DocRecord) -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let tables: Vec<&AnalysedTable> = r.analysis.iter().flat_map(|a| &a.tables).collect();
    let header = Format::new()
        .set_bold()
        .set_background_color(0xFFF5CC)
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let names: Vec<Option<String>> = tables
        .iter()
        .enumerate()
        .map(|(k, t)| fits(t).then(|| sheet_name(k + 1, t.table.title.as_deref())))
        .collect();
    contents(book.add_worksheet(), &tables, &names, &header)?;
    for (t, name) in tables.iter().zip(&names) {
        if let Some(name) = name {
            let ws = book.add_worksheet();
            ws.set_name(name)?;
            sheet(ws, t, &header)?;
        }
    }
    Ok(book)
}

/// Whether the table's grid is written (within the CSV's bound and Excel's).
fn fits(t: &AnalysedTable) -> bool {
    let tb = &t.table;
    tb.n_rows.saturating_mul(tb.n_cols) <= MAX_CELLS
        && tb.n_rows <= MAX_ROWS
        && tb.n_cols <= MAX_COLS
}

/// `T<id> <title>` as a sheet name: characters Excel refuses replaced, cut to 31 UTF-16 units
/// (the id first, so names stay distinct), no apostrophe at the end.
pub fn sheet_name(id: usize, title: Option<&str>) -> String {
    let full = match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => format!("T{id} {t}"),
        None => format!("T{id}"),
    };
    let mut name = String::new();
    let mut units = 0;
    for c in full.chars() {
        let c = match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '_',
            c if c.is_control() || c.is_whitespace() => ' ',
            c => c,
        };
        if units + c.len_utf16() > MAX_NAME {
            break;
        }
        units += c.len_utf16();
        name.push(c);
    }
    name.trim_end_matches(['\'', ' ']).to_string()
}

fn contents(
    ws: &mut Worksheet,
    tables: &[&AnalysedTable],
    names: &[Option<String>],
    header: &Format,
) -> Result<(), XlsxError> {
    ws.set_name("contents")?;
    let heads = [
        "table_id",
        "sheet",
        "kind",
        "title",
        "form_no",
        "unit",
        "pages",
        "rows",
        "cols",
        "header_rows",
    ];
    for (c, h) in (0u16..).zip(heads) {
        ws.write_string_with_format(0, c, h, header)?;
    }
    for ((k, t), name) in (1u32..).zip(tables).zip(names) {
        let tb = &t.table;
        let pages = tb.pages.iter().map(u32::to_string).collect::<Vec<_>>();
        ws.write_number(k, 0, k)?;
        ws.write_string(
            k,
            1,
            name.as_deref()
                .unwrap_or("(too large: see tables.csv and json/)"),
        )?;
        ws.write_string(k, 2, t.kind.as_str())?;
        ws.write_string(k, 3, text(tb.title.as_deref().unwrap_or("")))?;
        ws.write_string(k, 4, text(tb.form_no.as_deref().unwrap_or("")))?;
        ws.write_string(k, 5, text(tb.unit.as_deref().unwrap_or("")))?;
        ws.write_string(k, 6, pages.join(" "))?;
        for (c, n) in [(7, tb.n_rows), (8, tb.n_cols), (9, tb.header_rows)] {
            ws.write_number(k, c, n as f64)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_autofit_max_width(400);
    ws.autofit();
    Ok(())
}

/// One table's grid: merged cells as printed, header rows shaded, amounts as numbers where
/// exact (see the module's note).
fn sheet(ws: &mut Worksheet, t: &AnalysedTable, header: &Format) -> Result<(), XlsxError> {
    let tb = &t.table;
    let amounts: BTreeSet<(usize, usize)> = t.items.iter().map(|i| (i.row, i.col)).collect();
    let mut covered = vec![false; tb.n_rows * tb.n_cols];
    let mut cells: Vec<&crate::table::Cell> = tb.cells.iter().collect();
    cells.sort_by_key(|c| (c.row, c.col));
    let plain = Format::new();
    let n_cols = tb.n_cols;
    let taken =
        |covered: &[bool], r: usize, k: usize| covered.get(r * n_cols + k).copied().unwrap_or(true);
    for c in cells {
        if c.row >= tb.n_rows || c.col >= tb.n_cols || taken(&covered, c.row, c.col) {
            continue;
        }
        let rows = c.rowspan.clamp(1, tb.n_rows - c.row);
        // A span stops short of a position already taken (merged ranges may not overlap).
        let mut cols = c.colspan.clamp(1, tb.n_cols - c.col);
        if let Some(k) = (0..cols).position(|k| taken(&covered, c.row, c.col + k)) {
            cols = k;
        }
        let rows = (0..rows)
            .position(|r| (0..cols).any(|k| taken(&covered, c.row + r, c.col + k)))
            .unwrap_or(rows);
        for r in c.row..c.row + rows {
            for k in c.col..c.col + cols {
                if let Some(x) = covered.get_mut(r * n_cols + k) {
                    *x = true;
                }
            }
        }
        let (row, col) = (c.row as u32, c.col as u16);
        let format = if c.row < tb.header_rows {
            header.clone()
        } else {
            plain.clone()
        };
        let number = amounts
            .contains(&(c.row, c.col))
            .then(|| as_number(&c.text))
            .flatten();
        let format = match &number {
            Some((_, f)) => format.set_num_format(f),
            None => format,
        };
        if rows > 1 || cols > 1 {
            let (last_row, last_col) = (row + rows as u32 - 1, col + cols as u16 - 1);
            let shown = if number.is_some() { "" } else { text(&c.text) };
            ws.merge_range(row, col, last_row, last_col, shown, &format)?;
        }
        match number {
            Some((v, _)) => {
                ws.write_number_with_format(row, col, v, &format)?;
            }
            None if rows == 1 && cols == 1 && !c.text.is_empty() => {
                ws.write_string_with_format(row, col, text(&c.text), &format)?;
            }
            None => {}
        }
    }
    if tb.header_rows > 0 && tb.header_rows < tb.n_rows {
        ws.set_freeze_panes(tb.header_rows as u32, 0)?;
    }
    ws.set_autofit_max_width(300);
    ws.autofit();
    Ok(())
}

/// A cell's text within Excel's limit for a cell (a longer one is cut; the CSV and the JSON
/// keep it whole).
fn text(s: &str) -> &str {
    if s.len() <= MAX_TEXT {
        return s;
    }
    let mut units = 0;
    let end = s
        .char_indices()
        .find(|(_, c)| {
            units += c.len_utf16();
            units > MAX_TEXT
        })
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// The printed figure as an Excel number and the number format that shows it as printed, or
/// None when a number would not be exact or would not show the printed text.
pub fn as_number(printed: &str) -> Option<(f64, String)> {
    let Printed::Amount(v) = amount::parse(printed) else {
        return None;
    };
    let shown: String = printed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect();
    let f = exact_double(v)?;
    let grouped = shown.contains(',');
    let body = digits(v.abs(), grouped);
    let mut format = if grouped { "#,##0" } else { "0" }.to_string();
    if v.scale() > 0 {
        format.push('.');
        format.push_str(&"0".repeat(v.scale() as usize));
    }
    let format = if !v.is_sign_negative() || v.is_zero() {
        (shown == body).then_some(format)?
    } else if shown == format!("-{body}") {
        format
    } else if shown == format!("({body})") {
        format!("{format};({format})")
    } else if shown == format!("△{body}") {
        format!("{format};\"△\"{format}")
    } else {
        return None;
    };
    Some((f, format))
}

/// The decimal as a double when the double shows it again at its printed precision and has
/// no more than Excel's 15 significant digits.
fn exact_double(v: Decimal) -> Option<f64> {
    let mantissa = v.mantissa().unsigned_abs().to_string();
    if mantissa.trim_start_matches('0').len() > MAX_DIGITS {
        return None;
    }
    let s = v.to_string();
    let f: f64 = s.parse().ok()?;
    let scale = v.scale() as usize;
    (format!("{f:.scale$}") == s).then_some(f)
}

/// `|v|` at its scale, with thousands separators when asked.
fn digits(v: Decimal, grouped: bool) -> String {
    let s = v.to_string();
    if !grouped {
        return s;
    }
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{as_number, sheet_name};

    #[test]
    fn figures_become_numbers_only_when_exact_and_shown_as_printed() {
        assert_eq!(as_number("1,352.27"), Some((1352.27, "#,##0.00".into())));
        assert_eq!(as_number("1352.27"), Some((1352.27, "0.00".into())));
        assert_eq!(
            as_number("１，３５２．２７"),
            Some((1352.27, "#,##0.00".into()))
        );
        assert_eq!(as_number("-12"), Some((-12.0, "0".into())));
        assert_eq!(as_number("(12.00)"), Some((-12.0, "0.00;(0.00)".into())));
        assert_eq!(as_number("△5"), Some((-5.0, "0;\"△\"0".into())));
        assert_eq!(as_number("0"), Some((0.0, "0".into())));
        // Sixteen significant digits: Excel would show 15 of them.
        assert_eq!(as_number("1234567890123.456"), None);
        assert!(as_number("123456789012.345").is_some());
        // Leading zeros, percentages, text, blanks: text as printed.
        assert_eq!(as_number("012"), None);
        assert_eq!(as_number("5.3%"), None);
        assert_eq!(as_number("合计"), None);
        assert_eq!(as_number("-"), None);
    }

    #[test]
    fn sheet_names_keep_to_excels_rules() {
        assert_eq!(sheet_name(3, None), "T3");
        assert_eq!(
            sheet_name(1, Some("收入/支出:总表[2024]?")),
            "T1 收入_支出_总表_2024__"
        );
        let long = sheet_name(12, Some(&"一般公共预算财政拨款支出表".repeat(4)));
        assert_eq!(long.encode_utf16().count(), 31);
        assert!(long.starts_with("T12 一般"));
        assert_eq!(sheet_name(2, Some("x'")), "T2 x");
        assert_eq!(sheet_name(2, Some("a\nb")), "T2 a b");
    }
}
