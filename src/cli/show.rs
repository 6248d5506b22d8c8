//! The commands that show what a PDF holds: `text`, `glyphs` and `tables`.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use yusuan::layout::layout_text;
use yusuan::pdf::{Document, PageContent};

use super::args::{LimitArgs, Pages, select_pages};
use super::{EXIT_NO_TEXT, EXIT_NOT_OK};

/// The document, or `None` after saying on stderr why it could not be opened (the command
/// then exits [`EXIT_NOT_OK`]).
fn open(file: &Path, limits: &LimitArgs) -> Option<Document> {
    Document::open_with(file, limits.limits())
        .inspect_err(|e| eprintln!("yusuan: {}: {e}", file.display()))
        .ok()
}

pub fn text(file: &Path, pages: Option<&Pages>, limits: &LimitArgs) -> Result<u8, String> {
    let Some(doc) = open(file, limits) else {
        return Ok(EXIT_NOT_OK);
    };
    let pages = select_pages(pages, doc.page_count());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut image_only, mut with_text, mut lost) = (0, 0, false);
    for n in pages {
        let Some(page) = read_page(&doc, file, n, &mut lost) else {
            continue;
        };
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
    if lost {
        return Ok(EXIT_NOT_OK);
    }
    if with_text == 0 && image_only > 0 {
        eprintln!("yusuan: {}: no text layer", file.display());
        return Ok(EXIT_NO_TEXT);
    }
    Ok(0)
}

/// Page `n`, whatever of it could be read; what could not is said on stderr and sets `lost`
/// (the command then exits [`EXIT_NOT_OK`]: its output lacks something).
fn read_page(doc: &Document, file: &Path, n: u32, lost: &mut bool) -> Option<PageContent> {
    match doc.page_with_damage(n) {
        Ok((page, damage)) => {
            for d in &damage {
                eprintln!("yusuan: {}: page {n}: incomplete: {d}", file.display());
            }
            *lost |= !damage.is_empty();
            Some(page)
        }
        Err(e) => {
            eprintln!("yusuan: {}: page {n}: not read: {e}", file.display());
            *lost = true;
            None
        }
    }
}

pub fn tables(
    file: &Path,
    pages: Option<&Pages>,
    json: bool,
    limits: &LimitArgs,
) -> Result<u8, String> {
    let Some(doc) = open(file, limits) else {
        return Ok(EXIT_NOT_OK);
    };
    let pages = select_pages(pages, doc.page_count());
    let mut lost = false;
    let contents: Vec<PageContent> = pages
        .into_iter()
        .filter_map(|n| read_page(&doc, file, n, &mut lost))
        .collect();
    // A scan has no text to find tables in: say so, as `text` does, rather than print
    // nothing and succeed.
    if contents.iter().all(PageContent::is_image_only) && !contents.is_empty() {
        eprintln!("yusuan: {}: no text layer", file.display());
        return Ok(EXIT_NO_TEXT);
    }
    let found = yusuan::table::find::document(&contents, &yusuan::table::Settings::default());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let res = if json {
        let tables: Vec<&yusuan::table::Table> = found.iter().map(|f| &f.table).collect();
        serde_json::to_writer_pretty(&mut out, &tables)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out))
    } else {
        found
            .iter()
            .enumerate()
            .try_for_each(|(i, f)| write_table(&mut out, i + 1, f))
    };
    let _ = res.and_then(|_| out.flush());
    if found.is_empty() {
        eprintln!("yusuan: {}: no table found", file.display());
    }
    Ok(if lost { EXIT_NOT_OK } else { 0 })
}

fn write_table(out: &mut impl Write, n: usize, f: &yusuan::table::find::Found) -> io::Result<()> {
    let t = &f.table;
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
        if f.open_top { " | open top" } else { "" },
        if f.open_bottom { " | open bottom" } else { "" },
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

pub fn glyphs(file: &Path, n: u32, json: bool, limits: &LimitArgs) -> Result<u8, String> {
    let Some(doc) = open(file, limits) else {
        return Ok(EXIT_NOT_OK);
    };
    let mut lost = false;
    let Some(page) = read_page(&doc, file, n, &mut lost) else {
        return Ok(EXIT_NOT_OK);
    };
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
    Ok(if lost { EXIT_NOT_OK } else { 0 })
}

fn write_glyph_table(out: &mut impl Write, page: &PageContent) -> io::Result<()> {
    writeln!(
        out,
        "# page {} {:.2} x {:.2} rotate {} turn {}",
        page.number, page.width, page.height, page.rotate, page.turn
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
