//! Recording evidence and reading estimates.

use crate::{pallet::*, types::*};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	DomainId, Outcome, ReputationInspect, ReputationRecord, TaskId, TierRefresh,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::{
		traits::{Saturating, UniqueSaturatedInto, Zero},
		Perbill, Permill,
	},
};

impl<T: Config> Pallet<T> {
	/// What evidence counted from `since` keeps at `now` (the decay factor once per full decay
	/// period), and the block the next step counts from; `None` before a full period passed.
	fn decay(since: BlockNumberFor<T>, now: BlockNumberFor<T>) -> Option<(Perbill, BlockNumberFor<T>)> {
		let period = T::DecayPeriod::get();
		if period.is_zero() || now <= since {
			return None;
		}
		let steps: u32 = (now.saturating_sub(since) / period).unique_saturated_into();
		if steps == 0 {
			return None;
		}
		let keep = T::DecayFactor::get().saturating_pow(steps as usize);
		Some((keep, since.saturating_add(period.saturating_mul(steps.into()))))
	}

	/// `evidence` aged to `now`: multiplied by the decay factor once per full decay period.
	pub fn decayed(mut evidence: EvidenceOf<T>, now: BlockNumberFor<T>) -> EvidenceOf<T> {
		let Some((keep, decayed_at)) = Self::decay(evidence.decayed_at, now) else { return evidence };
		evidence.agree = keep * evidence.agree;
		evidence.total = keep * evidence.total;
		evidence.gold_agree = keep * evidence.gold_agree;
		evidence.gold_total = keep * evidence.gold_total;
		for pending in evidence.pending.iter_mut() {
			pending.agree = keep * pending.agree;
			pending.total = keep * pending.total;
		}
		evidence.decayed_at = decayed_at;
		evidence
	}

	/// The posterior mean accuracy from `agree` of `total` under a prior of mean `prior` and
	/// the governed strength.
	pub fn posterior(agree: u64, total: u64, prior: Permill) -> Permill {
		let strength = (T::PriorStrength::get() as u64).saturating_mul(OBSERVATION);
		let prior_agree = prior * strength;
		Permill::from_rational(
			agree.saturating_add(prior_agree),
			total.saturating_add(strength).max(1),
		)
	}

	/// The average labeler's accuracy in `domain`: everyone's evidence under the governed
	/// prior accuracy (as strong as one labeler's prior).
	pub fn domain_mean(domain: DomainId) -> Permill {
		let now = frame_system::Pallet::<T>::block_number();
		let d = Domains::<T>::get(domain).map(|d| Self::decayed_domain(d, now)).unwrap_or_default();
		Self::posterior(d.agree, d.total, T::PriorAccuracy::get())
	}

	/// The prior mean of a newcomer's accuracy in `domain` among `classes` answers (two when
	/// unknown): the governed share of the way from chance to the domain's average labeler.
	pub fn newcomer_prior(domain: DomainId, classes: Option<u16>) -> Permill {
		let chance = Self::chance(classes);
		let above = Self::domain_mean(domain).saturating_sub(chance);
		let lift = Permill::from_parts(T::NewcomerShare::get().mul_floor(above.deconstruct()));
		chance.saturating_add(lift)
	}

	/// The accuracy of a random answer among `classes` labels (two when unknown).
	fn chance(classes: Option<u16>) -> Permill {
		Permill::from_rational(1u32, u32::from(classes.unwrap_or(2).max(2)))
	}

	/// `record` aged to `now`, as `decayed` ages a labeler's evidence.
	pub fn decayed_domain(mut record: DomainEvidenceOf<T>, now: BlockNumberFor<T>) -> DomainEvidenceOf<T> {
		let Some((keep, decayed_at)) = Self::decay(record.decayed_at, now) else { return record };
		record.agree = keep * record.agree;
		record.total = keep * record.total;
		record.decayed_at = decayed_at;
		record
	}

	/// `estimate` kept within what the labeler's gold results allow: between the posterior of
	/// the gold results alone under a prior at chance and under a prior of certainty, each of
	/// the governed gold bound strength.
	///
	/// Why: agreement with consensus measures accuracy only while consensus is right. A bloc
	/// that outvotes the others agrees with the consensus it made, and its agreements would
	/// outweigh the few gold answers it misses; the upper bound holds it down to what its gold
	/// results allow. Labelers the bloc outvoted disagree with that consensus, and the lower
	/// bound holds up those whose gold answers were right. Without gold results: no bound.
	/// The bound is the labeler's own record, so another account's answers cannot move it (a
	/// pairwise collusion signal could be: an attacker agreeing with an honest labeler would
	/// make them a suspect pair).
	pub fn bounded_by_gold(estimate: Permill, e: &EvidenceOf<T>, classes: Option<u16>) -> Permill {
		if e.gold_total == 0 {
			// No bound: an estimate below chance (it weighs nothing) is shown as it is.
			return estimate;
		}
		let strength = (T::GoldBoundStrength::get() as u64).saturating_mul(OBSERVATION);
		let bound = |prior: Permill| {
			Permill::from_rational(
				e.gold_agree.saturating_add(prior * strength),
				e.gold_total.saturating_add(strength).max(1),
			)
		};
		let lower = bound(Self::chance(classes));
		let upper = bound(Permill::one());
		estimate.clamp(lower, upper.max(lower))
	}

	/// The evidence-based estimate tiers use: none without evidence.
	pub fn tier_estimate(agree: u64, total: u64) -> Permill {
		let floor = (T::TierEvidenceFloor::get() as u64).saturating_mul(OBSERVATION);
		Permill::from_rational(agree, total.saturating_add(floor).max(1))
	}

	fn evidence(who: &T::AccountId, domain: DomainId) -> Option<EvidenceOf<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		Reputations::<T>::get(who).get(&domain).map(|e| Self::decayed(*e, now))
	}

	/// The invariants: agreements never exceed observations, and gold results are part of the
	/// settled evidence.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		for (_, domain) in Domains::<T>::iter() {
			ensure!(domain.agree <= domain.total, "a domain with more agreements than observations");
		}
		for (_, domains) in Reputations::<T>::iter() {
			for evidence in domains.values() {
				ensure!(evidence.agree <= evidence.total, "more agreements than observations");
				ensure!(
					evidence.gold_agree <= evidence.gold_total &&
						evidence.gold_agree <= evidence.agree &&
						evidence.gold_total <= evidence.total,
					"gold results that are not part of the settled evidence"
				);
				ensure!(
					evidence.pending.iter().all(|p| p.agree <= p.total),
					"more pending agreements than pending observations"
				);
				let tasks: alloc::vec::Vec<_> =
					evidence.pending.iter().filter(|p| !p.is_empty()).map(|p| p.task).collect();
				ensure!(
					tasks.iter().enumerate().all(|(i, t)| !tasks.iter().skip(i + 1).any(|u| u == t)),
					"one task's evidence pending twice"
				);
			}
		}
		Ok(())
	}
}

impl<T: Config> ReputationInspect<T::AccountId> for Pallet<T> {
	fn reputation(who: &T::AccountId, domain: DomainId) -> Permill {
		Self::evidence(who, domain).map_or(Permill::zero(), |e| {
			let (agree, total) = e.all();
			Self::tier_estimate(agree, total)
		})
	}

	fn best_reputation(who: &T::AccountId) -> Permill {
		let now = frame_system::Pallet::<T>::block_number();
		Reputations::<T>::get(who)
			.values()
			.map(|e| {
				let (agree, total) = Self::decayed(*e, now).all();
				Self::tier_estimate(agree, total)
			})
			.max()
			.unwrap_or_default()
	}

	fn vote_reputation(who: &T::AccountId, domain: DomainId, classes: Option<u16>, leave_out: Option<TaskId>) -> Permill {
		let prior = Self::newcomer_prior(domain, classes);
		let Some(e) = Self::evidence(who, domain) else { return Self::posterior(0, 0, prior) };
		let (agree, total) = e.without(leave_out);
		Self::bounded_by_gold(Self::posterior(agree, total, prior), &e, classes)
	}
}

impl<T: Config> ReputationRecord<T::AccountId> for Pallet<T> {
	fn record(who: &T::AccountId, domain: DomainId, task: TaskId, outcome: Outcome, weight: Perbill) {
		let gold = (T::GoldWeight::get() as u64).saturating_mul(OBSERVATION);
		let no_reveal = (T::NoRevealWeight::get() as u64).saturating_mul(OBSERVATION);
		let (agree, total) = match outcome {
			Outcome::Agreed => (OBSERVATION, OBSERVATION),
			Outcome::Disagreed => (0, OBSERVATION),
			Outcome::GoldCorrect => (gold, gold),
			Outcome::GoldWrong => (0, gold),
			Outcome::NoReveal => (0, no_reveal),
			Outcome::Close { closeness } => (closeness * OBSERVATION, OBSERVATION),
			Outcome::GoldClose { closeness } => (closeness * gold, gold),
		};
		let (agree, total) = (weight * agree, weight * total);
		let now = frame_system::Pallet::<T>::block_number();
		let mut domains = Reputations::<T>::get(who);
		if !domains.contains_key(&domain) && domains.len() as u32 >= T::MaxDomainsPerLabeler::get() {
			// Keep the domains with the most evidence.
			let weakest = domains.iter().min_by_key(|(_, e)| e.all().1).map(|(d, _)| *d);
			if let Some(weakest) = weakest {
				domains.remove(&weakest);
			}
		}
		let mut evidence = Self::decayed(
			domains.get(&domain).copied().unwrap_or(Evidence { decayed_at: now, ..Default::default() }),
			now,
		);
		match outcome {
			// Ground truth: it weighs the labeler at once, in this task's own votes too.
			Outcome::GoldCorrect | Outcome::GoldWrong | Outcome::GoldClose { .. } => {
				evidence.agree = evidence.agree.saturating_add(agree);
				evidence.total = evidence.total.saturating_add(total);
				evidence.gold_agree = evidence.gold_agree.saturating_add(agree);
				evidence.gold_total = evidence.gold_total.saturating_add(total);
			},
			// Agreement with the task's reference decisions: held apart while the task's
			// reference decisions are formed.
			_ => evidence.add_pending(task, agree, total),
		}
		let (all_agree, all_total) = evidence.all();
		let reputation = Self::bounded_by_gold(
			Self::posterior(all_agree, all_total, Self::newcomer_prior(domain, None)),
			&evidence,
			None,
		);
		let mut everyone = Self::decayed_domain(
			Domains::<T>::get(domain).unwrap_or(DomainEvidence { decayed_at: now, ..Default::default() }),
			now,
		);
		everyone.agree = everyone.agree.saturating_add(agree);
		everyone.total = everyone.total.saturating_add(total);
		Domains::<T>::insert(domain, everyone);
		if domains.try_insert(domain, evidence).is_err() {
			log::warn!(target: "runtime::reputation", "no room for domain {domain}");
			return;
		}
		Reputations::<T>::insert(who, domains);
		Self::deposit_event(Event::ReputationUpdated {
			who: who.clone(),
			domain,
			task,
			outcome,
			reputation,
		});
		T::OnChange::reputation_changed(who);
	}
}

/// A labeler who left takes their evidence along: their stake was its deposit.
impl<T: Config> labelchain_primitives::OnLabelerLeft<T::AccountId> for Pallet<T> {
	fn labeler_left(who: &T::AccountId) {
		Reputations::<T>::remove(who);
	}
}
