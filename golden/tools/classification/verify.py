#!/usr/bin/env python3
"""Checks every row of data/classification/classification.csv against its sources with a
second extractor (pdfplumber, not pdftotext): on the page each source names, the code must
be printed (whole, or as its 类 | 款 | 项 parts in that order on one row band) and the
name's characters must be printed (as one run, or as at most three runs when the name wraps
in its cell). Writes golden/tools/classification/verify.txt.

    benches/.venv/bin/python golden/tools/classification/verify.py [--shared ../shared]
"""

import argparse
import collections
import csv
import re
import sys
import unicodedata
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[“”„‟〝〞＂]", '"', s)
    return re.sub(r"\s+", "", s)


def runs(name):
    """How many runs a wrapped name may be printed in: one for a short name (a short name
    does not wrap; a looser test would find its characters anywhere), more for longer ones."""
    return 1 if len(name) <= 6 else 2 if len(name) <= 12 else 3 if len(name) <= 20 else 4


def covered(name, text, parts=3):
    """Is `name` in `text` as at most `parts` runs, in order?"""
    if name in text:
        return True
    if parts == 1:
        return False
    for cut in range(len(name) - 1, 0, -1):
        if name[:cut] in text and covered(name[cut:], text, parts - 1):
            return True
    return False


def code_printed(code, words):
    """The code as one word, inside a word ([2010301]行政运行), or as its parts on one
    row band (201 | 03 | 01, split columns)."""
    if any(code in w["text"] for w in words):
        return "whole"
    parts = [code[:3]] + [code[i:i + 2] for i in range(3, len(code), 2)]
    heads = [w for w in words if w["text"] == parts[0]]
    for h in heads:
        y = h["top"]
        x = h["x1"]
        ok = True
        for p in parts[1:]:
            nxt = [w for w in words if w["text"] == p and w["x0"] >= x - 1 and abs(w["top"] - y) < 30]
            if not nxt:
                ok = False
                break
            w = min(nxt, key=lambda w: (abs(w["top"] - y), w["x0"]))
            x = w["x1"]
        if ok:
            return "parts"
    # a sentence: 公共安全支出（204类）司法（06款）行政运行（01项）
    text = "".join(w["text"] for w in words)
    if all(re.search(re.escape(p) + r"[类款项]", unicodedata.normalize("NFKC", text)) for p in parts):
        return "sentence"
    if re.search(re.escape(code) + r"科目", unicodedata.normalize("NFKC", text)):
        return "sentence"
    return None


def paired(code, name, words):
    """Is the name printed beside the code: in the words right of the code's first part and
    within two or three text lines above or below it (a wrapped name in a centred cell)?"""
    head = code[:3] if len(code) > 3 and not any(code in w["text"] for w in words) else code
    for h in (w for w in words if code in w["text"] or w["text"] == head):
        if h["bottom"] - h["top"] > 1.5 * (h["x1"] - h["x0"]):
            # text set vertically (a landscape table drawn turned on a portrait page): the
            # row runs along y, the name's lines stack along x
            near = [w for w in words if abs((w["x0"] + w["x1"]) / 2 - (h["x0"] + h["x1"]) / 2) < 30
                    and abs(w["top"] - h["top"]) < 320]
            for order in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                band = sorted(near, key=lambda w: (order[0] * round(w["x0"]), order[1] * w["top"]))
                if covered(name, norm("".join(w["text"] for w in band)), runs(name)):
                    return True
            continue
        near = [w for w in words if abs((w["top"] + w["bottom"]) / 2 - (h["top"] + h["bottom"]) / 2) < 30]
        band = sorted((w for w in near if w["x1"] > h["x0"] and w["x0"] < h["x1"] + 320),
                      key=lambda w: (round(w["top"]), w["x0"]))
        if covered(name, norm("".join(w["text"] for w in band)), runs(name)):
            return True
        # a mirrored page (its words come out reversed): the name stands left of the code,
        # its lines bottom up
        band = sorted((w for w in near if w["x0"] < h["x1"] and w["x1"] > h["x0"] - 320),
                      key=lambda w: (-round(w["top"]), -w["x0"]))
        if covered(name, norm("".join(w["text"] for w in band)), runs(name)):
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    rows = list(csv.DictReader(open(ROOT / "data" / "classification" / "classification.csv", encoding="utf-8")))
    need = collections.defaultdict(list)
    for i, r in enumerate(rows):
        for s in r["sources"].split():
            f, p = s.rsplit(":", 1)
            need[(f, int(p))].append(i)
    res = collections.defaultdict(dict)
    for (f, p), idx in sorted(need.items()):
        path = Path(a.shared) / "corpus" / f
        try:
            with pdfplumber.open(path) as pdf:
                page = pdf.pages[p - 1]
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
                raw = page.extract_text() or ""
                text = norm(raw)
                # pages whose text runs right to left in pdfplumber's reading (a rotated text
                # matrix; pdftotext reads them upright): each word and line read backwards too
                words += [dict(w, text=w["text"][::-1]) for w in words]
                text += "|" + norm("\n".join(ln[::-1] for ln in raw.split("\n")))
        except Exception as e:  # noqa: BLE001 - any failure is reported, not fatal
            for i in idx:
                res[i][f"{f}:{p}"] = f"error {e}"
            continue
        for i in idx:
            r = rows[i]
            c = code_printed(r["code"], words)
            n = norm(r["name"])
            nm = "one run" if n in text else "wrapped" if covered(n, text, runs(n)) else None
            pr = "beside the code" if c in ("whole", "parts") and paired(r["code"], n, words) else "on the page"
            res[i][f"{f}:{p}"] = (c, nm, pr) if nm else (c, nm)
    out = collections.Counter()
    bad, loose = [], []
    for i, r in enumerate(rows):
        oks = [v for v in res[i].values() if isinstance(v, tuple) and v[0] and v[1]]
        if any(v[2] == "beside the code" for v in oks):
            out["code found, name printed beside it on a source page"] += 1
        elif oks:
            out["code and name found on a source page, not paired by position (" + "+".join(
                sorted({v[0] for v in oks})) + ")"] += 1
            loose.append(r)
        else:
            out["NOT found"] += 1
            bad.append((r, res[i]))
    with open(HERE / "verify.txt", "w", encoding="utf-8") as fh:
        fh.write("# Every table row checked on its source pages with pdfplumber (a second extractor)\n"
                 "# generated by verify.py\n\n")
        fh.write(f"rows: {len(rows)}; source pages read: {len(need)}\n\n")
        for k, v in out.most_common():
            fh.write(f"{v:6d}  {k}\n")
        fh.write("\n## Code and name on the page but not found side by side (rotated text, sentences, "
                 "far-apart columns)\n\n")
        for r in loose:
            fh.write(f"{r['classification']} {r['code']} {r['name']} | {r['sources'].split()[0]}\n")
        fh.write("\n## Rows not confirmed\n\n")
        for r, v in bad:
            fh.write(f"{r['classification']} {r['code']} {r['name']} | {v}\n")
    print(dict(out), file=sys.stderr)


if __name__ == "__main__":
    main()
