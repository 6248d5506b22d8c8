//! The dataset commands: `extract` (a batch into the dataset) and `catalogue`.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

use yusuan::batch::Options;
use yusuan::dataset::Formats;
use yusuan::dataset::catalogue::{self, Catalogue};
use yusuan::pdf::Status;

use super::EXIT_FAILED;
use super::args::{ExtractArgs, Format, MergeArgs, read_list};
use super::progress::{Progress, summary};

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
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let opts = Options {
        jobs,
        limits: args.limits.limits(),
        formats: formats(&args.format, args.excel_bom),
        keep_json: args.format.contains(&Format::Json),
        resume: args.resume,
        window: 32 * jobs,
    };
    let progress = Progress::new(files.len(), args.quiet, start);
    let out = &args.out;
    let done = yusuan::batch::run(&files, out, &opts, &|d| progress.done(d))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    progress.finish();
    if !args.quiet {
        eprintln!("{}", summary(&done, start, out));
    }
    let all_ok = done.iter().all(|d| d.status == Status::Ok);
    Ok(if all_ok { 0 } else { EXIT_FAILED })
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

pub fn catalogue(inputs: &[PathBuf], check: Option<&Path>) -> Result<u8, String> {
    use rayon::prelude::*;
    let files = yusuan::pipeline::expand(inputs);
    let records: Vec<_> = files
        .par_iter()
        .map(|f| yusuan::pipeline::process(f))
        .collect();
    let codes = Catalogue::of(&records);
    let known = match check {
        Some(p) => {
            let f = std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Some(catalogue::read_known(f).map_err(|e| format!("{}: {e}", p.display()))?)
        }
        None => None,
    };
    // An error here is the output closed (piped into `head`): nothing more to do.
    let _ = codes.write_csv(io::stdout().lock(), known.as_ref());
    eprintln!(
        "yusuan: {} codes from {} files, {} with conflicting names",
        codes.code_count(),
        records.len(),
        codes.conflicts()
    );
    Ok(0)
}
