#!/usr/bin/env python3
"""Run a reference table extractor (camelot lattice or pdfplumber) on ICDAR 2013 PDFs and
write the tables in the common JSON form the scorecard's `tables-icdar` section scores.

    benches/.venv/bin/python benches/reference/tables.py --tool camelot --mode pages \
        --out target/icdar-camelot-pages.json ../shared/icdar2013/competition-dataset-*/*.pdf

Modes:
  pages    every page of every PDF, whole page (table detection + structure).
  regions  every ground-truth table region listed in the `<stem>-reg.xml` beside the PDF
           (and in the `b` variant's, for `xxxa.pdf`), padded by PAD_X / PAD_Y points;
           the tool sees that area only (structure with given regions).

Output: a JSON list, one record per (file, page) in pages mode and per (file, region) in
regions mode:
  {"file": "eu-001.pdf", "page": 1, "region": [x0, y0, x1, y1] or null, "gt_table": "1" or null,
   "seconds": 0.12, "error": null,
   "tables": [{"bbox": [x0, y0, x1, y1],
               "cells": [{"row": 0, "col": 0, "rowspan": 1, "colspan": 1, "text": "..."}]}]}
Every box (region, table bbox) is in page space: points, origin at the BOTTOM-left of the
page as displayed (after /Rotate), y up: what camelot and pdfplumber both call PDF
coordinates. (Every PDF of the set has its MediaBox at 0,0 and its CropBox equal to it.) A
spanning cell is listed once, at its top-left grid position; positions it covers are not
listed.

The regions come from the -reg.xml files, whose boxes are in that space already (their
-str.xml cell boxes are not used: on eu-015, the one page with /Rotate, they are shifted).
"""

import argparse
import json
import os
import re
import sys
import time
import warnings
import xml.etree.ElementTree as ET

# Points added left/right and above/below a ground-truth region before a tool sees it. GT
# regions are the union of the cells' text boxes; a ruled table's frame lies outside them (its
# horizontal rules reach past right-aligned numbers), so a region cut at the text loses the
# borders a lattice tool needs (measured on the set: docs/icdar2013.md). Same values as
# PAD_X / PAD_Y in crates/yusuan-dev/src/bin/scorecard/icdar.rs.
PAD_X = 60.0
PAD_Y = 6.0


def num(v):
    """A GT coordinate; one GT attribute reads '26ß' (us-018), so keep digits, '.', '-'."""
    return float(re.sub(r"[^0-9.\-]", "", v))


def reg_files(pdf_path):
    """The region GT files that describe this PDF: its own and a `b` variant's."""
    d, name = os.path.split(pdf_path)
    stem = name[:-4]
    out = [os.path.join(d, stem + "-reg.xml")]
    if stem.endswith("a"):
        out.append(os.path.join(d, stem[:-1] + "b-reg.xml"))
    return [p for p in out if os.path.exists(p)]


def gt_regions(pdf_path):
    """[(page, gt_table_id, [x0, y0, x1, y1] in GT space)], duplicates across variants dropped."""
    seen, out = set(), []
    for path in reg_files(pdf_path):
        root = ET.parse(path).getroot()
        for table in root.findall("table"):
            for region in table.findall("region"):
                bb = region.find("bounding-box")
                box = [num(bb.get(k)) for k in ("x1", "y1", "x2", "y2")]
                box = [min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])]
                page = int(region.get("page"))
                key = (page, tuple(round(v, 1) for v in box))
                if key not in seen:
                    seen.add(key)
                    out.append((page, table.get("id"), box))
    return out


def padded(box, w, h):
    x0, y0, x1, y1 = box
    return [max(0.0, x0 - PAD_X), max(0.0, y0 - PAD_Y), min(w, x1 + PAD_X), min(h, y1 + PAD_Y)]


# ---------------------------------------------------------------------------------------
# pdfplumber


def plumber_cells(table):
    """Cells of a pdfplumber Table with spans. pdfplumber gives cell boxes; `extract()` puts
    None at grid positions covered by a merged cell. Grid columns are the distinct cell x0s
    and grid rows the distinct cell tops (exactly how pdfplumber builds `rows`)."""
    xs = sorted({c[0] for c in table.cells})
    tops = sorted({c[1] for c in table.cells})
    texts = table.extract()
    out = []
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row.cells):
            if cell is None:
                continue
            x0, top, x1, bottom = cell
            colspan = max(1, sum(1 for x in xs if x0 <= x < x1 - 0.01))
            rowspan = max(1, sum(1 for t in tops if top <= t < bottom - 0.01))
            text = texts[i][j] if i < len(texts) and j < len(texts[i]) else None
            out.append({"row": tops.index(top), "col": xs.index(x0), "rowspan": rowspan,
                        "colspan": colspan, "text": text or ""})
    return out


def run_pdfplumber(pdf_path, mode):
    import pdfplumber

    records = []
    name = os.path.basename(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        if mode == "pages":
            jobs = [(n, None, None) for n in range(1, len(pdf.pages) + 1)]
        else:
            jobs = gt_regions(pdf_path)
        for page_no, gt_table, gt_box in jobs:
            t0 = time.perf_counter()
            rec = {"file": name, "page": page_no, "region": None, "gt_table": gt_table,
                   "tables": [], "error": None}
            try:
                page = pdf.pages[page_no - 1]
                h = float(page.height)
                target = page
                if gt_box is not None:
                    region = padded(gt_box, float(page.width), h)  # displayed size
                    rec["region"] = region
                    x0, y0, x1, y1 = region
                    bbox = (x0, h - y1, x1, h - y0)  # pdfplumber: top-left origin

                    def centre_inside(obj, bbox=bbox):
                        if obj.get("object_type") != "char":
                            return True
                        cx = (obj["x0"] + obj["x1"]) / 2
                        cy = (obj["top"] + obj["bottom"]) / 2
                        return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]

                    target = page.crop(bbox).filter(centre_inside)
                for t in target.find_tables():
                    x0, top, x1, bottom = t.bbox
                    rec["tables"].append({"bbox": [x0, h - bottom, x1, h - top],
                                          "cells": plumber_cells(t)})
            except Exception as e:  # one bad page must not lose the rest
                rec["error"] = f"{type(e).__name__}: {e}"
            rec["seconds"] = time.perf_counter() - t0
            records.append(rec)
    return records


# ---------------------------------------------------------------------------------------
# camelot


def camelot_cells(table):
    """Cells of a camelot Table with spans. camelot keeps one Cell per grid position with flags
    for the ruling on each side (`left`, `right`, `top`, `bottom`; `hspan`/`vspan` are just
    "a side is missing"); a spanning cell's text sits in its top-left position (default
    shift_text ['l', 't']). Positions not separated by a ruling are joined (union-find); a
    joined group that fills its bounding rectangle becomes one spanning cell, any other shape
    is left as separate positions."""
    grid = table.cells
    nr = len(grid)
    nc = len(grid[0]) if nr else 0
    parent = list(range(nr * nc))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and not grid[r][c].right and not grid[r][c + 1].left:
                union(r * nc + c, r * nc + c + 1)
            if r + 1 < nr and not grid[r][c].bottom and not grid[r + 1][c].top:
                union(r * nc + c, (r + 1) * nc + c)
    groups = {}
    for i in range(nr * nc):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        rows = [i // nc for i in members]
        cols = [i % nc for i in members]
        r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
        if (r1 - r0 + 1) * (c1 - c0 + 1) == len(members):
            text = "\n".join(t for t in (grid[i // nc][i % nc].text.strip() for i in sorted(members)) if t)
            out.append({"row": r0, "col": c0, "rowspan": r1 - r0 + 1, "colspan": c1 - c0 + 1,
                        "text": text})
        else:
            for i in members:
                out.append({"row": i // nc, "col": i % nc, "rowspan": 1, "colspan": 1,
                            "text": grid[i // nc][i % nc].text.strip()})
    out.sort(key=lambda c: (c["row"], c["col"]))
    return out


def camelot_table(t):
    x0, y0, x1, y1 = (float(v) for v in t._bbox)
    return {"bbox": [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)], "cells": camelot_cells(t)}


def run_camelot(pdf_path, mode):
    import camelot
    import pdfplumber  # only to read page sizes (as displayed), to clamp regions

    name = os.path.basename(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        sizes = [(float(p.width), float(p.height)) for p in pdf.pages]

    def record(page_no, gt_table, gt_box):
        """camelot on one page, or on the padded ground-truth region of it."""
        t0 = time.perf_counter()
        rec = {"file": name, "page": page_no, "region": None, "gt_table": gt_table,
               "tables": [], "error": None}
        try:
            areas = {}
            if gt_box is not None:
                w, h = sizes[page_no - 1]
                region = padded(gt_box, w, h)
                rec["region"] = region
                x0, y0, x1, y1 = region
                # camelot's table_areas: "x1,y1,x2,y2" = left, TOP, right, bottom in PDF space.
                areas["table_areas"] = [f"{x0},{y1},{x1},{y0}"]
            tables = camelot.read_pdf(pdf_path, pages=str(page_no), flavor="lattice",
                                      suppress_stdout=True, **areas)
            rec["tables"] = [camelot_table(t) for t in tables]
        except Exception as e:
            rec["error"] = f"{type(e).__name__}: {e}"
        rec["seconds"] = time.perf_counter() - t0
        return rec

    if mode == "pages":
        return [record(n, None, None) for n in range(1, len(sizes) + 1)]
    return [record(page_no, gt_table, gt_box) for page_no, gt_table, gt_box in gt_regions(pdf_path)]


def main():
    global PAD_X, PAD_Y
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", choices=["camelot", "pdfplumber"], required=True)
    ap.add_argument("--mode", choices=["regions", "pages"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--pad-x", type=float, default=PAD_X, help="region padding left/right (pt)")
    ap.add_argument("--pad-y", type=float, default=PAD_Y, help="region padding above/below (pt)")
    ap.add_argument("pdfs", nargs="+")
    args = ap.parse_args()
    PAD_X, PAD_Y = args.pad_x, args.pad_y
    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.WARNING)
    run = run_camelot if args.tool == "camelot" else run_pdfplumber
    records = []
    t0 = time.perf_counter()
    for pdf in sorted(args.pdfs):
        try:
            records.extend(run(pdf, args.mode))
        except Exception as e:  # an unreadable PDF: one record that says so
            records.append({"file": os.path.basename(pdf), "page": 0, "region": None,
                            "gt_table": None, "tables": [], "seconds": 0.0,
                            "error": f"{type(e).__name__}: {e}"})
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False)
    n_tables = sum(len(r["tables"]) for r in records)
    n_err = sum(1 for r in records if r["error"])
    print(f"tables.py: {args.tool} {args.mode}: {len(records)} records, {n_tables} tables, "
          f"{n_err} errors, {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
