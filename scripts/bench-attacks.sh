#!/usr/bin/env bash
# Prints the figures the attack review asks for, measured on the real runtime:
# - the state bytes a settled 10,000-item task leaves per finalized item;
# - what filling every block of the shortest reveal window (and of its extension) costs, against
#   the slashes it causes, and the attack itself: a filled window is extended.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh >/dev/null
cargo test --release --locked -p labelchain-runtime --test attacks -- \
	--nocapture --test-threads=1 state_left_per_finalized_item filling_blocks_gets_dearer a_filled_reveal_window 2>&1 \
	| grep -E '^(state |censorship)'
