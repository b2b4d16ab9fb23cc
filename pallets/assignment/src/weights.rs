
//! Weights for `pallet_assignment`, measured by `labelchain-node benchmark pallet`
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
// pallet_assignment
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --heap-pages
// 4096
// --output
// pallets/assignment/src/weights.rs
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

/// Weight functions needed for `pallet_assignment`.
pub trait WeightInfo {
	fn join_pool() -> Weight;
	fn leave_pool() -> Weight;
	fn deal(n: u32, ) -> Weight;
	fn take_back(n: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Tiers::Labelers` (r:1 w:0)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Members` (r:2 w:2)
	/// Proof: `Assignment::Members` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PoolMembers` (r:1 w:1)
	/// Proof: `Assignment::PoolMembers` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::VacantLen` (r:1 w:0)
	/// Proof: `Assignment::VacantLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::TreeLen` (r:1 w:1)
	/// Proof: `Assignment::TreeLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::TreeNodes` (r:18 w:19)
	/// Proof: `Assignment::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::LeafOwner` (r:1 w:3)
	/// Proof: `Assignment::LeafOwner` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	fn join_pool() -> Weight {
		// Proof size: measured `27547`, estimated `46242`.
		// Minimum execution time: 860_594_000 picoseconds.
		Weight::from_parts(864_917_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(T::DbWeight::get().reads(28))
			.saturating_add(T::DbWeight::get().writes(26))
	}
	/// Storage: `Assignment::Members` (r:1 w:1)
	/// Proof: `Assignment::Members` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::TreeNodes` (r:18 w:18)
	/// Proof: `Assignment::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::LeafOwner` (r:1 w:1)
	/// Proof: `Assignment::LeafOwner` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::VacantLen` (r:1 w:1)
	/// Proof: `Assignment::VacantLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PoolMembers` (r:1 w:1)
	/// Proof: `Assignment::PoolMembers` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Vacant` (r:0 w:1)
	/// Proof: `Assignment::Vacant` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	fn leave_pool() -> Weight {
		// Proof size: measured `27205`, estimated `46242`.
		// Minimum execution time: 721_333_000 picoseconds.
		Weight::from_parts(742_067_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(T::DbWeight::get().reads(22))
			.saturating_add(T::DbWeight::get().writes(23))
	}
	/// Storage: `Assignment::PendingHead` (r:1 w:1)
	/// Proof: `Assignment::PendingHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingTail` (r:1 w:1)
	/// Proof: `Assignment::PendingTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingQueue` (r:1 w:36)
	/// Proof: `Assignment::PendingQueue` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Deals` (r:35 w:35)
	/// Proof: `Assignment::Deals` (`max_values`: None, `max_size`: Some(584), added: 3059, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Members` (r:16 w:0)
	/// Proof: `Assignment::Members` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::TreeNodes` (r:83 w:0)
	/// Proof: `Assignment::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::TreeLen` (r:1 w:0)
	/// Proof: `Assignment::TreeLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::LeafOwner` (r:15 w:0)
	/// Proof: `Assignment::LeafOwner` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:0)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::ExpiryLen` (r:1 w:1)
	/// Proof: `Assignment::ExpiryLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:1 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::SeatsOf` (r:0 w:512)
	/// Proof: `Assignment::SeatsOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Expiries` (r:0 w:512)
	/// Proof: `Assignment::Expiries` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 512]`.
	fn deal(n: u32, ) -> Weight {
		// Proof size: measured `113113`, estimated `209652 + n * (204 ±1)`.
		// Minimum execution time: 4_567_905_000 picoseconds.
		Weight::from_parts(4_886_073_578, 0)
			.saturating_add(Weight::from_parts(0, 209652))
			.saturating_add(Weight::from_parts(114_796_324, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(154))
			.saturating_add(T::DbWeight::get().writes(23))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 204).saturating_mul(n.into()))
	}
	/// Storage: `Assignment::ExpiryCursor` (r:1 w:1)
	/// Proof: `Assignment::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::ExpiryLen` (r:1 w:0)
	/// Proof: `Assignment::ExpiryLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Expiries` (r:256 w:256)
	/// Proof: `Assignment::Expiries` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Deals` (r:256 w:256)
	/// Proof: `Assignment::Deals` (`max_values`: None, `max_size`: Some(584), added: 3059, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:1 w:1)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:1 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:1 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingTail` (r:1 w:1)
	/// Proof: `Assignment::PendingTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::SeatsOf` (r:0 w:256)
	/// Proof: `Assignment::SeatsOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingQueue` (r:0 w:256)
	/// Proof: `Assignment::PendingQueue` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn take_back(n: u32, ) -> Weight {
		// Proof size: measured `1733 + n * (110 ±0)`, estimated `6196 + n * (3059 ±0)`.
		// Minimum execution time: 145_695_000 picoseconds.
		Weight::from_parts(155_644_000, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(Weight::from_parts(88_396_580, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3059).saturating_mul(n.into()))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn join_pool() -> Weight {
		Weight::from_parts(864_917_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(ParityDbWeight::get().reads(28))
			.saturating_add(ParityDbWeight::get().writes(26))
	}
	fn leave_pool() -> Weight {
		Weight::from_parts(742_067_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(ParityDbWeight::get().reads(22))
			.saturating_add(ParityDbWeight::get().writes(23))
	}
	fn deal(n: u32, ) -> Weight {
		Weight::from_parts(4_886_073_578, 0)
			.saturating_add(Weight::from_parts(0, 209652))
			.saturating_add(Weight::from_parts(114_796_324, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(154))
			.saturating_add(ParityDbWeight::get().writes(23))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 204).saturating_mul(n.into()))
	}
	fn take_back(n: u32, ) -> Weight {
		Weight::from_parts(155_644_000, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(Weight::from_parts(88_396_580, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(8))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3059).saturating_mul(n.into()))
	}
}
