#!/usr/bin/env bash
# Runs the PostgreSQL test suite against a throwaway cluster: installs PostgreSQL from
# Debian when missing, starts a cluster in a temp dir on a free local port (as the
# postgres user: the server refuses to run as root), runs the tests, stops and removes it.
#
# usage: scripts/pg-test.sh [extra cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "pg-test: installing PostgreSQL from Debian (not on this machine)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

work=$(mktemp -d)
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
    as_postgres "$pgbin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

as_postgres "$pgbin/initdb" -D "$work/db" -U jejak --auth=trust -E UTF8 >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$work/db" -l "$work/log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null
echo "pg-test: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export JEJAK_PG_URL="postgres://jejak@127.0.0.1:$port/postgres"
cargo test -p jejak-store --features pg-tests --test postgres "$@"
cargo test -p jejak --features pg-tests --test scale_out "$@"
