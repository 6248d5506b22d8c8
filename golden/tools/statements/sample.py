#!/usr/bin/env python3
"""Draw the precision sample of statements.csv: 200 rows, 166 city, 25 dept2026, 9 dept (the
proportions of samples s19 and s20), with random.seed(SEED), for judging by hand.

    python3 golden/tools/statements/sample.py SEED OUT [--sure] > golden/statements/precision-sample-sSEED.tsv

With --sure, only rows whose `doubt` column is empty are drawn (the rows an analyst keeps when
leaving out those in doubt; stop 38 on).

OUT holds one extract per corpus (OUT/city/statements.csv, OUT/dept2026/…, OUT/dept/…) or one
extract of all (OUT/statements.csv): rows are taken by the corpus in their `file` path. The
judgement and note columns are left empty for the reader."""
import csv
import os
import random
import sys

SIZES = [("city", 166), ("dept2026", 25), ("dept", 9)]
COLUMNS = ["subject", "measure", "year", "printed", "unit", "comparison", "change_yuan",
           "rate", "base", "base_year", "completion", "share", "sentence"]


def rows(out):
    paths = [os.path.join(out, "statements.csv")]
    paths += [os.path.join(out, c, "statements.csv") for c, _ in SIZES]
    for p in paths:
        if os.path.exists(p):
            with open(p, newline="", encoding="utf-8") as f:
                yield from csv.DictReader(f)


def corpus(row):
    parts = row["file"].replace("\\", "/").split("/")
    return parts[parts.index("corpus") + 1] if "corpus" in parts else ""


def main():
    seed, out = int(sys.argv[1]), sys.argv[2]
    sure = "--sure" in sys.argv[3:]
    by = {c: [] for c, _ in SIZES}
    for r in rows(out):
        if corpus(r) in by and not (sure and r.get("doubt")):
            by[corpus(r)].append(r)
    random.seed(seed)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["n", "judgement", "note", "corpus", "doc_id", "page", "sentence_no"] + COLUMNS)
    n = 0
    for c, k in SIZES:
        for r in random.sample(by[c], k):
            n += 1
            w.writerow([n, "", "", c, r["doc_id"], r["page"], r["sentence_no"]]
                       + [r[x].replace("\t", " ").replace("\n", " ") for x in COLUMNS])


if __name__ == "__main__":
    main()
