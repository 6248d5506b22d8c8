//! Text that keeps the page's layout: each line placed on a character grid so columns of a
//! table stay aligned in a terminal.

use super::chars::is_wide_char;
use super::lines::{lines, same_word};
use super::settings::LayoutSettings;
use crate::pdf::{Glyph, PageContent};

/// Guards, not tolerances: glyphs lower than `MIN_HEIGHT` (degenerate boxes) do not vote on
/// the grid pitch, which is at least `MIN_PITCH` and `NO_TEXT_PITCH` on a page without text.
const MIN_HEIGHT: f64 = 0.5;
const MIN_PITCH: f64 = 1.0;
const NO_TEXT_PITCH: f64 = 5.0;

/// Display width in grid cells: CJK and full-width forms take two.
fn cells(c: char) -> usize {
    if is_wide_char(c) { 2 } else { 1 }
}

/// The page as text, one output line per text line, glyphs placed by their x position.
pub fn layout_text(page: &PageContent) -> String {
    layout_text_with(page, &LayoutSettings::default())
}

/// [`layout_text`] with the given settings.
pub fn layout_text_with(page: &PageContent, s: &LayoutSettings) -> String {
    let lines = lines(&page.glyphs, s);
    // Grid pitch: half the typical glyph height, i.e. the width of a narrow character.
    let mut heights: Vec<f64> = page
        .glyphs
        .iter()
        .map(|g| g.bbox.height())
        .filter(|h| *h > MIN_HEIGHT && h.is_finite())
        .collect();
    heights.sort_by(f64::total_cmp);
    let pitch = heights
        .get(heights.len() / 2)
        .map_or(NO_TEXT_PITCH, |h| (h * s.text_pitch).max(MIN_PITCH));
    // The left margin is not reproduced: columns count from the leftmost text.
    let left = lines
        .iter()
        .map(|l| l.bbox.x0)
        .fold(f64::INFINITY, f64::min)
        .max(0.0);
    let mut out = String::new();
    let mut prev_bottom: Option<f64> = None;
    for line in &lines {
        if let Some(pb) = prev_bottom {
            // A gap of more than a line's height becomes a blank line.
            if line.bbox.y0 - pb > line.bbox.height() * s.text_blank_line {
                out.push('\n');
            }
        }
        prev_bottom = Some(line.bbox.y1);
        let mut col = 0usize;
        let mut last: Option<&Glyph> = None;
        let mut space = false;
        for &i in &line.glyphs {
            let Some(g) = page.glyphs.get(i) else {
                continue;
            };
            if g.text.trim().is_empty() {
                space = true;
                continue;
            }
            // A glyph close to the previous one continues its word; a word starts on the grid.
            let same_word = !std::mem::take(&mut space) && last.is_some_and(|p| same_word(p, g, s));
            if !same_word {
                let target = ((g.bbox.x0 - left).max(0.0) / pitch).round() as usize;
                if target > col {
                    out.extend(std::iter::repeat_n(' ', target - col));
                    col = target;
                } else if last.is_some() {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(&g.text);
            col += g.text.chars().map(cells).sum::<usize>();
            last = Some(g);
        }
        out.push('\n');
    }
    out
}
