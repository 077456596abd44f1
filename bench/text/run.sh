#!/usr/bin/env bash
# Text analysis: language-id accuracy per article and per paragraph on the shared story
# sets (labelled id/en), the stemmer's accuracy on its held-back word list, precision of
# name mentions and quantities on a hand-labelled seeded sample (bench/text/labels), and
# throughput of tokens, terms and sentences over the SaudiNewsNet corpus.
# Usage: bench/text/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${JEJAK_SHARED:-../shared}/data
data=$shared/stories
corpus=$shared/corpus/saudinewsnet.jsonl.zst
[ -d "$data" ] || { echo "no story sets at $data" >&2; exit 1; }
cargo build --release -q -p jejak-text --example text_eval --example stem_eval --example precision \
  --example throughput
target/release/examples/text_eval "$data"/*.jsonl
target/release/examples/stem_eval
# Labels: bench/text/labels/*.tsv; draw a new sample with
#   target/release/examples/precision "$shared" --draw mentions 100 SEED
target/release/examples/precision "$shared" bench/text/labels
if [ -f "$corpus" ] && command -v zstd >/dev/null; then
  zstd -dcq "$corpus" | target/release/examples/throughput
else
  echo "throughput: skipped (needs $corpus and zstd)" >&2
fi
