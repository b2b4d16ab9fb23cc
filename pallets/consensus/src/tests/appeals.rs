//! Appeals of paid decisions: the window, the stake set aside, overturns and what they move.

use super::*;
use labelchain_primitives::{CaseKind, DecisionAppeals, LabelStore, ReviewOutcome};

/// A four-labeler item decided 1 by three against one, with appeals open for 30 blocks.
fn decided() -> u64 {
	DecisionAppealPeriod::set(30);
	let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2))], 90);
	run_to_block(22);
	assert_eq!(result(task).decision, Decision::Consensus);
	task
}

#[test]
fn an_overturned_decision_makes_the_paid_repay_the_labelers_who_were_right() {
	test(|| {
		let task = decided();
		let lost = START - free(D);
		assert!(lost > 0);
		assert_eq!(free(A), START + 30);
		// The labels are kept and the task waits for its appeal window.
		assert!(Labels::holds_item(task, 0));
		let until = AppealWindows::<Test>::get(task).expect("a window");
		assert_eq!(InProgress::<Test>::get(task), Some(true));
		let request = Consensus::appealable(task, 0).expect("appealable");
		assert_eq!((request.kind, request.vote_label, request.labelers.len()), (CaseKind::Appeal, Some(Label::Class(1)), 4));
		assert_eq!(request.reward, 0);
		assert_ok!(Consensus::appeal_opened(task, 0));
		// Each of A, B, C could owe its 30 and half its bond.
		let owed = TestStake::locked(A);
		assert!(owed > 30 + COMMIT_BOND / 2 - 1);
		for w in [A, B, C] {
			assert_eq!(TestStake::locked(w), owed);
		}
		assert!(events().contains(&Event::DecisionAppealed { task, item: 0, set_aside: 3 * owed }));
		Consensus::do_try_state().expect("locks are counted");
		// The window closes, but the open appeal holds the task.
		run_to_block(until + 2);
		assert!(AppealWindows::<Test>::get(task).is_none());
		assert_eq!(InProgress::<Test>::get(task), Some(true));

		assert_ok!(<Consensus as ReviewOutcome<_, _>>::decided(task, 0, CaseKind::Appeal, Label::Class(2), 0));
		for w in [A, B, C] {
			assert_eq!(free(w), START + 30 - owed);
			assert_eq!(TestStake::locked(w), 0);
		}
		assert_eq!(free(D), START - lost + 3 * owed);
		let r = result(task);
		assert_eq!((r.label, r.decision, r.agreeing), (Some(Label::Class(2)), Decision::Reviewed, 1));
		// A second leaf, which the result points to.
		assert_eq!((Provenance::<Test>::get(task).count, r.position, Revisions::<Test>::get(task)), (2, 1, 1));
		let stats = TaskStats::<Test>::get(task).decisions;
		assert_eq!((stats.consensus, stats.resolved, stats.escalated, stats.open_escalations()), (0, 1, 1, 0));
		assert_eq!(TaskLabelers::<Test>::get(task, D).agreed, 1);
		assert_eq!(TaskLabelers::<Test>::get(task, A).agreed, 0);
		assert!(events().contains(&Event::DecisionReviewed {
			task,
			item: 0,
			from: Some(Label::Class(1)),
			to: Label::Class(2),
			replaced: 0,
			decided_at: 22,
		}), "{:?}", events());
		// Reputation follows the upheld label.
		assert!(Reputation::reputation(&D, 1) > Reputation::reputation(&A, 1));
		// Nothing else is open: the task settled and its labels go with its records.
		assert_eq!(InProgress::<Test>::get(task), None);
		run_to_block(System::block_number() + 3);
		assert!(!Labels::holds_item(task, 0));
		DecisionAppealPeriod::set(0);
	});
}

#[test]
fn an_upheld_decision_moves_no_money_and_windows_close() {
	test(|| {
		let task = decided();
		let before: Vec<Balance> = [A, B, C, D].iter().map(|w| free(*w)).collect();
		assert_ok!(Consensus::appeal_opened(task, 0));
		assert_ok!(<Consensus as ReviewOutcome<_, _>>::decided(task, 0, CaseKind::Appeal, Label::Class(1), 0));
		assert_eq!(before, [A, B, C, D].iter().map(|w| free(*w)).collect::<Vec<_>>());
		assert_eq!((result(task).label, result(task).decision), (Some(Label::Class(1)), Decision::Reviewed));
		// A reviewed item is not appealed again this way.
		assert_noop!(Consensus::appealable(task, 0), Error::<Test>::NotAppealable);
		// The window still holds the task until it passes.
		assert_eq!(InProgress::<Test>::get(task), Some(true));
		run_to_block(AppealWindows::<Test>::get(task).unwrap() + 2);
		assert_eq!(InProgress::<Test>::get(task), None);
		DecisionAppealPeriod::set(0);
	});
}

#[test]
fn an_overturned_gold_answer_forfeits_its_deposit_part_to_the_labelers_who_were_right() {
	test(|| {
		DecisionAppealPeriod::set(30);
		// The gold answer 1, which A and B gave: decided by gold; C, who said 2, slashed.
		let task = gold_round(1, [1, 1, 2]);
		run_to_block(30);
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Gold));
		let (held, c_before) = (gold_held(task), free(C));
		assert!(held > 0);
		assert_eq!(Consensus::appealable(task, 0).map(|r| r.vote_label), Ok(Some(Label::Class(1))));
		assert_ok!(Consensus::appeal_opened(task, 0));
		assert_ok!(<Consensus as ReviewOutcome<_, _>>::decided(task, 0, CaseKind::Appeal, Label::Class(2), 0));
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(Label::Class(2)), Decision::Reviewed));
		// The item's part of the deposit, and A's and B's reward and slash, went to C.
		assert!(gold_held(task) < held);
		assert!(free(C) > c_before + (held - gold_held(task)));
		let stats = TaskStats::<Test>::get(task).decisions;
		assert_eq!((stats.gold, stats.resolved), (0, 1));
		run_to_block(70);
		assert_eq!(InProgress::<Test>::get(task), None);
		DecisionAppealPeriod::set(0);
	});
}

#[test]
fn appeals_need_a_vote_decision_in_an_open_window() {
	test(|| {
		let task = decided();
		run_to_block(AppealWindows::<Test>::get(task).unwrap() + 2);
		assert_noop!(Consensus::appealable(task, 0), Error::<Test>::AppealWindowClosed);
		assert_eq!(InProgress::<Test>::get(task), None);
		DecisionAppealPeriod::set(0);
	});
}

#[test]
fn an_appeal_nobody_decided_leaves_the_decision_and_frees_the_stake() {
	test(|| {
		let task = decided();
		assert_ok!(Consensus::appeal_opened(task, 0));
		assert!(TestStake::locked(A) > 0);
		assert_ok!(<Consensus as ReviewOutcome<_, _>>::undecided(task, 0, CaseKind::Appeal));
		assert_eq!(result(task).decision, Decision::Consensus);
		assert_eq!((TestStake::locked(A), OpenAppeals::<Test>::get(task)), (0, 0));
		DecisionAppealPeriod::set(0);
	});
}

#[test]
fn without_an_appeal_period_labels_go_at_once_and_nothing_waits() {
	test(|| {
		DecisionAppealPeriod::set(0);
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2))], 90);
		run_to_block(22);
		assert!(!Labels::holds_item(task, 0));
		assert_eq!(InProgress::<Test>::get(task), None);
		assert_noop!(Consensus::appealable(task, 0), Error::<Test>::AppealWindowClosed);
	});
}

/// A task whose only decision is a gold answer (its other item nobody labeled) still opens its
/// window: gold decisions are appealable too.
#[test]
fn a_task_decided_by_gold_alone_opens_its_appeal_window() {
	test(|| {
		use pallet_tasks::{gold_commitment, GoldSpec};
		DecisionAppealPeriod::set(30);
		staked(&[A, B, C]);
		let gold = [(0u32, Label::Class(1))];
		let salt = [5u8; 32];
		let leaves: Vec<_> = (0..2).map(polkadot_sdk::sp_core::H256::from_low_u64_be).collect();
		let spec = pallet_tasks::TaskSpec {
			manifest_hash: Default::default(),
			manifest_uri: vec![],
			domain: 1,
			schema: labelchain_primitives::LabelSchema::Categorical { classes: 4 },
			items: pallet_tasks::ItemsSpec::Merkle { root: labelchain_primitives::merkle::root(leaves.clone()), count: 2 },
			redundancy: 3,
			min_tier: 0,
			commit_deadline: 11,
			reveal_deadline: 21,
			reward_per_item: 30,
			gold: Some(GoldSpec { commitment: gold_commitment(0, &gold, &salt), count: 1 }),
			quorum: None,
			threshold: None,
		};
		let task = pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).unwrap();
		for w in [A, B, C] {
			commit(w, task, &leaves, 0, Label::Class(1));
		}
		run_to_block(12);
		for w in [A, B, C] {
			reveal(w, task, 0, Label::Class(1));
		}
		run_to_block(24);
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), task, gold.to_vec(), salt));
		run_to_block(30);
		assert_eq!(result(task).decision, Decision::Gold);
		assert!(AppealWindows::<Test>::get(task).is_some(), "the gold decision may be appealed");
		assert!(Consensus::appealable(task, 0).is_ok());
		run_to_block(AppealWindows::<Test>::get(task).unwrap() + 2);
		assert_eq!(InProgress::<Test>::get(task), None);
		DecisionAppealPeriod::set(0);
	});
}
