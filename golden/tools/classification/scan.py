"""Code + name pairs in pdftotext -layout pages.

A page is read line by line. A code is a run of 3, 5, 7 or 9 digits that starts a layout
column (line start, two or more spaces, a bracket, or one space after a figure) and is not
part of a figure; `201   40   01` (split 类|款|项 columns, every part printed) is joined. The
name is the text that follows up to the first figure or the next code. A name that wraps in
its cell leaves text-only lines above and/or below the code's line: those are kept as
fragments and the name is assembled later (see build.assemble), preferring the reading that
another page prints on one line.

Nothing here knows a file, a city or a template: the rules are the shapes of the
classifications (first digit and 类 range) and of layout text.
"""

import collections
import re

from corpus import arabic_years, nfkc

# Width-preserving normalisation for structure only: full-width ASCII and the ideographic
# space become ASCII, one character for one, so that columns stay where they are and names
# can be cut from the printed line.
_FW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FW[0x3000] = 0x20


def structural(line):
    return line.translate(_FW)


# The families of codes, by first digits (the 类 ranges of the 政府收支分类科目).
def family(code):
    n = len(code)
    lei = int(code[:3])
    if 101 <= lei <= 119 and n in (3, 5, 7, 9):
        return "revenue"
    if 201 <= lei <= 239 and n in (3, 5, 7):
        return "function"
    if (301 <= lei <= 319 or lei == 399) and n in (3, 5):
        return "economic_dept"
    if (501 <= lei <= 519 or lei == 599) and n in (3, 5):
        return "economic_gov"
    return None


LEVELS = {
    "function": {3: "类", 5: "款", 7: "项"},
    "revenue": {3: "类", 5: "款", 7: "项", 9: "目"},
    "economic_dept": {3: "类", 5: "款"},
    "economic_gov": {3: "类", 5: "款"},
}


def parent_of(code):
    n = len(code)
    return code[: n - 2] if n > 3 else ""


# A figure: 1,234.56  -12  (12.00)  0.00  -  — ; percentages too.
FIGURE = re.compile(r"^[(（△-]?\d[\d,]*(\.\d+)?[)）]?%?$|^[-—－–]+$|^\d+(\.\d+)?%$")
HAN = re.compile(r"[\u3400-\u9fff]")
# Code shapes. `split` first: 201 40 01 (three parts) or 201 40 (two), every part printed.
SPLIT = re.compile(r"(?<![\d.,/:\-])(\d{3})( {1,10})(\d{2})(?:( {1,10})(\d{2}))?(?= |$)")
SINGLE = re.compile(r"(?<![\d.,/:\-])[\[【]?(\d{9}|\d{7}|\d{5}|\d{3})[\]】]?(?![\d.,%])")
# Names never start with a unit, a measure word or a date part (…增长 201 万元…).
BAD_START = re.compile(r"^(万|亿|元|年(?![初终金])|个(?!人)|名(?!胜)|件|份|号|项(?!目)|户(?!籍)|座|次|倍|张"
                       r"|辆|套|位|\d|[%％‰.,，。、)）])")
HEADER_WORDS = re.compile(r"科目编码|科目代码|功能分类|经济分类|科目名称|项目编码|收入分类|支出分类")


def _starts_column(s, i):
    """Does position i of the structural line start a layout column?"""
    if i == 0 or s[:i].strip() == "":
        return True
    if s[i - 1] in "[【|":
        return True
    if i >= 2 and s[i - 2 : i] == "  ":
        return True
    # one space after a figure (two-sided tables run columns together)
    if s[i - 1] == " " and i >= 2 and s[i - 2].isdigit():
        return True
    return False


def _name_after(orig, s, j, stop):
    """The name printed from column j up to the first figure, a gap of two or more spaces
    (the next layout column), the next code or `stop`: (name, start column, end column),
    cut from the printed line `orig`."""
    start = end = None
    last = None
    for m in re.compile(r"\S+").finditer(s, j, stop):
        t = m.group(0)
        if FIGURE.match(t):
            break
        if last is not None and m.start() - last >= 2:
            break
        if start is None:
            start = m.start()
        end = last = m.end()
    if start is None:
        return "", j, j
    return orig[start:end].strip(), start, end


def _clean(name):
    """Printed prefixes and markers that are not part of a name."""
    n = name.strip().strip("　")
    n = re.sub(r"^[-—－–·•]+", "", n).strip()
    n = re.sub(r"^(其中[:：]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*", "", n)
    return n.strip()


def find_codes(orig):
    """Code matches on one printed line: list of dicts (code, family, col, end, name,
    name_start, name_end, split)."""
    s = structural(orig)
    found = []
    taken = [False] * (len(s) + 1)
    for m in SPLIT.finditer(s):
        if not _starts_column(s, m.start()):
            continue
        code = m.group(1) + m.group(3) + (m.group(5) or "")
        if family(code) is None or family(m.group(1)) is None:
            continue
        found.append((m.start(), m.end(), code, True))
        for i in range(m.start(), m.end()):
            taken[i] = True
    for m in SINGLE.finditer(s):
        if taken[m.start()] or not _starts_column(s, m.start()):
            continue
        code = m.group(1)
        if family(code) is None:
            continue
        found.append((m.start(), m.end(), code, False))
    found.sort()
    out = []
    for idx, (a, b, code, split) in enumerate(found):
        stop = found[idx + 1][0] if idx + 1 < len(found) else len(s)
        name, ns, ne = _name_after(orig, s, b, stop)
        out.append(
            dict(code=code, family=family(code), col=a, end=b, name=name, ns=ns, ne=ne,
                 split=split, stop=stop)
        )
    return out


def figures_in(s):
    return [m for m in re.finditer(r"\S+", s) if FIGURE.match(m.group(0))]


def title_year(lines):
    """The latest year a page's title/header area names (2018年…执行情况表 / 2019年预算数):
    the classification a table uses is that of the latest year it shows."""
    years = []
    for ln in lines:
        t = arabic_years(re.sub(r"\s+", "", nfkc(ln)))
        if len(t) > 80:
            continue
        for m in re.finditer(r"((?:19|20)\d\d)年", t):
            rest = t[m.end():m.end() + 40]
            if re.search(r"预算|决算|执行|收入|支出|表", t):
                years.append(int(m.group(1)))
    return max(years) if years else None


def name_problem(name):
    """Why a printed text cannot be a classification name (None when it can be one)."""
    n = nfkc(name).strip()
    if len(HAN.findall(n)) < 2:
        return "no name"
    if BAD_START.match(n):
        return "figure in text"
    if re.search(r"[，。；：;]|:(?!$)", n.rstrip("：:")):
        return "sentence"
    if re.search(r"(局|厅|委员会|办公室|办事处|人民政府)$", n):
        return "body name"
    return None


def column_votes(lines, line_no, a, b, code_cols):
    """Votes of the page's other lines on whether columns [a, b) hold codes or figures:
    (codes, figures). A code candidate standing where figures are printed is a figure."""
    codes = figs = 0
    for i, ln in enumerate(lines):
        if i == line_no:
            continue
        if any((i, a + d) in code_cols for d in (-2, -1, 0, 1, 2)):
            codes += 1
            continue
        s = structural(ln)
        for m in re.finditer(r"\S+", s):
            if abs(m.end() - b) <= 1 or abs(m.start() - a) <= 1:
                if FIGURE.match(m.group(0)):
                    figs += 1
                break
    return codes, figs


def _fragment(orig, lo, hi, half_end):
    """The text a line prints in columns [lo, hi) when it is text only (a wrapped part of a
    name): None when that range is empty or holds a figure, a code or a header word, or
    when the line prints figures in the code's half of the table (then it is a row of its
    own, e.g. a 类 printed without code)."""
    s = structural(orig)
    if figures_in(s[max(lo, 0):half_end]):
        return None
    toks = [m for m in re.finditer(r"\S+(?: \S+)*", s) if lo <= m.start() < hi]
    if not toks:
        return None
    text = " ".join(orig[m.start():m.end()].strip() for m in toks)
    t = structural(text)
    if not HAN.search(t) or figures_in(t):
        return None
    if any(family(m.group(1)) for m in SINGLE.finditer(t)):
        return None
    if re.search(r"合计|总计|单位[:：]|科目|编码|^项目$|^[类款项]$|[预决]算数|[执完]成数|执行数|增长|增减"
                 r"|[%％]|比上年|^金额$|名称$", nfkc(text)):
        return None
    return toks[0].start(), text


def _blank(line):
    """An empty line, or a page number (- 142 -, 第 3 页) standing alone."""
    return re.fullmatch(r"\s*(?:[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d+\s*页)?\s*", structural(line)) is not None


def _stacked(lines, r, taken):
    """A 类 part printed alone with its 款 part on the next line(s) (`302` / `  25 专用燃料费`):
    the line and column of the 款 part and its name, or None."""
    for j in (r["line"] + 1, r["line"] + 2):
        if j >= len(lines) or j in taken:
            return None
        s = structural(lines[j])
        m = re.compile(r"(\d{2})(?= |$)").search(s, max(r["end"] - 1, 0), r["end"] + 12)
        if m and s[r["col"]:m.start()].strip() == "" and not s[m.end():m.end() + 1].isdigit():
            name, ns, ne = _name_after(lines[j], s, m.end(), len(s))
            return j, m, name
        if s[r["col"]:r["end"] + 12].strip():
            return None
    return None


def _claim(rows):
    """Gives each text-only line next to codes to one code's name. A code printed with no
    name on its line sits in the middle of its wrapped name (a centred cell): it takes as
    many lines above as below (all lines of the one side that has any). A code with its
    name on its line takes, on a page of centred cells, one line above and one below when
    both are free (a three-line name), else the free lines below it (a continuation)."""
    live = [r for r in rows if r["reject"] is None]
    taken = set()

    def free(frags):
        out = []
        for f in frags:
            if (f[0], f[1]) in taken:
                break
            out.append(f)
        return out

    for r in live:
        r["claimed"] = ([], [])
    centred = any(not r["name"] and r["above"] and r["below"] for r in live)
    for r in sorted(live, key=lambda r: r["line"]):
        if r["name"]:
            continue
        a = free(r["above"][::-1])[::-1]
        b = free(r["below"])
        # as many lines above as below; with one side only, one line of it on a page of
        # centred cells (the rest belong to the neighbouring codes), else up to two
        if a and b:
            k = min(len(a), len(b), 2)
            a, b = a[len(a) - k:], b[:k]
        else:
            n = 1 if centred else 2
            a, b = a[len(a) - n:] if a else a, b[:n]
        r["claimed"] = (a, b)
        taken.update((f[0], f[1]) for f in r["claimed"][0] + r["claimed"][1])
    for r in sorted(live, key=lambda r: r["line"]):
        if not r["name"]:
            continue
        a = free(r["above"][::-1])[::-1]
        b = free(r["below"])
        if centred:
            r["claimed"] = (a[-1:], b[:1]) if a and b else ([], [])
        else:
            r["claimed"] = ([], b)
        taken.update((f[0], f[1]) for f in r["claimed"][0] + r["claimed"][1])
    if centred:
        # what is left continues the name of the code above it
        for r in sorted(live, key=lambda r: r["line"]):
            if r["name"] and not r["claimed"][1]:
                b = free(r["below"])
                if b:
                    r["claimed"] = (r["claimed"][0], b)
                    taken.update((f[0], f[1]) for f in b)


# Codes printed in sentences: 公共安全支出（204类）司法（06款）行政运行（01项）…, 公安（20402 科目）…
_NAR_CHAIN = re.compile(r"([\u3400-\u9fff（）()、]{2,40}?)[（(]\s*(\d{3})\s*类\s*[)）]"
                        r"(?:([\u3400-\u9fff（）()、]{2,40}?)[（(]\s*(\d{2})\s*款\s*[)）]"
                        r"(?:([\u3400-\u9fff（）()、]{2,40}?)[（(]\s*(\d{2})\s*项\s*[)）])?)?")
_NAR_ONE = re.compile(r"([\u3400-\u9fff]{2,30})\s*[（(]\s*(\d{3}|\d{5}|\d{7})\s*科目\s*[)）]")


def narrative(lines):
    """Codes a sentence prints with their names (a department's explanation of its items)."""
    out = []
    for i, ln in enumerate(lines):
        t = structural(ln)
        for m in _NAR_CHAIN.finditer(t):
            parts = [(m.group(1), m.group(2)), (m.group(3), m.group(4)), (m.group(5), m.group(6))]
            code = ""
            for name, digits in parts:
                if not digits:
                    break
                code += digits
                out.append(dict(code=code, family=family(code), col=m.start(), end=m.start(), line=i,
                                name=_clean(name.lstrip("、，,.。 ")), ns=0, ne=0, split="narrative",
                                stop=len(t), above=[], below=[], claimed=([], []), reject=None))
        for m in _NAR_ONE.finditer(t):
            out.append(dict(code=m.group(2), family=family(m.group(2)), col=m.start(), end=m.start(), line=i,
                            name=_clean(m.group(1)), ns=0, ne=0, split="narrative", stop=len(t), above=[],
                            below=[], claimed=([], []), reject=None))
    return [r for r in out if r["family"] and len(r["code"]) in LEVELS[r["family"]]]


def scan_page(text):
    """Code candidates on one page, each with its name, the fragments of a wrapped name
    around it and, when it cannot be a code, why (`reject`). Returns (candidates, the
    year the page's title area names, whether the header names a classification)."""
    lines = text.split("\n")
    rows = []
    for i, ln in enumerate(lines):
        for c in find_codes(ln):
            c["line"] = i
            rows.append(c)
    nar = narrative(lines)
    if not rows:
        return nar, None, bool(nar)
    # a 类 part alone, its 款 part below it: one code
    by_line = collections.defaultdict(list)
    for r in rows:
        by_line[r["line"]].append(r)
    for r in rows:
        if len(r["code"]) != 3 or r["split"]:
            continue
        st = _stacked(lines, r, by_line)
        if st and (not st[2] or not r["name"]):
            j, m, name = st
            r["code"] += m.group(1)
            r["split"] = "stacked"
            r["name"] = (r["name"] + name) if r["name"] else name
            r["end_below"] = (j, m.end())
    header = any(HEADER_WORDS.search(re.sub(r"\s+", "", nfkc(ln))) for ln in lines)
    first = min(r["line"] for r in rows)
    ty = title_year(lines[:first])
    if ty is None and sum(1 for ln in lines[:first] if ln.strip()) <= 2:
        ty = "continued"  # no title area: the table runs on from the previous page
    for r in rows:
        s = structural(lines[r["line"]])
        figs = figures_in(s[r["end"]:r["stop"]])
        lo = r["end"] - 2
        hi = r["end"] + figs[0].start() if figs else r["stop"]
        if not figs and r["stop"] >= len(s.rstrip()):
            hi = 10**6  # nothing after the code's name: its column runs to the right
        if r.get("end_below"):
            lo = max(lo, r["end_below"][1] - 2)
        half_end = r["stop"] if r["stop"] < len(s.rstrip()) else 10**6

        def blocked(j):
            return any(r["col"] - 3 <= o["col"] < hi for o in by_line.get(j, ()))

        above, below = [], []
        # a code printed with no name on its line may stand apart from its name's lines
        # by a few blank lines (a page break's footer area, a tall cell)
        blanks = 6 if not r["name"] else 0
        j = r["line"] - 1
        while j >= 0 and not blocked(j) and len(above) < 3:
            if not above and blanks and _blank(lines[j]):
                blanks -= 1
                j -= 1
                continue
            seg = _fragment(lines[j], lo, hi, half_end)
            if seg is None:
                break
            above.insert(0, (j,) + seg)
            j -= 1
        j = (r["end_below"][0] if r.get("end_below") else r["line"]) + 1
        blanks = 6 if not r["name"] else 0
        while j < len(lines) and not blocked(j) and len(below) < 3:
            if not below and blanks and _blank(lines[j]):
                blanks -= 1
                j += 1
                continue
            seg = _fragment(lines[j], lo, hi, half_end)
            if seg is None:
                break
            below.append((j,) + seg)
            j += 1
        if r.get("end_below") and not r["name"]:
            above = []
        r["above"], r["below"] = above, below
        r["name"] = _clean(r["name"])
        r["reject"] = None
        if not (r["name"] or above or below):
            r["reject"] = "no name"
        elif r["name"] and name_problem(r["name"]):
            r["reject"] = name_problem(r["name"])
    _claim(rows)
    # a code standing where the page's other lines print figures is a figure
    named = {(r["line"], r["col"]) for r in rows if r["reject"] is None}
    # (a code whose printed line has no name is judged on its assembled name, build.decide)
    for r in rows:
        if r["reject"] is None and lines[r["line"]][: r["col"]].strip():
            c, f = column_votes(lines, r["line"], r["col"], r["end"], named)
            if f > c:
                r["reject"] = "figure column"
    return rows + nar, ty, header
