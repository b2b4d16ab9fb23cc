//! `labelchain-replay`: runs a crowdsourcing data set through the real LabelChain runtime and
//! reports how good the finalized labels are, and where the money went.
//!
//! Input: `labels.tsv` (`item worker label`, header line) and `gold.tsv` (`item label`), class
//! labels `0..K`; if an `adversary.json` (written by `../shared/tools/adversary.py`) lies beside
//! `labels.tsv`, its `adversary_ids` are reported apart. In one pass, in file order, as the chain
//! would see the data: items are grouped into tasks of `--batch` items; every worker is funded
//! and bonds stake; each answer is committed and revealed as a labeler would (salted
//! commitments, single-item calls); blocks advance through the runtime's own hooks
//! (`on_initialize`, `on_idle` with the block's weight) until finalization has decided every
//! item. Nothing here decides a label: the consensus pallet does, with the runtime's parameters.
//!
//! - **Hidden gold** (`--gold-share P`): the requester of each task commits to the gold answers
//!   of `round(P × items)` of its items (drawn by a seeded hash among items with a gold label,
//!   never all) and reveals them after the reveal window, as a requester would. Accuracy is
//!   scored on the other items.
//! - **The redundancy cap** (`--cap`, the runtime's 15 at most): an item with more answers keeps
//!   a sample of them drawn by a seeded hash of (item, worker), not the first ones, so that no
//!   worker is favoured by their position in the file. Majority vote is computed on the same
//!   sampled answers: what the chain saw.
//!
//! - **The court** (`--panel-accuracy A`, default 0.9; `--no-review` for none): fifteen
//!   simulated jurors with an Expert's stake and record join the domain's court; escalated
//!   items and the items the runtime draws for audit go to panels drawn from them, whose
//!   jurors commit and reveal the gold answer with probability A, another label otherwise
//!   (seeded). Nobody appeals (the appeal window is shortened to a block).
//!
//! Output: accuracy of the weighted vote's labels against gold (escalated and audited items
//! counted with the vote's label, and the escalation rate beside it), the accuracy after
//! review, majority-vote accuracy on the
//! same items, rewards paid and slashes taken, and the money of adversaries, accurate and
//! near-random workers per answer; `--money FILE` writes each worker's (TSV), and the last line
//! is the summary as JSON (`result {…}`) for scripts.

use std::{
	collections::{BTreeMap, HashMap, HashSet},
	path::PathBuf,
};

use codec::Encode;
use labelchain_primitives::{merkle, ItemIndex, Label, LabelSchema, TaskId};
use labelchain_runtime::{
	configs::TreasuryAccount, AccountId, Balance, BalancesConfig, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeGenesisConfig, RuntimeOrigin, System, UNIT,
};
use polkadot_sdk::{
	frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		traits::Hooks,
		weights::Weight,
	},
	sp_core::H256,
	sp_io::{hashing::blake2_256, TestExternalities},
	sp_runtime::{traits::Dispatchable, AccountId32, BuildStorage},
};

/// The most labelers per item the runtime allows.
const MAX_REDUNDANCY: usize = 15;

struct Args {
	labels: PathBuf,
	gold: PathBuf,
	batch: usize,
	/// The share of an item's answerers dealt a seat on it.
	deal_share: f64,
	gold_share: f64,
	cap: usize,
	seed: u64,
	money: Option<PathBuf>,
	/// How often a simulated expert juror gives the gold answer; `None`: no court.
	panel_accuracy: Option<f64>,
	/// The labels are ordered grades: replay as `Ordinal { levels }` (weighted median, pay by
	/// closeness) instead of `Categorical`.
	ordinal: bool,
}

/// The chain's label for the data set's label `value`.
fn to_label(ordinal: bool, value: u16) -> Label {
	if ordinal { Label::Level(value) } else { Label::Class(value) }
}

/// The data set's label of a chain label.
fn from_label(label: Label) -> Option<u16> {
	match label {
		Label::Class(v) | Label::Level(v) => Some(v),
		_ => None,
	}
}

fn usage() -> ! {
	eprintln!(
		"usage: labelchain-replay <labels.tsv> <gold.tsv> [--batch N] [--gold-share P] [--cap N]\n\
		 \x20                        [--seed S] [--money FILE]\n\
		 \n\
		 Replays `item worker label` answers through the LabelChain runtime in tasks of N items\n\
		 (default 50) and prints the finalized labels' accuracy against gold, majority vote on\n\
		 the same items, the escalation rate, rewards, slashes and who earned them.\n\
		 --deal-share F  seats on an item: that share of its answerers, drawn by stake (default 1)\n\
		 --gold-share P  each task's requester commits and reveals gold for that share of its\n\
		 \x20               items (at most the runtime's 10 %); scored on the other items\n\
		 --cap N         answers kept per item, sampled fairly (default and most: 15)\n\
		 --seed S        seed of the sampling and of the gold draw (default 0)\n\
		 --money FILE    each worker's answers, gold accuracy and money, as TSV\n\
		 --panel-accuracy A  escalated and audited items go to panels of simulated Expert\n\
		 \x20               jurors who give the gold answer with probability A (default 0.9)\n\
		 --no-review     no jurors: escalated items stay with the vote's label, none audited\n\
		 --ordinal       the labels are ordered grades 0..K: tasks are `Ordinal {{ levels: K }}`,\n\
		 \x20               decided by the weighted median and paid by closeness; prints the\n\
		 \x20               mean absolute error beside exact accuracy"
	);
	std::process::exit(2)
}

fn parse_args() -> Args {
	let mut positional = Vec::new();
	let mut args = Args {
		labels: PathBuf::new(),
		gold: PathBuf::new(),
		batch: 50,
		deal_share: 1.0,
		gold_share: 0.0,
		cap: MAX_REDUNDANCY,
		seed: 0,
		money: None,
		panel_accuracy: Some(0.9),
		ordinal: false,
	};
	let mut it = std::env::args().skip(1);
	while let Some(arg) = it.next() {
		let mut value = || it.next().unwrap_or_else(|| usage());
		match arg.as_str() {
			"--batch" => args.batch = value().parse().unwrap_or_else(|_| usage()),
			"--deal-share" => args.deal_share = value().parse().unwrap_or_else(|_| usage()),
			"--gold-share" => args.gold_share = value().parse().unwrap_or_else(|_| usage()),
			"--cap" => args.cap = value().parse().unwrap_or_else(|_| usage()),
			"--seed" => args.seed = value().parse().unwrap_or_else(|_| usage()),
			"--money" => args.money = Some(PathBuf::from(value())),
			"--panel-accuracy" => args.panel_accuracy = Some(value().parse().unwrap_or_else(|_| usage())),
			"--no-review" => args.panel_accuracy = None,
			"--ordinal" => args.ordinal = true,
			"-h" | "--help" => usage(),
			_ => positional.push(PathBuf::from(arg)),
		}
	}
	let [labels, gold] = <[PathBuf; 2]>::try_from(positional).unwrap_or_else(|_| usage());
	if args.batch == 0 ||
		args.cap == 0 || args.cap > MAX_REDUNDANCY ||
		!(0.0..0.5).contains(&args.gold_share) ||
		!(args.deal_share > 0.0 && args.deal_share <= 1.0) ||
		args.panel_accuracy.is_some_and(|a| !(0.0..=1.0).contains(&a))
	{
		usage()
	}
	Args { labels, gold, ..args }
}

/// Rows of a TSV file with a header line.
fn read_tsv(path: &PathBuf) -> Vec<Vec<String>> {
	let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
		eprintln!("cannot read {}: {e}", path.display());
		std::process::exit(1)
	});
	text.lines()
		.skip(1)
		.filter(|l| !l.trim().is_empty())
		.map(|l| l.split('\t').map(|f| f.trim().to_string()).collect())
		.collect()
}

struct Data {
	/// Items in order of first appearance.
	items: Vec<String>,
	/// Answers per item as the chain sees them (capped by a fair sample): (worker, class).
	answers: HashMap<String, Vec<(String, u16)>>,
	gold: HashMap<String, u16>,
	classes: u16,
	/// Workers named as adversaries in an `adversary.json` beside the labels.
	adversaries: HashSet<String>,
}

/// A number in `[0, 1)` from a seeded hash of `parts`: the replay's only source of chance.
fn draw(seed: u64, parts: &[&str]) -> f64 {
	let h = blake2_256(&(b"labelchain-replay", seed, parts).encode());
	u64::from_le_bytes(h[..8].try_into().unwrap_or_default()) as f64 / 2f64.powi(64)
}

fn load(args: &Args) -> Data {
	let mut items = Vec::new();
	let mut answers: HashMap<String, Vec<(String, u16)>> = HashMap::new();
	let mut classes = 2u16;
	for row in read_tsv(&args.labels) {
		let [item, worker, label] = <[String; 3]>::try_from(row).unwrap_or_else(|r| {
			eprintln!("labels.tsv: expected `item worker label`, got {r:?}");
			std::process::exit(1)
		});
		let label: u16 = label.parse().unwrap_or_else(|_| {
			eprintln!("labels.tsv: label {label:?} is not a class index");
			std::process::exit(1)
		});
		classes = classes.max(label + 1);
		let entry = answers.entry(item.clone()).or_insert_with(|| {
			items.push(item.clone());
			Vec::new()
		});
		entry.push((worker, label));
	}
	// The cap: a fair sample of each item's answers, in their file order.
	for (item, list) in answers.iter_mut() {
		if list.len() > args.cap {
			let mut keyed: Vec<(f64, usize)> =
				list.iter().enumerate().map(|(i, (w, _))| (draw(args.seed, &["cap", item, w]), i)).collect();
			keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
			let mut keep: Vec<usize> = keyed.into_iter().take(args.cap).map(|(_, i)| i).collect();
			keep.sort_unstable();
			*list = keep.into_iter().filter_map(|i| list.get(i).cloned()).collect();
		}
	}
	let gold = read_tsv(&args.gold)
		.into_iter()
		.filter_map(|r| Some((r.first()?.clone(), r.get(1)?.parse().ok()?)))
		.collect();
	let adversaries = args
		.labels
		.parent()
		.map(|dir| dir.join("adversary.json"))
		.and_then(|path| std::fs::read_to_string(path).ok())
		.and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
		.and_then(|meta| {
			Some(meta.get("adversary_ids")?.as_array()?.iter().filter_map(|v| Some(v.as_str()?.to_string())).collect())
		})
		.unwrap_or_default();
	Data { items, answers, gold, classes, adversaries }
}

fn account(name: &str) -> AccountId {
	AccountId32::from(blake2_256(name.as_bytes()))
}

fn item_hash(name: &str) -> H256 {
	H256(blake2_256(name.as_bytes()))
}

fn salt(worker: &str, item: &str) -> [u8; 32] {
	blake2_256(&(b"labelchain-replay-salt", worker, item).encode())
}

/// What the replay counts from events.
#[derive(Default)]
struct Ledger {
	rewards: BTreeMap<AccountId, Balance>,
	slashes: BTreeMap<AccountId, Balance>,
	escalated: usize,
	dispatch_errors: usize,
	/// The weighted vote's label of every item sent to review (escalated or audited).
	vote_labels: HashMap<(TaskId, u32), Option<Label>>,
	audited: HashSet<(TaskId, u32)>,
}

impl Ledger {
	fn absorb_events(&mut self) {
		for record in System::events() {
			match record.event {
				RuntimeEvent::Consensus(pallet_consensus::Event::Rewarded { labeler, amount, .. }) => {
					*self.rewards.entry(labeler).or_default() += amount;
				},
				RuntimeEvent::Consensus(pallet_consensus::Event::BondSlashed { labeler, amount, .. }) => {
					*self.slashes.entry(labeler).or_default() += amount;
				},
				RuntimeEvent::Consensus(pallet_consensus::Event::ItemEscalated { task, item, vote_label, kind, .. }) => {
					self.vote_labels.insert((task, item), vote_label);
					if kind == labelchain_primitives::CaseKind::Audit {
						self.audited.insert((task, item));
					} else {
						self.escalated += 1;
					}
				},
				_ => {},
			}
		}
		System::reset_events();
	}

	fn net(&self, who: &AccountId) -> f64 {
		(*self.rewards.get(who).unwrap_or(&0) as f64 - *self.slashes.get(who).unwrap_or(&0) as f64) / UNIT as f64
	}
}

fn dispatch(ledger: &mut Ledger, who: &AccountId, call: RuntimeCall) {
	let info = call.get_dispatch_info();
	let result: Result<PostDispatchInfo, _> = call.dispatch(RuntimeOrigin::signed(who.clone()));
	if let Err(e) = result {
		ledger.dispatch_errors += 1;
		if ledger.dispatch_errors <= 5 {
			eprintln!("dispatch failed ({:?}): {:?}", info.call_weight, e.error);
		}
	}
}

/// Ends the current block and starts the next: the labeling pallets' hooks, `on_idle` with the
/// weight a block has.
fn next_block(ledger: &mut Ledger) {
	let max_block: Weight =
		<labelchain_runtime::Runtime as polkadot_sdk::frame_system::Config>::BlockWeights::get().max_block;
	let now = System::block_number();
	labelchain_runtime::Consensus::on_idle(now, max_block);
	ledger.absorb_events();
	let next = now + 1;
	System::set_block_number(next);
	// Each block's randomness differs (the collective flip mixes in the parent hash).
	System::set_parent_hash(H256(blake2_256(&next.encode())));
	labelchain_runtime::RandomnessCollectiveFlip::on_initialize(next);
	labelchain_runtime::Tasks::on_initialize(next);
	labelchain_runtime::Assignment::on_initialize(next);
	labelchain_runtime::Consensus::on_initialize(next);
	labelchain_runtime::Review::on_initialize(next);
}

fn run_to(ledger: &mut Ledger, court: &Court, block: u32) {
	while System::block_number() < block {
		court.serve(ledger);
		next_block(ledger);
	}
}

/// Simulated Expert jurors: each answers an item it sits on with the gold label with
/// probability `accuracy`, otherwise with one of the other labels at random (seeded).
struct Court {
	experts: Vec<AccountId>,
	accuracy: f64,
	seed: u64,
	classes: u16,
	ordinal: bool,
	/// The gold label of each (task, item), where the data set has one.
	truth: HashMap<(TaskId, u32), u16>,
}

impl Court {
	/// Gives each expert the stake and the record of an Expert in domain 1, and a seat in its
	/// court; shortens the appeal window (nobody appeals in the model).
	fn open(ledger: &mut Ledger, experts: usize, accuracy: f64, seed: u64, classes: u16, ordinal: bool) -> Court {
		let expert_stake = <<Runtime as pallet_tiers::Config>::TierThresholds as polkadot_sdk::frame_support::traits::Get<_>>::get()[2].min_stake;
		let mut court = Court { experts: Vec::new(), accuracy, seed, classes, ordinal, truth: HashMap::new() };
		for i in 0..experts {
			let who = account(&format!("labelchain-replay-expert-{i}"));
			let funds = expert_stake.saturating_add(20_000 * UNIT);
			if let Err(e) = <labelchain_runtime::Balances as polkadot_sdk::frame_support::traits::fungible::Mutate<_>>::mint_into(&who, funds) {
				eprintln!("expert funds: {e:?}");
			}
			dispatch(ledger, &who, RuntimeCall::Tiers(pallet_tiers::Call::bond { amount: expert_stake }));
			pallet_reputation::Reputations::<Runtime>::mutate(&who, |domains| {
				let record = pallet_reputation::Evidence {
					agree: 285_000_000,
					total: 300_000_000,
					decayed_at: System::block_number(),
					gold_agree: 95_000_000,
					gold_total: 100_000_000,
					..Default::default()
				};
				let _ = domains.try_insert(1, record);
			});
			<labelchain_runtime::Tiers as labelchain_primitives::TierRefresh<_>>::reputation_changed(&who);
			dispatch(ledger, &who, RuntimeCall::Review(pallet_review::Call::join_court { domain: 1, amount: 10_000 * UNIT }));
			court.experts.push(who);
		}
		let appeal = labelchain_runtime::RuntimeParameters::Review(
			labelchain_runtime::configs::parameters::review::Parameters::AppealPeriod(
				labelchain_runtime::configs::parameters::review::AppealPeriod,
				Some(1),
			),
		);
		if let Err(e) = labelchain_runtime::Governance::set_parameter(RuntimeOrigin::root(), appeal) {
			eprintln!("appeal period: {e:?}");
		}
		court
	}

	fn answer(&self, juror: &AccountId, case: u64, round: u8, task: TaskId, item: u32, vote: Option<Label>) -> Label {
		let juror = format!("{juror:?}");
		let (case, round) = (case.to_string(), round.to_string());
		let truth = match self.truth.get(&(task, item)) {
			Some(gold) => *gold,
			None => vote.and_then(from_label).unwrap_or(0),
		};
		if self.classes < 2 || draw(self.seed, &["juror", &juror, &case, &round]) < self.accuracy {
			return to_label(self.ordinal, truth);
		}
		let other = (draw(self.seed, &["juror-error", &juror, &case, &round]) * (self.classes - 1) as f64) as u16;
		to_label(self.ordinal, (truth + 1 + other.min(self.classes - 2)) % self.classes)
	}

	/// Every seated juror of every open case commits, or reveals, as its phase asks.
	fn serve(&self, ledger: &mut Ledger) {
		let open: Vec<(u64, pallet_review::CaseOf<Runtime>)> = pallet_review::Cases::<Runtime>::iter().collect();
		for (case, record) in open {
			let reveal = match record.phase {
				pallet_review::Phase::Commit => false,
				pallet_review::Phase::Reveal => true,
				_ => continue,
			};
			for juror in pallet_review::Panels::<Runtime>::get(case, record.round) {
				let Some(seat) = pallet_review::Seats::<Runtime>::get((case, record.round, juror.clone())) else { continue };
				let label = self.answer(&juror, case, record.round, record.task, record.item, record.vote_label);
				let salt = blake2_256(&(&juror, case, record.round).encode());
				if !reveal && seat.commitment.is_none() {
					let commitment = pallet_review::verdict_commitment(case, record.round, &juror, &label, &salt);
					dispatch(ledger, &juror, RuntimeCall::Review(pallet_review::Call::commit_verdict { case, commitment }));
				} else if reveal && seat.commitment.is_some() && seat.verdict.is_none() {
					dispatch(ledger, &juror, RuntimeCall::Review(pallet_review::Call::reveal_verdict { case, label, salt }));
				}
			}
		}
	}
}

/// The mean of `answers`, rounded to the nearest grade (a baseline for ordered grades).
fn mean_rounded(answers: &[(String, u16)]) -> Option<u16> {
	if answers.is_empty() {
		return None;
	}
	let sum: f64 = answers.iter().map(|(_, l)| f64::from(*l)).sum();
	Some((sum / answers.len() as f64).round() as u16)
}

/// The most frequent labels of `answers` (ties all returned, smallest first).
fn majority(answers: &[(String, u16)]) -> Vec<u16> {
	let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
	for (_, l) in answers {
		*counts.entry(*l).or_default() += 1;
	}
	let max = counts.values().copied().max().unwrap_or(0);
	counts.iter().filter(|(_, c)| **c == max).map(|(l, _)| *l).collect()
}

/// The gold items of a task: `round(share × items)` of those with a gold label, by a seeded
/// draw, never every item of the task.
fn gold_items(args: &Args, data: &Data, chunk: &[String]) -> Vec<u32> {
	if args.gold_share <= 0.0 {
		return Vec::new();
	}
	let mut candidates: Vec<(f64, u32)> = chunk
		.iter()
		.enumerate()
		.filter(|(_, item)| data.gold.contains_key(*item))
		.map(|(i, item)| (draw(args.seed, &["gold", item]), i as u32))
		.collect();
	candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
	let wanted = ((args.gold_share * chunk.len() as f64).round() as usize).max(1).min(chunk.len().saturating_sub(1));
	let mut chosen: Vec<u32> = candidates.into_iter().take(wanted).map(|(_, i)| i).collect();
	chosen.sort_unstable();
	chosen
}

/// Draws `seats` of `candidates` without replacement, each with chances in proportion to its
/// free stake on chain now (the dealing pallet's rule), from a seeded hash.
fn deal_by_stake(seed: u64, task: TaskId, item: &str, candidates: &[String], seats: usize) -> Vec<String> {
	use labelchain_primitives::StakeLock;
	let mut left: Vec<(String, u128)> = candidates
		.iter()
		.map(|w| (w.clone(), <labelchain_runtime::Tiers as StakeLock<AccountId>>::free(&account(w))))
		.collect();
	let mut dealt = Vec::new();
	for round in 0..seats {
		let total: u128 = left.iter().map(|(_, t)| *t).sum();
		if total == 0 {
			break;
		}
		let mut r = (draw(seed, &["deal", &task.to_string(), item, &round.to_string()]) * total as f64) as u128;
		let Some(index) = left.iter().position(|(_, t)| {
			if r < *t {
				true
			} else {
				r -= *t;
				false
			}
		}) else {
			break;
		};
		dealt.push(left.remove(index).0);
	}
	dealt
}

/// Money of a group of workers: how many, their answers, and their net.
#[derive(Default)]
struct Group {
	workers: usize,
	answers: usize,
	net: f64,
	losers: usize,
}

impl Group {
	fn add(&mut self, answers: usize, net: f64) {
		self.workers += 1;
		self.answers += answers;
		self.net += net;
		self.losers += (net < 0.0) as usize;
	}
	fn per_answer(&self) -> f64 {
		self.net / self.answers.max(1) as f64
	}
	fn json(&self) -> serde_json::Value {
		serde_json::json!({
			"workers": self.workers, "answers": self.answers, "net": self.net,
			"perAnswer": self.per_answer(), "losers": self.losers,
		})
	}
}

fn main() {
	let args = parse_args();
	let data = load(&args);
	let workers: Vec<String> = {
		let mut w: Vec<String> = data.answers.values().flatten().map(|(w, _)| w.clone()).collect();
		w.sort();
		w.dedup();
		w
	};
	let requester = account("labelchain-replay-requester");
	// Governed parameters live in storage: read the default minimum inside an (empty) state.
	let novice = TestExternalities::default().execute_with(pallet_tiers_minimum);
	// Enough that every item carries the full evidence fee (a share of at least 1 LBL).
	let reward_per_item = 100 * UNIT;

	// Every worker bonds enough that slashes never stop them from labeling: the replay measures
	// the rule on all the answers, as majority vote sees them.
	let stake = novice.max(500_000 * UNIT);
	let mut balances: Vec<(AccountId, Balance)> = workers.iter().map(|w| (account(w), stake * 2)).collect();
	balances.push((requester.clone(), 1_000_000_000 * UNIT));
	balances.push((TreasuryAccount::get(), UNIT));
	let genesis = RuntimeGenesisConfig { balances: BalancesConfig { balances, ..Default::default() }, ..Default::default() };
	let storage = genesis.build_storage().unwrap_or_else(|e| {
		eprintln!("genesis: {e}");
		std::process::exit(1)
	});
	let mut ext = TestExternalities::new(storage);

	ext.execute_with(|| {
		let mut ledger = Ledger::default();
		System::set_block_number(1);
		for w in &workers {
			dispatch(&mut ledger, &account(w), RuntimeCall::Tiers(pallet_tiers::Call::bond { amount: stake }));
		}
		let mut court = match args.panel_accuracy {
			Some(accuracy) => Court::open(&mut ledger, 15, accuracy, args.seed, data.classes, args.ordinal),
			None => Court {
				experts: Vec::new(),
				accuracy: 0.0,
				seed: args.seed,
				classes: data.classes,
				ordinal: args.ordinal,
				truth: HashMap::new(),
			},
		};
		let mut task_of_item: HashMap<String, (TaskId, u32)> = HashMap::new();
		let mut gold_set: HashSet<String> = HashSet::new();
		let gold_salt = [7u8; 32];

		// Each data item alone in its chunk of the task: item k at index 128 k.
		let chunk_size = <<Runtime as pallet_labels::Config>::MaxBatchSize as polkadot_sdk::frame_support::traits::Get<u32>>::get();
		let slot = |k: usize| k as u32 * chunk_size;
		// The answers the chain saw (those of dealt workers), for majority vote.
		let mut seen: HashMap<String, Vec<(String, u16)>> = HashMap::new();
		let (mut dealt_answers, mut all_answers) = (0usize, 0usize);

		for chunk in data.items.chunks(args.batch) {
			let task = pallet_tasks::NextTaskId::<Runtime>::get();
			// Who is dealt each item: `deal_share` of its answerers, by stake.
			let dealt: Vec<Vec<String>> = chunk
				.iter()
				.map(|item| {
					let answerers: Vec<String> = data.answers[item].iter().map(|(w, _)| w.clone()).collect();
					let seats = ((args.deal_share * answerers.len() as f64).ceil() as usize).clamp(1, MAX_REDUNDANCY);
					deal_by_stake(args.seed, task, item, &answerers, seats)
				})
				.collect();
			let leaves: Vec<H256> = (0..chunk.len() as u32 * chunk_size)
				.map(|i| match chunk.get((i / chunk_size) as usize) {
					Some(item) if i % chunk_size == 0 => item_hash(item),
					_ => H256(blake2_256(&(b"placeholder", task, i).encode())),
				})
				.collect();
			let redundancy = dealt.iter().map(Vec::len).max().unwrap_or(1).clamp(1, MAX_REDUNDANCY) as u8;
			let now = System::block_number();
			let commit_deadline = now + 2;
			let reveal_deadline = commit_deadline + 11;
			let gold: Vec<(ItemIndex, Label)> = gold_items(&args, &data, chunk)
				.into_iter()
				.filter_map(|i| Some((slot(i as usize), to_label(args.ordinal, *data.gold.get(chunk.get(i as usize)?)?))))
				.collect();
			gold_set.extend(gold.iter().filter_map(|(i, _)| chunk.get((*i / chunk_size) as usize).cloned()));
			let spec = pallet_tasks::TaskSpec {
				manifest_hash: H256(blake2_256(&chunk.join("\n").into_bytes())),
				manifest_uri: b"replay".to_vec(),
				domain: 1,
				schema: if args.ordinal {
					LabelSchema::Ordinal { levels: data.classes }
				} else {
					LabelSchema::Categorical { classes: data.classes }
				},
				items: pallet_tasks::ItemsSpec::Merkle { root: merkle::root(leaves.clone()), count: leaves.len() as u32 },
				redundancy,
				min_tier: 0,
				commit_deadline,
				reveal_deadline,
				reward_per_item,
				gold: (!gold.is_empty()).then(|| pallet_tasks::GoldSpec {
					commitment: pallet_tasks::gold_commitment(task, &gold, &gold_salt),
					count: gold.len() as u32,
				}),
				quorum: None,
				threshold: None,
			};
			dispatch(&mut ledger, &requester, RuntimeCall::Tasks(pallet_tasks::Call::create_task { spec }));

			for (k, item) in chunk.iter().enumerate() {
				let index = slot(k);
				task_of_item.insert(item.clone(), (task, index));
				if let Some(gold) = data.gold.get(item) {
					court.truth.insert((task, index), *gold);
				}
				let proof = merkle::proof(&leaves, index);
				all_answers += data.answers[item].len();
				for (worker, label) in &data.answers[item] {
					// Only the answers of workers dealt the item reach the chain.
					if !dealt[k].contains(worker) {
						continue;
					}
					let who = account(worker);
					if !pallet_assignment::Pallet::<Runtime>::seat_directly(task, k as u32, &who, commit_deadline) {
						ledger.dispatch_errors += 1;
					}
					dealt_answers += 1;
					seen.entry(item.clone()).or_default().push((worker.clone(), *label));
					let commitment = pallet_labels::Pallet::<Runtime>::commitment_of(
						&who, task, index, &to_label(args.ordinal, *label), &salt(worker, item),
					);
					dispatch(&mut ledger, &who, RuntimeCall::Labels(pallet_labels::Call::commit {
						task, item: index, item_hash: leaves[index as usize], proof: proof.clone(), commitment,
					}));
				}
			}
			run_to(&mut ledger, &court, commit_deadline + 1);
			for (k, item) in chunk.iter().enumerate() {
				for (worker, label) in seen.get(item).into_iter().flatten() {
					dispatch(&mut ledger, &account(worker), RuntimeCall::Labels(pallet_labels::Call::reveal {
						task, item: slot(k), label: to_label(args.ordinal, *label), salt: salt(worker, item),
					}));
				}
			}
			run_to(&mut ledger, &court, reveal_deadline + 1);
			if !gold.is_empty() {
				dispatch(&mut ledger, &requester, RuntimeCall::Tasks(pallet_tasks::Call::reveal_gold {
					task, answers: gold.clone(), salt: gold_salt,
				}));
			}
			// Let finalization run until every item of the task is decided or escalated.
			let decided = |t: TaskId| {
				pallet_consensus::Results::<Runtime>::iter_prefix(t).count() +
					pallet_consensus::Escalations::<Runtime>::iter_prefix(t).count()
			};
			let mut guard = 0;
			let answered = chunk.iter().filter(|i| seen.contains_key(*i)).count();
			while decided(task) < answered && guard < 10_000 {
				court.serve(&mut ledger);
				next_block(&mut ledger);
				guard += 1;
			}
		}
		// The court finishes its cases.
		let mut guard = 0;
		while pallet_review::Cases::<Runtime>::iter_keys().next().is_some() && guard < 10_000 {
			court.serve(&mut ledger);
			next_block(&mut ledger);
			guard += 1;
		}
		next_block(&mut ledger);

		// Score, on the items that are not the requesters' gold: the vote's label (escalated and
		// audited items counted with it), and the label after review.
		let (mut correct, mut mv_smaller, mut mv_expected, mut scored, mut escalated) = (0usize, 0usize, 0f64, 0usize, 0usize);
		let (mut reviewed_correct, mut audited, mut unreviewed) = (0usize, 0usize, 0usize);
		let (mut vote_error, mut reviewed_error, mut mv_error, mut mean_error, mut mean_correct) = (0f64, 0f64, 0f64, 0f64, 0usize);
		for item in &data.items {
			let Some(gold) = data.gold.get(item) else { continue };
			if gold_set.contains(item) {
				continue;
			}
			let (task, index) = task_of_item[item];
			let result = pallet_consensus::Results::<Runtime>::get(task, index).map(|r| r.label);
			let after = match result {
				Some(label) => label,
				None => {
					unreviewed += 1;
					pallet_consensus::Escalations::<Runtime>::get(task, index).and_then(|e| e.vote_label)
				},
			};
			let vote = match ledger.vote_labels.get(&(task, index)) {
				Some(vote) => {
					if ledger.audited.contains(&(task, index)) {
						audited += 1;
					} else {
						escalated += 1;
					}
					*vote
				},
				None => after,
			};
			scored += 1;
			correct += (vote == Some(to_label(args.ordinal, *gold))) as usize;
			reviewed_correct += (after == Some(to_label(args.ordinal, *gold))) as usize;
			// Absolute errors in grades (an item without a label counts as the farthest grade).
			let error = |label: Option<Label>| {
				label.and_then(from_label).map_or(f64::from(data.classes.saturating_sub(1)), |v| f64::from(v.abs_diff(*gold)))
			};
			vote_error += error(vote);
			reviewed_error += error(after);
			let tied = majority(seen.get(item).map(Vec::as_slice).unwrap_or_default());
			mv_error += tied.first().map_or(f64::from(data.classes.saturating_sub(1)), |v| f64::from(v.abs_diff(*gold)));
			mean_error += mean_rounded(seen.get(item).map(Vec::as_slice).unwrap_or_default())
				.map_or(f64::from(data.classes.saturating_sub(1)), |v| f64::from(v.abs_diff(*gold)));
			mean_correct += (mean_rounded(seen.get(item).map(Vec::as_slice).unwrap_or_default()) == Some(*gold)) as usize;
			mv_smaller += (tied.first() == Some(gold)) as usize;
			if tied.contains(gold) {
				mv_expected += 1.0 / tied.len() as f64;
			}
		}
		// Each worker's accuracy on every gold item they answered, and money.
		let mut hits: HashMap<&str, (usize, usize)> = HashMap::new();
		let mut answered: HashMap<&str, usize> = HashMap::new();
		for item in &data.items {
			for (w, l) in &data.answers[item] {
				*answered.entry(w.as_str()).or_default() += 1;
				if let Some(gold) = data.gold.get(item) {
					let e = hits.entry(w.as_str()).or_default();
					e.0 += (*l == *gold) as usize;
					e.1 += 1;
				}
			}
		}
		let (mut adversaries, mut accurate, mut random, mut honest) =
			(Group::default(), Group::default(), Group::default(), Group::default());
		let mut rows = Vec::new();
		for w in &workers {
			let n = answered.get(w.as_str()).copied().unwrap_or(0);
			let net = ledger.net(&account(w));
			let (hit, seen) = hits.get(w.as_str()).copied().unwrap_or((0, 0));
			let accuracy = (seen > 0).then(|| hit as f64 / seen as f64);
			let adversary = data.adversaries.contains(w);
			if adversary {
				adversaries.add(n, net);
			} else {
				honest.add(n, net);
				match accuracy {
					Some(a) if a >= 0.8 => accurate.add(n, net),
					Some(a) if a < 0.6 => random.add(n, net),
					_ => {},
				}
			}
			rows.push(format!(
				"{w}\t{}\t{n}\t{}\t{:.3}\t{:.3}\t{net:.3}",
				if adversary { "adversary" } else { "worker" },
				accuracy.map_or("-".into(), |a| format!("{a:.3}")),
				*ledger.rewards.get(&account(w)).unwrap_or(&0) as f64 / UNIT as f64,
				*ledger.slashes.get(&account(w)).unwrap_or(&0) as f64 / UNIT as f64,
			));
		}
		if let Some(path) = &args.money {
			let text = format!("worker\tkind\tanswers\tgold_accuracy\trewards\tslashes\tnet\n{}\n", rows.join("\n"));
			if let Err(e) = std::fs::write(path, text) {
				eprintln!("cannot write {}: {e}", path.display());
			}
		}
		let rewards: Balance = ledger.rewards.values().sum();
		let slashes: Balance = ledger.slashes.values().sum();
		let accuracy = correct as f64 / scored.max(1) as f64;
		let escalation = escalated as f64 / scored.max(1) as f64;
		let reviewed_accuracy = reviewed_correct as f64 / scored.max(1) as f64;
		let (mv_small, mv_exp) = (mv_smaller as f64 / scored.max(1) as f64, mv_expected / scored.max(1) as f64);
		println!("data set           {}", args.labels.display());
		println!(
			"items scored       {scored} (tasks of {} items, {} workers, {} classes, {} gold items, answers capped at {})",
			args.batch, workers.len(), data.classes, gold_set.len(), args.cap
		);
		println!(
			"dealt by lot       {dealt_answers} of {all_answers} answers reached the chain (an item's seats: {:.0} % of its answerers, drawn by stake)",
			100.0 * args.deal_share
		);
		println!("finalized accuracy {accuracy:.4}  (escalated items counted with the weighted vote's label)");
		println!("escalation rate    {:.1} % ({escalated} items)", 100.0 * escalation);
		match args.panel_accuracy {
			Some(a) => println!(
				"after review       {reviewed_accuracy:.4}  (escalated and {audited} audited items decided by panels of 3 Experts right {:.0} % of the time; {unreviewed} left undecided)",
				100.0 * a
			),
			None => println!("after review       {reviewed_accuracy:.4}  (no court)"),
		}
		println!("majority vote      {mv_small:.4}  (ties to the smaller label); {mv_exp:.4} counting a tie among n as 1/n");
		let n = scored.max(1) as f64;
		// Meaningful where the labels are ordered grades (web), printed for every set.
		println!(
			"mean abs. error    vote {:.4}, after review {:.4}, majority vote {:.4} (in label steps); the rounded mean answer: {:.4} exact, {:.4} MAE",
			vote_error / n, reviewed_error / n, mv_error / n, mean_correct as f64 / n, mean_error / n
		);
		println!("rewards paid       {:.1} LBL; slashes taken {:.1} LBL", rewards as f64 / UNIT as f64, slashes as f64 / UNIT as f64);
		println!(
			"net per answer     accurate workers (>= 0.8, {}): {:+.3} LBL, {} lost money; near-random workers (< 0.6, {}): {:+.3} LBL, {} of them lost money",
			accurate.workers, accurate.per_answer(), accurate.losers, random.workers, random.per_answer(), random.losers
		);
		if adversaries.workers > 0 {
			println!(
				"adversaries        {} workers, {} answers: {:+.3} LBL per answer, {:+.1} LBL in all, {} of them lost money",
				adversaries.workers, adversaries.answers, adversaries.per_answer(), adversaries.net, adversaries.losers
			);
		}
		if ledger.dispatch_errors > 0 {
			println!("dispatch errors    {}", ledger.dispatch_errors);
		}
		let summary = serde_json::json!({
			"accuracy": accuracy, "escalation": escalation, "majorityVote": mv_small, "majorityVoteExpected": mv_exp,
			"reviewedAccuracy": reviewed_accuracy, "audited": audited, "unreviewed": unreviewed,
			"meanAbsError": vote_error / n, "reviewedMeanAbsError": reviewed_error / n,
			"majorityVoteMeanAbsError": mv_error / n, "ordinal": args.ordinal,
			"scored": scored, "goldItems": gold_set.len(), "dispatchErrors": ledger.dispatch_errors,
			"dealtAnswers": dealt_answers, "answers": all_answers,
			"adversaries": adversaries.json(), "honest": honest.json(), "accurate": accurate.json(), "nearRandom": random.json(),
		});
		println!("result {summary}");
	});
}

/// The Novice tier's minimum stake, from the runtime's parameters.
fn pallet_tiers_minimum() -> Balance {
	<<Runtime as pallet_tiers::Config>::TierThresholds as polkadot_sdk::frame_support::traits::Get<_>>::get()[0]
		.min_stake
}
