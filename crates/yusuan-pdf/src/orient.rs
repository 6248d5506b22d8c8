//! Sideways pages. A wide table printed across an upright page, or a landscape page stored
//! turned, has its text running at 90° (or 180°, 270°) on the page as displayed. Such a page
//! is turned into its text's reading frame — glyphs, rulings, fills, shapes and images alike —
//! so that every later layer sees upright text, as `pdftotext` does. [`PageContent::turn`]
//! records the turn and [`PageContent::displayed`] maps a box back onto the displayed page,
//! where provenance boxes are reported.

use super::geom::Rect;
use super::page::{Orientation, PageContent};

/// A glyph counts for a quarter turn when its baseline is within this many degrees of it.
const ANGLE_TOL: i32 = 5;

/// The quarter turn (0, 90, 180 or 270, counter-clockwise) a baseline angle is close to.
fn quarter(angle: i16) -> Option<u16> {
    let a = i32::from(angle).rem_euclid(360);
    let q = (a + 45) / 90 % 4 * 90;
    let off = (a - q).rem_euclid(360).min((q - a).rem_euclid(360));
    (off <= ANGLE_TOL).then_some(q as u16)
}

/// The way the page's text runs: the quarter turn that more than half of its printed glyphs
/// (spaces and vertical writing aside) share; 0 when none does.
pub fn text_turn(page: &PageContent) -> u16 {
    let mut counts = [0usize; 4];
    let mut total = 0usize;
    for g in page
        .glyphs
        .iter()
        .filter(|g| !g.vertical && !g.text.trim().is_empty())
    {
        total += 1;
        if let Some(q) = quarter(g.angle)
            && let Some(c) = counts.get_mut(usize::from(q / 90))
        {
            *c += 1;
        }
    }
    (1..4)
        .find(|&i| counts.get(i).is_some_and(|&c| c * 2 > total))
        .map_or(0, |i| i as u16 * 90)
}

/// A point of the displayed page (`w` × `h`) in the frame turned clockwise by `turn`.
fn forward(turn: u16, w: f64, h: f64, (x, y): (f64, f64)) -> (f64, f64) {
    match turn {
        90 => (h - y, x),
        180 => (w - x, h - y),
        270 => (y, w - x),
        _ => (x, y),
    }
}

/// [`forward`] undone: a point of the turned frame on the displayed page (`w` × `h`).
fn back(turn: u16, w: f64, h: f64, (x, y): (f64, f64)) -> (f64, f64) {
    match turn {
        90 => (y, h - x),
        180 => (w - x, h - y),
        270 => (w - y, x),
        _ => (x, y),
    }
}

fn map_rect(r: &Rect, f: impl Fn((f64, f64)) -> (f64, f64)) -> Rect {
    Rect::from_points(f((r.x0, r.y0)), f((r.x1, r.y1)))
}

/// Turns the page clockwise by `turn` degrees (a quarter turn), so that text running at
/// `turn` degrees reads left to right.
pub fn turn(page: &mut PageContent, turn: u16) {
    if !matches!(turn, 90 | 180 | 270) {
        return;
    }
    let (w, h) = (page.width, page.height);
    let f = |p| forward(turn, w, h, p);
    for g in &mut page.glyphs {
        g.bbox = map_rect(&g.bbox, f);
        g.angle = ((i32::from(g.angle) - i32::from(turn) + 180).rem_euclid(360) - 180) as i16;
    }
    for u in &mut page.undecoded_glyphs {
        u.bbox = map_rect(&u.bbox, f);
    }
    for l in &mut page.rulings {
        let (p, q) = (f((l.x0, l.y0)), f((l.x1, l.y1)));
        let r = Rect::from_points(p, q);
        (l.x0, l.y0, l.x1, l.y1) = (r.x0, r.y0, r.x1, r.y1);
        if turn != 180 {
            l.orientation = match l.orientation {
                Orientation::Horizontal => Orientation::Vertical,
                Orientation::Vertical => Orientation::Horizontal,
            };
        }
    }
    for fill in &mut page.fills {
        fill.rect = map_rect(&fill.rect, f);
    }
    for r in page.shapes.iter_mut().chain(page.image_boxes.iter_mut()) {
        *r = map_rect(r, f);
    }
    if turn != 180 {
        (page.width, page.height) = (h, w);
    }
    page.turn = turn;
}

impl PageContent {
    /// A box of this page's (possibly turned) frame on the page as displayed (top-left space
    /// after /Rotate): where a reader of the rendered page finds it.
    pub fn displayed(&self, r: &Rect) -> Rect {
        let (w, h) = match self.turn {
            90 | 270 => (self.height, self.width),
            _ => (self.width, self.height),
        };
        map_rect(r, |p| back(self.turn, w, h, p))
    }

    /// The page as displayed: a turned page turned back (every box and angle as printed,
    /// `turn` 0), for drawing over the rendered page.
    pub fn as_displayed(&self) -> PageContent {
        let mut page = self.clone();
        if self.turn != 0 {
            turn(&mut page, 360 - self.turn);
            page.turn = 0;
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{Glyph, Ruling, RulingSource};

    fn sideways(text: &str, x: f64, y: f64, angle: i16) -> Glyph {
        let mut g = Glyph::at(text, x, y, 10.0);
        g.angle = angle;
        g
    }

    #[test]
    fn quarters() {
        assert_eq!(quarter(0), Some(0));
        assert_eq!(quarter(90), Some(90));
        assert_eq!(quarter(-90), Some(270));
        assert_eq!(quarter(-180), Some(180));
        assert_eq!(quarter(93), Some(90));
        assert_eq!(quarter(-3), Some(0));
        assert_eq!(quarter(45), None);
    }

    #[test]
    fn turns_only_a_page_whose_text_mostly_runs_sideways() {
        let mut page = PageContent {
            width: 600.0,
            height: 800.0,
            ..PageContent::default()
        };
        page.glyphs = vec![
            sideways("9", 100.0, 500.0, 90),
            sideways("5", 300.0, 780.0, 0),
        ];
        assert_eq!(text_turn(&page), 0, "a tie is not a majority");
        page.glyphs.push(sideways("3", 100.0, 480.0, 90));
        assert_eq!(text_turn(&page), 90);
        page.glyphs.iter_mut().for_each(|g| g.angle = -g.angle);
        assert_eq!(text_turn(&page), 270);
    }

    #[test]
    fn turn_and_back() {
        for t in [90, 180, 270] {
            let mut page = PageContent {
                width: 600.0,
                height: 800.0,
                ..PageContent::default()
            };
            let b = Rect {
                x0: 100.0,
                y0: 500.0,
                x1: 110.0,
                y1: 520.0,
            };
            page.glyphs = vec![sideways("9", b.x0, b.y0, t as i16)];
            page.glyphs[0].bbox = b;
            page.rulings = vec![Ruling {
                orientation: Orientation::Vertical,
                x0: 50.0,
                y0: 100.0,
                x1: 50.0,
                y1: 700.0,
                width: 0.5,
                source: RulingSource::Stroke,
            }];
            turn(&mut page, t);
            let g = &page.glyphs[0];
            assert_eq!(g.angle, 0);
            assert_eq!(page.displayed(&g.bbox), b, "turn {t}");
            let shown = page.as_displayed();
            assert_eq!((shown.turn, shown.width, shown.height), (0, 600.0, 800.0));
            let angle = ((t + 180) % 360) as i16 - 180; // 90, -180, -90: the same quarter turns
            assert_eq!((shown.glyphs[0].bbox, shown.glyphs[0].angle), (b, angle));
            let r = &shown.rulings[0];
            assert_eq!(r.orientation, Orientation::Vertical);
            assert_eq!((r.x0, r.y0, r.x1, r.y1), (50.0, 100.0, 50.0, 700.0));
            let r = &page.rulings[0];
            let horizontal = r.orientation == Orientation::Horizontal;
            assert_eq!(horizontal, t != 180);
            assert!(r.x0 <= r.x1 && r.y0 <= r.y1);
            assert!((r.x1 - r.x0).max(r.y1 - r.y0) == 600.0);
        }
    }

    /// Text running up the page (90°): its first glyph is lowest on the displayed page and
    /// must come first, left, in the turned frame; the line to the right comes below.
    #[test]
    fn upward_text_reads_left_to_right() {
        let mut page = PageContent {
            width: 600.0,
            height: 800.0,
            ..PageContent::default()
        };
        page.glyphs = vec![
            sideways("9", 100.0, 520.0, 90),
            sideways("3", 100.0, 500.0, 90),
            sideways("1", 130.0, 520.0, 90),
        ];
        turn(&mut page, 90);
        let [a, b, c] = [0, 1, 2].map(|i| page.glyphs[i].bbox);
        assert!(a.x0 < b.x0 && (a.y0 - b.y0).abs() < 1e-9);
        assert!(c.y0 > a.y0);
        assert_eq!((page.width, page.height), (800.0, 600.0));
    }
}
