//! `extract --report`: a static, offline HTML report of a batch in `DIR/report/` (no CDN, no
//! server, no request: open `index.html` from the disk). `index.html` lists the documents
//! with their status and counts, filtered by status and by the worst check; `doc/<doc_id>.html`
//! shows one document's failed checks and its tables as printed (kinds, header rows, spans;
//! the cells of failed checks marked), each linking to the page picture with the place boxed:
//! `pages/<doc_id>-p<N>.html`, the picture of `yusuan inspect -o page.html` (src/inspect).
//!
//! Bounded and fast on a whole corpus: a document's page is written by the worker that read
//! it; pictures (a page rendered, the costly part) are drawn only for pages that show a
//! failed check, at most [`MAX_PICTURES`] a document; every other page with a table gets an
//! outline drawn from what was read (each cell at its place with its text, the table boxed:
//! no PDF read, no rendering), which links to the PDF at that page. docs/report.md has the
//! figures.

mod document;
mod html;
mod index;
mod outline;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use document::write as document;
pub use index::Index;

/// Pages a document's report draws at most (pages with failed checks, in page order).
pub const MAX_PICTURES: usize = 3;

/// Resolution of the page images in the pictures, pixels per inch: enough to read a figure,
/// small enough to keep a picture near 200 kB.
pub const PICTURE_DPI: f32 = 80.0;

/// `DIR/report`.
pub fn dir(out: &Path) -> PathBuf {
    out.join("report")
}

/// The report's folders, made ready for a new batch: pages and pictures of an earlier run
/// are removed (a report shows one batch; `--resume` writes them again).
pub fn prepare(out: &Path) -> io::Result<()> {
    let dir = dir(out);
    for sub in ["doc", "pages"] {
        let d = dir.join(sub);
        fs::create_dir_all(&d)?;
        for e in fs::read_dir(&d)?.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "html") {
                fs::remove_file(p)?;
            }
        }
    }
    Ok(())
}

/// Writes `path` whole or not at all (a temporary name renamed).
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path)
}
