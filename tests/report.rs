//! `extract --report`: the offline HTML report. Its pages against the dataset written beside
//! it (documents, tables, failed checks), every link inside it resolving, nothing fetched
//! from elsewhere; and, in a real browser (headless Chromium), the pages drawn and the
//! filters hiding the rows they should.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-report-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn extract(inputs: &[&Path], out: &Path, extra: &[&str]) -> i32 {
    let st = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .arg("extract")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--report"])
        .args(extra)
        .status()
        .unwrap();
    st.code().unwrap_or(-1)
}

fn csv_rows(p: &Path) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(p)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

/// The position of a CSV's `status` column.
fn status_column(p: &Path) -> usize {
    column(p, "status")
}

/// The position of `name` in the header of the CSV at `p`.
fn column(p: &Path, name: &str) -> usize {
    let mut rd = csv::Reader::from_path(p).unwrap();
    let header = rd.headers().unwrap().clone();
    header.iter().position(|h| h == name).unwrap()
}

/// The values of `attr="…"` in `html`.
fn attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!("{attr}=\"");
    html.match_indices(&key)
        .filter_map(|(i, _)| {
            let rest = &html[i + key.len()..];
            rest.find('"').map(|e| &rest[..e])
        })
        .collect()
}

/// Every page of the report: links inside it resolve, nothing is fetched from elsewhere.
fn links_resolve(report: &Path) {
    let mut pages = vec![report.join("index.html")];
    for e in std::fs::read_dir(report.join("doc")).unwrap().flatten() {
        pages.push(e.path());
    }
    for e in std::fs::read_dir(report.join("pages")).unwrap().flatten() {
        if e.file_name().to_string_lossy().ends_with("-outline.html") {
            pages.push(e.path());
        }
    }
    for p in &pages {
        let html = std::fs::read_to_string(p).unwrap();
        for bad in ["http://", "https://", "<link", "src="] {
            assert!(
                !html.contains(bad),
                "{}: {bad} (the report must be offline)",
                p.display()
            );
        }
        let ids: BTreeSet<&str> = attrs(&html, "id").into_iter().collect();
        for href in attrs(&html, "href") {
            if let Some(anchor) = href.strip_prefix('#') {
                assert!(ids.contains(anchor), "{}: no #{anchor}", p.display());
            } else if let Some(pdf) = href.strip_prefix("file://") {
                let pdf = pdf.split('#').next().unwrap();
                assert!(pdf.ends_with(".pdf") || pdf.ends_with(".PDF"), "{href}");
            } else {
                let (file, anchor) = href.split_once('#').unwrap_or((href, ""));
                let target = p.parent().unwrap().join(file);
                assert!(
                    target.is_file(),
                    "{}: link {href} leads nowhere",
                    p.display()
                );
                if !anchor.is_empty() {
                    let there = std::fs::read_to_string(&target).unwrap();
                    assert!(
                        there.contains(&format!("id=\"{anchor}\"")),
                        "{}: link {href}: no such place",
                        p.display()
                    );
                }
            }
        }
    }
}

#[test]
fn report_of_the_fixture_corpus_follows_the_dataset() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tmp("fixtures");
    let code = extract(&[&root.join("corpus")], &out, &[]);
    assert!(code == 0 || code == 4, "exit {code}");
    let report = out.join("report");
    let index = std::fs::read_to_string(report.join("index.html")).unwrap();
    let docs = csv_rows(&out.join("documents.csv"));
    let st = status_column(&out.join("documents.csv"));
    // One line a document, with its status.
    assert_eq!(attrs(&index, "data-status").len(), docs.len());
    let tables = csv_rows(&out.join("tables.csv"));
    for d in &docs {
        let (id, status) = (&d[0], &d[st]);
        let line = index
            .split("<tr ")
            .find(|l| l.contains(&format!("doc/{id}.html")))
            .unwrap_or_else(|| panic!("{id} not in the index"));
        assert!(
            line.starts_with(&format!("data-status=\"{status}\"")),
            "{line}"
        );
        // Its page: one section per table of tables.csv, in order, with its kind.
        let page = std::fs::read_to_string(report.join(format!("doc/{id}.html"))).unwrap();
        let want: Vec<String> = tables
            .iter()
            .filter(|t| &t[0] == id)
            .map(|t| format!("T{} {}", &t[1], &t[2]))
            .collect();
        let got: Vec<String> = page
            .split("<h3 id=\"")
            .skip(1)
            .map(|s| {
                s.split_once('>')
                    .unwrap()
                    .1
                    .split(" · ")
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(got, want, "{id}");
    }
    links_resolve(&report);
    // A second run into the same folder leaves no page of the first behind.
    let one = root.join("corpus/simple-standard.pdf");
    extract(&[&one], &out, &[]);
    assert_eq!(std::fs::read_dir(report.join("doc")).unwrap().count(), 1);
    let _ = std::fs::remove_dir_all(&out);
}

/// The altered corpus (figures changed by hand so that checks fail): every failed check with
/// figures is listed, its figure marked in the table, its page drawn with the place boxed.
#[test]
fn failed_checks_link_to_pictures_with_the_place_boxed() {
    let Some(shared) = common::shared("report of the altered corpus") else {
        return;
    };
    let altered = common::need(&shared, "corpus/altered");
    let out = tmp("altered");
    extract(&[&altered], &out, &[]);
    let report = out.join("report");
    let checks = csv_rows(&out.join("checks.csv"));
    let st = status_column(&out.join("checks.csv"));
    let pages = column(&out.join("checks.csv"), "pages");
    let failed: Vec<_> = checks.iter().filter(|c| &c[st] == "fail").collect();
    assert!(!failed.is_empty(), "the altered corpus has failed checks");
    for c in &failed {
        let id = &c[0];
        let page = std::fs::read_to_string(report.join(format!("doc/{id}.html"))).unwrap();
        let rows = page.matches("<tr data-severity=\"fail\"").count();
        let want = failed.iter().filter(|f| &f[0] == id).count();
        assert_eq!(rows, want, "{id}: failed checks listed");
        // The first pages with failed checks are pictures (the page rendered, the place
        // boxed), the others sections of the document's outline with the figures boxed.
        let mut with_fails: Vec<u32> = failed
            .iter()
            .filter(|f| &f[0] == id)
            .flat_map(|f| {
                f[pages]
                    .split_whitespace()
                    .map(|p| p.parse::<u32>().unwrap())
            })
            .collect();
        with_fails.sort_unstable();
        with_fails.dedup();
        for p in c[pages].split_whitespace() {
            let n: u32 = p.parse().unwrap();
            let rank = with_fails.iter().position(|&x| x == n).unwrap();
            let picture = report.join(format!("pages/{id}-p{p}.html"));
            if rank < yusuan::report::MAX_PICTURES {
                let svg = std::fs::read_to_string(&picture)
                    .unwrap_or_else(|e| panic!("{}: {e}", picture.display()));
                assert!(svg.contains("class=\"fail"), "{id} p{p}: nothing boxed");
                assert!(
                    svg.contains("data:image/png;base64,"),
                    "{id} p{p}: no page image"
                );
                assert!(
                    page.contains(&format!("../pages/{id}-p{p}.html")),
                    "{id}: no link to p{p}"
                );
            } else {
                assert!(!picture.exists(), "{id} p{p}: more pictures than the cap");
                let outline =
                    std::fs::read_to_string(report.join(format!("pages/{id}-outline.html")))
                        .unwrap();
                // A page with cells of a table is outlined; one without (a check's pages are
                // those of its tables) links to the PDF at that page.
                let link = if outline.contains(&format!("id=\"p{p}\"")) {
                    format!("../pages/{id}-outline.html#p{p}")
                } else {
                    format!("#page={p}\"")
                };
                assert!(page.contains(&link), "{id}: no link to p{p}");
            }
        }
    }
    // The figures of failed checks are marked in the grids.
    let marked: usize = std::fs::read_dir(report.join("doc"))
        .unwrap()
        .flatten()
        .map(|e| {
            std::fs::read_to_string(e.path())
                .unwrap()
                .matches("class=\"fail")
                .count()
        })
        .sum();
    assert!(
        marked >= failed.len(),
        "{marked} marks for {} failed checks",
        failed.len()
    );
    links_resolve(&report);
    let _ = std::fs::remove_dir_all(&out);
}

/// Headless Chromium from the PATH (Debian's `chromium`).
fn chromium(what: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .flat_map(|d| ["chromium", "chromium-browser", "google-chrome"].map(|b| d.join(b)))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            !common::required(),
            "{what}: no chromium on the PATH, and CI=1 or YUSUAN_REQUIRE_SHARED=1 requires it (apt-get install chromium)"
        );
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: {what}: no chromium on the PATH (apt-get install chromium)"
        );
    }
    found
}

fn browser(bin: &Path, args: &[&str], url: &str) -> std::process::Output {
    let profile = tmp(&format!("profile-{}", url.len()));
    let out = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(profile);
    out
}

/// The report in a real browser: each page is drawn (a screenshot with ink on it), and the
/// filters, set from the address, show exactly the rows they should after the script ran.
#[test]
fn report_in_a_browser() {
    let Some(bin) = chromium("the report in a browser") else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tmp("browser");
    extract(&[&root.join("corpus")], &out, &[]);
    let index = std::fs::canonicalize(out.join("report/index.html")).unwrap();
    let url = format!("file://{}", index.display());
    let shot = out.join("index.png");
    let o = browser(
        &bin,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,800",
        ],
        &url,
    );
    assert!(
        shot.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let img = image_ink(&shot);
    assert!(img > 0.01, "the screenshot is blank ({img})");
    let docs = csv_rows(&out.join("documents.csv"));
    let st = status_column(&out.join("documents.csv"));
    for (filter, want) in [
        ("status=ok", docs.iter().filter(|d| &d[st] == "ok").count()),
        (
            "status=no_text_layer",
            docs.iter().filter(|d| &d[st] == "no_text_layer").count(),
        ),
        (
            "text=simple",
            docs.iter().filter(|d| d[1].contains("simple")).count(),
        ),
    ] {
        let o = browser(&bin, &["--dump-dom"], &format!("{url}#{filter}"));
        let dom = String::from_utf8_lossy(&o.stdout);
        let shown = dom
            .split("<tr data-status=")
            .skip(1)
            .filter(|r| !r.split_once('>').unwrap().0.contains("hidden"))
            .count();
        assert_eq!(shown, want, "#{filter}");
        assert!(
            dom.contains(&format!("<span id=\"shown\">{want}</span>")),
            "#{filter}: count"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}

/// Share of the pixels of a PNG that are not near-white.
fn image_ink(png: &Path) -> f64 {
    let pix = resvg::tiny_skia::Pixmap::load_png(png).unwrap();
    let dark = pix
        .pixels()
        .iter()
        .filter(|p| u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue()) < 600)
        .count();
    dark as f64 / pix.pixels().len().max(1) as f64
}
