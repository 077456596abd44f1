#!/usr/bin/env bash
# Attribution benchmark for crates/jejak-trace.
# usage: bench/attribution/run.sh [GOLD.jsonl ...]   (default: ../shared/data/attribution/*.jsonl)
# Builds the `attribution_pred` example, predicts quotes for each gold file and scores them with
# attribution_eval.py, and a regex baseline beside it. The speaker scored is the resolved
# speaker, else the mention, else the medium a statement with no speaker came through
# ("According to the Herald, …"), as the provenance stage reads it. Predictions go to a temp dir (override with OUT=dir); gold data is never
# copied into the repository.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${JEJAK_SHARED:-$ROOT/../shared}"
DATA="${DATA:-$SHARED/data/attribution}"
EVAL="${EVAL:-$SHARED/bench/attribution_eval.py}"
OUT="${OUT:-$(mktemp -d)}"; mkdir -p "$OUT"
cd "$ROOT"
cargo build --release -q -p jejak-trace --example attribution_pred
BIN="$ROOT/target/release/examples/attribution_pred"
if [ "$#" -gt 0 ]; then files=("$@"); else files=("$DATA"/*.jsonl); fi
for gold in "${files[@]}"; do
  name="$(basename "$gold" .jsonl)"
  pred="$OUT/$name.pred.jsonl"
  "$BIN" "$gold" > "$pred"
  echo "== $name: jejak"
  python3 "$EVAL" "$gold" "$pred"
  python3 "$ROOT/bench/attribution/by_kind.py" "$gold" "$pred" "$OUT/$name"
  for kind in direct indirect; do
    echo "== $name: jejak, $kind quotes only (bench/attribution/by_kind.py)"
    python3 "$EVAL" "$OUT/$name/$kind.gold.jsonl" "$OUT/$name/$kind.pred.jsonl" | grep -E "^(docs|quotes|speaker)"
    python3 "$EVAL" "$OUT/$name/$kind.gold.jsonl" "$OUT/$name/$kind.pred.jsonl" --json \
      | python3 "$ROOT/bench/attribution/speaker_f1.py" "$OUT/$name/$kind.gold.jsonl"
  done
  echo "== $name: regex baseline (quotes next to a speech verb; bench/attribution/baseline.py)"
  python3 "$ROOT/bench/attribution/baseline.py" "$gold" > "$OUT/$name.baseline.jsonl"
  python3 "$EVAL" "$gold" "$OUT/$name.baseline.jsonl"
done
# Speed: each set, and one paragraph of quote marks with no sentence end, where the work per
# sentence would grow with its length times its quotes (it must stay linear: 4x the text,
# about 4x the time).
echo "== speed (attribution_pred, one core)"
TIMEFORMAT=%R
for gold in "${files[@]}"; do
  bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip()))' "$gold")
  secs=$( { time "$BIN" "$gold" > /dev/null; } 2>&1 )
  python3 -c 'import sys; b,s=int(sys.argv[2]),float(sys.argv[3]); print(f"{sys.argv[1]}: {b/1e6:.1f} MB in {s:.2f} s = {b/1e6/max(s,1e-3):.1f} MB/s")' "$(basename "$gold" .jsonl)" "$bytes" "$secs"
done
for kib in 256 1024; do
  python3 -c 'import json,random,sys; random.seed(1); n=int(sys.argv[1])*1024; print(json.dumps({"id":"long","lang":"en","text":"".join(random.choice("abc def ghi, \"“” Said X ") for _ in range(n))}))' "$kib" > "$OUT/long.jsonl"
  secs=$( { time "$BIN" "$OUT/long.jsonl" > /dev/null; } 2>&1 )
  echo "one paragraph of $kib KiB, quote marks and no full stop: $secs s"
done
# (the same through the command line, text extraction included: `jejak quotes FILE`)
cargo build --release -q -p jejak
python3 -c 'import random; random.seed(1); print("".join(random.choice("abc def ghi, \"“” Said X ") for _ in range(1024 * 1024)))' > "$OUT/long.txt"
secs=$( { time target/release/jejak quotes "$OUT/long.txt" --json > /dev/null; } 2>&1 )
echo "jejak quotes on a 1 MiB text file of one such paragraph: $secs s"
