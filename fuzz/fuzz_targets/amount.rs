//! The amount and code parsers. The budget layer's amount parser (“1,234.56”, “（12.3）”,
//! “-”, full-width digits, units) and classification-code parser do not exist yet: until
//! they land, this target fuzzes `yusuan::table::is_figure`, the figure recogniser the
//! tables use. When they land, call them here on the same input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = yusuan::table::is_figure(&text);
    for part in text.split(['|', '\t', '\n']) {
        let _ = yusuan::table::is_figure(part);
    }
});
