"""Batches on Dask distributed: one task per file, the dataset as a partitioned Parquet
dataset that DuckDB, Spark, pyarrow and Dask read as one table per dataset table.

    >>> from dask.distributed import Client, LocalCluster
    >>> import yusuan.dask
    >>> with LocalCluster(n_workers=8, threads_per_worker=1) as cluster, Client(cluster) as client:
    ...     summary = yusuan.dask.extract_to_parquet(["s3://archive/budgets/"], "s3://archive/yusuan",
    ...                                              client=client)
    >>> summary.status.value_counts()

Inputs are paths or fsspec URLs (``file://``, ``s3://`` with s3fs, ``gs://``, ``memory://`` …):
files, or directories searched recursively for ``*.pdf`` (any case). Each task reads its file's
bytes (through fsspec, on the worker), runs the same pipeline as ``yusuan extract`` and writes
that document's rows itself, so no data goes through the scheduler or the client::

    OUT/<table>/year=<year>/region_province=<province>/<doc_id>-<path hash>.parquet

Hive partitioning by the document's columns ``partition_on`` (default ``year`` and
``region_province``, the province the body sits in, ``江苏省``; any column of the documents
table may be given, e.g. ``("year", "doc_kind")``); a missing value is
``__HIVE_DEFAULT_PARTITION__``, read back as null. The partition columns are in the path, not
in the files (the documents table's own ``year`` and ``region_province`` come back from it,
and every other table gains them as columns):
``read_parquet('OUT/items/**/*.parquet', hive_partitioning = true)`` in DuckDB,
``spark.read.parquet("OUT/items")`` in Spark, ``pyarrow.dataset.dataset("OUT/items",
partitioning="hive")``. Column types are those of ``yusuan extract --format parquet``.

As in the command line's batch, a file that fails is a documents row with its status (a
worker lost on a file too: ``internal_error``), and a file whose bytes equal another's (same
doc_id) is kept once, under the path that sorts first.
"""

from __future__ import annotations

import hashlib
import os
from typing import Iterable, Sequence

from . import TABLES, Document, _native

#: Dask settings for a batch: the worker's statistical profiler off, the event loop's health
#: tick, the system monitor and the worker's memory check less often. Dask's defaults are
#: made for interactive work and the dashboard; on a LocalCluster of two workers they cost
#: 8-10 % of a core when idle, 1.3 % with these (docs/python.md), time the workers then have
#: for files. The memory limits still hold (checked each second, not every 0.1 s).
#: ``with dask.config.set(yusuan.dask.BATCH_CONFIG): LocalCluster(…)``; a cluster
#: :func:`extract_to_parquet` starts itself uses them.
BATCH_CONFIG: dict = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

#: Characters Hive (and Spark) escape in a partition value.
_ESCAPE = set('"#%\'*/:=?\\{[]^\x7f') | {chr(c) for c in range(0x20)}


def _hive(v) -> str:
    if v is None or v == "":
        return "__HIVE_DEFAULT_PARTITION__"
    return "".join(f"%{ord(c):02X}" if c in _ESCAPE else c for c in str(v))


def _order(path: str) -> tuple:
    # As the command line sorts its inputs (by path component).
    return tuple(p for p in path.split("/") if p not in ("", "."))


def list_inputs(inputs: Iterable[str], storage_options: dict | None = None) -> list:
    """The PDFs that ``inputs`` (paths or URLs: files or directories) name, each in the
    form given (a directory's files as ``DIR/relative/path.pdf``), sorted by path."""
    import fsspec

    out = set()
    for given in inputs:
        given = os.fspath(given)
        fs, root = fsspec.core.url_to_fs(given, **(storage_options or {}))
        if fs.isdir(root):
            root = root.rstrip("/")
            for p in fs.find(root):
                if p.lower().endswith(".pdf"):
                    out.add(given.rstrip("/") + "/" + p[len(root) :].lstrip("/"))
        else:
            out.add(given)
    return sorted(out, key=_order)


def _size(path: str, storage_options: dict | None) -> int:
    """The file's size in bytes, 0 when it cannot be told (it is then read like any other)."""
    import fsspec

    try:
        fs, p = fsspec.core.url_to_fs(path, **(storage_options or {}))
        return int(fs.size(p) or 0)
    except Exception:  # noqa: BLE001 - a missing file is an error row later, not here
        return 0


def _stem(doc_id: str, file: str) -> str:
    # A local name that is not UTF-8 comes with os.fsdecode's surrogates: its bytes back.
    digest = hashlib.sha256(file.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{doc_id or 'unread'}-{digest[:16]}"


def _write(doc: Document, out: str, partition_on: Sequence[str], out_options: dict) -> list:
    import fsspec
    import pyarrow.parquet as pq

    fs, root = fsspec.core.url_to_fs(out, **out_options)
    documents = doc.arrow("documents")
    parts = "/".join(f"{c}={_hive(documents.column(c)[0].as_py())}" for c in partition_on)
    written = []
    for t in TABLES:
        table = doc.arrow(t)
        if table.num_rows == 0:
            continue
        table = table.drop_columns([c for c in partition_on if c in table.column_names])
        d = f"{root.rstrip('/')}/{t}/{parts}"
        fs.makedirs(d, exist_ok=True)
        path = f"{d}/{_stem(doc.doc_id, doc.file)}.parquet"
        pq.write_table(table, path, filesystem=fs)
        written.append(path)
    return written


def _summary(doc: Document, written: list) -> dict:
    return {
        "file": doc.file,
        "file_raw": doc.file_raw,
        "doc_id": doc.doc_id,
        "status": doc.status,
        "error": doc.error,
        "pages": doc.pages,
        "items": doc.arrow("items").num_rows,
        "written": written,
    }


def extract_file(
    file: str,
    out: str,
    partition_on: Sequence[str] = ("year", "region_province"),
    timeout: float = 60.0,
    threads: int = 1,
    storage_options: dict | None = None,
    out_storage_options: dict | None = None,
) -> dict:
    """One task: reads ``file`` (a path or URL), extracts it and writes its rows under
    ``out``. Returns its summary (file, file_raw, doc_id, status, error, pages, items,
    written)."""
    import fsspec

    try:
        with fsspec.open(file, "rb", **(storage_options or {})) as f:
            data = f.read()
    except Exception as e:  # noqa: BLE001 - any reader's error is the file's status
        doc = Document(_native.failure(file, "error", f"cannot read: {e}"))
    else:
        doc = Document(_native.extract(data=data, name=file, timeout=timeout, threads=threads))
    return _summary(doc, _write(doc, out, partition_on, out_storage_options or {}))


def extract_to_parquet(
    inputs: Iterable[str],
    out: str,
    *,
    client=None,
    partition_on: Sequence[str] = ("year", "region_province"),
    timeout: float = 60.0,
    storage_options: dict | None = None,
    out_storage_options: dict | None = None,
    overwrite: bool = False,
    progress: bool = False,
):
    """Extracts every PDF of ``inputs`` on a Dask cluster, one task per file, into the
    partitioned Parquet dataset ``out`` (a path or URL; it must be new or empty unless
    ``overwrite``, which removes it first). ``client``: a ``distributed.Client`` (default:
    the current one; with none, a LocalCluster of one single-threaded worker process per
    core is started for the call). Returns a pandas DataFrame, one row per input in path
    order: file, file_raw, doc_id, status, error, pages, items, kept (False for a copy of an
    earlier file), written (the files).
    """
    import fsspec
    import pandas as pd

    files = list_inputs(inputs, storage_options)
    out_options = out_storage_options or {}
    fs, root = fsspec.core.url_to_fs(out, **out_options)
    if fs.exists(root) and fs.ls(root):
        if not overwrite:
            raise FileExistsError(f"{out} is not empty (overwrite=True removes it first)")
        fs.rm(root, recursive=True)
    fs.makedirs(root, exist_ok=True)

    cluster = None
    if client is None:
        import dask
        from distributed import Client, LocalCluster, get_client

        try:
            client = get_client()
        except ValueError:
            with dask.config.set(BATCH_CONFIG):
                cluster = LocalCluster(
                    n_workers=os.cpu_count() or 1, threads_per_worker=1, dashboard_address=None
                )
            client = Client(cluster)
    try:
        # Largest files first: a long document started last would leave the other workers
        # idle at the end (the speed-up is bounded by the last task to finish).
        order = sorted(range(len(files)), key=lambda i: -_size(files[i], storage_options))
        mapped = client.map(
            extract_file,
            [files[i] for i in order],
            out=out,
            partition_on=tuple(partition_on),
            timeout=timeout,
            storage_options=storage_options,
            out_storage_options=out_options,
            pure=False,
        )
        futures = [None] * len(files)
        for i, f in zip(order, mapped):
            futures[i] = f
        if progress:
            from distributed import progress as show

            show(futures)
        # The results of the tasks that finished in one call, not a round trip per file.
        from distributed import wait

        wait(futures)
        ok = [f for f in futures if f.status == "finished"]
        fetched = dict(zip((f.key for f in ok), client.gather(ok))) if ok else {}
        rows = []
        for file, fut in zip(files, futures):
            if fut.key in fetched:
                rows.append(fetched[fut.key])
                continue
            try:
                rows.append(fut.result())
            except Exception as e:  # noqa: BLE001 - a lost worker: the file's row says so
                doc = Document(_native.failure(file, "internal_error", f"task failed: {e!r}"))
                rows.append(_summary(doc, _write(doc, out, partition_on, out_options)))
    finally:
        if cluster is not None:
            client.close()
            cluster.close()

    # A doc_id met before (in path order) is a copy: its files go, as the command line
    # leaves it out.
    seen = set()
    for r in rows:
        r["kept"] = not (r["doc_id"] and r["doc_id"] in seen)
        seen.add(r["doc_id"])
        if not r["kept"]:
            for p in r["written"]:
                fs.rm(p)
    return pd.DataFrame(rows)
