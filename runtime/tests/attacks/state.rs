//! State left behind: the bytes of storage a settled task keeps per finalized item.

use crate::common::*;
use labelchain_runtime::{configs::parameters::tasks, Balance};

/// Every key and value in storage, in bytes, but `System`'s (block hashes and events, which
/// the chain keeps per block whatever the tasks do).
fn state_bytes() -> usize {
	let system = polkadot_sdk::sp_io::hashing::twox_128(b"System");
	let mut total = 0usize;
	let mut key = Vec::new();
	while let Some(next) = polkadot_sdk::sp_io::storage::next_key(&key) {
		if !next.starts_with(&system) {
			let value = polkadot_sdk::sp_io::storage::get(&next).map_or(0, |v| v.len());
			total += next.len() + value;
		}
		key = next;
	}
	total
}

/// A 10,000-item task labeled by one batch labeler per chunk, finalized, settled and pruned:
/// the state it leaves, per item. `scripts/bench-state.sh` prints the figure.
#[test]
fn state_left_per_finalized_item() {
	dev_chain().execute_with(|| {
		let items = 10_000u32;
		funded("requester", 1_000_000 * LBL);
		labeler("worker", 100_000 * LBL, 20_000 * LBL);
		let before = state_bytes();
		let task = create_task("requester", TaskPlan { items, redundancy: 1, reward: LBL / 100, ..Default::default() });
		let chunks: Vec<(u32, u32)> = (0..items).step_by(128).map(|first| (first, 128.min(items - first))).collect();
		for &(first, count) in &chunks {
			commit_batch("worker", task, first, count, 1);
		}
		run_to_unchecked(reveal_deadline(task) - 1);
		for &(first, count) in &chunks {
			reveal_batch("worker", task, first, count, 1);
		}
		// Two walks (evidence, decisions) over the 10,000 items, within each block's spare weight.
		let start = labelchain_runtime::System::block_number();
		let mut guard = 0;
		while !settled(task) && guard < 3_000 {
			run_to_unchecked(start + 100 * (guard / 100 + 1));
			guard += 100;
		}
		assert!(settled(task), "settled within {guard} blocks");
		println!("a {items}-item task settled {} blocks after its reveals", labelchain_runtime::System::block_number() - start);
		assert_eq!(pallet_labels::WorkChunkCount::<labelchain_runtime::Runtime>::get(task), 0, "pruned");
		let settled_bytes = state_bytes().saturating_sub(before);
		let per_item = settled_bytes as f64 / items as f64;
		println!("state left by a settled {items}-item task: {settled_bytes} bytes, {per_item:.1} bytes per finalized item");
		assert!(per_item < 100.0, "{per_item} bytes per item");
		// The requester holds a deposit per result meanwhile.
		let deposit = pallet_tasks::StateHeld::<labelchain_runtime::Runtime>::get(task).expect("deposit");
		assert_eq!(deposit.held, deposit.per_item * items as Balance);
		let rate = deposit.held as f64 / settled_bytes as f64 / LBL as f64 * 1e6;
		println!("state deposit held for it: {} LBL ({rate:.1} µLBL per byte), returned when it is pruned", deposit.held as f64 / LBL as f64);

		// After the retention period (the shortest governance allows, a day) it is pruned: its
		// provenance root stays in the archive.
		set_parameter(labelchain_runtime::RuntimeParameters::Tasks(tasks::Parameters::StateRetention(
			tasks::StateRetention,
			Some(labelchain_runtime::DAYS),
		)));
		let requester_free = free("requester");
		let settled_at = labelchain_runtime::System::block_number();
		run_to_unchecked(settled_at + labelchain_runtime::DAYS + 10);
		assert!(pallet_tasks::Tasks::<labelchain_runtime::Runtime>::get(task).is_none());
		assert_eq!(free("requester"), requester_free + deposit.held);
		let archived = pallet_tasks::Archive::<labelchain_runtime::Runtime>::get(task).expect("archived");
		assert_eq!(archived.provenance.items, items);
		let pruned_bytes = state_bytes().saturating_sub(before);
		println!(
			"state left once pruned: {pruned_bytes} bytes, {:.3} bytes per finalized item (its archive entry, the labeler's records, the chain's logs and one changed parameter)",
			pruned_bytes as f64 / items as f64
		);
		assert!(pruned_bytes < items as usize, "{pruned_bytes} bytes: more than a byte per item");
	});
}

/// What the chain keeps per labeler (reputation, overall tally) is covered by their stake while
/// they labor, and leaves with them when they withdraw it all.
#[test]
fn a_labeler_who_leaves_takes_their_records_along() {
	use polkadot_sdk::frame_support::assert_ok;
	dev_chain().execute_with(|| {
		short_unbonding(50);
		funded("requester", 1_000 * LBL);
		for name in ["ann", "ben", "cat"] {
			labeler(name, 1_000 * LBL, novice_stake());
		}
		let task = create_task("requester", TaskPlan::default());
		for name in ["ann", "ben", "cat"] {
			commit(name, task, 0, 1);
		}
		run_to(reveal_deadline(task) - 1);
		for name in ["ann", "ben", "cat"] {
			reveal(name, task, 0, 1);
		}
		run_until(reveal_deadline(task) + 50, || settled(task)).expect("settled");
		let ann = who("ann");
		assert!(pallet_reputation::Reputations::<labelchain_runtime::Runtime>::contains_key(&ann));
		assert_eq!(pallet_consensus::LabelerTotals::<labelchain_runtime::Runtime>::get(&ann).agreed, 1);
		assert_ok!(labelchain_runtime::Tiers::unbond(signed("ann"), novice_stake()));
		run_to(labelchain_runtime::System::block_number() + tiers_unbonding() + 1);
		assert_ok!(labelchain_runtime::Tiers::withdraw_unbonded(signed("ann")));
		assert!(pallet_tiers::Labelers::<labelchain_runtime::Runtime>::get(&ann).is_none());
		assert!(!pallet_reputation::Reputations::<labelchain_runtime::Runtime>::contains_key(&ann));
		assert!(!pallet_consensus::LabelerTotals::<labelchain_runtime::Runtime>::contains_key(&ann));
	});
}

fn tiers_unbonding() -> labelchain_runtime::BlockNumber {
	use polkadot_sdk::frame_support::traits::Get;
	labelchain_runtime::configs::parameters::tiers::UnbondingPeriod::get()
}
