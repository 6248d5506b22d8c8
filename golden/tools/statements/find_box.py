#!/usr/bin/env python3
"""Box of a printed string on a page, from `pdftotext -bbox` word boxes (points, top-left
origin): the union of the words of one line whose concatenation contains the string.
Usage: find_box.py PDF PAGE STRING [NTH]  -> x0,y0,x1,y1 of the NTH (1-based) occurrence."""
import html
import re
import subprocess
import sys


def line_words(pdf, page):
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True).stdout
    words = []
    for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', xml):
        words.append((tuple(float(v) for v in m.groups()[:4]), html.unescape(m.group(5))))
    lines = {}
    for b, w in words:
        key = next((k for k in lines if abs(k - (b[1] + b[3]) / 2) < 3), (b[1] + b[3]) / 2)
        lines.setdefault(key, []).append((b, w))
    return [sorted(v, key=lambda t: t[0][0]) for k, v in sorted(lines.items())]


def find(pdf, page, needle, nth=1):
    seen = 0
    for ws in line_words(pdf, page):
        text = "".join(w for _, w in ws)
        spans, pos = [], 0
        for b, w in ws:
            spans.append((pos, pos + len(w), b))
            pos += len(w)
        start = text.find(needle)
        while start >= 0:
            seen += 1
            if seen == nth:
                end = start + len(needle)
                hit = [b for s, e, b in spans if s < end and e > start]
                return (min(b[0] for b in hit), min(b[1] for b in hit),
                        max(b[2] for b in hit), max(b[3] for b in hit))
            start = text.find(needle, start + 1)
    return None


if __name__ == "__main__":
    box = find(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    print(",".join(f"{v:.1f}" for v in box) if box else "not found")
