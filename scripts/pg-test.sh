#!/usr/bin/env bash
# Runs every test that uses a store on PostgreSQL too, against a throwaway cluster (see
# lib/pg.sh): the store conformance suite and work queue, the pipeline's and the server's
# tests, the end-to-end tests of the `jejak` binary (with the scale-out test of
# `jejak worker`), and the browser tests. `cargo test --workspace` runs the same tests on
# SQLite; here each one gets a fresh PostgreSQL database of its own.
#
# usage: scripts/pg-test.sh [extra cargo test args]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pg.sh
trap pg_stop EXIT
pg_start
# (one cargo run for the four: built together, their features agree and the shared crates
# build once, where four runs rebuilt them four times)
cargo test -p jejak-store -p jejak-pipeline -p jejak-server -p jejak --features pg-tests "$@"
JEJAK_STORE=$(pg_fresh_database jejak_browser) scripts/browser-test.sh
