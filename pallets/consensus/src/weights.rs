
//! Weights for `pallet_consensus`, measured by `labelchain-node benchmark pallet`
//! (`scripts/benchmark-pallets.sh`; template `scripts/weights-template.hbs`).
//!
//! Benchmark CLI 64.0.0, 2026-11-22; steps `10`, repeat `3`;
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
// pallet_consensus
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --heap-pages
// 4096
// --template
// scripts/weights-template.hbs
// --output
// pallets/consensus/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}},
	frame_system,
};

/// Weight functions needed for `pallet_consensus`.
pub trait WeightInfo {
	fn finalize_items(n: u32, r: u32, ) -> Weight;
	fn resolve_escalation(r: u32, ) -> Weight;
	fn on_initialize(j: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2608), added: 5083, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:64 w:64)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:64 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:64 w:64)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:10 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:17 w:17)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	/// The range of component `r` is `[3, 15]`.
	fn finalize_items(n: u32, r: u32, ) -> Weight {
		// Proof size: measured `0 + n * (1292 ±0) + r * (5643 ±0)`, estimated `26740 + n * (4229 ±0) + r * (3260 ±0)`.
		// Minimum execution time: 1_467_467_000 picoseconds.
		Weight::from_parts(1_480_385_000, 0)
			.saturating_add(Weight::from_parts(0, 26740))
			.saturating_add(Weight::from_parts(544_572_488, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(1_445_447_794, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 3260).saturating_mul(r.into()))
	}
	/// Storage: `Consensus::Escalations` (r:1 w:1)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2608), added: 5083, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:1)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:0 w:1)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 15]`.
	fn resolve_escalation(r: u32, ) -> Weight {
		// Proof size: measured `1307 + r * (224 ±0)`, estimated `19015 + r * (3260 ±0)`.
		// Minimum execution time: 214_398_000 picoseconds.
		Weight::from_parts(125_465_693, 0)
			.saturating_add(Weight::from_parts(0, 19015))
			.saturating_add(Weight::from_parts(45_034_657, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(7))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 3260).saturating_mul(r.into()))
	}
	/// Storage: `Consensus::Schedule` (r:1 w:1)
	/// Proof: `Consensus::Schedule` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::QueueTail` (r:1 w:1)
	/// Proof: `Consensus::QueueTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Queue` (r:0 w:16)
	/// Proof: `Consensus::Queue` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 16]`.
	fn on_initialize(j: u32, ) -> Weight {
		// Proof size: measured `43 + j * (13 ±0)`, estimated `3686`.
		// Minimum execution time: 2_644_000 picoseconds.
		Weight::from_parts(6_594_768, 0)
			.saturating_add(Weight::from_parts(0, 3686))
			.saturating_add(Weight::from_parts(1_888_254, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(j.into())))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn finalize_items(n: u32, r: u32, ) -> Weight {
		Weight::from_parts(1_480_385_000, 0)
			.saturating_add(Weight::from_parts(0, 26740))
			.saturating_add(Weight::from_parts(544_572_488, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(1_445_447_794, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(0, 3260).saturating_mul(r.into()))
	}
	fn resolve_escalation(r: u32, ) -> Weight {
		Weight::from_parts(125_465_693, 0)
			.saturating_add(Weight::from_parts(0, 19015))
			.saturating_add(Weight::from_parts(45_034_657, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(13))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(7))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 3260).saturating_mul(r.into()))
	}
	fn on_initialize(j: u32, ) -> Weight {
		Weight::from_parts(6_594_768, 0)
			.saturating_add(Weight::from_parts(0, 3686))
			.saturating_add(Weight::from_parts(1_888_254, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(j.into())))
	}
}
