#!/usr/bin/env python3
"""Draft rows for the stated-figures golden of one page: every money figure (N亿元/万元/元)
the page's text prints, with its sentence, amount in yuan (exact), and guesses of subject,
measure and comparison that a person then corrects against the rendered page. The guesses
are deliberately simple; the golden (golden/statements/statements.tsv) is the corrected copy.
Usage: draft.py DOC_ID PDF PAGE  -> TSV rows (columns of statements.tsv)."""
import re
import subprocess
import sys
from decimal import Decimal as D

COLUMNS = ["doc", "page", "sentence", "subject", "measure", "amount", "unit", "amount_yuan",
           "comparison", "change", "rate", "base", "base_year", "share", "share_of"]
UNIT = {"亿元": D(100000000), "万元": D(10000), "元": D(1)}
AMT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)")


def yuan(amount: str, unit: str) -> str:
    v = D(amount.replace(",", "")) * UNIT[unit]
    s = format(v.normalize(), "f")
    return s


def page_sentences(pdf: str, page: int) -> list[str]:
    txt = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True).stdout
    lines = [ln for ln in txt.splitlines() if ln.strip()]
    if lines and re.fullmatch(r"\s*[-—－]?\s*\d{1,3}\s*[-—－]?\s*", lines[-1]):
        lines.pop()
    # headings ("一、收入决算情况说明", "（二）…结构情况") stand on their own line: they end the
    # sentence before them and are no part of the next
    heading = re.compile(r"^\s*(第[一二三四五]部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。，；]{0,40}$")
    lines = [("。" if heading.match(ln) and not AMT.search(ln) else ln) for ln in lines]
    flat = re.sub(r"\s+", "", "".join(lines))
    return [s for s in re.split(r"(?<=[。；])", flat) if s.strip("。")]


def guess(sentence: str, m: re.Match) -> dict:
    before = sentence[: m.start()]
    after = sentence[m.end(): m.end() + 40]
    subj = re.split(r"[，。；：:、]|其中|主要用于|比|较|与", before)[-1] if before else ""
    subj = re.sub(r"^(20\d\d年(度)?)", "", subj)
    measure = ""
    if re.search(r"年初预算(数)?为$|预算(数)?为$|预算安排$|预算$", before):
        measure = "budget"
    elif re.search(r"决算(数)?为$|支出$|决算$", before):
        measure = "final"
    if re.search(r"(增加|减少|增长|下降)了?$", before):
        measure = "change"
    if re.search(r"执行数为$", before):
        measure = "executed"
    comp = re.search(r"(增加|减少|持平|增长|下降)", after)
    rate = re.search(r"(增长|下降|增加|减少)(\d[\d.]*%)", sentence[m.end():])
    share = re.match(r"[，,]?占(\S*?)(\d[\d.]*%)", sentence[m.end():])
    year = re.search(r"(比|较|与)(20\d\d)年", sentence)
    return {
        "subject": subj, "measure": measure,
        "comparison": comp.group(1) if comp and measure != "change" else "",
        "rate": rate.group(1) + rate.group(2) if rate else "",
        "base_year": year.group(2) if year else "",
        "share": share.group(2) if share else "",
        "share_of": share.group(1) if share else "",
    }


def main():
    doc, pdf, page = sys.argv[1], sys.argv[2], int(sys.argv[3])
    print("\t".join(COLUMNS))
    for s in page_sentences(pdf, page):
        for m in AMT.finditer(s):
            g = guess(s, m)
            row = {"doc": doc, "page": str(page), "sentence": s, "amount": m.group(1),
                   "unit": m.group(2), "amount_yuan": yuan(m.group(1), m.group(2)),
                   "change": "", "base": ""}
            row.update(g)
            print("\t".join(row.get(c, "") for c in COLUMNS))


if __name__ == "__main__":
    main()
