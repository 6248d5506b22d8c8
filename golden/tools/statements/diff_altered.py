#!/usr/bin/env python3
"""Diff the error-injected Putuo 财政局 2024 决算 (altered/) against its clean original (dept/),
independently of yusuan.

Text: `pdftotext` (reading order, not -layout: the original's ONLYOFFICE layout interleaves
lines), all whitespace and form feeds removed, split after 。 and ；, pages without a table
unit line only; the two sentence lists aligned with difflib, and every replaced, removed or
added sentence printed with its page in each file and the characters that differ.
Tables: the figures of each titled table compared as multisets (table_figures.py).
Usage: diff_altered.py [SHARED_DIR]"""
import difflib
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "../shared"
ALTERED = next((SHARED / "corpus/altered").glob("*ce-shi-wen-ti-ban-ben*.pdf"))
_spec = importlib.util.spec_from_file_location("tf", HERE / "table_figures.py")
TF = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(TF)
ORIGINAL = next((SHARED / "corpus/dept").glob("*GOV__good__*cai-zheng-ju-2024*.pdf"))


def page_texts(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return raw.split("\f")[:-1]


def sentences(pdf: Path) -> list[tuple[int, str]]:
    table_pages: dict = {}
    TF.tables(str(pdf), table_pages)
    out = []
    carry, carry_page = "", 0
    for i, text in enumerate(page_texts(pdf), 1):
        flat = re.sub(r"\s+", "", text)
        if i in table_pages:
            # table pages: figures compared below; a page's heading (text before 单位) kept
            if carry:
                out.append((carry_page, carry))
                carry = ""
            if "单位" in flat:
                out.append((i, flat.split("单位")[0]))
            continue
        if carry:
            flat = carry + flat
        else:
            carry_page = i
        for part in re.split(r"(?<=[。；])", flat):
            if re.search(r"[。；]$", part):
                out.append((carry_page, part))
                carry_page = i
            else:
                carry = part
        if not re.search(r"[。；]$", flat):
            continue
        carry = ""
    if carry:
        out.append((carry_page, carry))
    return out


def show(a: str, b: str) -> str:
    d = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            d.append(f"[{a[max(0, i1 - 8):i1]}]{a[i1:i2]!r}->{b[j1:j2]!r}")
    return "; ".join(d)


def main():
    o, a = sentences(ORIGINAL), sentences(ALTERED)
    sm = difflib.SequenceMatcher(a=[s for _, s in o], b=[s for _, s in a], autojunk=False)
    print("# sentences that differ (original -> altered)")
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for (po, so), (pa, sa) in zip(o[i1:i2], a[j1:j2]):
                print(f"~ o p{po} / a p{pa}: {so}\n    {show(so, sa)}")
            continue
        for p, s in o[i1:i2]:
            print(f"- o p{p}: {s}")
        for p, s in a[j1:j2]:
            print(f"+ a p{p}: {s}")
    tf = TF
    import collections
    print("\n# table figures (multiset per table title; XX局 read as 财政局)")
    ta = {k.replace("XX局", "财政局"): v for k, v in tf.tables(str(ALTERED)).items()}
    to = tf.tables(str(ORIGINAL))
    import collections
    for t in sorted(set(ta) | set(to)):
        co = collections.Counter(f for f, _, _ in to.get(t, []) if "." in f)
        ca = collections.Counter(f for f, _, _ in ta.get(t, []) if "." in f)
        if co == ca:
            print(f"= {t}: {sum(co.values())} amounts identical")
            continue
        print(f"≠ {t}: {sum(co.values())} amounts in original, {sum(ca.values())} in altered")
        for f, n in (co - ca).items():
            where = [(p, tuple(round(v, 1) for v in bx)) for x, p, bx in to[t] if x == f]
            print(f"    only in original ×{n}: {f} at {where}")
        for f, n in (ca - co).items():
            where = [(p, tuple(round(v, 1) for v in bx)) for x, p, bx in ta[t] if x == f]
            print(f"    only in altered ×{n}: {f} at {where}")

    def order(figs):  # reading order: page, row (6 pt bands of the box centre), x
        return [f for f, p, b in sorted(figs, key=lambda t: (t[1], round((t[2][1] + t[2][3]) / 12), t[2][0]))]

    print("\n# same amounts in the same reading order?")
    for t in sorted(set(ta) & set(to)):
        print(f"{'=' if order(to[t]) == order(ta[t]) else '≠'} {t}")
    print("\n# characters of each table page (all words, XX局 read as 财政局)")
    po, pa = {}, {}
    tf.tables(str(ORIGINAL), po)
    tf.tables(str(ALTERED), pa)
    chars_o, chars_a = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
    for pages, pdf, chars in ((po, ORIGINAL, chars_o), (pa, ALTERED, chars_a)):
        for page, _, w in tf.words(str(pdf)):
            if page in pages:
                chars[pages[page]].update(w.replace("XX局", "财政局"))
    for t in sorted(set(chars_o) | set(chars_a)):
        d1, d2 = chars_o[t] - chars_a[t], chars_a[t] - chars_o[t]
        print(f"= {t}" if not d1 and not d2 else f"≠ {t}: original only {sum(d1.values())} chars {''.join(sorted(d1.elements()))[:60]}, altered only {''.join(sorted(d2.elements()))[:60]}")


if __name__ == "__main__":
    main()
