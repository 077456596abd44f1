#!/usr/bin/env bash
# Scale-out throughput: articles/s with 1, 2 and 4 `jejak worker` processes on one
# PostgreSQL (throwaway cluster, see scripts/lib/pg.sh), against single-node SQLite on the
# same input: N articles of the SaudiNewsNet corpus (default 10,000; repeated beyond its size). Then the cost of keeping
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
# N articles, the corpus repeated by bench/scale_corpus.py when N is larger; then 1,000
# articles of the next repetition, which is shifted past all of them: later than every one.
total=$(wc -l <"$work/all.jsonl")
python3 bench/scale_corpus.py "$work/all.jsonl" $(((n + total - 1) / total * total + 1000)) "$work/scaled.jsonl"
head -n "$n" "$work/scaled.jsonl" >"$work/corpus.jsonl"
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
# WAL position, to count the bytes written per article.
wal() { psql -qtA "$1" -c "SELECT pg_current_wal_lsn() - '0/0'"; }
# CPU milliseconds per article from CPU seconds before and after.
per_article() { python3 -c "import sys; print(f'{(float(sys.argv[2]) - float(sys.argv[1])) * 1000 / int(sys.argv[3]):.2f}')" "$@"; }
rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2])):,.0f}')" "$@"; }

printf "%-22s %12s %22s %22s %18s\n" setup "articles/s" "worker CPU ms/article" "PostgreSQL ms/article" "WAL KiB/article"
t0=$(now); "$bin" --data "$work/sqlite" ingest "$work/corpus.jsonl" >/dev/null; t1=$(now)
printf "%-22s %12s\n" "SQLite, one process" "$(rate "$n" "$t0" "$t1")"
for workers in 1 2 4; do
    db="jejak_bench_$workers"
    psql -q "$JEJAK_PG_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    url="${JEJAK_PG_URL%/*}/$db"
    "$bin" --store "$url" ingest --queue-only "$work/corpus.jsonl" >/dev/null
    c0=$(pg_cpu); w0=$(wal "$url"); t0=$(now)
    for i in $(seq "$workers"); do
        /usr/bin/time -f "%U %S" -o "$work/cpu.$i" "$bin" --store "$url" worker --once >/dev/null 2>&1 &
    done
    wait
    t1=$(now); c1=$(pg_cpu); w1=$(wal "$url")
    worker_cpu=$(cat "$work"/cpu.* | awk '{s += $1 + $2} END {print s}'); rm -f "$work"/cpu.*
    printf "%-22s %12s %22s %22s %18s\n" "PostgreSQL, $workers worker(s)" "$(rate "$n" "$t0" "$t1")" \
        "$(per_article 0 "$worker_cpu" "$n")" "$(per_article "$c0" "$c1" "$n")" \
        "$(python3 -c "print(f'{($w1 - $w0) / 1024 / $n:.1f}')")"
done
# Seconds between the log lines matching $2 and $3 (tracing's RFC 3339 timestamps).
between() {
    python3 - "$@" <<'PY'
import re, sys
from datetime import datetime
lines = [re.sub(r"\x1b\[[0-9;]*m", "", l) for l in open(sys.argv[1])]
def at(pattern):
    line = next(l for l in lines if re.search(pattern, l))
    return datetime.fromisoformat(line.split()[0].replace("Z", "+00:00"))
print(f"{(at(sys.argv[3]) - at(sys.argv[2])).total_seconds():.2f}")
PY
}
"$bin" --store "$url" ingest --queue-only "$work/later.jsonl" >/dev/null
"$bin" -v --store "$url" worker --once >/dev/null 2>"$work/extend.log"
echo "1,000 later articles: stories extended in $(between "$work/extend.log" "worker round done" "stories extended") s (after extraction)"
psql -q "$url" -c "DELETE FROM story_state" >/dev/null
"$bin" -v --store "$url" worker --once >/dev/null 2>"$work/rebuild.log"
echo "the same stories rebuilt from all $((n + 1000)) articles in $(between "$work/rebuild.log" "jejak_schema|INFO" "stories rebuilt") s"
echo "($n articles; queue filled before timing; $(nproc) cores; commit $(git rev-parse --short HEAD))"
