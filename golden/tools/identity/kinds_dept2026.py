#!/usr/bin/env python3
"""Build golden/kinds-dept2026.tsv (every table of figures in the 76 non-Beijing documents of
../shared/corpus/dept2026) and golden/kinds-dept-v2.tsv (golden/kinds.tsv relabelled with the
kinds of docs/kinds.md). Run from the repo root:

    python3 golden/tools/identity/kinds_dept2026.py            # rewrites both files
    python3 golden/tools/identity/kinds_dept2026.py --check    # exit 1 if either would change

Independent of yusuan: tables are found in poppler's `pdftotext -layout`, page by page. The
finding rule is written down below and every document's list was then checked by hand against
the contents page and the rendered pages (docs/kinds.md, "How the dept2026 golden was made").
What the rule cannot see is listed by hand in EXTRA (tables printed without a unit line near
the title, and the non-budget Baotou file's numbered tables); KIND is the hand-made title ->
kind table, and a title it does not know stops the build.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

CORPUS = os.environ.get("YUSUAN_CORPUS", "../shared/corpus")
UNIT = re.compile(r"单\s*位\s*[：:]|金额单位|（单位|单位（")
TITLE_END = re.compile(r"(表|明细|情况)(（[^）]*）|\([^)]*\))?$|表[（(][^）)]*[）)]$")
FORM_NO = re.compile(r"(公开\s*\d+\s*表|表\s*\d+|预算表\s*\d+|附表\s*\d+|单位预算\s*\d+\s*表)")
NOT_TITLE = re.compile(r"(详见|见附|附后|如下|情况说明$|^第.部分|部门预算表$|重点项目预算绩效目标情况|。)")
KEY_PROJECTS = re.compile(r"项目\s+预算数\s*[（(]单位[：:]万元[）)]\s+绩效目标")


def squash(s):
    return re.sub(r"\s+", "", s)


def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for p in range(1, n + 1):
        out.append(subprocess.run(["pdftotext", "-q", "-f", str(p), "-l", str(p), "-layout", pdf,
                                   "-"], capture_output=True, text=True).stdout)
    return out


def titled_tables(texts):
    """(page, title) of each table that starts with a printed title: a short line ending in
    表/明细/情况 (or 表（…）), a unit line (单位：) on it or within the next 4 printed lines, not a
    contents page; a title wrapped over two lines is joined. A page whose title repeats the
    previous table's (or is its tail, cut by a page split) continues that table."""
    found, prev = [], None
    for k, text in enumerate(texts):
        if k < 6 and re.search(r"目\s*录", text[:400]):
            continue
        ne = [re.sub(r"\s+", " ", l.strip()) for l in text.splitlines() if l.strip()]
        for i, s in enumerate(ne):
            if len(s) > 90 or "……" in s or "。" in s or "，" in s or NOT_TITLE.search(s):
                continue
            if not TITLE_END.search(s) or FORM_NO.fullmatch(s):
                continue
            if not (UNIT.search(s) or UNIT.search(" ".join(ne[i + 1:i + 5]))):
                continue
            t = s
            if i > 0:
                ps = ne[i - 1]
                if (len(ps) < 40 and not FORM_NO.search(ps) and not UNIT.search(ps)
                        and not TITLE_END.search(ps) and not re.fullmatch(r"[-—\s\d]+", ps)
                        and not NOT_TITLE.search(ps)):
                    t = ps + t
            t = squash(t)
            if prev and (t == prev or (len(t) >= 6 and prev.endswith(t))):
                continue
            found.append((k + 1, t))
            prev = t
    return found


def key_project_table(texts):
    """Guangzhou's 情况说明 prints its key projects (项目 | 预算数（单位：万元） | 绩效目标) under the
    heading 七、重点项目预算绩效目标情况, with no title of its own: the table starts on the
    first page that prints that header row. Its title is empty (nothing is printed as one; the
    cell golden in golden/dept2026 leaves it empty too)."""
    heading = None
    for k, text in enumerate(texts):
        m = re.search(r"([一二三四五六七八九十]+、重点项目预算绩效目标情况)", text)
        if m:
            heading = m.group(1)
        if heading and KEY_PROJECTS.search(text):
            return [(k + 1, "")]
    return []


# Tables the rule above does not see, checked on the page (file stem, page, title as printed).
EXTRA = {
    "calinchow-del_renwu__chang-chun-shi-xin-fang-ju": [
        (16, "长春市信访局2026年项目支出绩效目标表预算表（预算表11）")],  # no unit line
    # Not a budget (a waste-management plan): its numbered tables that print figures. 表4
    # (p30, products and uses) prints none and is left out.
    "calinchow-del_renwu__bao-tou-shi-zheng-fu-ban-gong-ting": [
        (13, "表1建筑垃圾污染环境防治工作规划分项指标"),
        (14, "表2包头市各旗县区建筑垃圾产生量汇总表（万吨/年）"),
        (24, "表3各旗县区建筑垃圾转运调配场设施建设情况一览表"),
        (34, "表5包头市近期规划建筑垃圾资源化利用厂统计表（规划新建）"),
        (35, "表6包头市建筑垃圾资源化利用厂现状统计表"),
        (35, "表7包头市近期规划建筑垃圾堆填及填埋处置设施统计表（规划新建）"),
        (48, "表8各旗县区建筑垃圾收运处理设施近期重点规划建设项目表")],
}

# Title (without year, unit-name prefix, 本年 and printed form numbers) -> kind. Hand-made.
KIND = {
    # revenue_expenditure_summary
    "收支总表": "revenue_expenditure_summary",
    "收支总体情况表": "revenue_expenditure_summary",
    "预算单位财务收支预算总表": "revenue_expenditure_summary",
    # revenue / expenditure
    "收入总表": "revenue", "收入总体情况表": "revenue", "预算单位收入预算总表": "revenue",
    "支出总表": "expenditure", "支出总体情况表": "expenditure",
    "预算单位支出预算总表": "expenditure",
    # fiscal (财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营)
    "财政拨款收支总表": "fiscal_summary", "财政拨款收支总体情况表": "fiscal_summary",
    "预算单位财政拨款收支预算总表": "fiscal_summary",
    "财政拨款支出表（功能科目）": "fiscal_expenditure",
    "预算单位财政拨款支出预算表": "fiscal_expenditure",
    "财政拨款基本支出表（经济科目）": "fiscal_basic_expenditure",
    # general public budget
    "一般公共预算支出表": "gpb_expenditure",
    "一般公共预算支出情况表（按功能分类科目）": "gpb_expenditure",
    "预算单位一般公共预算支出功能分类预算表": "gpb_expenditure",
    "一般公共预算基本支出表": "gpb_basic_expenditure",
    "一般公共预算基本支出情况表（按经济分类科目）": "gpb_basic_expenditure",
    "预算单位一般公共预算基本支出部门预算经济分类预算表": "gpb_basic_expenditure",
    "一般公共预算项目支出情况表（按经济分类科目）": "gpb_project_expenditure",
    # 三公 (also when the title names 机关运行经费 or 行政经费)
    "一般公共预算“三公”经费、会议费、培训费支出表": "three_public",
    "一般公共预算“三公”经费支出表": "three_public",
    "财政拨款安排的行政经费及“三公”经费预算表": "three_public",
    "单位“三公”经费和机关运行经费预算表": "three_public",
    "一般公共预算机关运行经费支出预算表": "operating_costs",
    # funds
    "政府性基金预算支出表": "gov_fund", "政府性基金预算支出情况表": "gov_fund",
    "预算单位政府性基金预算支出功能分类预算表": "gov_fund",
    "国有资本经营预算支出预算表": "soe_capital", "国有资本经营预算支出情况表": "soe_capital",
    "国有资本经营预算支出明细表": "soe_capital",
    "预算单位国有资本经营预算支出功能分类预算表": "soe_capital",
    # all-funds basic / project spending, procurement, performance
    "部门预算基本支出预算表": "basic_expenditure",
    "项目支出表": "project_expenditure",
    "部门预算项目支出及其他支出预算表": "project_expenditure",
    "预算单位财政拨款项目支出预算表": "project_expenditure",
    "政府采购支出表": "procurement",
    "项目支出绩效目标表预算表": "performance_project",
    "项目支出绩效目标表（含转移支付项目）": "performance_project",
    "": "performance_project",  # the untitled key-project table (key_project_table)
}


def kind_of(title, body):
    t = re.sub(r"[（(]预算表\d+[）)]$", "", title)
    t = re.sub(r"^\d{4}年", "", t.replace(body, "", 1) if body else t)
    t = re.sub(r"^\d{4}年", "", t)
    t = re.sub(r"^本年", "", t)
    if t.startswith("表") and re.match(r"表\d", t):
        return "other"  # Baotou's plan tables
    if t not in KIND:
        sys.exit(f"no kind for title {title!r} ({t!r}): add it to KIND by hand")
    return KIND[t]


def identity(root):
    rows = {}
    lines = open(os.path.join(root, "golden/identity.tsv"), encoding="utf-8").read().splitlines()
    hdr = lines[0].split("\t")
    for l in lines[1:]:
        r = dict(zip(hdr, l.split("\t")))
        rows[r["file"]] = r
    return rows


def build_dept2026(root):
    ident = identity(root)
    out = []
    for pdf in sorted(glob.glob(os.path.join(CORPUS, "dept2026", "*.pdf"))):
        stem = os.path.basename(pdf)[:-4]
        if "bei-jing" in stem:
            continue  # the Beijing files are narrative only (no tables)
        r = ident["dept2026/" + stem + ".pdf"]
        tables = list(EXTRA.get(stem, []))
        if r["doc_kind"] != "other":
            texts = pages(pdf)
            tables += titled_tables(texts) + key_project_table(texts)
        body = squash(r["body"]) if r["doc_kind"] != "other" else ""
        for page, title in sorted(set(tables)):
            out.append((stem + ".pdf", page, title, kind_of(title, body)))
    out.sort(key=lambda x: (x[0], x[1]))
    return "file\tfirst_page\ttitle\tkind\n" + "".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in out)


# golden/kinds.tsv's `other` rows, by what they are (their titles, whitespace removed, minus
# the numbering, year and body the Jiangsu documents put in front).
V2 = [
    (re.compile(r"机关运行经费"), "operating_costs"),
    (re.compile(r"政府采购"), "procurement"),
    (re.compile(r"财政拨款基本支出预算表"), "fiscal_basic_expenditure"),
    (re.compile(r"财政拨款支出预算表"), "fiscal_expenditure"),
]


def build_v2(root):
    lines = open(os.path.join(root, "golden/kinds.tsv"), encoding="utf-8").read().splitlines()
    out = [lines[0]]
    for l in lines[1:]:
        f = l.split("\t")
        if f[3] == "other":
            f[3] = next((k for rx, k in V2 if rx.search(f[2])), None) or sys.exit(f"v2: {l}")
        out.append("\t".join(f))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    root = os.getcwd()
    changed = False
    for name, text in [("golden/kinds-dept2026.tsv", build_dept2026(root)),
                       ("golden/kinds-dept-v2.tsv", build_v2(root))]:
        path = os.path.join(root, name)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            changed = True
            if a.check:
                print(f"{name} would change")
            else:
                open(path, "w", encoding="utf-8").write(text)
        print(f"{name}: {text.count(chr(10)) - 1} tables")
    sys.exit(1 if (a.check and changed) else 0)


if __name__ == "__main__":
    main()
