#!/usr/bin/env bash
# Batch throughput and memory of `yusuan extract` (docs/batch.md):
#   1. extract over the dept and city corpora with --jobs 1, against `pdftotext -layout` over
#      the same files, one process per file, one after the other (ratio);
#   2. --jobs 2 against --jobs 1 (speed-up);
#   3. peak RSS of the whole shared corpus with --jobs 2 (`/usr/bin/time -v`);
#   4. pdfplumber `extract_tables()` over dept, one process for all files, when
#      ${VENV:-benches/.venv}/bin/python exists (benches/reference/setup.sh makes it).
#
#   bash benches/batch.sh            # after cargo build --release
#   RUNS=3 bash benches/batch.sh     # best of 3 (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/yusuan
corpus=${CORPUS:-../shared/corpus}
venv=${VENV:-benches/.venv}
runs=${RUNS:-1}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
mapfile -t files < <(find "$corpus/dept" "$corpus/city" -iname '*.pdf' | sort)
mapfile -t dept < <(find "$corpus/dept" -iname '*.pdf' | sort)
pages=0
for f in "${files[@]}"; do
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
    pages=$((pages + ${n:-0}))
done
echo "files: ${#files[@]} (dept ${#dept[@]}), pages: $pages"

# Wall time, seconds, of one run of a command.
once() {
    local s e
    rm -rf "$out/x" # the previous run's output, not timed
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    echo "$e - $s" | bc -l
}
min() { if [ -z "$1" ] || (($(echo "$2 < $1" | bc -l))); then echo "$2"; else echo "$1"; fi; }
# Best wall time of RUNS runs of a command.
best() {
    local b=""
    for _ in $(seq "$runs"); do b=$(min "$b" "$(once "$@")"); done
    printf '%.2f' "$b"
}
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

extract() { "$bin" extract "$@" --out "$out/x" --quiet; }
pdftotext_each() { for f in "${files[@]}"; do pdftotext -layout "$f" - >/dev/null 2>&1 || true; done; }

# --jobs 1 and --jobs 2 alternate, so that machine noise hits both alike.
j1=""; j2=""
for _ in $(seq "$runs"); do
    j1=$(min "$j1" "$(once extract "$corpus/dept" "$corpus/city" --jobs 1)")
    j2=$(min "$j2" "$(once extract "$corpus/dept" "$corpus/city" --jobs 2)")
done
j1=$(printf '%.2f' "$j1"); j2=$(printf '%.2f' "$j2")
pt=$(best pdftotext_each)
echo "extract dept+city --jobs 1: ${j1} s ($(printf '%.0f' "$(echo "$pages / $j1" | bc -l)") pages/s)"
echo "extract dept+city --jobs 2: ${j2} s, speed-up $(ratio "$j1" "$j2")x"
echo "pdftotext -layout, one process per file: ${pt} s; extract --jobs 1 / pdftotext: $(ratio "$j1" "$pt")"

rm -rf "$out/x"
/usr/bin/time -v "$bin" extract "$corpus" --out "$out/x" --jobs 2 --quiet 2>"$out/time" || true
rss=$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$out/time")
echo "whole corpus ($corpus) --jobs 2: peak RSS $((rss / 1024)) MiB"

if [ -x "$venv/bin/python" ]; then
    plumb() {
        "$venv/bin/python" - "${dept[@]}" <<'PY'
import sys, pdfplumber
for f in sys.argv[1:]:
    try:
        with pdfplumber.open(f) as pdf:
            for p in pdf.pages:
                p.extract_tables()
    except Exception as e:
        print(f, e, file=sys.stderr)
PY
    }
    yd=$(best extract "$corpus/dept" --jobs 1)
    pp=$(best plumb)
    echo "dept: extract --jobs 1 ${yd} s, pdfplumber extract_tables() ${pp} s: pdfplumber / yusuan $(ratio "$pp" "$yd")x"
else
    echo "no $venv/bin/python: pdfplumber comparison skipped (bash benches/reference/setup.sh)"
fi
