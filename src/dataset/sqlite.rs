//! `yusuan.sqlite`: the four CSVs as tables, with the columns, types and keys of the row
//! structs ([`super::rows`]), indices, written to a temporary file and renamed. Values are
//! bound through serde as the CSV writes them: numbers as INTEGER, absent values (an empty
//! CSV field from an `Option`) as NULL, everything else TEXT.

use std::io;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite::types::{ToSqlOutput, ValueRef};

use super::PanelRow;
use super::rows::{CheckRow, DocumentRow, ItemRow, Row, Rows, StatementRow, TableRow};
use super::values::{Value, values};

fn err(e: rusqlite::Error) -> io::Error {
    io::Error::other(e)
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

/// Indices, created once the rows are in: (table, column).
const INDICES: [(&str, &str); 10] = [
    (ItemRow::TABLE, "doc_id"),
    (ItemRow::TABLE, "table_kind"),
    (ItemRow::TABLE, "code"),
    (ItemRow::TABLE, "measure"),
    (CheckRow::TABLE, "doc_id"),
    (PanelRow::TABLE, "entity"),
    (PanelRow::TABLE, "year"),
    (PanelRow::TABLE, "code"),
    (PanelRow::TABLE, "measure"),
    (StatementRow::TABLE, "doc_id"),
];

fn create_table<R: Row>() -> String {
    let cols: Vec<String> = R::COLUMNS
        .iter()
        .map(|c| format!("\"{}\" {}", c.name, c.ty.sql()))
        .collect();
    let key = if R::KEY.is_empty() {
        String::new()
    } else {
        format!(", PRIMARY KEY ({})", R::KEY.join(", "))
    };
    format!("CREATE TABLE {} ({}{key});", R::TABLE, cols.join(", "))
}

/// The tables' definitions, one statement a line.
pub fn tables() -> String {
    [
        create_table::<DocumentRow>(),
        create_table::<TableRow>(),
        create_table::<ItemRow>(),
        create_table::<CheckRow>(),
        create_table::<PanelRow>(),
        create_table::<StatementRow>(),
    ]
    .join("\n")
}

/// The indices' definitions, one statement a line.
pub fn indices() -> String {
    INDICES
        .iter()
        .map(|(t, c)| format!("CREATE INDEX {t}_{c} ON {t} ({c});"))
        .collect::<Vec<_>>()
        .join("\n")
}

pub struct Db {
    conn: Connection,
    tmp: PathBuf,
    path: PathBuf,
}

impl Db {
    pub fn create(dir: &Path) -> io::Result<Db> {
        let tmp = dir.join(".yusuan.sqlite.tmp");
        let _ = std::fs::remove_file(&tmp);
        let conn = Connection::open(&tmp).map_err(err)?;
        let schema = [
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;".to_string(),
            tables(),
            "BEGIN;".to_string(),
        ];
        conn.execute_batch(&schema.join("\n")).map_err(err)?;
        Ok(Db {
            conn,
            tmp,
            path: dir.join("yusuan.sqlite"),
        })
    }

    fn insert_rows<R: Row>(&self, rows: &[R]) -> io::Result<()> {
        let marks = vec!["?"; R::COLUMNS.len()].join(", ");
        let mut st = self
            .conn
            .prepare_cached(&format!("INSERT INTO {} VALUES ({marks})", R::TABLE))
            .map_err(err)?;
        for r in rows {
            let vals = values(r)?;
            st.execute(rusqlite::params_from_iter(vals)).map_err(err)?;
        }
        Ok(())
    }

    /// Adds one document's rows.
    pub fn insert(&mut self, rows: &Rows) -> io::Result<()> {
        self.insert_rows(&rows.documents)?;
        self.insert_rows(&rows.tables)?;
        self.insert_rows(&rows.items)?;
        self.insert_rows(&rows.checks)?;
        self.insert_rows(&rows.panel)?;
        self.insert_rows(&rows.statements)
    }

    /// Commits, indexes, and renames the file into place.
    pub fn finish(self) -> io::Result<()> {
        self.conn
            .execute_batch(&format!("COMMIT;\n{}", indices()))
            .map_err(err)?;
        self.conn.close().map_err(|(_, e)| err(e))?;
        std::fs::rename(&self.tmp, &self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each index names a column of its table.
    #[test]
    fn indices_name_columns() {
        let columns = |t: &str| -> Vec<&str> {
            let cols = match t {
                "items" => ItemRow::COLUMNS,
                "checks" => CheckRow::COLUMNS,
                "panel" => PanelRow::COLUMNS,
                "statements" => StatementRow::COLUMNS,
                other => panic!("index on {other}"),
            };
            cols.iter().map(|c| c.name).collect()
        };
        for (t, c) in INDICES {
            assert!(columns(t).contains(&c), "{t}.{c}");
        }
    }
}
