//! render-choice: time hayro over whole files (one core), or write pages as PNG at 80 dpi
//! for a pixel comparison with `pdftoppm -r 80` (compare.py).
//!   render-choice time cjk|nocjk FILE...     pages, seconds, slowest page per file
//!   render-choice png cjk|nocjk FILE PAGE OUT.png
//!   render-choice pngs cjk|nocjk FILE OUTPREFIX  every page as OUTPREFIX-N.png
use hayro::hayro_interpret::font::FontQuery;
use hayro::hayro_interpret::hayro_cmap::CidFamily;
use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{render, PixmapSettings, RenderCache, RenderSettings};
use std::sync::Arc;
use std::time::Instant;

fn load(path: &str) -> Option<Arc<Vec<u8>>> {
    std::fs::read(path).ok().map(Arc::new)
}

/// hayro's default resolver (standard 14 fonts only) or, with `cjk`, Noto CJK from Debian's
/// fonts-noto-cjk for non-embedded Chinese fonts (face 2 of the collections is SC).
fn settings(cjk: bool) -> InterpreterSettings {
    if !cjk {
        return InterpreterSettings::default();
    }
    let sans = load("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    let serif = load("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
    let sans_b = load("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc");
    InterpreterSettings {
        font_resolver: Arc::new(move |q| match q {
            FontQuery::Standard(s) => Some(s.get_font_data()),
            FontQuery::Fallback(f) => {
                let name = f.post_script_name.clone().unwrap_or_default();
                let cjk = f.character_collection.as_ref().is_some_and(|c| matches!(c.family, CidFamily::AdobeGB1 | CidFamily::AdobeCNS1))
                    || name.bytes().any(|b| b >= 0x80)
                    || ["Sim", "Song", "Hei", "Kai", "Fang", "YaHei", "GB", "Ming", "FZ"].iter().any(|k| name.contains(k));
                if cjk {
                    let hei = name.contains("Hei") || name.contains("YaHei") || name.contains("HT");
                    let d = if f.is_bold { sans_b.clone() } else if hei { sans.clone() } else { serif.clone() };
                    if let Some(d) = d { return Some((d as _, 2)); }
                }
                Some(f.pick_standard_font().get_font_data())
            }
        }),
        ..Default::default()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args[1].as_str();
    let cjk = args[2] == "cjk";
    let st = settings(cjk);
    let rs = RenderSettings::default();
    let ps = PixmapSettings { x_scale: 80.0 / 72.0, y_scale: 80.0 / 72.0, bg_color: WHITE };
    match mode {
        "time" => {
            for f in &args[3..] {
                let data = std::fs::read(f).unwrap();
                let t = Instant::now();
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let pdf = Pdf::new(data).map_err(|e| format!("{e:?}"))?;
                    let cache = RenderCache::new();
                    let mut n = 0; let mut slow = 0f64;
                    for p in pdf.pages().iter() {
                        let t1 = Instant::now();
                        let px = render(p, &cache, &st, &rs, &ps);
                        std::hint::black_box(px.width());
                        slow = slow.max(t1.elapsed().as_secs_f64());
                        n += 1;
                    }
                    Ok::<_, String>((n, slow))
                }));
                let secs = t.elapsed().as_secs_f64();
                match r {
                    Ok(Ok((n, slow))) => println!("{n}\t{secs:.3}\t{slow:.3}\t{f}"),
                    Ok(Err(e)) => println!("0\t{secs:.3}\terror {e}\t{f}"),
                    Err(_) => println!("0\t{secs:.3}\tpanic\t{f}"),
                }
            }
        }
        "png" => {
            // png FILE PAGE OUT
            let data = std::fs::read(&args[3]).unwrap();
            let page: usize = args[4].parse().unwrap();
            let pdf = Pdf::new(data).unwrap();
            let cache = RenderCache::new();
            let pages = pdf.pages();
            let px = render(&pages[page - 1], &cache, &st, &rs, &ps);
            std::fs::write(&args[5], px.into_png().unwrap()).unwrap();
        }
        "pngs" => {
            // pngs FILE OUTPREFIX: every page as OUTPREFIX-N.png
            let data = std::fs::read(&args[3]).unwrap();
            let pdf = Pdf::new(data).unwrap();
            let cache = RenderCache::new();
            for (i, p) in pdf.pages().iter().enumerate() {
                let px = render(p, &cache, &st, &rs, &ps);
                std::fs::write(format!("{}-{}.png", args[4], i + 1), px.into_png().unwrap()).unwrap();
            }
        }
        _ => panic!("mode"),
    }
}
