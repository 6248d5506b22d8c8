#!/usr/bin/env python3
"""The judged rows still standing on an extract, split by the `doubt` column: how many rows
each side holds and how many of them the adjudicated readings call wrong.

    python3 golden/tools/statements/doubt.py OUT [FIRST_SEED LAST_SEED]

OUT holds one extract per corpus (OUT/city/statements.csv, …). A judged row stands when every
judged field is unchanged (carry.py's test); one judgement per row: adjudicated-sN where it
exists, else the single reading. Never a fresh precision figure: the samples were drawn from
older trees, and the rules were tuned on their wrong rows."""
import csv
import glob
import os
import re
import sys

from carry import FIELDS, clean, extract, key

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "statements")


def judged(first, last):
    for p in sorted(glob.glob(os.path.join(SAMPLES, "*-s*.tsv"))):
        m = re.search(r"(adjudicated|precision-sample|tuning-sample)-s(\d+)\.tsv$", p)
        if not m or not first <= int(m.group(2)) <= last:
            continue
        if m.group(1) != "adjudicated" and os.path.exists(
                os.path.join(SAMPLES, f"adjudicated-s{m.group(2)}.tsv")):
            continue
        with open(p, newline="", encoding="utf-8") as f:
            yield from (j for j in csv.DictReader(f, delimiter="\t")
                        if j["judgement"] in ("right", "wrong"))


def main():
    if len(sys.argv) not in (2, 4):
        sys.exit(__doc__)
    first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) == 4 else (0, 10**6)
    now = extract(sys.argv[1])
    count = {}
    for j in judged(first, last):
        same = [r for r in now.get(key(j), []) if all(clean(r[k]) == j[k] for k in FIELDS)]
        if same:
            side = same[0].get("doubt") or "(none)"
            n, w = count.get(side, (0, 0))
            count[side] = (n + 1, w + (j["judgement"] == "wrong"))
    print("doubt\trows\twrong\twrong %")
    for side, (n, w) in sorted(count.items()):
        print(f"{side}\t{n}\t{w}\t{100 * w / n:.2f}")


if __name__ == "__main__":
    main()
