#!/usr/bin/env python3
"""Derive the government-report facts golden (golden/city/facts/) from the verified tables.

One fact per printed amount of golden/city/tables/*.json: where it is (file, page, table, row,
column), what it is (table kind, area, row label, prefix, canonical subject, parent, hand-assigned
code, header path, measure, year, part) and how much (printed text, unit, exact yuan). The rules
are written down in golden/city/README.md; no yusuan code is used. Standard library only, plus
poppler's `pdftotext` (and qpdf for the pages printed sideways) to find the page of each amount.

    python3 golden/tools/gov/derive_facts.py [--corpus ../shared/corpus] [--check]
"""
import argparse
import collections
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
sys.path.insert(0, HERE)
import classes  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
TABLES = os.path.join(REPO, "golden", "city", "tables")
FACTS = os.path.join(REPO, "golden", "city", "facts")

MULT = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "亿元": Decimal(100000000)}
NUM_RE = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
NO_VALUE = {"", "-", "—", "–", "——"}


def nfkc(s):
    return unicodedata.normalize("NFKC", s or "")


def amount(printed):
    """Normalised decimal string of a printed amount, or None (blank, -, percentages, text)."""
    s = nfkc(printed).strip().replace("\u2212", "-")
    if s in NO_VALUE or "%" in s:
        return None
    neg = False
    if re.fullmatch(r"\(.*\)", s):
        neg, s = True, s[1:-1]
    elif s.startswith("△"):
        neg, s = True, s[1:]
    if not NUM_RE.match(s):
        return None
    s = s.replace(",", "")
    if neg:
        s = "-" + s
    return s


# ---------------------------------------------------------------- header words

YEAR_RE = re.compile(r"(20\d\d)\s*年")
NOT_MONEY_RE = re.compile(r"[%％]|率|增幅|增长|为上年|为预算|为调整|期限|利率|占.*比|比重")
FORMULA_RE = re.compile(r"^[A-FＡ-Ｆ＝=＋+]+$")
UNIT_RE = re.compile(r"[（(](元|千元|万元|亿元)[）)]")
NOTE_RE = re.compile(r"[（(]注\d*[）)]")
GENERIC = {"金额", "合计", "小计", "决算数", "预算数", "执行数", "数额"}


def stage_of(text):
    """Figure stage named by a header level or a title, or None."""
    t = NOTE_RE.sub("", nfkc(text))
    if "上半年" in t and "执行" in t:
        return "h1_executed"
    if "决算" in t:
        return "final"
    if "调整" in t:
        return "adjusted_budget"
    if "执行" in t or "完成" in t:
        return "executed"
    if "预算" in t or "安排" in t:
        return "budget"
    return None


FULLWIDTH_DIGITS = {0xFF10 + i: str(i) for i in range(10)}


def strip_stage(text):
    """A header level or label without its year, stage words and notes:
    2024年债务余额（决算数） -> 债务余额, 2023年末地方政府债务余额 -> 年末地方政府债务余额."""
    t = NOTE_RE.sub("", text.translate(FULLWIDTH_DIGITS))
    t = re.sub(r"20\d\d\s*年末", "年末", t)
    t = YEAR_RE.sub("", t)
    t = re.sub(r"[（(]?(?:调整后?预算数|预算数|决算数|执行数)[）)]?", "", t)
    return t.strip()


# ---------------------------------------------------------------- names

PREFIX_RE = re.compile(
    r"^(?:其中[：:]"
    r"|[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十百]+[）)][、]?"
    r"|[（(]\d+[）)][、]?"
    r"|\d+[、．.](?!\d)"
    r")")
TOTAL_RE = re.compile(r"合计|总计|小计$|^总收入$|^总支出$")


def split_prefix(label):
    s = label.replace("\u3000", "").replace(" ", "")
    prefix = ""
    while True:
        m = PREFIX_RE.match(s)
        if not m or m.end() == len(s):
            break
        prefix += m.group(0)
        s = s[m.end():]
    return prefix, s


def canonical(name):
    """The subject without notes, level markers and share qualifiers; full-width brackets."""
    s = name.replace("(", "（").replace(")", "）")
    s = re.sub(r"（注\d*）", "", s)
    s = re.sub(r"（(?:款|项)）$", "", s)
    s = re.sub(r"（\d+%部分）", "", s)
    return s


def family(kind):
    if kind == "gov_soe_expenditure":
        return "soe_expenditure"
    if kind.endswith("_revenue"):
        return "revenue"
    if kind.endswith("_expenditure"):
        return "expenditure"
    return ""


def selects(sel, prefix, level):
    if prefix.startswith("其中"):
        return False
    if sel == "name":
        return True
    if sel == "prefix:一":
        return re.match(r"^[一二三四五六七八九十]+[、．.]", prefix) is not None
    if sel == "prefix:(一)":
        return re.match(r"^[（(][一二三四五六七八九十]+[）)]", prefix) is not None
    if sel == "prefix:1":
        return re.match(r"^\d+[.、．]", prefix) is not None
    if sel.startswith("level:"):
        return level is not None and level == int(sel[6:])
    raise ValueError(sel)


# ---------------------------------------------------------------- table geometry

class Table:
    def __init__(self, t):
        self.t = t
        self.hr = t["header_rows"]
        self.cover = {}
        for c in t["cells"]:
            for r in range(c["row"], c["row"] + c["rowspan"]):
                for k in range(c["col"], c["col"] + c["colspan"]):
                    self.cover[(r, k)] = c
        self.levels = self.indent_levels()

    def cell(self, r, k):
        c = self.cover.get((r, k))
        return c if c and c["row"] == r and c["col"] == k else None

    def header_levels(self, col):
        out, seen = [], set()
        for r in range(self.hr):
            c = self.cover.get((r, col))
            if c is None or id(c) in seen:
                continue
            seen.add(id(c))
            txt = c["text"].strip()
            if not txt or re.fullmatch(r"[\d\s]+", nfkc(txt)):
                continue
            if out and out[-1] == txt:
                continue
            out.append(txt)
        return out

    def not_money_cols(self):
        """Columns of ratios, terms or rates (header words, or % in a cell): no facts, and no labels."""
        res = set()
        for k in range(self.t["n_cols"]):
            if any(NOT_MONEY_RE.search(nfkc(x)) for x in self.header_levels(k)):
                res.add(k)
            elif any(re.fullmatch(r"-?[\d.,]+%", nfkc(c["text"]).strip()) for r in range(self.hr, self.t["n_rows"])
                     for c in [self.cell(r, k)] if c):
                res.add(k)
        return res

    def value_cols(self):
        res = []
        skip = self.not_money_cols()
        for k in range(self.t["n_cols"]):
            if k in skip:
                continue
            has_num = has_text = False
            for r in range(self.hr, self.t["n_rows"]):
                c = self.cell(r, k)
                if not c or not c["text"].strip():
                    continue
                if amount(c["text"]) is not None:
                    has_num = True
                elif nfkc(c["text"]).strip() not in NO_VALUE and "%" not in c["text"]:
                    has_text = True
            if has_num and not has_text:
                res.append(k)
        return res

    def indent_levels(self):
        ind = self.t.get("label_indent") or []
        vals = sorted(v for v in ind if v is not None)
        steps = []
        for v in vals:
            if not steps or v - steps[-1][-1] > 2.0:
                steps.append([v])
            else:
                steps[-1].append(v)
        centres = [sum(s) / len(s) for s in steps]
        return [None if v is None else min(range(len(centres)), key=lambda i: abs(centres[i] - v)) for v in ind]


# ---------------------------------------------------------------- pages (pdftotext -bbox)

WORD_RE = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>')


class PageWords:
    """Words of each page in reading order, consumed in table order, to tell the page of an amount.
    A page printed sideways is read from a copy turned with qpdf (its words then run left to right)."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.pages = {}
        self.rotated = None

    def _words(self, src, p):
        out = subprocess.run(["pdftotext", "-bbox", "-f", str(p), "-l", str(p), src, "-"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        return [(float(y0), float(x0), float(x1) - float(x0), float(y1) - float(y0), html.unescape(s))
                for x0, y0, x1, y1, s in WORD_RE.findall(out)]

    def words(self, p):
        if p not in self.pages:
            ws = self._words(self.pdf, p)
            long = [w for w in ws if len(w[4]) >= 3]
            if long and sum(1 for w in long if w[3] > w[2]) > len(long) / 2:
                if self.rotated is None:
                    self.rotated = "/tmp/rot90-" + os.path.basename(self.pdf)
                    if not os.path.exists(self.rotated):
                        subprocess.run(["qpdf", "--rotate=+90", self.pdf, self.rotated], check=True)
                ws = self._words(self.rotated, p)
            self.pages[p] = [[y, x, s, False, w, h] for y, x, w, h, s in sorted(ws)]
        return self.pages[p]

    def take(self, p, token, min_y):
        for w in self.words(p):
            if not w[3] and w[2] == token and w[0] >= min_y - 2.0:
                w[3] = True
                self.last = (w[1], w[0], w[1] + w[4], w[0] + w[5])
                return w[0]
        return None


def assign_page(pw, pages, state, token, row):
    if state.get("row") != row:
        state["row"] = row
        state["floor"] = state.get("row_y", -1.0)
        state["row_y"] = None
    i0 = state["i"]
    for i in range(i0, len(pages)):
        floor = state["floor"] if i == i0 else -1.0
        y = pw.take(pages[i], token, floor)
        if y is not None:
            if i != i0:
                state["floor"], state["row_y"] = -1.0, None
            state["i"] = i
            state["row_y"] = y if state["row_y"] is None else min(state["row_y"], y)
            return pages[i]
    state["miss"] += 1
    return pages[i0]


# ---------------------------------------------------------------- facts of a table

def measure_name(stage, year, doc_year):
    if year == doc_year:
        return stage
    if year == doc_year - 1:
        return "prior_year_" + stage
    if year == doc_year - 2:
        return "prior2_year_" + stage
    raise ValueError("year %s in a %s document" % (year, doc_year))


def facts_of_table(doc, ti, t, pw):
    T = Table(t)
    doc_year = doc["year"]
    title = t["title"]
    title_year = int(YEAR_RE.search(nfkc(title)).group(1)) if YEAR_RE.search(nfkc(title)) else doc_year
    values = T.value_cols()
    block = set(values) | T.not_money_cols()  # a run of figure columns, ratios included
    rule = t.get("subject_rule") or {}
    area_mode = t["area"] if t["area"] in ("by row", "by column") else None
    amap = t.get("area_map") or {}
    state = {"i": 0, "miss": 0}
    out = []
    seg_starts = []  # label segment start columns, left to right (segment index -> kind)
    for k in values:
        j = k - 1
        while j >= 0 and j in block:
            j -= 1
        seg = []
        while j >= 0 and j not in block:
            seg.insert(0, j)
            j -= 1
        if seg and seg[0] not in seg_starts:
            seg_starts.append(seg[0])
    parent_of = parents(T, rule)
    for r in range(T.hr, t["n_rows"]):
        for k in values:
            c = T.cell(r, k)
            if c is None:
                continue
            num = amount(c["text"])
            if num is None:
                continue
            # label segment: the non-value columns just left of this amount's block of value columns
            j = k - 1
            while j >= 0 and j in block:
                j -= 1
            seg = []
            while j >= 0 and j not in block:
                seg.insert(0, j)
                j -= 1
            si = seg_starts.index(seg[0]) if seg else 0
            kind = (t.get("segment_kinds") or [t["kind"]] * (si + 1))[si]
            label = ""
            for jj in seg:
                cc = T.cover.get((r, jj))
                if cc and cc["row"] == r and cc["text"].strip():
                    label = cc["text"]
                    break
            prefix, name = split_prefix(label)
            levels = T.header_levels(k)
            lv_money = [x for x in levels if not FORMULA_RE.match(nfkc(x))]
            # unit: a unit in the column's header wins over the table's unit line
            unit = t["unit"]
            for x in reversed(levels):
                m = UNIT_RE.search(nfkc(x))
                if m:
                    unit = m.group(1)
                    break
            # area
            area, area_level, area_src = t["area"], None, "table"
            if area_mode == "by row":
                area, area_level = amap.get(nfkc(name).replace(" ", ""), [name, "sub"])
                area_src = "stub"
            elif area_mode == "by column":
                hit = next((amap[x] for x in lv_money if x in amap), None)
                area, area_level = hit if hit else (None, None)
                area_src = "header"
            # stage and year: the deepest header level naming one, else the title, else the document
            stage_words = lv_money
            if rule.get("parent_re"):
                p = r if re.match(rule["parent_re"], label) else parent_of.get(r)
                plabel = T.cell(p, seg[0])["text"] if p is not None else ""
                stage_words = [plabel] + lv_money
            si_level = None
            for i in range(len(stage_words) - 1, -1, -1):
                if stage_of(stage_words[i]) or YEAR_RE.search(nfkc(stage_words[i])):
                    si_level = i
                    break
            stage = next((stage_of(x) for x in reversed(stage_words) if stage_of(x)), None) or stage_of(title) \
                or ("final" if doc["doc_kind"] == "gov_final" else "budget")
            year = next((int(YEAR_RE.search(nfkc(x)).group(1)) for x in reversed(stage_words) if YEAR_RE.search(nfkc(x))),
                        title_year)
            # part: header levels below the stage level, without a closing 合计/小计 and generic words
            part_lv = lv_money[si_level + 1:] if (si_level is not None and not rule.get("parent_re")) else []
            if area_mode == "by column":
                part_lv = []
            while part_lv and nfkc(part_lv[-1]) in GENERIC:
                part_lv = part_lv[:-1]
            part = "/".join(part_lv)
            # subject
            parent = ""
            if area_mode == "by row":
                subj_lv = lv_money[si_level] if si_level is not None else (lv_money[0] if lv_money else "")
                subject = strip_stage(subj_lv)
                if si_level is None:
                    part = ""
            elif rule.get("subject"):
                subject = rule["subject"]
                if re.search(rule.get("total_re", "^$"), name):
                    part = ""
                else:
                    texts = []
                    for jj in rule["part_cols"]:
                        cc = T.cover.get((r, jj))
                        tx = re.sub(r"小计$", "", cc["text"]) if cc else ""
                        if tx and tx not in texts:
                            texts.append(tx)
                    part = "/".join(texts)
            elif rule.get("parent_re"):
                p = parent_of.get(r)
                if p is not None:
                    subject = strip_stage(canonical(split_prefix(T.cell(p, seg[0])["text"])[1]))
                    part = canonical(name)
                else:
                    subject = strip_stage(canonical(name))
            else:
                subject = canonical(name)
                p = parent_of.get(r) if si == 0 else None
                if p is not None:
                    parent = canonical(split_prefix(T.cell(p, t.get("label_col", 0))["text"])[1])
            # code (hand-assigned classes, see classes.py)
            code, code_level = "", ""
            fam = family(kind)
            lvl = T.levels[r] if si == 0 and r < len(T.levels) else None
            for sel, level in t.get("code_rule") or []:
                # the first selector that takes the row and whose level knows its name gives the code
                if re.search(r"[（(]项[）)]$", name) or not selects(sel, prefix, lvl):
                    continue
                code, official = classes.lookup(fam, level, subject)
                if code:
                    code_level = level
                    subject = official
                    break
            page = assign_page(pw, t["pages"], state, c["text"], r)
            box = pw.last  # where poppler prints it (the sampler draws it; not part of the fact)
            out.append(collections.OrderedDict([
                ("page", page), ("table_kind", kind), ("table_title", title), ("form_no", t.get("form_no")),
                ("area", area), ("area_level", area_level or level_of_area(area)), ("area_source", area_src),
                ("label", label), ("prefix", prefix), ("subject", subject), ("parent", parent),
                ("code", code), ("code_level", code_level),
                ("header_path", " / ".join(levels)), ("measure", measure_name(stage, year, doc_year)),
                ("stage", stage), ("year", year), ("part", part),
                ("printed", c["text"]), ("unit", unit), ("amount_yuan", str(Decimal(num) * MULT[unit])),
                ("golden_table", ti), ("row", r), ("col", k), ("_box", box)]))
    return out, state["miss"]


AREA_LEVELS = {"全市": "whole", "全区": "whole", "全省": "whole", "市级": "city_level", "市本级": "own",
               "自治区本级": "own", "省本级": "own", "各市县": "lower_total", "区合计": "lower_total",
               "市县合计": "lower_total"}


def level_of_area(area):
    return AREA_LEVELS.get(area, "sub")


def parents(T, rule):
    """Row -> parent row: the nearest row above with a smaller label indent (the printed hierarchy), or
    with the same indent and a higher-ranking enumerator (一、 above （一） above 1.); totals (合计, 总计,
    小计) have no parent. With a parent_re rule: the nearest row above whose label matches it."""
    t = T.t
    lc = t.get("label_col", 0)
    out = {}
    ind = t.get("label_indent") or []
    rows = [r for r in range(T.hr, t["n_rows"]) if T.cell(r, lc) and T.cell(r, lc)["text"].strip()]
    for i, r in enumerate(rows):
        label = T.cell(r, lc)["text"]
        if rule.get("parent_re"):
            if re.match(rule["parent_re"], label):
                continue
            for r2 in reversed(rows[:i]):
                if re.match(rule["parent_re"], T.cell(r2, lc)["text"]):
                    out[r] = r2
                    break
            continue
        name = split_prefix(label)[1]
        if TOTAL_RE.search(name) or r >= len(ind) or ind[r] is None:
            continue
        rank = numbering_rank(label)
        for r2 in reversed(rows[:i]):
            l2 = T.cell(r2, lc)["text"]
            if ind[r2] is None:
                continue
            rank2 = numbering_rank(l2)
            if ind[r2] < ind[r] - 2.0 or (abs(ind[r2] - ind[r]) <= 2.0 and rank is not None
                                          and rank2 is not None and rank2 < rank):
                out[r] = r2
                break
            if abs(ind[r2] - ind[r]) <= 2.0 and rank is not None and rank2 is not None and rank2 == rank:
                continue
    return out


def numbering_rank(label):
    """Depth of a printed enumerator: 一、 0, （一） 1, 1. 2, （1） 3; None without one (or with 其中)."""
    s = label.replace(" ", "")
    for i, pat in enumerate((r"^[一二三四五六七八九十]+[、．.]", r"^[（(][一二三四五六七八九十]+[）)]",
                             r"^\d+[.、．](?!\d)", r"^[（(]\d+[）)]")):
        if re.match(pat, s):
            return i
    return None


# ---------------------------------------------------------------- documents

def derive(corpus):
    res = {}
    for path in sorted(glob.glob(os.path.join(TABLES, "*.json"))):
        doc = json.load(open(path, encoding="utf-8"))
        pw = PageWords(os.path.join(corpus, doc["file"]))
        facts, miss = [], 0
        for ti, t in enumerate(doc["tables"]):
            fs, m = facts_of_table(doc, ti, t, pw)
            facts += fs
            miss += m
        res[os.path.basename(path)] = (doc, facts, miss)
    return res


def dump(doc, facts):
    head = {"file": doc["file"], "sha256": doc["sha256"], "doc_kind": doc["doc_kind"], "year": doc["year"]}
    return ("{" + json.dumps(head, ensure_ascii=False)[1:-1] + ',\n "facts": [\n'
            + ",\n".join("  " + json.dumps({k: v for k, v in f.items() if k != "_box"}, ensure_ascii=False)
                          for f in facts) + "\n ]}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.environ.get("YUSUAN_CORPUS", os.path.join(REPO, "..", "shared", "corpus")))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    os.makedirs(FACTS, exist_ok=True)
    bad = total = 0
    for name, (doc, facts, miss) in derive(a.corpus).items():
        text = dump(doc, facts)
        out = os.path.join(FACTS, name)
        total += len(facts)
        kinds = collections.Counter(f["measure"] for f in facts)
        print("%6d facts  %-62s page lookups missed %d  %s" % (len(facts), name[:62], miss, dict(kinds)))
        bad += miss
        if a.check:
            old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
            if old != text:
                print("  DIFFERS:", out)
                bad += 1
        else:
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)
    print("%6d facts" % total)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
