#!/usr/bin/env bash
# Runs the PostgreSQL test suite against a throwaway cluster (see lib/pg.sh): the store
# conformance suite and work queue, incremental story updates, then the scale-out test of `jejak worker`.
#
# usage: scripts/pg-test.sh [extra cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pg.sh
trap pg_stop EXIT
pg_start
cargo test -p jejak-store --features pg-tests --test postgres "$@"
cargo test -p jejak-pipeline --features pg-tests --test story_updates "$@"
cargo test -p jejak --features pg-tests --test scale_out "$@"
