# Shared by run.sh and soak.sh (sourced, not run): builds `jejak` in release, builds once a
# store of $n articles (the SaudiNewsNet corpus repeated and perturbed by
# bench/scale_corpus.py; kept in $work between runs), starts `jejak serve` on loopback
# (stopped when the calling script exits) and picks a story and a search word.
#
# in:  n (articles)            env: JEJAK_BENCH_DIR (where stores are kept)
# out: root bin work data server (the server's pid) base (http://127.0.0.1:PORT) story q

root=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
cd "$root"
shared="$root/../shared"
work=${JEJAK_BENCH_DIR:-$root/target/bench-http}
mkdir -p "$work"

command -v wrk >/dev/null || { echo "installing wrk (Debian)"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet -p jejak
bin="$root/target/release/jejak"

data="$work/data-$n"
if [ ! -f "$data/jejak.sqlite" ]; then
    echo "building a store of $n articles (once; kept in $data)"
    zstd -dcq "$shared/data/corpus/saudinewsnet.jsonl.zst" >"$work/corpus.jsonl"
    python3 "$root/bench/scale_corpus.py" "$work/corpus.jsonl" "$n" "$work/scaled-$n.jsonl"
    /usr/bin/time -f "ingest: %e s, peak RSS %M KB" "$bin" --data "$data" ingest "$work/scaled-$n.jsonl" >/dev/null
fi

"$bin" --data "$data" serve --addr 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "serving Jejak on" "$work/serve.log" && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)
[ -n "$base" ] || { cat "$work/serve.log"; exit 1; }

story=$(curl -s "$base/api/v1/stories?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')
word=$(curl -s "$base/api/v1/stories?limit=1" | python3 -c 'import json,sys; t=json.load(sys.stdin)["stories"][0]["title"].split(); print(max(t, key=len))')
q=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$word")

# Errors in wrk's output: non-2xx/3xx responses plus socket errors (connect, read, write, timeout).
wrk_errors() {
    awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(/,/,""); n+=$4+$6+$8+$10} END {print n+0}'
}
