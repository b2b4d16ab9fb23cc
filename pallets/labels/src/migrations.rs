//! Storage migrations of the labels pallet.

use crate::pallet::*;
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use polkadot_sdk::{frame_support, frame_system};

/// Version 0 to 1: lists the chunks that hold commitments (`WorkChunks`, `ChunkSingles`), which
/// finalization now walks instead of every item of a task. Reads every commitment key once:
/// sized for a young chain, as this one is.
pub mod v1 {
	use super::*;

	/// The unversioned step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			let singles: alloc::vec::Vec<_> = Labels::<T>::iter_keys().collect();
			for (task, item) in singles {
				Pallet::<T>::note_work(task, Pallet::<T>::chunk_of(item), Pallet::<T>::item_bit(item));
				reads = reads.saturating_add(3);
				writes = writes.saturating_add(3);
			}
			let seated: alloc::vec::Vec<_> = Seats::<T>::iter_keys().collect();
			for (task, chunk) in seated {
				Pallet::<T>::note_work(task, chunk, 0);
				reads = reads.saturating_add(3);
				writes = writes.saturating_add(3);
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
