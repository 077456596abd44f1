#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 30), seeded from the project's
# fixtures. The machine has only a stable toolchain: RUSTC_BOOTSTRAP=1 lets it accept the
# sanitizer flags cargo-fuzz passes. cargo-fuzz is installed from crates.io when missing.
# A crash leaves its input in fuzz/artifacts/<target>/ and fails the run. Inputs are capped
# at FUZZ_MAX_LEN bytes (default 16 KiB): small inputs run hundreds of times faster, and the
# huge-input cases are the bad-input tests' job (crates/jejak/tests/bad_input.rs).
#
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
command -v cargo-fuzz >/dev/null || { echo "fuzz: installing cargo-fuzz from crates.io"; cargo install cargo-fuzz --locked --quiet; }
export RUSTC_BOOTSTRAP=1

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd fuzz && cargo fuzz list)

# Seed corpora: the demo corpus, test fixtures and the target's own seeds (fuzz/seeds/<target>),
# copied so the fuzzer may add to them.
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t"
    [ -d "fuzz/seeds/$t" ] && cp -t "fuzz/corpus/$t" "fuzz/seeds/$t"/* 2>/dev/null || true
    find demo crates -path '*/tests/data/*' -type f -size -200k -print0 2>/dev/null | head -z -n 200 | xargs -0 -r cp -t "fuzz/corpus/$t" 2>/dev/null || true
    find demo -type f -size -200k -print0 | head -z -n 100 | xargs -0 -r cp -t "fuzz/corpus/$t" 2>/dev/null || true
done

# One build of every target first, so a build error shows apart from the fuzzing and each
# run below spends its time on fuzzing alone.
echo "fuzz: building ${#targets[@]} targets"
build_args=()
[ ${#targets[@]} -eq 1 ] && build_args=("${targets[0]}")
(cd fuzz && cargo fuzz build "${build_args[@]}")

# Each run is one process on one core: FUZZ_JOBS of them (default: the machine's cores) run
# side by side. A run that crashes prints its log's tail and fails the whole script.
fuzz_one() {
    local t=$1 log status=0
    log=$(mktemp)
    (cd fuzz && cargo fuzz run "$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-16384}") >"$log" 2>&1 || status=$?
    runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1 || true)
    crashes=$([ "$status" = 0 ] && echo 0 || echo 1)
    printf "%-16s %12s %8s\n" "$t" "${runs:-?}" "$crashes"
    if [ "$status" != 0 ]; then tail -40 "$log"; return 1; fi
}
export -f fuzz_one
export secs

printf "%-16s %12s %8s\n" target executions crashes
printf '%s\n' "${targets[@]}" | xargs -P "${FUZZ_JOBS:-$(nproc)}" -I{} bash -c 'fuzz_one "$1"' _ {}
