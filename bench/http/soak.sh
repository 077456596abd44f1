#!/usr/bin/env bash
# HTTP memory soak: wrk on loopback for MINUTES against a mix of routes (home, a story page,
# search, the API story list) of a store with ARTICLES articles, sampling the server's RSS
# (VmRSS in /proc/PID/status) every 30 s. Prints the samples, then total requests, req/s,
# errors and RSS first/last/max/growth. Exits non-zero if any request failed. Not a CI test:
# run it on a quiet machine.
#
# usage: bench/http/soak.sh [MINUTES] [ARTICLES]    (defaults 10 and 10000)
#        env: JEJAK_BENCH_DIR (keeps the store between runs), SOAK_INTERVAL (seconds, 30)
set -euo pipefail
minutes=${1:-10}
n=${2:-10000}
interval=${SOAK_INTERVAL:-30}
source "$(dirname "$0")/setup.sh"

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$server/status"; }
secs=$(awk -v m="$minutes" 'BEGIN {printf "%d", m * 60}')
export SOAK_PATHS="/ /story/$story /search?q=$q /api/v1/stories"
out="$work/soak-wrk.txt"

echo "soak: $minutes min, $n articles, routes: $SOAK_PATHS"
printf "%8s %10s\n" minute "RSS MiB"
samples=()
sample() {
    local kb
    kb=$(rss_kb)
    samples+=("$kb")
    awk -v t="$1" -v kb="$kb" 'BEGIN {printf "%8.1f %10.1f\n", t / 60, kb / 1024}'
}
sample 0
wrk -t2 -c16 -d"${secs}s" --timeout 10s -s "$root/bench/http/mix.lua" "$base" >"$out" 2>&1 &
load=$!
started=$SECONDS
next=$interval
while kill -0 "$load" 2>/dev/null; do
    sleep 1
    if [ $((SECONDS - started)) -ge "$next" ] && kill -0 "$load" 2>/dev/null; then
        sample "$next"
        next=$((next + interval))
    fi
done
wait "$load" || { cat "$out"; exit 1; }
kill -0 "$server" 2>/dev/null || { echo "the server died:"; tail -20 "$work/serve.log"; exit 1; }
sample $((SECONDS - started))

requests=$(awk '/requests in/ {print $1}' "$out")
rps=$(awk '/Requests\/sec/ {print $2}' "$out")
errors=$(wrk_errors <"$out")
printf '%s\n' "${samples[@]}" | awk -v req="$requests" -v rps="$rps" -v err="$errors" '
    NR == 1 {first = $1; max = $1}
    NR == 2 {loaded = $1}
    {last = $1; if ($1 > max) max = $1}
    END {
        printf "requests %s, %s req/s, errors %s\n", req, rps, err
        printf "RSS MiB: first %.1f, last %.1f, max %.1f, growth %+.1f (%+.1f since the first sample under load)\n",
            first / 1024, last / 1024, max / 1024, (last - first) / 1024, (last - loaded) / 1024
    }'
echo "store: $n articles in $data; wrk -t2 -c16 -d${secs}s on loopback; commit $(git rev-parse --short HEAD)"
if [ "$errors" -gt 0 ]; then
    echo "FAILED: $errors errors"; grep -E "Non-2xx|Socket errors" "$out" || true
    exit 1
fi
