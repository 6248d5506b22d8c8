//! The dataset's columns as docs/SCHEMA.md documents them: every CSV's header and the SQLite
//! schema. A field of a row struct renamed, dropped or added without the page fails here.

use std::path::{Path, PathBuf};

use yusuan::dataset::{
    CheckRow, Dataset, DocumentRow, Formats, ItemRow, PanelRow, Row, Rows, StatementRow, TableRow,
    sqlite,
};

fn schema_md() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/SCHEMA.md")).unwrap()
}

/// The column names of the first `| column | … |` table under the heading `## {name}`
/// (a cell may name several columns: `doc_id, file, page`).
fn documented_columns(md: &str, name: &str) -> Vec<String> {
    let heading = format!("## {name}");
    let mut lines = md
        .lines()
        .skip_while(|l| *l != heading && !l.starts_with(&format!("{heading} ")));
    assert!(lines.next().is_some(), "no section {heading:?}");
    lines
        .find(|l| l.starts_with("| column |"))
        .unwrap_or_else(|| panic!("{name}: no column table"));
    lines
        .skip(1) // |---|---|
        .take_while(|l| l.starts_with('|'))
        .flat_map(|l| {
            let cell = l.trim_start_matches('|').split('|').next().unwrap_or("");
            cell.split(',')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn names<R: Row>() -> Vec<String> {
    R::COLUMNS.iter().map(|c| c.name.to_string()).collect()
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-schema-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn csv_columns_are_documented() {
    let md = schema_md();
    for (csv, cols) in [
        ("documents.csv", names::<DocumentRow>()),
        ("tables.csv", names::<TableRow>()),
        ("items.csv", names::<ItemRow>()),
        ("checks.csv", names::<CheckRow>()),
        ("panel.csv", names::<PanelRow>()),
        ("statements.csv", names::<StatementRow>()),
    ] {
        assert_eq!(documented_columns(&md, csv), cols, "{csv}: docs/SCHEMA.md");
    }
}

#[test]
fn sqlite_schema_is_documented() {
    let md = schema_md();
    let at = md
        .find("## yusuan.sqlite\n")
        .expect("no yusuan.sqlite section");
    let block = md[at..]
        .split("```sql\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("no sql block");
    assert_eq!(
        block.trim_end(),
        format!("{}\n{}", sqlite::tables(), sqlite::indices()),
        "docs/SCHEMA.md's schema differs from the one written"
    );
}

/// The files written carry those columns: each CSV's header, each SQLite table's columns
/// and types; and serde writes a row's fields under the same names, in the same order.
#[test]
fn written_files_follow_the_rows() {
    let d = tmp("empty");
    let set = Dataset::create(
        &d,
        &Formats {
            csv: true,
            sqlite: true,
            parquet: true,
            excel_bom: false,
        },
    )
    .unwrap();
    set.finish().unwrap();
    let db = rusqlite::Connection::open(d.join("yusuan.sqlite")).unwrap();
    for (table, cols) in [
        (DocumentRow::TABLE, DocumentRow::COLUMNS),
        (TableRow::TABLE, TableRow::COLUMNS),
        (ItemRow::TABLE, ItemRow::COLUMNS),
        (CheckRow::TABLE, CheckRow::COLUMNS),
        (PanelRow::TABLE, PanelRow::COLUMNS),
        (StatementRow::TABLE, StatementRow::COLUMNS),
    ] {
        let header = std::fs::read_to_string(d.join(format!("{table}.csv"))).unwrap();
        let want: Vec<&str> = cols.iter().map(|c| c.name).collect();
        assert_eq!(header, format!("{}\n", want.join(",")), "{table}.csv");
        let mut st = db
            .prepare(&format!(
                "SELECT name, type FROM pragma_table_info('{table}')"
            ))
            .unwrap();
        let got: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let want: Vec<(String, String)> = cols
            .iter()
            .map(|c| (c.name.to_string(), c.ty.sql().to_string()))
            .collect();
        assert_eq!(got, want, "{table} in yusuan.sqlite");
    }
    let _ = std::fs::remove_dir_all(d);

    // serde's names for the fields of real rows (a sample PDF's) are the columns.
    let f = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/type0-identity-h-tounicode.pdf");
    let rows = Rows::of(&yusuan::pipeline::process(&f));
    fn serde_header<R: Row>(rows: &[R]) -> String {
        let first = rows.first().expect("a row of each table");
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(first).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        text.lines().next().unwrap().to_string()
    }
    let joined = |n: Vec<String>| n.join(",");
    assert_eq!(
        serde_header(&rows.documents),
        joined(names::<DocumentRow>())
    );
    assert_eq!(serde_header(&rows.tables), joined(names::<TableRow>()));
    assert_eq!(serde_header(&rows.items), joined(names::<ItemRow>()));
    assert_eq!(serde_header(&rows.checks), joined(names::<CheckRow>()));
}

/// The decimal type docs/SCHEMA.md gives amounts is the one the Parquet files and
/// datapackage.json carry.
#[test]
fn parquet_decimal_is_documented() {
    use yusuan::dataset::arrow::{PRECISION, SCALE};
    let md = schema_md();
    for form in [
        format!("Decimal128({PRECISION}, {SCALE})"),
        format!("DECIMAL({PRECISION},{SCALE})"),
        format!("\"yusuan:decimal\": \"DECIMAL({PRECISION}, {SCALE})\""),
    ] {
        assert!(md.contains(&form), "docs/SCHEMA.md does not say {form}");
    }
    let pkg = yusuan::dataset::datapackage::package().to_string();
    assert!(pkg.contains(&format!("DECIMAL({PRECISION}, {SCALE})")));
}
