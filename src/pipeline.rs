//! One file through every layer: PDF -> pages -> tables -> budget analysis, as a
//! [`DocRecord`]. A file that cannot be read becomes a record with its status and message;
//! a panic anywhere inside is caught here, so one bad file never ends a batch.

use std::ops::RangeInclusive;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use std::collections::{BTreeMap, HashSet};

use crate::budget::document::{Analysis, PageText, Sources, Unread, UnreadKind, analyse};
use crate::dataset::DocRecord;
use crate::pdf::document::Limits;
use crate::pdf::input::{self, Refused};
use crate::pdf::{Document, Status, health};
use crate::table::Tables;

/// A file's identity in the dataset: the first 16 hex digits of the SHA-256 of its bytes,
/// so that the same file listed twice, or under another name, is one document.
pub fn doc_id(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn record(file: &Path, id: String) -> DocRecord {
    let (name, raw) = crate::dataset::names::record(file);
    DocRecord {
        version: crate::dataset::VERSION.to_string(),
        doc_id: id,
        file: name,
        file_raw: raw,
        pages: 0,
        producer: String::new(),
        status: Status::Ok,
        error: String::new(),
        analysis: None,
    }
}

/// Processes one file under the default [`Limits`].
pub fn process(file: &Path) -> DocRecord {
    process_with(file, Limits::default())
}

/// Processes one file under `limits`: a file that runs out of [`Limits::max_time`] ends with
/// status `timeout` (the health report's), keeping what was read before. The file is read as
/// [`input::read`] does: regular files only (a FIFO or a device is a row, not a hang), the
/// header first, nothing larger than [`Limits::max_memory`].
pub fn process_with(file: &Path, limits: Limits) -> DocRecord {
    match input::read(file, limits.max_memory as u64) {
        Ok(bytes) => process_bytes(file, &bytes, limits),
        Err(refused) => not_read(file, refused),
    }
}

/// The record of a file that was not read (no doc_id): why, in the health report's words.
pub fn not_read(file: &Path, refused: Refused) -> DocRecord {
    let outcome = health::refused_outcome(refused);
    let mut r = record(file, String::new());
    r.status = outcome.status;
    r.error = outcome.message;
    r
}

/// [`process_with`] for a file already in memory (`file` is only recorded).
pub fn process_bytes(file: &Path, bytes: &[u8], limits: Limits) -> DocRecord {
    process_pages(file, bytes, limits, None, false)
}

/// [`process_bytes`] keeping only the pages in `pages` (1-based ranges; None: all): the
/// others are read (the health report covers the file) but give no table. `ocr`: a document
/// whose first page is an image and whose first pages print no text is named from the text
/// [`crate::ocr`] reads on that page (when its programs are installed).
pub fn process_pages(
    file: &Path,
    bytes: &[u8],
    limits: Limits,
    pages: Option<&[RangeInclusive<u32>]>,
    ocr: bool,
) -> DocRecord {
    let mut r = record(file, doc_id(bytes));
    let opened = catch_unwind(AssertUnwindSafe(|| {
        Document::from_bytes_with(bytes, limits)
    }));
    let Ok(Ok(doc)) = opened else {
        // Say why, in the words of the health report (encrypted, invalid_pdf, …).
        let outcome = health::read_bytes(bytes, limits);
        r.status = outcome.status;
        r.error = outcome.message;
        return r;
    };
    let run = || {
        let mut r = r.clone();
        r.pages = doc.page_count();
        r.producer = doc
            .info("Producer")
            .or_else(|| doc.info("Creator"))
            .unwrap_or_default();
        let ocr = ocr.then_some(bytes);
        let (outcome, analysis) = read_and_analyse(&doc, pages, ocr);
        r.status = outcome.status;
        r.error = outcome.message;
        r.analysis = Some(analysis);
        r
    };
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(done) => done,
        Err(_) => {
            r.status = Status::Internal;
            r.error = "internal error while processing (a bug: please report this file)".into();
            r
        }
    }
}

/// Whether a page's running text is too undecodable to read: as many of its characters have
/// no Unicode as have one. Fewer are symbols in a private font (leaders of a contents page,
/// a chart's labels, bullets), which pdftotext drops as well.
fn text_unreadable(undecoded: u32, decoded: usize) -> bool {
    undecoded >= 20 && undecoded as usize >= decoded
}

/// Pages read, searched for tables and let go this many at a time, so that a long document
/// is never held whole (tables continued across a window's end are merged all the same).
const WINDOW: usize = 64;

/// Every page of `doc` read, its tables found and analysed, a window of pages at a time. What
/// the pages cannot show is added to the health report: undecodable characters on the pages
/// of tables make the file `partial` (an amount may have lost a digit), and so does a page of
/// running text that is largely undecodable (its stated figures cannot be read). `ocr`: the
/// file's bytes, to read a scanned cover by OCR.
fn read_and_analyse(
    doc: &Document,
    selected: Option<&[RangeInclusive<u32>]>,
    ocr: Option<&[u8]>,
) -> (health::Outcome, Analysis) {
    let mut reader = health::Reader::new(doc);
    let mut tables = Tables::default();
    let mut texts = Vec::new();
    let mut undecoded = BTreeMap::new();
    let mut unreadable_text = Vec::new();
    let mut cover_is_image = false;
    // The time limit is asked before each page of each step, not only while pages are read:
    // finding the tables of a window of pages may take longer than reading them.
    let expired = || doc.check_deadline().is_err();
    while !reader.done() {
        let pages = reader.window(WINDOW, |numbers, read| crate::share::map(numbers, read));
        let held: usize = pages.iter().map(|p| p.held_bytes()).sum();
        let mut pages = pages;
        if let Some(sel) = selected {
            pages.retain(|p| sel.iter().any(|s| s.contains(&p.number)));
        }
        cover_is_image |= pages
            .first()
            .is_some_and(|p| p.number == 1 && p.is_image_only());
        let numbers: Vec<(u32, u32)> = pages.iter().map(|p| (p.number, p.undecoded)).collect();
        unreadable_text.extend(
            pages
                .iter()
                .filter(|p| text_unreadable(p.undecoded, p.glyphs.len()))
                .map(|p| p.number),
        );
        let mut window: Vec<PageText> =
            crate::share::map(&pages, |p| (!expired()).then(|| PageText::of(p)))
                .into_iter()
                .map_while(|t| t)
                .collect();
        pages.truncate(window.len());
        let cells = tables.add_until(pages, &expired);
        window.truncate(cells.len());
        // Pages taken in order: those left when time ran out are the window's tail.
        if let (Some(&(n, _)), Err(e)) = (numbers.get(cells.len()), doc.check_deadline()) {
            reader.ran_out(n, numbers.len() - cells.len(), &e);
        }
        undecoded.extend(
            numbers
                .iter()
                .take(cells.len())
                .filter(|(_, u)| *u > 0)
                .copied(),
        );
        // The running text is what lies outside the tables' cells (statements are read there).
        for (t, c) in window.iter_mut().zip(&cells) {
            t.keep_outside(c);
        }
        texts.extend(window);
        doc.release(held);
    }
    let mut outcome = reader.finish();
    let tables = tables.finish();
    let lost: Vec<String> = undecoded
        .iter()
        .filter(|(n, _)| tables.iter().any(|t| t.pages.contains(n)))
        .map(|(n, count)| format!("page {n}: {count}"))
        .collect();
    let text_lost: Vec<String> = unreadable_text
        .iter()
        .filter(|n| !tables.iter().any(|t| t.pages.contains(n)))
        .map(u32::to_string)
        .collect();
    let mut notes = Vec::new();
    if !lost.is_empty() {
        notes.push(format!(
            "undecodable characters on pages with tables (an amount may be incomplete): {}",
            lost.join(", ")
        ));
    }
    if !text_lost.is_empty() {
        notes.push(format!(
            "text mostly undecodable (its stated figures are not read) on pages {}",
            text_lost.join(", ")
        ));
    }
    if !notes.is_empty() {
        let note = notes.join("; ");
        if outcome.status == Status::Ok {
            outcome.status = Status::Partial;
        }
        outcome.message = if outcome.message.is_empty() {
            note
        } else {
            format!("{note}; {}", outcome.message)
        };
    }
    let info_title = doc.info("Title");
    let front_blank = texts.iter().take(3).all(|t| t.text.trim().is_empty());
    let cover = ocr
        .filter(|_| cover_is_image && front_blank)
        .and_then(|bytes| crate::ocr::page_text(bytes, 1, OCR_TIME));
    if cover.is_some() {
        add_note(
            &mut outcome,
            "identity read from page 1 by OCR (tesseract)".into(),
        );
    }
    let sources = Sources {
        info_title: info_title.as_deref(),
        cover: cover.as_deref(),
    };
    let analysis = analyse(&texts, tables, sources);
    if let Some(note) = unread_note(&analysis.unread) {
        // Figures printed in cells the tables could not part into amounts are lost.
        if outcome.status == Status::Ok {
            outcome.status = Status::Partial;
        }
        add_note(&mut outcome, note);
    }
    (outcome, analysis)
}

/// `note` after the outcome's message.
fn add_note(outcome: &mut health::Outcome, note: String) {
    outcome.message = if outcome.message.is_empty() {
        note
    } else {
        format!("{}; {note}", outcome.message)
    };
}

/// `cells printing figures on several lines …: page 3: 2, page 5: 1`, then the malformed
/// figures the same way; None when no cell is ([`Analysis::unread`]): the file is then
/// `partial`.
fn unread_note(unread: &[Unread]) -> Option<String> {
    let notes: Vec<String> = [
        (
            UnreadKind::Stacked,
            "cells printing figures on several lines gave no amount (rows not parted)",
        ),
        (
            UnreadKind::Malformed,
            "cells printing a malformed figure (separators misplaced, or figures run together) gave no amount",
        ),
    ]
    .into_iter()
    .filter_map(|(kind, what)| {
        let mut per_page: BTreeMap<u32, usize> = BTreeMap::new();
        for u in unread.iter().filter(|u| u.kind == kind) {
            *per_page.entry(u.page).or_default() += 1;
        }
        let pages: Vec<String> = per_page
            .iter()
            .map(|(p, n)| format!("page {p}: {n}"))
            .collect();
        (!pages.is_empty()).then(|| format!("{what}: {}", pages.join(", ")))
    })
    .collect();
    (!notes.is_empty()).then(|| notes.join("; "))
}

/// Time for the OCR of one cover: tesseract reads a page in 1-3 s.
const OCR_TIME: std::time::Duration = std::time::Duration::from_secs(30);

/// The PDFs an input names: the file itself, or every `*.pdf` (any case) below a directory,
/// sorted. Links are followed, but a directory is walked once (by device and inode), and a
/// link back up to a directory holding the input (`ln -s .. up`) is not walked: a loop of
/// links ends instead of walking for ever. A file reached by several paths (links, an input
/// given twice) is listed once, under the first path in order.
pub fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut walked = HashSet::new();
    for input in inputs {
        if !input.is_dir() {
            out.push(input.clone());
            continue;
        }
        let root = std::fs::canonicalize(input).unwrap_or_else(|_| input.clone());
        let mut stack = vec![input.clone()];
        while let Some(d) = stack.pop() {
            if !walked.insert(identity(&d)) {
                continue;
            }
            let Ok(entries) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                let link = e.file_type().is_ok_and(|t| t.is_symlink());
                if p.is_dir() {
                    let up = link
                        && std::fs::canonicalize(&p).is_ok_and(|target| root.starts_with(target));
                    if !up {
                        stack.push(p);
                    }
                } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out.dedup();
    // The same file under two paths: the first kept. A path that cannot be looked at (a
    // dangling link, a loop of links) stays, to become a row saying so.
    let mut seen = HashSet::new();
    out.retain(|p| std::fs::metadata(p).is_err() || seen.insert(identity(p)));
    out
}

/// What a path leads to, links followed: its device and inode (on other systems, the path
/// made canonical).
fn identity(p: &Path) -> (u64, u64, PathBuf) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(m) = std::fs::metadata(p) {
            return (m.dev(), m.ino(), PathBuf::new());
        }
    }
    (
        0,
        0,
        std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn doc_id_is_the_sha256_prefix() {
        // SHA-256("abc") = ba7816bf8f01cfea…
        assert_eq!(super::doc_id(b"abc"), "ba7816bf8f01cfea");
    }

    #[test]
    fn unread_cells_are_counted_per_page() {
        let cell = |page, kind| super::Unread {
            page,
            table: 0,
            row: 3,
            col: 2,
            lines: 2,
            text: "500\n100".into(),
            kind,
        };
        let (stacked, malformed) = (super::UnreadKind::Stacked, super::UnreadKind::Malformed);
        assert_eq!(super::unread_note(&[]), None);
        assert_eq!(
            super::unread_note(&[cell(5, stacked), cell(3, stacked), cell(5, stacked)]).as_deref(),
            Some(
                "cells printing figures on several lines gave no amount (rows not parted): \
                 page 3: 1, page 5: 2"
            )
        );
        assert_eq!(
            super::unread_note(&[cell(9, malformed), cell(4, stacked)]).as_deref(),
            Some(
                "cells printing figures on several lines gave no amount (rows not parted): \
                 page 4: 1; cells printing a malformed figure (separators misplaced, or figures \
                 run together) gave no amount: \
                 page 9: 1"
            )
        );
    }
}
