#!/usr/bin/env python3
"""Builds data/classification/ from the codes and names the shared corpora print.

    python3 golden/tools/classification/build.py [--shared ../shared] [--cache DIR]

Run from the repository root. Reads every PDF of ../shared/corpus/{dept,dept2026,city,gov,
altered} through `pdftotext -layout` (cached by content hash in --cache), finds code + name
pairs (scan.py), assembles wrapped names, decides which candidates are codes, and writes:

  data/classification/classification.csv  the table (one row per code and name period)
  data/classification/aliases.csv         类 names printed without codes, with sources
  golden/tools/classification/coverage.txt   every code-shaped token printed and what became of it
  golden/tools/classification/conflicts.txt  every code printed with more than one name, resolved

The output depends only on the PDFs and on doc_years.tsv (the reviewed year of each document).
"""

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import HERE, detect_year, load_years, nfkc, pages, pdfs, write_years  # noqa: E402
from scan import HAN, LEVELS, family, name_problem, parent_of, scan_page  # noqa: E402

ROOT = HERE.parent.parent.parent
OUT = ROOT / "data" / "classification"


# ---------------------------------------------------------------------------------------
# names


def key(name):
    """The comparison key of a name: NFKC (full- and half-width brackets alike), no
    whitespace, no footnote marks (*, 注1), no level marker the printer added ((款), (项))."""
    k = re.sub(r"\s+", "", nfkc(name))
    k = re.sub(r"[“”„‟〝〞＂]", '"', k)
    k = re.sub(r"[‘’‚‛]", "'", k)
    k = re.sub(r"[*※]+$", "", k)
    k = re.sub(r"\(注\d*\)$|注\d+$", "", k)
    k = re.sub(r"\((类|款|项|目)\)$", "", k)
    return k


def printed(name):
    """The printed name with the spaces of letter-spaced text taken out (行 政 运 行)."""
    n = name.strip()
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", n)


def readings(c):
    """The names a candidate's lines can be read as, the default first: the name on the
    code's line with the text-only lines scan._claim gave it (a name wrapped in its cell),
    then every other join of the adjacent text-only lines (for corroboration: the reading
    another page prints on one line wins, build.decide)."""
    same = c["name"]
    above = [f[2] for f in c["above"]]
    below = [f[2] for f in c["below"]]
    ca, cb = c.get("claimed", ([], []))
    default = "".join(f[2] for f in ca) + same + "".join(f[2] for f in cb)
    opts = [(default, len(ca) + len(cb))]
    for na in range(0, len(above) + 1):
        for nb in range(0, len(below) + 1):
            if na + nb or same:
                opts.append(("".join(above[len(above) - na:]) + same + "".join(below[:nb]), na + nb))
    seen, out = set(), []
    for n, w in opts:
        n = printed(n)
        if n and n not in seen:
            seen.add(n)
            out.append((n, w))
    return out


# ---------------------------------------------------------------------------------------
# scanning


def scan(shared, cache, overrides):
    """All candidates of all documents, with provenance and year; the documents; the rows
    of doc_years.tsv (the year detected, the reviewed override kept)."""
    cands, unreadable, docs, year_rows, lone = [], [], {}, [], []
    for corpus, rel, path in pdfs(shared):
        ps = pages(path, cache)
        if ps is None:
            unreadable.append(rel)
            year_rows.append((rel, corpus, None, overrides.get(rel, ""), "unreadable", ""))
            continue
        detected, rule, evidence = detect_year(ps)
        ov = overrides.get(rel, "")
        year_rows.append((rel, corpus, detected, ov, rule, evidence))
        dy = int(ov.split()[0]) if ov.strip()[:4].isdigit() else detected
        docs[rel] = dict(corpus=corpus, year=dy, pages=len(ps))
        carry = None
        for i, text in enumerate(ps):
            rows, ty, header = scan_page(text)
            if ty == "continued":
                ty = carry
            if rows:
                carry = ty
            # the page year: the latest year its table title names, else the document's
            py = ty if ty is not None and dy is not None and abs(ty - dy) <= 1 else dy
            for r in rows:
                r.update(file=rel, corpus=corpus, page=i + 1, year=py, header=header)
                cands.append(r)
            lone_parts(text, rows, rel, i + 1, lone)
    return cands, unreadable, docs, year_rows, lone


def lone_parts(text, rows, rel, page, out):
    """Lines of a table headed 类 | 款 | 项 that print a 款 or 项 part and a name but no 类 part
    (a template that prints the 类 once): codes the scanner cannot join. None are known in
    the corpora; they are listed in coverage.txt so that a new template shows up."""
    if not re.search(r"类\s+款", text):
        return
    taken = {r["line"] for r in rows}
    for j, ln in enumerate(text.split("\n")):
        if j not in taken and re.match(r"^\s*\d{2}(\s{1,8}\d{2})?\s+[\u3400-\u9fff]{2,}", nfkc(ln)):
            out.append((rel, page, j, ln.strip()[:60]))


def decide(cands):
    """Marks each candidate accepted (a code with a name) or rejected with a reason.

    A 5-, 7- or 9-digit code is accepted on a page whose header names a classification
    (科目编码, 功能分类 …) or that prints a parent or child of it; a 3-digit code (a 类, and
    the shape row numbers and figures also take) also when another accepted candidate
    prints the same name for it. Everything else must be corroborated by name.
    """
    by_page = collections.defaultdict(list)
    for c in cands:
        by_page[(c["file"], c["page"])].append(c)
    for pc in by_page.values():
        good = [c for c in pc if not c["reject"]]
        codes = {c["code"] for c in good}
        split = any(c["split"] for c in good)
        for c in good:
            kin = any(
                o != c["code"] and family(o) == c["family"]
                and (o.startswith(c["code"]) or c["code"].startswith(o)
                     or (len(o) == len(c["code"]) > 3 and o[:-2] == c["code"][:-2]))
                for o in codes
            )
            c["structured"] = bool(kin or split or c["header"])
            c["kin"] = kin
    # names printed whole on the code's line (no wrapped lines given to it) by structured
    # pages, per code
    strong_names = collections.defaultdict(set)
    for c in cands:
        if (not c["reject"] and c.get("structured") and c["name"]
                and not any(c.get("claimed", ([], []))) and not name_problem(c["name"])):
            strong_names[c["code"]].add(key(c["name"]))
    for c in cands:
        if c["reject"]:
            continue
        opts = [(n, w) for n, w in readings(c) if not name_problem(n)]
        if not opts:
            c["reject"] = name_problem(readings(c)[0][0]) if readings(c) else "no name"
            continue
        known = strong_names.get(c["code"], set())
        match = [n for n, _ in opts if key(n) in known]
        c["assembled"] = False
        if match:
            # the reading another page prints on one line (the default when it is one of
            # them, else the longest)
            c["final"] = opts[0][0] if key(opts[0][0]) in known else max(match, key=lambda n: len(key(n)))
            c["assembled"] = c["final"] != printed(c["name"])
            c["corroborated"] = True
        else:
            c["final"] = opts[0][0] if opts else ""
            c["assembled"] = bool(opts and opts[0][1])
        if not c["final"]:
            c["reject"] = "no name"
            continue
        if len(c["code"]) == 3:
            ok = c["kin"] or c["header"] or key(c["final"]) in known
            if not ok:
                c["reject"] = "3-digit, unconfirmed"
        elif not c.get("structured") and key(c["final"]) not in known:
            c["reject"] = "no classification context"


# ---------------------------------------------------------------------------------------
# the table


def src(file, page):
    """A source as `corpus/file.pdf:page` (relative to ../shared/corpus)."""
    return f"{file.replace('../shared/corpus/', '')}:{page}"


class Variant:
    """One name (by key) of one code: where and in which years it is printed."""

    def __init__(self, k):
        self.key = k
        self.forms = collections.Counter()  # printed forms (NFKC-equal, spacing apart)
        self.places = []  # (year, file, page, corpus, assembled)
        self.oneline = 0

    def docs(self, official=True):
        return {p[1] for p in self.places if not official or p[3] != "altered"}

    def years(self):
        return sorted({p[0] for p in self.places if p[0] is not None and p[3] != "altered"})

    def docs_in(self, y):
        return {p[1] for p in self.places if p[0] == y and p[3] != "altered"}

    def name(self):
        # the printed form most documents use (ties: the full-width form, as the MoF prints)
        return max(self.forms.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def sources(self, n=3, years=None):
        """One place per document (of `years` when given): the earliest year's, the latest
        year's, then others; official documents before the altered corpus."""
        first = {}
        places = [p for p in self.places if years is None or p[0] in years] or self.places
        for p in sorted(places, key=lambda p: (p[3] == "altered", p[0] or 0, p[1], p[2])):
            first.setdefault(p[1], p)
        ps = list(first.values())
        pick = []
        for p in [ps[0], ps[-1]] + ps[1:-1]:
            if p not in pick:
                pick.append(p)
        return [src(p[1], p[2]) for p in pick[:n]]


def aggregate(cands):
    """(classification, code) -> {key: Variant}, with wrapped-name readings that are part of
    (or run past) a name the same code has elsewhere merged into it: an assembly of wrapped
    lines is the weaker reading of a name."""
    codes = collections.defaultdict(dict)
    for c in cands:
        if c["reject"]:
            continue
        k = key(c["final"])
        v = codes[(c["family"], c["code"])].setdefault(k, Variant(k))
        v.forms[printed(c["final"])] += 1
        asm = bool(c.get("assembled")) and not c.get("corroborated")
        v.places.append((c["year"], c["file"], c["page"], c["corpus"], asm))
        v.oneline += 0 if asm else 1
    merged = []
    for (fam, code), vs in codes.items():
        for k in sorted(vs, key=lambda k: (vs[k].oneline, len(vs[k].places))):
            v = vs[k]
            if v.oneline:
                continue
            into = [w for w in vs.values() if w is not v and (w.oneline or len(w.places) > len(v.places))
                    and (v.key in w.key or w.key in v.key)]
            if into:
                w = max(into, key=lambda w: (w.oneline, len(w.places)))
                w.places += v.places
                merged.append((fam, code, v.key, w.key, [src(p[1], p[2]) for p in v.places]))
                del vs[k]
    return codes, merged


def resolve(fam, code, vs):
    """Rows for one code: one per period in which one name dominates (most documents of
    each year); names of a minority in a year another name dominates are same-year
    conflicts, kept on the row as flagged variants. Returns (rows, resolution notes)."""
    official = {k: v for k, v in vs.items() if v.docs()}
    notes = []
    years = sorted({y for v in official.values() for y in v.years()})
    dom = []
    for y in years:
        counts = sorted(((len(v.docs_in(y)), len(v.docs()), k) for k, v in official.items() if v.docs_in(y)),
                        reverse=True)
        tie = len(counts) > 1 and counts[0][0] == counts[1][0]
        dom.append((y, counts[0][2], tie, counts))
    periods = []
    for y, k, tie, counts in dom:
        if periods and periods[-1]["key"] == k:
            periods[-1]["years"].append(y)
        else:
            periods.append(dict(key=k, years=[y]))
    if not periods:
        # printed only in the altered corpus, or only in documents of unknown year
        k = max(vs, key=lambda k: len(vs[k].places))
        periods = [dict(key=k, years=[])]
    rows = []
    last = len(periods) - 1
    for i, p in enumerate(periods):
        v = vs[p["key"]]
        lo, hi = (p["years"][0], p["years"][-1]) if p["years"] else (None, None)
        others = []
        for k, w in vs.items():
            if k == p["key"]:
                continue
            ys = [y for y in w.years() if y in p["years"]]
            if ys:
                others.append((w, "same year " + ",".join(map(str, ys))))
            elif i == last and not w.docs():
                others.append((w, "altered corpus only"))
            elif i == last and not w.years():
                others.append((w, "document year unknown"))
        row = dict(
            classification=fam, code=code, level=LEVELS[fam][len(code)], parent=parent_of(code),
            name=v.name(),
            printed_forms=" | ".join(f for f in sorted(v.forms, key=lambda f: -v.forms[f]) if f != v.name()),
            valid_from=lo if i > 0 else "", valid_to=hi if i < last else "",
            first_seen=lo or "", last_seen=hi or "",
            years=" ".join(map(str, p["years"])),
            n_docs=len({pl[1] for pl in v.places if pl[0] in p["years"] and pl[3] != "altered"} or v.docs(False)),
            sources=" ".join(v.sources(3, set(p["years"]) or None)),
            variants=" | ".join(f"{w.name()} [{why}; {len(w.docs(False))} doc: "
                                f"{' '.join(w.sources(2, set(p['years']) or None))}]" for w, why in others),
            status="ok",
            notes=[],
        )
        if last:
            row["status"] = "renamed"
            if i:
                prev = periods[i - 1]["years"][-1]
                row["notes"].append(f"follows {vs[periods[i - 1]['key']].name()} (last printed {prev})")
                gap = list(range(prev + 1, lo))
                if gap:
                    row["notes"].append("no document of " + ",".join(map(str, gap))
                                        + " prints this code: validity split at the years observed")
            if [q["key"] for q in periods].count(p["key"]) > 1:
                row["notes"].append("the same name is printed again after another name's years")
            if i < last:
                row["notes"].append(f"followed by {vs[periods[i + 1]['key']].name()} "
                                    f"(first printed {periods[i + 1]['years'][0]})")
        if others:
            row["status"] += "+conflict" if last else ""
            row["status"] = "conflict" if row["status"] == "ok" else row["status"]
        if all(pl[4] for pl in v.places):
            row["notes"].append("name assembled from wrapped lines, never printed on one line")
        if not v.docs():
            row["notes"].append("printed in the altered corpus only (not official data)")
        row["notes"] = "; ".join(row["notes"])
        rows.append(row)
        for w, why in others:
            notes.append(f"{fam} {code}: {v.name()} kept ({lo}-{hi}, {len(v.docs())} doc); {w.name()} flagged "
                         f"({why}; {len(w.docs(False))} doc: {' '.join(w.sources(3, set(p['years']) or None))})")
    if last:
        notes.append(f"{fam} {code}: split by year: " + " -> ".join(
            f"{vs[q['key']].name()} [{q['years'][0]}-{q['years'][-1]}, "
            f"{len({d for y in q['years'] for d in vs[q['key']].docs_in(y)})} doc: "
            f"{' '.join(vs[q['key']].sources(2, set(q['years'])))}]" for q in periods))
        seen = [q["key"] for q in periods]
        if len(set(seen)) < len(seen):
            notes.append(f"{fam} {code}: a name returns after another name's years (documents of different "
                         "years disagree; kept as printed, one row per period)")
    return rows, notes


COLUMNS = ["classification", "code", "level", "parent", "name", "aliases", "valid_from", "valid_to",
           "first_seen", "last_seen", "years", "n_docs", "sources", "status", "variants",
           "printed_forms", "notes"]


# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# names printed without codes


LABEL_PREFIX = re.compile(r"^(其中[:：]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]"
                          r"|[①②③④⑤⑥⑦⑧⑨⑩])\s*")


def labels(text):
    """Row labels of a page's table lines: a run of text standing two or more spaces before
    a figure (both halves of a 收入 | 支出 table), not a sentence, with its printed prefix
    (一、 (一) 1. 其中：) taken off."""
    from scan import FIGURE, structural
    out = []
    for ln in text.split("\n"):
        s = structural(ln)
        chunks = [m for m in re.finditer(r"\S+(?: \S+)*", s)]
        for i, m in enumerate(chunks[:-1]):
            t = ln[m.start():m.end()].strip()
            nxt = chunks[i + 1].group(0).split(" ")[0]
            if (HAN.search(t) and FIGURE.match(nxt) and not FIGURE.match(t.split(" ")[-1])
                    and not re.search(r"[，。；;：:,]", nfkc(t).rstrip("：:"))):
                pm = LABEL_PREFIX.match(nfkc(t).strip())
                out.append((pm.group(1) if pm else "", LABEL_PREFIX.sub("", nfkc(t).strip())))
    return out


# Labels that name a budget or nothing in particular: never a 类 by adding 支出.
NOT_ALIASES = re.compile(r"预算$|^其他$|^合计$|^总计$|^小计$")


def name_index(table):
    """key -> {(classification, code)} over every name the table holds (all periods)."""
    idx = collections.defaultdict(set)
    for r in table:
        idx[key(r["name"])].add((r["classification"], r["code"], r["level"]))
    return idx


def name_only(cands, shared, cache, docs, table):
    """Labels printed on table lines of pages that print no code, matched to the table:
    returns (aliases: (classification, code) -> alias key -> places, label stats)."""
    idx = name_index(table)
    lei, lei_docs = {}, collections.Counter()
    for r in table:
        if r["level"] == "类" and r["classification"] in ("function", "revenue"):
            lei.setdefault(key(r["name"]), set()).add((r["classification"], r["code"]))
            lei_docs[key(r["name"])] += int(r["n_docs"])
    coded = {(c["file"], c["page"]) for c in cands if not c["reject"]}
    aliases = collections.defaultdict(lambda: collections.defaultdict(list))
    also = {}
    stats = collections.defaultdict(lambda: collections.defaultdict(set))  # key -> prefix -> places
    for corpus, rel, path in pdfs(shared):
        ps = pages(path, cache)
        if ps is None:
            continue
        for i, text in enumerate(ps):
            if (rel, i + 1) in coded:
                continue
            for prefix, lab in labels(text):
                k = key(lab)
                if len(HAN.findall(k)) < 2:
                    continue
                stats[k][prefix].add((rel, i + 1, docs[rel]["year"], corpus))
                # a 类 name, or a 类 name less its 支出 / 收入
                if NOT_ALIASES.search(k):
                    continue
                hits = set()
                for kk in (k, k + "支出", k + "收入"):
                    for fc in lei.get(kk, ()):
                        hits.add((fc, kk))
                if len({fc for fc, _ in hits}) != 1:
                    continue
                fc, kk = next(iter(hits))
                # unambiguous among the 类: neither the label nor the 类 name it reads as is
                # another 类's name (其他支出 is 229, 399 and 599). A 款 or 项 of the same name
                # (一般公共服务 is also 21901) is recorded: a matcher needs the row's level.
                other = {(c, code) for x in {k, kk} for c, code, lv in idx.get(x, ()) if lv == "类"} - {fc}
                if other:
                    continue
                lower = sorted({f"{c}:{code}" for c, code, lv in idx.get(k, ()) if lv != "类"})
                if lower and kk != k and lei_docs[kk] < 2:
                    # the 类 name it would read as rests on one document, and the label is
                    # the name of a 款 or 项: no alias
                    continue
                aliases[fc][k].append((rel, i + 1, docs[rel]["year"], corpus, prefix))
                also[(fc, k)] = lower
    return aliases, also, stats


# ---------------------------------------------------------------------------------------


FAMILY_ORDER = {"function": 0, "economic_dept": 1, "economic_gov": 2, "revenue": 3}
REASONS = {
    "3-digit, unconfirmed": "a 3-digit number before a name on a page with no classification header, no "
                            "longer code below it and a name no other page gives that 类 (row numbers 序号, "
                            "project or bond numbers)",
    "no classification context": "a code-shaped number before a name on a page with no classification header "
                                 "and no related code (parent, child or sibling), whose name no structured "
                                 "page gives that code",
    "body name": "followed by the name of a body (…局, …委员会): a unit code (单位编码), not a subject code",
    "figure column": "stands in a column of figures (other lines print amounts there)",
    "figure in text": "a figure in a sentence or a label (…201 万元, 6月9日)",
    "sentence": "followed by a sentence, not a name",
    "no name": "no name on its line or next to it: an amount, a page number or a count",
}


def write_csv(path, cols, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/yusuan-classification-cache")
    ap.add_argument("--dump", help="also write every candidate to this TSV (for review)")
    a = ap.parse_args()

    overrides = load_years()
    cands, unreadable, docs, year_rows, lone = scan(a.shared, a.cache, overrides)
    write_years(year_rows)
    decide(cands)
    codes, merged = aggregate(cands)
    table, notes = [], []
    for (fam, code), vs in codes.items():
        rows, n = resolve(fam, code, vs)
        table += rows
        notes += n
    table.sort(key=lambda r: (FAMILY_ORDER[r["classification"]], r["code"], r["first_seen"] or 0))

    aliases, also, stats = name_only(cands, a.shared, a.cache, docs, table)
    alias_rows = []
    for (fam, code), al in aliases.items():
        names = {key(r["name"]) for r in table if (r["classification"], r["code"]) == (fam, code)}
        for k, places in sorted(al.items()):
            if k in names:
                continue
            ds = sorted({p[0] for p in places})
            alias_rows.append(dict(
                classification=fam, code=code, alias=k,
                rule="支出 added" if k + "支出" in names else "收入 added" if k + "收入" in names else "as printed",
                n_docs=len(ds), years=" ".join(sorted({str(p[2]) for p in places if p[2]})),
                corpora=" ".join(sorted({p[3] for p in places})),
                prefixes=" ".join(sorted({p[4] or "-" for p in places})),
                also_names=" ".join(also.get(((fam, code), k), [])),
                sources=" ".join(src(*next((p[0], p[1]) for p in places if p[0] == d)) for d in ds[:3])))
    alias_rows.sort(key=lambda r: (FAMILY_ORDER[r["classification"]], r["code"], r["alias"]))
    for r in table:
        r["aliases"] = " | ".join(x["alias"] for x in alias_rows
                                  if (x["classification"], x["code"]) == (r["classification"], r["code"]))

    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "classification.csv", COLUMNS, table)
    write_csv(OUT / "aliases.csv", ["classification", "code", "alias", "rule", "n_docs", "years", "corpora",
                                    "prefixes", "also_names", "sources"], alias_rows)
    write_conflicts(HERE / "conflicts.txt", notes, merged)
    write_coverage(HERE / "coverage.txt", cands, unreadable, docs, table, lone)
    write_matching(HERE / "name_matching.txt", stats, table)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for c in cands:
                f.write("\t".join(str(x) for x in (
                    c["file"], c["page"], c["line"], c["year"], c["code"], c["family"],
                    c["reject"] or "", c.get("final", ""), c["name"],
                    "/".join(f[2] for f in c["above"]), "/".join(f[2] for f in c["below"]),
                    int(bool(c.get("assembled"))))) + "\n")
    n = collections.Counter((r["classification"], r["level"]) for r in table)
    print(f"{len(cands)} candidates, {sum(1 for c in cands if not c['reject'])} accepted; "
          f"{len(table)} rows: " + ", ".join(f"{k[0]} {k[1]} {v}" for k, v in sorted(
              n.items(), key=lambda kv: (FAMILY_ORDER[kv[0][0]], len(kv[0][1]), kv[0][1]))), file=sys.stderr)


def write_conflicts(path, notes, merged):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Codes printed with more than one name, and how each was resolved\n"
                "# (generated by build.py; see data/classification/README.md for the rules)\n\n")
        split = [n for n in notes if ": split by year: " in n]
        flagged = [n for n in notes if ": split by year: " not in n]
        f.write(f"## Split by year ({len(split)}): a different name dominates in different years\n\n")
        f.writelines(n + "\n" for n in sorted(split))
        f.write(f"\n## Flagged ({len(flagged)}): a minority name in a year another name dominates "
                "(kept on the row, column `variants`)\n\n")
        f.writelines(n + "\n" for n in sorted(flagged))
        f.write(f"\n## Wrapped-name readings merged ({len(merged)}): an assembly of a name's wrapped lines "
                "that is part of (or runs past) the name the code has elsewhere\n\n")
        for fam, code, a, b, places in sorted(merged):
            f.write(f"{fam} {code}: read {a} -> {b} ({' '.join(places[:3])})\n")


def write_coverage(path, cands, unreadable, docs, table, lone):
    in_table = {(r["classification"], r["code"]) for r in table}
    by_corpus = collections.Counter(d["corpus"] for d in docs.values())
    with_codes = collections.Counter(docs[f]["corpus"] for f in {c["file"] for c in cands if not c["reject"]})
    acc = [c for c in cands if not c["reject"]]
    rej = [c for c in cands if c["reject"]]
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Coverage: every code-shaped token the corpora print, and what became of it\n"
                "# (generated by golden/tools/classification/build.py from pdftotext -layout of every page)\n\n")
        f.write("## Documents\n\n")
        for c in ("dept", "dept2026", "city", "gov", "altered"):
            f.write(f"{c}: {by_corpus[c]} read, {with_codes[c]} print codes\n")
        for u in unreadable:
            f.write(f"unreadable (pdftotext, qpdf and mutool fail: no trailer, no page tree): {u}\n")
        f.write(f"\n## Codes\n\n{len(cands)} code-shaped tokens (3/5/7/9 digits, 类 in a classification's range, "
                f"starting a layout column); {len(acc)} are codes with a name, all of them in the table "
                f"({len({(c['family'], c['code']) for c in acc})} distinct codes), printed on "
                f"{len({(c['file'], c['page']) for c in acc})} pages of {len({c['file'] for c in acc})} documents.\n")
        missing = {(c["family"], c["code"]) for c in acc} - in_table
        f.write(f"Accepted codes missing from the table: {len(missing)}\n")
        for m in sorted(missing):
            f.write(f"  {m}\n")
        have = {(r["classification"], r["code"]) for r in table}
        gaps = collections.defaultdict(set)
        for r in table:
            if r["parent"] and (r["classification"], r["parent"]) not in have:
                gaps[(r["classification"], r["parent"])].add(r["code"])
        f.write(f"\nParents never printed with their code (the hierarchy has a gap there): {len(gaps)}\n")
        for (fam, code), kids in sorted(gaps.items()):
            f.write(f"  {fam} {code} (parent of {' '.join(sorted(kids))})\n")
        f.write(f"\nLines of 类|款|项 tables printing a 款/项 part without its 类 (not joinable): {len(lone)}\n")
        for rel, page, j, t in lone:
            f.write(f"  {src(rel, page)} line {j + 1}: {t}\n")
        f.write("\n## Not taken as codes, by reason\n\n")
        for reason, n in collections.Counter(c["reject"] for c in rej).most_common():
            f.write(f"{n:6d}  {reason}: {REASONS.get(reason, '')}\n")
        f.write("\n## Printed before a name but not in the table (every place)\n\n"
                "Code-shaped numbers followed by text that were not taken as codes. Where the same code is "
                "in the table (from another page), it says so.\n\n")
        for c in sorted((c for c in rej if c["reject"] != "no name"),
                        key=lambda c: (c["reject"], c["family"], c["code"], c["file"], c["page"])):
            t = "code in table (from other pages)" if (c["family"], c["code"]) in in_table else "NOT in table"
            nm = c.get("final") or c["name"] or "/".join(x[2] for x in c["above"] + c["below"])
            f.write(f"{c['reject']} | {c['family']} {c['code']} {nm[:40]} | {t} | {src(c['file'], c['page'])} "
                    f"line {c['line'] + 1}\n")
        f.write("\n## No name (amounts, page numbers, counts), per document\n\n")
        for fl, n in sorted(collections.Counter(c["file"] for c in rej if c["reject"] == "no name").items()):
            codes_in = sum(1 for c in rej if c["file"] == fl and c["reject"] == "no name"
                           and (c["family"], c["code"]) in in_table)
            f.write(f"{n:6d}  ({codes_in} equal a code of the table)  {fl.replace('../shared/corpus/', '')}\n")


def write_matching(path, stats, table):
    idx = name_index(table)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Row labels of pages that print no codes (government reports, 收支总表 …), matched by name\n"
                "# to the table (key: NFKC, no spaces, no footnote marks); generated by build.py\n\n")
        rows = []
        for k, pre in stats.items():
            places = {p for ps in pre.values() for p in ps}
            docs_ = {p[0] for p in places}
            hit = sorted(idx.get(k, ()))
            hit2 = sorted(idx.get(k + "支出", ())) if not hit else []
            rows.append((k, len(docs_), len(places), hit, hit2, sorted(pre)))
        uni = [r for r in rows if len({(c, code) for c, code, _ in r[3]}) == 1]
        amb = [r for r in rows if len({(c, code) for c, code, _ in r[3]}) > 1]
        suf = [r for r in rows if not r[3] and len(r[4]) == 1]
        none = [r for r in rows if not r[3] and len(r[4]) != 1]
        f.write(f"distinct labels: {len(rows)}; equal to one code's name: {len(uni)}; to several codes' "
                f"names: {len(amb)}; to one name with 支出 added: {len(suf)}; to none: {len(none)}\n\n")
        f.write("## Ambiguous: the label is the name of several codes (label, documents, codes)\n\n")
        for k, nd, npl, hit, _, pre in sorted(amb, key=lambda r: -r[1]):
            f.write(f"{k}\t{nd}\t" + " ".join(f"{c}:{code}({lv})" for c, code, lv in hit) + "\n")
        f.write("\n## One code by name, 类 level (label, documents, code, printed prefixes)\n\n")
        for k, nd, npl, hit, _, pre in sorted(uni, key=lambda r: (r[3][0][1], -r[1])):
            if hit[0][2] == "类":
                f.write(f"{k}\t{nd}\t{hit[0][0]}:{hit[0][1]}\t{' '.join(p or '-' for p in pre)}\n")
        f.write("\n## One code by name, 款/项/目 level (label, documents, code)\n\n")
        for k, nd, npl, hit, _, pre in sorted(uni, key=lambda r: (r[3][0][1], -r[1])):
            if hit[0][2] != "类":
                f.write(f"{k}\t{nd}\t{hit[0][0]}:{hit[0][1]}({hit[0][2]})\n")
        f.write("\n## One code with 支出 added (label, documents, code)\n\n")
        for k, nd, npl, _, hit2, pre in sorted(suf, key=lambda r: -r[1]):
            f.write(f"{k}\t{nd}\t{hit2[0][0]}:{hit2[0][1]}({hit2[0][2]})\n")
        f.write("\n## No code by name, printed in 3 or more documents (label, documents)\n\n")
        for k, nd, npl, _, _, pre in sorted(none, key=lambda r: -r[1]):
            if nd >= 3:
                f.write(f"{k}\t{nd}\n")


if __name__ == "__main__":
    main()
