"""The Dask run: one task per file on a LocalCluster of worker processes, a partitioned
Parquet dataset that DuckDB reads as one table with the command line's rows; failures as
rows; inputs as paths, file:// URLs and an fsspec memory:// filesystem."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import need, run_cli

pd = need("pandas")
need("pyarrow")
need("distributed")
need("fsspec")
duckdb = need("duckdb")
yusuan = need("yusuan")
need("yusuan.dask")


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as c, Client(c) as client:
        yield client


#: 财政 in GBK: a name that is not UTF-8, as archives unpacked on Linux have them.
GBK = os.fsdecode(b"\xb2\xc6\xd5\xfe.pdf")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, sample):
    """The sample corpus, a copy of one of its files under a GBK name, and a file that
    fails (not a PDF)."""
    d = tmp_path_factory.mktemp("inputs")
    shutil.copytree(sample, d / "corpus")
    (d / "corpus" / "zz-not-a.pdf").write_text("<html>not a pdf</html>")
    # Other bytes than the original's (a copy would be left out as a duplicate).
    data = (sample / "cmap-gb-euc.pdf").read_bytes() + b"\n%another copy\n"
    (d / "corpus" / GBK).write_bytes(data)
    return d / "corpus"


@pytest.fixture(scope="module")
def cli(tmp_path_factory, yusuan_bin, inputs):
    d = tmp_path_factory.mktemp("cli")
    run_cli(yusuan_bin, "extract", inputs, "--out", d, "--format", "csv,parquet", "--quiet")
    return d


def sorted_csv(con, relation: str, columns: list) -> str:
    """The rows of `relation` (its `columns`, in order) as CSV text, sorted."""
    cols = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(f"SELECT {cols} FROM {relation}").fetchall()
    return "\n".join(repr(r) for r in sorted(rows, key=repr))


def columns(con, parquet: str) -> list:
    return [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{parquet}')").fetchall()]


def test_a_cluster_gives_the_cli_rows(cluster, inputs, cli, tmp_path):
    out = tmp_path / "out"
    summary = yusuan.dask.extract_to_parquet([str(inputs)], str(out), client=cluster)
    assert len(summary) == 25
    bad = summary[summary.file.str.endswith("zz-not-a.pdf")]
    assert list(bad.status) == ["invalid_pdf"]
    con = duckdb.connect()
    for t in yusuan.TABLES:
        cols = columns(con, f"{cli}/{t}.parquet")
        a = sorted_csv(con, f"read_parquet('{cli}/{t}.parquet')", cols)
        ds = f"read_parquet('{out}/{t}/**/*.parquet', hive_partitioning = true)"
        b = sorted_csv(con, ds, cols)
        assert a == b, t
    # One table, typed, with the partition columns from the paths.
    types = {r[0]: r[1] for r in con.execute(
        f"DESCRIBE SELECT * FROM read_parquet('{out}/items/**/*.parquet', hive_partitioning = true)"
    ).fetchall()}
    assert types["amount_yuan"] == "DECIMAL(38,4)" and types["code"] == "VARCHAR"
    assert types["year"] == "BIGINT" and types["region_province"] == "VARCHAR"
    # Partitioned by year and region: a directory per year and province.
    docs = pd.read_csv(cli / "documents.csv", dtype=str, keep_default_na=False)
    ok = docs[(docs.year != "") & (docs.region_province != "")]
    assert len(ok) > 0
    for _, d in ok.iterrows():
        part = out / "documents" / f"year={d.year}" / f"region_province={d.region_province}"
        assert any(p.name.startswith(d.doc_id) for p in part.iterdir()), part
    # The failed file is its documents row, with no year or region.
    row = con.execute(
        f"SELECT status, year, region_province FROM read_parquet('{out}/documents/**/*.parquet', "
        "hive_partitioning = true) WHERE file LIKE '%zz-not-a.pdf'"
    ).fetchall()
    assert row == [("invalid_pdf", None, None)]
    # The GBK name: its bytes in file_raw, as the command line records them.
    raw = con.execute(
        f"SELECT file_raw FROM read_parquet('{out}/documents/**/*.parquet', "
        "hive_partitioning = true) WHERE file_raw IS NOT NULL"
    ).fetchall()
    assert [r[0].rsplit("/", 1)[1] for r in raw] == ["%B2%C6%D5%FE.pdf"]
    # Spark's reading (Hive discovery of the partition directories), as pyarrow does it: one
    # table of the command line's rows.
    import pyarrow.dataset as pads

    items = pads.dataset(out / "items", format="parquet", partitioning="hive").to_table()
    cli_items = pads.dataset(cli / "items.parquet").to_table()
    assert items.num_rows == cli_items.num_rows > 0
    assert {"year", "region_province"} <= set(items.column_names)
    total = lambda t: sum(v for v in t.column("amount_yuan").to_pylist() if v is not None)
    assert total(items) == total(cli_items)
    with pytest.raises(FileExistsError):
        yusuan.dask.extract_to_parquet([str(inputs)], str(out), client=cluster)


def test_urls_and_copies(cluster, inputs, tmp_path):
    """file:// URLs are read through fsspec and recorded as given; a copy of a file (same
    bytes) is kept once, under the path that sorts first; a missing file is an error row."""
    f = inputs / "type0-identity-h-tounicode.pdf"
    copy = tmp_path / "zz-copy.pdf"
    shutil.copy(f, copy)
    urls = [f"file://{f}", f"file://{copy}", f"file://{tmp_path}/missing.pdf"]
    summary = yusuan.dask.extract_to_parquet(urls, str(tmp_path / "out"), client=cluster)
    by_file = summary.set_index("file")
    assert by_file.loc[urls[0], "kept"] and not by_file.loc[urls[1], "kept"]
    assert by_file.loc[urls[2], "status"] == "error"
    con = duckdb.connect()
    files = con.execute(
        f"SELECT file FROM read_parquet('{tmp_path}/out/documents/**/*.parquet') ORDER BY file"
    ).fetchall()
    assert files == [(urls[0],), (urls[2],)]
    items = con.execute(
        f"SELECT DISTINCT file FROM read_parquet('{tmp_path}/out/items/**/*.parquet')"
    ).fetchall()
    assert items == [(urls[0],)]


def test_memory_filesystem(inputs):
    """Inputs and output on an fsspec memory:// filesystem (shared by threads, so a cluster
    of threads in this process)."""
    import fsspec
    import pyarrow.dataset as pads
    from distributed import Client

    fs = fsspec.filesystem("memory")
    names = sorted(p.name for p in inputs.glob("type0-*.pdf"))
    for n in names:
        fs.pipe(f"/in/{n}", (inputs / n).read_bytes())
    with Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=":0") as c:
        summary = yusuan.dask.extract_to_parquet(["memory://in"], "memory://out", client=c)
    assert list(summary.file) == [f"memory://in/{n}" for n in names]
    items = pads.dataset("/out/items", filesystem=fs, format="parquet", partitioning="hive").to_table()
    want = sum(len(yusuan.extract(inputs / n).items) for n in names)
    assert items.num_rows == want > 0
    fs.rm("/in", recursive=True)
    fs.rm("/out", recursive=True)
