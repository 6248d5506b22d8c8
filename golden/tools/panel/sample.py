#!/usr/bin/env python3
"""A random sample of matched codes for the hand check (issue 14 acceptance 1).

usage: sample.py OUT_DIR N SEED > golden/panel/matched-sample.tsv

Draws N rows (one per table row: the row's first item) uniformly from all rows that got a
matched code in city/ and gov/, and prints for each: where it is, the printed label, the
labels printed above it (the nearest rows, so the parent in the table's hierarchy can be
read), the code, the classification's name and parent's name. Automatic evidence, to be
confirmed by eye: `name` says whether the printed name equals the classification's name
(by key, or with 支出/收入 added, or an alias); `parent` whether the nearest row above that got
a code of the parent's level carries the parent code.
"""
import csv, json, os, random, sys, re, unicodedata

out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = os.path.dirname(os.path.abspath(__file__))
cls = {}
for r in csv.DictReader(open(os.path.join(root, "../../../data/classification/classification.csv"))):
    cls.setdefault((r["classification"], r["code"]), []).append(r)
# Codes the corpora print by name only (data/classification/reference.csv), as the matcher has them.
for r in csv.DictReader(open(os.path.join(root, "../../../data/classification/reference.csv"))):
    cls.setdefault((r["classification"], r["code"]), []).append(r)
aliases = {}
for r in csv.DictReader(open(os.path.join(root, "../../../data/classification/aliases.csv"))):
    aliases.setdefault((r["classification"], r["code"]), set()).add(r["alias"])

def key(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"\(注\d*\)$|注\d+$|\((款|项|类)\)$", "", s)
    return s.replace('"', "").replace("“", "").replace("”", "")

rows = []
docs = {r["doc_id"]: r for r in csv.DictReader(open(f"{out}/documents.csv"))}
for doc_id, d in docs.items():
    corpus = d["file"].split("/")[-2]
    if corpus not in ("city", "gov"):
        continue
    p = f"{out}/json/{doc_id}.json"
    if not os.path.exists(p):
        continue
    rec = json.load(open(p))
    a = rec.get("analysis") or {}
    for ti, t in enumerate(a.get("tables", [])):
        seen = set()
        items = sorted(t["items"], key=lambda i: (i["row"], i["col"]))
        labelled = []  # (row, prefix+name, code)
        for i in items:
            if i["row"] in seen:
                continue
            seen.add(i["row"])
            labelled.append((i["row"], i["prefix"] + i["name"], i["code"], i.get("code_source", ""), i["classification"]))
        for k, (row, label, code, src, klass) in enumerate(labelled):
            if src != "matched":
                continue
            above = [l for l in labelled[max(0, k - 3):k]]
            parent_code = code[:-2] if len(code) > 3 else ""
            pc = next((c for (_, _, c, _, _) in reversed(labelled[:k]) if len(c) == len(parent_code) and c), "")
            rows.append(dict(corpus=corpus, file=os.path.basename(d["file"]), page=next(i["page"] for i in items if i["row"] == row),
                             table=t["table"].get("title") or "", kind=t["kind"], label=label,
                             above=" | ".join(l[1] for l in above), code=code, cls=klass,
                             year=a.get("year"), parent_code=parent_code, parent_above=pc))
random.seed(seed)
sample = random.sample(rows, min(n, len(rows)))
print(f"# {len(rows)} matched rows in city/ and gov/; {len(sample)} drawn (seed {seed})", file=sys.stderr)
w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
w.writerow(["corpus", "file", "page", "table_kind", "table", "rows_above", "label", "code",
            "canonical", "parent_code", "parent_name", "name_check", "parent_check", "verdict"])
for r in sample:
    ents = cls.get((r["cls"], r["code"]), [])
    names = {key(e["name"]) for e in ents} | {key(a) for a in aliases.get((r["cls"], r["code"]), ())}
    lab = re.sub(r"^(其中[:：]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])+", "", r["label"])
    k = key(lab)
    name_ok = k in names or k + "支出" in names or k + "收入" in names or (k.endswith("事务") and k[:-2] + "支出" in names)
    pents = cls.get((r["cls"], r["parent_code"]), [])
    if not r["parent_code"]:
        parent_ok = "类"
    elif r["parent_above"] == r["parent_code"]:
        parent_ok = "parent above"
    elif r["parent_above"]:
        parent_ok = f"row above has {r['parent_above']}"
    else:
        parent_ok = "no coded parent above"
    canon = ents[-1]["name"] if ents else ""
    w.writerow([r["corpus"], r["file"], r["page"], r["kind"], r["table"], r["above"], r["label"], r["code"],
                canon, r["parent_code"], pents[-1]["name"] if pents else "", "same" if name_ok else "DIFFERS", parent_ok, ""])
