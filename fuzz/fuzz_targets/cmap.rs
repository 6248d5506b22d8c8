//! The CMap parser (embedded CMaps and ToUnicode streams), then the parsed map used as a
//! font would use it: the input's own bytes split into codes and looked up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yusuan::pdf::font::cmap::CMap;

fuzz_target!(|data: &[u8]| {
    let cmap = CMap::parse(data);
    let _ = cmap.is_vertical();
    let mut rest = data;
    let mut steps = 0;
    while !rest.is_empty() && steps < 4096 {
        let (code, len) = cmap.next_code(rest);
        let _ = cmap.cid(code, len);
        let _ = cmap.unicode(code, len);
        let _ = cmap.unicode_any_len(code, len);
        rest = rest.get(len.max(1)..).unwrap_or_default();
        steps += 1;
    }
});
