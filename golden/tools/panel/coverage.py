#!/usr/bin/env python3
"""Share of items of classified government tables with a code (issue 14, acceptance 1).

usage: coverage.py OUT_DIR [OUT_DIR...]   (directories written by `yusuan extract`)

Counts, per corpus (the directory above each file), items of the classified government kinds
(一般公共预算收入/支出, 政府性基金, 国有资本经营, 社会保险基金): all of them, and those that are
not totals or balance lines (合计, 总计, 上年结转 …, which no classification codes), with a code,
by code_source and level.
"""
import csv, collections, sys

KINDS = {f"gov_{b}_{s}" for b in ("gpb", "fund", "soe", "social_insurance")
         for s in ("revenue", "expenditure")}
TOTAL_WORDS = ("合计", "总计", "小计", "结转", "结余", "调入", "调出", "上解", "补助收入",
               "转贷", "总收入", "总支出", "预算稳定调节基金", "收入总额", "支出总额", "累计结余")

def is_total(name):
    return name == "" or any(w in name for w in TOTAL_WORDS)

def main(dirs):
    n = collections.Counter(); coded = collections.Counter()
    src = collections.Counter(); lvl = collections.Counter()
    for d in dirs:
        for r in csv.DictReader(open(f"{d}/items.csv", encoding="utf-8-sig")):
            corpus = r["file"].split("/")[-2]
            if r["table_kind"] not in KINDS:
                continue
            side = "expenditure" if r["table_kind"].endswith("expenditure") else "revenue"
            for k in [(corpus, "all", side), (corpus, "rows", side)] if not is_total(r["name"]) else [(corpus, "all", side)]:
                n[k] += 1
                if r["code"]:
                    coded[k] += 1
            if r["code"]:
                src[(corpus, r["code_source"])] += 1
                lvl[(corpus, r["code_level"])] += 1
    print("corpus\tscope\tside\titems\twith code\tshare")
    for k in sorted(n):
        print(f"{k[0]}\t{k[1]}\t{k[2]}\t{n[k]}\t{coded[k]}\t{coded[k]/n[k]:.1%}")
    for corpus in sorted({k[0] for k in n}):
        for scope in ("all", "rows"):
            tot = sum(v for k, v in n.items() if k[0] == corpus and k[1] == scope)
            c = sum(v for k, v in coded.items() if k[0] == corpus and k[1] == scope)
            print(f"{corpus}\t{scope}\tboth\t{tot}\t{c}\t{c/max(tot,1):.1%}")
    print("code_source:", dict(src))
    print("level:", dict(lvl))

main(sys.argv[1:])
