//! A row's values, in column order, through serde as the CSV writes them: the one
//! serialiser behind the typed outputs (SQLite, Parquet). Numbers are integers, strings and
//! enum names text, an absent value (`None`) null; a float is refused (amounts are exact
//! decimals, written as text by their fields' serde and typed by the column).

use std::io;

use serde::Serialize;
use serde::ser::{self, Impossible};

use super::rows::Row;

/// One value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Integer(i64),
    Text(String),
}

/// A row's values in column order.
pub fn values<R: Row>(row: &R) -> io::Result<Vec<Value>> {
    let vals = row.serialize(Values).map_err(|e| io::Error::other(e.0))?;
    if vals.len() != R::COLUMNS.len() {
        return Err(io::Error::other(format!(
            "{}: {} values for {} columns",
            R::TABLE,
            vals.len(),
            R::COLUMNS.len()
        )));
    }
    Ok(vals)
}

#[derive(Debug)]
struct SerError(String);

impl std::fmt::Display for SerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SerError {}

impl ser::Error for SerError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        SerError(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, SerError> {
    Err(SerError(format!("a dataset column cannot hold {what}")))
}

/// Serialises a row struct into its fields' values: numbers [`Value::Integer`], strings and
/// enum names [`Value::Text`], `None` [`Value::Null`]. A scalar is one value, a struct the
/// values of its fields.
struct Values;

/// The fields of a struct, in order.
struct Fields(Vec<Value>);

impl ser::SerializeStruct for Fields {
    type Ok = Vec<Value>;
    type Error = SerError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        _key: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        self.0.extend(value.serialize(Values)?);
        Ok(())
    }

    fn end(self) -> Result<Vec<Value>, SerError> {
        Ok(self.0)
    }
}

fn one(v: Value) -> Result<Vec<Value>, SerError> {
    Ok(vec![v])
}

fn integer<T: TryInto<i64>>(v: T) -> Result<Vec<Value>, SerError> {
    match v.try_into() {
        Ok(i) => one(Value::Integer(i)),
        Err(_) => unsupported("an integer beyond 64 bits"),
    }
}

impl ser::Serializer for Values {
    type Ok = Vec<Value>;
    type Error = SerError;
    type SerializeSeq = Impossible<Vec<Value>, SerError>;
    type SerializeTuple = Impossible<Vec<Value>, SerError>;
    type SerializeTupleStruct = Impossible<Vec<Value>, SerError>;
    type SerializeTupleVariant = Impossible<Vec<Value>, SerError>;
    type SerializeMap = Impossible<Vec<Value>, SerError>;
    type SerializeStruct = Fields;
    type SerializeStructVariant = Impossible<Vec<Value>, SerError>;

    fn serialize_bool(self, v: bool) -> Result<Vec<Value>, SerError> {
        one(Value::Integer(i64::from(v)))
    }
    fn serialize_i8(self, v: i8) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Vec<Value>, SerError> {
        integer(v)
    }
    fn serialize_f32(self, _: f32) -> Result<Vec<Value>, SerError> {
        unsupported("a float (amounts are exact decimals)")
    }
    fn serialize_f64(self, _: f64) -> Result<Vec<Value>, SerError> {
        unsupported("a float (amounts are exact decimals)")
    }
    fn serialize_char(self, v: char) -> Result<Vec<Value>, SerError> {
        one(Value::Text(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Vec<Value>, SerError> {
        one(Value::Text(v.to_string()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Vec<Value>, SerError> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<Vec<Value>, SerError> {
        one(Value::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<Vec<Value>, SerError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<Vec<Value>, SerError> {
        one(Value::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Vec<Value>, SerError> {
        one(Value::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Vec<Value>, SerError> {
        one(Value::Text(variant.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<Vec<Value>, SerError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Vec<Value>, SerError> {
        unsupported("an enum with data")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, SerError> {
        unsupported("a list")
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, SerError> {
        unsupported("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, SerError> {
        unsupported("a tuple")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, SerError> {
        unsupported("an enum with data")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, SerError> {
        unsupported("a map")
    }
    fn serialize_struct(self, _: &'static str, n: usize) -> Result<Fields, SerError> {
        Ok(Fields(Vec::with_capacity(n)))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, SerError> {
        unsupported("an enum with data")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::rows::{CheckRow, Row};

    /// A row's values in column order, typed; an absent value is NULL.
    #[test]
    fn values_follow_columns() {
        let r = CheckRow {
            doc_id: "ab".into(),
            table_id: None,
            check: "c".into(),
            rule: crate::budget::checks::Rule::SumTop,
            severity: crate::budget::checks::Severity::Error,
            expected: rust_decimal::Decimal::new(1250, 2),
            actual: rust_decimal::Decimal::new(12, 0),
            quantity: crate::budget::checks::Quantity::Yuan,
            status: crate::budget::checks::Status::Rounding,
            pages: "3 4".into(),
            page: Some(3),
            bbox: None,
            message: "m".into(),
        };
        assert_eq!(
            values(&r).unwrap(),
            [
                Value::Text("ab".into()),
                Value::Null,
                Value::Text("c".into()),
                Value::Text("sum_top".into()),
                Value::Text("error".into()),
                Value::Text("12.50".into()),
                Value::Text("12".into()),
                Value::Text("yuan".into()),
                Value::Text("rounding".into()),
                Value::Text("3 4".into()),
                Value::Integer(3),
                Value::Null,
                Value::Text("m".into()),
            ]
        );
        assert_eq!(values(&r).unwrap().len(), CheckRow::COLUMNS.len());
    }
}
