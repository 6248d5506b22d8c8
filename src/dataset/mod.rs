//! The dataset on disk (docs/SCHEMA.md): documents.csv, tables.csv, items.csv, checks.csv and
//! json/<doc_id>.json, written to temporary names and renamed, so a reader never sees half a
//! file. A document's JSON is its [`DocRecord`]; the CSV and SQLite rows are the typed rows
//! of [`rows`], made from the record (a fresh one or one read back by `--resume` alike).

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::budget::document::Analysis;
use crate::pdf::Status;

pub mod arrow;
pub mod datapackage;
pub mod grids;
pub mod merge;
pub mod names;
pub mod parquet;
pub mod prior_year;
#[macro_use]
pub mod rows;
pub mod catalogue;
pub mod panel;
pub mod sqlite;
pub mod values;
pub mod workbook;

pub use panel::PanelRow;
pub use rows::{CheckRow, DocumentRow, ItemRow, Row, Rows, StatementRow, TableRow};

/// The version written into every record.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What one input file became: `json/<doc_id>.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocRecord {
    /// The yusuan version that wrote the record ([`VERSION`]): `--resume` takes a record from
    /// this version only, a record of another version is done again.
    pub version: String,
    pub doc_id: String,
    pub file: String,
    /// The path's bytes percent-encoded when it is not UTF-8 ([`names`]); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_raw: Option<String>,
    pub pages: u32,
    pub producer: String,
    pub status: Status,
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
            excel_bom,
            ..Formats::default()
        },
    )?;
    for d in docs {
        write_json(dir, &d.doc_id, d)?;
        set.add(&Rows::of(d))?;
    }
    set.finish()
}

/// Writes `json/<doc_id>.json` atomically, under a temporary name unique to the process and
/// call, so parallel workers never share one.
pub fn write_json(dir: &Path, doc_id: &str, v: &DocRecord) -> io::Result<()> {
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
pub fn read_json(dir: &Path, doc_id: &str, file: &Path) -> io::Result<DocRecord> {
    let p = dir.join("json").join(format!("{doc_id}.json"));
    let bytes = fs::read(&p)?;
    let mut r: DocRecord = serde_json::from_slice(&bytes)
        .map_err(|e| io::Error::other(format!("{}: {e}", p.display())))?;
    (r.file, r.file_raw) = names::record(file);
    Ok(r)
}

/// Which files a [`Dataset`] writes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Formats {
    /// The CSVs and `datapackage.json`, their schema.
    pub csv: bool,
    pub sqlite: bool,
    /// `{table}.parquet`.
    pub parquet: bool,
    pub excel_bom: bool,
}

/// A CSV written to a temporary name, renamed by [`CsvOut::finish`].
struct CsvOut {
    tmp: std::path::PathBuf,
    path: std::path::PathBuf,
    w: csv::Writer<io::BufWriter<fs::File>>,
}

impl CsvOut {
    /// `{R::TABLE}.csv`, its header the row's columns.
    fn new<R: Row>(dir: &Path, bom: bool) -> io::Result<CsvOut> {
        let name = format!("{}.csv", R::TABLE);
        let tmp = dir.join(format!(".{name}.tmp"));
        let mut f = io::BufWriter::new(fs::File::create(&tmp)?);
        if bom {
            f.write_all("\u{feff}".as_bytes())?;
        }
        // The header from the columns, so that a table without rows has one too.
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .has_headers(false)
            .from_writer(f);
        w.write_record(R::COLUMNS.iter().map(|c| c.name))
            .map_err(io::Error::other)?;
        Ok(CsvOut {
            tmp,
            path: dir.join(name),
            w,
        })
    }

    fn rows<R: Row>(&mut self, rows: &[R]) -> io::Result<()> {
        for r in rows {
            self.w.serialize(r).map_err(io::Error::other)?;
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
    dir: std::path::PathBuf,
    csvs: Option<[CsvOut; 6]>,
    db: Option<sqlite::Db>,
    parquet: Option<parquet::Files>,
    seen: std::collections::HashSet<String>,
    /// The panel figures, for the prior-year check across documents at the end.
    prior: prior_year::Figures,
}

impl Dataset {
    pub fn create(dir: &Path, formats: &Formats) -> io::Result<Dataset> {
        fs::create_dir_all(dir)?;
        let bom = formats.excel_bom;
        let csvs = if formats.csv {
            Some([
                CsvOut::new::<DocumentRow>(dir, bom)?,
                CsvOut::new::<TableRow>(dir, bom)?,
                CsvOut::new::<ItemRow>(dir, bom)?,
                CsvOut::new::<CheckRow>(dir, bom)?,
                CsvOut::new::<PanelRow>(dir, bom)?,
                CsvOut::new::<StatementRow>(dir, bom)?,
            ])
        } else {
            None
        };
        let db = if formats.sqlite {
            Some(sqlite::Db::create(dir)?)
        } else {
            None
        };
        let parquet = if formats.parquet {
            Some(parquet::Files::create(dir)?)
        } else {
            None
        };
        Ok(Dataset {
            dir: dir.to_path_buf(),
            csvs,
            db,
            parquet,
            seen: std::collections::HashSet::new(),
            prior: prior_year::Figures::default(),
        })
    }

    /// Adds one document's rows. A doc_id seen before (the same bytes under another path) is
    /// skipped, since the dataset is keyed by doc_id: returns whether the rows were added.
    pub fn add(&mut self, rows: &Rows) -> io::Result<bool> {
        let id = rows.documents.first().map_or("", |d| d.doc_id.as_str());
        if !id.is_empty() && !self.seen.insert(id.to_string()) {
            return Ok(false);
        }
        self.prior.add(rows);
        if let Some([d, t, i, c, p, s]) = self.csvs.as_mut() {
            d.rows(&rows.documents)?;
            t.rows(&rows.tables)?;
            i.rows(&rows.items)?;
            c.rows(&rows.checks)?;
            p.rows(&rows.panel)?;
            s.rows(&rows.statements)?;
        }
        if let Some(db) = self.db.as_mut() {
            db.insert(rows)?;
        }
        if let Some(p) = self.parquet.as_mut() {
            p.insert(rows)?;
        }
        Ok(true)
    }

    /// Adds the checks across documents (after every document's own), flushes everything
    /// and renames the files into place.
    pub fn finish(mut self) -> io::Result<()> {
        let across = Rows {
            checks: self.prior.checks(),
            ..Rows::default()
        };
        if let Some([_, _, _, c, _, _]) = self.csvs.as_mut() {
            c.rows(&across.checks)?;
        }
        if let Some(db) = self.db.as_mut() {
            db.insert(&across)?;
        }
        if let Some(p) = self.parquet.as_mut() {
            p.insert(&across)?;
        }
        if let Some(all) = self.csvs {
            for c in all {
                c.finish()?;
            }
            datapackage::write(&self.dir)?;
        }
        if let Some(db) = self.db {
            db.finish()?;
        }
        // Last: it may report amounts Parquet's decimal cannot hold once all is written.
        if let Some(p) = self.parquet {
            p.finish()?;
        }
        Ok(())
    }
}
