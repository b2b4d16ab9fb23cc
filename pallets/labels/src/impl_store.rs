//! What consensus reads ([`LabelStore`]) and the invariants of the pallet.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use labelchain_primitives::{ItemIndex, Label, LabelStore, TaskId, Vote, WorkChunk};
use polkadot_sdk::frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// The batch votes on `item`: the state of its leaf in every batch of its chunk, with the
	/// batch's bond, in seat order. Leaked leaves are left out.
	fn batch_votes(task: TaskId, item: ItemIndex) -> impl Iterator<Item = (T::AccountId, Option<Label>, BalanceOf<T>)> {
		let chunk = Self::chunk_of(item);
		Seats::<T>::get(task, chunk).into_iter().filter_map(move |labeler| {
			let batch = Batches::<T>::get((task, chunk, &labeler))?;
			let position = item.checked_sub(batch.first_item)?;
			match batch.leaves.get(position as usize)? {
				Leaf::Hidden => Some((labeler, None, batch.bond)),
				Leaf::Revealed(label) => Some((labeler, Some(*label), batch.bond)),
				Leaf::Leaked => None,
			}
		})
	}
}

impl<T: Config> LabelStore<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	/// Single commitments in commit order, then batch leaves in seat order.
	fn votes(task: TaskId, item: ItemIndex) -> Vec<Vote<T::AccountId, BalanceOf<T>>> {
		Labels::<T>::get(task, item)
			.into_iter()
			.filter(|e| e.commitment != Commitment::Leaked)
			.map(|e| Vote { labeler: e.labeler, label: e.label, bond: e.bond })
			.chain(Self::batch_votes(task, item).map(|(labeler, label, bond)| Vote { labeler, label, bond }))
			.collect()
	}

	fn all_revealed(task: TaskId, item: ItemIndex) -> bool {
		let entries = Labels::<T>::get(task, item);
		let singles = entries.iter().filter(|e| e.commitment != Commitment::Leaked).map(|e| e.label.is_some());
		let mut live = singles.chain(Self::batch_votes(task, item).map(|(_, label, _)| label.is_some())).peekable();
		live.peek().is_some() && live.all(|revealed| revealed)
	}

	fn consume(task: TaskId, item: ItemIndex) {
		Labels::<T>::remove(task, item);
	}

	fn holds_item(task: TaskId, item: ItemIndex) -> bool {
		Labels::<T>::contains_key(task, item)
	}

	/// Called at most once per block for a task (a repeated `clear_prefix` without a cursor in
	/// one block would find the keys it already removed).
	fn prune_task(task: TaskId, limit: u32) -> bool {
		let mut left = limit;
		let batches = Batches::<T>::clear_prefix((task,), left, None);
		left = left.saturating_sub(batches.loops);
		if batches.maybe_cursor.is_some() || left == 0 {
			return false;
		}
		let seats = Seats::<T>::clear_prefix(task, left, None);
		left = left.saturating_sub(seats.loops);
		if seats.maybe_cursor.is_some() || left == 0 {
			return false;
		}
		let chunks = ChunkSingles::<T>::clear_prefix(task, left, None);
		left = left.saturating_sub(chunks.loops);
		if chunks.maybe_cursor.is_some() || left == 0 {
			return false;
		}
		// Labels of vote decisions kept for appeals.
		let labels = Labels::<T>::clear_prefix(task, left, None);
		left = left.saturating_sub(labels.loops);
		if labels.maybe_cursor.is_some() || left == 0 {
			return false;
		}
		let listed = WorkChunks::<T>::clear_prefix(task, left, None);
		if listed.maybe_cursor.is_some() {
			return false;
		}
		WorkChunkCount::<T>::remove(task);
		true
	}

	fn work_chunks(task: TaskId) -> u32 {
		WorkChunkCount::<T>::get(task)
	}

	fn work_chunk(task: TaskId, index: u32) -> Option<WorkChunk> {
		let chunk = WorkChunks::<T>::get(task, index)?;
		let singles = ChunkSingles::<T>::get(task, chunk).unwrap_or(0);
		let batched = Seats::<T>::decode_len(task, chunk).unwrap_or(0) > 0;
		let first_item = chunk.saturating_mul(T::MaxBatchSize::get());
		Some(WorkChunk { first_item, singles, batched })
	}

	fn chunk_size() -> u32 {
		T::MaxBatchSize::get().clamp(1, 128)
	}

	fn open_bonds(is_final: &dyn Fn(TaskId, ItemIndex) -> bool) -> Vec<(T::AccountId, BalanceOf<T>)> {
		use alloc::collections::btree_map::BTreeMap;
		use polkadot_sdk::sp_runtime::traits::Saturating;
		let mut open: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		// A single commitment's bond until its item is final (labels of vote decisions are kept
		// for appeals) or its leak reported.
		for (task, item, entries) in Labels::<T>::iter() {
			if is_final(task, item) {
				continue;
			}
			for entry in entries.iter().filter(|e| e.commitment != Commitment::Leaked) {
				let sum = open.entry(entry.labeler.clone()).or_default();
				*sum = sum.saturating_add(entry.bond);
			}
		}
		// A batch leaf's bond until its item is final or the leaf leaked.
		for ((task, _, labeler), batch) in Batches::<T>::iter() {
			let leaves = batch.leaves.iter().enumerate().filter(|(i, leaf)| {
				**leaf != Leaf::Leaked && !is_final(task, batch.first_item.saturating_add(*i as u32))
			});
			let count = leaves.count() as u32;
			let sum = open.entry(labeler).or_default();
			*sum = sum.saturating_add(batch.bond.saturating_mul(count.into()));
		}
		open.into_iter().collect()
	}
}

impl<T: Config> Pallet<T> {
	/// The invariants: no item has more commitments (single ones plus its chunk's seats) than
	/// its task's redundancy, nobody holds two commitments to one item, every seat has its
	/// batch and every batch its seat, and every batch has a state per item.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use labelchain_primitives::TaskInspect;
		use polkadot_sdk::frame_support::ensure;
		for (task, item, entries) in Labels::<T>::iter() {
			let seats = Seats::<T>::get(task, Self::chunk_of(item));
			if let Some(view) = T::Tasks::task(task) {
				ensure!(
					entries.len().saturating_add(seats.len()) <= view.redundancy as usize,
					"more commitments than redundancy"
				);
				ensure!(item < view.item_count, "commitment to an item outside its task");
			}
			for entry in entries.iter() {
				ensure!(
					entries.iter().filter(|e| e.labeler == entry.labeler).count() == 1,
					"two commitments of one labeler to one item"
				);
				ensure!(!seats.contains(&entry.labeler), "a single commitment inside the labeler's batch");
				if entry.commitment == Commitment::Leaked {
					ensure!(entry.label.is_none(), "a leaked commitment was revealed");
				}
			}
		}
		for (task, chunk, seats) in Seats::<T>::iter() {
			if let Some(view) = T::Tasks::task(task) {
				ensure!(seats.len() <= view.redundancy as usize, "more seats than redundancy");
			}
			for labeler in seats.iter() {
				ensure!(Batches::<T>::contains_key((task, chunk, labeler)), "a seat without its batch");
			}
		}
		for (task, item, _) in Labels::<T>::iter() {
			ensure!(
				ChunkSingles::<T>::get(task, Self::chunk_of(item))
					.is_some_and(|bits| bits & Self::item_bit(item) != 0),
				"an item with commitments that finalization does not walk"
			);
		}
		for ((task, chunk, labeler), batch) in Batches::<T>::iter() {
			ensure!(Seats::<T>::get(task, chunk).contains(&labeler), "a batch without its seat");
			ensure!(Self::chunk_of(batch.first_item) == chunk, "a batch filed under another chunk");
			ensure!(batch.leaves.len() as u32 == batch.count, "a batch without a state per item");
			ensure!(ChunkSingles::<T>::contains_key(task, chunk), "a batch that finalization does not walk");
		}
		Ok(())
	}
}
