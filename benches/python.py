"""Issue 17's figures: the Python API's overhead against the command line, and the Dask
LocalCluster's speed-up from one worker process to two (docs/python.md).

    python benches/python.py [RUNS] [dask]  # with yusuan, dask[distributed] installed
                                            # (.ci/python's venv: target/python-venv)

Needs ../shared/corpus and target/release/yusuan. Prints each run and the best of RUNS
(default 3); the machine is shared, so it also prints the load average before each figure.
`dask` runs the cluster figure only. The clusters run with yusuan.dask.BATCH_CONFIG and no
dashboard, as extract_to_parquet's own cluster; each run of one worker is followed by one
of two, and each such pair's ratio is printed (a ratio from one run), then the bests'.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yusuan
import yusuan.dask

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
BIN = Path(os.environ.get("YUSUAN_BIN", ROOT / "target/release/yusuan"))
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
ONLY_DASK = "dask" in sys.argv[2:]


def load() -> str:
    return "load %.1f %.1f %.1f" % os.getloadavg()


def cli(inputs, out) -> float:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(
        [BIN, "extract", *inputs, "--out", out, "--jobs", "1", "--format", "csv", "--quiet"],
        check=False,
    )
    return time.perf_counter() - t


def cli_default(inputs, out) -> float:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run([BIN, "extract", *inputs, "--out", out, "--format", "csv", "--quiet"],
                   check=False)
    return time.perf_counter() - t


def python(files, frames: bool, threads=1) -> float:
    t = time.perf_counter()
    for f in files:
        d = yusuan.extract(f, threads=threads, errors="ignore")
        if frames:
            d.items, d.tables, d.checks, d.documents
    return time.perf_counter() - t


def dask_run(client, inputs, out) -> float:
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    yusuan.dask.extract_to_parquet(inputs, str(out), client=client)
    return time.perf_counter() - t


def main():
    tmp = Path(tempfile.mkdtemp(prefix="yusuan-bench-"))
    dept = [str(CORPUS / "dept")]
    if not ONLY_DASK:
        api(tmp, dept)
    cluster(tmp, dept)
    shutil.rmtree(tmp, ignore_errors=True)


def api(tmp, dept):
    files = yusuan.dask.list_inputs(dept)
    print(f"dept: {len(files)} files; {load()}")
    # Warm the page cache and the module.
    cli(dept, tmp / "cli")
    python(files, True)
    c, p, pf, cd, pd = [], [], [], [], []
    for _ in range(RUNS):
        c.append(cli(dept, tmp / "cli"))
        p.append(python(files, False))
        pf.append(python(files, True))
        cd.append(cli_default(dept, tmp / "cli"))
        pd.append(python(files, True, threads=None))
    print(f"  CLI extract --jobs 1:           {' '.join(f'{x:.3f}' for x in c)} s")
    print(f"  yusuan.extract(threads=1):      {' '.join(f'{x:.3f}' for x in p)} s")
    print(f"  … and .items/.tables/.checks:   {' '.join(f'{x:.3f}' for x in pf)} s")
    print(f"  best: CLI {min(c):.3f} s, Python {min(p):.3f} s ({min(p) / min(c):.3f}x), "
          f"with DataFrames {min(pf):.3f} s ({min(pf) / min(c):.3f}x); {load()}")
    print(f"  CLI extract (all cores):        {' '.join(f'{x:.3f}' for x in cd)} s")
    print(f"  yusuan.extract (all cores) + DataFrames: {' '.join(f'{x:.3f}' for x in pd)} s")
    print(f"  best: CLI {min(cd):.3f} s, Python {min(pd):.3f} s ({min(pd) / min(cd):.3f}x)")


def cluster(tmp, dept):
    import dask
    from distributed import Client, LocalCluster

    both = [str(CORPUS / "dept"), str(CORPUS / "city")]
    times = {1: [], 2: []}
    clusters = {}
    with dask.config.set(yusuan.dask.BATCH_CONFIG):
        for n in (1, 2):
            lc = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                              dashboard_address=None)
            clusters[n] = (lc, Client(lc))
            dask_run(clusters[n][1], dept, tmp / "warm")  # imports and page cache
    print(f"dept + city on a LocalCluster (processes, 1 thread each); {load()}")
    for _ in range(RUNS):
        for n in (1, 2):
            times[n].append(dask_run(clusters[n][1], both, tmp / "dask"))
        print(f"  run: 1 worker {times[1][-1]:.2f} s, 2 workers {times[2][-1]:.2f} s: "
              f"{times[1][-1] / times[2][-1]:.2f}x; {load()}", flush=True)
    for n in (1, 2):
        clusters[n][1].close()
        clusters[n][0].close()
    print(f"  best: 1 worker {min(times[1]):.2f} s, 2 workers {min(times[2]):.2f} s: "
          f"{min(times[1]) / min(times[2]):.2f}x; {load()}")


if __name__ == "__main__":
    main()
