
//! Weights for `pallet_tasks`, measured by `labelchain-node benchmark pallet`
//! (`scripts/benchmark-pallets.sh`; template `scripts/weights-template.hbs`).
//!
//! Benchmark CLI 64.0.0, 2026-12-08; steps `10`, repeat `3`;
//! wasm execution `Compiled`; CPU `AMD EPYC`.

// Executed command:
// /root/.cache/labelchain/target/release/labelchain-node
// benchmark
// pallet
// --runtime
// /root/.cache/labelchain/target/release/wbuild/labelchain-runtime/labelchain_runtime.compact.compressed.wasm
// --genesis-builder=runtime
// --genesis-builder-preset=development
// --pallet
// pallet_tasks
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --heap-pages
// 4096
// --output
// pallets/tasks/src/weights.rs
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

/// Weight functions needed for `pallet_tasks`.
pub trait WeightInfo {
	fn create_task(u: u32, l: u32, ) -> Weight;
	fn open_review() -> Weight;
	fn cancel_task() -> Weight;
	fn reveal_gold(g: u32, ) -> Weight;
	fn settle() -> Weight;
	fn on_initialize_settle(n: u32, ) -> Weight;
	fn on_finalize() -> Weight;
	fn on_idle_prune_empty() -> Weight;
	fn prune_task() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Parameters::Parameters` (r:23 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::NextTaskId` (r:1 w:1)
	/// Proof: `Tasks::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SettlementQueue` (r:16 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingTail` (r:1 w:1)
	/// Proof: `Assignment::PendingTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingQueue` (r:0 w:1)
	/// Proof: `Assignment::PendingQueue` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:0 w:1)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:0 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:0 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// The range of component `u` is `[0, 256]`.
	/// The range of component `l` is `[1, 64]`.
	fn create_task(u: u32, l: u32, ) -> Weight {
		// Proof size: measured `1384`, estimated `56263 + l * (58 ±2) + u * (3 ±0)`.
		// Minimum execution time: 293_026_000 picoseconds.
		Weight::from_parts(394_066_474, 0)
			.saturating_add(Weight::from_parts(0, 56263))
			.saturating_add(Weight::from_parts(9_831, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(1_176_296, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(41))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(Weight::from_parts(0, 58).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 3).saturating_mul(u.into()))
	}
	/// Storage: `Tasks::ReviewTermsOf` (r:1 w:1)
	/// Proof: `Tasks::ReviewTermsOf` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:2)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewOf` (r:1 w:1)
	/// Proof: `Tasks::ReviewOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SubmissionCount` (r:1 w:0)
	/// Proof: `Tasks::SubmissionCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:18 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::NextTaskId` (r:1 w:1)
	/// Proof: `Tasks::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SettlementQueue` (r:16 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingTail` (r:1 w:1)
	/// Proof: `Assignment::PendingTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::PendingQueue` (r:0 w:1)
	/// Proof: `Assignment::PendingQueue` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:0 w:1)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn open_review() -> Weight {
		// Proof size: measured `2345`, estimated `47340`.
		// Minimum execution time: 241_609_000 picoseconds.
		Weight::from_parts(300_437_000, 0)
			.saturating_add(Weight::from_parts(0, 47340))
			.saturating_add(T::DbWeight::get().reads(43))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:1 w:1)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewTermsOf` (r:1 w:0)
	/// Proof: `Tasks::ReviewTermsOf` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SettlementQueue` (r:1 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size: measured `865`, estimated `6164`.
		// Minimum execution time: 178_015_000 picoseconds.
		Weight::from_parts(192_716_000, 0)
			.saturating_add(Weight::from_parts(0, 6164))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Stages` (r:1 w:0)
	/// Proof: `Consensus::Stages` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::AgendaCursor` (r:1 w:0)
	/// Proof: `Consensus::AgendaCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::AgendaLen` (r:1 w:1)
	/// Proof: `Consensus::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Agenda` (r:0 w:1)
	/// Proof: `Consensus::Agenda` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:0 w:1)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// The range of component `g` is `[1, 256]`.
	fn reveal_gold(g: u32, ) -> Weight {
		// Proof size: measured `1034`, estimated `6164`.
		// Minimum execution time: 60_851_000 picoseconds.
		Weight::from_parts(72_123_557, 0)
			.saturating_add(Weight::from_parts(0, 6164))
			.saturating_add(Weight::from_parts(59_368, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewOf` (r:1 w:0)
	/// Proof: `Tasks::ReviewOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:1 w:1)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewTermsOf` (r:1 w:0)
	/// Proof: `Tasks::ReviewTermsOf` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneTail` (r:1 w:1)
	/// Proof: `Tasks::PruneTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:0)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:1 w:0)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneQueue` (r:0 w:1)
	/// Proof: `Tasks::PruneQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		// Proof size: measured `974`, estimated `6196`.
		// Minimum execution time: 277_042_000 picoseconds.
		Weight::from_parts(297_993_000, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Tasks::SettlementQueue` (r:1 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:16 w:16)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:16 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewOf` (r:16 w:0)
	/// Proof: `Tasks::ReviewOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:16 w:16)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:16 w:16)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewTermsOf` (r:16 w:0)
	/// Proof: `Tasks::ReviewTermsOf` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneTail` (r:1 w:1)
	/// Proof: `Tasks::PruneTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:16 w:0)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:16 w:0)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneQueue` (r:0 w:16)
	/// Proof: `Tasks::PruneQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn on_initialize_settle(n: u32, ) -> Weight {
		// Proof size: measured `502 + n * (476 ±0)`, estimated `6196 + n * (5174 ±0)`.
		// Minimum execution time: 6_350_000 picoseconds.
		Weight::from_parts(25_075_841, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(Weight::from_parts(269_159_725, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5174).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Congestion` (r:1 w:1)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	fn on_finalize() -> Weight {
		// Proof size: measured `42`, estimated `1997`.
		// Minimum execution time: 6_840_000 picoseconds.
		Weight::from_parts(11_217_000, 0)
			.saturating_add(Weight::from_parts(0, 1997))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tasks::PruneHead` (r:1 w:0)
	/// Proof: `Tasks::PruneHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneTail` (r:1 w:0)
	/// Proof: `Tasks::PruneTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn on_idle_prune_empty() -> Weight {
		// Proof size: measured `42`, estimated `1489`.
		// Minimum execution time: 5_038_000 picoseconds.
		Weight::from_parts(5_999_000, 0)
			.saturating_add(Weight::from_parts(0, 1489))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Tasks::PruneHead` (r:1 w:1)
	/// Proof: `Tasks::PruneHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneTail` (r:1 w:0)
	/// Proof: `Tasks::PruneTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneQueue` (r:1 w:1)
	/// Proof: `Tasks::PruneQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Submissions` (r:1 w:0)
	/// Proof: `Tasks::Submissions` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::BestSubmission` (r:1 w:0)
	/// Proof: `Tasks::BestSubmission` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:1 w:0)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:1 w:0)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:1 w:0)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Pruning` (r:0 w:1)
	/// Proof: `Consensus::Pruning` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Revisions` (r:0 w:1)
	/// Proof: `Consensus::Revisions` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:0 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:0 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Assignment::Tallies` (r:0 w:1)
	/// Proof: `Assignment::Tallies` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SubmissionCount` (r:0 w:1)
	/// Proof: `Tasks::SubmissionCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Archive` (r:0 w:1)
	/// Proof: `Tasks::Archive` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewTermsOf` (r:0 w:1)
	/// Proof: `Tasks::ReviewTermsOf` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewOf` (r:0 w:1)
	/// Proof: `Tasks::ReviewOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:0 w:1)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:0 w:1)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	fn prune_task() -> Weight {
		// Proof size: measured `3426`, estimated `6164`.
		// Minimum execution time: 145_637_000 picoseconds.
		Weight::from_parts(158_286_000, 0)
			.saturating_add(Weight::from_parts(0, 6164))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(17))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_task(u: u32, l: u32, ) -> Weight {
		Weight::from_parts(394_066_474, 0)
			.saturating_add(Weight::from_parts(0, 56263))
			.saturating_add(Weight::from_parts(9_831, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(1_176_296, 0).saturating_mul(l.into()))
			.saturating_add(ParityDbWeight::get().reads(41))
			.saturating_add(ParityDbWeight::get().writes(8))
			.saturating_add(Weight::from_parts(0, 58).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 3).saturating_mul(u.into()))
	}
	fn open_review() -> Weight {
		Weight::from_parts(300_437_000, 0)
			.saturating_add(Weight::from_parts(0, 47340))
			.saturating_add(ParityDbWeight::get().reads(43))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(192_716_000, 0)
			.saturating_add(Weight::from_parts(0, 6164))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn reveal_gold(g: u32, ) -> Weight {
		Weight::from_parts(72_123_557, 0)
			.saturating_add(Weight::from_parts(0, 6164))
			.saturating_add(Weight::from_parts(59_368, 0).saturating_mul(g.into()))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn settle() -> Weight {
		Weight::from_parts(297_993_000, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn on_initialize_settle(n: u32, ) -> Weight {
		Weight::from_parts(25_075_841, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(Weight::from_parts(269_159_725, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5174).saturating_mul(n.into()))
	}
	fn on_finalize() -> Weight {
		Weight::from_parts(11_217_000, 0)
			.saturating_add(Weight::from_parts(0, 1997))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn on_idle_prune_empty() -> Weight {
		Weight::from_parts(5_999_000, 0)
			.saturating_add(Weight::from_parts(0, 1489))
			.saturating_add(ParityDbWeight::get().reads(2))
	}
	fn prune_task() -> Weight {
		Weight::from_parts(158_286_000, 0)
			.saturating_add(Weight::from_parts(0, 6164))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(17))
	}
}
