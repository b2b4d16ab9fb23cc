//! Storage migrations of the consensus pallet.

use crate::{pallet::*, types::Job};
use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{ItemIndex, TaskId};
use polkadot_sdk::{frame_support, frame_system};

/// Version 0 to 1: per-block job buckets become the agenda, walks follow the labels pallet's
/// committed chunks (every queued walk restarts: items already final are passed over), and
/// tasks with unfinished work are marked `InProgress` so that they do not settle before it is
/// done. Early prune jobs of tasks with open escalations are dropped: the task is pruned when
/// its last escalation closes. Run together with the labels pallet's `v1`, which lists the
/// committed chunks.
pub mod v1 {
	use super::*;

	/// A job as version 0 stored it.
	#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub enum OldJob {
		Task { task: TaskId, next_item: ItemIndex },
		CloseEscalation { task: TaskId, item: ItemIndex },
		PruneTask { task: TaskId },
	}

	/// Version 0's per-block buckets.
	#[frame_support::storage_alias]
	pub type Schedule<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<OldJob, <T as Config>::MaxJobsPerBlock>,
		ValueQuery,
	>;

	/// The unversioned step; use [`MigrateV0ToV1`].
	pub struct UncheckedMigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedMigrateV0ToV1<T> {
		/// The new job for an old one; `None` drops it.
		fn convert(old: OldJob) -> Option<Job> {
			match old {
				OldJob::Task { task, .. } => Some(Job::walk(task)),
				OldJob::CloseEscalation { task, item } => Some(Job::CloseEscalation { task, item }),
				// Pruned when the task is done (now, if it is not in progress).
				OldJob::PruneTask { task } =>
					(!InProgress::<T>::contains_key(task)).then_some(Job::PruneTask { task }),
			}
		}

		fn mark_walk(old: &OldJob, reads_writes: &mut (u64, u64)) {
			if let OldJob::Task { task, .. } = old {
				InProgress::<T>::insert(task, false);
				reads_writes.1 = reads_writes.1.saturating_add(1);
			}
		}
	}

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut rw = (0u64, 0u64);
			let now = frame_system::Pallet::<T>::block_number();
			AgendaCursor::<T>::put((now, 0));
			// Tasks with work left: a walk queued or scheduled, or open escalations.
			let scheduled: alloc::vec::Vec<(BlockNumberFor<T>, BoundedVec<OldJob, T::MaxJobsPerBlock>)> =
				Schedule::<T>::drain().collect();
			let queued: alloc::vec::Vec<(u32, OldJob)> = Queue::<T>::iter_keys()
				.filter_map(|slot| {
					let raw = polkadot_sdk::frame_support::storage::unhashed::get_raw(&Queue::<T>::hashed_key_for(slot))?;
					OldJob::decode(&mut &raw[..]).ok().map(|job| (slot, job))
				})
				.collect();
			rw.0 = rw.0.saturating_add(scheduled.len() as u64).saturating_add(queued.len() as u64);
			for job in scheduled.iter().flat_map(|(_, jobs)| jobs.iter()).chain(queued.iter().map(|(_, j)| j)) {
				Self::mark_walk(job, &mut rw);
			}
			for (task, _) in Escalations::<T>::iter_keys() {
				rw.0 = rw.0.saturating_add(1);
				if !InProgress::<T>::contains_key(task) {
					InProgress::<T>::insert(task, true);
					rw.1 = rw.1.saturating_add(1);
				}
			}
			for (block, jobs) in scheduled {
				for job in jobs.into_iter().filter_map(Self::convert) {
					Pallet::<T>::schedule(job, block);
					rw.1 = rw.1.saturating_add(2);
				}
			}
			for (slot, old) in queued {
				match Self::convert(old) {
					Some(job) => Queue::<T>::insert(slot, job),
					// A dropped job leaves an empty slot, which the queue passes over.
					None => Queue::<T>::remove(slot),
				}
				rw.1 = rw.1.saturating_add(1);
			}
			T::DbWeight::get().reads_writes(rw.0, rw.1)
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

/// Version 1 to 2: a result keeps no provenance leaf (recomputed from the result and the votes
/// of its `ItemFinalized` event, proven by the root) and its item key is `Identity` instead of
/// `Twox64Concat`. Rewrites every result once: sized for a young chain, as this one is.
pub mod v2 {
	use super::*;
	use crate::types::{Decision, ItemResult};
	use labelchain_primitives::Label;
	use polkadot_sdk::{sp_core::H256, sp_runtime::Perbill};

	/// A result as version 1 stored it.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldItemResult<BlockNumber> {
		pub label: Option<Label>,
		pub decision: Decision,
		pub confidence: Perbill,
		pub revealed: u8,
		pub agreeing: u8,
		pub block: BlockNumber,
		pub position: u32,
		pub leaf: H256,
	}

	impl<BlockNumber> From<OldItemResult<BlockNumber>> for ItemResult<BlockNumber> {
		fn from(r: OldItemResult<BlockNumber>) -> Self {
			let OldItemResult { label, decision, confidence, revealed, agreeing, block, position, leaf: _ } = r;
			ItemResult { label, decision, confidence, revealed, agreeing, block, position }
		}
	}

	/// Version 1's results, keyed by hashed items.
	#[frame_support::storage_alias]
	pub type OldResults<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ItemIndex,
		OldItemResult<BlockNumberFor<T>>,
	>;

	/// The unversioned step; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			// Both maps share one prefix: read all, clear, write back under the new keys.
			let old: alloc::vec::Vec<_> = OldResults::<T>::drain().collect();
			let count = old.len() as u64;
			for (task, item, r) in old {
				Results::<T>::insert(task, item, ItemResult::from(r));
			}
			T::DbWeight::get().reads_writes(count, count.saturating_mul(2))
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
