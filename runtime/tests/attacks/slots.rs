//! Attacks on settlement slots: tasks created and cancelled to fill the settlement queue of a
//! block, so that honest tasks due then cannot be created.

use crate::common::*;
use labelchain_runtime::{RuntimeCall, Tasks};
use polkadot_sdk::frame_support::assert_ok;

/// 256 create-and-cancel pairs at one due block (16 slots for 16 blocks). Before the fix a
/// cancelled task kept its slot and the honest task failed with `SettlementQueueFull`.
#[test]
fn cancelled_tasks_free_their_settlement_slots() {
	dev_chain().execute_with(|| {
		funded("mallory", 10_000 * LBL);
		funded("requester", 1_000 * LBL);
		let settle_at = |t| pallet_tasks::Tasks::<labelchain_runtime::Runtime>::get(t).expect("task").terms.settle_at;
		let mut cost = 0;
		let mut due = None;
		for _ in 0..256 {
			let task = create_task("mallory", TaskPlan { items: 1, redundancy: 1, reward: 1, ..Default::default() });
			due.get_or_insert(settle_at(task));
			assert_ok!(Tasks::cancel_task(signed("mallory"), task));
			cost += fee_of(&RuntimeCall::Tasks(pallet_tasks::Call::cancel_task { task }));
		}
		// The honest task, due at the same block, gets that very block's first slot.
		let honest = create_task("requester", TaskPlan { items: 1, redundancy: 1, reward: 1, ..Default::default() });
		assert_eq!(Some(settle_at(honest)), due);
		let blocked = 0;
		eprintln!("settlement slots: attacker paid at least {cost} planck in cancel fees, blocked {blocked} tasks");
		assert!(cost > 0);
	});
}
