#!/usr/bin/env python3
"""table_pages.py DIR... : pages that print table rows, for the `content` column of
golden/identity.tsv (narrative / tables / mixed). A table row is a line with three or more
figures, at least two of them separated from the next by two or more spaces (columns, not a
sentence); a page with three such lines is a table page. A lead, not a verdict: every
document's content was then decided by reading (justified narrative and borderless tables
fool it both ways, e.g. the Jiangsu 公开表 print single spaces)."""
import glob
import os
import re
import sys

FIG = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?%?")


def table_row(line):
    ms = list(FIG.finditer(line))
    gaps = sum(1 for a, b in zip(ms, ms[1:]) if re.fullmatch(r"\s{2,}", line[a.end():b.start()]))
    return len(ms) >= 3 and gaps >= 2


def ranges(ps):
    out = []
    for p in ps:
        if out and p == out[-1][1] + 1:
            out[-1][1] = p
        else:
            out.append([p, p])
    return ",".join(f"{a}-{b}" if a != b else str(a) for a, b in out)


for d in sys.argv[1:]:
    pages = sorted(glob.glob(d + "/*.txt"))
    tp = [i + 1 for i, p in enumerate(pages)
          if sum(table_row(l) for l in open(p).read().splitlines()) >= 3]
    print(f"{os.path.basename(d)}\t{len(pages)}p\ttable pages {len(tp)}: {ranges(tp)}")
