#!/usr/bin/env bash
# Text analysis: language-id accuracy per article and per paragraph on the shared story
# sets (labelled id/en), the stemmer's accuracy on its held-back word list, and throughput.
# Usage: bench/text/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${JEJAK_SHARED:-../shared}/data/stories
[ -d "$data" ] || { echo "no story sets at $data" >&2; exit 1; }
cargo build --release -q -p jejak-text --example text_eval --example stem_eval
target/release/examples/text_eval "$data"/*.jsonl
target/release/examples/stem_eval
