//! A runtime with balances, pallet-nfts and the tiers pallet, and a reputation the tests set.

use crate as pallet_tiers;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32, ConstU64},
	PalletId,
};
use labelchain_primitives::{DomainId, ReputationInspect, TierThreshold};
use polkadot_sdk::{frame_support, frame_system, pallet_balances, pallet_nfts, sp_io, sp_runtime};
use sp_runtime::{
	traits::Verify,
	AccountId32, BuildStorage, MultiSignature, Permill,
};
use std::collections::BTreeMap;

pub type AccountId = AccountId32;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Nfts: pallet_nfts,
		Tiers: pallet_tiers,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub storage Features: pallet_nfts::PalletFeatures = pallet_nfts::PalletFeatures::all_enabled();
}

impl pallet_nfts::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type CollectionId = u32;
	type ItemId = u32;
	type Currency = Balances;
	// Nobody but a pallet creates collections; deposits are zero because only the tiers pallet
	// mints in its collection.
	type CreateOrigin = AsEnsureOriginWithArg<frame_system::EnsureNever<AccountId>>;
	type ForceOrigin = frame_system::EnsureRoot<AccountId>;
	type Locker = ();
	type CollectionDeposit = ConstU128<0>;
	type ItemDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type AttributeDepositBase = ConstU128<0>;
	type DepositPerByte = ConstU128<0>;
	type StringLimit = ConstU32<64>;
	type KeyLimit = ConstU32<32>;
	type ValueLimit = ConstU32<64>;
	type ApprovalsLimit = ConstU32<10>;
	type ItemAttributesApprovalsLimit = ConstU32<2>;
	type MaxTips = ConstU32<10>;
	type MaxDeadlineDuration = ConstU64<10000>;
	type MaxAttributesPerCall = ConstU32<2>;
	type Features = Features;
	type OffchainSignature = MultiSignature;
	type OffchainPublic = <MultiSignature as Verify>::Signer;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type Helper = ();
	type BlockNumberProvider = frame_system::Pallet<Test>;
}

thread_local! {
	static REPUTATION: RefCell<BTreeMap<(AccountId, DomainId), Permill>> = RefCell::new(BTreeMap::new());
}

/// Reputation the tests set directly.
pub struct TestReputation;
impl TestReputation {
	pub fn set(who: &AccountId, domain: DomainId, value: Permill) {
		REPUTATION.with(|r| r.borrow_mut().insert((who.clone(), domain), value));
	}
}
impl ReputationInspect<AccountId> for TestReputation {
	fn reputation(who: &AccountId, domain: DomainId) -> Permill {
		REPUTATION.with(|r| r.borrow().get(&(who.clone(), domain)).copied().unwrap_or_default())
	}
	fn best_reputation(who: &AccountId) -> Permill {
		REPUTATION.with(|r| {
			r.borrow().iter().filter(|((a, _), _)| a == who).map(|(_, v)| *v).max().unwrap_or_default()
		})
	}
}

pub const NOVICE: Balance = 100;
pub const CONTRIBUTOR: Balance = 200;
pub const EXPERT: Balance = 500;
pub const MASTER: Balance = 1_000;
pub const UNBONDING: u64 = 10;
pub const SUSPENSION: u64 = 50;

parameter_types! {
	pub static Thresholds: crate::TierTable<Balance> = [
		TierThreshold { min_stake: NOVICE, min_reputation: Permill::zero() },
		TierThreshold { min_stake: CONTRIBUTOR, min_reputation: Permill::from_percent(60) },
		TierThreshold { min_stake: EXPERT, min_reputation: Permill::from_percent(75) },
		TierThreshold { min_stake: MASTER, min_reputation: Permill::from_percent(90) },
	];
	pub const TiersPalletId: PalletId = PalletId(*b"lc/tiers");
}

impl pallet_tiers::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CollectionId = u32;
	type Badges = Nfts;
	type Reputation = TestReputation;
	type OnLeave = ();
	type TierThresholds = Thresholds;
	type UnbondingPeriod = ConstU64<UNBONDING>;
	type SuspensionPeriod = ConstU64<SUSPENSION>;
	type PalletId = TiersPalletId;
	type MaxUnbondingChunks = ConstU32<3>;
	type WeightInfo = ();
}

pub fn account(n: u8) -> AccountId {
	AccountId32::new([n; 32])
}
pub fn alice() -> AccountId {
	account(1)
}
pub fn bob() -> AccountId {
	account(2)
}
pub fn treasury() -> AccountId {
	account(99)
}
pub const START_BALANCE: Balance = 10_000;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(alice(), START_BALANCE), (bob(), START_BALANCE), (treasury(), 1)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Tiers::do_try_state().expect("try_state after the test");
	});
	REPUTATION.with(|r| r.borrow_mut().clear());
}

