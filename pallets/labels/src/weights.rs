//! Weights for pallet_labels: replaced by `scripts/benchmark-pallets.sh` with the figures the
//! node's `benchmark pallet` measures.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{frame_support::{traits::Get, weights::{constants::ParityDbWeight, Weight}}, frame_system};

/// Weight functions needed for pallet_labels.
pub trait WeightInfo {
	fn commit(p: u32) -> Weight;
	fn reveal() -> Weight;
	fn commit_batch(n: u32) -> Weight;
	fn reveal_batch(n: u32) -> Weight;
	fn report_leak() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn commit(p: u32) -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(Weight::from_parts(500_000, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 3))
	}
	fn reveal() -> Weight {
		Weight::from_parts(50_000_000, 6000).saturating_add(T::DbWeight::get().reads_writes(3, 1))
	}
	fn commit_batch(n: u32) -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(Weight::from_parts(10_000_000, 2000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 3))
			.saturating_add(T::DbWeight::get().reads_writes(1, 1).saturating_mul(n.into()))
	}
	fn reveal_batch(n: u32) -> Weight {
		Weight::from_parts(50_000_000, 6000)
			.saturating_add(Weight::from_parts(15_000_000, 2000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(3, 1))
			.saturating_add(T::DbWeight::get().reads_writes(1, 1).saturating_mul(n.into()))
	}
	fn report_leak() -> Weight {
		Weight::from_parts(120_000_000, 8000).saturating_add(T::DbWeight::get().reads_writes(10, 8))
	}
}

impl WeightInfo for () {
	fn commit(_p: u32) -> Weight { Weight::zero() }
	fn reveal() -> Weight { Weight::zero() }
	fn commit_batch(_n: u32) -> Weight { Weight::zero() }
	fn reveal_batch(_n: u32) -> Weight { Weight::zero() }
	fn report_leak() -> Weight { Weight::zero() }
}
