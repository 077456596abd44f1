#!/usr/bin/env bash
# Story clustering against the shared story sets: B-cubed, pairwise F1 and ARI per set, for
# Jejak and for a plain TF-IDF baseline in the same run; then throughput and peak memory at
# 10k and 100k articles (JEJAK_SCALE="10000 100000 1000000" adds a million, about 8 minutes),
# and near-duplicate precision/recall (link_scale example). Each set is also scored on 12
# random samples of 40% of its stories, the size of its held-out split (samples.py).
# Usage: bench/stories/run.sh [threshold] [window_hours] [cohesion_threshold] [story_span_hours] [idf_memory_hours]
# Reads ../shared/data/stories/*.jsonl in place (never copied into the project).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${JEJAK_SHARED:-../shared}/data/stories
score=${JEJAK_SHARED:-../shared}/bench/cluster_eval.py
[ -d "$data" ] || { echo "no story sets at $data" >&2; exit 1; }
cargo build --release -q -p jejak-link --example cluster_pred
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for gold in "$data"/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  echo "== $name"
  echo "-- jejak"
  target/release/examples/cluster_pred "$gold" "$@" >"$out/$name.jsonl"
  python3 "$score" "$gold" "$out/$name.jsonl"
  # (held-out files hold about 40% of each set's stories: the same share sampled from dev)
  python3 bench/stories/samples.py "$gold" target/release/examples/cluster_pred "$score" 0.4 12 "$@"
  echo "-- baseline: TF-IDF words, centroid cosine >= 0.2, same window"
  JEJAK_BASELINE=1 target/release/examples/cluster_pred "$gold" "$@" >"$out/$name-baseline.jsonl"
  python3 "$score" "$gold" "$out/$name-baseline.jsonl"
done
echo "== scale and near-duplicates (corpus: ${JEJAK_SHARED:-../shared}/data/corpus)"
cargo build --release -q -p jejak-link --example link_scale
corpus=${JEJAK_SHARED:-../shared}/data/corpus/saudinewsnet.jsonl.zst
for n in ${JEJAK_SCALE:-10000 100000}; do
  zstd -dcq "$corpus" | target/release/examples/link_scale "$n"
done
