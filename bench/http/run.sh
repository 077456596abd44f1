#!/usr/bin/env bash
# HTTP load benchmark: wrk on loopback against home, story, search and API routes of a
# store with N articles (default 100,000: the SaudiNewsNet corpus repeated and perturbed by
# bench/scale_corpus.py). Prints req/s, p99 latency and errors per route.
#
# usage: bench/http/run.sh [N] [SECONDS]      env: JEJAK_BENCH_DIR (keeps the store between runs)
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
n=${1:-100000}
secs=${2:-10}
shared="$root/../shared"
work=${JEJAK_BENCH_DIR:-$root/target/bench-http}
mkdir -p "$work"

command -v wrk >/dev/null || { echo "installing wrk (Debian)"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet -p jejak
bin="$root/target/release/jejak"

data="$work/data-$n"
if [ ! -f "$data/jejak.sqlite" ]; then
    echo "building a store of $n articles (once; kept in $data)"
    zstd -dcq "$shared/data/corpus/saudinewsnet.jsonl.zst" >"$work/corpus.jsonl"
    python3 "$root/bench/scale_corpus.py" "$work/corpus.jsonl" "$n" "$work/scaled-$n.jsonl"
    /usr/bin/time -f "ingest: %e s, peak RSS %M KB" "$bin" --data "$data" ingest "$work/scaled-$n.jsonl" >/dev/null
fi

"$bin" --data "$data" serve --addr 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "serving Jejak on" "$work/serve.log" && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)
[ -n "$base" ] || { cat "$work/serve.log"; exit 1; }

story=$(curl -s "$base/api/v1/stories?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')
word=$(curl -s "$base/api/v1/stories?limit=1" | python3 -c 'import json,sys; t=json.load(sys.stdin)["stories"][0]["title"].split(); print(max(t, key=len))')
q=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$word")

printf "%-28s %10s %10s %8s\n" route "req/s" "p99 ms" errors
for route in "/" "/story/$story" "/search?q=$q" "/api/v1/stories" "/api/v1/stories/$story" "/api/v1/search?q=$q"; do
    out=$(wrk -t2 -c16 -d"${secs}s" --latency "$base$route" 2>&1)
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}')
    errors=$(echo "$out" | awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(/,/,""); n+=$4+$6+$8+$10} END {print n+0}')
    label=$(echo "$route" | sed "s/$story/ID/; s/q=.*/q=WORD/")
    printf "%-28s %10s %10s %8s\n" "$label" "$rps" "$p99" "$errors"
done
echo "store: $n articles in $data; wrk -t2 -c16 -d${secs}s on loopback; commit $(git rev-parse --short HEAD)"
