#!/usr/bin/env python3
"""Carry the judgements of the hand-checked samples over to a new extract.

    python3 golden/tools/statements/carry.py OUT [--list fixed|lost] [SEED ...]

A judged row (golden/statements/precision-sample-sN.tsv, tuning-sample-sN.tsv) is found in
OUT/statements.csv by its document, page, printed figure, unit and sentence. When every judged
field (subject, measure, year, comparison, change, rate, base, base year, completion, share) is
unchanged, its judgement still holds; when a field changed, or the row is gone, it must be
judged again. Per sample: rows unchanged (right / wrong), changed, gone. A rule's effect on the
judged rows is read here before anyone judges a fresh sample: a wrong row that changed or went
is a candidate fix, a right row that changed or went a candidate loss (`--list fixed`, `--list
lost` print them with the fields that changed).
Never a precision figure: the samples were drawn from older trees and their wrong rows are what
the rules were tuned on."""
import csv
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "statements")
FIELDS = ["subject", "measure", "year", "comparison", "change_yuan", "rate", "base",
          "base_year", "completion", "share"]


def clean(s):
    return (s or "").replace("\t", " ").replace("\n", " ")


def key(r):
    return (r["doc_id"], r["page"], r["printed"], r["unit"], clean(r["sentence"]))


def extract(out):
    rows = {}
    for p in [os.path.join(out, "statements.csv")] + glob.glob(os.path.join(out, "*", "statements.csv")):
        if os.path.exists(p):
            with open(p, newline="", encoding="utf-8") as f:
                for r in csv.DictReader(f):
                    rows.setdefault(key(r), []).append(r)
    return rows


def samples(seeds):
    for p in sorted(glob.glob(os.path.join(SAMPLES, "*-sample-s*.tsv"))):
        seed = p.rsplit("-s", 1)[1].removesuffix(".tsv")
        if not seeds or seed in seeds:
            yield seed, p


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out, listing, seeds = args[0], None, []
    rest = args[1:]
    while rest:
        a = rest.pop(0)
        if a == "--list":
            listing = rest.pop(0)
        else:
            seeds.append(a)
    now = extract(out)
    total = {"right": 0, "wrong": 0, "changed": 0, "gone": 0}
    print("sample\tright\twrong\tchanged\tgone")
    for seed, path in samples(seeds):
        count = {"right": 0, "wrong": 0, "changed": 0, "gone": 0}
        with open(path, newline="", encoding="utf-8") as f:
            for j in csv.DictReader(f, delimiter="\t"):
                if j["judgement"] not in ("right", "wrong"):
                    continue
                found = now.get(key(j), [])
                same = [r for r in found if all(clean(r[k]) == j[k] for k in FIELDS)]
                state = j["judgement"] if same else ("changed" if found else "gone")
                count[state] += 1
                moved = state in ("changed", "gone")
                wanted = {"fixed": "wrong", "lost": "right"}.get(listing)
                if moved and j["judgement"] == wanted:
                    now_fields = "; ".join(
                        f"{k}={found[0][k]}" for k in FIELDS if found and clean(found[0][k]) != j[k])
                    print(f"  s{seed} {j['n']} [{j['judgement']}] {j['subject']} -> {now_fields or state}"
                          f" | {j['note'][:100]}")
        print(f"s{seed}\t{count['right']}\t{count['wrong']}\t{count['changed']}\t{count['gone']}")
        for k in total:
            total[k] += count[k]
    print(f"all\t{total['right']}\t{total['wrong']}\t{total['changed']}\t{total['gone']}")


if __name__ == "__main__":
    main()
