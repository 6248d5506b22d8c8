//! `{table}.parquet` beside the CSVs, one file per table of [`Rows::each`], typed by
//! [`super::arrow`]: exact decimal amounts, text codes, integers, nulls. Written under a
//! temporary name and renamed, one document's rows at a time (the writer gathers them into
//! row groups), Snappy-compressed. The same rows give the same bytes.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::arrow;
use super::rows::{EachTable, Row, Rows};

struct TableFile {
    tmp: PathBuf,
    path: PathBuf,
    w: ArrowWriter<File>,
}

/// The Parquet files being written.
pub struct Files {
    tables: Vec<TableFile>,
    /// Amounts Parquet's decimal cannot hold exactly (null there), as `table doc: col=value`.
    inexact: Vec<String>,
}

fn err(e: parquet::errors::ParquetError) -> io::Error {
    io::Error::other(e)
}

struct Create<'a> {
    dir: &'a Path,
    out: Vec<TableFile>,
}

impl EachTable for Create<'_> {
    type Error = io::Error;
    fn table<R: Row>(&mut self, _: &[R]) -> io::Result<()> {
        let name = format!("{}.parquet", R::TABLE);
        let tmp = self.dir.join(format!(".{name}.tmp"));
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .build();
        let w = ArrowWriter::try_new(File::create(&tmp)?, arrow::schema::<R>(), Some(props))
            .map_err(err)?;
        self.out.push(TableFile {
            tmp,
            path: self.dir.join(name),
            w,
        });
        Ok(())
    }
}

struct Insert<'a> {
    files: &'a mut Files,
    doc: &'a str,
    next: usize,
}

impl EachTable for Insert<'_> {
    type Error = io::Error;
    fn table<R: Row>(&mut self, rows: &[R]) -> io::Result<()> {
        let i = self.next;
        self.next += 1;
        if rows.is_empty() {
            return Ok(());
        }
        let b = arrow::batch(rows)?;
        let f = self
            .files
            .tables
            .get_mut(i)
            .ok_or_else(|| io::Error::other("a table without its Parquet file"))?;
        f.w.write(&b.batch).map_err(err)?;
        let doc = self.doc;
        self.files.inexact.extend(
            b.inexact
                .into_iter()
                .map(|v| format!("{} {doc}: {v}", R::TABLE)),
        );
        Ok(())
    }
}

impl Files {
    pub fn create(dir: &Path) -> io::Result<Files> {
        let mut c = Create {
            dir,
            out: Vec::new(),
        };
        Rows::default().each(&mut c)?;
        Ok(Files {
            tables: c.out,
            inexact: Vec::new(),
        })
    }

    /// Adds one document's rows.
    pub fn insert(&mut self, rows: &Rows) -> io::Result<()> {
        let doc = rows.documents.first().map_or("", |d| d.doc_id.as_str());
        rows.each(&mut Insert {
            files: self,
            doc,
            next: 0,
        })
    }

    /// Closes the files and renames them into place. Then, should an amount have needed
    /// more decimals than Parquet's decimal has (none in any corpus), says which: the files
    /// are written, with null there, and the CSV has the exact figure.
    pub fn finish(self) -> io::Result<()> {
        for f in self.tables {
            f.w.close().map_err(err)?;
            std::fs::rename(&f.tmp, &f.path)?;
        }
        if let Some(first) = self.inexact.first() {
            return Err(io::Error::other(format!(
                "{} amounts need more than {} decimals and are null in the Parquet files \
                 (exact in the CSVs), e.g. {first}",
                self.inexact.len(),
                arrow::SCALE
            )));
        }
        Ok(())
    }
}
