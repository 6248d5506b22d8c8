"""Pixel comparison of two renderings of the same pages: mean absolute difference (grey
levels, 0-255) and ink recall/precision (dark pixels of one found within 1 px in the other)."""
import sys, glob, os, re
import numpy as np
from PIL import Image

def grey(p):
    return np.asarray(Image.open(p).convert('L'), dtype=np.int16)

def dilate(m):
    out = m.copy()
    out[1:, :] |= m[:-1, :]; out[:-1, :] |= m[1:, :]
    o2 = out.copy()
    o2[:, 1:] |= out[:, :-1]; o2[:, :-1] |= out[:, 1:]
    return o2

def compare(a, b):
    h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    a, b = a[:h, :w], b[:h, :w]
    mad = float(np.abs(a - b).mean())
    ia, ib = a < 128, b < 128
    recall = float((ia & dilate(b < 160)).sum() / max(ia.sum(), 1))
    precision = float((ib & dilate(a < 160)).sum() / max(ib.sum(), 1))
    return mad, recall, precision, (a.shape, b.shape)

if __name__ != "__main__":
    pass
else:
    ref_dir, test_dir = sys.argv[1], sys.argv[2]
    rows = []
    for p in sorted(glob.glob(os.path.join(ref_dir, '*.png'))):
        m = re.match(r'(d\d+)-0*(\d+)\.png', os.path.basename(p))
        t = os.path.join(test_dir, f'{m.group(1)}-{m.group(2)}.png')
        if not os.path.exists(t):
            print('missing', t); continue
        a, b = grey(p), grey(t)
        mad, rec, prec, shapes = compare(a, b)
        rows.append((m.group(1), int(m.group(2)), mad, rec, prec, a.shape, b.shape))
    for r in rows:
        print('%s\t%d\t%.2f\t%.4f\t%.4f\t%s\t%s' % r)
