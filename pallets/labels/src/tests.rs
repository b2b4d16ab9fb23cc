//! Unit tests of commit-reveal: every rule and refusal, batches, leaks, and what consensus
//! reads. Each test ends with both pallets' `try_state` checks (see `mock::test`).

use crate::{
	mock::*,
	pallet::{Batches, ChunkSingles, Seats, WorkChunkCount, WorkChunks},
	types::*,
	Error, Event,
};
use frame_support::{assert_noop, assert_ok};
use labelchain_primitives::{label_commitment, merkle, Label, LabelStore, Vote};
use polkadot_sdk::{frame_support, frame_system, sp_core::H256};

const ALICE: AccountId = 10;
const BOB: AccountId = 11;
const CHARLIE: AccountId = 12;
const DAVE: AccountId = 13;

fn items(n: u32) -> Vec<H256> {
	(0..n).map(|i| H256::from_low_u64_be(i as u64 + 1000)).collect()
}

/// A task of `n` items, open until block 11, revealing until 21; returns its id.
fn new_task(n: u32) -> u64 {
	let root = merkle::root(items(n));
	pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, task_spec(n, root, System::block_number()))
		.expect("task")
}

fn salt(who: AccountId, item: u32) -> [u8; 32] {
	let mut s = [0u8; 32];
	s[..8].copy_from_slice(&who.to_le_bytes());
	s[8..12].copy_from_slice(&item.to_le_bytes());
	s
}

fn commitment(who: AccountId, task: u64, item: u32, label: Label) -> H256 {
	label_commitment(&Labels::genesis_hash(), task, item, &who, &label, &salt(who, item))
}

fn commit(who: AccountId, task: u64, item: u32, label: Label) -> frame_support::dispatch::DispatchResult {
	let all = items(pallet_tasks::Tasks::<Test>::get(task).unwrap().items.count());
	Labels::commit(
		RuntimeOrigin::signed(who),
		task,
		item,
		all[item as usize],
		merkle::proof(&all, item),
		commitment(who, task, item, label),
	)
}

fn reveal(who: AccountId, task: u64, item: u32, label: Label) -> frame_support::dispatch::DispatchResult {
	Labels::reveal(RuntimeOrigin::signed(who), task, item, label, salt(who, item))
}

fn staked(who: &[AccountId]) {
	for w in who {
		TestStake::set(*w, 1, 1_000);
	}
}

fn last_event() -> RuntimeEvent {
	frame_system::Pallet::<Test>::events().pop().expect("an event").event
}

#[test]
fn three_labelers_commit_and_reveal_one_item() {
	test(|| {
		staked(&[ALICE, BOB, CHARLIE]);
		let task = new_task(4);
		assert_ok!(commit(ALICE, task, 2, Label::Class(1)));
		assert_ok!(commit(BOB, task, 2, Label::Class(1)));
		assert_ok!(commit(CHARLIE, task, 2, Label::Class(3)));
		assert_eq!(
			last_event(),
			RuntimeEvent::Labels(Event::Committed {
				task,
				item: 2,
				labeler: CHARLIE,
				commitment: commitment(CHARLIE, task, 2, Label::Class(3)),
			})
		);
		// Each commitment sets a commit bond aside and the task can no longer be cancelled.
		assert_eq!(TestStake::locked(ALICE), COMMIT_BOND);
		assert_eq!(pallet_tasks::Tasks::<Test>::get(task).unwrap().commitments, 3);
		assert_noop!(
			Tasks::cancel_task(RuntimeOrigin::signed(REQUESTER), task),
			pallet_tasks::Error::<Test>::TaskHasCommitments
		);
		// Nothing is revealed before the commit deadline.
		assert_eq!(Labels::votes(task, 2).iter().filter(|v| v.label.is_some()).count(), 0);

		run_to(12);
		assert_ok!(reveal(ALICE, task, 2, Label::Class(1)));
		assert_ok!(reveal(BOB, task, 2, Label::Class(1)));
		assert!(!Labels::all_revealed(task, 2));
		assert_ok!(reveal(CHARLIE, task, 2, Label::Class(3)));
		assert_eq!(
			last_event(),
			RuntimeEvent::Labels(Event::Revealed { task, item: 2, labeler: CHARLIE, label: Label::Class(3) })
		);
		assert!(Labels::all_revealed(task, 2));
		assert_eq!(
			Labels::votes(task, 2),
			vec![
				Vote { labeler: ALICE, label: Some(Label::Class(1)), bond: COMMIT_BOND },
				Vote { labeler: BOB, label: Some(Label::Class(1)), bond: COMMIT_BOND },
				Vote { labeler: CHARLIE, label: Some(Label::Class(3)), bond: COMMIT_BOND },
			]
		);
		Labels::consume(task, 2);
		assert!(Labels::votes(task, 2).is_empty());
		assert!(!Labels::all_revealed(task, 2));
	});
}

#[test]
fn a_copied_commitment_cannot_be_revealed_by_the_copier() {
	test(|| {
		staked(&[ALICE, BOB]);
		let task = new_task(4);
		let all = items(4);
		let alices = commitment(ALICE, task, 0, Label::Class(2));
		assert_ok!(commit(ALICE, task, 0, Label::Class(2)));
		// Bob submits Alice's commitment as his own…
		assert_ok!(Labels::commit(RuntimeOrigin::signed(BOB), task, 0, all[0], merkle::proof(&all, 0), alices));
		run_to(12);
		// …and cannot open it, even knowing Alice's label and salt, because it binds Alice.
		assert_noop!(
			Labels::reveal(RuntimeOrigin::signed(BOB), task, 0, Label::Class(2), salt(ALICE, 0)),
			Error::<Test>::CommitmentMismatch
		);
		assert_ok!(reveal(ALICE, task, 0, Label::Class(2)));
	});
}

#[test]
fn a_commitment_replayed_on_another_task_or_item_fails() {
	test(|| {
		staked(&[ALICE]);
		let first = new_task(4);
		let second = new_task(4);
		let all = items(4);
		let made_for_first_item0 = commitment(ALICE, first, 0, Label::Class(1));
		assert_ok!(Labels::commit(RuntimeOrigin::signed(ALICE), second, 0, all[0], merkle::proof(&all, 0), made_for_first_item0));
		assert_ok!(Labels::commit(RuntimeOrigin::signed(ALICE), first, 1, all[1], merkle::proof(&all, 1), made_for_first_item0));
		run_to(12);
		assert_noop!(
			Labels::reveal(RuntimeOrigin::signed(ALICE), second, 0, Label::Class(1), salt(ALICE, 0)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Labels::reveal(RuntimeOrigin::signed(ALICE), first, 1, Label::Class(1), salt(ALICE, 0)),
			Error::<Test>::CommitmentMismatch
		);
	});
}

#[test]
fn commit_refusals_store_nothing() {
	test(|| {
		staked(&[ALICE, BOB, CHARLIE, DAVE, 14, 15]);
		let task = new_task(4);
		let all = items(4);
		let c = H256::repeat_byte(1);
		let signed = RuntimeOrigin::signed;
		assert_noop!(Labels::commit(signed(ALICE), 77, 0, all[0], vec![], c), Error::<Test>::UnknownTask);
		assert_noop!(
			Labels::commit(signed(ALICE), task, 0, all[1], merkle::proof(&all, 0), c),
			Error::<Test>::ItemNotInTask
		);
		assert_noop!(
			Labels::commit(signed(ALICE), task, 1, all[0], merkle::proof(&all, 0), c),
			Error::<Test>::ItemNotInTask
		);
		assert_noop!(
			Labels::commit(signed(ALICE), task, 0, all[0], vec![H256::zero(); 14], c),
			Error::<Test>::ProofTooLong
		);
		assert_noop!(commit(REQUESTER, task, 0, Label::Class(0)), Error::<Test>::RequesterCannotLabel);
		TestStake::set(DAVE, 0, 1_000);
		assert_noop!(commit(DAVE, task, 0, Label::Class(0)), Error::<Test>::NotEligible);
		TestStake::set(DAVE, 1, COMMIT_BOND - 1);
		assert_noop!(commit(DAVE, task, 0, Label::Class(0)), Error::<Test>::InsufficientStake);

		assert_ok!(commit(ALICE, task, 0, Label::Class(0)));
		assert_noop!(commit(ALICE, task, 0, Label::Class(1)), Error::<Test>::AlreadyCommitted);
		for who in [BOB, CHARLIE, 14, 15] {
			assert_ok!(commit(who, task, 0, Label::Class(0)));
		}
		// Redundancy 5 reached: first come, first served.
		TestStake::set(DAVE, 1, 1_000);
		assert_noop!(commit(DAVE, task, 0, Label::Class(0)), Error::<Test>::ItemFull);
		run_to(12);
		assert_noop!(commit(DAVE, task, 1, Label::Class(0)), Error::<Test>::CommitWindowClosed);
		assert_eq!(Labels::votes(task, 1), vec![]);
	});
}

#[test]
fn tier_requirements_of_the_task_are_enforced() {
	test(|| {
		let root = merkle::root(items(4));
		let spec = pallet_tasks::TaskSpec { min_tier: 3, ..task_spec(4, root, 1) };
		let task = pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).unwrap();
		TestStake::set(ALICE, 2, 1_000);
		TestStake::set(BOB, 3, 1_000);
		assert_noop!(commit(ALICE, task, 0, Label::Class(0)), Error::<Test>::NotEligible);
		assert_ok!(commit(BOB, task, 0, Label::Class(0)));
	});
}

#[test]
fn reveal_refusals() {
	test(|| {
		staked(&[ALICE, BOB]);
		let task = new_task(4);
		assert_ok!(commit(ALICE, task, 0, Label::Class(2)));
		assert_noop!(reveal(ALICE, task, 0, Label::Class(2)), Error::<Test>::NotRevealWindow);
		run_to(12);
		assert_noop!(reveal(BOB, task, 0, Label::Class(2)), Error::<Test>::NoCommitment);
		assert_noop!(reveal(ALICE, task, 1, Label::Class(2)), Error::<Test>::NoCommitment);
		assert_noop!(reveal(ALICE, task, 0, Label::Class(1)), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			Labels::reveal(RuntimeOrigin::signed(ALICE), task, 0, Label::Class(2), [0u8; 32]),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(reveal(ALICE, task, 0, Label::Class(4)), Error::<Test>::LabelOutOfSchema);
		assert_noop!(reveal(ALICE, task, 0, Label::Digest(H256::zero())), Error::<Test>::LabelOutOfSchema);
		assert_noop!(reveal(ALICE, 77, 0, Label::Class(2)), Error::<Test>::UnknownTask);
		assert_ok!(reveal(ALICE, task, 0, Label::Class(2)));
		assert_noop!(reveal(ALICE, task, 0, Label::Class(2)), Error::<Test>::AlreadyRevealed);
		run_to(22);
		assert_noop!(reveal(ALICE, task, 0, Label::Class(2)), Error::<Test>::NotRevealWindow);
	});
}

/// The label `who` gives `item` in the tests of `commit_singles`.
fn single_label(item: u32) -> Label {
	Label::Class(item as u16 % 4)
}

/// `who`'s commitments to `indices` (ascending) as `commit_singles` takes them, with the
/// items' combined proof.
fn single_commits(who: AccountId, task: u64, indices: &[u32]) -> (Vec<SingleCommit>, Vec<H256>) {
	let all = items(pallet_tasks::Tasks::<Test>::get(task).unwrap().items.count());
	let commits = indices
		.iter()
		.map(|&item| SingleCommit {
			item,
			item_hash: all[item as usize],
			commitment: commitment(who, task, item, single_label(item)),
		})
		.collect();
	(commits, merkle::multi_proof(&all, indices).unwrap())
}

#[test]
fn several_items_are_committed_in_one_call_each_with_its_own_commitment() {
	test(|| {
		staked(&[ALICE, BOB, CHARLIE, DAVE, 14, 15]);
		let task = new_task(8);
		let commit_singles = |who, (commits, proof): (Vec<SingleCommit>, Vec<H256>)| {
			Labels::commit_singles(RuntimeOrigin::signed(who), task, commits, proof)
		};
		let mine = |indices: &[u32]| single_commits(ALICE, task, indices);
		// Item 5 full: Bob, Charlie, Dave, 14 and 15 hold its 5 slots.
		for who in [BOB, CHARLIE, DAVE, 14, 15] {
			assert_ok!(commit(who, task, 5, Label::Class(0)));
		}

		// All or none: one refusal anywhere in the list stores nothing and locks nothing.
		assert_noop!(commit_singles(ALICE, (vec![], vec![])), Error::<Test>::EmptyBatch);
		assert_noop!(commit_singles(ALICE, mine(&[0, 5])), Error::<Test>::ItemFull);
		// Items in ascending order, each once.
		let (mut twice, proof) = mine(&[2]);
		twice.push(twice[0].clone());
		assert_noop!(commit_singles(ALICE, (twice, proof)), Error::<Test>::ItemsNotAscending);
		let (mut swapped, proof) = mine(&[3, 6]);
		swapped.swap(0, 1);
		assert_noop!(commit_singles(ALICE, (swapped, proof)), Error::<Test>::ItemsNotAscending);
		// A wrong item hash, or the proof of other items.
		let (mut wrong_item, proof) = mine(&[0, 3]);
		wrong_item[1].item_hash = H256::repeat_byte(9);
		assert_noop!(commit_singles(ALICE, (wrong_item, proof)), Error::<Test>::ItemNotInTask);
		assert_noop!(commit_singles(ALICE, (mine(&[0, 3]).0, mine(&[0, 4]).1)), Error::<Test>::ItemNotInTask);
		let (one, _) = mine(&[0]);
		assert_noop!(commit_singles(ALICE, (one.clone(), vec![H256::zero(); 14])), Error::<Test>::ProofTooLong);
		assert_noop!(commit_singles(REQUESTER, mine(&[0])), Error::<Test>::RequesterCannotLabel);
		assert_noop!(commit_singles(ALICE, (vec![one[0].clone(); 65], vec![])), Error::<Test>::BatchTooLarge);
		TestStake::set(ALICE, 1, COMMIT_BOND * 3 - 1);
		assert_noop!(commit_singles(ALICE, mine(&[0, 3, 6])), Error::<Test>::InsufficientStake);
		TestStake::set(ALICE, 1, 1_000);

		let (commits, proof) = mine(&[0, 3, 6]);
		// The combined proof is shorter than the three single proofs together.
		let all = items(8);
		assert!(proof.len() < [0, 3, 6].iter().map(|&i| merkle::proof(&all, i).len()).sum::<usize>());
		assert_ok!(commit_singles(ALICE, (commits, proof)));
		assert_eq!(
			last_event(),
			RuntimeEvent::Labels(Event::SinglesCommitted {
				task,
				labeler: ALICE,
				commitments: vec![
					(0, commitment(ALICE, task, 0, Label::Class(0))),
					(3, commitment(ALICE, task, 3, Label::Class(3))),
					(6, commitment(ALICE, task, 6, Label::Class(2))),
				]
				.try_into()
				.unwrap(),
			})
		);
		// Three commitments: three bonds, counted on the task, the same entries `commit` makes.
		assert_eq!(TestStake::locked(ALICE), 3 * COMMIT_BOND);
		assert_eq!(pallet_tasks::Tasks::<Test>::get(task).unwrap().commitments, 5 + 3);
		assert_noop!(commit(ALICE, task, 3, Label::Class(3)), Error::<Test>::AlreadyCommitted);
		assert_eq!(
			Labels::votes(task, 3),
			vec![Vote { labeler: ALICE, label: None, bond: COMMIT_BOND }]
		);

		// Each is revealed on its own terms: one by one, or several at once.
		run_to(12);
		assert_noop!(commit_singles(BOB, single_commits(BOB, task, &[1])), Error::<Test>::CommitWindowClosed);
		assert_ok!(reveal(ALICE, task, 6, Label::Class(2)));
		assert_ok!(Labels::reveal_singles(
			RuntimeOrigin::signed(ALICE),
			task,
			vec![single(ALICE, 0, Label::Class(0)), single(ALICE, 3, Label::Class(3))],
		));
		for item in [0, 3, 6] {
			assert!(Labels::all_revealed(task, item));
		}
	});
}

fn single(who: AccountId, item: u32, label: Label) -> SingleReveal {
	SingleReveal { item, label, salt: salt(who, item) }
}

#[test]
fn several_single_commitments_are_revealed_in_one_call() {
	test(|| {
		staked(&[ALICE, BOB]);
		let task = new_task(8);
		for item in [1, 4, 6] {
			assert_ok!(commit(ALICE, task, item, Label::Class(item as u16 % 4)));
		}
		assert_ok!(commit(BOB, task, 4, Label::Class(2)));
		let mine = |items: &[u32]| -> Vec<SingleReveal> {
			items.iter().map(|&i| single(ALICE, i, Label::Class(i as u16 % 4))).collect()
		};
		let reveal_singles = |reveals| Labels::reveal_singles(RuntimeOrigin::signed(ALICE), task, reveals);
		assert_noop!(reveal_singles(mine(&[1, 4])), Error::<Test>::NotRevealWindow);
		run_to(12);

		// All or none: one bad reveal anywhere in the list refuses the call and reveals nothing.
		assert_noop!(reveal_singles(vec![]), Error::<Test>::EmptyBatch);
		assert_noop!(reveal_singles(mine(&[1, 4, 5])), Error::<Test>::NoCommitment);
		let mut wrong = mine(&[1, 4, 6]);
		wrong[2].label = Label::Class(3);
		assert_noop!(reveal_singles(wrong), Error::<Test>::CommitmentMismatch);
		let mut bad_salt = mine(&[1, 4]);
		bad_salt[0].salt = [0u8; 32];
		assert_noop!(reveal_singles(bad_salt), Error::<Test>::CommitmentMismatch);
		// Bob's salt and label for item 4 are not Alice's.
		assert_noop!(reveal_singles(vec![single(BOB, 4, Label::Class(2))]), Error::<Test>::CommitmentMismatch);
		assert_noop!(reveal_singles(mine(&[1, 1])), Error::<Test>::AlreadyRevealed);
		assert_noop!(
			Labels::reveal_singles(RuntimeOrigin::signed(ALICE), task, vec![single(ALICE, 1, Label::Class(1)); 65]),
			Error::<Test>::BatchTooLarge
		);

		assert_ok!(reveal_singles(mine(&[6, 1, 4])));
		assert_eq!(
			last_event(),
			RuntimeEvent::Labels(Event::SinglesRevealed {
				task,
				labeler: ALICE,
				labels: vec![(6, Label::Class(2)), (1, Label::Class(1)), (4, Label::Class(0))].try_into().unwrap(),
			})
		);
		for item in [1, 4, 6] {
			assert_eq!(Labels::votes(task, item)[0].label, Some(Label::Class(item as u16 % 4)));
		}
		// Bob's commitment on item 4 is untouched; Alice's labels are revealed once.
		assert_eq!(Labels::votes(task, 4)[1].label, None);
		assert_noop!(reveal_singles(mine(&[4])), Error::<Test>::AlreadyRevealed);
		assert_ok!(Labels::reveal_singles(RuntimeOrigin::signed(BOB), task, vec![single(BOB, 4, Label::Class(2))]));
		assert!(Labels::all_revealed(task, 4));
	});
}

/// The leaves of `who`'s batch over items `first..first+labels.len()`.
fn batch(who: AccountId, task: u64, first: u32, labels: &[Label]) -> (H256, Vec<BatchLeaf>) {
	let commitments: Vec<H256> = labels
		.iter()
		.enumerate()
		.map(|(i, l)| commitment(who, task, first + i as u32, *l))
		.collect();
	let root = merkle::root(commitments.clone());
	let leaves = labels
		.iter()
		.enumerate()
		.map(|(i, l)| BatchLeaf {
			item: first + i as u32,
			label: *l,
			salt: salt(who, first + i as u32),
			proof: merkle::proof(&commitments, i as u32),
		})
		.collect();
	(root, leaves)
}

/// The batch size of the mock runtime: a chunk is 128 items.
const CHUNK: u32 = 128;

#[test]
fn a_batch_of_a_hundred_items_is_committed_once_and_revealed_in_chunks() {
	test(|| {
		TestStake::set(ALICE, 1, 100 * COMMIT_BOND);
		// The task's second chunk is its last hundred items.
		let task = new_task(CHUNK + 100);
		let labels: Vec<Label> = (0..100).map(|i| Label::Class(i % 4)).collect();
		let (root, leaves) = batch(ALICE, task, CHUNK, &labels);
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(ALICE), task, CHUNK, 100, root));
		assert_eq!(TestStake::locked(ALICE), 100 * COMMIT_BOND);
		assert_eq!(Labels::votes(task, CHUNK), vec![Vote { labeler: ALICE, label: None, bond: COMMIT_BOND }]);
		assert_eq!(Labels::votes(task, CHUNK + 99).len(), 1);
		assert_eq!(Labels::votes(task, CHUNK - 1).len(), 0);
		assert_eq!(Seats::<Test>::get(task, 1).into_inner(), vec![ALICE]);
		assert_noop!(
			Labels::commit_batch(RuntimeOrigin::signed(ALICE), task, CHUNK, 100, root),
			Error::<Test>::BatchExists
		);
		// Inside its batch's chunk a labeler commits nothing else.
		assert_noop!(commit(ALICE, task, CHUNK + 5, Label::Class(0)), Error::<Test>::AlreadyCommitted);

		run_to(12);
		// A batch leaf is not revealed alone.
		assert_noop!(reveal(ALICE, task, CHUNK, Label::Class(0)), Error::<Test>::UseBatchReveal);
		assert_ok!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, leaves[..60].to_vec()));
		assert!(!Labels::all_revealed(task, CHUNK + 60));
		assert_ok!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, leaves[60..].to_vec()));
		for (i, leaf) in leaves.iter().enumerate() {
			assert_eq!(Labels::votes(task, leaf.item)[0].label, Some(labels[i]));
			assert!(Labels::all_revealed(task, leaf.item));
		}
		assert_eq!(Batches::<Test>::get((task, 1, ALICE)).unwrap().revealed(), 100);
		assert!(matches!(last_event(), RuntimeEvent::Labels(Event::BatchRevealed { labels, .. }) if labels.len() == 40));
		assert_noop!(
			Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, leaves[..1].to_vec()),
			Error::<Test>::AlreadyRevealed
		);
		// Consuming an item removes its single commitments; batch records go with the task.
		for item in CHUNK..CHUNK + 100 {
			Labels::consume(task, item);
			assert!(!Labels::holds_item(task, item));
		}
		assert!(Labels::prune_task(task, 10));
		assert!(Batches::<Test>::get((task, 1, ALICE)).is_none());
		assert!(Seats::<Test>::get(task, 1).is_empty());
	});
}

#[test]
fn a_whole_batch_is_revealed_without_proofs() {
	test(|| {
		TestStake::set(ALICE, 1, 100 * COMMIT_BOND);
		let task = new_task(50);
		let labels: Vec<Label> = (0..50).map(|i| Label::Class(i % 3)).collect();
		let (root, leaves) = batch(ALICE, task, 0, &labels);
		let bare: Vec<BatchLeaf> = leaves.iter().cloned().map(|l| BatchLeaf { proof: vec![], ..l }).collect();
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(ALICE), task, 0, 50, root));
		run_to(12);
		// Without proofs, part of the batch proves nothing; one wrong label breaks the root;
		// leaves out of order are not the batch.
		assert_noop!(
			Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, bare[..49].to_vec()),
			Error::<Test>::CommitmentMismatch
		);
		let mut wrong = bare.clone();
		wrong[42].label = Label::Class(2 - (42 % 3) as u16);
		assert_noop!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, wrong), Error::<Test>::CommitmentMismatch);
		let mut swapped = bare.clone();
		swapped.swap(3, 4);
		assert_noop!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, swapped), Error::<Test>::CommitmentMismatch);

		assert_ok!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, bare.clone()));
		for (i, leaf) in bare.iter().enumerate() {
			assert_eq!(Labels::votes(task, leaf.item)[0].label, Some(labels[i]));
		}
		assert_eq!(Batches::<Test>::get((task, 0, ALICE)).unwrap().revealed(), 50);
		assert_noop!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, bare), Error::<Test>::AlreadyRevealed);
	});
}

#[test]
fn a_batch_with_seeded_salts_is_revealed_with_its_labels_and_the_seed() {
	use labelchain_primitives::batch_salt;
	test(|| {
		TestStake::set(ALICE, 1, 100 * COMMIT_BOND);
		let task = new_task(CHUNK + 40);
		let seed = [7u8; 32];
		let labels: Vec<Label> = (0..40).map(|i| Label::Class(i % 4)).collect();
		let commitments: Vec<H256> = labels
			.iter()
			.enumerate()
			.map(|(i, l)| {
				let item = CHUNK + i as u32;
				label_commitment(&Labels::genesis_hash(), task, item, &ALICE, l, &batch_salt(&seed, task, &ALICE, item))
			})
			.collect();
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(ALICE), task, CHUNK, 40, merkle::root(commitments.clone())));
		let reveal = |first: u32, labels: Vec<Label>, seed: [u8; 32]| {
			Labels::reveal_seeded_batch(RuntimeOrigin::signed(ALICE), task, first, labels, seed)
		};
		assert_noop!(reveal(CHUNK, labels.clone(), seed), Error::<Test>::NotRevealWindow);
		run_to(12);
		// Every label, from the batch's first item: a part, or another start, is not the batch.
		assert_noop!(reveal(CHUNK, labels[..39].to_vec(), seed), Error::<Test>::NotWholeBatch);
		assert_noop!(reveal(CHUNK + 1, labels[1..].to_vec(), seed), Error::<Test>::NotWholeBatch);
		assert_noop!(reveal(0, labels.clone(), seed), Error::<Test>::NoCommitment);
		// Another seed, or one label changed, breaks the root.
		assert_noop!(reveal(CHUNK, labels.clone(), [8u8; 32]), Error::<Test>::CommitmentMismatch);
		let mut wrong = labels.clone();
		wrong[17] = Label::Class(3 - (17 % 4) as u16);
		assert_noop!(reveal(CHUNK, wrong, seed), Error::<Test>::CommitmentMismatch);

		assert_ok!(reveal(CHUNK, labels.clone(), seed));
		for (i, label) in labels.iter().enumerate() {
			assert_eq!(Labels::votes(task, CHUNK + i as u32)[0].label, Some(*label));
		}
		assert_eq!(Batches::<Test>::get((task, 1, ALICE)).unwrap().revealed(), 40);
		assert!(matches!(last_event(), RuntimeEvent::Labels(Event::BatchRevealed { labels, .. }) if labels.len() == 40));
		assert_noop!(reveal(CHUNK, labels, seed), Error::<Test>::AlreadyRevealed);
	});
}

#[test]
fn a_seeded_batch_with_a_leaked_leaf_is_revealed_leaf_by_leaf() {
	use labelchain_primitives::batch_salt;
	test(|| {
		TestStake::set(ALICE, 1, 100 * COMMIT_BOND);
		staked(&[BOB]);
		let task = new_task(4);
		let seed = [9u8; 32];
		let labels = vec![Label::Class(0), Label::Class(1), Label::Class(2), Label::Class(3)];
		let commitments: Vec<H256> = (0..4u32)
			.map(|i| label_commitment(&Labels::genesis_hash(), task, i, &ALICE, &labels[i as usize], &batch_salt(&seed, task, &ALICE, i)))
			.collect();
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(ALICE), task, 0, 4, merkle::root(commitments.clone())));
		let leaf = |i: u32| BatchLeaf {
			item: i,
			label: labels[i as usize],
			salt: batch_salt(&seed, task, &ALICE, i),
			proof: merkle::proof(&commitments, i),
		};
		assert_ok!(Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaf(1)));
		run_to(12);
		assert_noop!(
			Labels::reveal_seeded_batch(RuntimeOrigin::signed(ALICE), task, 0, labels.clone(), seed),
			Error::<Test>::NoCommitment
		);
		assert_ok!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, vec![leaf(0), leaf(2), leaf(3)]));
		assert!(Labels::all_revealed(task, 3));
	});
}

#[test]
fn batch_refusals() {
	test(|| {
		TestStake::set(ALICE, 1, 300 * COMMIT_BOND);
		TestStake::set(BOB, 1, 300 * COMMIT_BOND);
		let task = new_task(200);
		let root = H256::repeat_byte(3);
		let signed = RuntimeOrigin::signed;
		assert_noop!(Labels::commit_batch(signed(ALICE), task, 0, 0, root), Error::<Test>::EmptyBatch);
		assert_noop!(Labels::commit_batch(signed(ALICE), task, 0, 129, root), Error::<Test>::BatchTooLarge);
		assert_noop!(Labels::commit_batch(signed(ALICE), task, 150, 51, root), Error::<Test>::ItemNotInTask);
		assert_noop!(Labels::commit_batch(signed(ALICE), task, u32::MAX, 2, root), Error::<Test>::ItemNotInTask);
		// A batch is one whole chunk: 0..128, or 128..200 (the task's end).
		assert_noop!(Labels::commit_batch(signed(ALICE), task, 0, 10, root), Error::<Test>::NotAChunk);
		assert_noop!(Labels::commit_batch(signed(ALICE), task, 5, 123, root), Error::<Test>::NotAChunk);
		assert_noop!(Labels::commit_batch(signed(ALICE), task, CHUNK, 71, root), Error::<Test>::NotAChunk);
		TestStake::set(CHARLIE, 1, 2 * COMMIT_BOND);
		assert_noop!(Labels::commit_batch(signed(CHARLIE), task, CHUNK, 72, root), Error::<Test>::InsufficientStake);
		// A single commitment inside the chunk makes the batch a double play.
		assert_ok!(commit(ALICE, task, 5, Label::Class(0)));
		assert_noop!(Labels::commit_batch(signed(ALICE), task, 0, CHUNK, root), Error::<Test>::AlreadyCommitted);
		assert_eq!(Labels::votes(task, 0), vec![]);

		let labels = vec![Label::Class(1); 72];
		let (root, mut leaves) = batch(BOB, task, CHUNK, &labels);
		assert_ok!(Labels::commit_batch(signed(BOB), task, CHUNK, 72, root));
		run_to(12);
		assert_noop!(Labels::reveal_batch(signed(ALICE), task, leaves[..8].to_vec()), Error::<Test>::NoCommitment);
		assert_noop!(Labels::reveal_batch(signed(BOB), task, vec![]), Error::<Test>::EmptyBatch);
		assert_noop!(Labels::reveal_batch(signed(BOB), task, vec![leaves[0].clone(); 65]), Error::<Test>::BatchTooLarge);
		let mut wrong = leaves[3].clone();
		wrong.label = Label::Class(2);
		assert_noop!(Labels::reveal_batch(signed(BOB), task, vec![wrong]), Error::<Test>::CommitmentMismatch);
		let mut bad_proof = leaves[3].clone();
		bad_proof.proof = leaves[4].proof.clone();
		assert_noop!(Labels::reveal_batch(signed(BOB), task, vec![bad_proof]), Error::<Test>::CommitmentMismatch);
		let mut outside = leaves[3].clone();
		outside.item = CHUNK - 1;
		assert_noop!(Labels::reveal_batch(signed(BOB), task, vec![outside]), Error::<Test>::NoCommitment);
		let mut out_of_schema = leaves[3].clone();
		out_of_schema.label = Label::Class(9);
		assert_noop!(Labels::reveal_batch(signed(BOB), task, vec![out_of_schema]), Error::<Test>::LabelOutOfSchema);
		leaves.truncate(8);
		assert_ok!(Labels::reveal_batch(signed(BOB), task, leaves));
	});
}

#[test]
fn seats_of_batches_count_towards_every_item_of_their_chunk() {
	test(|| {
		// Redundancy 5: three batches on chunk 0 leave two single commitments per item.
		let task = new_task(10);
		for who in [ALICE, BOB, CHARLIE] {
			TestStake::set(who, 1, 100 * COMMIT_BOND);
			let (root, _) = batch(who, task, 0, &[Label::Class(1); 10]);
			assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(who), task, 0, 10, root));
		}
		staked(&[DAVE, 20, 21]);
		assert_ok!(commit(DAVE, task, 4, Label::Class(0)));
		assert_ok!(commit(20, task, 4, Label::Class(0)));
		assert_noop!(commit(21, task, 4, Label::Class(0)), Error::<Test>::ItemFull);
		assert_ok!(commit(21, task, 3, Label::Class(0)));
		// Singles first, then batches in seat order.
		let order: Vec<AccountId> = Labels::votes(task, 4).into_iter().map(|v| v.labeler).collect();
		assert_eq!(order, vec![DAVE, 20, ALICE, BOB, CHARLIE]);
		// Item 4 is full, so a fourth batch on the chunk is refused.
		TestStake::set(22, 1, 100 * COMMIT_BOND);
		let (root, _) = batch(22, task, 0, &[Label::Class(1); 10]);
		assert_noop!(Labels::commit_batch(RuntimeOrigin::signed(22), task, 0, 10, root), Error::<Test>::ItemFull);
	});
}

#[test]
fn a_leaked_answer_costs_the_labeler_and_rewards_the_reporter() {
	test(|| {
		staked(&[ALICE, BOB]);
		let task = new_task(4);
		assert_ok!(commit(ALICE, task, 1, Label::Class(3)));
		let leaf = BatchLeaf { item: 1, label: Label::Class(3), salt: salt(ALICE, 1), proof: vec![] };
		assert_noop!(
			Labels::report_leak(RuntimeOrigin::signed(ALICE), task, ALICE, leaf.clone()),
			Error::<Test>::SelfReport
		);
		let wrong = BatchLeaf { label: Label::Class(2), ..leaf.clone() };
		assert_noop!(
			Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, wrong),
			Error::<Test>::CommitmentMismatch
		);
		assert_ok!(Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaf.clone()));
		// 20 % of 1,000 at stake: half to Bob, half to the treasury.
		assert_eq!(TestStake::slashes(), vec![(ALICE, 100, BOB), (ALICE, 100, TREASURY)]);
		assert_eq!(TestStake::locked(ALICE), 0);
		assert_eq!(
			last_event(),
			RuntimeEvent::Labels(Event::LeakReported {
				task, item: 1, labeler: ALICE, reporter: BOB, slashed: 200, reward: 100,
			})
		);
		// The commitment is void: not a vote, not revealable, not reportable twice.
		assert!(Labels::votes(task, 1).is_empty());
		assert_noop!(
			Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaf.clone()),
			Error::<Test>::NoCommitment
		);
		run_to(12);
		assert_noop!(reveal(ALICE, task, 1, Label::Class(3)), Error::<Test>::NoCommitment);
		assert_noop!(
			Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaf),
			Error::<Test>::LeakWindowClosed
		);
	});
}

/// A self-report through a sybil gets the reporter's part back; what goes to the treasury is
/// never less than the bond, so leaking costs at least what not revealing would.
#[test]
fn a_self_reported_leak_costs_at_least_the_bond() {
	test(|| {
		// A small stake, whose leak share (20 %: 12) is under the bond's floor.
		TestStake::set(ALICE, 1, 60);
		staked(&[BOB]);
		let task = new_task(4);
		assert_ok!(commit(ALICE, task, 1, Label::Class(3)));
		let bond = TestStake::locked(ALICE);
		// 20 % of the stake is 12, under twice the bond (the floor at a 50 % reporter share).
		assert!(bond > 0 && 12 < 2 * bond);
		let leaf = BatchLeaf { item: 1, label: Label::Class(3), salt: salt(ALICE, 1), proof: vec![] };
		assert_ok!(Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaf));
		let slashes = TestStake::slashes();
		let to_treasury: Balance = slashes.iter().filter(|(_, _, to)| *to == TREASURY).map(|(_, a, _)| *a).sum();
		let to_reporter: Balance = slashes.iter().filter(|(_, _, to)| *to == BOB).map(|(_, a, _)| *a).sum();
		assert!(to_treasury >= bond, "the treasury's part {to_treasury} is at least the bond {bond}");
		assert_eq!(to_reporter, to_treasury, "the reporter's half");
	});
}

/// A leaked commitment gives its seat up: a sybil's self-report cannot squat one.
#[test]
fn a_leaked_commitment_frees_its_seat() {
	test(|| {
		let five = [20, 21, 22, 23, 24];
		staked(&five);
		staked(&[25, BOB]);
		let task = new_task(4);
		for w in five {
			assert_ok!(commit(w, task, 1, Label::Class(1)));
		}
		assert_noop!(commit(25, task, 1, Label::Class(1)), Error::<Test>::ItemFull);
		let leaf = BatchLeaf { item: 1, label: Label::Class(1), salt: salt(20, 1), proof: vec![] };
		assert_ok!(Labels::report_leak(RuntimeOrigin::signed(BOB), task, 20, leaf));
		// The seat is free again (the leaker, slashed, may take it only with a new bond).
		assert_ok!(commit(25, task, 1, Label::Class(1)));
		assert_noop!(commit(BOB, task, 1, Label::Class(1)), Error::<Test>::ItemFull);
		assert_eq!(Labels::votes(task, 1).len(), 5);
	});
}

#[test]
fn a_leaked_batch_leaf_is_proven_with_its_merkle_path() {
	test(|| {
		TestStake::set(ALICE, 1, 1_000);
		staked(&[BOB]);
		let task = new_task(3);
		let (root, leaves) = batch(ALICE, task, 0, &[Label::Class(0), Label::Class(1), Label::Class(2)]);
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(ALICE), task, 0, 3, root));
		let mut wrong = leaves[2].clone();
		wrong.proof = leaves[1].proof.clone();
		assert_noop!(
			Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, wrong),
			Error::<Test>::CommitmentMismatch
		);
		assert_ok!(Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaves[2].clone()));
		assert_eq!(Labels::votes(task, 2), vec![]);
		assert_eq!(Labels::votes(task, 1).len(), 1);
		assert_eq!(TestStake::locked(ALICE), 2 * COMMIT_BOND);
		assert_noop!(
			Labels::report_leak(RuntimeOrigin::signed(BOB), task, ALICE, leaves[2].clone()),
			Error::<Test>::NoCommitment
		);
		run_to(12);
		// The rest of the batch is revealed with proofs; the leaked leaf stays void.
		assert_ok!(Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, leaves[..2].to_vec()));
		assert_noop!(
			Labels::reveal_batch(RuntimeOrigin::signed(ALICE), task, leaves[2..].to_vec()),
			Error::<Test>::NoCommitment
		);
		assert!(Labels::all_revealed(task, 1));
		assert!(!Labels::all_revealed(task, 2), "no live vote on item 2");
	});
}

#[test]
fn try_state_catches_more_commitments_than_redundancy() {
	new_test_ext().execute_with(|| {
		staked(&[ALICE]);
		let task = new_task(4);
		assert_ok!(commit(ALICE, task, 0, Label::Class(0)));
		assert_ok!(Labels::do_try_state());
		crate::pallet::Labels::<Test>::mutate(task, 0, |entries| {
			let e = entries[0].clone();
			for i in 0..4 {
				let mut extra = e.clone();
				extra.labeler = 100 + i;
				entries.try_push(extra).unwrap();
			}
		});
		assert_ok!(Labels::do_try_state());
		pallet_tasks::Tasks::<Test>::mutate(task, |t| t.as_mut().unwrap().redundancy = 3);
		assert!(Labels::do_try_state().is_err());
	});
}

#[test]
fn commitments_list_their_chunks_for_finalization_once() {
	use labelchain_primitives::WorkChunk;
	test(|| {
		staked(&[ALICE, BOB]);
		TestStake::set(CHARLIE, 1, 200 * COMMIT_BOND);
		let task = new_task(3 * CHUNK);
		// Single commitments on items 5 and 7 (chunk 0), then a batch on chunk 2.
		assert_ok!(commit(ALICE, task, 5, Label::Class(1)));
		assert_ok!(commit(BOB, task, 5, Label::Class(1)));
		assert_ok!(commit(BOB, task, 7, Label::Class(1)));
		let labels: Vec<Label> = (0..CHUNK).map(|_| Label::Class(0)).collect();
		let (root, _) = batch(CHARLIE, task, 2 * CHUNK, &labels);
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(CHARLIE), task, 2 * CHUNK, CHUNK, root));
		assert_eq!(Labels::work_chunks(task), 2);
		assert_eq!(Labels::work_chunk(task, 0), Some(WorkChunk { first_item: 0, singles: (1 << 5) | (1 << 7), batched: false }));
		assert_eq!(Labels::work_chunk(task, 1), Some(WorkChunk { first_item: 2 * CHUNK, singles: 0, batched: true }));
		let chunk = Labels::work_chunk(task, 0).unwrap();
		assert_eq!(chunk.next_offset(0, CHUNK), Some(5));
		assert_eq!(chunk.next_offset(6, CHUNK), Some(7));
		assert_eq!(chunk.next_offset(8, CHUNK), None);
		// Chunk 1 was never touched: finalization never visits it.
		assert_eq!(Labels::work_chunk(task, 2), None);
		assert_ok!(Labels::do_try_state());
	});
}

#[test]
fn migration_v1_lists_the_chunks_of_existing_commitments() {
	use crate::migrations::v1::UncheckedMigrateV0ToV1;
	use frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		staked(&[ALICE]);
		TestStake::set(CHARLIE, 1, 200 * COMMIT_BOND);
		let task = new_task(2 * CHUNK);
		assert_ok!(commit(ALICE, task, 3, Label::Class(1)));
		let labels: Vec<Label> = (0..CHUNK).map(|_| Label::Class(0)).collect();
		let (root, _) = batch(CHARLIE, task, CHUNK, &labels);
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(CHARLIE), task, CHUNK, CHUNK, root));
		// Version 0 had no work records.
		let _ = WorkChunks::<Test>::clear(u32::MAX, None);
		let _ = ChunkSingles::<Test>::clear(u32::MAX, None);
		WorkChunkCount::<Test>::remove(task);
		assert!(Labels::do_try_state().is_err(), "commitments that finalization would not walk");

		UncheckedMigrateV0ToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Labels::work_chunks(task), 2);
		assert_eq!(ChunkSingles::<Test>::get(task, 0), Some(1 << 3));
		assert_eq!(ChunkSingles::<Test>::get(task, 1), Some(0));
		assert_ok!(Labels::do_try_state());
	});
}

/// A `commit_singles` is charged by the chunks its items fall in: one chunk costs what the
/// in-chunk benchmark measured, one chunk per item what the spread benchmark measured (each with
/// the listing of its chunks), and the charge grows with every further chunk in between.
#[test]
fn commit_singles_is_charged_by_the_chunks_it_touches() {
	use crate::WeightInfo;
	use frame_support::traits::Get;
	type W = ();
	let chunk = <Test as crate::Config>::MaxBatchSize::get();
	let n = 31u32;
	let commits = |spacing: u32| -> Vec<SingleCommit> {
		(0..n).map(|i| SingleCommit { item: i * spacing, item_hash: H256::zero(), commitment: H256::zero() }).collect()
	};
	let weight = |spacing: u32| Labels::commit_singles_weight(&commits(spacing));
	assert_eq!(weight(1), W::commit_singles_in_chunk(n) + W::list_chunks(1));
	assert_eq!(weight(chunk), W::commit_singles(n) + W::list_chunks(n));
	assert!(weight(1).ref_time() < weight(chunk).ref_time());
	// Every few items in a chunk of their own: strictly between, growing with the chunks.
	let mut last = weight(1);
	for per_chunk in (1..=n).rev() {
		let spread: Vec<SingleCommit> =
			(0..n).map(|i| SingleCommit { item: (i / per_chunk) * chunk + i % per_chunk, item_hash: H256::zero(), commitment: H256::zero() }).collect();
		let now = Labels::commit_singles_weight(&spread);
		assert!(now.all_gte(last), "{per_chunk} items a chunk");
		last = now;
	}
	assert_eq!(last, W::commit_singles(n) + W::list_chunks(n));
	// A single item, and more items than a chunk holds, are charged as spread.
	assert_eq!(Labels::commit_singles_weight(&commits(1)[..1]), W::commit_singles(1) + W::list_chunks(1));
}

#[test]
fn graded_answers_outside_their_schema_are_refused_by_name() {
	use labelchain_primitives::{answers::NO_CANDIDATE, LabelSchema, Side};
	test(|| {
		staked(&[ALICE]);
		let ranking = |order: &[u8]| {
			let mut r = [NO_CANDIDATE; 8];
			r[..order.len()].copy_from_slice(order);
			Label::Ranking(r)
		};
		let cases = [
			(LabelSchema::Numeric { min: 0, max: 100, step: 5, tolerance: 0 }, Label::Number(7), Error::<Test>::AnswerOffGrid),
			(LabelSchema::Numeric { min: 0, max: 100, step: 5, tolerance: 0 }, Label::Number(105), Error::<Test>::LabelOutOfSchema),
			(LabelSchema::Ordinal { levels: 5 }, Label::Level(5), Error::<Test>::LabelOutOfSchema),
			(LabelSchema::MultiLabel { classes: 12 }, Label::Classes(0), Error::<Test>::EmptyAnswer),
			(LabelSchema::MultiLabel { classes: 12 }, Label::Classes(1 << 12), Error::<Test>::LabelOutOfSchema),
			(LabelSchema::Ranking { candidates: 4 }, ranking(&[0, 1, 1, 3]), Error::<Test>::NotAPermutation),
			(LabelSchema::Preference, Label::Prefer { side: Side::Tie, clear: true }, Error::<Test>::ClearTie),
			(LabelSchema::Preference, Label::Level(1), Error::<Test>::LabelOutOfSchema),
		];
		let mut tasks = Vec::new();
		for (schema, label, _) in &cases {
			let spec = pallet_tasks::TaskSpec { schema: *schema, ..task_spec(1, merkle::root(items(1)), 1) };
			let task = pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).expect("task");
			assert_ok!(commit(ALICE, task, 0, *label));
			tasks.push(task);
		}
		run_to(12);
		for ((_, label, error), task) in cases.into_iter().zip(tasks) {
			// The commitment matches, the answer does not fit: it stays unrevealed.
			assert_noop!(reveal(ALICE, task, 0, label), error);
		}
		// The valid answers of each kind are revealed.
		let spec = pallet_tasks::TaskSpec {
			schema: LabelSchema::Ranking { candidates: 4 },
			..task_spec(1, merkle::root(items(1)), System::block_number())
		};
		let task = pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).expect("task");
		assert_ok!(commit(ALICE, task, 0, ranking(&[3, 1, 0, 2])));
		run_to(System::block_number() + 11);
		assert_ok!(reveal(ALICE, task, 0, ranking(&[3, 1, 0, 2])));
	});
}
