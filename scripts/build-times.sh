#!/usr/bin/env bash
# Measures and prints the build figures of issue #2:
#   warm rebuild of node+runtime after touching one runtime file, and the test suite's time;
#   with --cold, also a cold build of node+runtime in an empty target directory (about an hour
#   on 2 cores; it does not touch the shared target directory).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh >/dev/null

secs() { local s; s=$(date +%s); "$@" >/tmp/labelchain-build-times.log 2>&1 || { tail -30 /tmp/labelchain-build-times.log; exit 1; }; echo $(( $(date +%s) - s )); }

cargo build --release --locked --workspace >/dev/null 2>&1  # make sure we start warm
if [ "${1:-}" = "--cold" ]; then
	cold_dir=$(mktemp -d)
	cold=$(CARGO_TARGET_DIR="$cold_dir" secs cargo build --release --locked --workspace)
	rm -rf "$cold_dir"
fi
touch runtime/src/lib.rs
warm=$(secs cargo build --release --locked --workspace)
suite=$(secs scripts/test.sh)

printf '%-52s %10s\n' "measure" "seconds"
[ -n "${cold:-}" ] && printf '%-52s %10s\n' "cold build, node+runtime, empty target dir" "$cold"
printf '%-52s %10s\n' "warm rebuild after touching runtime/src/lib.rs" "$warm"
printf '%-52s %10s\n' "test suite (scripts/test.sh, warm)" "$suite"
