# Sourced by the benchmark scripts: `bench_pallet <pallet> <output> [extra args…]` runs the
# node's `benchmark pallet` on the release runtime's wasm (development preset) for every
# extrinsic of <pallet> (or only EXTRINSIC) and writes the weights to <output>. STEPS and REPEAT
# from the environment (defaults 20 and 5).
bench_pallet() {
	local pallet=$1 output=$2
	shift 2
	echo "[bench] $pallet -> $output"
	"$LABELCHAIN_NODE" benchmark pallet \
		--runtime "$CARGO_TARGET_DIR/release/wbuild/labelchain-runtime/labelchain_runtime.compact.compressed.wasm" \
		--genesis-builder=runtime \
		--genesis-builder-preset=development \
		--pallet "$pallet" \
		--extrinsic "${EXTRINSIC:-*}" \
		--steps "${STEPS:-20}" \
		--repeat "${REPEAT:-5}" \
		--heap-pages 4096 \
		--output "$output" \
		"$@"
}
