//! The text of an image-only page by OCR, read only to name a scanned document (its kind,
//! year and government, which a scan's cover prints): never for tables, amounts or
//! statements, whose figures must be exactly what the page prints.
//!
//! No Rust crate recognises Chinese print without downloading models at run time, so this
//! drives two programs from the system's package registry when they are installed:
//! poppler's `pdftoppm` renders the page (every image filter a scan uses, JBIG2 included) and
//! `tesseract` with its `chi_sim` data reads it (Debian: poppler-utils, tesseract-ocr,
//! tesseract-ocr-chi-sim). Without them a scan keeps an empty identity, as before.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

/// The page is rendered with its longer side this many pixels (about 150 dpi on A4: a
/// cover's title, set at 14 pt or more, reads well), and only its top half is read, where a
/// cover prints its title: a quarter of the whole page's reading time.
const SIDE: u32 = 1700;

/// Whether both programs are installed, tesseract with its Simplified Chinese data (asked
/// once per process).
pub fn available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let runs = |cmd: &str, arg: &str| {
            Command::new(cmd)
                .arg(arg)
                .stdin(Stdio::null())
                .output()
                .ok()
                .filter(|o| o.status.success())
        };
        let langs = runs("tesseract", "--list-langs")
            .map(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .any(|l| l.trim() == "chi_sim")
            })
            .unwrap_or(false);
        langs && runs("pdftoppm", "-v").is_some()
    })
}

/// The text tesseract reads on page `page` (1-based) of the PDF `pdf`, or None when the
/// programs are missing, fail, or take longer than `limit` (both are then killed).
pub fn page_text(pdf: &[u8], page: u32, limit: Duration) -> Option<String> {
    if !available() {
        return None;
    }
    let n = page.to_string();
    let (side, half) = (SIDE.to_string(), (SIDE / 2).to_string());
    let mut render = Command::new("pdftoppm")
        .args(["-gray", "-singlefile", "-f", &n, "-l", &n])
        .args([
            "-scale-to",
            &side,
            "-x",
            "0",
            "-y",
            "0",
            "-W",
            &side,
            "-H",
            &half,
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let pixels = render.stdout.take()?;
    // One thread: the batch already reads a file per core.
    let read = Command::new("tesseract")
        .args(["stdin", "stdout", "-l", "chi_sim"])
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(pixels)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut read) = read else {
        let _ = render.kill();
        let _ = render.wait();
        return None;
    };
    // The PDF goes in and the text comes out on threads of their own, so that neither pipe
    // can fill and block the other while the deadline is watched here.
    let mut input = render.stdin.take()?;
    let bytes = pdf.to_vec();
    let writer = thread::spawn(move || input.write_all(&bytes));
    let mut output = read.stdout.take()?;
    let reader = thread::spawn(move || {
        let mut text = String::new();
        output.read_to_string(&mut text).map(|_| text)
    });
    let finished = wait_all(&mut [&mut render, &mut read], Instant::now() + limit);
    let _ = writer.join();
    let text = reader.join().ok()?.ok()?;
    finished.then_some(text)
}

/// Waits for every child until `deadline`; past it, kills those still running. True when all
/// ended in time and successfully.
fn wait_all(children: &mut [&mut Child], deadline: Instant) -> bool {
    let mut ok = true;
    let mut running = vec![true; children.len()];
    loop {
        for (child, run) in children.iter_mut().zip(running.iter_mut()) {
            if !*run {
                continue;
            }
            match child.try_wait() {
                Ok(Some(status)) => {
                    ok &= status.success();
                    *run = false;
                }
                Ok(None) => {}
                Err(_) => {
                    ok = false;
                    *run = false;
                }
            }
        }
        if !running.contains(&true) {
            return ok;
        }
        if Instant::now() >= deadline {
            for c in children.iter_mut() {
                let _ = c.kill();
                let _ = c.wait();
            }
            return false;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_pdf_gives_no_text_and_returns() {
        // Whether or not the programs are installed: no text, no hang, no panic.
        let started = Instant::now();
        assert_eq!(page_text(b"not a pdf", 1, Duration::from_secs(20)), None);
        assert!(started.elapsed() < Duration::from_secs(20));
    }

    #[test]
    fn a_deadline_kills_the_programs() {
        let mut sleeper = Command::new("sleep").arg("5").spawn().unwrap();
        let started = Instant::now();
        assert!(!wait_all(
            &mut [&mut sleeper],
            Instant::now() + Duration::from_millis(100)
        ));
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(sleeper.try_wait().unwrap().is_some());
    }
}
