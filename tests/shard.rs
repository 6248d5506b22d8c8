//! `extract --shard K/N` and `yusuan merge`: N shards merged are the dataset of one run, byte
//! for byte (CSVs, Parquet, SQLite rows, json/), on the sample corpus and on ../shared's dept;
//! each file is in the shard its doc_id names.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

const FILES: [&str; 11] = [
    "documents.csv",
    "tables.csv",
    "items.csv",
    "checks.csv",
    "panel.csv",
    "statements.csv",
    "datapackage.json",
    "documents.parquet",
    "tables.parquet",
    "items.parquet",
    "checks.parquet",
];

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-shard-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn yusuan(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn extract(input: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "extract".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--quiet".as_ref(),
        "--format".as_ref(),
        "csv,json,parquet,sqlite".as_ref(),
    ];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    let (code, err) = yusuan(&args);
    assert!(code == 0 || code == 4, "{err}");
}

/// documents.csv's (doc_id, file) pairs.
fn documents(dir: &Path) -> Vec<(String, String)> {
    let mut r = csv::Reader::from_path(dir.join("documents.csv")).unwrap();
    r.records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect()
}

fn sqlite_rows(dir: &Path) -> Vec<String> {
    let db = rusqlite::Connection::open(dir.join("yusuan.sqlite")).unwrap();
    let mut out = Vec::new();
    for t in [
        "documents",
        "tables",
        "items",
        "checks",
        "panel",
        "statements",
    ] {
        let mut st = db.prepare(&format!("SELECT * FROM {t}")).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let vals: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(vals.join("|"))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    out
}

/// Runs `n` shards and a single run over `input`, merges the shards and compares.
fn shards_merge_to_the_single_run(input: &Path, n: u64, name: &str) {
    let base = tmp(name);
    let single = base.join("single");
    extract(input, &single, &[]);
    let mut dirs = Vec::new();
    let mut count = 0;
    for k in 1..=n {
        let d = base.join(format!("shard{k}"));
        extract(input, &d, &["--shard", &format!("{k}/{n}")]);
        for (id, file) in documents(&d) {
            count += 1;
            if !id.is_empty() {
                // Independently of the code: the doc_id as a number, modulo N, plus one.
                let shard = u64::from_str_radix(&id, 16).unwrap() % n + 1;
                assert_eq!(shard, k, "{file} in shard {k}");
            }
        }
        dirs.push(d);
    }
    assert_eq!(count, documents(&single).len(), "every file in one shard");
    let merged = base.join("merged");
    let mut args: Vec<&std::ffi::OsStr> = vec!["merge".as_ref()];
    args.extend(dirs.iter().map(|d| d.as_os_str()));
    args.extend([
        "--out".as_ref(),
        merged.as_os_str(),
        "--format".as_ref(),
        "csv,json,parquet,sqlite".as_ref(),
    ]);
    let (code, err) = yusuan(&args);
    assert_eq!(code, 0, "{err}");
    for f in FILES {
        assert!(
            std::fs::read(single.join(f)).unwrap() == std::fs::read(merged.join(f)).unwrap(),
            "{name}: {f} differs"
        );
    }
    assert_eq!(sqlite_rows(&single), sqlite_rows(&merged), "{name}: SQLite");
    let json = |d: &Path| {
        let mut v: Vec<_> = std::fs::read_dir(d.join("json"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        v.sort();
        v
    };
    assert_eq!(json(&single), json(&merged), "{name}: json/");
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn sample_shards_merge_to_the_single_run() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    shards_merge_to_the_single_run(&corpus, 3, "sample");
}

#[test]
fn dept_shards_merge_to_the_single_run() {
    let Some(shared) = common::shared("dept shards") else {
        return;
    };
    shards_merge_to_the_single_run(&common::need(&shared, "corpus/dept"), 4, "dept");
}

/// A copy of a file (same bytes, another name) goes to the same shard, which keeps the first
/// by path, as a single run does; an unreadable input is in exactly one shard.
#[test]
fn copies_stay_together() {
    let base = tmp("copies-in");
    let input = base.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for (from, to) in [
        ("type0-identity-h-tounicode.pdf", "a.pdf"),
        ("type0-identity-h-tounicode.pdf", "b.pdf"),
        ("cmap-gb-euc.pdf", "c.pdf"),
    ] {
        std::fs::copy(corpus.join(from), input.join(to)).unwrap();
    }
    std::fs::write(input.join("d.pdf"), b"").unwrap();
    // A link to nowhere: listed, and unreadable.
    std::os::unix::fs::symlink(base.join("nowhere"), input.join("e.pdf")).unwrap();
    shards_merge_to_the_single_run(&input, 2, "copies");
    let _ = std::fs::remove_dir_all(base);
}

#[test]
fn merge_refuses_to_write_into_an_input() {
    let d = tmp("into");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/cmap-gb-euc.pdf");
    extract(&corpus, &d, &[]);
    let (code, err) = yusuan(&[
        "merge".as_ref(),
        d.as_os_str(),
        "--out".as_ref(),
        d.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot be one of"), "{err}");
    let (code, _) = yusuan(&[
        "extract".as_ref(),
        corpus.as_os_str(),
        "--out".as_ref(),
        d.as_os_str(),
        "--shard".as_ref(),
        "4/3".as_ref(),
    ]);
    assert_eq!(code, 2, "a bad shard is a usage error");
    let _ = std::fs::remove_dir_all(d);
}

/// A column of documents.csv by its header.
fn documents_column(dir: &Path, name: &str) -> Vec<String> {
    let mut r = csv::Reader::from_path(dir.join("documents.csv")).unwrap();
    let i = r.headers().unwrap().iter().position(|h| h == name).unwrap();
    r.records().map(|r| r.unwrap()[i].to_string()).collect()
}

/// `%XX` decoded (written here, not the code under test's).
fn unpercent(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap(), 16).unwrap(),
            );
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// A file name that is not UTF-8 (财政 in GBK, as archives unpacked on Linux have them) is
/// recorded reversibly: `file` with U+FFFD, `file_raw` its bytes percent-encoded, which lead
/// back to the file; a UTF-8 name has no `file_raw`. `--resume` takes both files from their
/// records; and `merge` puts them in the order of their bytes, as a run does (GBK B2 C6 before
/// 预's UTF-8 E9 A2 84, where U+FFFD's EF BF BD would come after), so the merge is the single
/// run.
#[test]
fn names_that_are_not_utf8_are_recorded_and_ordered_by_their_bytes() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let base = tmp("gbk");
    let input = base.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let gbk = input.join(OsStr::from_bytes(b"\xb2\xc6\xd5\xfe 100%.pdf"));
    let utf8 = input.join("预算.pdf");
    std::fs::copy(corpus.join("type0-identity-h-tounicode.pdf"), &gbk).unwrap();
    std::fs::copy(corpus.join("cmap-gb-euc.pdf"), &utf8).unwrap();
    let single = base.join("single");
    extract(&input, &single, &[]);
    let files = documents_column(&single, "file");
    let raw = documents_column(&single, "file_raw");
    let dir = input.to_str().unwrap();
    assert_eq!(
        files,
        [
            format!("{dir}/\u{fffd}\u{fffd}\u{fffd}\u{fffd} 100%.pdf"),
            format!("{dir}/预算.pdf")
        ]
    );
    assert_eq!(raw[1], "", "a UTF-8 name has no file_raw");
    assert_eq!(unpercent(&raw[0]), gbk.as_os_str().as_bytes());
    assert!(raw[0].ends_with("/%B2%C6%D5%FE 100%25.pdf"), "{}", raw[0]);
    assert_eq!(
        std::fs::read(OsStr::from_bytes(&unpercent(&raw[0]))).unwrap(),
        std::fs::read(corpus.join("type0-identity-h-tounicode.pdf")).unwrap()
    );
    // --resume: both taken from their records, the same rows.
    let before = std::fs::read(single.join("documents.csv")).unwrap();
    let (code, err) = yusuan(&[
        "extract".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        single.as_os_str(),
        "--format".as_ref(),
        "csv,json,parquet,sqlite".as_ref(),
        "--resume".as_ref(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("(2 resumed)"), "{err}");
    assert_eq!(std::fs::read(single.join("documents.csv")).unwrap(), before);
    // One run a file, merged (the later name's directory first): the single run.
    let (first, second) = (base.join("one"), base.join("two"));
    extract(&gbk, &first, &[]);
    extract(&utf8, &second, &[]);
    let merged = base.join("merged");
    let (code, err) = yusuan(&[
        "merge".as_ref(),
        second.as_os_str(),
        first.as_os_str(),
        "--out".as_ref(),
        merged.as_os_str(),
        "--format".as_ref(),
        "csv,json,parquet,sqlite".as_ref(),
    ]);
    assert_eq!(code, 0, "{err}");
    for f in FILES {
        assert!(
            std::fs::read(single.join(f)).unwrap() == std::fs::read(merged.join(f)).unwrap(),
            "{f} differs"
        );
    }
    assert_eq!(sqlite_rows(&single), sqlite_rows(&merged), "SQLite");
    let _ = std::fs::remove_dir_all(base);
}
