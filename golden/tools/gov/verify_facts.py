#!/usr/bin/env python3
"""Cross-check the facts against poppler's words, page by page (recall and precision).

For every page of every golden table: the number words that `pdftotext -bbox` prints inside the
table's ruled frame, below its header rows and in a money column (not a ratio, term or rate column),
must be, as a multiset, exactly the printed texts of the facts of that table on that page. The frame,
header rows and columns come from the ruled grid (gridlib, pdfplumber); the words and the facts do
not depend on each other.

    /work/main/benches/.venv/bin/python golden/tools/gov/verify_facts.py [--corpus ../shared/corpus]
"""
import argparse
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import derive_facts  # noqa: E402
import gridlib  # noqa: E402
import pdfplumber  # noqa: E402
import specs  # noqa: E402

NUM = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(derive_facts.REPO, "..", "shared", "corpus"))
    a = ap.parse_args()
    total_w = total_f = bad = 0
    for dspec in specs.DOCS:
        name = os.path.basename(dspec["file"])[:-4] + ".json"
        facts = json.load(open(os.path.join(derive_facts.FACTS, name), encoding="utf-8"))["facts"]
        tables = json.load(open(os.path.join(derive_facts.TABLES, name), encoding="utf-8"))["tables"]
        pdf = os.path.join(a.corpus, dspec["file"])
        pl = pdfplumber.open(pdf)
        for ti, tspec in enumerate(dspec["tables"]):
            T = derive_facts.Table(tables[ti])
            skip = T.not_money_cols()
            for k, ps in enumerate(tspec["pages"]):
                g = gridlib.read_table_page(pdf, pl, ps["p"], ps, 0, None)
                hr = tspec["header_rows"] if k == 0 else ps.get("drop", 0)
                top = g["ys"][hr]
                x0, y0, x1, y1 = g["bbox"]
                xs = g["xs"]
                words = collections.Counter()
                for w in g["words"]:
                    t = unicodedata.normalize("NFKC", w.text)
                    if not (x0 <= w.cx <= x1 and top <= w.cy <= y1) or not NUM.match(t):
                        continue
                    col = max(i for i in range(len(xs) - 1) if xs[i] <= w.cx)
                    if col in skip:
                        continue
                    if col == tables[ti].get("label_col", 0) or col not in T.value_cols():
                        continue  # numbers in label or term columns (期限 10, 20 …) are not amounts
                    words[w.text] += 1
                fs = collections.Counter(f["printed"] for f in facts if f["golden_table"] == ti and f["page"] == ps["p"])
                total_w += sum(words.values())
                total_f += sum(fs.values())
                if words != fs:
                    bad += 1
                    print("%s %s p%d: words-only %s facts-only %s" % (name[:30], tspec["form_no"], ps["p"],
                                                                     dict(words - fs), dict(fs - words)))
    print("number words in money columns: %d; facts: %d; pages that differ: %d" % (total_w, total_f, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
