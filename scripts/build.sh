#!/usr/bin/env bash
# Builds the node (with its wasm runtime) in release: the only build of the project.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
cargo build --release --locked --workspace
echo "[build] node binary: $LABELCHAIN_NODE"
