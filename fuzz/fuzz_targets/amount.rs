//! The amount and code parsers: printed figures (“1,234.56”, “（12.3）”, “△12”, “-”, full-width
//! digits) to exact decimals in every unit, codes (split, joined, in a label), row labels, and
//! the figure recogniser the tables use.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yusuan::budget::amount::{Printed, Unit, parse};
use yusuan::budget::{code, name};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for part in std::iter::once(text.as_ref()).chain(text.split(['|', '\t', '\n'])) {
        let _ = yusuan::layout::is_figure(part);
        if let Printed::Amount(v) = parse(part) {
            for u in [Unit::Yuan, Unit::Qianyuan, Unit::Wanyuan, Unit::Yiyuan] {
                let _ = u.to_yuan(v);
            }
        }
        let _ = Unit::find(part);
        let _ = code::classify(part);
        let _ = code::from_label(part);
        let parts: Vec<String> = part.split(' ').map(str::to_string).collect();
        let _ = code::split_rows(&[parts.clone(), parts]);
        let _ = name::split(part);
    }
});
