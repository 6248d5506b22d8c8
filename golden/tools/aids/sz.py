import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from specio import *
P = "golden/tools/specs/calinchow-del_renwu__su-zhou-shi-ying-ji-guan-li-ju.json"
s = load(P)
s.update(city="苏州", family="WPS Office (11/12) + Aspose.Words for Java 19.5", what="苏州市应急管理局 2026年度部门预算公开 (部门预算, 34 pages)")
T = s["tables"]
T[0]["checks"] = [
 {"op": "sum", "name": "本年收入合计", "row": 32, "col": 1, "rows": [2, 10]},
 {"op": "sum", "name": "本年支出合计", "row": 32, "col": 3, "rows": [2, 31]},
 {"op": "sum", "name": "收入总计", "row": 34, "col": 1, "rows": [32, 33]},
 {"op": "sum", "name": "支出总计", "row": 34, "col": 3, "rows": [32, 33]},
 {"op": "eq", "name": "收入总计 = 支出总计", "a": [34, 1], "b": [34, 3]}]
T[1]["checks"] = [
 {"op": "rowsum", "name": "合计 = 本年收入小计 + 上年结转结余小计", "total": 2, "parts": [3, 13]},
 {"op": "rowsum", "name": "本年收入小计 = Σ sources", "total": 3, "parts": [4, 5, 6, 7, 8, 9, 10, 11, 12]},
 {"op": "rowsum", "name": "上年结转结余小计 = Σ sources", "total": 13, "parts": [14, 15, 16, 17, 18]},
 {"op": "sum", "name": "合计 = 部门", "row": 2, "cols": list(range(2, 19)), "rows": [3]},
 {"op": "sum", "name": "部门 = Σ 单位", "row": 3, "cols": list(range(2, 19)), "rows": [4]},
 {"op": "xeq", "name": "合计 = 收支总表 收入总计", "a": [2, 2], "b": [0, 34, 1]}]
T[2]["checks"] = [
 {"op": "tree", "name": "功能分类", "code_col": 0, "cols": [2, 3, 4, 5, 6, 7], "total": 1},
 {"op": "rowsum", "name": "合计 = 基本 + 项目 + 经营 + 上缴 + 对附属", "total": 2, "parts": [3, 4, 5, 6, 7]},
 {"op": "xeq", "name": "合计 = 收支总表 本年支出合计", "a": [1, 2], "b": [0, 32, 3]}]
T[3]["checks"] = [
 {"op": "sum", "name": "本年收入", "row": 2, "col": 1, "rows": [3, 5]},
 {"op": "sum", "name": "上年结转", "row": 6, "col": 1, "rows": [7, 9]},
 {"op": "sum", "name": "本年支出", "row": 2, "col": 3, "rows": [3, 32]},
 {"op": "cells", "name": "收入总计 = 本年收入 + 上年结转", "cell": [34, 1], "of": [[2, 1], [6, 1]]},
 {"op": "cells", "name": "支出总计 = 本年支出 + 年终结转结余", "cell": [34, 3], "of": [[2, 3], [33, 3]]},
 {"op": "eq", "name": "收入总计 = 支出总计", "a": [34, 1], "b": [34, 3]}]
for k in (4, 6):
    T[k]["checks"] = [
     {"op": "tree", "name": "功能分类", "code_col": 0, "cols": [2, 3, 4, 5, 6], "total": 2},
     {"op": "rowsum", "name": "合计 = 基本 + 项目", "total": 2, "parts": [3, 6]},
     {"op": "rowsum", "name": "基本 = 人员 + 公用", "total": 3, "parts": [4, 5]}]
T[4]["checks"].append({"op": "xeq", "name": "合计 = 财政拨款收支总表 本年支出", "a": [2, 2], "b": [3, 2, 3]})
T[6]["checks"].append({"op": "xeq", "name": "合计 = 财政拨款收支总表 一般公共预算拨款", "a": [2, 2], "b": [3, 3, 1]})
for k in (5, 7):
    T[k]["checks"] = [
     {"op": "tree", "name": "经济分类", "code_col": 0, "cols": [2, 3, 4], "total": 2},
     {"op": "rowsum", "name": "合计 = 人员 + 公用", "total": 2, "parts": [3, 4]}]
T[5]["checks"].append({"op": "xeq", "name": "合计 = 财政拨款支出表 基本支出", "a": [2, 2], "b": [4, 2, 3]})
T[7]["checks"].append({"op": "xeq", "name": "合计 = 一般公共预算支出表 基本支出", "a": [2, 2], "b": [6, 2, 3]})
T[8]["checks"] = [
 {"op": "cells", "name": "“三公”合计 = 出国 + 公务用车 + 接待", "cell": [2, 0], "of": [[2, 1], [2, 2], [2, 5]]},
 {"op": "cells", "name": "公务用车 = 购置 + 运行维护", "cell": [2, 2], "of": [[2, 3], [2, 4]]},
 {"op": "xeq", "name": "公务接待费 = 基本支出表 30217", "a": [2, 5], "b": [7, 23, 2]},
 {"op": "xeq", "name": "会议费 = 基本支出表 30215", "a": [2, 6], "b": [7, 22, 2]}]
T[9]["header_rows"] = 2
T[9]["checks"] = []
T[10]["header_rows"] = 3
T[10]["checks"] = []
T[11]["checks"] = [
 {"op": "tree", "name": "经济分类", "code_col": 0, "cols": [2], "total": 1},
 {"op": "xeq", "name": "合计 = 一般公共预算基本支出表 公用经费", "a": [1, 2], "b": [7, 2, 4]}]
T[12]["checks"] = [
 {"op": "rowsum", "name": "总计 = Σ 资金来源", "total": 9, "parts": [5, 6, 7, 8]},
 {"op": "sum", "name": "合计 = 服务", "row": 2, "cols": [5, 6, 7, 8, 9], "rows": [3]},
 {"op": "sum", "name": "服务 = 单位", "row": 3, "cols": [5, 6, 7, 8, 9], "rows": [4]},
 {"op": "sum", "name": "单位 = Σ 品目", "row": 4, "cols": [5, 6, 7, 8, 9], "rows": [5]}]
save(s, P)
