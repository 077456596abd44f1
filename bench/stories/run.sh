#!/usr/bin/env bash
# Story clustering against the shared story sets: B-cubed, pairwise F1 and ARI per set.
# Usage: bench/stories/run.sh [threshold] [window_hours]
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
  target/release/examples/cluster_pred "$gold" "$@" >"$out/$name.jsonl"
  python3 "$score" "$gold" "$out/$name.jsonl"
done
