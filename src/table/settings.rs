//! Every tolerance of layout and table finding, in one place. Lengths are in points (1/72
//! inch) of the top-left page space; "em" is the text size of the glyphs concerned; shares of
//! a count are exact fractions ([`Share`]). The defaults are what the corpus was tuned on; a
//! test or a user changes one field of [`Settings::default()`] and passes the result to
//! [`super::page_tables_with`] or [`super::document_tables_with`].

pub use crate::layout::LayoutSettings;

/// An exact fraction of a count (a fifth of the rows, a third of the lines), compared in
/// whole numbers so that no rounding moves a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub num: usize,
    pub den: usize,
}

impl Share {
    pub const fn new(num: usize, den: usize) -> Share {
        Share { num, den }
    }

    /// `part <= self × whole`.
    pub fn at_most(self, part: usize, whole: usize) -> bool {
        part.saturating_mul(self.den) <= whole.saturating_mul(self.num)
    }

    /// `part >= self × whole`.
    pub fn at_least(self, part: usize, whole: usize) -> bool {
        part.saturating_mul(self.den) >= whole.saturating_mul(self.num)
    }

    /// `part > self × whole`.
    pub fn more_than(self, part: usize, whole: usize) -> bool {
        !self.at_most(part, whole)
    }
}

/// Tolerances of the table-finding chain, by stage.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Settings {
    /// Lines and words (every stage reads text through them).
    pub layout: LayoutSettings,
    /// Ruled tables: edges, closing, cells, frames, unruled rows.
    pub lattice: LatticeSettings,
    /// Borderless tables: segments, columns, blocks, plausibility.
    pub stream: StreamSettings,
    /// Header rows.
    pub header: HeaderSettings,
    /// Lines around a table: title, unit, body, notes; caption rows inside a frame.
    pub caption: CaptionSettings,
    /// Tables continued across pages.
    pub merge: MergeSettings,
}

/// Ruled tables (`edges.rs`, `lattice.rs`, `rows.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatticeSettings {
    /// Parallel edges whose positions run in steps of at most this are snapped to one
    /// position (3 pt): a border drawn as several strokes, or cell by cell with rounding.
    pub snap_tolerance: f64,
    /// Collinear edges whose ends are at most this apart are joined (3 pt).
    pub join_tolerance: f64,
    /// Edges shorter than this after merging are dropped (3 pt): specks, glyph strokes.
    pub edge_min_length: f64,
    /// How far an edge may stop short of a crossing edge and still meet it (3 pt).
    pub intersection_tolerance: f64,
    /// Smallest cell side (2 pt): thinner slivers between doubled lines are not cells.
    pub min_cell_size: f64,
    /// Open edge ends (no crossing edge there) needed at one position to add a closing edge
    /// (2): Word leaves the border off the row a page break cuts.
    pub close_min_ends: usize,
    /// Column lines that must span the gap between two open row ends for a side to be
    /// closed (3): a table ruled only under its header and above its total is no grid.
    pub side_min_column_lines: usize,
    /// Rules a closed side must run along (3: the top, under the header, the foot).
    pub side_min_rows: usize,
    /// Cells sharing corners that make a table (2): a lone box is no table.
    pub min_table_cells: usize,
    /// A ruled grid of at most this many columns is a frame (around a borderless table, a
    /// note, a title), its text left to the stream finder (1).
    pub frame_max_columns: usize,
    /// A ruled row holding several text lines is split at them when at least this many carry
    /// figures (2) ...
    pub split_min_figure_lines: usize,
    /// ... or at least this many are numbered items, 一、… (2). A label wrapped over lines
    /// has its figures on one line and unnumbered continuation lines.
    pub split_min_numbered_lines: usize,
}

impl Default for LatticeSettings {
    fn default() -> LatticeSettings {
        LatticeSettings {
            snap_tolerance: 3.0,
            join_tolerance: 3.0,
            edge_min_length: 3.0,
            intersection_tolerance: 3.0,
            min_cell_size: 2.0,
            close_min_ends: 2,
            side_min_column_lines: 3,
            side_min_rows: 3,
            min_table_cells: 2,
            frame_max_columns: 1,
            split_min_figure_lines: 2,
            split_min_numbered_lines: 2,
        }
    }
}

/// Borderless tables (`stream.rs`, and which lines they are looked for in).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StreamSettings {
    /// A line is looked at when more than this share of its glyphs are upright (1/2):
    /// rotated text is chart labels and stamps.
    pub upright_share: Share,
    /// Words join one segment (one cell's text on a line) across a gap below this many ems
    /// between Latin words (0.5: a word space is a quarter to a third of an em) ...
    pub segment_gap_narrow: f64,
    /// ... and below this many ems next to CJK text (1.0), which has no word spaces, so any
    /// visible gap is deliberate.
    pub segment_gap_wide: f64,
    /// A column gap is an x range that at most this share of a block's rows cover (1/5): a
    /// subtotal label or a long name may cross a gap, a paragraph line crosses them all.
    pub gap_max_cover: Share,
    /// Narrowest column gap (2 pt, counted in whole points).
    pub gap_min_width: f64,
    /// A column boundary holds when at most this share of the rows cross it (1/3) and it cuts
    /// no word.
    pub boundary_max_crossing: Share,
    /// A boundary that cuts a word where it was placed moves at most this far
    /// (40 pt; 0: never) to where, within its gap, it cuts none: a header word set in the gap
    /// between two columns (比上年增长 over a column of rates) is no reason to merge them.
    pub boundary_max_move: f64,
    /// A vertical gap of more than this many line sizes ends a block of lines (4.0) ...
    pub block_max_gap: f64,
    /// ... as does one of more than this many times the block's usual line gap (2.0) ...
    pub block_gap_ratio: f64,
    /// ... the usual gap taken as at least this many line sizes (0.25), so tightly set
    /// lines do not end a block at every small gap.
    pub block_min_usual_gap: f64,
    /// A line just above a block's first line whose gap to it is below this many line sizes
    /// (0: the two overlap) is taken into the block: the upper line of a two-line header cell
    /// (2025年（调整） / 预算数 beside 项目 and 2026年预算数).
    pub header_join_gap: f64,
    /// Lines of two or more segments a block needs to be a table (3).
    pub min_rows: usize,
    /// A line at the edge of a block of at most this many segments that crosses a column
    /// (2) is a caption such as 部门名称：… 单位：万元, not a row.
    pub caption_max_segments: usize,
    /// Lines of one segment in the first column (section headings, wrapped row labels) that
    /// may lie between two blocks of the same columns joined as one table (3).
    pub section_max_lines: usize,
    /// Lines a frame without column lines must hold to be a table (2).
    pub framed_min_lines: usize,
    /// A line is a frame's when its centre lies inside it and it reaches out of neither side
    /// by more than this many of its heights (1.0): a line that does is a row of a wider
    /// table of which the frame is one column ruled on both sides (tables that rule only
    /// their figure columns).
    pub frame_overhang: f64,
    /// A borderless table needs a column in which at least this share of the filled body
    /// cells are figures (1/2) ...
    pub figure_column_share: Share,
    /// ... at least this many figures in its body (3) ...
    pub min_figures: usize,
    /// ... at least this share of its cells filled (2/5) ...
    pub min_filled: Share,
    /// ... at most this many cells with dot leaders (1: a contents page is not a table) ...
    pub max_leader_cells: usize,
    /// ... and must not lie over this many shapes, fills or pictures (3) ...
    pub chart_marks: usize,
    /// ... nor over a picture larger than this share of its area (0.3): aligned text over
    /// drawn shapes is a chart's labels.
    pub chart_image_share: f64,
}

impl Default for StreamSettings {
    fn default() -> StreamSettings {
        StreamSettings {
            upright_share: Share::new(1, 2),
            segment_gap_narrow: 0.5,
            segment_gap_wide: 1.0,
            gap_max_cover: Share::new(1, 5),
            gap_min_width: 2.0,
            boundary_max_crossing: Share::new(1, 3),
            boundary_max_move: 40.0,
            block_max_gap: 4.0,
            block_gap_ratio: 2.0,
            block_min_usual_gap: 0.25,
            header_join_gap: 0.0,
            min_rows: 3,
            caption_max_segments: 2,
            section_max_lines: 3,
            framed_min_lines: 2,
            frame_overhang: 1.0,
            figure_column_share: Share::new(1, 2),
            min_figures: 3,
            min_filled: Share::new(2, 5),
            max_leader_cells: 1,
            chart_marks: 3,
            chart_image_share: 0.3,
        }
    }
}

/// Header rows (`header.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeaderSettings {
    /// A row of consecutive numbers up to this (100) is a column-numbering row (栏次 1 2 3 …)
    /// and belongs to the header; larger numbers are data.
    pub max_column_number: u32,
}

impl Default for HeaderSettings {
    fn default() -> HeaderSettings {
        HeaderSettings {
            max_column_number: 100,
        }
    }
}

/// Captions around a table and inside its frame (`caption.rs`, `build.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CaptionSettings {
    /// A caption row at the top of a ruled frame is taken out only if at least this many rows
    /// stay (2).
    pub frame_min_rows: usize,
    /// Lines above a table read for its title, form number, unit and body (5, nearest
    /// first).
    pub max_lines_above: usize,
    /// How far a caption line may overlap the table's top edge, a note its bottom edge, or a
    /// title line the line below it (1 pt).
    pub overlap: f64,
    /// A title line of at most this many characters (2: 表, 算表) takes the caption line just
    /// above it, whatever its size ...
    pub title_fragment_chars: usize,
    /// ... and one of at most this many (6: 支出预算表) the line just above in the same size
    /// that does not end a title itself.
    pub title_short_chars: usize,
    /// Sizes within this share of each other are the same size (0.1).
    pub title_size_tolerance: f64,
    /// Largest gap between the two lines of a wrapped title, in line heights (1.0).
    pub title_wrap_gap: f64,
    /// Notes are read up to this far below the table (200 pt).
    pub notes_reach: f64,
    /// The foot of a page ends at this share of its height (0.95); below is the page number.
    pub foot_share: f64,
    /// Lines at the foot of a page that may caption the table starting the next page (3).
    pub foot_lines: usize,
    /// Lines from the top of each page compared for a running header (3) ...
    pub running_lines: usize,
    /// ... which is printed within this many points of one place (3 pt) ...
    pub running_tolerance: f64,
    /// ... on more than this share of the document's pages (0.5): it is no table's title.
    pub running_share: f64,
}

impl Default for CaptionSettings {
    fn default() -> CaptionSettings {
        CaptionSettings {
            frame_min_rows: 2,
            max_lines_above: 5,
            overlap: 1.0,
            title_fragment_chars: 2,
            title_short_chars: 6,
            title_size_tolerance: 0.1,
            title_wrap_gap: 1.0,
            notes_reach: 200.0,
            foot_share: 0.95,
            foot_lines: 3,
            running_lines: 3,
            running_tolerance: 3.0,
            running_share: 0.5,
        }
    }
}

/// Tables continued across pages (`merge.rs`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MergeSettings {
    /// Cell edges closer than this are one column boundary (2 pt).
    pub same_boundary: f64,
    /// A continuation's column boundary matches one of the previous part's within this (6 pt):
    /// a page may be printed a little shifted.
    pub boundary_match: f64,
    /// A continuation with as many column lines as the previous part pairs them in order when
    /// each is within this (10 pt) and within half the narrower column beside it.
    pub paired_boundary_match: f64,
    /// The previous part must reach below this share of its page's height (0.6) ...
    pub prev_bottom: f64,
    /// ... and the continuation start above this share of its page's height (0.4).
    pub next_top: f64,
    /// Text ending within this of its cell's right edge wrapped there (14 pt) ...
    pub wrap_margin: f64,
    /// ... or within this share of the cell's width (0.1): the row may go on past the break.
    pub wrap_margin_share: f64,
}

impl Default for MergeSettings {
    fn default() -> MergeSettings {
        MergeSettings {
            same_boundary: 2.0,
            boundary_match: 6.0,
            paired_boundary_match: 10.0,
            prev_bottom: 0.6,
            next_top: 0.4,
            wrap_margin: 14.0,
            wrap_margin_share: 0.1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_compare_exactly() {
        let fifth = Share::new(1, 5);
        // 2 of 10 is a fifth; 3 of 14 is more (14 / 5 = 2.8).
        assert!(fifth.at_most(2, 10) && !fifth.more_than(2, 10));
        assert!(fifth.more_than(3, 14) && !fifth.at_most(3, 14));
        let two_fifths = Share::new(2, 5);
        assert!(two_fifths.at_least(4, 10) && !two_fifths.at_least(3, 10));
    }

    /// docs/tables.md lists every field of `Settings` with its default: the fields are read
    /// from the `Debug` form of `Settings::default()`, so a field added, renamed or given
    /// another default without the list fails here.
    #[test]
    fn docs_list_every_field_with_its_default() {
        let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/tables.md"))
            .expect("docs/tables.md");
        let debug = format!("{:?}", Settings::default());
        let re = regex::Regex::new(r"(\w+): (?:Share \{ num: (\d+), den: (\d+) \}|([0-9.]+))")
            .expect("pattern");
        let mut n = 0;
        for c in re.captures_iter(&debug) {
            let name = &c[1];
            let value = match (c.get(2), c.get(3), c.get(4)) {
                (Some(num), Some(den), _) => format!("{}/{}", num.as_str(), den.as_str()),
                (_, _, Some(v)) => v.as_str().to_string(),
                _ => unreachable!(),
            };
            let row = format!("| `{name}` | {value} |");
            assert!(docs.contains(&row), "docs/tables.md lacks the row {row}");
            n += 1;
        }
        // Every leaf field was read: names other than the sub-structs and a share's parts.
        let leaves = regex::Regex::new(r"(\w+): ([A-Z]\w*Settings \{)?")
            .expect("pattern")
            .captures_iter(&debug)
            .filter(|c| c.get(2).is_none() && !matches!(&c[1], "num" | "den"))
            .count();
        assert_eq!(n, leaves);
    }
}
