#!/usr/bin/env python3
"""Build the golden tables of golden/city/tables/ from the hand-written specs (specs.py).

For every table of a spec: the grid comes from the page's rulings (gridlib.lattice), body bands
without rules are split by text lines where the spec says so, and every cell's text is read twice,
from pdfplumber's glyphs (a) and from poppler's `pdftotext -bbox` words (b). Any disagreement
stops the build unless the spec resolves it (none needed so far). Captions (title, form number,
unit, notes) come from the spec and must be found in poppler's `pdftotext -layout` text of the
page; the arithmetic checks of the spec are evaluated with Decimal and written into the table.

Run from the repo root with the benches venv (pdfplumber 0.11):

    /work/main/benches/.venv/bin/python golden/tools/gov/build.py [--corpus ../shared/corpus] [--only NAME] [--check]

Writes golden/city/tables/<pdf name>.json and a per-run report to /tmp/golden-gov-report.txt
(every text line outside the table frames, to review what was left out).
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gridlib  # noqa: E402
import pdfplumber  # noqa: E402
import specs  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(REPO, "golden", "city", "tables")


# ---------------------------------------------------------------- amounts for checks

def dec(text):
    """Decimal of a printed amount (NFKC, separators removed); None for blank/-; raises otherwise."""
    s = unicodedata.normalize("NFKC", text or "").strip().replace(",", "")
    if s in ("", "-", "—", "－"):
        return None
    if s.startswith("△"):
        s = "-" + s[1:]
    if re.fullmatch(r"\(\d+(\.\d+)?\)", s):
        s = "-" + s[1:-1]
    return Decimal(s)


def fmt(d):
    return "{:,}".format(d)


# ---------------------------------------------------------------- assembling a table

def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


class Built:
    """A logical table: cells on one grid across its pages, with both texts and label indents."""

    def __init__(self, spec):
        self.spec = spec
        self.cells = []
        self.n_rows = 0
        self.n_cols = None
        self.pages = []
        self.row_page = {}
        self.indent = {}  # row -> x offset of the label's name in its cell
        self.right = {}  # row -> right margin of the label's first line
        self.disagree = []
        self.fixed = []
        self.overflow = []
        self.stray = []
        self.outside = {}


QIZHONG = re.compile(r"^其中[：:]")


def word_indent(c):
    """The same offsets from poppler's words (the first line's words; 其中 split off by glyph count)."""
    if not c["words"]:
        return None, None
    first = sorted(gridlib.lines_of(c["words"])[0]["objs"], key=lambda o: o.x0)
    x0 = first[0].x0
    text = "".join(w.text for w in first)
    m = QIZHONG.match(text)
    if m:
        # the name starts after the 3 glyphs of 其中：; within a word, an ASCII glyph takes half an em
        w = first[0]
        wt = [0.5 if ord(ch) < 128 else 1.0 for ch in w.text]
        if len(wt) > 3:
            x0 = w.x0 + (w.x1 - w.x0) * sum(wt[:3]) / sum(wt)
        else:
            x0 = first[1].x0 if len(first) > 1 else w.x1
    right = c["bbox"][2] - max(o.x1 for o in first)
    return x0 - c["bbox"][0], right


def cell_indent(c):
    """(x offset of the label's name in its cell, right margin of its first line).

    The name is the first line's first glyph (a wrapped label's later lines may hang left), after a
    leading 其中：, which many tables print hanging to the left of the items it introduces."""
    ink = [o for o in c["chars"] if not o.text.isspace() and o.text != "\u3000"]
    if not ink:
        return None, None
    first = sorted(gridlib.lines_of(ink)[0]["objs"], key=lambda o: o.x0)
    text = "".join(o.text for o in first)
    start = first[3] if QIZHONG.match(text) and len(first) > 3 else first[0]
    return start.x0 - c["bbox"][0], c["bbox"][2] - max(o.x1 for o in first)


def build_table(pdf_path, plumber, tspec):
    B = Built(tspec)
    hr = tspec["header_rows"]
    label_col = tspec.get("label_col", 0)
    first_rows = None
    for k, ps in enumerate(tspec["pages"]):
        drop = hr if k == 0 else ps.get("drop", 0)
        split = ps.get("split", tspec.get("split"))
        if split is not None and "from_row" not in split:
            split = dict(split, from_row=drop)
        t = gridlib.read_table_page(pdf_path, plumber, ps["p"], ps, drop, split)
        if B.n_cols is None:
            B.n_cols = t["n_cols"]
        elif t["n_cols"] != B.n_cols:
            raise SystemExit("%s p%d: %d columns, first page has %d" % (tspec["title"], ps["p"], t["n_cols"], B.n_cols))
        B.pages.append(ps["p"])
        B.stray += [(ps["p"], s) for s in t["stray"]]
        B.outside[ps["p"]] = (t["outside"], t["bbox"], t["rot"])
        if k == 0:
            first_rows = {(c["row"], c["col"]): c for c in t["cells"]}
            keep_from, offset = 0, 0
        else:
            # repeated header rows: dropped after checking they repeat the first page's
            for c in t["cells"]:
                if c["row"] < drop:
                    if c["row"] + c["rowspan"] > drop:
                        raise SystemExit("p%d: a dropped header cell reaches the body" % ps["p"])
                    f = first_rows.get((c["row"] + ps.get("drop_from", 0), c["col"]))
                    if f is None or squash(f["text_a"]) != squash(c["text_a"]):
                        raise SystemExit("p%d: repeated header cell (%d,%d) %r differs from %r" % (
                            ps["p"], c["row"], c["col"], c["text_a"], f and f["text_a"]))
            keep_from, offset = drop, B.n_rows - drop
        join = ps.get("join_first_row", False) and k > 0
        page_rows = 0
        for c in t["cells"]:
            if c["row"] < keep_from:
                continue
            r = c["row"] + offset
            if join and c["row"] == keep_from:
                # a record cut by the page break: its head is the last row of the previous page
                prev = next(p for p in B.cells if p["row"] + p["rowspan"] - 1 == B.n_rows - 1 and p["col"] == c["col"])
                if c["colspan"] != prev["colspan"] or c["rowspan"] != 1:
                    raise SystemExit("p%d: cannot join a cell cut by the page break" % ps["p"])
                for key in ("text_a", "text_b"):
                    prev[key] = gridlib.join_tokens([prev[key], c[key]])
                prev["pages"] = prev.get("pages", [prev["page"]]) + [ps["p"]]
                continue
            if join:
                r -= 1
            cc = dict(c, row=r, page=ps["p"])
            B.cells.append(cc)
            page_rows = max(page_rows, r + c["rowspan"])
            if c["col"] <= label_col < c["col"] + c["colspan"] and c["row"] >= drop:
                B.indent[r], B.right[r] = cell_indent(c)
                wi, wr = word_indent(c)
                if (B.indent[r] is None) != (wi is None) or (wi is not None and (
                        abs(wi - B.indent[r]) > 1.5 or abs(wr - B.right[r]) > 1.5)):
                    B.disagree.append((ps["p"], r, label_col, "indent %s %s" % (B.indent[r], B.right[r]), "indent %s %s" % (wi, wr)))
            B.row_page[r] = ps["p"]
        B.n_rows = max(B.n_rows, page_rows)
    for key, (text, why) in tspec.get("fix", {}).items():
        r, k = (int(x) for x in key.split(","))
        c = next(c for c in B.cells if c["row"] == r and c["col"] == k)
        B.fixed.append((c["page"], r, k, c["text_a"], text, why))
        c["text_a"] = c["text_b"] = text
        c["overflow"] = ""
    for c in B.cells:
        if c.get("overflow"):
            B.overflow.append((c["page"], c["row"], c["col"], c["text_a"], c["overflow"]))
    for c in B.cells:
        if c["text_a"] != c["text_b"]:
            key = "%d,%d" % (c["row"], c["col"])
            fix = tspec.get("resolve", {}).get(key)
            if fix is None:
                B.disagree.append((c["page"], c["row"], c["col"], c["text_a"], c["text_b"]))
            else:
                c["text_a"] = fix
    return B


# ---------------------------------------------------------------- checks

class Checker:
    def __init__(self, B):
        self.B = B
        self.cover = {}
        for c in B.cells:
            for r in range(c["row"], c["row"] + c["rowspan"]):
                for k in range(c["col"], c["col"] + c["colspan"]):
                    self.cover[(r, k)] = c
        self.lines = []
        self.failed = 0
        self.rounding = 0

    def text(self, r, c):
        cell = self.cover.get((r, c))
        if cell is None or cell["row"] != r or cell["col"] != c:
            return ""
        return cell["text_a"]

    def val(self, r, c):
        return dec(self.text(r, c)) or Decimal(0)

    def label(self, r):
        lc = self.B.spec.get("label_col", 0)
        cell = self.cover.get((r, lc))
        return squash(cell["text_a"]) if cell and cell["row"] == r else ""

    def row(self, label, nth=0, after=None):
        hits = [r for r in range(self.B.spec["header_rows"], self.B.n_rows)
                if self.label(r) == squash(label) and (after is None or r > after)]
        if len(hits) <= nth:
            raise SystemExit("%s: no row %r" % (self.B.spec["title"], label))
        return hits[nth]

    def rows(self, x):
        if isinstance(x, int):
            return x
        if isinstance(x, tuple):
            return self.row(*x)
        return self.row(x)

    def expand(self, parts):
        """Part rows: labels, row numbers, ("label", nth) or ["range", first, last] (inclusive)."""
        out = []
        for p in parts:
            if isinstance(p, list) and p[0] == "range":
                out.extend(range(self.rows(p[1]), self.rows(p[2]) + 1))
            elif isinstance(p, list) and p[0] == "between":
                out.extend(range(self.rows(p[1]) + 1, self.rows(p[2])))
            else:
                out.append(self.rows(p))
        return out

    def record(self, name, total, parts, what, n_terms=1):
        """ok when equal; rounding when the difference is within half a unit of the last printed digit
        per term (the figures are rounded from finer ones); MISMATCH otherwise."""
        diff = abs(total - parts)
        ulp = Decimal(1).scaleb(min(total.as_tuple().exponent, parts.as_tuple().exponent, 0))
        if diff == 0:
            status = "ok"
        elif diff <= ulp * (n_terms + 1) / 2:
            status = "rounding"
            self.rounding += 1
        else:
            status = "MISMATCH"
            self.failed += 1
        self.lines.append("%s: %s (%s) %s" % (name, what, fmt(parts), status))

    def sum_rows(self, name, total, parts, cols):
        tr = self.rows(total)
        prs = self.expand(parts)
        for c in cols:
            if not self.text(tr, c) and not any(self.text(p, c) for p in prs):
                continue
            s = sum((self.val(p, c) for p in prs), Decimal(0))
            self.record(name, self.val(tr, c), s, "col %d row %d '%s' = Σ rows %s" % (c, tr, self.text(tr, c), prs), len(prs))

    def span(self, first, last):
        lo = self.rows(first) if first is not None else self.B.spec["header_rows"]
        hi = self.rows(last) if last is not None else self.B.n_rows - 1
        return [r for r in range(lo, hi + 1) if self.label(r)]

    def sum_re(self, name, total, regex, cols, first=None, last=None):
        """total = Σ the rows in [first, last] whose label matches regex."""
        prs = [r for r in self.span(first, last) if re.search(regex, self.label(r)) and r != self.rows(total)]
        self.sum_rows(name, total, prs, cols)

    def blocks(self, name, parent_re, cols, first=None, last=None, stop_re=None, child_re=None):
        """Each row matching parent_re = Σ the rows below it up to the next parent (or a stop_re row)."""
        rows = self.span(first, last)
        for i, r in enumerate(rows):
            if not re.search(parent_re, self.label(r)):
                continue
            kids = []
            for r2 in rows[i + 1:]:
                if re.search(parent_re, self.label(r2)) or (stop_re and re.search(stop_re, self.label(r2))):
                    break
                if child_re is None or re.search(child_re, self.label(r2)):
                    kids.append(r2)
            if kids:
                self.sum_rows(name, r, kids, cols)

    def sum_cols(self, name, total_col, part_cols, rows=None):
        B = self.B
        rs = rows if rows is not None else range(B.spec["header_rows"], B.n_rows)
        # a part column may be ("-", c): subtracted (年末结转 = 收入 - 支出 + 转移性净收入)
        signed = [(-1, c[1]) if isinstance(c, tuple) else (1, c) for c in part_cols]
        for r in rs:
            if not self.text(r, total_col) and not any(self.text(r, c) for _, c in signed):
                continue
            s = sum((sg * self.val(r, c) for sg, c in signed), Decimal(0))
            self.record(name, self.val(r, total_col), s, "row %d col %d '%s' = Σ cols %s" % (r, total_col, self.text(r, total_col), list(part_cols)), len(part_cols))

    def indent_levels(self, rows, step=None):
        """Indent level of each row's label (its first glyph's offset in the cell): the rank of its
        indent among the distinct indents of the rows (clustered within 2pt)."""
        ind = {r: self.B.indent.get(r) for r in rows}
        steps = gridlib.cluster([v for v in ind.values() if v is not None])
        return {r: min(range(len(steps)), key=lambda i: abs(steps[i] - ind[r])) for r in rows}

    def tree(self, name, cols, first=None, last=None, step=None, skip_re=r"^其中", total=None):
        """Every row equals the sum of its children (rows one indent level deeper, up to the next row
        at its level or above); `total` (a row outside the range) = Σ the top-level rows."""
        B = self.B
        rows = self.span(first, last)
        lvl = self.indent_levels(rows, step)
        for i, r in enumerate(rows):
            kids = []
            for r2 in rows[i + 1:]:
                if lvl[r2] <= lvl[r]:
                    break
                if lvl[r2] == lvl[r] + 1:
                    kids.append(r2)
            if not kids:
                continue
            if any(re.match(skip_re, self.label(k)) for k in kids):
                continue  # 其中 items are a part, not a partition
            for c in cols:
                if not self.text(r, c) and not any(self.text(k, c) for k in kids):
                    continue
                s = sum((self.val(k, c) for k in kids), Decimal(0))
                self.record(name, self.val(r, c), s, "col %d row %d %s '%s' = Σ children %s" % (
                    c, r, self.label(r), self.text(r, c), kids), len(kids))
        if total is not None:
            self.sum_rows(name + " (total)", total, [r for r in rows if lvl[r] == 0], cols)

    def levels(self, first=None, last=None, step=None):
        rows = self.span(first, last)
        return self.indent_levels(rows, step)


# ---------------------------------------------------------------- captions

_layout_cache = {}


def layout_text(pdf, pno, rot):
    key = (pdf, pno, rot)
    if key not in _layout_cache:
        src = gridlib.rotated_copy(pdf) if rot == 90 else pdf
        _layout_cache[key] = subprocess.run(["pdftotext", "-layout", "-f", str(pno), "-l", str(pno), src, "-"],
                                            capture_output=True, check=True).stdout.decode("utf-8")
    return _layout_cache[key]


def check_captions(pdf, B, tspec, report):
    first = tspec["pages"][0]["p"]
    rot = B.outside[first][2]
    cap_page = tspec.get("caption_page", first)
    raw = layout_text(pdf, cap_page, rot)
    txt = squash(raw)
    # the title must be a whole caption line (or up to 3 wrapped lines), apart from a form number
    # before it and a （单位：…） after it
    lines = [squash(l) for l in raw.splitlines() if squash(l)]
    fno = squash(tspec.get("form_no") or "")
    want = squash(tspec["title"])
    ok = False
    for i in range(len(lines)):
        for j in range(i + 1, min(i + 4, len(lines) + 1)):
            cand = "".join(lines[i:j])
            if fno and cand.startswith(fno):
                cand = cand[len(fno):].lstrip(":：")
            cand = re.sub(r"\(单位:[^)]*\)$", "", cand)
            ok = ok or cand == want
    if not ok:
        raise SystemExit("%s: the title is not a caption line of p%d" % (tspec["title"], cap_page))
    for key in ("title", "form_no", "unit_line", "area_caption"):
        v = tspec.get(key)
        if v and squash(v) not in txt:
            raise SystemExit("%s: %s %r not in pdftotext of p%d" % (tspec["title"], key, v, cap_page))
    last = tspec["pages"][-1]["p"]
    txt_last = squash(layout_text(pdf, last, rot))
    for n in tspec.get("notes", []):
        n = squash(n)
        # a wrapped note may have the page number printed between its lines
        if not any(n[:i] in t and n[i:] in t for t in (txt, txt_last) for i in range(len(n))):
            raise SystemExit("%s: note %r not in pdftotext" % (tspec["title"], n))
    for p, (outside, bbox, rot_) in B.outside.items():
        lines = gridlib.lines_of([o for o in outside if not o.text.isspace()])
        for ln in lines:
            report.append("  p%d outside: %s" % (p, gridlib.text_from_chars(ln["objs"])))


# ---------------------------------------------------------------- output

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def producer(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True).stdout.decode("utf-8", "replace")
    prod = cre = ""
    for line in out.splitlines():
        if line.startswith("Producer:"):
            prod = line.split(":", 1)[1].strip()
        if line.startswith("Creator:"):
            cre = line.split(":", 1)[1].strip()
    return prod or cre


def dump_doc(doc):
    out = ['{', ' "file": %s,' % json.dumps(doc["file"], ensure_ascii=False),
           ' "sha256": %s,' % json.dumps(doc["sha256"]),
           ' "producer": %s,' % json.dumps(doc["producer"], ensure_ascii=False),
           ' "doc_kind": %s,' % json.dumps(doc["doc_kind"]),
           ' "year": %s,' % json.dumps(doc["year"]),
           ' "tables": [']
    tabs = []
    for t in doc["tables"]:
        head = {k: v for k, v in t.items() if k not in ("cells", "checks")}
        s = '  {' + json.dumps(head, ensure_ascii=False)[1:-1] + ',\n'
        s += '   "checks": [' + ",".join("\n    " + json.dumps(c, ensure_ascii=False) for c in t["checks"]) + ('\n   ' if t["checks"] else '') + '],\n'
        s += '   "cells": [\n' + ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in t["cells"]) + '\n   ]}'
        tabs.append(s)
    out.append(",\n".join(tabs))
    out.append(' ]')
    out.append('}')
    return "\n".join(out) + "\n"


def build_doc(dspec, corpus, report):
    pdf_path = os.path.join(corpus, dspec["file"])
    plumber = pdfplumber.open(pdf_path)
    doc = {"file": dspec["file"], "sha256": sha256(pdf_path), "producer": producer(pdf_path),
           "doc_kind": dspec["doc_kind"], "year": dspec["year"], "tables": []}
    problems = 0
    stats = {"tables": 0, "cells": 0, "checks": 0, "failed": 0, "rounding": 0}
    for tspec in dspec["tables"]:
        B = build_table(pdf_path, plumber, tspec)
        report.append("%s p%s: %s  [%d x %d]" % (os.path.basename(dspec["file"])[:40], B.pages, tspec["title"], B.n_rows, B.n_cols))
        for d in B.disagree:
            report.append("  DISAGREE p%d (%d,%d): a=%r b=%r" % d)
            problems += 1
        for d in B.fixed:
            report.append("  FIXED p%d (%d,%d): %r -> %r (%s)" % d)
        for d in B.overflow:
            report.append("  OVERFLOW p%d (%d,%d): %r glyphs %r cross the cell's rules" % d)
            problems += 1
        for s in B.stray:
            report.append("  STRAY p%d %r" % s)
            problems += 1
        check_captions(pdf_path, B, tspec, report)
        C = Checker(B)
        for chk in tspec.get("checks", []):
            getattr(C, chk[0])(*chk[1:])
        for line in C.lines:
            if "MISMATCH" in line:
                report.append("  " + line)
        cells = []
        for c in sorted(B.cells, key=lambda c: (c["row"], c["col"])):
            cells.append({"row": c["row"], "col": c["col"], "rowspan": c["rowspan"], "colspan": c["colspan"], "text": c["text_a"]})
        check_cover(B, cells)
        t = {"pages": B.pages, "title": tspec["title"], "form_no": tspec.get("form_no"), "unit": tspec.get("unit"),
             "body": tspec.get("body"), "kind": tspec.get("kind"), "area": tspec.get("area"),
             "area_source": tspec.get("area_source")}
        for k in ("area_map", "segment_kinds", "code_rule", "subject_rule", "label_col"):
            if tspec.get(k):
                t[k] = tspec[k]
        t.update({"n_rows": B.n_rows, "n_cols": B.n_cols, "header_rows": tspec["header_rows"],
                  # x offset (pt) of each row's label in its cell, the first glyph of its first line
                  # (pdfplumber; poppler's first word agrees within 1.5pt): the printed hierarchy
                  "label_indent": [None if B.indent.get(r) is None else round(B.indent[r], 1) for r in range(B.n_rows)],
                  "notes": tspec.get("notes", []), "checks": C.lines, "cells": cells})
        doc["tables"].append(t)
        stats["tables"] += 1
        stats["cells"] += len(cells)
        stats["checks"] += len(C.lines)
        stats["failed"] += C.failed
        stats["rounding"] += C.rounding
    return doc, problems, stats


def check_cover(B, cells):
    seen = {}
    for c in cells:
        for r in range(c["row"], c["row"] + c["rowspan"]):
            for k in range(c["col"], c["col"] + c["colspan"]):
                if (r, k) in seen:
                    raise SystemExit("%s: overlap at %d,%d" % (B.spec["title"], r, k))
                seen[(r, k)] = c
    missing = [(r, k) for r in range(B.n_rows) for k in range(B.n_cols) if (r, k) not in seen]
    if missing:
        raise SystemExit("%s: grid not covered at %s" % (B.spec["title"], missing[:5]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.environ.get("YUSUAN_CORPUS", os.path.join(REPO, "..", "shared", "corpus")))
    ap.add_argument("--only", default=None)
    ap.add_argument("--check", action="store_true", help="compare with the committed files; exit 1 on a difference")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    report = []
    bad = 0
    for dspec in specs.DOCS:
        name = os.path.basename(dspec["file"])[:-4] + ".json"
        if a.only and a.only not in name:
            continue
        doc, problems, st = build_doc(dspec, a.corpus, report)
        text = dump_doc(doc)
        path = os.path.join(OUT, name)
        print("%-60s tables %3d cells %6d checks %4d (rounding %d, failed %d) problems %d" % (
            name[:60], st["tables"], st["cells"], st["checks"], st["rounding"], st["failed"], problems))
        bad += problems
        if a.check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                print("  DIFFERS:", path)
                bad += 1
        elif problems == 0:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            print("  not written: %d problems (see report)" % problems)
    with open("/tmp/golden-gov-report.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(report) + "\n")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
