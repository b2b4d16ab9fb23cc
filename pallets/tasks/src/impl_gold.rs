//! Gold answers: committed at creation, revealed after the reveal deadline.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	traits::Get,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use labelchain_primitives::{ItemIndex, Label, OnFirstCommitment, TaskId};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_io::hashing::blake2_256,
	sp_runtime::{
		traits::{Saturating, Zero},
		DispatchResult,
	},
};

/// The hash a requester commits to at creation: `blake2_256(SCALE((task, answers, salt)))`.
pub fn gold_commitment(task: TaskId, answers: &[(ItemIndex, Label)], salt: &[u8; 32]) -> H256 {
	H256(blake2_256(&(task, answers, salt).encode()))
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_reveal_gold(
		who: &T::AccountId,
		task_id: TaskId,
		answers: Vec<(ItemIndex, Label)>,
		salt: [u8; 32],
	) -> DispatchResult {
		let mut task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.requester == *who, Error::<T>::NotRequester);
		ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
		let gold = task.gold.ok_or(Error::<T>::NoGold)?;
		ensure!(!task.gold_revealed, Error::<T>::GoldAlreadyRevealed);
		let now = frame_system::Pallet::<T>::block_number();
		// After the reveal window, extended or not: a labeler who has not revealed must not see
		// the gold answers first.
		ensure!(
			now > task.commit_deadline && !Self::reveal_window_open(&task, now),
			Error::<T>::GoldRevealTooEarly
		);
		ensure!(now <= task.terms.gold_reveal_deadline, Error::<T>::GoldRevealTooLate);

		let item_count = task.items.count();
		let well_formed = answers.len() as u32 == gold.count &&
			answers.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)) &&
			answers.iter().all(|(item, label)| *item < item_count && task.schema.accepts(label));
		ensure!(well_formed, Error::<T>::InvalidGoldAnswers);
		ensure!(
			gold_commitment(task_id, &answers, &salt) == gold.commitment,
			Error::<T>::GoldMismatch
		);
		let answers: GoldAnswersOf<T> =
			answers.try_into().map_err(|_| Error::<T>::InvalidGoldAnswers)?;

		// The deposit stays held: review may still reject an answer, until settlement.
		GoldAnswers::<T>::insert(task_id, answers);
		task.gold_revealed = true;
		// Finalization waited for these answers until their deadline: it can start now.
		if task.commitments > 0 {
			T::OnFirstCommitment::on_ready_early(task_id, now.saturating_add(1u32.into()));
		}
		Tasks::<T>::insert(task_id, task);
		Self::deposit_event(Event::GoldRevealed { task: task_id, count: gold.count });
		Ok(())
	}

	/// Review rejected the gold answer of `item`: its part of the gold deposit (the deposit
	/// over the gold count) goes in equal shares to `winners`, the labelers who gave the
	/// upheld answer (to the treasury if none did). Returns what moved.
	pub(crate) fn do_forfeit_gold_item(
		task_id: TaskId,
		item: ItemIndex,
		winners: &[T::AccountId],
	) -> Result<BalanceOf<T>, polkadot_sdk::sp_runtime::DispatchError> {
		let task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		let gold = task.gold.ok_or(Error::<T>::NoGold)?;
		let held = GoldHeld::<T>::get(task_id).unwrap_or_default();
		let part = (task.terms.gold_deposit / BalanceOf::<T>::from(gold.count.max(1))).min(held);
		if part.is_zero() {
			return Ok(part);
		}
		let treasury = [T::FeeDestination::get()];
		let to: &[T::AccountId] = if winners.is_empty() { &treasury } else { winners };
		let share = part / BalanceOf::<T>::from(to.len().min(u32::MAX as usize) as u32);
		let mut moved: BalanceOf<T> = Zero::zero();
		for (index, recipient) in to.iter().enumerate() {
			// The last share takes what division left.
			let amount = if index + 1 == to.len() { part.saturating_sub(moved) } else { share };
			if amount.is_zero() {
				continue;
			}
			moved = moved.saturating_add(T::Currency::transfer_on_hold(
				&HoldReason::GoldDeposit.into(),
				&task.requester,
				recipient,
				amount,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)?);
		}
		GoldHeld::<T>::insert(task_id, held.saturating_sub(moved));
		Self::deposit_event(Event::GoldItemForfeited { task: task_id, item, amount: moved });
		Ok(moved)
	}
}
