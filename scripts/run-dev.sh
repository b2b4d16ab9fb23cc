#!/usr/bin/env bash
# Builds if needed, then starts a development chain: Alice validates and holds sudo, blocks
# every 6 s, state in a temporary directory, RPC on ws://127.0.0.1:9944 for wallets.
# Extra arguments go to the node (e.g. --rpc-port 9955, --base-path /data/labelchain).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
source scripts/env.sh
exec "$LABELCHAIN_NODE" --dev --rpc-cors=all "$@"
