//! Attacks on bonds: withdrawing stake that still backs open commitments, burning the badge
//! that the stake record needs, and leaving a commitment cheaply through a self-reported leak.

use crate::common::*;
use labelchain_runtime::{Runtime, RuntimeCall, Tiers};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::traits::Dispatchable,
};

/// A labeler bonded at the minimum is slashed below it on one task while holding an open
/// commitment on a long one. Before the fix the whole stake moved to unbonding with nothing
/// set aside: withdrawn after the unbonding period, the long task's no-reveal slash found
/// nothing. Now the stake stays bonded while it backs the commitment, and is slashed for it.
#[test]
fn stake_slashed_below_the_minimum_still_backs_open_commitments() {
	dev_chain().execute_with(|| {
		use labelchain_runtime::configs::parameters::tiers as tier_params;
		use polkadot_sdk::frame_support::traits::Get;
		short_unbonding(50);
		funded("requester", 10_000 * LBL);
		let minimum = novice_stake();
		labeler("mallory", 1_000 * LBL, minimum);
		for name in ["a", "b"] {
			labeler(name, 1_000 * LBL, 200 * LBL);
		}
		// The long task: mallory commits and means never to reveal.
		let long = create_task("requester", TaskPlan {
			items: 1,
			redundancy: 3,
			reveal_blocks: tier_params::UnbondingPeriod::get() + 50,
			..Default::default()
		});
		commit("mallory", long, 0, 1);
		// The short task: mallory is outvoted and slashed below the minimum.
		let short = create_task("requester", TaskPlan { items: 1, redundancy: 3, ..Default::default() });
		commit("mallory", short, 0, 0);
		commit("a", short, 0, 1);
		commit("b", short, 0, 1);
		run_to(reveal_deadline(short) - 1);
		for (name, label) in [("mallory", 0), ("a", 1), ("b", 1)] {
			reveal(name, short, 0, label);
		}
		run_until(5, || finalized(short, 0)).expect("short task final");
		let record = pallet_tiers::Labelers::<Runtime>::get(who("mallory")).expect("labeler");
		assert!(record.bonded < minimum, "slashed below the minimum");
		assert!(record.bonded > 0 && record.locked > 0, "still bonded, backing the long task");
		assert!(record.unbonding.is_empty());
		// Neither all of it (part backs the open commitment) nor a part (what would stay is
		// under the minimum) can be unbonded.
		assert_noop!(Tiers::unbond(signed("mallory"), record.bonded), pallet_tiers::Error::<Runtime>::InsufficientBond);
		assert_noop!(Tiers::unbond(signed("mallory"), 1), pallet_tiers::Error::<Runtime>::BelowMinimumBond);
		assert_noop!(Tiers::withdraw_unbonded(signed("mallory")), pallet_tiers::Error::<Runtime>::NothingToWithdraw);

		// After the unbonding period, nothing can be withdrawn either; the long task's
		// no-reveal slash then takes the whole bond.
		let stake_before = record.bonded;
		run_to(System::block_number() + tier_params::UnbondingPeriod::get() + 1);
		assert_noop!(Tiers::withdraw_unbonded(signed("mallory")), pallet_tiers::Error::<Runtime>::NothingToWithdraw);
		let bond = record.locked;
		run_until(reveal_deadline(long) + 5 - System::block_number(), || finalized(long, 0)).expect("long task final");
		let after = pallet_tiers::Labelers::<Runtime>::get(who("mallory")).expect("labeler");
		let slashed = stake_before - after.unbonding.iter().map(|c| c.amount).sum::<u128>() - after.bonded;
		eprintln!("escape attempt: slashed {slashed} of an open bond of {bond}; escaped 0");
		assert_eq!(slashed, bond, "the open bond was slashed in full");
		// With nothing left to back, the rest (under the minimum) starts unbonding.
		assert_eq!(after.locked, 0);
		assert_eq!(after.bonded, 0);
		assert!(!after.unbonding.is_empty());
	});
}

/// `nfts.burn` on a labeler's badge is refused: the tiers pallet alone burns it when the
/// labeler leaves (before the fix, a burnt badge made `withdraw_unbonded` fail forever).
#[test]
fn a_badge_cannot_be_burnt_through_nfts() {
	use polkadot_sdk::frame_support::traits::Get;
	dev_chain().execute_with(|| {
		short_unbonding(50);
		labeler("mallory", 1_000 * LBL, novice_stake());
		let record = pallet_tiers::Labelers::<Runtime>::get(who("mallory")).expect("labeler");
		let collection = pallet_tiers::BadgeCollection::<Runtime>::get().expect("collection");
		let burn = RuntimeCall::Nfts(polkadot_sdk::pallet_nfts::Call::burn { collection, item: record.badge });
		let refused = burn.dispatch(signed("mallory")).expect_err("refused");
		assert_eq!(refused.error, polkadot_sdk::frame_system::Error::<Runtime>::CallFiltered.into());
		// Leaving still works: unbond, wait, withdraw; the badge goes with the record.
		assert_ok!(Tiers::unbond(signed("mallory"), novice_stake()));
		run_to(System::block_number() + labelchain_runtime::configs::parameters::tiers::UnbondingPeriod::get() + 1);
		assert_ok!(Tiers::withdraw_unbonded(signed("mallory")));
		assert!(pallet_tiers::Labelers::<Runtime>::get(who("mallory")).is_none());
	});
}

use labelchain_runtime::System;

/// A labeler who regrets a commitment reports their own leak through a sybil, to get out of
/// it for less than the no-reveal slash: the sybil gets the reporter's part back, but what
/// goes to the treasury is at least the bond. Before, the slash was 10 % of the stake only:
/// at the minimum stake, 5 LBL net for a commitment whose silence would cost its whole bond.
#[test]
fn a_self_reported_leak_costs_at_least_not_revealing() {
	use polkadot_sdk::frame_support::traits::Get;
	dev_chain().execute_with(|| {
		funded("requester", 10_000 * LBL);
		// 10 % of a 300 LBL stake is 30 LBL: less than the bond.
		labeler("mallory", 1_000 * LBL, 300 * LBL);
		funded("sybil", LBL);
		// A share of 10 LBL: the bond is five shares, 50 LBL.
		let task = create_task("requester", TaskPlan { items: 1, redundancy: 1, reward: 10 * LBL, ..Default::default() });
		commit("mallory", task, 0, 1);
		let record = |name: &str| pallet_tiers::Labelers::<Runtime>::get(who(name)).expect("labeler");
		let bond = record("mallory").locked;
		assert_eq!(bond, 50 * LBL);
		let (stake_before, sybil_before) = (record("mallory").bonded, free("sybil"));
		let leaf = pallet_labels::BatchLeaf {
			item: 0,
			label: labelchain_primitives::Label::Class(1),
			salt: salt("mallory", 0),
			proof: Vec::new(),
		};
		assert_ok!(labelchain_runtime::Labels::report_leak(signed("sybil"), task, who("mallory"), leaf));
		let lost = stake_before - record("mallory").bonded;
		let got_back = free("sybil") - sybil_before;
		let net = lost - got_back;
		// Silence would have cost the whole bond (NoRevealSlash 100 %).
		let silence = labelchain_runtime::configs::parameters::consensus::NoRevealSlash::get() * bond;
		println!("leak: a self-report through a sybil costs {} LBL net, not revealing {} LBL", net / LBL, silence / LBL);
		assert!(net >= silence, "self-reporting ({net}) costs no less than silence ({silence})");
		assert_eq!(record("mallory").locked, 0, "the bond is released exactly once");
		// And a proven leak suspends the leaker to the lowest tier.
		let now = labelchain_runtime::System::block_number();
		let suspension = labelchain_runtime::configs::parameters::tiers::SuspensionPeriod::get();
		assert_eq!(record("mallory").suspended_until, Some(now + suspension));
		assert_eq!(record("mallory").tier, 0);
	});
}
