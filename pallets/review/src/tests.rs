//! Tests of the review court: the sum tree, draws, rounds, money, appeals, empty pools.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use labelchain_primitives::{CaseKind, Label, ReviewCourt};
use polkadot_sdk::frame_support;
use std::collections::BTreeMap;

const DOMAIN: u16 = 1;

/// Accounts `from..from + count` become jurors of `tier` in the domain with `stake` each.
fn jurors(from: AccountId, count: u64, tier: u8, stake: Balance) -> Vec<AccountId> {
	(from..from + count)
		.map(|who| {
			set_tier(who, DOMAIN, tier);
			assert_ok!(Review::join_court(RuntimeOrigin::signed(who), DOMAIN, stake));
			who
		})
		.collect()
}

/// The current round's jurors and their seats.
fn panel(case: CaseId) -> Vec<(AccountId, u32)> {
	let round = Cases::<Test>::get(case).unwrap().round;
	Panels::<Test>::get(case, round)
		.into_iter()
		.filter_map(|who| {
			let seat = Seats::<Test>::get((case, round, who))?;
			(!seat.no_show).then_some((who, seat.seats))
		})
		.collect()
}

fn salt(who: AccountId) -> [u8; 32] {
	[who as u8; 32]
}

fn commit(case: CaseId, who: AccountId, label: Label) {
	let round = Cases::<Test>::get(case).unwrap().round;
	let commitment = verdict_commitment(case, round, &who, &label, &salt(who));
	assert_ok!(Review::commit_verdict(RuntimeOrigin::signed(who), case, commitment));
}

fn reveal(case: CaseId, who: AccountId, label: Label) {
	assert_ok!(Review::reveal_verdict(RuntimeOrigin::signed(who), case, label, salt(who)));
}

/// Every seated juror votes as `vote` says: commit, next block, reveal, next block (the round
/// closes).
fn vote_all(case: CaseId, vote: impl Fn(AccountId) -> Label) {
	let seated = panel(case);
	for (who, _) in &seated {
		commit(case, *who, vote(*who));
	}
	run_to(System::block_number() + 1);
	assert_eq!(Cases::<Test>::get(case).unwrap().phase, Phase::Reveal);
	for (who, _) in &seated {
		reveal(case, *who, vote(*who));
	}
	run_to(System::block_number() + 1);
}

fn open(item: u32, kind: CaseKind, labelers: Vec<AccountId>) -> CaseId {
	let id = NextCaseId::<Test>::get();
	assert_ok!(<Review as ReviewCourt<_, _>>::open_case(request(item, kind, labelers)));
	id
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Review(e) = r.event { Some(e) } else { None })
		.collect()
}

#[test]
fn the_sum_tree_adds_up_as_jurors_join_leave_and_come_back() {
	new_test_ext().execute_with(|| {
		let all = jurors(1, 9, 3, 1_000);
		let pool = (DOMAIN, 3);
		assert_eq!(Review::pool_total(pool), 9_000);
		assert_eq!(TreeLen::<Test>::get(pool), 17);
		assert_ok!(Review::leave_court(RuntimeOrigin::signed(all[3]), DOMAIN));
		assert_ok!(Review::leave_court(RuntimeOrigin::signed(all[7]), DOMAIN));
		assert_eq!(Review::pool_total(pool), 7_000);
		assert_eq!(Balances::balance_on_hold(&HoldReason::JurorStake.into(), &all[3]), 0);
		// Vacant leaves are reused before the tree grows.
		jurors(50, 2, 3, 2_500);
		assert_eq!(TreeLen::<Test>::get(pool), 17);
		assert_eq!(Review::pool_total(pool), 12_000);
		jurors(60, 1, 3, 1_000);
		assert_eq!(TreeLen::<Test>::get(pool), 19);
		assert_eq!(PoolJurors::<Test>::get(pool), 10);
		Review::do_try_state().unwrap();
	});
}

#[test]
fn each_unit_of_stake_is_a_ticket() {
	new_test_ext().execute_with(|| {
		// Stakes 1, 2, 3, 4 and 10 thousand: 5, 10, 15, 20 and 50 % of the tickets.
		let stakes = [1_000u128, 2_000, 3_000, 4_000, 10_000];
		for (i, stake) in stakes.iter().enumerate() {
			jurors(1 + i as u64, 1, 3, *stake);
		}
		let pool = (DOMAIN, 3);
		let total = Review::pool_total(pool);
		let draws = 20_000u128;
		let mut seats: BTreeMap<AccountId, u128> = BTreeMap::new();
		for n in 0..draws {
			// An even spread over the tickets, offset so as not to hit boundaries.
			let r = (n * total + total / 2) / draws;
			let (_, who) = Review::draw_leaf(pool, r).unwrap();
			*seats.entry(who).or_default() += 1;
		}
		for (i, stake) in stakes.iter().enumerate() {
			let got = seats[&(1 + i as u64)];
			let expected = draws * stake / total;
			assert!(got.abs_diff(expected) <= 1, "juror {i}: {got} seats, {expected} expected");
		}
	});
}

#[test]
fn panels_drawn_at_random_seat_jurors_in_proportion_to_stake() {
	new_test_ext().execute_with(|| {
		// One juror holds 40 % of the stake, nine share the rest.
		jurors(1, 1, 3, 6_000);
		jurors(2, 9, 3, 1_000);
		let mut seats: BTreeMap<AccountId, u32> = BTreeMap::new();
		let mut total = 0u32;
		for item in 0..300 {
			let case = open(item, CaseKind::Escalation, vec![]);
			bump_randomness();
			run_to(System::block_number() + 1);
			for (who, n) in panel(case) {
				*seats.entry(who).or_default() += n;
				total += n;
			}
			// Let the seats go again: nobody commits, the round closes without a verdict.
			let c = Cases::<Test>::get(case).unwrap();
			for who in Panels::<Test>::take(case, c.round) {
				let seat = Seats::<Test>::take((case, c.round, who)).unwrap();
				Review::release_seat(DOMAIN, &who, seat.bond, 0);
			}
			Cases::<Test>::remove(case);
			CaseOfItem::<Test>::remove(1, item);
		}
		assert_eq!(total, 900);
		let share = seats[&1] as f64 / total as f64;
		assert!((0.36..=0.44).contains(&share), "40 % of the stake took {share:.3} of the seats");
	});
}

#[test]
fn an_escalation_is_decided_by_a_drawn_panel_that_is_paid_and_slashed_by_coherence() {
	new_test_ext().execute_with(|| {
		let labelers = jurors(1, 3, 3, 5_000);
		jurors(10, 6, 3, 5_000);
		jurors(20, 6, 2, 5_000);
		let case = open(7, CaseKind::Escalation, labelers.clone());
		assert!(<Review as ReviewCourt<_, _>>::in_review(1, 7));
		// Drawn in a later block, never in the block it opened.
		assert_eq!(Cases::<Test>::get(case).unwrap().phase, Phase::Drawing);
		run_to(2);
		let seated = panel(case);
		assert_eq!(seated.iter().map(|(_, n)| n).sum::<u32>(), 3);
		for (who, _) in &seated {
			assert!(!labelers.contains(who) && *who != REQUESTER, "a party sat on its own case");
			assert!(*who >= 10 && *who < 16, "jurors come from the Expert pool, not below");
		}
		// The first juror dissents; the others give label 2.
		let dissenter = seated[0].0;
		let vote = |who| if who == dissenter { Label::Class(1) } else { Label::Class(2) };
		let before: BTreeMap<_, _> = seated.iter().map(|(w, _)| (*w, Balances::free_balance(w))).collect();
		let treasury = Balances::free_balance(TREASURY);
		vote_all(case, vote);
		let c = Cases::<Test>::get(case).unwrap();
		assert_eq!((c.phase, c.verdict), (Phase::Appeal, Some(Label::Class(2))));
		// The fee (30 % of the reward of 1,000) went to the coherent seats; the dissenter lost
		// half its bond to the treasury.
		let coherent: u32 = seated.iter().filter(|(w, _)| *w != dissenter).map(|(_, n)| n).sum();
		for (who, n) in &seated {
			let gained = Balances::free_balance(who) as i128 - before[who] as i128;
			if *who == dissenter {
				assert_eq!(gained, 0);
				assert_eq!(Jurors::<Test>::get(DOMAIN, who).unwrap().stake, 5_000 - SEAT_BOND / 2 * *n as u128);
			} else {
				assert_eq!(gained, (300 * *n / coherent) as i128);
			}
			assert_eq!(Jurors::<Test>::get(DOMAIN, who).unwrap().locked, 0);
		}
		assert_eq!(Balances::free_balance(TREASURY) - treasury, SEAT_BOND / 2 * seated[0].1 as u128);
		assert!(outcomes().is_empty(), "the verdict waits for the appeal window");
		run_to(System::block_number() + 11);
		assert_eq!(outcomes(), vec![(1, 7, Some((CaseKind::Escalation, Label::Class(2), 300)))]);
		assert!(Cases::<Test>::get(case).is_none() && !<Review as ReviewCourt<_, _>>::in_review(1, 7));
		assert!(events().iter().any(|e| matches!(e,
			Event::ItemReviewed { label: Some(Label::Class(2)), rounds: 1, kind: CaseKind::Escalation, .. })));
	});
}

#[test]
fn appeals_grow_the_panel_to_2n_plus_1_until_the_last_round() {
	new_test_ext().execute_with(|| {
		jurors(10, 40, 3, 10_000);
		let labeler = 5;
		let case = open(1, CaseKind::GoldDispute, vec![labeler]);
		run_to(2);
		vote_all(case, |_| Label::Class(0));
		// Not a party: refused.
		assert_noop!(Review::appeal(RuntimeOrigin::signed(11), case), Error::<Test>::NotAParty);
		assert_ok!(Review::appeal(RuntimeOrigin::signed(labeler), case));
		assert_eq!(Balances::balance_on_hold(&HoldReason::AppealDeposit.into(), &labeler), 7 * APPEAL_PER_SEAT);
		run_to(System::block_number() + 1);
		assert_eq!(panel(case).iter().map(|(_, n)| n).sum::<u32>(), 7);
		let before = Balances::free_balance(labeler);
		vote_all(case, |_| Label::Class(1));
		// The appeal round overturned the verdict; its jurors were paid the deposit.
		let c = Cases::<Test>::get(case).unwrap();
		assert_eq!((c.round, c.verdict), (1, Some(Label::Class(1))));
		assert_eq!(Balances::balance_on_hold(&HoldReason::AppealDeposit.into(), &labeler), 0);
		assert!(Balances::free_balance(labeler) <= before);
		assert_ok!(Review::appeal(RuntimeOrigin::signed(REQUESTER), case));
		run_to(System::block_number() + 1);
		assert_eq!(panel(case).iter().map(|(_, n)| n).sum::<u32>(), 15);
		vote_all(case, |who| Label::Class(if who % 3 == 0 { 0 } else { 1 }));
		// The third round is the last (MaxRounds 3): no appeal, the outcome is sent at once.
		assert!(Cases::<Test>::get(case).is_none());
		assert_eq!(outcomes(), vec![(1, 1, Some((CaseKind::GoldDispute, Label::Class(1), 300)))]);
	});
}

#[test]
fn an_appeal_round_that_ties_leaves_the_appealed_verdict() {
	new_test_ext().execute_with(|| {
		jurors(10, 40, 3, 10_000);
		let case = open(1, CaseKind::Audit, vec![5]);
		run_to(2);
		vote_all(case, |_| Label::Class(2));
		assert_ok!(Review::appeal(RuntimeOrigin::signed(5), case));
		run_to(System::block_number() + 1);
		// Nobody of the appeal panel commits, twice redrawn, then nobody reveals: no verdict.
		let until = System::block_number() + 3 * 12 + 11;
		run_to(until);
		assert_eq!(outcomes(), vec![(1, 1, Some((CaseKind::Audit, Label::Class(2), 300)))]);
		// The deposit returned to the appellant; the no-shows lost their whole bond.
		assert_eq!(Balances::balance_on_hold(&HoldReason::AppealDeposit.into(), &5), 0);
		assert!(events().iter().any(|e| matches!(e, Event::JurorSlashed { reason: SlashReason::NoShow, .. })));
	});
}

#[test]
fn no_shows_are_slashed_and_replaced() {
	new_test_ext().execute_with(|| {
		jurors(10, 20, 3, 10_000);
		let case = open(1, CaseKind::Escalation, vec![]);
		run_to(2);
		let first = panel(case);
		let absent = first[0].0;
		for (who, _) in first.iter().skip(1) {
			commit(case, *who, Label::Class(1));
		}
		// The commit period ends: the absent juror's seats are drawn again.
		run_to(2 + 10 + 1);
		assert_eq!(Cases::<Test>::get(case).unwrap().phase, Phase::Drawing);
		run_to(System::block_number() + 1);
		let second = panel(case);
		assert_eq!(second.iter().map(|(_, n)| n).sum::<u32>(), 3);
		assert!(!second.iter().any(|(who, _)| *who == absent), "a no-show was drawn again");
		for (who, _) in &second {
			if !first.iter().any(|(w, _)| w == who) {
				commit(case, *who, Label::Class(1));
			}
		}
		run_to(System::block_number() + 1);
		for (who, _) in &second {
			reveal(case, *who, Label::Class(1));
		}
		run_to(System::block_number() + 1);
		let stake = Jurors::<Test>::get(DOMAIN, absent).unwrap().stake;
		assert_eq!(stake, 10_000 - SEAT_BOND * first[0].1 as u128, "the no-show lost its bond");
		assert!(events().iter().any(|e| matches!(e,
			Event::JurorSlashed { juror, reason: SlashReason::NoShow, .. } if *juror == absent)));
		assert_eq!(Cases::<Test>::get(case).unwrap().verdict, Some(Label::Class(1)));
	});
}

#[test]
fn a_tie_runs_the_round_again_with_a_larger_panel() {
	new_test_ext().execute_with(|| {
		jurors(10, 30, 3, 10_000);
		let case = open(1, CaseKind::Escalation, vec![]);
		run_to(2);
		let seated = panel(case);
		// Three seats: one per label (a three-way tie) unless a juror holds two seats.
		let labels: BTreeMap<AccountId, Label> =
			seated.iter().enumerate().map(|(i, (w, _))| (*w, Label::Class(i as u16))).collect();
		if seated.len() == 3 {
			vote_all(case, |who| labels[&who]);
			let c = Cases::<Test>::get(case).unwrap();
			assert_eq!((c.round, c.phase, c.verdict), (1, Phase::Drawing, None));
			run_to(System::block_number() + 1);
			assert_eq!(panel(case).iter().map(|(_, n)| n).sum::<u32>(), 7);
			// The fee is still unpaid: it goes to the first decisive round.
			assert_eq!(Cases::<Test>::get(case).unwrap().fee_paid, 0);
		}
	});
}

#[test]
fn an_empty_pool_lowers_the_tier_then_falls_back_to_governance() {
	new_test_ext().execute_with(|| {
		// Only Contributors (tier 2) in the domain: one above the task's tier 1.
		jurors(10, 5, 2, 5_000);
		let case = open(1, CaseKind::Escalation, vec![]);
		run_to(2);
		assert!(events().iter().any(|e| matches!(e, Event::TierLowered { from_tier: 3, to_tier: 2, .. })));
		assert_eq!(panel(case).len() as u32 > 0, true);

		// Nobody at all in domain 2: the court takes no case there, and audits nothing.
		let mut empty = request(2, CaseKind::Escalation, vec![]);
		empty.domain = 2;
		assert_noop!(<Review as ReviewCourt<_, _>>::open_case(empty.clone()), Error::<Test>::NoJurors);
		assert!(!(0..1_000u32).any(|item| <Review as ReviewCourt<_, _>>::audit_drawn(1, item, 2, 1)));
		// The only juror leaves before the draw: governance, then nobody.
		set_tier(100, 2, 3);
		assert_ok!(Review::join_court(RuntimeOrigin::signed(100), 2, 5_000));
		let lonely = NextCaseId::<Test>::get();
		assert_ok!(<Review as ReviewCourt<_, _>>::open_case(empty));
		assert_ok!(Review::leave_court(RuntimeOrigin::signed(100), 2));
		run_to(System::block_number() + 1);
		assert_eq!(Cases::<Test>::get(lonely).unwrap().phase, Phase::Governance);
		assert_noop!(
			Review::decide_by_governance(RuntimeOrigin::signed(1), lonely, Label::Class(1)),
			polkadot_sdk::sp_runtime::DispatchError::BadOrigin
		);
		run_to(System::block_number() + 21);
		assert_eq!(outcomes(), vec![(1, 2, None)]);

		// Governance decides another one in time.
		let mut decided = request(3, CaseKind::Escalation, vec![]);
		decided.domain = 2;
		assert_ok!(Review::join_court(RuntimeOrigin::signed(100), 2, 5_000));
		let third = NextCaseId::<Test>::get();
		assert_ok!(<Review as ReviewCourt<_, _>>::open_case(decided));
		assert_ok!(Review::leave_court(RuntimeOrigin::signed(100), 2));
		run_to(System::block_number() + 1);
		assert_ok!(Review::decide_by_governance(RuntimeOrigin::root(), third, Label::Class(2)));
		assert_eq!(outcomes().last(), Some(&(1, 3, Some((CaseKind::Escalation, Label::Class(2), 0)))));
	});
}

#[test]
fn a_juror_who_lost_its_tier_is_dropped_when_drawn() {
	new_test_ext().execute_with(|| {
		jurors(10, 1, 3, 5_000);
		set_tier(10, DOMAIN, 1);
		let case = open(1, CaseKind::Escalation, vec![]);
		run_to(2);
		assert!(events().iter().any(|e| matches!(e, Event::JurorDropped { who: 10, .. })));
		assert!(Jurors::<Test>::get(DOMAIN, 10).is_none(), "its stake was released");
		assert_eq!(Balances::balance_on_hold(&HoldReason::JurorStake.into(), &10), 0);
		assert_eq!(Cases::<Test>::get(case).unwrap().phase, Phase::Governance);
	});
}

#[test]
fn commitments_and_reveals_are_checked() {
	new_test_ext().execute_with(|| {
		jurors(10, 10, 3, 10_000);
		let case = open(1, CaseKind::Escalation, vec![]);
		assert_noop!(Review::commit_verdict(RuntimeOrigin::signed(10), case, Default::default()), Error::<Test>::WrongPhase);
		run_to(2);
		let seated = panel(case);
		let (juror, _) = seated[0];
		let outsider = (10..20).find(|w| !seated.iter().any(|(s, _)| s == w)).unwrap();
		assert_noop!(Review::commit_verdict(RuntimeOrigin::signed(outsider), case, Default::default()), Error::<Test>::NotSeated);
		commit(case, juror, Label::Class(1));
		assert_noop!(Review::commit_verdict(RuntimeOrigin::signed(juror), case, Default::default()), Error::<Test>::AlreadyCommitted);
		for (who, _) in seated.iter().skip(1) {
			commit(case, *who, Label::Class(1));
		}
		run_to(System::block_number() + 1);
		assert_noop!(
			Review::reveal_verdict(RuntimeOrigin::signed(juror), case, Label::Class(2), salt(juror)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Review::reveal_verdict(RuntimeOrigin::signed(juror), case, Label::Class(9), salt(juror)),
			Error::<Test>::LabelOutOfSchema
		);
		reveal(case, juror, Label::Class(1));
		assert_noop!(
			Review::reveal_verdict(RuntimeOrigin::signed(juror), case, Label::Class(1), salt(juror)),
			Error::<Test>::AlreadyRevealed
		);
		assert_noop!(
			<Review as ReviewCourt<_, _>>::open_case(request(1, CaseKind::Audit, vec![])),
			Error::<Test>::AlreadyInReview
		);
	});
}

#[test]
fn about_the_audit_share_of_items_is_drawn() {
	new_test_ext().execute_with(|| {
		jurors(10, 1, 3, 5_000);
		let drawn = (0..4_000u32).filter(|item| <Review as ReviewCourt<_, _>>::audit_drawn(1, *item, DOMAIN, 1)).count();
		assert!((150..=250).contains(&drawn), "5 % of 4,000 items: {drawn} drawn");
		AuditShare::set(&polkadot_sdk::sp_runtime::Perbill::zero());
		assert!(!(0..1_000u32).any(|item| <Review as ReviewCourt<_, _>>::audit_drawn(1, item, DOMAIN, 1)));
	});
}

#[test]
fn joining_needs_a_tier_and_the_minimum_stake() {
	new_test_ext().execute_with(|| {
		assert_noop!(Review::join_court(RuntimeOrigin::signed(1), DOMAIN, 5_000), Error::<Test>::TierTooLow);
		set_tier(1, DOMAIN, 3);
		assert_noop!(Review::join_court(RuntimeOrigin::signed(1), DOMAIN, 999), Error::<Test>::StakeTooLow);
		assert_ok!(Review::join_court(RuntimeOrigin::signed(1), DOMAIN, 1_000));
		// A promotion moves the juror up a pool when it joins again (with nothing more).
		set_tier(1, DOMAIN, 4);
		assert_ok!(Review::join_court(RuntimeOrigin::signed(1), DOMAIN, 0));
		assert_eq!(Review::pool_total((DOMAIN, 3)), 0);
		assert_eq!(Review::pool_total((DOMAIN, 4)), 1_000);
		assert_noop!(Review::leave_court(RuntimeOrigin::signed(2), DOMAIN), Error::<Test>::NotJuror);
	});
}

#[test]
fn no_case_step_is_lost_when_many_fall_due_at_once() {
	new_test_ext().execute_with(|| {
		jurors(10, 40, 3, 100_000);
		let cases: Vec<CaseId> = (0..30).map(|item| open(item, CaseKind::Escalation, vec![])).collect();
		run_to(2);
		// Eight steps a block (`MaxStepsPerBlock`): the first eight panels now, the rest after.
		let drawn = |c: &CaseId| Cases::<Test>::get(c).unwrap().phase == Phase::Commit;
		assert_eq!(cases.iter().filter(|c| drawn(c)).count(), 8);
		run_to(5);
		assert!(cases.iter().all(drawn), "every case is drawn, in order, a few blocks late at most");
	});
}

#[test]
fn a_domain_without_jurors_sends_its_cases_to_the_fallback_court() {
	new_test_ext().execute_with(|| {
		// Experts of the general domain (0) only.
		for who in 10..16 {
			set_tier(who, 0, 3);
			assert_ok!(Review::join_court(RuntimeOrigin::signed(who), 0, 5_000));
		}
		let mut elsewhere = request(1, CaseKind::Escalation, vec![]);
		elsewhere.domain = 5;
		let case = NextCaseId::<Test>::get();
		assert_ok!(<Review as ReviewCourt<_, _>>::open_case(elsewhere.clone()));
		assert_eq!(Cases::<Test>::get(case).map(|c| c.domain), Some(0));
		assert!(events().iter().any(|e| matches!(e, Event::CaseOpened { court: 0, .. })));
		run_to(2);
		assert!(panel(case).iter().all(|(who, _)| (10..16).contains(who)));
		// Items of domain 5 may be audited: a court can take them.
		assert!((0..1_000u32).any(|item| <Review as ReviewCourt<_, _>>::audit_drawn(1, item, 5, 1)));
		// Without a fallback court the item is left to governance.
		FallbackDomain::set(&None);
		elsewhere.item = 2;
		assert_noop!(<Review as ReviewCourt<_, _>>::open_case(elsewhere), Error::<Test>::NoJurors);
	});
}

#[test]
fn a_party_appeals_a_paid_vote_decision_and_the_panel_overturns_it_on_the_deposit() {
	new_test_ext().execute_with(|| {
		jurors(10, 40, 3, 10_000);
		let labeler = 5;
		// Not a decided item: consensus refuses it.
		assert!(Review::appeal_decision(RuntimeOrigin::signed(labeler), 1, 3).is_err());
		decided_by_vote(3, vec![labeler, 6], Label::Class(0));
		assert_noop!(Review::appeal_decision(RuntimeOrigin::signed(11), 1, 3), Error::<Test>::NotAParty);
		assert_ok!(Review::appeal_decision(RuntimeOrigin::signed(labeler), 1, 3));
		assert_eq!(appeals_opened(), vec![(1, 3)]);
		assert_eq!(Balances::balance_on_hold(&HoldReason::AppealDeposit.into(), &labeler), 3 * APPEAL_PER_SEAT);
		// One open case per item.
		assert_noop!(Review::appeal_decision(RuntimeOrigin::signed(6), 1, 3), Error::<Test>::AlreadyInReview);
		let case = NextCaseId::<Test>::get() - 1;
		assert_eq!(Cases::<Test>::get(case).map(|c| (c.kind, c.fee, c.verdict)), Some((CaseKind::Appeal, 0, Some(Label::Class(0)))));
		run_to(2);
		let seated = panel(case);
		assert_eq!(seated.iter().map(|(_, n)| n).sum::<u32>(), 3);
		assert!(seated.iter().all(|(who, _)| *who != labeler && *who != 6 && *who != REQUESTER));
		let before: Vec<Balance> = seated.iter().map(|(who, _)| Balances::free_balance(who)).collect();
		vote_all(case, |_| Label::Class(2));
		// The deposit paid the coherent jurors, all of it.
		assert_eq!(Balances::balance_on_hold(&HoldReason::AppealDeposit.into(), &labeler), 0);
		let paid: Balance = seated.iter().zip(&before).map(|((who, _), b)| Balances::free_balance(who) - b).sum();
		assert_eq!(paid, 3 * APPEAL_PER_SEAT);
		// The verdict may itself be appealed; with none, it goes to consensus.
		let c = Cases::<Test>::get(case).unwrap();
		assert_eq!((c.phase, c.verdict), (Phase::Appeal, Some(Label::Class(2))));
		run_to(c.deadline + 1);
		assert_eq!(outcomes(), vec![(1, 3, Some((CaseKind::Appeal, Label::Class(2), 0)))]);
	});
}

#[test]
fn an_appealed_decision_stands_on_a_tie_or_without_a_panel_and_the_deposit_returns() {
	new_test_ext().execute_with(|| {
		decided_by_vote(4, vec![5], Label::Class(1));
		// No juror anywhere: the court cannot take the appeal.
		assert_noop!(Review::appeal_decision(RuntimeOrigin::signed(5), 1, 4), Error::<Test>::NoJurors);
		// Jurors who all leave before the draw: no panel, the decision stands.
		let pool = jurors(10, 2, 3, 10_000);
		assert_ok!(Review::appeal_decision(RuntimeOrigin::signed(5), 1, 4));
		for who in pool {
			assert_ok!(Review::leave_court(RuntimeOrigin::signed(who), DOMAIN));
		}
		run_to(2 + 12 * 4);
		assert_eq!(outcomes(), vec![(1, 4, None)]);
		assert_eq!(Balances::balance_on_hold(&HoldReason::AppealDeposit.into(), &5), 0);
	});
}
