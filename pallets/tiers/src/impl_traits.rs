//! What the other pallets use: eligibility, slashing, and the reputation-changed signal.

use crate::{pallet::*, types::*};
use frame_support::traits::{
	fungible::MutateHold,
	Get,
	tokens::{Fortitude, Precision, Restriction},
};
use labelchain_primitives::{
	DomainId, Eligibility, SlashAmount, StakeLock, StakeSlash, Tier, TierRefresh,
};
use polkadot_sdk::{
	frame_support, frame_system, sp_runtime,
	sp_runtime::traits::{Saturating, Zero},
};

impl<T: Config> Eligibility<T::AccountId> for Pallet<T> {
	fn tier_in(who: &T::AccountId, domain: DomainId) -> Tier {
		Self::domain_tier(who, domain)
	}
}

impl<T: Config> StakeSlash<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn slashable(who: &T::AccountId) -> BalanceOf<T> {
		Labelers::<T>::get(who).map_or(Zero::zero(), |l| Self::total_staked(&l))
	}

	fn slash(who: &T::AccountId, amount: SlashAmount<BalanceOf<T>>, dest: &T::AccountId) -> BalanceOf<T> {
		let Some(mut labeler) = Labelers::<T>::get(who) else { return Zero::zero() };
		let at_stake = Self::total_staked(&labeler);
		let wanted = match amount {
			SlashAmount::Fixed(amount) => amount,
			SlashAmount::Fraction(share) => share * at_stake,
		}
		.min(at_stake);
		if wanted.is_zero() {
			return Zero::zero();
		}
		let taken = match T::Currency::transfer_on_hold(
			&HoldReason::Staked.into(),
			who,
			dest,
			wanted,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		) {
			Ok(taken) => taken,
			Err(e) => {
				log::warn!(target: "runtime::tiers", "slash of {wanted:?} failed: {e:?}");
				return Zero::zero();
			},
		};

		// Take from bonded stake first, then from the newest unbonding chunks.
		let mut left = taken;
		let from_bonded = left.min(labeler.bonded);
		labeler.bonded = labeler.bonded.saturating_sub(from_bonded);
		left = left.saturating_sub(from_bonded);
		for chunk in labeler.unbonding.iter_mut().rev() {
			let part = left.min(chunk.amount);
			chunk.amount = chunk.amount.saturating_sub(part);
			left = left.saturating_sub(part);
		}
		labeler.unbonding.retain(|chunk| !chunk.amount.is_zero());
		// `locked` keeps counting every open bond, even when a slash left less bonded than
		// that: what open commitments back stays bonded and slashable for them, and a stake
		// under the minimum starts unbonding only when they are all settled.
		Self::unbond_if_below_minimum(who, &mut labeler);

		Self::deposit_event(Event::Slashed { who: who.clone(), amount: taken, to: dest.clone() });
		if let Err(e) = Self::update_tier(who, &mut labeler) {
			log::warn!(target: "runtime::tiers", "badge update after slash failed: {e:?}");
		}
		Labelers::<T>::insert(who, labeler);
		taken
	}

	fn suspend(who: &T::AccountId) {
		let Some(mut labeler) = Labelers::<T>::get(who) else { return };
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(T::SuspensionPeriod::get());
		labeler.suspended_until = Some(until);
		Self::deposit_event(Event::Suspended { who: who.clone(), until });
		if let Err(e) = Self::update_tier(who, &mut labeler) {
			log::warn!(target: "runtime::tiers", "badge update after suspension failed: {e:?}");
		}
		Labelers::<T>::insert(who, labeler);
	}
}

impl<T: Config> TierRefresh<T::AccountId> for Pallet<T> {
	fn reputation_changed(who: &T::AccountId) {
		let Some(mut labeler) = Labelers::<T>::get(who) else { return };
		if let Err(e) = Self::update_tier(who, &mut labeler) {
			log::warn!(target: "runtime::tiers", "badge update after reputation change failed: {e:?}");
		}
		Labelers::<T>::insert(who, labeler);
	}
}

impl<T: Config> StakeLock<T::AccountId> for Pallet<T> {
	type Balance = BalanceOf<T>;

	fn lock(who: &T::AccountId, amount: BalanceOf<T>) -> sp_runtime::DispatchResult {
		Labelers::<T>::try_mutate(who, |labeler| {
			let labeler = labeler.as_mut().ok_or(Error::<T>::NotBonded)?;
			let free = labeler.bonded.saturating_sub(labeler.locked);
			frame_support::ensure!(amount <= free, Error::<T>::InsufficientFreeStake);
			labeler.locked = labeler.locked.saturating_add(amount);
			Ok(())
		})
	}

	fn unlock(who: &T::AccountId, amount: BalanceOf<T>) {
		Labelers::<T>::mutate(who, |labeler| {
			if let Some(labeler) = labeler.as_mut() {
				labeler.locked = labeler.locked.saturating_sub(amount);
				Self::unbond_if_below_minimum(who, labeler);
			}
		});
	}

	fn locked(who: &T::AccountId) -> BalanceOf<T> {
		Labelers::<T>::get(who).map_or(Zero::zero(), |l| l.locked)
	}

	fn free(who: &T::AccountId) -> BalanceOf<T> {
		Labelers::<T>::get(who).map_or(Zero::zero(), |l| l.bonded.saturating_sub(l.locked))
	}

	fn all_locked() -> alloc::vec::Vec<(T::AccountId, BalanceOf<T>)> {
		Labelers::<T>::iter()
			.filter(|(_, l)| !l.locked.is_zero())
			.map(|(who, l)| (who, l.locked))
			.collect()
	}
}

impl<T: Config> Pallet<T> {
	/// A bond slashed below the Novice minimum stops counting once no open commitment needs
	/// it: it starts unbonding. Until then it stays bonded, set aside, and slashable.
	pub(crate) fn unbond_if_below_minimum(who: &T::AccountId, labeler: &mut LabelerOf<T>) {
		if labeler.bonded.is_zero() || labeler.bonded >= Self::minimum_bond() || !labeler.locked.is_zero() {
			return;
		}
		let unlock_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		let rest = labeler.bonded;
		if labeler.unbonding.try_push(UnbondingChunk { amount: rest, unlock_at }).is_ok() {
			labeler.bonded = Zero::zero();
			Self::deposit_event(Event::Unbonding { who: who.clone(), amount: rest, unlock_at });
		}
	}
}

impl<T: Config> labelchain_primitives::TierChangeCount for Pallet<T> {
	fn tier_changes() -> u32 {
		TierChanges::<T>::get()
	}
}
