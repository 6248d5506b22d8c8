#!/usr/bin/env python3
"""Share of items of classified government tables with a code (issue 14, acceptance 1).

usage: coverage.py [--uncoded N] OUT_DIR [OUT_DIR...]   (directories written by `yusuan extract`)

Which items count: items.csv rows of city/ and gov/ (the directory above each file) whose
table_kind is one of the classified government kinds (gov_{gpb,fund,soe,social_insurance}_
{revenue,expenditure}) and whose amount_yuan is set (percentage items, amount_yuan empty, are
no amounts and are left out). One item is one printed amount, so a row of four columns counts
four times.

Every item is put in one class (the first that applies), and the share is quoted three ways:
  all          every item;
  no totals    without total lines (合计, 总计, 小计, 收入/支出 alone …): a total has no national
               code, a code there would be wrong;
  subjects     subject lines only: also without aggregate lines (a template line summing several
               national codes with none of its own: 上级补助收入 of a general budget) and empty
               labels (the table layer lost the label column).
Total and aggregate lines are the items.csv column `line_role` (total, aggregate) where the
output has it; an older output without it is classed by the names below (no aggregates), and
the two are compared where both exist.
Uncoded items are further split by class (social insurance, balance/transfer lines, other) and
the N most frequent uncoded names are printed with --uncoded N.
"""
import collections
import csv
import sys

KINDS = {f"gov_{b}_{s}" for b in ("gpb", "fund", "soe", "social_insurance")
         for s in ("revenue", "expenditure")}
# A total line: the sum of the rows above it (or of the funds, or of both budgets).
TOTAL_ENDS = ("合计", "总计", "小计", "总额", "累计")
TOTAL_NAMES = {"收入", "支出", "总收入", "总支出", "本年收入", "本年支出", "收入总计", "支出总计"}
# Balance and transfer lines: 转移性收入/支出 (110 / 230) and the balance of a budget.
BALANCE_WORDS = ("结转", "结余", "调入", "调出", "上解", "补助", "转贷", "转移", "预算稳定调节基金",
                 "债务收入", "还本", "周转金", "援助", "返还")


def clean(name):
    return "".join(name.split()).rstrip("等")


def named_total(name):
    return name.endswith(TOTAL_ENDS) or name in TOTAL_NAMES or "合计" in name


def item_class(r):
    name = clean(r["name"])
    if name == "" or name == "-":
        return "empty label"
    role = r.get("line_role")
    if role in ("total", "aggregate"):
        return role
    if role is None and named_total(name):
        return "total"
    if any(w in name for w in BALANCE_WORDS):
        return "balance/transfer"
    if r["table_kind"].startswith("gov_social_insurance"):
        return "social insurance"
    if r["table_kind"].startswith("gov_soe"):
        return "soe"
    return "other"


def main(argv):
    top = 0
    if argv[:1] == ["--uncoded"]:
        top, argv = int(argv[1]), argv[2:]
    n = collections.Counter()
    coded = collections.Counter()
    src = collections.Counter()
    uncoded = collections.Counter()
    names = collections.Counter()
    disagree = collections.Counter()
    for d in argv:
        for r in csv.DictReader(open(f"{d}/items.csv", encoding="utf-8-sig")):
            corpus = r["file"].split("/")[-2]
            if corpus not in ("city", "gov") or r["table_kind"] not in KINDS or not r["amount_yuan"]:
                continue
            cls = item_class(r)
            if "line_role" in r and clean(r["name"]) not in ("", "-") \
                    and (r["line_role"] == "total") != named_total(clean(r["name"])):
                disagree[(r["line_role"], clean(r["name"]))] += 1
            n[(corpus, cls)] += 1
            if r["code"]:
                coded[(corpus, cls)] += 1
                src[(corpus, r["code_source"])] += 1
            else:
                uncoded[(corpus, cls)] += 1
                names[(corpus, cls, clean(r["name"]))] += 1
    print("corpus\tclass\titems\twith code\tshare")
    for k in sorted(n):
        print(f"{k[0]}\t{k[1]}\t{n[k]}\t{coded[k]}\t{coded[k] / n[k]:.1%}")
    print("\ncorpus\tscope\titems\twith code\tshare")
    for corpus in sorted({k[0] for k in n}):
        for scope, drop in (("all", ()), ("no totals", ("total",)),
                            ("subjects", ("total", "aggregate", "empty label"))):
            tot = sum(v for k, v in n.items() if k[0] == corpus and k[1] not in drop)
            c = sum(v for k, v in coded.items() if k[0] == corpus and k[1] not in drop)
            print(f"{corpus}\t{scope}\t{tot}\t{c}\t{c / max(tot, 1):.1%}")
    print("\ncode_source:", dict(sorted(src.items())))
    print("uncoded:", dict(sorted(uncoded.items())))
    if disagree:
        print("line_role total vs names above:", dict(disagree.most_common(10)))
    for (corpus, cls, name), v in names.most_common(top):
        print(f"{v}\t{corpus}\t{cls}\t{name}")


main(sys.argv[1:])
