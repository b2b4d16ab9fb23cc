//! Deciding an item: the weighted vote, then rewards, slashes, reputation, the provenance
//! leaf and the statistics.

use crate::{math, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	answers,
	merkle::provenance_leaf, CaseKind, ItemIndex, Label, LabelSchema, LabelStore, LabelerTally, Outcome,
	ReputationInspect, ReputationRecord, ReviewCourt, SlashAmount, StakeLock, StakeSlash, TaskHooks, TaskId,
	TaskInspect, TaskPhase, TaskView, Vote,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{
		helpers_128bit::multiply_by_rational_with_rounding,
		traits::{Saturating, Zero},
		DispatchResult, Perbill, Rounding,
	},
};

pub(crate) type ViewOf<T> =
	TaskView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
pub(crate) type VoteOf<T> = Vote<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
pub(crate) type TallyOf<T> = LabelerTally<BalanceOf<T>>;

/// The outcome of the weighted vote on one item.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Tally {
	/// The label with the most weight (ties to the smaller label); `None` if nobody revealed.
	pub winner: Option<Label>,
	/// The posterior probability that `winner` is right (`math::posterior_confidence`).
	pub confidence: Perbill,
	/// How many labels were revealed.
	pub revealed: u32,
}

/// How to settle an item's money and evidence.
struct Settlement<T: Config> {
	label: Option<Label>,
	decision: Decision,
	confidence: Perbill,
	/// Pay the item's reward to the labelers who gave `label`.
	pay: bool,
	/// The share of an outvoted labeler's bond to take: the governed deviation slash, times
	/// the decision's certainty for a vote (nothing below the clear margin), whole for ground
	/// truth.
	deviant_slash: Perbill,
	/// Record agreement and disagreement in reputation (a decision with a ground truth).
	record_revealers: bool,
	/// Record every revealer as disagreeing (an item the crowd left undecided): provoking an
	/// escalation then costs the dissenter what it costs the others.
	revealers_failed: bool,
	/// What of the item's reward the review panel was already paid: the labelers share the
	/// rest.
	fee_paid: BalanceOf<T>,
}

impl<T: Config> Settlement<T> {
	/// An item settled without a label: nobody paid, slashed for deviating or recorded; bonds
	/// released and missing reveals slashed as for every item.
	fn unpaid(decision: Decision) -> Self {
		Settlement {
			label: None,
			decision,
			confidence: Perbill::zero(),
			pay: false,
			deviant_slash: Perbill::zero(),
			record_revealers: false,
			revealers_failed: false,
			fee_paid: Zero::zero(),
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of `who`'s vote on an item of a task; `leave_out` leaves that task's
	/// agreement evidence out (for its reference decisions).
	pub fn vote_weight(who: &T::AccountId, view: &ViewOf<T>, leave_out: Option<TaskId>) -> i64 {
		let p = T::Reputation::vote_reputation(who, view.domain, view.schema.classes(), leave_out);
		let classes = view.schema.classes().unwrap_or(2);
		// The task's terms, not the parameters of the day: a vote taken while a task runs
		// does not reweigh its votes.
		let terms = &view.labeling;
		let reputation = math::log_odds_weight(p, classes, terms.max_accuracy);
		let stake = T::Stake::slashable(who).into();
		let stake_term =
			math::stake_weight(stake, terms.stake_for_full_weight.into(), terms.stake_weight_cap as i64);
		reputation.saturating_add(stake_term)
	}

	/// How much of a full observation an item of the task is worth in reputation: the
	/// protocol fee on one labeler's share of its reward, against the governed evidence fee.
	pub fn evidence_weight(view: &ViewOf<T>) -> Perbill {
		let need: u128 = T::EvidenceFee::get().into();
		if need == 0 {
			return Perbill::one();
		}
		let share: u128 = view.reward_per_item.into() / (view.redundancy.max(1) as u128);
		let fee = view.protocol_fee.mul_floor(share);
		Perbill::from_rational(fee.min(need), need)
	}

	/// The reputation-weighted vote over the revealed labels, with weights that leave
	/// `leave_out`'s agreement evidence out (a reference decision) or not (the decision).
	pub fn tally(view: &ViewOf<T>, votes: &[VoteOf<T>], leave_out: Option<TaskId>) -> Tally {
		if view.schema.is_graded() {
			return Self::graded_tally(view, votes, leave_out);
		}
		// (label, summed weight), at most one entry per distinct label, in first-seen order.
		let mut sums: Vec<(Label, i64)> = Vec::new();
		let mut revealed = 0u32;
		for vote in votes {
			let Some(label) = vote.label else { continue };
			revealed = revealed.saturating_add(1);
			let weight = Self::vote_weight(&vote.labeler, view, leave_out);
			match sums.iter_mut().find(|(l, _)| *l == label) {
				Some(entry) => entry.1 = entry.1.saturating_add(weight),
				None => sums.push((label, weight)),
			}
		}
		// Most weight first; ties to the smaller label.
		let winner = sums.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(l, _)| *l);
		let weights: Vec<i64> = sums.iter().map(|(_, w)| *w).collect();
		let confidence = math::posterior_confidence(&weights, view.schema.classes());
		Tally { winner, confidence, revealed }
	}

	/// The vote on graded answers: the schema's rule (`answers::decide`: a weighted median, a
	/// vote per class, a weighted Borda count) over the answers weighted by their vote weights
	/// (a weight below zero counts as none), and as confidence the weighted agreement of the
	/// answers with the decision (`answers::agreement`: one when every answer is the decision).
	fn graded_tally(view: &ViewOf<T>, votes: &[VoteOf<T>], leave_out: Option<TaskId>) -> Tally {
		let answers: Vec<(Label, u64)> = votes
			.iter()
			.filter_map(|vote| {
				let weight = Self::vote_weight(&vote.labeler, view, leave_out).max(0) as u64;
				vote.label.map(|label| (label, weight))
			})
			.collect();
		let winner = answers::decide(&view.schema, &answers);
		let confidence = winner.map_or(Perbill::zero(), |w| answers::agreement(&view.schema, &answers, &w));
		Tally { winner, confidence, revealed: answers.len() as u32 }
	}

	/// What `given` earns against the decision `decided`: its closeness (reputation) and its
	/// share of a full reward. A categorical or free-form answer is right or wrong; a graded
	/// one is paid by the task's curve.
	pub fn grade(view: &ViewOf<T>, given: &Label, decided: &Label) -> (Perbill, Perbill) {
		if !view.schema.is_graded() {
			let right = if given == decided { Perbill::one() } else { Perbill::zero() };
			return (right, right);
		}
		let distance = answers::distance(&view.schema, given, decided);
		(Perbill::one().saturating_sub(distance), view.pay_curve.share(distance))
	}

	/// Whether `given` agrees with `decided` fully: the same label, or a graded answer within
	/// full pay of it.
	pub fn agrees(view: &ViewOf<T>, given: &Label, decided: &Label) -> bool {
		Self::grade(view, given, decided).1 == Perbill::one()
	}

	/// Whether `vote` agrees fully with `label` (`agrees`; a missing reveal or label never does).
	pub(crate) fn agrees_with(view: &ViewOf<T>, vote: &VoteOf<T>, label: Option<Label>) -> bool {
		match (vote.label, label) {
			(Some(given), Some(decided)) => Self::agrees(view, &given, &decided),
			_ => false,
		}
	}

	/// `pot` split in proportion to `shares` (each vote's share of a full reward, as `grade`
	/// gives it), rounded down: equally among the agreeing for a categorical item, more to the
	/// closer answers of a graded one; nothing to anyone if no share is above zero.
	pub(crate) fn split_by_shares(pot: BalanceOf<T>, shares: &[Perbill]) -> Vec<BalanceOf<T>> {
		let sum: u128 = shares.iter().map(|s| u128::from(s.deconstruct())).sum();
		let pot: u128 = pot.into();
		shares
			.iter()
			.map(|share| {
				if sum == 0 {
					return Zero::zero();
				}
				multiply_by_rational_with_rounding(pot, u128::from(share.deconstruct()), sum, Rounding::Down)
					.and_then(|a| a.try_into().ok())
					.unwrap_or_else(Zero::zero)
			})
			.collect()
	}

	/// The outcome of agreeing this much with a decision (`gold`: a gold answer).
	pub(crate) fn closeness_outcome(view: &ViewOf<T>, closeness: Perbill, gold: bool) -> Outcome {
		match (view.schema.is_graded(), gold, closeness == Perbill::one()) {
			(true, false, _) => Outcome::Close { closeness },
			(true, true, _) => Outcome::GoldClose { closeness },
			(false, false, true) => Outcome::Agreed,
			(false, false, false) => Outcome::Disagreed,
			(false, true, true) => Outcome::GoldCorrect,
			(false, true, false) => Outcome::GoldWrong,
		}
	}

	/// Whether the item may be finalized now: after the reveal window and any gold reveal; a
	/// gold item from then on, any other item once the task's agreement evidence is recorded
	/// (its decision weighs labelers with it).
	pub(crate) fn ready(task: TaskId, item: ItemIndex, view: &ViewOf<T>) -> bool {
		if view.phase != TaskPhase::Finalizing || T::Tasks::gold_pending(task) {
			return false;
		}
		match Stages::<T>::get(task) {
			None | Some(Stage::Decide) => true,
			Some(Stage::Gold | Stage::Evidence) => T::Tasks::gold_label(task, item).is_some(),
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
		let terms = &view.labeling;
		let quorum = terms.quorum.min(view.redundancy as u32).max(1);
		// Agreement evidence was recorded by the task's evidence pass (tasks from before it
		// record it here, with the decision).
		let evidence_recorded = Stages::<T>::contains_key(task);
		if let Some(gold) = T::Tasks::gold_label(task, item) {
			// The requester's answer alone never outweighs a clear consensus of the others:
			// review decides who was right, with the item's part of the gold deposit at stake.
			// The consensus is weighed as a reference is: without the task's agreement evidence.
			let tally = Self::tally(view, &votes, Some(task));
			let contested = tally.revealed >= quorum &&
				tally.confidence >= terms.clear_margin &&
				tally.winner.is_some_and(|w| !Self::agrees(view, &w, &gold));
			if contested {
				// Where labelers gave the gold answer too, it still weighs the task's labelers
				// (its other items are decided after this pass): otherwise a bloc that
				// outnumbers the honest labelers on a gold item would keep the gold from ever
				// counting against it. A gold answer nobody else gave weighs nobody: a
				// requester's false answer against everyone cannot drain the task's weights
				// (and so its confidence and its payments). Only the money waits for review.
				let support = votes.iter().filter(|v| Self::agrees_with(view, v, Some(gold))).count();
				if support >= 2 {
					Self::record_gold_outcomes(task, view, &votes, gold);
				}
				return Self::escalate(task, item, view, &votes, tally, CaseKind::GoldDispute).map(|_| ());
			}
			return Self::settle_item(task, item, view, &votes, Settlement {
				label: Some(gold),
				decision: Decision::Gold,
				confidence: Perbill::one(),
				pay: true,
				deviant_slash: terms.deviation_slash,
				record_revealers: true,
				revealers_failed: false,
				fee_paid: Zero::zero(),
			});
		}
		// Free text is not voted on: its answers go to the task's review, which rates them.
		if view.schema == LabelSchema::FreeText && votes.iter().any(|v| v.label.is_some()) {
			return Self::submit_free_text(task, item, view, &votes);
		}
		let tally = Self::tally(view, &votes, None);
		if tally.revealed == 0 {
			return Self::settle_item(task, item, view, &votes, Settlement::unpaid(Decision::NoLabels));
		}
		if tally.revealed < quorum || tally.confidence < terms.threshold {
			return Self::escalate(task, item, view, &votes, tally, CaseKind::Escalation).map(|_| ());
		}
		// A random share of what the vote decides is audited by a panel before it settles.
		// The draw uses this block's randomness, which nobody knew when they committed.
		if T::Court::audit_drawn(task, item, view.domain, view.min_tier) && Self::escalate(task, item, view, &votes, tally, CaseKind::Audit)? {
			return Ok(());
		}
		Self::settle_item(task, item, view, &votes, Self::vote_settlement(view, tally.winner, tally.confidence, evidence_recorded))
	}

	/// Settles a free-text item: its answers are noted for the review (which pays their
	/// authors by rating), bonds are released and missing reveals slashed as for any item.
	fn submit_free_text(task: TaskId, item: ItemIndex, view: &ViewOf<T>, votes: &[VoteOf<T>]) -> DispatchResult {
		for vote in votes {
			if let Some(Label::Digest(digest)) = vote.label {
				T::Tasks::note_submission(task, item, &vote.labeler, digest)?;
			}
		}
		Self::settle_item(task, item, view, votes, Settlement::unpaid(Decision::Submitted))
	}

	/// An item of a review task was decided (or closed without ratings): the rated answer's
	/// author is paid by the rating and the rating is recorded as its evidence in reputation.
	fn pay_author(task: TaskId, item: ItemIndex, label: Option<Label>) {
		let quality = match label {
			Some(Label::Level(level)) => Some(Perbill::from_rational(
				u32::from(level),
				u32::from(labelchain_primitives::REVIEW_LEVELS.saturating_sub(1)).max(1),
			)),
			_ => None,
		};
		match T::Tasks::rate_submission(task, item, quality) {
			Ok(Some(pay)) => {
				let Some(quality) = quality else { return };
				let Some(rated) = T::Tasks::task(pay.submission.task) else { return };
				let evidence = Self::evidence_weight(&rated);
				let outcome = Outcome::Close { closeness: quality };
				T::Reputation::record(&pay.submission.author, rated.domain, pay.submission.task, outcome, evidence);
			},
			Ok(None) => {},
			// Paid from the free-text task's escrow, which its review keeps from settling:
			// only books that do not add up (reported by `try_state`) can fail it.
			Err(e) => log::error!(target: "runtime::consensus", "author of {task}/{item} not paid: {e:?}"),
		}
	}

	/// How the vote's decision settles: the agreeing are paid, outvoted labelers lose the
	/// deviation slash times the decision's certainty (nothing below the clear margin).
	fn vote_settlement(view: &ViewOf<T>, label: Option<Label>, confidence: Perbill, evidence_recorded: bool) -> Settlement<T> {
		let terms = &view.labeling;
		Settlement {
			label,
			decision: Decision::Consensus,
			confidence,
			pay: true,
			deviant_slash: if confidence >= terms.clear_margin {
				terms.deviation_slash * Self::reference_evidence(confidence, view.schema.classes())
			} else {
				Perbill::zero()
			},
			record_revealers: !evidence_recorded,
			revealers_failed: false,
			fee_paid: Zero::zero(),
		}
	}

	/// Records each revealed label of a gold item against the requester's answer.
	fn record_gold_outcomes(task: TaskId, view: &ViewOf<T>, votes: &[VoteOf<T>], gold: Label) {
		let evidence = Self::evidence_weight(view);
		for vote in votes {
			let Some(given) = vote.label else { continue };
			let (closeness, _) = Self::grade(view, &given, &gold);
			let outcome = Self::closeness_outcome(view, closeness, true);
			T::Reputation::record(&vote.labeler, view.domain, task, outcome, evidence);
		}
	}

	/// Takes `share` of `who`'s bond and gives it to the treasury or, if the task's terms say
	/// so, the agreeing labelers; `tallies` (one per vote, in vote order) count what was taken
	/// and given.
	fn slash_bond(
		task: TaskId,
		item: ItemIndex,
		view: &ViewOf<T>,
		slashed: usize,
		votes: &[VoteOf<T>],
		share: Perbill,
		agreeing: &[usize],
		tallies: &mut [TallyOf<T>],
	) {
		let Some(vote) = votes.get(slashed) else { return };
		let amount = share * vote.bond;
		if amount.is_zero() {
			return;
		}
		let mut taken: BalanceOf<T> = Zero::zero();
		if view.labeling.slash_to_agreeing && !agreeing.is_empty() {
			let part = amount / (agreeing.len() as u32).into();
			for &to in agreeing {
				let Some(recipient) = votes.get(to) else { continue };
				let given = T::Stake::slash(&vote.labeler, SlashAmount::Fixed(part), &recipient.labeler);
				taken = taken.saturating_add(given);
				if let Some(tally) = tallies.get_mut(to) {
					tally.earned = tally.earned.saturating_add(given);
				}
			}
		} else {
			taken = T::Stake::slash(&vote.labeler, SlashAmount::Fixed(amount), &T::Treasury::get());
		}
		if let Some(tally) = tallies.get_mut(slashed) {
			tally.slashed = tally.slashed.saturating_add(taken);
		}
		Self::deposit_event(Event::BondSlashed {
			task,
			item,
			labeler: vote.labeler.clone(),
			amount: taken,
			revealed: vote.label.is_some(),
		});
	}

	/// Every labeler's revealed label, in commitment order, as `ItemFinalized` and the
	/// provenance leaf carry them.
	pub(crate) fn event_votes(votes: &[VoteOf<T>]) -> BoundedVec<(T::AccountId, Option<Label>), T::MaxRedundancy> {
		let mut event_votes = BoundedVec::new();
		for vote in votes {
			if event_votes.try_push((vote.labeler.clone(), vote.label)).is_err() {
				break;
			}
		}
		event_votes
	}

	/// Pays, slashes, records reputation, stores the result with its provenance leaf, counts
	/// the statistics, and hands the item back.
	fn settle_item(
		task: TaskId,
		item: ItemIndex,
		view: &ViewOf<T>,
		votes: &[VoteOf<T>],
		how: Settlement<T>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let event_votes = Self::event_votes(votes);
		// The only step that can fail comes first, before any money moves.
		let leaf = provenance_leaf(task, item, &how.label, how.decision, how.confidence, &event_votes, &now);
		let mut tree = Provenance::<T>::get(task);
		let position = tree.push(leaf).map_err(|_| Error::<T>::ProvenanceFull)?;
		Provenance::<T>::insert(task, tree);

		// What each vote earns against the final label: (closeness, share of a full reward);
		// nothing for a missing reveal or an item without a label.
		let grades: Vec<(Perbill, Perbill)> = votes
			.iter()
			.map(|v| match (v.label, how.label) {
				(Some(given), Some(decided)) => Self::grade(view, &given, &decided),
				_ => (Perbill::zero(), Perbill::zero()),
			})
			.collect();
		let share_of = |index: usize| grades.get(index).map_or(Perbill::zero(), |g| g.1);
		// Indices into `votes` of the labelers who agree with the final label fully (for a
		// graded answer: within full pay of it).
		let agreeing: Vec<usize> = (0..votes.len()).filter(|&i| share_of(i) == Perbill::one()).collect();
		let gold = how.decision == Decision::Gold;
		let mut tallies: Vec<TallyOf<T>> = votes
			.iter()
			.enumerate()
			.map(|(index, v)| {
				let revealed = v.label.is_some() as u32;
				let agreed = agreeing.contains(&index) as u32;
				LabelerTally {
					committed: 1,
					revealed,
					agreed,
					gold_answered: if gold { revealed } else { 0 },
					gold_correct: if gold { agreed } else { 0 },
					..Default::default()
				}
			})
			.collect();

		// Every commit bond is released; slashes then take their share of the stake.
		for vote in votes {
			T::Stake::unlock(&vote.labeler, vote.bond);
		}
		// The reward is shared in proportion to each answer's share of a full reward.
		if how.pay {
			let shares: Vec<Perbill> = grades.iter().map(|g| g.1).collect();
			let pot = view.reward_per_item.saturating_sub(how.fee_paid);
			for (index, amount) in Self::split_by_shares(pot, &shares).into_iter().enumerate() {
				if share_of(index).is_zero() {
					continue;
				}
				let Some(labeler) = votes.get(index).map(|v| &v.labeler) else { continue };
				match T::Tasks::pay_reward(task, labeler, amount) {
					Ok(()) => {
						if let Some(tally) = tallies.get_mut(index) {
							tally.earned = tally.earned.saturating_add(amount);
						}
						Self::deposit_event(Event::Rewarded {
							task,
							item,
							labeler: labeler.clone(),
							amount,
						})
					},
					// The escrow is held with `Force` transfers: nothing the requester does can
					// block it; only books that do not add up (reported by `try_state`) can.
					Err(e) => {
						log::error!(target: "runtime::consensus", "reward for {task}/{item} not paid: {e:?}");
						Self::deposit_event(Event::RewardUnpaid {
							task,
							item,
							labeler: labeler.clone(),
							amount,
						});
					},
				}
			}
		}
		let evidence = Self::evidence_weight(view);
		for (index, vote) in votes.iter().enumerate() {
			let outcome = match vote.label {
				None => {
					let share = view.labeling.no_reveal_slash;
					Self::slash_bond(task, item, view, index, votes, share, &agreeing, &mut tallies);
					Some(Outcome::NoReveal)
				},
				Some(_) if how.revealers_failed => Some(Outcome::Disagreed),
				Some(_) => {
					let (closeness, share) = grades.get(index).copied().unwrap_or_default();
					// A deviant earns nothing: a categorical answer that is not the label, a
					// graded one beyond the pay curve.
					if share.is_zero() && how.label.is_some() && !how.deviant_slash.is_zero() {
						Self::slash_bond(task, item, view, index, votes, how.deviant_slash, &agreeing, &mut tallies);
					}
					how.record_revealers.then(|| Self::closeness_outcome(view, closeness, gold))
				},
			};
			if let Some(outcome) = outcome {
				T::Reputation::record(&vote.labeler, view.domain, task, outcome, evidence);
			}
		}

		Self::count_item(task, &view.schema, votes, &tallies, how.decision);
		let revealed = votes.iter().filter(|v| v.label.is_some()).count();
		Results::<T>::insert(task, item, ItemResult {
			label: how.label,
			decision: how.decision,
			confidence: how.confidence,
			revealed: revealed.min(u8::MAX as usize) as u8,
			agreeing: agreeing.len().min(u8::MAX as usize) as u8,
			block: now,
			position,
		});
		// A vote or gold decision keeps its labels while it may be appealed (pruned with the task).
		if !Self::keeps_labels(how.decision) {
			T::Labels::consume(task, item);
		}
		Self::deposit_event(Event::ItemFinalized {
			task,
			item,
			label: how.label,
			decision: how.decision,
			confidence: how.confidence,
			votes: event_votes,
			position,
		});
		// A rating of a free-text answer pays its author (nothing for any other item).
		Self::pay_author(task, item, how.label);
		if let Err(e) = T::Tasks::note_item_finalized(task, item) {
			// A task the registry settled on its own timeout keeps what it already refunded.
			log::debug!(target: "runtime::consensus", "task {task} did not take item {item}: {e:?}");
		}
		Ok(())
	}

	/// Decides an escalated item: the expert's label is paid, nobody is slashed for
	/// disagreeing, unless the expert upheld a contested gold answer (the consensus against it
	/// is then slashed as gold would have). Rejecting a gold answer forfeits its part of the
	/// gold deposit to the labelers who gave the upheld label.
	pub(crate) fn do_resolve(task: TaskId, item: ItemIndex, label: Label) -> DispatchResult {
		Self::settle_decided(task, item, label, Decision::Resolved, CaseKind::Escalation, Zero::zero())
	}

	/// Settles an escalated item on a decided label: an expert origin's (`Resolved`) or a
	/// review panel's (`Reviewed`, its fee already paid from the reward). Outvoted labelers
	/// are slashed where the decision is ground truth about a clear call: an upheld gold
	/// answer, or an audit (the vote was confident). On an item the vote found unclear,
	/// disagreeing costs reputation only.
	pub(crate) fn settle_decided(
		task: TaskId,
		item: ItemIndex,
		label: Label,
		decision: Decision,
		kind: CaseKind,
		fee_paid: BalanceOf<T>,
	) -> DispatchResult {
		let escalation = Escalations::<T>::get(task, item).ok_or(Error::<T>::NotEscalated)?;
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		ensure!(view.schema.accepts(&label), Error::<T>::LabelOutOfSchema);
		let votes = T::Labels::votes(task, item);
		let gold = T::Tasks::gold_label(task, item);
		Escalations::<T>::remove(task, item);
		// Before the item settles, which may settle the task and return the deposit.
		if gold.is_some_and(|g| g != label) {
			let winners: Vec<T::AccountId> = votes
				.iter()
				.filter(|v| Self::agrees_with(&view, v, Some(label)))
				.map(|v| v.labeler.clone())
				.collect();
			T::Tasks::forfeit_gold_item(task, item, &winners)?;
		}
		let deviant_slash = match (gold, kind) {
			(Some(g), _) if g == label => view.labeling.deviation_slash,
			(None, CaseKind::Audit) => view.labeling.deviation_slash,
			_ => Perbill::zero(),
		};
		Self::settle_item(task, item, &view, &votes, Settlement {
			label: Some(label),
			decision,
			confidence: escalation.confidence,
			pay: true,
			deviant_slash,
			record_revealers: true,
			revealers_failed: false,
			fee_paid,
		})?;
		Self::finish_if_done(task);
		Ok(())
	}

	/// Closes an escalation nobody decided: the vote's label is recorded as unresolved, only
	/// missing reveals are slashed, and every revealer counts as disagreeing in reputation. No
	/// reward is paid (it returns to the requester), except on a contested gold item: a gold
	/// answer nobody upheld leaves the clear consensus standing, and it is paid.
	pub(crate) fn do_close_unresolved(
		task: TaskId,
		item: ItemIndex,
		escalation: Escalation<BlockNumberFor<T>>,
	) -> DispatchResult {
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		let votes = T::Labels::votes(task, item);
		let gold_contested = T::Tasks::gold_label(task, item).is_some();
		Escalations::<T>::remove(task, item);
		Self::settle_item(task, item, &view, &votes, Settlement {
			label: escalation.vote_label,
			decision: Decision::Unresolved,
			confidence: escalation.confidence,
			pay: gold_contested,
			deviant_slash: Perbill::zero(),
			record_revealers: false,
			revealers_failed: !gold_contested,
			fee_paid: Zero::zero(),
		})?;
		Self::finish_if_done(task);
		Ok(())
	}
}

impl<T: Config> labelchain_primitives::ReviewOutcome<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn decided(task: TaskId, item: ItemIndex, kind: CaseKind, label: Label, fee_paid: BalanceOf<T>) -> DispatchResult {
		if kind == CaseKind::Appeal {
			return Self::settle_appeal(task, item, Some(label));
		}
		Self::settle_decided(task, item, label, Decision::Reviewed, kind, fee_paid)
	}

	fn undecided(task: TaskId, item: ItemIndex, kind: CaseKind) -> DispatchResult {
		if kind == CaseKind::Appeal {
			return Self::settle_appeal(task, item, None);
		}
		let escalation = Escalations::<T>::get(task, item).ok_or(Error::<T>::NotEscalated)?;
		if kind != CaseKind::Audit {
			return Self::do_close_unresolved(task, item, escalation);
		}
		// An audit nobody could review: the vote's decision stands, settled as it would have
		// been without the audit.
		let view = T::Tasks::task(task).ok_or(Error::<T>::UnknownTask)?;
		let votes = T::Labels::votes(task, item);
		Escalations::<T>::remove(task, item);
		// It counts as decided by the vote, not as escalated.
		TaskStats::<T>::mutate(task, |stats| {
			stats.decisions.escalated = stats.decisions.escalated.saturating_sub(1);
		});
		let settlement =
			Self::vote_settlement(&view, escalation.vote_label, escalation.confidence, Stages::<T>::contains_key(task));
		Self::settle_item(task, item, &view, &votes, settlement)?;
		Self::finish_if_done(task);
		Ok(())
	}
}
