#!/usr/bin/env bash
# Runs the node's `benchmark pallet` on every LabelChain pallet and writes each pallet's
# weights.rs. Usage: scripts/benchmark-pallets.sh [pallet_name …] (default: all of ours).
# STEPS and REPEAT may be set in the environment (defaults 20 and 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$LABELCHAIN_NODE" ] || scripts/build.sh

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_tasks pallet_tiers pallet_labels pallet_consensus pallet_governance pallet_review pallet_assignment)
source scripts/lib/bench-pallet.sh

for pallet in "${pallets[@]}"; do
	bench_pallet "$pallet" "pallets/${pallet#pallet_}/src/weights.rs" --template scripts/weights-template.hbs
done
