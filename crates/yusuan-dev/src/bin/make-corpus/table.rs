//! Tables: column grid, merged header cells, body rows, drawn with one of the ruling styles
//! real budget PDFs use, and the golden cell grid of what was drawn.

#![allow(clippy::needless_range_loop)] // grid indices read best as indices

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::canvas::Canvas;
use crate::fonts::Font;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Rule {
    /// Maximal runs as `m l S`.
    Stroke,
    /// Every cell as `re S`.
    RectStroke,
    /// Every cell edge as a 0.5 pt filled rectangle (`re f`), as Word and WPS draw borders.
    ThinRect,
    /// Only the outer box (`re S`) and the rule under the header (`m l S`).
    Partial,
    None,
}

impl Rule {
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Stroke => "stroke",
            Rule::RectStroke => "rect-stroke",
            Rule::ThinRect => "thin-rect",
            Rule::Partial => "partial",
            Rule::None => "none",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Cell {
    pub r: usize,
    pub c: usize,
    pub rs: usize,
    pub cs: usize,
    pub text: String,
}

pub fn cell(r: usize, c: usize, rs: usize, cs: usize, text: &str) -> Cell {
    Cell {
        r,
        c,
        rs,
        cs,
        text: text.to_string(),
    }
}

pub struct Table {
    pub cols: Vec<f64>,
    pub aligns: Vec<Align>,
    pub header: Vec<Cell>,
    pub header_rows: usize,
    /// Text slots (lines) in each header row.
    pub header_slots: Vec<usize>,
    pub body: Vec<Vec<String>>,
    pub font: Rc<Font>,
    pub size: f64,
    pub header_font: Rc<Font>,
    pub header_size: f64,
    /// Height of one text slot.
    pub pitch: f64,
    pub rule: Rule,
    pub shade_header: bool,
    /// Body rows (indices into `body`) to shade.
    pub shade_rows: Vec<usize>,
    pub pad: f64,
}

impl Table {
    pub fn new(cols: Vec<f64>, aligns: Vec<Align>, font: &Rc<Font>, size: f64) -> Table {
        assert_eq!(cols.len(), aligns.len());
        Table {
            cols,
            aligns,
            header: Vec::new(),
            header_rows: 0,
            header_slots: Vec::new(),
            body: Vec::new(),
            font: font.clone(),
            size,
            header_font: font.clone(),
            header_size: size,
            pitch: size * 2.0,
            rule: Rule::Stroke,
            shade_header: false,
            shade_rows: Vec::new(),
            pad: 3.0,
        }
    }

    pub fn header(mut self, rows: usize, cells: Vec<Cell>) -> Table {
        self.header_rows = rows;
        self.header = cells;
        if self.header_slots.len() != rows {
            self.header_slots = vec![1; rows];
        }
        self
    }

    pub fn body_rows(mut self, rows: Vec<Vec<String>>) -> Table {
        for r in &rows {
            assert_eq!(r.len(), self.cols.len(), "row {r:?}");
        }
        self.body = rows;
        self
    }

    pub fn width(&self) -> f64 {
        self.cols.iter().sum()
    }

    /// Height of the header plus `n` body rows.
    pub fn height(&self, with_header: bool, n: usize) -> f64 {
        let h: f64 = if with_header {
            self.header_slots
                .iter()
                .map(|&s| s as f64 * self.pitch)
                .sum()
        } else {
            0.0
        };
        h + n as f64 * self.pitch
    }

    /// Draws the header (if `with_header`) and body rows `rows` with the top-left corner at
    /// (x, top). Returns the bottom y and the golden cell grid.
    pub fn draw(
        &self,
        c: &mut Canvas,
        x: f64,
        top: f64,
        rows: std::ops::Range<usize>,
        with_header: bool,
    ) -> (f64, Vec<Vec<String>>) {
        let ncols = self.cols.len();
        let hr = if with_header { self.header_rows } else { 0 };
        let nrows = hr + rows.len();
        let mut heights: Vec<f64> = Vec::new();
        let mut slots: Vec<usize> = Vec::new();
        for i in 0..hr {
            heights.push(self.header_slots[i] as f64 * self.pitch);
            slots.push(self.header_slots[i]);
        }
        for _ in rows.clone() {
            heights.push(self.pitch);
            slots.push(1);
        }
        let mut ys = vec![top];
        for h in &heights {
            ys.push(ys.last().unwrap() - h);
        }
        let mut xs = vec![x];
        for w in &self.cols {
            xs.push(xs.last().unwrap() + w);
        }
        // cells: (r, c, rs, cs, text, is_header)
        let mut cells: Vec<(Cell, bool)> = Vec::new();
        if with_header {
            for h in &self.header {
                cells.push((h.clone(), true));
            }
        }
        for (i, bi) in rows.clone().enumerate() {
            for (ci, t) in self.body[bi].iter().enumerate() {
                cells.push((cell(hr + i, ci, 1, 1, t), false));
            }
        }
        // owner grid
        let mut owner = vec![vec![usize::MAX; ncols]; nrows];
        for (k, (cl, _)) in cells.iter().enumerate() {
            for r in cl.r..cl.r + cl.rs {
                for cc in cl.c..cl.c + cl.cs {
                    assert_eq!(owner[r][cc], usize::MAX, "overlapping cells at {r},{cc}");
                    owner[r][cc] = k;
                }
            }
        }
        let mut next = cells.len();
        for row in owner.iter_mut() {
            for o in row.iter_mut() {
                if *o == usize::MAX {
                    *o = next;
                    next += 1;
                }
            }
        }
        let total_w = self.width();
        // shading under everything
        if self.shade_header && hr > 0 {
            c.shade(x, ys[hr], total_w, top - ys[hr], 0.85);
        }
        for (i, bi) in rows.clone().enumerate() {
            if self.shade_rows.contains(&bi) {
                let r = hr + i;
                c.shade(x, ys[r + 1], total_w, ys[r] - ys[r + 1], 0.92);
            }
        }
        // rulings
        let hpiece = |b: usize, cc: usize| b == 0 || b == nrows || owner[b - 1][cc] != owner[b][cc];
        let vpiece = |v: usize, r: usize| v == 0 || v == ncols || owner[r][v - 1] != owner[r][v];
        match self.rule {
            Rule::Stroke => {
                c.line_width(0.5);
                for b in 0..=nrows {
                    let mut cc = 0;
                    while cc < ncols {
                        if !hpiece(b, cc) {
                            cc += 1;
                            continue;
                        }
                        let start = cc;
                        while cc < ncols && hpiece(b, cc) {
                            cc += 1;
                        }
                        c.move_line(xs[start], ys[b], xs[cc], ys[b]);
                    }
                }
                for v in 0..=ncols {
                    let mut r = 0;
                    while r < nrows {
                        if !vpiece(v, r) {
                            r += 1;
                            continue;
                        }
                        let start = r;
                        while r < nrows && vpiece(v, r) {
                            r += 1;
                        }
                        c.move_line(xs[v], ys[start], xs[v], ys[r]);
                    }
                }
                c.stroke();
            }
            Rule::RectStroke => {
                c.line_width(0.6);
                let mut seen = BTreeSet::new();
                for r in 0..nrows {
                    for cc in 0..ncols {
                        let o = owner[r][cc];
                        if !seen.insert(o) {
                            continue;
                        }
                        let (rs, cs) = if o < cells.len() {
                            (cells[o].0.rs, cells[o].0.cs)
                        } else {
                            (1, 1)
                        };
                        c.rect_path(xs[cc], ys[r + rs], xs[cc + cs] - xs[cc], ys[r] - ys[r + rs]);
                    }
                }
                c.stroke();
            }
            Rule::ThinRect => {
                c.raw("0 g\n");
                for b in 0..=nrows {
                    for cc in 0..ncols {
                        if hpiece(b, cc) {
                            c.thin_h(xs[cc], xs[cc + 1], ys[b], 0.5);
                        }
                    }
                }
                for v in 0..=ncols {
                    for r in 0..nrows {
                        if vpiece(v, r) {
                            c.thin_v(xs[v], ys[r + 1], ys[r], 0.5);
                        }
                    }
                }
            }
            Rule::Partial => {
                c.line_width(0.8);
                c.rect_path(x, ys[nrows], total_w, top - ys[nrows]);
                c.stroke();
                if hr > 0 {
                    c.line_width(0.5);
                    c.move_line(x, ys[hr], x + total_w, ys[hr]);
                    c.stroke();
                }
            }
            Rule::None => {}
        }
        // text
        let mut grid = vec![vec![String::new(); ncols]; nrows];
        for (cl, is_header) in &cells {
            let joined: String = cl.text.split('\n').collect();
            grid[cl.r][cl.c] = joined;
            if cl.text.is_empty() {
                continue;
            }
            let (font, size) = if *is_header {
                (&self.header_font, self.header_size)
            } else {
                (&self.font, self.size)
            };
            let mut baselines = Vec::new();
            for r in cl.r..cl.r + cl.rs {
                for s in 0..slots[r] {
                    baselines.push(ys[r] - (s as f64 + 0.5) * self.pitch - size * 0.35);
                }
            }
            let lines: Vec<&str> = cl.text.split('\n').collect();
            assert!(
                lines.len() <= baselines.len(),
                "cell {:?} has more lines than slots",
                cl.text
            );
            let start = (baselines.len() - lines.len()) / 2;
            let (x0, x1) = (xs[cl.c], xs[cl.c + cl.cs]);
            let align = if *is_header {
                Align::Center
            } else {
                self.aligns[cl.c]
            };
            for (i, line) in lines.iter().enumerate() {
                let w = font.text_width(line, size);
                assert!(
                    w <= x1 - x0 - 2.0 * self.pad + 0.01,
                    "{line:?} ({w:.1}) does not fit in {:.1}",
                    x1 - x0
                );
                let y = baselines[start + i];
                match align {
                    Align::Left => c.text(font, size, x0 + self.pad, y, line),
                    Align::Center => c.text_center(font, size, (x0 + x1) / 2.0, y, line),
                    Align::Right => c.text_right(font, size, x1 - self.pad, y, line),
                }
            }
        }
        (ys[nrows], grid)
    }
}
