//! `labelchain-replay`: runs a crowdsourcing data set through the real LabelChain runtime and
//! reports how good the finalized labels are.
//!
//! Input: `labels.tsv` (`item worker label`, header line) and `gold.tsv` (`item label`), class
//! labels `0..K`. In one pass, in file order, as the chain would see the data: items are
//! grouped into tasks of `--batch` items; every worker is funded and bonds the Novice stake;
//! each answer is committed and revealed as a labeler would (salted commitments, single-item
//! calls); blocks advance through the runtime's own hooks (`on_initialize`, `on_idle` with the
//! block's weight) until finalization has decided every item. Nothing here decides a label:
//! the consensus pallet does, with the runtime's parameters.
//!
//! Output: accuracy of the finalized labels against gold (escalated items counted with the
//! weighted vote's label, and the escalation rate beside it), majority-vote accuracy on the
//! same items, rewards paid and slashes taken, and whether money moved to accurate labelers.

use std::{
	collections::{BTreeMap, HashMap},
	path::PathBuf,
};

use codec::Encode;
use labelchain_primitives::{merkle, Label, LabelSchema, TaskId};
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

struct Args {
	labels: PathBuf,
	gold: PathBuf,
	batch: usize,
}

fn usage() -> ! {
	eprintln!(
		"usage: labelchain-replay <labels.tsv> <gold.tsv> [--batch N]\n\
		 \n\
		 Replays `item worker label` answers through the LabelChain runtime in tasks of N items\n\
		 (default 50) and prints the finalized labels' accuracy against gold, majority vote on\n\
		 the same items, the escalation rate, rewards and slashes."
	);
	std::process::exit(2)
}

fn parse_args() -> Args {
	let mut positional = Vec::new();
	let mut batch = 50;
	let mut args = std::env::args().skip(1);
	while let Some(arg) = args.next() {
		match arg.as_str() {
			"--batch" => batch = args.next().and_then(|b| b.parse().ok()).unwrap_or_else(|| usage()),
			"-h" | "--help" => usage(),
			_ => positional.push(PathBuf::from(arg)),
		}
	}
	let [labels, gold] = <[PathBuf; 2]>::try_from(positional).unwrap_or_else(|_| usage());
	if batch == 0 {
		usage()
	}
	Args { labels, gold, batch }
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
	/// Answers per item: (worker, class).
	answers: HashMap<String, Vec<(String, u16)>>,
	gold: HashMap<String, u16>,
	classes: u16,
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
	let gold = read_tsv(&args.gold)
		.into_iter()
		.filter_map(|r| Some((r.first()?.clone(), r.get(1)?.parse().ok()?)))
		.collect();
	Data { items, answers, gold, classes }
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

fn majority(answers: &[(String, u16)]) -> (u16, Vec<u16>) {
	let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
	for (_, l) in answers {
		*counts.entry(*l).or_default() += 1;
	}
	let max = counts.values().copied().max().unwrap_or(0);
	let tied: Vec<u16> = counts.iter().filter(|(_, c)| **c == max).map(|(l, _)| *l).collect();
	(tied.first().copied().unwrap_or(0), tied)
}

fn main() {
	let args = parse_args();
	let data = load(&args);
	let workers: Vec<String> = {
		let mut w: Vec<String> =
			data.answers.values().flatten().map(|(w, _)| w.clone()).collect();
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
	let mut balances: Vec<(AccountId, Balance)> =
		workers.iter().map(|w| (account(w), stake * 2)).collect();
	balances.push((requester.clone(), 1_000_000_000 * UNIT));
	balances.push((TreasuryAccount::get(), UNIT));
	let genesis = RuntimeGenesisConfig {
		balances: BalancesConfig { balances, ..Default::default() },
		..Default::default()
	};
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

		for chunk in data.items.chunks(args.batch) {
			let leaves: Vec<H256> = chunk.iter().map(|i| item_hash(i)).collect();
			let redundancy = chunk.iter().map(|i| data.answers[i].len()).max().unwrap_or(1).min(15) as u8;
			let now = System::block_number();
			let commit_deadline = now + 2;
			let reveal_deadline = commit_deadline + 11;
			let task = pallet_tasks::NextTaskId::<Runtime>::get();
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
				gold: None,
			};
			dispatch(&mut ledger, &requester, RuntimeCall::Tasks(pallet_tasks::Call::create_task { spec }));

			for (index, item) in chunk.iter().enumerate() {
				let index = index as u32;
				task_of_item.insert(item.clone(), (task, index));
				let proof = merkle::proof(&leaves, index);
				for (worker, label) in data.answers[item].iter().take(redundancy as usize) {
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
				for (worker, label) in data.answers[item].iter().take(redundancy as usize) {
					dispatch(&mut ledger, &account(worker), RuntimeCall::Labels(pallet_labels::Call::reveal {
						task, item: index as u32, label: Label::Class(*label), salt: salt(worker, item),
					}));
				}
			}
			// Let finalization run until every item of the task is decided or escalated.
			run_to(&mut ledger, reveal_deadline + 1);
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

		// Score.
		let (mut correct, mut mv_correct, mut mv_expected, mut scored, mut escalated) = (0usize, 0usize, 0f64, 0usize, 0usize);
		let mut worker_hits: HashMap<&str, (usize, usize)> = HashMap::new();
		for item in &data.items {
			let Some(gold) = data.gold.get(item) else { continue };
			let (task, index) = task_of_item[item];
			let label = match pallet_consensus::Results::<Runtime>::get(task, index) {
				Some(r) => r.label,
				None => {
					escalated += 1;
					pallet_consensus::Escalations::<Runtime>::get(task, index).and_then(|e| e.vote_label)
				},
			};
			scored += 1;
			if label == Some(Label::Class(*gold)) {
				correct += 1;
			}
			let (mv, tied) = majority(&data.answers[item]);
			if mv == *gold {
				mv_correct += 1;
			}
			if tied.contains(gold) {
				mv_expected += 1.0 / tied.len() as f64;
			}
			for (w, l) in &data.answers[item] {
				let e = worker_hits.entry(w.as_str()).or_default();
				e.0 += (*l == *gold) as usize;
				e.1 += 1;
			}
		}
		let rewards: Balance = ledger.rewards.values().sum();
		let slashes: Balance = ledger.slashes.values().sum();
		let net = |w: &str| -> f64 {
			let a = account(w);
			(*ledger.rewards.get(&a).unwrap_or(&0) as f64 - *ledger.slashes.get(&a).unwrap_or(&0) as f64) /
				UNIT as f64
		};
		let (mut good, mut bad) = ((0.0, 0usize), (0.0, 0usize));
		let mut losers_among_random = (0usize, 0usize);
		for (w, (hit, n)) in &worker_hits {
			let accuracy = *hit as f64 / *n as f64;
			if accuracy >= 0.8 {
				good.0 += net(w) / *n as f64;
				good.1 += 1;
			} else if accuracy < 0.6 {
				bad.0 += net(w) / *n as f64;
				bad.1 += 1;
				losers_among_random.1 += 1;
				if net(w) < 0.0 {
					losers_among_random.0 += 1;
				}
			}
		}
		let pct = |x: usize| 100.0 * x as f64 / scored.max(1) as f64;
		println!("data set           {}", args.labels.display());
		println!("items scored       {scored} (tasks of {} items, {} workers, {} classes)", args.batch, workers.len(), data.classes);
		println!("finalized accuracy {:.4}  (escalated items counted with the weighted vote's label)", correct as f64 / scored.max(1) as f64);
		println!("escalation rate    {:.1} % ({escalated} items)", pct(escalated));
		println!("majority vote      {:.4}  (ties to the smaller label); {:.4} counting a tie among n as 1/n", mv_correct as f64 / scored.max(1) as f64, mv_expected / scored.max(1) as f64);
		println!("rewards paid       {:.1} LBL; slashes taken {:.1} LBL", rewards as f64 / UNIT as f64, slashes as f64 / UNIT as f64);
		println!(
			"net per answer     accurate workers (>= 0.8, {}): {:+.3} LBL; near-random workers (< 0.6, {}): {:+.3} LBL, {} of them lost money",
			good.1, good.0 / good.1.max(1) as f64, bad.1, bad.0 / bad.1.max(1) as f64, losers_among_random.0
		);
		if ledger.dispatch_errors > 0 {
			println!("dispatch errors    {}", ledger.dispatch_errors);
		}
	});
}

/// The Novice tier's minimum stake, from the runtime's parameters.
fn pallet_tiers_minimum() -> Balance {
	<<Runtime as pallet_tiers::Config>::TierThresholds as polkadot_sdk::frame_support::traits::Get<_>>::get()[0]
		.min_stake
}
