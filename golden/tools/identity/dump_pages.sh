#!/bin/bash
# dump_pages.sh OUTDIR PDF... : pdftotext -layout of every page, one file per page
# (OUTDIR/<corpus>/<stem>/NNN.txt). The reading aid behind golden/identity.tsv and
# golden/kinds-dept2026.tsv; run from ../shared/corpus so that <corpus>/<stem> is kept.
out="$1"; shift
for f in "$@"; do
  d="$out/${f%.pdf}"; mkdir -p "$d"
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages/{print $2}')
  for p in $(seq 1 "${n:-0}"); do
    pdftotext -q -f "$p" -l "$p" -layout "$f" "$d/$(printf %03d "$p").txt"
  done
done
