#!/usr/bin/env bash
# HTTP load benchmark: wrk on loopback against home, story, search and API routes of a
# store with N articles (default 100,000: the SaudiNewsNet corpus repeated and perturbed by
# bench/scale_corpus.py). Prints req/s, p99 latency and errors per route.
#
# usage: bench/http/run.sh [N] [SECONDS]      env: JEJAK_BENCH_DIR (keeps the store between runs)
set -euo pipefail
n=${1:-100000}
secs=${2:-10}
source "$(dirname "$0")/setup.sh"

printf "%-28s %10s %10s %8s\n" route "req/s" "p99 ms" errors
for route in "/" "/story/$story" "/search?q=$q" "/api/v1/stories" "/api/v1/stories/$story" "/api/v1/search?q=$q"; do
    out=$(wrk -t2 -c16 -d"${secs}s" --latency "$base$route" 2>&1)
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
    errors=$(echo "$out" | wrk_errors)
    label=$(echo "$route" | sed "s/$story/ID/; s/q=.*/q=WORD/")
    printf "%-28s %10s %10s %8s\n" "$label" "$rps" "$p99" "$errors"
done
echo "store: $n articles in $data; wrk -t2 -c16 -d${secs}s on loopback; commit $(git rev-parse --short HEAD)"
