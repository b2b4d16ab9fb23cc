//! Creating, cancelling and settling tasks: everything that moves a task's escrow as a whole.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, InspectHold, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{FinalizationStatus, LabelSchema, ProvenanceInspect, TaskId};
use polkadot_sdk::{frame_support, frame_system, sp_runtime};
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Saturating, Zero},
	DispatchError, DispatchResult,
};

/// How many blocks after its due block a task may be queued when that block's queue is full.
pub(crate) const SETTLEMENT_SLOTS_TRIED: u32 = 16;

impl<T: Config> Pallet<T> {
	/// Creates a task for `requester` (also used by other pallets' benchmark set-up).
	pub fn do_create_task(
		requester: T::AccountId,
		spec: TaskSpecOf<T>,
	) -> Result<TaskId, DispatchError> {
		let now = frame_system::Pallet::<T>::block_number();

		// Schema, items, redundancy, tier.
		if let LabelSchema::Categorical { classes } = spec.schema {
			ensure!(classes >= 2, Error::<T>::TooFewClasses);
			ensure!(classes <= T::MaxClasses::get(), Error::<T>::TooManyClasses);
		}
		ensure!(spec.schema.is_valid(), Error::<T>::InvalidSchema);
		// Free text is judged by its review, not against known answers.
		let free_text = spec.schema == LabelSchema::FreeText;
		ensure!(!(free_text && spec.gold.is_some()), Error::<T>::GoldNotForFreeText);
		// The requester may ask for a stricter decision than the governed one, never a laxer.
		let mut labeling = T::LabelingTerms::get();
		if let Some(quorum) = spec.quorum {
			ensure!(
				quorum >= labeling.quorum && quorum <= u32::from(spec.redundancy),
				Error::<T>::QuorumOutOfBounds
			);
			labeling.quorum = quorum;
		}
		if let Some(threshold) = spec.threshold {
			ensure!(threshold >= labeling.threshold, Error::<T>::ThresholdOutOfBounds);
			labeling.threshold = threshold;
		}
		let items = match spec.items {
			ItemsSpec::Merkle { root, count } => Items::Merkle { root, count },
			ItemsSpec::List(list) => Items::List(
				BoundedVec::try_from(list).map_err(|_| Error::<T>::TooManyListedItems)?,
			),
		};
		let item_count = items.count();
		ensure!(item_count > 0, Error::<T>::NoItems);
		ensure!(item_count <= T::MaxItems::get(), Error::<T>::TooManyItems);
		ensure!(spec.redundancy > 0, Error::<T>::ZeroRedundancy);
		ensure!(spec.redundancy <= T::MaxRedundancy::get(), Error::<T>::RedundancyTooHigh);
		// A free-text task's review has an item per answer: it must fit a task too.
		ensure!(
			!free_text || item_count.saturating_mul(u32::from(spec.redundancy)) <= T::MaxItems::get(),
			Error::<T>::TooManyItems
		);
		ensure!(spec.min_tier <= T::MaxTier::get(), Error::<T>::TierTooHigh);
		let manifest_uri =
			BoundedVec::try_from(spec.manifest_uri).map_err(|_| Error::<T>::ManifestUriTooLong)?;

		// Deadlines: open now, a real reveal window, not forever.
		ensure!(spec.commit_deadline > now, Error::<T>::CommitDeadlineInPast);
		ensure!(
			spec.reveal_deadline >= spec.commit_deadline.saturating_add(T::MinRevealPeriod::get()) &&
				spec.reveal_deadline > spec.commit_deadline,
			Error::<T>::RevealPeriodTooShort
		);
		ensure!(
			spec.reveal_deadline <= now.saturating_add(T::MaxTaskDuration::get()),
			Error::<T>::TaskTooLong
		);

		if let Some(gold) = &spec.gold {
			ensure!(
				gold.count > 0 &&
					gold.count < item_count &&
					gold.count <= T::MaxGoldShare::get().mul_floor(item_count) &&
					gold.count <= T::MaxGoldItems::get(),
				Error::<T>::InvalidGoldCount
			);
		}

		// Budget: items × reward, plus the fee reserved on all of it.
		ensure!(!spec.reward_per_item.is_zero(), Error::<T>::ZeroReward);
		let protocol_fee = T::ProtocolFee::get();
		let rewards = spec
			.reward_per_item
			.checked_mul(&BalanceOf::<T>::from(item_count))
			.ok_or(Error::<T>::BudgetOverflow)?;
		let fee_reserved = protocol_fee.mul_ceil(rewards);
		let escrowed = rewards.checked_add(&fee_reserved).ok_or(Error::<T>::BudgetOverflow)?;
		// Per gold item: hiding many unfavourable answers costs more than hiding a few.
		let gold_deposit = match &spec.gold {
			Some(gold) => T::GoldDeposit::get()
				.checked_mul(&BalanceOf::<T>::from(gold.count))
				.ok_or(Error::<T>::BudgetOverflow)?,
			None => Zero::zero(),
		};
		// Per item, for the results the task may leave (see `StateDeposit`).
		let state_per_item = T::ItemStateDeposit::get();
		let state_deposit = state_per_item
			.checked_mul(&BalanceOf::<T>::from(item_count))
			.ok_or(Error::<T>::BudgetOverflow)?;
		// A free-text task's review has an item per answer: its state is paid for now, too.
		let review_deposit = if free_text {
			state_deposit
				.checked_mul(&BalanceOf::<T>::from(u32::from(spec.redundancy)))
				.ok_or(Error::<T>::BudgetOverflow)?
		} else {
			Zero::zero()
		};
		let total_held = escrowed
			.checked_add(&gold_deposit)
			.and_then(|held| held.checked_add(&state_deposit))
			.and_then(|held| held.checked_add(&review_deposit))
			.ok_or(Error::<T>::BudgetOverflow)?;
		ensure!(
			T::Currency::reducible_balance(&requester, Preservation::Preserve, Fortitude::Polite) >=
				total_held,
			Error::<T>::InsufficientBalance
		);

		let gold_reveal_deadline = spec.reveal_deadline.saturating_add(T::GoldRevealPeriod::get());
		let due = spec
			.reveal_deadline
			.saturating_add(T::FinalizationPeriod::get())
			.max(gold_reveal_deadline)
			.saturating_add(1u32.into());

		let task_id = NextTaskId::<T>::get();
		let settle_at = Self::enqueue_settlement(task_id, due);

		T::Currency::hold(&HoldReason::TaskEscrow.into(), &requester, escrowed)?;
		if !gold_deposit.is_zero() {
			T::Currency::hold(&HoldReason::GoldDeposit.into(), &requester, gold_deposit)?;
			GoldHeld::<T>::insert(task_id, gold_deposit);
		}
		if !state_deposit.is_zero() {
			T::Currency::hold(&HoldReason::StateDeposit.into(), &requester, state_deposit)?;
		}
		StateHeld::<T>::insert(task_id, StateDeposit { per_item: state_per_item, held: state_deposit });
		if free_text {
			if !review_deposit.is_zero() {
				T::Currency::hold(&HoldReason::StateDeposit.into(), &requester, review_deposit)?;
			}
			ReviewTermsOf::<T>::insert(task_id, ReviewTerms {
				share: T::ReviewShare::get(),
				redundancy: T::ReviewRedundancy::get().clamp(1, T::MaxRedundancy::get()),
				commit_period: T::ReviewPeriod::get(),
				state_deposit: review_deposit,
			});
		}

		let task = crate::types::Task {
			requester: requester.clone(),
			manifest_hash: spec.manifest_hash,
			manifest_uri,
			domain: spec.domain,
			schema: spec.schema,
			items,
			redundancy: spec.redundancy,
			min_tier: spec.min_tier,
			created_at: now,
			commit_deadline: spec.commit_deadline,
			reveal_deadline: spec.reveal_deadline,
			reward_per_item: spec.reward_per_item,
			gold: spec.gold,
			gold_revealed: false,
			terms: TaskTerms {
				protocol_fee,
				gold_deposit,
				gold_reveal_deadline,
				settle_at,
				labeling,
			},
			escrow: Escrow { rewards_left: rewards, rewards_paid: Zero::zero(), fee_reserved },
			commitments: 0,
			finalized_items: 0,
			state: TaskState::Active,
			provenance: None,
			pay_curve: T::PayCurve::get(),
		};
		Tasks::<T>::insert(task_id, task);
		NextTaskId::<T>::put(task_id.saturating_add(1));
		<T::Dealing as labelchain_primitives::WorkDealing<T::AccountId>>::task_opened(task_id);

		Self::deposit_event(Event::TaskCreated {
			task: task_id,
			requester,
			manifest_hash: spec.manifest_hash,
			item_count,
			redundancy: spec.redundancy,
			min_tier: spec.min_tier,
			commit_deadline: spec.commit_deadline,
			reveal_deadline: spec.reveal_deadline,
			reward_per_item: spec.reward_per_item,
			escrowed,
			gold_deposit,
			state_deposit: state_deposit.saturating_add(review_deposit),
		});
		Ok(task_id)
	}

	/// Puts the task in the settlement queue of the first block from `due` with room, and says
	/// at which block it settles. When every block tried is full, the task is not refused (or
	/// else filling the queue would block honest tasks): it settles at `due` all the same, by
	/// consensus once its committed items are final, and otherwise by anyone's `settle` (or its
	/// requester's `cancel`), which `SettlementNotQueued` announces.
	pub(crate) fn enqueue_settlement(task: TaskId, due: BlockNumberFor<T>) -> BlockNumberFor<T> {
		let mut at = due;
		for _ in 0..SETTLEMENT_SLOTS_TRIED {
			// A full block's queue is read, not written back.
			let pushed = SettlementQueue::<T>::try_mutate(at, |queue| queue.try_push(task)).is_ok();
			if pushed {
				return at;
			}
			at = at.saturating_add(1u32.into());
		}
		Self::deposit_event(Event::SettlementNotQueued { task, settle_at: due });
		due
	}

	pub(crate) fn do_cancel_task(who: &T::AccountId, task_id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.requester == *who, Error::<T>::NotRequester);
		ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
		ensure!(task.commitments == 0, Error::<T>::TaskHasCommitments);

		let escrowed = task.escrow.rewards_left.saturating_add(task.escrow.fee_reserved);
		T::Currency::release(&HoldReason::TaskEscrow.into(), who, escrowed, Precision::Exact)?;
		let mut refunded = escrowed;
		if let Some(gold) = GoldHeld::<T>::take(task_id) {
			T::Currency::release(&HoldReason::GoldDeposit.into(), who, gold, Precision::Exact)?;
			refunded = refunded.saturating_add(gold);
		}

		if let Some(state) = StateHeld::<T>::take(task_id) {
			T::Currency::release(&HoldReason::StateDeposit.into(), who, state.held, Precision::Exact)?;
			refunded = refunded.saturating_add(state.held);
		}
		if let Some(terms) = ReviewTermsOf::<T>::take(task_id) {
			Self::release_review_deposit(who, terms.state_deposit)?;
			refunded = refunded.saturating_add(terms.state_deposit);
		}

		// The settlement slot is free for another task, and nothing of the task stays: no
		// label was committed to it, so there is nothing to verify (the events tell its story).
		SettlementQueue::<T>::mutate(task.terms.settle_at, |queue| queue.retain(|id| *id != task_id));
		Tasks::<T>::remove(task_id);
		Self::deposit_event(Event::TaskCancelled { task: task_id, refunded });
		Ok(())
	}

	/// Settles a task on request, if it is due.
	pub(crate) fn do_settle_due(task_id: TaskId) -> DispatchResult {
		let task = Tasks::<T>::get(task_id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.state == TaskState::Active, Error::<T>::TaskNotActive);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= task.terms.settle_at || task.finalized_items >= task.items.count(),
			Error::<T>::TooEarlyToSettle
		);
		ensure!(
			!T::Finalization::in_progress(task_id) && !Self::awaits_review(task_id),
			Error::<T>::FinalizationInProgress
		);
		Self::do_settle(task_id, task)
	}

	/// Settles a task from the queue, if nothing settled or cancelled it before.
	pub(crate) fn settle_if_active(task_id: TaskId) {
		let Some(task) = Tasks::<T>::get(task_id) else { return };
		// Consensus settles a task whose committed items are not all final when they are.
		if task.state != TaskState::Active || T::Finalization::in_progress(task_id) {
			return;
		}
		if let Err(e) = Self::do_settle(task_id, task) {
			// Settlement only moves funds the task holds; failing means the books are wrong.
			log::error!(target: "runtime::tasks", "settling task {task_id} failed: {e:?}");
		}
	}

	/// Pays the fee due on what was paid, forfeits an unrevealed gold deposit (returns a
	/// revealed one), returns the rest of the escrow to the requester, and marks the task
	/// settled.
	pub(crate) fn do_settle(task_id: TaskId, mut task: TaskOf<T>) -> DispatchResult {
		// A free-text task settles with its review (which pays its authors from its escrow).
		if Self::awaits_review(task_id) {
			return Ok(());
		}
		let treasury = T::FeeDestination::get();
		let escrow = task.escrow;
		let fee_paid = task.terms.protocol_fee.mul_ceil(escrow.rewards_paid).min(escrow.fee_reserved);
		if !fee_paid.is_zero() {
			T::Currency::transfer_on_hold(
				&HoldReason::TaskEscrow.into(),
				&task.requester,
				&treasury,
				fee_paid,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
		}
		let refunded =
			escrow.rewards_left.saturating_add(escrow.fee_reserved.saturating_sub(fee_paid));
		if !refunded.is_zero() {
			T::Currency::release(
				&HoldReason::TaskEscrow.into(),
				&task.requester,
				refunded,
				Precision::Exact,
			)?;
		}

		match GoldHeld::<T>::take(task_id) {
			Some(held) if !task.gold_revealed => {
				let forfeited = T::Currency::transfer_on_hold(
					&HoldReason::GoldDeposit.into(),
					&task.requester,
					&treasury,
					held,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)?;
				Self::deposit_event(Event::GoldDepositForfeited { task: task_id, amount: forfeited });
			},
			Some(held) => {
				T::Currency::release(&HoldReason::GoldDeposit.into(), &task.requester, held, Precision::Exact)?;
				Self::deposit_event(Event::GoldDepositReturned { task: task_id, amount: held });
			},
			None => {},
		}

		Self::keep_state_deposit_for_results(task_id, &task.requester, task.finalized_items)?;
		// A review that never opened leaves its state deposit to return.
		if let Some(terms) = ReviewTermsOf::<T>::get(task_id) {
			if !terms.state_deposit.is_zero() {
				Self::release_review_deposit(&task.requester, terms.state_deposit)?;
				ReviewTermsOf::<T>::insert(task_id, ReviewTerms { state_deposit: Zero::zero(), ..terms });
			}
		}
		Self::queue_for_pruning(task_id);

		task.escrow = Escrow { rewards_paid: escrow.rewards_paid, ..Default::default() };
		task.state = TaskState::Settled;
		let provenance = T::Provenance::provenance(task_id);
		task.provenance = Some(provenance);
		let finalized_items = task.finalized_items;
		Tasks::<T>::insert(task_id, task);
		Self::deposit_event(Event::TaskSettled {
			task: task_id,
			finalized_items,
			rewards_paid: escrow.rewards_paid,
			fee_paid,
			refunded,
			provenance,
		});
		// A review settled: the free-text task it rated settles next.
		Self::settle_reviewed(task_id)
	}

	/// The invariants of the registry: holds equal what running tasks owe, and the books of
	/// every task add up.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		let mut escrow_of: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut gold_of: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut state_of: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut settled = 0u32;
		let next = NextTaskId::<T>::get();
		for (id, task) in Tasks::<T>::iter() {
			ensure!(id < next, "task id at or above NextTaskId");
			let e = task.escrow;
			match task.state {
				TaskState::Active => {
					let budget = task
						.reward_per_item
						.checked_mul(&BalanceOf::<T>::from(task.items.count()))
						.ok_or("budget overflow")?;
					// A free-text task's review took the reviewers' part of its budget.
					let moved = ReviewOf::<T>::get(id).map(|link| (link.budget, link.fee)).unwrap_or_default();
					ensure!(
						e.rewards_left.saturating_add(e.rewards_paid).saturating_add(moved.0) == budget,
						"rewards paid, left and moved to review do not add up to the budget"
					);
					ensure!(
						e.fee_reserved.saturating_add(moved.1) == task.terms.protocol_fee.mul_ceil(budget),
						"reserved fee is not the fee on the budget"
					);
					let owed = escrow_of.entry(task.requester.clone()).or_default();
					*owed = owed.saturating_add(e.rewards_left).saturating_add(e.fee_reserved);
					ensure!(
						GoldHeld::<T>::get(id).unwrap_or_default() <= task.terms.gold_deposit,
						"more gold deposit held than was taken"
					);
					ensure!(GoldHeld::<T>::contains_key(id) == task.gold.is_some(), "gold deposit record missing");
					let g = gold_of.entry(task.requester.clone()).or_default();
					*g = g.saturating_add(GoldHeld::<T>::get(id).unwrap_or_default());
					ensure!(task.finalized_items <= task.items.count(), "more items finalized than exist");
				},
				TaskState::Cancelled => return Err("a cancelled task left its record".into()),
				TaskState::Settled => {
					settled = settled.saturating_add(1);
					ensure!(!GoldHeld::<T>::contains_key(id), "a task that is over still holds a gold deposit");
					ensure!(
						e.rewards_left.is_zero() && e.fee_reserved.is_zero(),
						"a task that is over still holds escrow"
					);
				},
			}
			ensure!(
				task.gold_revealed == GoldAnswers::<T>::contains_key(id),
				"gold flag and stored gold answers disagree"
			);
			if let Some(state) = StateHeld::<T>::get(id) {
				let items = match task.state {
					TaskState::Active => task.items.count(),
					_ => task.finalized_items,
				};
				ensure!(
					state.held == state.per_item.saturating_mul(items.into()),
					"state deposit is not the rate times the items it stands for"
				);
				let s = state_of.entry(task.requester.clone()).or_default();
				*s = s.saturating_add(state.held);
			}
			if let Some(terms) = ReviewTermsOf::<T>::get(id) {
				ensure!(task.schema == LabelSchema::FreeText, "review terms of a task that is not free text");
				let s = state_of.entry(task.requester.clone()).or_default();
				*s = s.saturating_add(terms.state_deposit);
			}
		}
		for (id, _) in StateHeld::<T>::iter() {
			ensure!(Tasks::<T>::contains_key(id), "a state deposit of a task that is gone");
		}
		for (task, link) in ReviewOf::<T>::iter() {
			// A review is pruned before the task it rated (it settled first).
			let Some(review) = Tasks::<T>::get(link.review) else {
				ensure!(
					Tasks::<T>::get(task).is_some_and(|t| t.state == TaskState::Settled),
					"a review task gone before its task settled"
				);
				continue;
			};
			ensure!(ReviewedTask::<T>::get(link.review) == Some(task), "a review link one way only");
			ensure!(review.items.count() == SubmissionCount::<T>::get(task), "a review that does not rate every answer");
			if let Some(reviewed) = Tasks::<T>::get(task) {
				ensure!(
					reviewed.state != TaskState::Settled || review.state == TaskState::Settled,
					"a free-text task settled before its review"
				);
			}
		}
		for (who, deposit) in state_of.iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::StateDeposit.into(), who) == *deposit,
				"state deposit held differs from what tasks hold"
			);
		}
		ensure!(
			PruneTail::<T>::get().wrapping_sub(PruneHead::<T>::get()) == settled,
			"settled tasks and the pruning queue disagree"
		);
		for (id, _) in Archive::<T>::iter() {
			ensure!(!Tasks::<T>::contains_key(id), "an archived task still has its record");
		}
		for (who, owed) in escrow_of.iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::TaskEscrow.into(), who) == *owed,
				"escrow held differs from what running tasks owe"
			);
		}
		for (who, deposit) in gold_of.iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::GoldDeposit.into(), who) == *deposit,
				"gold deposit held differs from what running tasks hold"
			);
		}
		Ok(())
	}
}
