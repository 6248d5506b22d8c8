#!/usr/bin/env python3
"""Make a readable copy of a PDF whose end (page-tree root, xref, trailer) was cut off.

    recover_truncated.py IN.pdf OUT.pdf

Used only to READ the two truncated files of ../shared/corpus/gov (fujian_2025,
shijiazhuang_2025_budget_report) for golden/identity.tsv; the copy goes to a temporary
directory, never into the repository. The page-tree root these files lost is rebuilt from the
/Type/Pages (or /Type/Page) objects that name it as /Parent, in object-number order (the order
the producer wrote them, which is page order for both files); then qpdf rebuilds the xref.
"""
import re
import subprocess
import sys

src, dst = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()
objs = {}
for m in re.finditer(rb"(?m)^(\d+) 0 obj", data):
    objs[int(m.group(1))] = m.start()
starts = sorted(objs.values())


def body(num):
    s = objs[num]
    later = [x for x in starts if x > s]
    return data[s:later[0] if later else len(data)]


parents = {}
for num in sorted(objs):
    head = body(num)[:600]
    m = re.search(rb"/Parent\s+(\d+)\s+0\s+R", head)
    if m and re.search(rb"/Type\s*/Pages?\b", head):
        parents.setdefault(int(m.group(1)), []).append(num)
root = next(p for p in parents if p not in objs)
kids = parents[root]


def count(num):
    head = body(num)[:600]
    m = re.search(rb"/Count\s+(\d+)", head)
    return int(m.group(1)) if m and b"/Type/Pages" in head.replace(b" ", b"") else 1


total = sum(count(k) for k in kids)
cat = max(objs) + 1
tail = (
    b"\n%d 0 obj\n<</Type/Pages/Kids[%s]/Count %d>>\nendobj\n"
    % (root, b" ".join(b"%d 0 R" % k for k in kids), total)
    + b"%d 0 obj\n<</Type/Catalog/Pages %d 0 R>>\nendobj\n" % (cat, root)
    + b"trailer\n<</Root %d 0 R/Size %d>>\n%%%%EOF\n" % (cat, cat + 1)
)
# A last object cut mid-stream is dropped: everything after the last complete endobj goes.
cut = data.rfind(b"endobj")
fixed = data[: cut + len(b"endobj")] + tail
tmp = dst + ".raw.pdf"
open(tmp, "wb").write(fixed)
subprocess.run(["qpdf", tmp, dst], check=False)
print(f"root {root}: {len(kids)} kids, {total} pages -> {dst}")
