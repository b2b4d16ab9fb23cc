//! A runtime with only the reputation pallet, and a record of tier refreshes.

use crate as pallet_reputation;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::{ConstU32, ConstU64}};
use labelchain_primitives::TierRefresh;
use polkadot_sdk::{frame_support, frame_system, sp_io, sp_runtime};
use sp_runtime::{BuildStorage, Perbill, Permill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Reputation: pallet_reputation,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	pub static REFRESHED: RefCell<Vec<u64>> = RefCell::new(Vec::new());
}
pub struct RecordRefresh;
impl TierRefresh<u64> for RecordRefresh {
	fn reputation_changed(who: &u64) {
		REFRESHED.with(|r| r.borrow_mut().push(*who));
	}
}

parameter_types! {
	pub const PriorAccuracy: Permill = Permill::from_percent(80);
	pub const DecayFactor: Perbill = Perbill::from_percent(50);
	pub const NewcomerShare: Perbill = Perbill::from_percent(50);
}

impl pallet_reputation::Config for Test {
	type PriorAccuracy = PriorAccuracy;
	type NewcomerShare = NewcomerShare;
	type PriorStrength = ConstU32<20>;
	type GoldWeight = ConstU32<3>;
	type GoldBoundStrength = ConstU32<3>;
	type NoRevealWeight = ConstU32<2>;
	type TierEvidenceFloor = ConstU32<20>;
	type DecayPeriod = ConstU64<100>;
	type DecayFactor = DecayFactor;
	type OnChange = RecordRefresh;
	type MaxDomainsPerLabeler = ConstU32<2>;
}

pub fn test(f: impl FnOnce()) {
	REFRESHED.with(|r| r.borrow_mut().clear());
	let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		f();
		Reputation::do_try_state().expect("try_state after the test");
	});
}
