#!/usr/bin/env bash
# Article-extraction benchmark: Jejak's HTML extractor vs trafilatura and readability-lxml on
# every page set in shared/data/extraction/*/ (expected.jsonl + pages/<id>.html), scored by
# shared/bench/extract_eval.py. Prints precision/recall/F1 (token shingles), title and date
# accuracy and listing detection per dataset and tool, plus Jejak's pages/second.
#
# usage: bench/extraction/run.sh [--no-baselines]
# env:   JEJAK_EXTRACTION_DATA (default ../shared/data/extraction),
#        JEJAK_SHARED_BENCH (default ../shared/bench), CARGO_TARGET_DIR as usual.
# The baselines are installed once into bench/.venv (gitignored) from
# bench/extraction/requirements.txt. Pages are read in place, never copied.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel)
cd "$root"
data=${JEJAK_EXTRACTION_DATA:-$root/../shared/data/extraction}
evalpy=${JEJAK_SHARED_BENCH:-$root/../shared/bench}/extract_eval.py
out=$root/bench/out/extraction
mkdir -p "$out"
baselines=1
[ "${1:-}" = "--no-baselines" ] && baselines=0

if [ "$baselines" = 1 ]; then
    venv=$root/bench/.venv
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv"
    fi
    if ! "$venv/bin/python" -c "import trafilatura, readability" 2>/dev/null; then
        "$venv/bin/pip" install -q --upgrade pip
        "$venv/bin/pip" install -q -r "$here/requirements.txt"
    fi
fi

cargo build --release --quiet -p jejak-extract --example extract_eval
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/release/examples/extract_eval

tools=(jejak)
[ "$baselines" = 1 ] && tools+=(trafilatura readability)
summary=$out/summary.tsv
: >"$summary"
for dir in "$data"/*/; do
    [ -f "$dir/expected.jsonl" ] || continue
    name=$(basename "$dir")
    mkdir -p "$out/$name"
    # Speed: extract the set 5 times over after one untimed pass (the baselines get one too).
    # This host's speed drifts by a fifth within minutes, so Jejak is timed before and after
    # the baselines and its figure is the mean of the two.
    "$bin" "$dir" "$out/$name/jejak.jsonl" --repeat 5 2>"$out/$name/speed.txt"
    if [ "$baselines" = 1 ]; then
        "$venv/bin/python" "$here/baselines.py" "$dir" "$out/$name" 2>>"$out/$name/speed.txt"
        "$bin" "$dir" "$out/$name/jejak-again.jsonl" --repeat 5 2>>"$out/$name/speed.txt"
    fi
    for tool in "${tools[@]}"; do
        python3 "$evalpy" "$dir/expected.jsonl" "$out/$name/$tool.jsonl" --json >"$out/$name/$tool.score.json"
        python3 - "$name" "$tool" "$out/$name/$tool.score.json" "$out/$name/speed.txt" >>"$summary" <<'PY'
import json, re, sys
name, tool, score, speed = sys.argv[1:]
s = json.load(open(score))
b = s.get("summary", s)
def g(*keys):
    for src in (b, s):
        for k in keys:
            if isinstance(src, dict) and src.get(k) is not None:
                return src[k]
    return None
runs = [float(m.group(1)) for line in open(speed) if line.startswith(tool + ":")
        for m in [re.search(r"= ([0-9.]+) pages/s", line)] if m]
pps = f"{sum(runs) / len(runs):.1f}" if runs else ""
def f(x):
    return "-" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))
print("\t".join([name, tool, f(g("precision")), f(g("recall")), f(g("f1")), f(g("f1_page")),
                 f(g("title_acc")), f(g("date_acc")),
                 f(g("listing_flag_acc")), pps]))
PY
    done
done
printf "%-18s %-12s %7s %7s %7s %8s %7s %7s %8s %9s\n" dataset tool P R F1 F1/page title date listing "pages/s"
while IFS=$'\t' read -r name tool p r f1 f1p title date listing pps; do
    printf "%-18s %-12s %7s %7s %7s %8s %7s %7s %8s %9s\n" "$name" "$tool" "$p" "$r" "$f1" "$f1p" "$title" "$date" "$listing" "$pps"
done <"$summary"
# Jejak's speed over trafilatura's, per dataset (the issue asks for 20x).
python3 - "$summary" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
speed = {(r[0], r[1]): float(r[9]) for r in rows if len(r) > 9 and r[9]}
for name in dict.fromkeys(r[0] for r in rows):
    if (name, "jejak") in speed and (name, "trafilatura") in speed:
        print(f"{name}: jejak {speed[(name, 'jejak')] / speed[(name, 'trafilatura')]:.1f}x trafilatura's pages/s")
PY
