"""Fidelity by producer: the pages run.sh rendered with hayro and pdftoppm, compared by
compare.py's measures. Usage: sample_cmp.py OUT CORPUS."""
import csv, re, os, sys, collections
import numpy as np
from compare import grey, compare

out, corpus = sys.argv[1], sys.argv[2]

man = {}
for mf in [os.path.join(corpus, 'MANIFEST.tsv'), os.path.join(corpus, 'dept2026/MANIFEST.tsv')]:
    for r in csv.DictReader(open(mf), delimiter='\t'):
        f = r['file'] if '/' in r['file'] else 'dept2026/' + r['file']
        man[f] = r
def family(info):
    m = dict(kv.split('=', 1) for kv in [x.strip() for x in info.split(';')] if '=' in kv)
    p = (m.get('Producer') or '').strip() or (m.get('Creator') or '').strip() or '(none)'
    p = re.sub(r'[\d.]+', '', p).replace('®', '').strip()
    if p.startswith('CreationDate'):  # no Producer or Creator: the summary runs on
        p = '(none)'
    for k in ['WPS', 'Microsoft Word', 'Microsoft Excel', 'Acrobat Distiller', 'Adobe PDF Library', 'PDFMaker', 'Aspose', 'ONLYOFFICE', 'LibreOffice', 'iText', 'Foxit', 'Skia', 'Ghostscript', 'macOS', 'Quartz', 'PScript', 'Acrobat Pro', 'Print To PDF', 'ilovepdf', 'InDesign']:
        if k.lower() in p.lower():
            return k
    return p[:30]
def grey_ink(r):
    """Whether either rendering has ink (a blank page scores recall 0 and precision 0)."""
    return r[3][1] > 0 or r[3][2] > 0
rows = []
for r in csv.reader(open(os.path.join(out, 'index.tsv')), delimiter='\t'):
    key, page, f = r
    a, b = f'{out}/ref/{key}-{page}.png', f'{out}/hay/{key}-{page}.png'
    rel = f.split('/corpus/')[1]
    fam = family(man.get(rel, {}).get('producer_info', ''))
    if not (os.path.exists(a) and os.path.exists(b)):
        rows.append((fam, rel, int(page), None)); continue
    rows.append((fam, rel, int(page), compare(grey(a), grey(b))))
# A blank page has no ink to recall: left out.
rows = [r for r in rows if r[3] is None or grey_ink(r)]
by = collections.defaultdict(list)
for fam, rel, page, m in rows:
    by[fam].append((rel, page, m))
print('family\tpages\tmissing\tMAD\trecall\tprecision\tworst')
for fam, v in sorted(by.items(), key=lambda x: -len(x[1])):
    ok = [x for x in v if x[2]]
    if not ok:
        print(f'{fam}\t{len(v)}\t{len(v)}'); continue
    mad = np.mean([x[2][0] for x in ok]); rec = np.mean([x[2][1] for x in ok]); pre = np.mean([x[2][2] for x in ok])
    worst = min(ok, key=lambda x: x[2][1])
    print(f'{fam}\t{len(v)}\t{len(v)-len(ok)}\t{mad:.2f}\t{rec:.3f}\t{pre:.3f}\t{worst[0].split("/")[-1][:50]} p{worst[1]} {worst[2][1]:.3f}')
allok = [m for _, _, _, m in rows if m]
print('all', len(rows), 'compared', len(allok), 'MAD %.2f recall %.3f precision %.3f' % (np.mean([m[0] for m in allok]), np.mean([m[1] for m in allok]), np.mean([m[2] for m in allok])))
low = sorted([(m[1], fam, rel, p) for fam, rel, p, m in rows if m], key=lambda x: x[0])[:12]
for l in low: print('low', '%.3f' % l[0], l[1], l[2].split('/')[-1][:60], 'p', l[3])
