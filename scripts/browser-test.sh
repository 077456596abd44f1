#!/usr/bin/env bash
# Browser tests of the web UI: Debian's Chromium (installed here when missing) driven by
# playwright-core from npm, against `jejak serve` on loopback with the seed pages and a
# hostile article ingested. Screenshots: target/browser-screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
    echo "browser-test: installing Debian's chromium (not on this machine)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
fi
command -v node >/dev/null || { echo "browser-test: node is missing; install nodejs" >&2; exit 1; }

(cd tests/browser && npm ci --no-audit --no-fund --silent)

cargo build --quiet -p jejak
bin=target/debug/jejak
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

cat >"$work/hostile.jsonl" <<'JSON'
{"id":"hostile-1","outlet":"<img src=x onerror=\"window.__jejakXss=true\">Evil Post","url":"javascript:window.__jejakXss=true","published":"2026-03-01T10:00:00Z","lang":"en","title":"Hostile <script>window.__jejakXss=true</script> headline \"onmouseover=\"window.__jejakXss=true","body":"A hostile body <script>window.__jejakXss=true</script> with <a href=\"javascript:window.__jejakXss=true\">a link</a> and \" onmouseover=\"window.__jejakXss=true\" attributes.\nSecond paragraph <iframe src=javascript:window.__jejakXss=true></iframe>."}
JSON
"$bin" --data "$work/data" ingest ../shared/seeds "$work/hostile.jsonl" >/dev/null
"$bin" --data "$work/data" serve --addr 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do
    grep -q "serving Jejak on" "$work/serve.log" && break
    sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)
[ -n "$url" ] || { cat "$work/serve.log"; echo "browser-test: server did not start" >&2; exit 1; }

# The write token `jejak serve` prints on its first start, for the ingest page's test.
token=$(grep -o 'stored hashed): [0-9a-f]*' "$work/serve.log" | awk '{print $3}' | head -1)
[ -n "$token" ] || { cat "$work/serve.log"; echo "browser-test: no write token printed" >&2; exit 1; }

mkdir -p target/browser-screenshots
JEJAK_URL="$url" JEJAK_TOKEN="$token" JEJAK_SCREENSHOTS="$PWD/target/browser-screenshots" node --test tests/browser/ui.test.mjs
