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

/// Version 1 to 2: state is paid for, and the vote-weight rules are part of a task's terms. A
/// cancelled task's record is removed (nothing was committed to it); a settled task is queued
/// for pruning, one retention period from the upgrade. Tasks created before hold no state
/// deposit and return none. Every task's labeling terms gain the vote-weight rules in force at
/// the upgrade (which it was being decided by). Reads every task once: sized for a young chain,
/// as this one is.
pub mod v2 {
	use super::*;

	use labelchain_primitives::{DomainId, LabelSchema, LabelingTerms, ProvenanceRoot, Tier};
	use polkadot_sdk::{sp_core::H256, sp_runtime::{Perbill, Permill}};

	/// The labeling terms of version 1, without the vote-weight rules.
	#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, Debug)]
	pub struct OldLabelingTerms<Balance, BlockNumber> {
		pub commit_bond: Balance,
		pub commit_bond_multiple: u32,
		pub leak_slash: Perbill,
		pub leak_reward: Perbill,
		pub quorum: u32,
		pub threshold: Perbill,
		pub clear_margin: Perbill,
		pub deviation_slash: Perbill,
		pub no_reveal_slash: Perbill,
		pub slash_to_agreeing: bool,
		pub escalation_period: BlockNumber,
	}

	/// The task record of version 1 (its terms' labeling rules are [`OldLabelingTerms`]).
	#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug)]
	pub struct OldTask<AccountId, Balance, BlockNumber, Uri, Listed> {
		pub requester: AccountId,
		pub manifest_hash: H256,
		pub manifest_uri: Uri,
		pub domain: DomainId,
		pub schema: LabelSchema,
		pub items: Items<Listed>,
		pub redundancy: u8,
		pub min_tier: Tier,
		pub created_at: BlockNumber,
		pub commit_deadline: BlockNumber,
		pub reveal_deadline: BlockNumber,
		pub reward_per_item: Balance,
		pub gold: Option<GoldSpec>,
		pub gold_revealed: bool,
		pub protocol_fee: Permill,
		pub gold_deposit: Balance,
		pub gold_reveal_deadline: BlockNumber,
		pub settle_at: BlockNumber,
		pub labeling: OldLabelingTerms<Balance, BlockNumber>,
		pub escrow: Escrow<Balance>,
		pub commitments: u32,
		pub finalized_items: u32,
		pub state: TaskState,
		pub provenance: Option<ProvenanceRoot>,
	}

	pub type OldTaskOf<T> = OldTask<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		frame_system::pallet_prelude::BlockNumberFor<T>,
		BoundedVec<u8, <T as Config>::MaxUriLen>,
		BoundedVec<H256, <T as Config>::MaxListedItems>,
	>;

	impl<AccountId, Balance: Copy, BlockNumber: Copy, Uri, Listed> OldTask<AccountId, Balance, BlockNumber, Uri, Listed> {
		/// The version-2 record, with `now`'s vote-weight rules.
		pub fn upgrade(
			self,
			now: &LabelingTerms<Balance, BlockNumber>,
		) -> crate::types::Task<AccountId, Balance, BlockNumber, Uri, Listed> {
			let l = self.labeling;
			crate::types::Task {
				requester: self.requester,
				manifest_hash: self.manifest_hash,
				manifest_uri: self.manifest_uri,
				domain: self.domain,
				schema: self.schema,
				items: self.items,
				redundancy: self.redundancy,
				min_tier: self.min_tier,
				created_at: self.created_at,
				commit_deadline: self.commit_deadline,
				reveal_deadline: self.reveal_deadline,
				reward_per_item: self.reward_per_item,
				gold: self.gold,
				gold_revealed: self.gold_revealed,
				terms: TaskTerms {
					protocol_fee: self.protocol_fee,
					gold_deposit: self.gold_deposit,
					gold_reveal_deadline: self.gold_reveal_deadline,
					settle_at: self.settle_at,
					labeling: LabelingTerms {
						commit_bond: l.commit_bond,
						commit_bond_multiple: l.commit_bond_multiple,
						leak_slash: l.leak_slash,
						leak_reward: l.leak_reward,
						quorum: l.quorum,
						threshold: l.threshold,
						clear_margin: l.clear_margin,
						deviation_slash: l.deviation_slash,
						no_reveal_slash: l.no_reveal_slash,
						slash_to_agreeing: l.slash_to_agreeing,
						escalation_period: l.escalation_period,
						max_accuracy: now.max_accuracy,
						stake_weight_cap: now.stake_weight_cap,
						stake_for_full_weight: now.stake_for_full_weight,
					},
				},
				escrow: self.escrow,
				commitments: self.commitments,
				finalized_items: self.finalized_items,
				state: self.state,
				provenance: self.provenance,
				// Written in today's layout (the chain is past version 2, so this step only
				// runs in its test): the curve version 4 appends.
				pay_curve: Default::default(),
			}
		}
	}

	/// The unversioned step; use [`MigrateV1ToV2`].
	pub struct UncheckedMigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			let at = frame_system::Pallet::<T>::block_number();
			let mut cancelled = alloc::vec::Vec::new();
			let mut tail = PruneTail::<T>::get();
			let terms = T::LabelingTerms::get();
			Tasks::<T>::translate::<OldTaskOf<T>, _>(|_, old| {
				reads = reads.saturating_add(1);
				writes = writes.saturating_add(1);
				Some(old.upgrade(&terms))
			});
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

/// Version 2 to 3: work is dealt by lot. Tasks still open for commitments at the upgrade are
/// handed to dealing, as new tasks are when created (their seats are dealt from the next block;
/// commitments made before stay). Reads every task once: sized for a young chain, as this one is.
pub mod v3 {
	use super::*;
	use frame_system::pallet_prelude::BlockNumberFor;

	/// The unversioned step; use [`MigrateV2ToV3`].
	pub struct UncheckedMigrateV2ToV3<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV2ToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let now: BlockNumberFor<T> = frame_system::Pallet::<T>::block_number();
			let (mut reads, mut writes) = (0u64, 0u64);
			for (id, task) in Tasks::<T>::iter() {
				reads = reads.saturating_add(1);
				if task.state == TaskState::Active && now <= task.commit_deadline {
					<T::Dealing as labelchain_primitives::WorkDealing<T::AccountId>>::task_opened(id);
					writes = writes.saturating_add(2);
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}
	}

	/// Migrates from storage version 2 to 3 once.
	pub type MigrateV2ToV3<T> = frame_support::migrations::VersionedMigration<
		2,
		3,
		UncheckedMigrateV2ToV3<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 3 to 4: graded answers are paid by a curve, kept per task. Every task record gains
/// the governed curve in force at the upgrade, appended to its bytes (the record's last field).
/// Reads every task once: sized for a young chain, as this one is.
pub mod v4 {
	use super::*;
	use alloc::vec::Vec;
	use codec::Input;

	/// A stored value's bytes, whole.
	pub struct RawRecord(pub Vec<u8>);

	impl Decode for RawRecord {
		fn decode<I: Input>(input: &mut I) -> Result<Self, codec::Error> {
			let len = input.remaining_len()?.ok_or("a stored value has a length")?;
			let mut bytes = alloc::vec![0u8; len];
			input.read(&mut bytes)?;
			Ok(RawRecord(bytes))
		}
	}

	/// The unversioned step; use [`MigrateV3ToV4`].
	pub struct UncheckedMigrateV3ToV4<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateV3ToV4<T> {
		fn on_runtime_upgrade() -> Weight {
			let curve = T::PayCurve::get().encode();
			let mut count = 0u64;
			Tasks::<T>::translate::<RawRecord, _>(|id, RawRecord(mut bytes)| {
				count = count.saturating_add(1);
				bytes.extend_from_slice(&curve);
				let upgraded = TaskOf::<T>::decode(&mut &bytes[..]).ok();
				if upgraded.is_none() {
					log::error!(target: "runtime::tasks", "task {id} did not upgrade to version 4");
				}
				upgraded
			});
			T::DbWeight::get().reads_writes(count, count)
		}
	}

	/// Migrates from storage version 3 to 4 once.
	pub type MigrateV3ToV4<T> = frame_support::migrations::VersionedMigration<
		3,
		4,
		UncheckedMigrateV3ToV4<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
