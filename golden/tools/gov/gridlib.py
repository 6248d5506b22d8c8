"""Table grids from ruling lines, with cell text from two independent decoders.

Extraction a: pdfplumber 0.11 chars and rulings (lines, thin rectangles, stroked rectangles).
Extraction b: poppler `pdftotext -bbox` words, assigned to the same cells by word centre.

Pages whose text is printed rotated on an upright page (the chars' matrix is (0, 1, -1, 0): text
runs bottom to top) are read in the rotated frame: the page is turned a quarter clockwise, so
x' = page_height - top and top' = x. pdfplumber's objects are transformed here by hand; poppler
reads a copy of the page turned with `qpdf --rotate=+90`, so the two frames are computed
independently and must agree.

Rows without rules: a band between two horizontal rulings that holds several printed rows is
split by the text lines of an anchor column (spec `split`); wrapped labels are merged into one
row when the gap between their lines is below `merge_gap`.
"""
import collections
import html
import os
import re
import subprocess
import unicodedata

TOL = 2.0


# ---------------------------------------------------------------- geometry and colours

def is_white(col):
    if col is None:
        return True
    if isinstance(col, (int, float)):
        col = (col,)
    try:
        col = tuple(float(c) for c in col)
    except (TypeError, ValueError):
        return False  # pattern or named colour space: treat as visible
    if len(col) == 4:  # CMYK
        return all(c <= 0.05 for c in col)
    return all(c >= 0.95 for c in col)


def page_rotation(page):
    """90 when most chars run bottom to top (matrix (0, 1, -1, 0)), else 0."""
    rot = sum(1 for c in page.chars if abs(c["matrix"][0]) < 0.01 and c["matrix"][1] > 0 and c["matrix"][2] < 0)
    return 90 if rot > len(page.chars) / 2 else 0


def turn_box(x0, top, x1, bottom, H):
    """A box of the upright page in the frame turned a quarter clockwise."""
    return (H - bottom, x0, H - top, x1)


class Obj:
    __slots__ = ("x0", "top", "x1", "bottom", "text", "size")

    def __init__(self, x0, top, x1, bottom, text, size=0.0):
        self.x0, self.top, self.x1, self.bottom, self.text, self.size = x0, top, x1, bottom, text, size

    @property
    def cx(self):
        return (self.x0 + self.x1) / 2

    @property
    def cy(self):
        return (self.top + self.bottom) / 2


def load_page(page, rot=None):
    """chars, horizontal and vertical rulings of a pdfplumber page in its reading frame."""
    H = float(page.height)
    if rot is None:
        rot = page_rotation(page)
    x_lo, y_lo, x_hi, y_hi = page.bbox[0], page.bbox[1], page.bbox[2], page.bbox[3]

    def tb(x0, top, x1, bottom):
        return turn_box(x0, top, x1, bottom, H) if rot == 90 else (x0, top, x1, bottom)

    chars = []
    for c in page.chars:
        if not (x_lo - 1 <= (c["x0"] + c["x1"]) / 2 <= x_hi + 1 and y_lo - 1 <= (c["top"] + c["bottom"]) / 2 <= y_hi + 1):
            continue  # outside the page box: clipped, invisible
        x0, top, x1, bottom = tb(c["x0"], c["top"], c["x1"], c["bottom"])
        if rot == 90:
            # pdfminer places the across-line extent of rotated glyphs from each font's descent,
            # which some of these fonts get wrong (digits land a whole glyph below the baseline);
            # take the baseline (the matrix's e) and a uniform em box instead
            em = c["x1"] - c["x0"]
            top, bottom = c["matrix"][4] - 0.8 * em, c["matrix"][4] + 0.2 * em
            chars.append(Obj(x0, top, x1, bottom, c["text"], em))
        elif abs(c["matrix"][1]) < 0.01 and abs(c["matrix"][2]) < 0.01 and c["matrix"][3] > 0:
            # the same for upright glyphs: the baseline (f) and an em box of the glyph's height
            em = c["bottom"] - c["top"]
            base = c["bottom"] + (c["y0"] - c["matrix"][5])
            chars.append(Obj(x0, base - 0.8 * em, x1, base + 0.2 * em, c["text"], c["size"]))
        else:
            chars.append(Obj(x0, top, x1, bottom, c["text"], c["size"]))
    hs, vs = [], []

    def seg(x0, top, x1, bottom):
        x0, top, x1, bottom = tb(x0, top, x1, bottom)
        if x1 - x0 < 1.0 and bottom - top >= 1.0:
            vs.append([(x0 + x1) / 2, top, bottom])
        elif bottom - top < 1.0 and x1 - x0 >= 1.0:
            hs.append([(top + bottom) / 2, x0, x1])

    for l in page.lines:
        if is_white(l.get("stroking_color")):
            continue
        if abs(l["x1"] - l["x0"]) < 1.0 or abs(l["bottom"] - l["top"]) < 1.0:
            seg(l["x0"], l["top"], l["x1"], l["bottom"])
    for r in page.rects:
        filled = r.get("fill") and not is_white(r.get("non_stroking_color"))
        stroked = r.get("stroke") and not is_white(r.get("stroking_color"))
        if not (filled or stroked):
            continue
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if w < 2.0 and h >= 1.0:
            seg((r["x0"] + r["x1"]) / 2, r["top"], (r["x0"] + r["x1"]) / 2, r["bottom"])
        elif h < 2.0 and w >= 1.0:
            seg(r["x0"], (r["top"] + r["bottom"]) / 2, r["x1"], (r["top"] + r["bottom"]) / 2)
        else:
            seg(r["x0"], r["top"], r["x0"], r["bottom"])
            seg(r["x1"], r["top"], r["x1"], r["bottom"])
            seg(r["x0"], r["top"], r["x1"], r["top"])
            seg(r["x0"], r["bottom"], r["x1"], r["bottom"])
    return chars, merge_segs(hs), merge_segs(vs), rot


def merge_segs(segs):
    """Merge collinear segments (same coordinate within 1pt) that touch or overlap."""
    segs = sorted(segs)
    out = []
    for s in segs:
        for o in out:
            if abs(o[0] - s[0]) <= 1.0 and s[1] <= o[2] + 1.5 and s[2] >= o[1] - 1.5:
                o[1], o[2] = min(o[1], s[1]), max(o[2], s[2])
                break
        else:
            out.append(list(s))
    return out


def cluster(vals, tol=TOL):
    vals = sorted(vals)
    groups = []
    for v in vals:
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def components(hs, vs):
    """Connected sets of rulings (a horizontal and a vertical touch when they cross or meet)."""
    items = [("h", s) for s in hs] + [("v", s) for s in vs]
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (ki, si) in enumerate(items):
        for j in range(i + 1, len(items)):
            kj, sj = items[j]
            if ki == kj:
                continue
            h, v = (si, sj) if ki == "h" else (sj, si)
            if h[1] - TOL <= v[0] <= h[2] + TOL and v[1] - TOL <= h[0] <= v[2] + TOL:
                parent[find(i)] = find(j)
    groups = collections.defaultdict(lambda: ([], []))
    for i, (k, s) in enumerate(items):
        groups[find(i)][0 if k == "h" else 1].append(s)
    comps = []
    for g in groups.values():
        h, v = g
        if len(h) < 2 or len(v) < 1:  # open tables: one column rule, the outer sides undrawn
            continue
        x0 = min([s[1] for s in h] + [s[0] for s in v])
        x1 = max([s[2] for s in h] + [s[0] for s in v])
        y0 = min([s[0] for s in h] + [s[1] for s in v])
        y1 = max([s[0] for s in h] + [s[2] for s in v])
        if x1 - x0 < 50 or y1 - y0 < 15:
            continue
        comps.append({"bbox": (x0, y0, x1, y1), "h": h, "v": v})
    comps.sort(key=lambda c: (c["bbox"][1], c["bbox"][0]))
    return comps


# ---------------------------------------------------------------- lattice

def v_ruled(vs, x, y0, y1):
    return any(abs(s[0] - x) <= TOL and s[1] <= y0 + TOL and s[2] >= y1 - TOL for s in vs)


def h_ruled(hs, y, x0, x1):
    return any(abs(s[0] - y) <= TOL and s[1] <= x0 + TOL and s[2] >= x1 - TOL for s in hs)


def lattice(comp, extra_xs=()):
    """Cells (row, col, rowspan, colspan, bbox) of a ruled component, on the finest grid."""
    hs, vs = comp["h"], comp["v"]
    x0, y0, x1, y1 = comp["bbox"]  # an open side (no outer rule) still bounds the grid
    xs = cluster([s[0] for s in vs] + [x0, x1] + list(extra_xs))
    ys = cluster([s[0] for s in hs] + [y0, y1])
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = {(i, j): (i, j) for i in range(nr) for j in range(nc)}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i in range(nr):
        for j in range(nc):
            if j + 1 < nc and not v_ruled(vs, xs[j + 1], ys[i], ys[i + 1]):
                parent[find((i, j))] = find((i, j + 1))
            if i + 1 < nr and not h_ruled(hs, ys[i + 1], xs[j], xs[j + 1]):
                parent[find((i, j))] = find((i + 1, j))
    groups = collections.defaultdict(list)
    for k in parent:
        groups[find(k)].append(k)
    cells = []
    for g in groups.values():
        r0, r1 = min(a for a, _ in g), max(a for a, _ in g)
        c0, c1 = min(b for _, b in g), max(b for _, b in g)
        if len(g) != (r1 - r0 + 1) * (c1 - c0 + 1):
            raise ValueError("non-rectangular merged cell at grid %s" % (sorted(g)[:4],))
        cells.append({"row": r0, "col": c0, "rowspan": r1 - r0 + 1, "colspan": c1 - c0 + 1,
                      "bbox": (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])})
    cells.sort(key=lambda c: (c["row"], c["col"]))
    return cells, xs, ys


# ---------------------------------------------------------------- text

def lines_of(objs, tol_frac=0.5):
    """Group objects into printed lines (by centre y), each sorted left to right."""
    objs = sorted(objs, key=lambda o: (o.cy, o.x0))
    lines = []
    for o in objs:
        h = max(o.bottom - o.top, 1.0)
        for ln in lines:
            if abs(ln["cy"] - o.cy) <= tol_frac * max(h, ln["h"]):
                ln["objs"].append(o)
                break
        else:
            lines.append({"cy": o.cy, "h": h, "objs": [o]})
    for ln in lines:
        ln["objs"].sort(key=lambda o: o.x0)
        ln["top"] = min(o.top for o in ln["objs"])
        ln["bottom"] = max(o.bottom for o in ln["objs"])
    lines.sort(key=lambda ln: ln["cy"])
    return lines


ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def norm_char(ch):
    if 0x2F00 <= ord(ch) <= 0x2FD5:
        return unicodedata.normalize("NFKC", ch)
    return ch


def join_tokens(tokens):
    out = ""
    for t in tokens:
        if not t:
            continue
        if out and ASCII_ALNUM.match(out[-1]) and ASCII_ALNUM.match(t[0]):
            out += " "
        out += t
    return out


def text_from_chars(chars):
    """Cell text from glyphs: tokens split at space glyphs or gaps > 0.25 em; joined by join_tokens."""
    out = []
    for ln in lines_of(chars):
        tokens, cur, prev = [], "", None
        for c in ln["objs"]:
            t = c.text
            if t.isspace() or t == "\u3000":
                if cur:
                    tokens.append(cur)
                cur, prev = "", None
                continue
            em = c.size or (c.bottom - c.top)
            if prev is not None and c.x0 - prev.x1 > 0.25 * em and cur:
                tokens.append(cur)
                cur = ""
            cur += "".join(norm_char(ch) for ch in t)
            prev = c
        if cur:
            tokens.append(cur)
        out.extend(tokens)
    return join_tokens(out)


def text_from_words(words):
    out = []
    for ln in lines_of(words):
        for w in ln["objs"]:
            t = "".join(norm_char(ch) for ch in w.text.replace("\u3000", " ")).strip()
            out.extend(t.split())
    return join_tokens(out)


# ---------------------------------------------------------------- poppler words

WORD_RE = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>')
_rot_cache = {}


def rotated_copy(pdf, tmpdir="/tmp"):
    """A copy of the PDF with every page turned a quarter clockwise (qpdf --rotate=+90)."""
    if pdf not in _rot_cache:
        out = os.path.join(tmpdir, "rot90-" + os.path.basename(pdf))
        if not os.path.exists(out):
            subprocess.run(["qpdf", "--rotate=+90", pdf, out], check=True)
        _rot_cache[pdf] = out
    return _rot_cache[pdf]


def poppler_words(pdf, pno, rot):
    src = rotated_copy(pdf) if rot == 90 else pdf
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(pno), "-l", str(pno), src, "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [Obj(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in WORD_RE.findall(out)]


def inside(o, bbox, pad=0.0):
    x0, y0, x1, y1 = bbox
    return x0 - pad <= o.cx <= x1 + pad and y0 - pad <= o.cy <= y1 + pad


# ---------------------------------------------------------------- a table on one page

def split_bands(cells, xs, ys, chars, header_rows, split):
    """Split body bands that hold several printed rows (no rules between them).

    split = {"anchor_col": c, "span_cols": [...], "merge_gap": g, "from_row": grid row}
    Returns new cells on a refined row grid and the list of row boundaries."""
    anchor = split["anchor_col"]
    span_cols = set(split.get("span_cols", []))
    merge_gap = split.get("merge_gap", 0.0)
    first = split.get("from_row", header_rows)
    nr = len(ys) - 1
    # sub-row boundaries per band
    band_cuts = {}
    for i in range(first, nr):
        acell = next((c for c in cells if c["row"] <= i < c["row"] + c["rowspan"] and c["col"] <= anchor < c["col"] + c["colspan"]), None)
        if acell is None or acell["rowspan"] != 1:
            continue
        x0, _, x1, _ = acell["bbox"]
        band = (x0, ys[i], x1, ys[i + 1])
        lns = lines_of([c for c in chars if inside(c, band) and not c.text.isspace()])
        groups = []
        for ln in lns:
            if groups and ln["top"] - groups[-1][1] < merge_gap:
                groups[-1][1] = max(groups[-1][1], ln["bottom"])
            else:
                groups.append([ln["top"], ln["bottom"]])
        if len(groups) > 1:
            band_cuts[i] = [(groups[k][1] + groups[k + 1][0]) / 2 for k in range(len(groups) - 1)]
    # refined grid: every band i becomes len(cuts)+1 sub-rows
    new_ys, row_map = [], {}
    for i in range(nr):
        row_map[i] = len(new_ys)
        new_ys.append(ys[i])
        new_ys.extend(band_cuts.get(i, []))
    new_ys.append(ys[nr])
    row_map[nr] = len(new_ys) - 1
    out = []
    for c in cells:
        r0, r1 = row_map[c["row"]], row_map[c["row"] + c["rowspan"]]
        if c["rowspan"] == 1 and c["row"] in band_cuts:
            i = c["row"]
            cols = set(range(c["col"], c["col"] + c["colspan"]))
            x0, _, x1, _ = c["bbox"]
            sub = [c2 for c2 in chars if inside(c2, c["bbox"]) and not c2.text.isspace()]
            if cols & span_cols and len(lines_of(sub)) <= 1:
                out.append(dict(c, row=r0, rowspan=r1 - r0))
                continue
            for k in range(r0, r1):
                out.append({"row": k, "col": c["col"], "rowspan": 1, "colspan": c["colspan"],
                            "bbox": (x0, new_ys[k], x1, new_ys[k + 1])})
        else:
            out.append(dict(c, row=r0, rowspan=r1 - r0))
    out.sort(key=lambda c: (c["row"], c["col"]))
    return out, new_ys


def read_table_page(pdf_path, plumber_pdf, pno, spec_page, header_rows, split=None):
    """Grid and both texts of the table on page pno (1-based).

    spec_page: {"component": index of the ruled component on the page (default 0),
                "rot": 0/90 (default: detected), "extra_xs": [...] column cuts not drawn}"""
    page = plumber_pdf.pages[pno - 1]
    chars, hs, vs, rot = load_page(page, spec_page.get("rot"))
    comps = components(hs, vs)
    ci = spec_page.get("component", 0)
    if ci >= len(comps):
        raise SystemExit("p%d: component %d of %d" % (pno, ci, len(comps)))
    comp = comps[ci]
    cells, xs, ys = lattice(comp, spec_page.get("extra_xs", ()))
    if split:
        cells, ys = split_bands(cells, xs, ys, chars, header_rows, split)
    words = poppler_words(pdf_path, pno, rot)
    bbox = comp["bbox"]
    used_c, used_w = set(), set()
    for c in cells:
        cc = [k for k, o in enumerate(chars) if inside(o, c["bbox"]) and k not in used_c]
        ww = [k for k, o in enumerate(words) if inside(o, c["bbox"]) and k not in used_w]
        used_c.update(cc)
        used_w.update(ww)
        c["text_a"] = text_from_chars([chars[k] for k in cc])
        c["text_b"] = text_from_words([words[k] for k in ww])
        c["chars"] = [chars[k] for k in cc]
        c["words"] = [words[k] for k in ww]
        # glyphs that cross the cell's top or bottom rule by a third of their height: text that
        # overflows its cell (the report lists them; specs resolve them by hand)
        x0, y0, x1, y1 = c["bbox"]
        c["overflow"] = "".join(o.text for o in c["chars"]
                                if min(o.bottom, y1) - max(o.top, y0) < 0.67 * (o.bottom - o.top))
        # more printed lines than the cell has room for: a neighbour's text run into it, usually
        # hidden under the cell's background (Hangzhou 2023 决算 p35)
        ink = [o for o in c["chars"] if not o.text.isspace()]
        lns = lines_of(ink) if ink else []
        if len(lns) > 1 and sum(ln["bottom"] - ln["top"] for ln in lns) > 1.05 * (y1 - y0):
            c["overflow"] += "|crammed: " + "/".join(text_from_chars(ln["objs"]) for ln in lns)
    stray = [o.text for k, o in enumerate(chars) if k not in used_c and inside(o, bbox, -1) and not o.text.isspace()]
    stray_w = [o.text for k, o in enumerate(words) if k not in used_w and inside(o, bbox, -1)]
    n_rows = len(ys) - 1
    n_cols = len(xs) - 1
    outside = [o for o in chars if not inside(o, bbox, 1)]
    return {"cells": cells, "n_rows": n_rows, "n_cols": n_cols, "bbox": bbox, "rot": rot,
            "stray": stray, "stray_words": stray_w, "outside": outside, "words": words, "chars": chars,
            "xs": xs, "ys": ys}
