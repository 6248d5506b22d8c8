#!/usr/bin/env bash
# hayro against pdftoppm (docs/inspect.md):
#   1. speed: every page of every corpus file rendered by hayro at 80 dpi on one core, and the
#      dept corpus by pdftoppm -r 80 -png (one process per file);
#   2. fidelity: page 1 and the middle page of every corpus file by both, compared pixel by
#      pixel (compare.py: mean absolute grey difference, ink recall and precision), by producer.
# Needs poppler-utils, fonts-noto-cjk and a Python with numpy and Pillow
# (PY=…/benches/.venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")"
corpus=${1:-../../../shared/corpus}
py=${PY:-../.venv/bin/python}
cargo build --release -q
bin=target/release/render-choice
out=target/out; rm -rf "$out"; mkdir -p "$out/ref" "$out/hay"
find "$corpus" -iname '*.pdf' | sort > "$out/all.txt"
taskset -c 0 "$bin" time cjk $(cat "$out/all.txt") > "$out/time-hayro.tsv"
for d in dept dept2026 city gov altered; do
    awk -F'\t' -v d="/$d/" 'index($4,d) {n+=$1; t+=$2; if ($3+0>s) s=$3+0} END {printf "hayro %s: %d pages %.1f s %.0f pages/s, slowest page %.2f s\n", d, n, t, n/t, s}' "$out/time-hayro.tsv"
done
awk -F'\t' '$3 ~ /panic|error/ {print "hayro could not render:", $3, $4}' "$out/time-hayro.tsv"
start=$(date +%s.%N)
for f in $(grep /dept/ "$out/all.txt"); do pdftoppm -r 80 -png "$f" "$out/ppm" 2>/dev/null; rm -f "$out"/ppm*.png; done
echo "pdftoppm dept: $(echo "$(date +%s.%N) - $start" | bc) s"
i=0
while read -r f; do
    i=$((i+1))
    n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
    [ -z "$n" ] && continue
    for p in $(printf '%s\n' 1 $(( (n+1)/2 )) | sort -un); do
        timeout 60 "$bin" png cjk "$f" "$p" "$out/hay/f$i-$p.png" 2>/dev/null || true
        timeout 120 pdftoppm -r 80 -png -singlefile -f "$p" -l "$p" "$f" "$out/ref/f$i-$p" 2>/dev/null || true
        printf 'f%s\t%s\t%s\n' "$i" "$p" "$f"
    done
done < "$out/all.txt" > "$out/index.tsv"
"$py" sample_cmp.py "$out" "$corpus"
