import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from specio import *
P = "golden/tools/specs/non-budget/calinchow-del_renwu__bao-tou-shi-zheng-fu-ban-gong-ting.json"
def T(parts, title, form, header, checks=(), notes=(), **kw):
    d = {"parts": parts, "title": title, "form_no": form, "unit": None, "body": None, "header_rows": header,
         "notes": list(notes), "checks": list(checks)}
    d.update(kw); return d
tabs = [
 T([{"page": 13}], "表1建筑垃圾污染环境防治工作规划分项指标", "表1", 1,
   notes=["注释：", "资源化利用率：建筑垃圾经处理转化为有用物质的方法。目前资源化利用率国家层面无具体", "定义，更多的是指进入资源化利用厂后的利用情况。",
          "资源化利用率=（工程垃圾+拆除垃圾+装修垃圾资源化利用量）÷（工程垃圾+拆除垃圾+装", "修垃圾产生量）×100%。"]),
 T([{"page": 14}, {"page": 15}], "表2包头市各旗县区建筑垃圾产生量汇总表（万吨/年）", "表2", 1,
   checks=[{"op": "rowsum", "name": "建筑垃圾产生量 = 工程 + 拆除 + 装修 + 渣土泥浆", "total": 7, "parts": [3, 4, 5, 6],
            "rows": list(range(1, 11)) + list(range(12, 22))}],
   merge_cells=[{"row": 1, "col": 0, "to_row": 10}, {"row": 3, "col": 1, "to_row": 4}]),
 T([{"page": 24}], "表3各旗县区建筑垃圾转运调配场设施建设情况一览表", "表3", 2),
 T([{"page": 30}, {"page": 31}], "表4各类建筑垃圾再生产品及应用工程部位", "表4", 1),
 T([{"page": 34}, {"page": 35, "table": 0}], "表5包头市近期规划建筑垃圾资源化利用厂统计表（规划新建）", "表5", 1),
 T([{"page": 35, "table": 1}], "表6包头市建筑垃圾资源化利用厂现状统计表", "表6", 1),
 T([{"page": 35, "table": 2}, {"page": 36}], "表7包头市近期规划建筑垃圾堆填及填埋处置设施统计表（规划新建）", "表7", 1),
]
save({"file": "dept2026/calinchow-del_renwu__bao-tou-shi-zheng-fu-ban-gong-ting.pdf", "city": "包头",
      "family": "Microsoft Word 2016 re-exported by www.ilovepdf.com",
      "what": "NOT A BUDGET: 包头市人民政府办公室 包府办发〔2026〕11号 关于印发包头市建筑垃圾污染环境防治工作规划（2025—2035年）的通知 (53 pages; scraper label 2026年包头市政府办公厅部门预算). Every table except 表8 (p48-50), whose p49 prints two versions of the table over each other",
      "tables": tabs, "resolved": []}, P)
