//! Weights for pallet_tasks: replaced by `scripts/benchmark-pallets.sh` with the figures the
//! node's `benchmark pallet` measures.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// Weight functions needed for pallet_tasks.
pub trait WeightInfo {
	fn create_task(u: u32, l: u32) -> Weight;
	fn cancel_task() -> Weight;
	fn reveal_gold(g: u32) -> Weight;
	fn settle() -> Weight;
	fn on_initialize_settle(n: u32) -> Weight;
}

/// Weights for pallet_tasks using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_task(u: u32, l: u32) -> Weight {
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(Weight::from_parts(1_000, 0).saturating_mul(u.into()))
			.saturating_add(Weight::from_parts(50_000, 32).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn cancel_task() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}
	fn reveal_gold(g: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000)
			.saturating_add(Weight::from_parts(100_000, 40).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}
	fn settle() -> Weight {
		Weight::from_parts(80_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(5, 5))
	}
	fn on_initialize_settle(n: u32) -> Weight {
		Weight::from_parts(5_000_000, 1000)
			.saturating_add(Weight::from_parts(80_000_000, 4000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
			.saturating_add(T::DbWeight::get().reads_writes(5, 5).saturating_mul(n.into()))
	}
}

impl WeightInfo for () {
	fn create_task(_u: u32, _l: u32) -> Weight { Weight::zero() }
	fn cancel_task() -> Weight { Weight::zero() }
	fn reveal_gold(_g: u32) -> Weight { Weight::zero() }
	fn settle() -> Weight { Weight::zero() }
	fn on_initialize_settle(_n: u32) -> Weight { Weight::zero() }
}
