#!/usr/bin/env python3
"""Every `fail` of a checks.csv that golden/checks/verified-fails.tsv does not list.

usage: unverified.py OUT_DIR [--verified TSV] [--corpus dept,dept2026,city,altered]

OUT_DIR holds checks.csv and documents.csv of `yusuan extract ../shared/corpus/...`. A fail is
verified when a row of the TSV names its corpus, file, page, rule, check, expected and actual;
a row covers `count` occurrences (two statements of one sentence may share a check key).
Prints, per corpus, fails / verified / unverified, then each unverified fail, then each
verified row that no longer fails (a true finding lost, or fixed upstream: look at it).
Exit status 1 when a fail of the chosen corpora is unverified.
"""
import argparse
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, '..', '..', 'checks', 'verified-fails.tsv')
KEY = ('corpus', 'file', 'page', 'rule', 'check', 'expected', 'actual')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--verified', default=DEFAULT)
    ap.add_argument('--corpus', default='dept,dept2026,city,altered')
    a = ap.parse_args()
    corpora = a.corpus.split(',')
    verified = {}
    for r in csv.DictReader(open(a.verified, encoding='utf-8'), delimiter='\t'):
        verified[tuple(r[k] for k in KEY)] = (int(r['count']), r)
    with open(os.path.join(a.out, 'documents.csv'), encoding='utf-8') as f:
        docs = {d['doc_id']: d['file'] for d in csv.DictReader(f)}
    fails = collections.Counter()
    with open(os.path.join(a.out, 'checks.csv'), encoding='utf-8') as f:
        for x in csv.DictReader(f):
            if x['status'] != 'fail':
                continue
            parts = docs[x['doc_id']].replace('\\', '/').split('/')
            corpus = parts[-2] if len(parts) > 1 else ''
            if corpus not in corpora:
                continue
            fails[(corpus, parts[-1], x['page'], x['rule'], x['check'], x['expected'], x['actual'])] += 1
    per = collections.defaultdict(lambda: [0, 0, 0])
    unverified = []
    for k, n in fails.items():
        ok = min(n, verified.get(k, (0, None))[0])
        per[k[0]][0] += n
        per[k[0]][1] += ok
        per[k[0]][2] += n - ok
        if n > ok:
            unverified.append((k, n - ok))
    print('corpus\tfails\tverified\tunverified')
    for c in corpora:
        f, v, u = per[c]
        print(f'{c}\t{f}\t{v}\t{u}')
    if unverified:
        print('\nunverified (corpus, file, page, rule, check, expected, actual, occurrences):')
        for k, n in sorted(unverified):
            print('\t'.join(k) + f'\t{n}')
    gone = [(k, n) for k, (n, _) in verified.items() if k[0] in corpora and fails.get(k, 0) < n]
    if gone:
        print('\nverified but no longer failing (a true finding lost?):')
        for k, n in sorted(gone):
            print('\t'.join(k) + f'\t{n - fails.get(k, 0)} of {n}')
    return 1 if unverified else 0


if __name__ == '__main__':
    sys.exit(main())
