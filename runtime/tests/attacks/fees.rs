//! Censoring reveals by filling blocks: what it costs, against what it would cause.

use crate::common::*;
use labelchain_runtime::{configs::parameters::tasks, Balance, Runtime, System, TransactionPayment};
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

/// Full blocks raise the fee multiplier (it was constant before), and the figures of the
/// comparison are printed: `scripts/censorship-cost.sh` shows them.
#[test]
fn filling_blocks_gets_dearer_and_is_compared_with_the_slashes() {
	dev_chain().execute_with(|| {
		let start = TransactionPayment::next_fee_multiplier();
		let window = tasks::MinRevealPeriod::get();
		let (cost, after) = cost_of_filling(window);
		assert!(after > start, "full blocks raise the multiplier ({start:?} -> {after:?})");
		// What crowding out every reveal of such a window causes for one task: every
		// commitment's no-reveal slash (the bond is at least CommitBond).
		let bond = labelchain_runtime::configs::parameters::bonds::CommitBond::get();
		let per_commitment = labelchain_runtime::configs::parameters::consensus::NoRevealSlash::get() * bond;
		let break_even = cost / per_commitment.max(1);
		println!(
			"censorship: filling all {window} blocks of the shortest reveal window costs {} LBL (multiplier {} -> {}); \
			 it causes {} LBL of no-reveal slashes per commitment at the minimum bond, so it pays only against \
			 tasks with more than {break_even} open commitments",
			cost / LBL,
			start,
			after,
			per_commitment / LBL,
		);
		assert!(!cost.is_zero());
	});
}
