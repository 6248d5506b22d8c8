"""Markdown rows (document, city, producer, pages, tables, cells, check lines, MISMATCH lines)
for every golden file under golden/dept2026, for VERIFICATION.md.

    python golden/tools/stats.py
"""

import glob
import json
import os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def main():
    tot = [0] * 5
    for sub in ("", "non-budget"):
        files = sorted(glob.glob(os.path.join(ROOT, "golden", "dept2026", sub, "*.json")))
        print(f"\n{sub or 'budget documents'}\n")
        for f in files:
            d = json.load(open(f))
            tabs = d["tables"]
            cells = sum(len(t["cells"]) for t in tabs)
            checks = sum(len(t["checks"]) for t in tabs)
            bad = sum(1 for t in tabs for c in t["checks"] if c.endswith("MISMATCH"))
            multi = sum(1 for t in tabs if len(t["pages"]) > 1)
            name = os.path.basename(f)[len("calinchow-del_renwu__"):-5]
            print(f"| `{name}` | {d['city']} | {d['producer'] or '(empty)'} | {d['pages']} | "
                  f"{len(tabs)} ({multi} multi-page) | {cells:,} | {checks} ({bad}) |")
            for k, v in enumerate((1, d["pages"], len(tabs), cells, checks)):
                tot[k] += v
    print(f"\ntotal: {tot[0]} documents, {tot[1]} pages, {tot[2]} tables, {tot[3]:,} cells, "
          f"{tot[4]} check lines")


if __name__ == "__main__":
    main()
