//! `yusuan extract` as a batch: the output does not depend on --jobs, --resume after an
//! interruption or a kill gives the same dataset, SQLite holds the same rows as the CSVs,
//! --list.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

const CSVS: [&str; 5] = [
    "documents.csv",
    "tables.csv",
    "items.csv",
    "checks.csv",
    "panel.csv",
];

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-batch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// The exit code of a run over corpus/ that did its work: 4, as corpus/undecodable-identity.pdf
/// is `partial` (characters lost on a page with a table).
const DONE: i32 = 4;

fn extract(out: &Path, extra: &[&str]) -> i32 {
    let st = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .arg("extract")
        .arg(corpus())
        .arg("--out")
        .arg(out)
        .args(extra)
        .status()
        .unwrap();
    st.code().unwrap()
}

fn same_csvs(a: &Path, b: &Path) {
    for name in CSVS {
        assert_eq!(
            std::fs::read(a.join(name)).unwrap(),
            std::fs::read(b.join(name)).unwrap(),
            "{name} differs"
        );
    }
}

#[test]
fn jobs_do_not_change_the_output() {
    let (a, b) = (tmp("j1"), tmp("j2"));
    assert_eq!(extract(&a, &["--jobs", "1", "--quiet"]), DONE);
    assert_eq!(extract(&b, &["--jobs", "3", "--quiet"]), DONE);
    same_csvs(&a, &b);
    for e in std::fs::read_dir(a.join("json")).unwrap() {
        let e = e.unwrap();
        assert_eq!(
            std::fs::read(e.path()).unwrap(),
            std::fs::read(b.join("json").join(e.file_name())).unwrap()
        );
    }
    let _ = std::fs::remove_dir_all(a);
    let _ = std::fs::remove_dir_all(b);
}

#[test]
fn resume_after_interruption_gives_the_same_dataset() {
    let (full, cut) = (tmp("full"), tmp("cut"));
    assert_eq!(extract(&full, &["--quiet"]), DONE);
    assert_eq!(extract(&cut, &["--quiet"]), DONE);
    // An interrupted run: half the documents' JSON, no CSVs.
    let mut json: Vec<_> = std::fs::read_dir(cut.join("json"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    json.sort();
    assert!(json.len() > 10);
    for p in json.iter().step_by(2) {
        std::fs::remove_file(p).unwrap();
    }
    for name in CSVS {
        std::fs::remove_file(cut.join(name)).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .arg("extract")
        .arg(corpus())
        .arg("--out")
        .arg(&cut)
        .arg("--resume")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(DONE));
    let log = String::from_utf8_lossy(&out.stderr);
    let resumed = json.len() - json.len().div_ceil(2);
    assert!(
        log.contains(&format!("({resumed} resumed)")),
        "expected {resumed} resumed: {log}"
    );
    same_csvs(&full, &cut);
    let _ = std::fs::remove_dir_all(full);
    let _ = std::fs::remove_dir_all(cut);
}

fn csv_rows(p: &Path) -> Vec<Vec<String>> {
    let mut rd = csv::Reader::from_path(p).unwrap();
    rd.records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The position of `column` in the header of the CSV at `p`.
fn column(p: &Path, column: &str) -> usize {
    let mut rd = csv::Reader::from_path(p).unwrap();
    let header = rd.headers().unwrap().clone();
    header.iter().position(|h| h == column).unwrap()
}

#[test]
fn sqlite_holds_the_csv_rows() {
    let d = tmp("sqlite");
    assert_eq!(extract(&d, &["--quiet", "--format", "csv,sqlite"]), DONE);
    assert!(!d.join("json").exists(), "json/ kept without --format json");
    let db = rusqlite::Connection::open(d.join("yusuan.sqlite")).unwrap();
    for (table, csv) in [
        ("documents", "documents.csv"),
        ("tables", "tables.csv"),
        ("items", "items.csv"),
        ("checks", "checks.csv"),
        // panel: the sample corpus has no government report, so no rows to compare.
    ] {
        let rows = csv_rows(&d.join(csv));
        let mut st = db
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .unwrap();
        let n = st.column_count();
        let got: Vec<Vec<String>> = st
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        Ok(match r.get_ref(i)? {
                            rusqlite::types::ValueRef::Integer(x) => x.to_string(),
                            rusqlite::types::ValueRef::Text(t) => {
                                String::from_utf8_lossy(t).into_owned()
                            }
                            rusqlite::types::ValueRef::Null => String::new(),
                            other => panic!("{table}: unexpected {other:?}"),
                        })
                    })
                    .collect()
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(got.len(), rows.len(), "{table}: row count");
        assert!(!rows.is_empty(), "{table}: empty");
        // Every row equal (the sample corpus is small: the whole table is the sample).
        assert_eq!(got, rows, "{table}: rows differ");
    }
    // Amounts are TEXT, exact.
    let t: String = db
        .query_row("SELECT typeof(amount_yuan) FROM items LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(t, "text");
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn list_from_stdin() {
    let d = tmp("list");
    let mut files: Vec<_> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    files.truncate(3);
    let mut child = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .args(["extract", "--quiet", "--list", "-", "--out"])
        .arg(&d)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(files.join("\n").as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(csv_rows(&d.join("documents.csv")).len(), 3);
    // Usage errors exit 2 (clap's).
    let st = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .args(["extract", "--out"])
        .arg(&d)
        .output()
        .unwrap();
    assert_eq!(st.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn a_file_out_of_time_is_a_timeout() {
    let f = corpus().join("multipage-yuan-no-repeated-header.pdf");
    let limits = yusuan::pdf::document::Limits {
        max_time: Some(std::time::Duration::ZERO),
        ..Default::default()
    };
    let r = yusuan::pipeline::process_with(&f, limits);
    assert_eq!(r.status, yusuan::pdf::Status::Timeout, "{}", r.error);
    assert_eq!(
        yusuan::pipeline::process(&f).status,
        yusuan::pdf::Status::Ok
    );
}

/// The real corpus (skips, saying so, when ../shared is absent): a run killed with SIGKILL
/// part-way, then `--resume`, gives the same CSVs as one uninterrupted run.
#[test]
fn resume_after_kill_gives_the_same_dataset() {
    let Some(shared) = common::shared("kill and resume on the real corpus") else {
        return;
    };
    let inputs = [
        common::need(&shared, "corpus/dept"),
        common::need(&shared, "corpus/city"),
    ];
    let run = |out: &Path, extra: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_yusuan"));
        c.arg("extract")
            .args(&inputs)
            .arg("--out")
            .arg(out)
            .arg("--quiet")
            .args(extra);
        c
    };
    let (full, cut) = (tmp("kill-full"), tmp("kill-cut"));
    let mut child = run(&cut, &["--jobs", "1"]).spawn().unwrap();
    let json = cut.join("json");
    let done = || {
        std::fs::read_dir(&json).map_or(0, |d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
                .count()
        })
    };
    let start = std::time::Instant::now();
    while done() < 10 && start.elapsed().as_secs() < 120 {
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let running = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(running, "the run ended before it could be killed");
    let kept = done();
    assert!(!cut.join("items.csv").exists(), "no CSV before the end");
    let resumed = run(&cut, &["--resume"]).output().unwrap();
    let log = String::from_utf8_lossy(&resumed.stderr);
    assert!(resumed.status.code().is_some(), "{log}");
    assert!(kept >= 10, "{kept} documents before the kill");
    run(&full, &[]).status().unwrap();
    same_csvs(&full, &cut);
    let leftovers: Vec<_> = std::fs::read_dir(&json)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| !n.to_string_lossy().ends_with(".json"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let _ = std::fs::remove_dir_all(full);
    let _ = std::fs::remove_dir_all(cut);
}

/// Bad files become rows of documents.csv with their status and a message; the batch goes on,
/// the good file's rows are all there, and the exit code says that some file was not ok.
#[test]
fn bad_files_are_rows_and_the_batch_goes_on() {
    let (d, out) = (tmp("bad-in"), tmp("bad-out"));
    std::fs::create_dir_all(&d).unwrap();
    let good = corpus().join("type0-identity-h-tounicode.pdf");
    let bytes = std::fs::read(&good).unwrap();
    std::fs::copy(&good, d.join("a-good.pdf")).unwrap();
    std::fs::write(d.join("b-empty.pdf"), b"").unwrap();
    std::fs::write(d.join("c-html.PDF"), b"<!DOCTYPE html><html>404</html>").unwrap();
    std::fs::write(d.join("d-truncated.pdf"), &bytes[..bytes.len() / 10]).unwrap();
    let st = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .arg("extract")
        .arg(&d)
        .arg(d.join("e-missing.pdf"))
        .arg(d.join("f-missing.pdf"))
        .arg("--out")
        .arg(&out)
        .args(["--format", "csv,json,sqlite"])
        .output()
        .unwrap();
    assert_eq!(st.status.code(), Some(4), "some file not ok: exit 4");
    let log = String::from_utf8_lossy(&st.stderr);
    assert!(log.contains("6 files (0 resumed), 1 ok, 5 not ok"), "{log}");
    let docs = csv_rows(&out.join("documents.csv"));
    let (file, status, error) = (
        column(&out.join("documents.csv"), "file"),
        column(&out.join("documents.csv"), "status"),
        column(&out.join("documents.csv"), "error"),
    );
    let status: Vec<(String, String)> = docs
        .iter()
        .map(|r| {
            let name = Path::new(&r[file]).file_name().unwrap().to_string_lossy();
            (name.into_owned(), r[status].clone())
        })
        .collect();
    let want = [
        ("a-good.pdf", "ok"),
        ("b-empty.pdf", "invalid_pdf"),
        ("c-html.PDF", "invalid_pdf"),
        ("d-truncated.pdf", "invalid_pdf"),
        ("e-missing.pdf", "error"),
        ("f-missing.pdf", "error"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(f, s)| (f.to_string(), s.to_string()))
        .collect();
    assert_eq!(status, want);
    assert!(
        docs.iter().skip(1).all(|r| !r[error].is_empty()),
        "every failure has a message"
    );
    // SQLite keeps every row too, the two unreadable files (no doc_id) included.
    let db = rusqlite::Connection::open(out.join("yusuan.sqlite")).unwrap();
    let n: i64 = db
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(usize::try_from(n).unwrap(), docs.len());
    // The good file's amounts are there, as in a run of it alone.
    let alone = tmp("bad-alone");
    Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .arg("extract")
        .arg(d.join("a-good.pdf"))
        .arg("--out")
        .arg(&alone)
        .arg("--quiet")
        .status()
        .unwrap();
    assert_eq!(
        std::fs::read(out.join("items.csv")).unwrap(),
        std::fs::read(alone.join("items.csv")).unwrap()
    );
    for p in [d, out, alone] {
        let _ = std::fs::remove_dir_all(p);
    }
}
