//! The review stage of free-text tasks: answers noted as their items are finalized, the review
//! task opened over them, authors paid by their ratings, and the two tasks settled together.

use crate::{pallet::*, types::*};
use frame_system::pallet_prelude::BlockNumberFor;
use frame_support::{ensure, traits::Get};
use labelchain_primitives::{
	AuthorPay, ItemIndex, LabelSchema, Submission, TaskHooks, TaskId, REVIEW_LEVELS,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{
		traits::{CheckedMul, Saturating, Zero},
		DispatchError, DispatchResult, Perbill,
	},
};

impl<T: Config> Pallet<T> {
	/// What one answer of a free-text task is worth in all: the item's reward shared by its
	/// answers (its redundancy), of which the review share goes to the reviewers.
	fn answer_pay(task: &TaskOf<T>, terms: &ReviewTerms<BalanceOf<T>, BlockNumberFor<T>>) -> (BalanceOf<T>, BalanceOf<T>) {
		let whole = task.reward_per_item / BalanceOf::<T>::from(u32::from(task.redundancy.max(1)));
		let review = terms.share.mul_floor(whole);
		(whole.saturating_sub(review), review)
	}

	pub(crate) fn do_note_submission(
		task_id: TaskId,
		item: ItemIndex,
		author: &T::AccountId,
		digest: H256,
	) -> DispatchResult {
		let task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
		ensure!(task.schema == LabelSchema::FreeText, Error::<T>::UnsupportedSchema);
		ensure!(item < task.items.count(), Error::<T>::ItemOutOfRange);
		ensure!(!ReviewOf::<T>::contains_key(task_id), Error::<T>::ReviewAlreadyOpen);
		let number = SubmissionCount::<T>::get(task_id);
		// One answer per commitment: at most the task's items times its redundancy, which its
		// creation kept within a task's items (the review's).
		ensure!(number < T::MaxItems::get(), Error::<T>::TooManySubmissions);
		Submissions::<T>::insert(task_id, number, SubmissionRecord { item, author: author.clone(), digest });
		SubmissionCount::<T>::insert(task_id, number.saturating_add(1));
		Ok(())
	}

	/// Opens the review of a finalized free-text task: a task over its answers, with the review
	/// share of their pay moved to it from the task's escrow (the same hold: no funds move).
	pub(crate) fn do_open_review(task_id: TaskId) -> Result<Option<TaskId>, DispatchError> {
		let Some(terms) = ReviewTermsOf::<T>::get(task_id) else { return Ok(None) };
		let mut task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
		ensure!(!ReviewOf::<T>::contains_key(task_id), Error::<T>::ReviewAlreadyOpen);
		let count = SubmissionCount::<T>::get(task_id);
		let (_, review_reward) = Self::answer_pay(&task, &terms);
		let per_item = StateHeld::<T>::get(task_id).map(|state| state.per_item).unwrap_or_default();
		if count == 0 || review_reward.is_zero() {
			// Nothing to review (or nothing to pay reviewers with): the state deposit for the
			// review returns; authors of a task too cheap to review are not paid.
			Self::release_review_deposit(&task.requester, terms.state_deposit)?;
			ReviewTermsOf::<T>::insert(task_id, ReviewTerms { state_deposit: Zero::zero(), ..terms });
			return Ok(None);
		}
		ensure!(count <= T::MaxItems::get(), Error::<T>::TooManySubmissions);
		let budget = review_reward
			.checked_mul(&BalanceOf::<T>::from(count))
			.ok_or(Error::<T>::BudgetOverflow)?;
		ensure!(budget <= task.escrow.rewards_left, Error::<T>::RewardExceedsBudget);
		let fee = task.terms.protocol_fee.mul_ceil(budget).min(task.escrow.fee_reserved);

		let now = frame_system::Pallet::<T>::block_number();
		let commit_deadline = now.saturating_add(terms.commit_period.max(1u32.into()));
		let reveal_deadline =
			commit_deadline.saturating_add(T::MinRevealPeriod::get().max(1u32.into()));
		let due = reveal_deadline.saturating_add(T::FinalizationPeriod::get()).saturating_add(1u32.into());
		let review_id = NextTaskId::<T>::get();
		let settle_at = Self::enqueue_settlement(review_id, due);

		// The review's results take state like any task's: held from the free-text task's
		// creation, what the answers do not need returns now.
		let needed = per_item.saturating_mul(count.into()).min(terms.state_deposit);
		Self::release_review_deposit(&task.requester, terms.state_deposit.saturating_sub(needed))?;
		ReviewTermsOf::<T>::insert(task_id, ReviewTerms { state_deposit: Zero::zero(), ..terms });
		StateHeld::<T>::insert(review_id, StateDeposit { per_item: needed / BalanceOf::<T>::from(count), held: needed });

		task.escrow.rewards_left = task.escrow.rewards_left.saturating_sub(budget);
		task.escrow.fee_reserved = task.escrow.fee_reserved.saturating_sub(fee);
		let review = crate::types::Task {
			requester: task.requester.clone(),
			manifest_hash: task.manifest_hash,
			manifest_uri: task.manifest_uri.clone(),
			domain: task.domain,
			schema: LabelSchema::Ordinal { levels: REVIEW_LEVELS },
			items: Items::Submissions { of: task_id, count },
			redundancy: terms.redundancy,
			min_tier: task.min_tier,
			created_at: now,
			commit_deadline,
			reveal_deadline,
			reward_per_item: review_reward,
			gold: None,
			gold_revealed: false,
			terms: TaskTerms {
				protocol_fee: task.terms.protocol_fee,
				gold_deposit: Zero::zero(),
				gold_reveal_deadline: reveal_deadline,
				settle_at,
				// A task created now, under the rules in force now (the free-text task's
				// requester's quorum and threshold were for its answers, not for ratings).
				labeling: T::LabelingTerms::get(),
			},
			escrow: Escrow { rewards_left: budget, rewards_paid: Zero::zero(), fee_reserved: fee },
			commitments: 0,
			finalized_items: 0,
			state: TaskState::Active,
			provenance: None,
			pay_curve: T::PayCurve::get(),
		};
		Tasks::<T>::insert(task_id, task);
		Tasks::<T>::insert(review_id, review);
		NextTaskId::<T>::put(review_id.saturating_add(1));
		ReviewOf::<T>::insert(task_id, ReviewLink { review: review_id, budget, fee });
		ReviewedTask::<T>::insert(review_id, task_id);
		<T::Dealing as labelchain_primitives::WorkDealing<T::AccountId>>::task_opened(review_id);
		Self::deposit_event(Event::ReviewOpened { task: task_id, review: review_id, submissions: count, budget });
		Ok(Some(review_id))
	}

	/// Returns `amount` of the state deposit held for a free-text task's review.
	pub(crate) fn release_review_deposit(requester: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		use frame_support::traits::{fungible::MutateHold, tokens::Precision};
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::release(&HoldReason::StateDeposit.into(), requester, amount, Precision::Exact)?;
		Ok(())
	}

	/// Pays the author of review item `index` of `review` by its rating, and keeps the item's
	/// best answer.
	pub(crate) fn do_rate_submission(
		review: TaskId,
		index: ItemIndex,
		quality: Option<Perbill>,
	) -> Result<Option<AuthorPay<T::AccountId, BalanceOf<T>>>, DispatchError> {
		let Some(task_id) = ReviewedTask::<T>::get(review) else { return Ok(None) };
		let record = Submissions::<T>::get(task_id, index).ok_or(Error::<T>::ItemOutOfRange)?;
		let task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		let terms = ReviewTermsOf::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		let (author_pay, _) = Self::answer_pay(&task, &terms);
		let rating = quality.unwrap_or_default();
		let paid = rating.mul_floor(author_pay);
		if !paid.is_zero() {
			<Self as TaskHooks<T::AccountId>>::pay_reward(task_id, &record.author, paid)?;
		}
		if quality.is_some() {
			// The best rating wins; between equal ratings the earlier answer (whatever order the
			// ratings were decided in).
			BestSubmission::<T>::mutate(task_id, record.item, |best| match best {
				Some((top, at)) if *top > rating || (*top == rating && *at < index) => {},
				_ => *best = Some((rating, index)),
			});
		}
		Self::deposit_event(Event::AuthorPaid {
			task: task_id,
			item: record.item,
			submission: index,
			author: record.author.clone(),
			rating,
			paid,
		});
		Ok(Some(AuthorPay {
			submission: Submission { task: task_id, item: record.item, author: record.author, digest: record.digest },
			paid,
		}))
	}

	/// Whether a free-text task waits for its review to settle first.
	pub(crate) fn awaits_review(task_id: TaskId) -> bool {
		ReviewOf::<T>::get(task_id).is_some_and(|link| {
			Tasks::<T>::get(link.review).is_some_and(|review| review.state == TaskState::Active)
		})
	}

	/// A review task settled: the free-text task it rated is due in the next block (through
	/// the settlement queue, which charges it as any settlement).
	pub(crate) fn settle_reviewed(review: TaskId) -> DispatchResult {
		let Some(task_id) = ReviewedTask::<T>::get(review) else { return Ok(()) };
		let Some(mut task) = Tasks::<T>::get(task_id) else { return Ok(()) };
		if task.state != TaskState::Active {
			return Ok(());
		}
		let next = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		task.terms.settle_at = Self::enqueue_settlement(task_id, next);
		Tasks::<T>::insert(task_id, task);
		Ok(())
	}

	/// The free-text answer review item `index` of `review` rates.
	pub fn submission_of(review: TaskId, index: ItemIndex) -> Option<Submission<T::AccountId>> {
		let task = ReviewedTask::<T>::get(review)?;
		let record = Submissions::<T>::get(task, index)?;
		Some(Submission { task, item: record.item, author: record.author, digest: record.digest })
	}
}
