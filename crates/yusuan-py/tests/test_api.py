"""The Python API: the rows and types of the command line's Parquet output, from a path or
bytes; errors as exceptions with the status; extract_many; tables as printed."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from decimal import Decimal

import pytest

from conftest import need, run_cli

pd = need("pandas")
need("pyarrow")
yusuan = need("yusuan")


@pytest.fixture(scope="module")
def cli_out(tmp_path_factory, yusuan_bin, sample):
    d = tmp_path_factory.mktemp("cli")
    run_cli(yusuan_bin, "extract", sample, "--out", d, "--format", "csv,parquet", "--quiet")
    return {t: pd.read_parquet(d / f"{t}.parquet") for t in yusuan.TABLES}


def sample_files(sample):
    # The command line's order: sorted paths.
    return sorted(str(p) for p in sample.rglob("*.pdf"))


def test_tables_are_the_datasets(cli_out):
    assert yusuan.TABLES == ("documents", "tables", "items", "checks")


def test_extract_gives_the_cli_rows_and_types(sample, cli_out):
    f = str(sample / "type0-identity-h-tounicode.pdf")
    doc = yusuan.extract(f)
    assert doc.status == "ok" and doc.file == f and len(doc.doc_id) == 16
    assert len(doc.items) > 5
    for t in yusuan.TABLES:
        want = cli_out[t][cli_out[t].doc_id == doc.doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(getattr(doc, t), want, check_exact=True)
    assert isinstance(doc.items.amount_yuan[0], Decimal)
    assert doc.items.code.map(type).eq(str).all()
    assert repr(doc).startswith("<yusuan.Document")
    assert doc.to_json()["doc_id"] == doc.doc_id


def test_bytes_and_file_objects_give_the_same_rows(sample):
    f = sample / "type0-identity-h-tounicode.pdf"
    a = yusuan.extract(f)
    b = yusuan.extract(f.read_bytes(), name=str(f))
    with open(f, "rb") as fh:
        c = yusuan.extract(fh)
    for t in yusuan.TABLES:
        pd.testing.assert_frame_equal(a.frame(t), b.frame(t))
        pd.testing.assert_frame_equal(a.frame(t), c.frame(t))


def test_errors_are_exceptions_with_status(tmp_path):
    with pytest.raises(yusuan.YusuanError) as e:
        yusuan.extract(b"<html>not a pdf</html>", name="page.pdf")
    assert e.value.status == "invalid_pdf"
    assert e.value.file == "page.pdf"
    assert e.value.message
    assert e.value.document.documents.status[0] == "invalid_pdf"
    missing = tmp_path / "missing.pdf"
    with pytest.raises(yusuan.YusuanError) as e:
        yusuan.extract(missing)
    assert e.value.status == "error" and "cannot read" in e.value.message
    doc = yusuan.extract(missing, errors="ignore")
    assert doc.status == "error" and doc.doc_id == "" and len(doc.items) == 0
    with pytest.warns(yusuan.YusuanWarning):
        yusuan.extract(missing, errors="warn")


def test_extract_many_is_the_cli_dataset(sample, cli_out):
    files = sample_files(sample)
    docs = yusuan.extract_many(files, jobs=2, progress=False, errors="ignore")
    assert [d.file for d in docs] == files
    got = yusuan.concat(docs)
    for t in yusuan.TABLES:
        pd.testing.assert_frame_equal(got[t], cli_out[t], check_exact=True)


def test_extract_many_shows_progress_with_tqdm(sample, capsys):
    need("tqdm")
    files = sample_files(sample)[:3]
    yusuan.extract_many(files, jobs=1, errors="ignore")
    assert "3/3" in capsys.readouterr().err


def test_a_name_that_is_not_utf8_is_kept(sample, tmp_path, yusuan_bin):
    """A GBK name (财政, as archives unpacked on Linux have them): `file` with U+FFFD,
    `file_raw` its bytes percent-encoded, `path` the name back; the command line's row."""
    name = os.fsdecode(b"\xb2\xc6\xd5\xfe.pdf")
    f = tmp_path / name
    shutil.copy(sample / "cmap-gb-euc.pdf", f)
    doc = yusuan.extract(f)
    assert doc.file_raw == str(tmp_path) + "/%B2%C6%D5%FE.pdf"
    assert doc.file == str(tmp_path) + "/\ufffd\ufffd\ufffd\ufffd.pdf"
    assert doc.path == str(f) and os.path.exists(doc.path)
    assert doc.documents.file_raw[0] == doc.file_raw
    out = tmp_path / "out"
    run_cli(yusuan_bin, "extract", f, "--out", out, "--quiet")
    cli = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert list(cli.file_raw) == [doc.file_raw] and list(cli.file) == [doc.file]


def test_tables_as_printed(sample, yusuan_bin):
    f = sample / "type0-identity-h-tounicode.pdf"
    ts = yusuan.tables(f)
    want = json.loads(run_cli(yusuan_bin, "tables", f, "--json").stdout)
    assert len(ts) == len(want) > 0
    t = ts[0]
    assert t.df.shape == (want[0]["n_rows"], want[0]["n_cols"])
    assert t.title == want[0]["title"]
    cell = want[0]["cells"][-1]
    assert t.df.iat[cell["row"], cell["col"]] == cell["text"]
    # A file that cannot be read is a YusuanError with the status extract gives it.
    with pytest.raises(yusuan.YusuanError) as e:
        yusuan.tables(b"not a pdf")
    assert e.value.status == "invalid_pdf" and "no %PDF- header" in e.value.message
    with pytest.raises(yusuan.YusuanError) as e:
        yusuan.tables(sample / "no-such-file.pdf")
    assert e.value.status == "error" and e.value.file.endswith("no-such-file.pdf")
    assert yusuan.tables(b"not a pdf", errors="ignore") == []


def spin(seconds=None, until=None) -> float:
    """Python steps per second of a busy loop, for `seconds` or until `until` is set."""
    n, start = 0, time.perf_counter()
    while not (until.is_set() if until else time.perf_counter() - start > seconds):
        n += 1
    return n / (time.perf_counter() - start)


def test_the_gil_is_released(sample):
    """A Python thread runs at its full pace while extract works in another: with the GIL
    held through a file, it would run only between files."""
    files = sample_files(sample)
    done = threading.Event()

    def work():
        for _ in range(5):
            for f in files:
                yusuan.extract(f, threads=1, errors="ignore")
        done.set()

    alone = spin(seconds=0.3)
    t = threading.Thread(target=work)
    t.start()
    beside = spin(until=done)
    t.join()
    assert beside > 0.3 * alone, (beside, alone)
