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
//! Output: accuracy of the finalized labels against gold (escalated items counted with the
//! weighted vote's label, and the escalation rate beside it), majority-vote accuracy on the
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
	gold_share: f64,
	cap: usize,
	seed: u64,
	money: Option<PathBuf>,
}

fn usage() -> ! {
	eprintln!(
		"usage: labelchain-replay <labels.tsv> <gold.tsv> [--batch N] [--gold-share P] [--cap N]\n\
		 \x20                        [--seed S] [--money FILE]\n\
		 \n\
		 Replays `item worker label` answers through the LabelChain runtime in tasks of N items\n\
		 (default 50) and prints the finalized labels' accuracy against gold, majority vote on\n\
		 the same items, the escalation rate, rewards, slashes and who earned them.\n\
		 --gold-share P  each task's requester commits and reveals gold for that share of its\n\
		 \x20               items (at most the runtime's 10 %); scored on the other items\n\
		 --cap N         answers kept per item, sampled fairly (default and most: 15)\n\
		 --seed S        seed of the sampling and of the gold draw (default 0)\n\
		 --money FILE    each worker's answers, gold accuracy and money, as TSV"
	);
	std::process::exit(2)
}

fn parse_args() -> Args {
	let mut positional = Vec::new();
	let mut args = Args {
		labels: PathBuf::new(),
		gold: PathBuf::new(),
		batch: 50,
		gold_share: 0.0,
		cap: MAX_REDUNDANCY,
		seed: 0,
		money: None,
	};
	let mut it = std::env::args().skip(1);
	while let Some(arg) = it.next() {
		let mut value = || it.next().unwrap_or_else(|| usage());
		match arg.as_str() {
			"--batch" => args.batch = value().parse().unwrap_or_else(|_| usage()),
			"--gold-share" => args.gold_share = value().parse().unwrap_or_else(|_| usage()),
			"--cap" => args.cap = value().parse().unwrap_or_else(|_| usage()),
			"--seed" => args.seed = value().parse().unwrap_or_else(|_| usage()),
			"--money" => args.money = Some(PathBuf::from(value())),
			"-h" | "--help" => usage(),
			_ => positional.push(PathBuf::from(arg)),
		}
	}
	let [labels, gold] = <[PathBuf; 2]>::try_from(positional).unwrap_or_else(|_| usage());
	if args.batch == 0 || args.cap == 0 || args.cap > MAX_REDUNDANCY || !(0.0..0.5).contains(&args.gold_share) {
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
				RuntimeEvent::Consensus(pallet_consensus::Event::ItemEscalated { .. }) => {
					self.escalated += 1;
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
	labelchain_runtime::Tasks::on_initialize(next);
	labelchain_runtime::Consensus::on_initialize(next);
}

fn run_to(ledger: &mut Ledger, block: u32) {
	while System::block_number() < block {
		next_block(ledger);
	}
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
		let mut task_of_item: HashMap<String, (TaskId, u32)> = HashMap::new();
		let mut gold_set: HashSet<String> = HashSet::new();
		let gold_salt = [7u8; 32];

		for chunk in data.items.chunks(args.batch) {
			let leaves: Vec<H256> = chunk.iter().map(|i| item_hash(i)).collect();
			let redundancy = chunk.iter().map(|i| data.answers[i].len()).max().unwrap_or(1).min(MAX_REDUNDANCY) as u8;
			let now = System::block_number();
			let commit_deadline = now + 2;
			let reveal_deadline = commit_deadline + 11;
			let task = pallet_tasks::NextTaskId::<Runtime>::get();
			let gold: Vec<(ItemIndex, Label)> = gold_items(&args, &data, chunk)
				.into_iter()
				.filter_map(|i| Some((i, Label::Class(*data.gold.get(chunk.get(i as usize)?)?))))
				.collect();
			gold_set.extend(gold.iter().filter_map(|(i, _)| chunk.get(*i as usize).cloned()));
			let spec = pallet_tasks::TaskSpec {
				manifest_hash: H256(blake2_256(&chunk.join("\n").into_bytes())),
				manifest_uri: b"replay".to_vec(),
				domain: 1,
				schema: LabelSchema::Categorical { classes: data.classes },
				items: pallet_tasks::ItemsSpec::Merkle { root: merkle::root(leaves.clone()), count: chunk.len() as u32 },
				redundancy,
				min_tier: 0,
				commit_deadline,
				reveal_deadline,
				reward_per_item,
				gold: (!gold.is_empty()).then(|| pallet_tasks::GoldSpec {
					commitment: pallet_tasks::gold_commitment(task, &gold, &gold_salt),
					count: gold.len() as u32,
				}),
			};
			dispatch(&mut ledger, &requester, RuntimeCall::Tasks(pallet_tasks::Call::create_task { spec }));

			for (index, item) in chunk.iter().enumerate() {
				let index = index as u32;
				task_of_item.insert(item.clone(), (task, index));
				let proof = merkle::proof(&leaves, index);
				for (worker, label) in &data.answers[item] {
					let who = account(worker);
					let commitment = pallet_labels::Pallet::<Runtime>::commitment_of(
						&who, task, index, &Label::Class(*label), &salt(worker, item),
					);
					dispatch(&mut ledger, &who, RuntimeCall::Labels(pallet_labels::Call::commit {
						task, item: index, item_hash: leaves[index as usize], proof: proof.clone(), commitment,
					}));
				}
			}
			run_to(&mut ledger, commit_deadline + 1);
			for (index, item) in chunk.iter().enumerate() {
				for (worker, label) in &data.answers[item] {
					dispatch(&mut ledger, &account(worker), RuntimeCall::Labels(pallet_labels::Call::reveal {
						task, item: index as u32, label: Label::Class(*label), salt: salt(worker, item),
					}));
				}
			}
			run_to(&mut ledger, reveal_deadline + 1);
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
			while decided(task) < chunk.len() && guard < 10_000 {
				next_block(&mut ledger);
				guard += 1;
			}
		}
		next_block(&mut ledger);

		// Score, on the items that are not the requesters' gold.
		let (mut correct, mut mv_smaller, mut mv_expected, mut scored, mut escalated) = (0usize, 0usize, 0f64, 0usize, 0usize);
		for item in &data.items {
			let Some(gold) = data.gold.get(item) else { continue };
			if gold_set.contains(item) {
				continue;
			}
			let (task, index) = task_of_item[item];
			let label = match pallet_consensus::Results::<Runtime>::get(task, index) {
				Some(r) => r.label,
				None => {
					escalated += 1;
					pallet_consensus::Escalations::<Runtime>::get(task, index).and_then(|e| e.vote_label)
				},
			};
			scored += 1;
			correct += (label == Some(Label::Class(*gold))) as usize;
			let tied = majority(&data.answers[item]);
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
		let (mv_small, mv_exp) = (mv_smaller as f64 / scored.max(1) as f64, mv_expected / scored.max(1) as f64);
		println!("data set           {}", args.labels.display());
		println!(
			"items scored       {scored} (tasks of {} items, {} workers, {} classes, {} gold items, answers capped at {})",
			args.batch, workers.len(), data.classes, gold_set.len(), args.cap
		);
		println!("finalized accuracy {accuracy:.4}  (escalated items counted with the weighted vote's label)");
		println!("escalation rate    {:.1} % ({escalated} items)", 100.0 * escalation);
		println!("majority vote      {mv_small:.4}  (ties to the smaller label); {mv_exp:.4} counting a tie among n as 1/n");
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
			"scored": scored, "goldItems": gold_set.len(), "dispatchErrors": ledger.dispatch_errors,
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
