"""Draft of every ruled table of a PDF, with pdfplumber text and poppler text per cell.

    python golden/tools/draft.py ../shared/corpus/dept2026/<file>.pdf [--out DIR] [--pages 5-20]

Writes DIR/<stem>/draft.json (default DIR: /tmp/g26) and prints one line per table. Rulings are
the visible painted shapes whose extent is a line (stroked lines, thin filled rectangles, thin
filled polygons of any path such as `m l l l h f`) and the stroked sides of larger shapes; they are
given to pdfplumber's table finder as explicit edges. Cells get row/col/rowspan/colspan on the
finest grid their borders imply. Text: chars (pdfplumber) and words (poppler) by centre, joined
by the rule of g26lib.
"""

import argparse
import json
import os
import sys

import pdfplumber

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import g26lib as L  # noqa: E402

SETTINGS = {
    "vertical_strategy": "explicit",
    "horizontal_strategy": "explicit",
    "snap_tolerance": 2,
    "join_tolerance": 2,
    "intersection_tolerance": 2,
    "edge_min_length": 3,
}


def inside(obj, box):
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def text_lines(chars):
    """Text lines outside tables: grouped by line, split at gaps > 2 em into segments."""
    out = []
    for line in L.group_lines(chars, lambda c: (c["top"] + c["bottom"]) / 2,
                              lambda c: c["bottom"] - c["top"]):
        line.sort(key=lambda c: c["x0"])
        seg = []
        for c in line:
            if seg and c["text"].strip() and c["x0"] - seg[-1]["x1"] > 2 * (c.get("size") or 10):
                out.append(seg)
                seg = []
            if c["text"].strip() or seg:
                seg.append(c)
        if seg:
            out.append(seg)
    res = []
    for seg in out:
        t, _ = L.chars_text(seg)
        if t:
            res.append({"text": t, "x0": round(min(c["x0"] for c in seg), 1),
                        "x1": round(max(c["x1"] for c in seg), 1),
                        "top": round(min(c["top"] for c in seg), 1),
                        "bottom": round(max(c["bottom"] for c in seg), 1),
                        "size": round(max(c.get("size") or 0 for c in seg), 1)})
    return res


def page_tables(page, pwords):
    segs, areas, diag = L.rulings(page)
    bx0, by0, bx1, by1 = page.bbox
    chars = [c for c in page.chars if bx0 <= (c["x0"] + c["x1"]) / 2 <= bx1
             and by0 <= (c["top"] + c["bottom"]) / 2 <= by1]
    # poppler measures from the page box's corner, pdfplumber keeps the box's own origin
    pwords = [dict(w, x0=w["x0"] + bx0, x1=w["x1"] + bx0, top=w["top"] + by0,
                   bottom=w["bottom"] + by0) for w in pwords]
    info = {"segments": len(segs), "areas": areas[:20], "n_areas": len(areas), "diagonals": diag,
            "rotated_chars": sum(1 for c in chars if not c.get("upright", True)),
            "white_chars": sum(1 for c in chars if L.is_white(c.get("non_stroking_color"))),
            "src": sorted({s["src"] for s in segs})}
    edges = L.seg_edges(segs)
    hv = [e for e in edges if e["orientation"] == "v"]
    hh = [e for e in edges if e["orientation"] == "h"]
    tables = []
    if len(hv) >= 2 and len(hh) >= 2:
        st = dict(SETTINGS, explicit_vertical_lines=hv, explicit_horizontal_lines=hh)
        found = page.find_tables(table_settings=st)
        found.sort(key=lambda t: (round(t.bbox[1]), t.bbox[0]))
        for t in found:
            tables.append(grid_table(t, chars, pwords))
    used = set()
    for t in tables:
        b = t["bbox"]
        for i, c in enumerate(chars):
            if inside(c, b):
                used.add(i)
    rest = [c for i, c in enumerate(chars) if i not in used]
    return tables, text_lines(rest), info


def grid_table(t, chars, pwords):
    boxes = [c for c in t.cells if c is not None]
    xs = L.cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = L.cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    cover = {}
    cells = []
    for b in boxes:
        c0, c1 = L.index_of(xs, b[0]), L.index_of(xs, b[2])
        r0, r1 = L.index_of(ys, b[1]), L.index_of(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                cover[(r, c)] = cover.get((r, c), 0) + 1
        mine = [ch for ch in chars if inside(ch, b)]
        pl, pl_lines = L.chars_text(mine)
        ws = [w for w in pwords if inside(w, b)]
        pp, _ = L.words_text(ws)
        cells.append({"row": r0, "col": c0, "rowspan": r1 - r0, "colspan": c1 - c0,
                      "text": pl, "pp": pp, "lines": pl_lines,
                      "bbox": [round(v, 2) for v in b]})
    cells.sort(key=lambda c: (c["row"], c["col"]))
    nr, nc = len(ys) - 1, len(xs) - 1
    holes = [(r, c) for r in range(nr) for c in range(nc) if cover.get((r, c), 0) == 0]
    over = [k for k, v in cover.items() if v > 1]
    bbox = [round(v, 2) for v in t.bbox]
    stray = [ch["text"] for ch in chars if inside(ch, bbox) and ch["text"].strip()
             and not any(inside(ch, c["bbox"]) for c in cells)]
    return {"bbox": bbox, "n_rows": nr, "n_cols": nc, "xs": [round(v, 2) for v in xs],
            "ys": [round(v, 2) for v in ys], "cells": cells, "holes": holes[:50],
            "n_holes": len(holes), "overlaps": over[:50], "stray": "".join(stray)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--out", default="/tmp/g26")
    ap.add_argument("--pages")
    a = ap.parse_args()
    stem = os.path.splitext(os.path.basename(a.pdf))[0]
    out = os.path.join(a.out, stem)
    os.makedirs(out, exist_ok=True)
    pp = L.poppler_words(a.pdf)
    res = {"file": a.pdf, "tool": L.tool_hash(), "pages": {}}
    with pdfplumber.open(a.pdf) as pdf:
        n = len(pdf.pages)
        sel = range(1, n + 1)
        if a.pages:
            lo, _, hi = a.pages.partition("-")
            sel = range(int(lo), int(hi or lo) + 1)
        for pn in sel:
            page = pdf.pages[pn - 1]
            pw, ph, words = pp[pn]
            if abs(pw - page.width) > 1 or abs(ph - page.height) > 1:
                print(f"p{pn}: page size differs: pdfplumber {page.width}x{page.height}, "
                      f"poppler {pw}x{ph}")
            tables, lines, info = page_tables(page, words)
            res["pages"][pn] = {"width": page.width, "height": page.height,
                                "rotation": page.rotation, "tables": tables,
                                "lines": lines, "info": info}
            for k, t in enumerate(tables):
                dis = sum(1 for c in t["cells"] if c["text"] != c["pp"])
                print(f"p{pn}.{k}: {t['n_rows']}x{t['n_cols']} cells={len(t['cells'])} "
                      f"holes={t['n_holes']} overlaps={len(t['overlaps'])} "
                      f"disagree={dis} stray={t['stray']!r}")
            if info["n_areas"] or info["diagonals"] or info["rotated_chars"] or info["white_chars"]:
                print(f"p{pn}: areas={info['n_areas']} diagonals={info['diagonals']} "
                      f"rotated={info['rotated_chars']} white={info['white_chars']}")
    with open(os.path.join(out, "draft.json"), "w") as f:
        json.dump(res, f, ensure_ascii=False, indent=0)
    print("wrote", os.path.join(out, "draft.json"))


if __name__ == "__main__":
    main()
