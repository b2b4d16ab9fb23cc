//! What consensus reads ([`LabelStore`]) and the invariants of the pallet.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use labelchain_primitives::{ItemIndex, Label, LabelStore, TaskId, Vote};

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

	fn prune_task(task: TaskId, limit: u32) -> bool {
		let batches = Batches::<T>::clear_prefix((task,), limit, None);
		let left = limit.saturating_sub(batches.loops);
		if batches.maybe_cursor.is_some() || left == 0 {
			return false;
		}
		Seats::<T>::clear_prefix(task, left, None).maybe_cursor.is_none()
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
		for ((task, chunk, labeler), batch) in Batches::<T>::iter() {
			ensure!(Seats::<T>::get(task, chunk).contains(&labeler), "a batch without its seat");
			ensure!(Self::chunk_of(batch.first_item) == chunk, "a batch filed under another chunk");
			ensure!(batch.leaves.len() as u32 == batch.count, "a batch without a state per item");
		}
		Ok(())
	}
}
