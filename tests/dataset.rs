//! The dataset written by extract: deterministic (the same input gives byte-identical files),
//! Excel BOM on request, every amount with provenance.

use std::path::{Path, PathBuf};

use yusuan::dataset::write_dataset;
use yusuan::pipeline::{expand, process};

fn run(out: &Path, bom: bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = expand(&[root.join("corpus")]);
    let records: Vec<_> = files.iter().map(|f| process(f)).collect();
    write_dataset(out, &records, bom).unwrap();
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn deterministic_with_provenance() {
    let (a, b, c) = (tmp("a"), tmp("b"), tmp("c"));
    run(&a, false);
    run(&b, false);
    run(&c, true);
    for name in [
        "documents.csv",
        "tables.csv",
        "items.csv",
        "checks.csv",
        "panel.csv",
    ] {
        let x = std::fs::read(a.join(name)).unwrap();
        assert_eq!(
            x,
            std::fs::read(b.join(name)).unwrap(),
            "{name} differs between runs"
        );
        let y = std::fs::read(c.join(name)).unwrap();
        assert_eq!(&y[..3], b"\xEF\xBB\xBF", "{name}: no BOM");
        assert_eq!(&y[3..], &x[..], "{name}: BOM run differs beyond the BOM");
    }
    // Every item names its file and page; amounts are exact decimals in yuan, and a
    // percentage has its percent instead: exactly one of the two on each row.
    let items = std::fs::read_to_string(a.join("items.csv")).unwrap();
    let mut rd = csv::Reader::from_reader(items.as_bytes());
    let headers = rd.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (file, page, amount, percent, printed) = (
        col("file"),
        col("page"),
        col("amount_yuan"),
        col("percent"),
        col("printed"),
    );
    let mut n = 0;
    let mut found = false;
    for row in rd.records() {
        let row = row.unwrap();
        assert!(row[file].ends_with(".pdf") && row[page].parse::<u32>().unwrap() >= 1);
        let decimal = |i: usize| row[i].parse::<rust_decimal::Decimal>().is_ok();
        assert!(
            decimal(amount) != decimal(percent)
                && (row[amount].is_empty() || row[percent].is_empty()),
            "amount {:?}, percent {:?}",
            &row[amount],
            &row[percent]
        );
        // 1,352.27 万元 in the sample 收支总表 is 13,522,700.00 yuan.
        found |= &row[amount] == "13522700.00" && &row[printed] == "1,352.27";
        n += 1;
    }
    assert!(n > 100, "only {n} items from the sample corpus");
    assert!(found);
    for d in [a, b, c] {
        let _ = std::fs::remove_dir_all(d);
    }
}

/// A document's JSON reads back into the same typed record (what --resume does): written
/// again it gives the same bytes, and the same rows.
#[test]
fn json_reads_back_into_the_record() {
    use yusuan::dataset::{DocRecord, Rows};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut items = 0;
    for f in expand(&[root.join("corpus")]) {
        let r = process(&f);
        let json = serde_json::to_vec(&r).unwrap();
        let back: DocRecord =
            serde_json::from_slice(&json).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert_eq!(serde_json::to_vec(&back).unwrap(), json, "{}", f.display());
        let rows = Rows::of(&r);
        assert_eq!(Rows::of(&back), rows, "{}", f.display());
        items += rows.items.len();
    }
    assert!(items > 100, "only {items} items from the sample corpus");
}
