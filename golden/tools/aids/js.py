# drafting aid: arithmetic checks for the Jiangsu (苏州/无锡) 公开01-13表 template, rows found by label
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from specio import *
import build as B
P, city, family, what = sys.argv[1:5]
s = load(P)
s.update(city=city, family=family, what=what)
d = json.load(open(f"/tmp/g26/{P.split('/')[-1][:-5]}/draft.json"))
tabs = []
for t in s["tables"]:
    cells, nr, nc = B.assemble(t, d, {})
    g = B.Grid(cells); tabs.append((t, g, nr, nc))
def row(g, nr, text, col=None):
    for r in range(nr):
        for c in ([col] if col is not None else range(4)):
            try:
                if g.text(r, c) == text: return r
            except KeyError: pass
    raise KeyError(text)
def rowp(g, nr, prefix, col):
    return next(r for r in range(nr) if g.text(r, col).startswith(prefix))
out = []
for k, (t, g, nr, nc) in enumerate(tabs):
    title = t["title"]; L = nr - 1; ck = []
    if title == "收支总表":
        a = row(g, nr, "本年收入合计", 0); b = row(g, nr, "收入总计", 0)
        ck = [{"op": "sum", "name": "本年收入合计", "row": a, "col": 1, "rows": [2, a - 1]},
              {"op": "sum", "name": "本年支出合计", "row": a, "col": 3, "rows": [2, a - 1]},
              {"op": "sum", "name": "收入总计", "row": b, "col": 1, "rows": [a, b - 1]},
              {"op": "sum", "name": "支出总计", "row": b, "col": 3, "rows": [a, b - 1]},
              {"op": "eq", "name": "收入总计 = 支出总计", "a": [b, 1], "b": [b, 3]}]
    elif title == "收入总表":
        ck = [{"op": "rowsum", "name": "合计 = 本年收入小计 + 上年结转结余小计", "total": 2, "parts": [3, 13]},
              {"op": "rowsum", "name": "本年收入小计 = Σ sources", "total": 3, "parts": list(range(4, 13))},
              {"op": "rowsum", "name": "上年结转结余小计 = Σ sources", "total": 13, "parts": list(range(14, 19))}]
        units = [r for r in range(3, nr) if len(g.text(r, 0)) > 3]  # 单位 codes (6 digits) under 部门 codes (3)
        depts = [r for r in range(3, nr) if len(g.text(r, 0)) == 3]
        if depts:
            ck.append({"op": "sum", "name": "合计 = Σ 部门", "row": 2, "cols": list(range(2, 19)), "rows": depts})
            for dd in depts:
                kids = [r for r in units if g.text(r, 0).startswith(g.text(dd, 0))]
                ck.append({"op": "sum", "name": f"部门 {g.text(dd, 0)} = Σ 单位", "row": dd, "cols": list(range(2, 19)), "rows": kids})
        else:
            ck.append({"op": "sum", "name": "合计 = Σ 单位", "row": 2, "cols": list(range(2, 19)), "rows": units})
    elif title == "支出总表":
        ck = [{"op": "tree", "name": "功能分类", "code_col": 0, "cols": [2, 3, 4, 5, 6, 7], "total": 1},
              {"op": "rowsum", "name": "合计 = 基本 + 项目 + 经营 + 上缴 + 对附属", "total": 2, "parts": [3, 4, 5, 6, 7]}]
    elif title == "财政拨款收支总表":
        c = row(g, nr, "二、上年结转", 0); e = row(g, nr, "收入总计", 0); f = rowp(g, nr, "二、年终结转", 2)
        ck = [{"op": "sum", "name": "本年收入", "row": 2, "col": 1, "rows": [3, c - 1]},
              {"op": "sum", "name": "上年结转", "row": c, "col": 1, "rows": [c + 1, c + 3]},
              {"op": "sum", "name": "本年支出", "row": 2, "col": 3, "rows": [3, f - 1]},
              {"op": "cells", "name": "收入总计 = 本年收入 + 上年结转", "cell": [e, 1], "of": [[2, 1], [c, 1]]},
              {"op": "cells", "name": "支出总计 = 本年支出 + 年终结转结余", "cell": [e, 3], "of": [[2, 3], [f, 3]]},
              {"op": "eq", "name": "收入总计 = 支出总计", "a": [e, 1], "b": [e, 3]}]
    elif title in ("财政拨款支出表（功能科目）", "一般公共预算支出表"):
        ck = [{"op": "tree", "name": "功能分类", "code_col": 0, "cols": [2, 3, 4, 5, 6], "total": 2},
              {"op": "rowsum", "name": "合计 = 基本 + 项目", "total": 2, "parts": [3, 6]},
              {"op": "rowsum", "name": "基本 = 人员 + 公用", "total": 3, "parts": [4, 5]}]
    elif title in ("财政拨款基本支出表（经济科目）", "一般公共预算基本支出表"):
        ck = [{"op": "tree", "name": "经济分类", "code_col": 0, "cols": [2, 3, 4], "total": 2},
              {"op": "rowsum", "name": "合计 = 人员 + 公用", "total": 2, "parts": [3, 4]}]
    elif title.startswith("一般公共预算“三公”"):
        ck = [{"op": "cells", "name": "“三公”合计 = 出国 + 公务用车 + 接待", "cell": [2, 0], "of": [[2, 1], [2, 2], [2, 5]]},
              {"op": "cells", "name": "公务用车 = 购置 + 运行维护", "cell": [2, 2], "of": [[2, 3], [2, 4]]}]
    elif title == "一般公共预算机关运行经费支出预算表":
        ck = [{"op": "tree", "name": "经济分类", "code_col": 0, "cols": [2], "total": 1}]
    elif title == "政府采购支出表":
        ck = [{"op": "rowsum", "name": "总计 = Σ 资金来源", "total": 9, "parts": [5, 6, 7, 8]}]
    has_num = any(B.re.match(r"^[\d,]+\.\d\d$", g.text(r, c)) for r in range(nr) for c in range(nc) if (r, c) in g.at)
    if not has_num:
        ck = []
    for c in t.get("checks", []):
        if c["op"] == "xeq": ck.append(c)
    t["checks"] = ck
    if title in ("政府性基金预算支出表",): t["header_rows"] = 2
    if title in ("国有资本经营预算支出预算表",): t["header_rows"] = 3
idx = {t["title"]: k for k, (t, g, nr, nc) in enumerate(tabs)}
def xe(src, name, a, dst, b):
    if src in idx and dst in idx and s["tables"][idx[src]]["checks"] and s["tables"][idx[dst]]["checks"]:
        s["tables"][idx[src]]["checks"].append({"op": "xeq", "name": name, "a": a, "b": [idx[dst]] + b})
tg = {t["title"]: (g, nr) for (t, g, nr, nc) in tabs}
if "收支总表" in tg:
    a = row(tg["收支总表"][0], tg["收支总表"][1], "本年收入合计", 0)
    xe("支出总表", "合计 = 收支总表 本年支出合计", [1, 2], "收支总表", [a, 3])
xe("一般公共预算基本支出表", "合计 = 一般公共预算支出表 基本支出小计", [2, 2], "一般公共预算支出表", [2, 3])
xe("一般公共预算机关运行经费支出预算表", "合计 = 一般公共预算基本支出表 公用经费", [1, 2], "一般公共预算基本支出表", [2, 4])
save(s, P)
print("written", P)
