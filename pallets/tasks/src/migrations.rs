//! Storage migrations of the task registry.

use crate::{pallet::*, types::*};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use polkadot_sdk::{frame_support, frame_system};

/// Version 0 to 1: the gold deposit is held per gold item until settlement (`GoldHeld`), no
/// longer returned at the gold reveal. A running task whose gold is not revealed keeps what it
/// holds; one whose gold was revealed got its deposit back already and holds nothing. Reads every
/// task once: sized for a young chain, as this one is.
pub mod v1 {
	use super::*;

	/// The unversioned step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			for (id, task) in Tasks::<T>::iter() {
				reads = reads.saturating_add(1);
				if task.state != TaskState::Active || task.gold.is_none() {
					continue;
				}
				let held = if task.gold_revealed { Default::default() } else { task.terms.gold_deposit };
				GoldHeld::<T>::insert(id, held);
				writes = writes.saturating_add(1);
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}
	}

	/// Migrates from storage version 0 to 1 once.
	pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		UncheckedMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 to 2: state is paid for. A cancelled task's record is removed (nothing was
/// committed to it); a settled task is queued for pruning, one retention period from the
/// upgrade. Tasks created before hold no state deposit and return none. Reads every task once:
/// sized for a young chain, as this one is.
pub mod v2 {
	use super::*;

	/// The unversioned step; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			let at = frame_system::Pallet::<T>::block_number();
			let mut cancelled = alloc::vec::Vec::new();
			let mut tail = PruneTail::<T>::get();
			for (id, task) in Tasks::<T>::iter() {
				reads = reads.saturating_add(1);
				match task.state {
					TaskState::Cancelled => cancelled.push(id),
					TaskState::Settled => {
						PruneQueue::<T>::insert(tail, (id, at));
						tail = tail.wrapping_add(1);
						writes = writes.saturating_add(1);
					},
					TaskState::Active => {},
				}
			}
			PruneTail::<T>::put(tail);
			for id in cancelled {
				Tasks::<T>::remove(id);
				writes = writes.saturating_add(1);
			}
			T::DbWeight::get().reads_writes(reads, writes.saturating_add(1))
		}
	}

	/// Migrates from storage version 1 to 2 once.
	pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
		1,
		2,
		UncheckedMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
