//! The dataset tables as Arrow record batches, typed from the row structs' columns (the one
//! list, [`super::rows`]): integers Int64, text (codes included) Utf8, amounts
//! Decimal128([`PRECISION`], [`SCALE`]), absent values null. The Parquet files and the Python
//! API's DataFrames are made from these batches, so they are typed alike.
//!
//! The schema carries pandas metadata: pandas then reads a nullable integer column as `Int64`
//! (not float64, as it would with a null in it) with no option set by the user.

use std::collections::HashMap;
use std::io;
use std::str::FromStr;
use std::sync::Arc;

use arrow_array::builder::{Decimal128Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use rust_decimal::Decimal;

use super::rows::{Column, Row, Type};
use super::values::{Value, values};

/// Amounts are DECIMAL(38, 4): 34 integer digits hold any amount the parser accepts (at most
/// 16 printed integer digits, in 亿元), and 4 decimals hold every amount of the corpora
/// exactly (none needs more than 2, a 分) with room for a figure printed in 元 to 0.0001.
pub const PRECISION: u8 = 38;
pub const SCALE: i8 = 4;

/// The Arrow type of a column.
pub fn data_type(ty: Type) -> DataType {
    match ty {
        Type::Integer => DataType::Int64,
        Type::Text => DataType::Utf8,
        Type::Decimal => DataType::Decimal128(PRECISION, SCALE),
    }
}

fn field(c: &Column) -> Field {
    // An amount that needs more than SCALE decimals is null rather than rounded (see
    // `Batch::inexact`), so a decimal column may hold nulls.
    Field::new(c.name, data_type(c.ty), c.nullable || c.ty == Type::Decimal)
}

/// pandas' description of the columns (the `pandas` key pyarrow writes): what makes
/// `read_parquet` and `to_pandas` give a nullable integer column as `Int64`.
fn pandas_metadata(columns: &[Column]) -> String {
    let cols: Vec<serde_json::Value> = columns
        .iter()
        .map(|c| {
            let (pandas, numpy, meta) = match c.ty {
                Type::Integer if c.nullable => ("int64", "Int64", serde_json::Value::Null),
                Type::Integer => ("int64", "int64", serde_json::Value::Null),
                Type::Text => ("unicode", "object", serde_json::Value::Null),
                Type::Decimal => (
                    "decimal",
                    "object",
                    serde_json::json!({"precision": PRECISION, "scale": SCALE}),
                ),
            };
            serde_json::json!({
                "name": c.name, "field_name": c.name,
                "pandas_type": pandas, "numpy_type": numpy, "metadata": meta,
            })
        })
        .collect();
    serde_json::json!({
        "index_columns": [],
        "column_indexes": [],
        "columns": cols,
        "creator": {"library": "yusuan", "version": env!("CARGO_PKG_VERSION")},
        "pandas_version": "2.0.0",
    })
    .to_string()
}

/// The Arrow schema of a table.
pub fn schema<R: Row>() -> SchemaRef {
    let fields: Vec<Field> = R::COLUMNS.iter().map(field).collect();
    let meta = HashMap::from([("pandas".to_string(), pandas_metadata(R::COLUMNS))]);
    Arc::new(Schema::new_with_metadata(fields, meta))
}

/// A table's rows as one record batch.
pub struct Batch {
    pub batch: RecordBatch,
    /// Amounts that need more than [`SCALE`] decimals, as `column=value` (none in any corpus:
    /// money has at most 2). They are null in the batch: never rounded.
    pub inexact: Vec<String>,
}

enum Builder {
    Integer(Int64Builder),
    Text(StringBuilder),
    Decimal(Decimal128Builder),
}

/// `v` as a Decimal128 of [`SCALE`], if it is exactly that.
fn scaled(v: &str) -> Option<i128> {
    let d = Decimal::from_str(v).ok()?.normalize();
    let extra = u32::try_from(i64::from(SCALE) - i64::from(d.scale())).ok()?;
    // A normalised mantissa has at most 29 digits: times 10⁴ it is within 38.
    d.mantissa().checked_mul(10_i128.checked_pow(extra)?)
}

/// The rows of one table as a record batch of [`schema`].
pub fn batch<R: Row>(rows: &[R]) -> io::Result<Batch> {
    let cols = R::COLUMNS;
    let mut builders: Vec<Builder> = cols
        .iter()
        .map(|c| {
            Ok(match c.ty {
                Type::Integer => Builder::Integer(Int64Builder::with_capacity(rows.len())),
                Type::Text => {
                    Builder::Text(StringBuilder::with_capacity(rows.len(), rows.len() * 8))
                }
                Type::Decimal => Builder::Decimal(
                    Decimal128Builder::with_capacity(rows.len())
                        .with_precision_and_scale(PRECISION, SCALE)
                        .map_err(io::Error::other)?,
                ),
            })
        })
        .collect::<io::Result<_>>()?;
    let mut inexact = Vec::new();
    for r in rows {
        for ((b, v), c) in builders.iter_mut().zip(values(r)?).zip(cols) {
            match (b, v) {
                (Builder::Integer(b), Value::Integer(i)) => b.append_value(i),
                (Builder::Text(b), Value::Text(s)) => b.append_value(s),
                (Builder::Decimal(b), Value::Text(s)) => match scaled(&s) {
                    Some(m) => b.append_value(m),
                    None => {
                        inexact.push(format!("{}={s}", c.name));
                        b.append_null();
                    }
                },
                (Builder::Integer(b), Value::Null) => b.append_null(),
                (Builder::Text(b), Value::Null) => b.append_null(),
                (Builder::Decimal(b), Value::Null) => b.append_null(),
                (_, v) => {
                    return Err(io::Error::other(format!(
                        "{}.{}: {v:?} in a column of {:?}",
                        R::TABLE,
                        c.name,
                        c.ty
                    )));
                }
            }
        }
    }
    let arrays: Vec<ArrayRef> = builders
        .into_iter()
        .map(|b| -> ArrayRef {
            match b {
                Builder::Integer(mut b) => Arc::new(b.finish()),
                Builder::Text(mut b) => Arc::new(b.finish()),
                Builder::Decimal(mut b) => Arc::new(b.finish()),
            }
        })
        .collect();
    let batch = RecordBatch::try_new(schema::<R>(), arrays).map_err(io::Error::other)?;
    Ok(Batch { batch, inexact })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::rows::CheckRow;
    use arrow_array::Array;
    use arrow_array::cast::AsArray;
    use arrow_array::types::Decimal128Type;

    #[test]
    fn decimals_are_exact_or_null() {
        assert_eq!(scaled("13522700.00"), Some(135_227_000_000));
        assert_eq!(scaled("-12"), Some(-120_000));
        assert_eq!(scaled("0.0001"), Some(1));
        assert_eq!(scaled("0.00010"), Some(1));
        assert_eq!(scaled("0.00001"), None);
        // The largest amount the parser makes: 16 integer digits in 亿元.
        assert_eq!(
            scaled("999999999999999900000000"),
            Some(9_999_999_999_999_999_000_000_000_000)
        );
    }

    #[test]
    fn a_batch_follows_the_columns() {
        let row = |table_id, expected: &str| CheckRow {
            doc_id: "ab".into(),
            table_id,
            check: "c".into(),
            rule: crate::budget::checks::Rule::SumTop,
            severity: crate::budget::checks::Severity::Error,
            expected: Decimal::from_str(expected).unwrap(),
            actual: Decimal::new(12, 0),
            quantity: crate::budget::checks::Quantity::Yuan,
            status: crate::budget::checks::Status::Rounding,
            pages: "3 4".into(),
            page: Some(3),
            bbox: None,
            message: "m".into(),
        };
        let b = batch(&[row(None, "12.50"), row(Some(2), "0.123456")]).unwrap();
        assert_eq!(b.inexact, ["expected=0.123456"]);
        let rb = b.batch;
        assert_eq!(rb.num_rows(), 2);
        assert_eq!(rb.num_columns(), CheckRow::COLUMNS.len());
        let ids = rb.column(1).as_primitive::<arrow_array::types::Int64Type>();
        assert!(ids.is_null(0));
        assert_eq!(ids.value(1), 2);
        // expected is the sixth column (after check, rule and severity).
        let expected = rb.column(5).as_primitive::<Decimal128Type>();
        assert_eq!(expected.value(0), 125_000);
        assert!(expected.is_null(1));
        assert_eq!(
            rb.schema().field(5).data_type(),
            &DataType::Decimal128(38, 4)
        );
        assert_eq!(rb.column(2).as_string::<i32>().value(0), "c");
    }
}
