//! Stake, tiers and reputation as the other pallets see them.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_runtime::{Perbill, Permill};
use scale_info::TypeInfo;

use crate::{DomainId, Tier};

/// How much of a labeler's stake to take.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum SlashAmount<Balance> {
	/// A fixed amount (capped by what is at stake).
	Fixed(Balance),
	/// A share of everything at stake, bonded and unbonding.
	Fraction(Perbill),
}

/// What a tier demands. Tier `n` (1-based) is reached when both minimums are met.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub struct TierThreshold<Balance> {
	pub min_stake: Balance,
	/// The reputation (estimated accuracy) needed, in the task's domain for eligibility and in
	/// the labeler's best domain for the badge.
	pub min_reputation: Permill,
}

/// The number of tiers above "none": Novice, Contributor, Expert, Master.
pub const TIER_COUNT: usize = 4;
/// Names of tiers 0..=4, as shown on badges.
pub const TIER_NAMES: [&str; TIER_COUNT + 1] = ["None", "Novice", "Contributor", "Expert", "Master"];

/// Who may label what, answered by the tiers pallet.
pub trait Eligibility<AccountId> {
	/// The labeler's tier in `domain` now (0 when not bonded or suspended).
	fn tier_in(who: &AccountId, domain: DomainId) -> Tier;

	/// Whether `who` may label a task of `domain` that requires `min_tier` (at least Novice).
	fn may_label(who: &AccountId, domain: DomainId, min_tier: Tier) -> bool {
		Self::tier_in(who, domain) >= min_tier.max(1)
	}
}

/// Taking stake from labelers who misbehave, used by labels and consensus.
pub trait StakeSlash<AccountId> {
	type Balance;

	/// Everything of `who` that can be slashed: bonded and unbonding.
	fn slashable(who: &AccountId) -> Self::Balance;

	/// Takes up to `amount` of `who`'s stake (bonded first, then unbonding) and gives it to
	/// `dest`. Returns what was taken.
	fn slash(who: &AccountId, amount: SlashAmount<Self::Balance>, dest: &AccountId) -> Self::Balance;

	/// Drops `who` to tier 0 for the governed suspension period (after a severe slash).
	fn suspend(who: &AccountId);
}

/// Reputation as the tiers and consensus pallets read it.
pub trait ReputationInspect<AccountId> {
	/// Estimated accuracy of `who` in `domain`, prior included.
	fn reputation(who: &AccountId, domain: DomainId) -> Permill;
	/// The best of `who`'s reputations across domains.
	fn best_reputation(who: &AccountId) -> Permill;
	/// The accuracy estimate that weighs `who`'s vote among `classes` answers (a posterior
	/// mean: newcomers start at the prior, which depends on how many answers chance picks
	/// from). With `leave_out`, the agreement evidence that task produced is left out (its
	/// gold evidence stays): consensus forms a task's reference decisions that way, so that a
	/// task's labelers do not vouch for each other.
	fn vote_reputation(
		who: &AccountId,
		domain: DomainId,
		classes: Option<u16>,
		leave_out: Option<crate::TaskId>,
	) -> Permill {
		let _ = (classes, leave_out);
		Self::reputation(who, domain)
	}
}

/// No reputation system: everyone is at zero.
impl<AccountId> ReputationInspect<AccountId> for () {
	fn reputation(_: &AccountId, _: DomainId) -> Permill {
		Permill::zero()
	}
	fn best_reputation(_: &AccountId) -> Permill {
		Permill::zero()
	}
}

/// What a finalized item says about one labeler.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum Outcome {
	/// Revealed the final label.
	Agreed,
	/// Revealed another label.
	Disagreed,
	/// Answered a gold item correctly.
	GoldCorrect,
	/// Answered a gold item wrongly.
	GoldWrong,
	/// Committed and never revealed.
	NoReveal,
	/// Revealed a graded answer (a rating, a number, a set, a preference, a ranking) this close
	/// to the final one: agreement in that proportion.
	Close { closeness: Perbill },
	/// Answered a gold item with a graded answer this close to the gold answer.
	GoldClose { closeness: Perbill },
}

/// Recording evidence, done by consensus only.
pub trait ReputationRecord<AccountId> {
	/// Records what an item of `task` in `domain` showed about `who`, counted at `weight` of a
	/// full observation (an item whose fee is worth less than the governed evidence fee counts
	/// for that much less, so that reputation cannot be farmed for free; agreement with a
	/// reference decision counts for less the closer that decision was). Gold outcomes count
	/// at once, in `task`'s own votes too; agreement evidence is held apart as `task`'s.
	fn record(who: &AccountId, domain: DomainId, task: crate::TaskId, outcome: Outcome, weight: Perbill);
}

/// Told when a labeler left (withdrew all their stake; the badge is burnt). What is kept per
/// labeler elsewhere (reputation, tallies) was covered by their stake and goes with them.
pub trait OnLabelerLeft<AccountId> {
	fn labeler_left(who: &AccountId);
}

impl<AccountId> OnLabelerLeft<AccountId> for () {
	fn labeler_left(_: &AccountId) {}
}

impl<AccountId, A: OnLabelerLeft<AccountId>, B: OnLabelerLeft<AccountId>> OnLabelerLeft<AccountId> for (A, B) {
	fn labeler_left(who: &AccountId) {
		A::labeler_left(who);
		B::labeler_left(who);
	}
}

/// How many tier changes (badge rewrites) the tiers pallet has made, as a wrapping counter:
/// finalization reads it around each item to charge the tier changes it caused.
pub trait TierChangeCount {
	fn tier_changes() -> u32;
}

impl TierChangeCount for () {
	fn tier_changes() -> u32 {
		0
	}
}

/// Told when something a tier depends on changed outside the tiers pallet.
pub trait TierRefresh<AccountId> {
	/// `who`'s reputation changed: recompute the tier and update the badge.
	fn reputation_changed(who: &AccountId);
}

impl<AccountId> TierRefresh<AccountId> for () {
	fn reputation_changed(_: &AccountId) {}
}

/// Part of a labeler's bonded stake set aside for open commitments: it cannot be unbonded until
/// the commitment is settled, and consensus slashes it for a missing or deviant reveal.
pub trait StakeLock<AccountId> {
	type Balance;

	/// Sets `amount` of `who`'s free bonded stake aside; fails if not enough is free.
	fn lock(who: &AccountId, amount: Self::Balance) -> polkadot_sdk::sp_runtime::DispatchResult;

	/// Returns up to `amount` of what was set aside to the free bonded stake.
	fn unlock(who: &AccountId, amount: Self::Balance);

	/// What is set aside for `who`'s open commitments now.
	fn locked(who: &AccountId) -> Self::Balance;

	/// `who`'s bonded stake not set aside: what `lock` can take.
	fn free(who: &AccountId) -> Self::Balance;

	/// Every labeler with something set aside, and how much. Reads every labeler: for
	/// invariant checks only.
	fn all_locked() -> alloc::vec::Vec<(AccountId, Self::Balance)>;
}
