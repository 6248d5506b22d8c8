//! The tolerances of line grouping, word breaking and the layout text view. Part of
//! [`crate::table::Settings`] (its `layout` field), which the table finder reads them from.

/// Tolerances of layout, as ratios of a glyph's or line's size unless stated.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutSettings {
    /// A glyph joins a line when its vertical centre is inside the line's band and within this
    /// share of the smaller of the two heights from the line's centre (0.6): mixed sizes on one
    /// baseline stay one line, a superscript or the next line does not join.
    pub line_center_tolerance: f64,
    /// How many of the most recent lines a glyph may join (4). Glyphs are taken by their
    /// vertical centre, so only lines near the bottom of the list can still take one; a
    /// longer look-back lets a tall glyph join a line a few short lines up.
    pub line_lookback: usize,
    /// Gap (in ems, the larger size of the two glyphs) at which a word breaks between two CJK
    /// or full-width glyphs (0.8): CJK has no word spaces and is often letter-spaced (titles),
    /// so only a wide gap breaks it.
    pub word_gap_wide: f64,
    /// Gap at which a word breaks between two narrow (Latin, digit) glyphs (0.15 em): a tenth
    /// to a sixth of an em, as pdftotext breaks words.
    pub word_gap_narrow: f64,
    /// Gap at which a word breaks between a wide and a narrow glyph (0.5 em): a figure running
    /// into the text of the next column is the commonest collision.
    pub word_gap_mixed: f64,
    /// Grid pitch of the layout text view, as a share of the median glyph height (0.5: the
    /// width of a narrow character).
    pub text_pitch: f64,
    /// A vertical gap between two lines of more than this many line heights is a blank line in
    /// the layout text view (1.2).
    pub text_blank_line: f64,
}

impl Default for LayoutSettings {
    fn default() -> LayoutSettings {
        LayoutSettings {
            line_center_tolerance: 0.6,
            line_lookback: 4,
            word_gap_wide: 0.8,
            word_gap_narrow: 0.15,
            word_gap_mixed: 0.5,
            text_pitch: 0.5,
            text_blank_line: 1.2,
        }
    }
}
