//! `yusuan.sqlite`: the four CSVs as tables (same columns; amounts as TEXT so they stay
//! exact), with primary keys and indices, written to a temporary file and renamed.

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::{CHECKS, DOCUMENTS, ITEMS, Rows, TABLES};

/// Columns stored as INTEGER; every other column is TEXT.
const INTEGER: &[&str] = &[
    "pages",
    "year",
    "table_id",
    "page_first",
    "page_last",
    "rows",
    "cols",
    "checks_failed",
    "page",
];

fn err(e: rusqlite::Error) -> io::Error {
    io::Error::other(e)
}

pub struct Db {
    conn: Connection,
    tmp: PathBuf,
    path: PathBuf,
}

fn create_table(name: &str, cols: &[&str], key: &str) -> String {
    let cols: Vec<String> = cols
        .iter()
        .map(|c| {
            let ty = if INTEGER.contains(c) {
                "INTEGER"
            } else {
                "TEXT"
            };
            format!("\"{c}\" {ty}")
        })
        .collect();
    let key = if key.is_empty() {
        String::new()
    } else {
        format!(", PRIMARY KEY ({key})")
    };
    format!("CREATE TABLE {name} ({}{key});", cols.join(", "))
}

impl Db {
    pub fn create(dir: &Path) -> io::Result<Db> {
        let tmp = dir.join(".yusuan.sqlite.tmp");
        let _ = std::fs::remove_file(&tmp);
        let conn = Connection::open(&tmp).map_err(err)?;
        let schema = [
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;".to_string(),
            create_table("documents", DOCUMENTS, "doc_id, file"),
            create_table("tables", TABLES, "doc_id, table_id"),
            create_table("items", ITEMS, ""),
            create_table("checks", CHECKS, ""),
            "BEGIN;".to_string(),
        ];
        conn.execute_batch(&schema.join("\n")).map_err(err)?;
        Ok(Db {
            conn,
            tmp,
            path: dir.join("yusuan.sqlite"),
        })
    }

    fn insert_rows(&self, table: &str, n: usize, rows: &[Vec<String>]) -> io::Result<()> {
        let marks = vec!["?"; n].join(", ");
        let mut st = self
            .conn
            .prepare_cached(&format!("INSERT INTO {table} VALUES ({marks})"))
            .map_err(err)?;
        for r in rows {
            let vals: Vec<rusqlite::types::Value> = r
                .iter()
                .map(|s| rusqlite::types::Value::Text(s.clone()))
                .collect();
            st.execute(rusqlite::params_from_iter(vals)).map_err(err)?;
        }
        Ok(())
    }

    /// Adds one document's rows.
    pub fn insert(&mut self, rows: &Rows) -> io::Result<()> {
        self.insert_rows("documents", DOCUMENTS.len(), &rows.documents)?;
        self.insert_rows("tables", TABLES.len(), &rows.tables)?;
        self.insert_rows("items", ITEMS.len(), &rows.items)?;
        self.insert_rows("checks", CHECKS.len(), &rows.checks)
    }

    /// Commits, indexes, and renames the file into place.
    pub fn finish(self) -> io::Result<()> {
        self.conn
            .execute_batch(
                "COMMIT;
                 CREATE INDEX items_doc_id ON items (doc_id);
                 CREATE INDEX items_table_kind ON items (table_kind);
                 CREATE INDEX items_code ON items (code);
                 CREATE INDEX items_measure ON items (measure);
                 CREATE INDEX checks_doc_id ON checks (doc_id);",
            )
            .map_err(err)?;
        self.conn.close().map_err(|(_, e)| err(e))?;
        std::fs::rename(&self.tmp, &self.path)
    }
}
