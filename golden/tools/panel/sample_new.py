#!/usr/bin/env python3
"""A seeded sample of the codes a branch newly matched, for the hand check (issue 14).

usage: sample_new.py BASE_OUT NEW_OUT N SEED > golden/panel/matched-sample-<branch>.tsv
(run from the repository root; both directories written by `yusuan extract` over city/ and gov/)

One row per table row that has a code in NEW_OUT and none in BASE_OUT (same file, page, table,
row, column), drawn with random.Random(SEED); with the labels printed above it, the code, its
level, the classification's name and the parent's. `verdict` and `note` are filled by hand.
"""
import csv,random,collections,sys
base,new,n,seed=sys.argv[1],sys.argv[2],int(sys.argv[3]),int(sys.argv[4])
K=lambda r:(r['file'],r['page'],r['table_id'],r['table_row'],r['table_col'])
a={K(r):r['code'] for r in csv.DictReader(open(base+'/items.csv',encoding='utf-8-sig')) if r['file'].split('/')[-2] in('city','gov')}
rows=collections.defaultdict(dict); cand={}
cls={}
for r in csv.DictReader(open('data/classification/classification.csv')): cls.setdefault(r['code'],r['name'])
for r in csv.DictReader(open(new+'/items.csv',encoding='utf-8-sig')):
    if r['file'].split('/')[-2] not in('city','gov'): continue
    rows[(r['file'],r['table_id'])].setdefault(int(r['table_row']),r)
    if r['code'] and not a.get(K(r)):
        cand.setdefault((r['file'],r['table_id'],int(r['table_row'])),r)
keys=sorted(cand); random.Random(seed).shuffle(keys)
w=csv.writer(sys.stdout,delimiter='\t',lineterminator='\n')
w.writerow(['corpus','file','page','table_kind','table','rows_above','label','code','level','canonical','parent_code','parent_name','verdict','note'])
for k in keys[:n]:
    r=cand[k]; rs=rows[(k[0],k[1])]
    above=[rs[j]['name'] for j in sorted(rs,reverse=True) if j<k[2]][:3]
    w.writerow([r['file'].split('/')[-2],r['file'].split('/')[-1],r['page'],r['table_kind'],r['table_title'],' | '.join(above),r['name'],r['code'],r['code_level'],r['canonical_name'],r['parent_code'],cls.get(r['parent_code'],''),'',''])
print(len(keys),file=sys.stderr)
