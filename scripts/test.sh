#!/usr/bin/env bash
# The whole test suite: set-up, release build, unit and runtime tests (cargo), then the client
# tests against real nodes (node:test on @polkadot/api).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
start=$(date +%s)

scripts/build.sh

echo "== cargo test (pallets, runtime, benchmarks' tests) =="
cargo test --release --locked --workspace

echo "== client tests against a dev node =="
(cd scripts && node --test --test-concurrency=1 --test-reporter=spec e2e/)

echo "[test] whole suite: $(( $(date +%s) - start )) s"
