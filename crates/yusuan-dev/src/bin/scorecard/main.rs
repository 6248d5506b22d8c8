//! The scorecard: quality and speed figures of yusuan on the shared corpus, measured side by
//! side with reference tools in one run. Writes `target/scorecard.md` and `target/scorecard.json`.
//!
//! Sections: text fidelity against pdftotext, robustness (panics and errors over every PDF
//! of ../shared), and text speed against `pdftotext -layout`. Sections whose inputs or
//! reference tools are missing say so and are skipped.

mod facts;
mod fidelity;
mod icdar;
mod robustness;
mod speed;
mod tables;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use serde_json::{Value, json};

#[derive(Parser)]
#[command(about = "Measure yusuan on ../shared and write target/scorecard.{md,json}")]
struct Args {
    /// Folder holding corpus/ and icdar2013/.
    #[arg(long, default_value = "../shared")]
    shared: PathBuf,
    /// Where to write scorecard.md and scorecard.json.
    #[arg(long, default_value = "target")]
    out: PathBuf,
    /// Sections to run (fidelity, robustness, speed, tables, facts, tables-icdar); all by default.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Repetitions of each timing run (the minimum is kept).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
}

/// All PDFs below `dir`, sorted.
pub fn pdfs(dir: &Path) -> Vec<PathBuf> {
    yusuan::pipeline::expand(&[dir.to_path_buf()])
}

/// The JSON files of a golden folder, sorted.
pub fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

/// `part / whole`, 0 when there is no whole.
pub fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

pub fn tool_available(name: &str) -> bool {
    std::process::Command::new(name).arg("-v").output().is_ok()
}

fn main() -> ExitCode {
    let args = Args::parse();
    let corpus = args.shared.join("corpus");
    if !corpus.is_dir() {
        eprintln!(
            "scorecard: {} not found: nothing to measure (run from the project root beside ../shared)",
            corpus.display()
        );
        return ExitCode::from(2);
    }
    let want = |s: &str| args.only.is_empty() || args.only.iter().any(|o| o == s);
    let mut md = String::from("# yusuan scorecard\n\n");
    let mut js = serde_json::Map::new();
    let mut add = |name: &str, (text, value): (String, Value)| {
        md.push_str(&text);
        md.push('\n');
        js.insert(name.to_string(), value);
    };
    if want("fidelity") {
        add("text_fidelity", fidelity::run(&corpus));
    }
    if want("robustness") {
        add("robustness", robustness::run(&args.shared));
    }
    if want("speed") {
        add("text_speed", speed::run(&corpus.join("dept"), args.repeat));
    }
    if want("tables") {
        add("tables", tables::run(&corpus, args.repeat));
    }
    if want("facts") {
        add("facts", facts::run(&corpus));
    }
    if want("tables-icdar") {
        add("tables_icdar", icdar::run(&args.shared));
    }
    let _ = writeln!(md, "_Written by `cargo run --release --bin scorecard`._");
    if let Err(e) = std::fs::create_dir_all(&args.out)
        .and_then(|_| std::fs::write(args.out.join("scorecard.md"), &md))
        .and_then(|_| {
            std::fs::write(
                args.out.join("scorecard.json"),
                format!("{:#}\n", json!(js)),
            )
        })
    {
        eprintln!("scorecard: cannot write {}: {e}", args.out.display());
        return ExitCode::from(1);
    }
    print!("{md}");
    ExitCode::SUCCESS
}
