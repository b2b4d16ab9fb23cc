//! Revealing: checking labels and salts against the commitments: one item, several single
//! commitments at once, or a batch chunk.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	batch_salt, label_commitment, merkle, ItemIndex, Label, LabelSchema, TaskId, TaskInspect, TaskPhase,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{traits::Zero, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Refuses an answer the task's schema does not allow, naming what is wrong with it (the
	/// commitment then stays unrevealed: a no-show).
	pub(crate) fn check_answer(schema: &labelchain_primitives::LabelSchema, label: &Label) -> DispatchResult {
		use labelchain_primitives::answers::{check, AnswerError};
		check(schema, label).map_err(|e| {
			match e {
				AnswerError::WrongKind | AnswerError::OutOfRange => Error::<T>::LabelOutOfSchema,
				AnswerError::OffGrid => Error::<T>::AnswerOffGrid,
				AnswerError::EmptySet => Error::<T>::EmptyAnswer,
				AnswerError::NotAPermutation => Error::<T>::NotAPermutation,
				AnswerError::ClearTie => Error::<T>::ClearTie,
			}
			.into()
		})
	}

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
		Self::reveal_single(&Self::genesis_hash(), &schema, who, task, item, label, &salt)?;
		Self::deposit_event(Event::Revealed { task, item, labeler: who.clone(), label });
		Ok(())
	}

	/// Reveals several of `who`'s single commitments in the task at once: all or none.
	pub(crate) fn do_reveal_singles(
		who: &T::AccountId,
		task: TaskId,
		reveals: Vec<SingleReveal>,
	) -> DispatchResult {
		ensure!(reveals.len() as u32 <= T::MaxRevealChunk::get(), Error::<T>::BatchTooLarge);
		ensure!(!reveals.is_empty(), Error::<T>::EmptyBatch);
		let schema = Self::revealing_schema(task)?;
		let genesis = Self::genesis_hash();
		let mut revealed = BoundedVec::<(ItemIndex, Label), T::MaxRevealChunk>::new();
		for SingleReveal { item, label, salt } in reveals {
			Self::reveal_single(&genesis, &schema, who, task, item, label, &salt)?;
			revealed.try_push((item, label)).map_err(|_| Error::<T>::BatchTooLarge)?;
		}
		Self::deposit_event(Event::SinglesRevealed { task, labeler: who.clone(), labels: revealed });
		Ok(())
	}

	/// Checks `label` and `salt` against `who`'s single commitment to `item` and records the
	/// label.
	fn reveal_single(
		genesis: &H256,
		schema: &LabelSchema,
		who: &T::AccountId,
		task: TaskId,
		item: ItemIndex,
		label: Label,
		salt: &[u8; 32],
	) -> DispatchResult {
		Labels::<T>::try_mutate(task, item, |entries| {
			let Some(entry) = entries.iter_mut().find(|e| e.labeler == *who) else {
				// A batch leaf is revealed with its batch.
				let in_batch = Batches::<T>::contains_key((task, Self::chunk_of(item), who));
				return Err(if in_batch { Error::<T>::UseBatchReveal } else { Error::<T>::NoCommitment }.into());
			};
			let committed = match entry.commitment {
				Commitment::Single(hash) => hash,
				Commitment::Leaked => return Err(Error::<T>::NoCommitment.into()),
			};
			ensure!(entry.label.is_none(), Error::<T>::AlreadyRevealed);
			Self::check_answer(&schema, &label)?;
			ensure!(
				label_commitment(genesis, task, item, who, &label, salt) == committed,
				Error::<T>::CommitmentMismatch
			);
			entry.label = Some(label);
			Ok(())
		})
	}

	/// Marks a batch leaf revealed with `label`: only a hidden one (a leaked leaf is void).
	fn reveal_leaf(state: Option<&mut Leaf>, label: Label) -> DispatchResult {
		let state = state.ok_or(Error::<T>::NoCommitment)?;
		match state {
			Leaf::Hidden => *state = Leaf::Revealed(label),
			Leaf::Revealed(_) => return Err(Error::<T>::AlreadyRevealed.into()),
			Leaf::Leaked => return Err(Error::<T>::NoCommitment.into()),
		}
		Ok(())
	}

	pub(crate) fn do_reveal_batch(
		who: &T::AccountId,
		task: TaskId,
		leaves: Vec<BatchLeaf>,
	) -> DispatchResult {
		ensure!(leaves.len() as u32 <= T::MaxRevealChunk::get(), Error::<T>::BatchTooLarge);
		let first = leaves.first().ok_or(Error::<T>::EmptyBatch)?;
		let chunk = Self::chunk_of(first.item);
		let schema = Self::revealing_schema(task)?;
		let mut batch = Batches::<T>::get((task, chunk, who)).ok_or(Error::<T>::NoCommitment)?;
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
			Self::check_answer(&schema, &leaf.label)?;
			if !whole {
				let commitment = label_commitment(&genesis, task, leaf.item, who, &leaf.label, &leaf.salt);
				ensure!(
					merkle::verify(&batch.root, &leaf.proof, batch.count, position, &commitment),
					Error::<T>::CommitmentMismatch
				);
			}
			Self::reveal_leaf(batch.leaves.get_mut(position as usize), leaf.label)?;
			revealed.try_push((leaf.item, leaf.label)).map_err(|_| Error::<T>::BatchTooLarge)?;
		}
		Batches::<T>::insert((task, chunk, who), batch);
		Self::deposit_event(Event::BatchRevealed { task, labeler: who.clone(), labels: revealed });
		Ok(())
	}

	pub(crate) fn do_reveal_seeded_batch(
		who: &T::AccountId,
		task: TaskId,
		first_item: ItemIndex,
		labels: Vec<Label>,
		seed: [u8; 32],
	) -> DispatchResult {
		ensure!(labels.len() as u32 <= T::MaxRevealChunk::get(), Error::<T>::BatchTooLarge);
		let schema = Self::revealing_schema(task)?;
		let chunk = Self::chunk_of(first_item);
		let mut batch = Batches::<T>::get((task, chunk, who)).ok_or(Error::<T>::NoCommitment)?;
		ensure!(
			batch.first_item == first_item && labels.len() as u32 == batch.count,
			Error::<T>::NotWholeBatch
		);
		let genesis = Self::genesis_hash();
		let items = (first_item..first_item.saturating_add(batch.count)).zip(labels.iter());
		let commitments = items
			.clone()
			.map(|(item, label)| label_commitment(&genesis, task, item, who, label, &batch_salt(&seed, task, who, item)));
		ensure!(merkle::root(commitments) == batch.root, Error::<T>::CommitmentMismatch);

		let mut revealed = BoundedVec::<(ItemIndex, Label), T::MaxRevealChunk>::new();
		for ((item, label), state) in items.zip(batch.leaves.iter_mut()) {
			Self::check_answer(&schema, label)?;
			Self::reveal_leaf(Some(state), *label)?;
			revealed.try_push((item, *label)).map_err(|_| Error::<T>::BatchTooLarge)?;
		}
		Batches::<T>::insert((task, chunk, who), batch);
		Self::deposit_event(Event::BatchRevealed { task, labeler: who.clone(), labels: revealed });
		Ok(())
	}
}
