#!/usr/bin/env bash
# Page-text extraction on pages nobody wrote rules for: every HTML page of the shared
# extraction sets is rendered to the text a browser copy gives (render.py: visible text,
# one block per line), then `jejak extract` reads that text and extract_eval.py scores it
# against the same expected bodies as the HTML benchmark. Each set is extracted twice:
# cold (no learned model) and after ingesting the set's other pages of the same outlet
# (leave-one-out is approximated by ingesting all pages first; the page itself counts once).
# Usage: bench/textpages/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${JEJAK_SHARED:-../shared}
cargo build --release -q -p jejak
bin=target/release/jejak
out=${JEJAK_KEEP:-$(mktemp -d)}
[ -n "${JEJAK_KEEP:-}" ] || trap 'rm -rf "$out"' EXIT
for set in "$shared"/data/extraction/*/; do
    name=$(basename "$set")
    mkdir -p "$out/$name/text"
    for page in "$set"pages/*.html; do
        python3 bench/textpages/render.py "$page" >"$out/$name/text/$(basename "$page" .html).txt"
    done
    for mode in cold learned; do
        data="$out/$name/data-$mode"
        if [ "$mode" = learned ]; then
            "$bin" --data "$data" ingest "$out/$name/text" >/dev/null 2>&1
        fi
        started=$(date +%s.%N)
        for text in "$out/$name/text"/*.txt; do
            id=$(basename "$text" .txt)
            "$bin" --data "$data" extract "$text" --json 2>/dev/null |
                python3 -c 'import json,sys
a=json.load(sys.stdin); a=a.get("article",a)
print(json.dumps({"id":sys.argv[1],"title":a.get("title"),"body":"\n".join(a.get("body") or []),"date":a.get("published"),"kind":a.get("kind")}))' "$id"
        done >"$out/$name/pred-$mode.jsonl"
        ended=$(date +%s.%N)
        echo "== $name, page text, $mode model ($(ls "$out/$name/text" | wc -l) pages, $(python3 -c "print(f'{float($ended)-float($started):.1f}')") s incl. process start-up)"
        python3 "$shared/bench/extract_eval.py" "$set/expected.jsonl" "$out/$name/pred-$mode.jsonl"
    done
    # Sets without expected titles: how often the page-text title agrees with the title the
    # HTML extractor reads from the same page's markup (a proxy, not a gold standard).
    if ! grep -q '"title": *"' "$set/expected.jsonl"; then
        for page in "$set"pages/*.html; do
            "$bin" extract "$page" --json 2>/dev/null | python3 -c 'import json,sys
a=json.load(sys.stdin); a=a.get("article",a); print(json.dumps({"id":sys.argv[1],"title":a.get("title")}))' "$(basename "$page" .html)"
        done >"$out/$name/html-titles.jsonl"
        python3 - "$out/$name/html-titles.jsonl" "$out/$name/pred-cold.jsonl" <<'PY'
import json, sys, unicodedata
def norm(t):
    return " ".join(unicodedata.normalize("NFKC", t or "").casefold().split())
html = {r["id"]: norm(r["title"]) for r in map(json.loads, open(sys.argv[1]))}
pages = agree = 0
for r in map(json.loads, open(sys.argv[2])):
    reference = html.get(r["id"])
    if not reference:
        continue
    pages += 1
    title = norm(r["title"])
    # the HTML title may carry the site's name: "Headline - Site"
    agree += bool(title) and title in reference
print(f"page-text title agrees with the HTML extractor's title on {agree}/{pages} pages ({agree / max(pages, 1):.3f})")
PY
    fi
done
