//! `yusuan._native`: the Rust side of the `yusuan` Python package (python/yusuan wraps it).
//! A file goes through the same pipeline as `yusuan extract` (with the GIL released), and its
//! dataset rows cross to Python as pyarrow record batches through the Arrow C data interface,
//! typed by `yusuan::dataset::arrow` exactly as the Parquet files are.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use arrow_pyarrow::ToPyArrow;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use yusuan::dataset::rows::{EachTable, Row};
use yusuan::dataset::{DocRecord, Rows, arrow};
use yusuan::pdf::{Limits, Status};

// As the command line: the pipeline makes many small strings and frees pages on other
// threads, where the system allocator is slow (docs/batch.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Thread pools by size, made once: a document's pages are shared out on the pool of the
/// call (`threads`), as the command line's `--jobs` does.
fn pool(threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
    static POOLS: Mutex<Option<HashMap<usize, Arc<rayon::ThreadPool>>>> = Mutex::new(None);
    let mut pools = POOLS.lock().unwrap_or_else(PoisonError::into_inner);
    let pools = pools.get_or_insert_with(HashMap::new);
    if let Some(p) = pools.get(&threads) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map(Arc::new)
        .map_err(|e| PyOSError::new_err(e.to_string()))?;
    pools.insert(threads, p.clone());
    Ok(p)
}

fn limits(timeout: Option<f64>) -> PyResult<Limits> {
    let d = Limits::default();
    Ok(Limits {
        max_time: match timeout {
            None => d.max_time,
            Some(0.0) => None,
            Some(t) => Some(
                Duration::try_from_secs_f64(t)
                    .map_err(|_| PyValueError::new_err(format!("bad timeout {t}")))?,
            ),
        },
        ..d
    })
}

/// What one file became: its record (the JSON `extract` writes) and its dataset rows.
#[pyclass(frozen, module = "yusuan._native")]
struct Record {
    record: DocRecord,
    rows: Rows,
}

/// Each table's (name, pyarrow.RecordBatch), and the amounts Parquet's decimal cannot hold
/// exactly.
type PyBatches<'py> = (Vec<(String, Bound<'py, PyAny>)>, Vec<String>);

/// Collects [`PyBatches`].
struct Batches<'py> {
    py: Python<'py>,
    out: Vec<(String, Bound<'py, PyAny>)>,
    inexact: Vec<String>,
}

impl<'py> EachTable for Batches<'py> {
    type Error = PyErr;
    fn table<R: Row>(&mut self, rows: &[R]) -> PyResult<()> {
        let b = arrow::batch(rows).map_err(|e| PyValueError::new_err(e.to_string()))?;
        self.out
            .push((R::TABLE.to_string(), b.batch.to_pyarrow(self.py)?));
        self.inexact
            .extend(b.inexact.into_iter().map(|v| format!("{}: {v}", R::TABLE)));
        Ok(())
    }
}

fn batches<'py>(py: Python<'py>, rows: &Rows) -> PyResult<PyBatches<'py>> {
    let mut b = Batches {
        py,
        out: Vec::new(),
        inexact: Vec::new(),
    };
    rows.each(&mut b)?;
    Ok((b.out, b.inexact))
}

#[pymethods]
impl Record {
    #[getter]
    fn doc_id(&self) -> &str {
        &self.record.doc_id
    }
    #[getter]
    fn file(&self) -> &str {
        &self.record.file
    }
    /// The path's bytes percent-encoded when it is not UTF-8 (None otherwise).
    #[getter]
    fn file_raw(&self) -> Option<&str> {
        self.record.file_raw.as_deref()
    }
    #[getter]
    fn pages(&self) -> u32 {
        self.record.pages
    }
    #[getter]
    fn status(&self) -> &'static str {
        self.record.status.as_str()
    }
    #[getter]
    fn error(&self) -> &str {
        &self.record.error
    }
    #[getter]
    fn producer(&self) -> &str {
        &self.record.producer
    }
    /// The rows of each table as pyarrow record batches, in the dataset's order of tables,
    /// and the amounts that needed more decimals than the decimal type has (null there).
    fn batches<'py>(&self, py: Python<'py>) -> PyResult<PyBatches<'py>> {
        batches(py, &self.rows)
    }
    /// The record as JSON: what `extract` writes to json/<doc_id>.json.
    fn json(&self) -> PyResult<String> {
        serde_json::to_string(&self.record).map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

fn record(r: DocRecord) -> Record {
    let rows = Rows::of(&r);
    Record { record: r, rows }
}

/// Bytes judged as the command line judges a file: no `%PDF-` header near the start is
/// `invalid_pdf`, with the same message.
fn not_pdf(bytes: &[u8]) -> Option<yusuan::pdf::input::Refused> {
    let head = bytes.get(..bytes.len().min(yusuan::pdf::input::HEADER_WINDOW))?;
    (!head.is_empty() && !head.windows(5).any(|w| w == b"%PDF-")).then(|| {
        yusuan::pdf::input::Refused::NotPdf {
            head: head.to_vec(),
            size: bytes.len() as u64,
        }
    })
}

/// Runs the pipeline on a file (`path`) or on bytes (`data`, recorded under `name`), on a
/// pool of `threads` threads (default: all cores), the GIL released. Paths are taken as
/// Python gives them (a name that is not UTF-8 as `os.fsdecode` makes it). `ocr`: a scan is
/// named from its cover as `yusuan extract` names it (without `--no-ocr`).
#[pyfunction]
#[pyo3(signature = (*, path=None, data=None, name=None, timeout=None, threads=None, ocr=true))]
fn extract(
    py: Python<'_>,
    path: Option<PathBuf>,
    data: Option<Bound<'_, PyBytes>>,
    name: Option<PathBuf>,
    timeout: Option<f64>,
    threads: Option<usize>,
    ocr: bool,
) -> PyResult<Record> {
    let limits = limits(timeout)?;
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = pool(threads)?;
    let r = match (path, data) {
        (Some(path), None) => {
            let file = name.unwrap_or_else(|| path.clone());
            py.detach(|| {
                // Read as the CLI reads a file: regular files only, within the memory limit.
                match yusuan::pdf::input::read(&path, limits.max_memory as u64) {
                    Ok(bytes) => pool.install(|| {
                        yusuan::pipeline::process_pages(&file, &bytes, limits, None, ocr)
                    }),
                    Err(refused) => yusuan::pipeline::not_read(&file, refused),
                }
            })
        }
        (None, Some(data)) => {
            let file = name.unwrap_or_default();
            let bytes = data.as_bytes();
            py.detach(|| match not_pdf(bytes) {
                Some(refused) => yusuan::pipeline::not_read(&file, refused),
                None => pool
                    .install(|| yusuan::pipeline::process_pages(&file, bytes, limits, None, ocr)),
            })
        }
        _ => return Err(PyValueError::new_err("give either path or data")),
    };
    Ok(record(r))
}

/// The record of a file that failed outside the pipeline (an object store that could not
/// be read: `error`; a worker lost on it: `internal_error`), as `extract` records a file
/// it cannot read: no doc_id, the status and the message.
#[pyfunction]
fn failure(name: PathBuf, status: &str, message: &str) -> PyResult<Record> {
    let status: Status = serde_json::from_value(serde_json::Value::from(status))
        .map_err(|_| PyValueError::new_err(format!("no status {status:?}")))?;
    let mut r = yusuan::pipeline::not_read(
        &name,
        yusuan::pdf::input::Refused::Io(std::io::Error::other("")),
    );
    r.status = status;
    r.error = message.to_string();
    Ok(record(r))
}

/// The tables of a PDF (`yusuan tables --json`), read as `extract` reads it (the same
/// statuses): `(status, message, tables as a JSON list)`, the list empty unless the file was
/// read, wholly or in part (ok, partial, timeout).
#[pyfunction]
#[pyo3(signature = (*, path=None, data=None, timeout=None))]
fn tables(
    py: Python<'_>,
    path: Option<PathBuf>,
    data: Option<Bound<'_, PyBytes>>,
    timeout: Option<f64>,
) -> PyResult<(&'static str, String, String)> {
    use yusuan::pdf::health;
    let limits = limits(timeout)?;
    let found = |o: health::Outcome| -> Result<_, String> {
        let read = matches!(o.status, Status::Ok | Status::Partial | Status::Timeout);
        let t = if read {
            yusuan::table::document_tables(&o.pages)
        } else {
            Vec::new()
        };
        let json = serde_json::to_string(&t).map_err(|e| e.to_string())?;
        Ok((o.status.as_str(), o.message, json))
    };
    let result = match (path, data) {
        (Some(path), None) => py.detach(|| {
            found(
                match yusuan::pdf::input::read(&path, limits.max_memory as u64) {
                    Ok(bytes) => health::read_bytes(&bytes, limits),
                    Err(refused) => health::refused_outcome(refused),
                },
            )
        }),
        (None, Some(data)) => {
            let bytes = data.as_bytes();
            py.detach(|| {
                found(match not_pdf(bytes) {
                    Some(refused) => health::refused_outcome(refused),
                    None => health::read_bytes(bytes, limits),
                })
            })
        }
        _ => return Err(PyValueError::new_err("give either path or data")),
    };
    result.map_err(PyValueError::new_err)
}

/// Every table's empty batch: the schemas, in the dataset's order of tables.
#[pyfunction]
fn empty(py: Python<'_>) -> PyResult<Vec<(String, Bound<'_, PyAny>)>> {
    Ok(batches(py, &Rows::default())?.0)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Record>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(failure, m)?)?;
    m.add_function(wrap_pyfunction!(tables, m)?)?;
    m.add_function(wrap_pyfunction!(empty, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DECIMAL_PRECISION", arrow::PRECISION)?;
    m.add("DECIMAL_SCALE", arrow::SCALE)?;
    Ok(())
}
