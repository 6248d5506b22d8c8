//! `report/index.html`: every document of the batch with its status and counts, filtered by
//! status, by the worst check and by file name. Made from the dataset's rows, in input order,
//! as the writer adds them.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use super::html::{esc, page, select, status_class};
use crate::budget::checks::Status;
use crate::dataset::Rows;

/// The longest folder prefix (ending in `/`) the files share, so that the list shows what
/// tells them apart.
fn common_dir<'a>(mut files: impl Iterator<Item = &'a str>) -> &'a str {
    let Some(first) = files.next() else {
        return "";
    };
    let mut len = first.rfind('/').map_or(0, |i| i + 1);
    for f in files {
        let same = first
            .bytes()
            .zip(f.bytes())
            .take(len)
            .take_while(|(a, b)| a == b)
            .count();
        len = first
            .get(..same)
            .and_then(|p| p.rfind('/'))
            .map_or(0, |i| i + 1);
    }
    first.get(..len).unwrap_or("")
}

/// One document's line.
struct Line {
    doc_id: String,
    file: String,
    status: &'static str,
    error: String,
    kind: String,
    year: String,
    body: String,
    pages: u32,
    tables: usize,
    items: usize,
    fail: usize,
    rounding: usize,
    pass: usize,
}

impl Line {
    /// The worst check: fail, rounding, or clean.
    fn severity(&self) -> &'static str {
        if self.fail > 0 {
            "fail"
        } else if self.rounding > 0 {
            "rounding"
        } else {
            "clean"
        }
    }
}

/// The index being gathered.
#[derive(Default)]
pub struct Index {
    lines: Vec<Line>,
}

impl Index {
    /// Adds one document (its rows as the dataset has them).
    pub fn add(&mut self, rows: &Rows) {
        let Some(d) = rows.documents.first() else {
            return;
        };
        let count = |s: Status| rows.checks.iter().filter(|c| c.status == s).count();
        self.lines.push(Line {
            doc_id: d.doc_id.clone(),
            file: d.file.clone(),
            status: d.status.as_str(),
            error: d.error.clone(),
            kind: d
                .doc_kind
                .map(|k| k.as_str().to_string())
                .unwrap_or_default(),
            year: d.year.map(|y| y.to_string()).unwrap_or_default(),
            body: d.body.clone().unwrap_or_default(),
            pages: d.pages,
            tables: rows.tables.len(),
            items: rows.items.len(),
            fail: count(Status::Fail),
            rounding: count(Status::Rounding),
            pass: count(Status::Pass),
        });
    }

    /// Writes `report/index.html`.
    pub fn finish(self, out: &Path) -> io::Result<()> {
        let html = self.html();
        super::write_atomic(&super::dir(out).join("index.html"), html.as_bytes())
    }

    fn html(&self) -> String {
        let l = &self.lines;
        let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
        for x in l {
            *by_status.entry(x.status).or_default() += 1;
        }
        let sum = |f: fn(&Line) -> usize| l.iter().map(f).sum::<usize>();
        let mut b = String::from("<h1>yusuan report</h1>");
        let common = common_dir(l.iter().map(|x| x.file.as_str()));
        let statuses: Vec<String> = by_status.iter().map(|(s, n)| format!("{n} {s}")).collect();
        b.push_str(&format!(
            "<p class=\"meta\">{} documents ({}), {} pages, {} tables, {} amounts; checks: {} failed, {} within rounding, {} passed. \
             Files under <code>{}</code>; click one for its tables as printed and its failed checks, each linked to a picture of the page.</p>",
            l.len(),
            esc(&statuses.join(", ")),
            l.iter().map(|x| u64::from(x.pages)).sum::<u64>(),
            sum(|x| x.tables),
            sum(|x| x.items),
            sum(|x| x.fail),
            sum(|x| x.rounding),
            sum(|x| x.pass),
            esc(common),
        ));
        let status_opts: Vec<(String, String)> = by_status
            .iter()
            .map(|(s, n)| (s.to_string(), format!("{s} ({n})")))
            .collect();
        let sev = |s: &str| l.iter().filter(|x| x.severity() == s).count();
        let sev_opts = [
            ("fail", "failed checks"),
            ("rounding", "rounding differences only"),
            ("clean", "every check passed"),
        ]
        .map(|(v, t)| (v.to_string(), format!("{t} ({})", sev(v))));
        b.push_str("<p class=\"filters\">");
        b.push_str(&select("status", "Status", &status_opts));
        b.push_str(&select("severity", "Worst check", &sev_opts));
        b.push_str(
            "<label>File <input data-filter=\"text\" size=\"24\" placeholder=\"part of the name\"></label>\
             <span id=\"shown\"></span> shown</p>",
        );
        b.push_str(
            "<table class=\"list\"><thead><tr><th>file</th><th>status</th><th>kind</th><th>year</th><th>body</th>\
             <th>pages</th><th>tables</th><th>amounts</th><th>failed checks</th><th>rounding</th><th>passed</th></tr></thead><tbody data-rows>",
        );
        for x in l {
            let name = esc(x.file.get(common.len()..).unwrap_or(&x.file));
            let file = if x.doc_id.is_empty() {
                name
            } else {
                format!("<a href=\"doc/{}.html\">{name}</a>", x.doc_id)
            };
            let status = if x.error.is_empty() {
                esc(x.status)
            } else {
                format!("<span title=\"{}\">{}</span>", esc(&x.error), esc(x.status))
            };
            b.push_str(&format!(
                "<tr data-status=\"{}\" data-severity=\"{}\" data-text=\"{}\"><td>{file}</td><td class=\"{}\">{status}</td>\
                 <td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
                 <td class=\"num{}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                x.status,
                x.severity(),
                esc(&x.file),
                status_class(x.status),
                esc(&x.kind),
                esc(&x.year),
                esc(&x.body),
                x.pages,
                x.tables,
                x.items,
                if x.fail > 0 { " fail" } else { "" },
                x.fail,
                x.rounding,
                x.pass,
            ));
        }
        b.push_str("</tbody></table>");
        page("yusuan report", &b)
    }
}

#[cfg(test)]
mod tests {
    use super::common_dir;

    #[test]
    fn common_folder_of_the_files() {
        let f = ["a/b/c.pdf", "a/b/d/e.pdf", "a/bx.pdf"];
        assert_eq!(common_dir(f.into_iter()), "a/");
        assert_eq!(common_dir(["a/b/c.pdf", "a/b/d.pdf"].into_iter()), "a/b/");
        assert_eq!(common_dir(["x.pdf", "a/y.pdf"].into_iter()), "");
        assert_eq!(common_dir(["a/b/c.pdf"].into_iter()), "a/b/");
    }
}
