# Sourced by scripts that need a throwaway PostgreSQL: `pg_start` installs PostgreSQL from
# Debian when missing, starts a cluster in a temp dir on a free loopback port (as the
# postgres user: the server refuses to run as root) and exports JEJAK_PG_URL;
# `pg_fresh_database NAME` prints the URL of an empty database on it; `pg_stop`
# stops and removes it (scripts trap it on EXIT).

pg_start() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "installing PostgreSQL from Debian (not on this machine)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
        PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    PG_WORK=$(mktemp -d)
    chmod 755 "$PG_WORK"
    if [ "$(id -u)" = 0 ]; then chown postgres "$PG_WORK"; fi
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    _pg "$PG_BIN/initdb" -D "$PG_WORK/db" -U jejak --auth=trust -E UTF8 >/dev/null
    _pg "$PG_BIN/pg_ctl" -D "$PG_WORK/db" -l "$PG_WORK/log" -w \
        -o "-p $port -k $PG_WORK -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=80" start >/dev/null
    export JEJAK_PG_URL="postgres://jejak@127.0.0.1:$port/postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

# Prints the URL of a fresh, empty database called $1 on the running cluster.
pg_fresh_database() {
    "$PG_BIN/psql" -q "$JEJAK_PG_URL" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >&2
    echo "${JEJAK_PG_URL%/*}/$1"
}

pg_stop() {
    [ -n "${PG_WORK:-}" ] || return 0
    _pg "$PG_BIN/pg_ctl" -D "$PG_WORK/db" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_WORK"
}

_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
