//! make-corpus: writes the synthetic test corpus (corpus/*.pdf) and its golden files
//! (golden/*.json). See golden/VERIFICATION.md.

mod canvas;
mod data;
mod fixtures;
mod fonts;
mod gb1;
mod geom;
mod model;
mod pdf;
mod table;
mod ttf;
mod verify;

use std::path::PathBuf;

fn usage() -> ! {
    eprintln!(
        "usage: make-corpus [--out DIR] [--only NAME]\n       make-corpus [--out DIR] --verify\n       make-corpus --regen-gb1 UNIGB-UCS2-H ADOBE-GB1-CID2UNICODE\n\n\
         Writes DIR/corpus/NAME.pdf and DIR/golden/NAME.json (DIR defaults to the workspace root)."
    );
    std::process::exit(2)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut out = yusuan_dev::root();
    let mut only: Option<String> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = PathBuf::from(args.next().unwrap_or_else(|| usage())),
            "--verify" => {
                let ok = verify::run(&out);
                std::process::exit(if ok { 0 } else { 1 });
            }
            "--only" => only = Some(args.next().unwrap_or_else(|| usage())),
            "--regen-gb1" => {
                let cmap = args.next().unwrap_or_else(|| usage());
                let cid2uni = args.next().unwrap_or_else(|| usage());
                gb1::start_collecting();
                for f in fixtures::ALL {
                    let _ = f();
                }
                let chars = gb1::collected();
                let src = gb1::table_source(
                    &chars,
                    &std::fs::read_to_string(cmap).expect("read CMap"),
                    &std::fs::read_to_string(cid2uni).expect("read CID -> Unicode"),
                );
                let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("src/bin/make-corpus/gb1_table.rs");
                std::fs::write(&path, src).expect("write gb1_table.rs");
                eprintln!("wrote {} ({} characters)", path.display(), chars.len());
                return;
            }
            _ => usage(),
        }
    }
    let corpus = out.join("corpus");
    let golden = out.join("golden");
    std::fs::create_dir_all(&corpus).expect("create corpus dir");
    std::fs::create_dir_all(&golden).expect("create golden dir");
    let mut total = 0;
    for f in fixtures::ALL {
        let fx = f();
        if only.as_ref().is_some_and(|o| *o != fx.name) {
            continue;
        }
        let pdf_path = corpus.join(format!("{}.pdf", fx.name));
        std::fs::write(&pdf_path, &fx.pdf).expect("write pdf");
        let mut json = serde_json::to_string_pretty(&fx.golden).expect("json");
        json.push('\n');
        std::fs::write(golden.join(format!("{}.json", fx.name)), json).expect("write golden");
        total += fx.pdf.len();
        println!("{:>8}  corpus/{}.pdf", fx.pdf.len(), fx.name);
    }
    println!("{total:>8}  total");
}
