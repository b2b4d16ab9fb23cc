#!/usr/bin/env bash
# Runs the zombienet tests (zombienet/*.zndsl): four validators of `labelchain-node` on the
# `local_testnet` chain, started by zombienet's native provider (no `zombienet setup`, no
# downloads: the node is the one the release build made). Usage: scripts/zombienet.sh [file.zndsl …]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$LABELCHAIN_NODE" ] || scripts/build.sh
[ -x scripts/node_modules/.bin/zombienet ] || scripts/setup.sh
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(zombienet/*.zndsl)
for t in "${tests[@]}"; do
	start=$(date +%s)
	echo "[zombienet] $t"
	# Each test file bounds its own steps; this bounds the whole run (spawn included).
	timeout 1500 scripts/node_modules/.bin/zombienet --provider native --logType text --force test "$t"
	echo "[zombienet] $t passed in $(( $(date +%s) - start )) s"
done
