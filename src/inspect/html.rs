//! The picture as a page for a browser, offline: the SVG inline (page image embedded as a
//! data: URI, no CDN, no script from elsewhere), with switches for its layers. Hovering a
//! mark shows what it stands for.

use super::svg::{Picture, check_line, table_label};

/// Escapes text for HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Layers that can be switched off: (class of the SVG group, what it shows).
const LAYERS: [(&str, &str); 6] = [
    ("glyphs", "glyph boxes"),
    ("rulings", "rulings"),
    ("fills", "fills and drawings"),
    ("tables", "table cells"),
    ("items", "items"),
    ("checks", "failed checks"),
];

/// A whole HTML document around `svg` (the drawing of `p`).
pub fn page(p: &Picture<'_>, svg: &str) -> String {
    let s = p.scene;
    let title = format!("{} — page {}", p.source, s.page.number);
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
    out.push_str(&format!("<title>yusuan inspect: {}</title>", esc(&title)));
    out.push_str(
        "<style>body{font:14px/1.4 system-ui,'Noto Sans CJK SC',sans-serif;margin:1em;color:#222}\
         h1{font-size:1.1em}#pic svg{max-width:100%;height:auto;border:1px solid #ccc}\
         .switches label{margin-right:1em}ul{padding-left:1.2em}",
    );
    for (class, _) in LAYERS {
        out.push_str(&format!("#pic.off-{class} .{class}{{display:none}}"));
    }
    out.push_str("</style></head><body>");
    out.push_str(&format!("<h1>{}</h1>", esc(&title)));
    out.push_str("<p class=\"switches\">Show: ");
    for (class, label) in LAYERS {
        out.push_str(&format!(
            "<label><input type=\"checkbox\" checked data-layer=\"{class}\"> {label}</label>"
        ));
    }
    out.push_str("</p><p>Left: the page as rendered. Right: what yusuan read, over a faint copy; hover a mark for its text, header path or check.</p>");
    out.push_str(&format!("<div id=\"pic\">{svg}</div>"));
    if !s.tables.is_empty() {
        out.push_str("<h2>Tables on this page</h2><ul>");
        for t in &s.tables {
            out.push_str(&format!("<li>{}", esc(&table_label(t))));
            if let Some(title) = &t.table.title {
                out.push_str(&format!(" · {}", esc(title)));
            }
            out.push_str("<ol>");
            for c in 0..t.table.n_cols {
                out.push_str(&format!("<li>{}</li>", esc(&t.path(c))));
            }
            out.push_str("</ol></li>");
        }
        out.push_str("</ul>");
    }
    if !s.failed.is_empty() {
        out.push_str("<h2>Failed checks</h2><ul>");
        for (n, f) in s.failed.iter().enumerate() {
            out.push_str(&format!("<li>{}</li>", esc(&check_line(n + 1, f))));
        }
        out.push_str("</ul>");
    }
    out.push_str(
        "<script>for (const b of document.querySelectorAll('input[data-layer]')) \
         b.addEventListener('change', () => document.getElementById('pic')\
         .classList.toggle('off-' + b.dataset.layer, !b.checked));</script></body></html>\n",
    );
    out
}
