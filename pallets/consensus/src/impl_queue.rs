//! Scheduling and draining finalization work: an agenda of due jobs that never drops one, a
//! round-robin queue in which no task holds another back, and the permissionless `finalize`.
//!
//! A task's finalization is three walks, one after the other (`Stage`): its gold items, the
//! agreement evidence of its committed items, then their decisions. Each is a job that takes
//! turns like any other; a pass's job that finds its task in another pass (a walk scheduled
//! twice) ends, so each pass runs once.
//!
//! Fairness: a task's walk finalizes at most [`ITEMS_PER_TURN`] items per turn, then goes to
//! the back of the queue. With `n` tasks queued, each gets a turn every `n` turns, so another
//! task delays a task by at most `ITEMS_PER_TURN` item finalizations per round, whatever its
//! size. A walk visits only the chunks that hold commitments (the labels pallet lists them)
//! and, in each, only the items with commitments: items nobody committed to are never
//! touched, and close unlabeled in bulk when the task settles.

use crate::{impl_decide::ViewOf, pallet::*, types::*, weights::WeightInfo};
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
					if let Some((unit, offset)) = Self::walk_task(task, unit, offset, &mut walk, Pass::Decide) {
						Self::push_job(Job::Task { task, unit, offset });
					}
				},
				Job::Gold { task, next } => {
					let mut walk = Walk { budget: &mut budget, used: &mut used, remaining, per_item };
					if let Some(next) = Self::walk_gold(task, next, &mut walk) {
						Self::push_job(Job::Gold { task, next });
					}
				},
				Job::Evidence { task, unit, offset } => {
					let per_item = Self::evidence_pass_weight(1);
					let mut walk = Walk { budget: &mut budget, used: &mut used, remaining, per_item };
					if let Some((unit, offset)) = Self::walk_task(task, unit, offset, &mut walk, Pass::Evidence) {
						Self::push_job(Job::Evidence { task, unit, offset });
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
				Job::CloseAppeals { task } => {
					// Closing may settle the task (charged as an item) and open its review.
					used = used.saturating_add(per_item).saturating_add(T::ReviewOpeningWeight::get());
					Self::close_appeal_window(task);
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

	/// The task of a walk's job, if the walk should go on: `None` (and the task's records
	/// settled) when the task is gone or over, or when `pass` is not the pass the task is in (a
	/// walk scheduled twice ends here). A task not due yet (its reveal window was extended
	/// over congested blocks, or gold may still be revealed) puts `job` back on the agenda for
	/// the next block.
	fn walk_view(task: TaskId, pass: Option<Pass>, job: Job) -> Option<ViewOf<T>> {
		let Some(view) = T::Tasks::task(task) else {
			InProgress::<T>::remove(task);
			Stages::<T>::remove(task);
			return None;
		};
		if view.phase.is_final() {
			Self::finish(task);
			return None;
		}
		let current = match Stages::<T>::get(task) {
			Some(Stage::Gold) => None,
			Some(Stage::Evidence) => Some(Pass::Evidence),
			Some(Stage::Decide) | None => Some(Pass::Decide),
		};
		if current != pass {
			return None;
		}
		if view.phase != labelchain_primitives::TaskPhase::Finalizing || T::Tasks::gold_pending(task) {
			let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
			Self::schedule(job, next);
			return None;
		}
		Some(view)
	}

	/// Moves `task` to its next pass and queues that pass's walk.
	fn start_stage(task: TaskId, stage: Stage) {
		Stages::<T>::insert(task, stage);
		Self::deposit_event(Event::StageStarted { task, stage });
		Self::push_job(match stage {
			Stage::Gold => Job::gold(task),
			Stage::Evidence => Job::Evidence { task, unit: 0, offset: 0 },
			Stage::Decide => Job::walk(task),
		});
	}

	/// Finalizes `task`'s gold items that hold commitments, from its `next`-th gold answer on,
	/// for one turn; returns where to go on, or `None` when the pass is over (the evidence pass
	/// is then queued).
	fn walk_gold(task: TaskId, mut next: u32, walk: &mut Walk) -> Option<u32> {
		let view = Self::walk_view(task, None, Job::Gold { task, next })?;
		// The gold answers and the item's commitments.
		let reads = T::DbWeight::get().reads(2);
		let mut turn = ITEMS_PER_TURN;
		loop {
			if turn == 0 ||
				*walk.budget == 0 ||
				!walk.remaining.all_gte(walk.used.saturating_add(reads).saturating_add(walk.per_item))
			{
				return Some(next);
			}
			*walk.used = walk.used.saturating_add(reads);
			let Some((item, _)) = T::Tasks::gold_item(task, next) else { break };
			next = next.saturating_add(1);
			// A gold item nobody committed to closes unlabeled with the others.
			if T::Labels::votes(task, item).is_empty() {
				continue;
			}
			let changes_before = <T::TierChanges as labelchain_primitives::TierChangeCount>::tier_changes();
			Self::finalize_in_walk(task, item, &view);
			turn = turn.saturating_sub(1);
			*walk.budget = walk.budget.saturating_sub(1);
			*walk.used = walk.used.saturating_add(Self::finalized_weight(1, changes_before));
		}
		Self::start_stage(task, Stage::Evidence);
		None
	}

	/// Finalizes one item for a walk; an item final already (by `finalize`) or escalated is
	/// passed over.
	fn finalize_in_walk(task: TaskId, item: ItemIndex, view: &ViewOf<T>) {
		match Self::finalize_item(task, item, view) {
			Ok(()) => {},
			Err(e) if e == Error::<T>::AlreadyFinalized.into() => {},
			Err(e) => {
				// Cannot happen for a task past its reveal window (every item is ready, the
				// tree holds every item): `try_state` reports the item.
				log::error!(target: "runtime::consensus", "finalizing {task}/{item}: {e:?}");
			},
		}
	}

	/// Walks `task`'s committed items from chunk `unit`, item `offset`, for one turn: records
	/// their agreement evidence (`Pass::Evidence`) or decides them (`Pass::Decide`); returns
	/// where to go on, or `None` when the walk is over.
	fn walk_task(task: TaskId, mut unit: u32, mut offset: u32, walk: &mut Walk, pass: Pass) -> Option<(u32, u32)> {
		let job = match pass {
			Pass::Evidence => Job::Evidence { task, unit, offset },
			Pass::Decide => Job::Task { task, unit, offset },
		};
		let view = Self::walk_view(task, Some(pass), job)?;
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
					// The worst case was reserved; what the item cost is charged.
					let cost = match pass {
						Pass::Evidence => {
							Self::record_item_evidence(task, item, &view);
							Self::evidence_passed_weight(changes_before)
						},
						Pass::Decide => {
							Self::finalize_in_walk(task, item, &view);
							Self::finalized_weight(1, changes_before)
						},
					};
					turn = turn.saturating_sub(1);
					*walk.budget = walk.budget.saturating_sub(1);
					*walk.used = walk.used.saturating_add(cost);
					offset = at.saturating_add(1);
				}
			}
			unit = unit.saturating_add(1);
			offset = 0;
		}
		match pass {
			Pass::Evidence => Self::start_stage(task, Stage::Decide),
			Pass::Decide => {
				// The walk's end may open a free-text task's review (and settle tasks).
				*walk.used = walk.used.saturating_add(T::ReviewOpeningWeight::get());
				Self::walked(task)
			},
		}
		None
	}

	/// The walk passed every committed item: the task is done unless escalations, appeals or
	/// its appeal window are open.
	fn walked(task: TaskId) {
		if !InProgress::<T>::contains_key(task) {
			return;
		}
		InProgress::<T>::insert(task, true);
		Self::open_appeal_window(task);
		Self::finish_if_done(task);
	}

	/// Settles `task` if its walk is over and no escalation, appeal or appeal window is open
	/// (called when any of them closes).
	pub(crate) fn finish_if_done(task: TaskId) {
		if InProgress::<T>::get(task) == Some(true) &&
			TaskStats::<T>::get(task).decisions.open_escalations() == 0 &&
			OpenAppeals::<T>::get(task) == 0 &&
			!AppealWindows::<T>::contains_key(task)
		{
			Self::finish(task);
		}
	}

	/// Every committed item of `task` is final: the task settles and its leftover records
	/// are pruned.
	fn finish(task: TaskId) {
		Stages::<T>::remove(task);
		AppealWindows::<T>::remove(task);
		if InProgress::<T>::take(task).is_none() {
			return;
		}
		// A free-text task's answers are all noted: its review opens (and it settles with it).
		if let Err(e) = T::Tasks::open_review(task) {
			log::error!(target: "runtime::consensus", "opening the review of task {task} failed: {e:?}");
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
			// Vote decisions keep their labels for appeals until the task's records are pruned.
			ensure!(
				!T::Labels::holds_item(task, item) || Self::appealable_decision(result.decision) ||
					(result.decision == Decision::Reviewed && Revisions::<T>::get(task) > 0),
				"a finalized item still has commitments"
			);
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
			// Decisions re-settled on appeal left their first leaf behind.
			let leaves = (positions.len() as u32).saturating_add(Revisions::<T>::get(task));
			ensure!(leaves == tree.count, "provenance tree and results disagree");
			ensure!(
				positions.last().map_or(true, |last| *last < tree.count),
				"a result past its provenance tree"
			);
			ensure!(
				TaskStats::<T>::get(task).decisions.finalized().saturating_add(Revisions::<T>::get(task)) == tree.count,
				"statistics and results disagree"
			);
		}
		ensure!(results_of.is_empty(), "results without a provenance tree");
		for (task, _, _) in Escalations::<T>::iter() {
			ensure!(InProgress::<T>::contains_key(task), "an open escalation of a task marked done");
		}
		for (task, _) in Stages::<T>::iter() {
			ensure!(InProgress::<T>::contains_key(task), "a finalization pass of a task marked done");
		}
		let mut open: BTreeMap<T::AccountId, BalanceOf<T>> =
			T::Labels::open_bonds(&|task, item| Results::<T>::contains_key(task, item)).into_iter().collect();
		// Stake set aside for open appeals of decisions.
		for (task, _, locks) in AppealLocks::<T>::iter() {
			ensure!(OpenAppeals::<T>::get(task) > 0, "stake set aside for an appeal of a task with none open");
			for (who, amount) in locks {
				let entry = open.entry(who).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(amount);
			}
		}
		for (task, _) in OpenAppeals::<T>::iter() {
			ensure!(InProgress::<T>::contains_key(task), "an open appeal of a task marked done");
		}
		for (task, _) in AppealWindows::<T>::iter() {
			ensure!(InProgress::<T>::get(task) == Some(true), "an appeal window of a task not walked or marked done");
		}
		let locked: BTreeMap<T::AccountId, BalanceOf<T>> = T::Stake::all_locked().into_iter().collect();
		let open_nonzero: BTreeMap<_, _> = open.into_iter().filter(|(_, b)| !b.is_zero()).collect();
		ensure!(open_nonzero == locked, "stake set aside differs from the open commitment bonds");
		let (head, tail) = (QueueHead::<T>::get(), QueueTail::<T>::get());
		ensure!(tail.wrapping_sub(head) <= u32::MAX / 2, "queue head past its tail");
		Ok(())
	}
}

/// The walks over a task's committed items (the gold pass walks its gold answers instead).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Pass {
	Evidence,
	Decide,
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
		Stages::<T>::insert(task, Stage::Gold);
		Self::schedule(Job::gold(task), from);
	}

	// The walk scheduled at the first commitment stays: when it runs, it finds its task in
	// another pass (or settled) and ends.
	fn on_ready_early(task: TaskId, from: BlockNumberFor<T>) {
		let job = if Stages::<T>::contains_key(task) { Job::gold(task) } else { Job::walk(task) };
		Self::schedule(job, from);
	}
}

impl<T: Config> FinalizationStatus for Pallet<T> {
	fn in_progress(task: TaskId) -> bool {
		InProgress::<T>::contains_key(task)
	}
}

impl<T: Config> Pallet<T> {
	/// One item at the largest redundancy, as a call finalizing it alone costs. The benchmark's
	/// items share their labelers, whose records a call reads once: its constant holds one
	/// item's labelers, so an item whose labelers are all new to the call is charged the whole
	/// of it.
	/// A graded item (its rule and distances) is charged as the costlier of the two.
	/// A review task's item also pays its answer's author: the costlier of the three.
	fn item_weight() -> Weight {
		T::WeightInfo::finalize_items(1)
			.max(T::WeightInfo::finalize_graded_items(1))
			.max(T::WeightInfo::finalize_review_items(1))
	}

	/// One item's agreement evidence at the largest redundancy, categorical or graded.
	fn evidence_weight_of_item() -> Weight {
		let r = T::MaxRedundancy::get();
		T::WeightInfo::record_evidence(r).max(T::WeightInfo::record_graded_evidence(r))
	}

	/// Finalizing `items` items at the largest redundancy, with two tier changes per labeler
	/// per item (one from the reputation update, one from a slash).
	pub fn finalize_weight(items: u32) -> Weight {
		let changes = items.saturating_mul(T::MaxRedundancy::get()).saturating_mul(2);
		Self::item_weight()
			.saturating_mul(items.into())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}

	/// What finalizing `items` items cost, with the tier changes made since the counter read
	/// `changes_before`.
	pub fn finalized_weight(items: u32, changes_before: u32) -> Weight {
		use labelchain_primitives::TierChangeCount;
		let changes = T::TierChanges::tier_changes().wrapping_sub(changes_before);
		Self::item_weight()
			.saturating_mul(items.into())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}

	/// Recording the agreement evidence of `items` items at the largest redundancy, with one
	/// tier change per labeler per item (from the reputation update).
	pub fn evidence_pass_weight(items: u32) -> Weight {
		let changes = items.saturating_mul(T::MaxRedundancy::get());
		Self::evidence_weight_of_item()
			.saturating_mul(items.into())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}

	/// What recording one item's evidence cost, with the tier changes made since the counter
	/// read `changes_before`.
	pub fn evidence_passed_weight(changes_before: u32) -> Weight {
		use labelchain_primitives::TierChangeCount;
		let changes = T::TierChanges::tier_changes().wrapping_sub(changes_before);
		Self::evidence_weight_of_item()
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}

	/// Re-settling an appealed decision at the largest redundancy, with two tier changes per
	/// labeler. Its benchmark splits the labelers four ways; the labelers of the two labels
	/// concerned may be half each, with a stake transfer per pair: the pairs beyond the
	/// benchmark's are charged as reads and writes of both accounts and the payer's record.
	pub fn settle_appeal_weight() -> Weight {
		let r = T::MaxRedundancy::get();
		let changes = r.saturating_mul(2);
		let (half, quarter) = (u64::from(r.div_ceil(2)), u64::from(r.div_ceil(4)));
		let extra_pairs = half.saturating_mul(half).saturating_sub(quarter.saturating_mul(quarter));
		T::WeightInfo::settle_appeal(r)
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
			.saturating_add(T::DbWeight::get().reads_writes(extra_pairs.saturating_mul(3), extra_pairs.saturating_mul(3)))
	}

	/// Deciding or closing an escalated item at the largest redundancy, tier changes included.
	pub fn resolve_weight() -> Weight {
		let changes = T::MaxRedundancy::get().saturating_mul(2);
		T::WeightInfo::resolve_escalation(T::MaxRedundancy::get())
			.saturating_add(T::TierChangeWeight::get().saturating_mul(changes.into()))
	}
}
