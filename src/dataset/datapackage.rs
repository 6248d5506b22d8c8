//! `datapackage.json` beside the CSVs: a Frictionless Data Package with a Table Schema per
//! CSV, from the row structs' columns (the one list, [`Rows::each`]). Codes are `string` (so
//! `2010301` and `010` stay text), counts and ids `integer`, amounts `number` — exact decimals
//! in the Table Schema (frictionless-py reads them as `Decimal`), with the decimal type of the
//! Parquet files, DECIMAL(38, 4), given as `yusuan:decimal` for SQL readers (DuckDB's
//! `read_csv` takes it as the column's type). An empty field is a missing value.

use std::io;
use std::path::Path;

use serde_json::{Value, json};

use super::arrow;
use super::rows::{EachTable, Row, Rows, Type};

fn field(name: &str, ty: Type, nullable: bool) -> Value {
    let mut f = match ty {
        Type::Integer => json!({"name": name, "type": "integer"}),
        Type::Text => json!({"name": name, "type": "string"}),
        Type::Decimal => json!({
            "name": name,
            "type": "number",
            "decimalChar": ".",
            "bareNumber": true,
            "yusuan:decimal": format!("DECIMAL({}, {})", arrow::PRECISION, arrow::SCALE),
        }),
    };
    // Text may be empty (a row without a code), and an empty field is read as missing.
    if !nullable
        && ty != Type::Text
        && let Some(o) = f.as_object_mut()
    {
        o.insert("constraints".into(), json!({"required": true}));
    }
    f
}

struct Resources(Vec<Value>);

impl EachTable for Resources {
    type Error = std::convert::Infallible;
    fn table<R: Row>(&mut self, _: &[R]) -> Result<(), Self::Error> {
        let fields: Vec<Value> = R::COLUMNS
            .iter()
            .map(|c| field(c.name, c.ty, c.nullable))
            .collect();
        let mut schema = json!({"fields": fields, "missingValues": [""]});
        if !R::KEY.is_empty()
            && let Some(o) = schema.as_object_mut()
        {
            o.insert("primaryKey".into(), json!(R::KEY));
        }
        self.0.push(json!({
            "name": R::TABLE,
            "path": format!("{}.csv", R::TABLE),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": "\"", "doubleQuote": true,
                        "lineTerminator": "\n", "header": true},
            "schema": schema,
        }));
        Ok(())
    }
}

/// The data package describing the CSVs.
pub fn package() -> Value {
    let mut r = Resources(Vec::new());
    let Ok(()) = Rows::default().each(&mut r);
    json!({
        "name": "yusuan-dataset",
        "title": "Chinese government budget and final-accounts tables (yusuan)",
        "profile": "tabular-data-package",
        "resources": r.0,
    })
}

/// Writes `datapackage.json` into `dir` (under a temporary name, then renamed).
pub fn write(dir: &Path) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(&package()).map_err(io::Error::other)?;
    text.push('\n');
    let tmp = dir.join(".datapackage.json.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(tmp, dir.join("datapackage.json"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn amounts_are_numbers_and_codes_strings() {
        let p = super::package();
        let items = p["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == "items")
            .unwrap();
        let field = |n: &str| {
            items["schema"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["name"] == n)
                .unwrap()
                .clone()
        };
        assert_eq!(field("amount_yuan")["type"], "number");
        assert_eq!(field("amount_yuan")["yusuan:decimal"], "DECIMAL(38, 4)");
        assert_eq!(field("code")["type"], "string");
        assert_eq!(field("page")["type"], "integer");
        assert_eq!(items["path"], "items.csv");
    }
}
