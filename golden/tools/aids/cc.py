import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from specio import *
P = "golden/tools/specs/calinchow-del_renwu__chang-chun-shi-xin-fang-ju.json"
def T(page, n, title, form, header, checks, notes=()):
    return {"parts": [{"page": page, "rows": [2, n - 1]}], "title": title, "form_no": form, "unit": "万元",
            "body": "长春市信访局", "header_rows": header, "notes": list(notes), "checks": checks}
F = list(range(1, 4)); E = list(range(5, 8))
tabs = [
 T(6, 19, "收支总表（预算表1）", "预算表1", 2, [
   {"op": "rowsum", "name": "收入 本年预算 = 编制预算 + 上年结转", "total": 1, "parts": [2, 3], "rows": [2, 16]},
   {"op": "rowsum", "name": "支出 本年预算 = 编制预算 + 上年结转", "total": 5, "parts": [6, 7], "rows": [2, 16]},
   {"op": "sum", "name": "一、财政拨款收入 = Σ 三项拨款", "row": 2, "cols": F, "rows": [3, 5]},
   {"op": "sum", "name": "三、单位资金收入 = Σ 五项", "row": 7, "cols": F, "rows": [8, 12]},
   {"op": "sum", "name": "本年收入合计 = 一 + 二 + 三", "row": 14, "cols": F, "rows": [2, 6, 7]},
   {"op": "sum", "name": "本年支出合计 = Σ 支出功能类", "row": 14, "cols": E, "rows": [2, 13], "expect": ["col 5 row 14", "col 6 row 14"]},
   {"op": "sum", "name": "收入总计 = 本年收入合计", "row": 16, "cols": F, "rows": [14]},
   {"op": "sum", "name": "支出总计 = 本年支出合计 + 结转下年", "row": 16, "cols": E, "rows": [14, 15]},
   {"op": "eq", "name": "收入总计 = 支出总计", "a": [16, 1], "b": [16, 5]}]),
 T(7, 5, "收入总表(预算表2)", "预算表2", 2, [
   {"op": "rowsum", "name": "合计 = 编制预算小计 + 上年结转小计", "total": 2, "parts": [3, 13]},
   {"op": "rowsum", "name": "编制预算小计 = Σ 来源", "total": 3, "parts": list(range(4, 13))},
   {"op": "rowsum", "name": "上年结转小计 = Σ 来源", "total": 13, "parts": list(range(14, 19))},
   {"op": "xeq", "name": "合计 = 收支总表 收入总计", "a": [2, 2], "b": [0, 16, 1]}]),
 T(8, 20, "支出总表（预算表3）", "预算表3", 2, [
   {"op": "tree", "name": "功能分类", "code_col": 0, "cols": list(range(2, 11)), "total": 2, "expect": ["row 4 (20140) col 3", "total col 2 row 2", "total col 3 row 2", "total col 4 row 2"]},
   {"op": "rowsum", "name": "合计 = 当年预算小计 + 上年结转结余小计", "total": 2, "parts": [3, 7], "expect": ["row 6 col 2", "row 7 col 2"]},
   {"op": "rowsum", "name": "当年预算小计 = 基本 + 项目 + 经营", "total": 3, "parts": [4, 5, 6], "expect": ["row 6 col 3", "row 7 col 3"]},
   {"op": "rowsum", "name": "上年结转结余小计 = 基本 + 项目 + 经营", "total": 7, "parts": [8, 9, 10]}]),
 T(9, 12, "财政拨款收支总表(预算表4)", "预算表4", 2, [
   {"op": "rowsum", "name": "收入 本年预算 = 编制预算 + 上年结转", "total": 1, "parts": [2, 3], "rows": [2, 9]},
   {"op": "rowsum", "name": "支出 本年预算 = 编制预算 + 上年结转", "total": 5, "parts": [6, 7], "rows": [2, 9]},
   {"op": "sum", "name": "一、本年收入 = Σ 三项拨款", "row": 2, "cols": F, "rows": [3, 5]},
   {"op": "sum", "name": "一、本年支出 = Σ 支出功能类", "row": 2, "cols": E, "rows": [3, 7], "expect": ["col 5 row 2", "col 6 row 2"]},
   {"op": "sum", "name": "收入总计 = 本年收入", "row": 9, "cols": F, "rows": [2]},
   {"op": "sum", "name": "支出总计 = 本年支出 + 结转下年", "row": 9, "cols": E, "rows": "2,8"},
   {"op": "eq", "name": "收入总计 = 支出总计", "a": [9, 1], "b": [9, 5]}]),
 T(10, 21, "本年一般公共预算支出表（预算表5）", "预算表5", 3, [
   {"op": "tree", "name": "功能分类", "code_col": 0, "cols": list(range(2, 13)), "total": 3, "expect": ["total col 2 row 3", "total col 3 row 3", "total col 4 row 3", "total col 5 row 3"]},
   {"op": "rowsum", "name": "合计 = 当年预算小计 + 上年结转结余小计", "total": 2, "parts": [3, 8]},
   {"op": "rowsum", "name": "当年预算小计 = 基本小计 + 项目", "total": 3, "parts": [4, 7]},
   {"op": "rowsum", "name": "当年基本小计 = 人员 + 公用", "total": 4, "parts": [5, 6]},
   {"op": "rowsum", "name": "上年结转小计 = 基本小计 + 项目", "total": 8, "parts": [9, 12]},
   {"op": "rowsum", "name": "上年结转基本小计 = 人员 + 公用", "total": 9, "parts": [10, 11]},
   {"op": "xeq", "name": "合计 = 支出总表 合计", "a": [3, 2], "b": [2, 2, 2]}]),
 T(11, 33, "本年一般公共预算基本支出表(预算表6)", "预算表6", 2, [
   {"op": "tree", "name": "经济分类", "code_col": 0, "cols": list(range(2, 9)), "total": 2, "expect": ["row 3 (301) col 2", "row 13 (302) col 2", "row 3 (301) col 3", "row 13 (302) col 3", "row 3 (301) col 4", "row 13 (302) col 5", "total col 2 row 2", "total col 3 row 2", "total col 4 row 2"]},
   {"op": "rowsum", "name": "合计 = 当年预算小计 + 上年结转结余小计", "total": 2, "parts": [3, 6]},
   {"op": "rowsum", "name": "当年预算小计 = 人员 + 公用", "total": 3, "parts": [4, 5]},
   {"op": "rowsum", "name": "上年结转小计 = 人员 + 公用", "total": 6, "parts": [7, 8]},
   {"op": "xeq", "name": "合计 = 一般公共预算支出表 基本支出小计", "a": [2, 3], "b": [4, 3, 4]}]),
 T(12, 6, "本年一般公共预算“三公”经费支出表(预算表7)", "预算表7", 3, [
   {"op": "cells", "name": "“三公”合计 = 当年小计 + 上年结转小计", "cell": [3, 0], "of": [[3, 1], [3, 9]]},
   {"op": "cells", "name": "当年小计 = 出国 + 公务用车 + 接待", "cell": [3, 1], "of": [[3, 2], [3, 5], [3, 8]]},
   {"op": "cells", "name": "当年出国 = 因公出国 + 科研因公出国", "cell": [3, 2], "of": [[3, 3], [3, 4]]},
   {"op": "cells", "name": "当年公务用车 = 购置 + 运行", "cell": [3, 5], "of": [[3, 6], [3, 7]]},
   {"op": "cells", "name": "上年结转小计 = 出国 + 公务用车 + 接待", "cell": [3, 9], "of": [[3, 10], [3, 13], [3, 16]]},
   {"op": "xeq", "name": "公务接待费 = 基本支出表 30217", "a": [3, 8], "b": [5, 22, 2]},
   {"op": "xeq", "name": "公务用车运行费 = 基本支出表 30231", "a": [3, 7], "b": [5, 25, 2]}],
   notes=["说明：", "1、“本年预算数”的单位范围包括部门本级及所属0个预算单位。", "2、“本年预算数”的实有人员72人，其中：在职人员46人，离退休人员26人。"]),
 T(13, 7, "本年政府性基金预算支出表(预算表8)", "预算表8", 2, []),
 T(14, 10, "项目支出表(预算表9)", "预算表9", 2, [
   {"op": "rowsum", "name": "合计 = Σ 资金来源", "total": 4, "parts": list(range(5, 13))},
   {"op": "sum", "name": "类型 = 一级项目", "row": 2, "cols": list(range(4, 13)), "rows": [3]},
   {"op": "sum", "name": "一级项目 = Σ 二级项目", "row": 3, "cols": list(range(4, 13)), "rows": [4, 7]},
   {"op": "xeq", "name": "合计 = 一般公共预算支出表 项目支出", "a": [2, 4], "b": [4, 3, 7]}]),
 T(15, 10, "国有资本经营预算支出明细表(预算表10)", "预算表10", 3, []),
 T(16, 19, "长春市信访局2026年项目支出绩效目标表预算表（预算表11）", "预算表11", 1, [
   {"op": "xeq", "name": "2026年信访专项经费 = 项目支出表", "a": [1, 2], "b": [8, 4, 4]},
   {"op": "xeq", "name": "2026年信访接待中心运行费 = 项目支出表", "a": [5, 2], "b": [8, 5, 4]},
   {"op": "xeq", "name": "2026年驻京经费 = 项目支出表", "a": [9, 2], "b": [8, 6, 4]},
   {"op": "xeq", "name": "信访局临聘人员经费 = 项目支出表", "a": [13, 2], "b": [8, 7, 4]}]),
]
tabs[10]["body"] = None
save({"file": "dept2026/calinchow-del_renwu__chang-chun-shi-xin-fang-ju.pdf", "city": "长春", "family": "WPS 文字",
      "what": "长春市信访局（本级）2026年度部门预算公开 (部门预算, 21 pages)", "tables": tabs, "resolved": []}, P)
