#!/usr/bin/env python3
"""Area and codes of `yusuan extract` output against golden/city/facts (built without yusuan).

usage: score_golden.py OUT_DIR

Facts are joined to items by file, page, printed figure and label (the label as printed,
whitespace and the prefix aside; the item's prefix + name). Prints, per document: golden facts,
joined, area equal, and for the facts the golden gives a code: our code equal / other / none.
"""
import csv, collections, glob, json, os, re, sys, unicodedata

out = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../city/facts")

def k(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))

items = collections.defaultdict(list)
for r in csv.DictReader(open(f"{out}/items.csv", encoding="utf-8-sig")):
    items[(os.path.basename(r["file"]), int(r["page"]), k(r["printed"]), k(r["prefix"] + r["name"]))].append(r)

tot = collections.Counter()
print("document\tfacts\tjoined\tarea equal\tgolden codes\tsame code\tother code\tno code")
wrong_area = collections.Counter()
wrong_code = []
for f in sorted(glob.glob(f"{root}/*.json")):
    d = json.load(open(f))
    base = os.path.basename(d["file"])
    c = collections.Counter()
    for x in d["facts"]:
        c["facts"] += 1
        hits = items.get((base, x["page"], k(x["printed"]), k(x["label"])), [])
        if not hits:
            continue
        c["joined"] += 1
        it = hits[0]
        if it["area"] == x["area"]:
            c["area"] += 1
        else:
            wrong_area[(base[-30:], x["area"], it["area"], x["area_source"])] += 1
        if x["code"]:
            c["gcode"] += 1
            if it["code"] == x["code"]:
                c["same"] += 1
            elif it["code"]:
                c["other"] += 1
                wrong_code.append((base[-30:], x["page"], x["label"], x["code"], it["code"]))
            else:
                c["none"] += 1
    tot.update(c)
    print(f"{base[-40:]}\t{c['facts']}\t{c['joined']}\t{c['area']}\t{c['gcode']}\t{c['same']}\t{c['other']}\t{c['none']}")
print(f"ALL\t{tot['facts']}\t{tot['joined']}\t{tot['area']}\t{tot['gcode']}\t{tot['same']}\t{tot['other']}\t{tot['none']}")
print(f"area equal: {tot['area']}/{tot['joined']} = {tot['area']/max(1,tot['joined']):.1%} of joined facts")
print(f"codes: same {tot['same']}, other {tot['other']}, none {tot['none']} of {tot['gcode']} golden-coded facts joined")
for key, n in wrong_area.most_common(30):
    print("AREA", n, *key, sep="\t")
for w in wrong_code[:60]:
    print("CODE", *w, sep="\t")
