//! The real runtime from the `development` preset's genesis, blocks driven by hand, and every
//! pallet's invariants checked after every block.

use labelchain_primitives::{merkle, Label, LabelSchema, TaskId};
use labelchain_runtime::{
	configs::parameters::tiers, genesis_config_presets, AccountId, AllPalletsWithSystem, Assignment, Balance,
	Balances, BlockNumber, Labels, Runtime, RuntimeOrigin, System, Tasks, Tiers, UNIT,
};
use polkadot_sdk::{
	frame_support::{
		assert_ok,
		traits::{fungible::Mutate, Get, OnFinalize, OnIdle, OnInitialize},
		weights::Weight,
	},
	sp_core::H256,
	sp_io,
};

/// The development chain's genesis state (the preset's JSON patch over the default config),
/// at block 1.
pub fn dev_chain() -> sp_io::TestExternalities {
	let storage = genesis_config_presets::development_storage().expect("the development genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Every labeling pallet's invariants (what `try_state` checks).
pub fn check_invariants() {
	let at = System::block_number();
	let checks: [(&str, fn() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError>); 7] = [
		("tasks", pallet_tasks::Pallet::<Runtime>::do_try_state),
		("tiers", pallet_tiers::Pallet::<Runtime>::do_try_state),
		("labels", pallet_labels::Pallet::<Runtime>::do_try_state),
		("consensus", pallet_consensus::Pallet::<Runtime>::do_try_state),
		("reputation", pallet_reputation::Pallet::<Runtime>::do_try_state),
		("review", pallet_review::Pallet::<Runtime>::do_try_state),
		("assignment", pallet_assignment::Pallet::<Runtime>::do_try_state),
	];
	for (pallet, check) in checks {
		if let Err(e) = check() {
			panic!("{pallet} invariant broken at block {at}: {e:?}");
		}
	}
}

/// A block's weight as the node gives `on_idle` after an empty block: the normal class's
/// limit, less what `on_initialize` used.
fn idle_weight() -> Weight {
	let weights = <Runtime as polkadot_sdk::frame_system::Config>::BlockWeights::get();
	weights.max_block.saturating_sub(System::block_weight().total())
}

/// Runs the blocks up to `n`, checking the invariants after each.
pub fn run_to(n: BlockNumber) {
	advance(n, true)
}

/// Runs the blocks up to `n`, checking the invariants only at the end (for large states).
pub fn run_to_unchecked(n: BlockNumber) {
	advance(n, false);
	check_invariants();
}

fn advance(n: BlockNumber, check_each: bool) {
	while System::block_number() < n {
		let now = System::block_number();
		// The fee multiplier and the congestion log follow the block's fullness (the other
		// pallets' `on_finalize` want a timestamp and an Aura slot, which these blocks do not
		// have).
		<labelchain_runtime::TransactionPayment as OnFinalize<BlockNumber>>::on_finalize(now);
		<Tasks as OnFinalize<BlockNumber>>::on_finalize(now);
		let next = now + 1;
		System::reset_events();
		System::initialize(&next, &System::parent_hash(), &Default::default());
		<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(next);
		<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(next, idle_weight());
		if check_each {
			check_invariants();
		}
	}
}

/// Runs blocks until `done` holds (checked after each block) or `limit` blocks passed; the
/// block at which it held.
pub fn run_until(limit: BlockNumber, done: impl Fn() -> bool) -> Option<BlockNumber> {
	let end = System::block_number() + limit;
	while System::block_number() < end {
		if done() {
			return Some(System::block_number());
		}
		run_to(System::block_number() + 1);
	}
	done().then(System::block_number)
}

pub fn who(name: &str) -> AccountId {
	use polkadot_sdk::sp_core::{sr25519, Pair};
	AccountId::from(sr25519::Pair::from_string(&format!("//{name}"), None).expect("dev uri").public())
}

pub fn signed(name: &str) -> RuntimeOrigin {
	RuntimeOrigin::signed(who(name))
}

pub fn free(name: &str) -> Balance {
	Balances::free_balance(who(name))
}

/// The domain of the suite's tasks.
pub const DOMAIN: labelchain_primitives::DomainId = 1;

/// Gives `name` `amount`, bonds `stake` of it and, with a tier, joins the pool of the suite's
/// domain (work is dealt from it from the next block on).
pub fn labeler(name: &str, amount: Balance, stake: Balance) {
	bonded(name, amount, stake);
	if <Tiers as labelchain_primitives::Eligibility<AccountId>>::tier_in(&who(name), DOMAIN) > 0 {
		assert_ok!(Assignment::join_pool(signed(name), DOMAIN));
	}
}

/// Gives `name` `amount` and bonds `stake` of it, without joining a pool (a juror).
pub fn bonded(name: &str, amount: Balance, stake: Balance) {
	assert_ok!(Balances::mint_into(&who(name), amount));
	assert_ok!(Tiers::bond(signed(name), stake));
}

/// Whether `name` was dealt a seat on the items of `item`'s chunk.
pub fn dealt(name: &str, task: TaskId, item: u32) -> bool {
	use labelchain_primitives::WorkDealing;
	Assignment::holds_seat(task, Labels::chunk_of(item), &who(name))
}

/// Runs blocks until the chunk of `item` is dealt to `name` (seats are dealt from the block
/// after a task opens); panics if it is not within a few blocks.
pub fn await_seat(name: &str, task: TaskId, item: u32) {
	if run_until(5, || dealt(name, task, item)).is_none() {
		let holders: Vec<AccountId> = pallet_assignment::Deals::<Runtime>::get(task, Labels::chunk_of(item))
			.into_iter()
			.map(|s| s.holder)
			.collect();
		panic!("{name} was not dealt item {item} of task {task}; holders {holders:?}");
	}
}

pub fn novice_stake() -> Balance {
	tiers::Thresholds::get()[0].min_stake
}

pub fn funded(name: &str, amount: Balance) {
	assert_ok!(Balances::mint_into(&who(name), amount));
}

pub fn item_hash(i: u32) -> H256 {
	labelchain_primitives::numbered_hash(i as u64)
}

/// A task of `items` listed items (at most 64) or, above that, a Merkle tree over
/// `item_hash(0..items)` (a made-up root for huge tasks: batches take no item proofs).
pub struct TaskPlan {
	pub items: u32,
	pub redundancy: u8,
	pub reward: Balance,
	pub commit_blocks: BlockNumber,
	pub reveal_blocks: BlockNumber,
}

impl Default for TaskPlan {
	fn default() -> Self {
		TaskPlan { items: 3, redundancy: 3, reward: 3 * UNIT, commit_blocks: 5, reveal_blocks: 10 }
	}
}

/// The spec of a task as `plan` says, created now, with no gold.
pub fn task_spec(plan: &TaskPlan) -> pallet_tasks::TaskSpecOf<Runtime> {
	let now = System::block_number();
	let items = if plan.items <= 64 {
		pallet_tasks::ItemsSpec::List((0..plan.items).map(item_hash).collect())
	} else {
		pallet_tasks::ItemsSpec::Merkle { root: H256::repeat_byte(0xab), count: plan.items }
	};
	pallet_tasks::TaskSpec {
		manifest_hash: H256::repeat_byte(1),
		manifest_uri: Vec::new(),
		domain: 1,
		schema: LabelSchema::Categorical { classes: 2 },
		items,
		redundancy: plan.redundancy,
		min_tier: 0,
		commit_deadline: now + plan.commit_blocks,
		reveal_deadline: now + plan.commit_blocks + plan.reveal_blocks,
		reward_per_item: plan.reward,
		gold: None,
		quorum: None,
		threshold: None,
	}
}

pub fn create_task(requester: &str, plan: TaskPlan) -> TaskId {
	let task = pallet_tasks::NextTaskId::<Runtime>::get();
	assert_ok!(Tasks::create_task(signed(requester), task_spec(&plan)));
	task
}

/// The salt of every gold commitment in the suite.
pub const GOLD_SALT: [u8; 32] = [3u8; 32];

/// A task as `plan` says whose gold answers are `answers` (sorted by item).
pub fn create_gold_task(requester: &str, plan: TaskPlan, answers: &[(u32, Label)]) -> TaskId {
	let task = pallet_tasks::NextTaskId::<Runtime>::get();
	let gold = pallet_tasks::GoldSpec {
		commitment: pallet_tasks::gold_commitment(task, answers, &GOLD_SALT),
		count: answers.len() as u32,
	};
	assert_ok!(Tasks::create_task(signed(requester), pallet_tasks::TaskSpec { gold: Some(gold), ..task_spec(&plan) }));
	task
}

/// The requester reveals the gold answers of [`create_gold_task`].
pub fn reveal_gold(requester: &str, task: TaskId, answers: &[(u32, Label)]) {
	assert_ok!(Tasks::reveal_gold(signed(requester), task, answers.to_vec(), GOLD_SALT));
}

pub fn salt(name: &str, item: u32) -> [u8; 32] {
	polkadot_sdk::sp_io::hashing::blake2_256(&codec::Encode::encode(&(name, item)))
}

/// `name` commits `label` to a listed item.
pub fn commit(name: &str, task: TaskId, item: u32, label: u16) {
	await_seat(name, task, item);
	let c = Labels::commitment_of(&who(name), task, item, &Label::Class(label), &salt(name, item));
	assert_ok!(Labels::commit(signed(name), task, item, item_hash(item), Vec::new(), c));
}

pub fn reveal(name: &str, task: TaskId, item: u32, label: u16) {
	assert_ok!(Labels::reveal(signed(name), task, item, Label::Class(label), salt(name, item)));
}

/// `name` commits `label` for every item of the chunk `first .. first + count` in one batch.
pub fn commit_batch(name: &str, task: TaskId, first: u32, count: u32, label: u16) {
	await_seat(name, task, first);
	let leaves: Vec<H256> = (first..first + count)
		.map(|i| Labels::commitment_of(&who(name), task, i, &Label::Class(label), &salt(name, i)))
		.collect();
	assert_ok!(Labels::commit_batch(signed(name), task, first, count, merkle::root(leaves)));
}

/// Reveals the whole batch committed by [`commit_batch`].
pub fn reveal_batch(name: &str, task: TaskId, first: u32, count: u32, label: u16) {
	let leaves = (first..first + count)
		.map(|i| pallet_labels::BatchLeaf { item: i, label: Label::Class(label), salt: salt(name, i), proof: Vec::new() })
		.collect();
	assert_ok!(Labels::reveal_batch(signed(name), task, leaves));
}

pub fn finalized(task: TaskId, item: u32) -> bool {
	pallet_consensus::Results::<Runtime>::contains_key(task, item)
}

/// Blocks a task's vote decisions stay open to appeal after its decision walk (it settles
/// after them).
pub fn appeal_window() -> BlockNumber {
	<labelchain_runtime::configs::parameters::review::DecisionAppealPeriod as polkadot_sdk::frame_support::traits::Get<BlockNumber>>::get()
}

pub fn settled(task: TaskId) -> bool {
	pallet_tasks::Tasks::<Runtime>::get(task).is_some_and(|t| t.state == pallet_tasks::TaskState::Settled)
}

pub fn reveal_deadline(task: TaskId) -> BlockNumber {
	pallet_tasks::Tasks::<Runtime>::get(task).expect("task").reveal_deadline
}

pub const LBL: Balance = UNIT;

/// Sets a governed parameter as root through the bounds check.
pub fn set_parameter(change: labelchain_runtime::RuntimeParameters) {
	assert_ok!(labelchain_runtime::Governance::set_parameter(RuntimeOrigin::root(), change));
}

/// A short unbonding period, so that tests can wait it out.
pub fn short_unbonding(blocks: BlockNumber) {
	set_parameter(labelchain_runtime::RuntimeParameters::Tiers(tiers::Parameters::UnbondingPeriod(
		tiers::UnbondingPeriod,
		Some(blocks),
	)));
}

/// What the chain charges to include `call` in a block now (length, weight and the fee
/// multiplier; no tip), as a transaction sent by an attacker would pay.
pub fn fee_of(call: &labelchain_runtime::RuntimeCall) -> Balance {
	use codec::Encode;
	use polkadot_sdk::frame_support::dispatch::GetDispatchInfo;
	// A signed extrinsic adds about 110 bytes (address, signature, extensions) to the call.
	let len = call.encoded_size() as u32 + 110;
	polkadot_sdk::pallet_transaction_payment::Pallet::<Runtime>::compute_fee(len, &call.get_dispatch_info(), 0)
}
