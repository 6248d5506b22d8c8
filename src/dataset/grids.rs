//! Tables as printed (`--format tables`): `tables/<doc_id>/<table_id>.csv`, one CSV per table
//! of tables.csv, its grid as the page prints it: one line per grid row, one field per grid
//! column, a cell's text at its top-left position and the positions a merged cell spans left
//! empty. The items' `table_row` and `table_col` (items.csv) are positions in this grid
//! (0-based: row r is line r + 1), so a pivot can keep the printed order. Beside them,
//! `tables/<doc_id>.xlsx` holds the same grids with merged cells and numbers ([`super::workbook`]).

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use super::DocRecord;
use crate::table::Table;

/// A grid larger than this (rows × columns) is not written (a table so large is a misreading;
/// its cells are in the JSON).
pub const MAX_CELLS: usize = 1_000_000;

/// The table's grid: `n_rows` rows of `n_cols` texts.
pub fn grid(t: &Table) -> Vec<Vec<String>> {
    let mut g = vec![vec![String::new(); t.n_cols]; t.n_rows];
    for c in &t.cells {
        if let Some(slot) = g.get_mut(c.row).and_then(|r| r.get_mut(c.col)) {
            c.text.clone_into(slot);
        }
    }
    g
}

/// Writes the document's tables into `dir/tables/<doc_id>/` and `dir/tables/<doc_id>.xlsx`
/// (what was there is replaced, each renamed into place whole). Nothing for a document without doc_id.
pub fn write(dir: &Path, r: &DocRecord, bom: bool) -> io::Result<()> {
    if r.doc_id.is_empty() {
        return Ok(());
    }
    let root = dir.join("tables");
    fs::create_dir_all(&root)?;
    let tmp = root.join(format!(".{}.{}.tmp", r.doc_id, std::process::id()));
    let _ = fs::remove_dir_all(&tmp);
    fs::create_dir(&tmp)?;
    let tables = r.analysis.iter().flat_map(|a| &a.tables);
    for (k, t) in tables.enumerate() {
        if t.table.n_rows.saturating_mul(t.table.n_cols) > MAX_CELLS {
            continue;
        }
        let mut f = io::BufWriter::new(fs::File::create(tmp.join(format!("{}.csv", k + 1)))?);
        if bom {
            f.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .flexible(true)
            .from_writer(f);
        for row in grid(&t.table) {
            w.write_record(&row).map_err(io::Error::other)?;
        }
        w.flush()?;
    }
    let dest = root.join(&r.doc_id);
    if dest.exists() {
        fs::remove_dir_all(&dest)?;
    }
    fs::rename(&tmp, &dest)?;
    let book = root.join(format!(".{}.{}.xlsx.tmp", r.doc_id, std::process::id()));
    super::workbook::write(&book, r)?;
    fs::rename(&book, root.join(format!("{}.xlsx", r.doc_id)))
}

/// Removes the grids of an earlier run (`dir/tables/`), so the folder holds this batch's only.
pub fn clear(dir: &Path) -> io::Result<()> {
    let root = dir.join("tables");
    match fs::remove_dir_all(&root) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
