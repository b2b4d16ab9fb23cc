//! The fuzzer: drives the real runtime (development genesis) with random, seeded sequences of
//! signed extrinsics — every labeling call, transfers, stake, referenda, votes and delegations,
//! badge burns — from 24 accounts acting as requesters, labelers and sybils, with well-formed
//! arguments mostly and malformed ones often. Every extrinsic goes through `Executive`
//! (signature, nonce, fees, weight, call filter). After every block it checks:
//! - nothing panicked (a panic fails the test with the seed and the call);
//! - every labeling pallet's `try_state` (holds match obligations: escrow, gold deposits, stake
//!   locked for open bonds, ...);
//! - total issuance changed only by the named sinks: transaction fees (burnt) and dust;
//! - the block's weight, per class and in all, within its limits.
//!
//! `FUZZ_CALLS` (default 100,000) and `FUZZ_SEED` (default 1) set the run;
//! `scripts/fuzz.sh --calls N --seed S` runs it.

#[allow(dead_code)]
#[path = "attacks/common.rs"]
mod common;

use codec::Encode;
use common::{check_invariants, dev_chain};
use labelchain_primitives::{merkle, Label, LabelSchema, TaskId};
use labelchain_runtime::{
	AccountId, AllPalletsWithSystem, Balance, Balances, BlockNumber, Executive, Labels, Runtime,
	RuntimeCall, RuntimeEvent, SignedPayload, System, TxExtension, UncheckedExtrinsic, UNIT,
};
use polkadot_sdk::{
	frame_support::{
		dispatch::DispatchClass,
		traits::{fungible::Mutate, OnFinalize, OnIdle, OnInitialize},
	},
	frame_system, pallet_balances, pallet_conviction_voting, pallet_nfts, pallet_referenda,
	pallet_transaction_payment,
	sp_core::{sr25519, Pair, H256},
	sp_runtime::{generic::Era, MultiAddress, MultiSignature},
};
use rand::{rngs::StdRng, Rng, SeedableRng};
use std::collections::BTreeMap;

const ACCOUNTS: usize = 24;
const START_FUNDS: Balance = 1_000_000 * UNIT;

/// A task the fuzzer created (or tried to): what it needs to make valid calls on it.
#[derive(Clone)]
struct TaskMemo {
	id: TaskId,
	requester: usize,
	items: u32,
	classes: u16,
	listed: bool,
	gold: Vec<(u32, Label)>,
	gold_salt: [u8; 32],
}

/// A single commitment the fuzzer made: enough to reveal or leak it.
#[derive(Clone)]
struct SingleMemo {
	labeler: usize,
	task: TaskId,
	item: u32,
	label: Label,
	salt: [u8; 32],
}

/// A batch commitment the fuzzer made.
#[derive(Clone)]
struct BatchMemo {
	labeler: usize,
	task: TaskId,
	first: u32,
	labels: Vec<Label>,
	salts: Vec<[u8; 32]>,
}

struct Fuzzer {
	rng: StdRng,
	pairs: Vec<sr25519::Pair>,
	accounts: Vec<AccountId>,
	tasks: Vec<TaskMemo>,
	singles: Vec<SingleMemo>,
	batches: Vec<BatchMemo>,
	/// Outcomes per call kind: (applied ok, dispatch error, refused by validity).
	outcomes: BTreeMap<&'static str, (u32, u32, u32)>,
	/// Who signs the call being built instead of the random signer (a task's requester).
	signer_override: Option<usize>,
}

fn item_hash(i: u32) -> H256 {
	labelchain_primitives::numbered_hash(i as u64)
}

impl Fuzzer {
	fn new(seed: u64) -> Self {
		let pairs: Vec<sr25519::Pair> =
			(0..ACCOUNTS).map(|i| sr25519::Pair::from_string(&format!("//fuzz{i}"), None).expect("uri")).collect();
		let accounts = pairs.iter().map(|p| AccountId::from(p.public())).collect();
		Fuzzer {
			rng: StdRng::seed_from_u64(seed),
			pairs,
			accounts,
			tasks: Vec::new(),
			singles: Vec::new(),
			batches: Vec::new(),
			outcomes: BTreeMap::new(),
			signer_override: None,
		}
	}

	fn account(&mut self) -> usize {
		self.rng.gen_range(0..ACCOUNTS)
	}

	fn any_account(&mut self) -> AccountId {
		let i = self.account();
		self.accounts[i].clone()
	}

	fn salt(&mut self) -> [u8; 32] {
		self.rng.gen()
	}

	/// An amount: mostly plausible, sometimes zero, dust or more than anyone has.
	fn amount(&mut self) -> Balance {
		match self.rng.gen_range(0..10) {
			0 => 0,
			1 => self.rng.gen_range(1..1_000),
			2 => Balance::MAX,
			3 => START_FUNDS,
			_ => self.rng.gen_range(1..2_000) * UNIT,
		}
	}

	/// The phase of a task now (`None` if it does not exist).
	fn phase(task: TaskId) -> Option<labelchain_primitives::TaskPhase> {
		pallet_tasks::Tasks::<Runtime>::get(task).map(|t| pallet_tasks::Pallet::<Runtime>::phase_at(&t, System::block_number()))
	}

	/// A task in `phase` mostly, any known task otherwise.
	fn task_in(&mut self, phase: labelchain_primitives::TaskPhase) -> Option<TaskMemo> {
		if self.rng.gen_bool(0.85) {
			let candidates: Vec<TaskMemo> =
				self.tasks.iter().rev().take(60).filter(|t| Self::phase(t.id) == Some(phase)).cloned().collect();
			if !candidates.is_empty() {
				return candidates.get(self.rng.gen_range(0..candidates.len())).cloned();
			}
		}
		self.some_task()
	}

	/// A memo index whose task is in its reveal window mostly.
	fn revealable<M>(&mut self, memos: &[M], task_of: impl Fn(&M) -> TaskId) -> Option<usize> {
		if memos.is_empty() {
			return None;
		}
		if self.rng.gen_bool(0.85) {
			let open: Vec<usize> = (0..memos.len())
				.rev()
				.take(400)
				.filter(|&i| Self::phase(task_of(&memos[i])) == Some(labelchain_primitives::TaskPhase::Revealing))
				.collect();
			if !open.is_empty() {
				return open.get(self.rng.gen_range(0..open.len())).copied();
			}
		}
		Some(self.rng.gen_range(0..memos.len()))
	}

	fn some_task(&mut self) -> Option<TaskMemo> {
		if self.tasks.is_empty() {
			return None;
		}
		// Recent tasks more often: they are the ones still open.
		let n = self.tasks.len();
		let back = (self.rng.gen::<f64>().powi(3) * n as f64) as usize;
		self.tasks.get(n - 1 - back.min(n - 1)).cloned()
	}

	fn task_id(&mut self) -> TaskId {
		match self.some_task() {
			Some(t) if self.rng.gen_bool(0.9) => t.id,
			_ => self.rng.gen_range(0..1_000),
		}
	}

	fn label(&mut self, classes: u16) -> Label {
		if self.rng.gen_bool(0.03) {
			Label::Digest(H256(self.rng.gen()))
		} else if self.rng.gen_bool(0.03) {
			Label::Class(classes + self.rng.gen_range(0..3))
		} else {
			Label::Class(self.rng.gen_range(0..classes.max(1)))
		}
	}

	/// One call, signed by whom, named for the statistics.
	fn next_call(&mut self) -> (usize, &'static str, RuntimeCall) {
		let signer = self.account();
		let roll = self.rng.gen_range(0..108);
		let (name, call) = match roll {
			0..=7 => ("create_task", self.create_task(signer)),
			8..=25 => ("commit", self.commit(signer)),
			26..=30 => ("commit_batch", self.commit_batch(signer)),
			31..=46 => ("reveal", self.reveal(signer)),
			47..=51 => ("reveal_batch", self.reveal_batch(signer)),
			52..=53 => ("report_leak", self.report_leak(signer)),
			54..=56 => ("reveal_gold", self.reveal_gold(signer)),
			57..=58 => ("cancel_task", self.cancel_task()),
			59..=60 => ("settle", RuntimeCall::Tasks(pallet_tasks::Call::settle { task: self.task_id() })),
			61..=62 => ("finalize", RuntimeCall::Consensus(pallet_consensus::Call::finalize {
				task: self.task_id(),
				from_item: self.rng.gen_range(0..300),
				max_items: self.rng.gen_range(0..64),
			})),
			63 => ("close_escalation", self.close_escalation()),
			64 => ("resolve_escalation", RuntimeCall::Consensus(pallet_consensus::Call::resolve_escalation {
				task: self.task_id(),
				item: self.rng.gen_range(0..50),
				label: Label::Class(0),
			})),
			65..=69 => ("bond", RuntimeCall::Tiers(pallet_tiers::Call::bond { amount: self.amount() })),
			70..=71 => ("unbond", RuntimeCall::Tiers(pallet_tiers::Call::unbond { amount: self.amount() })),
			72 => ("withdraw_unbonded", RuntimeCall::Tiers(pallet_tiers::Call::withdraw_unbonded {})),
			73 => ("refresh_tier", RuntimeCall::Tiers(pallet_tiers::Call::refresh_tier { who: self.any_account() })),
			74..=79 => ("transfer", self.transfer()),
			80..=82 => ("delegate", self.delegate()),
			83 => ("undelegate", RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::undelegate {
				class: self.rng.gen_range(0..3),
			})),
			84..=85 => ("vote", self.vote()),
			86 => ("submit_referendum", self.submit_referendum()),
			87 => ("unlock", RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::unlock {
				class: self.rng.gen_range(0..3),
				target: MultiAddress::Id(self.any_account()),
			})),
			88 => ("burn_badge", self.burn_badge()),
			89 => ("set_parameter", RuntimeCall::Governance(pallet_governance::Call::set_parameter {
				change: labelchain_runtime::RuntimeParameters::Consensus(
					labelchain_runtime::configs::parameters::consensus::Parameters::Quorum(
						labelchain_runtime::configs::parameters::consensus::Quorum,
						Some(1),
					),
				),
			})),
			90..=94 => ("commit_singles", self.commit_singles(signer)),
			95..=99 => ("reveal_singles", self.reveal_singles(signer)),
			100 => ("join_court", RuntimeCall::Review(pallet_review::Call::join_court {
				domain: self.rng.gen_range(0..3),
				amount: self.amount(),
			})),
			101 => ("leave_court", RuntimeCall::Review(pallet_review::Call::leave_court { domain: self.rng.gen_range(0..3) })),
			102 => ("commit_verdict", self.court_vote(true)),
			103 => ("reveal_verdict", self.court_vote(false)),
			104 => ("appeal", self.appeal()),
			105 => ("appeal_decision", self.appeal_decision()),
			106 => ("join_pool", RuntimeCall::Assignment(pallet_assignment::Call::join_pool { domain: self.rng.gen_range(0..3) })),
			_ => ("leave_pool", RuntimeCall::Assignment(pallet_assignment::Call::leave_pool { domain: self.rng.gen_range(0..3) })),
		};
		// Labeling calls come mostly from the holders of the seats they commit on (dealt by lot;
		// chosen in the commit functions), else from the accounts that bonded at the start.
		let signer = match self.signer_override.take() {
			Some(chosen) => chosen,
			None if name.starts_with("commit") && self.rng.gen_bool(0.7) => signer % (ACCOUNTS / 2),
			None => signer,
		};
		(signer, name, call)
	}

	fn create_task(&mut self, signer: usize) -> RuntimeCall {
		let now = System::block_number();
		let items = match self.rng.gen_range(0..10) {
			0 => 0,
			1..=2 => self.rng.gen_range(65..400),
			_ => self.rng.gen_range(1..40),
		};
		let listed = items <= 64;
		let classes = self.rng.gen_range(2..5);
		let gold_count = if self.rng.gen_bool(0.3) {
			match self.rng.gen_range(0..5) {
				0 => items,
				1 => items / 5 + 1,
				_ => (items / 10).max(1),
			}
		} else {
			0
		};
		let gold: Vec<(u32, Label)> = {
			let step = (items / gold_count.max(1)).max(1);
			(0..gold_count).map(|i| (i * step, self.label(classes))).collect()
		};
		let gold_salt = self.salt();
		let id = pallet_tasks::NextTaskId::<Runtime>::get();
		let commit_blocks: BlockNumber = self.rng.gen_range(0..10);
		let reveal_blocks: BlockNumber = if self.rng.gen_bool(0.1) { self.rng.gen_range(0..10) } else { self.rng.gen_range(10..20) };
		let reward = match self.rng.gen_range(0..6) {
			0 => 0,
			1 => 1,
			2 => UNIT / 100,
			_ => self.rng.gen_range(1..5) * UNIT,
		};
		let spec = pallet_tasks::TaskSpec {
			manifest_hash: H256::repeat_byte(1),
			manifest_uri: vec![b'x'; self.rng.gen_range(0..4) * 40],
			domain: self.rng.gen_range(0..3),
			schema: LabelSchema::Categorical { classes },
			items: if listed {
				pallet_tasks::ItemsSpec::List((0..items).map(item_hash).collect())
			} else {
				pallet_tasks::ItemsSpec::Merkle { root: merkle::root((0..items).map(item_hash).collect::<Vec<_>>()), count: items }
			},
			redundancy: self.rng.gen_range(0..5),
			min_tier: if self.rng.gen_bool(0.9) { 0 } else { self.rng.gen_range(1..6) },
			commit_deadline: now + commit_blocks,
			reveal_deadline: now + commit_blocks + reveal_blocks,
			reward_per_item: reward,
			gold: (gold_count > 0).then(|| pallet_tasks::GoldSpec {
				commitment: pallet_tasks::gold_commitment(id, &gold, &gold_salt),
				count: gold_count,
			}),
			quorum: None,
			threshold: None,
		};
		self.tasks.push(TaskMemo { id, requester: signer, items, classes, listed, gold, gold_salt });
		if self.tasks.len() > 400 {
			self.tasks.remove(0);
		}
		RuntimeCall::Tasks(pallet_tasks::Call::create_task { spec })
	}

	fn proof_of(&self, task: &TaskMemo, item: u32) -> Vec<H256> {
		if task.listed || item >= task.items {
			Vec::new()
		} else {
			merkle::proof(&(0..task.items).map(item_hash).collect::<Vec<_>>(), item)
		}
	}

	/// Mostly a holder of a seat dealt on the chunk (set as the signer), else `signer`.
	fn seat_holder(&mut self, signer: usize, task: u64, chunk: u32) -> usize {
		let holders: Vec<_> = pallet_assignment::Deals::<Runtime>::get(task, chunk).into_iter().filter(|s| s.held()).collect();
		if holders.is_empty() || self.rng.gen_bool(0.2) {
			return signer;
		}
		let holder = &holders[self.rng.gen_range(0..holders.len())].holder;
		match self.accounts.iter().position(|a| a == holder) {
			Some(index) => {
				self.signer_override = Some(index);
				index
			},
			None => signer,
		}
	}

	fn commit(&mut self, signer: usize) -> RuntimeCall {
		let Some(task) = self.task_in(labelchain_primitives::TaskPhase::Open) else { return self.transfer() };
		let item = if self.rng.gen_bool(0.05) { task.items + self.rng.gen_range(0..3) } else { self.rng.gen_range(0..task.items.max(1)) };
		let signer = self.seat_holder(signer, task.id, item / 128);
		let label = self.label(task.classes);
		let salt = self.salt();
		let who = self.accounts[signer].clone();
		let commitment = if self.rng.gen_bool(0.05) {
			H256(self.rng.gen())
		} else {
			Labels::commitment_of(&who, task.id, item, &label, &salt)
		};
		let proof = self.proof_of(&task, item);
		let item_hash = if self.rng.gen_bool(0.03) { H256::zero() } else { item_hash(item) };
		self.singles.push(SingleMemo { labeler: signer, task: task.id, item, label, salt });
		self.trim();
		RuntimeCall::Labels(pallet_labels::Call::commit { task: task.id, item, item_hash, proof, commitment })
	}

	fn commit_singles(&mut self, signer: usize) -> RuntimeCall {
		let Some(task) = self.task_in(labelchain_primitives::TaskPhase::Open) else { return self.transfer() };
		let chunk = self.rng.gen_range(0..task.items.div_ceil(128).max(1));
		let signer = self.seat_holder(signer, task.id, chunk);
		let who = self.accounts[signer].clone();
		let count = self.rng.gen_range(0..6);
		let mut commits = Vec::new();
		for _ in 0..count {
			let item = (chunk * 128 + self.rng.gen_range(0..128)).min(task.items.saturating_sub(1));
			let label = self.label(task.classes);
			let salt = self.salt();
			commits.push(pallet_labels::SingleCommit {
				item,
				item_hash: item_hash(item),
				commitment: Labels::commitment_of(&who, task.id, item, &label, &salt),
			});
			self.singles.push(SingleMemo { labeler: signer, task: task.id, item, label, salt });
		}
		self.trim();
		// Listed tasks need no proof; Merkle tasks take a multi-proof, which the fuzzer leaves
		// empty (refused unless the items happen to need none).
		RuntimeCall::Labels(pallet_labels::Call::commit_singles { task: task.id, commits, proof: Vec::new() })
	}

	fn commit_batch(&mut self, signer: usize) -> RuntimeCall {
		let Some(task) = self.task_in(labelchain_primitives::TaskPhase::Open) else { return self.transfer() };
		let chunks = task.items.div_ceil(128).max(1);
		let mut first = self.rng.gen_range(0..chunks) * 128;
		if self.rng.gen_bool(0.05) {
			first += self.rng.gen_range(1..5);
		}
		let mut count = task.items.saturating_sub(first).min(128);
		if self.rng.gen_bool(0.05) {
			count = self.rng.gen_range(0..200);
		}
		let signer = self.seat_holder(signer, task.id, first / 128);
		let who = self.accounts[signer].clone();
		let labels: Vec<Label> = (0..count).map(|_| self.label(task.classes)).collect();
		let salts: Vec<[u8; 32]> = (0..count).map(|_| self.salt()).collect();
		let leaves: Vec<H256> = (0..count)
			.map(|i| Labels::commitment_of(&who, task.id, first + i, &labels[i as usize], &salts[i as usize]))
			.collect();
		let root = merkle::root(leaves);
		self.batches.push(BatchMemo { labeler: signer, task: task.id, first, labels, salts });
		self.trim();
		RuntimeCall::Labels(pallet_labels::Call::commit_batch { task: task.id, first_item: first, count, root })
	}

	fn trim(&mut self) {
		if self.singles.len() > 4_000 {
			self.singles.drain(..1_000);
		}
		if self.batches.len() > 400 {
			self.batches.drain(..100);
		}
	}

	/// Signed by `signer` when the memo is not theirs: a reveal of someone else's commitment.
	fn reveal(&mut self, signer: usize) -> RuntimeCall {
		let singles = std::mem::take(&mut self.singles);
		let pick = self.revealable(&singles, |m| m.task);
		self.singles = singles;
		let Some(i) = pick else { return self.transfer() };
		let memo = self.singles[i].clone();
		if self.rng.gen_bool(0.9) {
			self.signer_override = Some(memo.labeler);
		}
		let _ = signer;
		let label = if self.rng.gen_bool(0.1) { Label::Class(self.rng.gen_range(0..4)) } else { memo.label };
		let salt = if self.rng.gen_bool(0.05) { self.salt() } else { memo.salt };
		RuntimeCall::Labels(pallet_labels::Call::reveal { task: memo.task, item: memo.item, label, salt })
	}

	fn reveal_singles(&mut self, signer: usize) -> RuntimeCall {
		let mine: Vec<SingleMemo> = self.singles.iter().filter(|m| m.labeler == signer).cloned().collect();
		let Some(first) = mine.last().cloned() else { return self.transfer() };
		let reveals = mine
			.iter()
			.filter(|m| m.task == first.task)
			.take(8)
			.map(|m| pallet_labels::SingleReveal { item: m.item, label: m.label, salt: m.salt })
			.collect();
		RuntimeCall::Labels(pallet_labels::Call::reveal_singles { task: first.task, reveals })
	}

	fn batch_leaves(memo: &BatchMemo, labeler: &AccountId, subset: Option<&[usize]>) -> Vec<pallet_labels::BatchLeaf> {
		let count = memo.labels.len();
		let hashes: Vec<H256> = (0..count)
			.map(|i| Labels::commitment_of(labeler, memo.task, memo.first + i as u32, &memo.labels[i], &memo.salts[i]))
			.collect();
		let all: Vec<usize> = (0..count).collect();
		let chosen = subset.unwrap_or(&all);
		chosen
			.iter()
			.map(|&i| pallet_labels::BatchLeaf {
				item: memo.first + i as u32,
				label: memo.labels[i],
				salt: memo.salts[i],
				proof: if subset.is_some() { merkle::proof(&hashes, i as u32) } else { Vec::new() },
			})
			.collect()
	}

	fn reveal_batch(&mut self, _signer: usize) -> RuntimeCall {
		let batches = std::mem::take(&mut self.batches);
		let pick = self.revealable(&batches, |m| m.task);
		self.batches = batches;
		let Some(i) = pick else { return self.transfer() };
		let memo = self.batches[i].clone();
		let labeler = self.accounts[memo.labeler].clone();
		if self.rng.gen_bool(0.9) {
			self.signer_override = Some(memo.labeler);
		}
		let leaves = if memo.labels.len() > 1 && self.rng.gen_bool(0.3) {
			let take = self.rng.gen_range(1..memo.labels.len());
			let subset: Vec<usize> = (0..take).collect();
			Self::batch_leaves(&memo, &labeler, Some(&subset))
		} else {
			Self::batch_leaves(&memo, &labeler, None)
		};
		RuntimeCall::Labels(pallet_labels::Call::reveal_batch { task: memo.task, leaves })
	}

	/// A report of someone's commitment with its real salt: a leak (or a self-report through a
	/// sybil, when the signer is the labeler's friend).
	fn report_leak(&mut self, _signer: usize) -> RuntimeCall {
		let use_batch = !self.batches.is_empty() && self.rng.gen_bool(0.4);
		if use_batch {
			let memo = self.batches[self.rng.gen_range(0..self.batches.len())].clone();
			let labeler = self.accounts[memo.labeler].clone();
			if memo.labels.is_empty() {
				return self.transfer();
			}
			let i = self.rng.gen_range(0..memo.labels.len());
			let leaf = Self::batch_leaves(&memo, &labeler, Some(&[i])).remove(0);
			return RuntimeCall::Labels(pallet_labels::Call::report_leak { task: memo.task, labeler, leaf });
		}
		if self.singles.is_empty() {
			return self.transfer();
		}
		let memo = self.singles[self.rng.gen_range(0..self.singles.len())].clone();
		let leaf = pallet_labels::BatchLeaf { item: memo.item, label: memo.label, salt: memo.salt, proof: Vec::new() };
		RuntimeCall::Labels(pallet_labels::Call::report_leak {
			task: memo.task,
			labeler: self.accounts[memo.labeler].clone(),
			leaf,
		})
	}

	fn reveal_gold(&mut self, _signer: usize) -> RuntimeCall {
		let with_gold: Vec<TaskMemo> = self.tasks.iter().filter(|t| !t.gold.is_empty()).cloned().collect();
		if with_gold.is_empty() {
			return self.transfer();
		}
		let task = with_gold[self.rng.gen_range(0..with_gold.len())].clone();
		if self.rng.gen_bool(0.9) {
			self.signer_override = Some(task.requester);
		}
		let salt = if self.rng.gen_bool(0.1) { self.salt() } else { task.gold_salt };
		RuntimeCall::Tasks(pallet_tasks::Call::reveal_gold { task: task.id, answers: task.gold.clone(), salt })
	}

	/// Mostly by the task's requester, right after creation or later.
	fn cancel_task(&mut self) -> RuntimeCall {
		let Some(task) = self.some_task() else { return self.transfer() };
		if self.rng.gen_bool(0.8) {
			self.signer_override = Some(task.requester);
		}
		RuntimeCall::Tasks(pallet_tasks::Call::cancel_task { task: task.id })
	}

	/// A seated juror of an open case commits (or reveals) its verdict, mostly when the case is
	/// in that phase; the label and salt follow from the juror and the case.
	fn court_vote(&mut self, commit: bool) -> RuntimeCall {
		let phase = if commit { pallet_review::Phase::Commit } else { pallet_review::Phase::Reveal };
		let cases: Vec<(u64, pallet_review::CaseOf<Runtime>)> = pallet_review::Cases::<Runtime>::iter()
			.filter(|(_, c)| c.phase == phase || self.rng.gen_bool(0.1))
			.take(20)
			.collect();
		let (case, round, juror) = match cases.get(self.rng.gen_range(0..cases.len().max(1))) {
			Some((id, record)) => {
				let panel = pallet_review::Panels::<Runtime>::get(id, record.round);
				let juror = panel.get(self.rng.gen_range(0..panel.len().max(1))).cloned().unwrap_or_else(|| self.any_account());
				(*id, record.round, juror)
			},
			None => (self.rng.gen_range(0..5), 0, self.any_account()),
		};
		if let Some(index) = self.accounts.iter().position(|a| *a == juror) {
			self.signer_override = Some(index);
		}
		let seed = polkadot_sdk::sp_io::hashing::blake2_256(&codec::Encode::encode(&(&juror, case)));
		let label = if self.rng.gen_bool(0.05) { self.label(3) } else { Label::Class((seed[0] % 2) as u16) };
		if commit {
			let commitment = pallet_review::verdict_commitment(case, round, &juror, &label, &seed);
			RuntimeCall::Review(pallet_review::Call::commit_verdict { case, commitment })
		} else {
			RuntimeCall::Review(pallet_review::Call::reveal_verdict { case, label, salt: seed })
		}
	}

	/// A labeler of a vote-decided item appeals its decision (sometimes anyone, any item).
	fn appeal_decision(&mut self) -> RuntimeCall {
		let decided: Vec<(TaskId, u32)> = pallet_consensus::Results::<Runtime>::iter()
			.filter(|(_, _, r)| r.decision == pallet_consensus::Decision::Consensus)
			.map(|(task, item, _)| (task, item))
			.take(50)
			.collect();
		let (task, item) = decided.get(self.rng.gen_range(0..decided.len().max(1))).copied().unwrap_or((0, 0));
		if self.rng.gen_bool(0.9) {
			let votes = <pallet_labels::Pallet<Runtime> as labelchain_primitives::LabelStore<_>>::votes(task, item);
			if let Some(vote) = votes.get(self.rng.gen_range(0..votes.len().max(1))) {
				if let Some(index) = self.accounts.iter().position(|a| *a == vote.labeler) {
					self.signer_override = Some(index);
				}
			}
		}
		RuntimeCall::Review(pallet_review::Call::appeal_decision { task, item })
	}

	/// A party of a case in its appeal window appeals (sometimes anyone, any case).
	fn appeal(&mut self) -> RuntimeCall {
		let cases: Vec<u64> = pallet_review::Cases::<Runtime>::iter()
			.filter(|(_, c)| c.phase == pallet_review::Phase::Appeal)
			.map(|(id, _)| id)
			.take(20)
			.collect();
		let case = cases.get(self.rng.gen_range(0..cases.len().max(1))).copied().unwrap_or(0);
		if self.rng.gen_bool(0.9) {
			let parties = pallet_review::Parties::<Runtime>::get(case);
			if let Some(party) = parties.get(self.rng.gen_range(0..parties.len().max(1))) {
				if let Some(index) = self.accounts.iter().position(|a| a == party) {
					self.signer_override = Some(index);
				}
			}
		}
		RuntimeCall::Review(pallet_review::Call::appeal { case })
	}

	fn close_escalation(&mut self) -> RuntimeCall {
		let open: Vec<(TaskId, u32)> = pallet_consensus::Escalations::<Runtime>::iter_keys().take(20).collect();
		let (task, item) = if open.is_empty() {
			(self.task_id(), 0)
		} else {
			open[self.rng.gen_range(0..open.len())]
		};
		RuntimeCall::Consensus(pallet_consensus::Call::close_escalation { task, item })
	}

	fn transfer(&mut self) -> RuntimeCall {
		let dest = MultiAddress::Id(self.any_account());
		let value = self.amount();
		if self.rng.gen_bool(0.5) {
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive { dest, value })
		} else {
			RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death { dest, value })
		}
	}

	fn conviction(&mut self) -> pallet_conviction_voting::Conviction {
		use pallet_conviction_voting::Conviction::*;
		[None, Locked1x, Locked2x, Locked3x, Locked4x, Locked5x, Locked6x][self.rng.gen_range(0..7)]
	}

	/// Delegations lock up to the whole balance, held funds included: the H1 attack on escrow.
	fn delegate(&mut self) -> RuntimeCall {
		RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::delegate {
			class: self.rng.gen_range(0..3),
			to: MultiAddress::Id(self.any_account()),
			conviction: self.conviction(),
			balance: self.amount(),
		})
	}

	fn vote(&mut self) -> RuntimeCall {
		let vote = pallet_conviction_voting::AccountVote::Standard {
			vote: pallet_conviction_voting::Vote { aye: self.rng.gen(), conviction: self.conviction() },
			balance: self.amount(),
		};
		RuntimeCall::ConvictionVoting(pallet_conviction_voting::Call::vote { poll_index: self.rng.gen_range(0..4), vote })
	}

	fn submit_referendum(&mut self) -> RuntimeCall {
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1, 2, 3] });
		let proposal = polkadot_sdk::frame_support::traits::Bounded::Inline(
			remark.encode().try_into().expect("a small call"),
		);
		RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal_origin: Box::new(labelchain_runtime::OriginCaller::system(frame_system::RawOrigin::Root)),
			proposal,
			enactment_moment: polkadot_sdk::frame_support::traits::schedule::DispatchTime::After(10),
		})
	}

	/// The badge burn the call filter refuses.
	fn burn_badge(&mut self) -> RuntimeCall {
		let collection = pallet_tiers::BadgeCollection::<Runtime>::get().unwrap_or_default();
		RuntimeCall::Nfts(pallet_nfts::Call::burn { collection, item: self.rng.gen_range(0..30) })
	}

	fn sign(&mut self, signer: usize, call: RuntimeCall) -> UncheckedExtrinsic {
		let who = self.accounts[signer].clone();
		let mut nonce = System::account_nonce(&who);
		if self.rng.gen_bool(0.01) {
			nonce = nonce.wrapping_add(self.rng.gen_range(1..3));
		}
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(Era::Immortal),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		let payload = SignedPayload::new(call.clone(), extension.clone()).expect("the payload builds");
		let signature = MultiSignature::from(payload.using_encoded(|bytes| self.pairs[signer].sign(bytes)));
		UncheckedExtrinsic::new_signed(call, MultiAddress::Id(who), signature, extension)
	}
}

/// What issuance may change by in a block: fees (burnt) and dust, read from its events.
fn named_sinks(events: &[RuntimeEvent]) -> Balance {
	events
		.iter()
		.map(|e| match e {
			RuntimeEvent::TransactionPayment(pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. }) =>
				*actual_fee,
			RuntimeEvent::Balances(pallet_balances::Event::DustLost { amount, .. }) => *amount,
			_ => 0,
		})
		.sum()
}

/// Checks the block's weight against its limits, per class and in all.
fn check_block_weight(at: BlockNumber) {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let used = System::block_weight();
	for class in [DispatchClass::Normal, DispatchClass::Operational] {
		if let Some(max) = limits.get(class).max_total {
			assert!(used.get(class).all_lte(max), "block {at}: {class:?} weight {:?} over {max:?}", used.get(class));
		}
	}
	assert!(used.total().all_lte(limits.max_block), "block {at}: weight {:?} over the block's {:?}", used.total(), limits.max_block);
}

/// One block: hooks, `count` random extrinsics, `on_idle` with what is left, then the checks.
/// Returns the extrinsics applied.
fn block(fuzz: &mut Fuzzer, seed: u64, count: u64, issuance: &mut Balance) -> u64 {
	let next = System::block_number() + 1;
	System::reset_events();
	System::initialize(&next, &System::parent_hash(), &Default::default());
	<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(next);
	for _ in 0..count {
		let (signer, name, call) = fuzz.next_call();
		let description = format!("{call:?}");
		let xt = fuzz.sign(signer, call);
		let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Executive::apply_extrinsic(xt)));
		let Ok(result) = outcome else {
			panic!("seed {seed}, block {next}: the runtime panicked applying {name}: {description}");
		};
		let entry = fuzz.outcomes.entry(name).or_default();
		match result {
			Ok(Ok(())) => entry.0 += 1,
			Ok(Err(_)) => entry.1 += 1,
			Err(_) => entry.2 += 1,
		}
	}
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let left = limits.max_block.saturating_sub(System::block_weight().total());
	// As `Executive` does: what `on_idle` used counts towards the block.
	let idle = <AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(next, left);
	System::register_extra_weight_unchecked(idle, DispatchClass::Mandatory);
	check_block_weight(next);
	<labelchain_runtime::TransactionPayment as OnFinalize<BlockNumber>>::on_finalize(next);
	check_invariants();
	let events: Vec<RuntimeEvent> = System::events().into_iter().map(|r| r.event).collect();
	let expected = issuance.saturating_sub(named_sinks(&events));
	assert_eq!(Balances::total_issuance(), expected, "seed {seed}, block {next}: issuance moved outside fees and dust");
	*issuance = expected;
	count
}

/// Calls per episode: each episode starts from a fresh development genesis, so that the state
/// (and the per-block checks over all of it) stays the size of a busy young chain.
const EPISODE_CALLS: u64 = 2_500;

fn run(calls: u64, seed: u64) {
	let started = std::time::Instant::now();
	let mut fuzz = Fuzzer::new(seed);
	let (mut done, mut blocks, mut tasks, mut settled, mut results, mut episodes) = (0u64, 0u64, 0u64, 0usize, 0usize, 0u32);
	let mut pruned = 0usize;
	while done < calls {
		episodes += 1;
		fuzz.tasks.clear();
		fuzz.singles.clear();
		fuzz.batches.clear();
		dev_chain().execute_with(|| {
			for who in fuzz.accounts.clone() {
				Balances::mint_into(&who, START_FUNDS).expect("funds");
			}
			// Settled tasks are pruned within the episode (a retention shorter than governance
			// allows, written past its bounds check), so that pruning meets every other call.
			polkadot_sdk::pallet_parameters::Parameters::<Runtime>::insert(
				labelchain_runtime::RuntimeParametersKey::Tasks(
					labelchain_runtime::configs::parameters::tasks::ParametersKey::StateRetention(
						labelchain_runtime::configs::parameters::tasks::StateRetention,
					),
				),
				labelchain_runtime::RuntimeParametersValue::Tasks(
					labelchain_runtime::configs::parameters::tasks::ParametersValue::StateRetention(20),
				),
			);
			// Half start as labelers with a stake.
			for i in 0..ACCOUNTS / 2 {
				let origin = labelchain_runtime::RuntimeOrigin::signed(fuzz.accounts[i].clone());
				let _ = labelchain_runtime::Tiers::bond(origin.clone(), 1_000 * UNIT);
				// And join the pools work is dealt from, of every domain the tasks use.
				for domain in 0..3 {
					let _ = labelchain_runtime::Assignment::join_pool(origin.clone(), domain);
				}
			}
			let mut issuance = Balances::total_issuance();
			let target = (done + EPISODE_CALLS).min(calls);
			while done < target {
				let count = if fuzz.rng.gen_bool(0.15) { 0 } else { fuzz.rng.gen_range(1..80) };
				done += block(&mut fuzz, seed, count.min(target - done), &mut issuance);
				// Now and then a stretch of empty blocks, so that deadlines pass and tasks finalize.
				if fuzz.rng.gen_bool(0.05) {
					for _ in 0..fuzz.rng.gen_range(5..40) {
						block(&mut fuzz, seed, 0, &mut issuance);
					}
				}
			}
			// The episode's tasks run to their end.
			for _ in 0..40 {
				block(&mut fuzz, seed, 0, &mut issuance);
			}
			blocks += System::block_number() as u64;
			tasks += pallet_tasks::NextTaskId::<Runtime>::get();
			settled += pallet_tasks::Tasks::<Runtime>::iter_values()
				.filter(|t| t.state == pallet_tasks::TaskState::Settled)
				.count();
			results += pallet_consensus::Results::<Runtime>::iter_keys().count();
			pruned += pallet_tasks::Archive::<Runtime>::iter_keys().count();
		});
	}
	println!(
		"fuzz: seed {seed}, {done} calls in {episodes} episodes, {blocks} blocks, {:.1} s; tasks {tasks} ({settled} settled, {pruned} pruned with results archived), results {results}, failures 0",
		started.elapsed().as_secs_f64(),
	);
	for (name, (ok, failed, refused)) in &fuzz.outcomes {
		println!("fuzz:   {name:<20} ok {ok:>6}  failed {failed:>6}  refused {refused:>6}");
	}
}

#[test]
fn fuzz() {
	let env = |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
	run(env("FUZZ_CALLS", 100_000), env("FUZZ_SEED", 1));
}
