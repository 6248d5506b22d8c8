#!/usr/bin/env python3
"""Figures of every table page of a PDF, from `pdftotext -bbox` word boxes, independently of
yusuan. A page's table is named by its title (the line ending in 表 near the top); continuation
pages without a title inherit the previous one. Prints, per table, the multiset of figures
(tokens like 1,234.56 / 0.95 / 0) with page and box, so two documents can be compared.
Usage: table_figures.py PDF [PDF2]  -> with two PDFs prints the figures that differ."""
import collections
import html
import re
import subprocess
import sys

# Table titles of a 部门决算 / 部门预算 (longest match wins).
STANDARD = [
    "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
    "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款收入支出决算表",
]
FIG = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+\.\d+$")


def words(pdf):
    xml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    page = 0
    for line in xml.splitlines():
        if "<page " in line:
            page += 1
            continue
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            yield page, (x0, y0, x1, y1), html.unescape(m.group(5))


def tables(pdf, pages_out=None):
    """{table title: [(figure, page, box)]} for pages whose first lines name a standard table;
    a page without a title that still holds figures continues the previous table. When
    `pages_out` is a dict it receives {page: title} of the table pages."""
    by_page = collections.defaultdict(list)
    for page, box, w in words(pdf):
        by_page[page].append((box, w))
    out = collections.defaultdict(list)
    title = None
    for page in sorted(by_page):
        ws = by_page[page]
        lines = collections.defaultdict(list)
        for b, w in ws:
            lines[round(b[1] / 4)].append((b[0], w))
        first = ["".join(w for _, w in sorted(lines[k])) for k in sorted(lines)[:4]]
        head = "".join(first)
        names = [n for n in STANDARD if n in head]
        figures = [(w, b) for b, w in ws if FIG.match(w) and "." in w]
        if names:
            title = max(names, key=len)
        elif not figures or "说明" in head or "名词解释" in head:
            title = None
        if title is None:
            continue
        if pages_out is not None:
            pages_out[page] = title
        for w, b in figures:
            out[title].append((w, page, b))
    return out


def main():
    a = tables(sys.argv[1])
    if len(sys.argv) == 2:
        for t, figs in a.items():
            print(t, len(figs), [f for f, _, _ in figs])
        return
    b = tables(sys.argv[2])
    for t in sorted(set(a) | set(b)):
        ca = collections.Counter(f for f, _, _ in a.get(t, []))
        cb = collections.Counter(f for f, _, _ in b.get(t, []))
        if ca == cb:
            print(f"= {t}: {sum(ca.values())} figures identical")
            continue
        print(f"≠ {t}: {sum(ca.values())} vs {sum(cb.values())} figures")
        for f, n in (ca - cb).items():
            where = [(p, tuple(round(v, 1) for v in bx)) for x, p, bx in a[t] if x == f]
            print(f"   only in 1st ×{n}: {f} at {where}")
        for f, n in (cb - ca).items():
            where = [(p, tuple(round(v, 1) for v in bx)) for x, p, bx in b[t] if x == f]
            print(f"   only in 2nd ×{n}: {f} at {where}")


if __name__ == "__main__":
    main()
