//! The dataset on disk (docs/SCHEMA.md): documents.csv, tables.csv, items.csv, checks.csv and
//! json/<doc_id>.json, written to temporary names and renamed, so a reader never sees half a
//! file.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::budget::checks::Status as CheckStatus;
use crate::budget::document::Analysis;

/// What one input file became.
#[derive(Debug, Clone, Serialize)]
pub struct DocRecord {
    pub doc_id: String,
    pub file: String,
    pub pages: u32,
    pub producer: String,
    /// ok, partial, no_text_layer, encrypted, invalid_pdf, timeout, error.
    pub status: String,
    pub error: String,
    pub analysis: Option<Analysis>,
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// Writes `name` in `dir` through a temporary file and a rename.
fn atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(".{name}.tmp"));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, dir.join(name))
}

fn csv_bytes(header: &[&str], rows: &[Vec<String>], bom: bool) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    if bom {
        buf.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(&mut buf);
        w.write_record(header).map_err(io::Error::other)?;
        for r in rows {
            w.write_record(r).map_err(io::Error::other)?;
        }
        w.flush()?;
    }
    Ok(buf)
}

/// Writes the whole dataset for `docs` (in the order given) into `dir`.
pub fn write_dataset(dir: &Path, docs: &[DocRecord], excel_bom: bool) -> io::Result<()> {
    fs::create_dir_all(dir.join("json"))?;
    let mut documents = Vec::new();
    let mut tables = Vec::new();
    let mut items = Vec::new();
    let mut checks = Vec::new();
    for d in docs {
        let a = d.analysis.as_ref();
        documents.push(vec![
            d.doc_id.clone(),
            d.file.clone(),
            d.pages.to_string(),
            opt(a.and_then(|a| a.doc_kind).map(|k| k.as_str())),
            opt(a.and_then(|a| a.year)),
            opt(a.and_then(|a| a.body.clone())),
            d.producer.clone(),
            d.status.clone(),
            d.error.clone(),
        ]);
        let Some(a) = a else { continue };
        for (k, t) in a.tables.iter().enumerate() {
            let table_id = (k + 1).to_string();
            let failed = t
                .checks
                .iter()
                .filter(|c| c.status == CheckStatus::Fail)
                .count();
            tables.push(vec![
                d.doc_id.clone(),
                table_id.clone(),
                t.kind.as_str().to_string(),
                opt(t.table.title.clone()),
                opt(t.table.form_no.clone()),
                opt(t.table.unit.clone()),
                opt(t.table.pages.first()),
                opt(t.table.pages.last()),
                t.table.n_rows.to_string(),
                t.table.n_cols.to_string(),
                failed.to_string(),
            ]);
            for i in &t.items {
                items.push(vec![
                    d.doc_id.clone(),
                    d.file.clone(),
                    i.page.to_string(),
                    table_id.clone(),
                    t.kind.as_str().to_string(),
                    opt(t.table.title.clone()),
                    i.classification.as_str().to_string(),
                    i.code.clone(),
                    i.code_level.to_string(),
                    i.parent_code.clone(),
                    i.name.clone(),
                    i.prefix.clone(),
                    i.measure.clone(),
                    i.header_path.clone(),
                    i.amount_yuan.to_string(),
                    i.printed.clone(),
                    i.unit.to_string(),
                ]);
            }
            for c in &t.checks {
                checks.push(check_row(&d.doc_id, table_id.clone(), c));
            }
        }
        for c in &a.checks {
            checks.push(check_row(&d.doc_id, String::new(), c));
        }
        let json = serde_json::to_vec_pretty(d).map_err(io::Error::other)?;
        atomic(&dir.join("json"), &format!("{}.json", d.doc_id), &json)?;
    }
    let w = |name: &str, header: &[&str], rows: &[Vec<String>]| {
        atomic(dir, name, &csv_bytes(header, rows, excel_bom)?)
    };
    w(
        "documents.csv",
        &[
            "doc_id", "file", "pages", "doc_kind", "year", "body", "producer", "status", "error",
        ],
        &documents,
    )?;
    w(
        "tables.csv",
        &[
            "doc_id",
            "table_id",
            "kind",
            "title",
            "form_no",
            "unit",
            "page_first",
            "page_last",
            "rows",
            "cols",
            "checks_failed",
        ],
        &tables,
    )?;
    w(
        "items.csv",
        &[
            "doc_id",
            "file",
            "page",
            "table_id",
            "table_kind",
            "table_title",
            "classification",
            "code",
            "code_level",
            "parent_code",
            "name",
            "prefix",
            "measure",
            "header_path",
            "amount_yuan",
            "printed",
            "unit",
        ],
        &items,
    )?;
    w(
        "checks.csv",
        &[
            "doc_id", "table_id", "check", "expected", "actual", "status", "pages",
        ],
        &checks,
    )?;
    io::stdout().flush()
}

fn check_row(doc_id: &str, table_id: String, c: &crate::budget::checks::Check) -> Vec<String> {
    let pages: Vec<String> = c.pages.iter().map(u32::to_string).collect();
    vec![
        doc_id.to_string(),
        table_id,
        c.check.clone(),
        c.expected.to_string(),
        c.actual.to_string(),
        c.status.as_str().to_string(),
        pages.join(" "),
    ]
}
