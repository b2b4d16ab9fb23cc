//! Storage migrations of the reputation pallet.

use crate::{pallet::*, types::*};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{DomainId, TaskId};
use polkadot_sdk::{frame_support, frame_system};

/// Version 0 to 1: a domain record holds up to `PENDING_TASKS` tasks' pending evidence instead
/// of one (finalization interleaves tasks: one slot merged a task's evidence into its own votes
/// as soon as another task of the labeler recorded). The one pending task becomes the first
/// slot. Rewrites every record once: sized for a young chain, as this one is.
pub mod v1 {
	use super::*;

	/// A domain record as version 0 stored it.
	#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldEvidence<BlockNumber> {
		pub agree: u64,
		pub total: u64,
		pub pending_task: TaskId,
		pub pending_agree: u64,
		pub pending_total: u64,
		pub decayed_at: BlockNumber,
	}

	impl<BlockNumber> OldEvidence<BlockNumber> {
		fn upgrade(self) -> Evidence<BlockNumber> {
			let mut pending = [PendingEvidence::default(); PENDING_TASKS];
			pending[0] = PendingEvidence { task: self.pending_task, agree: self.pending_agree, total: self.pending_total };
			Evidence { agree: self.agree, total: self.total, pending, decayed_at: self.decayed_at }
		}
	}

	/// The unversioned step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			Reputations::<T>::translate::<
				BoundedBTreeMap<DomainId, OldEvidence<BlockNumberFor<T>>, T::MaxDomainsPerLabeler>,
				_,
			>(|_, old| {
				count = count.saturating_add(1);
				let new: alloc::collections::BTreeMap<_, _> =
					old.into_iter().map(|(domain, e)| (domain, e.upgrade())).collect();
				BoundedBTreeMap::try_from(new).ok()
			});
			T::DbWeight::get().reads_writes(count, count)
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
