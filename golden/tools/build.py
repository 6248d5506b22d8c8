"""Builds one golden file from a hand spec and the draft.

    python golden/tools/build.py golden/tools/specs/<stem>.json [--draft-dir /tmp/g26] [--out DIR]
    python golden/tools/build.py ../shared/corpus/dept2026/<stem>.pdf      (finds its spec)

The spec (data, hand-written after reading the rendered pages and `pdftotext -layout`) says which
draft tables form each logical table, which repeated header rows to drop, title / form_no / unit /
body / notes, header_rows, page-break merges, poppler disagreements resolved by the rendered page,
and the arithmetic checks. The draft (draft.py) is rebuilt when it is missing or was made by
other draft code.

Fails (exit 1) on: a ruled table in the draft of a no-tables spec, a pdfplumber/poppler disagreement not resolved in the spec, a caption or note
not found in both pdfplumber's and poppler's text of the table's pages, a dropped header row that
differs from the kept one, a grid hole or overlap, or an arithmetic check whose outcome differs
from the spec's `expect` (default: ok).
"""

import argparse
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import g26lib as L  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "corpus"))
ERRORS = []


def err(msg):
    ERRORS.append(msg)
    print("ERROR:", msg)


# ---------------------------------------------------------------- assembling logical tables


def assemble(spec_t, draft, resolved):
    """Logical table from its parts: union column grid, rows concatenated, headers dropped."""
    parts = []
    for p in spec_t["parts"]:
        dt = draft["pages"][str(p["page"])]["tables"][p.get("table", 0)]
        if dt["n_holes"] or dt["overlaps"]:
            err(f"p{p['page']}.{p.get('table', 0)}: holes {dt['holes']} overlaps {dt['overlaps']}")
        if dt["stray"]:
            err(f"p{p['page']}.{p.get('table', 0)}: chars in the table box but in no cell: "
                f"{dt['stray']!r}")
        parts.append((p, dt))
    xs = L.cluster([x for _, dt in parts for x in dt["xs"]], tol=2.5)
    rows_out, row_off = [], 0
    cells = []
    first_header = None
    for k, (p, dt) in enumerate(parts):
        # a part may be only some rows of a draft table (two logical tables in one ruled grid)
        lo, hi = p.get("rows", [0, dt["n_rows"] - 1])
        drop = p.get("drop_head", 0)
        mine = [dict(c) for c in dt["cells"] if lo <= c["row"] <= hi]
        for c in mine:
            if c["row"] + c["rowspan"] - 1 > hi:
                err(f"p{p['page']}: cell {c['row']},{c['col']} spans beyond rows {lo}-{hi}")
        head = [c for c in mine if c["row"] < lo + drop]
        body = [c for c in mine if c["row"] >= lo + drop]
        for c in head:
            if c["row"] + c["rowspan"] > lo + drop:
                err(f"p{p['page']}: dropped header cell {c['row']},{c['col']} spans into the body")
        if k == 0:
            first_header = head
        elif drop:
            if not first_header:
                first_header = [c for c in parts[0][1]["cells"] if c["row"] < drop]
            a = [(c["row"] - lo, c["col"], c["rowspan"], c["colspan"], c["text"]) for c in head]
            b = [(c["row"], c["col"], c["rowspan"], c["colspan"], c["text"])
                 for c in parts[0][1]["cells"] if c["row"] < drop]
            if sorted(a) != sorted(b) and not p.get("drop_differs"):
                err(f"p{p['page']}: dropped header rows differ from the first page's:\n {a}\n {b}")
        n_kept = hi - lo + 1 - drop
        for c in body:
            c0 = L.index_of(xs, dt["xs"][c["col"]], tol=2.5)
            c1 = L.index_of(xs, dt["xs"][c["col"] + c["colspan"]], tol=2.5)
            text = c["text"]
            key = f"{p['page']}:{','.join(str(round(v)) for v in c['bbox'])}"
            if c["text"] != c["pp"]:
                if key in resolved:
                    text = resolved[key]["text"]
                else:
                    err(f"p{p['page']} cell {key}: pdfplumber {c['text']!r} poppler {c['pp']!r}")
            cells.append({"row": c["row"] - lo - drop + row_off, "col": c0, "rowspan": c["rowspan"],
                          "colspan": c1 - c0, "text": text, "page": p["page"]})
        if p.get("join_prev"):
            join_first_row(cells, row_off, p)
            n_kept -= 1
        row_off += n_kept
        rows_out.append(n_kept)
    for m in spec_t.get("merge_cells", []):
        merge_cells(cells, m)
    n_rows, n_cols = row_off, len(xs) - 1
    cover = {}
    for c in cells:
        for r in range(c["row"], c["row"] + c["rowspan"]):
            for q in range(c["col"], c["col"] + c["colspan"]):
                cover[(r, q)] = cover.get((r, q), 0) + 1
    bad = [(r, q) for r in range(n_rows) for q in range(n_cols) if cover.get((r, q)) != 1]
    if bad:
        err(f"{spec_t.get('title')}: grid positions not covered exactly once: {bad[:20]}")
    cells.sort(key=lambda c: (c["row"], c["col"]))
    return cells, n_rows, n_cols


def join_first_row(cells, row_off, p):
    """A record split by a page break: the first row of this part joins the previous row."""
    prev = {c["col"]: c for c in cells if c["row"] <= row_off - 1 < c["row"] + c["rowspan"]
            and c["page"] != p["page"]}
    firsts = [c for c in cells if c["row"] == row_off and c["page"] == p["page"]]
    for c in firsts:
        q = prev.get(c["col"])
        if q is None or q["colspan"] != c["colspan"]:
            err(f"p{p['page']}: join_prev: no matching cell above col {c['col']}")
            continue
        if c["text"] and c["text"] != q["text"]:
            q["text"] = L.join_lines([q["text"], c["text"]]) if q["text"] else c["text"]
        q["rowspan"] += c["rowspan"] - 1
        cells.remove(c)
    for c in cells:
        if c["row"] > row_off or (c["row"] == row_off and c["page"] == p["page"]):
            c["row"] -= 1


def merge_cells(cells, m):
    """A merged cell cut by a page break: cell (row, col) absorbs the cells below it down to
    `to_row` in its columns (their text must be empty or repeat its own)."""
    top = next(c for c in cells if c["row"] == m["row"] and c["col"] == m["col"])
    below = [c for c in cells if c["col"] == top["col"] and c["colspan"] == top["colspan"]
             and top["row"] + top["rowspan"] <= c["row"] <= m["to_row"]]
    for c in below:
        if c["text"] not in ("", top["text"]):
            err(f"merge_cells {m}: cell below has other text {c['text']!r}")
        cells.remove(c)
    top["rowspan"] = m["to_row"] - top["row"] + 1


# ---------------------------------------------------------------- captions


def caption_rows_text(spec_t, draft):
    """Text of ruled rows left out of a part (`rows`): title/unit rows drawn inside the frame."""
    out = []
    for p in spec_t["parts"]:
        dt = draft["pages"][str(p["page"])]["tables"][p.get("table", 0)]
        lo, hi = p.get("rows", [0, dt["n_rows"] - 1])
        out += [(c["text"], c["pp"]) for c in dt["cells"] if c["row"] < lo or c["row"] > hi]
    return "|".join(a for a, _ in out), "|".join(b for _, b in out)


def squash(s):
    return re.sub(r"\s+", "", s)


def check_caption(value, pages, draft, layout, what, extra=("", "")):
    """`value` must be in pdfplumber's text lines outside tables and in pdftotext -layout, or in
    `extra` (pdfplumber, poppler): caption rows inside the frame, header cells for a unit."""
    if value is None:
        return
    v = squash(value)
    pl = "".join(squash(ln["text"]) for pn in pages for ln in draft["pages"][str(pn)]["lines"])
    pl += "|" + squash(extra[0])
    pp = "".join(squash(layout[pn]) for pn in pages) + "|" + squash(extra[1])
    if v not in pl:
        err(f"{what} {value!r} not in pdfplumber's text lines of pages {pages}")
    if v not in pp:
        err(f"{what} {value!r} not in pdftotext -layout of pages {pages}")


# ---------------------------------------------------------------- arithmetic

CODE = re.compile(r"^\[?(\d{3,})\]?")


def num(text):
    t = text.replace(",", "").replace("，", "").strip()
    if t in ("", "-", "—", "－", "--", "——", "/"):
        return Decimal(0)
    try:
        return Decimal(t)
    except InvalidOperation:
        raise ValueError(f"not a figure: {text!r}")


def fmt(d):
    return f"{d:,}"


def fmt_rows(rows):
    if len(rows) > 2 and rows == list(range(rows[0], rows[-1] + 1)):
        return f"{rows[0]}-{rows[-1]}"
    return str(rows)


class Grid:
    def __init__(self, cells):
        self.at = {}
        for c in cells:
            for r in range(c["row"], c["row"] + c["rowspan"]):
                for q in range(c["col"], c["col"] + c["colspan"]):
                    self.at[(r, q)] = c

    def text(self, r, c):
        return self.at[(r, c)]["text"]

    def val(self, r, c):
        return num(self.text(r, c))


def rng(spec):
    """Rows of a check: [a, b] is the range a..b; a longer list is taken as it is; a string
    "a,b" is the explicit pair."""
    if isinstance(spec, str):
        return [int(v) for v in spec.split(",")]
    if isinstance(spec, list) and len(spec) == 2 and all(isinstance(v, int) for v in spec):
        return list(range(spec[0], spec[1] + 1))
    return spec


def run_check(ck, g, tables, tab):
    """Returns (lines, outcome) where outcome is 'ok' or 'MISMATCH'."""
    op = ck["op"]
    if "rows" not in ck and op in ("tree", "rowsum"):
        ck = dict(ck, rows=[tab["header_rows"], tab["n_rows"] - 1])
    name = ck.get("name", op)
    lines, bad = [], 0
    if op == "sum":
        cols = ck["cols"] if "cols" in ck else [ck["col"]]
        for c in cols:
            rows = rng(ck["rows"])
            s = sum((g.val(r, c) for r in rows), Decimal(0))
            t = g.val(ck["row"], c)
            ok = s == t
            bad += not ok
            lines.append(f"{name}: col {c} row {ck['row']} {g.text(ck['row'], c)!r} = Σ rows "
                         f"{fmt_rows(rows)} ({fmt(s)}) {'ok' if ok else 'MISMATCH'}")
    elif op == "cells":
        # cell = Σ of listed cells (each [r, c]) ; optional minus list
        t = g.val(*ck["cell"])
        s = sum((g.val(r, c) for r, c in ck["of"]), Decimal(0))
        s -= sum((g.val(r, c) for r, c in ck.get("minus", [])), Decimal(0))
        ok = s == t
        bad += not ok
        terms = " + ".join(g.text(r, c) or "0" for r, c in ck["of"])
        if ck.get("minus"):
            terms += " - " + " - ".join(g.text(r, c) or "0" for r, c in ck["minus"])
        lines.append(f"{name}: {g.text(*ck['cell'])} = {terms} ({fmt(s)}) "
                     f"{'ok' if ok else 'MISMATCH'}")
    elif op == "eq":
        a, b = g.val(*ck["a"]), g.val(*ck["b"])
        ok = a == b
        bad += not ok
        lines.append(f"{name}: cell {tuple(ck['a'])} {g.text(*ck['a'])!r} = cell {tuple(ck['b'])} "
                     f"{g.text(*ck['b'])!r} {'ok' if ok else 'MISMATCH'}")
    elif op == "xeq":
        # equality with a cell of another table of the same document: b = [table, row, col]
        other = Grid(tables[ck["b"][0]]["cells"])
        a, b = g.val(*ck["a"]), other.val(ck["b"][1], ck["b"][2])
        ok = a == b
        bad += not ok
        lines.append(f"{name}: cell {tuple(ck['a'])} {g.text(*ck['a'])!r} = table {ck['b'][0]} "
                     f"cell {tuple(ck['b'][1:])} {other.text(ck['b'][1], ck['b'][2])!r} "
                     f"{'ok' if ok else 'MISMATCH'}")
    elif op == "rowsum":
        rows = rng(ck["rows"])
        n = 0
        for r in rows:
            t = g.val(r, ck["total"])
            s = sum((g.val(r, c) for c in ck["parts"]), Decimal(0))
            s -= sum((g.val(r, c) for c in ck.get("minus", [])), Decimal(0))
            n += 1
            if s != t:
                bad += 1
                lines.append(f"{name}: row {r} col {ck['total']} {g.text(r, ck['total'])!r} = Σ "
                             f"cols {ck['parts']} ({fmt(s)}) MISMATCH")
        lines.insert(0, f"{name}: col {ck['total']} = Σ cols {ck['parts']}"
                     + (f" - cols {ck['minus']}" if ck.get("minus") else "")
                     + f" for each of {n} rows {rows[0]}-{rows[-1]} "
                     + ("ok" if not bad else f"({bad} MISMATCH)"))
    elif op == "tree":
        # code hierarchy: each row whose code has children (longer codes with it as prefix, at
        # the next level) = Σ children; `total` row = Σ top-level rows
        rows = rng(ck["rows"])
        codes = {}
        for r in rows:
            if "code_cols" in ck:
                # 类 | 款 | 项 printed in separate cells, each row printing its full path
                parts = [g.text(r, c) for c in ck["code_cols"]]
                text = "".join(parts)
                if text and not text.isdigit():
                    continue
            else:
                text = g.text(r, ck["code_col"])
            m = CODE.match(text)
            if m:
                codes[r] = m.group(1)
        top_len = min(len(v) for v in codes.values())
        children = {r: [] for r in codes}
        roots = []
        for r, code in codes.items():
            parents = [q for q, pc in codes.items() if q != r and code.startswith(pc)
                       and len(pc) < len(code)]
            if parents:
                p = max(parents, key=lambda q: len(codes[q]))
                children[p].append(r)
            else:
                roots.append(r)
                if len(code) != top_len:
                    lines.append(f"{name}: row {r} code {code} has no parent row (top level "
                                 f"is {top_len} digits)")
        n_par = 0
        for c in ck["cols"]:
            for p, kids in children.items():
                if not kids:
                    continue
                n_par += 1
                s = sum((g.val(k, c) for k in kids), Decimal(0))
                if s != g.val(p, c):
                    bad += 1
                    lines.append(f"{name}: row {p} ({codes[p]}) col {c} {g.text(p, c)!r} = Σ rows "
                                 f"{kids} ({fmt(s)}) MISMATCH")
        lines.insert(0, f"{name}: each parent code row = Σ its child rows, cols {ck['cols']} "
                     f"({n_par} parent sums) " + ("ok" if not bad else f"({bad} MISMATCH)"))
        if ck.get("total") is not None:
            for c in ck["cols"]:
                s = sum((g.val(r, c) for r in roots), Decimal(0))
                t = g.val(ck["total"], c)
                ok = s == t
                bad += not ok
                lines.append(f"{name}: total col {c} row {ck['total']} {g.text(ck['total'], c)!r}"
                             f" = Σ top rows {roots} ({fmt(s)}) {'ok' if ok else 'MISMATCH'}")
    else:
        raise ValueError(f"unknown check op {op}")
    return lines, ("ok" if not bad else "MISMATCH")


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--draft-dir", default="/tmp/g26")
    ap.add_argument("--out", help="default: golden/dept2026, or golden/dept2026/non-budget for a "
                    "spec under specs/non-budget/")
    ap.add_argument("--print", action="store_true", help="print the assembled tables")
    a = ap.parse_args()
    if a.spec.endswith(".pdf"):
        # the PDF's spec, under specs/ or specs/non-budget/
        stem = os.path.splitext(os.path.basename(a.spec))[0]
        a.spec = next(p for p in (os.path.join(HERE, "specs", stem + ".json"),
                                  os.path.join(HERE, "specs", "non-budget", stem + ".json"))
                      if os.path.exists(p))
    spec = json.load(open(a.spec))
    if a.out is None:
        sub = os.path.basename(os.path.dirname(os.path.abspath(a.spec)))
        a.out = os.path.join(ROOT, "golden", "dept2026", *(["non-budget"] if sub == "non-budget"
                                                          else []))
    pdf = os.path.join(CORPUS, spec["file"])
    stem = os.path.splitext(os.path.basename(pdf))[0]
    dpath = os.path.join(a.draft_dir, stem, "draft.json")
    if not os.path.exists(dpath) or json.load(open(dpath)).get("tool") != L.tool_hash():
        subprocess.run([sys.executable, os.path.join(HERE, "draft.py"), pdf, "--out",
                        a.draft_dir], check=True, stdout=subprocess.DEVNULL)
    draft = json.load(open(dpath))
    info = L.pdfinfo(pdf)
    n_pages = int(info["Pages"])
    layout = {pn: L.layout_text(pdf, pn) for pn in range(1, n_pages + 1)}
    resolved = {r["cell"]: r for r in spec.get("resolved", [])}
    out_tables = []
    n_checks = n_fail = 0
    if not spec["tables"]:
        # a no-tables golden: the draft must not have found a ruled table either
        found = [pn for pn, p in draft["pages"].items() if p["tables"]]
        if found:
            err(f"no tables in the spec, but ruled tables in the draft on pages {found}")
    for t in spec["tables"]:
        cells, n_rows, n_cols = assemble(t, draft, resolved)
        pages = sorted({p["page"] for p in t["parts"]})
        cap_pages = sorted(set(pages) | set(t.get("caption_pages", [])))
        extra = caption_rows_text(t, draft)
        heads = "|".join(c["text"] for c in cells if c["row"] < t["header_rows"])
        for key in ("title", "form_no", "unit", "body"):
            ex = (extra[0] + "|" + heads, extra[1] + "|" + heads) if key == "unit" else extra
            check_caption(t.get(key), cap_pages, draft, layout, key, ex)
        for note in t.get("notes", []):
            check_caption(note, cap_pages, draft, layout, "note", extra)
        tab = {"pages": pages, "title": t.get("title"), "form_no": t.get("form_no"),
               "unit": t.get("unit"), "body": t.get("body"), "n_rows": n_rows, "n_cols": n_cols,
               "header_rows": t["header_rows"], "notes": t.get("notes", []), "checks": [],
               "cells": [{k: c[k] for k in ("row", "col", "rowspan", "colspan", "text")}
                         for c in cells]}
        out_tables.append(tab)
    if a.print:
        for k, tab in enumerate(out_tables):
            print(f"## T{k} p{tab['pages']} {tab['title']} [{tab['form_no']}] unit={tab['unit']} "
                  f"body={tab['body']} {tab['n_rows']}x{tab['n_cols']} header={tab['header_rows']}")
            rows = {}
            for c in tab["cells"]:
                span = "" if c["rowspan"] == c["colspan"] == 1 else \
                    f"[{c['rowspan']}x{c['colspan']}]"
                rows.setdefault(c["row"], []).append(f"{c['col']}{span}:{c['text'][:24]}")
            for r in sorted(rows):
                print(f"  r{r:<3}", " | ".join(rows[r]))
            for n in tab["notes"]:
                print("  note:", n)
    for t, tab in zip(spec["tables"], out_tables):
        g = Grid(tab["cells"])
        for ck in t.get("checks", []):
            try:
                lines, outcome = run_check(ck, g, out_tables, tab)
            except (ValueError, KeyError, StopIteration) as e:
                err(f"{tab['title']}: check {ck} failed to run: {e!r}")
                continue
            n_checks += 1
            tab["checks"].extend(lines)
            want = ck.get("expect", "ok")
            if isinstance(want, list):
                # the printed inconsistencies this check must find, and no others
                mism = [ln for ln in lines if ln.endswith("MISMATCH") and "Σ its child" not in ln
                        and "for each of" not in ln]
                if len(mism) != len(want) or not all(any(w in ln for ln in mism) for w in want):
                    err(f"{tab['title']} p{tab['pages']}: check {ck.get('name', ck['op'])}: "
                        f"expected mismatches {want}, got:\n   " + "\n   ".join(mism))
            elif outcome != want:
                err(f"{tab['title']} p{tab['pages']}: check {ck.get('name', ck['op'])} is "
                    f"{outcome}, spec expects {want}:\n   " + "\n   ".join(lines))
            if outcome != "ok":
                n_fail += 1
    # text sanity: no whitespace, replacement, private-use, control or Kangxi characters
    for tab in out_tables:
        for c in tab["cells"]:
            for ch in c["text"]:
                o = ord(ch)
                if ch.isspace() and ch != " " or o == 0xFFFD or 0xE000 <= o <= 0xF8FF \
                        or o < 32 or 0x2F00 <= o <= 0x2FDF or 0x2E80 <= o <= 0x2EFF:
                    err(f"p{tab['pages']}: odd character U+{o:04X} in {c['text']!r}")
            if c["text"] != c["text"].strip():
                err(f"p{tab['pages']}: untrimmed {c['text']!r}")
    doc = {"file": spec["file"], "sha256": L.sha256(pdf),
           "producer": producer_of(info), "family": spec.get("family"), "city": spec.get("city"),
           "what": spec.get("what"), "pages": n_pages, "tables": out_tables}
    ncell = sum(len(t["cells"]) for t in out_tables)
    print(f"{stem}: {len(out_tables)} tables, {ncell} cells, {n_checks} checks "
          f"({n_fail} failing as expected by the spec)")
    if ERRORS:
        print(f"{len(ERRORS)} errors; golden not written")
        sys.exit(1)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, stem + ".json"), "w") as f:
        f.write(dump(doc))


def dump(doc):
    """The golden JSON laid out like golden/real: one cell and one check per line."""
    j = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
    head = [f' {j(k)}: {j(doc[k])}' for k in doc if k != "tables"]
    tabs = []
    for t in doc["tables"]:
        meta = ", ".join(f"{j(k)}: {j(t[k])}" for k in
                         ("pages", "title", "form_no", "unit", "body"))
        dims = ", ".join(f"{j(k)}: {j(t[k])}" for k in ("n_rows", "n_cols", "header_rows"))
        notes = ",\n".join("    " + j(n) for n in t["notes"])
        checks = ",\n".join("    " + j(c) for c in t["checks"])
        cells = ",\n".join("    " + j(c) for c in t["cells"])
        tabs.append("  {" + meta + ",\n   " + dims + ",\n"
                    + '   "notes": [' + ("\n" + notes + "\n   " if notes else "") + "],\n"
                    + '   "checks": [' + ("\n" + checks + "\n   " if checks else "") + "],\n"
                    + '   "cells": [' + ("\n" + cells + "\n   " if cells else "") + "]}")
    body = ",\n".join(head + [' "tables": [' + ("\n" + ",\n".join(tabs) + "\n ]" if tabs
                                                 else "]")])
    text = "{\n" + body + "\n}\n"
    assert json.loads(text) == doc
    return text


def producer_of(info):
    c, p = info.get("Creator", ""), info.get("Producer", "")
    if c and p and c != p:
        return f"{c} / {p}"
    return c or p or ""


if __name__ == "__main__":
    main()
