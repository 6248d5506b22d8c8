//! `yusuan merge DIR… --out DIR`: the outputs of several runs (the shards of `extract --shard
//! K/N`) joined into the dataset one run over all their inputs gives. A run writes its
//! documents in path order and each document's rows together, in the order of its documents;
//! so the merge reads every directory's CSVs in step, takes the document whose path comes
//! first (as a run sorts its inputs), and adds its rows, a document a time: memory holds one
//! document per directory. Typed rows are read back from the CSVs (every value the CSV holds
//! reads back to the same text), so the merged CSVs are byte-identical to a single run's;
//! json/<doc_id>.json is copied where the runs kept it. The checks across documents
//! (prior_year) are no one document's rows: the runs' are dropped and the merged dataset makes
//! them again over all its documents, as a single run does.

use std::cmp::Ordering;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use super::rows::{EachTableMut, Row, Rows};
use super::{Dataset, DocumentRow, Formats};

/// One table's CSV of one directory, read a row ahead.
struct Reader {
    path: PathBuf,
    csv: csv::Reader<File>,
    headers: csv::StringRecord,
    next: Option<csv::StringRecord>,
    /// The column of checks.csv's `rule`: a run's checks across documents (prior_year) are
    /// not any one document's rows; the merge makes them again over all the documents.
    across: Option<usize>,
    /// The column of the document's id (panel.csv's is not the first).
    doc_col: usize,
}

impl Reader {
    fn open<R: Row>(dir: &Path) -> io::Result<Reader> {
        let path = dir.join(format!("{}.csv", R::TABLE));
        let mut csv = csv::ReaderBuilder::new()
            .from_path(&path)
            .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))?;
        let headers = csv
            .headers()
            .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))?;
        // A byte-order mark (--excel-bom) is not part of the first name.
        let mut names: Vec<String> = headers.iter().map(str::to_string).collect();
        if let Some(first) = names.first_mut() {
            *first = first.trim_start_matches('\u{feff}').to_string();
        }
        let want: Vec<&str> = R::COLUMNS.iter().map(|c| c.name).collect();
        if names != want {
            return Err(io::Error::other(format!(
                "{}: columns {} differ from this version's ({})",
                path.display(),
                names.join(","),
                want.join(",")
            )));
        }
        let across = (R::TABLE == super::CheckRow::TABLE)
            .then(|| names.iter().position(|n| n == "rule"))
            .flatten();
        let doc_col = names.iter().position(|n| n == "doc_id").unwrap_or(0);
        let mut r = Reader {
            path,
            csv,
            headers: csv::StringRecord::from(names),
            next: None,
            across,
            doc_col,
        };
        r.advance()?;
        Ok(r)
    }

    fn advance(&mut self) -> io::Result<()> {
        let mut rec = csv::StringRecord::new();
        loop {
            let more = self
                .csv
                .read_record(&mut rec)
                .map_err(|e| io::Error::other(format!("{}: {e}", self.path.display())))?;
            let across = self.across.is_some_and(|c| {
                rec.get(c) == Some(crate::budget::checks::Rule::PriorYear.as_str())
            });
            if !(more && across) {
                self.next = more.then_some(rec);
                return Ok(());
            }
        }
    }

    /// The next row, typed, if its first column (doc_id) is `doc`.
    fn take<R: Row>(&mut self, doc: &str) -> io::Result<Option<R>> {
        let Some(rec) = &self.next else {
            return Ok(None);
        };
        if doc.is_empty() || rec.get(self.doc_col) != Some(doc) {
            return Ok(None);
        }
        let row = rec
            .deserialize::<R>(Some(&self.headers))
            .map_err(|e| io::Error::other(format!("{}: {e}", self.path.display())))?;
        self.advance()?;
        Ok(Some(row))
    }
}

/// One directory being merged: a reader per table, in [`Rows::each`]'s order.
struct Source {
    dir: PathBuf,
    tables: Vec<Reader>,
    /// panel.csv and statements.csv, read in step like the others.
    panel: Reader,
    statements: Reader,
    /// Its next document.
    doc: Option<DocumentRow>,
}

struct Open<'a> {
    dir: &'a Path,
    out: Vec<Reader>,
}

impl EachTableMut for Open<'_> {
    type Error = io::Error;
    fn table<R: Row>(&mut self, _: &mut Vec<R>) -> io::Result<()> {
        self.out.push(Reader::open::<R>(self.dir)?);
        Ok(())
    }
}

/// Fills a document's rows from a source's readers (the documents row is there already).
struct Take<'a> {
    source: &'a mut Source,
    doc: String,
    next: usize,
}

impl EachTableMut for Take<'_> {
    type Error = io::Error;
    fn table<R: Row>(&mut self, rows: &mut Vec<R>) -> io::Result<()> {
        let i = self.next;
        self.next += 1;
        if i == 0 {
            return Ok(());
        }
        let Some(r) = self.source.tables.get_mut(i) else {
            return Ok(());
        };
        while let Some(row) = r.take::<R>(&self.doc)? {
            rows.push(row);
        }
        Ok(())
    }
}

impl Source {
    fn open(dir: &Path) -> io::Result<Source> {
        let mut o = Open {
            dir,
            out: Vec::new(),
        };
        Rows::default().each_mut(&mut o)?;
        let mut s = Source {
            dir: dir.to_path_buf(),
            tables: o.out,
            panel: Reader::open::<super::PanelRow>(dir)?,
            statements: Reader::open::<super::StatementRow>(dir)?,
            doc: None,
        };
        s.next_doc()?;
        Ok(s)
    }

    fn next_doc(&mut self) -> io::Result<()> {
        self.doc = None;
        let Some(docs) = self.tables.first_mut() else {
            return Ok(());
        };
        let Some(rec) = docs.next.take() else {
            return Ok(());
        };
        let doc = rec
            .deserialize::<DocumentRow>(Some(&docs.headers))
            .map_err(|e| io::Error::other(format!("{}: {e}", docs.path.display())))?;
        docs.advance()?;
        self.doc = Some(doc);
        Ok(())
    }

    /// Its next document with all its rows.
    fn take(&mut self) -> io::Result<Option<Rows>> {
        let Some(doc) = self.doc.take() else {
            return Ok(None);
        };
        let mut rows = Rows {
            documents: vec![doc],
            ..Rows::default()
        };
        let id = rows
            .documents
            .first()
            .map(|d| d.doc_id.clone())
            .unwrap_or_default();
        rows.each_mut(&mut Take {
            source: self,
            doc: id.clone(),
            next: 0,
        })?;
        while let Some(row) = self.panel.take(&id)? {
            rows.panel.push(row);
        }
        while let Some(row) = self.statements.take(&id)? {
            rows.statements.push(row);
        }
        self.next_doc()?;
        Ok(Some(rows))
    }

    /// Whatever is left in a table once its documents are done is a CSV out of order.
    fn check_done(&self) -> io::Result<()> {
        let all = self.tables.iter().chain([&self.panel, &self.statements]);
        match all.into_iter().find(|r| r.next.is_some()) {
            Some(r) => Err(io::Error::other(format!(
                "{}: rows of a document not in documents.csv, or out of its order",
                r.path.display()
            ))),
            None => Ok(()),
        }
    }
}

/// The order of a run's documents: by path (the bytes of a name that is not UTF-8, from
/// `file_raw`), as [`crate::pipeline::expand`] sorts the inputs.
pub fn file_order(a: &DocumentRow, b: &DocumentRow) -> Ordering {
    let path = |d: &DocumentRow| super::names::path(&d.file, d.file_raw.as_deref());
    path(a).cmp(&path(b))
}

/// What a merge did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Merged {
    /// Documents rows written.
    pub documents: usize,
    /// Documents left out: the same doc_id already merged from another directory.
    pub duplicates: usize,
}

/// Merges the datasets in `dirs` into `out` (which must not be one of them), writing
/// `formats`; `json` copies each document's json/<doc_id>.json where a run kept it.
pub fn merge(dirs: &[PathBuf], out: &Path, formats: &Formats, json: bool) -> io::Result<Merged> {
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    if dirs.iter().any(|d| canon(d) == canon(out)) {
        return Err(io::Error::other(format!(
            "{}: the output cannot be one of the directories merged",
            out.display()
        )));
    }
    let mut sources = dirs
        .iter()
        .map(|d| Source::open(d))
        .collect::<io::Result<Vec<_>>>()?;
    let mut set = Dataset::create(out, formats)?;
    let mut merged = Merged::default();
    loop {
        // The first document by path; of equal paths the first directory's.
        let mut best: Option<usize> = None;
        for (i, s) in sources.iter().enumerate() {
            let Some(d) = &s.doc else { continue };
            let earlier = match best
                .and_then(|b| sources.get(b))
                .and_then(|b| b.doc.as_ref())
            {
                Some(b) => file_order(d, b) == Ordering::Less,
                None => true,
            };
            if earlier {
                best = Some(i);
            }
        }
        let Some(s) = best.and_then(|b| sources.get_mut(b)) else {
            break;
        };
        let Some(rows) = s.take()? else { break };
        if !set.add(&rows)? {
            merged.duplicates += 1;
            continue;
        }
        merged.documents += 1;
        let id = rows.documents.first().map_or("", |d| d.doc_id.as_str());
        if json && !id.is_empty() {
            let name = format!("{id}.json");
            let from = s.dir.join("json").join(&name);
            if from.is_file() {
                let to = out.join("json");
                std::fs::create_dir_all(&to)?;
                let tmp = to.join(format!(".{name}.tmp"));
                std::fs::copy(&from, &tmp)?;
                std::fs::rename(&tmp, to.join(name))?;
            }
        }
    }
    for s in &sources {
        s.check_done()?;
    }
    set.finish()?;
    Ok(merged)
}
