#!/usr/bin/env python3
"""Recompute every rate the explanatory text states from the amounts the same text states,
and check the year each comparison names — independently of yusuan.

Sentences come from `pdftotext` per page, whitespace removed, cut after 。 (and after ； for
the growth patterns). Patterns:
  A  "<base year>…为X万元，<year>…Y万元，比<base>增加/减少R%"        two amounts and a rate
  B  "Y万元，比<base>增加/减少Z万元，增长/下降R%"                     amount, change, rate
     (when the amount itself is the base year's — "（2016年度…为X万元），增加Z…" — X is the base)
  D  "Y万元，比…X万元增加Z万元": the change must be Y − X
  Z  a zero base ("增长100%" of nothing, "执行数为0万元…增加100%"): no finite rate exists
  C  "年初预算为X万元，支出决算为Y万元，完成…预算的R%"              completion rate
  S  "T万元，其中：/主要用于…：… X万元，占R%"                        share of the stated total
  Y  "比/与/较YYYY年…" naming a year other than the document's previous year
Each printed figure stands for an interval (± half a unit of its last digit). A stated rate
that is not the exact recomputation (rounded to its printed decimals) gets a verdict:
  wrong            its direction word contradicts the amounts, or it lies outside the
                   interval the printed figures allow by more than 0.1 point
  small            outside that interval by 0.01–0.1 point
  last_digit       off by at most 0.01 point (shares forced to add to 100%, truncation)
  within_rounding  off by more, but inside the interval (tiny amounts: 0.50 → 0.62)
  zero_base        a rate of growth stated from a base of 0 (a common convention)
A finding is kept only when both pdftotext readings (reading order and -layout) give it.
Prints TSV: file, page, kind, verdict, sentence, stated, recomputed, diff_points.
Usage: rates.py PDF_OR_DIR...   (document year from page 1 or the file name)"""
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

NUM = r"(\d[\d,]*(?:\.\d+)?)"
AMT = NUM + r"(亿元|万元|元)"
UP = ("增加", "增长", "上升", "提高", "增幅")
DOWN = ("减少", "下降", "降低", "降幅")
RATE = re.compile(r"(增长|下降|增加|减少|提高|降低|上升|增幅|降幅)了?(?:幅度为|幅度|为)?" + NUM + "%")


def half(s):
    s = s.replace(",", "")
    return D(5) / D(10) ** (len(s.split(".")[1]) + 1) if "." in s else D("0.5")


def val(s):
    return D(s.replace(",", ""))


def places(s):
    return len(s.split(".")[1]) if "." in s else 0


def rnd(x, n):
    return x.quantize(D(1) / D(10) ** n, rounding=ROUND_HALF_UP)


def direction(word):
    return 1 if word.startswith(UP) else -1 if word.startswith(DOWN) else 0


def ratio_interval(num, hn, den, hd):
    """Interval of num/den×100 for num ∈ [num ± hn], den ∈ [den ± hd], den > 0."""
    lo_d, hi_d = den - hd, den + hd
    if lo_d <= 0:
        return None
    cands = [a / b * 100 for a in (num - hn, num + hn) for b in (lo_d, hi_d)]
    return min(cands), max(cands)


def verdict(stated, exact, interval, wrong_direction=False):
    """(verdict, diff in points) or None when the stated rate is the exact one, rounded."""
    r = val(stated)
    diff = abs(r - exact)
    if wrong_direction:
        return "wrong", diff
    if rnd(exact, places(stated)) == r:
        return None
    hr = half(stated)
    outside = bool(interval) and (r + hr < interval[0] or r - hr > interval[1])
    if diff <= D("0.0101"):
        return "last_digit", diff
    if not outside:
        return "within_rounding", diff
    return ("small" if diff <= D("0.1") else "wrong"), diff


def growth(sentence):
    out = []
    amounts = [(m.start(), m.end(), m.group(1), m.group(2)) for m in re.finditer(AMT, sentence)]
    rates = [(m.start(), m.group(1), m.group(2)) for m in RATE.finditer(sentence)]
    change_spans = []
    # B / Z: an amount, then a direction word with an amount, then a rate
    changes = list(re.finditer(r"(增加|减少|增长|下降)了?" + AMT, sentence))
    change_starts = {m.start(2) for m in changes}
    for m in changes:
        change_spans.append(m.start())
        # the amount a change refers to: the last one before it that is not itself a change
        before = [a for a in amounts if a[1] <= m.start() and a[0] not in change_starts]
        later = [r for r in rates if r[0] > m.start()]
        if not before or not later:
            continue
        _, a_end, xs, xu = before[-1]
        zs, zu = m.group(2), m.group(3)
        if xu != zu:
            continue
        d = direction(m.group(1))
        _, rw, rs = later[0]
        x, z = val(xs), val(zs)
        if z == 0:
            continue  # 增加0万元，增长0%: nothing to recompute
        # Is the amount the base year's? ("（2016年度部门支出预算安排为8,648.07万元），增加…")
        # … or the object of 比/较 ("比2025年年初预算数69043.50万元增加…")
        prev_end = before[-2][1] if len(before) > 1 else 0
        head = sentence[prev_end: before[-1][0]]
        base_is_x = bool(re.search(r"[（(][^）)]*(上年|20\d\d年)[^）)]*$", head)
                         or re.search(r"(比|较)[^，,；。]*$", head))
        if base_is_x:
            base, cur, hb = x, x + d * z, half(xs)
            # both amounts stated ("Y万元，比…X万元增加Z万元"): the change must be Y − X
            if len(before) > 1 and before[-2][3] == xu:
                ys = before[-2][2]
                y = val(ys)
                if abs((y - x) - d * z) > half(ys) + half(xs) + half(zs):
                    out.append(("D", "wrong", f"{ys}{xu}，比…{xs}{xu}{m.group(1)}{zs}{zu}",
                                f"{ys} − {xs} = {y - x}", f"{abs(abs(y - x) - z)}"))
        else:
            base, cur, hb = x - d * z, x, half(xs) + half(zs)
        stated = f"{xs}{xu}，{m.group(1)}{zs}{zu}，{rw}{rs}%"
        if direction(rw) not in (0, d):
            out.append(("B", "wrong", stated, "direction words disagree", ""))
            continue
        if base <= hb:
            out.append(("Z", "zero_base", stated, f"base {x} − {z} = {x - z}: a rate of growth from 0 is undefined", ""))
            continue
        exact = z / base * 100
        v = verdict(rs, exact, ratio_interval(z, half(zs), base, hb))
        if v:
            out.append(("B", v[0], stated, f"{zs} / {base} = {rnd(exact, 2)}%", f"{rnd(v[1], 2)}"))
    # A: two amounts before a rate, with 比/较/相比 between them and the rate, no change amount
    for r_pos, rw, rs in rates:
        prior = [a for a in amounts if a[1] <= r_pos]
        if len(prior) < 2 or any(prior[-1][1] <= c < r_pos for c in change_spans):
            continue
        if not re.search(r"比|较|相比", sentence[prior[-1][1]: r_pos]):
            continue
        (_, _, a1, u1), (_, _, a2, u2) = prior[-2], prior[-1]
        if u1 != u2:
            continue
        x, y = val(a1), val(a2)
        stated = f"{a1}{u1} → {a2}{u2}，{rw}{rs}%"
        if x <= 0:
            out.append(("Z", "zero_base", stated, "base 0: a rate of growth from 0 is undefined", ""))
            continue
        real = (y > x) - (y < x)
        exact = abs(y - x) / x * 100
        iv = ratio_interval(abs(y - x), half(a1) + half(a2), x, half(a1))
        v = verdict(rs, exact, iv, direction(rw) != 0 and real != 0 and direction(rw) != real)
        if v:
            word = "增加" if real > 0 else "减少" if real < 0 else "持平"
            out.append(("A", v[0], stated, f"({a2} − {a1}) / {a1}: {word}{rnd(exact, 2)}%", f"{rnd(v[1], 2)}"))
    return out


def completion(sentence):
    out = []
    for m in re.finditer(r"(年初|全年|调整)?预算(?:数)?为" + AMT + r"[^。；]{0,30}?决算(?:数)?为" + AMT +
                         r"[^。；]{0,12}?完成(年初|全年|调整)?预算的" + NUM + "%", sentence):
        which, bs, bu, fs, fu, named, rs = m.groups()
        if which and named and which != named:
            # "年初预算为0万元，全年预算为X万元，…完成年初预算的R%": bind the named budget
            inner = re.search(named + r"预算(?:数)?为" + AMT, sentence[m.start(): m.end()])
            if inner:
                bs, bu = inner.group(1), inner.group(2)
        if bu != fu:
            continue
        b, f = val(bs), val(fs)
        stated = f"{named or ''}预算{bs}{bu}，决算{fs}{fu}，完成{named or ''}预算的{rs}%"
        if b == 0:
            others = [val(o.group(1)) for o in re.finditer(r"预算(?:数)?为" + AMT, m.group(0)) if val(o.group(1)) > 0]
            hint = "; ".join(f"{fs} / {o} = {rnd(f / o * 100, 2)}%" for o in others)
            out.append(("C", "wrong", stated, f"budget 0: no completion rate" + (f" (the rate matches {hint})" if hint else ""), ""))
            continue
        exact = f / b * 100
        v = verdict(rs, exact, ratio_interval(f, half(fs), b, half(bs)))
        if v:
            out.append(("C", v[0], stated, f"{fs} / {bs} = {rnd(exact, 2)}%", f"{rnd(v[1], 2)}"))
    return out


def shares(block):
    """Parts of a stated total: 'T万元…其中：…X万元，占R%' or 'T万元，主要用于…：…X万元，占R%';
    each part is measured against the nearest such total before it."""
    out = []
    totals = [(m.end(), m.group(1), m.group(2)) for m in
              re.finditer(AMT + r"[，,]?(?:其中[:：]|主要用于(?:以下方面)?[:：])", block)]
    for p in re.finditer(AMT + r"[，,]占" + NUM + "%", block):
        prior = [t for t in totals if t[0] <= p.start()]
        if not prior:
            continue
        _, ts, tu = prior[-1]
        xs, xu, rs = p.groups()
        t = val(ts)
        if xu != tu or t <= 0:
            continue
        exact = val(xs) / t * 100
        v = verdict(rs, exact, ratio_interval(val(xs), half(xs), t, half(ts)))
        if v:
            out.append(("S", v[0], f"{xs}{xu}，占{rs}% of {ts}{tu}", f"{xs} / {ts} = {rnd(exact, 2)}%", f"{rnd(v[1], 2)}"))
    return out


def years(sentence, year):
    out = []
    if not year:
        return out
    for m in re.finditer(r"(?:比|较|与|同)(20\d\d)年(?=[^，。；]{0,14}?(相比|增加|减少|增长|下降|持平|基本持平|同期))", sentence):
        y = int(m.group(1))
        if y != year - 1:
            out.append(("Y", "wrong", sentence[m.start(): m.start() + 16],
                        f"document year {year}: a comparison is with {year - 1}", ""))
    return out


def doc_year(pdf, first):
    m = re.search(r"(20\d\d)年", re.sub(r"\s+", "", first))
    if m:
        return int(m.group(1))
    m = re.search(r"(20\d\d)", pdf.name) or re.search(r"-(\d\d)-nian", pdf.name)
    return (int(m.group(1)) if len(m.group(1)) == 4 else 2000 + int(m.group(1))) if m else None


def read(pdf, layout):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout.split("\f")


def clause(block, at, figs):
    """The sentence of the block that holds the finding's first figure, cut at 。； (and at
    most 150 characters before that figure)."""
    first = block.find(figs[0]) if figs else at
    first = at if first < 0 else first
    left = max(block.rfind("。", 0, first), block.rfind("；", 0, first), first - 150, -1) + 1
    heads = [m.start() for m in re.finditer(r"第[一二三四五]部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）",
                                             block[left:first])]
    left += heads[-1] if heads else 0
    ends = [i for i in (block.find("。", first), block.find("；", first)) if i >= 0]
    return block[left: (min(ends) + 1) if ends else len(block)]


def findings(pages, year):
    """Sentences over the whole document (a sentence may cross a page break; it belongs to
    the page it starts on)."""
    flat, starts = "", []
    for i, page in enumerate(pages, 1):
        starts.append((len(flat), i))
        lines = [ln for ln in page.splitlines() if ln.strip()]
        # a page number alone on the first or last line is no part of a sentence
        for end in (-1, 0):
            if lines and re.fullmatch(r"\s*[-—－]?\s*\d{1,3}\s*[-—－]?\s*", lines[end]):
                lines.pop(end)
        flat += re.sub(r"\s+", "", "".join(lines))

    def page_at(pos):
        return max(p for off, p in starts if off <= pos) if starts else 1

    pos = 0
    for block in re.split(r"(?<=。)", flat):
        start = pos
        pos += len(block)
        if not block:
            continue
        found = shares(block) + completion(block)
        for s in (s for s in re.split(r"(?<=[；])", block) if s):
            found += growth(s) + years(s, year)
        for kind, v, stated, rec, diff in found:
            # the page of the finding: where its last figure is printed
            figs = re.findall(r"\d[\d,]*(?:\.\d+)?%?", stated)
            at = max(block.rfind(figs[-1]) if figs else 0, 0)
            yield page_at(start + at), kind, v, clause(block, at, figs), stated, rec, diff


def scan(pdf):
    """Findings of both pdftotext readings (reading order and -layout): a figure bound to
    the wrong words by one reading's line order (two-column pages) is not reported."""
    raw, lay = read(pdf, False), read(pdf, True)
    year = doc_year(pdf, raw[0] if raw else "")
    in_layout = {(i, k, st) for i, k, _, _, st, _, _ in findings(lay, year)}
    seen = set()
    for i, kind, v, block, stated, rec, diff in findings(raw, year):
        if (i, kind, stated) in in_layout and (i, kind, stated, block) not in seen:
            seen.add((i, kind, stated, block))
            yield str(pdf), i, kind, v, block, stated, rec, diff


def main():
    files = []
    for a in sys.argv[1:]:
        p = Path(a)
        files += sorted(p.glob("*.pdf")) if p.is_dir() else [p]
    print("file\tpage\tkind\tverdict\tsentence\tstated\trecomputed\tdiff_points")
    for pdf in files:
        for row in scan(pdf):
            print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main()
