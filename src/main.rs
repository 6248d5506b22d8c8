//! The `yusuan` command line: a thin shell over the library.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use yusuan::layout::layout_text;
use yusuan::pdf::{Document, Limits, PageContent};

// Pages are parsed on one thread and their glyphs freed on another; glibc's allocator is slow
// at that and at the many small strings the pipeline makes. Without transparent huge pages
// (feature no_thp): memory freed after one document and taken again for the next was zeroed
// 2 MiB at a time, half the time of a large document (docs/batch.md has the figures).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, documented in the README.
const EXIT_FAILED: u8 = 1;
const EXIT_NO_TEXT: u8 = 3;

#[derive(Parser)]
#[command(
    name = "yusuan",
    version,
    about = "Chinese government budget PDFs (预算/决算) to checked datasets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print PDFs' text in reading order, keeping the layout (like `pdftotext -layout`).
    /// Pages end with a form feed. Image-only pages are reported on stderr as "no text layer".
    Text {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Pages to print: `3`, `3-5`, `3-` or `1,4,7-9` (1-based).
        #[arg(long)]
        pages: Option<String>,
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
        pages: Option<String>,
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
    /// List the subject codes the inputs print (code, classification, level, parent, name,
    /// where), with conflicts where one code carries different names.
    Catalogue {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// A catalogue CSV (code,name) to validate against: printed codes missing from it or
        /// named differently are reported.
        #[arg(long)]
        check: Option<PathBuf>,
    },
}

#[derive(Args)]
struct ExtractArgs {
    /// PDF files, or directories searched recursively for *.pdf (any case).
    #[arg(required_unless_present = "list")]
    inputs: Vec<PathBuf>,
    /// A file listing input paths, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    list: Option<PathBuf>,
    /// Output directory: documents.csv, tables.csv, items.csv, checks.csv, json/.
    #[arg(long)]
    out: PathBuf,
    /// Files processed at once [default: all cores]. The output does not depend on it.
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Output formats, comma-separated: csv, json, sqlite (json/<doc_id>.json is always
    /// written: it is what --resume and the CSVs are built from).
    #[arg(long, value_delimiter = ',', default_value = "csv,json")]
    format: Vec<Format>,
    /// Skip input files already done in DIR (json/<doc_id>.json present) and keep their rows.
    #[arg(long)]
    resume: bool,
    /// No progress bar, no log lines, no summary.
    #[arg(long, short)]
    quiet: bool,
    /// Start each CSV with a byte-order mark, so that Excel on Chinese Windows reads UTF-8.
    #[arg(long)]
    excel_bom: bool,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Csv,
    Json,
    Sqlite,
}

/// Limits against hostile files (library defaults when not given).
#[derive(Args, Clone, Copy)]
struct LimitArgs {
    /// Time limit per file, seconds; 0 for none [default: 60].
    #[arg(long, value_name = "SECS")]
    timeout: Option<u64>,
    /// Largest decoded stream, MiB [default: 256].
    #[arg(long, value_name = "MIB")]
    max_stream_mb: Option<usize>,
    /// Deepest nesting of Form XObjects [default: 12].
    #[arg(long, value_name = "N")]
    max_depth: Option<usize>,
}

impl LimitArgs {
    fn limits(&self) -> Limits {
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
            ..d
        }
    }
}

/// Parses a page selection against a document of `count` pages.
fn parse_pages(spec: Option<&str>, count: u32) -> Result<Vec<u32>, String> {
    let Some(spec) = spec else {
        return Ok((1..=count).collect());
    };
    let mut out = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let num = |s: &str| {
            s.trim()
                .parse::<u32>()
                .map_err(|_| format!("bad page number {s:?} in --pages"))
        };
        let (a, b) = match part.split_once('-') {
            Some((a, "")) => (num(a)?, count),
            Some((a, b)) => (num(a)?, num(b)?),
            None => (num(part)?, num(part)?),
        };
        if a == 0 || a > b {
            return Err(format!("bad page range {part:?} in --pages"));
        }
        out.extend(a..=b.min(count));
    }
    Ok(out)
}

fn open(file: &Path, limits: &LimitArgs) -> Result<Document, String> {
    Document::open_with(file, limits.limits()).map_err(|e| format!("{}: {e}", file.display()))
}

fn text(file: &Path, pages: Option<&str>, limits: &LimitArgs) -> Result<u8, String> {
    let doc = open(file, limits)?;
    let pages = parse_pages(pages, doc.page_count())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut image_only, mut with_text) = (0, 0);
    for n in pages {
        let (page, damage) = doc
            .page_with_damage(n)
            .map_err(|e| format!("{}: page {n}: {e}", file.display()))?;
        for d in damage {
            eprintln!("yusuan: {}: page {n}: incomplete: {d}", file.display());
        }
        if page.is_image_only() {
            image_only += 1;
            eprintln!("yusuan: {}: page {n}: no text layer", file.display());
        } else if !page.glyphs.is_empty() {
            with_text += 1;
        }
        if page.undecoded > 0 {
            eprintln!(
                "yusuan: {}: page {n}: {} undecodable characters",
                file.display(),
                page.undecoded
            );
        }
        let written = out
            .write_all(layout_text(&page).as_bytes())
            .and_then(|_| out.write_all(b"\x0c"));
        if written.is_err() {
            return Ok(0); // Output closed (e.g. piped into `head`): nothing more to do.
        }
    }
    let _ = out.flush();
    if with_text == 0 && image_only > 0 {
        eprintln!("yusuan: {}: no text layer", file.display());
        return Ok(EXIT_NO_TEXT);
    }
    Ok(0)
}

fn tables(file: &Path, pages: Option<&str>, json: bool, limits: &LimitArgs) -> Result<u8, String> {
    let doc = open(file, limits)?;
    let pages = parse_pages(pages, doc.page_count())?;
    let mut contents = Vec::new();
    for n in pages {
        contents.push(
            doc.page(n)
                .map_err(|e| format!("{}: page {n}: {e}", file.display()))?,
        );
    }
    let tables = yusuan::table::document_tables(&contents);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let res = if json {
        serde_json::to_writer_pretty(&mut out, &tables)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out))
    } else {
        tables
            .iter()
            .enumerate()
            .try_for_each(|(i, t)| write_table(&mut out, i + 1, t))
    };
    let _ = res.and_then(|_| out.flush());
    Ok(0)
}

fn write_table(out: &mut impl Write, n: usize, t: &yusuan::table::Table) -> io::Result<()> {
    let pages: Vec<String> = t.pages.iter().map(u32::to_string).collect();
    writeln!(
        out,
        "# table {n}: pages {} | {:?} | {} rows x {} cols, {} header | title {} | form {} | unit {} | body {}{}{}",
        pages.join(","),
        t.method,
        t.n_rows,
        t.n_cols,
        t.header_rows,
        t.title.as_deref().unwrap_or("-"),
        t.form_no.as_deref().unwrap_or("-"),
        t.unit.as_deref().unwrap_or("-"),
        t.body.as_deref().unwrap_or("-"),
        if t.open_top { " | open top" } else { "" },
        if t.open_bottom { " | open bottom" } else { "" },
    )?;
    let mut grid = vec![vec![String::new(); t.n_cols]; t.n_rows];
    for c in &t.cells {
        if let Some(slot) = grid.get_mut(c.row).and_then(|r| r.get_mut(c.col)) {
            *slot = if c.colspan > 1 || c.rowspan > 1 {
                format!("{} [{}x{}]", c.text, c.rowspan, c.colspan)
            } else {
                c.text.clone()
            };
        }
    }
    for (r, row) in grid.iter().enumerate() {
        writeln!(out, "{r:>3} | {}", row.join(" | "))?;
    }
    for note in &t.notes {
        writeln!(out, "    {note}")?;
    }
    writeln!(out)
}

fn read_list(list: &Path) -> Result<Vec<PathBuf>, String> {
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

fn extract(args: &ExtractArgs) -> Result<u8, String> {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    use std::collections::BTreeMap;
    use std::io::IsTerminal;
    use std::sync::atomic::{AtomicU64, Ordering};
    use yusuan::batch::{Done, Options};
    use yusuan::output::Formats;

    let start = std::time::Instant::now();
    let mut inputs = args.inputs.clone();
    if let Some(list) = &args.list {
        inputs.extend(read_list(list)?);
    }
    let files = yusuan::pipeline::expand(&inputs);
    if files.is_empty() {
        return Err("no PDF files in the inputs".into());
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let tty = io::stderr().is_terminal();
    let bar = if args.quiet || !tty {
        ProgressBar::hidden()
    } else {
        let b =
            ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr());
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
    let log = !args.quiet && !tty;
    let pages_done = AtomicU64::new(0);
    let failures = AtomicU64::new(0);
    let progress = |done: &Done| {
        let pages =
            pages_done.fetch_add(u64::from(done.pages), Ordering::Relaxed) + u64::from(done.pages);
        if done.status != "ok" {
            failures.fetch_add(1, Ordering::Relaxed);
        }
        if log {
            eprintln!(
                "{}\t{}\t{}{}",
                done.status,
                done.pages,
                done.file.display(),
                if done.resumed { "\t(resumed)" } else { "" }
            );
        }
        let secs = start.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{pages} pages, {:.0} pages/s, {} not ok,",
            pages as f64 / secs,
            failures.load(Ordering::Relaxed)
        ));
        bar.inc(1);
    };
    let opts = Options {
        jobs,
        limits: args.limits.limits(),
        formats: Formats {
            csv: args.format.contains(&Format::Csv),
            sqlite: args.format.contains(&Format::Sqlite),
            excel_bom: args.excel_bom,
        },
        keep_json: args.format.contains(&Format::Json),
        resume: args.resume,
        window: 32 * jobs,
    };
    let out = &args.out;
    let done = yusuan::batch::run(&files, out, &opts, &progress)
        .map_err(|e| format!("{}: {e}", out.display()))?;
    bar.finish_and_clear();
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &done {
        *by_status.entry(d.status.as_str()).or_default() += 1;
    }
    let failed = done.iter().filter(|d| d.status != "ok").count();
    if !args.quiet {
        let items: usize = done.iter().map(|d| d.items).sum();
        let pages: u64 = done.iter().map(|d| u64::from(d.pages)).sum();
        let resumed = done.iter().filter(|d| d.resumed).count();
        let not_ok: Vec<String> = by_status
            .iter()
            .filter(|(s, _)| **s != "ok")
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        eprintln!(
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
    }
    Ok(if failed > 0 { EXIT_FAILED } else { 0 })
}

fn catalogue(inputs: &[PathBuf], check: Option<&Path>) -> Result<u8, String> {
    use rayon::prelude::*;
    use std::collections::BTreeMap;
    let files = yusuan::pipeline::expand(inputs);
    let records: Vec<_> = files
        .par_iter()
        .map(|f| yusuan::pipeline::process(f))
        .collect();
    // code -> (classification, level, parent, name -> places)
    type Entry = (String, String, String, BTreeMap<String, Vec<String>>);
    let mut codes: BTreeMap<String, Entry> = BTreeMap::new();
    for r in &records {
        for t in r.analysis.iter().flat_map(|a| &a.tables) {
            for i in t.items.iter().filter(|i| !i.code.is_empty()) {
                let e = codes.entry(i.code.clone()).or_insert_with(|| {
                    (
                        i.classification.as_str().into(),
                        i.code_level.into(),
                        i.parent_code.clone(),
                        BTreeMap::new(),
                    )
                });
                let place = format!("{}:{}", r.file, i.page);
                let places = e.3.entry(i.name.clone()).or_default();
                if !places.contains(&place) {
                    places.push(place);
                }
            }
        }
    }
    let known: Option<BTreeMap<String, String>> = match check {
        Some(p) => {
            let mut rd = csv::Reader::from_path(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let mut m = BTreeMap::new();
            for row in rd.records() {
                let row = row.map_err(|e| format!("{}: {e}", p.display()))?;
                if let (Some(c), Some(n)) = (row.get(0), row.get(1)) {
                    m.insert(c.trim().to_string(), n.trim().to_string());
                }
            }
            Some(m)
        }
        None => None,
    };
    let stdout = io::stdout();
    let mut w = csv::Writer::from_writer(stdout.lock());
    let mut header = vec![
        "code",
        "classification",
        "level",
        "parent",
        "name",
        "documents",
        "places",
        "conflict",
    ];
    if known.is_some() {
        header.push("catalogue");
    }
    let _ = w.write_record(&header);
    let mut conflicts = 0;
    for (code, (class, level, parent, names)) in &codes {
        let conflict = names.len() > 1;
        conflicts += usize::from(conflict);
        for (name, places) in names {
            let docs: std::collections::BTreeSet<&str> = places
                .iter()
                .filter_map(|p| p.rsplit_once(':').map(|x| x.0))
                .collect();
            let mut row = vec![
                code.clone(),
                class.clone(),
                level.clone(),
                parent.clone(),
                name.clone(),
                docs.len().to_string(),
                places.join(" "),
                if conflict {
                    "names differ".into()
                } else {
                    String::new()
                },
            ];
            if let Some(k) = &known {
                row.push(match k.get(code) {
                    None => "not in catalogue".into(),
                    Some(n) if n == name => "ok".into(),
                    Some(n) => format!("catalogue says {n}"),
                });
            }
            let _ = w.write_record(&row);
        }
    }
    let _ = w.flush();
    eprintln!(
        "yusuan: {} codes from {} files, {conflicts} with conflicting names",
        codes.len(),
        records.len()
    );
    Ok(0)
}

fn inspect(
    file: &Path,
    page: u32,
    output: Option<&Path>,
    dpi: f32,
    limits: &LimitArgs,
) -> Result<u8, String> {
    use yusuan::inspect::{Format, Options, render::RenderOptions};
    let output = output.map_or_else(
        || {
            let stem = file.file_stem().unwrap_or_default().to_string_lossy();
            PathBuf::from(format!("{stem}-p{page}.svg"))
        },
        Path::to_path_buf,
    );
    let format = Format::of(&output).ok_or_else(|| {
        format!(
            "{}: the output must end in .svg, .png or .html",
            output.display()
        )
    })?;
    if !(dpi.is_finite() && (10.0..=600.0).contains(&dpi)) {
        return Err(format!("--dpi {dpi}: between 10 and 600"));
    }
    let opts = Options {
        render: RenderOptions {
            dpi,
            ..RenderOptions::default()
        },
        limits: limits.limits(),
    };
    let made = yusuan::inspect::inspect(file, page, format, &opts)?;
    for w in &made.warnings {
        eprintln!("yusuan: {}: page {page}: {w}", file.display());
    }
    std::fs::write(&output, &made.bytes).map_err(|e| format!("{}: {e}", output.display()))?;
    eprintln!("yusuan: wrote {}", output.display());
    Ok(0)
}

fn glyphs(file: &Path, n: u32, json: bool, limits: &LimitArgs) -> Result<u8, String> {
    let doc = open(file, limits)?;
    let page = doc
        .page(n)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let res = if json {
        serde_json::to_writer_pretty(&mut out, &page)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out))
    } else {
        write_glyph_table(&mut out, &page)
    };
    let _ = res.and_then(|_| out.flush());
    Ok(0)
}

fn write_glyph_table(out: &mut impl Write, page: &PageContent) -> io::Result<()> {
    writeln!(
        out,
        "# page {} {:.2} x {:.2} rotate {}",
        page.number, page.width, page.height, page.rotate
    )?;
    writeln!(out, "# glyph\tx0\ty0\tx1\ty1\tfont\tsize\tinvisible")?;
    for g in &page.glyphs {
        let b = g.bbox;
        writeln!(
            out,
            "{}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{}\t{:.2}\t{}",
            g.text.escape_debug(),
            b.x0,
            b.y0,
            b.x1,
            b.y1,
            g.font,
            g.size,
            g.invisible
        )?;
    }
    writeln!(out, "# ruling\tx0\ty0\tx1\ty1\twidth\tsource")?;
    for r in &page.rulings {
        writeln!(
            out,
            "{:?}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{:?}",
            r.orientation, r.x0, r.y0, r.x1, r.y1, r.width, r.source
        )?;
    }
    for u in &page.undecoded_glyphs {
        writeln!(
            out,
            "# undecoded code {:#x} font {} at {:.2} {:.2}",
            u.code, u.font, u.bbox.x0, u.bbox.y0
        )?;
    }
    writeln!(
        out,
        "# undecoded {} duplicates {} off_page {} images {} fills {}",
        page.undecoded,
        page.duplicates,
        page.off_page,
        page.images,
        page.fills.len()
    )
}

fn main() -> ExitCode {
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
                match text(file, pages.as_deref(), limits) {
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
        } => glyphs(file, *page, *json, limits),
        Command::Tables {
            file,
            pages,
            json,
            limits,
        } => tables(file, pages.as_deref(), *json, limits),
        Command::Extract(args) => extract(args),
        Command::Inspect {
            file,
            page,
            output,
            dpi,
            limits,
        } => inspect(file, *page, output.as_deref(), *dpi, limits),
        Command::Catalogue { inputs, check } => catalogue(inputs, check.as_deref()),
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

#[cfg(test)]
mod tests {
    use super::parse_pages;

    #[test]
    fn page_specs() {
        assert_eq!(parse_pages(Some("3-5"), 10).unwrap(), vec![3, 4, 5]);
        assert_eq!(parse_pages(Some("1,4,8-"), 9).unwrap(), vec![1, 4, 8, 9]);
        assert_eq!(parse_pages(Some("2-30"), 3).unwrap(), vec![2, 3]);
        assert!(parse_pages(Some("0"), 3).is_err());
        assert!(parse_pages(Some("5-2"), 9).is_err());
        assert!(parse_pages(Some("x"), 9).is_err());
        assert_eq!(parse_pages(None, 2).unwrap(), vec![1, 2]);
    }
}
