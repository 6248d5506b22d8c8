"""The shared corpora as text: the PDFs, their pdftotext -layout pages (cached) and the
fiscal year each document is for. Standard library only (plus poppler's pdftotext)."""

import hashlib
import os
import re
import subprocess
import unicodedata
from pathlib import Path

CORPORA = ("dept", "dept2026", "city", "gov", "altered")
HERE = Path(__file__).resolve().parent


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def pdfs(shared):
    """(corpus, path relative to the repository root as ../shared/corpus/<c>/<f>, absolute)."""
    out = []
    for c in CORPORA:
        d = Path(shared) / "corpus" / c
        for p in sorted(d.glob("*.pdf")) + sorted(d.glob("*.PDF")):
            out.append((c, f"../shared/corpus/{c}/{p.name}", p))
    return out


def pages(pdf, cache):
    """The pages of `pdf` as pdftotext -layout prints them, or None when poppler cannot read
    the file. Cached by the file's SHA-256 so that a re-run costs seconds."""
    h = hashlib.sha256(Path(pdf).read_bytes()).hexdigest()[:16]
    txt = Path(cache) / f"{h}.txt"
    bad = Path(cache) / f"{h}.unreadable"
    if bad.exists():
        return None
    if not txt.exists():
        os.makedirs(cache, exist_ok=True)
        r = subprocess.run(
            ["pdftotext", "-layout", str(pdf), str(txt) + ".part"],
            capture_output=True,
            timeout=600,
        )
        if r.returncode != 0:
            bad.write_text(r.stderr.decode("utf-8", "replace"))
            return None
        os.replace(str(txt) + ".part", txt)
    text = txt.read_text("utf-8", "replace")
    ps = text.split("\f")
    if ps and ps[-1].strip() == "":
        ps.pop()
    return ps


# The fiscal year a document is for: a budget report's budget year (…2024年预算执行情况和2025年
# 预算草案… -> 2025), a final account's year, a department budget's year. Looked for in the first
# pages, after NFKC (full-width digits) and with spaces removed (letter-spaced covers).
_Y = r"((?:19|20)\d\d)年"
YEAR_RULES = [
    ("budget_report", re.compile(_Y + r"[^。；;]{0,24}?执行情况[^。；;]{0,12}?[和与及][^。；;]{0,6}?" + _Y + r"[^。；;]{0,20}?预算")),
    ("final", re.compile(_Y + r"度?[^。；;\d]{0,30}?决算")),
    ("budget", re.compile(_Y + r"度?[^。；;\d]{0,30}?预算")),
]


_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def arabic_years(s):
    """二○二五年 -> 2025年 (years written in Chinese numerals)."""
    return re.sub(r"[〇○零一二三四五六七八九]{4}(?=年)", lambda m: m.group(0).translate(_CN_DIGITS), s)


def detect_year(pages_text):
    """(year, rule, evidence) from the first three pages, else from the first page that
    names a budget or final account (a table-only file: 2019年政府采购预算表)."""
    y = _detect(pages_text[:3])
    if y[0] is None:
        for i in range(3, len(pages_text)):
            y = _detect(pages_text[i:i + 1])
            if y[0] is not None:
                return y[0], y[1] + f" (p{i + 1})", y[2]
    return y


def _detect(pages_text):
    head = arabic_years(re.sub(r"\s+", "", nfkc("\n".join(pages_text))))
    best = None
    for kind, rx in YEAR_RULES:
        m = rx.search(head)
        if m and (best is None or m.start() < best[2] or kind == "budget_report"):
            year = int(m.group(m.lastindex))
            best = (kind, year, m.start(), m.group(0)[:60])
            if kind == "budget_report":
                break
    if best is None:
        return None, "", ""
    return best[1], best[0], best[3]


YEARS_TSV = HERE / "doc_years.tsv"
YEARS_HEADER = "file\tcorpus\tyear_detected\tyear_override\trule\tevidence"


def load_years(path=YEARS_TSV):
    """file -> (detected, override) from the reviewed table; an override is a year written
    by hand after reading the document (the file's cover or tables), with a reason."""
    out = {}
    if not Path(path).exists():
        return out
    for line in Path(path).read_text("utf-8").splitlines()[1:]:
        f = line.split("\t")
        if len(f) >= 4:
            out[f[0]] = f[3]
    return out


def write_years(rows, path=YEARS_TSV):
    rows = sorted(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(YEARS_HEADER + "\n")
        for r in rows:
            f.write("\t".join("" if x is None else str(x) for x in r) + "\n")
