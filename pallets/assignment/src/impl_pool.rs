//! Joining and leaving a domain's pool; each (domain, tier) pool is a sortition sum tree kept
//! in this pallet's storage.

use crate::{pallet::*, types::*};
use frame_support::{ensure, traits::Get};
use labelchain_primitives::{sortition, DomainId, Eligibility, StakeLock};
use frame_system::pallet_prelude::BlockNumberFor;
use polkadot_sdk::{frame_support, frame_system, sp_runtime::DispatchResult};

/// A pool's tree in storage.
pub(crate) struct Pool<T>(pub PoolKey, core::marker::PhantomData<T>);

impl<T: Config> Pool<T> {
	pub(crate) fn of(key: PoolKey) -> Self {
		Pool(key, core::marker::PhantomData)
	}
}

/// A member's leaf moved: its record follows.
fn member_moved<T: Config>(pool: &PoolKey, who: &T::AccountId, leaf: u32) {
	Members::<T>::mutate(pool.0, who, |member| {
		if let Some(member) = member {
			member.leaf = leaf;
		}
	});
}

labelchain_primitives::impl_sum_tree_store!(Pool, TreeNodes, TreeLen, LeafOwner, Vacant, VacantLen, PoolMembers, member_moved);

impl<T: Config> Pallet<T> {
	/// The tickets in a pool.
	pub fn pool_total(pool: PoolKey) -> u128 {
		sortition::total(&Pool::<T>::of(pool))
	}

	pub(crate) fn do_join(who: &T::AccountId, domain: DomainId) -> DispatchResult {
		let tier = T::Eligibility::tier_in(who, domain).min(T::MaxTier::get());
		ensure!(tier >= 1, Error::<T>::TierTooLow);
		let stake = T::Stake::free(who);
		ensure!(stake >= T::MinPoolStake::get() && !stake.is_zero(), Error::<T>::StakeTooLow);
		// Joining again re-enters at the current tier with the current stake.
		if let Some(member) = Members::<T>::get(domain, who) {
			sortition::remove(&Pool::<T>::of((domain, member.tier)), member.leaf);
		}
		let leaf = sortition::insert(&Pool::<T>::of((domain, tier)), who, stake.into(), T::MaxPoolMembers::get())
			.map_err(|_| Error::<T>::PoolFull)?;
		let joined = frame_system::Pallet::<T>::block_number();
		Members::<T>::insert(domain, who, PoolMember { tier, leaf, joined });
		Self::deposit_event(Event::Joined { who: who.clone(), domain, tier, tickets: stake });
		Ok(())
	}

	pub(crate) fn do_leave(who: &T::AccountId, domain: DomainId) -> DispatchResult {
		let member = Members::<T>::take(domain, who).ok_or(Error::<T>::NotMember)?;
		sortition::remove(&Pool::<T>::of((domain, member.tier)), member.leaf);
		Self::deposit_event(Event::Left { who: who.clone(), domain });
		Ok(())
	}

	/// A drawn member has less free stake than its tickets: they fall to it, or it leaves the
	/// pool when that is below the pool's minimum.
	pub(crate) fn reduce_tickets(who: &T::AccountId, domain: DomainId, member: PoolMember<BlockNumberFor<T>>, free: BalanceOf<T>) {
		if free < T::MinPoolStake::get() || free.is_zero() {
			Members::<T>::remove(domain, who);
			sortition::remove(&Pool::<T>::of((domain, member.tier)), member.leaf);
			Self::deposit_event(Event::Dropped { who: who.clone(), domain, tier: member.tier });
			return;
		}
		sortition::set_tickets(&Pool::<T>::of((domain, member.tier)), member.leaf, free.into());
		Self::deposit_event(Event::TicketsReduced { who: who.clone(), domain, tickets: free });
	}

	/// Takes a member who lost its pool's tier out of the pool.
	pub(crate) fn drop_member(who: &T::AccountId, domain: DomainId) {
		if let Some(member) = Members::<T>::take(domain, who) {
			sortition::remove(&Pool::<T>::of((domain, member.tier)), member.leaf);
			Self::deposit_event(Event::Dropped { who: who.clone(), domain, tier: member.tier });
		}
	}
}

use polkadot_sdk::sp_runtime::traits::Zero;
