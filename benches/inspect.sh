#!/usr/bin/env bash
# Inspect pictures for a corpus (docs/inspect.md): for each document, the first page of its
# first standard table and the pages its failed checks name (two at most), as PNG under
# target/inspect/<corpus>/, with the time of each `yusuan inspect` (one process per page,
# one after the other) in target/inspect/<corpus>/times.tsv.
#   bash benches/inspect.sh                 # dept, after cargo build --release
#   bash benches/inspect.sh dept2026 html   # another corpus, another format
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-target/release/yusuan}
name=${1:-dept}
ext=${2:-png}
corpus=${CORPUS:-../shared/corpus}/$name
out=target/inspect/$name
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
rm -rf "$out"; mkdir -p "$out"
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
"$bin" extract "$corpus" --out "$data" --quiet || true
# file \t page, from the dataset: the first standard table (else the first table, else the
# middle page), then failed checks' pages.
python3 - "$data" > "$out/pages.tsv" <<'PY'
import csv, sys, os
d = sys.argv[1]
rows = list(csv.DictReader(open(os.path.join(d, 'documents.csv'))))
docs = {r['doc_id']: r['file'] for r in rows}
want = {k: [] for k in docs}
tables = list(csv.DictReader(open(os.path.join(d, 'tables.csv'))))
for standard in (True, False):
    for r in tables:
        if (r['kind'] != 'other' or not standard) and not want[r['doc_id']]:
            want[r['doc_id']].append(int(r['page_first']))
for r in rows:
    if not want[r['doc_id']] and int(r['pages'] or 0) > 0:
        want[r['doc_id']].append((int(r['pages']) + 1) // 2)
extra = {k: [] for k in docs}
for r in csv.DictReader(open(os.path.join(d, 'checks.csv'))):
    if r['status'] == 'fail':
        for p in r['pages'].split():
            if int(p) not in want[r['doc_id']] + extra[r['doc_id']]:
                extra[r['doc_id']].append(int(p))
for k, f in sorted(docs.items(), key=lambda x: x[1]):
    for p in want[k] + extra[k][:2]:
        print(f'{f}\t{p}')
PY
printf 'seconds\tpage\tfile\n' > "$out/times.tsv"
while IFS=$'\t' read -r file page; do
    stem=$(basename "$file" .pdf)
    start=$(date +%s.%N)
    "$bin" inspect "$file" --page "$page" -o "$out/$stem-p$page.$ext" 2>> "$out/warnings.txt" || echo "failed: $file p$page" >> "$out/warnings.txt"
    printf '%s\t%s\t%s\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$page" "$file" >> "$out/times.tsv"
done < "$out/pages.tsv"
awk -F'\t' 'NR > 1 {n++; t += $1; if ($1 > m) m = $1} END {printf "%d pictures, %.2f s each on average, slowest %.2f s\n", n, t / n, m}' "$out/times.tsv"
