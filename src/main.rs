//! The `yusuan` command line: a thin shell over the library.

use std::process::ExitCode;

mod cli;

// Pages are parsed on one thread and their glyphs freed on another; glibc's allocator is slow
// at that and at the many small strings the pipeline makes. Without transparent huge pages
// (feature no_thp): memory freed after one document and taken again for the next was zeroed
// 2 MiB at a time, half the time of a large document (docs/batch.md has the figures).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
