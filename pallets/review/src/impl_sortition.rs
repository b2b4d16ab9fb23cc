//! Each (domain, tier) pool of jurors is a sortition sum tree
//! (`labelchain_primitives::sortition`) kept in this pallet's storage: a draw is one read per
//! level, O(log n) for n jurors.

use crate::{pallet::*, types::PoolKey};
use frame_support::traits::Get;
use labelchain_primitives::sortition;
use polkadot_sdk::{frame_support, sp_runtime::DispatchError};

/// A pool's tree in storage.
pub(crate) struct Pool<T>(pub PoolKey, core::marker::PhantomData<T>);

impl<T: Config> Pool<T> {
	pub(crate) fn of(key: PoolKey) -> Self {
		Pool(key, core::marker::PhantomData)
	}
}

/// A juror's leaf moved: its seat follows.
fn juror_moved<T: Config>(pool: &PoolKey, who: &T::AccountId, leaf: u32) {
	Jurors::<T>::mutate(pool.0, who, |juror| {
		if let Some(juror) = juror {
			juror.seat = Some((pool.1, leaf));
		}
	});
}

labelchain_primitives::impl_sum_tree_store!(Pool, TreeNodes, TreeLen, LeafOwner, Vacant, VacantLen, PoolJurors, juror_moved);

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
