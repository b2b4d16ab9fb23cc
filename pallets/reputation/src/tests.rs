//! Unit tests of reputation: the prior, the direction of every outcome, the task's own evidence
//! left out of its votes, decay, the tier estimate and the domain bound.

use crate::{mock::*, pallet::*, Event};
use labelchain_primitives::{Outcome, ReputationInspect, ReputationRecord};
use polkadot_sdk::{
	frame_system,
	sp_runtime::{Perbill, Permill},
};

const ALICE: u64 = 1;

fn record(domain: u16, task: u64, outcome: Outcome, times: u32) {
	for _ in 0..times {
		Reputation::record(&ALICE, domain, task, outcome, Perbill::one());
	}
}

#[test]
fn a_newcomer_votes_at_the_prior_and_has_no_tier_reputation() {
	test(|| {
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 0), Permill::from_percent(80));
		assert_eq!(Reputation::reputation(&ALICE, 1), Permill::zero());
		assert_eq!(Reputation::best_reputation(&ALICE), Permill::zero());
	});
}

#[test]
fn every_outcome_moves_reputation_the_right_way() {
	test(|| {
		let vote = || Reputation::vote_reputation(&ALICE, 1, 99);
		record(1, 0, Outcome::Agreed, 1);
		// (1 + 16) / (1 + 20)
		assert_eq!(vote(), Permill::from_rational(17u32, 21u32));
		let before = vote();
		record(1, 0, Outcome::Disagreed, 1);
		assert!(vote() < before);
		let before = vote();
		record(1, 0, Outcome::GoldCorrect, 1);
		assert!(vote() > before);
		// Gold counts three times: (1 + 0 + 3 + 16) / (1 + 1 + 3 + 20).
		assert_eq!(vote(), Permill::from_rational(20u32, 25u32));
		let before = vote();
		record(1, 0, Outcome::GoldWrong, 1);
		record(1, 0, Outcome::NoReveal, 1);
		// (20) / (25 + 3 + 2)
		assert_eq!(vote(), Permill::from_rational(20u32, 30u32));
		assert!(vote() < before);
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Reputation(Event::ReputationUpdated { who: ALICE, domain: 1, task: 0, outcome: Outcome::NoReveal, .. })
		)));
		assert_eq!(REFRESHED.with(|r| r.borrow().len()), 5);
	});
}

#[test]
fn a_tasks_own_evidence_is_left_out_of_its_votes() {
	test(|| {
		record(1, 7, Outcome::Agreed, 10);
		// Task 7's votes still see the prior; any other task sees the ten agreements.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 7), Permill::from_percent(80));
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 8), Permill::from_rational(26u32, 30u32));
		// Evidence from task 8 settles task 7's.
		record(1, 8, Outcome::Disagreed, 1);
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 8), Permill::from_rational(26u32, 30u32));
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 9), Permill::from_rational(26u32, 31u32));
	});
}

#[test]
fn old_evidence_fades_towards_the_prior() {
	test(|| {
		record(1, 0, Outcome::Disagreed, 20);
		// 16 / 40
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 1), Permill::from_percent(40));
		System::set_block_number(101);
		// Half the evidence is left after one period: 16 / 30.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 1), Permill::from_rational(16u32, 30u32));
		System::set_block_number(301);
		// Three periods: 20 / 8 = 2.5 disagreements left.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 1), Permill::from_rational(160u32, 225u32));
	});
}

#[test]
fn tier_reputation_needs_evidence() {
	test(|| {
		record(1, 0, Outcome::Agreed, 20);
		// 20 / (20 + 20)
		assert_eq!(Reputation::reputation(&ALICE, 1), Permill::from_percent(50));
		record(1, 0, Outcome::Agreed, 60);
		assert_eq!(Reputation::reputation(&ALICE, 1), Permill::from_percent(80));
		assert_eq!(Reputation::best_reputation(&ALICE), Permill::from_percent(80));
		assert_eq!(Reputation::reputation(&ALICE, 2), Permill::zero());
	});
}

#[test]
fn only_the_best_evidenced_domains_are_kept() {
	test(|| {
		record(1, 0, Outcome::Agreed, 5);
		record(2, 0, Outcome::Agreed, 1);
		record(3, 0, Outcome::Agreed, 2);
		let kept: Vec<u16> = Reputations::<Test>::get(ALICE).keys().copied().collect();
		assert_eq!(kept, vec![1, 3]);
	});
}

#[test]
fn tasks_finalized_interleaved_keep_their_own_evidence_out_of_their_votes() {
	test(|| {
		let prior = Permill::from_percent(80);
		// Tasks 1 and 2 finalize in turns (round robin): each one's evidence stays out of its
		// own votes, whatever the other recorded in between.
		record(1, 1, Outcome::Agreed, 5);
		record(1, 2, Outcome::Disagreed, 5);
		record(1, 1, Outcome::Agreed, 5);
		let only_two = Reputation::vote_reputation(&ALICE, 1, 1);
		assert!(only_two < prior, "task 1's votes see task 2's disagreements, not its own agreements");
		let only_one = Reputation::vote_reputation(&ALICE, 1, 2);
		assert!(only_one > prior, "task 2's votes see task 1's agreements only");
		// Tasks 3 and 4 fill the slots; a fifth task settles the oldest one's evidence (task 1),
		// which then counts for every vote: the bound of the guarantee.
		for task in 3..=4 {
			record(1, task, Outcome::Agreed, 1);
		}
		let before_fifth = Reputation::vote_reputation(&ALICE, 1, 1);
		record(1, 5, Outcome::Agreed, 1);
		assert!(Reputation::vote_reputation(&ALICE, 1, 1) > before_fifth);
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, 1), Reputation::vote_reputation(&ALICE, 1, 99));
		assert_ok_try_state();
	});
}

fn assert_ok_try_state() {
	assert_eq!(Reputation::do_try_state(), Ok(()));
}

#[test]
fn migration_v1_keeps_the_pending_task_in_the_first_slot() {
	use crate::{
		migrations::v1::{OldEvidence, UncheckedMigrateV0ToV1},
		types::PendingEvidence,
	};
	use polkadot_sdk::frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		let old = OldEvidence { agree: 5, total: 9, pending_task: 7, pending_agree: 2, pending_total: 3, decayed_at: 4u64 };
		let mut map = alloc_map();
		map.insert(3u16, old);
		let bounded: polkadot_sdk::frame_support::BoundedBTreeMap<u16, OldEvidence<u64>, polkadot_sdk::frame_support::traits::ConstU32<8>> =
			map.try_into().expect("small");
		polkadot_sdk::frame_support::storage::unhashed::put_raw(
			&Reputations::<Test>::hashed_key_for(ALICE),
			&codec::Encode::encode(&bounded),
		);
		UncheckedMigrateV0ToV1::<Test>::on_runtime_upgrade();
		let e = Reputations::<Test>::get(ALICE).get(&3).copied().expect("migrated");
		assert_eq!((e.agree, e.total, e.decayed_at), (5, 9, 4));
		assert_eq!(e.pending[0], PendingEvidence { task: 7, agree: 2, total: 3 });
		assert!(e.pending[1..].iter().all(|p| p.is_empty()));
		assert_eq!(e.without(Some(7)), (5, 9));
		assert_eq!(e.all(), (7, 12));
	});
}

fn alloc_map() -> std::collections::BTreeMap<u16, crate::migrations::v1::OldEvidence<u64>> {
	Default::default()
}
