//! Appeals of settled decisions (the vote's, and gold answers') after they were paid.
//!
//! A task's vote-decided and gold items may be appealed (through the review court) from their decision
//! until `DecisionAppealPeriod` blocks after the task's decision walk ends. Their labels are
//! kept until then (they are pruned with the task's leftover records), and the task does not
//! settle while its window or any appeal case is open: its escrow and provenance root wait.
//!
//! When an appeal opens, what the labelers paid for the decision could owe (what they were paid
//! and the deviation slash of their bond) is set aside from their free stake, so that leaving
//! cannot dodge the verdict. If the panel overturns the decision, the item's reward is shared
//! again under the verdict (equally among its labelers for a categorical item, by closeness for
//! a graded one): each labeler paid more than the verdict gives repays the difference, and the
//! deviation slash if the verdict gives it nothing, to the labelers the verdict gives more, in
//! proportion to what they were short (to the requester, the reward part, when the verdict
//! gives nobody anything); reputation records the upheld label; the result becomes
//! `Reviewed`, with a new provenance leaf; a rejected gold answer also forfeits its part of the
//! gold deposit to the labelers who were right. If the panel upholds it, only the decision's record
//! changes (`Reviewed`, a new leaf); the appellant's deposit paid the panel.

use crate::{impl_decide::{ViewOf, VoteOf}, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use labelchain_primitives::{
	merkle::provenance_leaf, CaseKind, CaseRequest, ItemIndex, Label, LabelStore, LabelerTally,
	ReputationRecord, ReviewCourt, SlashAmount, StakeLock, StakeSlash, TaskHooks, TaskId, TaskInspect,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding,
		traits::{Saturating, Zero},
		DispatchError, DispatchResult, Perbill, Rounding,
	},
};

impl<T: Config> Pallet<T> {
	/// Whether `task`'s vote decisions may be appealed now: while its decision walk runs, and
	/// until its appeal window closes.
	pub fn appeal_window_open(task: TaskId) -> bool {
		match (InProgress::<T>::get(task), AppealWindows::<T>::get(task)) {
			(_, Some(until)) => frame_system::Pallet::<T>::block_number() <= until,
			(Some(false), None) => !T::DecisionAppealPeriod::get().is_zero(),
			_ => false,
		}
	}

	/// Decisions a party may appeal after they settled: the vote's, and a gold answer's.
	pub fn appealable_decision(decision: Decision) -> bool {
		matches!(decision, Decision::Consensus | Decision::Gold)
	}

	/// Whether an item finalized by `decision` keeps its labels for appeals.
	pub(crate) fn keeps_labels(decision: Decision) -> bool {
		Self::appealable_decision(decision) && !T::DecisionAppealPeriod::get().is_zero()
	}

	/// The walk passed every item: vote and gold decisions may be appealed for
	/// `DecisionAppealPeriod` more blocks (if any item was decided so).
	pub(crate) fn open_appeal_window(task: TaskId) {
		let period = T::DecisionAppealPeriod::get();
		let decisions = TaskStats::<T>::get(task).decisions;
		let appealable = decisions.consensus.saturating_add(decisions.gold);
		if period.is_zero() || AppealWindows::<T>::contains_key(task) || appealable == 0 {
			return;
		}
		let until = frame_system::Pallet::<T>::block_number().saturating_add(period);
		AppealWindows::<T>::insert(task, until);
		Self::schedule(Job::CloseAppeals { task }, until.saturating_add(1u32.into()));
		Self::deposit_event(Event::AppealWindowOpened { task, until });
	}

	/// The appeal window's job: closes it once past (a job found early goes back).
	pub(crate) fn close_appeal_window(task: TaskId) {
		let Some(until) = AppealWindows::<T>::get(task) else { return };
		if frame_system::Pallet::<T>::block_number() <= until {
			Self::schedule(Job::CloseAppeals { task }, until.saturating_add(1u32.into()));
			return;
		}
		AppealWindows::<T>::remove(task);
		Self::deposit_event(Event::AppealWindowClosed { task });
		Self::finish_if_done(task);
	}

	/// The request the court needs to open an appeal of the item's decision.
	pub(crate) fn appeal_request(
		task: TaskId,
		item: ItemIndex,
	) -> Result<CaseRequest<T::AccountId, BalanceOf<T>>, DispatchError> {
		let result = Results::<T>::get(task, item).ok_or(Error::<T>::NotAppealable)?;
		ensure!(Self::appealable_decision(result.decision), Error::<T>::NotAppealable);
		let label = result.label.ok_or(Error::<T>::NotAppealable)?;
		ensure!(Self::appeal_window_open(task), Error::<T>::AppealWindowClosed);
		ensure!(!T::Court::in_review(task, item), Error::<T>::InReview);
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		let votes = T::Labels::votes(task, item);
		ensure!(!votes.is_empty(), Error::<T>::NotAppealable);
		Ok(CaseRequest {
			task,
			item,
			kind: CaseKind::Appeal,
			domain: view.domain,
			task_tier: view.min_tier,
			schema: view.schema,
			requester: view.requester,
			labelers: votes.into_iter().map(|v| v.labeler).collect(),
			vote_label: Some(label),
			// The reward was paid: the appellant's deposit pays the panel.
			reward: Zero::zero(),
		})
	}

	/// What each vote was paid of the item's reward under `label` (or is owed under it), as
	/// `settle_item` pays an appealable decision (no panel fee taken from it).
	fn payments(view: &ViewOf<T>, votes: &[VoteOf<T>], label: Option<Label>) -> Vec<BalanceOf<T>> {
		let shares: Vec<Perbill> = votes
			.iter()
			.map(|v| match (v.label, label) {
				(Some(given), Some(decided)) => Self::grade(view, &given, &decided).1,
				_ => Perbill::zero(),
			})
			.collect();
		Self::split_by_shares(view.reward_per_item, &shares)
	}

	/// An appeal case opened: the task waits for it, and what the decided label's labelers
	/// could owe is set aside from their free stake.
	pub(crate) fn note_appeal_opened(task: TaskId, item: ItemIndex) -> DispatchResult {
		let result = Results::<T>::get(task, item).ok_or(Error::<T>::NotAppealable)?;
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		let votes = T::Labels::votes(task, item);
		let paid = Self::payments(&view, &votes, result.label);
		let mut locks = BoundedVec::<(T::AccountId, BalanceOf<T>), T::MaxRedundancy>::new();
		let mut total: BalanceOf<T> = Zero::zero();
		for (vote, paid) in votes.iter().zip(paid) {
			if paid.is_zero() {
				continue;
			}
			let slash = view.labeling.deviation_slash * vote.bond;
			let amount = paid.saturating_add(slash).min(T::Stake::free(&vote.labeler));
			if amount.is_zero() || T::Stake::lock(&vote.labeler, amount).is_err() {
				continue;
			}
			if locks.try_push((vote.labeler.clone(), amount)).is_err() {
				T::Stake::unlock(&vote.labeler, amount);
				break;
			}
			total = total.saturating_add(amount);
		}
		AppealLocks::<T>::insert(task, item, locks);
		OpenAppeals::<T>::mutate(task, |open| *open = open.saturating_add(1));
		Self::deposit_event(Event::DecisionAppealed { task, item, set_aside: total });
		Ok(())
	}

	/// The appeal of the item's decision closed: `label` is the verdict (`None`: nobody
	/// decided, the decision stands). Re-settles the item on it.
	pub(crate) fn settle_appeal(task: TaskId, item: ItemIndex, verdict: Option<Label>) -> DispatchResult {
		for (who, amount) in AppealLocks::<T>::take(task, item) {
			T::Stake::unlock(&who, amount);
		}
		OpenAppeals::<T>::mutate_exists(task, |open| {
			*open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0);
		});
		let outcome = Self::resettle(task, item, verdict);
		Self::finish_if_done(task);
		outcome
	}

	fn resettle(task: TaskId, item: ItemIndex, verdict: Option<Label>) -> DispatchResult {
		let mut result = Results::<T>::get(task, item).ok_or(Error::<T>::NotAppealable)?;
		// Nobody decided, or the decision was already reviewed: it stands as it is.
		let Some(label) = verdict.filter(|_| Self::appealable_decision(result.decision)) else { return Ok(()) };
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(view.schema.accepts(&label), Error::<T>::LabelOutOfSchema);
		let votes = T::Labels::votes(task, item);
		let now = frame_system::Pallet::<T>::block_number();
		let event_votes = Self::event_votes(&votes);
		// The only step that can fail comes first, before any money moves.
		let leaf = provenance_leaf(task, item, &Some(label), Decision::Reviewed, result.confidence, &event_votes, &now);
		let mut tree = Provenance::<T>::get(task);
		let position = tree.push(leaf).map_err(|_| Error::<T>::ProvenanceFull)?;
		Provenance::<T>::insert(task, tree);
		Revisions::<T>::mutate(task, |n| *n = n.saturating_add(1));

		let (decided, replaced, decided_at) = (result.label, result.position, result.block);
		// What each labeler was paid under the decision, and is owed under the verdict.
		let old_pay = Self::payments(&view, &votes, decided);
		let new_pay = Self::payments(&view, &votes, Some(label));
		let new_winners: Vec<&VoteOf<T>> =
			votes.iter().filter(|v| Self::agrees_with(&view, v, Some(label))).collect();
		let overturned = decided != Some(label);
		if overturned && result.decision == Decision::Gold {
			// A gold answer the panel rejects forfeits its part of the gold deposit to the
			// labelers who were right, as in a gold dispute (the task has not settled yet).
			let winners: Vec<T::AccountId> = new_winners.iter().map(|v| v.labeler.clone()).collect();
			T::Tasks::forfeit_gold_item(task, item, &winners)?;
		}
		if overturned {
			// The labelers the verdict gives more, by how much they were short.
			let short: Vec<(usize, u128)> = old_pay
				.iter()
				.zip(&new_pay)
				.enumerate()
				.filter(|(_, (old, new))| new > old)
				.map(|(j, (old, new))| (j, new.saturating_sub(*old).into()))
				.collect();
			let short_sum: u128 = short.iter().map(|(_, s)| *s).sum();
			for (i, vote) in votes.iter().enumerate() {
				let (Some(old), Some(new)) = (old_pay.get(i), new_pay.get(i)) else { continue };
				if old <= new {
					continue;
				}
				let over = old.saturating_sub(*new);
				// Nothing under the verdict: an outvoted answer to ground truth, slashed.
				let slash = if new.is_zero() { view.labeling.deviation_slash * vote.bond } else { Zero::zero() };
				let mut repaid: BalanceOf<T> = Zero::zero();
				if short_sum == 0 {
					// The verdict pays nobody: the reward returns to the requester, the slash to
					// the treasury.
					let back = T::Stake::slash(&vote.labeler, SlashAmount::Fixed(over), &view.requester);
					let slashed = T::Stake::slash(&vote.labeler, SlashAmount::Fixed(slash), &T::Treasury::get());
					repaid = back.saturating_add(slashed);
					Self::deposit_event(Event::ClawedBack { task, item, from: vote.labeler.clone(), to: view.requester.clone(), amount: back });
					Self::deposit_event(Event::ClawedBack { task, item, from: vote.labeler.clone(), to: T::Treasury::get(), amount: slashed });
				} else {
					let owed: u128 = over.saturating_add(slash).into();
					for (j, gap) in &short {
						let Some(to) = votes.get(*j) else { continue };
						let part: BalanceOf<T> = multiply_by_rational_with_rounding(owed, *gap, short_sum, Rounding::Down)
							.and_then(|a| a.try_into().ok())
							.unwrap_or_else(Zero::zero);
						let moved = T::Stake::slash(&vote.labeler, SlashAmount::Fixed(part), &to.labeler);
						repaid = repaid.saturating_add(moved);
						Self::adjust_tally(task, &to.labeler, |t| t.earned = t.earned.saturating_add(moved));
						Self::deposit_event(Event::ClawedBack { task, item, from: vote.labeler.clone(), to: to.labeler.clone(), amount: moved });
					}
				}
				Self::adjust_tally(task, &vote.labeler, |t| t.slashed = t.slashed.saturating_add(repaid));
			}
			for vote in &votes {
				match (Self::agrees_with(&view, vote, decided), Self::agrees_with(&view, vote, Some(label))) {
					(true, false) => Self::adjust_tally(task, &vote.labeler, |t| t.agreed = t.agreed.saturating_sub(1)),
					(false, true) => Self::adjust_tally(task, &vote.labeler, |t| t.agreed = t.agreed.saturating_add(1)),
					_ => {},
				}
			}
		}
		// Reputation records the upheld label, as an audit's does.
		let evidence = Self::evidence_weight(&view);
		for vote in &votes {
			let Some(given) = vote.label else { continue };
			let (closeness, _) = Self::grade(&view, &given, &label);
			T::Reputation::record(&vote.labeler, view.domain, task, Self::closeness_outcome(&view, closeness, false), evidence);
		}
		TaskStats::<T>::mutate(task, |stats| {
			let decisions = &mut stats.decisions;
			let was = if result.decision == Decision::Gold { &mut decisions.gold } else { &mut decisions.consensus };
			*was = was.saturating_sub(1);
			// It went to review and was decided there.
			decisions.escalated = decisions.escalated.saturating_add(1);
			decisions.count(Decision::Reviewed);
		});
		result.label = Some(label);
		result.decision = Decision::Reviewed;
		result.agreeing = new_winners.len().min(u8::MAX as usize) as u8;
		result.block = now;
		result.position = position;
		Results::<T>::insert(task, item, &result);
		Self::deposit_event(Event::DecisionReviewed { task, item, from: decided, to: label, replaced, decided_at });
		Self::deposit_event(Event::ItemFinalized {
			task,
			item,
			label: Some(label),
			decision: Decision::Reviewed,
			confidence: result.confidence,
			votes: event_votes,
			position,
		});
		Ok(())
	}

	/// Changes `who`'s tally in `task` and overall alike.
	fn adjust_tally(task: TaskId, who: &T::AccountId, change: impl Fn(&mut LabelerTally<BalanceOf<T>>)) {
		TaskLabelers::<T>::mutate(task, who, |t| change(t));
		LabelerTotals::<T>::mutate(who, |t| change(t));
	}
}

impl<T: Config> labelchain_primitives::DecisionAppeals<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn appealable(task: TaskId, item: ItemIndex) -> Result<CaseRequest<T::AccountId, BalanceOf<T>>, DispatchError> {
		Self::appeal_request(task, item)
	}

	fn appeal_opened(task: TaskId, item: ItemIndex) -> DispatchResult {
		Self::note_appeal_opened(task, item)
	}
}
