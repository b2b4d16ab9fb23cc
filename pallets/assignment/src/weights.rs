//! Weights of the assignment pallet. NOT MEASURED YET (work in progress on this branch): the
//! benchmarks come with the runtime wiring; until then these are estimates from the review
//! court's measured sortition (a draw of a 100,000-member pool: 1.5 ms + 20 reads).

use polkadot_sdk::frame_support::weights::{constants::RocksDbWeight, Weight};

pub trait WeightInfo {
	fn join_pool() -> Weight;
	fn leave_pool() -> Weight;
	fn deal(seats: u32) -> Weight;
	fn take_back(seats: u32) -> Weight;
}

impl WeightInfo for () {
	fn join_pool() -> Weight {
		Weight::from_parts(1_000_000_000, 50_000).saturating_add(RocksDbWeight::get().reads_writes(40, 40))
	}
	fn leave_pool() -> Weight {
		Weight::from_parts(800_000_000, 50_000).saturating_add(RocksDbWeight::get().reads_writes(40, 40))
	}
	fn deal(seats: u32) -> Weight {
		Weight::from_parts(2_000_000_000, 100_000)
			.saturating_mul(seats.into())
			.saturating_add(RocksDbWeight::get().reads_writes(u64::from(seats) * 30, u64::from(seats) * 4))
	}
	fn take_back(seats: u32) -> Weight {
		Weight::from_parts(300_000_000, 20_000)
			.saturating_mul(seats.into())
			.saturating_add(RocksDbWeight::get().reads_writes(u64::from(seats) * 6, u64::from(seats) * 5))
	}
}
