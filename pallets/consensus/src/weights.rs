
//! Weights for `pallet_consensus`, measured by `labelchain-node benchmark pallet`
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
// pallet_consensus
// --extrinsic
// *
// --steps
// 10
// --repeat
// 3
// --heap-pages
// 4096
// --output
// pallets/consensus/src/weights.rs
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

/// Weight functions needed for `pallet_consensus`.
pub trait WeightInfo {
	fn finalize_items(n: u32, ) -> Weight;
	fn finalize_graded_items(n: u32, ) -> Weight;
	fn finalize_review_items(n: u32, ) -> Weight;
	fn resolve_escalation(r: u32, ) -> Weight;
	fn settle_appeal(r: u32, ) -> Weight;
	fn record_evidence(r: u32, ) -> Weight;
	fn record_graded_evidence(r: u32, ) -> Weight;
	fn on_initialize(j: u32, ) -> Weight;
	fn prune_task_state(e: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Tiers::TierChanges` (r:1 w:0)
	/// Proof: `Tiers::TierChanges` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:14 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:64 w:64)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:64 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Stages` (r:1 w:0)
	/// Proof: `Consensus::Stages` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:64 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:8 w:0)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:17 w:17)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:15 w:15)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelerTotals` (r:15 w:15)
	/// Proof: `Consensus::LabelerTotals` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:1 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:1 w:1)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:1 w:0)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn finalize_items(n: u32, ) -> Weight {
		// Proof size: measured `7187 + n * (57 ±0)`, estimated `105405 + n * (4229 ±0)`.
		// Minimum execution time: 2_664_301_000 picoseconds.
		Weight::from_parts(2_792_672_000, 0)
			.saturating_add(Weight::from_parts(0, 105405))
			.saturating_add(Weight::from_parts(2_420_738_405, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(128))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(84))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tiers::TierChanges` (r:1 w:0)
	/// Proof: `Tiers::TierChanges` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:14 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:64 w:64)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:64 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Stages` (r:1 w:0)
	/// Proof: `Consensus::Stages` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:64 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:8 w:0)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:17 w:17)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:15 w:15)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelerTotals` (r:15 w:15)
	/// Proof: `Consensus::LabelerTotals` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:1 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Disagreement` (r:1 w:1)
	/// Proof: `Consensus::Disagreement` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:7 w:7)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:1 w:0)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn finalize_graded_items(n: u32, ) -> Weight {
		// Proof size: measured `7186 + n * (141 ±0)`, estimated `105405 + n * (4229 ±0)`.
		// Minimum execution time: 2_682_829_000 picoseconds.
		Weight::from_parts(1_824_544_566, 0)
			.saturating_add(Weight::from_parts(0, 105405))
			.saturating_add(Weight::from_parts(2_420_504_961, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(135))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(91))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Tiers::TierChanges` (r:1 w:0)
	/// Proof: `Tiers::TierChanges` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:2 w:2)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:14 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:64 w:64)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:64 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Stages` (r:1 w:0)
	/// Proof: `Consensus::Stages` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:64 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:30 w:30)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:30 w:30)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Review::TreeNodes` (r:8 w:0)
	/// Proof: `Review::TreeNodes` (`max_values`: None, `max_size`: Some(39), added: 2514, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:7 w:7)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:32 w:32)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:15 w:15)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelerTotals` (r:15 w:15)
	/// Proof: `Consensus::LabelerTotals` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:1 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::OrdinalCoincidences` (r:1 w:1)
	/// Proof: `Consensus::OrdinalCoincidences` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:5 w:5)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:1 w:0)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Submissions` (r:64 w:0)
	/// Proof: `Tasks::Submissions` (`max_values`: None, `max_size`: Some(96), added: 2571, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewTermsOf` (r:1 w:0)
	/// Proof: `Tasks::ReviewTermsOf` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::BestSubmission` (r:64 w:64)
	/// Proof: `Tasks::BestSubmission` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn finalize_review_items(n: u32, ) -> Weight {
		// Proof size: measured `12264 + n * (150 ±0)`, estimated `108241 + n * (4229 ±100)`.
		// Minimum execution time: 2_893_452_000 picoseconds.
		Weight::from_parts(2_903_197_000, 0)
			.saturating_add(Weight::from_parts(0, 108241))
			.saturating_add(Weight::from_parts(2_601_172_508, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(164))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(119))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	/// Storage: `Consensus::Escalations` (r:1 w:1)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:11 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:1)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:5 w:5)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:15 w:15)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelerTotals` (r:15 w:15)
	/// Proof: `Consensus::LabelerTotals` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:1 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:4 w:4)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::ReviewedTask` (r:1 w:0)
	/// Proof: `Tasks::ReviewedTask` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:0 w:1)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 15]`.
	fn resolve_escalation(r: u32, ) -> Weight {
		// Proof size: measured `1860 + r * (287 ±0)`, estimated `29315 + r * (6961 ±0)`.
		// Minimum execution time: 367_166_000 picoseconds.
		Weight::from_parts(195_384_480, 0)
			.saturating_add(Weight::from_parts(0, 29315))
			.saturating_add(Weight::from_parts(98_774_129, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(27))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(12))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	/// Storage: `Consensus::AppealLocks` (r:1 w:1)
	/// Proof: `Consensus::AppealLocks` (`max_values`: None, `max_size`: Some(749), added: 3224, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:11 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::OpenAppeals` (r:1 w:1)
	/// Proof: `Consensus::OpenAppeals` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:1 w:1)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:0)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2699), added: 5174, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Revisions` (r:1 w:1)
	/// Proof: `Consensus::Revisions` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:4 w:4)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(175), added: 2650, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:8 w:8)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelerTotals` (r:8 w:8)
	/// Proof: `Consensus::LabelerTotals` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::BadgeCollection` (r:1 w:0)
	/// Proof: `Tiers::BadgeCollection` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:8 w:8)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(479), added: 2954, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::TierChanges` (r:1 w:1)
	/// Proof: `Tiers::TierChanges` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:1 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[4, 15]`.
	fn settle_appeal(r: u32, ) -> Weight {
		// Proof size: measured `2185 + r * (381 ±0)`, estimated `29315 + r * (6961 ±0)`.
		// Minimum execution time: 583_688_000 picoseconds.
		Weight::from_parts(601_244_000, 0)
			.saturating_add(Weight::from_parts(0, 29315))
			.saturating_add(Weight::from_parts(127_309_424, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(28))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(11))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:1 w:0)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 15]`.
	fn record_evidence(r: u32, ) -> Weight {
		// Proof size: measured `974 + r * (243 ±0)`, estimated `24165 + r * (6961 ±0)`.
		// Minimum execution time: 232_937_000 picoseconds.
		Weight::from_parts(67_842_443, 0)
			.saturating_add(Weight::from_parts(0, 24165))
			.saturating_add(Weight::from_parts(86_718_871, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	/// Storage: `Tasks::GoldAnswers` (r:1 w:0)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Results` (r:1 w:0)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Labels` (r:1 w:0)
	/// Proof: `Labels::Labels` (`max_values`: None, `max_size`: Some(1754), added: 4229, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Seats` (r:1 w:0)
	/// Proof: `Labels::Seats` (`max_values`: None, `max_size`: Some(509), added: 2984, mode: `MaxEncodedLen`)
	/// Storage: `Labels::Batches` (r:15 w:0)
	/// Proof: `Labels::Batches` (`max_values`: None, `max_size`: Some(4486), added: 6961, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Domains` (r:1 w:1)
	/// Proof: `Reputation::Domains` (`max_values`: None, `max_size`: Some(30), added: 2505, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Reputation::Reputations` (r:15 w:15)
	/// Proof: `Reputation::Reputations` (`max_values`: None, `max_size`: Some(2193), added: 4668, mode: `MaxEncodedLen`)
	/// Storage: `Tiers::Labelers` (r:15 w:15)
	/// Proof: `Tiers::Labelers` (`max_values`: None, `max_size`: Some(411), added: 2886, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 15]`.
	fn record_graded_evidence(r: u32, ) -> Weight {
		// Proof size: measured `974 + r * (250 ±0)`, estimated `24165 + r * (6961 ±0)`.
		// Minimum execution time: 232_676_000 picoseconds.
		Weight::from_parts(74_423_743, 0)
			.saturating_add(Weight::from_parts(0, 24165))
			.saturating_add(Weight::from_parts(89_229_960, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	/// Storage: `Consensus::AgendaCursor` (r:1 w:1)
	/// Proof: `Consensus::AgendaCursor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::AgendaLen` (r:1 w:0)
	/// Proof: `Consensus::AgendaLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Agenda` (r:16 w:16)
	/// Proof: `Consensus::Agenda` (`max_values`: None, `max_size`: Some(41), added: 2516, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::QueueTail` (r:1 w:1)
	/// Proof: `Consensus::QueueTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Queue` (r:0 w:16)
	/// Proof: `Consensus::Queue` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 16]`.
	fn on_initialize(j: u32, ) -> Weight {
		// Proof size: measured `103 + j * (33 ±0)`, estimated `3481 + j * (2516 ±0)`.
		// Minimum execution time: 8_743_000 picoseconds.
		Weight::from_parts(14_306_577, 0)
			.saturating_add(Weight::from_parts(0, 3481))
			.saturating_add(Weight::from_parts(10_155_521, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 2516).saturating_mul(j.into()))
	}
	/// Storage: `Consensus::Results` (r:1023 w:1022)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:1 w:0)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:1 w:0)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Pruning` (r:0 w:1)
	/// Proof: `Consensus::Pruning` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::OrdinalCoincidences` (r:0 w:1)
	/// Proof: `Consensus::OrdinalCoincidences` (`max_values`: None, `max_size`: Some(2066), added: 4541, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Revisions` (r:0 w:1)
	/// Proof: `Consensus::Revisions` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:0 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Disagreement` (r:0 w:1)
	/// Proof: `Consensus::Disagreement` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:0 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// The range of component `e` is `[2, 1024]`.
	fn prune_task_state(e: u32, ) -> Weight {
		// Proof size: measured `194 + e * (26 ±0)`, estimated `3581 + e * (2537 ±0)`.
		// Minimum execution time: 30_105_000 picoseconds.
		Weight::from_parts(1_876_441, 0)
			.saturating_add(Weight::from_parts(0, 3581))
			.saturating_add(Weight::from_parts(4_737_126, 0).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(e.into())))
			.saturating_add(Weight::from_parts(0, 2537).saturating_mul(e.into()))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn finalize_items(n: u32, ) -> Weight {
		Weight::from_parts(2_792_672_000, 0)
			.saturating_add(Weight::from_parts(0, 105405))
			.saturating_add(Weight::from_parts(2_420_738_405, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(128))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(84))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn finalize_graded_items(n: u32, ) -> Weight {
		Weight::from_parts(1_824_544_566, 0)
			.saturating_add(Weight::from_parts(0, 105405))
			.saturating_add(Weight::from_parts(2_420_504_961, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(135))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(91))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn finalize_review_items(n: u32, ) -> Weight {
		Weight::from_parts(2_903_197_000, 0)
			.saturating_add(Weight::from_parts(0, 108241))
			.saturating_add(Weight::from_parts(2_601_172_508, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(164))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(119))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4229).saturating_mul(n.into()))
	}
	fn resolve_escalation(r: u32, ) -> Weight {
		Weight::from_parts(195_384_480, 0)
			.saturating_add(Weight::from_parts(0, 29315))
			.saturating_add(Weight::from_parts(98_774_129, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(27))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(12))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	fn settle_appeal(r: u32, ) -> Weight {
		Weight::from_parts(601_244_000, 0)
			.saturating_add(Weight::from_parts(0, 29315))
			.saturating_add(Weight::from_parts(127_309_424, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(28))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(11))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	fn record_evidence(r: u32, ) -> Weight {
		Weight::from_parts(67_842_443, 0)
			.saturating_add(Weight::from_parts(0, 24165))
			.saturating_add(Weight::from_parts(86_718_871, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(15))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(1))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	fn record_graded_evidence(r: u32, ) -> Weight {
		Weight::from_parts(74_423_743, 0)
			.saturating_add(Weight::from_parts(0, 24165))
			.saturating_add(Weight::from_parts(89_229_960, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(15))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(1))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 6961).saturating_mul(r.into()))
	}
	fn on_initialize(j: u32, ) -> Weight {
		Weight::from_parts(14_306_577, 0)
			.saturating_add(Weight::from_parts(0, 3481))
			.saturating_add(Weight::from_parts(10_155_521, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 2516).saturating_mul(j.into()))
	}
	fn prune_task_state(e: u32, ) -> Weight {
		Weight::from_parts(1_876_441, 0)
			.saturating_add(Weight::from_parts(0, 3581))
			.saturating_add(Weight::from_parts(4_737_126, 0).saturating_mul(e.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(e.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(e.into())))
			.saturating_add(Weight::from_parts(0, 2537).saturating_mul(e.into()))
	}
}
