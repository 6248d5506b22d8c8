#!/usr/bin/env bash
# Fuzzing with mutants of real files (issue 13, acceptance 4). The smallest `ok` file of each
# producer in a reference extract (documents.csv of ../shared/corpus), 40 mutants of each a
# round (byte flips, random overwrites up to 2,000 bytes, deletions and duplications up to
# 5,000 bytes; a new seed each round); each round is one `extract --jobs 2 --timeout 3` under
# `ulimit -v 2500000` and an outer `timeout 600` (a hang). One line per round in LOG:
#   seed S: WALL_S PEAK_KB EXIT | ROWS {status: count}
# A round whose rows differ from its mutants, an exit other than 4/0, internal_error, timeout
# or error rows are what we look for.
#   benches/fuzz-mutants.sh YUSUAN_BIN REFERENCE_DOCUMENTS_CSV MINUTES LOG [WORKDIR]
set -uo pipefail
bin=${1:?YUSUAN_BIN}; ref=${2:?documents.csv}; minutes=${3:?MINUTES}; log=${4:?LOG}
work=${5:-$(mktemp -d)}
end=$(( $(date +%s) + minutes * 60 ))
seed=100
while [ "$(date +%s)" -lt "$end" ]; do
  rm -rf "$work/in" "$work/out"; mkdir -p "$work/in"
  python3 - "$seed" "$ref" "$work/in" <<'PY'
import csv, os, random, sys
seed, ref, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
by = {}
for r in csv.DictReader(open(ref)):
    if r['status'] != 'ok':
        continue
    p = r['file']
    sz = os.path.getsize(p)
    if sz > 1500000:
        continue
    prod = (r['producer'].split() or ['-'])[0].lower()
    if prod not in by or sz < by[prod][0]:
        by[prod] = (sz, p)
files = [p for _, p in sorted(by.values())][:16]
random.seed(seed)
for i, f in enumerate(files):
    b = open(f, 'rb').read()
    for k in range(40):
        m = bytearray(b)
        kind = k % 4
        if kind == 0:
            for _ in range(random.randint(1, 20)):
                j = random.randrange(len(m)); m[j] ^= 1 << random.randrange(8)
        elif kind == 1:
            j = random.randrange(len(m)); n = random.randint(1, 2000)
            m[j:j + n] = random.randbytes(min(n, len(m) - j))
        elif kind == 2:
            j = random.randrange(len(m)); del m[j:j + random.randint(1, 5000)]
        else:
            j = random.randrange(len(m)); n = random.randint(1, 5000)
            seg = m[j:j + n]; t = random.randrange(len(m)); m[t:t] = seg
        open(os.path.join(out, 'm%02d_%02d.pdf' % (i, k)), 'wb').write(m)
PY
  n=$(ls "$work/in" | wc -l)
  r=$( (ulimit -v 2500000; /usr/bin/time -f "%e %M %x" timeout 600 "$bin" extract "$work/in" \
        --out "$work/out" -q --jobs 2 --timeout 3) 2>&1 | tail -1)
  st=$(python3 - "$work/out/documents.csv" "$n" <<'PY' 2>&1
import collections, csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
c = collections.Counter(x['status'] for x in rows)
print(len(rows), 'of', sys.argv[2], dict(c))
PY
)
  echo "seed $seed: $r | $st" >> "$log"
  seed=$((seed + 1))
done
