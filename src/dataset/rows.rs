//! The four dataset tables as typed rows, one struct each. A row struct is the one place its
//! columns are listed: the CSV header, the SQLite schema (names, types, keys) and the values
//! written (through serde) all derive from it, so a field renamed or dropped changes the
//! header and schema with it (and `tests/schema.rs` holds them to docs/SCHEMA.md).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::DocRecord;
use crate::budget::amount::Unit;
use crate::budget::checks::{self, Check};
use crate::budget::code::{self, Classification};
use crate::budget::document::DocKind;
use crate::budget::kind::Kind;
use crate::budget::measure::{Measure, Stage};
use crate::budget::places::Level;
use crate::pdf::Status;

/// A column of a dataset table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub ty: Type,
    /// Whether the value may be absent (an `Option` field): NULL in SQLite and Parquet, an
    /// empty field in the CSV.
    pub nullable: bool,
}

/// A column's type, from which every typed output's follows: counts and ids are integers,
/// amounts exact decimals, everything else (codes included) text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Integer,
    Text,
    Decimal,
}

impl Type {
    /// The SQLite type: amounts are TEXT there, so that they stay exact decimals.
    pub fn sql(self) -> &'static str {
        match self {
            Type::Integer => "INTEGER",
            Type::Text | Type::Decimal => "TEXT",
        }
    }
}

/// The column type of a field of a row.
pub trait ColumnType {
    const TYPE: Type;
    const NULLABLE: bool = false;
}

macro_rules! column_type {
    ($ty:ident: $($t:ty),*) => { $(impl ColumnType for $t { const TYPE: Type = Type::$ty; })* };
}
column_type!(Integer: u32, usize);
column_type!(Decimal: Decimal);
column_type!(Text: String, Status, DocKind, Kind, Classification, code::Level, code::Role, code::Source, Level, Measure, Stage, Unit, checks::Status, checks::Rule, checks::Severity, checks::Quantity);

impl<T: ColumnType> ColumnType for Option<T> {
    const TYPE: Type = T::TYPE;
    const NULLABLE: bool = true;
}

/// A row of one dataset table.
pub trait Row: Serialize + serde::de::DeserializeOwned {
    /// The table's name in SQLite; its CSV is `{TABLE}.csv`.
    const TABLE: &'static str;
    /// The columns, in the order of the struct's fields (the order serde writes them in).
    const COLUMNS: &'static [Column];
    /// The SQLite primary key (empty: none).
    const KEY: &'static [&'static str];
}

/// Declares a row struct and its [`Row`] impl from one list of fields: the column names are
/// the field names, the types their [`ColumnType`]s. The key's fields are checked to exist.
macro_rules! row {
    (
        $(#[$doc:meta])*
        $name:ident, table $table:literal, key [$($key:ident),*] {
            $($(#[$fdoc:meta])* $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $name {
            $($(#[$fdoc])* pub $field: $ty,)*
        }

        impl Row for $name {
            const TABLE: &'static str = $table;
            const COLUMNS: &'static [Column] =
                &[$(Column {
                    name: stringify!($field),
                    ty: <$ty as ColumnType>::TYPE,
                    nullable: <$ty as ColumnType>::NULLABLE,
                },)*];
            const KEY: &'static [&'static str] = &[$(stringify!($key)),*];
        }

        // The key names fields of the row.
        const _: fn(&$name) = |_r| { $(let _ = &_r.$key;)* };
    };
}

row! {
    /// documents.csv: one row per input file.
    DocumentRow, table "documents", key [doc_id, file] {
        /// First 16 hex digits of the file's SHA-256; empty when it could not be read.
        doc_id: String,
        /// The path as text (U+FFFD for bytes that are not UTF-8).
        file: String,
        /// The path's bytes percent-encoded when it is not UTF-8 (dataset::names); NULL
        /// when `file` is the path exactly.
        file_raw: Option<String>,
        pages: u32,
        doc_kind: Option<DocKind>,
        year: Option<u32>,
        body: Option<String>,
        region_province: Option<String>,
        region_city: Option<String>,
        region_county: Option<String>,
        level: Option<Level>,
        /// `province/city/county/body`: links the years of one entity.
        entity: Option<String>,
        producer: String,
        status: Status,
        error: String,
    }
}

row! {
    /// tables.csv: one row per table found.
    TableRow, table "tables", key [doc_id, table_id] {
        doc_id: String,
        /// 1.. in document order.
        table_id: usize,
        kind: Kind,
        title: Option<String>,
        /// The government the table's figures belong to (全市, 市本级, a district …).
        area: String,
        form_no: Option<String>,
        unit: Option<String>,
        page_first: Option<u32>,
        page_last: Option<u32>,
        rows: usize,
        cols: usize,
        checks_failed: usize,
    }
}

row! {
    /// items.csv: one row per printed amount or percentage.
    ItemRow, table "items", key [] {
        doc_id: String,
        file: String,
        page: u32,
        table_id: usize,
        table_kind: Kind,
        table_title: Option<String>,
        /// The amount's cell in the table's grid (tables/<doc_id>/<table_id>.csv), 0-based.
        table_row: usize,
        table_col: usize,
        area: String,
        classification: Classification,
        code: String,
        code_level: Option<code::Level>,
        parent_code: String,
        /// How the code was read (printed, joined, filled, malformed) or matched from the
        /// name; None without a code.
        code_source: Option<code::Source>,
        /// subject, total or aggregate: the line's role in a classified government table.
        line_role: Option<code::Role>,
        name: String,
        /// The classification's name for the code in the document's year.
        canonical_name: String,
        prefix: String,
        /// Every label column of the row as a JSON object, header -> value; empty when the
        /// row has one label column (`name`).
        labels: String,
        unit_code: String,
        measure: Measure,
        stage: Stage,
        fiscal_year: Option<u32>,
        header_path: String,
        /// Empty for a percentage (`percent`).
        #[serde(with = "rust_decimal::serde::str_option")]
        amount_yuan: Option<Decimal>,
        /// A percentage column's figure as printed (101.59 for 101.59%); empty for an amount.
        #[serde(with = "rust_decimal::serde::str_option")]
        percent: Option<Decimal>,
        printed: String,
        unit: Unit,
    }
}

row! {
    /// checks.csv: one row per check.
    CheckRow, table "checks", key [] {
        doc_id: String,
        /// None for a check across tables.
        table_id: Option<usize>,
        check: String,
        rule: checks::Rule,
        severity: checks::Severity,
        #[serde(with = "rust_decimal::serde::str")]
        expected: Decimal,
        #[serde(with = "rust_decimal::serde::str")]
        actual: Decimal,
        /// What expected and actual count: yuan, percent, year, count, sign.
        quantity: checks::Quantity,
        status: checks::Status,
        /// Pages the figures compared are printed on, space-separated.
        pages: String,
        /// The page and box (x0 y0 x1 y1, points from the top left) of the figure in doubt.
        page: Option<u32>,
        bbox: Option<String>,
        message: String,
    }
}

row! {
    /// statements.csv: one row per figure the running text states (or comparison stated
    /// without a figure).
    StatementRow, table "statements", key [] {
        doc_id: String,
        file: String,
        page: u32,
        /// The sentence's number in the document's running text (0-based).
        sentence_no: usize,
        subject: String,
        code: String,
        measure: String,
        year: Option<u32>,
        #[serde(with = "rust_decimal::serde::str_option")]
        amount_yuan: Option<Decimal>,
        printed: String,
        unit: String,
        comparison: String,
        #[serde(with = "rust_decimal::serde::str_option")]
        change_yuan: Option<Decimal>,
        #[serde(with = "rust_decimal::serde::str_option")]
        rate: Option<Decimal>,
        base: String,
        base_year: Option<u32>,
        #[serde(with = "rust_decimal::serde::str_option")]
        completion: Option<Decimal>,
        completion_of: String,
        #[serde(with = "rust_decimal::serde::str_option")]
        share: Option<Decimal>,
        share_of: String,
        /// Why the reading is in doubt (`unowned`: a government figure whose subject names no
        /// area or level), empty when it is not.
        doubt: String,
        sentence: String,
        bbox: String,
    }
}

/// A box as `x0 y0 x1 y1`, points to one decimal.
pub fn boxed(b: &crate::pdf::Rect) -> String {
    format!("{:.1} {:.1} {:.1} {:.1}", b.x0, b.y0, b.x1, b.y1)
}

fn nonempty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// One document's rows of the tables.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Rows {
    pub documents: Vec<DocumentRow>,
    pub tables: Vec<TableRow>,
    pub items: Vec<ItemRow>,
    pub checks: Vec<CheckRow>,
    pub statements: Vec<StatementRow>,
    pub panel: Vec<super::PanelRow>,
}

/// Something done with each table of the dataset and its rows (see [`Rows::each`]).
pub trait EachTable {
    type Error;
    fn table<R: Row>(&mut self, rows: &[R]) -> Result<(), Self::Error>;
}

/// [`EachTable`] with the rows to change.
pub trait EachTableMut {
    type Error;
    fn table<R: Row>(&mut self, rows: &mut Vec<R>) -> Result<(), Self::Error>;
}

impl Rows {
    /// Calls `f` with each table's rows, in the dataset's order of tables: the one list of
    /// the tables, which the Parquet files, datapackage.json, `merge` and the Python API
    /// follow. `Rows::default().each(f)` visits every table (with no rows), for its schema.
    pub fn each<E: EachTable>(&self, f: &mut E) -> Result<(), E::Error> {
        f.table(&self.documents)?;
        f.table(&self.tables)?;
        f.table(&self.items)?;
        f.table(&self.checks)
    }

    /// [`Rows::each`], the rows to change.
    pub fn each_mut<E: EachTableMut>(&mut self, f: &mut E) -> Result<(), E::Error> {
        f.table(&mut self.documents)?;
        f.table(&mut self.tables)?;
        f.table(&mut self.items)?;
        f.table(&mut self.checks)
    }

    /// The rows of one document: its documents row, and the rows of its tables, their
    /// items and the checks (within tables, then across).
    pub fn of(d: &DocRecord) -> Rows {
        let a = d.analysis.as_ref();
        let mut out = Rows {
            documents: vec![DocumentRow {
                doc_id: d.doc_id.clone(),
                file: d.file.clone(),
                file_raw: d.file_raw.clone(),
                pages: d.pages,
                doc_kind: a.and_then(|a| a.doc_kind),
                year: a.and_then(|a| a.year),
                body: a.and_then(|a| a.body.clone()),
                region_province: a.and_then(|a| nonempty(&a.region.province)),
                region_city: a.and_then(|a| nonempty(&a.region.city)),
                region_county: a.and_then(|a| nonempty(&a.region.county)),
                level: a.and_then(|a| a.level),
                entity: a.and_then(|a| nonempty(&a.entity)),
                producer: d.producer.clone(),
                status: d.status,
                error: d.error.clone(),
            }],
            ..Rows::default()
        };
        let check_row = |table_id: Option<usize>, c: &Check| {
            let pages: Vec<String> = c.pages.iter().map(u32::to_string).collect();
            CheckRow {
                doc_id: d.doc_id.clone(),
                table_id,
                check: c.check.clone(),
                rule: c.rule,
                severity: c.severity,
                expected: c.expected,
                actual: c.actual,
                quantity: c.quantity,
                status: c.status,
                pages: pages.join(" "),
                page: c.page,
                bbox: c.bbox.map(|b| boxed(&b)),
                message: c.message.clone(),
            }
        };
        let tables = a.map(|a| a.tables.as_slice()).unwrap_or_default();
        for (k, t) in tables.iter().enumerate() {
            let table_id = k + 1;
            out.tables.push(TableRow {
                doc_id: d.doc_id.clone(),
                table_id,
                kind: t.kind,
                title: t.table.title.clone(),
                area: t.area.clone(),
                form_no: t.table.form_no.clone(),
                unit: t.table.unit.clone(),
                page_first: t.table.pages.first().copied(),
                page_last: t.table.pages.last().copied(),
                rows: t.table.n_rows,
                cols: t.table.n_cols,
                checks_failed: t
                    .checks
                    .iter()
                    .filter(|c| c.status == checks::Status::Fail)
                    .count(),
            });
            // Amounts and rates in the order of the grid.
            let mut read: Vec<&crate::budget::facts::Item> =
                t.items.iter().chain(&t.rates).collect();
            read.sort_by_key(|i| (i.row, i.col));
            out.items.extend(read.into_iter().map(|i| ItemRow {
                doc_id: d.doc_id.clone(),
                file: d.file.clone(),
                page: i.page,
                table_id,
                table_kind: t.kind,
                table_title: t.table.title.clone(),
                table_row: i.row,
                table_col: i.col,
                area: i.area.clone(),
                classification: i.classification,
                code: i.code.clone(),
                code_level: i.code_level,
                parent_code: i.parent_code.clone(),
                code_source: i.code_source,
                line_role: i.line_role,
                name: i.name.clone(),
                canonical_name: i.canonical_name.clone(),
                prefix: i.prefix.clone(),
                labels: i.labels.to_json(),
                unit_code: i.unit_code.clone(),
                measure: i.measure,
                stage: i.stage,
                fiscal_year: i.fiscal_year,
                header_path: i.header_path.clone(),
                amount_yuan: i.amount_yuan,
                percent: i.percent,
                printed: i.printed.clone(),
                unit: i.unit,
            }));
            out.checks
                .extend(t.checks.iter().map(|c| check_row(Some(table_id), c)));
        }
        let across = a.map(|a| a.checks.as_slice()).unwrap_or_default();
        out.checks.extend(across.iter().map(|c| check_row(None, c)));
        let stated = a.map(|a| a.statements.as_slice()).unwrap_or_default();
        out.statements.extend(stated.iter().map(|s| StatementRow {
            doc_id: d.doc_id.clone(),
            file: d.file.clone(),
            page: s.page,
            sentence_no: s.sentence_no,
            subject: s.subject.clone(),
            code: s.code.clone(),
            measure: s.measure.clone(),
            year: s.year,
            amount_yuan: s.amount_yuan,
            printed: s.printed.clone(),
            unit: s.unit.clone(),
            comparison: s.comparison.clone(),
            change_yuan: s.change_yuan,
            rate: s.rate,
            base: s.base.clone(),
            base_year: s.base_year,
            completion: s.completion,
            completion_of: s.completion_of.clone(),
            share: s.share,
            share_of: s.share_of.clone(),
            doubt: s.doubt.clone(),
            sentence: s.sentence.clone(),
            bbox: boxed(&s.bbox),
        }));
        out.panel = super::panel::rows(d);
        out
    }
}
