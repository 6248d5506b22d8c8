#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ (gitignored, never committed) with seeds:
#   load    - the PDFs of ../shared (corpus and icdar2013) under 300 KB, the synthetic
#             corpus/*.pdf and the hostile fixtures of tests/hostile.rs;
#   content - decoded page content streams of those PDFs (qpdf --qdf);
#   cmap    - their embedded CMaps and ToUnicode streams, and data/ CMap text if any;
#   amount  - figures and labels as budget tables print them.
# Needs qpdf and python3. Safe to run again: files are named by content hash.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
shared=$root/../shared
mkdir -p corpus/load corpus/content corpus/cmap corpus/amount

copy() { # copy FILE into DIR under its hash
    local h
    h=$(sha1sum "$1" | cut -c1-16)
    cp "$1" "$2/$h.pdf"
}

if [ -d "$shared/corpus" ]; then
    while IFS= read -r -d '' f; do copy "$f" corpus/load; done \
        < <(find "$shared/corpus" "$shared/icdar2013" -name '*.pdf' -size -300k -print0)
else
    echo "seed.sh: $shared/corpus not found; seeding from the project's own files only" >&2
fi
for f in "$root"/corpus/*.pdf; do copy "$f" corpus/load; done

fixtures=$(mktemp -d)
(cd "$root" && YUSUAN_HOSTILE_OUT="$fixtures" cargo test --release -q --test hostile acceptance_table >/dev/null)
for f in "$fixtures"/*.pdf; do
    # The 300 MB bomb is kept: with the fuzz targets' 16 MB stream limit it stops early.
    [ -s "$f" ] && copy "$f" corpus/load
done
rm -rf "$fixtures"

python3 - "$root" <<'PY'
import hashlib, os, re, subprocess, sys, tempfile
root = sys.argv[1]
load = os.path.join(root, "fuzz/corpus/load")
out = {k: os.path.join(root, "fuzz/corpus", k) for k in ("content", "cmap")}
counts = {"content": 0, "cmap": 0}
stream_re = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
for name in sorted(os.listdir(load)):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        r = subprocess.run(["qpdf", "--qdf", "--object-streams=disable",
                            os.path.join(load, name), tmp.name],
                           capture_output=True)
        if r.returncode not in (0, 3):
            continue
        data = open(tmp.name, "rb").read()
    for m in stream_re.finditer(data):
        s = m.group(1)
        if len(s) > 65536 or len(s) < 8:
            continue
        if b"begincmap" in s:
            kind = "cmap"
        elif (b"BT" in s and (b"Tj" in s or b"TJ" in s)) or b" re\n" in s or b" Do" in s:
            kind = "content"
        else:
            continue
        if counts[kind] >= 600:
            continue
        h = hashlib.sha1(s).hexdigest()[:16]
        path = os.path.join(out[kind], h)
        if not os.path.exists(path):
            open(path, "wb").write(s)
            counts[kind] += 1
print("seed.sh: new streams", counts)
PY

printf '%s\n' '1,234.56' '-1,234.56' '（12.30）' '(0.5)' '-' '—' '——' '１２３．４５' '12.5%' \
    '合计' '2022年' '一般公共预算' '201' '2010101' '行政运行' '1.2E+3' '0' '0.00' '    ' \
    '1,2,3' '12.' '.5' '万元' '¥1,000' '１，０００' '- 12' '12-' '∑' '١٢٣' |
    while IFS= read -r s; do printf '%s' "$s" > "corpus/amount/$(printf '%s' "$s" | sha1sum | cut -c1-16)"; done

for t in load content cmap amount; do
    echo "seed.sh: corpus/$t: $(ls corpus/$t | wc -l) seeds"
done
