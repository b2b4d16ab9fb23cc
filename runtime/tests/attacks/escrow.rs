//! Attacks on the escrow: a requester who locks or freezes their whole balance after posting a
//! task, so that paying the labelers, the fee or a forfeit would fail.

use crate::common::*;
use labelchain_runtime::{Balances, ConvictionVoting, Runtime, RuntimeEvent, System};
use polkadot_sdk::{
	frame_support::{assert_ok, traits::fungible::{Inspect, InspectHold}},
	pallet_conviction_voting::Conviction,
};

/// The requester delegates every unit they own (held escrow included: conviction voting
/// accepts the total balance) on both tracks, which freezes it. Before the fix every reward
/// failed with `Frozen`, the task refunded everything and the labelers worked for nothing.
#[test]
fn a_requester_who_freezes_their_balance_still_pays() {
	dev_chain().execute_with(|| {
		funded("requester", 1_000 * LBL);
		for name in ["a", "b", "c"] {
			labeler(name, 1_000 * LBL, 200 * LBL);
		}
		let reward = 3 * LBL;
		let items = 4;
		let task = create_task("requester", TaskPlan { items, redundancy: 3, reward, ..Default::default() });
		for item in 0..items {
			for name in ["a", "b", "c"] {
				commit(name, task, item, 1);
			}
		}
		let total = Balances::total_balance(&who("requester"));
		for class in [0u16, 1] {
			assert_ok!(ConvictionVoting::delegate(
				signed("requester"),
				class,
				polkadot_sdk::sp_runtime::MultiAddress::Id(who("dave")),
				Conviction::Locked6x,
				total,
			));
		}
		let earned_before: Vec<_> = ["a", "b", "c"].iter().map(|n| free(n)).collect();
		let treasury_before = Balances::free_balance(labelchain_runtime::configs::TreasuryAccount::get());
		run_to(reveal_deadline(task) - 1);
		for item in 0..items {
			for name in ["a", "b", "c"] {
				reveal(name, task, item, 1);
			}
		}
		run_until(10 + appeal_window(), || settled(task)).expect("settles");

		// Every labeler was paid their share of every item; nothing was left unpaid.
		let share = reward / 3;
		for (i, name) in ["a", "b", "c"].iter().enumerate() {
			assert_eq!(free(name) - earned_before[i], share * items as u128, "{name} was paid");
		}
		assert!(!System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Consensus(pallet_consensus::Event::RewardUnpaid { .. })
		)));
		// The fee reached the treasury; the escrow hold is gone.
		let fee = labelchain_runtime::configs::parameters::tasks::ProtocolFee::get().mul_ceil(reward * items as u128);
		let treasury_gain =
			Balances::free_balance(labelchain_runtime::configs::TreasuryAccount::get()) - treasury_before;
		assert!(treasury_gain >= fee, "fee {fee} paid (treasury gained {treasury_gain})");
		let reason = labelchain_runtime::RuntimeHoldReason::Tasks(pallet_tasks::HoldReason::TaskEscrow);
		assert_eq!(Balances::balance_on_hold(&reason, &who("requester")), 0);
		// The attacker's gain: nothing kept back from what they owed.
		let paid = pallet_tasks::Tasks::<Runtime>::get(task).expect("task").escrow.rewards_paid;
		assert_eq!(paid, reward * items as u128);
	});
}

use polkadot_sdk::frame_support::traits::Get;
