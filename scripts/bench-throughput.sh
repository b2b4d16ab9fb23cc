#!/usr/bin/env bash
# Measures the chain's throughput: transfers, single-item labels and batched labels on one dev
# node started for the run, and prints the table (see scripts/bench/throughput.mjs --help).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -x "$LABELCHAIN_NODE" ] || scripts/build.sh
echo "[bench] $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, node $LABELCHAIN_NODE" >&2
cd scripts && exec node bench/throughput.mjs "$@"
