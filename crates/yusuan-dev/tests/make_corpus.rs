//! The committed synthetic corpus (corpus/*.pdf) and its golden files (golden/*.json) are
//! exactly what `make-corpus` writes now: the generator is the source of both; and the
//! generator's Adobe-GB1 CIDs agree with the library's.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn names_in(dir: &Path, ext: &str) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// The committed corpus and golden files are exactly what `make-corpus` writes now.
#[test]
fn corpus_is_what_make_corpus_writes() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("make-corpus-regen");
    let _ = std::fs::remove_dir_all(&out);
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_make-corpus"))
        .arg("--out")
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run make-corpus");
    assert!(status.success(), "make-corpus failed");
    let mut problems = Vec::new();
    for (dir, ext) in [("corpus", "pdf"), ("golden", "json")] {
        let committed = names_in(&yusuan_dev::root().join(dir), ext);
        let fresh = names_in(&out.join(dir), ext);
        if committed != fresh {
            problems.push(format!(
                "{dir}: committed {committed:?}, generated {fresh:?}"
            ));
        }
        for name in committed.intersection(&fresh) {
            let a =
                std::fs::read(yusuan_dev::root().join(dir).join(format!("{name}.{ext}"))).unwrap();
            let b = std::fs::read(out.join(dir).join(format!("{name}.{ext}"))).unwrap();
            if a != b {
                problems.push(format!(
                    "{dir}/{name}.{ext} differs from what make-corpus writes ({} vs {} bytes)",
                    a.len(),
                    b.len()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "run `cargo run --bin make-corpus` and commit:\n{}",
        problems.join("\n")
    );
}

mod generator_gb1 {
    include!("../src/bin/make-corpus/gb1_table.rs");
}

/// The Adobe-GB1 CIDs the generator prints (taken from Adobe's UniGB-UCS2-H, see
/// gb1_table.rs) decode to the same characters through the library's Adobe-GB1 table, and are
/// the CIDs the library would choose.
#[test]
fn generator_gb1_cids_agree_with_the_library() {
    use yusuan::pdf::font::predefined::{gb1_cid, gb1_unicode};
    let mut problems = Vec::new();
    for &(c, cid) in generator_gb1::GB1 {
        if gb1_unicode(cid) != Some(c) {
            problems.push(format!(
                "{c:?}: CID {cid} decodes to {:?}",
                gb1_unicode(cid)
            ));
        }
        if gb1_cid(c) != Some(cid) {
            problems.push(format!(
                "{c:?}: generator CID {cid}, library gb1_cid {:?}",
                gb1_cid(c)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
