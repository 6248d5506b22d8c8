"""Lists the text lines of every table page that are in no table and in none of the spec's
captions and notes, so that each can be confirmed as narrative, a heading or a page number.

    python golden/tools/leftover.py golden/tools/specs/<stem>.json [--draft-dir /tmp/g26]
"""

import argparse
import json
import os
import re


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("spec")
    ap.add_argument("--draft-dir", default="/tmp/g26")
    a = ap.parse_args()
    spec = json.load(open(a.spec))
    stem = os.path.splitext(os.path.basename(spec["file"]))[0]
    draft = json.load(open(os.path.join(a.draft_dir, stem, "draft.json")))
    used = set()
    pages = set()
    for t in spec["tables"]:
        for p in t["parts"]:
            pages.add(p["page"])
        for key in ("title", "form_no", "unit", "body"):
            if t.get(key):
                used.add(squash(t[key]))
        used.update(squash(n) for n in t.get("notes", []))
    for pn in sorted(pages):
        for ln in draft["pages"][str(pn)]["lines"]:
            s = squash(ln["text"])
            if not any(u and u in s for u in used) and not any(s in u for u in used if u):
                print(f"p{pn} y={ln['top']:.0f}: {ln['text']}")


if __name__ == "__main__":
    main()
