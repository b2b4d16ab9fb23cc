//! What the labeling pallets ask of the registry ([`TaskInspect`]) and the only ways they move
//! a task's money ([`TaskHooks`]).

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	merkle, ItemIndex, Label, OnFirstCommitment, TaskHooks, TaskId, TaskInspect, TaskPhase,
	TaskView,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{traits::Saturating, DispatchError, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// The task's phase at block `now`: the deadlines decide it while the task runs, and the
	/// reveal window is extended while its blocks were congested.
	pub fn phase_at(task: &TaskOf<T>, now: BlockNumberFor<T>) -> TaskPhase {
		match task.state {
			TaskState::Settled => TaskPhase::Settled,
			TaskState::Cancelled => TaskPhase::Cancelled,
			TaskState::Active if now <= task.commit_deadline => TaskPhase::Open,
			TaskState::Active if Self::reveal_window_open(task, now) => TaskPhase::Revealing,
			TaskState::Active => TaskPhase::Finalizing,
		}
	}

	/// The view of a task that other pallets and the runtime API get.
	pub fn view(task: &TaskOf<T>) -> TaskView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		TaskView {
			requester: task.requester.clone(),
			domain: task.domain,
			schema: task.schema,
			item_count: task.items.count(),
			redundancy: task.redundancy,
			min_tier: task.min_tier,
			commit_deadline: task.commit_deadline,
			reveal_deadline: task.reveal_deadline,
			reward_per_item: task.reward_per_item,
			protocol_fee: task.terms.protocol_fee,
			labeling: task.terms.labeling,
			pay_curve: task.pay_curve,
			phase: Self::phase_at(task, frame_system::Pallet::<T>::block_number()),
			gold_count: task.gold.map(|g| g.count).unwrap_or(0),
			gold_reveal_deadline: if task.gold.is_some() {
				task.terms.gold_reveal_deadline
			} else {
				task.reveal_deadline
			},
		}
	}
}

impl<T: Config> TaskInspect<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn task(task: TaskId) -> Option<TaskView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		Tasks::<T>::get(task).map(|t| Self::view(&t))
	}

	fn contains_item(task: TaskId, index: ItemIndex, item_hash: &H256, proof: &[H256]) -> bool {
		let Some(task) = Tasks::<T>::get(task) else { return false };
		match &task.items {
			Items::List(list) => proof.is_empty() && list.get(index as usize) == Some(item_hash),
			Items::Merkle { root, count } => merkle::verify(root, proof, *count, index, item_hash),
			Items::Submissions { of, count } =>
				proof.is_empty() &&
					index < *count &&
					Submissions::<T>::get(of, index).is_some_and(|s| s.digest == *item_hash),
		}
	}

	fn contains_items(task: TaskId, items: &[(ItemIndex, H256)], proof: &[H256]) -> bool {
		let Some(task) = Tasks::<T>::get(task) else { return false };
		match &task.items {
			Items::List(list) =>
				proof.is_empty() &&
					!items.is_empty() &&
					items.iter().all(|(index, hash)| list.get(*index as usize) == Some(hash)),
			Items::Merkle { root, count } => merkle::verify_multi(root, *count, items, proof),
			Items::Submissions { of, count } =>
				proof.is_empty() &&
					!items.is_empty() &&
					items.iter().all(|(index, hash)| {
						*index < *count &&
							Submissions::<T>::get(of, index).is_some_and(|s| s.digest == *hash)
					}),
		}
	}

	fn gold_label(task: TaskId, index: ItemIndex) -> Option<Label> {
		let answers = GoldAnswers::<T>::get(task)?;
		let at = answers.binary_search_by_key(&index, |(item, _)| *item).ok()?;
		answers.get(at).map(|(_, label)| *label)
	}

	fn gold_item(task: TaskId, nth: u32) -> Option<(ItemIndex, Label)> {
		GoldAnswers::<T>::get(task)?.get(nth as usize).copied()
	}

	fn submission(task: TaskId, index: ItemIndex) -> Option<labelchain_primitives::Submission<T::AccountId>> {
		Self::submission_of(task, index)
	}

	fn gold_pending(task: TaskId) -> bool {
		let Some(task) = Tasks::<T>::get(task) else { return false };
		let now = frame_system::Pallet::<T>::block_number();
		task.state == TaskState::Active &&
			task.gold.is_some() &&
			!task.gold_revealed &&
			now <= task.terms.gold_reveal_deadline
	}
}

impl<T: Config> TaskHooks<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn note_commitments(task_id: TaskId, count: u32) -> DispatchResult {
		Tasks::<T>::try_mutate(task_id, |task| {
			let task = task.as_mut().ok_or(Error::<T>::UnknownTask)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(Self::phase_at(task, now) == TaskPhase::Open, Error::<T>::TaskNotOpen);
			if task.commitments == 0 {
				let from = if task.gold.is_some() {
					task.terms.gold_reveal_deadline
				} else {
					task.reveal_deadline
				};
				T::OnFirstCommitment::on_first_commitment(task_id, from.saturating_add(1u32.into()));
			}
			task.commitments = task.commitments.saturating_add(count);
			Ok(())
		})
	}

	fn pay_reward(task_id: TaskId, to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Tasks::<T>::try_mutate(task_id, |task| {
			let task = task.as_mut().ok_or(Error::<T>::UnknownTask)?;
			ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
			ensure!(amount <= task.escrow.rewards_left, Error::<T>::RewardExceedsBudget);
			T::Currency::transfer_on_hold(
				&HoldReason::TaskEscrow.into(),
				&task.requester,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				// Escrow is owed to labelers: nothing the requester freezes or locks later
				// (votes, delegations) holds it back.
				Fortitude::Force,
			)?;
			task.escrow.rewards_left = task.escrow.rewards_left.saturating_sub(amount);
			task.escrow.rewards_paid = task.escrow.rewards_paid.saturating_add(amount);
			Self::deposit_event(Event::RewardPaid { task: task_id, labeler: to.clone(), amount });
			Ok(())
		})
	}

	fn note_finalization_done(task_id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		let now = frame_system::Pallet::<T>::block_number();
		if task.state != TaskState::Active || Self::phase_at(&task, now) != TaskPhase::Finalizing {
			return Ok(());
		}
		Self::do_settle(task_id, task)
	}

	fn forfeit_gold_item(task_id: TaskId, index: ItemIndex, winners: &[T::AccountId]) -> Result<BalanceOf<T>, DispatchError> {
		Self::do_forfeit_gold_item(task_id, index, winners)
	}

	fn note_submission(task: TaskId, index: ItemIndex, author: &T::AccountId, digest: H256) -> DispatchResult {
		Self::do_note_submission(task, index, author, digest)
	}

	fn open_review(task: TaskId) -> Result<Option<TaskId>, DispatchError> {
		Self::do_open_review(task)
	}

	fn rate_submission(
		review: TaskId,
		index: ItemIndex,
		quality: Option<polkadot_sdk::sp_runtime::Perbill>,
	) -> Result<Option<labelchain_primitives::AuthorPay<T::AccountId, BalanceOf<T>>>, DispatchError> {
		Self::do_rate_submission(review, index, quality)
	}

	fn note_item_finalized(task_id: TaskId, index: ItemIndex) -> DispatchResult {
		let mut task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
		ensure!(index < task.items.count(), Error::<T>::ItemOutOfRange);
		task.finalized_items = task.finalized_items.saturating_add(1);
		// Consensus settles a task it still has work for (an appeal window) when that is done.
		if task.finalized_items >= task.items.count() && !<T::Finalization as labelchain_primitives::FinalizationStatus>::in_progress(task_id) {
			Self::do_settle(task_id, task)
		} else {
			Tasks::<T>::insert(task_id, task);
			Ok(())
		}
	}
}
