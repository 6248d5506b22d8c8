#!/usr/bin/env bash
# Creates benches/.venv (gitignored) with the reference table extractors the scorecard's
# `tables-icdar` section runs beside yusuan: camelot-py (lattice) and pdfplumber.
#
#   bash benches/reference/setup.sh
#
# camelot lattice rasterises each page to find ruling lines. camelot-py >= 1.0 does that
# with pypdfium2 (a wheel that ships PDFium, installed with camelot-py itself), so no
# system rasteriser is required; ghostscript is only needed for `backend="ghostscript"`.
# It is installed too when apt-get is usable (root), so both backends can be compared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/../.venv"
python="${PYTHON:-python3}"

if [ "${SKIP_APT:-0}" != 1 ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    if ! command -v gs >/dev/null; then
        apt-get update -qq && apt-get install -y -qq ghostscript >/dev/null || \
            echo "setup.sh: ghostscript not installed (optional: camelot uses pypdfium2)" >&2
    fi
fi

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -r "$here/requirements.txt"
"$venv/bin/python" - <<'PY'
import camelot, pdfplumber, pypdfium2
print("camelot", camelot.__version__, "| pdfplumber", pdfplumber.__version__,
      "| pypdfium2", pypdfium2.version.PYPDFIUM_INFO if hasattr(pypdfium2, "version") else "")
PY
