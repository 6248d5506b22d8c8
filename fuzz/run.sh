#!/usr/bin/env bash
# Runs every fuzz target (or those named) for MINUTES each, one after the other, and prints
# a summary: target, minutes, executions, crash/timeout/OOM artifacts.
#   fuzz/run.sh MINUTES [TARGET...]
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz wants a nightly compiler; on a
# stable toolchain RUSTC_BOOTSTRAP=1 lets stable accept the nightly flags. Seeds come from
# fuzz/seed.sh (run first; it is run here if fuzz/corpus is missing). Crashes are written to
# fuzz/artifacts/TARGET/; each one fixed becomes a regression test in tests/fuzz_regressions.rs.
set -euo pipefail
cd "$(dirname "$0")"
minutes=${1:?usage: fuzz/run.sh MINUTES [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(load content cmap amount)
[ -d corpus/load ] || ./seed.sh
export RUSTC_BOOTSTRAP=1
# No sanitizer: the library is safe Rust (and so are its parsers and zlib-rs); what we hunt is
# panics, hangs and runaway memory, and a build without ASan runs several times faster.
# Overflow checks and debug assertions stay on (cargo-fuzz's default).
cargo fuzz build -s none
mkdir -p logs
summary=()
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    before=$(ls "artifacts/$t" | wc -l)
    log="logs/$t.log"
    dict=""
    [ "$t" != amount ] && dict="-dict=pdf.dict"
    # -timeout: one input running longer than 20 s is a hang (the library's own time
    # limit in the targets is 3 s). -rss_limit_mb: memory beyond 4 GB is a bug.
    set +e
    cargo fuzz run -s none "$t" "corpus/$t" -- \
        -max_total_time=$((minutes * 60)) -timeout=20 -rss_limit_mb=4096 \
        -max_len=400000 -print_final_stats=1 $dict >"$log" 2>&1
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    after=$(ls "artifacts/$t" | wc -l)
    summary+=("$t	${minutes}	${execs:-?}	$((after - before))")
done
printf 'target\tminutes\texecutions\tnew artifacts\n'
printf '%s\n' "${summary[@]}"
