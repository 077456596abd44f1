#!/usr/bin/env bash
# Scale-out throughput: articles/s with 1, 2 and 4 `jejak worker` processes on one
# PostgreSQL (throwaway cluster, see scripts/lib/pg.sh), against single-node SQLite on the
# same input: N articles of the SaudiNewsNet corpus (default 10,000). Then the cost of keeping
# stories current as articles keep coming: 1,000 later articles queued on the 4-worker store,
# taken by one worker that extends the stories, against a full rebuild of the same store.
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
zstd -dcq "$root/../shared/data/corpus/saudinewsnet.jsonl.zst" >"$work/all.jsonl"
head -n "$n" "$work/all.jsonl" >"$work/corpus.jsonl"
# The corpus's first copy shifted past its whole time span (bench/scale_corpus.py): later
# than every article above.
total=$(wc -l <"$work/all.jsonl")
python3 bench/scale_corpus.py "$work/all.jsonl" $((total + 1000)) "$work/scaled.jsonl"
tail -n 1000 "$work/scaled.jsonl" >"$work/later.jsonl"

now() { date +%s.%N; }
# CPU seconds PostgreSQL has used so far: the postmaster, its live processes, and its
# ended ones (each worker connection's backend ends with the worker).
pg_cpu() {
    python3 - "$(head -1 "$PG_WORK/db/postmaster.pid")" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()
main = sys.argv[1]
f = fields(main)
total = sum(int(x) for x in f[11:15])  # utime stime cutime cstime
for pid in os.listdir("/proc"):
    if pid.isdigit() and pid != main:
        try:
            g = fields(pid)
        except OSError:
            continue
        if g[1] == main:
            total += int(g[11]) + int(g[12])
print(total / tick)
PY
}
# CPU milliseconds per article from CPU seconds before and after.
per_article() { python3 -c "import sys; print(f'{(float(sys.argv[2]) - float(sys.argv[1])) * 1000 / int(sys.argv[3]):.2f}')" "$@"; }
rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2])):,.0f}')" "$@"; }

printf "%-22s %12s %22s %22s\n" setup "articles/s" "worker CPU ms/article" "PostgreSQL ms/article"
t0=$(now); "$bin" --data "$work/sqlite" ingest "$work/corpus.jsonl" >/dev/null; t1=$(now)
printf "%-22s %12s\n" "SQLite, one process" "$(rate "$n" "$t0" "$t1")"
for workers in 1 2 4; do
    db="jejak_bench_$workers"
    psql -q "$JEJAK_PG_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    url="${JEJAK_PG_URL%/*}/$db"
    "$bin" --store "$url" ingest --queue-only "$work/corpus.jsonl" >/dev/null
    c0=$(pg_cpu); t0=$(now)
    for i in $(seq "$workers"); do
        /usr/bin/time -f "%U %S" -o "$work/cpu.$i" "$bin" --store "$url" worker --once >/dev/null 2>&1 &
    done
    wait
    t1=$(now); c1=$(pg_cpu)
    worker_cpu=$(cat "$work"/cpu.* | awk '{s += $1 + $2} END {print s}'); rm -f "$work"/cpu.*
    printf "%-22s %12s %22s %22s\n" "PostgreSQL, $workers worker(s)" "$(rate "$n" "$t0" "$t1")" \
        "$(per_article 0 "$worker_cpu" "$n")" "$(per_article "$c0" "$c1" "$n")"
done
"$bin" --store "$url" ingest --queue-only "$work/later.jsonl" >/dev/null
t0=$(now); "$bin" --store "$url" worker --once >/dev/null 2>&1; t1=$(now)
echo "1,000 later articles, one worker: extract and extend the stories in $(python3 -c "print(f'{$t1 - $t0:.1f}')") s"
psql -q "$url" -c "DELETE FROM story_state" >/dev/null
t0=$(now); "$bin" --store "$url" worker --once >/dev/null 2>&1; t1=$(now)
echo "the same stories rebuilt from all $((n + 1000)) articles in $(python3 -c "print(f'{$t1 - $t0:.1f}')") s"
echo "($n articles; queue filled before timing; $(nproc) cores; commit $(git rev-parse --short HEAD))"
