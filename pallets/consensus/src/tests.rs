//! Unit tests of finalization against the real task registry, labels and reputation: outcomes
//! (clear win, tie, no quorum, gold), exact payouts and slashes, reputation's direction, the
//! queue, and a property test that finalization never changes total issuance.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, Hooks},
	weights::Weight,
};
use labelchain_primitives::{Label, ReputationInspect};
use crate::math::{log_odds_weight, posterior_confidence};
use polkadot_sdk::{frame_support, frame_system, sp_runtime::{Perbill, Permill}};

const A: AccountId = 10;
const B: AccountId = 11;
const C: AccountId = 12;
const D: AccountId = 13;
const E: AccountId = 14;

fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

fn staked(who: &[AccountId]) {
	for w in who {
		TestStake::set(*w, 100 * COMMIT_BOND);
	}
}

/// A one-item task where each (labeler, label) commits and, unless `None`, reveals.
fn round(votes: &[(AccountId, Option<u16>)], reward: Balance) -> u64 {
	let who: Vec<AccountId> = votes.iter().map(|v| v.0).collect();
	staked(&who);
	let (task, leaves) = new_task(1, votes.len() as u8, reward);
	for (w, l) in votes {
		commit(*w, task, &leaves, 0, Label::Class(l.unwrap_or(3)));
	}
	run_to_block(12);
	for (w, l) in votes {
		if let Some(l) = l {
			reveal(*w, task, 0, Label::Class(*l));
		}
	}
	task
}

fn result(task: u64) -> ItemResult<u64> {
	Results::<Test>::get(task, 0).expect("a result")
}

/// A newcomer's weight in a four-class task of domain 1 now (the prior follows the domain).
fn newcomer() -> i64 {
	log_odds_weight(Reputation::newcomer_prior(1, Some(4)), 4, Permill::from_percent(99))
}

/// The confidence of a four-class vote whose labels got `sums`.
fn confidence(sums: &[i64]) -> Perbill {
	posterior_confidence(sums, Some(4))
}

/// What an outvoted labeler loses on a four-class item decided with `confidence`: the mock's
/// 50 % deviation slash times the decision's certainty.
fn deviant_loss(confidence: Perbill) -> Balance {
	(Perbill::from_percent(50) * Consensus::reference_evidence(confidence, Some(4))) * COMMIT_BOND
}

fn events() -> Vec<Event<Test>> {
	frame_system::Pallet::<Test>::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Consensus(e) = r.event { Some(e) } else { None })
		.collect()
}

#[test]
fn a_clear_win_pays_the_majority_and_slashes_the_outvoted_and_the_silent() {
	test(|| {
		// Four newcomers (equal weight): 3 say 1, 1 says 2, 1 never reveals.
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2)), (E, None)], 90);
		let issuance = Balances::total_issuance();
		run_to_block(22);
		let r = result(task);
		assert_eq!((r.label, r.decision, r.revealed, r.agreeing), (Some(Label::Class(1)), Decision::Consensus, 4, 3));
		// Three votes against one, weighed with the task's reference evidence: the posterior
		// that 1 is right is well above the 65 % clear margin.
		assert!(r.confidence > Perbill::from_percent(90), "{:?}", r.confidence);
		// 90 split three ways; D loses the 50 % slash times the decision's certainty, E all of
		// the bond.
		for w in [A, B, C] {
			assert_eq!(free(w), START + 30);
			assert_eq!(TestStake::locked(w), 0);
		}
		let lost = deviant_loss(r.confidence);
		assert!(lost > COMMIT_BOND / 2 * 8 / 10 && lost < COMMIT_BOND / 2);
		assert_eq!(free(D), START - lost);
		assert_eq!(free(E), START - COMMIT_BOND);
		assert_eq!(free(TREASURY), 1 + lost + COMMIT_BOND + 9);
		// Every item final: the task settled, the fee on the 90 paid (10 %) to the treasury.
		assert_eq!(free(REQUESTER), START - 90 - 9);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(events().contains(&Event::BondSlashed { task, item: 0, labeler: E, amount: COMMIT_BOND, revealed: false }));
	});
}

#[test]
fn an_honest_minority_on_an_unclear_item_is_not_slashed() {
	test(|| {
		// 3 against 2: the confidence meets the threshold but not a 99 % clear margin.
		ClearMargin::set(Perbill::from_percent(99));
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2)), (E, Some(2))], 90);
		run_to_block(22);
		let r = result(task);
		assert_eq!(r.decision, Decision::Consensus);
		assert!(r.confidence < Perbill::from_percent(99));
		assert_eq!(free(D), START);
		assert_eq!(free(E), START);
		assert_eq!(free(A), START + 30);
		ClearMargin::set(Perbill::from_percent(65));
	});
}

#[test]
fn ties_break_to_the_smaller_label() {
	test(|| {
		// A tie leaves each of the two labels less than half likely (four classes).
		Threshold::set(Perbill::from_percent(30));
		let task = round(&[(A, Some(3)), (B, Some(1))], 10);
		run_to_block(22);
		assert_eq!(result(task).label, Some(Label::Class(1)));
		assert!(result(task).confidence < Perbill::from_percent(50));
		Threshold::set(Perbill::from_percent(60));
	});
}

#[test]
fn below_threshold_escalates_and_the_expert_decides() {
	test(|| {
		let task = round(&[(A, Some(1)), (B, Some(2))], 10);
		run_to_block(22);
		assert!(Results::<Test>::get(task, 0).is_none());
		let escalation = Escalations::<Test>::get(task, 0).expect("escalated");
		assert_eq!(escalation.vote_label, Some(Label::Class(1)));
		assert!(escalation.confidence < Perbill::from_percent(50));
		// Bonds stay set aside while the item waits.
		assert_eq!(TestStake::locked(A), COMMIT_BOND);
		assert_noop!(Consensus::resolve_escalation(RuntimeOrigin::signed(A), task, 0, Label::Class(2)), polkadot_sdk::sp_runtime::DispatchError::BadOrigin);
		assert_noop!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 0, Label::Class(9)), Error::<Test>::LabelOutOfSchema);
		assert_noop!(Consensus::close_escalation(RuntimeOrigin::signed(C), task, 0), Error::<Test>::EscalationOpen);
		assert_ok!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 0, Label::Class(2)));
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(Label::Class(2)), Decision::Resolved));
		// B is paid the whole reward; A, on an item the vote could not decide, loses nothing.
		assert_eq!(free(B), START + 10);
		assert_eq!(free(A), START);
		assert_eq!(TestStake::locked(A), 0);
		assert_noop!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 0, Label::Class(2)), Error::<Test>::NotEscalated);
	});
}

#[test]
fn missing_quorum_escalates_and_closes_unresolved_when_nobody_decides() {
	test(|| {
		// One label revealed of the two required.
		let task = round(&[(A, Some(1)), (B, None)], 10);
		run_to_block(22);
		assert!(Escalations::<Test>::contains_key(task, 0));
		// The queue closes it after the escalation period: nobody paid, the silent slashed.
		run_to_block(34);
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Unresolved));
		assert!(!Escalations::<Test>::contains_key(task, 0));
		assert_eq!(free(A), START);
		// An item left undecided counts against everyone who revealed: escalating is no free
		// option for a dissenter.
		assert!(Reputation::vote_reputation(&A, 1, Some(4), None) < Reputation::newcomer_prior(1, Some(4)));
		assert_eq!(free(B), START - COMMIT_BOND);
		assert_eq!(free(REQUESTER), START);
	});
}

/// A task of two items, the first gold with answer `gold_answer`, three labelers; A, B and C
/// reveal `labels` on the gold item and class 0 on the other; the gold is revealed and the
/// hooks run until block 25.
fn gold_round(gold_answer: u16, labels: [u16; 3]) -> u64 {
	use pallet_tasks::{gold_commitment, GoldSpec};
	staked(&[A, B, C]);
	let gold = [(0u32, Label::Class(gold_answer))];
	let salt = [5u8; 32];
	let leaves: Vec<_> = (0..2).map(|i| polkadot_sdk::sp_core::H256::from_low_u64_be(i)).collect();
	let spec = pallet_tasks::TaskSpec {
		manifest_hash: Default::default(),
		manifest_uri: vec![],
		domain: 1,
		schema: labelchain_primitives::LabelSchema::Categorical { classes: 4 },
		items: pallet_tasks::ItemsSpec::Merkle { root: labelchain_primitives::merkle::root(leaves.clone()), count: 2 },
		redundancy: 3,
		min_tier: 0,
		commit_deadline: 11,
		reveal_deadline: 21,
		reward_per_item: 30,
		gold: Some(GoldSpec { commitment: gold_commitment(0, &gold, &salt), count: 1 }),
		quorum: None,
		threshold: None,
	};
	let task = pallet_tasks::Pallet::<Test>::do_create_task(REQUESTER, spec).unwrap();
	let voters = [A, B, C];
	for (w, l) in voters.iter().zip(labels) {
		commit(*w, task, &leaves, 0, Label::Class(l));
		commit(*w, task, &leaves, 1, Label::Class(0));
	}
	run_to_block(12);
	for (w, l) in voters.iter().zip(labels) {
		reveal(*w, task, 0, Label::Class(l));
		reveal(*w, task, 1, Label::Class(0));
	}
	// Nothing is finalized while the requester may still reveal gold.
	run_to_block(24);
	assert!(Results::<Test>::get(task, 0).is_none());
	assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), task, gold.to_vec(), salt));
	// Revealed before its deadline (block 27): finalization starts in the next block.
	run_to_block(25);
	task
}

/// The gold deposit still held for `task`.
fn gold_held(task: u64) -> Balance {
	pallet_tasks::GoldHeld::<Test>::get(task).unwrap_or_default()
}

#[test]
fn gold_items_score_labelers_against_the_requesters_answer() {
	test(|| {
		// No clear consensus on the gold item: the gold answer decides.
		let task = gold_round(2, [1, 3, 2]);
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(Label::Class(2)), Decision::Gold));
		// C alone is right: the whole gold reward (30) and item 1's share (10); A and B lose half a bond.
		assert_eq!(free(C), START + 30 + 10);
		assert_eq!(free(A), START + 10 - COMMIT_BOND / 2);
		assert_eq!(free(B), START + 10 - COMMIT_BOND / 2);
		assert!(Reputation::vote_reputation(&C, 1, Some(4), None) > Reputation::vote_reputation(&A, 1, Some(4), None));
		// The deposit (50 for one gold item) stayed held through the reveal and returned at settlement.
		assert!(pallet_tasks::Tasks::<Test>::get(task).is_some_and(|t| t.state == pallet_tasks::TaskState::Settled));
		assert_eq!(gold_held(task), 0);
		assert_eq!(Balances::total_balance_on_hold(&REQUESTER), 0);
	});
}

#[test]
fn a_gold_answer_against_a_clear_consensus_goes_to_review_and_slashes_nobody() {
	test(|| {
		// A, B and C agree on 1 (a clear consensus); the requester's gold says 2.
		let task = gold_round(2, [1, 1, 1]);
		assert!(Results::<Test>::get(task, 0).is_none());
		assert!(Escalations::<Test>::contains_key(task, 0), "contested gold waits for review");
		assert_eq!(TestStake::locked(A), COMMIT_BOND, "bonds stay while the item waits");
		assert_eq!(gold_held(task), 50);
		// Review sides with the labelers: they are paid, nobody is slashed, the gold item's
		// part of the deposit goes to them, the labelers who were right.
		let treasury = free(TREASURY);
		assert_ok!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 0, Label::Class(1)));
		assert_eq!(result(task).decision, Decision::Resolved);
		for w in [A, B, C] {
			assert!(free(w) >= START + 10 + 10 + 16, "a third of both items and of the forfeited gold part");
			assert_eq!(TestStake::locked(w), 0);
		}
		assert_eq!(free(A) + free(B) + free(C), 3 * (START + 20) + 50);
		assert_eq!(free(TREASURY), treasury + 6, "the fee on 60 paid");
		assert_eq!(Balances::total_balance_on_hold(&REQUESTER), 0);
	});
}

#[test]
fn review_upholding_a_contested_gold_answer_slashes_the_consensus() {
	test(|| {
		let task = gold_round(2, [1, 1, 2]);
		assert!(Escalations::<Test>::contains_key(task, 0));
		assert_ok!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 0, Label::Class(2)));
		// C was right with the requester: the whole gold reward; A and B lose half a bond.
		assert_eq!(free(C), START + 30 + 10);
		assert_eq!(free(A), START + 10 - COMMIT_BOND / 2);
		// The deposit comes back whole.
		assert_eq!(gold_held(task), 0);
		assert_eq!(free(REQUESTER), START - 60 - 6);
	});
}

#[test]
fn a_contested_gold_answer_nobody_upholds_leaves_the_consensus_paid() {
	test(|| {
		let task = gold_round(2, [1, 1, 1]);
		assert!(Escalations::<Test>::contains_key(task, 0));
		// Nobody reviews it: at the end of the escalation period the consensus stands and is paid
		// (the requester gets no discount by false gold), nobody is slashed, the deposit returns.
		run_to_block(25 + 12);
		let r = result(task);
		assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Unresolved));
		for w in [A, B, C] {
			assert_eq!(free(w), START + 20);
		}
		assert_eq!(free(REQUESTER), START - 60 - 6);
		assert_eq!(Balances::total_balance_on_hold(&REQUESTER), 0);
	});
}

#[test]
fn reputation_moves_in_the_right_direction() {
	test(|| {
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2))], 40);
		run_to_block(22);
		let prior = Reputation::newcomer_prior(1, Some(4));
		assert!(Reputation::vote_reputation(&A, 1, Some(4), None) > prior);
		assert!(Reputation::vote_reputation(&D, 1, Some(4), None) < prior);
		// The task's agreement evidence is left out of its reference decisions.
		assert_eq!(Reputation::vote_reputation(&A, 1, Some(4), Some(task)), prior);
	});
}

#[test]
fn a_proven_labeler_outweighs_a_newcomer() {
	test(|| {
		// A earns reputation on sixty clear items.
		for w in [A, B, C] {
			TestStake::set(w, 100 * COMMIT_BOND);
		}
		let (task, leaves) = new_task(60, 3, 3);
		for i in 0..60 {
			for w in [A, B, C] {
				commit(w, task, &leaves, i, Label::Class(1));
			}
		}
		run_to_block(12);
		for i in 0..60 {
			for w in [A, B, C] {
				reveal(w, task, i, Label::Class(1));
			}
		}
		// Sixty items, two walks (evidence, decisions), 16 items a block: eight blocks.
		run_to_block(30);
		assert_eq!(Results::<Test>::iter_prefix(task).count(), 60);

		// Then A against a newcomer: a newcomer weighs about ln(3·0.6/0.4) = ln 4.5 (halfway from
		// chance to this domain's labelers, who agree), A, with 60 agreements (each most of an
		// observation: the references were sure), about ln 70: A outweighs by more than 2 nats.
		staked(&[D]);
		let (duel, leaves) = new_task(1, 2, 30);
		for (w, l) in [(A, 2), (D, 1)] {
			commit(w, duel, &leaves, 0, Label::Class(l));
		}
		run_to_block(41);
		for (w, l) in [(A, 2), (D, 1)] {
			reveal(w, duel, 0, Label::Class(l));
		}
		let view = <Tasks as labelchain_primitives::TaskInspect<AccountId, u64>>::task(duel).unwrap();
		let (a, d) = (Consensus::vote_weight(&A, &view, None), Consensus::vote_weight(&D, &view, None));
		assert_eq!(d, newcomer());
		assert!(a > d + 2_000_000 && d > 1_200_000 && d < 1_700_000, "weights {a} and {d}");
		run_to_block(52);
		let r = Results::<Test>::get(duel, 0).expect("decided");
		assert_eq!(r.label, Some(Label::Class(2)));
		// Decided with the weights after the duel's evidence pass (its reference sided with A).
		let (a2, d2) = (Consensus::vote_weight(&A, &view, None), Consensus::vote_weight(&D, &view, None));
		assert!(a2 >= a && d2 <= d);
		assert_eq!(r.confidence, confidence(&[a2, d2]));
	});
}

#[test]
fn finalize_is_permissionless_bounded_and_waits_for_the_reveal_window() {
	test(|| {
		staked(&[A, B, C]);
		let (task, leaves) = new_task(3, 2, 10);
		for i in 0..3 {
			commit(A, task, &leaves, i, Label::Class(1));
			commit(B, task, &leaves, i, Label::Class(1));
		}
		run_to_block(12);
		assert_noop!(Consensus::finalize(RuntimeOrigin::signed(C), task, 0, 3), Error::<Test>::NothingToFinalize);
		// Everyone who committed to item 1 revealed, but the reveal window is open: an item is
		// decided only after the task's evidence pass, which comes after the window.
		reveal(A, task, 1, Label::Class(1));
		reveal(B, task, 1, Label::Class(1));
		assert_noop!(Consensus::finalize(RuntimeOrigin::signed(C), task, 0, 3), Error::<Test>::NothingToFinalize);
		// Past the window, before the queue ran the task's passes: still not ready.
		System::set_block_number(22);
		assert_eq!(Stages::<Test>::get(task), Some(Stage::Gold));
		assert_noop!(Consensus::finalize(RuntimeOrigin::signed(C), task, 0, 3), Error::<Test>::NothingToFinalize);
		// Once the passes reach the decisions, anyone may finalize a bounded range.
		Stages::<Test>::insert(task, Stage::Decide);
		assert_ok!(Consensus::finalize(RuntimeOrigin::signed(C), task, 1, 1));
		assert!(Results::<Test>::contains_key(task, 1));
		assert!(!Results::<Test>::contains_key(task, 0));
		assert_noop!(Consensus::finalize(RuntimeOrigin::signed(C), task, 5, 3), Error::<Test>::ItemOutOfRange);
		assert_noop!(Consensus::finalize(RuntimeOrigin::signed(C), 42, 0, 3), Error::<Test>::UnknownTask);
		// The queue finalizes the rest (unrevealed: no labels, silent slashed).
		Stages::<Test>::insert(task, Stage::Gold);
		run_to_block(23);
		assert_eq!(result(task).decision, Decision::NoLabels);
		assert!(Results::<Test>::contains_key(task, 2));
		assert_eq!(free(A), START + 5 - 2 * COMMIT_BOND);
		assert_eq!(QueueHead::<Test>::get(), QueueTail::<Test>::get());
		assert!(!Stages::<Test>::contains_key(task), "a finished task keeps no pass");
	});
}

#[test]
fn slashes_may_go_to_the_agreeing_labelers() {
	test(|| {
		SlashToAgreeing::set(true);
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2))], 30);
		run_to_block(22);
		assert_eq!(result(task).label, Some(Label::Class(1)));
		// D's loss split three ways (the remainder stays in D's stake).
		let part = deviant_loss(result(task).confidence) / 3;
		assert_eq!(free(A), START + 10 + part);
		assert_eq!(free(D), START - 3 * part);
		SlashToAgreeing::set(false);
	});
}

/// Property: whatever the votes, finalization moves money and never creates or destroys it,
/// pays each item at most its reward, and leaves no bond set aside.
#[test]
fn finalization_never_changes_total_issuance() {
	let mut seed: u64 = 0x9e3779b97f4a7c15;
	let mut next = move |n: u64| {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		seed % n
	};
	for _case in 0..40 {
		let labelers = 1 + next(5) as usize;
		let votes: Vec<(AccountId, Option<u16>)> = (0..labelers)
			.map(|i| (10 + i as u64, if next(5) == 0 { None } else { Some(next(3) as u16) }))
			.collect();
		let reward = 1 + next(1_000) as u128;
		SlashToAgreeing::set(next(2) == 0);
		test(|| {
			let issuance = Balances::total_issuance();
			let task = round(&votes, reward);
			let paid_before: Balance = (10..30).map(free).sum();
			run_to_block(40);
			assert_eq!(Balances::total_issuance(), issuance, "votes {votes:?}");
			let r = Results::<Test>::get(task, 0).expect("final after the escalation period");
			let paid_after: Balance = (10..30).map(free).sum();
			assert!(paid_after <= paid_before + reward, "paid more than the reward");
			let _ = r;
			for (w, _) in &votes {
				assert_eq!(TestStake::locked(*w), 0);
			}
		});
	}
	SlashToAgreeing::set(false);
}

#[test]
fn a_finished_tasks_batch_records_are_pruned_by_the_queue() {
	use labelchain_primitives::merkle;
	test(|| {
		// One newcomer's label decides (a lone newcomer is 52.5 % likely right among four
		// classes: above this test's threshold).
		Threshold::set(Perbill::from_percent(50));
		TestStake::set(A, 100 * COMMIT_BOND);
		let (task, _) = new_task(4, 1, 10);
		let commitments: Vec<_> = (0..4)
			.map(|i| pallet_labels::Pallet::<Test>::commitment_of(&A, task, i, &Label::Class(1), &salt(A, i)))
			.collect();
		assert_ok!(Labels::commit_batch(RuntimeOrigin::signed(A), task, 0, 4, merkle::root(commitments.clone())));
		run_to_block(12);
		let leaves = (0..4)
			.map(|i| pallet_labels::BatchLeaf {
				item: i,
				label: Label::Class(1),
				salt: salt(A, i),
				proof: merkle::proof(&commitments, i),
			})
			.collect();
		assert_ok!(Labels::reveal_batch(RuntimeOrigin::signed(A), task, leaves));
		assert!(pallet_labels::Batches::<Test>::contains_key((task, 0, A)));
		run_to_block(22);
		assert_eq!(Results::<Test>::iter_prefix(task).count(), 4);
		assert!(!pallet_labels::Batches::<Test>::contains_key((task, 0, A)));
		assert_eq!(QueueHead::<Test>::get(), QueueTail::<Test>::get());
		Threshold::set(Perbill::from_percent(60));
	});
}

#[test]
fn a_result_records_its_provenance_leaf_statistics_and_labeler_tallies() {
	use labelchain_primitives::{merkle, LabelerTally, ProvenanceInspect, AGREEMENT_SCALE};
	test(|| {
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1)), (D, Some(2)), (E, None)], 90);
		run_to_block(22);
		let r = result(task);
		// The leaf is over what the event says: label, decision, confidence, votes, block.
		let (votes, position) = events()
			.into_iter()
			.find_map(|e| match e {
				Event::ItemFinalized { votes, position, .. } => Some((votes, position)),
				_ => None,
			})
			.expect("finalized");
		assert_eq!((position, r.position), (0, 0));
		let who: Vec<AccountId> = votes.iter().map(|v| v.0).collect();
		assert_eq!(who, vec![A, B, C, D, E], "votes in commitment order");
		// The chain keeps no leaf: it is recomputed from the result and the event's votes, and
		// the tree's root proves it.
		let leaf = merkle::provenance_leaf(task, 0, &r.label, r.decision, r.confidence, &votes, &r.block);
		let mut tree = merkle::IncrementalTree::default();
		tree.push(leaf).unwrap();
		let provenance = Consensus::provenance(task);
		assert_eq!((provenance.root, provenance.items), (tree.root(), 1));
		// The task settled with its last item and recorded the root.
		let record = pallet_tasks::Tasks::<Test>::get(task).expect("task");
		assert_eq!(record.provenance, Some(provenance));

		// A, B, C agreed and were paid 30; D deviated (part of the bond), E never revealed.
		let paid = LabelerTally { committed: 1, revealed: 1, agreed: 1, earned: 30, ..Default::default() };
		for w in [A, B, C] {
			assert_eq!(TaskLabelers::<Test>::get(task, w), paid);
			assert_eq!(LabelerTotals::<Test>::get(w), paid);
		}
		let deviant = LabelerTally { committed: 1, revealed: 1, slashed: deviant_loss(r.confidence), ..Default::default() };
		assert_eq!(TaskLabelers::<Test>::get(task, D), deviant);
		let silent = LabelerTally { committed: 1, slashed: COMMIT_BOND, ..Default::default() };
		assert_eq!(TaskLabelers::<Test>::get(task, E), silent);

		// Four labels in groups of 3 and 1: 6 agreeing ordered pairs over m - 1 = 3 (alpha)
		// and over m (m - 1) = 12 (Fleiss).
		let stats = TaskStats::<Test>::get(task);
		assert_eq!((stats.decisions.consensus, stats.decisions.finalized()), (1, 1));
		assert_eq!((stats.agreement.pairable_items, stats.agreement.pairable_labels), (1, 4));
		assert_eq!(stats.agreement.alpha_agreement, 6 * AGREEMENT_SCALE / 3);
		assert_eq!(stats.agreement.fleiss_agreement, 6 * AGREEMENT_SCALE / 12);
		assert_eq!(LabelTotals::<Test>::get(task, Label::Class(1)), 3);
		assert_eq!(LabelTotals::<Test>::get(task, Label::Class(2)), 1);
		assert_eq!(LabelTotals::<Test>::get(task, Label::Class(3)), 0);
	});
}

#[test]
fn provenance_positions_follow_finalization_order_and_escalations_are_counted() {
	use labelchain_primitives::{merkle, ProvenanceInspect};
	test(|| {
		staked(&[A, B]);
		let (task, leaves) = new_task(2, 2, 10);
		// Item 0 splits (escalates), item 1 agrees (finalizes first).
		commit(A, task, &leaves, 0, Label::Class(1));
		commit(B, task, &leaves, 0, Label::Class(2));
		commit(A, task, &leaves, 1, Label::Class(1));
		commit(B, task, &leaves, 1, Label::Class(1));
		run_to_block(12);
		reveal(A, task, 0, Label::Class(1));
		reveal(B, task, 0, Label::Class(2));
		reveal(A, task, 1, Label::Class(1));
		reveal(B, task, 1, Label::Class(1));
		run_to_block(22);
		assert_eq!(Results::<Test>::get(task, 1).expect("final").position, 0);
		let stats = TaskStats::<Test>::get(task);
		assert_eq!((stats.decisions.escalated, stats.decisions.open_escalations()), (1, 1));
		assert_eq!(Consensus::provenance(task).items, 1);

		assert_ok!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 0, Label::Class(2)));
		let late = Results::<Test>::get(task, 0).expect("final");
		assert_eq!(late.position, 1);
		let stats = TaskStats::<Test>::get(task);
		assert_eq!((stats.decisions.resolved, stats.decisions.open_escalations()), (1, 0));
		assert_eq!(stats.decisions.finalized(), 2);

		let leaf_of = |item: u32, r: &ItemResult<u64>| {
			let votes = [(A, Some(Label::Class(1))), (B, Some(Label::Class(if item == 0 { 2 } else { 1 })))];
			merkle::provenance_leaf(task, item, &r.label, r.decision, r.confidence, &votes, &r.block)
		};
		let first = Results::<Test>::get(task, 1).expect("final");
		let mut tree = merkle::IncrementalTree::default();
		tree.push(leaf_of(1, &first)).unwrap();
		tree.push(leaf_of(0, &late)).unwrap();
		let record = pallet_tasks::Tasks::<Test>::get(task).expect("task");
		let settled = record.provenance.expect("settled with a root");
		assert_eq!((settled.root, settled.items), (tree.root(), 2));
		// Editing a result's label gives another leaf, so another root.
		let edited = merkle::provenance_leaf(
			task,
			0,
			&Some(Label::Class(1)),
			late.decision,
			late.confidence,
			&[(A, Some(Label::Class(1))), (B, Some(Label::Class(2)))],
			&late.block,
		);
		assert_ne!(edited, leaf_of(0, &late));
		assert_eq!(Consensus::do_try_state(), Ok(()));
	});
}

#[test]
fn the_agenda_keeps_every_job_and_moves_a_bounded_number_a_block() {
	test(|| {
		// Ten jobs due at block 5 (four move a block), and one scheduled into the past.
		for task in 100..110 {
			Consensus::schedule(Job::PruneTask { task }, 5);
		}
		run_to_block(4);
		Consensus::schedule(Job::PruneTask { task: 200 }, 1);
		let queued = || QueueTail::<Test>::get().wrapping_sub(QueueHead::<Test>::get());
		let mut moved = Vec::new();
		for block in 5..9 {
			let before = QueueTail::<Test>::get();
			System::set_block_number(block);
			Consensus::on_initialize(block);
			moved.extend((before..QueueTail::<Test>::get()).filter_map(Queue::<Test>::get));
		}
		// The ten in order, then the one scheduled into the past: it went to the first block not
		// moved yet (5), after the jobs already there.
		let order: Vec<u64> = moved.iter().filter_map(|j| if let Job::PruneTask { task } = j { Some(*task) } else { None }).collect();
		assert_eq!(order, (100..110).chain([200]).collect::<Vec<_>>());
		assert_eq!(queued(), 11);
		assert_eq!(AgendaLen::<Test>::iter().count(), 0, "closed blocks leave nothing behind");
	});
}

#[test]
fn walks_take_turns_and_visit_only_committed_items() {
	test(|| {
		Threshold::set(Perbill::from_percent(50));
		staked(&[A, B]);
		// A large task with commitments on items 0..40 (walked 16 a turn) and a small one.
		let (large, large_leaves) = new_task(60, 1, 9);
		for item in 0..40 {
			commit(A, large, &large_leaves, item, Label::Class(1));
		}
		let (small, small_leaves) = new_task(3, 1, 9);
		commit(B, small, &small_leaves, 2, Label::Class(1));
		run_to_block(12);
		for item in 0..40 {
			reveal(A, large, item, Label::Class(1));
		}
		reveal(B, small, 2, Label::Class(1));
		// A block walks 16 items (evidence or decisions); each task's walk takes a turn of at
		// most 16, then goes to the back: the small task, due second, is decided after one
		// turn of the large one in each of its passes, long before the large task is done.
		let (mut small_done, mut large_done) = (None, None);
		for block in 22..40 {
			System::set_block_number(block);
			Consensus::on_initialize(block);
			Consensus::on_idle(block, Weight::MAX);
			if small_done.is_none() && Results::<Test>::contains_key(small, 2) {
				small_done = Some(block);
			}
			if large_done.is_none() && (0..40).all(|i| Results::<Test>::contains_key(large, i)) {
				large_done = Some(block);
			}
		}
		let (small_done, large_done) = (small_done.expect("small decided"), large_done.expect("large decided"));
		assert!(small_done <= 24, "the small task waited {} blocks", small_done - 22);
		assert!(small_done < large_done, "the small task did not wait for the large one");
		// Items nobody committed to are never touched.
		assert!((40..60).all(|i| !Results::<Test>::contains_key(large, i)));
		assert!(!InProgress::<Test>::contains_key(large) && !InProgress::<Test>::contains_key(small));
		Threshold::set(Perbill::from_percent(60));
	});
}

#[test]
fn migration_v1_moves_buckets_to_the_agenda_and_restarts_walks() {
	use crate::migrations::v1::{OldJob, Schedule, UncheckedMigrateV0ToV1};
	use frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		// A lone newcomer's label decides here (52.5 %, above this test's threshold).
		Threshold::set(Perbill::from_percent(50));
		staked(&[A]);
		let (task, leaves) = new_task(3, 1, 9);
		commit(A, task, &leaves, 1, Label::Class(1));
		// Version 0's state: the walk in a bucket at block 21, a half-done walk and an early
		// prune of a task with an open escalation in the queue.
		let _ = Agenda::<Test>::clear(u32::MAX, None);
		let _ = AgendaLen::<Test>::clear(u32::MAX, None);
		let _ = InProgress::<Test>::clear(u32::MAX, None);
		let _ = Stages::<Test>::clear(u32::MAX, None);
		Schedule::<Test>::insert(21, frame_support::BoundedVec::truncate_from(vec![OldJob::Task { task, next_item: 0 }]));
		let raw = |job: OldJob| codec::Encode::encode(&job);
		polkadot_sdk::frame_support::storage::unhashed::put_raw(&Queue::<Test>::hashed_key_for(0), &raw(OldJob::Task { task: 77, next_item: 5 }));
		polkadot_sdk::frame_support::storage::unhashed::put_raw(&Queue::<Test>::hashed_key_for(1), &raw(OldJob::PruneTask { task: 78 }));
		QueueTail::<Test>::put(2);
		Escalations::<Test>::insert(78, 0, Escalation { vote_label: None, confidence: Perbill::zero(), until: 100 });

		UncheckedMigrateV0ToV1::<Test>::on_runtime_upgrade();

		assert_eq!(Schedule::<Test>::iter().count(), 0);
		assert_eq!(Agenda::<Test>::get(21, 0), Some(Job::walk(task)));
		assert_eq!(Queue::<Test>::get(0), Some(Job::walk(77)));
		assert_eq!(Queue::<Test>::get(1), None, "the early prune is dropped: the task prunes when done");
		assert_eq!(InProgress::<Test>::get(task), Some(false));
		assert_eq!(InProgress::<Test>::get(78), Some(true));
		Escalations::<Test>::remove(78, 0);
		InProgress::<Test>::remove(77);
		InProgress::<Test>::remove(78);
		// The migrated walk finalizes the task.
		run_to_block(12);
		reveal(A, task, 1, Label::Class(1));
		run_to_block(23);
		assert!(Results::<Test>::contains_key(task, 1));
		assert!(!InProgress::<Test>::contains_key(task));
		Threshold::set(Perbill::from_percent(60));
	});
}

#[test]
fn migration_v2_drops_leaves_and_unhashes_item_keys() {
	use crate::migrations::v2::{OldItemResult, OldResults, UncheckedMigrateV1ToV2};
	use frame_support::traits::UncheckedOnRuntimeUpgrade;
	test(|| {
		let task = round(&[(A, Some(1)), (B, Some(1)), (C, Some(1))], 30);
		run_to_block(22);
		let r = result(task);
		// Version 1's record of the same result, under its hashed key.
		Results::<Test>::remove(task, 0);
		let old = OldItemResult {
			label: r.label,
			decision: r.decision,
			confidence: r.confidence,
			revealed: r.revealed,
			agreeing: r.agreeing,
			block: r.block,
			position: r.position,
			leaf: polkadot_sdk::sp_core::H256::repeat_byte(7),
		};
		OldResults::<Test>::insert(task, 0, old);
		OldResults::<Test>::insert(task + 5, 1_000, OldItemResult { position: 9, ..OldResults::<Test>::get(task, 0).unwrap() });

		UncheckedMigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Results::<Test>::get(task, 0), Some(r.clone()));
		assert_eq!(Results::<Test>::get(task + 5, 1_000).map(|x| x.position), Some(9));
		assert_eq!(OldResults::<Test>::iter().count(), 0);
		assert_eq!(Results::<Test>::iter().count(), 2);
		Results::<Test>::remove(task + 5, 1_000);
	});
}

#[test]
fn a_settled_tasks_results_and_statistics_are_pruned_after_retention_and_its_root_kept() {
	test(|| {
		crate::mock::StateRetention::set(50);
		let task = round(&[(10, Some(1)), (11, Some(1)), (12, Some(1))], 90);
		run_to_block(30);
		let root = pallet_tasks::Tasks::<Test>::get(task).and_then(|t| t.provenance).expect("settled");
		assert_eq!(root.items, 1);
		assert!(Results::<Test>::contains_key(task, 0));
		assert!(TaskLabelers::<Test>::iter_prefix(task).count() == 3);
		let settled_at = System::block_number();
		run_to_block(settled_at + 50);
		assert!(!Results::<Test>::contains_key(task, 0));
		assert_eq!(TaskLabelers::<Test>::iter_prefix(task).count(), 0);
		assert_eq!(LabelTotals::<Test>::iter_prefix(task).count(), 0);
		assert!(!TaskStats::<Test>::contains_key(task));
		assert!(!Provenance::<Test>::contains_key(task));
		assert!(pallet_tasks::Tasks::<Test>::get(task).is_none());
		let archived = pallet_tasks::Archive::<Test>::get(task).expect("archived");
		assert_eq!(archived.provenance, root);
		// What a labeler did over all tasks stays with the labeler.
		assert_eq!(LabelerTotals::<Test>::get(10).agreed, 1);
	});
}

#[test]
fn pruning_a_large_task_takes_several_steps_and_resumes_where_it_stopped() {
	use labelchain_primitives::TaskStatePruning;
	test(|| {
		for item in 0..10u32 {
			Results::<Test>::insert(9, item, ItemResult {
				label: Some(Label::Class(0)),
				decision: labelchain_primitives::Decision::Consensus,
				confidence: Perbill::one(),
				revealed: 1,
				agreeing: 1,
				block: 1,
				position: item,
			});
		}
		let first = Consensus::prune(9, 4);
		assert_eq!((first.removed, first.done), (4, false));
		let second = Consensus::prune(9, 4);
		assert_eq!((second.removed, second.done), (4, false));
		assert_eq!(Results::<Test>::iter_prefix(9).count(), 2);
		// Two results, then the two single records.
		let third = Consensus::prune(9, 4);
		assert_eq!((third.removed, third.done), (4, true));
		assert_eq!(Results::<Test>::iter_prefix(9).count(), 0);
	});
}

/// A task of `items` items whose item 0 is gold (answer 1), with redundancy `labelers`.
fn gold_task(items: u32, labelers: u8) -> (u64, Vec<polkadot_sdk::sp_core::H256>) {
	use pallet_tasks::{gold_commitment, GoldSpec};
	let task = pallet_tasks::NextTaskId::<Test>::get();
	let commitment = gold_commitment(task, &[(0u32, Label::Class(1))], &[9u8; 32]);
	new_task_with(items, labelers, 50, Some(GoldSpec { commitment, count: 1 }))
}

/// Two honest labelers answer 1 everywhere; three who vote as a bloc answer 2 everywhere: on
/// the gold item too, unless `bloc_skips_gold` names one of them. Returns the task.
fn bloc_round(items: u32, with_gold: bool, bloc_skips_gold: Option<AccountId>) -> u64 {
	let honest = [A, B];
	let bloc = [C, D, E];
	staked(&[A, B, C, D, E]);
	let (task, leaves) = if with_gold { gold_task(items, 5) } else { new_task(items, 5, 50) };
	let answers = |w: AccountId| if honest.contains(&w) { 1 } else { 2 };
	let labels = |w: AccountId, i: u32| !(i == 0 && bloc_skips_gold == Some(w));
	for i in 0..items {
		for w in honest.iter().chain(bloc.iter()) {
			if labels(*w, i) {
				commit(*w, task, &leaves, i, Label::Class(answers(*w)));
			}
		}
	}
	// The first round starts at block 1: its reveal window opens at 12, gold is revealed at 22.
	let start = System::block_number();
	run_to_block(start + 11);
	for i in 0..items {
		for w in honest.iter().chain(bloc.iter()) {
			if labels(*w, i) {
				reveal(*w, task, i, Label::Class(answers(*w)));
			}
		}
	}
	run_to_block(start + 21);
	if with_gold {
		assert_ok!(Tasks::reveal_gold(RuntimeOrigin::signed(REQUESTER), task, vec![(0, Label::Class(1))], [9u8; 32]));
	}
	run_to_block(start + 23);
	task
}

#[test]
fn without_gold_a_bloc_of_three_outvotes_two() {
	test(|| {
		let task = bloc_round(4, false, None);
		for i in 0..4 {
			assert_eq!(Results::<Test>::get(task, i).and_then(|r| r.label), Some(Label::Class(2)));
		}
	});
}

#[test]
fn gold_weighs_the_tasks_labelers_before_its_other_items_are_decided() {
	test(|| {
		// The bloc misses the gold item; its three votes then weigh less than the two honest
		// ones on every other item of the same task.
		let task = bloc_round(4, true, None);
		// The bloc's consensus against the gold answer sends the gold item to review (no
		// slash on its word alone), but the gold answer weighs everyone all the same.
		assert!(Escalations::<Test>::contains_key(task, 0));
		for i in 1..4 {
			let r = Results::<Test>::get(task, i).expect("decided");
			assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Consensus), "item {i}");
		}
		let view = <Tasks as labelchain_primitives::TaskInspect<AccountId, u64>>::task(task).unwrap();
		assert!(Consensus::vote_weight(&C, &view, Some(task)) < newcomer());
		assert!(Consensus::vote_weight(&A, &view, Some(task)) > newcomer());
		// The bloc was paid nothing and lost bond on every item; the honest were paid.
		assert!(free(C) < START && free(A) > START);
		let passes: Vec<Stage> = events()
			.into_iter()
			.filter_map(|e| if let Event::StageStarted { task: t, stage } = e { (t == task).then_some(stage) } else { None })
			.collect();
		assert_eq!(passes, vec![Stage::Evidence, Stage::Decide]);
	});
}

#[test]
fn the_evidence_pass_takes_weight_from_a_bloc_member_who_never_saw_gold() {
	test(|| {
		// E skipped the gold item: no gold evidence of its own. The task's reference decisions,
		// formed by weights that gold anchored, disagree with E on every other item, and E
		// weighs less than a newcomer when the items are decided.
		let task = bloc_round(6, true, Some(E));
		let view = <Tasks as labelchain_primitives::TaskInspect<AccountId, u64>>::task(task).unwrap();
		assert_eq!(Consensus::vote_weight(&E, &view, Some(task)), newcomer(), "no gold evidence of its own");
		assert!(Consensus::vote_weight(&E, &view, None) < newcomer() / 2);
		for i in 1..6 {
			assert_eq!(Results::<Test>::get(task, i).and_then(|r| r.label), Some(Label::Class(1)));
		}
		// Each reference was recorded once, as evidence discounted by its confidence.
		let references = events()
			.into_iter()
			.filter(|e| matches!(e, Event::ReferenceRecorded { task: t, reference: Label::Class(1), .. } if *t == task))
			.count();
		assert_eq!(references, 5);
	});
}

#[test]
fn a_bloc_that_won_earlier_tasks_is_held_down_by_the_gold_it_missed() {
	test(|| {
		// A first task without gold: the bloc of three outvotes the two honest labelers, and
		// gains agreement evidence from the decisions it made.
		let first = bloc_round(8, false, None);
		assert_eq!(Results::<Test>::get(first, 1).and_then(|r| r.label), Some(Label::Class(2)));
		// Two two-item tasks with a gold item each: the bloc misses the gold answer both times,
		// the honest labelers give it.
		bloc_round(2, true, None);
		bloc_round(2, true, None);
		// The bloc's estimate is what two missed gold answers allow (the mock's bound
		// strength, three observations, as much as one gold answer: 3 / (6 + 3)), far below
		// the posterior of all its evidence, which its agreements keep up.
		let evidence = pallet_reputation::Reputations::<Test>::get(C).get(&1).copied().expect("evidence");
		let (agree, total) = evidence.all();
		let unbounded = Reputation::posterior(agree, total, Reputation::newcomer_prior(1, Some(4)));
		let bounded = Reputation::vote_reputation(&C, 1, Some(4), None);
		assert_eq!(bounded, Permill::from_rational(1u32, 3u32));
		assert!(unbounded > bounded, "{unbounded:?}");
		// The next task without gold: the two honest labelers now outweigh the bloc of three,
		// and are paid.
		let (honest_before, bloc_before) = (free(A), free(C));
		let next = bloc_round(4, false, None);
		for i in 0..4 {
			assert_eq!(Results::<Test>::get(next, i).and_then(|r| r.label), Some(Label::Class(1)), "item {i}");
		}
		assert!(free(A) > honest_before && free(C) < bloc_before);
	});
}

#[test]
fn a_lone_labeler_earns_no_agreement_evidence_from_itself() {
	test(|| {
		// A task whose terms let one label decide an item (a redundancy-1 task of one's own).
		Quorum::set(1);
		Threshold::set(Perbill::from_percent(50));
		let task = round(&[(A, Some(1))], 10);
		Quorum::set(2);
		Threshold::set(Perbill::from_percent(60));
		run_to_block(22);
		assert_eq!(result(task).decision, Decision::Consensus);
		// Decided and paid, but no reference was recorded for a single label: agreeing with
		// oneself is no evidence.
		assert!(!events().iter().any(|e| matches!(e, Event::ReferenceRecorded { task: t, .. } if *t == task)));
		assert_eq!(Reputation::vote_reputation(&A, 1, Some(4), None), Reputation::newcomer_prior(1, Some(4)));
	});
}

#[test]
fn reference_evidence_is_nothing_at_chance_and_everything_when_certain() {
	assert_eq!(Consensus::reference_evidence(Perbill::from_percent(25), Some(4)), Perbill::zero());
	assert_eq!(Consensus::reference_evidence(Perbill::from_percent(20), Some(4)), Perbill::zero());
	assert_eq!(Consensus::reference_evidence(Perbill::one(), Some(4)), Perbill::one());
	assert_eq!(Consensus::reference_evidence(Perbill::from_percent(75), Some(2)), Perbill::from_percent(50));
	assert_eq!(Consensus::reference_evidence(Perbill::from_percent(75), None), Perbill::from_percent(50));
}

#[test]
fn jobs_written_before_the_passes_decode_unchanged() {
	use codec::{Decode, Encode};
	// The new jobs are appended variants: a stored job of the old kinds keeps its bytes.
	for job in [Job::walk(3), Job::CloseEscalation { task: 3, item: 4 }, Job::PruneTask { task: 5 }] {
		let bytes = job.encode();
		assert_eq!(Job::decode(&mut &bytes[..]), Ok(job));
	}
	assert_eq!(Job::walk(3).encode()[0], 0);
	assert_eq!(Job::PruneTask { task: 5 }.encode()[0], 2);
	assert_eq!(Job::gold(3).encode()[0], 3);
}

mod appeals;
mod free_text;
mod graded;
