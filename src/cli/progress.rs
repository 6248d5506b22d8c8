//! What `extract` tells while it runs: a progress bar (files, pages, pages/s, failures, ETA)
//! on a terminal, one log line per file otherwise, and a summary at the end; nothing with
//! `--quiet`.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use yusuan::batch::Done;
use yusuan::pdf::Status;

pub struct Progress {
    start: Instant,
    bar: ProgressBar,
    log: bool,
    pages: AtomicU64,
    failures: AtomicU64,
}

impl Progress {
    /// For a batch of `files` files, started at `start`.
    pub fn new(files: usize, quiet: bool, start: Instant) -> Progress {
        let tty = io::stderr().is_terminal();
        let bar = if quiet || !tty {
            ProgressBar::hidden()
        } else {
            let b = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
            b.set_style(
                ProgressStyle::with_template(
                    "{elapsed_precise} [{bar:30}] {pos}/{len} files, {msg} ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            b.enable_steady_tick(std::time::Duration::from_millis(250));
            b
        };
        Progress {
            start,
            bar,
            log: !quiet && !tty,
            pages: AtomicU64::new(0),
            failures: AtomicU64::new(0),
        }
    }

    /// A file is done (called from the workers).
    pub fn done(&self, done: &Done) {
        let pages = self
            .pages
            .fetch_add(u64::from(done.pages), Ordering::Relaxed)
            + u64::from(done.pages);
        if done.status != Status::Ok {
            self.failures.fetch_add(1, Ordering::Relaxed);
        }
        if self.log {
            eprintln!(
                "{}\t{}\t{}{}",
                done.status,
                done.pages,
                done.file.display(),
                if done.resumed { "\t(resumed)" } else { "" }
            );
        }
        let secs = self.start.elapsed().as_secs_f64().max(1e-3);
        self.bar.set_message(format!(
            "{pages} pages, {:.0} pages/s, {} not ok,",
            pages as f64 / secs,
            self.failures.load(Ordering::Relaxed)
        ));
        self.bar.inc(1);
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// The line that ends a batch: files, resumed, ok and not ok by status, pages, amounts, time.
pub fn summary(done: &[Done], start: Instant, out: &Path) -> String {
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for d in done.iter().filter(|d| d.status != Status::Ok) {
        *by_status.entry(d.status.as_str()).or_default() += 1;
    }
    let failed: usize = by_status.values().sum();
    let items: usize = done.iter().map(|d| d.items).sum();
    let pages: u64 = done.iter().map(|d| u64::from(d.pages)).sum();
    let resumed = done.iter().filter(|d| d.resumed).count();
    let not_ok: Vec<String> = by_status.iter().map(|(s, n)| format!("{n} {s}")).collect();
    let mut s = format!(
        "yusuan: {} files ({resumed} resumed), {} ok, {failed} not ok{}; {pages} pages, {items} amounts, {:.1} s -> {}",
        done.len(),
        done.len() - failed,
        if not_ok.is_empty() {
            String::new()
        } else {
            format!(" ({})", not_ok.join(", "))
        },
        start.elapsed().as_secs_f64(),
        out.display()
    );
    // The files that were not ok, by name (the first few: documents.csv has them all).
    let bad: Vec<&Done> = done.iter().filter(|d| d.status != Status::Ok).collect();
    for d in bad.iter().take(MAX_NAMED) {
        s.push_str(&format!(
            "\nyusuan: not ok: {}: {}: {}",
            d.file.display(),
            d.status.as_str(),
            d.error
        ));
    }
    if bad.len() > MAX_NAMED {
        s.push_str(&format!(
            "\nyusuan: … and {} more not ok (documents.csv: status, error)",
            bad.len() - MAX_NAMED
        ));
    }
    s
}

/// Files not ok named at the end of a batch at most.
const MAX_NAMED: usize = 20;
