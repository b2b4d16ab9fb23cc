#!/usr/bin/env bash
# Runs the runtime fuzzer (runtime/tests/fuzz.rs): random, seeded signed extrinsics from 24
# accounts through the real runtime, with every labeling pallet's try_state, the issuance and
# the block weight checked after every block. CI runs it with the defaults inside
# `cargo test` (100,000 calls, seed 1); this runs it longer or with another seed.
#   scripts/fuzz.sh [--calls N] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
calls=100000
seed=1
while [ $# -gt 0 ]; do
	case "$1" in
		--calls) calls="$2"; shift 2 ;;
		--seed) seed="$2"; shift 2 ;;
		*) echo "usage: scripts/fuzz.sh [--calls N] [--seed S]" >&2; exit 2 ;;
	esac
done
scripts/setup.sh >/dev/null
log=$(mktemp)
status=0
FUZZ_CALLS="$calls" FUZZ_SEED="$seed" cargo test --release --locked -p labelchain-runtime --test fuzz -- --nocapture \
	>"$log" 2>&1 || status=$?
grep -E '^fuzz|panicked|FAILED|^error' "$log" || tail -20 "$log"
rm -f "$log"
exit "$status"
