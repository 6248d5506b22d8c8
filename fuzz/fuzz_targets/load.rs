//! The document loader and every page: arbitrary bytes as a PDF file, read as the batch
//! reads it (`health::read_bytes`: open, repair, every page under the limits).
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use yusuan::pdf::Limits;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_stream: 16 << 20,
        max_time: Some(Duration::from_secs(3)),
        ..Limits::default()
    };
    let outcome = yusuan::pdf::health::read_bytes(data, limits);
    // The text layer as the CLI prints it, so layout is exercised too.
    for page in &outcome.pages {
        let _ = yusuan::layout::layout_text(page);
    }
});
