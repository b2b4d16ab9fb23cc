//! Free text and its review: the review task opened over the answers, authors paid by their
//! ratings, the task settled after its review, deposits and pruning.

use super::*;

fn free_text() -> TaskSpecOf<Test> {
	TaskSpec { schema: LabelSchema::FreeText, ..spec() }
}

fn text(n: u8) -> H256 {
	H256::repeat_byte(0xf0 | n)
}

/// Items 0 and 2 of a free-text task answered (two answers, one), finalized, and its review
/// opened: returns (task, review).
fn reviewed_free_text() -> (u64, u64) {
	ItemStateDeposit::set(2);
	let id = create(free_text());
	// Per item 2, and per possible answer (three an item) 2 more for the review's results.
	assert_eq!(state_held(REQUESTER), 4 * 2 + 4 * 3 * 2);
	run_to_block(21);
	assert_ok!(Tasks::note_submission(id, 0, &LABELER, text(0)));
	assert_ok!(Tasks::note_submission(id, 0, &OTHER, text(1)));
	assert_ok!(Tasks::note_submission(id, 2, &LABELER, text(2)));
	assert_noop!(Tasks::note_submission(id, ITEMS, &LABELER, text(3)), Error::<Test>::ItemOutOfRange);
	assert_ok!(Tasks::note_item_finalized(id, 0));
	assert_ok!(Tasks::note_item_finalized(id, 2));
	RecordedDealing::take_opened();
	let review = Tasks::open_review(id).expect("opens").expect("a review");
	assert_eq!(review, id + 1);
	(id, review)
}

#[test]
fn a_free_text_task_opens_a_review_of_its_answers_funded_from_its_escrow() {
	test(|| {
		let (id, review) = reviewed_free_text();
		// An answer is worth 100 / 3 = 33: 30 % (9) to its reviewers, 24 to its author.
		let budget = 9 * 3;
		let fee = 2; // 5 % of 27, rounded up
		let view = Tasks::task(review).unwrap();
		assert_eq!(view.schema, LabelSchema::Ordinal { levels: labelchain_primitives::REVIEW_LEVELS });
		assert_eq!((view.item_count, view.redundancy, view.reward_per_item), (3, 3, 9));
		assert_eq!((view.commit_deadline, view.reveal_deadline), (21 + 20, 21 + 20 + 5));
		assert_eq!(view.requester, REQUESTER);
		assert_eq!(view.phase, TaskPhase::Open);
		assert_eq!(RecordedDealing::take_opened(), vec![review]);
		let task = crate::Tasks::<Test>::get(id).unwrap();
		assert_eq!((task.escrow.rewards_left, task.escrow.fee_reserved), (400 - budget, 20 - fee));
		let record = crate::Tasks::<Test>::get(review).unwrap();
		assert_eq!((record.escrow.rewards_left, record.escrow.fee_reserved), (budget, fee));
		// Nothing moved: the escrow is one hold.
		assert_eq!(escrow_held(REQUESTER), ESCROW);
		// The review keeps the state deposit of its three results; the rest returned.
		assert_eq!(StateHeld::<Test>::get(review).unwrap().held, 3 * 2);
		assert_eq!(state_held(REQUESTER), 4 * 2 + 3 * 2);
		assert_eq!(
			last_event(),
			RuntimeEvent::Tasks(Event::ReviewOpened { task: id, review, submissions: 3, budget })
		);
		// Its items are the answers, by their hashes, with no proof.
		assert!(Tasks::contains_item(review, 1, &text(1), &[]));
		assert!(!Tasks::contains_item(review, 1, &text(0), &[]));
		assert!(!Tasks::contains_item(review, 3, &text(3), &[]));
		assert!(Tasks::contains_items(review, &[(0, text(0)), (2, text(2))], &[]));
		assert!(!Tasks::contains_items(review, &[(0, text(0)), (2, text(1))], &[]));
		let answer = Tasks::submission(review, 2).unwrap();
		assert_eq!((answer.task, answer.item, answer.author, answer.digest), (id, 2, LABELER, text(2)));
		assert_eq!(Tasks::submission(id, 0), None);
		// Once: no second review, and no more answers.
		assert_noop!(Tasks::open_review(id), Error::<Test>::ReviewAlreadyOpen);
		assert_noop!(Tasks::note_submission(id, 1, &OTHER, text(4)), Error::<Test>::ReviewAlreadyOpen);
	});
}

#[test]
fn ratings_pay_authors_and_the_task_settles_with_its_review() {
	test(|| {
		let (id, review) = reviewed_free_text();
		// The task's own settlement block passes: it waits for its review.
		run_to_block(42);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Finalizing);
		assert_noop!(Tasks::settle(RuntimeOrigin::signed(OTHER), id), Error::<Test>::FinalizationInProgress);
		// Best rating: the whole author's pay (24); half: 12; unrated: nothing.
		let paid = Tasks::rate_submission(review, 0, Some(Perbill::one())).unwrap().unwrap();
		assert_eq!((paid.paid, paid.submission.author), (24, LABELER));
		assert_eq!(Tasks::rate_submission(review, 1, Some(Perbill::from_percent(50))).unwrap().unwrap().paid, 12);
		assert_eq!(Tasks::rate_submission(review, 2, None).unwrap().unwrap().paid, 0);
		assert_eq!(Tasks::rate_submission(id, 0, Some(Perbill::one())).unwrap(), None);
		assert_eq!(crate::BestSubmission::<Test>::get(id, 0), Some((Perbill::one(), 0)));
		assert_eq!(crate::BestSubmission::<Test>::get(id, 2), None);
		assert_eq!(free(LABELER), START_BALANCE + 24);
		assert_eq!(free(OTHER), START_BALANCE + 12);
		// Reviewers are paid from the review's budget.
		assert_ok!(Tasks::pay_reward(review, &POOR, 9));
		for k in 0..3 {
			assert_ok!(Tasks::note_item_finalized(review, k));
		}
		// The review settled; the task in the next block: fees on what each paid (36 → 2,
		// 9 → 1), the rest back.
		assert_eq!(Tasks::task(review).unwrap().phase, TaskPhase::Settled);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Finalizing);
		run_to_block(43);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Settled);
		assert_eq!(escrow_held(REQUESTER), 0);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 2 + 1);
		// The deposits for results stay: two items of the task, three of the review.
		assert_eq!(state_held(REQUESTER), 2 * 2 + 3 * 2);
		assert_eq!(free(REQUESTER), START_BALANCE - 36 - 9 - 3 - 10);
	});
}

#[test]
fn a_free_text_task_without_answers_settles_alone_and_returns_the_review_deposit() {
	test(|| {
		ItemStateDeposit::set(2);
		let id = create(free_text());
		// Cancelled before anyone committed: everything back, the review's deposit too.
		let other = create(free_text());
		assert_ok!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), other));
		run_to_block(21);
		assert_eq!(Tasks::open_review(id), Ok(None));
		assert_eq!(state_held(REQUESTER), 4 * 2);
		run_to_block(41);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Settled);
		assert_eq!(state_held(REQUESTER), 0);
		assert_eq!(free(REQUESTER), START_BALANCE);
	});
}

#[test]
fn pruning_removes_the_answers_and_the_review_link() {
	test(|| {
		let (id, review) = reviewed_free_text();
		for k in 0..3 {
			assert_ok!(Tasks::rate_submission(review, k, Some(Perbill::one())));
			assert_ok!(Tasks::note_item_finalized(review, k));
		}
		run_to_block(22);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Settled);
		use frame_support::traits::Hooks;
		run_to_block(22 + 31);
		Tasks::on_idle(System::block_number(), frame_support::weights::Weight::MAX);
		assert!(crate::Tasks::<Test>::get(review).is_none());
		assert!(crate::Tasks::<Test>::get(id).is_none());
		assert_eq!(crate::Submissions::<Test>::iter_prefix(id).count(), 0);
		assert_eq!(crate::BestSubmission::<Test>::iter_prefix(id).count(), 0);
		assert!(crate::ReviewOf::<Test>::get(id).is_none());
		assert!(crate::ReviewedTask::<Test>::get(review).is_none());
		assert_eq!(state_held(REQUESTER), 0);
	});
}
