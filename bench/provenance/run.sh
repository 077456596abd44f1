#!/usr/bin/env bash
# Claim provenance over every story of the shared story sets: each set is ingested into an
# empty store (Jejak's own clustering), every story with two or more outlets is traced, and
# the script prints claims per story, multi-outlet claims, the share of single-source claims,
# headline warnings, number conflicts and the time per story, then the claim-grouping precision
# over the hand-labelled sample in labels/grouping.tsv (see grouping_sample.py).
# Usage: bench/provenance/run.sh
# JEJAK_KEEP=DIR keeps each traced story's report as DIR/<set>/<story id>.json (the
# claim-grouping precision sample below reads them; a temporary directory is used otherwise).
# Keep DIR outside the repository: traces hold article text of local-evaluation-only sets.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${JEJAK_SHARED:-../shared}
cargo build --release -q -p jejak
bin=target/release/jejak
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${JEJAK_KEEP:-$work/traces}
mkdir -p "$keep"
for set in "$shared"/data/stories/*.jsonl; do
    name=$(basename "$set" .jsonl)
    "$bin" --data "$work/$name" ingest "$set" >/dev/null 2>&1
    "$bin" --data "$work/$name" stories --limit 100000 --json >"$work/$name-stories.json"
    rm -rf "${keep:?}/$name" && mkdir -p "$keep/$name"
    python3 - "$bin" "$work/$name" "$work/$name-stories.json" "$name" "$keep/$name" <<'PY'
import json, os, subprocess, sys, time
bin, data, stories_path, name, keep = sys.argv[1:]
stories = [s for s in json.load(open(stories_path))["stories"] if len(s["outlets"]) >= 2]
claims = multi = single = warnings = conflicts = 0
started = time.perf_counter()
for s in stories:
    out = subprocess.run([bin, "--data", data, "trace", s["id"], "--json"], capture_output=True, check=True)
    r = json.loads(out.stdout)
    with open(os.path.join(keep, s["id"] + ".json"), "wb") as f:
        f.write(out.stdout)
    claims += len(r["claims"])
    multi += sum(1 for c in r["claims"] if len(c["outlets"]) >= 2)
    single += sum(1 for c in r["claims"] if c["provenance"]["single_source"])
    warnings += len(r["coverage"]["headline_warnings"])
    conflicts += sum(1 for d in r["coverage"]["number_disagreements"] if d["verdict"] == "conflict")
secs = time.perf_counter() - started
n = max(len(stories), 1)
print(f"== {name}: {len(stories)} stories with 2+ outlets")
print(f"claims per story {claims / n:.1f}; carried by 2+ outlets {multi / max(claims, 1):.1%}; "
      f"single-source {single / max(claims, 1):.1%}; headline warnings {warnings}; number conflicts {conflicts}; "
      f"{1000 * secs / n:.0f} ms per story (process start-up included)")
PY
done
python3 bench/provenance/grouping_sample.py "$keep"
