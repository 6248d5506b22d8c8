"""Issue 16, acceptance 2: pandas `read_parquet`, DuckDB `read_parquet`, and DuckDB
`read_csv` with the schema of datapackage.json give exact decimal amounts and text codes,
with no option set by the user. Expected values come from the CSVs read as plain text."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from conftest import need, run_cli


@pytest.fixture(scope="module")
def out(tmp_path_factory, yusuan_bin, sample):
    d = tmp_path_factory.mktemp("typed")
    run_cli(yusuan_bin, "extract", sample, "--out", d, "--format", "csv,parquet", "--quiet")
    return d


def csv_text(path):
    """A CSV as lists of strings: what the file says, parsed by nobody's type rules."""
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_pandas_reads_decimals_text_codes_and_integers(out):
    pd = need("pandas")
    need("pyarrow")
    items = pd.read_parquet(out / "items.parquet")
    text = csv_text(out / "items.csv")
    assert len(items) == len(text) > 100
    # Exactly one of amount_yuan and percent on each row (a percentage column's figure has no
    # amount), each an exact Decimal where the CSV prints one.
    for col in ("amount_yuan", "percent"):
        assert [v if isinstance(v, Decimal) else None for v in items[col]] == [
            Decimal(r[col]) if r[col] else None for r in text
        ], col
    assert all(
        isinstance(a, Decimal) != isinstance(p, Decimal) for a, p in zip(items.amount_yuan, items.percent)
    )
    assert all(isinstance(v, str) for v in items.code)
    assert list(items.code) == [r["code"] for r in text]
    assert any(c.isdigit() for c in items.code), "some codes in the sample"
    assert items.page.dtype == "int64"
    assert items.table_id.dtype == "int64"
    # Integers that may be missing stay integers (pandas' nullable Int64, not float64).
    tables = pd.read_parquet(out / "tables.parquet")
    assert str(tables.page_first.dtype) == "Int64"
    docs = pd.read_parquet(out / "documents.parquet")
    assert str(docs.year.dtype) == "Int64"
    assert docs.year.isna().any(), "the sample has documents without a year"
    checks = pd.read_parquet(out / "checks.parquet")
    assert str(checks.table_id.dtype) == "Int64"
    assert all(isinstance(v, Decimal) for v in checks.expected)


def describe(con, relation: str) -> dict:
    return {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM {relation}").fetchall()}


def duckdb_columns(package: dict, table: str) -> str:
    """DuckDB's `columns` for a CSV, from its Table Schema in datapackage.json."""
    res = next(r for r in package["resources"] if r["name"] == table)
    types = {"integer": "BIGINT", "string": "VARCHAR"}
    cols = [
        f"'{f['name']}': '{types.get(f['type']) or f['yusuan:decimal']}'"
        for f in res["schema"]["fields"]
    ]
    return "{" + ", ".join(cols) + "}"


def test_duckdb_reads_parquet_and_csv_alike(out):
    duckdb = need("duckdb")
    con = duckdb.connect()
    package = json.loads((out / "datapackage.json").read_text())
    assert [r["path"] for r in package["resources"]] == [
        "documents.csv",
        "tables.csv",
        "items.csv",
        "checks.csv",
    ]
    for table in ("documents", "tables", "items", "checks"):
        pq = f"read_parquet('{out}/{table}.parquet')"
        csv = f"read_csv('{out}/{table}.csv', header = true, columns = {duckdb_columns(package, table)})"
        types = describe(con, pq)
        assert types == describe(con, csv), table
        for name, ty in types.items():
            if name in ("amount_yuan", "percent", "expected", "actual"):
                assert ty == "DECIMAL(38,4)", (table, name)
            if name in ("code", "parent_code", "doc_id"):
                assert ty == "VARCHAR", (table, name)
            if name in ("page", "table_id", "year", "rows") or (table, name) == ("documents", "pages"):
                assert ty == "BIGINT", (table, name)
        # The same values: a CSV cannot tell an empty text from a missing one (DuckDB reads
        # both as NULL), so text is compared with NULL as ''.
        cols = ", ".join(
            f"coalesce(\"{n}\", '')" if t == "VARCHAR" else f'"{n}"' for n, t in types.items()
        )
        a = con.execute(f"SELECT {cols} FROM {pq}").fetchall()
        b = con.execute(f"SELECT {cols} FROM {csv}").fetchall()
        assert a == b, table
    text = csv_text(out / "items.csv")
    amounts = [r[0] for r in con.execute(f"SELECT amount_yuan FROM read_parquet('{out}/items.parquet')").fetchall()]
    assert amounts == [Decimal(r["amount_yuan"]) if r["amount_yuan"] else None for r in text]
