
//! Weights for `pallet_labels`, measured by `labelchain-node benchmark pallet`
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
// pallet_labels
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --heap-pages
// 4096
// --output
// pallets/labels/src/weights.rs
// --template
// scripts/weights-template.hbs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}},
	frame_system,
};

/// Weight functions needed for `pallet_labels`.
pub trait WeightInfo {
	fn commit(p: u32, ) -> Weight;
	fn reveal() -> Weight;
	fn commit_singles(n: u32, ) -> Weight;
	fn reveal_singles(n: u32, ) -> Weight;
	fn commit_batch(n: u32, ) -> Weight;
	fn reveal_batch(n: u32, ) -> Weight;
	fn reveal_whole_batch(n: u32, ) -> Weight;
	fn reveal_seeded_batch(n: u32, ) -> Weight;
	fn report_leak() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:1)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 20]`.
	fn commit(p: u32, ) -> Weight {
		// Proof size: measured `2326`, estimated `6110`.
		// Minimum execution time: 66_982_000 picoseconds.
		Weight::from_parts(77_190_330, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(Weight::from_parts(348_844, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:1)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	fn reveal() -> Weight {
		// Proof size: measured `1816`, estimated `6110`.
		// Minimum execution time: 38_067_000 picoseconds.
		Weight::from_parts(46_676_000, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:128 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:128)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn commit_singles(n: u32, ) -> Weight {
		// Proof size: measured `1166 + n * (1168 ±0)`, estimated `6110 + n * (4229 ±0)`.
		// Minimum execution time: 86_191_000 picoseconds.
		Weight::from_parts(88_622_963, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(Weight::from_parts(16_803_442, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:128)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_singles(n: u32, ) -> Weight {
		// Proof size: measured `569 + n * (1250 ±0)`, estimated `6110 + n * (4229 ±0)`.
		// Minimum execution time: 42_718_000 picoseconds.
		Weight::from_parts(45_829_852, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(Weight::from_parts(10_094_094, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:1)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn commit_batch(n: u32, ) -> Weight {
		// Proof size: measured `1161 + n * (1168 ±0)`, estimated `7951 + n * (4229 ±0)`.
		// Minimum execution time: 80_423_000 picoseconds.
		Weight::from_parts(89_958_049, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(6_098_797, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_batch(n: u32, ) -> Weight {
		// Proof size: measured `854`, estimated `7951`.
		// Minimum execution time: 54_810_000 picoseconds.
		Weight::from_parts(62_839_379, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(3_420_692, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_whole_batch(n: u32, ) -> Weight {
		// Proof size: measured `724 + n * (1 ±0)`, estimated `7951`.
		// Minimum execution time: 35_759_000 picoseconds.
		Weight::from_parts(38_885_801, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(1_466_357, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_seeded_batch(n: u32, ) -> Weight {
		// Proof size: measured `724 + n * (1 ±0)`, estimated `7951`.
		// Minimum execution time: 35_055_000 picoseconds.
		Weight::from_parts(39_076_110, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(1_703_205, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2645), added: 5120, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(785), added: 3260, mode: `MaxEncodedLen`)
	fn report_leak() -> Weight {
		// Proof size: measured `1779`, estimated `8799`.
		// Minimum execution time: 177_526_000 picoseconds.
		Weight::from_parts(190_633_000, 0)
			.saturating_add(Weight::from_parts(0, 8799))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(6))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn commit(p: u32, ) -> Weight {
		Weight::from_parts(77_190_330, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(Weight::from_parts(348_844, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn reveal() -> Weight {
		Weight::from_parts(46_676_000, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn commit_singles(n: u32, ) -> Weight {
		Weight::from_parts(88_622_963, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(Weight::from_parts(16_803_442, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn reveal_singles(n: u32, ) -> Weight {
		Weight::from_parts(45_829_852, 0)
			.saturating_add(Weight::from_parts(0, 6110))
			.saturating_add(Weight::from_parts(10_094_094, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn commit_batch(n: u32, ) -> Weight {
		Weight::from_parts(89_958_049, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(6_098_797, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn reveal_batch(n: u32, ) -> Weight {
		Weight::from_parts(62_839_379, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(3_420_692, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reveal_whole_batch(n: u32, ) -> Weight {
		Weight::from_parts(38_885_801, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(1_466_357, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reveal_seeded_batch(n: u32, ) -> Weight {
		Weight::from_parts(39_076_110, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(1_703_205, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn report_leak() -> Weight {
		Weight::from_parts(190_633_000, 0)
			.saturating_add(Weight::from_parts(0, 8799))
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
}
