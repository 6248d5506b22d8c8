#!/usr/bin/env python3
"""Check golden/identity.tsv against the corpus (run from the repo root).

    python3 golden/tools/identity/check_identity.py [--corpus ../shared/corpus]

- every PDF of dept, dept2026, city, gov and altered has exactly one row, and no row names a
  missing file;
- doc_kind, level and content use the vocabulary of docs/kinds.md; year is 4 digits (empty
  only for `other`);
- the printed words quoted as evidence are on the page they name: each `pN: words` segment
  (segments split on `; `) is looked for in `pdftotext -layout` of page N, whitespace
  ignored; `…` is a gap (the runs between gaps must occur in order) and `[...]` is a remark
  of ours, not printed words. Segments marked
  `(rendered` or `(of a repaired copy` were read off the rendered page or a repaired copy and
  are not looked up.
Exit status 1 on any failure; prints a summary of counts.
"""
import argparse
import collections
import os
import re
import subprocess
import sys

KINDS = {"dept_budget", "unit_budget", "dept_final", "unit_final", "gov_budget",
         "gov_budget_tables", "gov_final", "gov_final_tables", "gov_execution", "gov_debt",
         "other"}
LEVELS = {"province", "city", "county", "township"}
CONTENT = {"narrative", "tables", "mixed", "scan:narrative", "scan:mixed",
           "truncated:narrative", "truncated:tables"}
CORPORA = ["dept", "dept2026", "city", "gov", "altered"]


def squash(s):
    s = s.replace("\u3000", "")
    return re.sub(r"\s+", "", s)


def page_text(pdf, n, cache={}):
    key = (pdf, n)
    if key not in cache:
        r = subprocess.run(["pdftotext", "-q", "-f", str(n), "-l", str(n), "-layout", pdf, "-"],
                           capture_output=True, text=True)
        cache[key] = squash(r.stdout)
    return cache[key]


def found(words, text):
    words = re.sub(r"\[[^\]]*\]", "…", words)  # [remarks] are ours, not the page's
    pos = 0
    for part in [squash(p) for p in re.split(r"…|\.\.\.", words)]:
        if not part:
            continue
        i = text.find(part, pos)
        if i < 0:
            return False
        pos = i + len(part)
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.environ.get("YUSUAN_CORPUS", "../shared/corpus"))
    ap.add_argument("--tsv", default="golden/identity.tsv")
    a = ap.parse_args()
    lines = open(a.tsv, encoding="utf-8").read().splitlines()
    hdr = lines[0].split("\t")
    rows = [dict(zip(hdr, l.split("\t"))) for l in lines[1:]]
    bad = []
    files = sorted(f"{c}/{n}" for c in CORPORA for n in os.listdir(os.path.join(a.corpus, c))
                   if n.endswith(".pdf"))
    listed = [r["file"] for r in rows]
    for f in sorted(set(files) - set(listed)):
        bad.append(f"not listed: {f}")
    for f in sorted(set(listed) - set(files)):
        bad.append(f"no such file: {f}")
    for f, n in collections.Counter(listed).items():
        if n > 1:
            bad.append(f"listed {n} times: {f}")
    checked = 0
    for r in rows:
        f = r["file"]
        if r["doc_kind"] not in KINDS:
            bad.append(f"{f}: doc_kind {r['doc_kind']}")
        if r["level"] not in LEVELS:
            bad.append(f"{f}: level {r['level']}")
        if r["content"] not in CONTENT:
            bad.append(f"{f}: content {r['content']}")
        if not re.fullmatch(r"\d{4}", r["year"]) and not (r["year"] == "" and r["doc_kind"] == "other"):
            bad.append(f"{f}: year {r['year']!r}")
        if not r["region_province"]:
            bad.append(f"{f}: no province")
        pdf = os.path.join(a.corpus, f)
        if r["content"].startswith(("scan", "truncated")):
            continue
        for seg in r["evidence"].split("; "):
            m = re.match(r"p(\d+)(?: \(([^)]*)\))?: (.*)", seg)
            if not m:
                continue
            if m.group(2) and ("rendered" in m.group(2) or "repaired" in m.group(2)):
                continue
            checked += 1
            if not found(m.group(3), page_text(pdf, int(m.group(1)))):
                bad.append(f"{f}: evidence not on p{m.group(1)}: {m.group(3)}")
    for b in bad:
        print("FAIL", b)
    print(f"{len(rows)} rows, {checked} evidence quotes looked up, {len(bad)} failures")
    for col in ["doc_kind", "level", "year", "content"]:
        c = collections.Counter(r[col] for r in rows)
        print(col + ": " + ", ".join(f"{k or '(empty)'} {v}" for k, v in sorted(c.items())))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
