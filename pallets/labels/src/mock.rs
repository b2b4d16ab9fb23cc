//! A runtime with balances, the real task registry and the labels pallet; stake and tiers are
//! simple stand-ins the tests set.

use crate as pallet_labels;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU16, ConstU32, ConstU64, ConstU8},
};
use labelchain_primitives::{DomainId, Eligibility, SlashAmount, StakeLock, StakeSlash, Tier};
use polkadot_sdk::{frame_support, frame_system, pallet_balances, sp_core, sp_io, sp_runtime};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill, Permill};
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Tasks: pallet_tasks,
		Labels: pallet_labels,
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

pub const REQUESTER: AccountId = 1;
pub const TREASURY: AccountId = 99;

parameter_types! {
	pub const CongestedFullness: polkadot_sdk::sp_runtime::Perbill = polkadot_sdk::sp_runtime::Perbill::from_percent(90);
	pub const Treasury: AccountId = TREASURY;
	pub const Fee: Permill = Permill::from_percent(5);
	pub MaxGoldShare: Perbill = Perbill::from_percent(50);
}

impl pallet_tasks::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FeeDestination = Treasury;
	type ProtocolFee = Fee;
	type LabelingTerms = Terms;
	type PayCurve = frame_support::traits::GetDefault;
	type GoldDeposit = ConstU128<50>;
	type MaxGoldShare = MaxGoldShare;
	type MinRevealPeriod = ConstU64<5>;
	type GoldRevealPeriod = ConstU64<5>;
	type FinalizationPeriod = ConstU64<20>;
	type Dealing = ();
	type MaxRevealExtension = ConstU64<4>;
	type CongestedFullness = CongestedFullness;
	type MaxTaskDuration = ConstU64<1000>;
	type MaxClasses = ConstU16<16>;
	type MaxRedundancy = ConstU8<5>;
	type MaxTier = ConstU8<4>;
	type MaxUriLen = ConstU32<64>;
	type MaxListedItems = ConstU32<8>;
	type MaxItems = ConstU32<10_000>;
	type MaxGoldItems = ConstU32<4>;
	type MaxSettlementsPerBlock = ConstU32<8>;
	type OnFirstCommitment = ();
	type WeightInfo = ();
	type Provenance = ();
	type Finalization = ();
	type ItemStateDeposit = ConstU128<0>;
	type StateRetention = ConstU64<1_000>;
	type StatePruning = ();
	type ReviewShare = ReviewShare;
	type ReviewRedundancy = ReviewRedundancy;
	type ReviewPeriod = ReviewPeriod;
}

thread_local! {
	static TIERS: RefCell<BTreeMap<AccountId, Tier>> = RefCell::new(BTreeMap::new());
	/// Bonded and set-aside stake per account.
	static STAKE: RefCell<BTreeMap<AccountId, (Balance, Balance)>> = RefCell::new(BTreeMap::new());
	/// Every slash: (who, amount, to).
	static SLASHES: RefCell<Vec<(AccountId, Balance, AccountId)>> = RefCell::new(Vec::new());
}

/// Tiers and stake as the tests set them.
pub struct TestStake;
impl TestStake {
	pub fn set(who: AccountId, tier: Tier, bonded: Balance) {
		TIERS.with(|t| t.borrow_mut().insert(who, tier));
		STAKE.with(|s| s.borrow_mut().insert(who, (bonded, 0)));
	}
	pub fn locked(who: AccountId) -> Balance {
		STAKE.with(|s| s.borrow().get(&who).map_or(0, |x| x.1))
	}
	pub fn bonded(who: AccountId) -> Balance {
		STAKE.with(|s| s.borrow().get(&who).map_or(0, |x| x.0))
	}
	pub fn slashes() -> Vec<(AccountId, Balance, AccountId)> {
		SLASHES.with(|s| s.borrow().clone())
	}
	pub fn reset() {
		TIERS.with(|t| t.borrow_mut().clear());
		STAKE.with(|s| s.borrow_mut().clear());
		SLASHES.with(|s| s.borrow_mut().clear());
	}
}
impl Eligibility<AccountId> for TestStake {
	fn tier_in(who: &AccountId, _: DomainId) -> Tier {
		TIERS.with(|t| t.borrow().get(who).copied().unwrap_or(0))
	}
}
impl StakeLock<AccountId> for TestStake {
	type Balance = Balance;
	fn lock(who: &AccountId, amount: Balance) -> DispatchResult {
		STAKE.with(|s| {
			let mut s = s.borrow_mut();
			let entry = s.get_mut(who).ok_or(DispatchError::Other("not bonded"))?;
			if entry.0 - entry.1 < amount {
				return Err(DispatchError::Other("not enough free stake"));
			}
			entry.1 += amount;
			Ok(())
		})
	}
	fn unlock(who: &AccountId, amount: Balance) {
		STAKE.with(|s| {
			if let Some(entry) = s.borrow_mut().get_mut(who) {
				entry.1 = entry.1.saturating_sub(amount);
			}
		})
	}
	fn locked(who: &AccountId) -> Balance {
		STAKE.with(|s| s.borrow().get(who).map_or(0, |x| x.1))
	}
	fn free(who: &AccountId) -> Balance {
		STAKE.with(|s| s.borrow().get(who).map_or(0, |x| x.0.saturating_sub(x.1)))
	}
	fn all_locked() -> Vec<(AccountId, Balance)> {
		STAKE.with(|s| s.borrow().iter().filter(|(_, x)| x.1 > 0).map(|(w, x)| (*w, x.1)).collect())
	}
}
impl StakeSlash<AccountId> for TestStake {
	type Balance = Balance;
	fn slashable(who: &AccountId) -> Balance {
		Self::bonded(*who)
	}
	fn slash(who: &AccountId, amount: SlashAmount<Balance>, dest: &AccountId) -> Balance {
		let bonded = Self::bonded(*who);
		let take = match amount {
			SlashAmount::Fixed(a) => a,
			SlashAmount::Fraction(p) => p * bonded,
		}
		.min(bonded);
		STAKE.with(|s| {
			if let Some(entry) = s.borrow_mut().get_mut(who) {
				entry.0 -= take;
				entry.1 = entry.1.min(entry.0);
			}
		});
		SLASHES.with(|s| s.borrow_mut().push((*who, take, *dest)));
		take
	}
	fn suspend(_: &AccountId) {}
}

pub const COMMIT_BOND: Balance = 10;

impl pallet_labels::Config for Test {
	type Balance = Balance;
	type Tasks = Tasks;
	type Eligibility = TestStake;
	type Dealing = ();
	type Stake = TestStake;
	type SlashDestination = Treasury;
	type MaxRedundancy = ConstU32<5>;
	type MaxBatchSize = ConstU32<128>;
	type MaxRevealChunk = ConstU32<64>;
	type MaxProofLen = ConstU32<13>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

parameter_types! {
	pub const Terms: labelchain_primitives::LabelingTerms<Balance, u64> =
		labelchain_primitives::LabelingTerms {
			commit_bond: COMMIT_BOND,
			commit_bond_multiple: 5,
			leak_slash: Perbill::from_percent(20),
			leak_reward: Perbill::from_percent(50),
			quorum: 2,
			threshold: Perbill::from_percent(60),
			clear_margin: Perbill::from_percent(66),
			deviation_slash: Perbill::from_percent(50),
			no_reveal_slash: Perbill::from_percent(100),
			slash_to_agreeing: false,
			escalation_period: 10,
			max_accuracy: Permill::from_percent(99),
			stake_weight_cap: 0,
			stake_for_full_weight: 1_000,
		};
}

/// Benchmark set-up in the mock: a funded requester's task and a staked labeler.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for BenchHelper {
	fn open_task(item_count: u32, items_root: sp_core::H256) -> u64 {
		let now = System::block_number();
		pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, task_spec(item_count, items_root, now))
			.expect("benchmark task")
	}
	fn make_eligible(who: &AccountId, commitments: u32) {
		TestStake::set(*who, 4, COMMIT_BOND * commitments as u128 * 2);
	}
	// Work is not dealt in this mock.
	fn seat(_: &AccountId, _: u64, _: u32) {}
}

/// A task with `item_count` items under `root`, 4 classes, redundancy 5, open until block
/// `now + 10`, revealing until `now + 20`.
pub fn task_spec(item_count: u32, root: sp_core::H256, now: u64) -> pallet_tasks::TaskSpecOf<Test> {
	pallet_tasks::TaskSpec {
		manifest_hash: sp_core::H256::repeat_byte(1),
		manifest_uri: vec![],
		domain: 1,
		schema: labelchain_primitives::LabelSchema::Categorical { classes: 4 },
		items: pallet_tasks::ItemsSpec::Merkle { root, count: item_count },
		redundancy: 5,
		min_tier: 0,
		commit_deadline: now + 10,
		reveal_deadline: now + 20,
		reward_per_item: 1,
		gold: None,
		quorum: None,
		threshold: None,
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	TestStake::reset();
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(REQUESTER, 1_000_000), (TREASURY, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks both pallets' invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Labels::do_try_state().expect("labels try_state after the test");
		Tasks::do_try_state().expect("tasks try_state after the test");
	});
}

pub fn run_to(n: u64) {
	frame_system::Pallet::<Test>::set_block_number(n);
}

polkadot_sdk::frame_support::parameter_types! {
	pub static ReviewShare: polkadot_sdk::sp_runtime::Perbill = polkadot_sdk::sp_runtime::Perbill::from_percent(30);
	pub static ReviewRedundancy: u8 = 3;
	pub static ReviewPeriod: u64 = 20;
}
