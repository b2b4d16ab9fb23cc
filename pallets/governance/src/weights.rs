
//! Weights for `pallet_governance`, measured by `labelchain-node benchmark pallet`
//! (`scripts/benchmark-pallets.sh`; template `scripts/weights-template.hbs`).
//!
//! Benchmark CLI 64.0.0, 2026-11-22; steps `10`, repeat `5`;
//! wasm execution `Compiled`; CPU `Intel(R) Xeon(R) Processor`.

// Executed command:
// /root/.cache/labelchain/target/release/labelchain-node
// benchmark
// pallet
// --runtime
// /root/.cache/labelchain/target/release/wbuild/labelchain-runtime/labelchain_runtime.compact.compressed.wasm
// --genesis-builder=runtime
// --genesis-builder-preset=development
// --pallet
// pallet_governance
// --extrinsic
// *
// --steps
// 10
// --repeat
// 5
// --heap-pages
// 4096
// --template
// scripts/weights-template.hbs
// --output
// pallets/governance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}},
	frame_system,
};

/// Weight functions needed for `pallet_governance`.
pub trait WeightInfo {
	fn set_parameter() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Parameters::Parameters` (r:32 w:1)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn set_parameter() -> Weight {
		// Proof size: measured `194`, estimated `83390`.
		// Minimum execution time: 93_155_000 picoseconds.
		Weight::from_parts(97_399_000, 0)
			.saturating_add(Weight::from_parts(0, 83390))
			.saturating_add(T::DbWeight::get().reads(32))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_parameter() -> Weight {
		Weight::from_parts(97_399_000, 0)
			.saturating_add(Weight::from_parts(0, 83390))
			.saturating_add(ParityDbWeight::get().reads(32))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
