"""First guess of a spec from a draft, to be corrected by hand against the rendered pages.

    python golden/tools/propose.py ../shared/corpus/dept2026/<file>.pdf > golden/tools/specs/<stem>.json

Guesses: a table with caption lines above it starts a logical table, one without continues the
previous one (its leading rows equal to the first page's header rows are dropped); title = the
largest line above, form_no = a short 表N-like line, unit / body from 单位： / 单位名称：-like lines,
notes = 注-like lines under the table; header_rows = rows above the first row with a figure;
a `tree` check where a column carries subject codes. Everything is reviewed before use.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import g26lib as L  # noqa: E402

FIG = re.compile(r"^-?[\d,]+(\.\d+)?$")
BODY = re.compile(r"^(单位名称|部门名称|部门（单位）名称|部门\(单位\)|部门（单位）|编制部门|编制单位|预算单位|"
                  r"部门|单位)[:：](.+)$")
UNIT = re.compile(r"(金额)?单位[:：]\s*(元|万元|千元|亿元)$")
FORM = re.compile(r"^(表[\d一二三四五六七八九十\-－]+|公开\d+表|附表\d+|[A-Z]?\d{1,2}表)$")


def guess_header(t):
    for r in range(t["n_rows"]):
        if any(FIG.match(c["text"]) and c["row"] == r for c in t["cells"]):
            return r
    return 0


def main():
    pdf = sys.argv[1]
    stem = os.path.splitext(os.path.basename(pdf))[0]
    d = json.load(open(os.path.join("/tmp/g26", stem, "draft.json")))
    rel = os.path.relpath(os.path.abspath(pdf), os.path.abspath(
        os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus")))
    spec = {"file": rel, "city": None, "what": None, "tables": [], "resolved": []}
    cur = None
    for pn in sorted(d["pages"], key=int):
        p = d["pages"][pn]
        prev_bottom = 0
        for k, t in enumerate(p["tables"]):
            above = [ln for ln in p["lines"] if prev_bottom <= ln["top"] < t["bbox"][1]]
            nxt = p["tables"][k + 1]["bbox"][1] if k + 1 < len(p["tables"]) else p["height"]
            below = [ln for ln in p["lines"] if t["bbox"][3] <= ln["top"] < nxt]
            notes = []
            for ln in below:
                if ln["text"].startswith(("注", "说明", "备注")) or notes and \
                        ln["top"] - notes[-1]["bottom"] < 6:
                    notes.append(ln)
            title = form = unit = body = None
            for ln in above:
                s = ln["text"]
                if FORM.match(s):
                    form = s
                elif UNIT.search(s):
                    unit = UNIT.search(s).group(2)
                    b = BODY.match(s[:UNIT.search(s).start()])
                    body = body or (b and b.group(2))
                elif BODY.match(s):
                    body = BODY.match(s).group(2)
            cands = [ln for ln in above if not FORM.match(ln["text"]) and not UNIT.search(
                ln["text"]) and not BODY.match(ln["text"]) and "表" in ln["text"]]
            if cands:
                title = max(cands, key=lambda ln: (ln["size"], ln["top"]))["text"]
            if title or unit or cur is None:
                cur = {"parts": [{"page": int(pn), "table": k}], "title": title,
                       "form_no": form, "unit": unit, "body": body,
                       "header_rows": guess_header(t),
                       "notes": [ln["text"] for ln in notes], "checks": []}
                cols = [c for c in range(t["n_cols"]) if sum(
                    1 for c2 in t["cells"] if c2["col"] == c and re.match(
                        r"^\[?\d{3,7}\]?", c2["text"])) >= 3]
                if cols:
                    numcols = sorted({c["col"] for c in t["cells"] if FIG.match(c["text"])})
                    cur["checks"].append({"op": "tree", "name": "hierarchy", "code_col": cols[0],
                                          "rows": [cur["header_rows"], t["n_rows"] - 1],
                                          "cols": numcols, "total": None})
                spec["tables"].append(cur)
            else:
                first = spec["tables"][-1]
                h = first["header_rows"]
                fp = first["parts"][0]
                ft = d["pages"][str(fp["page"])]["tables"][fp["table"]]
                hdr = sorted((c["row"], c["col"], c["text"]) for c in ft["cells"] if c["row"] < h)
                mine = sorted((c["row"], c["col"], c["text"]) for c in t["cells"] if c["row"] < h)
                part = {"page": int(pn), "table": k}
                if h and hdr == mine:
                    part["drop_head"] = h
                cur["parts"].append(part)
                cur["notes"] += [ln["text"] for ln in notes]
            prev_bottom = t["bbox"][3]
    json.dump(spec, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
