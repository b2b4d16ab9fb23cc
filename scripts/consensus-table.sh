#!/usr/bin/env bash
# Prints the consensus table of issue 19: for each crowd set, the clean data (no gold and 5 %
# hidden gold), then colluders (cover 0.1), spammers and copiers at F = 0.1 … 0.4 of the answers
# with 5 % hidden gold: finalized accuracy (the vote's), escalation, the accuracy after review
# (escalated and audited items decided by the replay's simulated Expert panels), majority vote on what the chain saw,
# the money of the adversaries and of honest workers (per answer). Attacked sets are made by
# ../shared/tools/adversary.py (seed 1) in a temporary directory.
# Usage: scripts/consensus-table.sh [--sets "rte temp web"] [--fractions "0.1 0.2 0.3 0.4"]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
replay="$CARGO_TARGET_DIR/release/labelchain-replay"
[ -x "$replay" ] || scripts/build.sh
exec python3 scripts/lib/consensus_table.py --replay "$replay" "$@"
