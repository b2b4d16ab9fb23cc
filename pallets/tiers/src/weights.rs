//! Weights for pallet_tiers: replaced by `scripts/benchmark-pallets.sh` with the figures the
//! node's `benchmark pallet` measures.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}}, frame_system};

/// Weight functions needed for pallet_tiers.
pub trait WeightInfo {
	fn bond() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded(c: u32) -> Weight;
	fn refresh_tier() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn bond() -> Weight {
		Weight::from_parts(150_000_000, 8000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn unbond() -> Weight {
		Weight::from_parts(80_000_000, 8000).saturating_add(T::DbWeight::get().reads_writes(6, 4))
	}
	fn withdraw_unbonded(c: u32) -> Weight {
		Weight::from_parts(150_000_000, 8000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn refresh_tier() -> Weight {
		Weight::from_parts(80_000_000, 8000).saturating_add(T::DbWeight::get().reads_writes(6, 4))
	}
}

impl WeightInfo for () {
	fn bond() -> Weight { Weight::zero() }
	fn unbond() -> Weight { Weight::zero() }
	fn withdraw_unbonded(_c: u32) -> Weight { Weight::zero() }
	fn refresh_tier() -> Weight { Weight::zero() }
}
