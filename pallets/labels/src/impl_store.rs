//! What consensus reads ([`LabelStore`]) and the invariants of the pallet.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use labelchain_primitives::{ItemIndex, LabelStore, TaskId, Vote};

impl<T: Config> LabelStore<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn votes(task: TaskId, item: ItemIndex) -> Vec<Vote<T::AccountId, BalanceOf<T>>> {
		Labels::<T>::get(task, item)
			.into_iter()
			.filter(|e| e.commitment != Commitment::Leaked)
			.map(|e| Vote { labeler: e.labeler, label: e.label, bond: e.bond })
			.collect()
	}

	fn all_revealed(task: TaskId, item: ItemIndex) -> bool {
		let entries = Labels::<T>::get(task, item);
		let mut live = entries.iter().filter(|e| e.commitment != Commitment::Leaked).peekable();
		live.peek().is_some() && live.all(|e| e.label.is_some())
	}

	fn consume(task: TaskId, item: ItemIndex) {
		Labels::<T>::remove(task, item);
	}

	fn prune_task(task: TaskId, limit: u32) -> bool {
		Batches::<T>::clear_prefix(task, limit, None).maybe_cursor.is_none()
	}
}

impl<T: Config> Pallet<T> {
	/// The invariants: no item has more commitments than its task's redundancy, every label
	/// belongs to a live commitment, and batch leaves have their batch.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use labelchain_primitives::TaskInspect;
		use polkadot_sdk::frame_support::ensure;
		for (task, item, entries) in Labels::<T>::iter() {
			if let Some(view) = T::Tasks::task(task) {
				ensure!(entries.len() <= view.redundancy as usize, "more commitments than redundancy");
				ensure!(item < view.item_count, "commitment to an item outside its task");
			}
			for entry in entries.iter() {
				ensure!(
					entries.iter().filter(|e| e.labeler == entry.labeler).count() == 1,
					"two commitments of one labeler to one item"
				);
				match entry.commitment {
					Commitment::Leaked => ensure!(entry.label.is_none(), "a leaked commitment was revealed"),
					Commitment::Batch => ensure!(
						Batches::<T>::contains_key(task, &entry.labeler),
						"a batch leaf without its batch"
					),
					Commitment::Single(_) => {},
				}
			}
		}
		for (_, _, batch) in Batches::<T>::iter() {
			ensure!(batch.revealed <= batch.count, "more batch leaves revealed than committed");
		}
		Ok(())
	}
}
