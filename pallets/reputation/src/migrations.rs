//! Storage migrations of the reputation pallet.

use crate::{pallet::*, types::*};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{DomainId, TaskId};
use polkadot_sdk::{frame_support, frame_system};

/// A labeler's domain records, each upgraded by `upgrade`; counts the labeler.
fn upgrade_records<Old, New, Max: Get<u32>>(
	old: BoundedBTreeMap<DomainId, Old, Max>,
	upgrade: fn(Old) -> New,
	count: &mut u64,
) -> Option<BoundedBTreeMap<DomainId, New, Max>> {
	*count = count.saturating_add(1);
	let new: alloc::collections::BTreeMap<_, _> = old.into_iter().map(|(domain, e)| (domain, upgrade(e))).collect();
	BoundedBTreeMap::try_from(new).ok()
}

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

	/// A domain record as version 1 stores it.
	#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct EvidenceV1<BlockNumber> {
		pub agree: u64,
		pub total: u64,
		pub pending: [PendingEvidence; PENDING_TASKS],
		pub decayed_at: BlockNumber,
	}

	impl<BlockNumber> OldEvidence<BlockNumber> {
		fn upgrade(self) -> EvidenceV1<BlockNumber> {
			let mut pending = [PendingEvidence::default(); PENDING_TASKS];
			pending[0] = PendingEvidence { task: self.pending_task, agree: self.pending_agree, total: self.pending_total };
			EvidenceV1 { agree: self.agree, total: self.total, pending, decayed_at: self.decayed_at }
		}
	}

	/// `Reputations` as version 1 stores it.
	#[frame_support::storage_alias]
	pub type Reputations<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		BoundedBTreeMap<DomainId, EvidenceV1<BlockNumberFor<T>>, <T as Config>::MaxDomainsPerLabeler>,
	>;

	/// The unversioned step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			// Written in version 1's layout, which the next step reads.
			Reputations::<T>::translate(|_, old| upgrade_records(old, OldEvidence::upgrade, &mut count));
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

/// Version 1 to 2: a domain record counts its gold results apart too (they bound the voting
/// estimate, `Pallet::bounded_by_gold`). Gold results recorded before are part of the
/// agreements and cannot be told apart: they stay there, and the gold count starts empty (no
/// bound until the labeler's next gold results).
pub mod v2 {
	use super::{v1::EvidenceV1, *};

	impl<BlockNumber> EvidenceV1<BlockNumber> {
		fn upgrade(self) -> Evidence<BlockNumber> {
			Evidence {
				agree: self.agree,
				total: self.total,
				pending: self.pending,
				decayed_at: self.decayed_at,
				gold_agree: 0,
				gold_total: 0,
			}
		}
	}

	/// The unversioned step; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			Reputations::<T>::translate(|_, old| upgrade_records(old, EvidenceV1::upgrade, &mut count));
			T::DbWeight::get().reads_writes(count, count)
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
