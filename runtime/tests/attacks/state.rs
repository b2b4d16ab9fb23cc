//! State left behind: the bytes of storage a settled task keeps per finalized item.

use crate::common::*;

/// Every key and value in storage, in bytes.
fn state_bytes() -> usize {
	let mut total = 0usize;
	let mut key = Vec::new();
	while let Some(next) = polkadot_sdk::sp_io::storage::next_key(&key) {
		let value = polkadot_sdk::sp_io::storage::get(&next).map_or(0, |v| v.len());
		total += next.len() + value;
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
		let start = labelchain_runtime::System::block_number();
		run_to_unchecked(start + 400);
		assert!(settled(task));
		assert_eq!(pallet_labels::WorkChunkCount::<labelchain_runtime::Runtime>::get(task), 0, "pruned");
		let after = state_bytes();
		let per_item = (after.saturating_sub(before)) as f64 / items as f64;
		println!("state left by a settled {items}-item task: {} bytes, {per_item:.1} bytes per finalized item", after - before);
	});
}
