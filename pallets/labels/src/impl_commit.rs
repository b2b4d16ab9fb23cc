//! Committing: one item, several items each with its own commitment, or a chunk of items under
//! one Merkle root.

use crate::{pallet::*, types::*, WeightInfo};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	Eligibility, ItemIndex, StakeLock, TaskHooks, TaskId, TaskInspect, TaskPhase, TaskView,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{traits::Saturating, DispatchResult},
};

type ViewOf<T> =
	TaskView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// The stake one commitment to an item of the task sets aside ([`TaskView::commit_bond`]).
	pub fn commit_bond(view: &ViewOf<T>) -> BalanceOf<T> {
		view.commit_bond()
	}

	/// The task, if `who` may commit to it now.
	fn open_task_for(who: &T::AccountId, task: TaskId) -> Result<ViewOf<T>, DispatchError> {
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(view.phase == TaskPhase::Open, Error::<T>::CommitWindowClosed);
		ensure!(view.requester != *who, Error::<T>::RequesterCannotLabel);
		ensure!(
			T::Eligibility::may_label(who, view.domain, view.min_tier),
			Error::<T>::NotEligible
		);
		Ok(view)
	}

	/// `who` commits on its dealt seat of the chunk (refused without one).
	fn use_seat(who: &T::AccountId, task: TaskId, chunk: ChunkIndex) -> DispatchResult {
		use labelchain_primitives::WorkDealing;
		ensure!(T::Dealing::holds_seat(task, chunk, who), Error::<T>::NotDealt);
		T::Dealing::seat_used(task, chunk, who);
		Ok(())
	}

	/// The chunk an item belongs to.
	pub fn chunk_of(item: ItemIndex) -> ChunkIndex {
		item / T::MaxBatchSize::get().max(1)
	}

	/// Lists `chunk` among the task's chunks with commitments (once) and marks the items of
	/// `singles` (bit `i`: the chunk's item `i`) as holding single commitments.
	pub(crate) fn note_work(task: TaskId, chunk: ChunkIndex, singles: u128) {
		match ChunkSingles::<T>::get(task, chunk) {
			Some(bits) => {
				if bits | singles != bits {
					ChunkSingles::<T>::insert(task, chunk, bits | singles);
				}
			},
			None => {
				ChunkSingles::<T>::insert(task, chunk, singles);
				let index = WorkChunkCount::<T>::get(task);
				WorkChunks::<T>::insert(task, index, chunk);
				WorkChunkCount::<T>::insert(task, index.saturating_add(1));
			},
		}
	}

	/// How many chunks the items of a `commit_singles` fall in (runs of one chunk in the list;
	/// for ascending items, the distinct chunks), each of whose work record it may write.
	pub fn chunks_touched(commits: &[SingleCommit]) -> u32 {
		let mut last = None;
		let mut runs = 0u32;
		for commit in commits {
			let chunk = Self::chunk_of(commit.item);
			if last != Some(chunk) {
				runs = runs.saturating_add(1);
				last = Some(chunk);
			}
		}
		runs
	}

	/// What a `commit_singles` of these items costs, with the chunks it may list for
	/// finalization (`list_chunks`). Its benchmarks measure the two ends: every item in a chunk
	/// of its own (a seat check and a spread proof per item), and every item in one chunk; a
	/// call is charged between them, by the chunks it touches.
	pub fn commit_singles_weight(commits: &[SingleCommit]) -> Weight {
		let n = commits.len() as u32;
		let chunks = Self::chunks_touched(commits);
		let listing = T::WeightInfo::list_chunks(chunks);
		let spread = T::WeightInfo::commit_singles(n);
		if n <= 1 || n > T::MaxBatchSize::get() {
			return spread.saturating_add(listing);
		}
		let in_chunk = T::WeightInfo::commit_singles_in_chunk(n);
		let extra_chunks = chunks.saturating_sub(1).min(n - 1);
		// The spread end's extra cost, for `extra_chunks` of the `n - 1` chunks it adds.
		let part = |low: u64, high: u64| {
			let extra = u128::from(high.saturating_sub(low)) * u128::from(extra_chunks) / u128::from(n - 1);
			low.max(high.min(low.saturating_add(extra as u64)))
		};
		Weight::from_parts(part(in_chunk.ref_time(), spread.ref_time()), part(in_chunk.proof_size(), spread.proof_size()))
			.saturating_add(listing)
	}

	/// The bit of `item` within its chunk.
	pub(crate) fn item_bit(item: ItemIndex) -> u128 {
		1u128.checked_shl(item % T::MaxBatchSize::get().max(1)).unwrap_or(0)
	}

	/// The single commitments that hold a seat on an item: a leaked one gave its seat up (its
	/// labeler still may not commit to the item again).
	pub(crate) fn seated(entries: &[EntryOf<T>]) -> usize {
		entries.iter().filter(|e| !matches!(e.commitment, Commitment::Leaked)).count()
	}

	/// Adds `who`'s single commitment to an item that still has room, counting the seats of
	/// batches on the item's chunk.
	fn claim_slot(
		who: &T::AccountId,
		task: TaskId,
		item: ItemIndex,
		redundancy: u8,
		commitment: H256,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		let seats = Seats::<T>::get(task, Self::chunk_of(item));
		ensure!(!seats.contains(who), Error::<T>::AlreadyCommitted);
		Self::use_seat(who, task, Self::chunk_of(item))?;
		Labels::<T>::try_mutate(task, item, |entries| {
			ensure!(!entries.iter().any(|e| e.labeler == *who), Error::<T>::AlreadyCommitted);
			ensure!(
				Self::seated(entries).saturating_add(seats.len()) < redundancy as usize,
				Error::<T>::ItemFull
			);
			entries
				.try_push(Entry {
					labeler: who.clone(),
					commitment: Commitment::Single(commitment),
					label: None,
					bond,
				})
				.map_err(|_| Error::<T>::ItemFull.into())
		})
	}

	pub(crate) fn do_commit(
		who: &T::AccountId,
		task: TaskId,
		item: ItemIndex,
		item_hash: H256,
		proof: Vec<H256>,
		commitment: H256,
	) -> DispatchResult {
		let view = Self::open_task_for(who, task)?;
		let bond = Self::commit_bond(&view);
		ensure!(proof.len() as u32 <= T::MaxProofLen::get(), Error::<T>::ProofTooLong);
		ensure!(T::Tasks::contains_item(task, item, &item_hash, &proof), Error::<T>::ItemNotInTask);
		Self::claim_slot(who, task, item, view.redundancy, commitment, bond)?;
		T::Stake::lock(who, bond).map_err(|_| Error::<T>::InsufficientStake)?;
		T::Tasks::note_commitments(task, 1)?;
		Self::note_work(task, Self::chunk_of(item), Self::item_bit(item));
		Self::deposit_event(Event::Committed { task, item, labeler: who.clone(), commitment });
		Ok(())
	}

	/// Commits `who` to several items of the task at once, each with its own commitment (as
	/// `do_commit` would, one by one), the items proven together by `proof`: all or none.
	pub(crate) fn do_commit_singles(
		who: &T::AccountId,
		task: TaskId,
		commits: Vec<SingleCommit>,
		proof: Vec<H256>,
	) -> DispatchResult {
		let count = commits.len() as u32;
		ensure!(count <= T::MaxRevealChunk::get(), Error::<T>::BatchTooLarge);
		ensure!(count > 0, Error::<T>::EmptyBatch);
		ensure!(
			commits.windows(2).all(|pair| matches!(pair, [a, b] if a.item < b.item)),
			Error::<T>::ItemsNotAscending
		);
		// No item's path is longer than the deepest tree, and paths only merge.
		ensure!(
			proof.len() as u32 <= count.saturating_mul(T::MaxProofLen::get()),
			Error::<T>::ProofTooLong
		);
		let view = Self::open_task_for(who, task)?;
		let items: Vec<(ItemIndex, H256)> = commits.iter().map(|c| (c.item, c.item_hash)).collect();
		ensure!(T::Tasks::contains_items(task, &items, &proof), Error::<T>::ItemNotInTask);
		let bond = Self::commit_bond(&view);
		let mut committed = BoundedVec::<(ItemIndex, H256), T::MaxRevealChunk>::new();
		// Items ascend, so each chunk's items come together: its work record is written once.
		let mut chunk_bits: Option<(ChunkIndex, u128)> = None;
		for SingleCommit { item, commitment, .. } in commits {
			Self::claim_slot(who, task, item, view.redundancy, commitment, bond)?;
			committed.try_push((item, commitment)).map_err(|_| Error::<T>::BatchTooLarge)?;
			let chunk = Self::chunk_of(item);
			chunk_bits = match chunk_bits {
				Some((c, bits)) if c == chunk => Some((c, bits | Self::item_bit(item))),
				Some((c, bits)) => {
					Self::note_work(task, c, bits);
					Some((chunk, Self::item_bit(item)))
				},
				None => Some((chunk, Self::item_bit(item))),
			};
		}
		if let Some((chunk, bits)) = chunk_bits {
			Self::note_work(task, chunk, bits);
		}
		T::Stake::lock(who, bond.saturating_mul(count.into())).map_err(|_| Error::<T>::InsufficientStake)?;
		T::Tasks::note_commitments(task, count)?;
		Self::deposit_event(Event::SinglesCommitted { task, labeler: who.clone(), commitments: committed });
		Ok(())
	}

	pub(crate) fn do_commit_batch(
		who: &T::AccountId,
		task: TaskId,
		first_item: ItemIndex,
		count: u32,
		root: H256,
	) -> DispatchResult {
		ensure!(count > 0, Error::<T>::EmptyBatch);
		let size = T::MaxBatchSize::get();
		ensure!(count <= size, Error::<T>::BatchTooLarge);
		let view = Self::open_task_for(who, task)?;
		let end = first_item.checked_add(count).ok_or(Error::<T>::ItemNotInTask)?;
		ensure!(end <= view.item_count, Error::<T>::ItemNotInTask);
		// One whole chunk, so that a seat stands for every item it covers.
		let chunk = Self::chunk_of(first_item);
		ensure!(
			first_item % size.max(1) == 0 && count == size.min(view.item_count.saturating_sub(first_item)),
			Error::<T>::NotAChunk
		);
		ensure!(!Batches::<T>::contains_key((task, chunk, who)), Error::<T>::BatchExists);
		Self::use_seat(who, task, chunk)?;

		let redundancy = view.redundancy as usize;
		Seats::<T>::try_mutate(task, chunk, |seats| {
			// Every item keeps room for one more labeler, and `who` has no single commitment in
			// the chunk.
			for item in first_item..end {
				let entries = Labels::<T>::get(task, item);
				ensure!(!entries.iter().any(|e| e.labeler == *who), Error::<T>::AlreadyCommitted);
				ensure!(Self::seated(&entries).saturating_add(seats.len()) < redundancy, Error::<T>::ItemFull);
			}
			seats.try_push(who.clone()).map_err(|_| DispatchError::from(Error::<T>::ItemFull))
		})?;
		let bond = Self::commit_bond(&view);
		let bonds = bond.saturating_mul(count.into());
		T::Stake::lock(who, bonds).map_err(|_| Error::<T>::InsufficientStake)?;
		// A batch is one commitment record.
		T::Tasks::note_commitments(task, 1)?;
		Self::note_work(task, chunk, 0);
		let leaves = BoundedVec::try_from(alloc::vec![Leaf::Hidden; count as usize])
			.map_err(|_| Error::<T>::BatchTooLarge)?;
		Batches::<T>::insert(
			(task, chunk, who),
			Batch { root, first_item, count, bond, leaves },
		);
		Self::deposit_event(Event::BatchCommitted {
			task,
			labeler: who.clone(),
			first_item,
			count,
			root,
		});
		Ok(())
	}
}
