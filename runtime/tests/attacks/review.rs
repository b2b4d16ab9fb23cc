//! The review court in the real runtime: escalations, audits, gold disputes and appeals
//! decided by drawn Expert panels, with the money and reputation that follow.

use crate::common::*;
use labelchain_primitives::{CaseKind, Label, ReputationInspect, Tier};
use labelchain_runtime::{
	configs::parameters::{review, tiers},
	AccountId, Balance, Reputation, Review, Runtime, RuntimeOrigin, System,
};
use pallet_consensus::Decision;
use pallet_review::{CaseId, Cases, Phase};
use polkadot_sdk::frame_support::{assert_noop, assert_ok, traits::Get};

const DOMAIN: u16 = 1;

/// An Expert of the domain (the stake of the tier, and a record of 300 observations at 95 %,
/// 100 of them gold) with `court` staked in the domain's court.
fn expert(name: &str, court: Balance) -> AccountId {
	bonded(name, 10_000 * LBL, tiers::Thresholds::get()[2].min_stake);
	pallet_reputation::Reputations::<Runtime>::mutate(who(name), |domains| {
		let record = pallet_reputation::Evidence {
			agree: 285_000_000,
			total: 300_000_000,
			decayed_at: System::block_number(),
			gold_agree: 95_000_000,
			gold_total: 100_000_000,
			..Default::default()
		};
		assert!(domains.try_insert(DOMAIN, record).is_ok());
	});
	// The badge follows the record, as it does after any reputation change.
	<labelchain_runtime::Tiers as labelchain_primitives::TierRefresh<_>>::reputation_changed(&who(name));
	let tier: Tier = <labelchain_runtime::Tiers as labelchain_primitives::Eligibility<_>>::tier_in(&who(name), DOMAIN);
	assert!(tier >= 3, "{name} is an Expert (tier {tier})");
	assert_ok!(Review::join_court(signed(name), DOMAIN, court));
	who(name)
}

fn experts(count: usize) -> Vec<AccountId> {
	(0..count).map(|i| expert(&format!("expert-{i}"), 500 * LBL)).collect()
}

fn juror_salt(juror: &AccountId, case: CaseId) -> [u8; 32] {
	polkadot_sdk::sp_io::hashing::blake2_256(&codec::Encode::encode(&(juror, case)))
}

/// The jurors seated on the case's current round (no-shows left out).
fn seated(case: CaseId) -> Vec<AccountId> {
	let Some(record) = Cases::<Runtime>::get(case) else { return Vec::new() };
	pallet_review::Panels::<Runtime>::get(case, record.round)
		.into_iter()
		.filter(|juror| {
			pallet_review::Seats::<Runtime>::get((case, record.round, juror.clone())).is_some_and(|s| !s.no_show)
		})
		.collect()
}

/// Jurors do their part on every open case, block by block, until none is left in a
/// commit or reveal phase (or `blocks` pass): each commits and reveals what `verdict` says,
/// except those `absent` says stay away.
fn serve(blocks: BlockNumber, verdict: impl Fn(CaseId, &AccountId) -> u16, absent: impl Fn(&AccountId) -> bool) {
	for _ in 0..blocks {
		let open: Vec<(CaseId, pallet_review::CaseOf<Runtime>)> = Cases::<Runtime>::iter()
			.filter(|(_, c)| matches!(c.phase, Phase::Drawing | Phase::Commit | Phase::Reveal))
			.collect();
		if open.is_empty() {
			return;
		}
		for (case, record) in open {
			for juror in seated(case) {
				if absent(&juror) {
					continue;
				}
				let Some(seat) = pallet_review::Seats::<Runtime>::get((case, record.round, juror.clone())) else { continue };
				let label = Label::Class(verdict(case, &juror));
				let salt = juror_salt(&juror, case);
				let origin = RuntimeOrigin::signed(juror.clone());
				match record.phase {
					Phase::Commit if seat.commitment.is_none() => {
						let commitment = pallet_review::verdict_commitment(case, record.round, &juror, &label, &salt);
						assert_ok!(Review::commit_verdict(origin, case, commitment));
					},
					Phase::Reveal if seat.commitment.is_some() && seat.verdict.is_none() => {
						assert_ok!(Review::reveal_verdict(origin, case, label, salt));
					},
					_ => {},
				}
			}
		}
		run_to(System::block_number() + 1);
	}
}

use labelchain_runtime::BlockNumber;

fn case_of(task: u64, item: u32) -> CaseId {
	pallet_review::CaseOfItem::<Runtime>::get(task, item).expect("the item is before the court")
}

fn result(task: u64, item: u32) -> pallet_consensus::ItemResult<BlockNumber> {
	pallet_consensus::Results::<Runtime>::get(task, item).expect("final")
}

fn appeal_period() -> BlockNumber {
	review::AppealPeriod::get()
}

/// An item the crowd split on goes to a drawn panel of Experts, none of them a party; its
/// verdict pays the labeler who gave it (less the panel's fee), pays the coherent jurors the
/// fee and corrects reputation.
#[test]
fn an_escalated_item_is_decided_by_a_drawn_expert_panel() {
	dev_chain().execute_with(|| {
		let court = experts(6);
		funded("requester", 1_000 * LBL);
		for name in ["a", "b", "c"] {
			labeler(name, 2_000 * LBL, 200 * LBL);
		}
		let task = create_task("requester", TaskPlan { items: 2, redundancy: 3, ..Default::default() });
		commit("a", task, 0, 0);
		commit("b", task, 0, 1);
		commit("c", task, 0, 1);
		for name in ["a", "b", "c"] {
			commit(name, task, 1, 1);
		}
		run_to(reveal_deadline(task) - 1);
		reveal("a", task, 0, 0);
		reveal("b", task, 0, 1);
		for name in ["a", "b", "c"] {
			reveal(name, task, 1, 1);
		}
		// c never reveals item 0: one label against one, escalated to the court.
		run_until(5, || pallet_review::CaseOfItem::<Runtime>::contains_key(task, 0)).expect("escalated");
		let case = case_of(task, 0);
		assert_eq!(Cases::<Runtime>::get(case).map(|c| c.kind), Some(CaseKind::Escalation));
		run_until(3, || Cases::<Runtime>::get(case).is_some_and(|c| c.phase == Phase::Commit)).expect("drawn");
		let panel = seated(case);
		assert!(!panel.is_empty() && panel.iter().all(|j| court.contains(j)), "the panel is the court's Experts");
		let parties = [who("a"), who("b"), who("c"), who("requester")];
		assert!(panel.iter().all(|j| !parties.contains(j)), "no party sits on its own case");

		let before: Vec<Balance> = panel.iter().map(|j| labelchain_runtime::Balances::free_balance(j)).collect();
		let (a_before, b_before) = (free("a"), free("b"));
		serve(10, |_, _| 1, |_| false);
		assert_eq!(Cases::<Runtime>::get(case).map(|c| (c.phase, c.verdict)), Some((Phase::Appeal, Some(Label::Class(1)))));
		run_to(System::block_number() + appeal_period() + 1);

		let r = result(task, 0);
		assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Reviewed));
		let reward = TaskPlan::default().reward;
		let fee = review::PanelFee::get() * reward;
		let paid: Balance = panel.iter().zip(&before).map(|(j, b)| labelchain_runtime::Balances::free_balance(j) - b).sum();
		assert!(paid <= fee && paid + 1_000 >= fee, "the coherent jurors share the fee ({paid} of {fee})");
		assert_eq!(free("b") - b_before, reward - paid, "b gave the upheld label: the reward less what the panel took");
		assert_eq!(free("a"), a_before, "a is paid nothing for item 0");
		assert!(
			Reputation::reputation(&who("b"), DOMAIN) > Reputation::reputation(&who("a"), DOMAIN),
			"the panel's label is the truth reputation learns from"
		);
		assert!(labelchain_runtime::System::events().iter().any(|r| matches!(
			&r.event,
			labelchain_runtime::RuntimeEvent::Review(pallet_review::Event::ItemReviewed { label: Some(Label::Class(1)), .. })
		)));
		run_until(5, || settled(task)).expect("the task settles once its case is closed");
	});
}

/// A bloc that agrees on wrong labels wins the vote, but the items drawn for audit go to a
/// panel: the consensus is overturned there, the bloc is slashed and loses reputation.
#[test]
fn a_random_audit_overturns_a_wrong_consensus_and_corrects_reputation() {
	dev_chain().execute_with(|| {
		experts(8);
		set_parameter(labelchain_runtime::RuntimeParameters::Review(review::Parameters::AuditShare(
			review::AuditShare,
			Some(polkadot_sdk::sp_runtime::Perbill::from_percent(20)),
		)));
		funded("requester", 1_000 * LBL);
		let bloc = ["x", "y", "z"];
		for name in bloc {
			labeler(name, 2_000 * LBL, 200 * LBL);
		}
		let items = 40;
		let task = create_task("requester", TaskPlan { items, redundancy: 3, reward: LBL, ..Default::default() });
		for name in bloc {
			commit_batch(name, task, 0, items, 0);
		}
		run_to(reveal_deadline(task) - 1);
		for name in bloc {
			reveal_batch(name, task, 0, items, 0);
		}
		run_until(10, || (0..items).all(|i| finalized(task, i) || pallet_review::CaseOfItem::<Runtime>::contains_key(task, i)))
			.expect("every item decided or audited");
		let audited: Vec<u32> = (0..items).filter(|i| pallet_review::CaseOfItem::<Runtime>::contains_key(task, *i)).collect();
		assert!(!audited.is_empty(), "a fifth of 40 items: some are audited");
		assert!(audited.len() < items as usize / 2);
		let bonded = |name: &str| pallet_tiers::Labelers::<Runtime>::get(who(name)).expect("labeler").bonded;
		let (rep_before, bond_before) = (Reputation::reputation(&who("x"), DOMAIN), bonded("x"));

		serve(40, |_, _| 1, |_| false);
		run_to(System::block_number() + appeal_period() + 1);
		for item in &audited {
			let r = result(task, *item);
			assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Reviewed), "item {item} overturned");
		}
		assert!((0..items).filter(|i| !audited.contains(i)).all(|i| result(task, i).label == Some(Label::Class(0))));
		assert!(bonded("x") < bond_before, "the bloc is slashed on the audited items");
		assert!(Reputation::reputation(&who("x"), DOMAIN) < rep_before, "and its reputation corrected");
		run_until(5, || settled(task)).expect("settles");
	});
}

/// A requester's false gold answer, contested by the crowd, goes to a panel: the panel sides
/// with the labelers and the item's part of the gold deposit is theirs.
#[test]
fn a_gold_dispute_lost_by_the_requester_pays_the_labelers_who_were_right() {
	dev_chain().execute_with(|| {
		experts(6);
		funded("requester", 1_000 * LBL);
		let crowd = ["g1", "g2", "g3"];
		for name in crowd {
			labeler(name, 2_000 * LBL, 200 * LBL);
		}
		let gold = [(3, Label::Class(0))];
		let task = create_gold_task("requester", TaskPlan { items: 10, redundancy: 3, ..Default::default() }, &gold);
		for name in crowd {
			commit_batch(name, task, 0, 10, 1);
		}
		run_to(reveal_deadline(task) - 1);
		for name in crowd {
			reveal_batch(name, task, 0, 10, 1);
		}
		run_to(reveal_deadline(task) + 1);
		reveal_gold("requester", task, &gold);
		run_until(5, || pallet_review::CaseOfItem::<Runtime>::contains_key(task, 3)).expect("the gold answer is contested");
		let case = case_of(task, 3);
		assert_eq!(Cases::<Runtime>::get(case).map(|c| c.kind), Some(CaseKind::GoldDispute));
		let before: Vec<Balance> = crowd.iter().map(|n| free(n)).collect();
		serve(10, |_, _| 1, |_| false);
		run_to(System::block_number() + appeal_period() + 1);
		let r = result(task, 3);
		assert_eq!((r.label, r.decision), (Some(Label::Class(1)), Decision::Reviewed));
		let deposit = labelchain_runtime::configs::parameters::tasks::GoldDeposit::get();
		let reward = TaskPlan::default().reward;
		let fee = review::PanelFee::get() * reward;
		let gained: Balance = crowd.iter().zip(&before).map(|(n, b)| free(n) - b).sum();
		let for_item = gained - deposit;
		assert!(
			for_item >= reward - fee && for_item <= reward - fee + 1_000,
			"the forfeited deposit and the item's reward less the fee: {gained}"
		);
		run_until(5, || settled(task)).expect("settles");
	});
}

/// The outvoted labeler appeals: a panel of 2n + 1 = 7 seats judges again, a juror who does
/// not commit is replaced and slashed, and the appeal round's verdict stands.
#[test]
fn an_appeal_draws_a_larger_panel_that_can_overturn_the_verdict() {
	dev_chain().execute_with(|| {
		let court = experts(10);
		funded("requester", 1_000 * LBL);
		for name in ["a", "b", "c"] {
			labeler(name, 2_000 * LBL, 200 * LBL);
		}
		let task = create_task("requester", TaskPlan { items: 1, redundancy: 3, ..Default::default() });
		commit("a", task, 0, 0);
		commit("b", task, 0, 1);
		commit("c", task, 0, 1);
		run_to(reveal_deadline(task) - 1);
		reveal("a", task, 0, 0);
		reveal("b", task, 0, 1);
		run_until(5, || pallet_review::CaseOfItem::<Runtime>::contains_key(task, 0)).expect("escalated");
		let case = case_of(task, 0);
		serve(10, |_, _| 1, |_| false);
		assert_eq!(Cases::<Runtime>::get(case).map(|c| c.verdict), Some(Some(Label::Class(1))));
		assert_noop!(Review::appeal(signed("expert-0"), case), pallet_review::Error::<Runtime>::NotAParty);
		let a_before = free("a");
		assert_ok!(Review::appeal(signed("a"), case));
		let deposit = review::AppealDepositPerSeat::get() * 7;
		assert_eq!(a_before - free("a"), deposit);
		run_until(3, || Cases::<Runtime>::get(case).is_some_and(|c| c.phase == Phase::Commit)).expect("drawn");
		assert_eq!(Cases::<Runtime>::get(case).map(|c| (c.round, c.seated)), Some((1, 7)));
		// One juror of the appeal panel stays away: replaced, and slashed when the round closes.
		let absent = seated(case)[0].clone();
		let absent_stake = pallet_review::Jurors::<Runtime>::get(DOMAIN, &absent).expect("juror").stake;
		serve(60, |_, _| 0, |j| *j == absent);
		let record = Cases::<Runtime>::get(case).expect("open");
		assert_eq!((record.round, record.verdict, record.phase), (1, Some(Label::Class(0)), Phase::Appeal));
		assert!(pallet_review::Jurors::<Runtime>::get(DOMAIN, &absent).expect("juror").stake < absent_stake);
		assert!(court.contains(&absent));
		run_to(System::block_number() + appeal_period() + 1);
		let r = result(task, 0);
		assert_eq!((r.label, r.decision), (Some(Label::Class(0)), Decision::Reviewed));
		assert!(free("a") > a_before - deposit, "a gave the upheld label: paid");
	});
}

/// A decision the vote made and paid can be appealed by a party within the task's window: a
/// panel that overturns it makes the labelers who were paid for the wrong label repay their
/// reward and lose their deviation slash to the labeler who was right, reputation follows the
/// verdict, and the task settles only after.
#[test]
fn a_paid_vote_decision_is_appealed_and_overturned_and_the_paid_repay() {
	dev_chain().execute_with(|| {
		experts(6);
		funded("requester", 1_000 * LBL);
		let bloc = ["p", "q", "r"];
		for name in bloc.iter().chain(&["h"]) {
			labeler(name, 2_000 * LBL, 200 * LBL);
		}
		let task = create_task("requester", TaskPlan { items: 1, redundancy: 4, ..Default::default() });
		for name in bloc {
			commit(name, task, 0, 0);
		}
		commit("h", task, 0, 1);
		run_to(reveal_deadline(task) - 1);
		for name in bloc {
			reveal(name, task, 0, 0);
		}
		reveal("h", task, 0, 1);
		run_until(5, || finalized(task, 0)).expect("decided");
		let decided = result(task, 0);
		assert_eq!((decided.label, decided.decision), (Some(Label::Class(0)), Decision::Consensus));
		assert!(!settled(task), "the task waits for its appeal window");
		let bonded = |name: &str| pallet_tiers::Labelers::<Runtime>::get(who(name)).expect("labeler").bonded;
		let bloc_before: Vec<Balance> = bloc.iter().map(|n| bonded(n)).collect();
		let (h_before, h_rep) = (free("h"), Reputation::reputation(&who("h"), DOMAIN));

		// Only a party may appeal.
		assert_noop!(Review::appeal_decision(signed("expert-0"), task, 0), pallet_review::Error::<Runtime>::NotAParty);
		assert_ok!(Review::appeal_decision(signed("h"), task, 0));
		let case = case_of(task, 0);
		assert_eq!(Cases::<Runtime>::get(case).map(|c| c.kind), Some(CaseKind::Appeal));
		let deposit = review::AppealDepositPerSeat::get() * review::InitialPanel::get() as Balance;
		// What each paid labeler could owe is set aside: it cannot be unbonded meanwhile.
		let set_aside = pallet_consensus::AppealLocks::<Runtime>::get(task, 0);
		assert_eq!(set_aside.len(), 3);
		let locked = pallet_tiers::Labelers::<Runtime>::get(who("p")).expect("labeler").locked;
		assert!(locked > 0);

		// The window closes while the case runs: the task still waits for it.
		serve(60, |_, _| 1, |_| false);
		assert!(!settled(task));
		run_to(System::block_number() + appeal_period() + 1);
		let r = result(task, 0);
		assert_eq!((r.label, r.decision, r.agreeing), (Some(Label::Class(1)), Decision::Reviewed, 1));
		// Each of the bloc repaid its reward share and lost its deviation slash, all to h.
		let repaid: Balance = bloc.iter().zip(&bloc_before).map(|(n, b)| b - bonded(n)).sum();
		let reward = TaskPlan::default().reward;
		assert!(repaid >= reward, "the bloc repaid at least the reward ({repaid})");
		// (What rounding left of the deposit, a few planck, came back.)
		let got = free("h") + deposit;
		assert!(got >= h_before + repaid && got - (h_before + repaid) < 1_000_000, "h got it all, less the deposit that paid the panel");
		assert!(Reputation::reputation(&who("h"), DOMAIN) > h_rep);
		assert_eq!(pallet_tiers::Labelers::<Runtime>::get(who("p")).expect("labeler").locked, 0);
		// Its provenance holds both leaves; the result points to the review's.
		assert_eq!(pallet_consensus::Provenance::<Runtime>::get(task).count, 2);
		assert_eq!(r.position, 1);
		run_until(5, || settled(task)).expect("settles once nothing is open");
	});
}
