//! Pruning a task that is over: its results, statistics and provenance tree leave storage once
//! the registry's retention period has passed (the registry keeps the provenance root, and the
//! `ItemFinalized` events carry every result).

use crate::{pallet::*, WeightInfo};
use labelchain_primitives::{PruneProgress, TaskId, TaskStatePruning};
use polkadot_sdk::frame_support::weights::Weight;

impl<T: Config> TaskStatePruning for Pallet<T> {
	fn prune(task: TaskId, max_entries: u32) -> PruneProgress {
		// Marks the task as being pruned, so that the invariants do not expect its results and
		// its provenance tree to agree in between.
		Pruning::<T>::insert(task, ());
		let mut removed = 0u32;
		// Each `drain_prefix` removes an entry as it yields it, so taking `n` removes exactly
		// `n` and a later step in the same block starts where this one stopped.
		let room = |removed: u32| max_entries.saturating_sub(removed) as usize;
		removed = removed.saturating_add(Results::<T>::drain_prefix(task).take(room(removed)).count() as u32);
		removed = removed.saturating_add(Escalations::<T>::drain_prefix(task).take(room(removed)).count() as u32);
		removed = removed.saturating_add(TaskLabelers::<T>::drain_prefix(task).take(room(removed)).count() as u32);
		removed = removed.saturating_add(LabelTotals::<T>::drain_prefix(task).take(room(removed)).count() as u32);
		// The task's single records go last, in one go (counted as two entries: the agreement
		// sums are small single values beside them).
		if max_entries.saturating_sub(removed) < 2 {
			return PruneProgress { removed, done: false };
		}
		TaskStats::<T>::remove(task);
		Disagreement::<T>::remove(task);
		OrdinalCoincidences::<T>::remove(task);
		Provenance::<T>::remove(task);
		Revisions::<T>::remove(task);
		Pruning::<T>::remove(task);
		PruneProgress { removed: removed.saturating_add(2), done: true }
	}

	fn prune_weight(entries: u32) -> Weight {
		T::WeightInfo::prune_task_state(entries)
	}
}

/// A labeler who left takes their overall tally along: their stake was its deposit.
impl<T: Config> labelchain_primitives::OnLabelerLeft<T::AccountId> for Pallet<T> {
	fn labeler_left(who: &T::AccountId) {
		LabelerTotals::<T>::remove(who);
	}
}
