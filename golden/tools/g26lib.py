"""Shared pieces of the dept2026 golden tools: the text joining rule, visible rulings, poppler words.

Nothing here reads yusuan's output. Two independent decoders are used: pdfplumber (pdfminer.six)
for the draft and poppler (`pdftotext -bbox`) for the cross-check.
"""

import hashlib
import os
import re
import subprocess
import unicodedata
from html import unescape

# ---------------------------------------------------------------- text joining rule

SPACES = {" ", "\u3000", "\u00a0", "\t", "\n", "\r", "\u2002", "\u2003", "\u2009", "\u200b"}
NUMLINE = re.compile(r"^-?[0-9][0-9,.]*$")


def is_ascii_alnum(ch):
    return ch.isascii() and ch.isalnum()


def norm_piece(s):
    """A token as kept: no whitespace, Kangxi radicals (U+2F00-2FD5) as the unified ideograph."""
    out = []
    for ch in s:
        if ch in SPACES or ch.isspace():
            continue
        if 0x2F00 <= ord(ch) <= 0x2FD5:
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return "".join(out)


def join_tokens(tokens):
    """Tokens joined with no separator, except one space between two ASCII letters/digits."""
    out = ""
    for t in tokens:
        if not t:
            continue
        if out and is_ascii_alnum(out[-1]) and is_ascii_alnum(t[0]):
            out += " "
        out += t
    return out


def join_lines(lines):
    """Printed lines of one cell joined by the token rule, except that a figure wrapped over two
    lines (`370,219.2` above `5`) is joined without a space: both lines are figure-only."""
    out = ""
    prev = None
    for ln in lines:
        if not ln:
            continue
        if out and prev is not None and NUMLINE.match(prev) and NUMLINE.match(ln):
            out += ln
        else:
            out = join_tokens([out, ln]) if out else ln
        prev = ln
    return out


def group_lines(items, key_y, key_h):
    """Groups items into printed lines by vertical centre: an item joins the current line when
    its centre lies within 0.45 of the line's item height of the line's first centre."""
    items = sorted(items, key=key_y)
    lines = []
    for it in items:
        y = key_y(it)
        if lines and abs(y - lines[-1][0]) <= 0.45 * max(key_h(it), lines[-1][1]):
            lines[-1][2].append(it)
        else:
            lines.append([y, key_h(it), [it]])
    return [ln[2] for ln in lines]


def chars_text(chars):
    """pdfplumber chars -> (text by the rule, list of printed lines)."""
    lines_out = []
    for line in group_lines(
        chars, lambda c: (c["top"] + c["bottom"]) / 2, lambda c: c["bottom"] - c["top"]
    ):
        line.sort(key=lambda c: c["x0"])
        tokens, cur, prev = [], "", None
        for c in line:
            t = c["text"]
            if t in SPACES or t.strip() == "":
                tokens.append(cur)
                cur, prev = "", None
                continue
            em = c.get("size") or (c["bottom"] - c["top"])
            if prev is not None and c["x0"] - prev["x1"] > 0.25 * em:
                tokens.append(cur)
                cur = ""
            cur += norm_piece(t)
            prev = c
        tokens.append(cur)
        lines_out.append(join_tokens(tokens))
    return join_lines(lines_out), lines_out


def words_text(words):
    """poppler words -> (text by the rule, list of printed lines)."""
    lines_out = []
    for line in group_lines(
        words, lambda w: (w["top"] + w["bottom"]) / 2, lambda w: w["bottom"] - w["top"]
    ):
        line.sort(key=lambda w: w["x0"])
        lines_out.append(join_tokens([norm_piece(w["text"]) for w in line]))
    return join_lines(lines_out), lines_out


# ---------------------------------------------------------------- colours and rulings


def is_white(color):
    """True for white in gray, RGB or CMYK; None (no colour set) counts as black."""
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return color >= 0.99
    if isinstance(color, (list, tuple)):
        vals = [v for v in color if isinstance(v, (int, float))]
        if len(vals) != len(color):
            return False  # pattern or named colour: treat as visible
        if len(vals) == 1:
            return vals[0] >= 0.99
        if len(vals) == 3:
            return all(v >= 0.99 for v in vals)
        if len(vals) == 4:
            return all(v <= 0.01 for v in vals)
    return False


EDGE = 1.0  # a shape at most this far outside the page box is taken to lie on its edge
THIN = 2.5  # a painted shape whose smaller extent is at most this is a line, whatever its path


def _seg(orient, a0, a1, c, src):
    return {"o": orient, "a0": min(a0, a1), "a1": max(a0, a1), "c": c, "src": src}


def rulings(page):
    """Visible rulings of a pdfplumber page: list of {o: 'h'|'v', a0, a1 (extent along), c (position
    across), src}. Plus a list of painted areas that are not lines (reported, not used)."""
    segs, areas, diag = [], [], 0
    bx0, by0, bx1, by1 = page.bbox
    for obj in page.lines + page.rects + page.curves:
        x0, x1, top, bot = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
        if x1 < bx0 - EDGE or x0 > bx1 + EDGE or bot < by0 - EDGE or top > by1 + EDGE:
            continue  # outside the page box: clipped, invisible
        # a border drawn just outside the page box is where the page edge is
        x0, x1 = min(max(x0, bx0), bx1), min(max(x1, bx0), bx1)
        top, bot = min(max(top, by0), by1), min(max(bot, by0), by1)
        stroke = obj.get("stroke") and not is_white(obj.get("stroking_color"))
        fill = obj.get("fill") and not is_white(obj.get("non_stroking_color"))
        kind = obj["object_type"]
        if kind == "line":
            fill = False
            stroke = not is_white(obj.get("stroking_color"))
        if not (stroke or fill):
            continue
        w, h = x1 - x0, bot - top
        if min(w, h) <= THIN and max(w, h) > THIN:
            # a line by its extent: thin filled rectangle, polygon with bevelled corner, hairline
            if w >= h:
                segs.append(_seg("h", x0, x1, (top + bot) / 2, kind))
            else:
                segs.append(_seg("v", top, bot, (x0 + x1) / 2, kind))
            continue
        if max(w, h) <= THIN:
            continue  # a dot
        # a larger shape: its stroked axis-aligned sides are rulings
        if stroke:
            pts = [(min(max(px, bx0), bx1), min(max(py, by0), by1))
                   for px, py in obj.get("pts") or []]
            if kind == "rect" or not pts:
                pts = [(x0, top), (x1, top), (x1, bot), (x0, bot), (x0, top)]
            for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                if abs(ay - by) < 0.5 and abs(ax - bx) > THIN:
                    segs.append(_seg("h", ax, bx, (ay + by) / 2, kind + "-side"))
                elif abs(ax - bx) < 0.5 and abs(ay - by) > THIN:
                    segs.append(_seg("v", ay, by, (ax + bx) / 2, kind + "-side"))
                elif abs(ax - bx) > 0.5 and abs(ay - by) > 0.5:
                    diag += 1
        if fill and kind == "rect":
            # the boundary of a coloured rectangle is a visible edge (a shaded header whose
            # border line has a gap is still closed by its fill); filled curves are not taken:
            # they are glyph outlines, charts and seals as often as cell shading
            segs += [_seg("h", x0, x1, top, kind + "-fill"), _seg("h", x0, x1, bot, kind + "-fill"),
                     _seg("v", top, bot, x0, kind + "-fill"), _seg("v", top, bot, x1, kind + "-fill")]
        if fill:
            areas.append({"x0": x0, "x1": x1, "top": top, "bottom": bot, "kind": kind,
                          "color": str(obj.get("non_stroking_color"))})
    return segs, areas, diag


def seg_edges(segs):
    """Rulings as pdfplumber edge dicts (object_type ending in _edge is passed through)."""
    out = []
    for s in segs:
        if s["o"] == "h":
            out.append({"object_type": "ruling_edge", "orientation": "h", "x0": s["a0"],
                        "x1": s["a1"], "top": s["c"], "bottom": s["c"], "doctop": s["c"],
                        "width": s["a1"] - s["a0"], "height": 0})
        else:
            out.append({"object_type": "ruling_edge", "orientation": "v", "x0": s["c"],
                        "x1": s["c"], "top": s["a0"], "bottom": s["a1"], "doctop": s["a0"],
                        "width": 0, "height": s["a1"] - s["a0"]})
    return out


def cluster(values, tol=2.0):
    """Sorted cluster representatives (first value of each run within tol)."""
    reps = []
    for v in sorted(values):
        if reps and v - reps[-1][-1] <= tol:
            reps[-1].append(v)
        else:
            reps.append([v])
    return [sum(r) / len(r) for r in reps]


def index_of(reps, v, tol=2.0):
    best = min(range(len(reps)), key=lambda i: abs(reps[i] - v))
    if abs(reps[best] - v) > tol:
        raise ValueError(f"{v} not on grid {reps}")
    return best


# ---------------------------------------------------------------- poppler


def poppler_words(pdf):
    """{page number: (width, height, [words])} from `pdftotext -bbox` (poppler's own decoding)."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = {}
    for n, m in enumerate(re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',
                                      html, re.S), 1):
        words = []
        for w in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
                             r'yMax="([-\d.]+)">(.*?)</word>', m.group(3), re.S):
            x0, top, x1, bot = map(float, w.groups()[:4])
            words.append({"x0": x0, "top": top, "x1": x1, "bottom": bot,
                          "text": unescape(w.group(5))})
        pages[n] = (float(m.group(1)), float(m.group(2)), words)
    return pages


def layout_text(pdf, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def tool_hash():
    """Hash of the draft code, so that a draft made by other code is rebuilt."""
    h = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("g26lib.py", "draft.py"):
        with open(os.path.join(here, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def pdfinfo(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    info = {}
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    return info
