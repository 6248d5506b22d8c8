#!/usr/bin/env python3
"""Draw a fixed random sample of facts on their rendered pages, for the hand check.

    /work/main/benches/.venv/bin/python golden/tools/gov/sample_check.py [--corpus ../shared/corpus] [--out /tmp/golden-gov-sample]

Picks 100 facts (seed 20240601; per document: Beijing 25, Hangzhou 20, Jinan 2024 20, Ningxia 20,
Hefei 10, Jinan 2022 5), renders each fact's page with `pdftoppm -r 100` (pages printed sideways from
a copy turned by qpdf), boxes the amount in red, and stacks per fact the caption and header rows of its table (cut at the
ruled grid) above the amount's row: sheet-NN.png, plus sample.tsv with the fields to compare. The verdicts of
the check are recorded in golden/city/sample-100.tsv (hand-written).
"""
import argparse
import os
import random
import subprocess
import sys

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import derive_facts  # noqa: E402
import gridlib  # noqa: E402
import pdfplumber  # noqa: E402
import specs  # noqa: E402

QUOTA = [("bei-jing", 25), ("hang-zhou", 20), ("ji-nan-shi-2024", 20), ("ningxia", 20), ("he-fei", 10),
         ("ji-nan-shi-2022", 5)]
DPI = 100
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def render(pdf, page, rotated, cache):
    key = (pdf, page, rotated)
    if key not in cache:
        src = pdf
        if rotated:
            src = "/tmp/rot90-" + os.path.basename(pdf)
        out = "/tmp/golden-gov-page-%d-%d" % (abs(hash(pdf)) % 10 ** 6, page)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(page), "-l", str(page), src, out],
                       check=True)
        cache[key] = Image.open(out + ".png").convert("RGB")
    return cache[key]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(derive_facts.REPO, "..", "shared", "corpus"))
    ap.add_argument("--out", default="/tmp/golden-gov-sample")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    res = derive_facts.derive(a.corpus)
    rng = random.Random(20240601)
    picks = []
    for key, n in QUOTA:
        name = next(k for k in res if key in k)
        doc, facts, _ = res[name]
        for f in rng.sample(facts, n):
            picks.append((doc, f))
    cache = {}
    font = ImageFont.truetype(FONT, 20)
    tiles = []
    rows = ["n\tfile\tpage\ttable\tarea\tlabel\tsubject\tparent\tcode\theader_path\tmeasure\tyear\tpart\tprinted\tunit\tamount_yuan"]
    plumbers = {}
    for i, (doc, f) in enumerate(picks, 1):
        pdf = os.path.join(a.corpus, doc["file"])
        pw = derive_facts.PageWords(pdf)
        pw.words(f["page"])
        rotated = pw.rotated is not None
        img = render(pdf, f["page"], rotated, cache).copy()
        s = DPI / 72.0
        x0, y0, x1, y1 = (v * s for v in f["_box"])
        d = ImageDraw.Draw(img)
        d.rectangle([x0 - 4, y0 - 3, x1 + 4, y1 + 3], outline=(255, 0, 0), width=3)
        d.line([((x0 + x1) / 2, 0), ((x0 + x1) / 2, y0 - 4)], fill=(255, 0, 0), width=1)
        # the table's frame and header rows on this page, from the same ruled grid the golden used
        dspec = next(dd for dd in specs.DOCS if dd["file"] == doc["file"])
        tspec = next(t for t in dspec["tables"] if t["form_no"] == f["form_no"])
        k = [p["p"] for p in tspec["pages"]].index(f["page"])
        pspec = tspec["pages"][k]
        if pdf not in plumbers:
            plumbers[pdf] = pdfplumber.open(pdf)
        g = gridlib.read_table_page(pdf, plumbers[pdf], f["page"], pspec, 0, None)
        bx0, by0, bx1, by1 = (v * s for v in g["bbox"])
        hr = tspec["header_rows"] if k == 0 else pspec.get("drop", 0)
        hy = g["ys"][hr] * s if hr else by0
        parts = [img.crop((int(bx0) - 5, max(0, int(by0) - 70), int(bx1) + 5, int(hy) + 2)),
                 img.crop((int(bx0) - 5, int(y0) - 14, int(bx1) + 5, int(y1) + 14))]
        scale = 1500.0 / parts[0].width
        parts = [p.resize((1500, max(1, int(p.height * scale)))) for p in parts]
        tile = Image.new("RGB", (1500, 34 + sum(p.height for p in parts) + 10), "white")
        ImageDraw.Draw(tile).text((5, 4), "#%d p%d %s | %s | %s | %s -> %s %s" % (
            i, f["page"], f["form_no"], f["area"], f["label"], f["header_path"], f["measure"], f["printed"]),
            font=font, fill=(200, 0, 0))
        y = 34
        for p in parts:
            tile.paste(p, (0, y))
            y += p.height + 5
        tiles.append(tile)
        rows.append("\t".join(str(x) for x in [i, os.path.basename(doc["file"])[:45], f["page"], f["form_no"], f["area"],
                                                 f["label"], f["subject"], f["parent"], f["code"], f["header_path"],
                                                 f["measure"], f["year"], f["part"], f["printed"], f["unit"], f["amount_yuan"]]))
    sheets = []
    cur, h = [], 0
    for t in tiles:
        if cur and h + t.height > 1400:
            sheets.append(cur)
            cur, h = [], 0
        cur.append(t)
        h += t.height + 8
    sheets.append(cur)
    for n, group in enumerate(sheets, 1):
        sheet = Image.new("RGB", (1500, sum(t.height + 8 for t in group)), (220, 220, 220))
        y = 0
        for t in group:
            sheet.paste(t, (0, y))
            y += t.height + 8
        sheet.save(os.path.join(a.out, "sheet-%02d.png" % n))
    with open(os.path.join(a.out, "sample.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    print("%d facts, %d sheets in %s" % (len(picks), len(sheets), a.out))


if __name__ == "__main__":
    main()
