//! False gold: a requester marks items gold with wrong answers to slash honest labelers,
//! refund its budget and keep the labels; or hides unfavourable gold by never revealing it.

use crate::common::*;
use labelchain_primitives::Label;
use labelchain_runtime::{
	configs::parameters::{consensus, tasks},
	Balance, Consensus, Runtime, RuntimeOrigin, RuntimeParameters, Tasks,
};
use polkadot_sdk::frame_support::{assert_noop, assert_ok, traits::Get};

const ITEMS: u32 = 20;
const LABELERS: [&str; 3] = ["ann", "ben", "cat"];

fn bonded(name: &str) -> Balance {
	pallet_tiers::Labelers::<Runtime>::get(who(name)).map_or(0, |s| s.bonded)
}

/// A 20-item task, redundancy 3, 3 LBL per item, with `gold` as its gold answers (the most the
/// default share allows is 2); the three labelers answer class 1 everywhere in one batch each
/// and reveal; after the reveal deadline the requester reveals the gold if `reveal`.
fn round(gold: &[(u32, Label)], reveal: bool) -> labelchain_primitives::TaskId {
	// A short escalation period, so that the test sees the end of it.
	set_parameter(RuntimeParameters::Consensus(consensus::Parameters::EscalationPeriod(
		consensus::EscalationPeriod,
		Some(20),
	)));
	for name in LABELERS {
		labeler(name, 1_000 * LBL, 200 * LBL);
	}
	let task = create_gold_task("requester", TaskPlan { items: ITEMS, redundancy: 3, ..Default::default() }, gold);
	for name in LABELERS {
		commit_batch(name, task, 0, ITEMS, 1);
	}
	run_to(reveal_deadline(task) - 1);
	for name in LABELERS {
		reveal_batch(name, task, 0, ITEMS, 1);
	}
	run_to(reveal_deadline(task) + 1);
	if reveal {
		reveal_gold("requester", task, gold);
	}
	task
}

/// Every gold answer wrong: the labelers' clear consensus sends both gold items to review
/// instead of slashing them. Nobody reviews them in time; the consensus stands and is paid.
/// The attacker slashes nobody, refunds nothing and pays exactly what an honest requester pays.
#[test]
fn false_gold_slashes_nobody_and_buys_no_discount() {
	dev_chain().execute_with(|| {
		let gold = [(3, Label::Class(0)), (11, Label::Class(0))];
		let budget = ITEMS as Balance * 3 * LBL;
		let fee = tasks::ProtocolFee::get().mul_ceil(budget);
		funded("requester", 10_000 * LBL);
		let requester_before = free("requester");
		let task = round(&gold, true);
		let stakes: Vec<Balance> = LABELERS.iter().map(|n| bonded(n)).collect();
		assert_eq!(stakes, vec![200 * LBL; 3]);
		run_until(60, || settled(task)).expect("the task settles once the escalations close");
		let slashed: Balance = LABELERS.iter().map(|n| 200 * LBL - bonded(n)).sum();
		let refunded = pallet_tasks::Tasks::<Runtime>::get(task).map(|t| budget - t.escrow.rewards_paid).unwrap_or(budget);
		// The state deposit for the results is held, not spent: it returns when they are pruned.
		let state = pallet_tasks::StateHeld::<Runtime>::get(task).map_or(0, |d| d.held);
		let cost = requester_before - free("requester") - state;
		eprintln!("false gold: slashed {slashed}, refunded {refunded}, attacker paid {cost} (budget {budget} + fee {fee})");
		assert_eq!(slashed, 0, "no honest labeler is slashed");
		assert_eq!(refunded, 0, "every item is paid: no discount");
		assert_eq!(cost, budget + fee, "the attacker pays what an honest requester pays");
		for item in [3, 11] {
			let r = pallet_consensus::Results::<Runtime>::get(task, item).expect("final");
			assert_eq!(r.label, Some(Label::Class(1)), "the consensus stands on item {item}");
		}
	});
}

/// Review sides with the labelers: each rejected gold answer forfeits its part of the gold
/// deposit, on top of the full budget.
#[test]
fn gold_rejected_by_review_costs_its_deposit() {
	dev_chain().execute_with(|| {
		let gold = [(3, Label::Class(0)), (11, Label::Class(1))];
		let treasury = labelchain_runtime::configs::TreasuryAccount::get();
		funded("requester", 10_000 * LBL);
		let task = round(&gold, true);
		run_until(10, || pallet_consensus::Escalations::<Runtime>::contains_key(task, 3)).expect("contested");
		run_until(10, || finalized(task, 11)).expect("the gold answer the labelers share decides its item");
		assert_eq!(pallet_consensus::Results::<Runtime>::get(task, 11).map(|r| r.decision), Some(pallet_consensus::Decision::Gold));
		let before = labelchain_runtime::Balances::free_balance(&treasury);
		// No juror in the domain: the court takes no case, and governance (a referendum on
		// the labeling track; never root) sides with the labelers.
		assert!(!pallet_review::CaseOfItem::<Runtime>::contains_key(task, 3));
		assert!(Consensus::resolve_escalation(RuntimeOrigin::root(), task, 3, Label::Class(1)).is_err());
		let referendum: RuntimeOrigin = pallet_governance::Origin::LabelingParameters.into();
		assert_ok!(Consensus::resolve_escalation(referendum, task, 3, Label::Class(1)));
		assert!(labelchain_runtime::System::events().iter().any(|r| matches!(
			r.event,
			labelchain_runtime::RuntimeEvent::Tasks(pallet_tasks::Event::GoldItemForfeited { item: 3, amount, .. })
				if amount == tasks::GoldDeposit::get()
		)));
		// The last item: the task settles when its appeal window closes, paying the fee on
		// the whole budget too.
		run_until(60 + appeal_window(), || settled(task)).expect("settles");
		let fee = tasks::ProtocolFee::get().mul_ceil(ITEMS as Balance * 3 * LBL);
		// The forfeit went to the labelers who were right, not to the treasury.
		assert_eq!(labelchain_runtime::Balances::free_balance(&treasury) - before, fee);
		let slashed: Balance = LABELERS.iter().map(|n| 200 * LBL - bonded(n)).sum();
		assert_eq!(slashed, 0);
	});
}

/// Hiding the gold (never revealing it) after seeing unfavourable reveals forfeits the deposit
/// of every gold item, more than revealing costs (at most the contested items' part), and the
/// items are paid by consensus all the same.
#[test]
fn hiding_gold_costs_more_than_revealing_it() {
	dev_chain().execute_with(|| {
		let gold = [(3, Label::Class(0)), (11, Label::Class(1))];
		let treasury = labelchain_runtime::configs::TreasuryAccount::get();
		let before = labelchain_runtime::Balances::free_balance(&treasury);
		funded("requester", 10_000 * LBL);
		let task = round(&gold, false);
		run_until(tasks::GoldRevealPeriod::get() + 10 + appeal_window(), || settled(task)).expect("settles after the gold reveal period");
		let budget = ITEMS as Balance * 3 * LBL;
		let fee = tasks::ProtocolFee::get().mul_ceil(budget);
		let forfeited = labelchain_runtime::Balances::free_balance(&treasury) - before - fee;
		let revealing_would_cost = tasks::GoldDeposit::get(); // one contested item
		eprintln!("hidden gold: forfeited {forfeited}, revealing would have cost {revealing_would_cost}");
		assert_eq!(forfeited, 2 * tasks::GoldDeposit::get());
		assert!(forfeited > revealing_would_cost);
		assert_eq!(pallet_tasks::Tasks::<Runtime>::get(task).expect("task").escrow.rewards_paid, budget);
	});
}

/// Gold is at most the governed share of a task (10 %) and never every item.
#[test]
fn gold_is_a_bounded_share() {
	dev_chain().execute_with(|| {
		funded("requester", 10_000 * LBL);
		let answers = |n: u32| (0..n).map(|i| (i, Label::Class(1))).collect::<Vec<_>>();
		let plan = || TaskPlan { items: ITEMS, ..Default::default() };
		let spec = |n: u32| {
			let gold = pallet_tasks::GoldSpec { commitment: Default::default(), count: n };
			pallet_tasks::TaskSpec { gold: Some(gold), ..task_spec(&plan()) }
		};
		assert_noop!(Tasks::create_task(signed("requester"), spec(3)), pallet_tasks::Error::<Runtime>::InvalidGoldCount);
		assert_noop!(Tasks::create_task(signed("requester"), spec(ITEMS)), pallet_tasks::Error::<Runtime>::InvalidGoldCount);
		create_gold_task("requester", plan(), &answers(2));
		// Governance may not make gold the majority of a task.
		assert_noop!(
			labelchain_runtime::Governance::set_parameter(
				RuntimeOrigin::root(),
				RuntimeParameters::Tasks(tasks::Parameters::MaxGoldShare(
					tasks::MaxGoldShare,
					Some(polkadot_sdk::sp_runtime::Perbill::from_percent(60)),
				)),
			),
			pallet_governance::Error::<Runtime>::AboveMaximum
		);
	});
}
