# drafting aid (not committed): a first spec for a 上海市2026年市级单位预算 document from its draft
import json, os, sys, re
stem = sys.argv[1]; city = "上海"
d = json.load(open(f"/tmp/g26/{stem}/draft.json"))
TITLES = ["财务收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "一般公共预算支出功能分类预算表",
          "政府性基金预算支出功能分类预算表", "国有资本经营预算支出功能分类预算表", "一般公共预算基本支出部门预算经济分类预算表",
          "“三公”经费和机关运行经费预算表"]
HEAD = [4, 3, 3, 2, 3, 3, 3, 3, 3]
tables = []
for pn in sorted(d["pages"], key=int):
    p = d["pages"][pn]
    for k, t in enumerate(p["tables"]):
        above = [l for l in p["lines"] if l["top"] < t["bbox"][1]]
        title = next((l["text"] for l in above if l["text"].startswith("2026年") and l["text"].endswith("表")), None)
        if title:
            i = next(i for i, s in enumerate(TITLES) if title.endswith(s) and (i != 1 or "收支" not in title) and (i != 2 or "收支" not in title and "功能" not in title))
            body = next((re.sub(r"^编制单位[:：]", "", l["text"]) for l in above if l["text"].startswith("编制单位")), None)
            unit = next((re.sub(r"^单位[:：]", "", l["text"]) for l in above if re.match(r"^单位[:：]", l["text"])), None)
            below = [l["text"] for l in p["lines"] if l["top"] > t["bbox"][3] and not re.match(r"^-?\d+-?$", l["text"])]
            tables.append({"parts": [{"page": int(pn), "table": k}], "title": title, "form_no": None, "unit": unit,
                           "body": body, "header_rows": HEAD[i], "notes": below, "kind": i, "n": t["n_rows"]})
        else:
            cur = tables[-1]
            first = d["pages"][str(cur["parts"][0]["page"])]["tables"][0]
            h = cur["header_rows"]
            hdr = sorted((c["row"], c["col"], c["text"]) for c in first["cells"] if c["row"] < h)
            mine = sorted((c["row"], c["col"], c["text"]) for c in t["cells"] if c["row"] < h)
            part = {"page": int(pn), "table": k}
            if hdr == mine: part["drop_head"] = h
            cur["parts"].append(part)
            cur["n"] += t["n_rows"] - part.get("drop_head", 0)
            cur["notes"] += [l["text"] for l in p["lines"] if l["top"] > t["bbox"][3] and not re.match(r"^-?\d+-?$", l["text"])]
out = []
for t in tables:
    n, i = t.pop("n"), t.pop("kind")
    last = n - 1
    ck = []
    if i == 0:
        ck = [{"op": "sum", "name": "财政拨款收入 = 一般公共 + 基金 + 国资", "row": 4, "col": 1, "rows": [5, 7]},
              {"op": "cells", "name": "收入总计 = 财政拨款 + 事业 + 经营 + 其他", "cell": [last, 1], "of": [[4, 1], [8, 1], [9, 1], [10, 1]]},
              {"op": "sum", "name": "支出总计 = Σ 支出功能类", "row": last, "cols": [3, 4, 5, 6], "rows": [4, last - 1]},
              {"op": "rowsum", "name": "合计 = 人员 + 公用 + 项目", "total": 3, "parts": [4, 5, 6]},
              {"op": "eq", "name": "收入总计 = 支出总计", "a": [last, 1], "b": [last, 3]}]
    elif i == 1:
        ck = [{"op": "tree", "name": "功能分类", "code_cols": [0, 1, 2], "cols": [4, 5, 6, 7, 8], "total": last},
              {"op": "rowsum", "name": "合计 = 财政拨款 + 事业 + 经营 + 其他", "total": 4, "parts": [5, 6, 7, 8]}]
    elif i in (2, 4, 5, 6):
        ck = [{"op": "tree", "name": "功能分类", "code_cols": [0, 1, 2], "cols": [4, 5, 6], "total": last},
              {"op": "rowsum", "name": "合计 = 基本 + 项目", "total": 4, "parts": [5, 6]}]
    elif i == 3:
        ck = [{"op": "sum", "name": "收入总计", "row": last, "col": 1, "rows": [2, last - 1]},
              {"op": "sum", "name": "支出总计", "row": last, "cols": [3, 4, 5, 6], "rows": [2, last - 1]},
              {"op": "rowsum", "name": "合计 = 一般公共 + 基金 + 国资", "total": 3, "parts": [4, 5, 6]},
              {"op": "eq", "name": "收入总计 = 支出总计", "a": [last, 1], "b": [last, 3]}]
    elif i == 7:
        ck = [{"op": "tree", "name": "经济分类", "code_cols": [0, 1], "cols": [3, 4, 5], "total": last},
              {"op": "rowsum", "name": "合计 = 人员 + 公用", "total": 3, "parts": [4, 5]}]
    elif i == 8:
        ck = [{"op": "cells", "name": "“三公”合计 = 出国 + 接待 + 公务用车", "cell": [3, 0], "of": [[3, 1], [3, 2], [3, 3]]},
              {"op": "cells", "name": "公务用车 = 购置 + 运行", "cell": [3, 3], "of": [[3, 4], [3, 5]]}]
    has_codes = any(re.match(r"^\d{3}$", c["text"]) for p in t["parts"] for c in d["pages"][str(p["page"])]["tables"][p["table"]]["cells"] if c["col"] == 0)
    nums = any(re.match(r"^[\d,.]+$", c["text"]) for p in t["parts"] for c in d["pages"][str(p["page"])]["tables"][p["table"]]["cells"])
    if not has_codes:
        ck = [c for c in ck if c["op"] != "tree"]
    if not nums:
        ck = []  # an empty table: nothing to add up
    t["checks"] = ck
    t["_last"] = last
    out.append(t)
L = [t.pop("_last") for t in out]
def has(i): return bool(out[i]["checks"])
if has(2) and has(0): out[2]["checks"].append({"op": "xeq", "name": "合计 = 财务收支预算总表 支出总计", "a": [L[2], 4], "b": [0, L[0], 3]})
if has(4) and has(3): out[4]["checks"].append({"op": "xeq", "name": "合计 = 财政拨款收支预算总表 一般公共预算支出", "a": [L[4], 4], "b": [3, L[3], 4]})
if has(7) and has(4): out[7]["checks"].append({"op": "xeq", "name": "合计 = 一般公共预算支出 基本支出", "a": [L[7], 3], "b": [4, L[4], 5]})
spec = {"file": f"dept2026/{stem}.pdf", "city": city, "family": sys.argv[2], "what": sys.argv[3], "tables": out, "resolved": []}
s = json.dumps(spec, ensure_ascii=False, indent=1)
# one check per line
s = re.sub(r'\{\n\s+"op"(.*?)\n\s+\}', lambda m: "{" + re.sub(r"\s*\n\s*", " ", '"op"' + m.group(1)) + "}", s, flags=re.S)
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "specs", stem + ".json"), "w").write(s + "\n")
