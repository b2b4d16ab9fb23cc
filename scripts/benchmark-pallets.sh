#!/usr/bin/env bash
# Runs the node's `benchmark pallet` on every LabelChain pallet and writes each pallet's
# weights.rs. Usage: scripts/benchmark-pallets.sh [pallet_name …] (default: all of ours).
# STEPS and REPEAT may be set in the environment (defaults 20 and 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$LABELCHAIN_NODE" ] || scripts/build.sh

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_tasks pallet_tiers pallet_labels pallet_consensus pallet_governance)
wasm="$CARGO_TARGET_DIR/release/wbuild/labelchain-runtime/labelchain_runtime.compact.compressed.wasm"

for pallet in "${pallets[@]}"; do
	dir="pallets/${pallet#pallet_}"
	echo "[bench] $pallet -> $dir/src/weights.rs"
	"$LABELCHAIN_NODE" benchmark pallet \
		--runtime "$wasm" \
		--genesis-builder=runtime \
		--genesis-builder-preset=development \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "${STEPS:-20}" \
		--repeat "${REPEAT:-5}" \
		--heap-pages 4096 \
		--template scripts/weights-template.hbs \
		--output "$dir/src/weights.rs"
done
