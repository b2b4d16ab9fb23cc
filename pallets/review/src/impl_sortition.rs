//! Each (domain, tier) pool of jurors is a sortition sum tree
//! (`labelchain_primitives::sortition`) kept in this pallet's storage: a draw is one read per
//! level, O(log n) for n jurors.

use crate::{pallet::*, types::PoolKey};
use frame_support::traits::Get;
use labelchain_primitives::sortition::{self, SumTreeStore};
use polkadot_sdk::{frame_support, sp_runtime::DispatchError};

/// A pool's tree in storage.
pub(crate) struct Pool<T>(pub PoolKey, core::marker::PhantomData<T>);

impl<T: Config> Pool<T> {
	pub(crate) fn of(key: PoolKey) -> Self {
		Pool(key, core::marker::PhantomData)
	}
}

impl<T: Config> SumTreeStore for Pool<T> {
	type Member = T::AccountId;

	fn node(&self, index: u32) -> u128 {
		TreeNodes::<T>::get(self.0, index)
	}
	fn set_node(&self, index: u32, value: u128) {
		TreeNodes::<T>::insert(self.0, index, value);
	}
	fn len(&self) -> u32 {
		TreeLen::<T>::get(self.0)
	}
	fn set_len(&self, len: u32) {
		TreeLen::<T>::insert(self.0, len);
	}
	fn owner(&self, leaf: u32) -> Option<T::AccountId> {
		LeafOwner::<T>::get(self.0, leaf)
	}
	fn set_owner(&self, leaf: u32, who: &T::AccountId) {
		LeafOwner::<T>::insert(self.0, leaf, who);
	}
	fn take_owner(&self, leaf: u32) -> Option<T::AccountId> {
		LeafOwner::<T>::take(self.0, leaf)
	}
	fn push_vacant(&self, leaf: u32) {
		let vacant = VacantLen::<T>::get(self.0);
		Vacant::<T>::insert(self.0, vacant, leaf);
		VacantLen::<T>::insert(self.0, vacant.saturating_add(1));
	}
	fn pop_vacant(&self) -> Option<u32> {
		let top = VacantLen::<T>::get(self.0).checked_sub(1)?;
		VacantLen::<T>::insert(self.0, top);
		Vacant::<T>::take(self.0, top)
	}
	fn members(&self) -> u32 {
		PoolJurors::<T>::get(self.0)
	}
	fn set_members(&self, count: u32) {
		PoolJurors::<T>::insert(self.0, count);
	}
	fn moved(&self, who: &T::AccountId, leaf: u32) {
		Jurors::<T>::mutate(self.0 .0, who, |juror| {
			if let Some(juror) = juror {
				juror.seat = Some((self.0 .1, leaf));
			}
		});
	}
}

impl<T: Config> Pallet<T> {
	/// The tickets in a pool.
	pub fn pool_total(pool: PoolKey) -> u128 {
		sortition::total(&Pool::<T>::of(pool))
	}

	/// Sets a leaf's tickets and updates its ancestors.
	pub(crate) fn set_tickets(pool: PoolKey, leaf: u32, tickets: u128) {
		sortition::set_tickets(&Pool::<T>::of(pool), leaf, tickets)
	}

	/// Adds a juror with `tickets` to the pool and returns its leaf.
	pub(crate) fn insert_leaf(pool: PoolKey, who: &T::AccountId, tickets: u128) -> Result<u32, DispatchError> {
		sortition::insert(&Pool::<T>::of(pool), who, tickets, T::MaxPoolJurors::get())
			.map_err(|_| Error::<T>::PoolFull.into())
	}

	/// Takes a juror's leaf out of the pool (its tickets to zero; the leaf is reused).
	pub(crate) fn remove_leaf(pool: PoolKey, leaf: u32) {
		sortition::remove(&Pool::<T>::of(pool), leaf)
	}

	/// The leaf whose tickets cover position `r` (below the pool's total), and its juror.
	pub(crate) fn draw_leaf(pool: PoolKey, r: u128) -> Option<(u32, T::AccountId)> {
		sortition::draw(&Pool::<T>::of(pool), r)
	}
}
