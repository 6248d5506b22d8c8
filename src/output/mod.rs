//! The dataset on disk (docs/SCHEMA.md): documents.csv, tables.csv, items.csv, checks.csv and
//! json/<doc_id>.json, written to temporary names and renamed, so a reader never sees half a
//! file.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::budget::document::Analysis;

pub mod sqlite;

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

/// Writes the whole dataset for `docs` (in the order given) into `dir`: each document's
/// JSON and the CSVs.
pub fn write_dataset(dir: &Path, docs: &[DocRecord], excel_bom: bool) -> io::Result<()> {
    let mut set = Dataset::create(
        dir,
        &Formats {
            csv: true,
            sqlite: false,
            excel_bom,
        },
    )?;
    for d in docs {
        write_json(dir, &d.doc_id, d)?;
        set.add(&rows_of_record(d)?)?;
    }
    set.finish()
}

/// A record's rows, by the same [`rows_of`] that reads a resumed document's JSON, from a
/// borrowed view with only the fields rows are made of: the cells, the bulk of a record, are
/// never turned into a JSON tree.
pub fn rows_of_record(d: &DocRecord) -> io::Result<Rows> {
    let view = RowView {
        doc_id: &d.doc_id,
        file: &d.file,
        pages: d.pages,
        producer: &d.producer,
        status: &d.status,
        error: &d.error,
        analysis: d.analysis.as_ref().map(|a| AnalysisView {
            doc_kind: a.doc_kind,
            year: a.year,
            body: &a.body,
            checks: &a.checks,
            tables: a
                .tables
                .iter()
                .map(|t| TableView {
                    kind: t.kind,
                    items: &t.items,
                    checks: &t.checks,
                    table: TableMeta {
                        pages: &t.table.pages,
                        n_rows: t.table.n_rows,
                        n_cols: t.table.n_cols,
                        title: &t.table.title,
                        form_no: &t.table.form_no,
                        unit: &t.table.unit,
                    },
                })
                .collect(),
        }),
    };
    let v = serde_json::to_value(&view).map_err(io::Error::other)?;
    Ok(rows_of(&v))
}

/// The fields of a [`DocRecord`] that [`rows_of`] reads, named and serialised as in the record.
#[derive(Serialize)]
struct RowView<'a> {
    doc_id: &'a str,
    file: &'a str,
    pages: u32,
    producer: &'a str,
    status: &'a str,
    error: &'a str,
    analysis: Option<AnalysisView<'a>>,
}

#[derive(Serialize)]
struct AnalysisView<'a> {
    doc_kind: Option<crate::budget::document::DocKind>,
    year: Option<u32>,
    body: &'a Option<String>,
    tables: Vec<TableView<'a>>,
    checks: &'a [crate::budget::checks::Check],
}

#[derive(Serialize)]
struct TableView<'a> {
    kind: crate::budget::kind::Kind,
    table: TableMeta<'a>,
    items: &'a [crate::budget::facts::Item],
    checks: &'a [crate::budget::checks::Check],
}

#[derive(Serialize)]
struct TableMeta<'a> {
    pages: &'a [u32],
    n_rows: usize,
    n_cols: usize,
    title: &'a Option<String>,
    form_no: &'a Option<String>,
    unit: &'a Option<String>,
}

/// Writes `json/<doc_id>.json` atomically, under a temporary name unique to the process and
/// call, so parallel workers never share one.
pub fn write_json(dir: &Path, doc_id: &str, v: &impl Serialize) -> io::Result<()> {
    let json_dir = dir.join("json");
    fs::create_dir_all(&json_dir)?;
    let json = serde_json::to_vec(v).map_err(io::Error::other)?;
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = json_dir.join(format!(".{doc_id}.{}.{n}.tmp", std::process::id()));
    fs::write(&tmp, &json)?;
    fs::rename(&tmp, json_dir.join(format!("{doc_id}.json")))
}

/// `json/<doc_id>.json` as written by an earlier run, listed under `file` (the path given in
/// this run, which wins over the one recorded).
pub fn read_json(dir: &Path, doc_id: &str, file: &str) -> io::Result<serde_json::Value> {
    let p = dir.join("json").join(format!("{doc_id}.json"));
    let bytes = fs::read(&p)?;
    let mut v: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| io::Error::other(format!("{}: {e}", p.display())))?;
    if let Some(o) = v.as_object_mut() {
        o.insert("file".into(), serde_json::Value::String(file.to_string()));
    }
    Ok(v)
}

/// Which files a [`Dataset`] writes.
#[derive(Debug, Clone, Copy)]
pub struct Formats {
    pub csv: bool,
    pub sqlite: bool,
    pub excel_bom: bool,
}

/// The four datasets' rows, one document at a time.
#[derive(Default)]
pub struct Rows {
    pub documents: Vec<Vec<String>>,
    pub tables: Vec<Vec<String>>,
    pub items: Vec<Vec<String>>,
    pub checks: Vec<Vec<String>>,
}

pub const DOCUMENTS: &[&str] = &[
    "doc_id", "file", "pages", "doc_kind", "year", "body", "producer", "status", "error",
];
pub const TABLES: &[&str] = &[
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
];
pub const ITEMS: &[&str] = &[
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
];
pub const CHECKS: &[&str] = &[
    "doc_id", "table_id", "check", "expected", "actual", "status", "pages",
];

/// A JSON scalar as a CSV field: strings as they are, numbers in decimal, null empty.
fn field(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn check_row(doc_id: &str, table_id: String, c: &serde_json::Value) -> Vec<String> {
    let pages: Vec<String> = c["pages"]
        .as_array()
        .map(|a| a.iter().map(field).collect())
        .unwrap_or_default();
    vec![
        doc_id.to_string(),
        table_id,
        field(&c["check"]),
        field(&c["expected"]),
        field(&c["actual"]),
        field(&c["status"]),
        pages.join(" "),
    ]
}

/// The rows of one document, from its JSON form (a serialised [`DocRecord`]).
pub fn rows_of(d: &serde_json::Value) -> Rows {
    let mut out = Rows::default();
    let doc_id = field(&d["doc_id"]);
    let file = field(&d["file"]);
    let a = &d["analysis"];
    out.documents.push(vec![
        doc_id.clone(),
        file.clone(),
        field(&d["pages"]),
        field(&a["doc_kind"]),
        field(&a["year"]),
        field(&a["body"]),
        field(&d["producer"]),
        field(&d["status"]),
        field(&d["error"]),
    ]);
    let empty = Vec::new();
    for (k, t) in a["tables"].as_array().unwrap_or(&empty).iter().enumerate() {
        let table_id = (k + 1).to_string();
        let checks = t["checks"].as_array().unwrap_or(&empty);
        let failed = checks.iter().filter(|c| c["status"] == "fail").count();
        let tb = &t["table"];
        let pages = tb["pages"].as_array().unwrap_or(&empty);
        let kind = field(&t["kind"]);
        let title = field(&tb["title"]);
        out.tables.push(vec![
            doc_id.clone(),
            table_id.clone(),
            kind.clone(),
            title.clone(),
            field(&tb["form_no"]),
            field(&tb["unit"]),
            pages.first().map(field).unwrap_or_default(),
            pages.last().map(field).unwrap_or_default(),
            field(&tb["n_rows"]),
            field(&tb["n_cols"]),
            failed.to_string(),
        ]);
        for i in t["items"].as_array().unwrap_or(&empty) {
            out.items.push(vec![
                doc_id.clone(),
                file.clone(),
                field(&i["page"]),
                table_id.clone(),
                kind.clone(),
                title.clone(),
                field(&i["classification"]),
                field(&i["code"]),
                field(&i["code_level"]),
                field(&i["parent_code"]),
                field(&i["name"]),
                field(&i["prefix"]),
                field(&i["measure"]),
                field(&i["header_path"]),
                field(&i["amount_yuan"]),
                field(&i["printed"]),
                field(&i["unit"]),
            ]);
        }
        for c in checks {
            out.checks.push(check_row(&doc_id, table_id.clone(), c));
        }
    }
    for c in a["checks"].as_array().unwrap_or(&empty) {
        out.checks.push(check_row(&doc_id, String::new(), c));
    }
    out
}

/// A CSV written to a temporary name, renamed by [`CsvOut::finish`].
struct CsvOut {
    tmp: std::path::PathBuf,
    path: std::path::PathBuf,
    w: csv::Writer<io::BufWriter<fs::File>>,
}

impl CsvOut {
    fn new(dir: &Path, name: &str, header: &[&str], bom: bool) -> io::Result<CsvOut> {
        let tmp = dir.join(format!(".{name}.tmp"));
        let mut f = io::BufWriter::new(fs::File::create(&tmp)?);
        if bom {
            f.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(f);
        w.write_record(header).map_err(io::Error::other)?;
        Ok(CsvOut {
            tmp,
            path: dir.join(name),
            w,
        })
    }

    fn rows(&mut self, rows: &[Vec<String>]) -> io::Result<()> {
        for r in rows {
            self.w.write_record(r).map_err(io::Error::other)?;
        }
        Ok(())
    }

    fn finish(self) -> io::Result<()> {
        let f = self
            .w
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?;
        f.into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?
            .sync_all()?;
        fs::rename(&self.tmp, &self.path)
    }
}

/// The CSVs (and `yusuan.sqlite` if asked) being written, one document's rows at a time,
/// under temporary names until [`Dataset::finish`].
pub struct Dataset {
    csvs: Option<[CsvOut; 4]>,
    db: Option<sqlite::Db>,
    seen: std::collections::HashSet<String>,
}

impl Dataset {
    pub fn create(dir: &Path, formats: &Formats) -> io::Result<Dataset> {
        fs::create_dir_all(dir)?;
        let bom = formats.excel_bom;
        let csvs = if formats.csv {
            Some([
                CsvOut::new(dir, "documents.csv", DOCUMENTS, bom)?,
                CsvOut::new(dir, "tables.csv", TABLES, bom)?,
                CsvOut::new(dir, "items.csv", ITEMS, bom)?,
                CsvOut::new(dir, "checks.csv", CHECKS, bom)?,
            ])
        } else {
            None
        };
        let db = if formats.sqlite {
            Some(sqlite::Db::create(dir)?)
        } else {
            None
        };
        Ok(Dataset {
            csvs,
            db,
            seen: std::collections::HashSet::new(),
        })
    }

    /// Adds one document's rows. A doc_id seen before (the same bytes under another path) is
    /// skipped, since the dataset is keyed by doc_id: returns whether the rows were added.
    pub fn add(&mut self, rows: &Rows) -> io::Result<bool> {
        let id = rows
            .documents
            .first()
            .and_then(|d| d.first())
            .map_or("", String::as_str);
        if !id.is_empty() && !self.seen.insert(id.to_string()) {
            return Ok(false);
        }
        if let Some([d, t, i, c]) = self.csvs.as_mut() {
            d.rows(&rows.documents)?;
            t.rows(&rows.tables)?;
            i.rows(&rows.items)?;
            c.rows(&rows.checks)?;
        }
        if let Some(db) = self.db.as_mut() {
            db.insert(rows)?;
        }
        Ok(true)
    }

    /// Flushes everything and renames the files into place.
    pub fn finish(self) -> io::Result<()> {
        if let Some(all) = self.csvs {
            for c in all {
                c.finish()?;
            }
        }
        if let Some(db) = self.db {
            db.finish()?;
        }
        Ok(())
    }
}
