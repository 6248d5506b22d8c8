//! The dataset commands: `extract` (a batch into the dataset) and `catalogue`.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

use yusuan::batch::{InUse, Options};
use yusuan::dataset::Formats;
use yusuan::dataset::catalogue::{self, Catalogue};
use yusuan::pdf::Status;

use super::args::{ExtractArgs, Format, MergeArgs, read_list};
use super::progress::{Progress, summary};
use super::{EXIT_IN_USE, EXIT_NOT_OK};

pub fn extract(args: &ExtractArgs) -> Result<u8, String> {
    let start = Instant::now();
    let mut inputs = args.inputs.clone();
    if let Some(list) = &args.list {
        inputs.extend(read_list(list)?);
    }
    let mut files = yusuan::pipeline::expand(&inputs);
    if files.is_empty() {
        return Err("no PDF files in the inputs".into());
    }
    if let Some(shard) = args.shard {
        files = yusuan::shard::select(&files, shard);
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let opts = Options {
        jobs,
        limits: args.limits.limits(),
        formats: formats(&args.format, args.excel_bom),
        keep_json: args.format.contains(&Format::Json),
        resume: args.resume,
        window: 32 * jobs,
        pages: args.pages.as_ref().map(|p| p.ranges()),
        tables: args.format.contains(&Format::Tables),
        report: args.report,
        ocr: !args.no_ocr,
    };
    let progress = Progress::new(files.len(), args.quiet, start);
    let out = &args.out;
    let done = match yusuan::batch::run(&files, out, &opts, &|d| progress.done(d)) {
        Ok(done) => done,
        Err(e) if InUse::is(&e) => {
            eprintln!("yusuan: {e}");
            return Ok(EXIT_IN_USE);
        }
        Err(e) => return Err(format!("{}: {e}", out.display())),
    };
    progress.finish();
    if !args.quiet {
        eprintln!("{}", summary(&done, start, out));
    }
    let all_ok = done.iter().all(|d| d.status == Status::Ok);
    Ok(if all_ok { 0 } else { EXIT_NOT_OK })
}

/// The formats asked for.
fn formats(format: &[Format], excel_bom: bool) -> Formats {
    Formats {
        csv: format.contains(&Format::Csv),
        sqlite: format.contains(&Format::Sqlite),
        parquet: format.contains(&Format::Parquet),
        excel_bom,
    }
}

pub fn merge(args: &MergeArgs) -> Result<u8, String> {
    let start = Instant::now();
    let formats = formats(&args.format, args.excel_bom);
    let json = args.format.contains(&Format::Json);
    let m = yusuan::dataset::merge::merge(&args.dirs, &args.out, &formats, json)
        .map_err(|e| format!("{}: {e}", args.out.display()))?;
    eprintln!(
        "yusuan: {} documents from {} directories ({} duplicates left out), {:.1} s -> {}",
        m.documents,
        args.dirs.len(),
        m.duplicates,
        start.elapsed().as_secs_f64(),
        args.out.display()
    );
    Ok(0)
}

/// `check`: None, no check; Some(None), against the embedded classification; Some(Some(f)),
/// against a code,name CSV.
pub fn catalogue(inputs: &[PathBuf], check: Option<Option<&Path>>) -> Result<u8, String> {
    use rayon::prelude::*;
    let files = yusuan::pipeline::expand(inputs);
    if files.is_empty() {
        return Err("no PDF files in the inputs".into());
    }
    let known = match check.flatten() {
        Some(p) => {
            let f = std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Some(catalogue::read_known(f).map_err(|e| format!("{}: {e}", p.display()))?)
        }
        None => None,
    };
    let records: Vec<_> = files
        .par_iter()
        .map(|f| yusuan::pipeline::process(f))
        .collect();
    let codes = Catalogue::of(&records);
    // An error here is the output closed (piped into `head`): nothing more to do.
    let classified = matches!(check, Some(None));
    let _ = codes.write_csv(io::stdout().lock(), known.as_ref(), classified);
    if classified {
        let counts: Vec<String> = codes
            .check_counts()
            .iter()
            .map(|(r, n)| format!("{r} {n}"))
            .collect();
        eprintln!("yusuan: against the classification: {}", counts.join(", "));
    }
    // A file that could not be read fully is named, and the exit code says so (as extract's).
    let not_ok: Vec<_> = records.iter().filter(|r| r.status != Status::Ok).collect();
    for r in &not_ok {
        eprintln!("yusuan: {}: {}: {}", r.file, r.status.as_str(), r.error);
    }
    eprintln!(
        "yusuan: {} codes from {} files ({} not ok), {} with conflicting names",
        codes.code_count(),
        records.len(),
        not_ok.len(),
        codes.conflicts()
    );
    Ok(if not_ok.is_empty() { 0 } else { EXIT_NOT_OK })
}
