//! The command line's arguments (clap), page selections and input lists.

use std::io;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};
use yusuan::pdf::Limits;

#[derive(Parser)]
#[command(
    name = "yusuan",
    version,
    about = "Chinese government budget PDFs (预算/决算) to checked datasets"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Print PDFs' text in reading order, keeping the layout (like `pdftotext -layout`).
    /// Pages end with a form feed. Image-only pages are reported on stderr as "no text layer".
    Text {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Pages to print: `3`, `3-5`, `3-` or `1,4,7-9` (1-based).
        #[arg(long)]
        pages: Option<Pages>,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// List every glyph (text, box, font, size) and ruling segment of one page.
    Glyphs {
        file: PathBuf,
        /// Page number, 1-based.
        #[arg(long)]
        page: u32,
        /// Print JSON instead of tab-separated lines.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Find the tables of a PDF and print their cells (a table continued across pages is one).
    Tables {
        file: PathBuf,
        /// Pages to look at: `3`, `3-5`, `3-` or `1,4,7-9` (1-based).
        #[arg(long)]
        pages: Option<Pages>,
        /// Print JSON (cells with row, column, spans, text, page and box).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Extract every standard table's amounts into a checked dataset (docs/SCHEMA.md).
    Extract(ExtractArgs),
    /// Draw what was read on one page (glyphs, rulings, table cells with kinds and header
    /// paths, items, failed checks) beside the page rendered (docs/inspect.md).
    Inspect {
        file: PathBuf,
        /// Page number, 1-based.
        #[arg(long)]
        page: u32,
        /// Output file: .svg, .png or .html [default: <file stem>-p<N>.svg].
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Resolution of the page image and of a PNG, pixels per inch.
        #[arg(long, default_value_t = 110.0)]
        dpi: f32,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Join the outputs of several runs (the shards of `extract --shard K/N`) into the
    /// dataset one run over all their inputs gives.
    Merge(MergeArgs),
    /// List the subject codes the inputs print (code, classification, level, parent, name,
    /// where), with conflicts where one code carries different names.
    Catalogue {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Check every printed code and name against the classification
        /// (data/classification, built in): a last column says ok, variant, name differs
        /// (with the classification's name) or unknown code. `--check=FILE`: against that
        /// catalogue CSV (code,name) instead.
        #[arg(long, num_args = 0..=1, require_equals = true, value_name = "FILE")]
        check: Option<Option<PathBuf>>,
    },
}

#[derive(Args)]
pub struct ExtractArgs {
    /// PDF files, or directories searched recursively for *.pdf (any case).
    #[arg(required_unless_present = "list")]
    pub inputs: Vec<PathBuf>,
    /// A file listing input paths, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    pub list: Option<PathBuf>,
    /// Output directory: documents.csv, tables.csv, items.csv, checks.csv, json/.
    #[arg(long)]
    pub out: PathBuf,
    /// Files processed at once [default: all cores]. The output does not depend on it.
    #[arg(long, value_name = "N", value_parser = positive)]
    pub jobs: Option<usize>,
    /// Pages of every file to extract: `3`, `3-5`, `3-` or `1,4,7-9` (1-based); a file's
    /// pages past its end are simply not there [default: all].
    #[arg(long)]
    pub pages: Option<Pages>,
    /// Output formats, comma-separated: csv (with datapackage.json, their schema), json,
    /// sqlite, parquet, tables (each table as printed: tables/<doc_id>/<table_id>.csv).
    /// json/<doc_id>.json is always written: it is what --resume and the CSVs are built from.
    #[arg(long, value_delimiter = ',', default_value = "csv,json")]
    pub format: Vec<Format>,
    /// Skip input files already done in DIR (json/<doc_id>.json present) and keep their rows.
    #[arg(long)]
    pub resume: bool,
    /// No progress bar, no log lines, no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Start each CSV with a byte-order mark, so that Excel on Chinese Windows reads UTF-8.
    #[arg(long)]
    pub excel_bom: bool,
    /// Also write an offline HTML report, DIR/report/index.html: documents with status and
    /// counts, tables as printed, failed checks linked to pictures of their pages.
    #[arg(long)]
    pub report: bool,
    /// Do not read scanned covers by OCR. By default a document whose first page is an image
    /// without text is named (kind, year, government) from that page as `tesseract` (with
    /// chi_sim) reads it after `pdftoppm` renders it, when both are installed; amounts are
    /// never read by OCR.
    #[arg(long)]
    pub no_ocr: bool,
    /// Process only shard K of N (1 <= K <= N): the inputs whose SHA-256 (doc_id), taken as
    /// a number, is K-1 modulo N. N runs with K = 1..N together process every input once;
    /// `yusuan merge` joins their outputs (docs/batch.md).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<yusuan::shard::Shard>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Args)]
pub struct MergeArgs {
    /// Output directories of `extract` runs.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// The merged dataset's directory.
    #[arg(long)]
    pub out: PathBuf,
    /// Output formats, comma-separated: csv, json (copies json/<doc_id>.json where the runs
    /// kept it), sqlite, parquet.
    #[arg(long, value_delimiter = ',', default_value = "csv,json")]
    pub format: Vec<Format>,
    /// Start each CSV with a byte-order mark.
    #[arg(long)]
    pub excel_bom: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Sqlite,
    Tables,
    Parquet,
}

/// Limits against hostile files (library defaults when not given).
#[derive(Args, Clone, Copy)]
pub struct LimitArgs {
    /// Time limit per file, seconds; 0 for none [default: 60].
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,
    /// Largest decoded stream, MiB [default: 256].
    #[arg(long, value_name = "MIB")]
    pub max_stream_mb: Option<usize>,
    /// Deepest nesting of Form XObjects [default: 12].
    #[arg(long, value_name = "N")]
    pub max_depth: Option<usize>,
    /// Memory one file may hold, MiB: a larger file is not read, and a file whose pages would
    /// hold more stops there; either is status `too_large`, and the batch goes on
    /// [default: 512].
    #[arg(long, value_name = "MIB")]
    pub max_memory_mb: Option<usize>,
}

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        let d = Limits::default();
        Limits {
            max_time: match self.timeout {
                Some(0) => None,
                Some(s) => Some(std::time::Duration::from_secs(s)),
                None => d.max_time,
            },
            max_stream: self
                .max_stream_mb
                .map_or(d.max_stream, |m| m.saturating_mul(1 << 20)),
            max_form_depth: self.max_depth.unwrap_or(d.max_form_depth),
            max_memory: self
                .max_memory_mb
                .map_or(d.max_memory, |m| m.saturating_mul(1 << 20)),
            ..d
        }
    }
}

/// A page selection, `3`, `3-5`, `3-` or `1,4,7-9` (1-based), checked when the command line
/// is read (a bad one is a usage error, exit 2, like any bad argument).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pages(Vec<(u32, Option<u32>)>);

impl std::str::FromStr for Pages {
    type Err = String;

    fn from_str(spec: &str) -> Result<Pages, String> {
        let mut ranges = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let num = |s: &str| {
                s.trim()
                    .parse::<u32>()
                    .map_err(|_| format!("bad page number {:?}", s.trim()))
            };
            let (a, b) = match part.split_once('-') {
                Some((a, "")) => (num(a)?, None),
                Some((a, b)) => (num(a)?, Some(num(b)?)),
                None => (num(part)?, Some(num(part)?)),
            };
            if a == 0 || b.is_some_and(|b| a > b) {
                return Err(format!("bad page range {part:?} (pages count from 1)"));
            }
            ranges.push((a, b));
        }
        if ranges.is_empty() {
            return Err("no page given".into());
        }
        Ok(Pages(ranges))
    }
}

impl Pages {
    /// Whether page `n` is selected.
    pub fn contains(&self, n: u32) -> bool {
        self.0
            .iter()
            .any(|&(a, b)| n >= a && b.is_none_or(|b| n <= b))
    }

    /// The ranges, an open end as `u32::MAX`.
    pub fn ranges(&self) -> Vec<std::ops::RangeInclusive<u32>> {
        self.0
            .iter()
            .map(|&(a, b)| a..=b.unwrap_or(u32::MAX))
            .collect()
    }

    /// The pages selected of a document of `count` pages, in order; a page past the end is
    /// an error (not left out silently).
    pub fn select(&self, count: u32) -> Result<Vec<u32>, String> {
        let past = self
            .0
            .iter()
            .map(|&(a, b)| b.unwrap_or(a))
            .filter(|&last| last > count)
            .max();
        if let Some(last) = past {
            return Err(format!(
                "--pages: page {last} is past the end (the document has {count} pages)"
            ));
        }
        Ok((1..=count).filter(|&n| self.contains(n)).collect())
    }
}

/// The pages of a document of `count` pages that `pages` selects (all when None); a
/// selection past the end is a usage error: the command ends with exit code 2.
pub fn select_pages(pages: Option<&Pages>, count: u32) -> Vec<u32> {
    match pages.map(|p| p.select(count)) {
        None => (1..=count).collect(),
        Some(Ok(v)) => v,
        Some(Err(msg)) => usage_error(&msg),
    }
}

/// Ends the command as clap ends it on a bad argument: the message, usage, exit code 2.
pub fn usage_error(msg: &str) -> ! {
    use clap::CommandFactory;
    Cli::command()
        .error(clap::error::ErrorKind::InvalidValue, msg)
        .exit()
}

/// `--jobs`: at least one.
fn positive(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

pub fn read_list(list: &Path) -> Result<Vec<PathBuf>, String> {
    let text = if list == Path::new("-") {
        io::read_to_string(io::stdin()).map_err(|e| format!("standard input: {e}"))?
    } else {
        std::fs::read_to_string(list).map_err(|e| format!("{}: {e}", list.display()))?
    };
    Ok(text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::Pages;

    fn sel(spec: &str, count: u32) -> Result<Vec<u32>, String> {
        spec.parse::<Pages>()?.select(count)
    }

    #[test]
    fn page_specs() {
        assert_eq!(sel("3-5", 10).unwrap(), vec![3, 4, 5]);
        assert_eq!(sel("1,4,8-", 9).unwrap(), vec![1, 4, 8, 9]);
        assert_eq!(sel("2-", 3).unwrap(), vec![2, 3]);
        // Past the end: an error, not the pages that exist.
        assert!(sel("2-30", 3).is_err());
        assert!(sel("4", 3).is_err());
        assert!("0".parse::<Pages>().is_err());
        assert!("5-2".parse::<Pages>().is_err());
        assert!("x".parse::<Pages>().is_err());
        assert!(",".parse::<Pages>().is_err());
        let p: Pages = "2,5-".parse().unwrap();
        assert!(p.contains(2) && !p.contains(3) && p.contains(900));
    }
}
