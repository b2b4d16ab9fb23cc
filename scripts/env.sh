# Sourced by the scripts: one cargo target directory, shared by every build, test and CI run on
# this machine, so that nothing is compiled twice.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/labelchain/target}"
export LABELCHAIN_NODE="${LABELCHAIN_NODE:-$CARGO_TARGET_DIR/release/labelchain-node}"
# Two cores: one build at a time, both cores for it.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-$(nproc)}"
