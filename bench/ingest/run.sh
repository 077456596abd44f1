#!/usr/bin/env bash
# End-to-end ingest throughput and peak memory: `jejak ingest` (read, store, extract, trace,
# cluster, index) on an empty store, for N articles of the SaudiNewsNet corpus repeated and
# perturbed by bench/scale_corpus.py (default sizes 10k and 100k; say 1000000 to go further),
# then the real WARC fixture. Memory should stay flat as N grows: pages commit in batches and
# extraction streams from the store.
#
# usage: bench/ingest/run.sh [N...]
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
shared=${JEJAK_SHARED:-$root/../shared}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
cargo build --release --quiet -p jejak
bin="$root/target/release/jejak"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
zstd -dcq "$shared/data/corpus/saudinewsnet.jsonl.zst" >"$work/corpus.jsonl"

# Stage times come from the run's own log (-v): pages stored, articles extracted, stories
# updated, each as seconds since the start.
stage() { sed 's/\x1b\[[0-9;]*m//g' "$work/log" | grep "$1" | grep -o 'seconds[^0-9]*[0-9.]*' | grep -o '[0-9.]*$' | tail -1; }
# Peak RssAnon of the child of process $1 (polled every 0.2 s): the heap alone. Peak RSS also
# counts the search index's segment files while tantivy maps them to merge (file pages the
# kernel may drop at will), which comes and goes with merges of bigger segments.
peak_anon() {
    local child=""
    while [ -z "$child" ] && kill -0 "$1" 2>/dev/null; do child=$(pgrep -P "$1" | head -1); sleep 0.05; done
    local peak=0 now
    while now=$(awk '/RssAnon/ {print $2}' "/proc/$child/status" 2>/dev/null) && [ -n "$now" ]; do
        [ "$now" -gt "$peak" ] && peak=$now
        sleep 0.2
    done
    echo $((peak / 1024))
}
printf "%-34s %10s %12s %14s %15s   %s\n" input articles "articles/s" "peak RSS MiB" "peak anon MiB" "stages (s): read+store / extract / stories"
for n in "${sizes[@]}"; do
    python3 bench/scale_corpus.py "$work/corpus.jsonl" "$n" "$work/in-$n.jsonl"
    rm -rf "$work/data"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" -v --data "$work/data" ingest --json "$work/in-$n.jsonl" >"$work/out.json" 2>"$work/log" &
    anon=$(peak_anon $!)
    wait
    read -r secs kib <"$work/time"
    articles=$(python3 -c "import json; print(json.load(open('$work/out.json'))['articles'])")
    stored=$(stage "pages stored"); extracted=$(stage "articles extracted"); rebuilt=$(stage "stories updated")
    stages=$(python3 -c "print(f'{$stored:.1f} / {$extracted - $stored:.1f} / {$rebuilt - $extracted:.1f}')")
    printf "%-34s %10s %12.0f %14.0f %15s   %s\n" "JSONL, $n records" "$articles" "$(python3 -c "print($articles / $secs)")" "$(python3 -c "print($kib / 1024)")" "$anon" "$stages"
done
for warc in "$shared"/data/formats/*.warc.gz; do
    rm -rf "$work/data"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --data "$work/data" ingest --json "$warc" >"$work/out.json"
    read -r secs kib <"$work/time"
    printf "%-34s %10s %12s %14.0f\n" "$(basename "$warc")" "$(python3 -c "import json; print(json.load(open('$work/out.json'))['articles'])")" "(${secs} s)" "$(python3 -c "print($kib / 1024)")"
done
echo "($(nproc) cores; commit $(git rev-parse --short HEAD))"
