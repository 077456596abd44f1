#!/usr/bin/env bash
# Search for scale-out, measured: one tantivy index, tantivy shards merged at query time, and
# PostgreSQL full-text search, over the same N articles (default 100,000: SaudiNewsNet
# repeated by bench/scale_corpus.py) on a throwaway PostgreSQL (scripts/lib/pg.sh). Prints
# store-and-index rate, query latency, index size and top-10 agreement with the single index
# (crates/jejak-store/examples/search_scale.rs).
#
# usage: bench/search/run.sh [N] [SHARDS]
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"
n=${1:-100000}
shards=${2:-4}
source scripts/lib/pg.sh
work=$(mktemp -d)
trap 'pg_stop; rm -rf "$work"' EXIT
pg_start
cargo build --release --quiet -p jejak-store --example search_scale
zstd -dcq "$root/../shared/data/corpus/saudinewsnet.jsonl.zst" >"$work/corpus.jsonl"
python3 bench/scale_corpus.py "$work/corpus.jsonl" "$n" "$work/articles.jsonl"
psql -q "$JEJAK_PG_URL" -c "CREATE DATABASE jejak_search" >/dev/null
TMPDIR="$work" "$root/target/release/examples/search_scale" "$work/articles.jsonl" "${JEJAK_PG_URL%/*}/jejak_search" "$shards"
echo "($(nproc) cores; PostgreSQL with fsync off; commit $(git rev-parse --short HEAD))"
