"""Writes data/std14-widths.txt: glyph widths of the standard 14 fonts (Adobe's Core14 AFM
metrics, as shipped in ReportLab 5.1's reportlab/pdfbase/_fontdata_widths_*.py).

Run once: python3 crates/yusuan-pdf/data/make-std14-widths.py (with reportlab installed); it
writes beside itself. Line format:
a font line `=Helvetica`, then `glyphname width` lines. Courier is 600 throughout and Symbol and
ZapfDingbats are symbolic, so they are not listed."""
import importlib
import os

FONTS = {
    "Helvetica": "helvetica", "Helvetica-Bold": "helveticabold",
    "Times-Roman": "timesroman", "Times-Bold": "timesbold",
    "Times-Italic": "timesitalic", "Times-BoldItalic": "timesbolditalic",
}
with open(os.path.join(os.path.dirname(__file__), "std14-widths.txt"), "w") as out:
    for name, mod in FONTS.items():
        widths = importlib.import_module(f"reportlab.pdfbase._fontdata_widths_{mod}").widths
        out.write(f"={name}\n")
        for glyph in sorted(widths):
            out.write(f"{glyph} {widths[glyph]}\n")
