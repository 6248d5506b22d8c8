//! The batch under hostile conditions (issue 13): a second run on an output directory in use,
//! inputs that would hang a reader (a FIFO named x.pdf, a link to /dev/zero, loops of links
//! in the walk), a file that needs more memory than it may hold, `--resume` on records that
//! may go otherwise, and the exit codes a script relies on (README). Every child process runs
//! under a deadline and, where memory is the point, under `ulimit -v`: a test that fails
//! never takes the machine with it.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn good_pdf() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/type0-identity-h-tounicode.pdf")
}

/// `yusuan ARGS` through `sh` (so that `limit`, e.g. `ulimit -v 2500000`, applies to it
/// alone), killed after `secs`: returns its output, or fails the test on the deadline.
fn yusuan(args: &[&std::ffi::OsStr], limit: &str, secs: u64) -> Output {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("{limit}\nexec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_yusuan"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("yusuan {args:?} still running after {secs} s: a hang");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn os<S: AsRef<std::ffi::OsStr> + ?Sized>(s: &S) -> &std::ffi::OsStr {
    s.as_ref()
}

/// documents.csv as (file name, status, message).
fn documents(out: &Path) -> Vec<(String, String, String)> {
    let mut rd = csv::Reader::from_path(out.join("documents.csv")).unwrap();
    let h = rd.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    let (file, status, error) = (col("file"), col("status"), col("error"));
    rd.records()
        .map(|r| {
            let r = r.unwrap();
            let name = Path::new(&r[file]).file_name().unwrap().to_string_lossy();
            (
                name.into_owned(),
                r[status].to_string(),
                r[error].to_string(),
            )
        })
        .collect()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// A PDF of `pages` pages in Helvetica; page k (0-based) draws content stream `content(k)`
/// (an index into `streams`, each Flate-compressed), so that pages may share one stream.
fn pdf(pages: usize, streams: &[Vec<u8>], content: impl Fn(usize) -> usize) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let kids: Vec<String> = (0..pages).map(|k| format!("{} 0 R", 4 + k)).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} /MediaBox [0 0 612 792] >>",
            kids.join(" ")
        )
        .into_bytes(),
    );
    objects.push(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    );
    let first_stream = 4 + pages;
    for k in 0..pages {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
                first_stream + content(k)
            )
            .into_bytes(),
        );
    }
    for s in streams {
        let z = zlib(s);
        let mut o =
            format!("<< /Length {} /Filter /FlateDecode >>\nstream\n", z.len()).into_bytes();
        o.extend_from_slice(&z);
        o.extend_from_slice(b"\nendstream");
        objects.push(o);
    }
    let mut out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    write!(out, "xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).unwrap();
    for off in offsets {
        write!(out, "{off:010} 00000 n\r\n").unwrap();
    }
    write!(
        out,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    out
}

/// The memory case: 200 pages sharing one content stream of a million
/// path-painting operators (a file of some 170 KB), each page a million ruling lines.
fn shared_million_operators() -> Vec<u8> {
    let mut ops = b"0.5 w\n".to_vec();
    for i in 0..1_000_000 {
        let y = 100 + i % 600;
        writeln!(ops, "72 {y} m 500 {y} l S").unwrap();
    }
    pdf(200, &[ops], |_| 0)
}

/// A second run on an --out another run holds refuses, says why, writes nothing there and
/// exits 5; once the holder is gone the directory is free again.
#[test]
fn a_second_run_on_an_out_in_use_refuses() {
    let out = tmp("lock");
    let lock = std::fs::File::create(out.join(".yusuan.lock")).unwrap();
    lock.try_lock().unwrap();
    let good = good_pdf();
    let args = [os("extract"), os(&good), os("--out"), os(&out), os("-q")];
    let o = yusuan(&args, "", 60);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(err.contains("in use by another yusuan extract"), "{err}");
    assert!(
        !out.join("documents.csv").exists(),
        "wrote into a directory in use"
    );
    drop(lock);
    let o = yusuan(&args, "", 60);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(documents(&out).len(), 1);
    let _ = std::fs::remove_dir_all(out);
}

/// Two runs started together on one --out: one does its work, the other refuses; the
/// dataset is that of a run alone (no rows mixed in, SQLite readable).
#[test]
fn two_runs_on_one_out_do_not_mix() {
    let out = tmp("two");
    let alone = tmp("two-alone");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let run = |dir: &Path| {
        Command::new(env!("CARGO_BIN_EXE_yusuan"))
            .args([os("extract"), os(&corpus), os("--out"), os(dir), os("-q")])
            .args(["--format", "csv,sqlite", "--jobs", "1"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (run(&out), run(&out));
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    // The sample corpus has a partial file: a run that does its work exits 4.
    let worked = run(&alone).wait().unwrap().code();
    assert_eq!(worked, Some(4));
    let mut codes = [a.status.code(), b.status.code()];
    codes.sort();
    // One refuses; or, should the first have ended before the second began, both ran.
    assert!(
        codes == [worked, Some(5)] || codes == [worked, worked],
        "exit codes {codes:?}"
    );
    for name in ["documents.csv", "items.csv", "checks.csv", "tables.csv"] {
        assert!(
            std::fs::read(out.join(name)).unwrap() == std::fs::read(alone.join(name)).unwrap(),
            "{name} differs from a run alone"
        );
    }
    let db = rusqlite::Connection::open(out.join("yusuan.sqlite")).unwrap();
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let _ = std::fs::remove_dir_all(out);
    let _ = std::fs::remove_dir_all(alone);
}

/// A FIFO named x.pdf, a link to /dev/zero and a sparse 4 GiB file are rows saying what they
/// are; none hangs the batch or is read into memory, and the good file is read as usual.
#[cfg(unix)]
#[test]
fn a_fifo_and_a_link_to_a_device_are_rows_not_hangs() {
    let d = tmp("fifo-in");
    let out = tmp("fifo-out");
    std::fs::copy(good_pdf(), d.join("a-good.pdf")).unwrap();
    let made = Command::new("mkfifo")
        .arg(d.join("x.pdf"))
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.pdf")).unwrap();
    // A sparse 4 GiB file with a PDF header: refused before it is read.
    let sparse = std::fs::File::create(d.join("sparse.pdf")).unwrap();
    (&sparse).write_all(b"%PDF-1.4\n").unwrap();
    sparse.set_len(4 << 30).unwrap();
    let o = yusuan(
        &[os("extract"), os(&d), os("--out"), os(&out), os("-q")],
        "ulimit -v 2500000",
        60,
    );
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let docs = documents(&out);
    let status: Vec<(&str, &str)> = docs
        .iter()
        .map(|(f, s, _)| (f.as_str(), s.as_str()))
        .collect();
    assert_eq!(
        status,
        [
            ("a-good.pdf", "ok"),
            ("sparse.pdf", "too_large"),
            ("x.pdf", "error"),
            ("zero.pdf", "error")
        ]
    );
    assert!(docs[1].2.contains("4.0 GiB"), "{}", docs[1].2);
    assert!(docs[2].2.contains("FIFO"), "{}", docs[2].2);
    assert!(docs[3].2.contains("character device"), "{}", docs[3].2);
    let _ = std::fs::remove_dir_all(d);
    let _ = std::fs::remove_dir_all(out);
}

/// A directory holding two links to its parent: the walk ends, and a file reached by
/// several paths (the links, a link to the file itself) is listed once.
#[cfg(unix)]
#[test]
fn loops_of_links_end_and_a_file_counts_once() {
    let root = tmp("loop");
    let d = root.join("d");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::copy(good_pdf(), d.join("a.pdf")).unwrap();
    std::os::unix::fs::symlink("..", d.join("up1")).unwrap();
    std::os::unix::fs::symlink("..", d.join("up2")).unwrap();
    std::os::unix::fs::symlink("../..", d.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("a.pdf", d.join("same.pdf")).unwrap();
    std::os::unix::fs::symlink("loop.pdf", d.join("loop.pdf")).unwrap();
    let start = Instant::now();
    let files = yusuan::pipeline::expand(&[d.clone(), d.join("a.pdf")]);
    assert!(start.elapsed() < Duration::from_secs(5));
    // The link to itself cannot be looked at: it stays, to be a row saying so.
    assert_eq!(files, [d.join("a.pdf"), d.join("loop.pdf")]);
    let _ = std::fs::remove_dir_all(root);
}

/// Memory bounded per file: the million-operator file under `ulimit -v 2500000` (2.4 GiB)
/// with --jobs 2 is a row (`too_large`, saying so), the batch goes on to the good file, and
/// --resume does not abort on it either. `--max-memory-mb` sets the limit.
#[test]
fn a_file_over_its_memory_is_a_row_and_the_batch_goes_on() {
    let d = tmp("mem-in");
    let out = tmp("mem-out");
    let big = shared_million_operators();
    assert!(big.len() < 400_000, "{} bytes", big.len());
    std::fs::write(d.join("a-million.pdf"), &big).unwrap();
    std::fs::copy(good_pdf(), d.join("b-good.pdf")).unwrap();
    let args = [
        os("extract"),
        os(&d),
        os("--out"),
        os(&out),
        os("-q"),
        os("--jobs"),
        os("2"),
    ];
    let ulimit = "ulimit -v 2500000";
    let o = yusuan(&args, ulimit, 300);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(4), "{err}");
    let docs = documents(&out);
    assert_eq!(docs.len(), 2, "{docs:?}");
    assert_eq!(
        (docs[0].1.as_str(), docs[1].1.as_str()),
        ("too_large", "ok"),
        "{docs:?}"
    );
    assert!(docs[0].2.contains("memory limit"), "{}", docs[0].2);
    let mut resumed = args.to_vec();
    resumed.push(os("--resume"));
    let o = yusuan(&resumed, ulimit, 300);
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // The same rows; the page at which the limit is met depends on which of a window's pages
    // the threads read first, so the message is compared by what it says, not by its page.
    let again = documents(&out);
    let statuses = |d: &[(String, String, String)]| -> Vec<(String, String)> {
        d.iter().map(|r| (r.0.clone(), r.1.clone())).collect()
    };
    assert_eq!(statuses(&again), statuses(&docs));
    assert!(again[0].2.contains("memory limit"), "{}", again[0].2);
    // A limit below the good file's needs makes it a row too.
    let small = tmp("mem-small");
    let good = good_pdf();
    let args = [
        os("extract"),
        os(&good),
        os("--out"),
        os(&small),
        os("-q"),
        os("--max-memory-mb"),
        os("0"),
    ];
    let o = yusuan(&args, "", 60);
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(documents(&small)[0].1, "too_large");
    for p in [d, out, small] {
        let _ = std::fs::remove_dir_all(p);
    }
}

/// --resume keeps what a file is, and does again what may go otherwise or cannot be trusted:
/// a record that timed out (perhaps under a smaller --timeout), one that is `{}`, one from
/// another version, one of another file.
#[test]
fn resume_retries_what_may_go_otherwise() {
    let d = tmp("resume-in");
    let out = tmp("resume-out");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let names = [
        "type0-identity-h-tounicode.pdf",
        "multipage-yuan-no-repeated-header.pdf",
    ];
    for n in names {
        std::fs::copy(corpus.join(n), d.join(n)).unwrap();
    }
    let args = [os("extract"), os(&d), os("--out"), os(&out), os("-q")];
    assert_eq!(yusuan(&args, "", 120).status.code(), Some(0));
    let before = std::fs::read(out.join("items.csv")).unwrap();
    let mut json: Vec<PathBuf> = std::fs::read_dir(out.join("json"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    json.sort();
    assert_eq!(json.len(), 2);
    let resume = |n: usize| {
        // Without -q: the summary says how many were resumed.
        let mut a = args[..4].to_vec();
        a.push(os("--resume"));
        let o = yusuan(&a, "", 120);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(0), "{err}");
        assert!(
            err.contains(&format!("({n} resumed)")),
            "want {n} resumed: {err}"
        );
        assert_eq!(std::fs::read(out.join("items.csv")).unwrap(), before);
    };
    resume(2);
    let edit = |p: &Path, f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        f(&mut v);
        std::fs::write(p, serde_json::to_vec(&v).unwrap()).unwrap();
    };
    // A timeout: the file is done again (and comes out ok).
    edit(&json[0], &|v| v["status"] = "timeout".into());
    resume(1);
    // Another version's record.
    edit(&json[1], &|v| v["version"] = "0.0.0-other".into());
    resume(1);
    // `{}`.
    std::fs::write(&json[0], b"{}").unwrap();
    resume(1);
    // The record of another file under this file's name.
    let other = std::fs::read(&json[1]).unwrap();
    std::fs::write(&json[0], other).unwrap();
    resume(1);
    let _ = std::fs::remove_dir_all(d);
    let _ = std::fs::remove_dir_all(out);
}

/// Exit codes (README): 0 every input ok; 4 the work was done but some input was not ok;
/// 1 the output could not be written; 2 a usage error. `tables` and `text` on a page they
/// cannot read say so on stderr and exit 4, not 0 with nothing printed.
#[test]
fn exit_codes_tell_failures_apart() {
    let d = tmp("codes");
    let good = good_pdf();
    let code = |args: &[&std::ffi::OsStr]| {
        let o = yusuan(args, "", 60);
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let out = d.join("out");
    assert_eq!(
        code(&[os("extract"), os(&good), os("--out"), os(&out), os("-q")]).0,
        Some(0)
    );
    let bad = d.join("bad.pdf");
    std::fs::write(&bad, b"<html>").unwrap();
    let out2 = d.join("out2");
    let (c, err) = code(&[
        os("extract"),
        os(&good),
        os(&bad),
        os("--out"),
        os(&out2),
        os("-q"),
    ]);
    assert_eq!(c, Some(4), "{err}");
    assert_eq!(documents(&out2).len(), 2);
    // --out names a file: nothing can be written.
    let (c, err) = code(&[os("extract"), os(&good), os("--out"), os(&bad), os("-q")]);
    assert_eq!(c, Some(1), "{err}");
    assert_eq!(code(&[os("extract"), os(&good)]).0, Some(2));
    // Page 2's content stream decodes to 2 MB, over --max-stream-mb 1.
    let page = b"BT /F1 12 Tf 72 720 Td (Total 1234.56) Tj ET\n".to_vec();
    let mut big = page.clone();
    big.resize(2 << 20, b' ');
    let file = d.join("page2.pdf");
    std::fs::write(&file, pdf(2, &[page, big], |k| k)).unwrap();
    for cmd in ["tables", "text"] {
        let (c, err) = code(&[os(cmd), os(&file), os("--max-stream-mb"), os("1")]);
        assert_eq!(c, Some(4), "{cmd}: {err}");
        assert!(err.contains("page 2"), "{cmd}: {err}");
        assert_eq!(
            code(&[os(cmd), os(&file)]).0,
            Some(0),
            "{cmd} without the limit"
        );
    }
    let _ = std::fs::remove_dir_all(d);
}

/// Pages of 48,000 small figures in a grid of 600 rows and 80 columns: quick to read (well
/// 0.6 s each here), slow to search for tables and analyse (5.5 s a page before the running
/// text was told from the tables' cells through an index, 1.2 s now).
/// `pages` pages share one content stream.
fn dense_figures(pages: usize) -> Vec<u8> {
    let mut ops = b"BT /F1 1 Tf\n".to_vec();
    let mut v: u64 = 12345;
    for r in 0..600 {
        for c in 0..80 {
            v = v
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let (x, y) = (20.0 + f64::from(c) * 7.2, 780.0 - f64::from(r) * 1.25);
            writeln!(
                ops,
                "1 0 0 1 {x:.2} {y:.2} Tm ({}.{:02}) Tj",
                (v >> 40) % 99999 + 1,
                (v >> 20) % 100
            )
            .unwrap();
        }
    }
    ops.extend_from_slice(b"ET\n");
    pdf(pages, &[ops], |_| 0)
}

/// `--timeout` holds after the pages are read too: a window of pages read within the limit
/// whose tables take longer to find is a `timeout` row soon after the limit (before, finding
/// the tables of the pages read was never stopped: under `--timeout 2` the row came after 8 to
/// 12 s), and the next file is read as usual.
#[test]
fn the_time_limit_holds_while_tables_are_found() {
    let d = tmp("slow-tables");
    let out = tmp("slow-tables-out");
    std::fs::write(d.join("a-dense.pdf"), dense_figures(8)).unwrap();
    std::fs::copy(good_pdf(), d.join("b-good.pdf")).unwrap();
    let args = [
        os("extract"),
        os(&d),
        os("--out"),
        os(&out),
        os("-q"),
        os("--jobs"),
        os("1"),
        os("--timeout"),
        os("2"),
    ];
    let start = Instant::now();
    let o = yusuan(&args, "", 120);
    let took = start.elapsed();
    assert_eq!(
        o.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let docs = documents(&out);
    assert_eq!(docs.len(), 2, "{docs:?}");
    assert_eq!(docs[0].1, "timeout", "{docs:?}");
    assert!(
        docs[0].2.contains("time limit of 2s exceeded"),
        "{}",
        docs[0].2
    );
    assert_eq!(docs[1].1, "ok", "{docs:?}");
    // The limit, the good file and the writing: well under the 8-12 s of before.
    assert!(took < Duration::from_secs(6), "took {took:?}");
    for p in [d, out] {
        let _ = std::fs::remove_dir_all(p);
    }
}

/// `yusuan ARGS` (killed after `secs`) and its peak resident memory in KiB: the VmHWM of
/// /proc/PID/status, read as it runs (it only grows; the last reading before the end is
/// kept).
fn peak_rss(args: &[&std::ffi::OsStr], secs: u64) -> (Output, u64) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let start = Instant::now();
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        let hwm = std::fs::read_to_string(&status).ok().and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        });
        peak = peak.max(hwm.unwrap_or(0));
        if start.elapsed() > Duration::from_secs(secs) {
            child.kill().unwrap();
            panic!("yusuan {args:?} still running after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    (child.wait_with_output().unwrap(), peak)
}

/// Pages of a drawing: 4,000 short strokes (no table) and a line of text, all sharing one
/// content stream: some 160 KB of ruling lines a page once read.
fn drawings(pages: usize) -> Vec<u8> {
    let mut ops = b"0.5 w\n".to_vec();
    let mut v: u64 = 99;
    let mut next = |span: u64| {
        v = v
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((v >> 33) % (span * 100)) as f64 / 100.0
    };
    for i in 0..4000 {
        let (x, y, d) = (50.0 + next(500), 100.0 + next(600), next(30));
        if i % 2 == 0 {
            writeln!(ops, "{x:.2} {y:.2} m {:.2} {y:.2} l S", x + d).unwrap();
        } else {
            writeln!(ops, "{x:.2} {y:.2} m {x:.2} {:.2} l S", y + d).unwrap();
        }
    }
    ops.extend_from_slice(b"BT /F1 10 Tf 1 0 0 1 72 740 Tm (A drawing) Tj ET\n");
    pdf(pages, &[ops], |_| 0)
}

/// A long document is not held whole: its pages are read and let go a window at a time,
/// so 1,000 pages need about the memory of 64 (before, every page stayed until the end of the
/// document: 1,000 such pages held some 200 MB more than 64).
#[test]
fn a_long_document_is_not_held_whole() {
    let d = tmp("long");
    let mut peaks = Vec::new();
    for pages in [64, 1000] {
        let f = d.join(format!("drawings-{pages}.pdf"));
        std::fs::write(&f, drawings(pages)).unwrap();
        let out = d.join(format!("out-{pages}"));
        let args = [
            os("extract"),
            os(&f),
            os("--out"),
            os(&out),
            os("-q"),
            os("--jobs"),
            os("2"),
            os("--timeout"),
            os("0"),
        ];
        let (o, peak) = peak_rss(&args, 300);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(documents(&out)[0].1, "ok");
        peaks.push(peak);
    }
    let (short, long) = (peaks[0], peaks[1]);
    assert!(short > 0, "no reading of /proc/PID/status");
    // (the 1,000 pages' peak moves with how the two jobs' windows overlap: 41-72 MB over 11
    // runs of this tree and of stop 25's on a loaded 2-core machine, 64 pages 29 MB; a document
    // held whole is some 200 MB more)
    assert!(
        long < short + 64 * 1024,
        "1,000 pages: peak {long} KiB; 64 pages: {short} KiB"
    );
    let _ = std::fs::remove_dir_all(d);
}
