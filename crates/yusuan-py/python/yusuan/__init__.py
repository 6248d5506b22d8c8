"""yusuan (预算): Chinese government budget and final-accounts PDFs to typed DataFrames.

The same pipeline as the ``yusuan`` command line, in process::

    >>> import yusuan
    >>> doc = yusuan.extract("部门预算.pdf")
    >>> doc.items[["code", "name", "measure", "amount_yuan"]].head()
    >>> doc.checks[doc.checks.status == "fail"]

``doc.items``, ``doc.tables``, ``doc.checks`` and ``doc.documents`` (and any table the dataset
gains) are pandas DataFrames typed as the Parquet files of ``yusuan extract --format parquet``
are: amounts ``decimal.Decimal`` (exact, DECIMAL(38, 4) in Arrow; an item of a percentage
column has ``percent`` instead and ``amount_yuan`` None), codes text, counts
integers (``Int64`` where they may be missing). ``doc.arrow("items")`` is the pyarrow Table.
The columns are described in docs/SCHEMA.md. To sum the items of a government table, leave out
the lines whose ``line_role`` is ``total``, ``aggregate`` or ``repeat`` (a figure printed again
with its code; panel.csv counts it once).
"""

from __future__ import annotations

import io
import json
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterable, Sequence, Union

from . import _native

__version__: str = _native.__version__

#: The dataset's tables, in its order (the CSV and Parquet file names).
TABLES: tuple = tuple(name for name, _ in _native.empty())

#: Statuses of a file that was read, wholly (ok) or in part (partial, timeout).
READ = ("ok", "partial", "timeout")

Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, io.IOBase]


class YusuanError(Exception):
    """A file yusuan could not extract.

    ``status`` is the status ``yusuan extract`` gives it (``no_text_layer``, ``encrypted``,
    ``invalid_pdf``, ``error``, ``internal_error``; or, when asked to raise on them,
    ``partial`` and ``timeout``), ``message`` says why, ``file`` names it and ``document`` is
    what was read (a :class:`Document` with that status).
    """

    def __init__(self, document: "Document"):
        self.document = document
        self.status: str = document.status
        self.message: str = document.error
        self.file: str = document.file
        super().__init__(f"{document.file}: {document.status}: {document.error}")


class YusuanWarning(UserWarning):
    """A file read only in part (status ``partial`` or ``timeout``): its rows are kept."""


def _pandas(table):
    # pyarrow keeps Decimal128 as decimal.Decimal and reads the schema's pandas metadata, which
    # makes integer columns that may be missing Int64.
    return table.to_pandas()


class Document:
    """What one PDF became: its metadata and its rows, table by table.

    Attributes: ``doc_id`` (first 16 hex digits of the SHA-256 of the bytes), ``file``,
    ``file_raw`` (a path that is not UTF-8, percent-encoded; else None), ``path`` (the path
    exactly, from them), ``pages``, ``status``, ``error``, ``producer``, ``doc_kind``,
    ``year``, ``body``.
    Tables (pandas DataFrames, made on first use): ``documents`` (one row), ``tables``,
    ``items``, ``checks``, and any other name in :data:`TABLES`.
    """

    def __init__(self, record: Any):
        self._record = record
        self._arrow: dict | None = None
        self._frames: dict = {}

    doc_id = property(lambda self: self._record.doc_id)
    file = property(lambda self: self._record.file)
    file_raw = property(lambda self: self._record.file_raw)

    @property
    def path(self) -> str:
        """The path as the file system has it: ``file``, or ``file_raw`` decoded for a name
        that is not UTF-8 (with ``os.fsdecode``'s surrogates, so ``open(doc.path)`` works)."""
        if self.file_raw:
            from urllib.parse import unquote_to_bytes

            return os.fsdecode(unquote_to_bytes(self.file_raw))
        return self.file
    pages = property(lambda self: self._record.pages)
    status = property(lambda self: self._record.status)
    error = property(lambda self: self._record.error)
    producer = property(lambda self: self._record.producer)

    def _batches(self) -> dict:
        if self._arrow is None:
            import pyarrow as pa

            batches, inexact = self._record.batches()
            if inexact:
                warnings.warn(
                    f"{self.file}: {len(inexact)} amounts need more than "
                    f"{_native.DECIMAL_SCALE} decimals and are null in the typed tables "
                    f"(e.g. {inexact[0]})",
                    YusuanWarning,
                    stacklevel=3,
                )
            self._arrow = {n: pa.Table.from_batches([b]) for n, b in batches}
        return self._arrow

    def arrow(self, table: str):
        """The rows of ``table`` (a name in :data:`TABLES`) as a pyarrow Table."""
        try:
            return self._batches()[table]
        except KeyError:
            raise KeyError(f"no table {table!r}; tables: {', '.join(TABLES)}") from None

    def frame(self, table: str):
        """The rows of ``table`` as a pandas DataFrame (cached)."""
        if table not in self._frames:
            self._frames[table] = _pandas(self.arrow(table))
        return self._frames[table]

    @property
    def documents(self):
        """This document's row of documents.csv, as a one-row DataFrame."""
        return self.frame("documents")

    @property
    def tables(self):
        """The tables found (tables.csv), as a DataFrame."""
        return self.frame("tables")

    @property
    def items(self):
        """One row per printed amount or percentage (items.csv), as a DataFrame."""
        return self.frame("items")

    @property
    def checks(self):
        """The consistency checks (checks.csv), as a DataFrame."""
        return self.frame("checks")

    def __getattr__(self, name: str):
        # Tables the dataset gains (statements, …) without a property of their own.
        if name in TABLES:
            return self.frame(name)
        raise AttributeError(name)

    def _meta(self, column: str):
        return self.arrow("documents").column(column)[0].as_py()

    @property
    def doc_kind(self):
        """dept_budget, unit_budget, dept_final, gov_budget, gov_final, or None."""
        return self._meta("doc_kind")

    @property
    def year(self):
        """The fiscal year, or None."""
        return self._meta("year")

    @property
    def body(self):
        """The issuing body (部门/单位名称), or None."""
        return self._meta("body")

    def to_json(self) -> dict:
        """The whole record (tables with their cells, items, checks), as ``extract`` writes
        it to ``json/<doc_id>.json``."""
        return json.loads(self._record.json())

    def __repr__(self) -> str:
        return (
            f"<yusuan.Document {self.file!r} {self.status}: {self.pages} pages, "
            f"doc_id {self.doc_id}>"
        )


def _source(src: Source, name: str | None) -> tuple:
    """The native call's arguments for a source, and the name it is recorded under."""
    if isinstance(src, (bytes, bytearray, memoryview)):
        return {"data": bytes(src)}, name or ""
    if hasattr(src, "read"):
        return {"data": src.read()}, name or str(getattr(src, "name", ""))
    # A path that is not UTF-8 reaches Rust as its bytes through os.fsdecode's surrogates.
    path = os.fsdecode(os.fspath(src))
    return {"path": path}, name or path


def _extract(src: Source, name: str | None, timeout: float, threads: int | None) -> Document:
    kw, name = _source(src, name)
    return Document(_native.extract(**kw, name=name, timeout=timeout, threads=threads))


def _check(doc: Document, errors: str) -> Document:
    if errors not in ("raise", "warn", "ignore"):
        raise ValueError(f"errors must be 'raise', 'warn' or 'ignore', not {errors!r}")
    if doc.status == "ok" or errors == "ignore":
        return doc
    if doc.status in READ:
        warnings.warn(f"{doc.file}: {doc.status}: {doc.error}", YusuanWarning, stacklevel=3)
        return doc
    if errors == "raise":
        raise YusuanError(doc)
    warnings.warn(f"{doc.file}: {doc.status}: {doc.error}", YusuanWarning, stacklevel=3)
    return doc


def extract(
    src: Source,
    *,
    name: str | None = None,
    timeout: float = 60.0,
    threads: int | None = None,
    errors: str = "raise",
) -> Document:
    """Extracts one PDF: a path, or its bytes (or a binary file object).

    ``name`` is the ``file`` recorded (default: the path). ``timeout`` is seconds (0: none);
    a file that runs out keeps the pages read before, with status ``timeout``. ``threads``
    shares the pages out (default: all cores). The GIL is released while the file is read.

    ``errors``: a file that cannot be read (no text layer, encrypted, invalid, unreadable)
    raises :class:`YusuanError` (``"raise"``), or returns its :class:`Document` with the
    status after a :class:`YusuanWarning` (``"warn"``) or silently (``"ignore"``). A file
    read in part (``partial``, ``timeout``) is returned with a warning unless ``"ignore"``.
    """
    return _check(_extract(src, name, timeout, threads), errors)


def extract_many(
    sources: Iterable[Source],
    jobs: int | None = None,
    *,
    timeout: float = 60.0,
    progress: bool = True,
    errors: str = "warn",
) -> list:
    """Extracts many PDFs, ``jobs`` at a time (default: all cores), in threads sharing one
    pool (the GIL is released while a file is read, so they run in parallel). Returns one
    :class:`Document` per source, in the order given; a file that fails is a Document with
    its status, as a row of the command line's batch (``errors="warn"``: with a warning;
    ``"raise"``: the first failure, in input order, is raised once all are done).
    A progress bar is shown when tqdm is installed and ``progress`` is true.
    """
    sources = list(sources)
    jobs = max(1, jobs or os.cpu_count() or 1)
    bar = None
    if progress:
        try:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(sources), unit="file", desc="yusuan")
        except ImportError:
            pass

    def one(src):
        doc = _extract(src, None, timeout, jobs)
        if bar is not None:
            bar.update(1)
        return doc

    try:
        with ThreadPoolExecutor(max_workers=jobs) as ex:
            docs = list(ex.map(one, sources))
    finally:
        if bar is not None:
            bar.close()
    if errors == "raise":
        for d in docs:
            if d.status != "ok":
                raise YusuanError(d)
    elif errors == "warn":
        for d in docs:
            if d.status != "ok":
                warnings.warn(f"{d.file}: {d.status}: {d.error}", YusuanWarning, stacklevel=2)
    elif errors != "ignore":
        raise ValueError(f"errors must be 'raise', 'warn' or 'ignore', not {errors!r}")
    return docs


def concat(documents: Sequence[Document], arrow: bool = False) -> dict:
    """The dataset of several documents, as ``yusuan extract`` writes it: one DataFrame (or
    pyarrow Table, with ``arrow=True``) per table, documents in the order given, a document
    whose bytes equal an earlier one's (same doc_id) left out."""
    import pyarrow as pa

    seen, keep = set(), []
    for d in documents:
        if d.doc_id and d.doc_id in seen:
            continue
        seen.add(d.doc_id)
        keep.append(d)
    empty = dict(_native.empty())
    out = {}
    for t in TABLES:
        parts = [d.arrow(t) for d in keep]
        table = pa.concat_tables(parts) if parts else pa.Table.from_batches([empty[t]])
        out[t] = table if arrow else _pandas(table)
    return out


class Table:
    """A table as printed (``yusuan tables``): ``title``, ``form_no``, ``unit``, ``body``,
    ``pages``, ``n_rows``, ``n_cols``, ``header_rows``, ``notes``, ``cells`` (dicts with
    row, col, rowspan, colspan, text, page, box) and :attr:`df`, the grid."""

    def __init__(self, data: dict):
        self._data = data
        for k, v in data.items():
            setattr(self, k, v)

    @property
    def df(self):
        """The grid as a DataFrame of text: a spanning cell's text in its top-left slot."""
        import pandas as pd

        grid = [[""] * self.n_cols for _ in range(self.n_rows)]
        for c in self.cells:
            if c["row"] < self.n_rows and c["col"] < self.n_cols:
                grid[c["row"]][c["col"]] = c["text"]
        return pd.DataFrame(grid)

    def __repr__(self) -> str:
        return f"<yusuan.Table {self.title!r} pages {self.pages}: {self.n_rows} x {self.n_cols}>"


def tables(src: Source, *, timeout: float = 60.0, errors: str = "raise") -> list:
    """The tables of a PDF (a path or its bytes), as printed: a list of :class:`Table`.

    The file is judged as :func:`extract` judges it: one that cannot be read (not a PDF,
    encrypted, no text layer, unreadable) raises :class:`YusuanError` with its status and
    message (``errors="raise"``), or gives ``[]`` after a :class:`YusuanWarning` (``"warn"``)
    or silently (``"ignore"``); one read in part (``partial``, ``timeout``) gives the tables
    of the pages read, with a warning unless ``"ignore"``."""
    kw, name = _source(src, None)
    status, message, found = _native.tables(**kw, timeout=timeout)
    if status != "ok":
        _check(Document(_native.failure(name, status, message)), errors)
    return [Table(t) for t in json.loads(found)]


__all__ = [
    "Document",
    "READ",
    "TABLES",
    "Table",
    "YusuanError",
    "YusuanWarning",
    "concat",
    "extract",
    "extract_many",
    "tables",
]
