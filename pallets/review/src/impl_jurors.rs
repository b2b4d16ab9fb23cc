//! Juror stake: joining and leaving a domain's court, seat bonds, slashes.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use labelchain_primitives::{DomainId, Eligibility, Tier};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{
		traits::{Saturating, Zero},
		DispatchResult, SaturatedConversion,
	},
};

impl<T: Config> Pallet<T> {
	/// A juror's tickets: stake not set aside for seats.
	pub(crate) fn tickets(juror: &Juror<BalanceOf<T>>) -> u128 {
		juror.stake.saturating_sub(juror.locked).saturated_into()
	}

	pub(crate) fn do_join(who: &T::AccountId, domain: DomainId, amount: BalanceOf<T>) -> DispatchResult {
		let tier = T::Eligibility::tier_in(who, domain);
		ensure!(tier >= 1, Error::<T>::TierTooLow);
		let mut juror = Jurors::<T>::get(domain, who)
			.unwrap_or(Juror { stake: Zero::zero(), locked: Zero::zero(), seat: None });
		ensure!(juror.stake.saturating_add(amount) >= T::MinJurorStake::get(), Error::<T>::StakeTooLow);
		if !amount.is_zero() {
			T::Currency::hold(&HoldReason::JurorStake.into(), who, amount)?;
			juror.stake = juror.stake.saturating_add(amount);
		}
		// Re-enter at the tier of today (a promotion moves the juror up a pool).
		if let Some((old_tier, leaf)) = juror.seat.take() {
			Self::remove_leaf((domain, old_tier), leaf);
		}
		let leaf = Self::insert_leaf((domain, tier), who, Self::tickets(&juror))?;
		juror.seat = Some((tier, leaf));
		let stake = juror.stake;
		Jurors::<T>::insert(domain, who, juror);
		Self::deposit_event(Event::JurorJoined { who: who.clone(), domain, tier, stake });
		Ok(())
	}

	pub(crate) fn do_leave(who: &T::AccountId, domain: DomainId) -> DispatchResult {
		let mut juror = Jurors::<T>::get(domain, who).ok_or(Error::<T>::NotJuror)?;
		if let Some((tier, leaf)) = juror.seat.take() {
			Self::remove_leaf((domain, tier), leaf);
		}
		let released = Self::release_free(who, &mut juror);
		Self::store_juror(domain, who, juror);
		Self::deposit_event(Event::JurorLeft { who: who.clone(), domain, released });
		Ok(())
	}

	/// Releases the stake of a juror out of the pool that no seat needs.
	fn release_free(who: &T::AccountId, juror: &mut Juror<BalanceOf<T>>) -> BalanceOf<T> {
		let free = juror.stake.saturating_sub(juror.locked);
		let released = T::Currency::release(&HoldReason::JurorStake.into(), who, free, Precision::BestEffort)
			.unwrap_or_default();
		juror.stake = juror.stake.saturating_sub(released);
		released
	}

	/// Keeps a juror's record, or drops it once nothing is staked.
	fn store_juror(domain: DomainId, who: &T::AccountId, juror: Juror<BalanceOf<T>>) {
		if juror.stake.is_zero() && juror.locked.is_zero() && juror.seat.is_none() {
			Jurors::<T>::remove(domain, who);
		} else {
			Jurors::<T>::insert(domain, who, juror);
		}
	}

	/// Takes a juror who no longer has its pool's tier out of the pool, as if it had left (it
	/// may join again at its tier of today).
	pub(crate) fn drop_juror(domain: DomainId, tier: Tier, who: &T::AccountId) {
		let Some(mut juror) = Jurors::<T>::get(domain, who) else { return };
		if let Some((_, leaf)) = juror.seat.take() {
			Self::remove_leaf((domain, tier), leaf);
		}
		Self::release_free(who, &mut juror);
		Self::store_juror(domain, who, juror);
		Self::deposit_event(Event::JurorDropped { who: who.clone(), domain, tier });
	}

	/// Sets a seat's bond aside; `false` if the juror's free stake is short of it.
	pub(crate) fn lock_seat(domain: DomainId, who: &T::AccountId) -> bool {
		let bond = T::SeatBond::get();
		let Some(mut juror) = Jurors::<T>::get(domain, who) else { return false };
		if juror.stake.saturating_sub(juror.locked) < bond {
			return false;
		}
		juror.locked = juror.locked.saturating_add(bond);
		if let Some((tier, leaf)) = juror.seat {
			Self::set_tickets((domain, tier), leaf, Self::tickets(&juror));
		}
		Jurors::<T>::insert(domain, who, juror);
		true
	}

	/// Frees a seat bond after taking `slash` of it for the treasury; returns what was taken.
	pub(crate) fn release_seat(domain: DomainId, who: &T::AccountId, bond: BalanceOf<T>, slash: BalanceOf<T>) -> BalanceOf<T> {
		let Some(mut juror) = Jurors::<T>::get(domain, who) else { return Zero::zero() };
		let slash = slash.min(bond);
		let taken = if slash.is_zero() {
			Zero::zero()
		} else {
			T::Currency::transfer_on_hold(
				&HoldReason::JurorStake.into(),
				who,
				&T::Treasury::get(),
				slash,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)
			.unwrap_or_default()
		};
		juror.stake = juror.stake.saturating_sub(taken);
		juror.locked = juror.locked.saturating_sub(bond);
		match juror.seat {
			Some((tier, leaf)) => Self::set_tickets((domain, tier), leaf, Self::tickets(&juror)),
			None => {
				Self::release_free(who, &mut juror);
			},
		}
		Self::store_juror(domain, who, juror);
		taken
	}
}
