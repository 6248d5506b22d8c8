//! Widths of the standard 14 fonts, for simple fonts that carry no /Widths (allowed for them,
//! and common in older producers). Data: Adobe's Core14 AFM metrics (`data/std14-widths.txt`).

use std::collections::HashMap;
use std::sync::OnceLock;

static DATA: &str = include_str!("../../data/std14-widths.txt");

type Table = HashMap<&'static str, HashMap<&'static str, f64>>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table::new();
        let mut current: Option<&'static str> = None;
        for line in DATA.lines() {
            if let Some(name) = line.strip_prefix('=') {
                current = Some(name);
            } else if let (Some(font), Some((glyph, w))) = (current, line.split_once(' '))
                && let Ok(w) = w.parse::<f64>()
            {
                t.entry(font).or_default().insert(glyph, w);
            }
        }
        t
    })
}

/// The standard font a BaseFont name stands for (subset prefixes, Arial and Times New Roman
/// aliases, `,Bold` style suffixes), or `None`.
fn standard_name(base: &str) -> Option<&'static str> {
    let base = base.split_once('+').map_or(base, |(_, rest)| rest);
    let n: String = base
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let bold = n.contains("bold");
    let italic = n.contains("italic") || n.contains("oblique");
    if n.contains("courier") {
        Some("Courier")
    } else if n.contains("helvetica") || n.contains("arial") {
        Some(if bold { "Helvetica-Bold" } else { "Helvetica" })
    } else if n.contains("times") {
        Some(match (bold, italic) {
            (true, true) => "Times-BoldItalic",
            (true, false) => "Times-Bold",
            (false, true) => "Times-Italic",
            (false, false) => "Times-Roman",
        })
    } else {
        None
    }
}

/// Width (1000 = 1 em) of `glyph` in the standard font `base` stands for.
pub fn width(base: &str, glyph: &str) -> Option<f64> {
    match standard_name(base)? {
        "Courier" => Some(600.0),
        font => table().get(font)?.get(glyph).copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn afm_values() {
        // Helvetica.afm: C 32 ; WX 278 ; N space / C 105 ; WX 222 ; N i / C 87 ; WX 944 ; N W
        assert_eq!(width("Helvetica", "space"), Some(278.0));
        assert_eq!(width("ABCDEF+Arial", "i"), Some(222.0));
        assert_eq!(width("Helvetica-Bold", "W"), Some(944.0));
        // Times-Roman.afm: C 97 ; WX 444 ; N a
        assert_eq!(width("TimesNewRomanPSMT", "a"), Some(444.0));
        assert_eq!(width("Courier-Bold", "a"), Some(600.0));
        assert_eq!(width("SimSun", "a"), None);
    }
}
