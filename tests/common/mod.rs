//! Where the tests find `../shared` (the real corpus beside the repository), and what they do
//! without it. One rule for every test that reads it:
//! - absent: the test says `SKIPPED …` on the terminal (not only in captured output) and
//!   passes, so a fresh clone is green;
//! - absent while `CI=1` or `YUSUAN_REQUIRE_SHARED=1` is set (`.ci/run` sets the latter when
//!   `../shared/corpus` exists): the test fails;
//! - present but lacking something the test needs ([`need`]): the test fails.
//!
//! Compiled into the main crate's tests (`mod common;`) and, by path, into `yusuan-dev`
//! (`yusuan_dev::shared`), so the workspace has one copy of the rule.
#![allow(dead_code)] // each test binary uses a part

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The workspace root (the folder whose Cargo.toml holds `[workspace]`), whichever member
/// compiles this file.
pub fn root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .find(|d| {
            std::fs::read_to_string(d.join("Cargo.toml")).is_ok_and(|t| t.contains("[workspace]"))
        })
        .unwrap_or(here)
        .to_path_buf()
}

/// Whether the environment says ../shared must be there (CI=1 or YUSUAN_REQUIRE_SHARED=1).
pub fn required() -> bool {
    ["CI", "YUSUAN_REQUIRE_SHARED"]
        .iter()
        .any(|v| std::env::var(v).is_ok_and(|s| s == "1" || s.eq_ignore_ascii_case("true")))
}

/// `../shared` (beside the workspace, or where `YUSUAN_SHARED` says) when its `corpus/` is
/// there. Otherwise `None`, after saying on stderr that `what` did not run; a failure instead
/// when [`required`].
pub fn shared(what: &str) -> Option<PathBuf> {
    let dir =
        std::env::var_os("YUSUAN_SHARED").map_or_else(|| root().join("../shared"), PathBuf::from);
    if dir.join("corpus").is_dir() {
        return Some(dir);
    }
    assert!(
        !required(),
        "{what}: {}/corpus not found, and CI=1 or YUSUAN_REQUIRE_SHARED=1 requires it",
        dir.display()
    );
    // Straight to the stream: the test harness captures eprintln!, and a skip must be seen.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {what}: {}/corpus not found (YUSUAN_REQUIRE_SHARED=1 makes this a failure)",
        dir.display()
    );
    None
}

/// `shared/rel`, which must exist: once ../shared is there, a missing part is a failure,
/// not a skip.
pub fn need(shared: &Path, rel: &str) -> PathBuf {
    let p = shared.join(rel);
    assert!(
        p.exists(),
        "{} is missing: ../shared is present but incomplete",
        p.display()
    );
    p
}

/// Every `*.pdf` (any case) below `dir`, sorted; a failure when there is none.
pub fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")) {
                out.push(p);
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no PDF below {}", dir.display());
    out
}
