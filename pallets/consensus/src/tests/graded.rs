//! Graded answers (ratings, numbers, sets, preferences, rankings): the schema's decision, pay
//! that grows with closeness (the task's curve), slashes only beyond the curve of a clear
//! decision, reputation by closeness, and the requester's stricter threshold.

use super::*;
use labelchain_primitives::{answers::PayCurve, LabelSchema, Outcome, Side, AGREEMENT_SCALE};

/// A one-item task of `schema` where each labeler commits and reveals its answer.
fn graded_round(schema: LabelSchema, votes: &[(AccountId, Label)], reward: Balance) -> u64 {
	let who: Vec<AccountId> = votes.iter().map(|v| v.0).collect();
	staked(&who);
	let (task, leaves) = new_task_of(schema, 1, votes.len() as u8, reward, None);
	for (w, l) in votes {
		commit(*w, task, &leaves, 0, *l);
	}
	run_to_block(12);
	for (w, l) in votes {
		reveal(*w, task, 0, *l);
	}
	task
}

/// What each labeler is paid out of `reward` for answers earning `shares` of a full reward:
/// the reward split in proportion, rounded down.
fn split(reward: Balance, shares: &[Perbill]) -> Vec<Balance> {
	let sum: u128 = shares.iter().map(|s| u128::from(s.deconstruct())).sum();
	shares.iter().map(|s| reward * u128::from(s.deconstruct()) / sum).collect()
}

/// The reputation outcomes recorded for `who`.
pub(super) fn outcomes(who: AccountId) -> Vec<Outcome> {
	frame_system::Pallet::<Test>::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Reputation(pallet_reputation::Event::ReputationUpdated { who: w, outcome, .. }) if w == who =>
				Some(outcome),
			_ => None,
		})
		.collect()
}

/// What a graded deviant loses on an item decided with `confidence` (the mock's 50 % slash
/// times the decision's certainty, as for two labels).
fn graded_loss(confidence: Perbill) -> Balance {
	(Perbill::from_percent(50) * Consensus::reference_evidence(confidence, None)) * COMMIT_BOND
}

#[test]
fn a_rating_is_decided_by_the_median_and_paid_by_closeness() {
	test(|| {
		let schema = LabelSchema::Ordinal { levels: 5 };
		let lv = Label::Level;
		let task = graded_round(schema, &[(A, lv(2)), (B, lv(2)), (C, lv(2)), (D, lv(3)), (E, lv(0))], 90);
		run_to_block(22);
		let r = result(task);
		assert_eq!((r.label, r.decision, r.revealed, r.agreeing), (Some(lv(2)), Decision::Consensus, 5, 3));
		// The weighted mean closeness: above the equal-weight (3 + 3/4 + 1/2) / 5, as the task's
		// agreement evidence weighs the closer labelers more.
		assert!(r.confidence > Perbill::from_percent(85) && r.confidence < Perbill::one(), "{:?}", r.confidence);
		// The default curve: full pay within 5 %, nothing from 50 %; one level off of five is
		// 25 %, (50 − 25) / 45 of a full share.
		let curve = PayCurve::default();
		let one_off = curve.share(Perbill::from_percent(25));
		assert_eq!(one_off, Perbill::from_rational(25u32, 45));
		let pay = split(90, &[Perbill::one(), Perbill::one(), Perbill::one(), one_off]);
		for (w, paid) in [A, B, C, D].into_iter().zip(&pay) {
			assert_eq!(free(w), START + paid, "labeler {w}");
		}
		assert!(pay[0] > pay[3] && pay[3] > 0);
		// Two levels off a clear decision: nothing, and the deviation slash.
		assert_eq!(free(E), START - graded_loss(r.confidence));
		assert!(graded_loss(r.confidence) > 0);
		// Reputation by closeness.
		assert!(outcomes(A).contains(&Outcome::Close { closeness: Perbill::one() }));
		assert!(outcomes(D).contains(&Outcome::Close { closeness: Perbill::from_percent(75) }));
		assert!(outcomes(E).contains(&Outcome::Close { closeness: Perbill::from_percent(50) }));
	});
}

#[test]
fn a_number_within_tolerance_is_paid_in_full_and_one_far_off_is_slashed() {
	test(|| {
		let schema = LabelSchema::Numeric { min: 0, max: 100, step: 1, tolerance: 5 };
		let n = Label::Number;
		let task = graded_round(schema, &[(A, n(40)), (B, n(42)), (C, n(44)), (D, n(99))], 80);
		run_to_block(22);
		let r = result(task);
		// The lower weighted median of 40, 42, 44, 99.
		assert_eq!(r.label, Some(n(42)));
		// 40 and 44 are within the tolerance of 5: full pay, as 42.
		assert_eq!(r.agreeing, 3);
		for w in [A, B, C] {
			assert_eq!(free(w), START + 80 / 3);
		}
		// 99 is 57 off: 52 % of the range beyond the tolerance, past the curve.
		assert!(r.confidence > Perbill::from_rational(348u32, 400) && r.confidence < Perbill::one());
		assert_eq!(free(D), START - graded_loss(r.confidence));
	});
}

#[test]
fn a_preference_is_decided_by_the_sides_weight_and_the_strength_of_its_majority() {
	test(|| {
		let p = |side, clear| Label::Prefer { side, clear };
		let task = graded_round(
			LabelSchema::Preference,
			&[(A, p(Side::A, true)), (B, p(Side::A, false)), (C, p(Side::A, true)), (D, p(Side::B, true))],
			90,
		);
		run_to_block(22);
		let r = result(task);
		assert_eq!(r.label, Some(p(Side::A, true)));
		// The same side at the other strength is a quarter off: part of a full share.
		let slight = PayCurve::default().share(Perbill::from_percent(25));
		let pay = split(90, &[Perbill::one(), slight, Perbill::one()]);
		assert_eq!((free(A), free(B), free(C)), (START + pay[0], START + pay[1], START + pay[2]));
		// The other side is all the way off: slashed.
		assert!(free(D) < START);
	});
}

#[test]
fn a_ranking_is_decided_by_borda_count_and_paid_by_kendall_tau() {
	test(|| {
		let rank = |order: [u8; 3]| {
			let mut r = [labelchain_primitives::answers::NO_CANDIDATE; 8];
			r[..3].copy_from_slice(&order);
			Label::Ranking(r)
		};
		let task = graded_round(
			LabelSchema::Ranking { candidates: 3 },
			&[(A, rank([0, 1, 2])), (B, rank([0, 1, 2])), (C, rank([1, 0, 2]))],
			90,
		);
		run_to_block(22);
		let r = result(task);
		// Borda: 0 scores 2 + 2 + 1, 1 scores 1 + 1 + 2, 2 nothing.
		assert_eq!(r.label, Some(rank([0, 1, 2])));
		// C orders one pair of three the other way: a third off.
		let swapped = PayCurve::default().share(Perbill::from_rational(1u32, 3));
		assert!(!swapped.is_zero() && swapped < Perbill::one());
		let pay = split(90, &[Perbill::one(), Perbill::one(), swapped]);
		assert_eq!((free(A), free(B), free(C)), (START + pay[0], START + pay[1], START + pay[2]));
		assert!(outcomes(C).contains(&Outcome::Close { closeness: Perbill::one() - Perbill::from_rational(1u32, 3) }));
	});
}

#[test]
fn a_label_set_is_decided_class_by_class() {
	test(|| {
		let set = Label::Classes;
		let task = graded_round(
			LabelSchema::MultiLabel { classes: 4 },
			&[(A, set(0b0011)), (B, set(0b0011)), (C, set(0b0111)), (D, set(0b1000))],
			90,
		);
		run_to_block(22);
		let r = result(task);
		// Classes 0 and 1 have three of four votes, 2 and 3 one.
		assert_eq!(r.label, Some(set(0b0011)));
		// C's extra class: Jaccard 2/3, a third off; D shares nothing with the decision.
		let extra = PayCurve::default().share(Perbill::from_rational(1u32, 3));
		let pay = split(90, &[Perbill::one(), Perbill::one(), extra]);
		assert_eq!((free(A), free(B), free(C)), (START + pay[0], START + pay[1], START + pay[2]));
		assert!(free(D) < START);
	});
}

#[test]
fn a_requester_who_asks_for_unanimity_gets_an_escalation_on_any_dissent() {
	test(|| {
		let schema = LabelSchema::Ordinal { levels: 5 };
		staked(&[A, B, C]);
		let leaves: Vec<polkadot_sdk::sp_core::H256> = vec![polkadot_sdk::sp_core::H256::from_low_u64_be(7)];
		let spec = pallet_tasks::TaskSpec {
			manifest_hash: polkadot_sdk::sp_core::H256::repeat_byte(1),
			manifest_uri: vec![],
			domain: 1,
			schema,
			items: pallet_tasks::ItemsSpec::Merkle { root: labelchain_primitives::merkle::root(leaves.clone()), count: 1 },
			redundancy: 3,
			min_tier: 0,
			commit_deadline: 11,
			reveal_deadline: 21,
			reward_per_item: 90,
			gold: None,
			quorum: Some(3),
			threshold: Some(Perbill::one()),
		};
		let task = pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).expect("task");
		for (w, l) in [(A, 2u16), (B, 2), (C, 3)] {
			commit(w, task, &leaves, 0, Label::Level(l));
		}
		run_to_block(12);
		for (w, l) in [(A, 2u16), (B, 2), (C, 3)] {
			reveal(w, task, 0, Label::Level(l));
		}
		run_to_block(22);
		// One level of dissent is below a 100 % threshold: escalated, not decided.
		assert!(Results::<Test>::get(task, 0).is_none());
		assert!(Escalations::<Test>::contains_key(task, 0));
	});
}

#[test]
fn an_overturned_rating_is_shared_again_by_closeness_to_the_verdict() {
	use labelchain_primitives::{CaseKind, DecisionAppeals, ReviewOutcome};
	test(|| {
		DecisionAppealPeriod::set(30);
		let lv = Label::Level;
		let task = graded_round(LabelSchema::Ordinal { levels: 5 }, &[(A, lv(1)), (B, lv(1)), (C, lv(3))], 90);
		run_to_block(22);
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(lv(1)), Decision::Consensus));
		// A and B shared the 90; C, two levels off a clear decision, was paid nothing and slashed.
		assert_eq!((free(A), free(B)), (START + 45, START + 45));
		let lost = START - free(C);
		assert!(lost > 0);
		assert_ok!(Consensus::appealable(task, 0).map(|_| ()));
		assert_ok!(Consensus::appeal_opened(task, 0));
		// What A and B were paid, and the deviation slash (half the bond: five times a labeler's
		// share of the reward, 150), is set aside; C was paid nothing.
		assert_eq!(TestStake::locked(A), 45 + 75);
		assert_eq!(TestStake::locked(C), 0);

		// The panel says 2: every answer is a level off, each worth the same share, 30 each.
		assert_ok!(<Consensus as ReviewOutcome<_, _>>::decided(task, 0, CaseKind::Appeal, lv(2), 0));
		// A and B repay the 15 each they got beyond that (no slash: the verdict still pays
		// them), to C, who was short of 30.
		assert_eq!((free(A), free(B)), (START + 30, START + 30));
		assert_eq!(free(C), START - lost + 30);
		assert_eq!((TestStake::locked(A), TestStake::locked(B)), (0, 0));
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(lv(2)), Decision::Reviewed));
		// Nobody agrees fully with the verdict any more.
		assert_eq!(TaskLabelers::<Test>::get(task, A).agreed, 0);
		assert!(outcomes(C).contains(&Outcome::Close { closeness: Perbill::from_percent(75) }));
		DecisionAppealPeriod::set(0);
	});
}

/// The sums behind a graded task's agreement coefficient, exact: a small ordinal scale's
/// coincidence matrix, a number's interval disagreement; both pruned with the task.
#[test]
fn graded_agreement_sums_are_counted_item_by_item() {
	test(|| {
		let lv = Label::Level;
		let rating = graded_round(
			LabelSchema::Ordinal { levels: 5 },
			&[(A, lv(2)), (B, lv(2)), (C, lv(2)), (D, lv(3)), (E, lv(0))],
			90,
		);
		run_to_block(40);
		// Five answers: each ordered pair counts 1/4 of the scale (180,180).
		let pair = AGREEMENT_SCALE as u64 / 4;
		let matrix = OrdinalCoincidences::<Test>::get(rating);
		assert_eq!(matrix.len(), 25);
		let cell = |c: usize, k: usize| matrix[c * 5 + k];
		assert_eq!(cell(2, 2), 3 * 2 * pair);
		assert_eq!((cell(2, 3), cell(3, 2), cell(2, 0), cell(0, 2)), (3 * pair, 3 * pair, 3 * pair, 3 * pair));
		assert_eq!((cell(3, 0), cell(0, 3), cell(1, 1), cell(4, 4)), (pair, pair, 0, 0));
		// Each row adds up to its level's answers.
		assert_eq!((0..5).map(|k| cell(2, k)).sum::<u64>(), 3 * AGREEMENT_SCALE as u64);
		assert_eq!(Disagreement::<Test>::get(rating), 0);
	});
	test(|| {
		let n = Label::Number;
		let number = graded_round(
			LabelSchema::Numeric { min: 0, max: 1_000, step: 10, tolerance: 0 },
			&[(A, n(500)), (B, n(510)), (C, n(520))],
			90,
		);
		run_to_block(40);
		// Three numbers of a range of 1,000: 10 apart (twice, both ways) is (1/100)², 20 apart
		// (both ways) (1/50)², each pair counted 1/2 of the scale.
		let expected = (4 * 100_000u128 + 2 * 400_000) * (AGREEMENT_SCALE / 2);
		assert_eq!(Disagreement::<Test>::get(number), expected);
		assert!(OrdinalCoincidences::<Test>::get(number).is_empty());
	});
}
