//! A runtime with balances and the task registry, for the unit tests.

use crate as pallet_tasks;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use polkadot_sdk::{frame_support, frame_system, pallet_balances, sp_io, sp_runtime};
use labelchain_primitives::LabelingTerms;
use sp_runtime::{BuildStorage, Perbill, Permill};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Tasks: pallet_tasks,
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
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const EXISTENTIAL_DEPOSIT: Balance = 1;
pub const REQUESTER: AccountId = 1;
pub const OTHER: AccountId = 2;
pub const LABELER: AccountId = 3;
pub const TREASURY: AccountId = 99;
pub const POOR: AccountId = 4;
pub const START_BALANCE: Balance = 1_000_000;

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
	pub static ProtocolFee: Permill = Permill::from_percent(5);
	pub static GoldDeposit: Balance = 500;
	pub static MaxGoldShare: Perbill = Perbill::from_percent(50);
	pub static MinRevealPeriod: u64 = 5;
	pub static GoldRevealPeriod: u64 = 10;
	pub static FinalizationPeriod: u64 = 20;
	pub static MaxRevealExtension: u64 = 4;
	pub static ItemStateDeposit: Balance = 0;
	pub static StateRetention: u64 = 30;
	pub const CongestedFullness: Perbill = Perbill::from_percent(90);
	pub static Terms: LabelingTerms<Balance, u64> = LabelingTerms {
		commit_bond: 10,
		commit_bond_multiple: 5,
		leak_slash: Perbill::from_percent(10),
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

use frame_support::traits::ConstU128;

impl pallet_tasks::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FeeDestination = Treasury;
	type ProtocolFee = ProtocolFee;
	type LabelingTerms = Terms;
	type PayCurve = frame_support::traits::GetDefault;
	type GoldDeposit = GoldDeposit;
	type MaxGoldShare = MaxGoldShare;
	type MinRevealPeriod = MinRevealPeriod;
	type GoldRevealPeriod = GoldRevealPeriod;
	type FinalizationPeriod = FinalizationPeriod;
	type Dealing = RecordedDealing;
	type MaxRevealExtension = MaxRevealExtension;
	type CongestedFullness = CongestedFullness;
	type MaxTaskDuration = frame_support::traits::ConstU64<1000>;
	type MaxClasses = frame_support::traits::ConstU16<16>;
	type MaxRedundancy = frame_support::traits::ConstU8<9>;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type MaxUriLen = ConstU32<64>;
	type MaxListedItems = ConstU32<8>;
	type MaxItems = ConstU32<10_000>;
	type MaxGoldItems = ConstU32<4>;
	type MaxSettlementsPerBlock = ConstU32<2>;
	type OnFirstCommitment = ();
	type WeightInfo = ();
	type Provenance = ();
	type Finalization = ();
	type ItemStateDeposit = ItemStateDeposit;
	type StateRetention = StateRetention;
	type StatePruning = ();
	type ReviewShare = ReviewShare;
	type ReviewRedundancy = ReviewRedundancy;
	type ReviewPeriod = ReviewPeriod;
}

/// Test externalities: requester, another account and a labeler funded; the treasury exists.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(REQUESTER, START_BALANCE),
			(OTHER, START_BALANCE),
			(LABELER, START_BALANCE),
			(TREASURY, EXISTENTIAL_DEPOSIT),
			(POOR, 100),
		],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks the registry's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Tasks::do_try_state().expect("try_state after the test");
	});
}

/// Moves to block `n`, running the registry's `on_finalize` of the current block and
/// `on_initialize` of every block on the way; the blocks are empty.
pub fn run_to_block(n: u64) {
	run_to_block_filling(n, |_| false)
}

/// As [`run_to_block`], filling (to the ordinary class's limit) the blocks before `n` for
/// which `full` says so, the current one included.
pub fn run_to_block_filling(n: u64, full: impl Fn(u64) -> bool) {
	use frame_support::{dispatch::DispatchClass, traits::{Get, Hooks}};
	while System::block_number() < n {
		let now = System::block_number();
		if full(now) {
			let weights: frame_system::limits::BlockWeights =
				<Test as frame_system::Config>::BlockWeights::get();
			let normal = weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block);
			System::register_extra_weight_unchecked(normal, DispatchClass::Normal);
		}
		Tasks::on_finalize(now);
		frame_system::BlockWeight::<Test>::kill();
		let next = now + 1;
		System::set_block_number(next);
		Tasks::on_initialize(next);
	}
}

thread_local! {
	static OPENED: core::cell::RefCell<Vec<labelchain_primitives::TaskId>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Dealing that records the tasks it was told opened (first come, first served otherwise).
pub struct RecordedDealing;
impl RecordedDealing {
	/// The tasks told so far, and forgets them.
	pub fn take_opened() -> Vec<labelchain_primitives::TaskId> {
		OPENED.with(|o| core::mem::take(&mut *o.borrow_mut()))
	}
}
impl labelchain_primitives::WorkDealing<u64> for RecordedDealing {
	fn task_opened(task: labelchain_primitives::TaskId) {
		OPENED.with(|o| o.borrow_mut().push(task));
	}
	fn chunk_of(_: labelchain_primitives::ItemIndex) -> u32 {
		0
	}
	fn holds_seat(_: labelchain_primitives::TaskId, _: u32, _: &u64) -> bool {
		true
	}
	fn seat_used(_: labelchain_primitives::TaskId, _: u32, _: &u64) {}
	fn task_pruned(_: labelchain_primitives::TaskId) {}
}

polkadot_sdk::frame_support::parameter_types! {
	pub static ReviewShare: polkadot_sdk::sp_runtime::Perbill = polkadot_sdk::sp_runtime::Perbill::from_percent(30);
	pub static ReviewRedundancy: u8 = 3;
	pub static ReviewPeriod: u64 = 20;
}
