//! yusuan's development side, kept out of the product (`cargo install --path .` installs
//! `yusuan` alone): the golden comparators shared by the scorecard and the golden tests, and
//! the `../shared` rule of the tests. The binaries are `scorecard`, `make-corpus` and
//! `convert-font-data` (`cargo run --release -p yusuan-dev --bin scorecard`).

pub mod eval;
pub mod golden;

/// Where `../shared` is and what a test does without it: the file the main crate's tests
/// use as `mod common`, compiled here too so the workspace has one rule.
#[path = "../../../tests/common/mod.rs"]
pub mod shared;

/// The workspace root: the tools read and write `corpus/`, `golden/` and `benches/` there.
pub fn root() -> std::path::PathBuf {
    shared::root()
}
