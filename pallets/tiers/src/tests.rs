//! Unit tests of staking, tiers, badges and slashing, with exact balances. Each test ends with
//! the pallet's `try_state` check (see `mock::test`).

use crate::{mock::*, pallet::*, Error, Event};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use labelchain_primitives::{Eligibility, SlashAmount, StakeSlash, TierRefresh};
use polkadot_sdk::{frame_support, frame_system, pallet_nfts, sp_runtime::{Perbill, Permill}};

fn free(who: &AccountId) -> Balance {
	Balances::free_balance(who)
}
fn held(who: &AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Staked.into(), who)
}
fn badge_of(who: &AccountId) -> u32 {
	Labelers::<Test>::get(who).expect("a labeler").badge
}
fn shown_tier(who: &AccountId) -> u8 {
	Tiers::badge_tier_attribute(badge_of(who)).expect("a tier attribute")
}
fn events() -> Vec<Event<Test>> {
	frame_system::Pallet::<Test>::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Tiers(e) = r.event { Some(e) } else { None })
		.collect()
}
fn run_to(n: u64) {
	frame_system::Pallet::<Test>::set_block_number(n);
}

#[test]
fn bond_holds_stake_and_mints_a_novice_badge() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE));
		assert_eq!(free(&alice()), START_BALANCE - NOVICE);
		assert_eq!(held(&alice()), NOVICE);
		let badge = badge_of(&alice());
		assert_eq!(badge, 0);
		assert_eq!(Tiers::badge_owner(badge), Some(alice()));
		assert_eq!(shown_tier(&alice()), 1);
		let collection = BadgeCollection::<Test>::get().unwrap();
		// The badge is a real pallet-nfts item with readable attributes.
		assert_eq!(pallet_nfts::Item::<Test>::get(collection, badge).unwrap().owner, alice());
		assert_eq!(
			events(),
			vec![
				Event::BadgeMinted { who: alice(), collection, item: 0 },
				Event::Bonded { who: alice(), amount: NOVICE, bonded: NOVICE },
				Event::TierChanged { who: alice(), from: 0, to: 1 },
			]
		);
		// Bonding more adds to the same badge.
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 50));
		assert_eq!(held(&alice()), NOVICE + 50);
		assert_eq!(badge_of(&alice()), 0);
		assert_eq!(NextBadge::<Test>::get(), 1);
	});
}

#[test]
fn bond_refusals_move_nothing() {
	test(|| {
		assert_noop!(Tiers::bond(RuntimeOrigin::signed(alice()), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE - 1), Error::<Test>::BelowMinimumBond);
		// All of it would kill the account: the existential deposit stays free.
		assert_noop!(
			Tiers::bond(RuntimeOrigin::signed(alice()), START_BALANCE),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), START_BALANCE - 1));
		assert_eq!(free(&alice()), 1);
	});
}

#[test]
fn promotion_needs_both_stake_and_reputation_at_the_boundaries() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), CONTRIBUTOR - 1));
		TestReputation::set(&alice(), 7, Permill::from_percent(60));
		Tiers::reputation_changed(&alice());
		// Reputation enough for Contributor, stake one short.
		assert_eq!(shown_tier(&alice()), 1);
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 1));
		assert_eq!(shown_tier(&alice()), 2);
		// Stake for Master, reputation exactly at Expert's floor.
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), MASTER - CONTRIBUTOR));
		TestReputation::set(&alice(), 7, Permill::from_percent(75));
		Tiers::reputation_changed(&alice());
		assert_eq!(shown_tier(&alice()), 3);
		TestReputation::set(&alice(), 7, Permill::from_parts(899_999));
		Tiers::reputation_changed(&alice());
		assert_eq!(shown_tier(&alice()), 3);
		TestReputation::set(&alice(), 7, Permill::from_percent(90));
		Tiers::reputation_changed(&alice());
		assert_eq!(shown_tier(&alice()), 4);
		// Tiers are per domain: in a domain without reputation she is a Novice.
		assert_eq!(Tiers::tier_in(&alice(), 7), 4);
		assert_eq!(Tiers::tier_in(&alice(), 8), 1);
		assert!(Tiers::may_label(&alice(), 7, 4));
		assert!(!Tiers::may_label(&alice(), 8, 2));
		assert!(Tiers::may_label(&alice(), 8, 0));
		// Not bonded: no tier anywhere, not even for a tier-0 task.
		assert_eq!(Tiers::tier_in(&bob(), 7), 0);
		assert!(!Tiers::may_label(&bob(), 7, 0));
	});
}

#[test]
fn demotion_when_stake_or_reputation_falls_below() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), EXPERT));
		TestReputation::set(&alice(), 1, Permill::from_percent(80));
		Tiers::reputation_changed(&alice());
		assert_eq!(shown_tier(&alice()), 3);
		// One unit of stake less: Contributor.
		assert_ok!(Tiers::unbond(RuntimeOrigin::signed(alice()), 1));
		assert_eq!(shown_tier(&alice()), 2);
		// Reputation below Contributor's floor: Novice.
		TestReputation::set(&alice(), 1, Permill::from_percent(59));
		Tiers::reputation_changed(&alice());
		assert_eq!(shown_tier(&alice()), 1);
		assert!(events().contains(&Event::TierChanged { who: alice(), from: 2, to: 1 }));
	});
}

#[test]
fn unbonding_waits_the_period_and_stays_held_until_withdrawn() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 300));
		assert_ok!(Tiers::unbond(RuntimeOrigin::signed(alice()), 100));
		assert_eq!(held(&alice()), 300);
		assert_eq!(Labelers::<Test>::get(alice()).unwrap().bonded, 200);
		assert_noop!(Tiers::withdraw_unbonded(RuntimeOrigin::signed(alice())), Error::<Test>::UnbondingNotFinished);
		run_to(1 + UNBONDING - 1);
		assert_noop!(Tiers::withdraw_unbonded(RuntimeOrigin::signed(alice())), Error::<Test>::UnbondingNotFinished);
		run_to(1 + UNBONDING);
		assert_ok!(Tiers::withdraw_unbonded(RuntimeOrigin::signed(alice())));
		assert_eq!(held(&alice()), 200);
		assert_eq!(free(&alice()), START_BALANCE - 200);
		assert!(events().contains(&Event::Withdrawn { who: alice(), amount: 100 }));
		assert_noop!(Tiers::withdraw_unbonded(RuntimeOrigin::signed(alice())), Error::<Test>::NothingToWithdraw);
	});
}

#[test]
fn unbond_refusals() {
	test(|| {
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 1), Error::<Test>::NotBonded);
		assert_noop!(Tiers::withdraw_unbonded(RuntimeOrigin::signed(alice())), Error::<Test>::NotBonded);
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 150));
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 151), Error::<Test>::InsufficientBond);
		// 150 - 51 = 99 would be below the Novice minimum without being zero.
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 51), Error::<Test>::BelowMinimumBond);
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 150));
		for _ in 0..3 {
			assert_ok!(Tiers::unbond(RuntimeOrigin::signed(alice()), 10));
		}
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 10), Error::<Test>::TooManyUnbondingChunks);
	});
}

#[test]
fn leaving_burns_the_badge_and_returns_everything() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE));
		let collection = BadgeCollection::<Test>::get().unwrap();
		assert_ok!(Tiers::unbond(RuntimeOrigin::signed(alice()), NOVICE));
		assert_eq!(shown_tier(&alice()), 0);
		run_to(1 + UNBONDING);
		assert_ok!(Tiers::withdraw_unbonded(RuntimeOrigin::signed(alice())));
		assert_eq!(free(&alice()), START_BALANCE);
		assert_eq!(held(&alice()), 0);
		assert!(Labelers::<Test>::get(alice()).is_none());
		assert!(pallet_nfts::Item::<Test>::get(collection, 0).is_none());
		assert!(events().contains(&Event::BadgeBurned { who: alice(), collection, item: 0 }));
		// Coming back mints a new badge.
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE));
		assert_eq!(badge_of(&alice()), 1);
	});
}

#[test]
fn badges_are_soulbound_and_only_the_pallet_mints() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE));
		let collection = BadgeCollection::<Test>::get().unwrap();
		assert_noop!(
			Nfts::transfer(RuntimeOrigin::signed(alice()), collection, 0, bob()),
			pallet_nfts::Error::<Test>::ItemsNonTransferable
		);
		assert_noop!(
			Nfts::mint(RuntimeOrigin::signed(alice()), collection, 7, alice(), None),
			pallet_nfts::Error::<Test>::NoPermission
		);
		assert_noop!(
			Nfts::create(RuntimeOrigin::signed(alice()), alice(), Default::default()),
			polkadot_sdk::sp_runtime::DispatchError::BadOrigin
		);
		// One badge per labeler however often she bonds.
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE));
		assert_eq!(pallet_nfts::Collection::<Test>::get(collection).unwrap().items, 1);
	});
}

#[test]
fn slash_takes_bonded_then_unbonding_and_pays_the_destination() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 400));
		assert_ok!(Tiers::unbond(RuntimeOrigin::signed(alice()), 200));
		assert_eq!(Tiers::slashable(&alice()), 400);
		// 150 from the 200 bonded: 50 left is below Novice, so it starts unbonding too.
		assert_eq!(Tiers::slash(&alice(), SlashAmount::Fixed(150), &treasury()), 150);
		assert_eq!(free(&treasury()), 1 + 150);
		assert_eq!(held(&alice()), 250);
		let labeler = Labelers::<Test>::get(alice()).unwrap();
		assert_eq!(labeler.bonded, 0);
		assert_eq!(labeler.unbonding.iter().map(|c| c.amount).collect::<Vec<_>>(), vec![200, 50]);
		assert_eq!(shown_tier(&alice()), 0);
		// Half of what is at stake, taken from the unbonding funds (newest first).
		assert_eq!(Tiers::slash(&alice(), SlashAmount::Fraction(Perbill::from_percent(50)), &bob()), 125);
		assert_eq!(free(&bob()), START_BALANCE + 125);
		assert_eq!(Labelers::<Test>::get(alice()).unwrap().unbonding.iter().map(|c| c.amount).collect::<Vec<_>>(), vec![125]);
		// Never more than is at stake.
		assert_eq!(Tiers::slash(&alice(), SlashAmount::Fixed(10_000), &treasury()), 125);
		assert_eq!(held(&alice()), 0);
		assert_eq!(free(&alice()), START_BALANCE - 400);
		assert_eq!(Tiers::slash(&bob(), SlashAmount::Fixed(10), &treasury()), 0);
	});
}

#[test]
fn suspension_drops_to_tier_zero_for_the_period() {
	test(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), CONTRIBUTOR));
		TestReputation::set(&alice(), 1, Permill::from_percent(70));
		Tiers::reputation_changed(&alice());
		assert_eq!(shown_tier(&alice()), 2);
		Tiers::suspend(&alice());
		assert_eq!(shown_tier(&alice()), 0);
		assert!(!Tiers::may_label(&alice(), 1, 0));
		run_to(1 + SUSPENSION);
		assert_eq!(Tiers::tier_in(&alice(), 1), 2);
		assert_ok!(Tiers::refresh_tier(RuntimeOrigin::signed(bob()), alice()));
		assert_eq!(shown_tier(&alice()), 2);
		assert_noop!(Tiers::refresh_tier(RuntimeOrigin::signed(bob()), bob()), Error::<Test>::NotBonded);
	});
}

#[test]
fn try_state_catches_a_hold_that_differs_from_the_stake() {
	new_test_ext().execute_with(|| {
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), NOVICE));
		assert_ok!(Tiers::do_try_state());
		Labelers::<Test>::mutate(alice(), |l| l.as_mut().unwrap().bonded += 1);
		assert!(Tiers::do_try_state().is_err());
	});
}

#[test]
fn stake_set_aside_for_commitments_cannot_be_unbonded() {
	use labelchain_primitives::StakeLock;
	test(|| {
		assert_noop!(Tiers::lock(&alice(), 1), Error::<Test>::NotBonded);
		assert_ok!(Tiers::bond(RuntimeOrigin::signed(alice()), 300));
		assert_ok!(Tiers::lock(&alice(), 150));
		assert_noop!(Tiers::lock(&alice(), 151), Error::<Test>::InsufficientFreeStake);
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 151), Error::<Test>::InsufficientBond);
		assert_ok!(Tiers::unbond(RuntimeOrigin::signed(alice()), 150));
		Tiers::unlock(&alice(), 100);
		assert_eq!(Labelers::<Test>::get(alice()).unwrap().locked, 50);
		// A slash leaves what is set aside counting the open bonds: the stake left, under the
		// minimum now, stays bonded and slashable while it backs them.
		assert_eq!(Tiers::slash(&alice(), SlashAmount::Fixed(120), &treasury()), 120);
		let labeler = Labelers::<Test>::get(alice()).unwrap();
		assert_eq!((labeler.bonded, labeler.locked, labeler.unbonding.len()), (30, 50, 1));
		assert_noop!(Tiers::unbond(RuntimeOrigin::signed(alice()), 1), Error::<Test>::InsufficientBond);
		assert_ok!(Tiers::do_try_state());
		// Once the commitments are settled, the rest starts unbonding.
		Tiers::unlock(&alice(), 50);
		let labeler = Labelers::<Test>::get(alice()).unwrap();
		assert_eq!((labeler.bonded, labeler.locked, labeler.unbonding.len()), (0, 0, 2));
		assert_ok!(Tiers::do_try_state());
	});
}
