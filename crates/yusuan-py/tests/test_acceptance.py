"""Issue 17, acceptance 1, on ../shared/corpus/dept + city: the same rows, byte-identical
after sorting, from the command line, the Python API, the Dask run on a cluster of worker
processes, and three shards (`extract --shard K/3`) merged (`yusuan merge`: the CSVs and
Parquet files byte-identical to the single run's, unsorted)."""

from __future__ import annotations

import pytest

from conftest import need, run_cli

pd = need("pandas")
need("pyarrow")
need("distributed")
duckdb = need("duckdb")
yusuan = need("yusuan")
need("yusuan.dask")


@pytest.fixture(scope="module")
def corpus(shared):
    return [str(shared / "corpus/dept"), str(shared / "corpus/city")]


@pytest.fixture(scope="module")
def single(tmp_path_factory, yusuan_bin, corpus):
    d = tmp_path_factory.mktemp("single")
    run_cli(yusuan_bin, "extract", *corpus, "--out", d, "--format", "csv,parquet", "--quiet")
    return d


def canonical(con, relation: str, columns: list, path) -> bytes:
    """The rows of `relation` as CSV, sorted (DuckDB's text for every type)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    con.execute(f"COPY (SELECT {cols} FROM {relation} ORDER BY ALL) TO '{path}' (HEADER)")
    return path.read_bytes()


def per_document(t: str, relation: str) -> str:
    """The CLI's rows that a run per document makes: checks across documents (prior_year,
    made when a batch's dataset is finished) are the batch's, not the Python API's."""
    return f"(SELECT * FROM {relation} WHERE rule <> 'prior_year')" if t == "checks" else relation


def cli_columns(con, single, t) -> list:
    q = f"DESCRIBE SELECT * FROM read_parquet('{single}/{t}.parquet')"
    return [r[0] for r in con.execute(q).fetchall()]


def test_shards_merged_are_the_single_run(tmp_path, yusuan_bin, corpus, single):
    dirs = []
    for k in (1, 2, 3):
        d = tmp_path / f"shard{k}"
        run_cli(yusuan_bin, "extract", *corpus, "--shard", f"{k}/3", "--out", d,
                "--format", "csv,parquet", "--quiet")
        dirs.append(d)
    counts = [len(pd.read_csv(d / "documents.csv")) for d in dirs]
    assert all(c > 0 for c in counts)
    merged = tmp_path / "merged"
    run_cli(yusuan_bin, "merge", *dirs, "--out", merged, "--format", "csv,parquet", ok=(0,))
    for t in yusuan.TABLES:
        for ext in ("csv", "parquet"):
            a = (single / f"{t}.{ext}").read_bytes()
            assert (merged / f"{t}.{ext}").read_bytes() == a, f"{t}.{ext}"
    assert sum(counts) == len(pd.read_csv(single / "documents.csv"))


def test_python_api_gives_the_same_rows(tmp_path, corpus, single):
    files = yusuan.dask.list_inputs(corpus)
    docs = yusuan.extract_many(files, jobs=2, progress=False, errors="ignore")
    got = yusuan.concat(docs, arrow=True)
    con = duckdb.connect()
    for t in yusuan.TABLES:
        cols = cli_columns(con, single, t)
        cli = per_document(t, f"read_parquet('{single}/{t}.parquet')")
        a = canonical(con, cli, cols, tmp_path / f"a-{t}.csv")
        con.register("py", got[t])
        b = canonical(con, "py", cols, tmp_path / f"b-{t}.csv")
        con.unregister("py")
        assert a == b, t


def test_dask_run_gives_the_same_rows(tmp_path, corpus, single):
    from distributed import Client, LocalCluster

    out = tmp_path / "dask"
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as c, Client(c) as client:
        yusuan.dask.extract_to_parquet(corpus, str(out), client=client)
    con = duckdb.connect()
    for t in yusuan.TABLES:
        cols = cli_columns(con, single, t)
        cli = per_document(t, f"read_parquet('{single}/{t}.parquet')")
        a = canonical(con, cli, cols, tmp_path / f"a-{t}.csv")
        ds = f"read_parquet('{out}/{t}/**/*.parquet', hive_partitioning = true)"
        b = canonical(con, ds, cols, tmp_path / f"b-{t}.csv")
        assert a == b, t
