#!/usr/bin/env python3
"""Scores yusuan's documents.csv against golden/identity.tsv: per corpus and field, the share
right, and every miss. Usage: score_identity.py DOCUMENTS_CSV [--misses]"""
import csv, sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "..", "identity.tsv")
FIELDS = [("doc_kind", "doc_kind"), ("year", "year"), ("body", "body"),
          ("region_province", "region_province"), ("region_city", "region_city"),
          ("region_county", "region_county"), ("level", "level")]

def key(path):
    parts = path.replace("\\", "/").split("/")
    return "/".join(parts[-2:])

gold = {r["file"]: r for r in csv.DictReader(open(GOLD, encoding="utf-8"), delimiter="\t")}
ours = {}
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    ours[key(r["file"])] = r
score = collections.defaultdict(lambda: [0, 0])
misses = []
for f, g in sorted(gold.items()):
    corpus = f.split("/")[0]
    o = ours.get(f, {})
    for gf, of in FIELDS:
        want, got = g[gf].strip(), (o.get(of) or "").strip()
        s = score[(corpus, gf)]
        s[1] += 1
        if want == got:
            s[0] += 1
        else:
            misses.append((corpus, gf, f, want, got, g["content"]))
for corpus in sorted({c for c, _ in score}):
    line = [corpus]
    for gf, _ in FIELDS:
        r, n = score[(corpus, gf)]
        line.append("%s %d/%d" % (gf, r, n))
    print("  ".join(line))
if "--misses" in sys.argv:
    for m in misses:
        print("\t".join(m))
