
//! Weights for `pallet_tasks`, measured by `labelchain-node benchmark pallet`
//! (`scripts/benchmark-pallets.sh`; template `scripts/weights-template.hbs`).
//!
//! Benchmark CLI 64.0.0, 2026-12-02; steps `10`, repeat `3`;
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
	/// Storage: `Parameters::Parameters` (r:21 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::NextTaskId` (r:1 w:1)
	/// Proof: `Tasks::NextTaskId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SettlementQueue` (r:16 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:0 w:1)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:0 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:0 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// The range of component `u` is `[0, 256]`.
	/// The range of component `l` is `[1, 64]`.
	fn create_task(u: u32, l: u32, ) -> Weight {
		// Proof size: measured `1219`, estimated `51116 + l * (58 ±1) + u * (3 ±0)`.
		// Minimum execution time: 212_285_000 picoseconds.
		Weight::from_parts(232_281_853, 0)
			.saturating_add(Weight::from_parts(0, 51116))
			.saturating_add(Weight::from_parts(44_246, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(794_718, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(38))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(Weight::from_parts(0, 58).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 3).saturating_mul(u.into()))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:1 w:1)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::SettlementQueue` (r:1 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn cancel_task() -> Weight {
		// Proof size: measured `857`, estimated `6134`.
		// Minimum execution time: 134_230_000 picoseconds.
		Weight::from_parts(142_932_000, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Congestion` (r:1 w:0)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
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
		// Proof size: measured `885`, estimated `6140`.
		// Minimum execution time: 41_592_000 picoseconds.
		Weight::from_parts(48_435_757, 0)
			.saturating_add(Weight::from_parts(0, 6140))
			.saturating_add(Weight::from_parts(36_950, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:1 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:1 w:1)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneTail` (r:1 w:1)
	/// Proof: `Tasks::PruneTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:1 w:0)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneQueue` (r:0 w:1)
	/// Proof: `Tasks::PruneQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		// Proof size: measured `958`, estimated `6196`.
		// Minimum execution time: 202_952_000 picoseconds.
		Weight::from_parts(214_128_000, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Tasks::SettlementQueue` (r:1 w:1)
	/// Proof: `Tasks::SettlementQueue` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:16 w:16)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::InProgress` (r:16 w:0)
	/// Proof: `Consensus::InProgress` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldHeld` (r:16 w:16)
	/// Proof: `Tasks::GoldHeld` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:16 w:16)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneTail` (r:1 w:1)
	/// Proof: `Tasks::PruneTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:16 w:0)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::PruneQueue` (r:0 w:16)
	/// Proof: `Tasks::PruneQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 16]`.
	fn on_initialize_settle(n: u32, ) -> Weight {
		// Proof size: measured `502 + n * (468 ±0)`, estimated `6196 + n * (5144 ±0)`.
		// Minimum execution time: 4_898_000 picoseconds.
		Weight::from_parts(19_208_604, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(Weight::from_parts(189_132_252, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5144).saturating_mul(n.into()))
	}
	/// Storage: `Tasks::Congestion` (r:1 w:1)
	/// Proof: `Tasks::Congestion` (`max_values`: Some(1), `max_size`: Some(512), added: 1007, mode: `MaxEncodedLen`)
	fn on_finalize() -> Weight {
		// Proof size: measured `42`, estimated `1997`.
		// Minimum execution time: 5_218_000 picoseconds.
		Weight::from_parts(6_049_000, 0)
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
		// Minimum execution time: 3_945_000 picoseconds.
		Weight::from_parts(4_546_000, 0)
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
	/// Storage: `Consensus::Results` (r:1 w:0)
	/// Proof: `Consensus::Results` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Escalations` (r:1 w:0)
	/// Proof: `Consensus::Escalations` (`max_values`: None, `max_size`: Some(70), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskLabelers` (r:1 w:0)
	/// Proof: `Consensus::TaskLabelers` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::LabelTotals` (r:1 w:0)
	/// Proof: `Consensus::LabelTotals` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Tasks` (r:1 w:1)
	/// Proof: `Tasks::Tasks` (`max_values`: None, `max_size`: Some(2669), added: 5144, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::StateHeld` (r:1 w:1)
	/// Proof: `Tasks::StateHeld` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Pruning` (r:0 w:1)
	/// Proof: `Consensus::Pruning` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::Provenance` (r:0 w:1)
	/// Proof: `Consensus::Provenance` (`max_values`: None, `max_size`: Some(692), added: 3167, mode: `MaxEncodedLen`)
	/// Storage: `Consensus::TaskStats` (r:0 w:1)
	/// Proof: `Consensus::TaskStats` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::Archive` (r:0 w:1)
	/// Proof: `Tasks::Archive` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `Tasks::GoldAnswers` (r:0 w:1)
	/// Proof: `Tasks::GoldAnswers` (`max_values`: None, `max_size`: Some(9498), added: 11973, mode: `MaxEncodedLen`)
	fn prune_task() -> Weight {
		// Proof size: measured `3308`, estimated `6134`.
		// Minimum execution time: 97_585_000 picoseconds.
		Weight::from_parts(104_866_000, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(11))
	}
}

/// The same figures with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_task(u: u32, l: u32, ) -> Weight {
		Weight::from_parts(232_281_853, 0)
			.saturating_add(Weight::from_parts(0, 51116))
			.saturating_add(Weight::from_parts(44_246, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(794_718, 0).saturating_mul(l.into()))
			.saturating_add(ParityDbWeight::get().reads(38))
			.saturating_add(ParityDbWeight::get().writes(6))
			.saturating_add(Weight::from_parts(0, 58).saturating_mul(l.into()))
			.saturating_add(Weight::from_parts(0, 3).saturating_mul(u.into()))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(142_932_000, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn reveal_gold(g: u32, ) -> Weight {
		Weight::from_parts(48_435_757, 0)
			.saturating_add(Weight::from_parts(0, 6140))
			.saturating_add(Weight::from_parts(36_950, 0).saturating_mul(g.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn settle() -> Weight {
		Weight::from_parts(214_128_000, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn on_initialize_settle(n: u32, ) -> Weight {
		Weight::from_parts(19_208_604, 0)
			.saturating_add(Weight::from_parts(0, 6196))
			.saturating_add(Weight::from_parts(189_132_252, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5144).saturating_mul(n.into()))
	}
	fn on_finalize() -> Weight {
		Weight::from_parts(6_049_000, 0)
			.saturating_add(Weight::from_parts(0, 1997))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn on_idle_prune_empty() -> Weight {
		Weight::from_parts(4_546_000, 0)
			.saturating_add(Weight::from_parts(0, 1489))
			.saturating_add(ParityDbWeight::get().reads(2))
	}
	fn prune_task() -> Weight {
		Weight::from_parts(104_866_000, 0)
			.saturating_add(Weight::from_parts(0, 6134))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
}
