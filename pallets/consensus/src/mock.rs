//! A runtime with balances and the real task registry, labels, reputation and consensus; stake
//! and tiers are a stand-in that moves real balances when it slashes.

use crate as pallet_consensus;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU16, ConstU32, ConstU64, ConstU8, Hooks},
	weights::Weight,
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
		Reputation: pallet_reputation,
		Consensus: pallet_consensus,
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
pub const START: Balance = 1_000_000;

parameter_types! {
	pub const CongestedFullness: polkadot_sdk::sp_runtime::Perbill = polkadot_sdk::sp_runtime::Perbill::from_percent(90);
	pub const Treasury: AccountId = TREASURY;
	pub const Fee: Permill = Permill::from_percent(10);
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
	type FinalizationPeriod = ConstU64<40>;
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
	type OnFirstCommitment = Consensus;
	type WeightInfo = ();
	type Provenance = Consensus;
	type Finalization = Consensus;
	type ItemStateDeposit = ConstU128<0>;
	type StateRetention = StateRetention;
	type StatePruning = Consensus;
	type ReviewShare = ReviewShare;
	type ReviewRedundancy = ReviewRedundancy;
	type ReviewPeriod = ReviewPeriod;
}

parameter_types! {
	pub static StateRetention: u64 = 1_000;
	/// Off unless a test turns appeals of vote decisions on.
	pub static DecisionAppealPeriod: u64 = 0;
}

thread_local! {
	/// Bonded and set-aside stake per account.
	static STAKE: RefCell<BTreeMap<AccountId, (Balance, Balance)>> = RefCell::new(BTreeMap::new());
}

/// Stake the tests set; a slash moves real balance from the labeler to the destination.
pub struct TestStake;
impl TestStake {
	pub fn set(who: AccountId, bonded: Balance) {
		STAKE.with(|s| s.borrow_mut().insert(who, (bonded, 0)));
	}
	pub fn locked(who: AccountId) -> Balance {
		STAKE.with(|s| s.borrow().get(&who).map_or(0, |x| x.1))
	}
	pub fn bonded(who: AccountId) -> Balance {
		STAKE.with(|s| s.borrow().get(&who).map_or(0, |x| x.0))
	}
	pub fn reset() {
		STAKE.with(|s| s.borrow_mut().clear());
	}
}
impl Eligibility<AccountId> for TestStake {
	fn tier_in(who: &AccountId, _: DomainId) -> Tier {
		if Self::bonded(*who) > 0 { 1 } else { 0 }
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
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		let bonded = Self::bonded(*who);
		let take = match amount {
			SlashAmount::Fixed(a) => a,
			SlashAmount::Fraction(p) => p * bonded,
		}
		.min(bonded);
		if take == 0 || Balances::transfer(who, dest, take, Preservation::Expendable).is_err() {
			return 0;
		}
		STAKE.with(|s| {
			if let Some(entry) = s.borrow_mut().get_mut(who) {
				entry.0 -= take;
				entry.1 = entry.1.min(entry.0);
			}
		});
		take
	}
	fn suspend(_: &AccountId) {}
}

pub const COMMIT_BOND: Balance = 100;

impl pallet_labels::Config for Test {
	type Balance = Balance;
	type Tasks = Tasks;
	type Eligibility = TestStake;
	type Dealing = ();
	type Stake = TestStake;
	type SlashDestination = Treasury;
	type MaxRedundancy = ConstU32<5>;
	type MaxBatchSize = ConstU32<64>;
	type MaxRevealChunk = ConstU32<64>;
	type MaxProofLen = ConstU32<13>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = NoLabelsBenchmarks;
}

parameter_types! {
	pub const PriorAccuracy: Permill = Permill::from_percent(80);
	pub const NewcomerShare: Perbill = Perbill::from_percent(50);
	pub const DecayFactor: Perbill = Perbill::from_percent(90);
}

impl pallet_reputation::Config for Test {
	type PriorAccuracy = PriorAccuracy;
	type NewcomerShare = NewcomerShare;
	type PriorStrength = ConstU32<6>;
	type GoldWeight = ConstU32<3>;
	type GoldBoundStrength = ConstU32<3>;
	type NoRevealWeight = ConstU32<2>;
	type TierEvidenceFloor = ConstU32<20>;
	type DecayPeriod = ConstU64<10_000>;
	type DecayFactor = DecayFactor;
	type OnChange = ();
	type MaxDomainsPerLabeler = ConstU32<4>;
}

parameter_types! {
	pub static Quorum: u32 = 2;
	pub static Threshold: Perbill = Perbill::from_percent(60);
	pub static ClearMargin: Perbill = Perbill::from_percent(65);
	pub const DeviationSlash: Perbill = Perbill::from_percent(50);
	pub const NoRevealSlash: Perbill = Perbill::from_percent(100);
	pub static SlashToAgreeing: bool = false;
	pub const MaxAccuracy: Permill = Permill::from_percent(99);
}

/// The terms a new task gets: the statics above, which tests change before creating a task.
pub struct Terms;
impl frame_support::traits::Get<labelchain_primitives::LabelingTerms<Balance, u64>> for Terms {
	fn get() -> labelchain_primitives::LabelingTerms<Balance, u64> {
		labelchain_primitives::LabelingTerms {
			commit_bond: COMMIT_BOND,
			commit_bond_multiple: 5,
			leak_slash: Perbill::from_percent(10),
			leak_reward: Perbill::from_percent(10),
			quorum: Quorum::get(),
			threshold: Threshold::get(),
			clear_margin: ClearMargin::get(),
			deviation_slash: DeviationSlash::get(),
			no_reveal_slash: NoRevealSlash::get(),
			slash_to_agreeing: SlashToAgreeing::get(),
			escalation_period: 10,
			max_accuracy: MaxAccuracy::get(),
			stake_weight_cap: 0,
			stake_for_full_weight: 1_000,
		}
	}
}

impl pallet_consensus::Config for Test {
	type Balance = Balance;
	type Tasks = Tasks;
	type Labels = Labels;
	type Stake = TestStake;
	type Reputation = Reputation;
	type Treasury = Treasury;
	type Court = ();
	type DecisionAppealPeriod = DecisionAppealPeriod;
	type ExpertOrigin = frame_system::EnsureRoot<AccountId>;
	// Every item of the tests counts as a full observation.
	type EvidenceFee = ConstU128<0>;
	type MaxItemsPerBlock = ConstU32<16>;
	type MaxJobsPerBlock = ConstU32<4>;
	type MaxRedundancy = ConstU32<5>;
	type TierChangeWeight = ();
	type ReviewOpeningWeight = ();
	type TierChanges = ();
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

/// The labels pallet's benchmarks do not run in this mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct NoLabelsBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_labels::BenchmarkHelper<AccountId> for NoLabelsBenchmarks {
	fn open_task(_: u32, _: sp_core::H256) -> u64 {
		0
	}
	fn make_eligible(_: &AccountId, _: u32) {}
	fn seat(_: &AccountId, _: u64, _: u32) {}
}

/// A task of `items` items (4 classes, redundancy `labelers`), open until `now + 10`, revealing
/// until `now + 20`, with `reward` per item; returns its id and the item hashes.
pub fn new_task(items: u32, labelers: u8, reward: Balance) -> (u64, Vec<sp_core::H256>) {
	new_task_with(items, labelers, reward, None)
}

/// `new_task`, with a gold commitment.
pub fn new_task_with(
	items: u32,
	labelers: u8,
	reward: Balance,
	gold: Option<pallet_tasks::GoldSpec>,
) -> (u64, Vec<sp_core::H256>) {
	new_task_of(labelchain_primitives::LabelSchema::Categorical { classes: 4 }, items, labelers, reward, gold)
}

/// `new_task_with`, of any schema.
pub fn new_task_of(
	schema: labelchain_primitives::LabelSchema,
	items: u32,
	labelers: u8,
	reward: Balance,
	gold: Option<pallet_tasks::GoldSpec>,
) -> (u64, Vec<sp_core::H256>) {
	let leaves: Vec<sp_core::H256> = (0..items).map(|i| sp_core::H256::from_low_u64_be(i as u64 + 7)).collect();
	let now = System::block_number();
	let spec = pallet_tasks::TaskSpec {
		manifest_hash: sp_core::H256::repeat_byte(1),
		manifest_uri: vec![],
		domain: 1,
		schema,
		items: pallet_tasks::ItemsSpec::Merkle { root: labelchain_primitives::merkle::root(leaves.clone()), count: items },
		redundancy: labelers,
		min_tier: 0,
		commit_deadline: now + 10,
		reveal_deadline: now + 20,
		reward_per_item: reward,
		gold,
		quorum: None,
		threshold: None,
	};
	(pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).expect("task"), leaves)
}

pub fn salt(who: AccountId, item: u32) -> [u8; 32] {
	let mut s = [0u8; 32];
	s[..8].copy_from_slice(&who.to_le_bytes());
	s[8..12].copy_from_slice(&item.to_le_bytes());
	s
}

/// `who` commits `label` to `item`.
pub fn commit(who: AccountId, task: u64, leaves: &[sp_core::H256], item: u32, label: labelchain_primitives::Label) {
	use labelchain_primitives::merkle;
	let c = pallet_labels::Pallet::<Test>::commitment_of(&who, task, item, &label, &salt(who, item));
	pallet_labels::Pallet::<Test>::commit(
		RuntimeOrigin::signed(who),
		task,
		item,
		leaves[item as usize],
		merkle::proof(leaves, item),
		c,
	)
	.expect("commit");
}

/// `who` reveals `label` for `item`.
pub fn reveal(who: AccountId, task: u64, item: u32, label: labelchain_primitives::Label) {
	pallet_labels::Pallet::<Test>::reveal(RuntimeOrigin::signed(who), task, item, label, salt(who, item))
		.expect("reveal");
}

/// Benchmark set-up in the mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for BenchHelper {
	fn revealed_ranking_task(items: u32, labelers: u32, silent: u32) -> u64 {
		let schema = labelchain_primitives::LabelSchema::Ranking { candidates: 8 };
		let (task, leaves) = new_task_of(schema, items, labelers as u8, 1_000, None);
		let label = |l: u32| {
			let mut order = [0u8, 1, 2, 3, 4, 5, 6, 7];
			order.swap((l % 7) as usize, (l % 7 + 1) as usize);
			labelchain_primitives::Label::Ranking(order)
		};
		for l in 0..labelers {
			let who = 1_000 + l as u64;
			let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::set_balance(&who, START);
			TestStake::set(who, 10_000 * items as u128);
			for i in 0..items {
				commit(who, task, &leaves, i, label(l));
			}
		}
		run_to_block(System::block_number() + 11);
		for l in 0..labelers.saturating_sub(silent) {
			for i in 0..items {
				reveal(1_000 + l as u64, task, i, label(l));
			}
		}
		System::set_block_number(System::block_number() + 10);
		task
	}

	fn revealed_review_task(items: u32, labelers: u32) -> u64 {
		use labelchain_primitives::{Label, LabelSchema, TaskHooks, TaskInspect};
		// A free-text task, one answer an item (fifteen authors taking turns).
		let (task, leaves) = new_task_of(LabelSchema::FreeText, items, 1, 1_000, None);
		// Its review at the largest redundancy.
		pallet_tasks::ReviewTermsOf::<Test>::mutate(task, |terms| {
			if let Some(terms) = terms {
				terms.redundancy = labelers as u8;
			}
		});
		let author = |i: u32| 2_000 + (i % 15) as u64;
		let text = |i: u32| Label::Digest(sp_core::H256::from_low_u64_be(i as u64 + 1));
		for i in 0..items {
			let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::set_balance(&author(i), START);
			TestStake::set(author(i), 10_000 * items as u128);
			commit(author(i), task, &leaves, i, text(i));
		}
		run_to_block(System::block_number() + 11);
		for i in 0..items {
			reveal(author(i), task, i, text(i));
		}
		System::set_block_number(System::block_number() + 10);
		crate::Stages::<Test>::remove(task);
		let _ = Consensus::do_finalize_range(task, 0, items);
		let review = <Tasks as TaskHooks<AccountId>>::open_review(task).ok().flatten().expect("a review");
		for l in 0..labelers {
			let who = 1_000 + l as u64;
			let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::set_balance(&who, START);
			TestStake::set(who, 10_000 * items as u128);
			for i in 0..items {
				let hash = <Tasks as TaskInspect<AccountId, u64>>::submission(review, i).expect("an answer").digest;
				let label = Label::Level((l % 5) as u16);
				let c = pallet_labels::Pallet::<Test>::commitment_of(&who, review, i, &label, &salt(who, i));
				pallet_labels::Pallet::<Test>::commit(RuntimeOrigin::signed(who), review, i, hash, vec![], c).expect("commit");
			}
		}
		run_to_block(System::block_number() + 21);
		for l in 0..labelers {
			for i in 0..items {
				reveal(1_000 + l as u64, review, i, Label::Level((l % 5) as u16));
			}
		}
		let deadline = <Tasks as TaskInspect<AccountId, u64>>::task(review).expect("review").reveal_deadline;
		System::set_block_number(deadline + 1);
		review
	}

	fn revealed_task(items: u32, labelers: u32, silent: u32, split: bool) -> u64 {
		use labelchain_primitives::Label;
		let (task, leaves) = new_task(items, labelers as u8, 1_000);
		for l in 0..labelers {
			let who = 1_000 + l as u64;
			let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::set_balance(&who, START);
			TestStake::set(who, 10_000 * items as u128);
			for i in 0..items {
				let label = Label::Class(if split { (l % 4) as u16 } else { 0 });
				commit(who, task, &leaves, i, label);
			}
		}
		run_to_block(System::block_number() + 11);
		for l in 0..labelers.saturating_sub(silent) {
			let who = 1_000 + l as u64;
			for i in 0..items {
				let label = Label::Class(if split { (l % 4) as u16 } else { 0 });
				reveal(who, task, i, label);
			}
		}
		System::set_block_number(System::block_number() + 10);
		task
	}
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	TestStake::reset();
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances = vec![(REQUESTER, START), (TREASURY, 1)];
	balances.extend((10..30).map(|who| (who, START)));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks every pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Consensus::do_try_state().expect("consensus try_state");
		Labels::do_try_state().expect("labels try_state");
		Tasks::do_try_state().expect("tasks try_state");
		Reputation::do_try_state().expect("reputation try_state");
	});
}

/// Moves to block `n` running the hooks of every block on the way, `on_idle` with plenty of
/// weight.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Tasks::on_initialize(next);
		Consensus::on_initialize(next);
		Consensus::on_idle(next, Weight::MAX);
		Tasks::on_idle(next, Weight::MAX);
	}
}

polkadot_sdk::frame_support::parameter_types! {
	pub static ReviewShare: polkadot_sdk::sp_runtime::Perbill = polkadot_sdk::sp_runtime::Perbill::from_percent(30);
	pub static ReviewRedundancy: u8 = 3;
	pub static ReviewPeriod: u64 = 20;
}
