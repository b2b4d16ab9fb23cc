//! Attacks on seats (H5): a sybil cartel takes every seat of a task and decides its labels.
//! With first come, first served seats it could; work is now dealt by lot (`pallet-assignment`):
//! nobody chooses its seats, and many identities hold no more seats than their stake.

use crate::common::*;
use labelchain_primitives::Label;
use labelchain_runtime::{Balance, Labels, Runtime, RuntimeCall};
use polkadot_sdk::sp_core::H256;

const ITEMS: u32 = 640;
const CHUNK: u32 = 128;
const CARTEL: [&str; 3] = ["sybil-1", "sybil-2", "sybil-3"];
const HONEST: [&str; 3] = ["honest-1", "honest-2", "honest-3"];

/// The batch root `name` commits for a chunk, every item labeled `label`.
fn batch_root(name: &str, task: u64, first: u32, label: u16) -> H256 {
	let leaves: Vec<H256> = (first..first + CHUNK)
		.map(|i| Labels::commitment_of(&who(name), task, i, &Label::Class(label), &salt(name, i)))
		.collect();
	labelchain_primitives::merkle::root(leaves)
}

/// Three sybils of one owner try to commit a batch to every chunk of a 640-item,
/// redundancy-3 task the moment it is posted, ahead of three honest labelers of the same stake,
/// and reveal the same arbitrary label: with first come, first served seats they took every seat,
/// the whole reward and no slash. Dealt by lot, their rush is refused (`NotDealt`); each labeler
/// commits on the chunks dealt to it: the honest hold about half of the seats, and the cartel
/// decides only the items where it was dealt a majority, gaining less than the budget.
#[test]
fn a_sybil_cartel_cannot_take_every_seat() {
	dev_chain().execute_with(|| {
		funded("requester", 10_000 * LBL);
		// Enough stake for the bonds of five 128-item batches.
		for name in CARTEL.iter().chain(HONEST.iter()) {
			labeler(name, 5_000 * LBL, 4_000 * LBL);
		}
		let reward = 3 * LBL;
		let task = create_task("requester", TaskPlan {
			items: ITEMS,
			redundancy: 3,
			reward,
			commit_blocks: 20,
			reveal_blocks: 20,
		});
		let cartel_before: Balance = CARTEL.iter().map(|n| free(n)).sum();
		// The rush: in the block the task is posted, nothing is dealt yet.
		for name in CARTEL {
			assert_eq!(
				Labels::commit_batch(signed(name), task, 0, CHUNK, batch_root(name, task, 0, 0)),
				Err(pallet_labels::Error::<Runtime>::NotDealt.into())
			);
		}
		let chunks = ITEMS / CHUNK;
		run_until(5, || (0..chunks).all(|c| pallet_assignment::Deals::<Runtime>::get(task, c).len() == 3))
			.expect("every chunk dealt");
		let mut fees = 0;
		let mut seats = (0u32, 0u32);
		let mut majorities = 0u32;
		let mut committed = Vec::new();
		for first in (0..ITEMS).step_by(CHUNK as usize) {
			let mut cartel_here = 0;
			for (names, label) in [(CARTEL, 0u16), (HONEST, 1u16)] {
				for name in names {
					// Only its own seats: anyone else's are refused.
					let root = batch_root(name, task, first, label);
					let result = Labels::commit_batch(signed(name), task, first, CHUNK, root);
					if !dealt(name, task, first) {
						assert_eq!(result, Err(pallet_labels::Error::<Runtime>::NotDealt.into()));
						continue;
					}
					assert!(result.is_ok(), "{name} commits on its seat: {result:?}");
					committed.push((name, first));
					if label == 0 {
						seats.0 += 1;
						cartel_here += 1;
						fees += fee_of(&RuntimeCall::Labels(pallet_labels::Call::commit_batch {
							task,
							first_item: first,
							count: CHUNK,
							root,
						}));
					} else {
						seats.1 += 1;
					}
				}
			}
			if cartel_here >= 2 {
				majorities += 1;
			}
		}
		run_to_unchecked(reveal_deadline(task) - 1);
		for first in (0..ITEMS).step_by(CHUNK as usize) {
			for (names, label) in [(CARTEL, 0u16), (HONEST, 1u16)] {
				for name in names {
					let leaves = (first..first + CHUNK)
						.map(|i| pallet_labels::BatchLeaf { item: i, label: Label::Class(label), salt: salt(name, i), proof: Vec::new() })
						.collect();
					let r = Labels::reveal_batch(signed(name), task, leaves);
					if committed.contains(&(name, first)) {
						assert!(r.is_ok(), "{name} reveals its batch at {first}: {r:?}");
					}
				}
			}
		}
		run_until(200, || settled(task)).expect("the task settles");
		let cartel_labels = (0..ITEMS)
			.filter(|i| pallet_consensus::Results::<Runtime>::get(task, i).and_then(|r| r.label) == Some(Label::Class(0)))
			.count();
		let gained = CARTEL.iter().map(|n| free(n)).sum::<Balance>().saturating_sub(cartel_before);
		let budget = reward * ITEMS as Balance;
		eprintln!(
			"cartel: dealt {} of {} seats, a majority on {majorities} of {chunks} chunks, decided {cartel_labels} of {ITEMS} items, gained {} LBL of a {} LBL budget for {} LBL in fees",
			seats.0,
			seats.0 + seats.1,
			gained / LBL,
			budget / LBL,
			fees as f64 / LBL as f64,
		);
		assert_eq!(seats.0 + seats.1, chunks * 3, "every seat dealt and used");
		assert!(seats.1 >= 5, "the honest labelers, half the stake, got {} of 15 seats", seats.1);
		// Where it holds a majority it decides; the task's own agreement can lend its members
		// more weight than a lone honest pair (the consensus of issue 19 learns trust from
		// agreement), so it may decide a chunk more, but never all of them here.
		assert!(cartel_labels as u32 >= majorities * CHUNK, "a majority decides");
		assert!(cartel_labels < ITEMS as usize, "the cartel decided every item");
		assert!(gained < budget, "the cartel took the whole reward");
	});
}
