//! The sortition sum tree of each pool (as Kleros' `SortitionSumTree`, binary): every internal
//! node holds the sum of its two children, leaves hold jurors' tickets. A draw of `r` below
//! the root's sum walks down, going left when `r` is below the left subtree's sum (one read a
//! level); changing a leaf rewrites its ancestors. The tree grows by turning its next leaf
//! into an internal node with two children, so it stays complete and its depth is
//! `⌈log2(n)⌉ + 1` for `n` jurors.

use crate::{pallet::*, types::PoolKey};
use frame_support::traits::Get;
use polkadot_sdk::{frame_support, sp_runtime::DispatchError};

/// Deeper than any tree of `u32` node indices.
const MAX_DEPTH: u32 = 33;

impl<T: Config> Pallet<T> {
	/// The tickets in a pool.
	pub fn pool_total(pool: PoolKey) -> u128 {
		TreeNodes::<T>::get(pool, 0)
	}

	/// Sets a leaf's tickets and updates its ancestors.
	pub(crate) fn set_tickets(pool: PoolKey, leaf: u32, tickets: u128) {
		let old = TreeNodes::<T>::get(pool, leaf);
		if old == tickets {
			return;
		}
		TreeNodes::<T>::insert(pool, leaf, tickets);
		let mut node = leaf;
		for _ in 0..MAX_DEPTH {
			if node == 0 {
				break;
			}
			node = (node - 1) / 2;
			TreeNodes::<T>::mutate(pool, node, |sum| {
				*sum = sum.saturating_sub(old).saturating_add(tickets);
			});
		}
	}

	/// Adds a juror with `tickets` to the pool and returns its leaf. A leaf that becomes an
	/// internal node hands its juror down (its juror record follows).
	pub(crate) fn insert_leaf(pool: PoolKey, who: &T::AccountId, tickets: u128) -> Result<u32, DispatchError> {
		let jurors = PoolJurors::<T>::get(pool);
		if jurors >= T::MaxPoolJurors::get() {
			return Err(Error::<T>::PoolFull.into());
		}
		let vacant = VacantLen::<T>::get(pool);
		let leaf = if vacant > 0 {
			let top = vacant - 1;
			let leaf = Vacant::<T>::take(pool, top).unwrap_or_default();
			VacantLen::<T>::insert(pool, top);
			leaf
		} else {
			let len = TreeLen::<T>::get(pool);
			if len == 0 {
				TreeLen::<T>::insert(pool, 1);
				0
			} else {
				// `len` is odd: node `len` is the left child of `parent`, a leaf until now. Its
				// juror moves down to the left child; the new juror takes the right one. The
				// parent's sum is unchanged, and no leaf is vacant (vacancies are used first).
				let parent = (len - 1) / 2;
				let left = len;
				let right = len.saturating_add(1);
				let parent_tickets = TreeNodes::<T>::get(pool, parent);
				if let Some(moved) = LeafOwner::<T>::take(pool, parent) {
					TreeNodes::<T>::insert(pool, left, parent_tickets);
					LeafOwner::<T>::insert(pool, left, &moved);
					Jurors::<T>::mutate(pool.0, &moved, |juror| {
						if let Some(juror) = juror {
							juror.seat = Some((pool.1, left));
						}
					});
				}
				TreeLen::<T>::insert(pool, len.saturating_add(2));
				right
			}
		};
		LeafOwner::<T>::insert(pool, leaf, who);
		PoolJurors::<T>::insert(pool, jurors.saturating_add(1));
		Self::set_tickets(pool, leaf, tickets);
		Ok(leaf)
	}

	/// Takes a juror's leaf out of the pool (its tickets to zero; the leaf is reused).
	pub(crate) fn remove_leaf(pool: PoolKey, leaf: u32) {
		Self::set_tickets(pool, leaf, 0);
		LeafOwner::<T>::remove(pool, leaf);
		let vacant = VacantLen::<T>::get(pool);
		Vacant::<T>::insert(pool, vacant, leaf);
		VacantLen::<T>::insert(pool, vacant.saturating_add(1));
		PoolJurors::<T>::mutate(pool, |n| *n = n.saturating_sub(1));
	}

	/// The leaf whose tickets cover position `r` (below the pool's total), and its juror.
	pub(crate) fn draw_leaf(pool: PoolKey, mut r: u128) -> Option<(u32, T::AccountId)> {
		let len = TreeLen::<T>::get(pool);
		let mut node = 0u32;
		for _ in 0..MAX_DEPTH {
			let left = node.saturating_mul(2).saturating_add(1);
			if left >= len {
				break;
			}
			let left_sum = TreeNodes::<T>::get(pool, left);
			if r < left_sum {
				node = left;
			} else {
				r = r.saturating_sub(left_sum);
				node = left.saturating_add(1);
			}
		}
		LeafOwner::<T>::get(pool, node).map(|who| (node, who))
	}
}
