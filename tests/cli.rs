//! The command line's paper cuts (issue 16), one test each: what a user is told and the exit
//! code (README: 0 ok, 1 a file failed, 2 a bad argument, 3 no text layer).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(name)
}

fn yusuan(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .args(args)
        .output()
        .unwrap()
}

macro_rules! run {
    ($($a:expr),* $(,)?) => { yusuan(&[$(std::ffi::OsStr::new(&$a)),*]) };
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn catalogue_of_a_missing_file_fails_and_names_it() {
    let missing = tmp("catalogue").join("no-such.pdf");
    let o = run!("catalogue", missing);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(stderr(&o).contains("no-such.pdf: error"), "{}", stderr(&o));
    // A readable file still exits 0.
    let o = run!("catalogue", corpus("simple-standard.pdf"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn tables_on_a_scan_say_no_text_layer() {
    // Page 2 of this fixture is an image without text (pdftotext gives nothing for it).
    let o = run!(
        "tables",
        corpus("scan-ocr-and-image-only.pdf"),
        "--pages",
        "2"
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("no text layer"), "{}", stderr(&o));
}

#[test]
fn pages_past_the_end_are_an_error() {
    // simple-standard.pdf has 1 page (pdfinfo).
    for cmd in ["text", "tables"] {
        let o = run!(cmd, corpus("simple-standard.pdf"), "--pages", "1-5");
        assert_eq!(o.status.code(), Some(2), "{cmd}: {}", stderr(&o));
        assert!(stderr(&o).contains("past the end"), "{cmd}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{cmd}: nothing printed");
    }
    let o = run!("text", corpus("simple-standard.pdf"), "--pages", "1-");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn bad_page_ranges_are_usage_errors() {
    let out = tmp("bad-pages");
    for spec in ["0", "5-2", "x", "1,,a", "-3"] {
        for cmd in ["text", "tables"] {
            let o = run!(cmd, corpus("simple-standard.pdf"), "--pages", spec);
            assert_eq!(
                o.status.code(),
                Some(2),
                "{cmd} --pages {spec}: {}",
                stderr(&o)
            );
        }
        let o = run!(
            "extract",
            corpus("simple-standard.pdf"),
            "--out",
            out,
            "--pages",
            spec
        );
        assert_eq!(o.status.code(), Some(2), "extract --pages {spec}");
    }
    assert!(!out.exists(), "nothing written on a usage error");
}

#[test]
fn jobs_zero_is_refused() {
    let out = tmp("jobs0");
    let o = run!(
        "extract",
        corpus("simple-standard.pdf"),
        "--out",
        out,
        "--jobs",
        "0"
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--jobs"), "{}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn end_of_batch_names_the_files_that_failed() {
    let (d, out) = (tmp("named-in"), tmp("named-out"));
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(corpus("simple-standard.pdf"), d.join("good.pdf")).unwrap();
    std::fs::write(d.join("broken-one.pdf"), b"not a pdf").unwrap();
    let o = run!("extract", d, "--out", out);
    assert_eq!(o.status.code(), Some(4));
    let log = stderr(&o);
    let named: Vec<&str> = log.lines().filter(|l| l.contains("not ok: ")).collect();
    assert_eq!(named.len(), 1, "{log}");
    assert!(named[0].contains("broken-one.pdf: invalid_pdf"), "{log}");
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::remove_dir_all(&out);
}

fn json_files(out: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(out.join("json"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn reusing_out_without_resume_leaves_no_stale_json() {
    let out = tmp("stale");
    let o = run!(
        "extract",
        corpus("simple-standard.pdf"),
        "--out",
        out,
        "--quiet"
    );
    assert_eq!(o.status.code(), Some(0));
    let first = json_files(&out);
    let o = run!(
        "extract",
        corpus("simple-winansi.pdf"),
        "--out",
        out,
        "--quiet"
    );
    assert_eq!(o.status.code(), Some(0));
    let second = json_files(&out);
    assert_eq!(second.len(), 1, "{second:?}");
    assert_ne!(first, second);
    // With --resume the earlier documents stay (they are what it resumes from).
    let o = run!(
        "extract",
        corpus("simple-standard.pdf"),
        "--out",
        out,
        "--quiet",
        "--resume"
    );
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(json_files(&out).len(), 2);
    let _ = std::fs::remove_dir_all(&out);
}

fn item_pages(out: &Path) -> Vec<u32> {
    let mut rd = csv::Reader::from_path(out.join("items.csv")).unwrap();
    let col = rd
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "page")
        .unwrap();
    rd.records()
        .map(|r| r.unwrap()[col].parse().unwrap())
        .collect()
}

#[test]
fn extract_takes_pages() {
    let f = corpus("multipage-yuan-no-repeated-header.pdf");
    let (all, one) = (tmp("pages-all"), tmp("pages-1"));
    run!("extract", f, "--out", all, "--quiet");
    let every = item_pages(&all);
    assert!(every.contains(&1) && every.contains(&2), "{every:?}");
    // Page 2 continues page 1's table (no header of its own): page 1 alone.
    let o = run!("extract", f, "--out", one, "--quiet", "--pages", "1");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let only = item_pages(&one);
    assert!(!only.is_empty() && only.iter().all(|&p| p == 1), "{only:?}");
    assert_eq!(only.len(), every.iter().filter(|&&p| p == 1).count());
    // Pages past a file's end select nothing of it, and are no error (files differ in length).
    let o = run!("extract", f, "--out", one, "--quiet", "--pages", "7-");
    assert_eq!(o.status.code(), Some(0));
    assert!(item_pages(&one).is_empty());
    let _ = std::fs::remove_dir_all(&all);
    let _ = std::fs::remove_dir_all(&one);
}
