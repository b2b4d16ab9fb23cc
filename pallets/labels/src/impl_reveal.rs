//! Revealing: checking a label and salt against the commitment, one item or a batch chunk.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	label_commitment, merkle, ItemIndex, Label, LabelSchema, TaskId, TaskInspect, TaskPhase,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{traits::Zero, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// The hash of the genesis block, which every commitment includes.
	pub fn genesis_hash() -> H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		H256::from_slice(hash.as_ref())
	}

	/// The commitment `who` would make to `label` on `item` with `salt`.
	pub fn commitment_of(
		who: &T::AccountId,
		task: TaskId,
		item: ItemIndex,
		label: &Label,
		salt: &[u8; 32],
	) -> H256 {
		label_commitment(&Self::genesis_hash(), task, item, who, label, salt)
	}

	/// The task's schema, if it is in its reveal window.
	fn revealing_schema(task: TaskId) -> Result<LabelSchema, DispatchError> {
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(view.phase == TaskPhase::Revealing, Error::<T>::NotRevealWindow);
		Ok(view.schema)
	}

	pub(crate) fn do_reveal(
		who: &T::AccountId,
		task: TaskId,
		item: ItemIndex,
		label: Label,
		salt: [u8; 32],
	) -> DispatchResult {
		let schema = Self::revealing_schema(task)?;
		Labels::<T>::try_mutate(task, item, |entries| {
			let entry =
				entries.iter_mut().find(|e| e.labeler == *who).ok_or(Error::<T>::NoCommitment)?;
			let committed = match entry.commitment {
				Commitment::Single(hash) => hash,
				Commitment::Batch => return Err(Error::<T>::UseBatchReveal.into()),
				Commitment::Leaked => return Err(Error::<T>::NoCommitment.into()),
			};
			ensure!(entry.label.is_none(), Error::<T>::AlreadyRevealed);
			ensure!(schema.accepts(&label), Error::<T>::LabelOutOfSchema);
			ensure!(
				Self::commitment_of(who, task, item, &label, &salt) == committed,
				Error::<T>::CommitmentMismatch
			);
			entry.label = Some(label);
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::Revealed { task, item, labeler: who.clone(), label });
		Ok(())
	}

	pub(crate) fn do_reveal_batch(
		who: &T::AccountId,
		task: TaskId,
		leaves: Vec<BatchLeaf>,
	) -> DispatchResult {
		ensure!(leaves.len() as u32 <= T::MaxRevealChunk::get(), Error::<T>::BatchTooLarge);
		let schema = Self::revealing_schema(task)?;
		let mut batch = Batches::<T>::get(task, who).ok_or(Error::<T>::NoCommitment)?;
		let genesis = Self::genesis_hash();
		let mut revealed = BoundedVec::<(ItemIndex, Label), T::MaxRevealChunk>::new();

		// The whole batch, in order and without proofs: the root is recomputed from the leaves,
		// which hashes a fraction of what proofs would and leaves the proofs' bytes (most of a
		// batch reveal) out of the block.
		let whole = leaves.len() as u32 == batch.count &&
			leaves.iter().enumerate().all(|(i, leaf)| {
				leaf.proof.is_empty() && Some(leaf.item) == batch.first_item.checked_add(i as u32)
			});
		if whole {
			let commitments = leaves
				.iter()
				.map(|leaf| label_commitment(&genesis, task, leaf.item, who, &leaf.label, &leaf.salt));
			ensure!(merkle::root(commitments) == batch.root, Error::<T>::CommitmentMismatch);
		}

		for leaf in leaves {
			ensure!(leaf.proof.len() as u32 <= T::MaxProofLen::get(), Error::<T>::ProofTooLong);
			let position = leaf
				.item
				.checked_sub(batch.first_item)
				.filter(|p| *p < batch.count)
				.ok_or(Error::<T>::NoCommitment)?;
			ensure!(schema.accepts(&leaf.label), Error::<T>::LabelOutOfSchema);
			if !whole {
				let commitment = label_commitment(&genesis, task, leaf.item, who, &leaf.label, &leaf.salt);
				ensure!(
					merkle::verify(&batch.root, &leaf.proof, batch.count, position, &commitment),
					Error::<T>::CommitmentMismatch
				);
			}
			Labels::<T>::try_mutate(task, leaf.item, |entries| {
				let entry = entries
					.iter_mut()
					.find(|e| e.labeler == *who && e.commitment == Commitment::Batch)
					.ok_or(Error::<T>::NoCommitment)?;
				ensure!(entry.label.is_none(), Error::<T>::AlreadyRevealed);
				entry.label = Some(leaf.label);
				Ok::<_, DispatchError>(())
			})?;
			batch.revealed = batch.revealed.saturating_add(1);
			revealed.try_push((leaf.item, leaf.label)).map_err(|_| Error::<T>::BatchTooLarge)?;
		}
		Batches::<T>::insert(task, who, batch);
		Self::deposit_event(Event::BatchRevealed { task, labeler: who.clone(), labels: revealed });
		Ok(())
	}
}
