
//! Weights for `pallet_labels`, measured by `labelchain-node benchmark pallet`
//! (`scripts/benchmark-pallets.sh`; template `scripts/weights-template.hbs`).
//!
//! Benchmark CLI 64.0.0, 2026-12-07; steps `10`, repeat `3`;
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
	fn list_chunks(c: u32, ) -> Weight;
	fn reveal() -> Weight;
	fn commit_singles(n: u32, ) -> Weight;
	fn commit_singles_in_chunk(n: u32, ) -> Weight;
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
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Deals` (r:1 w:1)
	/// Proof: `Assignment::Deals` (`max_values`: None, `max_size`: Some(1169), added: 3644, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:1 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:1)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::ChunkSingles` (r:1 w:0)
	/// Proof: `Labels::ChunkSingles` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 20]`.
	fn commit(p: u32, ) -> Weight {
		// Proof size: measured `3494`, estimated `6134`.
		// Minimum execution time: 113_500_000 picoseconds.
		Weight::from_parts(149_539_832, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(326_516, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Labels::ChunkSingles` (r:128 w:128)
	/// Proof: `Labels::ChunkSingles` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::WorkChunkCount` (r:1 w:1)
	/// Proof: `Labels::WorkChunkCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Labels::WorkChunks` (r:0 w:128)
	/// Proof: `Labels::WorkChunks` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 128]`.
	fn list_chunks(c: u32, ) -> Weight {
		// Proof size: measured `42`, estimated `3485 + c * (2519 ±0)`.
		// Minimum execution time: 13_810_000 picoseconds.
		Weight::from_parts(2_906_837, 0)
			.saturating_add(Weight::from_parts(0, 3485))
			.saturating_add(Weight::from_parts(9_360_671, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(c.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:1)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	fn reveal() -> Weight {
		// Proof size: measured `1973`, estimated `6134`.
		// Minimum execution time: 51_022_000 picoseconds.
		Weight::from_parts(64_727_000, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:128 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Deals` (r:128 w:128)
	/// Proof: `Assignment::Deals` (`max_values`: None, `max_size`: Some(1169), added: 3644, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:1 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:128)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::ChunkSingles` (r:128 w:0)
	/// Proof: `Labels::ChunkSingles` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn commit_singles(n: u32, ) -> Weight {
		// Proof size: measured `2268 + n * (1248 ±0)`, estimated `6134 + n * (4229 ±0)`.
		// Minimum execution time: 128_287_000 picoseconds.
		Weight::from_parts(45_516_349, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(43_258_717, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Deals` (r:1 w:1)
	/// Proof: `Assignment::Deals` (`max_values`: None, `max_size`: Some(1169), added: 3644, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:1 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:128)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::ChunkSingles` (r:1 w:0)
	/// Proof: `Labels::ChunkSingles` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn commit_singles_in_chunk(n: u32, ) -> Weight {
		// Proof size: measured `2328 + n * (1168 ±0)`, estimated `6134 + n * (4229 ±0)`.
		// Minimum execution time: 137_295_000 picoseconds.
		Weight::from_parts(193_230_212, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(22_272_736, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:128)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_singles(n: u32, ) -> Weight {
		// Proof size: measured `726 + n * (1250 ±0)`, estimated `6134 + n * (4229 ±0)`.
		// Minimum execution time: 56_104_000 picoseconds.
		Weight::from_parts(70_333_681, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(12_386_902, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Deals` (r:1 w:1)
	/// Proof: `Assignment::Deals` (`max_values`: None, `max_size`: Some(1169), added: 3644, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:1 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:1)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:128 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::ChunkSingles` (r:1 w:0)
	/// Proof: `Labels::ChunkSingles` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn commit_batch(n: u32, ) -> Weight {
		// Proof size: measured `2329 + n * (1168 ±0)`, estimated `7951 + n * (4229 ±0)`.
		// Minimum execution time: 133_208_000 picoseconds.
		Weight::from_parts(167_231_655, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(7_579_833, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_batch(n: u32, ) -> Weight {
		// Proof size: measured `1010`, estimated `7951`.
		// Minimum execution time: 60_797_000 picoseconds.
		Weight::from_parts(71_682_503, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(4_216_989, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_whole_batch(n: u32, ) -> Weight {
		// Proof size: measured `880 + n * (1 ±0)`, estimated `7951`.
		// Minimum execution time: 45_686_000 picoseconds.
		Weight::from_parts(53_183_984, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(1_769_181, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 128]`.
	fn reveal_seeded_batch(n: u32, ) -> Weight {
		// Proof size: measured `880 + n * (1 ±0)`, estimated `7951`.
		// Minimum execution time: 45_796_000 picoseconds.
		Weight::from_parts(53_547_518, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(2_099_197, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:1 w:1)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::BadgeCollection` (r:1 w:0)
	/// Proof: `Tiers::BadgeCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:2 w:2)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::TierChanges` (r:1 w:1)
	/// Proof: `Tiers::TierChanges` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn report_leak() -> Weight {
		// Proof size: measured `2559`, estimated `8799`.
		// Minimum execution time: 298_491_000 picoseconds.
		Weight::from_parts(338_995_000, 0)
			.saturating_add(Weight::from_parts(0, 8799))
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().writes(10))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn commit(p: u32, ) -> Weight {
		Weight::from_parts(149_539_832, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(326_516, 0).saturating_mul(p.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn list_chunks(c: u32, ) -> Weight {
		Weight::from_parts(2_906_837, 0)
			.saturating_add(Weight::from_parts(0, 3485))
			.saturating_add(Weight::from_parts(9_360_671, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(1))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(c.into()))
	}
	fn reveal() -> Weight {
		Weight::from_parts(64_727_000, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn commit_singles(n: u32, ) -> Weight {
		Weight::from_parts(45_516_349, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(43_258_717, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn commit_singles_in_chunk(n: u32, ) -> Weight {
		Weight::from_parts(193_230_212, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(22_272_736, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn reveal_singles(n: u32, ) -> Weight {
		Weight::from_parts(70_333_681, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(Weight::from_parts(12_386_902, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn commit_batch(n: u32, ) -> Weight {
		Weight::from_parts(167_231_655, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(7_579_833, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(6))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn reveal_batch(n: u32, ) -> Weight {
		Weight::from_parts(71_682_503, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(4_216_989, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reveal_whole_batch(n: u32, ) -> Weight {
		Weight::from_parts(53_183_984, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(1_769_181, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn reveal_seeded_batch(n: u32, ) -> Weight {
		Weight::from_parts(53_547_518, 0)
			.saturating_add(Weight::from_parts(0, 7951))
			.saturating_add(Weight::from_parts(2_099_197, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn report_leak() -> Weight {
		Weight::from_parts(338_995_000, 0)
			.saturating_add(Weight::from_parts(0, 8799))
			.saturating_add(ParityDbWeight::get().reads(17))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
}
