#!/usr/bin/env bash
# Scale-out throughput: articles/s with 1, 2 and 4 `jejak worker` processes on one
# PostgreSQL (throwaway cluster, see scripts/lib/pg.sh), against single-node SQLite on the
# same input: N articles of the SaudiNewsNet corpus (default 10,000).
#
# usage: bench/scaleout/run.sh [N]
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
n=${1:-10000}
source scripts/lib/pg.sh
work=$(mktemp -d)
trap 'pg_stop; rm -rf "$work"' EXIT
pg_start
cargo build --release --quiet -p jejak
bin="$root/target/release/jejak"
{ zstd -dcq "$root/../shared/data/corpus/saudinewsnet.jsonl.zst" || true; } | head -n "$n" >"$work/corpus.jsonl"  # zstd stops early on SIGPIPE

now() { date +%s.%N; }
rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2])):,.0f}')" "$@"; }

printf "%-22s %12s\n" setup "articles/s"
t0=$(now); "$bin" --data "$work/sqlite" ingest "$work/corpus.jsonl" >/dev/null; t1=$(now)
printf "%-22s %12s\n" "SQLite, one process" "$(rate "$n" "$t0" "$t1")"
for workers in 1 2 4; do
    db="jejak_bench_$workers"
    psql -q "$JEJAK_PG_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    url="${JEJAK_PG_URL%/*}/$db"
    "$bin" --store "$url" ingest --queue-only "$work/corpus.jsonl" >/dev/null
    t0=$(now)
    for _ in $(seq "$workers"); do "$bin" --store "$url" worker --once >/dev/null 2>&1 & done
    wait
    t1=$(now)
    printf "%-22s %12s\n" "PostgreSQL, $workers worker(s)" "$(rate "$n" "$t0" "$t1")"
done
echo "($n articles; queue filled before timing; $(nproc) cores; commit $(git rev-parse --short HEAD))"
