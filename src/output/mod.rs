//! The dataset on disk (docs/SCHEMA.md): documents.csv, tables.csv, items.csv, checks.csv and
//! json/<doc_id>.json, written to temporary names and renamed, so a reader never sees half a
//! file.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use rayon::prelude::*;
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
/// JSON, then the CSVs rebuilt from them (see [`rebuild`]).
pub fn write_dataset(dir: &Path, docs: &[DocRecord], excel_bom: bool) -> io::Result<()> {
    let mut sources = Vec::new();
    for d in docs {
        write_json(dir, d)?;
        sources.push(Source::from_written(d.clone()));
    }
    rebuild(
        dir,
        &sources,
        &Formats {
            csv: true,
            sqlite: false,
            excel_bom,
        },
    )?;
    io::stdout().flush()
}

/// Writes `json/<doc_id>.json` (the whole record) atomically, under a temporary name unique to
/// the process and thread, so parallel workers never share one.
pub fn write_json(dir: &Path, d: &DocRecord) -> io::Result<()> {
    let json_dir = dir.join("json");
    fs::create_dir_all(&json_dir)?;
    let json = serde_json::to_vec(d).map_err(io::Error::other)?;
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = json_dir.join(format!(".{}.{}.{n}.tmp", d.doc_id, std::process::id()));
    fs::write(&tmp, &json)?;
    fs::rename(&tmp, json_dir.join(format!("{}.json", d.doc_id)))
}

/// Where one document's rows come from when the dataset is rebuilt.
#[derive(Debug, Clone)]
pub enum Source {
    /// A record held in memory (one that has no analysis, or no doc_id).
    Record(Box<DocRecord>),
    /// `json/<doc_id>.json` in the output directory, listed under `file` (the path given in
    /// this run, which wins over the one recorded in the JSON).
    Json { doc_id: String, file: String },
}

impl Source {
    /// The source to keep for a record whose JSON was written: the record itself when it is
    /// small (no analysis) or has no doc_id, else its JSON, so the analysis can be dropped.
    pub fn from_written(d: DocRecord) -> Source {
        if d.analysis.is_none() || d.doc_id.is_empty() {
            Source::Record(Box::new(d))
        } else {
            Source::Json {
                doc_id: d.doc_id,
                file: d.file,
            }
        }
    }

    fn value(&self, dir: &Path) -> io::Result<serde_json::Value> {
        match self {
            Source::Record(d) => serde_json::to_value(d).map_err(io::Error::other),
            Source::Json { doc_id, file } => {
                let p = dir.join("json").join(format!("{doc_id}.json"));
                let bytes = fs::read(&p)?;
                let mut v: serde_json::Value = serde_json::from_slice(&bytes)
                    .map_err(|e| io::Error::other(format!("{}: {e}", p.display())))?;
                if let Some(o) = v.as_object_mut() {
                    o.insert("file".into(), serde_json::Value::String(file.clone()));
                }
                Ok(v)
            }
        }
    }
}

/// Which files [`rebuild`] writes.
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
pub fn rows_of(d: &serde_json::Value, out: &mut Rows) {
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

/// Writes the CSVs (and `yusuan.sqlite` if asked) from `sources`, in the order given, one
/// document in memory at a time. A doc_id seen before (the same bytes under another path) is
/// skipped: the dataset is keyed by doc_id. Returns the number of documents written.
pub fn rebuild(dir: &Path, sources: &[Source], formats: &Formats) -> io::Result<usize> {
    fs::create_dir_all(dir)?;
    let bom = formats.excel_bom;
    let mut csvs = if formats.csv {
        Some([
            CsvOut::new(dir, "documents.csv", DOCUMENTS, bom)?,
            CsvOut::new(dir, "tables.csv", TABLES, bom)?,
            CsvOut::new(dir, "items.csv", ITEMS, bom)?,
            CsvOut::new(dir, "checks.csv", CHECKS, bom)?,
        ])
    } else {
        None
    };
    let mut db = if formats.sqlite {
        Some(crate::output::sqlite::Db::create(dir)?)
    } else {
        None
    };
    let mut seen = std::collections::HashSet::new();
    let mut n = 0;
    // Documents are read back and turned into rows in parallel, a few at a time (memory stays
    // bounded), and written in order.
    for chunk in sources.chunks(16) {
        let keep: Vec<&Source> = chunk
            .iter()
            .filter(|s| match s {
                Source::Json { doc_id, .. } => seen.insert(doc_id.clone()),
                Source::Record(d) => d.doc_id.is_empty() || seen.insert(d.doc_id.clone()),
            })
            .collect();
        let rows: Vec<io::Result<Rows>> = keep
            .par_iter()
            .map(|s| {
                let v = s.value(dir)?;
                let mut rows = Rows::default();
                rows_of(&v, &mut rows);
                Ok(rows)
            })
            .collect();
        for rows in rows {
            let rows = rows?;
            if let Some([d, t, i, c]) = csvs.as_mut() {
                d.rows(&rows.documents)?;
                t.rows(&rows.tables)?;
                i.rows(&rows.items)?;
                c.rows(&rows.checks)?;
            }
            if let Some(db) = db.as_mut() {
                db.insert(&rows)?;
            }
            n += 1;
        }
    }
    if let Some(all) = csvs {
        for c in all {
            c.finish()?;
        }
    }
    if let Some(db) = db {
        db.finish()?;
    }
    Ok(n)
}
