//! Weights for pallet_consensus: replaced by `scripts/benchmark-pallets.sh` with the figures the
//! node's `benchmark pallet` measures.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}}, frame_system};

/// Weight functions needed for pallet_consensus.
pub trait WeightInfo {
	fn on_initialize(j: u32) -> Weight;
	fn finalize_items(n: u32, r: u32) -> Weight;
	fn resolve_escalation(r: u32) -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn on_initialize(j: u32) -> Weight {
		Weight::from_parts(5_000_000, 1000)
			.saturating_add(Weight::from_parts(3_000_000, 100).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads_writes(3, 3))
			.saturating_add(T::DbWeight::get().writes(1).saturating_mul(j.into()))
	}
	fn finalize_items(n: u32, r: u32) -> Weight {
		Weight::from_parts(20_000_000, 4000)
			.saturating_add(Weight::from_parts(60_000_000, 8000).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(40_000_000, 4000).saturating_mul(n.saturating_mul(r).into()))
			.saturating_add(T::DbWeight::get().reads_writes(8, 6).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6).saturating_mul(n.saturating_mul(r).into()))
	}
	fn resolve_escalation(r: u32) -> Weight {
		Weight::from_parts(60_000_000, 8000)
			.saturating_add(Weight::from_parts(40_000_000, 4000).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads_writes(8, 6))
			.saturating_add(T::DbWeight::get().reads_writes(6, 6).saturating_mul(r.into()))
	}
}

impl WeightInfo for () {
	fn on_initialize(_j: u32) -> Weight { Weight::zero() }
	fn finalize_items(_n: u32, _r: u32) -> Weight { Weight::zero() }
	fn resolve_escalation(_r: u32) -> Weight { Weight::zero() }
}
