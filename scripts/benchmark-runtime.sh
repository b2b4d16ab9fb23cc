#!/usr/bin/env bash
# Benchmarks, on this machine, the FRAME code every transaction runs: the transaction
# extensions (frame_system's checks, fee payment), frame_system, balances (the reference
# transfer of the throughput benchmark) and the per-block and per-extrinsic base weights
# (`benchmark overhead`). Writes runtime/src/weights/*.rs, which the runtime uses instead of
# the reference-hardware (RocksDB-priced) defaults, so that our calls and FRAME's are weighed
# on the same machine. STEPS and REPEAT may be set (defaults 10 and 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$LABELCHAIN_NODE" ] || scripts/build.sh
out=${WEIGHTS_OUT:-runtime/src/weights}  # WEIGHTS_OUT: write elsewhere (to compare)
source scripts/lib/bench-pallet.sh

for pallet in frame_system frame_system_extensions pallet_balances pallet_transaction_payment; do
	STEPS=${STEPS:-10} bench_pallet "$pallet" "$out/$pallet.rs"
done
echo "[bench] overhead -> $out/{block,extrinsic}_weights.rs"
"$LABELCHAIN_NODE" benchmark overhead --dev --weight-path "$out/" --warmup 3 --repeat 20

# The generated files name FRAME crates directly; this runtime reaches them through the
# polkadot-sdk umbrella crate.
for f in "$out"/*.rs; do
	[ "$(basename "$f")" = mod.rs ] && continue
	sed -i -e 's/^use sp_core::parameter_types;/use polkadot_sdk::frame_support::parameter_types;/' \
		-e 's/^\(\s*\)use sp_weights::/\1use polkadot_sdk::frame_support::weights::/' "$f"
	if grep -q '^use frame_support' "$f" && ! grep -q '^use polkadot_sdk::\*;' "$f"; then
		sed -i '0,/^use /s//use polkadot_sdk::*;\nuse /' "$f"
	fi
done
