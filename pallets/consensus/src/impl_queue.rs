//! Scheduling and draining finalization work: an agenda of due jobs that never drops one, a
//! round-robin queue in which no task holds another back, and the permissionless `finalize`.
//!
//! Fairness: a task's walk finalizes at most [`ITEMS_PER_TURN`] items per turn, then goes to
//! the back of the queue. With `n` tasks queued, each gets a turn every `n` turns, so another
//! task delays a task by at most `ITEMS_PER_TURN` item finalizations per round, whatever its
//! size. A walk visits only the chunks that hold commitments (the labels pallet lists them)
//! and, in each, only the items with commitments: items nobody committed to are never
//! touched, and close unlabeled in bulk when the task settles.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	FinalizationStatus, ItemIndex, LabelStore, OnFirstCommitment, TaskHooks, TaskId, TaskInspect,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{
		traits::{Saturating, Zero},
		DispatchError,
	},
};

/// The most items one task's walk finalizes before the next task's turn.
pub const ITEMS_PER_TURN: u32 = 16;
/// How many leftover records one prune step removes.
const PRUNE_PER_STEP: u32 = 64;
/// The most empty agenda blocks `on_initialize` steps over in one block (only after a backlog).
const EMPTY_BLOCKS_PER_BLOCK: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Puts `job` on the agenda of block `at` (or of the oldest block not yet moved, if `at` is
	/// before it). The agenda has no per-block bound, so nothing scheduled is lost.
	pub(crate) fn schedule(job: Job, at: BlockNumberFor<T>) {
		let (first_open, _) = AgendaCursor::<T>::get();
		let at = at.max(first_open);
		let index = AgendaLen::<T>::get(at);
		Agenda::<T>::insert(at, index, job);
		AgendaLen::<T>::insert(at, index.saturating_add(1));
	}

	/// Moves up to `MaxJobsPerBlock` jobs due by `now` into the queue, oldest first; returns
	/// how many it moved and how many agenda blocks it closed.
	pub(crate) fn move_due_jobs(now: BlockNumberFor<T>) -> (u32, u32) {
		let (mut block, mut index) = AgendaCursor::<T>::get();
		let (mut moved, mut closed) = (0u32, 0u32);
		while block <= now && moved < T::MaxJobsPerBlock::get() && closed < EMPTY_BLOCKS_PER_BLOCK {
			if index < AgendaLen::<T>::get(block) {
				if let Some(job) = Agenda::<T>::take(block, index) {
					Self::push_job(job);
					moved = moved.saturating_add(1);
				}
				index = index.saturating_add(1);
			} else {
				AgendaLen::<T>::remove(block);
				block = block.saturating_add(1u32.into());
				index = 0;
				closed = closed.saturating_add(1);
			}
		}
		AgendaCursor::<T>::put((block, index));
		(moved, closed)
	}

	pub(crate) fn push_job(job: Job) {
		let tail = QueueTail::<T>::get();
		Queue::<T>::insert(tail, job);
		QueueTail::<T>::put(tail.wrapping_add(1));
	}

	/// Takes the head slot of the queue, if the queue is not empty (the slot's job, if any).
	fn pop_job() -> Option<Option<Job>> {
		let head = QueueHead::<T>::get();
		if head == QueueTail::<T>::get() {
			return None;
		}
		QueueHead::<T>::put(head.wrapping_add(1));
		Some(Queue::<T>::take(head))
	}

	/// Works through the queue while `remaining` weight and the per-block item bound allow.
	pub(crate) fn drain_queue(remaining: Weight) -> Weight {
		let per_item = Self::finalize_weight(1);
		// Taking a job and putting it back, and a task's view.
		let per_job = T::DbWeight::get().reads_writes(4, 3);
		let mut used = T::DbWeight::get().reads(2);
		let mut budget = T::MaxItemsPerBlock::get();
		// Every job is visited at most once more than the items allow, so the loop is bounded
		// even when no job has work.
		let mut visits = budget.saturating_mul(2);
		// Prune jobs beyond the first of the block go back at the end of the block.
		let mut deferred: Vec<Job> = Vec::new();
		let mut pruned = false;
		while budget > 0 && visits > 0 && remaining.all_gte(used.saturating_add(per_job).saturating_add(per_item)) {
			let Some(slot) = Self::pop_job() else { break };
			visits = visits.saturating_sub(1);
			used = used.saturating_add(per_job);
			let Some(job) = slot else { continue };
			match job {
				Job::Task { task, unit, offset } => {
					let mut walk = Walk { budget: &mut budget, used: &mut used, remaining, per_item };
					if let Some((unit, offset)) = Self::walk_task(task, unit, offset, &mut walk) {
						Self::push_job(Job::Task { task, unit, offset });
					}
				},
				Job::CloseEscalation { task, item } => {
					if let Some(escalation) = Escalations::<T>::get(task, item) {
						let now = frame_system::Pallet::<T>::block_number();
						if now > escalation.until {
							// Only fails if the task is gone; then nothing is owed.
							let _ = Self::do_close_unresolved(task, item, escalation);
						} else {
							// Scheduled for after its deadline (cannot be early): keep it.
							Self::schedule(job, escalation.until.saturating_add(1u32.into()));
						}
					}
				},
				Job::PruneTask { task } => {
					if pruned {
						deferred.push(job);
					} else {
						pruned = true;
						if !T::Labels::prune_task(task, PRUNE_PER_STEP) {
							deferred.push(job);
						}
					}
				},
			}
		}
		for job in deferred {
			Self::push_job(job);
		}
		used
	}

	/// Finalizes `task`'s committed items from chunk `unit`, item `offset`, for one turn;
	/// returns where to go on, or `None` when the walk is over.
	fn walk_task(task: TaskId, mut unit: u32, mut offset: u32, walk: &mut Walk) -> Option<(u32, u32)> {
		let Some(view) = T::Tasks::task(task) else {
			InProgress::<T>::remove(task);
			return None;
		};
		if view.phase.is_final() {
			Self::finish(task);
			return None;
		}
		if view.phase != labelchain_primitives::TaskPhase::Finalizing || T::Tasks::gold_pending(task) {
			// Not due yet: the reveal window was extended over congested blocks. The walk
			// waits on the agenda, not in the queue.
			let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
			Self::schedule(Job::Task { task, unit, offset }, next);
			return None;
		}
		let units = T::Labels::work_chunks(task);
		let size = T::Labels::chunk_size();
		let chunk_reads = T::DbWeight::get().reads(3);
		let mut turn = ITEMS_PER_TURN;
		while unit < units {
			if !walk.remaining.all_gte(walk.used.saturating_add(chunk_reads).saturating_add(walk.per_item)) {
				return Some((unit, offset));
			}
			*walk.used = walk.used.saturating_add(chunk_reads);
			if let Some(chunk) = T::Labels::work_chunk(task, unit) {
				while let Some(at) = chunk.next_offset(offset, size) {
					let item = chunk.first_item.saturating_add(at);
					if item >= view.item_count {
						break;
					}
					if turn == 0 || *walk.budget == 0 ||
						!walk.remaining.all_gte(walk.used.saturating_add(walk.per_item))
					{
						return Some((unit, at));
					}
					let changes_before =
						<T::TierChanges as labelchain_primitives::TierChangeCount>::tier_changes();
					match Self::finalize_item(task, item, &view) {
						// Final already (by `finalize`), or escalated: nothing more to do here.
						Ok(()) => {},
						Err(e) if e == Error::<T>::AlreadyFinalized.into() => {},
						Err(e) => {
							// Cannot happen for a task past its reveal window (every item is
							// ready, the tree holds every item): `try_state` reports the item.
							log::error!(target: "runtime::consensus", "finalizing {task}/{item}: {e:?}");
						},
					}
					turn = turn.saturating_sub(1);
					*walk.budget = walk.budget.saturating_sub(1);
					// The worst case was reserved; what the item cost is charged.
					*walk.used = walk.used.saturating_add(Self::finalized_weight(1, changes_before));
					offset = at.saturating_add(1);
				}
			}
			unit = unit.saturating_add(1);
			offset = 0;
		}
		Self::walked(task);
		None
	}

	/// The walk passed every committed item: the task is done unless escalations are open.
	fn walked(task: TaskId) {
		if !InProgress::<T>::contains_key(task) {
			return;
		}
		if TaskStats::<T>::get(task).decisions.open_escalations() > 0 {
			InProgress::<T>::insert(task, true);
		} else {
			Self::finish(task);
		}
	}

	/// An escalation of `task` closed: if it was the last one and the walk is over, the task
	/// is done.
	pub(crate) fn escalation_closed(task: TaskId) {
		if InProgress::<T>::get(task) == Some(true) &&
			TaskStats::<T>::get(task).decisions.open_escalations() == 0
		{
			Self::finish(task);
		}
	}

	/// Every committed item of `task` is final: the task settles and its leftover records
	/// are pruned.
	fn finish(task: TaskId) {
		if InProgress::<T>::take(task).is_none() {
			return;
		}
		if let Err(e) = T::Tasks::note_finalization_done(task) {
			// Settling moves only what the task holds; failing means the books are wrong,
			// which `try_state` reports.
			log::error!(target: "runtime::consensus", "settling task {task} failed: {e:?}");
		}
		Self::push_job(Job::PruneTask { task });
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
	/// results (each at its own position), every labeler's stake set aside equals their open
	/// bonds, a settled task has no unfinished work, and the queue's ends are in order.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
		use labelchain_primitives::StakeLock;
		let mut results_of: BTreeMap<TaskId, BTreeSet<u32>> = BTreeMap::new();
		for (task, item, result) in Results::<T>::iter().filter(|(task, _, _)| !Pruning::<T>::contains_key(task)) {
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
		for (task, tree) in Provenance::<T>::iter().filter(|(task, _)| !Pruning::<T>::contains_key(task)) {
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
		for (task, _, _) in Escalations::<T>::iter() {
			ensure!(InProgress::<T>::contains_key(task), "an open escalation of a task marked done");
		}
		let open: BTreeMap<T::AccountId, BalanceOf<T>> =
			T::Labels::open_bonds(&|task, item| Results::<T>::contains_key(task, item)).into_iter().collect();
		let locked: BTreeMap<T::AccountId, BalanceOf<T>> = T::Stake::all_locked().into_iter().collect();
		let open_nonzero: BTreeMap<_, _> = open.into_iter().filter(|(_, b)| !b.is_zero()).collect();
		ensure!(open_nonzero == locked, "stake set aside differs from the open commitment bonds");
		let (head, tail) = (QueueHead::<T>::get(), QueueTail::<T>::get());
		ensure!(tail.wrapping_sub(head) <= u32::MAX / 2, "queue head past its tail");
		Ok(())
	}
}

/// What one block's drain has left, shared by the walks it runs.
struct Walk<'a> {
	budget: &'a mut u32,
	used: &'a mut Weight,
	remaining: Weight,
	per_item: Weight,
}

impl<T: Config> OnFirstCommitment<BlockNumberFor<T>> for Pallet<T> {
	fn on_first_commitment(task: TaskId, from: BlockNumberFor<T>) {
		InProgress::<T>::insert(task, false);
		Self::schedule(Job::walk(task), from);
	}

	// The walk scheduled at the first commitment stays: when it runs, it finds the items final
	// (or the task settled) and ends.
	fn on_ready_early(task: TaskId, from: BlockNumberFor<T>) {
		Self::schedule(Job::walk(task), from);
	}
}

impl<T: Config> FinalizationStatus for Pallet<T> {
	fn in_progress(task: TaskId) -> bool {
		InProgress::<T>::contains_key(task)
	}
}

impl<T: Config> Pallet<T> {
	/// Finalizing `items` items at the largest redundancy, with two tier changes per labeler
	/// per item (one from the reputation update, one from a slash).
	pub fn finalize_weight(items: u32) -> Weight {
		let changes = items.saturating_mul(T::MaxRedundancy::get()).saturating_mul(2);
		T::WeightInfo::finalize_items(items, T::MaxRedundancy::get())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}

	/// What finalizing `items` items cost, with the tier changes made since the counter read
	/// `changes_before`.
	pub fn finalized_weight(items: u32, changes_before: u32) -> Weight {
		use labelchain_primitives::TierChangeCount;
		let changes = T::TierChanges::tier_changes().wrapping_sub(changes_before);
		T::WeightInfo::finalize_items(items, T::MaxRedundancy::get())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}

	/// Deciding or closing an escalated item at the largest redundancy, tier changes included.
	pub fn resolve_weight() -> Weight {
		let changes = T::MaxRedundancy::get().saturating_mul(2);
		T::WeightInfo::resolve_escalation(T::MaxRedundancy::get())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}
}
