//! A runtime with balances and the review pallet; tiers, escrow, randomness and consensus are
//! stand-ins the tests set and read.

use crate as pallet_review;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::Mutate, ConstU128, ConstU32},
};
use labelchain_primitives::{
	CaseKind, CaseRequest, DecisionAppeals, DomainId, Eligibility, ItemIndex, Label, LabelSchema, ReviewOutcome, TaskHooks, TaskId, Tier,
};
use polkadot_sdk::{frame_support, frame_system, pallet_balances, sp_core, sp_io, sp_runtime};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};
use std::collections::BTreeMap;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Review: pallet_review,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	// The runtime's: two seconds of computation a block.
	type BlockWeights = BlockWeights;
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
	pub BlockWeights: frame_system::limits::BlockWeights = frame_system::limits::BlockWeights::simple_max(
		frame_support::weights::Weight::from_parts(2_000_000_000_000, u64::MAX),
	);
}

pub const TREASURY: AccountId = 999;
pub const ESCROW: AccountId = 998;
pub const REQUESTER: AccountId = 900;
pub const SEAT_BOND: Balance = 100;
pub const APPEAL_PER_SEAT: Balance = 50;

thread_local! {
	static TIERS: RefCell<BTreeMap<(AccountId, DomainId), Tier>> = RefCell::new(BTreeMap::new());
	static OUTCOMES: RefCell<Vec<(TaskId, ItemIndex, Option<(CaseKind, Label, Balance)>)>> = RefCell::new(Vec::new());
	static NONCE: RefCell<u64> = RefCell::new(0);
	static DECIDED: RefCell<BTreeMap<(TaskId, ItemIndex), (Vec<AccountId>, Label)>> = RefCell::new(BTreeMap::new());
	static APPEALS: RefCell<Vec<(TaskId, ItemIndex)>> = RefCell::new(Vec::new());
}

parameter_types! {
	pub storage AuditShare: Perbill = Perbill::from_percent(5);
	pub storage InitialPanel: u32 = 3;
	pub storage MaxRounds: u32 = 3;
	pub storage FallbackDomain: Option<DomainId> = Some(0);
	pub const Treasury: AccountId = TREASURY;
}

/// Tiers the tests set.
pub struct MockTiers;
impl Eligibility<AccountId> for MockTiers {
	fn tier_in(who: &AccountId, domain: DomainId) -> Tier {
		TIERS.with(|t| t.borrow().get(&(*who, domain)).copied().unwrap_or(0))
	}
}
pub fn set_tier(who: AccountId, domain: DomainId, tier: Tier) {
	TIERS.with(|t| t.borrow_mut().insert((who, domain), tier));
}

/// Randomness from the subject, the block and a nonce the tests may move (so that a test can
/// draw many times in one block).
pub struct MockRandomness;
impl frame_support::traits::Randomness<sp_core::H256, u64> for MockRandomness {
	fn random(subject: &[u8]) -> (sp_core::H256, u64) {
		let block = System::block_number();
		let nonce = NONCE.with(|n| *n.borrow());
		let hash = sp_io::hashing::blake2_256(&codec::Encode::encode(&(subject, block, nonce)));
		(sp_core::H256(hash), block)
	}
}
pub fn bump_randomness() {
	NONCE.with(|n| *n.borrow_mut() += 1);
}

/// An escrow account that pays panel fees.
pub struct MockEscrow;
impl TaskHooks<AccountId> for MockEscrow {
	type Balance = Balance;
	fn note_commitments(_: TaskId, _: u32) -> DispatchResult {
		Ok(())
	}
	fn pay_reward(_: TaskId, to: &AccountId, amount: Balance) -> DispatchResult {
		<Balances as Mutate<AccountId>>::transfer(&ESCROW, to, amount, frame_support::traits::tokens::Preservation::Expendable)
			.map(|_| ())
	}
	fn note_item_finalized(_: TaskId, _: ItemIndex) -> DispatchResult {
		Ok(())
	}
	fn note_finalization_done(_: TaskId) -> DispatchResult {
		Ok(())
	}
	fn forfeit_gold_item(_: TaskId, _: ItemIndex, _: &[AccountId]) -> Result<Balance, DispatchError> {
		Ok(0)
	}
	fn note_submission(_: TaskId, _: ItemIndex, _: &AccountId, _: polkadot_sdk::sp_core::H256) -> DispatchResult {
		Ok(())
	}
	fn open_review(_: TaskId) -> Result<Option<TaskId>, DispatchError> {
		Ok(None)
	}
	fn rate_submission(
		_: TaskId,
		_: ItemIndex,
		_: Option<polkadot_sdk::sp_runtime::Perbill>,
	) -> Result<Option<labelchain_primitives::AuthorPay<AccountId, Balance>>, DispatchError> {
		Ok(None)
	}
}

/// Consensus: records the outcomes.
pub struct MockOutcome;
impl ReviewOutcome<AccountId, Balance> for MockOutcome {
	fn decided(task: TaskId, item: ItemIndex, kind: CaseKind, label: Label, fee_paid: Balance) -> DispatchResult {
		OUTCOMES.with(|o| o.borrow_mut().push((task, item, Some((kind, label, fee_paid)))));
		Ok(())
	}
	fn undecided(task: TaskId, item: ItemIndex, _: CaseKind) -> DispatchResult {
		OUTCOMES.with(|o| o.borrow_mut().push((task, item, None)));
		Ok(())
	}
}
pub fn outcomes() -> Vec<(TaskId, ItemIndex, Option<(CaseKind, Label, Balance)>)> {
	OUTCOMES.with(|o| o.borrow().clone())
}

/// Consensus's vote decisions of task 1 that may be appealed.
pub struct MockDecisions;
impl DecisionAppeals<AccountId, Balance> for MockDecisions {
	fn appealable(task: TaskId, item: ItemIndex) -> Result<CaseRequest<AccountId, Balance>, DispatchError> {
		let (labelers, label) =
			DECIDED.with(|d| d.borrow().get(&(task, item)).cloned()).ok_or(DispatchError::Other("not appealable"))?;
		Ok(CaseRequest { vote_label: Some(label), reward: 0, task_tier: 0, ..request(item, CaseKind::Appeal, labelers) })
	}
	fn appeal_opened(task: TaskId, item: ItemIndex) -> DispatchResult {
		APPEALS.with(|a| a.borrow_mut().push((task, item)));
		Ok(())
	}
}
/// Item `item` of task 1 was decided `label` by the vote of `labelers`.
pub fn decided_by_vote(item: ItemIndex, labelers: Vec<AccountId>, label: Label) {
	DECIDED.with(|d| d.borrow_mut().insert((1, item), (labelers, label)));
}
pub fn appeals_opened() -> Vec<(TaskId, ItemIndex)> {
	APPEALS.with(|a| a.borrow().clone())
}

impl pallet_review::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Eligibility = MockTiers;
	type Randomness = MockRandomness;
	type Escrow = MockEscrow;
	type Outcome = MockOutcome;
	type Decisions = MockDecisions;
	type OutcomeWeight = ();
	type FallbackOrigin = frame_system::EnsureRoot<AccountId>;
	type Treasury = Treasury;
	type AuditShare = AuditShare;
	type MinJurorTier = frame_support::traits::ConstU8<3>;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type FallbackDomain = FallbackDomain;
	type MinJurorStake = ConstU128<1_000>;
	type SeatBond = ConstU128<SEAT_BOND>;
	type InitialPanel = InitialPanel;
	type MaxRounds = MaxRounds;
	type PanelFee = PanelFee;
	type AppealDepositPerSeat = ConstU128<APPEAL_PER_SEAT>;
	type NoShowSlash = NoShowSlash;
	type IncoherenceSlash = IncoherenceSlash;
	type CommitPeriod = frame_support::traits::ConstU64<10>;
	type RevealPeriod = frame_support::traits::ConstU64<10>;
	type AppealPeriod = frame_support::traits::ConstU64<10>;
	type GovernancePeriod = frame_support::traits::ConstU64<20>;
	type DrawPeriod = frame_support::traits::ConstU64<5>;
	type MaxPanelSeats = ConstU32<31>;
	type MaxParties = ConstU32<16>;
	type MaxStepsPerBlock = ConstU32<8>;
	type MaxPoolJurors = ConstU32<100_000>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

parameter_types! {
	pub const PanelFee: Perbill = Perbill::from_percent(30);
	pub const NoShowSlash: Perbill = Perbill::from_percent(100);
	pub const IncoherenceSlash: Perbill = Perbill::from_percent(50);
}

/// Funds for everyone the tests use, and the escrow's.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> = (1..=200).map(|who| (who, 1_000_000)).collect();
	balances.extend([(TREASURY, 1), (ESCROW, 1_000_000), (REQUESTER, 1_000_000)]);
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		TIERS.with(|t| t.borrow_mut().clear());
		OUTCOMES.with(|o| o.borrow_mut().clear());
		NONCE.with(|n| *n.borrow_mut() = 0);
	});
	ext
}

/// A case request on item `item` of task 1 in domain 1 (task tier 1), labeled by `labelers`.
pub fn request(item: ItemIndex, kind: CaseKind, labelers: Vec<AccountId>) -> CaseRequest<AccountId, Balance> {
	CaseRequest {
		task: 1,
		item,
		kind,
		domain: 1,
		task_tier: 1,
		schema: LabelSchema::Categorical { classes: 3 },
		requester: REQUESTER,
		labelers,
		vote_label: Some(Label::Class(0)),
		reward: 1_000,
	}
}

/// Runs blocks up to and including `n`, with the review pallet's hook.
pub fn run_to(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Review::on_initialize(next);
		Review::do_try_state().expect("invariants hold");
	}
}

/// Benchmark set-up in the mock: tiers are set, the escrow is an account.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, Balance> for MockHelper {
	fn make_juror(who: &AccountId, domain: DomainId) {
		set_tier(*who, domain, 1);
	}
	fn task_with_escrow(_: &AccountId) -> (TaskId, Balance) {
		(1, 1_000)
	}
	fn decided_item() -> (TaskId, ItemIndex, DomainId, AccountId) {
		let labelers: Vec<AccountId> = (900..915).collect();
		decided_by_vote(9, labelers, Label::Class(0));
		// The mock's requests are of domain 1.
		(1, 9, 1, 900)
	}
}
