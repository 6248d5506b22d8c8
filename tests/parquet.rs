//! The Parquet files hold the CSVs' rows, typed: read back with the parquet crate, every value
//! equals the CSV's text (amounts as exact decimals, integers, text; null where the CSV is
//! empty for a column that may be missing), on the sample corpus.

use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use arrow_array::cast::AsArray;
use arrow_array::types::{Decimal128Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::DataType;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use rust_decimal::Decimal;

fn batches(path: &Path) -> Vec<RecordBatch> {
    let f = std::fs::File::open(path).unwrap();
    ParquetRecordBatchReaderBuilder::try_new(f)
        .unwrap()
        .build()
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A Parquet value as the CSV writes it ("" for null).
fn text(col: &dyn Array, i: usize) -> String {
    if col.is_null(i) {
        return String::new();
    }
    match col.data_type() {
        DataType::Int64 => col.as_primitive::<Int64Type>().value(i).to_string(),
        DataType::Utf8 => col.as_string::<i32>().value(i).to_string(),
        DataType::Decimal128(38, 4) => {
            Decimal::from_i128_with_scale(col.as_primitive::<Decimal128Type>().value(i), 4)
                .to_string()
        }
        other => panic!("unexpected type {other}"),
    }
}

#[test]
fn parquet_holds_the_csv_rows() {
    let out = std::env::temp_dir().join(format!("yusuan-parquet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let st = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .args(["extract", "--quiet", "--format", "csv,parquet", "--out"])
        .arg(&out)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .status()
        .unwrap();
    assert!(
        st.code() == Some(0) || st.code() == Some(4),
        "exit 0, or 4: a fixture is not ok"
    );
    let mut decimals = 0;
    for table in ["documents", "tables", "items", "checks"] {
        let mut csv = csv::Reader::from_path(out.join(format!("{table}.csv"))).unwrap();
        let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
        let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
        let got = batches(&out.join(format!("{table}.parquet")));
        let schema = got.first().map(RecordBatch::schema);
        if let Some(s) = &schema {
            let names: Vec<&str> = s.fields().iter().map(|f| f.name().as_str()).collect();
            assert_eq!(names, header, "{table}: columns");
        }
        let mut n = 0;
        for b in &got {
            for i in 0..b.num_rows() {
                let want = &rows[n];
                for (c, col) in b.columns().iter().enumerate() {
                    let v = text(col.as_ref(), i);
                    let decimal = matches!(col.data_type(), DataType::Decimal128(..));
                    if decimal && !(v.is_empty() && want[c].is_empty()) {
                        // Same number; the CSV keeps the printed decimals (null is empty: a
                        // percentage has no amount, an amount no percent).
                        assert_eq!(
                            Decimal::from_str(&v).unwrap(),
                            Decimal::from_str(&want[c]).unwrap(),
                            "{table} row {n} {}",
                            header[c]
                        );
                        decimals += 1;
                    } else {
                        assert_eq!(v, want[c], "{table} row {n} {}", header[c]);
                    }
                }
                n += 1;
            }
        }
        assert_eq!(n, rows.len(), "{table}: rows");
    }
    assert!(decimals > 300);
    let _ = std::fs::remove_dir_all(out);
}
