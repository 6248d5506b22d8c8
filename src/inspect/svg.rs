//! A [`Scene`] as SVG, in the page's top-left space (points): on the left the page as
//! rendered, on the right what was read drawn over a faint copy of it, below a legend (the
//! colours, the tables with their kinds and header paths, the failed checks). Every mark
//! carries a tooltip (`<title>`) with what it stands for. Colours: docs/inspect.md.

use std::fmt::Write;

use base64::Engine;

use super::render::PageImage;
use super::{FailedCheck, Scene, TableOnPage};
use crate::pdf::{Rect, RulingSource};
use crate::table::Method;

/// Space between the panels and around them, points.
const GAP: f64 = 16.0;
const MARGIN: f64 = 8.0;
/// Legend text size and line height, points.
const LEGEND_SIZE: f64 = 7.0;
const LINE: f64 = 9.5;

const STYLE: &str = "
.sheet{fill:#fff;stroke:#999;stroke-width:.5}
.glyph{fill:none;stroke:#a0a0a0;stroke-width:.15}
.glyph.invisible{stroke:#17becf;stroke-dasharray:1 1}
.undecoded{fill:#f4a6a6;fill-opacity:.5;stroke:#d62728;stroke-width:.3}
.fill{fill-opacity:.5;stroke:#9e9e9e;stroke-width:.3;stroke-dasharray:1 1.5}
.shape{fill:none;stroke:#8c564b;stroke-width:.4;stroke-dasharray:2 1}
.image{fill:none;stroke:#17becf;stroke-width:.5;stroke-dasharray:3 1.5}
.ruling{stroke-width:.8;stroke-opacity:.9;stroke-linecap:butt}
.ruling.stroke{stroke:#1f77b4}
.ruling.thin_rect{stroke:#ff7f0e}
.ruling.thin_shape{stroke:#9467bd}
.cell{fill:none;stroke:#2ca02c;stroke-width:.6}
.cell.stream{stroke-dasharray:2.5 1.2}
.cell.header{fill:#ffd54f;fill-opacity:.35}
.label{font-size:6px;fill:#1b5e20;font-weight:bold;stroke:#fff;stroke-width:1.6px;paint-order:stroke;stroke-linejoin:round}
.colno{font-size:4.5px;fill:#2e7d32;text-anchor:middle}
.item{fill:#e7298a;stroke:#fff;stroke-width:.3}
.fail{fill:none;stroke:#d62728;stroke-width:1.6}
.fail.part{stroke-width:.9;stroke-dasharray:2 1}
.faillabel{font-size:6px;fill:#d62728;font-weight:bold;stroke:#fff;stroke-width:1.6px;paint-order:stroke}
.lline,.key{font-size:7px;fill:#222}
.lhead{font-size:7px;fill:#000;font-weight:bold}
.note{font-size:9px;fill:#b71c1c}
";

/// Font families for labels: a CJK face first (table titles and header paths are Chinese).
const FONTS: &str = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif";

/// What to draw besides the scene.
pub struct Picture<'a> {
    pub scene: &'a Scene<'a>,
    /// The file as named to the user.
    pub source: &'a str,
    /// Pages in the document.
    pub page_count: u32,
    /// The page rendered, or why it is not.
    pub image: Result<&'a PageImage, String>,
    /// Said in the legend (e.g. the document's status when it is not ok).
    pub notes: Vec<String>,
}

/// Escapes text for XML content and attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids (control codes a broken PDF may decode to).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Approximate width of `s` in ems: CJK and full-width characters are one em, others about
/// half (used only to wrap legend lines).
fn ems(s: &str) -> f64 {
    s.chars()
        .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.55 })
        .sum()
}

/// Splits `s` into lines of at most `width` ems (at spaces where possible).
fn wrap(s: &str, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_inclusive(' ') {
        if !line.is_empty() && ems(&line) + ems(word) > width {
            lines.push(std::mem::take(&mut line).trim_end().to_string());
        }
        // A single word longer than the line is cut by characters.
        for c in word.chars() {
            if !line.is_empty() && ems(&line) + ems(&c.to_string()) > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

fn rect(out: &mut String, class: &str, r: &Rect, title: Option<&str>) {
    let _ = write!(
        out,
        r#"<rect class="{class}" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}""#,
        r.x0,
        r.y0,
        r.width().max(0.0),
        r.height().max(0.0)
    );
    match title {
        Some(t) => {
            let _ = write!(out, "><title>{}</title></rect>", esc(t));
        }
        None => out.push_str("/>"),
    }
}

fn text(out: &mut String, class: &str, x: f64, y: f64, s: &str) {
    let _ = write!(
        out,
        r#"<text class="{class}" x="{x:.2}" y="{y:.2}">{}</text>"#,
        esc(s)
    );
}

/// The page image as an `<image>` of `w` × `h` points, named [`PAGE_IMAGE`] so that the
/// faint copy refers to it (the PNG is embedded once).
fn image(out: &mut String, img: &PageImage, w: f64, h: f64) {
    let b64 = base64::engine::general_purpose::STANDARD.encode(&img.png);
    let _ = write!(
        out,
        r#"<image id="{PAGE_IMAGE}" x="0" y="0" width="{w:.2}" height="{h:.2}" preserveAspectRatio="none" xlink:href="data:image/png;base64,{b64}"/>"#
    );
}

const PAGE_IMAGE: &str = "page-image";

/// The table's label: T<n> kind, method, size, header rows.
pub fn table_label(t: &TableOnPage<'_>) -> String {
    let tb = t.table;
    let method = match tb.method {
        Method::Lattice => "ruled",
        Method::Stream => "borderless",
    };
    let pages = if tb.pages.len() > 1 {
        format!(
            " · pages {}-{}",
            tb.pages.first().copied().unwrap_or(0),
            tb.pages.last().copied().unwrap_or(0)
        )
    } else {
        String::new()
    };
    format!(
        "T{} {} · {method} {}×{}, {} header rows{pages}",
        t.index + 1,
        t.kind,
        tb.n_rows,
        tb.n_cols,
        tb.header_rows
    )
}

/// The box of a table's cells on this page.
fn part_box(t: &TableOnPage<'_>) -> Option<Rect> {
    t.cells.iter().map(|c| c.bbox).reduce(|a, b| a.union(&b))
}

fn draw_table(out: &mut String, t: &TableOnPage<'_>) {
    let method = match t.table.method {
        Method::Lattice => "lattice",
        Method::Stream => "stream",
    };
    let _ = write!(
        out,
        r#"<g class="table" data-table="{}" data-kind="{}" data-method="{method}" data-cells="{}">"#,
        t.index,
        t.kind,
        t.cells.len()
    );
    for c in &t.cells {
        let mut class = String::from("cell");
        if t.table.method == Method::Stream {
            class.push_str(" stream");
        }
        if t.is_header(c) {
            class.push_str(" header");
        }
        let span = if c.rowspan > 1 || c.colspan > 1 {
            format!(" [{}×{}]", c.rowspan, c.colspan)
        } else {
            String::new()
        };
        let path = if t.is_header(c) {
            String::new()
        } else {
            format!("\n{}", t.path(c.col))
        };
        let title = format!(
            "T{} row {} col {}{span}{path}\n{}",
            t.index + 1,
            c.row,
            c.col,
            c.text
        );
        rect(out, &class, &c.bbox, Some(&title));
    }
    if let Some(b) = part_box(t) {
        // Above the table, or just inside when it starts at the top of the page.
        let y = if b.y0 > 8.0 { b.y0 - 2.0 } else { b.y0 + 7.0 };
        text(out, "label", b.x0 + 1.0, y, &table_label(t));
        // Column numbers under the table, for the header paths of the legend.
        for col in 0..t.table.n_cols {
            let span = t
                .cells
                .iter()
                .filter(|c| c.col == col && c.colspan == 1)
                .map(|c| (c.bbox.x0, c.bbox.x1))
                .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
            if let Some((x0, x1)) = span {
                text(
                    out,
                    "colno",
                    (x0 + x1) / 2.0,
                    b.y1 + 5.0,
                    &format!("c{}", col + 1),
                );
            }
        }
    }
    out.push_str("</g>");
}

fn draw_item(
    out: &mut String,
    t: &TableOnPage<'_>,
    i: &crate::budget::facts::Item,
    c: &crate::table::Cell,
) {
    let title = format!(
        "T{} {} {} · {}\nprinted {} → {}",
        t.index + 1,
        i.code,
        i.name,
        i.header_path,
        i.printed,
        i.shown()
    );
    let _ = write!(
        out,
        r#"<circle class="item" cx="{:.2}" cy="{:.2}" r="1.6"><title>{}</title></circle>"#,
        c.bbox.x1 - 2.4,
        c.bbox.y0 + 2.4,
        esc(&title)
    );
}

/// One line describing a failed check.
pub fn check_line(n: usize, f: &FailedCheck<'_>) -> String {
    let c = f.check;
    let place = if f.printed.is_none() && f.parts.is_empty() {
        " (no figure of it boxed on this page)"
    } else {
        ""
    };
    format!(
        "C{n} {}: expected {} yuan, found {} (difference {}){place}",
        c.check,
        c.expected,
        c.actual,
        c.actual - c.expected
    )
}

fn draw_check(out: &mut String, n: usize, f: &FailedCheck<'_>) {
    let title = check_line(n, f);
    for r in &f.parts {
        rect(out, "fail part", r, Some(&title));
    }
    if let Some(r) = &f.printed {
        rect(out, "fail", r, Some(&title));
    }
    // The label goes with the printed figure, or with the first figure here when the printed
    // one is on another page.
    if let Some(r) = f.printed.as_ref().or(f.parts.first()) {
        text(out, "faillabel", r.x0 + 0.5, r.y1 + 6.0, &format!("C{n}"));
    }
}

/// The legend: colours, the page in figures, tables with their header paths, failed checks.
fn legend(p: &Picture<'_>, width: f64) -> Vec<(bool, String)> {
    let s = p.scene;
    let page = s.page;
    let per_line = width / LEGEND_SIZE;
    let mut lines: Vec<(bool, String)> = Vec::new();
    let mut add = |head: bool, s: String| {
        for l in wrap(&s, per_line) {
            lines.push((head, l));
        }
    };
    let strokes = page
        .rulings
        .iter()
        .filter(|r| r.source == RulingSource::Stroke)
        .count();
    let items: usize = s.tables.iter().map(|t| t.items.len()).sum();
    add(
        true,
        format!(
            "{} — page {} of {} ({:.0}×{:.0} pt, rotate {})",
            p.source, page.number, p.page_count, page.width, page.height, page.rotate
        ),
    );
    add(
        false,
        format!(
            "{} glyphs ({} undecodable), {} rulings ({} stroked, {} thin filled rectangles), {} fills, {} tables, {} items, {} failed checks",
            page.glyphs.len(),
            page.undecoded,
            page.rulings.len(),
            strokes,
            page.rulings.len() - strokes,
            page.fills.len(),
            s.tables.len(),
            items,
            s.failed.len()
        ),
    );
    for n in &p.notes {
        add(false, n.clone());
    }
    match &p.image {
        Ok(img) => {
            for w in &img.warnings {
                add(false, format!("Page image: {w}"));
            }
        }
        Err(e) => add(false, format!("Page image unavailable: {e}")),
    }
    for t in &s.tables {
        let tb = t.table;
        let mut head = table_label(t);
        if let Some(title) = &tb.title {
            head.push_str(&format!(" · {title}"));
        }
        if let Some(unit) = &tb.unit {
            head.push_str(&format!(" · unit {unit}"));
        }
        add(true, head);
        let cols: Vec<String> = (0..tb.n_cols)
            .map(|c| format!("c{} {}", c + 1, t.path(c)))
            .collect();
        add(false, cols.join("  |  "));
    }
    if !s.failed.is_empty() {
        add(true, "Failed checks".into());
        for (n, f) in s.failed.iter().enumerate() {
            add(false, check_line(n + 1, f));
        }
    }
    lines
}

/// Swatches explaining the colours, as one row.
fn swatches(out: &mut String, y: f64) {
    let keys: [(&str, &str); 12] = [
        ("glyph", "glyph box"),
        ("ruling stroke", "ruling: stroked"),
        ("ruling thin_rect", "ruling: thin filled rectangle"),
        ("ruling thin_shape", "ruling: other thin shape"),
        ("fill", "filled area"),
        ("shape", "drawing"),
        ("cell", "ruled-table cell"),
        ("cell stream", "borderless-table cell"),
        ("cell header", "header cell"),
        ("item", "item (an amount)"),
        ("fail", "failed check"),
        ("undecoded", "undecodable glyph"),
    ];
    let mut x = 0.0;
    for (class, label) in keys {
        if class.starts_with("ruling") {
            let _ = write!(
                out,
                r#"<line class="{class}" x1="{x:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}"/>"#,
                y - 2.5,
                x + 8.0,
                y - 2.5
            );
        } else if class == "item" {
            let _ = write!(
                out,
                r#"<circle class="item key" cx="{:.2}" cy="{:.2}" r="1.8"/>"#,
                x + 4.0,
                y - 2.5
            );
        } else {
            let r = Rect {
                x0: x,
                y0: y - 6.0,
                x1: x + 8.0,
                y1: y + 0.5,
            };
            if class == "fill" {
                out.push_str(r##"<g fill="#bdbdbd">"##);
                rect(out, class, &r, None);
                out.push_str("</g>");
            } else {
                rect(out, class, &r, None);
            }
        }
        text(out, "key", x + 10.0, y, label);
        x += 14.0 + ems(label) * LEGEND_SIZE;
    }
}

/// The picture as an SVG document; `px_per_pt` sets its displayed size.
pub fn draw(p: &Picture<'_>, px_per_pt: f64) -> String {
    let page = p.scene.page;
    let (w, h) = (page.width.max(1.0), page.height.max(1.0));
    let total_w = 2.0 * w + GAP + 2.0 * MARGIN;
    let legend_lines = legend(p, total_w - 2.0 * MARGIN);
    let legend_h = (legend_lines.len() as f64 + 2.0) * LINE;
    let total_h = h + GAP + legend_h + 2.0 * MARGIN;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{:.0}" height="{:.0}" viewBox="0 0 {total_w:.2} {total_h:.2}" font-family="{FONTS}"><style>{STYLE}</style>"#,
        total_w * px_per_pt,
        total_h * px_per_pt
    );
    let _ = write!(
        out,
        r##"<rect width="{total_w:.2}" height="{total_h:.2}" fill="#fff"/>"##
    );
    let sheet = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: w,
        y1: h,
    };
    // Left: the page as rendered.
    let _ = write!(
        out,
        r#"<g class="page" transform="translate({MARGIN},{MARGIN})">"#
    );
    rect(&mut out, "sheet", &sheet, None);
    match &p.image {
        Ok(img) => image(&mut out, img, w, h),
        Err(e) => {
            for (k, l) in wrap(&format!("Page image unavailable: {e}"), w / 9.0 - 2.0)
                .iter()
                .enumerate()
            {
                text(&mut out, "note", 10.0, 20.0 + 12.0 * k as f64, l);
            }
        }
    }
    out.push_str("</g>");
    // Right: what was read, over a faint copy of the page.
    let _ = write!(
        out,
        r#"<g class="read" transform="translate({:.2},{MARGIN})">"#,
        MARGIN + w + GAP
    );
    rect(&mut out, "sheet", &sheet, None);
    if p.image.is_ok() {
        let _ = write!(out, r##"<use xlink:href="#{PAGE_IMAGE}" opacity="0.35"/>"##);
    }
    out.push_str(r#"<g class="fills">"#);
    for f in &page.fills {
        // In its own colour (white backgrounds show only by their dotted edge).
        let [r, g, b] = f.color.map(|c| (c.clamp(0.0, 1.0) * 255.0).round() as u8);
        let _ = write!(
            out,
            r#"<rect class="fill" fill="rgb({r},{g},{b})" x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}"/>"#,
            f.rect.x0,
            f.rect.y0,
            f.rect.width().max(0.0),
            f.rect.height().max(0.0)
        );
    }
    for s in &page.shapes {
        rect(&mut out, "shape", s, None);
    }
    for r in &page.image_boxes {
        rect(&mut out, "image", r, Some("image"));
    }
    out.push_str(r#"</g><g class="glyphs">"#);
    for g in &page.glyphs {
        let class = if g.invisible {
            "glyph invisible"
        } else {
            "glyph"
        };
        rect(&mut out, class, &g.bbox, None);
    }
    for u in &page.undecoded_glyphs {
        let title = format!("undecodable code {:#x} in font {}", u.code, u.font);
        rect(&mut out, "undecoded", &u.bbox, Some(&title));
    }
    out.push_str(r#"</g><g class="rulings">"#);
    for r in &page.rulings {
        let class = match r.source {
            RulingSource::Stroke => "ruling stroke",
            RulingSource::ThinRect => "ruling thin_rect",
            RulingSource::ThinShape => "ruling thin_shape",
        };
        let _ = write!(
            out,
            r#"<line class="{class}" x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}"/>"#,
            r.x0, r.y0, r.x1, r.y1
        );
    }
    out.push_str(r#"</g><g class="tables">"#);
    for t in &p.scene.tables {
        draw_table(&mut out, t);
    }
    out.push_str(r#"</g><g class="items">"#);
    for t in &p.scene.tables {
        for (i, c) in &t.items {
            draw_item(&mut out, t, i, c);
        }
    }
    out.push_str(r#"</g><g class="checks">"#);
    for (n, f) in p.scene.failed.iter().enumerate() {
        draw_check(&mut out, n + 1, f);
    }
    out.push_str("</g></g>");
    // Below: the legend.
    let _ = write!(
        out,
        r#"<g class="legend" transform="translate({MARGIN},{:.2})">"#,
        MARGIN + h + GAP
    );
    swatches(&mut out, LINE * 0.8);
    for (k, (head, l)) in legend_lines.iter().enumerate() {
        let class = if *head { "lhead" } else { "lline" };
        text(&mut out, class, 0.0, LINE * (k as f64 + 2.0), l);
    }
    out.push_str("</g></svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_codes() {
        assert_eq!(
            esc("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;\u{fffd}"
        );
    }

    #[test]
    fn wraps_by_width() {
        // Latin letters are 0.55 em: two words with their space pass 4 ems.
        let lines = wrap("aaaa bbbb cccc", 4.0);
        assert_eq!(lines, vec!["aaaa", "bbbb", "cccc"]);
        // CJK counts double: 10 characters in lines of 4 ems.
        let lines = wrap("一二三四五六七八九十", 4.0);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| ems(l) <= 4.0));
    }
}
