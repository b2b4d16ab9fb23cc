//! Leak reports: an answer published before the reveal window voids the commitment and costs
//! the labeler a share of their stake, part of which rewards the reporter; what is not the
//! reporter's is at least the commitment's bond.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use labelchain_primitives::{merkle, SlashAmount, StakeLock, StakeSlash, TaskId, TaskInspect, TaskPhase};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{
		traits::{Saturating, Zero},
		DispatchResult, Perbill,
	},
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_report_leak(
		reporter: &T::AccountId,
		task: TaskId,
		labeler: &T::AccountId,
		leaf: BatchLeaf,
	) -> DispatchResult {
		ensure!(reporter != labeler, Error::<T>::SelfReport);
		ensure!(leaf.proof.len() as u32 <= T::MaxProofLen::get(), Error::<T>::ProofTooLong);
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(view.phase == TaskPhase::Open, Error::<T>::LeakWindowClosed);

		let commitment = Self::commitment_of(labeler, task, leaf.item, &leaf.label, &leaf.salt);
		let mut entries = Labels::<T>::get(task, leaf.item);
		let bond = if let Some(index) = entries.iter().position(|e| e.labeler == *labeler) {
			let entry = entries.get(index).ok_or(Error::<T>::NoCommitment)?;
			match entry.commitment {
				Commitment::Single(hash) => ensure!(hash == commitment, Error::<T>::CommitmentMismatch),
				Commitment::Leaked => return Err(Error::<T>::NoCommitment.into()),
			}
			// The void commitment gives its seat up: a self-report through a sybil squats none.
			let bond = entries.remove(index).bond;
			Labels::<T>::insert(task, leaf.item, entries);
			bond
		} else {
			Batches::<T>::try_mutate((task, Self::chunk_of(leaf.item), labeler), |batch| {
				let batch = batch.as_mut().ok_or(Error::<T>::NoCommitment)?;
				let position = leaf
					.item
					.checked_sub(batch.first_item)
					.filter(|p| *p < batch.count)
					.ok_or(Error::<T>::NoCommitment)?;
				ensure!(
					merkle::verify(&batch.root, &leaf.proof, batch.count, position, &commitment),
					Error::<T>::CommitmentMismatch
				);
				let state = batch.leaves.get_mut(position as usize).ok_or(Error::<T>::NoCommitment)?;
				ensure!(*state == Leaf::Hidden, Error::<T>::NoCommitment);
				*state = Leaf::Leaked;
				Ok::<_, DispatchError>(batch.bond)
			})?
		};
		if !bond.is_zero() {
			T::Stake::unlock(labeler, bond);
		}

		// The share of stake, but never so little that the treasury's part falls short of the
		// bond: a self-report through a sybil (who gets the reporter's part back) then costs
		// at least what not revealing would, and a kept seat costs its squatter a whole bond,
		// more than the share of one item it denies the others.
		let keep = Perbill::one().saturating_sub(view.labeling.leak_reward);
		let total = (view.labeling.leak_slash * T::Stake::slashable(labeler))
			.max(keep.saturating_reciprocal_mul_ceil(bond));
		let reward_part = view.labeling.leak_reward * total;
		let reward = T::Stake::slash(labeler, SlashAmount::Fixed(reward_part), reporter);
		let rest = T::Stake::slash(
			labeler,
			SlashAmount::Fixed(total.saturating_sub(reward_part)),
			&T::SlashDestination::get(),
		);
		// A proven leak is the mark of a label sold or shown to a cartel: the labeler drops to
		// the lowest tier for the governed suspension period.
		T::Stake::suspend(labeler);
		Self::deposit_event(Event::LeakReported {
			task,
			item: leaf.item,
			labeler: labeler.clone(),
			reporter: reporter.clone(),
			slashed: reward.saturating_add(rest),
			reward,
		});
		Ok(())
	}
}
