# drafting aid: checks for the Guangzhou 表1-表12 template, rows found by label
import os, sys, json, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from specio import *
import build as B
P, what = sys.argv[1:3]
s = load(P)
s.update(city="广州", family="empty Creator/Producer; borders are thin filled polygons (m l l l h f)", what=what)
# the narrative table (重点项目绩效目标) is its own table, not part of 表12
newt = []
for t in s["tables"]:
    parts = t["parts"]
    if len(parts) > 1 and parts[-1]["page"] - parts[-2]["page"] > 1:
        extra = parts.pop()
        t["notes"] = t["notes"][:1]
        newt.append((t, {"parts": [extra], "title": None, "form_no": None, "unit": "万元", "body": None, "header_rows": 1, "notes": ["注：无。"], "checks": []}))
    else:
        newt.append((t, None))
s["tables"] = [x for t, e in newt for x in ([t, e] if e else [t])]
d = json.load(open(f"/tmp/g26/{P.split('/')[-1][:-5]}/draft.json"))
tabs = []
for t in s["tables"]:
    cells, nr, nc = B.assemble(t, d, {})
    tabs.append((t, B.Grid(cells), nr, nc))
def find(g, nr, text, col):
    return next(r for r in range(nr) if g.text(r, col) == text)
idx = {}
for k, (t, g, nr, nc) in enumerate(tabs):
    L = nr - 1
    title = t["title"] or ""
    ck = []
    if t["form_no"] == "表1":
        t["title"] = "收支总体情况表"
        a = find(g, nr, "本年收入合计", 0); b = find(g, nr, "收入总计", 0)
        ck = [{"op": "sum", "name": "本年收入合计", "row": a, "col": 1, "rows": [2, a - 1]},
              {"op": "sum", "name": "本年支出合计", "row": a, "col": 3, "rows": [2, a - 1]},
              {"op": "sum", "name": "收入总计", "row": b, "col": 1, "rows": [a, b - 1]},
              {"op": "sum", "name": "支出总计", "row": b, "col": 3, "rows": [a, b - 1]},
              {"op": "eq", "name": "收入总计 = 支出总计", "a": [b, 1], "b": [b, 3]}]
    elif t["form_no"] == "表2":
        ck = [{"op": "rowsum", "name": "合计 = Σ sources", "total": 1, "parts": list(range(2, 13))},
              {"op": "sum", "name": "合计 row = Σ units", "row": 2, "cols": list(range(1, 13)), "rows": list(range(3, nr)) if nr - 3 != 2 else f"3,4"}]
    elif t["form_no"] == "表3":
        ck = [{"op": "tree", "name": "功能分类", "code_col": 0, "cols": [2, 3, 4, 5, 6, 7], "total": 2},
              {"op": "rowsum", "name": "合计 = 基本 + 项目 + 经营 + 对附属 + 上缴", "total": 2, "parts": [3, 4, 5, 6, 7]}]
    elif t["form_no"] == "表4":
        a = find(g, nr, "本年收入合计", 0); b = find(g, nr, "收入总计", 0)
        ck = [{"op": "sum", "name": "本年收入合计", "row": a, "col": 1, "rows": [2, 4]},
              {"op": "sum", "name": "本年支出合计", "row": a, "col": 3, "rows": [2, a - 1]},
              {"op": "sum", "name": "收入总计", "row": b, "col": 1, "rows": [a, b - 1]},
              {"op": "sum", "name": "支出总计", "row": b, "col": 3, "rows": [a, b - 1]},
              {"op": "eq", "name": "收入总计 = 支出总计", "a": [b, 1], "b": [b, 3]}]
    elif t["form_no"] == "表5":
        ck = [{"op": "tree", "name": "功能分类", "code_col": 0, "cols": [1, 2, 3], "total": 2},
              {"op": "rowsum", "name": "小计 = 基本 + 项目", "total": 1, "parts": [2, 3]}]
    elif t["form_no"] in ("表6", "表7"):
        ck = [{"op": "tree", "name": "经济分类", "code_col": 0, "cols": [1], "total": 1}]
    elif t["form_no"] == "表8":
        ck = [{"op": "rowsum", "name": "合计 = 一般公共 + 基金 + 国资", "total": 1, "parts": [2, 3, 4]},
              {"op": "sum", "name": "“三公” = 出国 + 公务用车 + 接待", "row": 2, "cols": [1, 2, 3, 4], "rows": [3, 4, 7]},
              {"op": "sum", "name": "公务用车 = 购置 + 运行", "row": 4, "cols": [1, 2, 3, 4], "rows": [5, 6]}]
    elif t["form_no"] in ("表9", "表10"):
        ck = [{"op": "rowsum", "name": "小计 = 基本 + 项目", "total": 2, "parts": [3, 4]}]
    elif t["form_no"] == "表11":
        units = [r for r in range(3, nr) if not re.match(r"^(工资福利支出|商品和服务支出|对个人和家庭的补助|资本性支出|.*支出)$", g.text(r, 0))]
        ck = [{"op": "rowsum", "name": "总计 = 财政拨款 + 专户 + 其他", "total": 1, "parts": [2, 6, 7]},
              {"op": "rowsum", "name": "财政拨款合计 = 一般公共 + 基金 + 国资", "total": 2, "parts": [3, 4, 5]},
              {"op": "sum", "name": "合计 = Σ 单位", "row": 2, "cols": list(range(1, 8)), "rows": units if len(units) != 2 else f"{units[0]},{units[1]}"}]
        for i, u in enumerate(units):
            end = (units[i + 1] if i + 1 < len(units) else nr) - 1
            ck.append({"op": "sum", "name": f"{g.text(u, 0)} = Σ 经济分类类", "row": u, "cols": list(range(1, 8)), "rows": [u + 1, end]})
    elif t["form_no"] == "表12":
        units = [r for r in range(3, nr) if g.text(r, nc - 1) == ""]
        ck = [{"op": "rowsum", "name": "总计 = 财政拨款 + 专户 + 其他", "total": 1, "parts": [2, 6, 7], "rows": [2, L]},
              {"op": "rowsum", "name": "财政拨款合计 = 一般公共 + 基金 + 国资", "total": 2, "parts": [3, 4, 5], "rows": [2, L]},
              {"op": "sum", "name": "合计 = Σ 单位", "row": 2, "cols": list(range(1, 8)), "rows": units if len(units) != 2 else f"{units[0]},{units[1]}"}]
        for i, u in enumerate(units):
            end = (units[i + 1] if i + 1 < len(units) else nr) - 1
            ck.append({"op": "sum", "name": f"{g.text(u, 0)} = Σ 项目", "row": u, "cols": list(range(1, 8)), "rows": [u + 1, end] if end > u + 1 else [u + 1]})
    if t["form_no"]:
        idx[t["form_no"]] = k
    t["checks"] = ck
save(s, P)
print("written", P)
