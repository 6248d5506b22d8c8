#!/usr/bin/env python3
"""page_heads.py DIR... : for each dump_pages.sh directory, the first printed line of every
page, runs of pages with the same first line collapsed (p40-51: 功能编码 …). Form-number lines
(表1-1, 公开01表, page numbers) are skipped. A quick map of where reports, tables and 说明 are."""
import glob
import os
import re
import sys

SKIP = re.compile(r"(表|附表|公开)?[\d\-—一二三四五六七八九十:：]+(表)?|[-—\s\d]+|第?\s*\d+\s*页?")
for d in sys.argv[1:]:
    pages = sorted(glob.glob(d + "/*.txt"))
    print("#####", os.path.basename(d), len(pages), "p")
    runs = []
    for i, p in enumerate(pages):
        ls = [re.sub(r"\s+", " ", l.strip()) for l in open(p).read().splitlines() if l.strip()]
        ls = [l for l in ls if not SKIP.fullmatch(l)]
        h = ls[0][:60] if ls else "(blank)"
        if runs and runs[-1][2] == h:
            runs[-1][1] = i + 1
        else:
            runs.append([i + 1, i + 1, h])
    for a, b, h in runs:
        print(f"  p{a}{'-' + str(b) if b != a else ''}: {h}")
