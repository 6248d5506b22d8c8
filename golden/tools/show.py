"""Prints draft tables and the text lines around them, for writing and reviewing a spec.

    python golden/tools/show.py <stem-or-draft.json> [pages, e.g. 5-8] [--out DIR]
"""

import json
import os
import sys


def load(arg, out="/tmp/g26"):
    if arg.endswith(".json"):
        return json.load(open(arg))
    stem = os.path.splitext(os.path.basename(arg))[0]
    return json.load(open(os.path.join(out, stem, "draft.json")))


def show_table(t, width=18):
    rows = {}
    for c in t["cells"]:
        span = "" if c["rowspan"] == c["colspan"] == 1 else f"[{c['rowspan']}x{c['colspan']}]"
        rows.setdefault(c["row"], []).append(f"{c['col']}{span}:{c['text'][:width]}")
        if c["text"] != c["pp"]:
            rows[c["row"]].append(f"   <<PDFPLUMBER {c['text']!r} POPPLER {c['pp']!r}>>")
    for r in sorted(rows):
        print(f"  r{r:<3}", " | ".join(rows[r]))


def main():
    d = load(sys.argv[1])
    sel = None
    if len(sys.argv) > 2:
        lo, _, hi = sys.argv[2].partition("-")
        sel = range(int(lo), int(hi or lo) + 1)
    for pn, p in sorted(d["pages"].items(), key=lambda kv: int(kv[0])):
        if sel and int(pn) not in sel:
            continue
        print(f"=== page {pn} ({p['width']:.0f}x{p['height']:.0f} rot {p['rotation']}) "
              f"info {json.dumps({k: v for k, v in p['info'].items() if k != 'areas'})}")
        items = [("L", ln["top"], ln) for ln in p["lines"]] + \
                [("T", t["bbox"][1], (k, t)) for k, t in enumerate(p["tables"])]
        for kind, _, obj in sorted(items, key=lambda x: x[1]):
            if kind == "L":
                print(f"  line y={obj['top']:.0f} x={obj['x0']:.0f}-{obj['x1']:.0f} "
                      f"size={obj['size']}: {obj['text']}")
            else:
                k, t = obj
                print(f"  TABLE {pn}.{k} {t['n_rows']}x{t['n_cols']} bbox={t['bbox']} "
                      f"holes={t['n_holes']} stray={t['stray']!r}")
                show_table(t)


if __name__ == "__main__":
    main()
