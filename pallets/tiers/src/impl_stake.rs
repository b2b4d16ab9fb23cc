//! Bonding, unbonding and withdrawing stake, and the tier that stake and reputation give.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{DomainId, ReputationInspect, Tier};
use polkadot_sdk::{frame_support, frame_system, sp_runtime};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult, Permill,
};

impl<T: Config> Pallet<T> {
	/// The Novice minimum: the least a labeler may have bonded.
	pub fn minimum_bond() -> BalanceOf<T> {
		T::TierThresholds::get()[0].min_stake
	}

	/// The highest tier whose stake and reputation minimums `bonded` and `reputation` meet.
	pub fn tier_for(bonded: BalanceOf<T>, reputation: Permill) -> Tier {
		let table = T::TierThresholds::get();
		let mut tier = 0;
		for (i, threshold) in table.iter().enumerate() {
			if bonded >= threshold.min_stake && reputation >= threshold.min_reputation {
				tier = i as Tier + 1;
			}
		}
		tier
	}

	fn is_suspended(labeler: &LabelerOf<T>, now: BlockNumberFor<T>) -> bool {
		labeler.suspended_until.is_some_and(|until| now < until)
	}

	/// `who`'s tier in `domain` now.
	pub fn domain_tier(who: &T::AccountId, domain: DomainId) -> Tier {
		let Some(labeler) = Labelers::<T>::get(who) else { return 0 };
		if Self::is_suspended(&labeler, frame_system::Pallet::<T>::block_number()) {
			return 0;
		}
		Self::tier_for(labeler.bonded, T::Reputation::reputation(who, domain))
	}

	/// The tier shown on the badge: that of the labeler's best domain.
	fn badge_tier(who: &T::AccountId, labeler: &LabelerOf<T>) -> Tier {
		if Self::is_suspended(labeler, frame_system::Pallet::<T>::block_number()) {
			return 0;
		}
		Self::tier_for(labeler.bonded, T::Reputation::best_reputation(who))
	}

	/// Recomputes the badge tier; on a change, rewrites the badge and says so.
	pub(crate) fn update_tier(who: &T::AccountId, labeler: &mut LabelerOf<T>) -> DispatchResult {
		let tier = Self::badge_tier(who, labeler);
		if tier != labeler.tier {
			Self::write_badge_tier(labeler.badge, tier)?;
			TierChanges::<T>::mutate(|n| *n = n.wrapping_add(1));
			Self::deposit_event(Event::TierChanged { who: who.clone(), from: labeler.tier, to: tier });
			labeler.tier = tier;
		}
		Ok(())
	}

	/// Everything of `labeler` that is held: bonded plus unbonding.
	pub(crate) fn total_staked(labeler: &LabelerOf<T>) -> BalanceOf<T> {
		labeler
			.unbonding
			.iter()
			.fold(labeler.bonded, |sum, chunk| sum.saturating_add(chunk.amount))
	}

	/// Bonds `amount` for `who` (also used by other pallets' benchmark set-up).
	pub fn do_bond(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(
			T::Currency::reducible_balance(who, Preservation::Preserve, Fortitude::Polite) >= amount,
			Error::<T>::InsufficientBalance
		);
		let existing = Labelers::<T>::get(who);
		let bonded = existing
			.as_ref()
			.map_or(Zero::zero(), |l: &LabelerOf<T>| l.bonded)
			.saturating_add(amount);
		ensure!(bonded >= Self::minimum_bond(), Error::<T>::BelowMinimumBond);

		T::Currency::hold(&HoldReason::Staked.into(), who, amount)?;
		let mut labeler = match existing {
			Some(labeler) => labeler,
			None => {
				let badge = Self::mint_badge(who)?;
				Labeler {
					bonded: Zero::zero(),
					locked: Zero::zero(),
					unbonding: Default::default(),
					badge,
					tier: 0,
					suspended_until: None,
				}
			},
		};
		labeler.bonded = bonded;
		Self::deposit_event(Event::Bonded { who: who.clone(), amount, bonded });
		Self::update_tier(who, &mut labeler)?;
		Labelers::<T>::insert(who, labeler);
		Ok(())
	}

	pub(crate) fn do_unbond(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut labeler = Labelers::<T>::get(who).ok_or(Error::<T>::NotBonded)?;
		ensure!(
			amount <= labeler.bonded.saturating_sub(labeler.locked),
			Error::<T>::InsufficientBond
		);
		let remaining = labeler.bonded.saturating_sub(amount);
		ensure!(
			remaining.is_zero() || remaining >= Self::minimum_bond(),
			Error::<T>::BelowMinimumBond
		);
		let unlock_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		labeler
			.unbonding
			.try_push(UnbondingChunk { amount, unlock_at })
			.map_err(|_| Error::<T>::TooManyUnbondingChunks)?;
		labeler.bonded = remaining;
		Self::deposit_event(Event::Unbonding { who: who.clone(), amount, unlock_at });
		Self::update_tier(who, &mut labeler)?;
		Labelers::<T>::insert(who, labeler);
		Ok(())
	}

	pub(crate) fn do_withdraw_unbonded(who: &T::AccountId) -> DispatchResult {
		let mut labeler = Labelers::<T>::get(who).ok_or(Error::<T>::NotBonded)?;
		ensure!(!labeler.unbonding.is_empty(), Error::<T>::NothingToWithdraw);
		let now = frame_system::Pallet::<T>::block_number();
		let mut amount: BalanceOf<T> = Zero::zero();
		labeler.unbonding.retain(|chunk| {
			let done = chunk.unlock_at <= now;
			if done {
				amount = amount.saturating_add(chunk.amount);
			}
			!done
		});
		ensure!(!amount.is_zero(), Error::<T>::UnbondingNotFinished);

		T::Currency::release(&HoldReason::Staked.into(), who, amount, Precision::Exact)?;
		Self::deposit_event(Event::Withdrawn { who: who.clone(), amount });
		if labeler.bonded.is_zero() && labeler.unbonding.is_empty() {
			Self::burn_badge(who, labeler.badge)?;
			Labelers::<T>::remove(who);
			<T::OnLeave as labelchain_primitives::OnLabelerLeft<T::AccountId>>::labeler_left(who);
		} else {
			Labelers::<T>::insert(who, labeler);
		}
		Ok(())
	}

	/// The invariants: what is held equals bonded plus unbonding, and every badge shows the tier
	/// that stake and reputation give.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let mut badges = 0u32;
		for (who, labeler) in Labelers::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Staked.into(), &who) ==
					Self::total_staked(&labeler),
				"held stake differs from bonded + unbonding"
			);
			// Under the minimum only while open commitments still need it (after a slash).
			ensure!(
				labeler.bonded.is_zero() || labeler.bonded >= Self::minimum_bond() || !labeler.locked.is_zero(),
				"bonded below the minimum with nothing set aside"
			);
			// A suspension that ran out shows until someone calls `refresh_tier`.
			let suspension_over = labeler.suspended_until.is_some() &&
				!Self::is_suspended(&labeler, frame_system::Pallet::<T>::block_number());
			ensure!(
				suspension_over || labeler.tier == Self::badge_tier(&who, &labeler),
				"stored tier differs from what stake and reputation give"
			);
			ensure!(
				Self::badge_tier_attribute(labeler.badge) == Some(labeler.tier),
				"badge attribute differs from the tier"
			);
			ensure!(Self::badge_owner(labeler.badge).as_ref() == Some(&who), "badge not owned by its labeler");
			badges = badges.saturating_add(1);
		}
		ensure!(badges <= NextBadge::<T>::get(), "more badges than were minted");
		Ok(())
	}
}
