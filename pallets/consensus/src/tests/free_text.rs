//! Free text: answers are not voted on but rated by a review task over them; authors are paid
//! by their rating, reviewers by their closeness to it, and the task settles with its review.

use super::*;
use labelchain_primitives::{LabelSchema, Outcome, TaskInspect, TaskPhase, REVIEW_LEVELS};
use polkadot_sdk::sp_core::H256;

const F: AccountId = 15;
const G: AccountId = 16;

fn text(n: u8) -> H256 {
	H256::repeat_byte(0xd0 | n)
}

/// `who` commits `label` to item `item` of a review task (its items need no proof).
fn commit_review(who: AccountId, review: u64, item: u32, label: Label) {
	let answer = Tasks::submission(review, item).expect("an answer");
	let c = pallet_labels::Pallet::<Test>::commitment_of(&who, review, item, &label, &salt(who, item));
	assert_ok!(pallet_labels::Pallet::<Test>::commit(RuntimeOrigin::signed(who), review, item, answer.digest, vec![], c));
}

#[test]
fn free_text_is_rated_by_its_review_and_authors_are_paid_by_their_rating() {
	test(|| {
		staked(&[A, B, C, D, E, F, G]);
		// One item, three authors (F never reveals), a reward of 90.
		let (task, leaves) = new_task_of(LabelSchema::FreeText, 1, 3, 90, None);
		for (who, n) in [(A, 1), (B, 2), (F, 3)] {
			commit(who, task, &leaves, 0, Label::Digest(text(n)));
		}
		run_to_block(12);
		reveal(A, task, 0, Label::Digest(text(1)));
		reveal(B, task, 0, Label::Digest(text(2)));
		run_to_block(22);

		// The item is not voted on: its answers went to review; F's missing reveal is slashed.
		let r = result(task);
		assert_eq!((r.label, r.decision, r.revealed), (None, Decision::Submitted, 2));
		assert!(events().iter().any(|e| matches!(e, Event::BondSlashed { labeler: F, revealed: false, .. })));
		let review = task + 1;
		let view = Tasks::task(review).expect("the review task");
		assert_eq!(view.schema, LabelSchema::Ordinal { levels: REVIEW_LEVELS });
		assert_eq!((view.item_count, view.redundancy, view.phase), (2, 3, TaskPhase::Open));
		// An answer is worth 90 / 3 = 30: 9 (30 %) to its reviewers, 21 to its author.
		assert_eq!(view.reward_per_item, 9);
		assert_eq!(Tasks::task(task).unwrap().phase, TaskPhase::Finalizing);

		// Reviewers rate A's answer 4, 4, 3 and B's 1, 1, 0.
		let ratings = [(C, [4u16, 1]), (D, [4, 1]), (E, [3, 0])];
		for (who, levels) in ratings {
			for (item, level) in levels.iter().enumerate() {
				commit_review(who, review, item as u32, Label::Level(*level));
			}
		}
		run_to_block(view.commit_deadline + 1);
		for (who, levels) in ratings {
			for (item, level) in levels.iter().enumerate() {
				reveal(who, review, item as u32, Label::Level(*level));
			}
		}
		run_to_block(view.reveal_deadline + 2);

		// The median ratings: 4 of 4 for A (all of 21), 1 of 4 for B (a quarter: 5).
		assert_eq!(Results::<Test>::get(review, 0).unwrap().label, Some(Label::Level(4)));
		assert_eq!(Results::<Test>::get(review, 1).unwrap().label, Some(Label::Level(1)));
		assert_eq!(free(A), START + 21);
		assert_eq!(free(B), START + 5);
		// F never revealed: slashed, and nothing to rate.
		assert!(free(F) < START);
		assert!(super::graded::outcomes(A).contains(&Outcome::Close { closeness: Perbill::one() }));
		assert!(super::graded::outcomes(B).contains(&Outcome::Close { closeness: Perbill::from_percent(25) }));
		// The best answer is the item's label.
		assert_eq!(pallet_tasks::BestSubmission::<Test>::get(task, 0), Some((Perbill::one(), 0)));
		// Reviewers are paid by closeness to the median: C and D fully on both, E less.
		assert!(free(C) > START && free(C) == free(D));
		assert!(free(E) > START && free(E) < free(C));
		assert_eq!(Tasks::task(review).unwrap().phase, TaskPhase::Settled);
		assert_eq!(Tasks::task(task).unwrap().phase, TaskPhase::Settled);
	});
}

#[test]
fn a_free_text_item_nobody_answered_closes_without_review() {
	test(|| {
		staked(&[A]);
		let (task, leaves) = new_task_of(LabelSchema::FreeText, 2, 1, 90, None);
		commit(A, task, &leaves, 0, Label::Digest(text(1)));
		run_to_block(22);
		assert_eq!(result(task).decision, Decision::NoLabels);
		// No answer, no review: the task settles as any other.
		assert!(Tasks::task(task + 1).is_none());
		assert_eq!(Tasks::task(task).unwrap().phase, TaskPhase::Settled);
		// A's silence cost its bond; nobody was paid.
		assert!(events().iter().any(|e| matches!(e, Event::BondSlashed { labeler: A, revealed: false, .. })));
		assert!(!events().iter().any(|e| matches!(e, Event::Rewarded { .. })));
	});
}
