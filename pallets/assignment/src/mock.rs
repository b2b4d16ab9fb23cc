//! A runtime with balances and the assignment pallet; tasks, tiers, stake and randomness are
//! stand-ins the tests set.

use crate as pallet_assignment;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::{ConstU128, ConstU32}};
use labelchain_primitives::{
	DomainId, Eligibility, ItemIndex, Label, LabelSchema, LabelingTerms, SlashAmount, StakeLock, StakeSlash, TaskId,
	TaskInspect, TaskPhase, TaskView, Tier,
};
use polkadot_sdk::{frame_support, frame_system, pallet_balances, sp_core, sp_io, sp_runtime};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchResult, Perbill, Permill};
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assignment: pallet_assignment,
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
}

pub const TREASURY: AccountId = 999;
pub const REQUESTER: AccountId = 900;
pub const DOMAIN: DomainId = 1;
pub const CHUNK: u32 = 8;
pub const NO_SHOW: Balance = 10;

thread_local! {
	static TIERS: RefCell<BTreeMap<(AccountId, DomainId), Tier>> = RefCell::new(BTreeMap::new());
	static STAKE: RefCell<BTreeMap<AccountId, Balance>> = RefCell::new(BTreeMap::new());
	static TASKS: RefCell<BTreeMap<TaskId, (u32, u8, Tier, u64, TaskPhase)>> = RefCell::new(BTreeMap::new());
	static NONCE: RefCell<u64> = RefCell::new(0);
	static REWARD: RefCell<Balance> = RefCell::new(10);
}

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
	pub storage SeatPeriod: u64 = 5;
}

/// Tiers and stake the tests set; a slash takes from the stake.
pub struct MockLabelers;
impl Eligibility<AccountId> for MockLabelers {
	fn tier_in(who: &AccountId, domain: DomainId) -> Tier {
		TIERS.with(|t| t.borrow().get(&(*who, domain)).copied().unwrap_or(0))
	}
}
impl StakeLock<AccountId> for MockLabelers {
	type Balance = Balance;
	fn lock(_: &AccountId, _: Balance) -> DispatchResult {
		Ok(())
	}
	fn unlock(_: &AccountId, _: Balance) {}
	fn locked(_: &AccountId) -> Balance {
		0
	}
	fn free(who: &AccountId) -> Balance {
		stake(*who)
	}
	fn all_locked() -> Vec<(AccountId, Balance)> {
		Vec::new()
	}
}
impl StakeSlash<AccountId> for MockLabelers {
	type Balance = Balance;
	fn slashable(who: &AccountId) -> Balance {
		stake(*who)
	}
	fn slash(who: &AccountId, amount: SlashAmount<Balance>, _: &AccountId) -> Balance {
		let has = stake(*who);
		let take = match amount {
			SlashAmount::Fixed(a) => a,
			SlashAmount::Fraction(p) => p * has,
		}
		.min(has);
		STAKE.with(|s| s.borrow_mut().insert(*who, has - take));
		take
	}
	fn suspend(_: &AccountId) {}
}
pub fn labeler(who: AccountId, tier: Tier, amount: Balance) {
	TIERS.with(|t| t.borrow_mut().insert((who, DOMAIN), tier));
	STAKE.with(|s| s.borrow_mut().insert(who, amount));
}
pub fn stake(who: AccountId) -> Balance {
	STAKE.with(|s| s.borrow().get(&who).copied().unwrap_or(0))
}
pub fn set_tier(who: AccountId, tier: Tier) {
	TIERS.with(|t| t.borrow_mut().insert((who, DOMAIN), tier));
}

/// Tasks of the tests: (items, redundancy, tier, commit deadline, phase).
pub struct MockTasks;
impl TaskInspect<AccountId, u64> for MockTasks {
	type Balance = Balance;
	fn task(task: TaskId) -> Option<TaskView<AccountId, Balance, u64>> {
		let (item_count, redundancy, min_tier, commit_deadline, phase) = TASKS.with(|t| t.borrow().get(&task).copied())?;
		Some(TaskView {
			requester: REQUESTER,
			domain: DOMAIN,
			schema: LabelSchema::Categorical { classes: 2 },
			item_count,
			redundancy,
			min_tier,
			commit_deadline,
			reveal_deadline: commit_deadline + 10,
			reward_per_item: REWARD.with(|r| *r.borrow()),
			protocol_fee: Permill::zero(),
			pay_curve: Default::default(),
			labeling: LabelingTerms {
				commit_bond: 1,
				commit_bond_multiple: 1,
				leak_slash: Perbill::zero(),
				leak_reward: Perbill::zero(),
				quorum: 1,
				threshold: Perbill::zero(),
				clear_margin: Perbill::zero(),
				deviation_slash: Perbill::zero(),
				no_reveal_slash: Perbill::zero(),
				slash_to_agreeing: false,
				escalation_period: 10,
				max_accuracy: Permill::from_percent(99),
				stake_weight_cap: 0,
				stake_for_full_weight: 1,
			},
			phase,
			gold_count: 0,
			gold_reveal_deadline: commit_deadline + 10,
		})
	}
	fn contains_item(_: TaskId, _: ItemIndex, _: &H256, _: &[H256]) -> bool {
		true
	}
	fn contains_items(_: TaskId, _: &[(ItemIndex, H256)], _: &[H256]) -> bool {
		true
	}
	fn submission(task: TaskId, item: ItemIndex) -> Option<labelchain_primitives::Submission<AccountId>> {
		let author = AUTHORS.with(|a| a.borrow().get(&(task, item)).copied())?;
		Some(labelchain_primitives::Submission { task: task + 100, item, author, digest: H256::repeat_byte(item as u8) })
	}
	fn gold_label(_: TaskId, _: ItemIndex) -> Option<Label> {
		None
	}
	fn gold_pending(_: TaskId) -> bool {
		false
	}
	fn gold_item(_: TaskId, _: u32) -> Option<(ItemIndex, Label)> {
		None
	}
}
/// Opens task `task` of `items` items at `redundancy`, open for commitments until `deadline`.
pub fn open_task(task: TaskId, items: u32, redundancy: u8, deadline: u64) {
	TASKS.with(|t| t.borrow_mut().insert(task, (items, redundancy, 1, deadline, TaskPhase::Open)));
	<Assignment as labelchain_primitives::WorkDealing<AccountId>>::task_opened(task);
}

/// Randomness from the subject and the block.
pub struct MockRandomness;
impl frame_support::traits::Randomness<H256, u64> for MockRandomness {
	fn random(subject: &[u8]) -> (H256, u64) {
		let block = System::block_number();
		let nonce = NONCE.with(|n| *n.borrow());
		(H256(sp_io::hashing::blake2_256(&codec::Encode::encode(&(subject, block, nonce)))), block)
	}
}

impl pallet_assignment::Config for Test {
	type Balance = Balance;
	type Tasks = MockTasks;
	type Eligibility = MockLabelers;
	type Stake = MockLabelers;
	type Randomness = MockRandomness;
	type Treasury = Treasury;
	type ChunkSize = ConstU32<CHUNK>;
	type MaxRedundancy = ConstU32<5>;
	type MaxPoolMembers = ConstU32<1_000>;
	type MaxDealsPerBlock = ConstU32<16>;
	type MaxExpiriesPerBlock = ConstU32<8>;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type MinPoolStake = ConstU128<100>;
	type SeatPeriod = SeatPeriod;
	type NoShowSlash = ConstU128<NO_SHOW>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

/// Benchmark set-up in the mock: tiers and stake are set, tasks are the mock's.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockHelper {
	fn make_labeler(who: &AccountId, domain: DomainId) {
		TIERS.with(|t| t.borrow_mut().insert((*who, domain), 1));
		STAKE.with(|s| s.borrow_mut().insert(*who, 1_000_000_000_000));
	}
	fn open_task(items: u32) -> TaskId {
		TASKS.with(|t| t.borrow_mut().insert(77, (items, 3, 1, 1_000_000, TaskPhase::Open)));
		77
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs blocks up to and including `n`, with the pallet's hook.
pub fn run_to(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Assignment::on_initialize(next);
		Assignment::do_try_state().expect("the assignment invariants hold");
	}
}

/// The requester withdraws task `task` (the registry forgets it).
pub fn cancel_task(task: TaskId) {
	TASKS.with(|t| t.borrow_mut().remove(&task));
}

/// Sets the reward per item of the tasks (their commit bond follows).
pub fn set_reward(reward: Balance) {
	REWARD.with(|r| *r.borrow_mut() = reward);
}

/// Sets a labeler's free stake.
pub fn set_stake(who: AccountId, amount: Balance) {
	STAKE.with(|s| s.borrow_mut().insert(who, amount));
}

thread_local! {
	/// Authors of the free-text answers a review task's items rate: (task, item) → author.
	static AUTHORS: core::cell::RefCell<std::collections::BTreeMap<(TaskId, ItemIndex), AccountId>> = Default::default();
}
/// Makes item `item` of `task` rate an answer of `author` (a review task's item).
pub fn set_author(task: TaskId, item: ItemIndex, author: AccountId) {
	AUTHORS.with(|a| a.borrow_mut().insert((task, item), author));
}
