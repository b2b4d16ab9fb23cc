//! Unit tests of reputation: the prior, the direction of every outcome, the task's own evidence
//! left out of its votes, decay, the tier estimate and the domain bound.

use crate::{mock::*, pallet::*, Event};
use labelchain_primitives::{Outcome, ReputationInspect, ReputationRecord};
use polkadot_sdk::{
	frame_system,
	sp_runtime::{Perbill, Permill},
};

const ALICE: u64 = 1;

/// The voting estimate from `agree` of `total` observations under the newcomer prior of domain
/// 1 as it stands now (it follows the domain's evidence).
fn post(agree: u64, total: u64) -> Permill {
	use crate::types::OBSERVATION;
	Reputation::posterior(agree * OBSERVATION, total * OBSERVATION, Reputation::newcomer_prior(1, None))
}

/// `estimate` within the gold bound of `agree` right gold answers of `total` (three
/// observations each, the mock's weight) on a binary domain: the gold posterior under a prior
/// at chance and under a prior of certainty, each worth three observations (the mock's
/// strength).
fn gold_bounded(estimate: Permill, agree: u64, total: u64) -> Permill {
	let lower = Permill::from_rational(6 * agree + 3, 6 * total + 6);
	let upper = Permill::from_rational(3 * agree + 3, 3 * total + 3);
	estimate.clamp(lower, upper)
}

fn record(domain: u16, task: u64, outcome: Outcome, times: u32) {
	for _ in 0..times {
		Reputation::record(&ALICE, domain, task, outcome, Perbill::one());
	}
}

#[test]
fn a_newcomer_votes_at_the_prior_and_has_no_tier_reputation() {
	test(|| {
		// Halfway from chance (1/2) to the governed 80 % of a domain without evidence.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(0)), Permill::from_percent(65));
		assert_eq!(Reputation::reputation(&ALICE, 1), Permill::zero());
		assert_eq!(Reputation::best_reputation(&ALICE), Permill::zero());
	});
}

#[test]
fn every_outcome_moves_reputation_the_right_way() {
	test(|| {
		let vote = || Reputation::vote_reputation(&ALICE, 1, None, Some(99));
		record(1, 0, Outcome::Agreed, 1);
		assert_eq!(vote(), post(1, 1));
		let before = vote();
		record(1, 0, Outcome::Disagreed, 1);
		assert!(vote() < before);
		let before = vote();
		record(1, 0, Outcome::GoldCorrect, 1);
		assert!(vote() > before);
		// Gold counts three times, and the right gold answer bounds the estimate from below.
		assert_eq!(vote(), gold_bounded(post(1 + 3, 1 + 1 + 3), 1, 1));
		assert!(vote() > post(1 + 3, 1 + 1 + 3));
		let before = vote();
		record(1, 0, Outcome::GoldWrong, 1);
		record(1, 0, Outcome::NoReveal, 1);
		assert_eq!(vote(), gold_bounded(post(4, 5 + 3 + 2), 1, 2));
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
		// Task 7's references still see the prior; any other task sees the ten agreements.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(7)), post(0, 0));
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(8)), post(10, 10));
		// Evidence from task 8 is task 8's own.
		record(1, 8, Outcome::Disagreed, 1);
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(8)), post(10, 10));
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(9)), post(10, 11));
	});
}

#[test]
fn gold_weighs_in_the_tasks_own_votes_at_once() {
	test(|| {
		record(1, 7, Outcome::GoldWrong, 2);
		record(1, 7, Outcome::Agreed, 4);
		// Task 7's reference leaves its four agreements out, not the two wrong gold answers
		// (three observations each), and the two misses bound the estimate from above.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(7)), gold_bounded(post(0, 6), 0, 2));
		assert!(Reputation::vote_reputation(&ALICE, 1, None, Some(7)) < post(0, 6));
		// Its decisions, and every other task, see everything.
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, None), gold_bounded(post(4, 10), 0, 2));
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(8)), gold_bounded(post(4, 10), 0, 2));
		// Nothing of the gold is pending.
		let e = Reputations::<Test>::get(ALICE).get(&1).copied().expect("evidence");
		assert_eq!((e.agree, e.total), (0, 6 * crate::types::OBSERVATION));
	});
}

#[test]
fn gold_results_bound_the_estimate_from_agreements() {
	test(|| {
		const BLOC: u64 = 2;
		const OUTVOTED: u64 = 3;
		let vote = |who: &u64, classes| Reputation::vote_reputation(who, 1, classes, None);
		// A bloc member agreed with forty decisions its bloc made, and missed two gold answers:
		// its estimate is what two misses allow (3 / 9), not its agreements' 90 % and more.
		for _ in 0..40 {
			Reputation::record(&BLOC, 1, 5, Outcome::Agreed, Perbill::one());
		}
		assert!(vote(&BLOC, None) > Permill::from_percent(80));
		Reputation::record(&BLOC, 1, 6, Outcome::GoldWrong, Perbill::one());
		Reputation::record(&BLOC, 1, 6, Outcome::GoldWrong, Perbill::one());
		assert_eq!(vote(&BLOC, None), Permill::from_rational(1u32, 3u32));
		// Among five answers too: the bound's prior of certainty does not depend on them.
		assert_eq!(vote(&BLOC, Some(5)), Permill::from_rational(1u32, 3u32));
		// The labeler it outvoted disagreed forty times but gave both gold answers: held up at
		// the posterior of two right answers under a prior at chance ((6 + 1.5) / 9).
		for _ in 0..40 {
			Reputation::record(&OUTVOTED, 1, 5, Outcome::Disagreed, Perbill::one());
		}
		assert!(vote(&OUTVOTED, None) < Permill::from_percent(40));
		Reputation::record(&OUTVOTED, 1, 6, Outcome::GoldCorrect, Perbill::one());
		Reputation::record(&OUTVOTED, 1, 6, Outcome::GoldCorrect, Perbill::one());
		assert_eq!(vote(&OUTVOTED, None), Permill::from_rational(15u32, 18u32));
		// Among five answers chance is 1/5: (6 + 0.6) / 9.
		assert_eq!(vote(&OUTVOTED, Some(5)), Permill::from_rational(66u32, 90u32));
		// Without gold results nothing is bounded.
		record(1, 5, Outcome::Agreed, 40);
		assert_eq!(vote(&ALICE, None), post(40, 40));
		// The event reports the bounded estimate.
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Reputation(Event::ReputationUpdated { who: BLOC, outcome: Outcome::GoldWrong, reputation, .. })
				if reputation == Permill::from_rational(1u32, 3u32)
		)));
		// Gold results fade as the rest does: after one period half of the two misses is left,
		// and the bound widens to 3 / (3 + 3).
		System::set_block_number(101);
		assert_eq!(vote(&BLOC, None), Permill::from_rational(3u32, 6u32));
		assert_ok_try_state();
	});
}

#[test]
fn a_newcomers_prior_follows_the_domains_average_labeler() {
	test(|| {
		const BOB: u64 = 2;
		let newcomer = |classes| Reputation::newcomer_prior(1, classes);
		// No evidence: halfway from chance to the governed 80 %; among five answers, from 1/5.
		assert_eq!(newcomer(None), Permill::from_percent(65));
		assert_eq!(newcomer(Some(5)), Permill::from_percent(50));
		// Bob is right 60 % of the time in a domain: a newcomer there starts lower.
		for _ in 0..30 {
			Reputation::record(&BOB, 1, 9, Outcome::Agreed, Perbill::one());
			Reputation::record(&BOB, 1, 9, Outcome::Agreed, Perbill::one());
			Reputation::record(&BOB, 1, 9, Outcome::Agreed, Perbill::one());
			Reputation::record(&BOB, 1, 9, Outcome::Disagreed, Perbill::one());
			Reputation::record(&BOB, 1, 9, Outcome::Disagreed, Perbill::one());
		}
		// The domain's average: (90 + 16) / (150 + 20); the newcomer halfway from 1/2 to it.
		let mean = Permill::from_rational(106u32, 170u32);
		assert_eq!(Reputation::domain_mean(1), mean);
		assert_eq!(newcomer(None), Permill::from_parts(500_000 + (mean.deconstruct() - 500_000) / 2));
		// Another domain is untouched; a newcomer never starts below chance.
		assert_eq!(Reputation::newcomer_prior(2, None), Permill::from_percent(65));
		for _ in 0..100 {
			Reputation::record(&BOB, 3, 9, Outcome::Disagreed, Perbill::one());
		}
		assert_eq!(Reputation::newcomer_prior(3, None), Permill::from_percent(50));
	});
}

#[test]
fn old_evidence_fades_towards_the_prior() {
	test(|| {
		record(1, 0, Outcome::Disagreed, 20);
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(1)), post(0, 20));
		System::set_block_number(101);
		// Half the evidence is left after one period (the domain's too).
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(1)), post(0, 10));
		let after_one = Reputation::vote_reputation(&ALICE, 1, None, Some(1));
		System::set_block_number(301);
		// Three periods: 2.5 disagreements left.
		let after_three = Reputation::vote_reputation(&ALICE, 1, None, Some(1));
		assert_eq!(after_three, Reputation::posterior(0, 2_500_000, Reputation::newcomer_prior(1, None)));
		assert!(after_three > after_one);
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
		// Tasks 1 and 2 finalize in turns (round robin): each one's evidence stays out of its
		// own references, whatever the other recorded in between.
		record(1, 1, Outcome::Agreed, 5);
		record(1, 2, Outcome::Disagreed, 5);
		record(1, 1, Outcome::Agreed, 5);
		let prior = post(0, 0);
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(1)), post(0, 5));
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(2)), post(10, 10));
		let only_two = Reputation::vote_reputation(&ALICE, 1, None, Some(1));
		assert!(only_two < prior, "task 1's votes see task 2's disagreements, not its own agreements");
		let only_one = Reputation::vote_reputation(&ALICE, 1, None, Some(2));
		assert!(only_one > prior, "task 2's votes see task 1's agreements only");
		// Tasks 3 and 4 fill the slots; a fifth task settles the oldest one's evidence (task 1),
		// which then counts for every vote: the bound of the guarantee.
		for task in 3..=4 {
			record(1, task, Outcome::Agreed, 1);
		}
		let before_fifth = Reputation::vote_reputation(&ALICE, 1, None, Some(1));
		record(1, 5, Outcome::Agreed, 1);
		assert!(Reputation::vote_reputation(&ALICE, 1, None, Some(1)) > before_fifth);
		assert_eq!(Reputation::vote_reputation(&ALICE, 1, None, Some(1)), Reputation::vote_reputation(&ALICE, 1, None, Some(99)));
		assert_ok_try_state();
	});
}

fn assert_ok_try_state() {
	assert_eq!(Reputation::do_try_state(), Ok(()));
}

#[test]
fn migrations_keep_the_pending_task_in_the_first_slot_and_start_gold_empty() {
	use crate::{
		migrations::{
			v1::{OldEvidence, UncheckedMigrateV0ToV1},
			v2::UncheckedMigrateV1ToV2,
		},
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
		// Version 0 to 1: the one pending task becomes the first of the slots.
		UncheckedMigrateV0ToV1::<Test>::on_runtime_upgrade();
		let v1 = crate::migrations::v1::Reputations::<Test>::get(ALICE).and_then(|m| m.get(&3).copied()).expect("migrated to 1");
		assert_eq!((v1.agree, v1.total, v1.decayed_at), (5, 9, 4));
		assert_eq!(v1.pending[0], PendingEvidence { task: 7, agree: 2, total: 3 });
		assert!(v1.pending[1..].iter().all(|p| p.is_empty()));
		// Version 1 to 2: everything kept, no gold results counted apart yet.
		UncheckedMigrateV1ToV2::<Test>::on_runtime_upgrade();
		let e = Reputations::<Test>::get(ALICE).get(&3).copied().expect("migrated to 2");
		assert_eq!((e.agree, e.total, e.decayed_at), (5, 9, 4));
		assert_eq!((e.gold_agree, e.gold_total), (0, 0));
		assert_eq!(e.pending, v1.pending);
		assert_eq!(e.without(Some(7)), (5, 9));
		assert_eq!(e.all(), (7, 12));
		// No gold results: the estimate is not bounded.
		assert_eq!(
			Reputation::bounded_by_gold(Permill::from_percent(97), &e, None),
			Permill::from_percent(97)
		);
	});
}

fn alloc_map() -> std::collections::BTreeMap<u16, crate::migrations::v1::OldEvidence<u64>> {
	Default::default()
}
