//! Farming reputation with one's own tasks: a sybil requester pays its sybil labeler for gold
//! answers it knows, to lift the labeler to Master and a heavy vote.

use crate::common::*;
use labelchain_primitives::{Label, LabelSchema, TaskId};
use labelchain_runtime::{configs::parameters::{consensus, tasks, tiers}, Balance, Runtime, Tasks};
use polkadot_sdk::{frame_support::{assert_ok, traits::Get}, sp_core::H256};

/// A task of `items` items, the largest share gold that governance allows (answer: class 1),
/// redundancy 1, paying `reward` each, labeled by `labeler` alone in batches; the requester
/// reveals the gold answers. Returns the fees the pair paid (to the treasury: all they lose;
/// rewards and deposits come back to them).
fn farm(requester: &str, labeler: &str, items: u32, reward: Balance) -> (TaskId, Balance) {
	let now = labelchain_runtime::System::block_number();
	let task = pallet_tasks::NextTaskId::<Runtime>::get();
	let gold = tasks::MaxGoldShare::get().mul_floor(items);
	let answers: Vec<(u32, Label)> = (0..gold).map(|i| (i, Label::Class(1))).collect();
	let salt = [3u8; 32];
	let spec = pallet_tasks::TaskSpec {
		manifest_hash: H256::repeat_byte(1),
		manifest_uri: Vec::new(),
		domain: 1,
		schema: LabelSchema::Categorical { classes: 2 },
		items: if items <= 64 {
			pallet_tasks::ItemsSpec::List((0..items).map(item_hash).collect())
		} else {
			pallet_tasks::ItemsSpec::Merkle { root: H256::repeat_byte(0xab), count: items }
		},
		redundancy: 1,
		min_tier: 0,
		commit_deadline: now + 5,
		reveal_deadline: now + 15,
		reward_per_item: reward,
		gold: Some(pallet_tasks::GoldSpec { commitment: pallet_tasks::gold_commitment(task, &answers, &salt), count: gold }),
		quorum: None,
		threshold: None,
	};
	let treasury = labelchain_runtime::configs::TreasuryAccount::get();
	let treasury_before = labelchain_runtime::Balances::free_balance(&treasury);
	assert_ok!(Tasks::create_task(signed(requester), spec));
	for first in (0..items).step_by(128) {
		commit_batch(labeler, task, first, 128.min(items - first), 1);
	}
	run_to(now + 14);
	for first in (0..items).step_by(128) {
		reveal_batch(labeler, task, first, 128.min(items - first), 1);
	}
	run_to(now + 16);
	assert_ok!(Tasks::reveal_gold(signed(requester), task, answers, salt));
	run_until(400, || settled(task)).expect("the farming task settles");
	let fees = labelchain_runtime::Balances::free_balance(&treasury) - treasury_before;
	(task, fees)
}

fn tier(name: &str) -> u8 {
	pallet_tiers::Labelers::<Runtime>::get(who(name)).expect("labeler").tier
}

/// The review's recipe: 256 gold items at 1 planck each made the sybil a Master for 0.02 LBL.
/// Gold is now at most a tenth of a task, and items count in proportion to the fee they carry:
/// 2,560 items with 256 gold at a planck earn no standing at all.
#[test]
fn gold_at_a_planck_farms_nothing() {
	dev_chain().execute_with(|| {
		let master_stake = tiers::Thresholds::get()[3].min_stake;
		funded("sybil-requester", 1_000 * LBL);
		labeler("sybil", master_stake + 1_000 * LBL, master_stake + 500 * LBL);
		let (_, fees) = farm("sybil-requester", "sybil", 2_560, 1);
		eprintln!("farming at 1 planck per gold item: fees {fees} planck, tier {}", tier("sybil"));
		assert_eq!(tier("sybil"), 1, "still a Novice");
		assert!(fees < LBL / 100);
	});
}

/// The cheapest way we found: items whose labeler share carries exactly the evidence fee
/// (cheaper ones count for less, dearer ones cost more per observation), a tenth of them gold
/// (three observations each), the rest decided by the sybil's single answer (one observation
/// each). Tasks of 100 items until the sybil is a Master: at least the governed price,
/// 60 × EvidenceFee (60 gold answers' worth of fees), however the tasks are shaped.
#[test]
fn the_cheapest_road_to_master_costs_the_governed_price() {
	dev_chain().execute_with(|| {
		let master_stake = tiers::Thresholds::get()[3].min_stake;
		funded("sybil-requester", 10_000 * LBL);
		labeler("sybil", master_stake + 1_000 * LBL, master_stake + 500 * LBL);
		let fee = tasks::ProtocolFee::get();
		let evidence_fee = consensus::EvidenceFee::get();
		// The reward at which one labeler's share carries the evidence fee.
		let reward = fee.saturating_reciprocal_mul_ceil(evidence_fee);
		let price = 60 * evidence_fee;
		let (mut paid, mut items) = (0, 0);
		while tier("sybil") < 4 && items < 1_000 {
			let (_, fees) = farm("sybil-requester", "sybil", 100, reward);
			paid += fees;
			items += 100;
		}
		eprintln!(
			"cheapest farming: {items} items ({} gold) at {reward} planck, fees {paid} planck (price {price}), tier {}",
			items / 10,
			tier("sybil")
		);
		assert_eq!(tier("sybil"), 4, "the sybil becomes a Master");
		assert!(paid >= price, "paid {paid} < the governed price {price}");
	});
}
