//! Text speed: `yusuan text` against `pdftotext -layout`, both as command-line processes, one
//! file at a time on one core, over the same files, in one run. Runs alternate between the
//! tools and the best of `repeat` rounds is kept, so machine noise hits both alike.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{pdfs, tool_available};

fn time_all(files: &[PathBuf], cmd: &dyn Fn(&Path) -> Command) -> Duration {
    let start = Instant::now();
    for f in files {
        let _ = cmd(f).stdout(Stdio::null()).stderr(Stdio::null()).status();
    }
    start.elapsed()
}

fn yusuan_bin() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let p = exe.parent()?.join("yusuan");
    p.exists().then_some(p)
}

pub fn run(dir: &Path, repeat: usize) -> (String, Value) {
    let mut md = String::from(
        "## Text speed (`yusuan text` vs `pdftotext -layout`, one process per file, one core)\n\n",
    );
    let Some(bin) = yusuan_bin() else {
        md.push_str("Skipped: the yusuan binary is not built beside the scorecard (`cargo build --release`).\n");
        return (md, json!({"skipped": "yusuan binary missing"}));
    };
    if !tool_available("pdftotext") {
        md.push_str("Skipped: `pdftotext` is not installed.\n");
        return (md, json!({"skipped": "pdftotext not installed"}));
    }
    let files = pdfs(dir);
    let pages: u64 = files
        .iter()
        .filter_map(|f| yusuan::pdf::Document::open(f).ok())
        .map(|d| u64::from(d.page_count()))
        .sum();
    let ours = |f: &Path| {
        let mut c = Command::new(&bin);
        c.arg("text").arg(f);
        c
    };
    let poppler = |f: &Path| {
        let mut c = Command::new("pdftotext");
        c.arg("-layout").arg(f).arg("-");
        c
    };
    let (mut best_ours, mut best_poppler) = (Duration::MAX, Duration::MAX);
    for _ in 0..repeat.max(1) {
        best_ours = best_ours.min(time_all(&files, &ours));
        best_poppler = best_poppler.min(time_all(&files, &poppler));
    }
    let (o, p) = (best_ours.as_secs_f64(), best_poppler.as_secs_f64());
    let ratio = if o > 0.0 { p / o } else { 0.0 };
    let _ = writeln!(
        md,
        "{} files, {} pages of {}: yusuan {:.3} s ({:.0} pages/s), pdftotext -layout {:.3} s ({:.0} pages/s): \
         **yusuan is {:.2}x the speed of pdftotext** (best of {} rounds).\n",
        files.len(),
        pages,
        dir.display(),
        o,
        pages as f64 / o.max(1e-9),
        p,
        pages as f64 / p.max(1e-9),
        ratio,
        repeat
    );
    let value = json!({"files": files.len(), "pages": pages, "yusuan_s": o, "pdftotext_s": p, "speedup": ratio, "rounds": repeat});
    (md, value)
}
