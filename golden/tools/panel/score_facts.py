#!/usr/bin/env python3
"""yusuan's items against golden/city/facts (built without yusuan): precision, recall, area and
measure, per document (issue 14 acceptance 2).

usage: score_facts.py OUT_DIR [--misses N]

A fact and an item pair when they share file, page and the printed figure's value (NFKC, commas,
(12)/△12 as -12); among several, the pair with the same label (prefix + name, spaces aside) and
then the same measure is taken first. Precision is over the items of the golden's pages (every
table yusuan reads there), recall over the golden's facts; area and measure over the pairs.
The golden holds amounts only: items of percentage columns (empty amount_yuan, a `percent`)
are not scored.
"""
import csv, collections, glob, json, os, re, sys, unicodedata
from decimal import Decimal, InvalidOperation

out = sys.argv[1]
nmiss = int(sys.argv[sys.argv.index("--misses") + 1]) if "--misses" in sys.argv else 0
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../city/facts")


def k(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


YEAR = {}


def measure(r):
    """The golden's measure words from an item: its stage, `prior_year_` (`prior2_year_` two
    years back) when its measure is a prior year's."""
    if "prior" not in r["measure"]:
        return r["stage"]
    doc = YEAR.get(os.path.basename(r["file"]))
    back = doc - int(r["fiscal_year"]) if doc and r["fiscal_year"] else 1
    return ("prior_year_" if back <= 1 else f"prior{back}_year_") + r["stage"]


def val(s):
    t = k(s).replace(",", "")
    neg = False
    if t.startswith("(") and t.endswith(")"):
        t, neg = t[1:-1], True
    if t.startswith("△"):
        t, neg = t[1:], True
    try:
        d = Decimal(t)
    except InvalidOperation:
        return t
    return str((-d if neg else d).normalize())


golden = {}
for f in sorted(glob.glob(f"{root}/*.json")):
    d = json.load(open(f))
    golden[os.path.basename(d["file"])] = d["facts"]
    YEAR[os.path.basename(d["file"])] = d["year"]
pages = {b: {x["page"] for x in fs} for b, fs in golden.items()}
items = collections.defaultdict(list)
for r in csv.DictReader(open(f"{out}/items.csv", encoding="utf-8-sig")):
    b = os.path.basename(r["file"])
    if b in golden and int(r["page"]) in pages[b] and r["amount_yuan"]:
        items[b].append(r)

tot = collections.Counter()
print("document\tfacts\titems\tpaired\tprecision\trecall\tarea\tmeasure")
misses = collections.defaultdict(list)
for b, facts in golden.items():
    pool = collections.defaultdict(list)
    for r in items[b]:
        pool[(int(r["page"]), val(r["printed"]))].append(r)
    c = collections.Counter(facts=len(facts), items=len(items[b]))
    # Label-equal pairs first, then measure-equal, then any.
    left = list(facts)
    for rank in range(3):
        rest = []
        for x in left:
            cands = pool.get((x["page"], val(x["printed"])), [])
            pick = None
            for r in cands:
                lab = k(r["prefix"] + r["name"]) == k(x["label"])
                mea = measure(r) == x["measure"]
                if (rank == 0 and lab) or (rank == 1 and mea) or rank == 2:
                    pick = r
                    break
            if pick is None:
                rest.append(x)
                continue
            cands.remove(pick)
            c["paired"] += 1
            if pick["area"] == x["area"]:
                c["area"] += 1
            else:
                misses["area"].append((b[-24:], x["page"], x["label"], x["header_path"], x["area"], pick["area"]))
            if measure(pick) == x["measure"]:
                c["measure"] += 1
            else:
                misses["measure"].append((b[-24:], x["page"], x["label"], x["header_path"], x["measure"], measure(pick), pick["measure"], pick["header_path"]))
        left = rest
    for x in left:
        misses["recall"].append((b[-24:], x["page"], x["label"], x["header_path"], x["printed"]))
    for rs in pool.values():
        for r in rs:
            misses["precision"].append((b[-24:], r["page"], r["prefix"] + r["name"], r["header_path"], r["printed"], r["table_title"][:30]))
    tot.update(c)
    p = c["paired"]
    print(f"{b[-40:]}\t{c['facts']}\t{c['items']}\t{p}\t{p/max(1,c['items']):.4f}\t{p/max(1,c['facts']):.4f}\t{c['area']/max(1,p):.4f}\t{c['measure']/max(1,p):.4f}")
p = tot["paired"]
print(f"ALL\t{tot['facts']}\t{tot['items']}\t{p}\t{p/max(1,tot['items']):.4f}\t{p/max(1,tot['facts']):.4f}\t{tot['area']/max(1,p):.4f}\t{tot['measure']/max(1,p):.4f}")
if nmiss:
    for kind, ms in misses.items():
        cnt = collections.Counter(m[:2] + m[4:] if kind in ("area", "measure") else m[:2] for m in ms)
        print(f"## {kind}: {len(ms)}")
        for m in ms[:nmiss]:
            print(kind, *m, sep="\t")
