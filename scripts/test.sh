#!/usr/bin/env bash
# The whole test suite: set-up, release build, unit and runtime tests (cargo), the client tests
# against real dev nodes (node:test on @polkadot/api, the labelchain CLI included), then the
# zombienet tests on four validators.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
start=$(date +%s)

scripts/build.sh

echo "== cargo test (pallets, runtime, benchmarks' tests) =="
cargo test --release --locked --workspace

echo "== replay: the crowdsourcing sets through the runtime, against majority vote =="
scripts/replay-check.sh

cargo_done=$(date +%s)
echo "== client tests against a dev node =="
# Two files at a time, each against its own dev node: the tests mostly wait for blocks. (Four
# validators producing and finalizing together are zombienet's first test, below.)
(cd scripts && node --test --test-concurrency=2 --test-reporter=spec e2e/)
e2e_done=$(date +%s)
echo "[test] client tests: $(( e2e_done - cargo_done )) s"

echo "== zombienet: four validators =="
scripts/zombienet.sh
echo "[test] zombienet: $(( $(date +%s) - e2e_done )) s"

echo "[test] whole suite: $(( $(date +%s) - start )) s"
