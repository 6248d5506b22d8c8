import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from specio import *
B = "golden/tools/specs/non-budget/calinchow-del_renwu__"
def doc(stem, city, family, what, tables=()):
    save({"file": f"dept2026/calinchow-del_renwu__{stem}.pdf", "city": city, "family": family, "what": what,
          "tables": list(tables), "resolved": []}, B + stem + ".json")
doc("hui-zhou-shi-zheng-fu-ban-gong-ting", "惠州", "Adobe InDesign 16.1 / Adobe PDF Library 15.0",
    "NOT A BUDGET: 惠州市人民政府公报 2026年第2期: 惠州市人民政府办公室关于印发《2026年市十件民生实事工作实施方案》的通知 (惠府办函〔2026〕13号), 5 pages of narrative; no tables (every page read; the one rectangle per page is the header band)")
doc("yi-bin-shi-zheng-fu-ban-gong-ting", "宜宾", "WPS 文字",
    "NOT A BUDGET: 宜宾市人民政府办公室关于2026年第一季度政务公开及网络平台检查情况的通报 (宜府办函〔2026〕24号), 4 pages of narrative (p4 blank); no tables (every page read)")
doc("mian-yang-shi-zheng-fu-ban-gong-ting", "绵阳", "创建者 / 生产者 (placeholder Creator/Producer)",
    "NOT A BUDGET: 四川省人民政府办公厅关于印发《四川省突发事件应急预案管理实施办法》的通知 (川办规〔2025〕11号), 13 pages of narrative; no tables (every page read)")
doc("ji-nan-shi-ying-ji-guan-li-ju", "济南", "Microsoft Office Word 2007",
    "NOT A BUDGET: 济南市应急管理局依申请信息公开流程图, 1 page: a flowchart of boxes, rounded boxes and arrows, not a table")
doc("jia-xing-shi-zheng-fu-ban-gong-ting", "嘉兴", "WPS 文字",
    "NOT A BUDGET: 嘉兴市人民政府办公室关于公布2026年度市政府重大行政决策事项目录的通知 (嘉政办发〔2026〕11号), 8 pages; one ruled table of text over p3-4 (landscape pages)",
    [{"parts": [{"page": 3}, {"page": 4, "drop_head": 1}], "title": "2026年度嘉兴市人民政府重大行政决策事项目录", "form_no": None,
      "unit": None, "body": None, "header_rows": 1, "notes": [], "checks": []}])
