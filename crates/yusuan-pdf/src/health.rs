//! What became of one file: a [`Status`] and a message for every input, the pages that could
//! be read, and the pages that could not. Scraped archives are full of broken files; a batch
//! reads each with [`read_file`] and lists every outcome, so nothing is lost silently.
//!
//! Every page is read with [`Document::page_with_damage`] under a `catch_unwind`, the last
//! line of defence: a page that fails, is damaged or panics makes the file
//! [`Status::Partial`] and is listed in [`Outcome::failed_pages`]; the other pages are kept,
//! and so is whatever a damaged page yielded. A panic still prints through the process's
//! panic hook (a batch that wants quiet stderr installs its own hook).

use std::any::Any;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::document::{Document, Limits};
use super::error::{Error, Result};
use super::input::{self, Refused};
use super::page::PageContent;

/// The outcome of one file, as written into `documents.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every page was read.
    Ok,
    /// Some pages were read, others failed (listed in [`Outcome::failed_pages`]).
    Partial,
    /// Pages were read but carry no text, only images: a scan.
    NoTextLayer,
    /// Encrypted with a password we do not have (the empty user password was tried).
    Encrypted,
    /// Not a PDF (empty, an HTML page, …) or too damaged to find any page in it.
    InvalidPdf,
    /// [`Limits::max_time`] ran out; the pages read before are kept.
    Timeout,
    /// Beyond [`Limits::max_memory`]: a file larger than it (not read at all), or pages that
    /// hold more (the pages read before are kept).
    TooLarge,
    /// Anything else: the file could not be read from disk, or the PDF library failed.
    Error,
    /// A bug: a panic inside yusuan was caught. The file's message says where.
    #[serde(rename = "internal_error")]
    Internal,
}

impl Status {
    /// The status as written in `documents.csv` (the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Partial => "partial",
            Status::NoTextLayer => "no_text_layer",
            Status::Encrypted => "encrypted",
            Status::InvalidPdf => "invalid_pdf",
            Status::Timeout => "timeout",
            Status::TooLarge => "too_large",
            Status::Error => "error",
            Status::Internal => "internal_error",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What was read from one file.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: Status,
    /// One line for a person: why the file failed, which pages failed, how it was repaired.
    /// Empty for a clean [`Status::Ok`].
    pub message: String,
    /// Pages the document has (0 when it could not be opened).
    pub page_count: u32,
    /// The pages that were read, in order (each knows its [`PageContent::number`]). A
    /// damaged page that still yielded something (glyphs, images, rulings) is kept here too,
    /// and also listed in `failed_pages`: what it shows is real, but it may lack the rest.
    pub pages: Vec<PageContent>,
    /// The pages that were not read, or read only in part, with the reason: 1-based number,
    /// message.
    pub failed_pages: Vec<(u32, String)>,
}

impl Outcome {
    fn failed(status: Status, message: String) -> Outcome {
        Outcome {
            status,
            message,
            page_count: 0,
            pages: Vec::new(),
            failed_pages: Vec::new(),
        }
    }
}

/// Reads a file: opens it under `limits` and interprets every page. Never panics and never
/// fails: every problem is in the returned [`Outcome`].
pub fn read_file(path: &Path, limits: Limits) -> Outcome {
    match input::read(path, limits.max_memory as u64) {
        Ok(bytes) => read_bytes(&bytes, limits),
        Err(refused) => refused_outcome(refused),
    }
}

/// The outcome of a file [`input::read`] would not read: `error` (not a regular file, or
/// the file system failed), `invalid_pdf` (no header) or `too_large`.
pub fn refused_outcome(refused: Refused) -> Outcome {
    let (status, message) = match refused {
        Refused::NotRegular(kind) => (
            Status::Error,
            format!("not a regular file: {kind}; not read"),
        ),
        Refused::NotPdf { head, size } => (Status::InvalidPdf, not_pdf_message(&head, size)),
        Refused::TooLarge { size, limit } => (
            Status::TooLarge,
            format!(
                "file of {} is larger than the memory limit of {} per file; not read",
                input::size_text(size),
                input::size_text(limit)
            ),
        ),
        Refused::Io(e) => (Status::Error, format!("cannot read file: {e}")),
    };
    Outcome::failed(status, message)
}

/// [`read_file`] for a file already in memory.
pub fn read_bytes(bytes: &[u8], limits: Limits) -> Outcome {
    if bytes.is_empty() {
        return Outcome::failed(Status::InvalidPdf, "empty file (0 bytes)".to_string());
    }
    let opened = catch_unwind(AssertUnwindSafe(|| {
        Document::from_bytes_with(bytes, limits)
    }));
    let doc = match opened {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => return open_failure(bytes, e),
        Err(panic) => {
            return Outcome::failed(
                Status::Internal,
                format!("internal error while loading: {}", panic_message(&*panic)),
            );
        }
    };
    read_pages(&doc)
}

/// The reading of one page ([`read_page`]): the page and its damage, an error, or a caught
/// panic. [`read_pages_with`] turns the readings of all pages into an [`Outcome`].
pub struct PageRead(std::thread::Result<Result<(PageContent, Vec<String>)>>);

/// Reads page `n` (1-based) under the document's time limit, a panic caught. The page's
/// memory counts against [`Limits::max_memory`](super::Limits::max_memory) until the caller
/// gives it back ([`Document::release`]).
pub fn read_page(doc: &Document, n: u32) -> PageRead {
    PageRead(match doc.check_deadline() {
        Ok(()) => catch_unwind(AssertUnwindSafe(|| {
            let read = doc.page_with_damage(n);
            if let Ok((page, _)) = &read {
                doc.hold(page.held_bytes());
            }
            read
        })),
        Err(e) => Ok(Err(e)),
    })
}

/// Interprets every page of an open document (see [`read_file`]), one after the other.
pub fn read_pages(doc: &Document) -> Outcome {
    read_pages_with(doc, |numbers, read| numbers.iter().map(read).collect())
}

/// [`read_pages`] with the pages shared out by `map`: given the page numbers and the function
/// that reads one, it returns their readings in the same order, on whatever threads it likes.
/// The caller decides the parallelism; this crate starts no thread. The outcome is the same
/// whatever `map` does, as long as it keeps the order.
pub fn read_pages_with<M>(doc: &Document, map: M) -> Outcome
where
    M: Fn(&[u32], &(dyn Fn(&u32) -> PageRead + Sync)) -> Vec<PageRead>,
{
    let mut reader = Reader::new(doc);
    let mut pages = Vec::new();
    while !reader.done() {
        pages.extend(reader.window(usize::MAX, &map));
    }
    let mut outcome = reader.finish();
    outcome.pages = pages;
    outcome
}

/// Why reading stopped before the last page.
enum Stop {
    /// The time limit, at page n.
    Timeout(u32, String),
    /// The memory limit, at page n.
    TooLarge(u32, String),
}

/// Reads a document's pages a window at a time ([`Reader::window`]) and keeps the account of
/// what failed, so that a long document need not be held whole: the caller takes each
/// window's pages, and gives their memory back with [`Document::release`] once it is done with
/// them. [`Reader::finish`] gives the outcome (without the pages).
pub struct Reader<'d> {
    doc: &'d Document,
    /// The next page to read (1-based).
    next: u32,
    page_count: u32,
    /// Pages kept so far, and how many of them carry text or are only images.
    kept: usize,
    with_text: usize,
    image_only: usize,
    failed_pages: Vec<(u32, String)>,
    /// Numbers of the kept pages that are also in `failed_pages` (read in part).
    incomplete: usize,
    stop: Option<Stop>,
    panicked: bool,
}

impl<'d> Reader<'d> {
    pub fn new(doc: &'d Document) -> Reader<'d> {
        Reader {
            doc,
            next: 1,
            page_count: doc.page_count(),
            kept: 0,
            with_text: 0,
            image_only: 0,
            failed_pages: Vec::new(),
            incomplete: 0,
            stop: None,
            panicked: false,
        }
    }

    /// Whether every page has been read, or reading stopped (time or memory limit).
    pub fn done(&self) -> bool {
        self.stop.is_some() || self.next > self.page_count
    }

    /// Reads the next `size` pages (fewer at the end), shared out by `map` as in
    /// [`read_pages_with`], and returns those kept, in order. Empty once [`Reader::done`].
    pub fn window<M>(&mut self, size: usize, map: M) -> Vec<PageContent>
    where
        M: FnOnce(&[u32], &(dyn Fn(&u32) -> PageRead + Sync)) -> Vec<PageRead>,
    {
        if self.done() {
            return Vec::new();
        }
        let last = u32::try_from(size)
            .unwrap_or(u32::MAX)
            .saturating_add(self.next - 1)
            .min(self.page_count);
        let numbers: Vec<u32> = (self.next..=last).collect();
        self.next = last + 1;
        let doc = self.doc;
        let mut results = map(&numbers, &|&n| read_page(doc, n)).into_iter();
        let mut pages = Vec::new();
        for n in numbers {
            // A `map` that returned too few readings must not lose pages silently.
            let result = results.next().map_or_else(
                || Err(Box::new("no reading returned for the page") as Box<dyn Any + Send>),
                |r| r.0,
            );
            match result {
                Ok(Ok((page, damage))) => {
                    let complete = damage.is_empty();
                    if !complete {
                        self.failed_pages.push((n, damage.join("; ")));
                    }
                    let yielded = !page.glyphs.is_empty()
                        || page.undecoded > 0
                        || page.images > 0
                        || !page.rulings.is_empty();
                    if complete || yielded {
                        self.kept += 1;
                        self.incomplete += usize::from(!complete);
                        self.with_text += usize::from(!page.glyphs.is_empty());
                        self.image_only += usize::from(page.is_image_only());
                        pages.push(page);
                    } else {
                        doc.release(page.held_bytes());
                    }
                }
                Ok(Err(e @ (Error::Timeout(_) | Error::TooLarge(_)))) => {
                    let msg = e.to_string();
                    self.failed_pages
                        .extend((n..=self.page_count).map(|m| (m, msg.clone())));
                    self.stop = Some(match e {
                        Error::Timeout(_) => Stop::Timeout(n, msg),
                        _ => Stop::TooLarge(n, msg),
                    });
                    // Pages after it may have been read in parallel: they are not kept.
                    for r in results.by_ref() {
                        if let Ok(Ok((page, _))) = r.0 {
                            doc.release(page.held_bytes());
                        }
                    }
                    break;
                }
                Ok(Err(e)) => self.failed_pages.push((n, e.to_string())),
                Err(panic) => {
                    self.panicked = true;
                    self.failed_pages.push((
                        n,
                        format!("internal error (panic): {}", panic_message(&*panic)),
                    ));
                }
            }
        }
        pages
    }

    /// The caller ran out of time (`e`, [`Document::check_deadline`]'s error) at page `n`,
    /// read but not yet done with (its tables, its analysis): reading ends as if the time
    /// limit had struck when page `n` was read. `dropped` pages read and returned by
    /// [`Reader::window`] (page `n` and those after it) are not kept after all.
    pub fn ran_out(&mut self, n: u32, dropped: usize, e: &Error) {
        let msg = e.to_string();
        self.failed_pages.retain(|(m, _)| *m < n);
        self.failed_pages
            .extend((n..=self.page_count).map(|m| (m, msg.clone())));
        self.kept = self.kept.saturating_sub(dropped);
        self.stop = Some(Stop::Timeout(n, msg));
    }

    /// The outcome of the pages read (its `pages` empty: they went to the caller window by
    /// window).
    pub fn finish(self) -> Outcome {
        let doc = self.doc;
        let page_count = self.page_count;
        let failed_pages = self.failed_pages;
        let mut notes = Vec::new();
        if doc.pages_capped() {
            notes.push(format!(
                "more than {} pages: only the first {page_count} read (the page limit)",
                doc.limits().max_pages
            ));
        }
        let status = match self.stop {
            Some(Stop::Timeout(n, msg)) => {
                notes.push(format!(
                    "{msg} at page {n} of {page_count}; {} pages kept",
                    self.kept
                ));
                Status::Timeout
            }
            Some(Stop::TooLarge(n, msg)) => {
                notes.push(format!(
                    "{msg} at page {n} of {page_count}; {} pages kept",
                    self.kept
                ));
                Status::TooLarge
            }
            None if self.kept == 0 => {
                let mut what = vec![if page_count == 0 {
                    "no pages found (no usable page tree and no /Page objects)".to_string()
                } else {
                    format!(
                        "no page could be read ({page_count} pages): {}",
                        describe_failures(&failed_pages)
                    )
                }];
                what.extend(doc.losses().iter().cloned());
                notes.push(what.join("; "));
                if self.panicked {
                    Status::Internal
                } else {
                    Status::InvalidPdf
                }
            }
            None if !failed_pages.is_empty() || doc.pages_capped() || !doc.losses().is_empty() => {
                let incomplete = self.incomplete;
                let unread = failed_pages.len() - incomplete;
                let counts = match (unread, incomplete) {
                    (0, 0) => None, // only the page limit, or losses outside the pages
                    (0, i) => Some(format!("{i} of {page_count} pages incomplete")),
                    (u, 0) => Some(format!("{u} of {page_count} pages not read")),
                    (u, i) => Some(format!(
                        "{u} of {page_count} pages not read, {i} incomplete"
                    )),
                };
                if let Some(counts) = counts {
                    notes.push(format!("{counts}: {}", describe_failures(&failed_pages)));
                }
                notes.extend(doc.losses().iter().cloned());
                Status::Partial
            }
            None if self.with_text == 0 && self.image_only > 0 => {
                notes.push("no text layer: the pages are images (a scan)".to_string());
                Status::NoTextLayer
            }
            None => Status::Ok,
        };
        if let Some(how) = doc.xref_recovery() {
            notes.push(how.to_string());
        }
        Outcome {
            status,
            message: notes.join("; "),
            page_count,
            pages: Vec::new(),
            failed_pages,
        }
    }
}

/// "page 3: content stream 12 0 R is missing; page 5: …", at most three pages spelt out.
fn describe_failures(failed: &[(u32, String)]) -> String {
    let mut parts: Vec<String> = failed
        .iter()
        .take(3)
        .map(|(n, m)| format!("page {n}: {m}"))
        .collect();
    if failed.len() > 3 {
        parts.push(format!("{} more", failed.len() - 3));
    }
    parts.join("; ")
}

fn open_failure(bytes: &[u8], e: Error) -> Outcome {
    let (status, message) = match e {
        Error::NotPdf => (
            Status::InvalidPdf,
            not_pdf_message(bytes, bytes.len() as u64),
        ),
        Error::Encrypted => (
            Status::Encrypted,
            "encrypted: the empty user password does not open it and no other is known".to_string(),
        ),
        Error::Invalid(m) => (Status::InvalidPdf, format!("invalid PDF: {m}")),
        Error::Timeout(_) => (Status::Timeout, e.to_string()),
        Error::TooLarge(_) => (Status::TooLarge, e.to_string()),
        other => (Status::Error, other.to_string()),
    };
    Outcome::failed(status, message)
}

/// Says what a file without a `%PDF-` header looks like (from its first bytes; `size` is the
/// whole file's): an HTML error page saved as .pdf is the common case in scraped archives.
fn not_pdf_message(bytes: &[u8], size: u64) -> String {
    let head = bytes.get(..bytes.len().min(512)).unwrap_or_default();
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = lower.trim_start_matches('\u{feff}').trim_start();
    let kind = if text.starts_with("<!doctype html") || text.contains("<html") {
        "an HTML page"
    } else if text.starts_with("<?xml") || text.starts_with('<') {
        "an XML or HTML document"
    } else if text.starts_with('{') || text.starts_with('[') {
        "JSON"
    } else if head.starts_with(b"PK\x03\x04") {
        "a ZIP archive (an Office document?)"
    } else if head.starts_with(b"\xd0\xcf\x11\xe0") {
        "an old Office document (OLE)"
    } else if head.iter().all(|&b| b == 0) {
        "all zero bytes"
    } else {
        "unknown content"
    };
    let shown: String =
        String::from_utf8_lossy(bytes.get(..bytes.len().min(24)).unwrap_or_default())
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
    format!(
        "not a PDF: {kind}, no %PDF- header (starts with {:?}, {} bytes)",
        shown.trim(),
        size
    )
}

fn panic_message(panic: &(dyn Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}
