//! Graded answers through the real runtime, every schema end to end (dealt seats, commit,
//! reveal, the evidence pass, the decision, pay by closeness, slashes, invariants after every
//! block), and the attacks on them: an extreme rating cannot drag a median, and a far answer
//! to a clear decision is unpaid and slashed.

use crate::common::*;
use labelchain_primitives::{answers::NO_CANDIDATE, Label, LabelSchema, Side, TaskId};
use labelchain_runtime::{Labels, Runtime, Tasks};
use polkadot_sdk::frame_support::assert_ok;

const NAMES: [&str; 3] = ["g1", "g2", "g3"];

/// A one-item task of `schema` (redundancy 3, reward 3 LBL) on which the three labelers answer
/// `answers` in order; runs until it is final, and returns the task with each labeler's money
/// change.
fn graded_round(schema: LabelSchema, answers: [Label; 3]) -> (TaskId, [i128; 3]) {
	funded("requester", 1_000 * LBL);
	for name in NAMES {
		labeler(name, 1_000 * LBL, 200 * LBL);
	}
	let task = pallet_tasks::NextTaskId::<Runtime>::get();
	let spec = pallet_tasks::TaskSpec { schema, ..task_spec(&TaskPlan { items: 1, ..Default::default() }) };
	assert_ok!(Tasks::create_task(signed("requester"), spec));
	let before: Vec<i128> = NAMES.iter().map(|n| free(n) as i128).collect();
	for (name, label) in NAMES.iter().zip(answers) {
		await_seat(name, task, 0);
		let c = Labels::commitment_of(&who(name), task, 0, &label, &salt(name, 0));
		assert_ok!(Labels::commit(signed(name), task, 0, item_hash(0), Vec::new(), c));
	}
	run_to(reveal_deadline(task) - 1);
	for (name, label) in NAMES.iter().zip(answers) {
		assert_ok!(Labels::reveal(signed(name), task, 0, label, salt(name, 0)));
	}
	run_until(30, || finalized(task, 0)).expect("the item is final");
	let change = |i: usize| free(NAMES[i]) as i128 - before[i];
	(task, [change(0), change(1), change(2)])
}

/// What the task's finalization slashed from `name`'s stake.
fn slashed(task: TaskId, name: &str) -> u128 {
	pallet_consensus::TaskLabelers::<Runtime>::get(task, who(name)).slashed
}

fn decided(task: TaskId) -> Option<Label> {
	pallet_consensus::Results::<Runtime>::get(task, 0).and_then(|r| r.label)
}

fn ranking(order: &[u8]) -> Label {
	let mut r = [NO_CANDIDATE; 8];
	r[..order.len()].copy_from_slice(order);
	Label::Ranking(r)
}

#[test]
fn a_rating_is_the_median_and_an_extreme_rating_neither_moves_it_nor_pays() {
	dev_chain().execute_with(|| {
		// Two say 3 of 0–4; the attacker says 0 to drag the decision down.
		let (task, change) = graded_round(LabelSchema::Ordinal { levels: 5 }, [Label::Level(3), Label::Level(3), Label::Level(0)]);
		assert_eq!(decided(task), Some(Label::Level(3)));
		assert!(change[0] > 0 && change[0] == change[1], "{change:?}");
		// Three levels off a clear decision: unpaid, and slashed (from its stake).
		assert_eq!(change[2], 0);
		assert!(slashed(task, "g3") > 0);
		assert_eq!(slashed(task, "g1"), 0);
	});
}

#[test]
fn a_number_within_tolerance_is_paid_in_full() {
	dev_chain().execute_with(|| {
		let schema = LabelSchema::Numeric { min: 0, max: 1_000, step: 10, tolerance: 20 };
		let (task, change) = graded_round(schema, [Label::Number(500), Label::Number(510), Label::Number(520)]);
		assert_eq!(decided(task), Some(Label::Number(510)));
		// All within 20 of the median: equal shares.
		assert!(change[0] > 0 && change[0] == change[1] && change[1] == change[2], "{change:?}");
	});
}

#[test]
fn a_label_set_pays_by_its_overlap_with_the_decision() {
	dev_chain().execute_with(|| {
		let schema = LabelSchema::MultiLabel { classes: 12 };
		let (task, change) = graded_round(schema, [Label::Classes(0b0110), Label::Classes(0b0110), Label::Classes(0b1110)]);
		assert_eq!(decided(task), Some(Label::Classes(0b0110)));
		// The extra class: two of three in common, paid less than the exact sets, not slashed.
		assert!(change[0] == change[1] && change[0] > change[2] && change[2] > 0, "{change:?}");
	});
}

#[test]
fn a_preference_pays_the_other_strength_less_and_slashes_the_other_side() {
	dev_chain().execute_with(|| {
		let p = |side, clear| Label::Prefer { side, clear };
		let (task, change) = graded_round(LabelSchema::Preference, [p(Side::B, true), p(Side::B, false), p(Side::A, true)]);
		// B by weight; its strength the majority of B's weight (a tie between one clear and one
		// slight goes to slight: clear needs more than half).
		assert!(matches!(decided(task), Some(Label::Prefer { side: Side::B, .. })), "{:?}", decided(task));
		assert!(change[0] > 0 && change[1] > 0, "{change:?}");
		assert_eq!(change[2], 0);
		assert!(slashed(task, "g3") > 0);
	});
}

#[test]
fn a_ranking_is_the_borda_count_and_a_reversed_ranking_earns_nothing() {
	dev_chain().execute_with(|| {
		let schema = LabelSchema::Ranking { candidates: 4 };
		let (task, change) = graded_round(schema, [ranking(&[0, 1, 2, 3]), ranking(&[0, 2, 1, 3]), ranking(&[3, 2, 1, 0])]);
		// Borda points (3, 2, 1, 0 by place): candidate 0 scores 6, 2 scores 5, 1 scores 4, 3
		// scores 3 (the Kemeny ranking too: 6 pairs out of order in all, against 7 for 0 1 2 3).
		assert_eq!(decided(task), Some(ranking(&[0, 2, 1, 3])));
		// One swap of six pairs: paid, less than the exact ranking; the reversed one nothing and
		// slashed.
		assert!(change[1] > change[0] && change[0] > 0, "{change:?}");
		assert_eq!(change[2], 0);
		assert!(slashed(task, "g3") > 0);
	});
}

/// Free text through the real runtime: two authors answer an item; its review is dealt to the
/// three other labelers only (an author cannot rate its own text, nor rush a seat on it), a
/// spam answer rated 0 earns its author nothing while a good one earns the whole author's pay,
/// and the task settles only after its review.
#[test]
fn free_text_is_rated_by_others_and_a_spam_answer_earns_nothing() {
	dev_chain().execute_with(|| {
		funded("requester", 1_000 * LBL);
		let names = ["t1", "t2", "t3", "t4", "t5"];
		for name in names {
			labeler(name, 1_000 * LBL, 200 * LBL);
		}
		let task = pallet_tasks::NextTaskId::<Runtime>::get();
		let plan = TaskPlan { items: 1, redundancy: 2, ..Default::default() };
		let spec = pallet_tasks::TaskSpec { schema: LabelSchema::FreeText, ..task_spec(&plan) };
		assert_ok!(Tasks::create_task(signed("requester"), spec));
		let holders = |task: TaskId| -> Vec<&str> {
			names.iter().copied().filter(|n| dealt(n, task, 0)).collect()
		};
		run_until(5, || holders(task).len() == 2).expect("two authors dealt");
		let authors = holders(task);
		let (good, spam) = (authors[0], authors[1]);
		let text = |n: u8| Label::Digest(polkadot_sdk::sp_core::H256::repeat_byte(n));
		for (name, answer) in [(good, text(1)), (spam, text(2))] {
			let c = Labels::commitment_of(&who(name), task, 0, &answer, &salt(name, 0));
			assert_ok!(Labels::commit(signed(name), task, 0, item_hash(0), Vec::new(), c));
		}
		run_to(reveal_deadline(task) - 1);
		for (name, answer) in [(good, text(1)), (spam, text(2))] {
			assert_ok!(Labels::reveal(signed(name), task, 0, answer, salt(name, 0)));
		}
		let before: Vec<u128> = names.iter().map(|n| free(n)).collect();
		run_until(30, || pallet_tasks::ReviewOf::<Runtime>::get(task).is_some()).expect("the review opens");
		let review = pallet_tasks::ReviewOf::<Runtime>::get(task).expect("review").review;
		run_until(5, || holders(review).len() == 3).expect("three reviewers dealt");
		let reviewers = holders(review);
		assert!(!reviewers.contains(&good) && !reviewers.contains(&spam), "{reviewers:?}");
		// An author rushing a seat on the review of its own text is refused.
		let answer = |k: u32| pallet_tasks::Submissions::<Runtime>::get(task, k).expect("an answer");
		let own = (0..2).find(|k| answer(*k).author == who(good)).expect("good's answer");
		let c = Labels::commitment_of(&who(good), review, own, &Label::Level(4), &salt(good, own));
		assert_eq!(
			Labels::commit(signed(good), review, own, answer(own).digest, Vec::new(), c),
			Err(pallet_labels::Error::<Runtime>::NotDealt.into())
		);
		// Every reviewer rates the good text 4 and the spam 0.
		let rating = |k: u32| Label::Level(if answer(k).author == who(good) { 4 } else { 0 });
		for name in &reviewers {
			for k in 0..2 {
				let c = Labels::commitment_of(&who(name), review, k, &rating(k), &salt(name, k));
				assert_ok!(Labels::commit(signed(name), review, k, answer(k).digest, Vec::new(), c));
			}
		}
		run_to(reveal_deadline(review) - 1);
		for name in &reviewers {
			for k in 0..2 {
				assert_ok!(Labels::reveal(signed(name), review, k, rating(k), salt(name, k)));
			}
		}
		// The task waits for its review (and the review's appeal window).
		assert!(!settled(task));
		run_until(200, || settled(task)).expect("the task settles after its review");
		assert!(settled(review));
		let change = |name: &str| free(name) - before[names.iter().position(|n| *n == name).expect("a name")];
		// An answer is worth 3 / 2 = 1.5 LBL: 30 % to its reviewers, 70 % to its author by rating.
		assert_eq!(change(good), 105 * LBL / 100);
		assert_eq!(change(spam), 0);
		for name in &reviewers {
			// Each shares both answers' review pay equally (all agreed): 2 × 0.45 / 3.
			assert_eq!(change(name), 30 * LBL / 100, "{name}");
		}
		assert_eq!(pallet_tasks::BestSubmission::<Runtime>::get(task, 0).map(|b| b.1), Some(own));
	});
}
