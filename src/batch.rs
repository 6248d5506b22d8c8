//! Many files into one dataset (docs/batch.md). One thread reads the files ahead, in path
//! order; each thread of the pool runs a worker loop that takes the next file, and a file's
//! pages are shared out too ([`crate::share::map`]), so one long report does not hold up the
//! batch. Each document's JSON is written atomically as soon as it is done; its rows go to
//! the writer (the calling thread), which puts them in path order and streams them into the
//! CSVs and SQLite while the workers go on. Reading stays at most [`Options::window`]
//! documents ahead of the writer, which bounds memory.

use std::collections::BTreeMap;
use std::io;
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError, mpsc};
use std::time::Duration;

use crate::dataset::{self, Dataset, Formats, Rows};
use crate::pdf::input::{self, Refused};
use crate::pdf::{Limits, Status};
use crate::pipeline::{self, doc_id};
use crate::report;

/// How a batch runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// Worker threads (at least one).
    pub jobs: usize,
    pub limits: Limits,
    pub formats: Formats,
    /// Keep json/<doc_id>.json when the batch ends (it is written in any case: --resume
    /// reads it).
    pub keep_json: bool,
    /// Take the rows of a document whose JSON is already in the output directory instead of
    /// processing the file again.
    pub resume: bool,
    /// How many documents the workers may run ahead of the writer.
    pub window: usize,
    /// Only these pages of each file (1-based; None: all).
    pub pages: Option<Vec<RangeInclusive<u32>>>,
    /// Write each table as printed, `tables/<doc_id>/<table_id>.csv` (src/dataset/grids.rs).
    pub tables: bool,
    /// Write the HTML report in `out/report/` (src/report).
    pub report: bool,
    /// Name scanned documents from their cover, read by OCR ([`crate::ocr`]).
    pub ocr: bool,
}

/// What became of one input file.
#[derive(Debug, Clone)]
pub struct Done {
    pub file: PathBuf,
    /// Empty when the file could not be read.
    pub doc_id: String,
    pub status: Status,
    /// Why the status is not ok (empty when it is).
    pub error: String,
    pub pages: u32,
    /// Amounts extracted.
    pub items: usize,
    /// Taken from an earlier run (--resume).
    pub resumed: bool,
}

/// A file as the reader thread hands it on: its bytes, or why it was not read (not a regular
/// file, not a PDF, larger than the memory limit).
type Read = Result<Vec<u8>, Refused>;

/// One document's result on its way to the writer.
struct Finished {
    index: usize,
    done: Done,
    rows: Rows,
}

/// Processes `files` into `out`; `progress` is called (from a worker) as each file is done.
/// Returns one [`Done`] per file, in the order given. An error writing the output ends the
/// batch; a file that cannot be read or processed never does (it is a row with its status).
pub fn run(
    files: &[PathBuf],
    out: &Path,
    opts: &Options,
    progress: &(dyn Fn(&Done) + Sync),
) -> io::Result<Vec<Done>> {
    let json = out.join("json");
    std::fs::create_dir_all(&json)?;
    // Held until the batch returns (or the process ends, however it ends).
    let _lock = lock(out)?;
    // Temporary files a killed run left behind (a finished document is only ever renamed
    // into place whole); without --resume, the documents of an earlier run too, so that
    // json/ holds this batch's only.
    for e in std::fs::read_dir(&json)?.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        let earlier = !opts.resume && name.ends_with(".json");
        if earlier || (name.starts_with('.') && name.ends_with(".tmp")) {
            std::fs::remove_file(e.path())?;
        }
    }
    if opts.tables && !opts.resume {
        dataset::grids::clear(out)?;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.max(1))
        .build()
        .map_err(io::Error::other)?;
    let written = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<io::Result<Finished>>();
    let dataset = Dataset::create(out, &opts.formats)?;
    let index = if opts.report {
        report::prepare(out)?;
        Some(report::Index::default())
    } else {
        None
    };
    let window = opts.window.max(1);
    // One thread reads the files ahead, in path order, so the workers never wait on the disk;
    // it stays within `window` documents of the writer, and its channel holds a few files.
    let (read_tx, read_rx) = mpsc::sync_channel::<(usize, Read)>(opts.jobs + 1);
    let read_rx = Mutex::new(read_rx);
    // One worker loop on each thread of the pool (a broadcast: no other thread can take it
    // up while waiting, so a file never waits on a loop over other files); a thread waiting
    // on the pages of its file helps with the pages of another's.
    let done = std::thread::scope(|scope| {
        let (written, stop) = (&written, &stop);
        scope.spawn(move || {
            for (i, file) in files.iter().enumerate() {
                while i >= written.load(Ordering::Relaxed) + window {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                let bytes = input::read(file, opts.limits.max_memory as u64);
                if stop.load(Ordering::Relaxed) || read_tx.send((i, bytes)).is_err() {
                    return;
                }
            }
        });
        let (pool, read_rx) = (&pool, &read_rx);
        scope.spawn(move || {
            pool.broadcast(|_| {
                let tx = tx.clone();
                loop {
                    let next = read_rx
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .recv();
                    let Ok((i, bytes)) = next else { break };
                    let Some(file) = files.get(i) else { break };
                    let result = one(file, bytes, out, opts).map(|(done, rows)| {
                        progress(&done);
                        Finished {
                            index: i,
                            done,
                            rows,
                        }
                    });
                    if stop.load(Ordering::Relaxed) || tx.send(result).is_err() {
                        break;
                    }
                }
            });
            drop(tx);
        });
        let done = write_in_order(rx, dataset, index, out, written, stop);
        // Should the batch have ended early, the reader may wait to send: take what it holds
        // and it sees `stop`.
        stop.store(true, Ordering::Relaxed);
        let rx = read_rx.lock().unwrap_or_else(PoisonError::into_inner);
        while rx.try_recv().is_ok() {}
        done
    })?;
    if !opts.keep_json {
        // The per-document JSON was only the working state: remove this run's files.
        for d in done.iter().filter(|d| !d.doc_id.is_empty()) {
            let _ = std::fs::remove_file(json.join(format!("{}.json", d.doc_id)));
        }
        let _ = std::fs::remove_dir(&json);
    }
    Ok(done)
}

/// The lock file in an output directory: a run holds it while it writes there.
pub const LOCK_FILE: &str = ".yusuan.lock";

/// Another run holds the output directory (its lock): two runs writing one directory would
/// mix their CSVs and corrupt yusuan.sqlite, so the second refuses before writing anything.
#[derive(Debug)]
pub struct InUse {
    pub dir: PathBuf,
    /// What the holder wrote into the lock file (its process id), if anything.
    pub holder: String,
}

impl InUse {
    /// Whether `e` is this refusal.
    pub fn is(e: &io::Error) -> bool {
        e.get_ref().is_some_and(|inner| inner.is::<InUse>())
    }
}

impl std::fmt::Display for InUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} is in use by another yusuan extract{}: wait for it to end, or give another --out",
            self.dir.display(),
            if self.holder.is_empty() {
                String::new()
            } else {
                format!(" ({})", self.holder)
            }
        )
    }
}

impl std::error::Error for InUse {}

/// Takes the lock of `out` ([`LOCK_FILE`], an advisory lock the system drops when the process
/// ends, even by `kill -9`, so a killed run never leaves the directory locked). The file
/// stays; only the lock on it matters.
fn lock(out: &Path) -> io::Result<std::fs::File> {
    use std::io::{Read, Seek, Write};
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(out.join(LOCK_FILE))?;
    match f.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = f.read_to_string(&mut holder);
            let refusal = InUse {
                dir: out.to_path_buf(),
                holder: holder.trim().to_string(),
            };
            return Err(io::Error::new(io::ErrorKind::ResourceBusy, refusal));
        }
        // A file system without locks: the run goes on unprotected, as before locks.
        Err(std::fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {}
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    f.set_len(0)?;
    f.rewind()?;
    write!(f, "pid {}", std::process::id())?;
    Ok(f)
}

/// The writer: takes finished documents in any order and adds them to the dataset in input
/// order. On an error it tells the workers to stop.
fn write_in_order(
    rx: mpsc::Receiver<io::Result<Finished>>,
    mut dataset: Dataset,
    mut index: Option<report::Index>,
    out: &Path,
    written: &AtomicUsize,
    stop: &AtomicBool,
) -> io::Result<Vec<Done>> {
    let mut waiting = BTreeMap::new();
    let mut done = Vec::new();
    let mut failure = None;
    for result in rx {
        let f = match result {
            Ok(f) => f,
            Err(e) => {
                stop.store(true, Ordering::Relaxed);
                failure.get_or_insert(e);
                continue;
            }
        };
        waiting.insert(f.index, f);
        while let Some(f) = waiting.remove(&done.len()) {
            if failure.is_none() {
                match dataset.add(&f.rows) {
                    Ok(added) => {
                        if let Some(index) = index.as_mut().filter(|_| added) {
                            index.add(&f.rows);
                        }
                    }
                    Err(e) => {
                        stop.store(true, Ordering::Relaxed);
                        failure = Some(e);
                    }
                }
            }
            done.push(f.done);
            written.store(done.len(), Ordering::Relaxed);
        }
    }
    if let Some(e) = failure {
        return Err(e);
    }
    dataset.finish()?;
    if let Some(index) = index {
        index.finish(out)?;
    }
    Ok(done)
}

/// Whether a status is what the file is, whatever the run: `--resume` keeps it. A timeout,
/// a file over the memory limit, a read error or an internal error may go otherwise with
/// other limits or on another try, so `--resume` does those files again.
fn settled(status: Status) -> bool {
    match status {
        Status::Ok
        | Status::Partial
        | Status::NoTextLayer
        | Status::Encrypted
        | Status::InvalidPdf => true,
        Status::Timeout | Status::TooLarge | Status::Error | Status::Internal => false,
    }
}

/// One file: its JSON written (or, resuming, read back) and its rows.
fn one(file: &Path, bytes: Read, out: &Path, opts: &Options) -> io::Result<(Done, Rows)> {
    let mut done = Done {
        file: file.to_path_buf(),
        doc_id: String::new(),
        status: Status::Ok,
        error: String::new(),
        pages: 0,
        items: 0,
        resumed: false,
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(refused) => {
            let r = pipeline::not_read(file, refused);
            done.status = r.status;
            done.error.clone_from(&r.error);
            return Ok((done, Rows::of(&r)));
        }
    };
    done.doc_id = doc_id(&bytes);
    let prior = out.join("json").join(format!("{}.json", done.doc_id));
    // A JSON that does not read back, comes from another version or is of another file is
    // done again, and so is a file whose outcome may change on another try (see `settled`).
    let kept = if opts.resume && prior.is_file() {
        dataset::read_json(out, &done.doc_id, file)
            .ok()
            .filter(|r| r.version == dataset::VERSION && r.doc_id == done.doc_id)
            .filter(|r| settled(r.status))
    } else {
        None
    };
    let resumed = kept.is_some();
    let r = match kept {
        Some(r) => r,
        None => {
            let r =
                pipeline::process_pages(file, &bytes, opts.limits, opts.pages.as_deref(), opts.ocr);
            dataset::write_json(out, &done.doc_id, &r)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", out.display())))?;
            r
        }
    };
    if opts.tables {
        dataset::grids::write(out, &r, opts.formats.excel_bom)?;
    }
    if opts.report {
        report::document(out, &r, Some(&bytes), opts.limits)?;
    }
    drop(bytes);
    done.resumed = resumed;
    done.status = r.status;
    done.error.clone_from(&r.error);
    done.pages = r.pages;
    let rows = Rows::of(&r);
    done.items = rows.items.len();
    Ok((done, rows))
}
