//! Scheduling and draining finalization work: buckets per block, a FIFO queue, and the
//! permissionless `finalize`.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{ItemIndex, LabelStore, OnFirstCommitment, TaskId, TaskInspect};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{traits::Saturating, DispatchError},
};

/// How many blocks after its due block a job may land when that block's bucket is full.
const SLOTS_TRIED: u32 = 16;
/// How many leftover records one queue step prunes.
const PRUNE_PER_STEP: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Puts `job` in the bucket of the first block from `at` with room. If none has room, the
	/// work is left to the permissionless calls (and the task registry's settlement timeout).
	pub(crate) fn schedule(job: Job, at: BlockNumberFor<T>) {
		let mut block = at;
		for _ in 0..SLOTS_TRIED {
			if Schedule::<T>::mutate(block, |jobs| jobs.try_push(job).is_ok()) {
				return;
			}
			block = block.saturating_add(1u32.into());
		}
		log::warn!(target: "runtime::consensus", "no schedule room for {job:?} near {at:?}");
	}

	pub(crate) fn push_job(job: Job) {
		let tail = QueueTail::<T>::get();
		Queue::<T>::insert(tail, job);
		QueueTail::<T>::put(tail.wrapping_add(1));
	}

	fn pop_job(head: u32) {
		Queue::<T>::remove(head);
		QueueHead::<T>::put(head.wrapping_add(1));
	}

	/// Works through the queue while `remaining` weight and the per-block item bound allow.
	pub(crate) fn drain_queue(remaining: Weight) -> Weight {
		let per_item = T::WeightInfo::finalize_items(1, T::MaxRedundancy::get());
		let mut used = T::DbWeight::get().reads(2);
		if !remaining.all_gte(used.saturating_add(per_item)) {
			return Weight::zero();
		}
		let now = frame_system::Pallet::<T>::block_number();
		let mut budget = T::MaxItemsPerBlock::get();
		while budget > 0 && remaining.all_gte(used.saturating_add(per_item)) {
			let head = QueueHead::<T>::get();
			if head == QueueTail::<T>::get() {
				break;
			}
			let Some(job) = Queue::<T>::get(head) else {
				Self::pop_job(head);
				continue;
			};
			used = used.saturating_add(per_item);
			budget = budget.saturating_sub(1);
			match job {
				Job::Task { task, next_item } => {
					let Some(view) = T::Tasks::task(task) else {
						Self::pop_job(head);
						continue;
					};
					if view.phase.is_final() || next_item >= view.item_count {
						Self::pop_job(head);
						Self::push_job(Job::PruneTask { task });
						continue;
					}
					if !Self::ready(task, next_item, &view) {
						// Scheduled too early (cannot happen for queued tasks): try next block.
						break;
					}
					if let Err(e) = Self::finalize_item(task, next_item, &view) {
						if e != Error::<T>::AlreadyFinalized.into() {
							log::warn!(target: "runtime::consensus", "finalizing {task}/{next_item}: {e:?}");
						}
					}
					let next_item = next_item.saturating_add(1);
					if next_item >= view.item_count {
						Self::pop_job(head);
						Self::push_job(Job::PruneTask { task });
					} else {
						Queue::<T>::insert(head, Job::Task { task, next_item });
					}
				},
				Job::CloseEscalation { task, item } => {
					if let Some(escalation) = Escalations::<T>::get(task, item) {
						if now > escalation.until {
							if let Err(e) = Self::do_close_unresolved(task, item, escalation) {
								log::warn!(target: "runtime::consensus", "closing {task}/{item}: {e:?}");
							}
						}
					}
					Self::pop_job(head);
				},
				Job::PruneTask { task } => {
					// Escalated items still need their votes; everything else is consumed.
					if T::Labels::prune_task(task, PRUNE_PER_STEP) {
						Self::pop_job(head);
					}
				},
			}
		}
		used
	}

	/// Finalizes the ready items among `from_item .. from_item + max_items`; returns how many.
	pub(crate) fn do_finalize_range(
		task: TaskId,
		from_item: ItemIndex,
		max_items: u32,
	) -> Result<u32, DispatchError> {
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(from_item < view.item_count, Error::<T>::ItemOutOfRange);
		let end = from_item.saturating_add(max_items).min(view.item_count);
		let mut done = 0u32;
		for item in from_item..end {
			if Self::finalize_item(task, item, &view).is_ok() {
				done = done.saturating_add(1);
			}
		}
		ensure!(done > 0, Error::<T>::NothingToFinalize);
		Ok(done)
	}

	/// The invariants: every finalized item has one result and no commitments left, no item is both
	/// final and escalated, each task's provenance tree and statistics count exactly its
	/// results (each at its own position), and the queue's ends are in order.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
		use labelchain_primitives::LabelStore;
		let mut results_of: BTreeMap<TaskId, BTreeSet<u32>> = BTreeMap::new();
		for (task, item, result) in Results::<T>::iter() {
			ensure!(!Escalations::<T>::contains_key(task, item), "an item both final and escalated");
			ensure!(!T::Labels::holds_item(task, item), "a finalized item still has commitments");
			if let Some(view) = T::Tasks::task(task) {
				ensure!(item < view.item_count, "a result outside its task");
			}
			ensure!(
				results_of.entry(task).or_default().insert(result.position),
				"two results at one provenance position"
			);
		}
		for (task, tree) in Provenance::<T>::iter() {
			let positions = results_of.remove(&task).unwrap_or_default();
			ensure!(positions.len() as u32 == tree.count, "provenance tree and results disagree");
			ensure!(
				positions.last().map_or(true, |last| *last < tree.count),
				"a result past its provenance tree"
			);
			ensure!(
				TaskStats::<T>::get(task).decisions.finalized() == tree.count,
				"statistics and results disagree"
			);
		}
		ensure!(results_of.is_empty(), "results without a provenance tree");
		let (head, tail) = (QueueHead::<T>::get(), QueueTail::<T>::get());
		ensure!(tail.wrapping_sub(head) <= u32::MAX / 2, "queue head past its tail");
		Ok(())
	}
}

impl<T: Config> OnFirstCommitment<BlockNumberFor<T>> for Pallet<T> {
	fn on_first_commitment(task: TaskId, from: BlockNumberFor<T>) {
		Self::schedule(Job::Task { task, next_item: 0 }, from);
	}

	// The job scheduled at the first commitment stays: when it runs, it finds the items final
	// and only prunes.
	fn on_ready_early(task: TaskId, from: BlockNumberFor<T>) {
		Self::schedule(Job::Task { task, next_item: 0 }, from);
	}
}
