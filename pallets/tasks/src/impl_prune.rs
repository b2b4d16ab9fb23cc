//! The state deposit and pruning: a settled task keeps a deposit for its results until
//! `StateRetention` has passed; `on_idle` then removes its results, statistics and record
//! (keeping its provenance root in `Archive`) and returns the deposit.

use crate::{pallet::*, types::*, WeightInfo};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{TaskId, TaskStatePruning};
use polkadot_sdk::{frame_support, frame_system, sp_runtime};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult,
};

/// The most storage entries one pruning step removes (the range its weight was measured over).
pub const MAX_PRUNE_ENTRIES_PER_STEP: u32 = 1024;
/// The most tasks `on_idle` finishes pruning in one block.
pub const MAX_TASKS_PRUNED_PER_BLOCK: u32 = 8;

impl<T: Config> Pallet<T> {
	/// At settlement: the state deposit stays for the `finalized` items that have results; the
	/// rest returns to the requester.
	pub(crate) fn keep_state_deposit_for_results(
		task: TaskId,
		requester: &T::AccountId,
		finalized: u32,
	) -> DispatchResult {
		let Some(mut state) = StateHeld::<T>::get(task) else { return Ok(()) };
		let kept = state.per_item.saturating_mul(finalized.into()).min(state.held);
		let released = state.held.saturating_sub(kept);
		if !released.is_zero() {
			T::Currency::release(&HoldReason::StateDeposit.into(), requester, released, Precision::Exact)?;
		}
		state.held = kept;
		StateHeld::<T>::insert(task, state);
		Self::deposit_event(Event::StateDepositReduced { task, released, held: kept });
		Ok(())
	}

	/// Puts a task that just settled at the back of the pruning queue.
	pub(crate) fn queue_for_pruning(task: TaskId) {
		let now = frame_system::Pallet::<T>::block_number();
		let tail = PruneTail::<T>::get();
		PruneQueue::<T>::insert(tail, (task, now));
		PruneTail::<T>::put(tail.wrapping_add(1));
	}

	/// Prunes tasks from the head of the queue that are due, within `limit`; returns the
	/// weight used. One task at a time, oldest first: a large task takes several blocks and
	/// the ones after it wait, none is skipped.
	pub(crate) fn prune_due(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let mut used = T::WeightInfo::on_idle_prune_empty();
		if used.any_gt(limit) {
			return Weight::zero();
		}
		let step_base = T::StatePruning::prune_weight(0).saturating_add(T::WeightInfo::prune_task());
		let per_entry = T::StatePruning::prune_weight(1).saturating_sub(T::StatePruning::prune_weight(0));
		for _ in 0..MAX_TASKS_PRUNED_PER_BLOCK {
			let head = PruneHead::<T>::get();
			if head == PruneTail::<T>::get() {
				break;
			}
			let Some((task, settled_at)) = PruneQueue::<T>::get(head) else {
				PruneHead::<T>::put(head.wrapping_add(1));
				continue;
			};
			// The retention in force now applies to every queued task alike, so the queue
			// stays in order of due block.
			if settled_at.saturating_add(T::StateRetention::get()) > now {
				break;
			}
			let spare = limit.saturating_sub(used).saturating_sub(step_base);
			if used.saturating_add(step_base).any_gt(limit) {
				break;
			}
			let entries = affordable(spare, per_entry).min(MAX_PRUNE_ENTRIES_PER_STEP);
			if entries == 0 {
				break;
			}
			// A free-text task's answers go first (with the same per-entry cost).
			let (removed, done) = Self::prune_answers(task, entries);
			used = used.saturating_add(per_entry.saturating_mul(removed.into()));
			if !done {
				break;
			}
			let progress = T::StatePruning::prune(task, entries.saturating_sub(removed).max(1));
			used = used.saturating_add(T::StatePruning::prune_weight(progress.removed));
			if !progress.done {
				break;
			}
			used = used.saturating_add(T::WeightInfo::prune_task());
			Self::finish_pruning(task);
			PruneQueue::<T>::remove(head);
			PruneHead::<T>::put(head.wrapping_add(1));
		}
		used
	}

	/// Removes up to `limit` of a free-text task's answers and best answers; returns how many
	/// and whether none is left.
	fn prune_answers(task: TaskId, limit: u32) -> (u32, bool) {
		let answers = Submissions::<T>::drain_prefix(task).take(limit as usize).count() as u32;
		let room = limit.saturating_sub(answers);
		let best = BestSubmission::<T>::drain_prefix(task).take(room as usize).count() as u32;
		let removed = answers.saturating_add(best);
		(removed, removed < limit)
	}

	/// Consensus has removed the task's results: removes its record, keeps its provenance root
	/// if it has results, and returns the state deposit.
	fn finish_pruning(task_id: TaskId) {
		let Some(task) = Tasks::<T>::take(task_id) else { return };
		GoldAnswers::<T>::remove(task_id);
		// Free text: what linked the task and its review (their answers are gone).
		ReviewTermsOf::<T>::remove(task_id);
		ReviewOf::<T>::remove(task_id);
		SubmissionCount::<T>::remove(task_id);
		ReviewedTask::<T>::remove(task_id);
		let provenance = task.provenance.unwrap_or_default();
		let archived = provenance.items > 0;
		if archived {
			Archive::<T>::insert(task_id, ArchivedTask {
				requester: task.requester.clone(),
				manifest_hash: task.manifest_hash,
				provenance,
			});
		}
		let mut returned = Zero::zero();
		if let Some(state) = StateHeld::<T>::take(task_id) {
			// Held by this pallet for this task alone; releasing what it holds cannot fail.
			returned = T::Currency::release(
				&HoldReason::StateDeposit.into(),
				&task.requester,
				state.held,
				Precision::BestEffort,
			)
			.unwrap_or_default();
		}
		<T::Dealing as labelchain_primitives::WorkDealing<T::AccountId>>::task_pruned(task_id);
		Self::deposit_event(Event::TaskPruned { task: task_id, deposit_returned: returned, archived });
	}
}

/// How many entries of `per_entry` fit in `spare`, in both time and proof size.
fn affordable(spare: Weight, per_entry: Weight) -> u32 {
	let by = |have: u64, each: u64| if each == 0 { u64::from(u32::MAX) } else { have / each };
	by(spare.ref_time(), per_entry.ref_time()).min(by(spare.proof_size(), per_entry.proof_size())).min(u64::from(u32::MAX))
		as u32
}
