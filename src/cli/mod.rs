//! The `yusuan` command line: arguments ([`args`]), the commands that show a PDF
//! ([`show`]), the dataset commands ([`extract`]) and the batch's progress ([`progress`]).

use std::process::ExitCode;

use clap::Parser;

mod args;
mod extract;
mod inspect;
mod progress;
mod show;

use args::{Cli, Command};

/// Exit codes, documented in the README (2 is clap's, for a usage error). A script can tell
/// a run that failed (1: its output is missing or incomplete) from one that did its work on
/// inputs that were not all ok (4: every input is a row with its status, or said on stderr).
const EXIT_FAILED: u8 = 1;
const EXIT_NO_TEXT: u8 = 3;
const EXIT_NOT_OK: u8 = 4;
/// `extract --out DIR` while another run holds DIR.
const EXIT_IN_USE: u8 = 5;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Text {
            files,
            pages,
            limits,
        } => {
            // Every file is tried; the exit code reports the worst outcome.
            let mut worst: Result<u8, String> = Ok(0);
            for file in files {
                match show::text(file, pages.as_ref(), limits) {
                    Ok(code) => {
                        if matches!(worst, Ok(w) if code > w) {
                            worst = Ok(code);
                        }
                    }
                    Err(msg) => {
                        eprintln!("yusuan: {msg}");
                        worst = Err(String::new());
                    }
                }
            }
            worst
        }
        Command::Glyphs {
            file,
            page,
            json,
            limits,
        } => show::glyphs(file, *page, *json, limits),
        Command::Tables {
            file,
            pages,
            json,
            limits,
        } => show::tables(file, pages.as_ref(), *json, limits),
        Command::Extract(args) => extract::extract(args),
        Command::Inspect {
            file,
            page,
            output,
            dpi,
            limits,
        } => inspect::inspect(file, *page, output.as_deref(), *dpi, limits),
        Command::Merge(args) => extract::merge(args),
        Command::Catalogue { inputs, check } => {
            extract::catalogue(inputs, check.as_ref().map(|c| c.as_deref()))
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("yusuan: {msg}");
            }
            ExitCode::from(EXIT_FAILED)
        }
    }
}
