//! Text of a cell: its glyphs grouped into lines and words, joined for reading (`text`) and
//! kept as printed (`raw`).

use crate::layout::{is_wide_char, lines_of, words};
use crate::pdf::Glyph;

/// Appends `piece` to `out` after a word or line break: with one space between two narrow
/// characters (Latin words, numbers, "of which: x"), with none next to a CJK or full-width
/// character, where a gap is typesetting, not content.
pub fn push_joined(out: &mut String, piece: &str) {
    if let (Some(a), Some(b)) = (out.chars().last(), piece.chars().next())
        && !is_wide_char(a)
        && !is_wide_char(b)
    {
        out.push(' ');
    }
    out.push_str(piece);
}

/// (text, raw) of the glyphs `subset` (indices into `glyphs`).
pub fn cell_text(glyphs: &[Glyph], subset: &[usize]) -> (String, String) {
    let mut text = String::new();
    let mut raw = String::new();
    for (n, line) in lines_of(glyphs, subset).iter().enumerate() {
        if n > 0 {
            raw.push('\n');
        }
        for (k, word) in words(glyphs, line).iter().enumerate() {
            let w: String = word
                .iter()
                .filter_map(|&i| glyphs.get(i))
                .map(|g| g.text.as_str())
                .collect();
            if k > 0 {
                raw.push(' ');
            }
            raw.push_str(&w);
            let clean: String = w.chars().filter(|c| !c.is_whitespace()).collect();
            push_joined(&mut text, &clean);
        }
    }
    (text, raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(text: &str, x: f64, y: f64, w: f64) -> Glyph {
        Glyph::at(text, x, y, w)
    }

    #[test]
    fn joins_lines_and_words() {
        // Two lines: "一般公共" / "服务 Big Data" with an explicit gap between Latin words.
        let mut gs = Vec::new();
        for (i, c) in "一般公共".chars().enumerate() {
            gs.push(g(&c.to_string(), i as f64 * 10.0, 0.0, 10.0));
        }
        for (i, c) in "服务".chars().enumerate() {
            gs.push(g(&c.to_string(), i as f64 * 10.0, 12.0, 10.0));
        }
        for (i, c) in "Big".chars().enumerate() {
            gs.push(g(&c.to_string(), 35.0 + i as f64 * 5.0, 12.0, 5.0));
        }
        for (i, c) in "Data".chars().enumerate() {
            gs.push(g(&c.to_string(), 55.0 + i as f64 * 5.0, 12.0, 5.0));
        }
        gs.push(g("\u{3000}", 80.0, 12.0, 10.0));
        let all: Vec<usize> = (0..gs.len()).collect();
        let (text, raw) = cell_text(&gs, &all);
        assert_eq!(text, "一般公共服务Big Data");
        assert_eq!(raw, "一般公共\n服务 Big Data");
    }
}
