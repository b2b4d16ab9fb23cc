
//! Weights for `pallet_review`, measured by `labelchain-node benchmark pallet`
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
// pallet_review
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --heap-pages
// 4096
// --output
// pallets/review/src/weights.rs
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

/// Weight functions needed for `pallet_review`.
pub trait WeightInfo {
	fn join_court() -> Weight;
	fn leave_court() -> Weight;
	fn commit_verdict() -> Weight;
	fn reveal_verdict() -> Weight;
	fn appeal() -> Weight;
	fn appeal_decision() -> Weight;
	fn decide_by_governance() -> Weight;
	fn draw_panel(s: u32, ) -> Weight;
	fn close_commit(j: u32, ) -> Weight;
	fn close_reveal(j: u32, ) -> Weight;
	fn close_case() -> Weight;
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
	/// Storage: `Review::Jurors` (r:2 w:2)
	/// Proof: `Review::Jurors` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Review::PoolJurors` (r:1 w:1)
	/// Proof: `Review::PoolJurors` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Review::VacantLen` (r:1 w:0)
	/// Proof: `Review::VacantLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeLen` (r:1 w:1)
	/// Proof: `Review::TreeLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:18 w:19)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Review::LeafOwner` (r:1 w:3)
	/// Proof: `Review::LeafOwner` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	fn join_court() -> Weight {
		// Proof size: measured `27719`, estimated `46242`.
		// Minimum execution time: 866_200_000 picoseconds.
		Weight::from_parts(890_002_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(T::DbWeight::get().reads(30))
			.saturating_add(T::DbWeight::get().writes(28))
	}
	/// Storage: `Review::Jurors` (r:1 w:1)
	/// Proof: `Review::Jurors` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:18 w:18)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Review::LeafOwner` (r:1 w:1)
	/// Proof: `Review::LeafOwner` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Review::VacantLen` (r:1 w:1)
	/// Proof: `Review::VacantLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Review::PoolJurors` (r:1 w:1)
	/// Proof: `Review::PoolJurors` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Review::Vacant` (r:0 w:1)
	/// Proof: `Review::Vacant` (`max_values`: None, `max_size`: Some(27), added: 2502, mode: `MaxEncodedLen`)
	fn leave_court() -> Weight {
		// Proof size: measured `27486`, estimated `46242`.
		// Minimum execution time: 783_913_000 picoseconds.
		Weight::from_parts(805_634_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(T::DbWeight::get().reads(24))
			.saturating_add(T::DbWeight::get().writes(25))
	}
	/// Storage: `Review::Cases` (r:1 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// Storage: `Review::Seats` (r:189 w:1)
	/// Proof: `Review::Seats` (`max_values`: None, `max_size`: Some(161), added: 2636, mode: `MaxEncodedLen`)
	/// Storage: `Review::Panels` (r:1 w:0)
	/// Proof: `Review::Panels` (`max_values`: None, `max_size`: Some(6075), added: 8550, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn commit_verdict() -> Weight {
		// Proof size: measured `27502`, estimated `499194`.
		// Minimum execution time: 1_669_068_000 picoseconds.
		Weight::from_parts(1_845_277_000, 0)
			.saturating_add(Weight::from_parts(0, 499194))
			.saturating_add(T::DbWeight::get().reads(192))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Review::Cases` (r:1 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// Storage: `Review::Seats` (r:189 w:1)
	/// Proof: `Review::Seats` (`max_values`: None, `max_size`: Some(161), added: 2636, mode: `MaxEncodedLen`)
	/// Storage: `Review::Panels` (r:1 w:0)
	/// Proof: `Review::Panels` (`max_values`: None, `max_size`: Some(6075), added: 8550, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn reveal_verdict() -> Weight {
		// Proof size: measured `28099`, estimated `499194`.
		// Minimum execution time: 1_677_833_000 picoseconds.
		Weight::from_parts(1_841_129_000, 0)
			.saturating_add(Weight::from_parts(0, 499194))
			.saturating_add(T::DbWeight::get().reads(192))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Review::Cases` (r:1 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// Storage: `Review::Parties` (r:1 w:0)
	/// Proof: `Review::Parties` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn appeal() -> Weight {
		// Proof size: measured `1529`, estimated `11290`.
		// Minimum execution time: 116_654_000 picoseconds.
		Weight::from_parts(141_586_000, 0)
			.saturating_add(Weight::from_parts(0, 11290))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Consensus::Results` (r:1 w:0)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::AppealWindows` (r:1 w:0)
	/// Proof: `Consensus::AppealWindows` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Review::CaseOfItem` (r:1 w:1)
	/// Proof: `Review::CaseOfItem` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:1 w:0)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Review::NextCaseId` (r:1 w:1)
	/// Proof: `Review::NextCaseId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::OpenAppeals` (r:1 w:1)
	/// Proof: `Consensus::OpenAppeals` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Review::Cases` (r:0 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// Storage: `Review::Parties` (r:0 w:1)
	/// Proof: `Review::Parties` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::AppealLocks` (r:0 w:1)
	/// Proof: `Consensus::AppealLocks` (`max_values`: None, `max_size`: Some(749), added: 3224, mode: `MaxEncodedLen`)
	fn appeal_decision() -> Weight {
		// Proof size: measured `6487`, estimated `105405`.
		// Minimum execution time: 577_665_000 picoseconds.
		Weight::from_parts(659_960_000, 0)
			.saturating_add(Weight::from_parts(0, 105405))
			.saturating_add(T::DbWeight::get().reads(53))
			.saturating_add(T::DbWeight::get().writes(25))
	}
	/// Storage: `Review::Cases` (r:1 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Review::CaseOfItem` (r:0 w:1)
	/// Proof: `Review::CaseOfItem` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Review::Parties` (r:0 w:1)
	/// Proof: `Review::Parties` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	fn decide_by_governance() -> Weight {
		// Proof size: measured `432`, estimated `3701`.
		// Minimum execution time: 39_101_000 picoseconds.
		Weight::from_parts(87_887_000, 0)
			.saturating_add(Weight::from_parts(0, 3701))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Review::Parties` (r:1 w:0)
	/// Proof: `Review::Parties` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:53 w:36)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeLen` (r:1 w:0)
	/// Proof: `Review::TreeLen` (`max_values`: None, `max_size`: Some(15), added: 2490, mode: `MaxEncodedLen`)
	/// Storage: `Review::LeafOwner` (r:8 w:0)
	/// Proof: `Review::LeafOwner` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Review::Seats` (r:8 w:8)
	/// Proof: `Review::Seats` (`max_values`: None, `max_size`: Some(161), added: 2636, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:8 w:0)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:8 w:0)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Review::Jurors` (r:8 w:8)
	/// Proof: `Review::Jurors` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Review::Panels` (r:1 w:1)
	/// Proof: `Review::Panels` (`max_values`: None, `max_size`: Some(6075), added: 8550, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Review::Cases` (r:0 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 63]`.
	fn draw_panel(s: u32, ) -> Weight {
		// Proof size: measured `69016 + s * (82 ±0)`, estimated `108743 + s * (560 ±128)`.
		// Minimum execution time: 1_143_164_000 picoseconds.
		Weight::from_parts(2_121_933_161, 0)
			.saturating_add(Weight::from_parts(0, 108743))
			.saturating_add(Weight::from_parts(188_432_419, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(75))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(42))
			.saturating_add(Weight::from_parts(0, 560).saturating_mul(s.into()))
	}
	/// Storage: `Review::Panels` (r:1 w:0)
	/// Proof: `Review::Panels` (`max_values`: None, `max_size`: Some(6075), added: 8550, mode: `MaxEncodedLen`)
	/// Storage: `Review::Seats` (r:189 w:189)
	/// Proof: `Review::Seats` (`max_values`: None, `max_size`: Some(161), added: 2636, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Review::Cases` (r:0 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[1, 189]`.
	fn close_commit(j: u32, ) -> Weight {
		// Proof size: measured `706 + j * (109 ±0)`, estimated `9540 + j * (2636 ±0)`.
		// Minimum execution time: 72_519_000 picoseconds.
		Weight::from_parts(103_040_366, 0)
			.saturating_add(Weight::from_parts(0, 9540))
			.saturating_add(Weight::from_parts(12_826_553, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 2636).saturating_mul(j.into()))
	}
	/// Storage: `Review::Panels` (r:1 w:1)
	/// Proof: `Review::Panels` (`max_values`: None, `max_size`: Some(6075), added: 8550, mode: `MaxEncodedLen`)
	/// Storage: `Review::Seats` (r:189 w:189)
	/// Proof: `Review::Seats` (`max_values`: None, `max_size`: Some(161), added: 2636, mode: `MaxEncodedLen`)
	/// Storage: `Review::Jurors` (r:189 w:189)
	/// Proof: `Review::Jurors` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:378 w:378)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:190 w:190)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Review::AgendaLen` (r:1 w:1)
	/// Proof: `Review::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Review::Agenda` (r:0 w:1)
	/// Proof: `Review::Agenda` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Review::Cases` (r:0 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[1, 189]`.
	fn close_reveal(j: u32, ) -> Weight {
		// Proof size: measured `1986 + j * (389 ±0)`, estimated `9540 + j * (5028 ±0)`.
		// Minimum execution time: 245_554_000 picoseconds.
		Weight::from_parts(269_190_000, 0)
			.saturating_add(Weight::from_parts(0, 9540))
			.saturating_add(Weight::from_parts(210_774_665, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(7))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 5028).saturating_mul(j.into()))
	}
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Review::Cases` (r:0 w:1)
	/// Proof: `Review::Cases` (`max_values`: None, `max_size`: Some(236), added: 2711, mode: `MaxEncodedLen`)
	/// Storage: `Review::CaseOfItem` (r:0 w:1)
	/// Proof: `Review::CaseOfItem` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Review::Parties` (r:0 w:1)
	/// Proof: `Review::Parties` (`max_values`: None, `max_size`: Some(529), added: 3004, mode: `MaxEncodedLen`)
	fn close_case() -> Weight {
		// Proof size: measured `6`, estimated `3535`.
		// Minimum execution time: 26_688_000 picoseconds.
		Weight::from_parts(62_652_000, 0)
			.saturating_add(Weight::from_parts(0, 3535))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn join_court() -> Weight {
		Weight::from_parts(890_002_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(ParityDbWeight::get().reads(30))
			.saturating_add(ParityDbWeight::get().writes(28))
	}
	fn leave_court() -> Weight {
		Weight::from_parts(805_634_000, 0)
			.saturating_add(Weight::from_parts(0, 46242))
			.saturating_add(ParityDbWeight::get().reads(24))
			.saturating_add(ParityDbWeight::get().writes(25))
	}
	fn commit_verdict() -> Weight {
		Weight::from_parts(1_845_277_000, 0)
			.saturating_add(Weight::from_parts(0, 499194))
			.saturating_add(ParityDbWeight::get().reads(192))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn reveal_verdict() -> Weight {
		Weight::from_parts(1_841_129_000, 0)
			.saturating_add(Weight::from_parts(0, 499194))
			.saturating_add(ParityDbWeight::get().reads(192))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn appeal() -> Weight {
		Weight::from_parts(141_586_000, 0)
			.saturating_add(Weight::from_parts(0, 11290))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn appeal_decision() -> Weight {
		Weight::from_parts(659_960_000, 0)
			.saturating_add(Weight::from_parts(0, 105405))
			.saturating_add(ParityDbWeight::get().reads(53))
			.saturating_add(ParityDbWeight::get().writes(25))
	}
	fn decide_by_governance() -> Weight {
		Weight::from_parts(87_887_000, 0)
			.saturating_add(Weight::from_parts(0, 3701))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn draw_panel(s: u32, ) -> Weight {
		Weight::from_parts(2_121_933_161, 0)
			.saturating_add(Weight::from_parts(0, 108743))
			.saturating_add(Weight::from_parts(188_432_419, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(75))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(42))
			.saturating_add(Weight::from_parts(0, 560).saturating_mul(s.into()))
	}
	fn close_commit(j: u32, ) -> Weight {
		Weight::from_parts(103_040_366, 0)
			.saturating_add(Weight::from_parts(0, 9540))
			.saturating_add(Weight::from_parts(12_826_553, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 2636).saturating_mul(j.into()))
	}
	fn close_reveal(j: u32, ) -> Weight {
		Weight::from_parts(269_190_000, 0)
			.saturating_add(Weight::from_parts(0, 9540))
			.saturating_add(Weight::from_parts(210_774_665, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(7))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 5028).saturating_mul(j.into()))
	}
	fn close_case() -> Weight {
		Weight::from_parts(62_652_000, 0)
			.saturating_add(Weight::from_parts(0, 3535))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
}
