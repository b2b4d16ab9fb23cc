#!/usr/bin/env bash
# Replays the shared crowdsourcing sets through the real runtime (`labelchain-replay`, tasks of
# 50 items) and fails if the chain's finalized labels are less accurate than majority vote
# (ties to the smaller label) on any of them, or if any labeling call failed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
replay="$CARGO_TARGET_DIR/release/labelchain-replay"
data=../shared/data/crowd
status=0
for set in rte temp web; do
	[ -f "$data/$set/labels.tsv" ] || { echo "[replay] $data/$set missing"; status=1; continue; }
	out=$("$replay" "$data/$set/labels.tsv" "$data/$set/gold.tsv" --batch 50)
	accuracy=$(awk '/^finalized accuracy/ {print $3}' <<<"$out")
	majority=$(awk '/^majority vote/ {print $3}' <<<"$out")
	errors=$(awk '/^dispatch errors/ {print $3}' <<<"$out")
	escalated=$(awk '/^escalation rate/ {print $3}' <<<"$out")
	verdict=ok
	if [ -z "$accuracy" ] || [ -z "$majority" ] || ! awk -v a="$accuracy" -v m="$majority" 'BEGIN { exit !(a >= m) }'; then
		verdict="BELOW MAJORITY VOTE"; status=1
	fi
	if [ -n "$errors" ]; then verdict="$verdict, $errors dispatch errors"; status=1; fi
	echo "[replay] $set: finalized $accuracy, majority vote $majority, escalated $escalated % — $verdict"
done
exit $status
