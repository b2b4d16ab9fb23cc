//! Attacks on finalization: a huge, nearly empty task in front of the queue, more first
//! commitments due at one block than a block moves, and settlement while items are open.

use crate::common::*;
use labelchain_runtime::{Runtime, System, Tasks};
use polkadot_sdk::frame_support::{assert_noop, assert_ok};

/// The attacker's million-item task (one batch on its last chunk) is created and committed
/// before an honest 10-item task with the same reveal deadline. Before the fix the queue
/// walked the big task item by item (16,384 blocks at 64 items a block) and the small task
/// waited behind it; now walks visit only committed items, round robin.
#[test]
fn a_million_item_task_does_not_hold_back_a_small_one() {
	dev_chain().execute_with(|| {
		// Enough for the state deposit of a million items (1 mLBL each until settlement).
		funded("mallory", 2_000 * LBL);
		labeler("mallory-sybil", 1_000 * LBL, 300 * LBL);
		let attacker_before = free("mallory") + free("mallory-sybil");
		let items = 1_048_576;
		let big = create_task("mallory", TaskPlan { items, redundancy: 1, reward: 1, ..Default::default() });
		commit_batch("mallory-sybil", big, 0, 128, 0);
		// It wants no more seats (and none on the honest task).
		assert_ok!(labelchain_runtime::Assignment::leave_pool(signed("mallory-sybil"), DOMAIN));

		for name in ["h1", "h2", "h3"] {
			labeler(name, 1_000 * LBL, 200 * LBL);
		}
		let small = create_task("requester", {
			funded("requester", 1_000 * LBL);
			TaskPlan { items: 10, redundancy: 3, ..Default::default() }
		});
		for item in 0..10 {
			for name in ["h1", "h2", "h3"] {
				commit(name, small, item, 1);
			}
		}
		// The honest task was posted once the big one's first seats were dealt: their windows
		// overlap, the big one's ending a block or two sooner.
		let deadline = reveal_deadline(small);
		let big_deadline = reveal_deadline(big);
		assert!(big_deadline <= deadline && deadline - big_deadline <= 3);
		run_to(big_deadline - 1);
		reveal_batch("mallory-sybil", big, 0, 128, 0);
		run_to(deadline - 1);
		for item in 0..10 {
			for name in ["h1", "h2", "h3"] {
				reveal(name, small, item, 1);
			}
		}

		// The honest task is final within two blocks after its reveal deadline (its walks share
		// the blocks with the big task's, whose window ended just before), and settles when its
		// appeal window closes.
		let done = run_until(50, || (0..10).all(|item| finalized(small, item))).expect("the small task is final");
		let delay = done - deadline;
		assert!(delay <= 2, "final {delay} blocks after its reveal deadline");

		// The big task cost its owners fees and gained them nothing: it finished too, with a
		// result for each committed item only, and no record for the 1,048,448 others.
		// 128 items walked twice (their evidence, then their decisions) at 16 a turn, at most
		// 64 a block, sharing the blocks with the small task.
		let big_done = run_until(50, || (0..128).all(|i| finalized(big, i))).expect("the big task is final");
		assert!(big_done - deadline <= 8, "the big task was final {} blocks after", big_done - deadline);
		// Both settle when their appeal windows close.
		let settled_at = run_until(appeal_window() + 50, || settled(small) && settled(big)).expect("both settle");
		assert!(settled_at - big_done <= appeal_window() + 2, "settled {} blocks after", settled_at - big_done);
		assert_eq!(pallet_consensus::Results::<Runtime>::iter_prefix(big).count(), 128);
		// What the attacker paid: the protocol fee on what it paid itself, and the fees of its
		// three transactions (the test dispatches them directly, so add them up here).
		// The state deposit still held for its 128 results is not spent: it returns when they
		// are pruned.
		let state = pallet_tasks::StateHeld::<Runtime>::get(big).map_or(0, |d| d.held);
		let fee_paid = attacker_before - (free("mallory") + free("mallory-sybil")) - state;
		let spec = pallet_tasks::Tasks::<Runtime>::get(big).expect("task");
		let create = labelchain_runtime::RuntimeCall::Tasks(pallet_tasks::Call::create_task {
			spec: pallet_tasks::TaskSpec {
				manifest_hash: spec.manifest_hash,
				manifest_uri: Vec::new(),
				domain: spec.domain,
				schema: spec.schema,
				items: pallet_tasks::ItemsSpec::Merkle { root: polkadot_sdk::sp_core::H256::repeat_byte(0xab), count: items },
				redundancy: 1,
				min_tier: 0,
				commit_deadline: spec.commit_deadline,
				reveal_deadline: spec.reveal_deadline,
				reward_per_item: 1,
				gold: None,
				quorum: None,
				threshold: None,
			},
		});
		let commit = labelchain_runtime::RuntimeCall::Labels(pallet_labels::Call::commit_batch {
			task: big,
			first_item: items - 128,
			count: 128,
			root: Default::default(),
		});
		let reveal = labelchain_runtime::RuntimeCall::Labels(pallet_labels::Call::reveal_seeded_batch {
			task: big,
			first_item: items - 128,
			labels: vec![labelchain_primitives::Label::Class(0); 128],
			seed: [0; 32],
		});
		let cost = fee_paid + fee_of(&create) + fee_of(&commit) + fee_of(&reveal);
		eprintln!("big task: honest delay {delay} block(s) (gain 0), attacker's cost {cost} planck");
		assert!(cost > LBL / 1_000, "the attack is not free");
	});
}

/// 300 tasks get their first commitment for the same reveal deadline: the old per-block
/// buckets held 16 jobs for 16 blocks and dropped the rest. Every task must finalize and
/// settle, in bounded time.
#[test]
fn no_finalization_job_is_lost_when_many_fall_due_at_once() {
	dev_chain().execute_with(|| {
		funded("requester", 100_000 * LBL);
		labeler("worker", 10_000 * LBL, 2_000 * LBL);
		let tasks: Vec<u64> = (0..300)
			.map(|_| create_task("requester", TaskPlan { items: 1, redundancy: 1, reward: LBL, ..Default::default() }))
			.collect();
		for &task in &tasks {
			commit("worker", task, 0, 1);
		}
		let deadline = reveal_deadline(tasks[0]);
		run_to(deadline - 1);
		for &task in &tasks {
			reveal("worker", task, 0, 1);
		}
		// 16 jobs move a block: 300 tasks are queued within 19 blocks, and finalize as they come.
		let done = run_until(40, || tasks.iter().all(|t| finalized(*t, 0))).expect("every task is final");
		eprintln!("300 tasks due at block {deadline} all final by block {done}");
		run_until(40 + appeal_window(), || tasks.iter().all(|t| settled(*t))).expect("every task settles");
	});
}

/// An escalated item keeps its task from settling, even past the finalization period, and a
/// batch voter's vote on it survives until the item closes (pruning waits). Its silent batch
/// voter is slashed and every bond is released exactly once (`try_state` checks each block).
#[test]
fn a_task_with_an_open_escalation_does_not_settle_or_prune() {
	dev_chain().execute_with(|| {
		use labelchain_runtime::configs::parameters::{consensus, tasks};
		use polkadot_sdk::frame_support::traits::Get;
		// A finalization period that ends while the escalation is still open.
		let root = || labelchain_runtime::RuntimeOrigin::root();
		let short = labelchain_runtime::RuntimeParameters::Tasks(
			tasks::Parameters::FinalizationPeriod(tasks::FinalizationPeriod, Some(100)),
		);
		assert_ok!(labelchain_runtime::Governance::set_parameter(root(), short));
		let escalation = labelchain_runtime::RuntimeParameters::Consensus(
			consensus::Parameters::EscalationPeriod(consensus::EscalationPeriod, Some(300)),
		);
		assert_ok!(labelchain_runtime::Governance::set_parameter(root(), escalation));
		assert!(consensus::EscalationPeriod::get() > tasks::FinalizationPeriod::get() + 100);
		funded("requester", 1_000 * LBL);
		for name in ["a", "b", "c"] {
			labeler(name, 2_000 * LBL, 1_000 * LBL);
		}
		// Item 0: a says 0, b says 1, c (a batch) never reveals: a tie, escalated.
		let task = create_task("requester", TaskPlan { items: 2, redundancy: 3, ..Default::default() });
		commit("a", task, 0, 0);
		commit("b", task, 0, 1);
		commit("a", task, 1, 1);
		commit("b", task, 1, 1);
		commit_batch("c", task, 0, 2, 1);
		run_to(reveal_deadline(task) - 1);
		reveal("a", task, 0, 0);
		reveal("b", task, 0, 1);
		reveal("a", task, 1, 1);
		reveal("b", task, 1, 1);
		run_to(reveal_deadline(task) + 2);
		assert!(finalized(task, 1));
		assert!(pallet_consensus::Escalations::<Runtime>::contains_key(task, 0));
		let settle_at = pallet_tasks::Tasks::<Runtime>::get(task).expect("task").terms.settle_at;
		run_to(settle_at + 5);
		assert!(!settled(task), "settled with an item escalated");
		assert_noop!(Tasks::settle(signed("anyone"), task), pallet_tasks::Error::<Runtime>::FinalizationInProgress);
		// The batch voter's record is still there for the escalated item.
		assert!(pallet_labels::Batches::<Runtime>::contains_key((task, 0, who("c"))));
		let c_bonded = pallet_tiers::Labelers::<Runtime>::get(who("c")).expect("c").bonded;

		let until = pallet_consensus::Escalations::<Runtime>::get(task, 0).expect("open").until;
		run_until(until + 5 - System::block_number(), || settled(task)).expect("settles when the escalation closes");
		assert!(finalized(task, 0));
		let c_after = pallet_tiers::Labelers::<Runtime>::get(who("c")).expect("c");
		assert!(c_after.bonded < c_bonded, "the silent batch voter is slashed on the escalated item");
		assert_eq!(c_after.locked, 0, "and every bond of theirs is released");
		run_until(5, || !pallet_labels::Batches::<Runtime>::contains_key((task, 0, who("c")))).expect("pruned after");
	});
}
