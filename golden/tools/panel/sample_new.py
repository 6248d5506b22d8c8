#!/usr/bin/env python3
"""Draw a seeded sample of the codes a branch newly matches, for a hand check.

usage: sample_new.py BASE_OUT NEW_OUT N SEED > sample.tsv   (directories of `yusuan extract`)

An item is newly matched when, in city/ or gov/, it has an amount and a code in NEW_OUT that
differs from BASE_OUT's for the same (file, page, table, row, column, name, header path) —
gained or changed. N items are drawn uniformly (random.seed(SEED)); `fund_above` is the nearest
row above in the same table that carries the code's 款. `verdict` and `note` are left for the
reader.
"""
import collections
import csv
import random
import sys


def load(d):
    out = {}
    for r in csv.DictReader(open(f"{d}/items.csv", encoding="utf-8-sig")):
        corpus = r["file"].split("/")[-2]
        if corpus in ("city", "gov"):
            k = (corpus, r["file"].split("/")[-1], r["page"], r["table_id"], r["table_row"],
                 r["table_col"], r["name"], r["header_path"])
            out[k] = r
    return out


def main(base, new, n, seed):
    a, b = load(base), load(new)
    tables = collections.defaultdict(list)
    for k, r in b.items():
        tables[(k[1], k[3])].append(r)
    fresh = sorted(k for k, r in b.items()
                   if r["code"] and r["amount_yuan"] and r["code"] != a.get(k, {}).get("code"))
    print(f"{len(fresh)} newly matched items", file=sys.stderr)
    random.seed(int(seed))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["corpus", "file", "page", "table_title", "row", "col", "prefix", "name",
                "header_path", "printed", "code", "canonical_name", "baseline_code",
                "fund_above", "verdict", "note"])
    for k in random.sample(fresh, int(n)):
        r = b[k]
        above = sorted((int(x["table_row"]), x["name"]) for x in tables[(k[1], k[3])]
                       if int(x["table_row"]) < int(r["table_row"])
                       and len(x["code"]) == 5 and x["code"] == r["code"][:5])
        w.writerow([k[0], k[1], r["page"], r["table_title"], r["table_row"], r["table_col"],
                    r["prefix"], r["name"], r["header_path"], r["printed"], r["code"],
                    r["canonical_name"], a.get(k, {}).get("code", ""),
                    above[-1][1] if above else "", "", ""])


main(*sys.argv[1:5])
