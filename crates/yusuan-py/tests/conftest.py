"""Shared fixtures: the repository, the `yusuan` binary, the sample corpus, ../shared.

The same rule as the Rust tests (tests/common/mod.rs) for ../shared: absent, a test that
needs it is skipped with a message; absent while CI=1 or YUSUAN_REQUIRE_SHARED=1, it fails.
A test that needs a Python package the environment lacks is skipped with a message, except
under YUSUAN_REQUIRE_PYTHON=1 (.ci/python sets it), where that fails.
"""

from __future__ import annotations

import importlib
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _truthy(var: str) -> bool:
    return os.environ.get(var, "").lower() in ("1", "true")


def need(module: str):
    """Imports `module`, or skips the test (fails under YUSUAN_REQUIRE_PYTHON=1)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        if _truthy("YUSUAN_REQUIRE_PYTHON"):
            pytest.fail(f"{module} is not installed and YUSUAN_REQUIRE_PYTHON=1 requires it")
        hint = "bash .ci/python builds and installs it" if module.startswith("yusuan") else (
            f"pip install {module}"
        )
        # allow_module_level: the test modules call it on import, for the whole module.
        pytest.skip(f"SKIPPED: {module} is not installed ({hint})", allow_module_level=True)


@pytest.fixture(scope="session")
def yusuan_bin() -> Path:
    """The command line: $YUSUAN_BIN, or target/release/yusuan (built if missing)."""
    b = Path(os.environ.get("YUSUAN_BIN", ROOT / "target/release/yusuan"))
    if not b.exists():
        subprocess.run(["cargo", "build", "--release", "--bin", "yusuan"], cwd=ROOT, check=True)
    return b


@pytest.fixture(scope="session")
def sample() -> Path:
    """The repository's synthetic PDFs (corpus/)."""
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    d = ROOT.parent / "shared"
    if (d / "corpus").is_dir():
        return d
    if _truthy("CI") or _truthy("YUSUAN_REQUIRE_SHARED"):
        pytest.fail(f"{d}/corpus not found, and CI=1 or YUSUAN_REQUIRE_SHARED=1 requires it")
    pytest.skip("SKIPPED: ../shared/corpus not found (set YUSUAN_REQUIRE_SHARED=1 to fail)")


def run_cli(yusuan_bin: Path, *args, ok=(0, 4)) -> subprocess.CompletedProcess:
    """Runs the command line; exit 4 (some file not ok) is a normal outcome of a batch."""
    p = subprocess.run([str(yusuan_bin), *map(str, args)], capture_output=True, text=True)
    assert p.returncode in ok, p.stderr
    return p
