//! Censoring reveals by filling blocks: what it costs, against what it would cause.

use crate::common::*;
use labelchain_runtime::{configs::parameters::tasks, Balance, Runtime, System, Tasks, TransactionPayment};
use polkadot_sdk::{
	frame_support::{dispatch::DispatchClass, traits::Get},
	sp_runtime::traits::Zero,
};

/// Fills every block of a reveal window with ordinary transactions (block weight at the
/// normal class's limit, as the attacker's spam would) and sums what that costs at the fee
/// multiplier of each block, which the targeted fee adjustment raises block by block.
fn cost_of_filling(blocks: u32) -> (Balance, polkadot_sdk::sp_runtime::FixedU128) {
	let weights = <Runtime as polkadot_sdk::frame_system::Config>::BlockWeights::get();
	let normal = weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block);
	let mut cost: Balance = 0;
	for _ in 0..blocks {
		let info = polkadot_sdk::frame_support::dispatch::DispatchInfo {
			call_weight: normal.saturating_sub(weights.get(DispatchClass::Normal).base_extrinsic),
			..Default::default()
		};
		cost = cost.saturating_add(TransactionPayment::compute_fee(0, &info, 0));
		// The spam fills the block; `run_to` ends it (the multiplier updates) and starts the next.
		System::register_extra_weight_unchecked(normal, DispatchClass::Normal);
		run_to(System::block_number() + 1);
	}
	(cost, TransactionPayment::next_fee_multiplier())
}

/// Full blocks raise the fee multiplier, and the figures of the comparison are printed
/// (`scripts/bench-attacks.sh` shows them): to cause no-reveal slashes, an attacker must fill
/// every block of the shortest reveal window and of its whole extension.
#[test]
fn filling_blocks_gets_dearer_and_is_compared_with_the_slashes() {
	dev_chain().execute_with(|| {
		let start = TransactionPayment::next_fee_multiplier();
		let window = tasks::MinRevealPeriod::get();
		let extension = tasks::MaxRevealExtension::get();
		let (cost, after) = cost_of_filling(window + extension);
		assert!(after > start, "full blocks raise the multiplier ({start:?} -> {after:?})");
		// What crowding out every reveal of such a window causes for one task: every
		// commitment's no-reveal slash (the bond is at least CommitBond), paid to the
		// treasury, not to the attacker.
		let bond = labelchain_runtime::configs::parameters::bonds::CommitBond::get();
		let per_commitment = labelchain_runtime::configs::parameters::consensus::NoRevealSlash::get() * bond;
		let break_even = cost / per_commitment.max(1);
		println!(
			"censorship: filling all {} blocks of the shortest reveal window ({window}) and its extension ({extension}) \
			 costs {} LBL (multiplier {} -> {}); it causes {} LBL of no-reveal slashes per commitment at the minimum \
			 bond (to the treasury), so it costs more than the slashes it causes unless more than {break_even} \
			 commitments wait in that window; filling only the window costs it the fees and slashes no one",
			window + extension,
			cost / LBL,
			start,
			after,
			per_commitment / LBL,
		);
		assert!(!cost.is_zero());
		assert!(break_even >= 50, "filling window and extension costs at least 50 minimum bonds' slashes");
	});
}

/// The attack itself: every block of a task's reveal window is filled. The window stays open
/// over the congested blocks, the labelers reveal once blocks have room, the item is decided
/// by all three, and nobody is slashed; the attacker paid for every block.
#[test]
fn a_filled_reveal_window_is_extended_and_nobody_is_slashed() {
	use labelchain_primitives::{TaskInspect, TaskPhase};
	dev_chain().execute_with(|| {
		let names = ["Bob", "Charlie", "Dave"];
		for name in names {
			labeler(name, 1_000 * LBL, novice_stake());
		}
		funded("Ferdie", 10_000 * LBL);
		let task = create_task("Ferdie", TaskPlan::default());
		for name in names {
			commit(name, task, 0, 1);
		}
		let deadline = reveal_deadline(task);
		let window = TaskPlan::default().reveal_blocks;
		let bonded = |name: &str| pallet_tiers::Labelers::<Runtime>::get(who(name)).expect("labeler").bonded;
		let before: Vec<Balance> = names.iter().map(|n| bonded(n)).collect();
		run_to(deadline - window + 1);
		let (cost, _) = cost_of_filling(window);
		assert_eq!(System::block_number(), deadline + 1);
		let phase = || <Tasks as TaskInspect<_, _>>::task(task).expect("task").phase;
		assert_eq!(phase(), TaskPhase::Revealing, "the window is extended over the congested blocks");
		for name in names {
			reveal(name, task, 0, 1);
		}
		assert!(run_until(100, || finalized(task, 0)).is_some(), "the item is decided");
		let result = pallet_consensus::Results::<Runtime>::get(task, 0).expect("result");
		assert_eq!(result.agreeing, 3);
		let after: Vec<Balance> = names.iter().map(|n| bonded(n)).collect();
		assert_eq!(after, before, "no one is slashed");
		println!(
			"censorship: filling the {window} blocks of a reveal window cost the attacker {} LBL; the window was \
			 extended, all 3 reveals came in, 0 LBL slashed",
			cost / LBL
		);
		assert!(cost > 0);
	});
}
