//! Deciding an item: the weighted vote, then rewards, slashes and reputation.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	ItemIndex, Label, LabelStore, Outcome, ReputationInspect, ReputationRecord, SlashAmount,
	StakeLock, StakeSlash, TaskHooks, TaskId, TaskInspect, TaskPhase, TaskView, Vote,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{
		traits::{Saturating, Zero},
		DispatchResult, Perbill,
	},
};

pub(crate) type ViewOf<T> =
	TaskView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
pub(crate) type VoteOf<T> = Vote<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// The outcome of the weighted vote on one item.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Tally {
	/// The label with the most weight (ties to the smaller label); `None` if nobody revealed.
	pub winner: Option<Label>,
	/// Its share of the total weight (of the count, if every weight is zero).
	pub share: Perbill,
	/// How many labels were revealed.
	pub revealed: u32,
}

/// How to settle an item's money and evidence.
struct Settlement {
	label: Option<Label>,
	decision: Decision,
	confidence: Perbill,
	/// Pay the item's reward to the labelers who gave `label`.
	pay: bool,
	/// Slash the outvoted (a clear decision).
	slash_deviants: bool,
	/// Record agreement and disagreement in reputation (a decision with a ground truth).
	record_revealers: bool,
}

impl<T: Config> Pallet<T> {
	/// The weight of `who`'s vote on an item of `task`.
	pub fn vote_weight(who: &T::AccountId, view: &ViewOf<T>, task: TaskId) -> i64 {
		let p = T::Reputation::vote_reputation(who, view.domain, task);
		let classes = view.schema.classes().unwrap_or(2);
		let reputation = math::log_odds_weight(p, classes, T::MaxAccuracy::get());
		let stake = T::Stake::slashable(who).into();
		let stake_term = math::stake_weight(
			stake,
			T::StakeForFullWeight::get().into(),
			T::StakeWeightCap::get() as i64,
		);
		reputation.saturating_add(stake_term)
	}

	/// The reputation-weighted vote over the revealed labels.
	pub fn tally(task: TaskId, view: &ViewOf<T>, votes: &[VoteOf<T>]) -> Tally {
		// (label, weight, count), at most one entry per distinct label.
		let mut tallies: Vec<(Label, i64, u32)> = Vec::new();
		for vote in votes {
			let Some(label) = vote.label else { continue };
			let weight = Self::vote_weight(&vote.labeler, view, task);
			match tallies.iter_mut().find(|(l, _, _)| *l == label) {
				Some(entry) => {
					entry.1 = entry.1.saturating_add(weight);
					entry.2 = entry.2.saturating_add(1);
				},
				None => tallies.push((label, weight, 1)),
			}
		}
		let revealed: u32 = tallies.iter().map(|t| t.2).sum();
		let total_weight: i64 = tallies.iter().map(|t| t.1).fold(0, |a, b| a.saturating_add(b));
		let by_weight = total_weight > 0;
		// Most weight (or count, when every weight is zero) first; ties to the smaller label.
		let best = tallies.iter().copied().max_by(|a, b| {
			let (ka, kb) = if by_weight { (a.1, b.1) } else { (a.2 as i64, b.2 as i64) };
			ka.cmp(&kb).then(b.0.cmp(&a.0))
		});
		let share = match best {
			Some((_, w, _)) if by_weight => Perbill::from_rational(w as u64, total_weight as u64),
			Some((_, _, c)) => Perbill::from_rational(c, revealed.max(1)),
			None => Perbill::zero(),
		};
		Tally { winner: best.map(|b| b.0), share, revealed }
	}

	/// Whether the item may be finalized now: after the reveal window (and any gold reveal),
	/// or during it once everyone who committed revealed (tasks without gold only).
	pub(crate) fn ready(task: TaskId, item: ItemIndex, view: &ViewOf<T>) -> bool {
		match view.phase {
			TaskPhase::Finalizing => !T::Tasks::gold_pending(task),
			TaskPhase::Revealing => view.gold_count == 0 && T::Labels::all_revealed(task, item),
			_ => false,
		}
	}

	/// Finalizes (or escalates) one ready item that is not final yet.
	pub(crate) fn finalize_item(task: TaskId, item: ItemIndex, view: &ViewOf<T>) -> DispatchResult {
		ensure!(item < view.item_count, Error::<T>::ItemOutOfRange);
		ensure!(
			!Results::<T>::contains_key(task, item) && !Escalations::<T>::contains_key(task, item),
			Error::<T>::AlreadyFinalized
		);
		ensure!(Self::ready(task, item, view), Error::<T>::NotReady);
		let votes = T::Labels::votes(task, item);

		if let Some(gold) = T::Tasks::gold_label(task, item) {
			return Self::settle_item(task, item, view, &votes, Settlement {
				label: Some(gold),
				decision: Decision::Gold,
				confidence: Perbill::one(),
				pay: true,
				slash_deviants: true,
				record_revealers: true,
			});
		}
		let tally = Self::tally(task, view, &votes);
		if tally.revealed == 0 {
			return Self::settle_item(task, item, view, &votes, Settlement {
				label: None,
				decision: Decision::NoLabels,
				confidence: Perbill::zero(),
				pay: false,
				slash_deviants: false,
				record_revealers: false,
			});
		}
		let terms = &view.labeling;
		let quorum = terms.quorum.min(view.redundancy as u32).max(1);
		if tally.revealed < quorum || tally.share < terms.threshold {
			return Self::escalate(task, item, view, tally);
		}
		Self::settle_item(task, item, view, &votes, Settlement {
			label: tally.winner,
			decision: Decision::Consensus,
			confidence: tally.share,
			pay: true,
			slash_deviants: tally.share >= terms.clear_margin,
			record_revealers: true,
		})
	}

	/// Takes `share` of `who`'s bond and gives it to the treasury or, if the task's terms say
	/// so, the agreeing labelers.
	fn slash_bond(
		task: TaskId,
		item: ItemIndex,
		view: &ViewOf<T>,
		vote: &VoteOf<T>,
		share: Perbill,
		agreeing: &[T::AccountId],
	) {
		let amount = share * vote.bond;
		if amount.is_zero() {
			return;
		}
		let mut taken: BalanceOf<T> = Zero::zero();
		if view.labeling.slash_to_agreeing && !agreeing.is_empty() {
			let part = amount / (agreeing.len() as u32).into();
			for to in agreeing {
				taken = taken.saturating_add(T::Stake::slash(&vote.labeler, SlashAmount::Fixed(part), to));
			}
		} else {
			taken = T::Stake::slash(&vote.labeler, SlashAmount::Fixed(amount), &T::Treasury::get());
		}
		Self::deposit_event(Event::BondSlashed {
			task,
			item,
			labeler: vote.labeler.clone(),
			amount: taken,
			revealed: vote.label.is_some(),
		});
	}

	/// Pays, slashes, records reputation, stores the result and hands the item back.
	fn settle_item(
		task: TaskId,
		item: ItemIndex,
		view: &ViewOf<T>,
		votes: &[VoteOf<T>],
		how: Settlement,
	) -> DispatchResult {
		let agreeing: Vec<T::AccountId> = votes
			.iter()
			.filter(|v| v.label.is_some() && v.label == how.label)
			.map(|v| v.labeler.clone())
			.collect();
		let gold = how.decision == Decision::Gold;

		// Every commit bond is released; slashes then take their share of the stake.
		for vote in votes {
			T::Stake::unlock(&vote.labeler, vote.bond);
		}
		if how.pay && !agreeing.is_empty() {
			let share = view.reward_per_item / (agreeing.len() as u32).into();
			for labeler in &agreeing {
				match T::Tasks::pay_reward(task, labeler, share) {
					Ok(()) => Self::deposit_event(Event::Rewarded {
						task,
						item,
						labeler: labeler.clone(),
						amount: share,
					}),
					Err(e) => log::warn!(target: "runtime::consensus", "reward for {task}/{item} not paid: {e:?}"),
				}
			}
		}
		for vote in votes {
			let outcome = match vote.label {
				None => {
					Self::slash_bond(task, item, view, vote, view.labeling.no_reveal_slash, &agreeing);
					Some(Outcome::NoReveal)
				},
				Some(label) if Some(label) == how.label => how
					.record_revealers
					.then_some(if gold { Outcome::GoldCorrect } else { Outcome::Agreed }),
				Some(_) => {
					if how.slash_deviants {
						Self::slash_bond(task, item, view, vote, view.labeling.deviation_slash, &agreeing);
					}
					how.record_revealers
						.then_some(if gold { Outcome::GoldWrong } else { Outcome::Disagreed })
				},
			};
			if let Some(outcome) = outcome {
				T::Reputation::record(&vote.labeler, view.domain, task, outcome);
			}
		}

		let revealed = votes.iter().filter(|v| v.label.is_some()).count();
		Results::<T>::insert(task, item, ItemResult {
			label: how.label,
			decision: how.decision,
			confidence: how.confidence,
			revealed: revealed.min(u8::MAX as usize) as u8,
			agreeing: agreeing.len().min(u8::MAX as usize) as u8,
			block: frame_system::Pallet::<T>::block_number(),
		});
		T::Labels::consume(task, item);
		let mut event_votes = BoundedVec::<_, T::MaxRedundancy>::new();
		for vote in votes {
			if event_votes.try_push((vote.labeler.clone(), vote.label)).is_err() {
				break;
			}
		}
		Self::deposit_event(Event::ItemFinalized {
			task,
			item,
			label: how.label,
			decision: how.decision,
			confidence: how.confidence,
			votes: event_votes,
		});
		if let Err(e) = T::Tasks::note_item_finalized(task, item) {
			// A task the registry settled on its own timeout keeps what it already refunded.
			log::debug!(target: "runtime::consensus", "task {task} did not take item {item}: {e:?}");
		}
		Ok(())
	}

	/// Decides an escalated item: the expert's label is paid, nobody is slashed for
	/// disagreeing.
	pub(crate) fn do_resolve(task: TaskId, item: ItemIndex, label: Label) -> DispatchResult {
		let escalation = Escalations::<T>::get(task, item).ok_or(Error::<T>::NotEscalated)?;
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(view.schema.accepts(&label), Error::<T>::LabelOutOfSchema);
		let votes = T::Labels::votes(task, item);
		Escalations::<T>::remove(task, item);
		Self::settle_item(task, item, &view, &votes, Settlement {
			label: Some(label),
			decision: Decision::Resolved,
			confidence: escalation.confidence,
			pay: true,
			slash_deviants: false,
			record_revealers: true,
		})
	}

	/// Closes an escalation nobody decided: the vote's label is recorded as unresolved, no
	/// reward is paid (it returns to the requester), only missing reveals are slashed.
	pub(crate) fn do_close_unresolved(
		task: TaskId,
		item: ItemIndex,
		escalation: Escalation<BlockNumberFor<T>>,
	) -> DispatchResult {
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		let votes = T::Labels::votes(task, item);
		Escalations::<T>::remove(task, item);
		Self::settle_item(task, item, &view, &votes, Settlement {
			label: escalation.vote_label,
			decision: Decision::Unresolved,
			confidence: escalation.confidence,
			pay: false,
			slash_deviants: false,
			record_revealers: false,
		})
	}
}
