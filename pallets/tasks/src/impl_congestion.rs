//! Block fullness and the reveal window: a window whose blocks left no room for reveals is
//! extended, so that crowding reveals out by filling blocks costs the attacker every block of
//! the window and of its extension, at fees that rise with fullness.

use crate::{pallet::*, types::*};
use frame_support::{dispatch::DispatchClass, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::traits::{Saturating, UniqueSaturatedInto},
};

impl<T: Config> Pallet<T> {
	/// Whether the block being built is congested: its ordinary transactions use at least
	/// `CongestedFullness` of the ordinary class's weight, proof size or length.
	pub fn block_congested() -> bool {
		let threshold = T::CongestedFullness::get();
		let weights = <T as frame_system::Config>::BlockWeights::get();
		let limit = weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block);
		let used = *frame_system::Pallet::<T>::block_weight().get(DispatchClass::Normal);
		let full = |used: u64, limit: u64| limit > 0 && used >= threshold * limit;
		let length_limit = *<T as frame_system::Config>::BlockLength::get().max.get(DispatchClass::Normal);
		let length = frame_system::Pallet::<T>::block_size();
		full(used.ref_time(), limit.ref_time()) ||
			full(used.proof_size(), limit.proof_size()) ||
			full(u64::from(length), u64::from(length_limit))
	}

	/// Records the fullness of block `now` in the congestion log (from `on_finalize`).
	pub(crate) fn record_fullness(now: BlockNumberFor<T>) {
		let congested = Self::block_congested();
		Congestion::<T>::mutate(|log| log.record(now.unique_saturated_into(), congested));
	}

	/// The most blocks `task`'s reveal window may be extended by.
	pub fn reveal_extension_cap(task: &TaskOf<T>) -> BlockNumberFor<T> {
		let cap = T::MaxRevealExtension::get();
		if task.gold.is_some() {
			// The requester keeps at least half the gold reveal period after the window.
			let gold_period = task.terms.gold_reveal_deadline.saturating_sub(task.reveal_deadline);
			cap.min(gold_period / 2u32.into())
		} else {
			cap
		}
	}

	/// Whether `task`'s reveal window is still open at block `now`, past its commit deadline:
	/// until its reveal deadline; after it, while the blocks of the window so far had fewer
	/// than the minimum reveal period's worth of blocks with room for reveals, at most
	/// [`Self::reveal_extension_cap`] blocks longer. Monotone: once closed, it stays closed.
	pub fn reveal_window_open(task: &TaskOf<T>, now: BlockNumberFor<T>) -> bool {
		if now <= task.reveal_deadline {
			return true;
		}
		if now > task.reveal_deadline.saturating_add(Self::reveal_extension_cap(task)) {
			return false;
		}
		let window = task.reveal_deadline.saturating_sub(task.commit_deadline);
		let wanted: u64 = T::MinRevealPeriod::get().min(window).unique_saturated_into();
		let from: u64 = task.commit_deadline.saturating_add(1u32.into()).unique_saturated_into();
		let last: u64 = now.saturating_sub(1u32.into()).unique_saturated_into();
		!Congestion::<T>::get().has_room(from, last, wanted)
	}
}
