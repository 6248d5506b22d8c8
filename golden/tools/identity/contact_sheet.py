#!/usr/bin/env python3
"""contact_sheet.py OUT.png PNG... : tile rendered pages (pdftoppm -r 10..60 -png) into one
image, COLS per row (default 4), to look at many pages at once (scans, garbled text layers).
Needs Pillow (benches/.venv has it)."""
import math
import os
import sys

from PIL import Image

out, files = sys.argv[1], sys.argv[2:]
ims = [Image.open(f).convert("RGB") for f in files]
cols = min(int(os.environ.get("COLS", "4")), len(ims))
rows = math.ceil(len(ims) / cols)
w = max(i.width for i in ims)
h = max(i.height for i in ims)
sheet = Image.new("RGB", (cols * w, rows * h), "white")
for k, im in enumerate(ims):
    sheet.paste(im, ((k % cols) * w, (k // cols) * h))
sheet.save(out)
