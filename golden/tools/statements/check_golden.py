#!/usr/bin/env python3
"""Check the stated-figures golden (golden/statements/statements.tsv) against the PDFs:
  - amount_yuan is amount × unit, exactly (fills it with --fill)
  - the figure (amount + unit, as printed) is in the row's sentence
  - the sentence is printed on the row's page (whitespace removed; a sentence that starts
    on the page before or ends on the next may be found across the page break)
  - completeness: every money figure a page prints (pdftotext, both readings) has a row
Usage: check_golden.py [--fill] [SHARED_DIR]   (pages.tsv beside statements.tsv names the files)"""
import collections
import csv
import re
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parents[1] / "statements"
UNIT = {"万亿": D(10) ** 12, "亿元": D(100000000), "万元": D(10000), "元": D(1)}
FULL = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
AMT = re.compile(r"([\d０-９][\d０-９,，]*(?:[.．􀆰][\d０-９]+)?)(万亿(?!元)|亿元|万元|元)")


def number(s: str) -> D:
    return D(norm(s).replace(",", ""))


def norm(s: str) -> str:
    """Digits as rendered: full-width digits and the private-use decimal point (U+1001B0) of
    some text layers read as ASCII."""
    return s.translate(FULL).replace("\U001001b0", ".")


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


PAGE_NO = re.compile(r"[\s\-—－–]*[\d０-９]{1,3}[\s\-—－–]*")


def page_text(pdf: Path, page: int, layout: bool) -> str:
    """The page's text, whitespace removed, without a page number on its first or last line."""
    args = ["pdftotext"] + (["-layout"] if layout else []) + ["-f", str(page), "-l", str(page), str(pdf), "-"]
    lines = [ln for ln in subprocess.run(args, capture_output=True, text=True).stdout.splitlines() if ln.strip()]
    for end in (-1, 0):
        if lines and PAGE_NO.fullmatch(lines[end]):
            lines.pop(end)
    return flat("".join(lines))


def main():
    fill = "--fill" in sys.argv
    rest = [a for a in sys.argv[1:] if a != "--fill"]
    shared = Path(rest[0]) if rest else HERE.parents[2] / "../shared"
    pages = {(r["doc"], int(r["page"])): shared / "corpus" / r["file"]
             for r in csv.DictReader(open(GOLDEN / "pages.tsv"), delimiter="\t")}
    path = GOLDEN / "statements.tsv"
    rows = list(csv.DictReader(open(path), delimiter="\t"))
    fields = list(rows[0].keys())
    problems = 0
    covered = collections.defaultdict(collections.Counter)
    for n, r in enumerate(rows, 2):
        key = (r["doc"], int(r["page"]))
        if key not in pages:
            print(f"line {n}: page {key} not in pages.tsv"); problems += 1; continue
        if r["amount"]:
            y = number(r["amount"]) * UNIT[r["unit"]]
            ys = format(y.normalize(), "f")
            if fill:
                r["amount_yuan"] = ys
            elif r["amount_yuan"] != ys:
                print(f"line {n}: amount_yuan {r['amount_yuan']} != {ys}"); problems += 1
            if norm(r["amount"] + r["unit"]) not in norm(r["sentence"]):
                print(f"line {n}: {r['amount']}{r['unit']} not in its sentence"); problems += 1
            covered[key][number(r["amount"]), r["unit"]] += 1
        pdf = pages[key]
        here = page_text(pdf, key[1], False) + page_text(pdf, key[1], True)
        around = "".join(page_text(pdf, p, False) for p in (key[1] - 1, key[1], key[1] + 1) if p > 0)
        s = flat(r["sentence"])
        if s not in here and s not in around:
            print(f"line {n}: sentence not printed on p{key[1]}: {s[:40]}…"); problems += 1
    for key, pdf in pages.items():
        printed = collections.Counter((number(m.group(1)), m.group(2)) for m in AMT.finditer(page_text(pdf, key[1], False)))
        missing = printed - covered[key]
        extra = covered[key] - printed
        if missing:
            print(f"{key}: figures printed but without a row: {dict(missing)}"); problems += 1
        if extra:
            print(f"{key}: rows for figures not printed on the page: {dict(extra)}")
    if fill:
        with open(path, "w", newline="") as f:
            w = csv.DictWriter(f, fields, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    print(f"{len(rows)} rows, {len(pages)} pages, {problems} problems")


if __name__ == "__main__":
    main()
