//! Unit tests of the task registry: every call, every error, every transition, with exact
//! balances. Each test ends with the registry's `try_state` check (see `mock::test`).

use crate::{
	gold_commitment, mock::*,
	pallet::{HoldReason, NextTaskId, SettlementQueue, StateHeld},
	types::*,
	Error, Event,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use labelchain_primitives::{
	merkle, Label, LabelSchema, TaskHooks, TaskInspect, TaskPhase,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{Perbill, Permill},
};

const REWARD: Balance = 100;
const ITEMS: u32 = 4;
/// 4 items × 100, plus 5 % fee.
const ESCROW: Balance = 420;

fn item(i: u32) -> H256 {
	H256::repeat_byte(i as u8 + 1)
}

fn spec() -> TaskSpecOf<Test> {
	TaskSpec {
		manifest_hash: H256::repeat_byte(0xaa),
		manifest_uri: b"ipfs://manifest".to_vec(),
		domain: 1,
		schema: LabelSchema::Categorical { classes: 3 },
		items: ItemsSpec::List((0..ITEMS).map(item).collect()),
		redundancy: 3,
		min_tier: 0,
		commit_deadline: 10,
		reveal_deadline: 20,
		reward_per_item: REWARD,
		gold: None,
		quorum: None,
		threshold: None,
	}
}

fn create(spec: TaskSpecOf<Test>) -> u64 {
	let id = NextTaskId::<Test>::get();
	assert_ok!(Tasks::create_task(RuntimeOrigin::signed(REQUESTER), spec));
	id
}

fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

fn escrow_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::TaskEscrow.into(), &who)
}

fn gold_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::GoldDeposit.into(), &who)
}

fn last_event() -> RuntimeEvent {
	frame_system::Pallet::<Test>::events().pop().expect("an event").event
}

const GOLD: [(u32, Label); 2] = [(1, Label::Class(2)), (3, Label::Class(0))];
const SALT: [u8; 32] = [7u8; 32];

fn gold_spec(task: u64) -> Option<GoldSpec> {
	Some(GoldSpec { commitment: gold_commitment(task, &GOLD, &SALT), count: 2 })
}

// ---- create_task ----

#[test]
fn create_task_holds_budget_plus_fee_and_records_everything() {
	test(|| {
		let id = create(spec());
		assert_eq!(id, 0);
		assert_eq!(NextTaskId::<Test>::get(), 1);
		assert_eq!(free(REQUESTER), START_BALANCE - ESCROW);
		assert_eq!(escrow_held(REQUESTER), ESCROW);
		assert_eq!(gold_held(REQUESTER), 0);

		let task = crate::pallet::Tasks::<Test>::get(id).unwrap();
		assert_eq!(task.requester, REQUESTER);
		assert_eq!(task.items.count(), ITEMS);
		assert_eq!(task.escrow, Escrow { rewards_left: 400, rewards_paid: 0, fee_reserved: 20 });
		assert_eq!(task.terms.protocol_fee, Permill::from_percent(5));
		// Settles one block after reveal deadline + finalization period.
		assert_eq!(task.terms.settle_at, 20 + 20 + 1);
		assert_eq!(task.terms.gold_reveal_deadline, 30);
		assert_eq!(SettlementQueue::<Test>::get(41).into_inner(), vec![id]);
		assert_eq!(
			last_event(),
			RuntimeEvent::Tasks(Event::TaskCreated {
				task: 0,
				requester: REQUESTER,
				manifest_hash: H256::repeat_byte(0xaa),
				item_count: ITEMS,
				redundancy: 3,
				min_tier: 0,
				commit_deadline: 10,
				reveal_deadline: 20,
				reward_per_item: REWARD,
				escrowed: ESCROW,
				gold_deposit: 0,
				state_deposit: 0,
			})
		);
	});
}

#[test]
fn create_task_with_gold_holds_the_gold_deposit_apart() {
	test(|| {
		// 500 per gold item, two gold items.
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		assert_eq!(free(REQUESTER), START_BALANCE - ESCROW - 1000);
		assert_eq!(escrow_held(REQUESTER), ESCROW);
		assert_eq!(gold_held(REQUESTER), 1000);
		assert_eq!(Tasks::task(id).unwrap().gold_count, 2);
		assert!(Tasks::gold_pending(id));
	});
}

#[test]
fn create_task_with_a_merkle_root_of_many_items() {
	test(|| {
		let leaves: Vec<H256> = (0..1000).map(|i| H256::from_low_u64_be(i)).collect();
		let root = merkle::root(leaves.clone());
		let id = create(TaskSpec { items: ItemsSpec::Merkle { root, count: 1000 }, ..spec() });
		assert_eq!(escrow_held(REQUESTER), 1000 * REWARD + 5_000);
		let proof = merkle::proof(&leaves, 417);
		assert!(Tasks::contains_item(id, 417, &leaves[417], &proof));
		assert!(!Tasks::contains_item(id, 418, &leaves[417], &proof));
		assert!(!Tasks::contains_item(id, 417, &leaves[416], &proof));
		assert!(!Tasks::contains_item(id, 1000, &leaves[417], &proof));

		// Several items with one combined proof.
		let indices = [3, 417, 418, 999];
		let items: Vec<(u32, H256)> = indices.iter().map(|&i| (i, leaves[i as usize])).collect();
		let multi = merkle::multi_proof(&leaves, &indices).unwrap();
		assert!(Tasks::contains_items(id, &items, &multi));
		assert!(!Tasks::contains_items(id, &items[..3], &multi));
		assert!(!Tasks::contains_items(id + 1, &items, &multi));
	});
}

#[test]
fn listed_items_are_checked_without_proof() {
	test(|| {
		let id = create(spec());
		assert!(Tasks::contains_item(id, 2, &item(2), &[]));
		assert!(!Tasks::contains_item(id, 2, &item(3), &[]));
		assert!(!Tasks::contains_item(id, 4, &item(4), &[]));
		assert!(!Tasks::contains_item(id, 2, &item(2), &[H256::zero()]));
		assert!(!Tasks::contains_item(id + 1, 2, &item(2), &[]));
		assert!(Tasks::contains_items(id, &[(0, item(0)), (2, item(2))], &[]));
		assert!(!Tasks::contains_items(id, &[(0, item(0)), (2, item(3))], &[]));
		assert!(!Tasks::contains_items(id, &[(2, item(2))], &[H256::zero()]));
		assert!(!Tasks::contains_items(id, &[], &[]));
	});
}

/// Every refusal of `create_task`: the named error, and nothing stored or held.
#[test]
fn create_task_refuses_bad_input_and_moves_nothing() {
	test(|| {
		let origin = || RuntimeOrigin::signed(REQUESTER);
		let cases: Vec<(TaskSpecOf<Test>, Error<Test>)> = vec![
			(TaskSpec { reward_per_item: 0, ..spec() }, Error::ZeroReward),
			(
				TaskSpec { reward_per_item: Balance::MAX / 2, ..spec() },
				Error::BudgetOverflow,
			),
			(TaskSpec { schema: LabelSchema::Categorical { classes: 1 }, ..spec() }, Error::TooFewClasses),
			(TaskSpec { schema: LabelSchema::Categorical { classes: 17 }, ..spec() }, Error::TooManyClasses),
			(TaskSpec { schema: LabelSchema::Ranking { candidates: 9 }, ..spec() }, Error::InvalidSchema),
			(TaskSpec { schema: LabelSchema::Ordinal { levels: 1 }, ..spec() }, Error::InvalidSchema),
			(
				TaskSpec { schema: LabelSchema::Numeric { min: 5, max: 5, step: 1, tolerance: 0 }, ..spec() },
				Error::InvalidSchema,
			),
			// Free text is rated by its review, not checked against known answers.
			(TaskSpec { schema: LabelSchema::FreeText, gold: gold_spec(0), ..spec() }, Error::GoldNotForFreeText),
			// Its answers (items × redundancy) must fit the review task: 3,334 × 3 > 10,000.
			(
				TaskSpec {
					schema: LabelSchema::FreeText,
					items: ItemsSpec::Merkle { root: H256::repeat_byte(1), count: 3_334 },
					..spec()
				},
				Error::TooManyItems,
			),
			// A task may ask for a stricter decision than the governed one, never a laxer: a
			// quorum from the governed one to the redundancy, a threshold from the governed one.
			(TaskSpec { quorum: Some(4), ..spec() }, Error::QuorumOutOfBounds),
			(TaskSpec { quorum: Some(Terms::get().quorum - 1), ..spec() }, Error::QuorumOutOfBounds),
			(
				TaskSpec { threshold: Some(Perbill::from_percent(59)), ..spec() },
				Error::ThresholdOutOfBounds,
			),
			(TaskSpec { items: ItemsSpec::List(vec![]), ..spec() }, Error::NoItems),
			(TaskSpec { items: ItemsSpec::Merkle { root: H256::zero(), count: 0 }, ..spec() }, Error::NoItems),
			(
				TaskSpec { items: ItemsSpec::Merkle { root: H256::zero(), count: 10_001 }, ..spec() },
				Error::TooManyItems,
			),
			(TaskSpec { items: ItemsSpec::List((0..9).map(item).collect()), ..spec() }, Error::TooManyListedItems),
			(TaskSpec { redundancy: 0, ..spec() }, Error::ZeroRedundancy),
			(TaskSpec { redundancy: 10, ..spec() }, Error::RedundancyTooHigh),
			(TaskSpec { min_tier: 5, ..spec() }, Error::TierTooHigh),
			(TaskSpec { commit_deadline: 1, ..spec() }, Error::CommitDeadlineInPast),
			(TaskSpec { commit_deadline: 10, reveal_deadline: 14, ..spec() }, Error::RevealPeriodTooShort),
			(TaskSpec { commit_deadline: 10, reveal_deadline: 9, ..spec() }, Error::RevealPeriodTooShort),
			(TaskSpec { reveal_deadline: 1002, ..spec() }, Error::TaskTooLong),
			(TaskSpec { manifest_uri: vec![b'x'; 65], ..spec() }, Error::ManifestUriTooLong),
			(
				TaskSpec { gold: Some(GoldSpec { commitment: H256::zero(), count: 0 }), ..spec() },
				Error::InvalidGoldCount,
			),
			(
				TaskSpec { gold: Some(GoldSpec { commitment: H256::zero(), count: 5 }), ..spec() },
				Error::InvalidGoldCount,
			),
		];
		for (bad, error) in cases {
			assert_noop!(Tasks::create_task(origin(), bad), error);
		}
		// More gold items than the maximum (4), in a task with enough items.
		assert_noop!(
			Tasks::create_task(
				origin(),
				TaskSpec {
					items: ItemsSpec::Merkle { root: H256::zero(), count: 100 },
					gold: Some(GoldSpec { commitment: H256::zero(), count: 5 }),
					..spec()
				}
			),
			Error::<Test>::InvalidGoldCount
		);
		// A balance that cannot cover the escrow.
		assert_noop!(
			Tasks::create_task(RuntimeOrigin::signed(POOR), spec()),
			Error::<Test>::InsufficientBalance
		);
		assert_eq!(NextTaskId::<Test>::get(), 0);
		assert_eq!(free(REQUESTER), START_BALANCE);
		assert_eq!(escrow_held(REQUESTER), 0);
	});
}

#[test]
fn escrow_of_exactly_the_spendable_balance_is_accepted_and_one_more_is_not() {
	test(|| {
		// POOR has 100 and must keep the existential deposit (1): 99 spendable.
		// One item at 94 with a 5 % fee (ceil 4.7 = 5) escrows 99.
		let one = |reward| TaskSpec { items: ItemsSpec::List(vec![item(0)]), reward_per_item: reward, ..spec() };
		assert_noop!(
			Tasks::create_task(RuntimeOrigin::signed(POOR), one(95)),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Tasks::create_task(RuntimeOrigin::signed(POOR), one(94)));
		assert_eq!(escrow_held(POOR), 99);
		assert_eq!(free(POOR), 1);
	});
}

#[test]
fn settlement_queue_spills_to_later_blocks_and_never_refuses_a_task() {
	test(|| {
		// Two per block, sixteen blocks tried: 32 tasks are queued; the 33rd is created all the
		// same (settled by consensus once it has commitments, else by `settle` or `cancel`).
		for i in 0..32u64 {
			assert_eq!(create(spec()), i);
		}
		assert_eq!(SettlementQueue::<Test>::get(41).len(), 2);
		assert_eq!(SettlementQueue::<Test>::get(56).len(), 2);
		assert_eq!(crate::pallet::Tasks::<Test>::get(31).unwrap().terms.settle_at, 56);
		let late = create(spec());
		assert_eq!(crate::pallet::Tasks::<Test>::get(late).unwrap().terms.settle_at, 41);
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Tasks(Event::SettlementNotQueued { task, .. }) if task == late
		)));
		run_to_block(41);
		assert_ok!(Tasks::settle(RuntimeOrigin::signed(REQUESTER), late));
		// A cancelled task frees its slot for the next one.
		assert_ok!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), 31));
		assert_eq!(SettlementQueue::<Test>::get(56).len(), 1);
	});
}

// ---- phases ----

#[test]
fn phases_follow_the_deadlines_and_commitments_only_while_open() {
	test(|| {
		let id = create(spec());
		let phase = || Tasks::task(id).unwrap().phase;
		assert_eq!(phase(), TaskPhase::Open);
		run_to_block(10);
		assert_eq!(phase(), TaskPhase::Open);
		assert_ok!(Tasks::note_commitments(id, 1));
		run_to_block(11);
		assert_eq!(phase(), TaskPhase::Revealing);
		assert_noop!(Tasks::note_commitments(id, 1), Error::<Test>::TaskNotOpen);
		run_to_block(20);
		assert_eq!(phase(), TaskPhase::Revealing);
		run_to_block(21);
		assert_eq!(phase(), TaskPhase::Finalizing);
		run_to_block(40);
		assert_eq!(phase(), TaskPhase::Finalizing);
		run_to_block(41);
		assert_eq!(phase(), TaskPhase::Settled);
		assert_eq!(crate::pallet::Tasks::<Test>::get(id).unwrap().commitments, 1);
		assert_noop!(Tasks::note_commitments(99, 1), Error::<Test>::UnknownTask);
	});
}

#[test]
fn the_congestion_log_counts_blocks_with_room_within_its_reach() {
	let mut log = CongestionLog::default();
	for block in 100..110 {
		log.record(block, block % 2 == 0);
	}
	// Of 100..=109, the odd blocks had room: five.
	assert!(log.has_room(100, 109, 5));
	assert!(!log.has_room(100, 109, 6));
	// Blocks not yet recorded count for nothing (an empty range has no room); none wanted,
	// there is room.
	assert!(!log.has_room(110, 109, 1));
	assert!(log.has_room(5, 5, 0));
	// A block a log's length later overwrites the bit; blocks out of reach had room.
	let later = 100 + u64::from(CONGESTION_LOG_BLOCKS);
	log.record(later, false);
	assert!(!log.congested(100, later));
	assert!(!log.congested(102, later + 10));
	assert!(log.congested(102, later));
	// A window longer than the log: the part beyond it counts as room.
	let mut full = CongestionLog::default();
	let last = 3 * u64::from(CONGESTION_LOG_BLOCKS);
	for block in 0..=last {
		full.record(block, true);
	}
	assert!(!full.has_room(last - 100, last, 1));
	assert!(full.has_room(0, last, 10));
}

#[test]
fn a_congested_reveal_window_stays_open_until_it_had_room() {
	test(|| {
		let id = create(spec());
		assert_ok!(Tasks::note_commitments(id, 1));
		let phase = || Tasks::task(id).unwrap().phase;
		// Blocks 11..=20 are the window (5 blocks of room are wanted): 11..=17 are full.
		run_to_block_filling(21, |b| (11..=17).contains(&b));
		// Three blocks had room (18, 19, 20): the window stays open, a block at a time.
		assert_eq!(phase(), TaskPhase::Revealing);
		run_to_block(22);
		assert_eq!(phase(), TaskPhase::Revealing);
		run_to_block(23);
		// 18..=22: five blocks with room.
		assert_eq!(phase(), TaskPhase::Finalizing);
		// Closed for good, whatever comes after.
		run_to_block_filling(30, |_| true);
		assert_eq!(phase(), TaskPhase::Finalizing);
	});
}

#[test]
fn an_extension_is_bounded() {
	test(|| {
		let crowded = create(spec());
		// Every block full from the commit deadline on: the window stretches by at most
		// `MaxRevealExtension` (4) blocks.
		run_to_block_filling(21, |b| b > 10);
		assert_eq!(Tasks::task(crowded).unwrap().phase, TaskPhase::Revealing);
		run_to_block_filling(24, |_| true);
		assert_eq!(Tasks::task(crowded).unwrap().phase, TaskPhase::Revealing);
		run_to_block_filling(25, |_| true);
		assert_eq!(Tasks::task(crowded).unwrap().phase, TaskPhase::Finalizing);
		// Governance may turn extensions off.
		MaxRevealExtension::set(0);
		let later = create(TaskSpec { commit_deadline: 30, reveal_deadline: 40, ..spec() });
		run_to_block_filling(41, |_| true);
		assert_eq!(Tasks::task(later).unwrap().phase, TaskPhase::Finalizing);
		MaxRevealExtension::set(4);
	});
}

#[test]
fn gold_waits_for_an_extended_window_and_keeps_half_its_period() {
	test(|| {
		// The gold period is 10 blocks, so the window stretches by at most 5 (and the mock's
		// cap is 4).
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		assert_ok!(Tasks::note_commitments(id, 1));
		run_to_block_filling(21, |b| b > 10);
		assert_noop!(
			Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT),
			Error::<Test>::GoldRevealTooEarly
		);
		MaxRevealExtension::set(100);
		let task = crate::pallet::Tasks::<Test>::get(id).unwrap();
		assert_eq!(Tasks::reveal_extension_cap(&task), 5);
		MaxRevealExtension::set(4);
		run_to_block_filling(25, |_| true);
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT));
	});
}

// ---- cancel_task ----

#[test]
fn cancel_before_any_commitment_returns_everything() {
	test(|| {
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		assert_ok!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), id));
		assert_eq!(free(REQUESTER), START_BALANCE);
		assert_eq!(escrow_held(REQUESTER), 0);
		assert_eq!(gold_held(REQUESTER), 0);
		// Nothing was committed: nothing of the task stays.
		assert!(Tasks::task(id).is_none());
		assert!(StateHeld::<Test>::get(id).is_none());
		assert_eq!(last_event(), RuntimeEvent::Tasks(Event::TaskCancelled { task: id, refunded: ESCROW + 1000 }));
		// The queue entry of a cancelled task is skipped.
		run_to_block(41);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT);
		assert!(Tasks::task(id).is_none());
	});
}

#[test]
fn cancel_is_refused_to_others_after_commitments_and_when_over() {
	test(|| {
		let id = create(spec());
		assert_noop!(Tasks::cancel_task(RuntimeOrigin::signed(OTHER), id), Error::<Test>::NotRequester);
		assert_noop!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), 7), Error::<Test>::UnknownTask);
		assert_ok!(Tasks::note_commitments(id, 1));
		assert_noop!(
			Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), id),
			Error::<Test>::TaskHasCommitments
		);
		let other = create(spec());
		assert_ok!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), other));
		// A cancelled task is gone.
		assert_noop!(
			Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), other),
			Error::<Test>::UnknownTask
		);
		// A settled one is over.
		run_to_block(42);
		assert_noop!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), id), Error::<Test>::TaskNotActive);
		assert_eq!(escrow_held(REQUESTER), 0);
	});
}

// ---- payments and settlement ----

#[test]
fn rewards_come_out_of_escrow_and_settlement_charges_fee_only_on_what_was_paid() {
	test(|| {
		let id = create(spec());
		run_to_block(21);
		assert_ok!(Tasks::pay_reward(id, &LABELER, 60));
		assert_ok!(Tasks::pay_reward(id, &OTHER, 40));
		assert_ok!(Tasks::pay_reward(id, &LABELER, 100));
		assert_eq!(free(LABELER), START_BALANCE + 160);
		assert_eq!(free(OTHER), START_BALANCE + 40);
		assert_eq!(escrow_held(REQUESTER), ESCROW - 200);
		assert_noop!(Tasks::pay_reward(id, &LABELER, 201), Error::<Test>::RewardExceedsBudget);

		assert_ok!(Tasks::note_item_finalized(id, 0));
		assert_ok!(Tasks::note_item_finalized(id, 1));
		run_to_block(41);
		// Fee: 5 % of the 200 paid = 10. Refund: the 200 never paid + the 10 of fee not due.
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 10);
		assert_eq!(free(REQUESTER), START_BALANCE - 200 - 10);
		assert_eq!(escrow_held(REQUESTER), 0);
		assert_eq!(
			last_event(),
			RuntimeEvent::Tasks(Event::TaskSettled {
				task: id,
				finalized_items: 2,
				rewards_paid: 200,
				fee_paid: 10,
				refunded: 210,
				// The mock has no consensus: an empty provenance record.
				provenance: Default::default(),
			})
		);
		assert_noop!(Tasks::pay_reward(id, &LABELER, 1), Error::<Test>::TaskNotActive);
		assert_noop!(Tasks::note_item_finalized(id, 2), Error::<Test>::TaskNotActive);
		assert_noop!(Tasks::pay_reward(9, &LABELER, 1), Error::<Test>::UnknownTask);
	});
}

#[test]
fn a_task_settles_as_soon_as_every_item_is_finalized() {
	test(|| {
		let id = create(spec());
		run_to_block(21);
		for _ in 0..ITEMS {
			assert_ok!(Tasks::pay_reward(id, &LABELER, REWARD));
		}
		assert_noop!(Tasks::note_item_finalized(id, ITEMS), Error::<Test>::ItemOutOfRange);
		for i in 0..ITEMS - 1 {
			assert_ok!(Tasks::note_item_finalized(id, i));
			assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Finalizing);
		}
		assert_ok!(Tasks::note_item_finalized(id, ITEMS - 1));
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Settled);
		assert_eq!(free(LABELER), START_BALANCE + 400);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 20);
		assert_eq!(free(REQUESTER), START_BALANCE - ESCROW);
	});
}

#[test]
fn a_task_nobody_labeled_returns_its_whole_budget() {
	test(|| {
		let id = create(spec());
		run_to_block(41);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Settled);
		assert_eq!(free(REQUESTER), START_BALANCE);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT);
	});
}

#[test]
fn anyone_may_settle_a_due_task_and_no_earlier() {
	test(|| {
		let id = create(spec());
		run_to_block(40);
		assert_noop!(Tasks::settle(RuntimeOrigin::signed(OTHER), id), Error::<Test>::TooEarlyToSettle);
		// At the due block, before the queue runs (the call comes first, the hook skips it).
		frame_system::Pallet::<Test>::set_block_number(41);
		assert_ok!(Tasks::settle(RuntimeOrigin::signed(OTHER), id));
		assert_eq!(free(REQUESTER), START_BALANCE);
		assert_noop!(Tasks::settle(RuntimeOrigin::signed(OTHER), id), Error::<Test>::TaskNotActive);
		assert_noop!(Tasks::settle(RuntimeOrigin::signed(OTHER), 5), Error::<Test>::UnknownTask);
		use frame_support::traits::Hooks;
		Tasks::on_initialize(41);
		assert_eq!(free(REQUESTER), START_BALANCE);
	});
}

#[test]
fn a_task_keeps_the_fee_it_was_created_under() {
	test(|| {
		let id = create(spec());
		ProtocolFee::set(Permill::from_percent(50));
		run_to_block(21);
		assert_ok!(Tasks::pay_reward(id, &LABELER, 400));
		run_to_block(41);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 20);
		// A new task pays the new fee.
		let next = create(TaskSpec { commit_deadline: 50, reveal_deadline: 60, ..spec() });
		assert_eq!(crate::pallet::Tasks::<Test>::get(next).unwrap().escrow.fee_reserved, 200);
		ProtocolFee::set(Permill::from_percent(5));
	});
}

#[test]
fn a_task_keeps_the_labeling_terms_it_was_created_under() {
	use labelchain_primitives::TaskInspect;
	test(|| {
		let old = Terms::get();
		let id = create(spec());
		let harsher = labelchain_primitives::LabelingTerms {
			deviation_slash: polkadot_sdk::sp_runtime::Perbill::from_percent(80),
			quorum: 3,
			..old
		};
		Terms::set(harsher);
		let next = create(TaskSpec { commit_deadline: 50, reveal_deadline: 60, ..spec() });
		assert_eq!(<Tasks as TaskInspect<_, _>>::task(id).unwrap().labeling, old);
		assert_eq!(<Tasks as TaskInspect<_, _>>::task(next).unwrap().labeling, harsher);
		Terms::set(old);
	});
}

// ---- gold ----

#[test]
fn gold_reveal_exposes_the_answers_and_settlement_returns_the_deposit() {
	test(|| {
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		run_to_block(21);
		assert!(Tasks::gold_pending(id));
		assert_eq!(Tasks::gold_label(id, 1), None);
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT));
		// Review may still reject an answer: the deposit stays until settlement.
		assert_eq!(gold_held(REQUESTER), 1000);
		assert_eq!(free(REQUESTER), START_BALANCE - ESCROW - 1000);
		assert_eq!(Tasks::gold_label(id, 1), Some(Label::Class(2)));
		assert_eq!(Tasks::gold_label(id, 3), Some(Label::Class(0)));
		assert_eq!(Tasks::gold_label(id, 2), None);
		assert!(!Tasks::gold_pending(id));
		assert_eq!(last_event(), RuntimeEvent::Tasks(Event::GoldRevealed { task: id, count: 2 }));
		assert_noop!(
			Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT),
			Error::<Test>::GoldAlreadyRevealed
		);
		run_to_block(41);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT);
		assert_eq!(gold_held(REQUESTER), 0);
		assert_eq!(free(REQUESTER), START_BALANCE);
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| r.event ==
			RuntimeEvent::Tasks(Event::GoldDepositReturned { task: id, amount: 1000 })));
	});
}

#[test]
fn review_rejecting_a_gold_answer_forfeits_that_items_part_of_the_deposit() {
	test(|| {
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		run_to_block(21);
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT));
		assert_eq!(<Tasks as TaskHooks<_>>::forfeit_gold_item(id, 1, &[]), Ok(500));
		assert_eq!(gold_held(REQUESTER), 500);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 500);
		run_to_block(41);
		assert_eq!(free(REQUESTER), START_BALANCE - 500);
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| r.event ==
			RuntimeEvent::Tasks(Event::GoldDepositReturned { task: id, amount: 500 })));
	});
}

#[test]
fn a_forfeited_gold_answer_pays_the_labelers_who_were_right() {
	test(|| {
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		run_to_block(21);
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT));
		let (other, labeler) = (free(OTHER), free(LABELER));
		assert_eq!(<Tasks as TaskHooks<_>>::forfeit_gold_item(id, 3, &[OTHER, LABELER]), Ok(500));
		assert_eq!((free(OTHER) - other, free(LABELER) - labeler), (250, 250));
		assert_eq!(gold_held(REQUESTER), 500);
	});
}

#[test]
fn gold_is_a_bounded_share_and_never_every_item() {
	test(|| {
		let origin = || RuntimeOrigin::signed(REQUESTER);
		let gold = |count| Some(GoldSpec { commitment: H256::zero(), count });
		// At 50 % of four items, three gold items are too many; two are allowed.
		assert_noop!(Tasks::create_task(origin(), TaskSpec { gold: gold(3), ..spec() }), Error::<Test>::InvalidGoldCount);
		// Governance lowers the share to 10 %: four items take no gold, twenty take two.
		MaxGoldShare::set(Perbill::from_percent(10));
		assert_noop!(Tasks::create_task(origin(), TaskSpec { gold: gold(1), ..spec() }), Error::<Test>::InvalidGoldCount);
		let twenty = ItemsSpec::Merkle { root: H256::zero(), count: 20 };
		assert_noop!(
			Tasks::create_task(origin(), TaskSpec { items: twenty.clone(), gold: gold(3), ..spec() }),
			Error::<Test>::InvalidGoldCount
		);
		assert_ok!(Tasks::create_task(origin(), TaskSpec { items: twenty, gold: gold(2), ..spec() }));
		// Even at 100 %, one item stays free of gold.
		MaxGoldShare::set(Perbill::one());
		assert_noop!(Tasks::create_task(origin(), TaskSpec { gold: gold(4), ..spec() }), Error::<Test>::InvalidGoldCount);
		MaxGoldShare::set(Perbill::from_percent(50));
	});
}

#[test]
fn gold_reveal_refusals() {
	test(|| {
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		let plain = create(spec());
		let reveal = |who, task, answers: Vec<(u32, Label)>, salt| {
			Tasks::reveal_gold(RuntimeOrigin::signed(who), task, answers, salt)
		};
		run_to_block(20);
		assert_noop!(reveal(REQUESTER, id, GOLD.to_vec(), SALT), Error::<Test>::GoldRevealTooEarly);
		run_to_block(21);
		assert_noop!(reveal(OTHER, id, GOLD.to_vec(), SALT), Error::<Test>::NotRequester);
		assert_noop!(reveal(REQUESTER, plain, GOLD.to_vec(), SALT), Error::<Test>::NoGold);
		assert_noop!(reveal(REQUESTER, 9, GOLD.to_vec(), SALT), Error::<Test>::UnknownTask);
		let invalid = [
			vec![GOLD[1], GOLD[0]],                       // not sorted
			vec![GOLD[0]],                                // fewer than committed
			vec![GOLD[0], (4, Label::Class(0))],          // item outside the task
			vec![GOLD[0], (3, Label::Class(3))],          // class outside the schema
			vec![GOLD[0], (3, Label::Digest(H256::zero()))], // free-form label in a categorical task
			vec![GOLD[0], GOLD[0]],                       // repeated item
		];
		for answers in invalid {
			assert_noop!(reveal(REQUESTER, id, answers, SALT), Error::<Test>::InvalidGoldAnswers);
		}
		assert_noop!(reveal(REQUESTER, id, GOLD.to_vec(), [8u8; 32]), Error::<Test>::GoldMismatch);
		assert_noop!(
			reveal(REQUESTER, id, vec![GOLD[0], (3, Label::Class(1))], SALT),
			Error::<Test>::GoldMismatch
		);
		run_to_block(31);
		assert!(!Tasks::gold_pending(id));
		assert_noop!(reveal(REQUESTER, id, GOLD.to_vec(), SALT), Error::<Test>::GoldRevealTooLate);
	});
}

#[test]
fn unrevealed_gold_forfeits_the_deposit_at_settlement() {
	test(|| {
		let id = create(TaskSpec { gold: gold_spec(0), ..spec() });
		run_to_block(41);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 1000);
		assert_eq!(gold_held(REQUESTER), 0);
		assert_eq!(free(REQUESTER), START_BALANCE - 1000);
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| r.event ==
			RuntimeEvent::Tasks(Event::GoldDepositForfeited { task: id, amount: 1000 })));
		assert_noop!(
			Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), id, GOLD.to_vec(), SALT),
			Error::<Test>::TaskNotActive
		);
	});
}

#[test]
fn try_state_catches_escrow_that_does_not_match_the_tasks() {
	new_test_ext().execute_with(|| {
		let id = create(spec());
		assert_ok!(Tasks::do_try_state());
		crate::pallet::Tasks::<Test>::mutate(id, |t| t.as_mut().unwrap().escrow.rewards_left -= 1);
		assert!(Tasks::do_try_state().is_err());
	});
}

#[test]
fn every_graded_schema_is_accepted_and_a_task_keeps_its_stricter_decision_rules() {
	test(|| {
		for schema in [
			LabelSchema::Ordinal { levels: 5 },
			LabelSchema::Numeric { min: 0, max: 100, step: 1, tolerance: 5 },
			LabelSchema::MultiLabel { classes: 12 },
			LabelSchema::Preference,
			LabelSchema::Ranking { candidates: 4 },
		] {
			let id = create(TaskSpec { schema, ..spec() });
			assert_eq!(<Tasks as TaskInspect<_, _>>::task(id).unwrap().schema, schema);
		}
		let strict = create(TaskSpec { quorum: Some(3), threshold: Some(Perbill::one()), ..spec() });
		let view = <Tasks as TaskInspect<_, _>>::task(strict).unwrap();
		assert_eq!((view.labeling.quorum, view.labeling.threshold), (3, Perbill::one()));
		assert_eq!(view.pay_curve, labelchain_primitives::answers::PayCurve::default());
	});
}

// ---- migrations ----

#[test]
fn migration_v4_appends_the_pay_curve_to_every_task() {
	use crate::migrations::v4::UncheckedMigrateV3ToV4;
	use codec::Encode;
	use frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		let first = create(spec());
		let second = create(TaskSpec { gold: None, redundancy: 2, ..spec() });
		let curve = labelchain_primitives::answers::PayCurve::default();
		let mut before = Vec::new();
		for id in [first, second] {
			// A version-3 record: today's bytes without the curve at their end.
			let task = crate::pallet::Tasks::<Test>::get(id).unwrap();
			let mut bytes = task.encode();
			bytes.truncate(bytes.len() - curve.encode().len());
			frame_support::storage::unhashed::put_raw(&crate::pallet::Tasks::<Test>::hashed_key_for(id), &bytes);
			assert!(crate::pallet::Tasks::<Test>::try_get(id).is_err(), "no longer decodes");
			before.push(task);
		}
		UncheckedMigrateV3ToV4::<Test>::on_runtime_upgrade();
		for (id, task) in [first, second].into_iter().zip(before) {
			assert_eq!(crate::pallet::Tasks::<Test>::get(id), Some(task));
		}
	});
}

#[test]
fn migration_v3_hands_the_tasks_open_for_commitments_to_dealing() {
	use crate::migrations::v3::UncheckedMigrateV2ToV3;
	use frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		let early = create(spec());
		run_to_block(5);
		let open = create(TaskSpec { commit_deadline: 30, reveal_deadline: 40, ..spec() });
		assert_eq!(crate::mock::RecordedDealing::take_opened(), vec![early, open], "each new task is dealt");
		// Past the first task's commit deadline, before the second's.
		let early_deadline = crate::pallet::Tasks::<Test>::get(early).unwrap().commit_deadline;
		let open_deadline = crate::pallet::Tasks::<Test>::get(open).unwrap().commit_deadline;
		assert!(early_deadline < open_deadline);
		frame_system::Pallet::<Test>::set_block_number(early_deadline + 1);
		UncheckedMigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(crate::mock::RecordedDealing::take_opened(), vec![open]);
	});
}

#[test]
fn migration_v1_records_the_gold_deposits_running_tasks_hold() {
	use crate::migrations::v1::UncheckedMigrateV0ToV1;
	use frame_support::traits::{fungible::MutateHold, tokens::Precision, UncheckedOnRuntimeUpgrade};
	test(|| {
		let hidden = create(TaskSpec { gold: gold_spec(0), ..spec() });
		let revealed = create(TaskSpec { gold: gold_spec(1), ..spec() });
		let plain = create(spec());
		run_to_block(21);
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), revealed, GOLD.to_vec(), SALT));
		// Version 0: no `GoldHeld`, and a revealed task's deposit already returned.
		crate::GoldHeld::<Test>::remove(hidden);
		crate::GoldHeld::<Test>::remove(revealed);
		assert_ok!(Balances::release(&HoldReason::GoldDeposit.into(), &REQUESTER, 1000, Precision::Exact));
		assert!(Tasks::do_try_state().is_err(), "version 0 state fails the version 1 checks");

		UncheckedMigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(crate::GoldHeld::<Test>::get(hidden), Some(1000));
		assert_eq!(crate::GoldHeld::<Test>::get(revealed), Some(0));
		assert_eq!(crate::GoldHeld::<Test>::get(plain), None);
		assert_ok!(Tasks::do_try_state());
		// Settlement then forfeits the hidden task's deposit and returns nothing for the other.
		run_to_block(41);
		assert_eq!(free(TREASURY), EXISTENTIAL_DEPOSIT + 1000);
	});
}

#[test]
fn migration_v2_removes_cancelled_tasks_and_queues_settled_ones_for_pruning() {
	use crate::{migrations::v2::UncheckedMigrateV1ToV2, PruneHead, PruneQueue, PruneTail};
	use frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		let settled = create(spec());
		let cancelled = create(spec());
		let running = create(TaskSpec { commit_deadline: 50, reveal_deadline: 60, ..spec() });
		let record = crate::pallet::Tasks::<Test>::get(cancelled).unwrap();
		assert_ok!(Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), cancelled));
		run_to_block(42);
		// Version 1: a cancelled task kept its record, a settled one was never queued, and
		// labeling terms had no vote-weight rules.
		crate::pallet::Tasks::<Test>::insert(
			cancelled,
			Task { state: TaskState::Cancelled, escrow: Escrow::default(), ..record },
		);
		PruneQueue::<Test>::remove(0);
		PruneTail::<Test>::put(0);
		for id in [settled, cancelled, running] {
			let task = crate::pallet::Tasks::<Test>::get(id).unwrap();
			frame_support::storage::unhashed::put(
				&crate::pallet::Tasks::<Test>::hashed_key_for(id),
				&downgrade(task),
			);
		}
		assert!(Tasks::do_try_state().is_err(), "version 1 state fails the version 2 checks");

		// The vote-weight rules of the day go into every task's terms.
		let now = labelchain_primitives::LabelingTerms { stake_weight_cap: 77, ..Terms::get() };
		Terms::set(now);
		UncheckedMigrateV1ToV2::<Test>::on_runtime_upgrade();
		let upgraded = crate::pallet::Tasks::<Test>::get(running).expect("decodes as version 2");
		assert_eq!(upgraded.terms.labeling.stake_weight_cap, 77);
		assert_eq!(upgraded.terms.labeling.quorum, now.quorum);
		assert!(crate::pallet::Tasks::<Test>::get(cancelled).is_none());
		assert_eq!(PruneQueue::<Test>::get(PruneHead::<Test>::get()), Some((settled, 42)));
		assert_eq!(PruneTail::<Test>::get(), 1);
		assert!(Tasks::task(running).is_some());
		assert_ok!(Tasks::do_try_state());
		prune(72, frame_support::weights::Weight::MAX);
		assert!(Tasks::task(settled).is_none());
	});
}

/// A version-2 task record as version 1 stored it.
fn downgrade(task: TaskOf<Test>) -> crate::migrations::v2::OldTaskOf<Test> {
	let l = task.terms.labeling;
	crate::migrations::v2::OldTask {
		requester: task.requester,
		manifest_hash: task.manifest_hash,
		manifest_uri: task.manifest_uri,
		domain: task.domain,
		schema: task.schema,
		items: task.items,
		redundancy: task.redundancy,
		min_tier: task.min_tier,
		created_at: task.created_at,
		commit_deadline: task.commit_deadline,
		reveal_deadline: task.reveal_deadline,
		reward_per_item: task.reward_per_item,
		gold: task.gold,
		gold_revealed: task.gold_revealed,
		protocol_fee: task.terms.protocol_fee,
		gold_deposit: task.terms.gold_deposit,
		gold_reveal_deadline: task.terms.gold_reveal_deadline,
		settle_at: task.terms.settle_at,
		labeling: crate::migrations::v2::OldLabelingTerms {
			commit_bond: l.commit_bond,
			commit_bond_multiple: l.commit_bond_multiple,
			leak_slash: l.leak_slash,
			leak_reward: l.leak_reward,
			quorum: l.quorum,
			threshold: l.threshold,
			clear_margin: l.clear_margin,
			deviation_slash: l.deviation_slash,
			no_reveal_slash: l.no_reveal_slash,
			slash_to_agreeing: l.slash_to_agreeing,
			escalation_period: l.escalation_period,
		},
		escrow: task.escrow,
		commitments: task.commitments,
		finalized_items: task.finalized_items,
		state: task.state,
		provenance: task.provenance,
	}
}

// ---- state deposit and pruning ----

fn state_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::StateDeposit.into(), &who)
}

fn prune(now: u64, limit: frame_support::weights::Weight) -> frame_support::weights::Weight {
	use frame_support::traits::Hooks;
	Tasks::on_idle(now, limit)
}

#[test]
fn the_state_deposit_is_held_per_item_kept_per_result_and_returned_when_pruned() {
	test(|| {
		ItemStateDeposit::set(10);
		let id = create(spec());
		assert_eq!(state_held(REQUESTER), 40);
		assert_eq!(free(REQUESTER), START_BALANCE - ESCROW - 40);
		run_to_block(21);
		assert_ok!(Tasks::pay_reward(id, &LABELER, REWARD));
		assert_ok!(Tasks::note_item_finalized(id, 0));
		// Settlement keeps the deposit of the one item with a result.
		run_to_block(42);
		assert_eq!(Tasks::task(id).unwrap().phase, TaskPhase::Settled);
		assert_eq!(state_held(REQUESTER), 10);
		assert!(frame_system::Pallet::<Test>::events().iter().any(|r| r.event ==
			RuntimeEvent::Tasks(Event::StateDepositReduced { task: id, released: 30, held: 10 })));
		// Not before the retention period (30 blocks from settlement at 41).
		prune(70, frame_support::weights::Weight::MAX);
		assert!(Tasks::task(id).is_some());
		prune(71, frame_support::weights::Weight::MAX);
		assert!(Tasks::task(id).is_none());
		assert_eq!(state_held(REQUESTER), 0);
		assert_eq!(
			last_event(),
			RuntimeEvent::Tasks(Event::TaskPruned { task: id, deposit_returned: 10, archived: false })
		);
		// Everything held came back but the reward paid and its fee.
		assert_eq!(free(REQUESTER), START_BALANCE - REWARD - 5);
	});
}

#[test]
fn pruning_stays_within_the_spare_weight_and_goes_on_next_block() {
	use crate::WeightInfo;
	test(|| {
		ItemStateDeposit::set(1);
		let first = create(spec());
		let second = create(spec());
		run_to_block(42);
		assert_eq!(state_held(REQUESTER), 0, "nothing finalized: nothing kept");
		let empty = <() as WeightInfo>::on_idle_prune_empty();
		let one = empty.saturating_add(<() as WeightInfo>::prune_task());
		// Too little spare weight: nothing happens and nothing is charged.
		assert_eq!(prune(80, empty.saturating_sub(frame_support::weights::Weight::from_parts(1, 0))),
			frame_support::weights::Weight::zero());
		assert!(Tasks::task(first).is_some());
		// Room for one task: the older goes first, the other waits for the next block.
		let used = prune(80, one);
		assert!(used.all_lte(one));
		assert!(Tasks::task(first).is_none());
		assert!(Tasks::task(second).is_some());
		prune(81, one);
		assert!(Tasks::task(second).is_none());
		// A settled task with nothing finalized leaves no archive.
		assert!(crate::pallet::Archive::<Test>::get(first).is_none());
	});
}

mod free_text;
