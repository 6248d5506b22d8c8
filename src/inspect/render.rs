//! The page itself as pixels, by hayro (a pure-Rust PDF rasteriser), to set beside what was
//! read. Fonts a PDF does not embed come from the machine: the standard 14 from hayro's own
//! set, Chinese ones from an installed CJK family (Noto CJK, Source Han, WenQuanYi, AR PL,
//! Droid Sans Fallback). Without one, such text is missing from the image and the result says
//! so; nothing is ever downloaded. A renderer panic or a page that takes too long is an error,
//! not a crash: rendering runs on a thread of its own, and a page past the time limit is left
//! to it (the thread cannot be stopped; a command line ends soon after anyway).

use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, mpsc};
use std::time::Duration;

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_interpret::font::{FallbackFontQuery, FontData, FontQuery};
use hayro::hayro_interpret::hayro_cmap::CidFamily;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};
use resvg::usvg::fontdb;

/// A rendered page.
#[derive(Debug, Clone)]
pub struct PageImage {
    /// PNG bytes.
    pub png: Vec<u8>,
    /// Size in pixels.
    pub width: u32,
    pub height: u32,
    /// What is missing from the image (text in a font neither embedded nor installed).
    pub warnings: Vec<String>,
}

/// How large and how long.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    /// Pixels per inch (72 = one pixel a point).
    pub dpi: f32,
    /// Pixels at most; a larger page is rendered at a lower resolution.
    pub max_pixels: u64,
    /// Time for the page; past it the page image is left out.
    pub max_time: Duration,
}

impl Default for RenderOptions {
    fn default() -> RenderOptions {
        RenderOptions {
            dpi: 110.0,
            max_pixels: 25_000_000,
            max_time: Duration::from_secs(30),
        }
    }
}

/// The machine's fonts, read once (headers only; files are mapped when used). Shared with
/// the SVG rasteriser, which needs them for the labels.
pub fn system_fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            Arc::new(db)
        })
        .clone()
}

/// Families tried for Chinese text a PDF does not embed, Song-like (serif) and Hei-like
/// (sans); either list falls back on the other.
const SERIF_CJK: [&str; 5] = [
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Serif SC",
    "AR PL UMing CN",
    "AR PL SungtiL GB",
];
const SANS_CJK: [&str; 6] = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
];

/// Whether a font the PDF does not embed is a Chinese (or other CJK) one: a CJK character
/// collection, a name that is not ASCII (raw GBK bytes), or the name of a common Chinese face.
fn is_cjk(q: &FallbackFontQuery) -> bool {
    if q.character_collection.as_ref().is_some_and(|c| {
        matches!(
            c.family,
            CidFamily::AdobeGB1
                | CidFamily::AdobeCNS1
                | CidFamily::AdobeJapan1
                | CidFamily::AdobeKorea1
        )
    }) {
        return true;
    }
    let names = [&q.post_script_name, &q.font_name, &q.font_family];
    names.iter().filter_map(|n| n.as_deref()).any(|n| {
        !n.is_ascii()
            || [
                "Sim", "Song", "Hei", "Kai", "Fang", "YaHei", "Ming", "GB2312", "GBK", "FZ", "ST",
                "Yuan", "Li",
            ]
            .iter()
            .any(|k| n.contains(k))
    })
}

/// A Hei (sans) face rather than a Song, Fang or Kai one (closer to serif).
fn is_sans(q: &FallbackFontQuery) -> bool {
    let names = [&q.post_script_name, &q.font_name, &q.font_family];
    names
        .iter()
        .filter_map(|n| n.as_deref())
        .any(|n| n.contains("Hei") || n.contains("HT") || n.contains("Gothic") || n.contains('黑'))
}

fn find_cjk(db: &fontdb::Database, sans: bool, bold: bool) -> Option<(FontData, u32)> {
    let (first, second): (&[&str], &[&str]) = if sans {
        (&SANS_CJK, &SERIF_CJK)
    } else {
        (&SERIF_CJK, &SANS_CJK)
    };
    let weight = if bold {
        fontdb::Weight::BOLD
    } else {
        fontdb::Weight::NORMAL
    };
    first.iter().chain(second).find_map(|name| {
        let id = db.query(&fontdb::Query {
            families: &[fontdb::Family::Name(name)],
            weight,
            ..fontdb::Query::default()
        })?;
        let (data, index) = db.with_face_data(id, |data, index| (data.to_vec(), index))?;
        Some((Arc::new(data) as FontData, index))
    })
}

/// The CJK face for (sans, bold), looked up once per process: a face file is 20 MB.
fn cjk_face(sans: bool, bold: bool) -> Option<(FontData, u32)> {
    type Faces = std::sync::Mutex<Vec<((bool, bool), Option<(FontData, u32)>)>>;
    static FACES: OnceLock<Faces> = OnceLock::new();
    let mut faces = FACES
        .get_or_init(Faces::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some((_, v)) = faces.iter().find(|(k, _)| *k == (sans, bold)) {
        return v.clone();
    }
    let v = find_cjk(&system_fonts(), sans, bold);
    faces.push(((sans, bold), v.clone()));
    v
}

/// hayro's font resolver: standard fonts from its own set, CJK fonts from the machine.
/// `missing` is set when a CJK font was wanted and none is installed.
fn settings(missing: Arc<AtomicBool>) -> InterpreterSettings {
    InterpreterSettings {
        font_resolver: Arc::new(move |q| match q {
            FontQuery::Standard(s) => Some(s.get_font_data()),
            FontQuery::Fallback(f) => {
                if is_cjk(f) {
                    let found = cjk_face(is_sans(f), f.is_bold);
                    if found.is_some() {
                        return found;
                    }
                    missing.store(true, Ordering::Relaxed);
                }
                Some(f.pick_standard_font().get_font_data())
            }
        }),
        ..InterpreterSettings::default()
    }
}

/// Scale (pixels per point) for a page of `w` × `h` points under `opts`.
fn scale(w: f32, h: f32, opts: &RenderOptions) -> f32 {
    let s = (opts.dpi / 72.0).max(0.01);
    let area = f64::from(w.max(1.0)) * f64::from(h.max(1.0));
    let fit = (opts.max_pixels as f64 / area).sqrt() as f32;
    // hayro sizes its pixmap in u16.
    let side = 65_000.0 / w.max(h).max(1.0);
    s.min(fit).min(side)
}

fn render_now(pdf: Vec<u8>, page: u32, opts: &RenderOptions) -> Result<PageImage, String> {
    let pdf = Pdf::new(pdf).map_err(|e| format!("the renderer cannot read the file: {e:?}"))?;
    render_one(&pdf, &RenderCache::new(), page, opts)
}

/// Renders `page` of a PDF already read, with a cache of its fonts and glyphs shared by the
/// pages of one document.
fn render_one<'a>(
    pdf: &'a Pdf,
    cache: &RenderCache<'a>,
    page: u32,
    opts: &RenderOptions,
) -> Result<PageImage, String> {
    let pages = pdf.pages();
    let p = page
        .checked_sub(1)
        .and_then(|i| pages.get(i as usize))
        .ok_or_else(|| format!("the renderer finds no page {page}"))?;
    let (w, h) = p.render_dimensions();
    let s = scale(w, h, opts);
    let missing = Arc::new(AtomicBool::new(false));
    let pixmap = hayro::render(
        p,
        cache,
        &settings(missing.clone()),
        &RenderSettings::default(),
        &PixmapSettings {
            x_scale: s,
            y_scale: s,
            bg_color: WHITE,
        },
    );
    let (width, height) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    let png = encode(pixmap.data_as_u8_slice(), width, height)
        .map_err(|e| format!("cannot encode the page image: {e}"))?;
    let mut warnings = Vec::new();
    if missing.load(Ordering::Relaxed) {
        warnings.push(
            "Chinese text in fonts the PDF does not embed is missing from the page image: \
             no CJK font is installed (e.g. Debian's fonts-noto-cjk)"
                .to_string(),
        );
    }
    Ok(PageImage {
        png,
        width,
        height,
        warnings,
    })
}

/// The page as PNG: RGB (the page is drawn on white, so opaque), fast compression (half the
/// cost of a picture was the encoder's default level; the file grows by about a tenth).
fn encode(rgba: &[u8], width: u32, height: u32) -> Result<Vec<u8>, png::EncodingError> {
    let rgb: Vec<u8> = rgba
        .chunks_exact(4)
        .flat_map(|p| p.iter().take(3).copied())
        .collect();
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, width, height);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    let mut w = enc.write_header()?;
    w.write_image_data(&rgb)?;
    w.finish()?;
    Ok(out)
}

/// A page being rendered on a thread of its own.
pub struct Pending {
    rx: mpsc::Receiver<std::thread::Result<Result<PageImage, String>>>,
    max_time: Duration,
    started: std::time::Instant,
}

/// Starts rendering page `page` (1-based) of the PDF `pdf` to PNG.
pub fn start(pdf: Vec<u8>, page: u32, opts: &RenderOptions) -> Result<Pending, String> {
    let (tx, rx) = mpsc::channel();
    let o = *opts;
    std::thread::Builder::new()
        .name("yusuan-render".into())
        .spawn(move || {
            let out = std::panic::catch_unwind(|| render_now(pdf, page, &o));
            let _ = tx.send(out);
        })
        .map_err(|e| format!("cannot start the renderer: {e}"))?;
    Ok(Pending {
        rx,
        max_time: opts.max_time,
        started: std::time::Instant::now(),
    })
}

/// Starts rendering `pages` (1-based) of the PDF `pdf` one after the other on one thread,
/// which reads the file once and shares its fonts and glyphs between the pages (the report's
/// pictures of a document). Each page has [`RenderOptions::max_time`] after those before it.
pub fn start_pages(
    pdf: Vec<u8>,
    pages: &[u32],
    opts: &RenderOptions,
) -> Vec<Result<Pending, String>> {
    let o = *opts;
    let (senders, receivers): (Vec<_>, Vec<_>) = pages.iter().map(|_| mpsc::channel()).unzip();
    let todo: Vec<u32> = pages.to_vec();
    let spawned = std::thread::Builder::new()
        .name("yusuan-render".into())
        .spawn(move || {
            let opened =
                Pdf::new(pdf).map_err(|e| format!("the renderer cannot read the file: {e:?}"));
            let cache = RenderCache::new();
            for (n, tx) in todo.into_iter().zip(senders) {
                let out = std::panic::catch_unwind(AssertUnwindSafe(|| match &opened {
                    Ok(pdf) => render_one(pdf, &cache, n, &o),
                    Err(e) => Err(e.clone()),
                }));
                let _ = tx.send(out);
            }
        });
    let started = std::time::Instant::now();
    receivers
        .into_iter()
        .zip(1u32..)
        .map(|(rx, k)| match &spawned {
            Ok(_) => Ok(Pending {
                rx,
                max_time: opts.max_time.saturating_mul(k),
                started,
            }),
            Err(e) => Err(format!("cannot start the renderer: {e}")),
        })
        .collect()
}

impl Pending {
    /// The image, or why there is none: a panic in the renderer or a page slower than the
    /// time limit (counted from the start) is an error.
    pub fn wait(self) -> Result<PageImage, String> {
        let left = self.max_time.saturating_sub(self.started.elapsed());
        match self.rx.recv_timeout(left) {
            Ok(Ok(r)) => r,
            Ok(Err(_)) => {
                Err("the renderer failed on this page (a bug in it; page image left out)".into())
            }
            Err(mpsc::RecvTimeoutError::Timeout) => Err(format!(
                "the page took longer than {} s to render; page image left out",
                self.max_time.as_secs_f64()
            )),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err("the renderer stopped without a result".into())
            }
        }
    }
}

/// Renders page `page` (1-based) of the PDF `pdf` to PNG (see [`start`]).
pub fn render_page(pdf: Vec<u8>, page: u32, opts: &RenderOptions) -> Result<PageImage, String> {
    start(pdf, page, opts)?.wait()
}

/// Pixels at most in a rasterised picture.
const MAX_PICTURE_PIXELS: f64 = 120_000_000.0;

/// Rasterises an SVG (a picture of [`super::svg`]) to PNG at its own size (smaller if it
/// would pass [`MAX_PICTURE_PIXELS`]), with the machine's fonts for its labels.
pub fn rasterise(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let opt = usvg::Options {
        fontdb: system_fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| format!("bad SVG: {e}"))?;
    let size = tree.size();
    let area = f64::from(size.width()) * f64::from(size.height());
    let k = (MAX_PICTURE_PIXELS / area.max(1.0)).sqrt().min(1.0) as f32;
    let (w, h) = (
        (size.width() * k).ceil().max(1.0) as u32,
        (size.height() * k).ceil().max(1.0) as u32,
    );
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| format!("cannot make a {w}×{h} image"))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(k, k),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_is_bounded() {
        let o = RenderOptions::default();
        assert!((scale(595.0, 842.0, &o) - 110.0 / 72.0).abs() < 1e-4);
        // A hostile 14,400-point page is not 20,000 pixels a side.
        let s = scale(14_400.0, 14_400.0, &o);
        assert!(f64::from(14_400.0 * s).powi(2) <= o.max_pixels as f64 * 1.001);
    }

    #[test]
    fn broken_input_is_an_error() {
        let o = RenderOptions::default();
        assert!(render_page(b"%PDF-1.4 nothing here".to_vec(), 1, &o).is_err());
        assert!(render_page(Vec::new(), 1, &o).is_err());
    }
}
