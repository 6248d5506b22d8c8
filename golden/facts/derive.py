#!/usr/bin/env python3
"""Derive the golden *facts* (one per printed amount cell) from the verified tables of golden/real.

This is the independent second implementation of yusuan's budget-semantics layer (docs/SCHEMA.md):
it uses no yusuan code, only golden/real/*.json (cell grids checked by two decoders, the rendered
page and arithmetic), golden/kinds.tsv (the hand-checked table kinds) and, for the page of each
amount and the unit lines, poppler's `pdftotext` on the corpus PDFs.

Run (from the repo root; Python >= 3.8, standard library only, poppler-utils installed):

    python3 golden/facts/derive.py [--corpus /work/shared/corpus] [--check]

It (re)writes golden/facts/<name>.json for every golden/real/<name>.json that has tables, and prints
a summary. --check only compares with the files present and exits 1 on any difference.
The rules are written down in golden/facts/README.md ("Rules" and "Decisions").
"""
import argparse
import collections
import csv
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REAL = os.path.join(REPO, "golden", "real")
KINDS = os.path.join(REPO, "golden", "kinds.tsv")
IDENTITY = os.path.join(REPO, "golden", "identity.tsv")

MULT = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}

# ---------------------------------------------------------------- amounts

AMOUNT_RE = re.compile(r"^(?:-|△)?\d{1,3}(?:[, ]\d{3})*(?:\.\d+)?$|^(?:-|△)?\d+(?:\.\d+)?$|^\(\d{1,3}(?:[, ]\d{3})*(?:\.\d+)?\)$|^\(\d+(?:\.\d+)?\)$")
NO_VALUE = {"", "-", "－", "—", "——", "–"}


def norm_amount(printed):
    """Normalised decimal string of a printed amount, or None when the cell is not an amount."""
    s = unicodedata.normalize("NFKC", printed).strip()  # full-width digits, （）, －
    s = s.replace("\u2212", "-")
    if s in NO_VALUE or "%" in s:
        return None
    if not AMOUNT_RE.match(s):
        return None
    neg = False
    if s.startswith("(") and s.endswith(")"):
        neg, s = True, s[1:-1]
    elif s.startswith("△"):
        neg, s = True, s[1:]
    elif s.startswith("-"):
        neg, s = True, s[1:]
    s = s.replace(",", "").replace(" ", "")
    return ("-" if neg else "") + s


def to_yuan(normalised, unit):
    return str(Decimal(normalised) * MULT[unit])


# ---------------------------------------------------------------- names and codes

PREFIX_RE = re.compile(
    r"^(?:其中[：:]"
    r"|[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十百]+[）)][、]?"
    r"|[（(]\d+[）)][、]?"
    r"|\d+[、．.](?!\d)"
    r"|[A-Za-z][、．.]"
    r")")
LABEL_CODE_RE = re.compile(r"^[\[【［]?(\d{3}|\d{5}|\d{7}|\d{8,})[\]】］]?\s*(?=[^\d年月日%．.、])(.*)$")
LEADER_RE = re.compile(r"(?:…|\.{2,}|·{2,}|・{2,}|-{3,}|—{2,})+")


def clean_name(text):
    """(code_from_label, prefix, name)."""
    s = unicodedata.normalize("NFKC", text) if any(0x2F00 <= ord(ch) <= 0x2FD5 for ch in text) else text
    s = s.replace("\u3000", "").replace(" ", "").strip()
    s = LEADER_RE.sub("", s)
    code = ""
    m = LABEL_CODE_RE.match(s)
    if m:
        code, s = m.group(1), m.group(2).strip()
    prefix = ""
    while True:
        m = PREFIX_RE.match(s)
        if not m or m.end() == len(s):
            break
        prefix += m.group(0)
        s = s[m.end():]
    return code, prefix, s


def code_info(code):
    """classification, level, parent for a normalised code."""
    if not code:
        return "none", "", ""
    n = len(code)
    if n >= 8:
        return "project", "", ""
    lvl = {3: "类", 5: "款", 7: "项"}.get(n, "")
    parent = {5: code[:3], 7: code[:5]}.get(n, "")
    if code[0] == "2":
        return "function", lvl, parent
    if code[0] == "3" and n in (3, 5):
        return "economic_dept", lvl, parent
    if code[0] == "5" and n in (3, 5):
        return "economic_gov", lvl, parent
    return "none", "", ""


# ---------------------------------------------------------------- measures

YEAR_RE = re.compile(r"(20\d\d)年")
SUFFIX_WORDS = re.compile(r"^(?:(?:20\d\d年)?(?:全年|年初|调整|上年|本年)?(?:预算数|决算数|预算|决算|执行数)|金额)(?:[（(][^）)]*[）)])?$")


def suffix_of(levels, table_title, doc_year):
    """_prior / _initial / _adjusted / _final / '' from the header words (and 决算 tables)."""
    final_table = "决算" in (table_title or "")
    suf = "_final" if final_table else ""
    for lv in levels:
        t = lv.replace("上年结转", "").replace("上年财政拨款结转", "")
        if "决算" in t:
            suf = "_final"
        elif "年初预算" in t:
            suf = "_initial"
        elif "调整预算" in t or "全年预算" in t:
            suf = "_adjusted"
        elif "上年" in t:
            suf = "_prior"
        elif "预算" in t and final_table and re.search(r"预算数$", t):
            suf = "_initial"
        for y in YEAR_RE.findall(t):
            if doc_year and int(y) < doc_year and "预算" in t:
                suf = "_prior"
    return suf


def match_level(lv, parents):
    """measure id for one header level, or None. `parents` are the levels above it."""
    up = "".join(parents)
    t = lv
    if "因公出国" in t:
        return "overseas_travel"
    if "公务用车购置及运行" in t:
        return "vehicle_purchase_and_operation"
    if "公务用车购置费" in t or (t.startswith("购置费") and "公务用车" in up):
        return "vehicle_purchase"
    if "公务用车运行" in t or (t.startswith("运行") and "公务用车" in up):
        return "vehicle_operation"
    if "公务接待" in t:
        return "reception"
    if "会议费" in t:
        return "meeting"
    if "培训费" in t:
        return "training"
    if re.search(r"三公.{0,2}经费合计", t):
        return "three_public_total"
    if t in ("合计", "小计", "总计"):
        if "公务用车" in up:
            return "vehicle_purchase_and_operation"
        if "三公" in up:
            return "three_public_total"
    if "基本支出" in t:
        return "basic"
    if "人员经费" in t or t == "工资福利支出":
        return "personnel"
    if "公用经费" in t:
        return "public_expense"
    if "项目支出" in t:
        return "project"
    if "一般公共预算" in t:
        return "gpb"
    if "政府性基金" in t:
        return "gov_fund"
    if "国有资本经营" in t:
        return "soe"
    if "财政专户" in t:
        return "fiscal_special_account"
    if "经营收入" in t:
        return "operating_income"
    if "事业收入" in t:
        return "business_income"
    if "其他收入" in t:
        return "other_income"
    if any(w in t for w in ("上年结转", "年初结转和结余", "结转下年", "年末结转和结余")):
        return "carryover"
    if t in ("合计", "总计", "小计", "本年收入合计", "本年支出合计", "收入总计", "支出总计"):
        return "total"
    return None


def measure_of(levels, table_title, doc_year):
    suf = suffix_of(levels, table_title, doc_year)
    core = [lv for lv in levels if not SUFFIX_WORDS.match(lv)]
    for i in range(len(core) - 1, -1, -1):
        m = match_level(core[i], core[:i])
        if m:
            return m + suf
    if len(core) < len(levels):
        return "amount" + suf
    return "other" + suf


# ---------------------------------------------------------------- table geometry

def is_number_label(text):
    return re.fullmatch(r"[\d\s]+", unicodedata.normalize("NFKC", text)) is not None


class Table:
    def __init__(self, t):
        self.t = t
        self.hr = t["header_rows"]
        self.n_rows, self.n_cols = t["n_rows"], t["n_cols"]
        self.cover = {}
        for c in t["cells"]:
            for r in range(c["row"], c["row"] + c["rowspan"]):
                for k in range(c["col"], c["col"] + c["colspan"]):
                    self.cover[(r, k)] = c

    def header_levels(self, col):
        out, seen = [], set()
        for r in range(self.hr):
            c = self.cover.get((r, col))
            if c is None or id(c) in seen:
                continue
            seen.add(id(c))
            txt = c["text"].strip()
            if not txt or is_number_label(txt):
                continue
            if out and out[-1] == txt:
                continue
            out.append(txt)
        return out

    def code_cols(self):
        res = set()
        for k in range(self.n_cols):
            lv = self.header_levels(k)
            if any("编码" in x or "代码" in x for x in lv) or (lv and lv[-1] in ("类", "款", "项")):
                res.add(k)
        return res

    def unit_code_cols(self, codes):
        """Code columns that hold the code of a unit (单位代码, 部门代码, 部门（单位）代码), not of a
        subject: their digits are the fact's `unit_code`, never joined into `code`."""
        res = set()
        for k in codes:
            lv = self.header_levels(k)
            if any(re.search(r"(?:单位|部门).*(?:代码|编码)", x) for x in lv) and not any("科目" in x for x in lv):
                res.add(k)
        return res

    def skip_cols(self):
        """Columns that are neither label nor figure: row numbers (序号) and indicator weights (权重,
        a share in per cent printed without %)."""
        return {k for k in range(self.n_cols) if any(x in ("序号", "权重") for x in self.header_levels(k))}

    def project_cols(self):
        """Label columns under a 项目名称 header (b11's 项目名称 / 一级项目 | 二级项目)."""
        return {k for k in range(self.n_cols) if any("项目名称" in x for x in self.header_levels(k))}

    def value_cols(self, codes):
        """Columns of figures: not a code column, and holding a figure or no text at all (an empty
        figure column, e.g. 经营收入 with no data, still separates the label column from later figures)."""
        res = set()
        for k in range(self.n_cols):
            if k in codes:
                continue
            has_num = has_text = False
            for r in range(self.hr, self.n_rows):
                c = self.cover.get((r, k))
                if not c or c["row"] != r or c["col"] != k or not c["text"].strip():
                    continue
                if norm_amount(c["text"]) is not None:
                    has_num = True
                elif c["text"].strip() not in NO_VALUE:
                    has_text = True
            if has_num or not has_text:
                res.add(k)
        return res


# ---------------------------------------------------------------- pages (pdftotext -bbox)

WORD_RE = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


class PageWords:
    """Words of each page, consumed in table order, to tell on which page an amount is printed."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.pages = {}
        self.last = {}

    def words(self, p):
        if p not in self.pages:
            out = subprocess.run(["pdftotext", "-bbox", "-f", str(p), "-l", str(p), self.pdf, "-"],
                                 capture_output=True, check=True).stdout.decode("utf-8")
            ws = [[float(y0), float(x0), html.unescape(s), False] for x0, y0, x1, y1, s in WORD_RE.findall(out)]
            ws.sort()
            self.pages[p] = ws
            self.last[p] = -1.0
        return self.pages[p]

    def take(self, p, token, min_y):
        for w in self.words(p):
            if not w[3] and w[2] == token and w[0] >= min_y - 2.0:
                w[3] = True
                return w[0]
        return None


def assign_page(pw, pages, state, token, row):
    """First page >= the current one whose unconsumed words hold `token` below the previous table row.

    Words are consumed, so a figure printed twice is found twice; the floor is the top of the previous
    row (cells of one row may sit at different heights, e.g. vertically centred in a taller cell)."""
    if state.get("row") != row:
        state["row"] = row
        state["floor"] = state.get("row_y", -1.0)
        state["row_y"] = None
    i0 = state["i"]
    for i in range(i0, len(pages)):
        p = pages[i]
        floor = state["floor"] if i == i0 else -1.0
        y = pw.take(p, token, floor)
        if y is not None:
            if i != i0:
                state["floor"], state["row_y"] = -1.0, None
            state["i"] = i
            state["row_y"] = y if state["row_y"] is None else min(state["row_y"], y)
            return p
    state["miss"] += 1
    return pages[i0]


# ---------------------------------------------------------------- units

UNIT_IN_TEXT = re.compile(r"[（(](元|千元|万元|亿元)[）)]")


def column_unit(levels, table_unit):
    for lv in reversed(levels):
        m = UNIT_IN_TEXT.search(lv)
        if m:
            return m.group(1)
    return table_unit


# ---------------------------------------------------------------- facts of one table

def facts_of_table(ti, t, kind, doc_year, pw):
    T = Table(t)
    title = t["title"] or ""
    out = []
    state = {"i": 0, "miss": 0}
    if t["header_rows"] == 0 and kind.startswith("performance"):
        return facts_of_form(ti, t, T, kind, doc_year, pw, state), state["miss"]
    codes = T.code_cols()
    units = T.unit_code_cols(codes)
    skip = T.skip_cols() - codes
    projects = T.project_cols() - codes - skip
    values = T.value_cols(codes | skip)
    for r in range(T.hr, T.n_rows):
        for k in range(T.n_cols):
            c = T.cover.get((r, k))
            if c is None or c["row"] != r or c["col"] != k or k not in values:
                continue
            num = norm_amount(c["text"])
            if num is None:
                continue
            # the label segment: the run of label (non-value) columns just left of the block of value
            # columns that holds the amount (收入 | 支出 halves side by side each have their own)
            seg = []
            j = k - 1
            while j >= 0 and j in values:
                j -= 1
            while j >= 0 and j not in values:
                seg.insert(0, j)
                j -= 1
            code = ""
            code_cells = []
            unit_cells = []
            for j in seg:
                if j in codes:
                    cc = T.cover.get((r, j))
                    if cc and cc["col"] == j and cc["colspan"] == 1 and re.fullmatch(r"\d+", cc["text"] or ""):
                        (unit_cells if j in units else code_cells).append(cc["text"])
            code = "".join(code_cells)
            name_raw, seen = "", set()
            # a row that prints a project under 项目名称 is named from those columns only, not by a
            # 类型 or 单位名称 column left of them (within them the leftmost rule below holds)
            in_projects = [j for j in seg if j in projects]
            if not any((cc := T.cover.get((r, j))) and cc["row"] == r and cc["text"].strip() for j in in_projects):
                in_projects = seg
            for j in in_projects:
                cc = T.cover.get((r, j))
                if cc is None or id(cc) in seen:
                    continue
                seen.add(id(cc))
                span = set(range(cc["col"], cc["col"] + cc["colspan"]))
                if cc["row"] != r or not cc["text"].strip() or span <= codes | skip:
                    continue
                name_raw = cc["text"]
                break
            lcode, prefix, name = clean_name(name_raw)
            if not code and lcode:
                code = lcode
            classification, level, parent = code_info(code)
            levels = T.header_levels(k)
            unit = column_unit(levels, t["unit"])
            page = assign_page(pw, t["pages"], state, c["text"], r)
            f = fact(page, kind, title, classification, code, level, parent, name, prefix,
                     measure_of(levels, title, doc_year), " / ".join(levels), c["text"], unit,
                     to_yuan(num, unit), ti, r, k)
            if unit_cells:
                f["unit_code"] = "".join(unit_cells)
            out.append(f)
    return out, state["miss"]


def facts_of_form(ti, t, T, kind, doc_year, pw, state):
    """Key-value forms (项目绩效目标表): only the money block (rows under a 资金 label) holds amounts."""
    out = []
    name = ""
    for k in range(T.n_cols):
        c = T.cover.get((0, k))
        if c and c["text"] == "项目名称":
            nc = T.cover.get((0, c["col"] + c["colspan"]))
            name = nc["text"] if nc else ""
            break
    for r in range(T.n_rows):
        g = T.cover.get((r, 0))
        if not g or "资金" not in g["text"]:
            continue
        group = g["text"]
        unit = column_unit([group], t["unit"])
        for k in range(T.n_cols):
            c = T.cover.get((r, k))
            if c is None or c["row"] != r or c["col"] != k:
                continue
            num = norm_amount(c["text"])
            if num is None:
                continue
            # the key just left of the value, and the head key of its block (same columns, first money row)
            kc = T.cover.get((r, k - 1))
            key = kc["text"]
            head = T.cover.get((g["row"], kc["col"]))
            levels = [group]
            if head is not None and head is not kc:
                levels.append(head["text"])
            levels.append(key)
            page = assign_page(pw, t["pages"], state, c["text"], r)
            core = [re.sub(r"^其中[：:]", "", x) for x in levels]
            out.append(fact(page, kind, t["title"] or "", "none", "", "", "", name, "",
                            measure_of(core, t["title"] or "", doc_year), " / ".join(levels), c["text"], unit,
                            to_yuan(num, unit), ti, r, k))
    return out


def fact(page, kind, title, classification, code, level, parent, name, prefix, measure, header_path,
         printed, unit, amount_yuan, ti, r, k):
    return collections.OrderedDict([
        ("page", page), ("table_kind", kind), ("table_title", title), ("classification", classification),
        ("code", code), ("code_level", level), ("parent_code", parent), ("name", name), ("prefix", prefix),
        ("measure", measure), ("header_path", header_path), ("printed", printed), ("unit", unit),
        ("amount_yuan", amount_yuan), ("golden_table", ti), ("row", r), ("col", k)])


# ---------------------------------------------------------------- table kinds (rules of README "Table kinds")

def kind_from_title(title):
    """The kind rule applied by hand to every line of golden/kinds.tsv, written as code to re-check it."""
    t = re.sub(r"\s", "", title or "")
    t = re.sub(r"^(?:[一二三四五六七八九十]+、|\d+[.．、])", "", t)
    if "绩效目标" in t:
        return "performance_project" if "项目" in t else "performance_dept"
    if "三公" in t:
        return "three_public"
    if "政府采购" in t or "机关运行经费" in t:
        return "other"
    if "政府性基金" in t:
        return "gov_fund"
    if "国有资本经营" in t:
        return "soe_capital"
    if re.search(r"财政拨款收(?:入)?支(?:出)?(?:预算|决算)?总表", t):
        return "fiscal_summary"
    if "一般公共预算" in t and "基本支出" in t:
        return "gpb_basic_expenditure"
    if "一般公共预算" in t and "支出" in t:
        return "gpb_expenditure"
    if "财政拨款" in t:
        return "other"  # 财政拨款支出预算表 / 财政拨款基本支出预算表 (Jiangsu): 一般公共预算 + 政府性基金, see README
    if re.search(r"收(?:入)?支(?:出)?(?:预算|决算)?总表", t):
        return "revenue_expenditure_summary"
    if re.search(r"收入(?:预算|决算)(?:总)?表", t):
        return "revenue"
    if re.search(r"支出(?:预算|决算)(?:总)?表", t):
        return "expenditure"
    if "项目支出" in t:
        return "project_expenditure"
    return "other"


# ---------------------------------------------------------------- documents

def title_key(title):
    return re.sub(r"\s", "", title or "")


def load_kinds(path=KINDS):
    """(file, first_page, title without whitespace) -> (title, kind)."""
    kinds = {}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        assert header == ["file", "first_page", "title", "kind"], header
        for line in f:
            if not line.strip():
                continue
            fn, p, title, kind = line.rstrip("\n").split("\t")
            key = (fn, int(p), title_key(title))
            assert key not in kinds, line
            kinds[key] = (title, kind)
    return kinds


def load_years():
    """file -> year of golden/identity.tsv (hand-checked), for documents whose titles and file name
    print no year (the Guangzhou template)."""
    years = {}
    with open(IDENTITY, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["year"].strip():
                years[os.path.basename(row["file"])] = int(row["year"])
    return years


def doc_year_of(d, name, years=None):
    ys = collections.Counter()
    for t in d["tables"]:
        for y in YEAR_RE.findall(t["title"] or ""):
            ys[int(y)] += 1
    if ys:
        return ys.most_common(1)[0][0]
    m = re.search(r"(20\d\d)", name)
    if m:
        return int(m.group(1))
    return (years or {}).get(name)


def derive(corpus, golden=REAL, kinds_path=KINDS):
    kinds = load_kinds(kinds_path)
    years = load_years()
    results = {}
    for path in sorted(glob.glob(os.path.join(golden, "*.json"))):
        d = json.load(open(path, encoding="utf-8"))
        if not d["tables"]:
            continue
        fn = os.path.basename(d["file"])
        pw = PageWords(os.path.join(corpus, d["file"]))
        year = doc_year_of(d, fn, years)
        facts, misses = [], 0
        for ti, t in enumerate(d["tables"]):
            key = (fn, t["pages"][0], title_key(t["title"]))
            if t["title"] is None and key not in kinds:
                continue  # non-figure list (决算单位 list): no amounts, not a table of figures
            if key not in kinds:
                raise SystemExit("no line in %s for %s p%d %s" % ((kinds_path,) + key))
            kind = kinds[key][1]
            fs, miss = facts_of_table(ti, t, kind, year, pw)
            facts += fs
            misses += miss
        results[os.path.basename(path)] = (facts, misses)
    return results


def dump(facts):
    return "[\n" + ",\n".join(json.dumps(f, ensure_ascii=False) for f in facts) + "\n]\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.environ.get("YUSUAN_CORPUS", "/work/shared/corpus"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--golden", default=REAL, help="directory of verified table grids (golden/real)")
    ap.add_argument("--kinds", default=KINDS, help="hand-checked table kinds of those documents")
    ap.add_argument("--out", default=HERE, help="where the facts files go")
    a = ap.parse_args()
    kinds = load_kinds(a.kinds)
    if a.kinds == KINDS:
        # the title rule wrote kinds.tsv's kind column; the later kinds files (kinds-dept2026.tsv)
        # use docs/kinds.md's finer vocabulary and were checked by hand only
        for (fn, p, title), (_, kind) in sorted(kinds.items()):
            if kind_from_title(title) != kind:
                print("kinds.tsv: %s p%d %s is %s, the title rule says %s" % (fn, p, title, kind, kind_from_title(title)))
    print("%5d tables in %s" % (len(kinds), os.path.basename(a.kinds)))
    res = derive(a.corpus, a.golden, a.kinds)
    bad = 0
    total = 0
    for name, (facts, misses) in res.items():
        text = dump(facts)
        out = os.path.join(a.out, name)
        total += len(facts)
        kinds = collections.Counter(f["table_kind"] for f in facts)
        print("%5d facts  %s  (page lookups missed: %d)  %s" % (len(facts), name[:70], misses, dict(kinds)))
        if a.check:
            old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
            if old != text:
                print("  DIFFERS:", out)
                bad += 1
        else:
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)
    print("%5d facts in %d documents" % (total, len(res)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
