//! Benchmarks of the review court (frame-benchmarking v2). Draws, joins and leaves run
//! against a pool of `MaxPoolJurors` jurors (the deepest tree); a round's close against its
//! largest juror list.

use super::*;
use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		EnsureOrigin,
	},
};
use frame_system::RawOrigin;
use labelchain_primitives::{CaseKind, CaseRequest, Label, LabelSchema, ReviewCourt};
use polkadot_sdk::{frame_benchmarking, sp_runtime::traits::Saturating};

const DOMAIN: u16 = 7;

/// Fills the domain's tier-1 pool with `n` placeholder jurors of one ticket each, written as
/// a complete tree (their leaves are the tree's last `n` nodes).
fn fill_pool<T: Config>(n: u32) {
	let pool = (DOMAIN, 1);
	if n == 0 {
		return;
	}
	let len = n.saturating_mul(2).saturating_sub(1);
	for node in (0..len).rev() {
		let left = node.saturating_mul(2).saturating_add(1);
		let value = if left >= len {
			LeafOwner::<T>::insert(pool, node, account::<T::AccountId>("filler", node, 0));
			1
		} else {
			TreeNodes::<T>::get(pool, left).saturating_add(TreeNodes::<T>::get(pool, left.saturating_add(1)))
		};
		TreeNodes::<T>::insert(pool, node, value);
	}
	TreeLen::<T>::insert(pool, len);
	PoolJurors::<T>::insert(pool, n);
}

/// A real juror, eligible and staked with room for `seats` seats and tickets that dwarf the
/// placeholders'.
fn juror<T: Config>(index: u32, seats: u32) -> T::AccountId {
	juror_in::<T>(DOMAIN, index, seats)
}

fn juror_in<T: Config>(domain: labelchain_primitives::DomainId, index: u32, seats: u32) -> T::AccountId {
	let who: T::AccountId = account("juror", index, 0);
	T::BenchmarkHelper::make_juror(&who, domain);
	let stake = T::SeatBond::get()
		.saturating_mul(seats.max(1).into())
		.max(T::MinJurorStake::get())
		.saturating_mul(1_000u32.into());
	let _ = T::Currency::mint_into(&who, stake.saturating_mul(2u32.into()));
	Pallet::<T>::do_join(&who, domain, stake).expect("the juror joins");
	who
}

fn open_case<T: Config>(requester: &T::AccountId) -> CaseId {
	if !Pallet::<T>::has_jurors(DOMAIN, 1) {
		juror::<T>(u32::MAX, 1);
	}
	let (task, reward) = T::BenchmarkHelper::task_with_escrow(requester);
	let id = NextCaseId::<T>::get();
	Pallet::<T>::open_case(CaseRequest {
		task,
		item: 0,
		kind: CaseKind::Escalation,
		domain: DOMAIN,
		task_tier: 0,
		schema: LabelSchema::Categorical { classes: 4 },
		requester: requester.clone(),
		labelers: (0..T::MaxParties::get().saturating_sub(1)).map(|i| account("party", i, 0)).collect(),
		vote_label: None,
		reward,
	})
	.expect("the case opens");
	id
}

/// Seats `jurors` real jurors on the case's current round (one seat each), in `phase`, each
/// committed to (and with `revealed`, revealing) label 0.
fn seat_panel<T: Config>(case: CaseId, jurors: u32, phase: Phase, revealed: bool) -> Vec<T::AccountId> {
	let mut record = Cases::<T>::get(case).expect("open");
	let mut panel = Vec::new();
	for index in 0..jurors {
		let who = juror::<T>(index, 1);
		assert!(Pallet::<T>::lock_seat(DOMAIN, &who));
		let salt = [index as u8; 32];
		let label = Label::Class(0);
		Seats::<T>::insert((case, record.round, who.clone()), Seat {
			seats: 1,
			bond: T::SeatBond::get(),
			commitment: Some(verdict_commitment(case, record.round, &who, &label, &salt)),
			verdict: revealed.then_some(label),
			no_show: false,
		});
		panel.push(who);
	}
	Panels::<T>::insert(case, record.round, BoundedVec::truncate_from(panel.clone()));
	record.phase = phase;
	record.seated = jurors;
	record.panel_size = jurors;
	record.deadline = frame_system::Pallet::<T>::block_number().saturating_add(10u32.into());
	Cases::<T>::insert(case, record);
	panel
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Joining a full-sized pool (the tree's deepest path is rewritten).
	#[benchmark]
	fn join_court() {
		fill_pool::<T>(T::MaxPoolJurors::get().saturating_sub(1));
		let who: T::AccountId = account("joiner", 0, 0);
		T::BenchmarkHelper::make_juror(&who, DOMAIN);
		let stake = T::MinJurorStake::get();
		let _ = T::Currency::mint_into(&who, stake.saturating_mul(2u32.into()));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), DOMAIN, stake);

		assert!(Jurors::<T>::contains_key(DOMAIN, &who));
	}

	/// Leaving a full-sized pool.
	#[benchmark]
	fn leave_court() {
		fill_pool::<T>(T::MaxPoolJurors::get().saturating_sub(1));
		let who = juror::<T>(0, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), DOMAIN);

		assert!(!Jurors::<T>::contains_key(DOMAIN, &who));
	}

	/// The last commitment of the largest panel (every other juror is checked).
	#[benchmark]
	fn commit_verdict() {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		let panel = seat_panel::<T>(case, PanelBound::<T>::get(), Phase::Commit, false);
		let who = panel[0].clone();
		Seats::<T>::mutate((case, 0u8, who.clone()), |seat| {
			if let Some(seat) = seat {
				seat.commitment = None;
			}
		});
		let commitment = verdict_commitment(case, 0, &who, &Label::Class(0), &[0u8; 32]);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), case, commitment);

		assert_eq!(Cases::<T>::get(case).map(|c| c.deadline), Some(frame_system::Pallet::<T>::block_number()));
	}

	/// The last reveal of the largest panel.
	#[benchmark]
	fn reveal_verdict() {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		let panel = seat_panel::<T>(case, PanelBound::<T>::get(), Phase::Reveal, true);
		let who = panel[0].clone();
		Seats::<T>::mutate((case, 0u8, who.clone()), |seat| {
			if let Some(seat) = seat {
				seat.verdict = None;
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(who), case, Label::Class(0), [0u8; 32]);

		assert_eq!(Cases::<T>::get(case).map(|c| c.deadline), Some(frame_system::Pallet::<T>::block_number()));
	}

	/// A party appeals a verdict.
	#[benchmark]
	fn appeal() {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		Cases::<T>::mutate(case, |c| {
			if let Some(c) = c {
				c.phase = Phase::Appeal;
				c.verdict = Some(Label::Class(1));
				c.deadline = frame_system::Pallet::<T>::block_number().saturating_add(10u32.into());
			}
		});
		let _ = T::Currency::mint_into(&requester, T::AppealDepositPerSeat::get().saturating_mul(1_000u32.into()));

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), case);

		assert_eq!(Cases::<T>::get(case).map(|c| c.round), Some(1));
	}

	/// A labeler appeals the vote's decision on an item with the most labelers: consensus
	/// checks it and sets aside what each labeler of the decided label could owe.
	#[benchmark]
	fn appeal_decision() {
		let (task, item, domain, labeler) = T::BenchmarkHelper::decided_item();
		juror_in::<T>(domain, u32::MAX, 1);
		let _ = T::Currency::mint_into(&labeler, T::AppealDepositPerSeat::get().saturating_mul(1_000u32.into()));

		#[extrinsic_call]
		_(RawOrigin::Signed(labeler), task, item);

		assert!(Pallet::<T>::in_review(task, item));
	}

	/// Governance decides a case nobody could be drawn for (the outcome sent to consensus is
	/// charged apart: here consensus has no such item and refuses it).
	#[benchmark]
	fn decide_by_governance() -> Result<(), BenchmarkError> {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		Cases::<T>::mutate(case, |c| {
			if let Some(c) = c {
				c.phase = Phase::Governance;
			}
		});
		T::FallbackOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[block]
		{
			let _ = Pallet::<T>::do_governance_decision(case, Label::Class(1));
		}

		assert!(!Cases::<T>::contains_key(case));
		Ok(())
	}

	/// Drawing `s` seats from a full-sized pool, after lowering the tier to the only pool.
	#[benchmark]
	fn draw_panel(s: Linear<1, { T::MaxPanelSeats::get() }>) {
		fill_pool::<T>(T::MaxPoolJurors::get().saturating_sub(8));
		for index in 0..8 {
			juror::<T>(index, s);
		}
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		Cases::<T>::mutate(case, |c| {
			if let Some(c) = c {
				c.panel_size = s;
			}
		});
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		let record = Cases::<T>::get(case).expect("open");

		#[block]
		{
			Pallet::<T>::draw_step(case, record, now).expect("drawn");
		}

		assert_eq!(Cases::<T>::get(case).map(|c| c.seated), Some(s));
	}

	/// Closing commitments of `j` jurors, none of whom committed (all are redrawn).
	#[benchmark]
	fn close_commit(j: Linear<1, { PanelBound::<T>::get() }>) {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		seat_panel::<T>(case, j, Phase::Commit, false);
		Seats::<T>::iter_keys().collect::<Vec<_>>().into_iter().for_each(|key| {
			Seats::<T>::mutate(key, |seat| {
				if let Some(seat) = seat {
					seat.commitment = None;
				}
			})
		});
		let record = Cases::<T>::get(case).expect("open");
		let now = record.deadline.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::close_commit(case, record, now).expect("closed");
		}

		assert_eq!(Cases::<T>::get(case).map(|c| c.phase), Some(Phase::Drawing));
	}

	/// Closing reveals of `j` coherent jurors of an appeal round: each paid a share of the
	/// fee from the escrow and of the appeal deposit.
	#[benchmark]
	fn close_reveal(j: Linear<1, { PanelBound::<T>::get() }>) {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		seat_panel::<T>(case, j, Phase::Reveal, true);
		let deposit = T::AppealDepositPerSeat::get().saturating_mul(100u32.into());
		let _ = T::Currency::mint_into(&requester, deposit.saturating_mul(2u32.into()));
		let _ = T::Currency::hold(&HoldReason::AppealDeposit.into(), &requester, deposit);
		Cases::<T>::mutate(case, |c| {
			if let Some(c) = c {
				c.appeal = Some((requester.clone(), deposit));
			}
		});
		let record = Cases::<T>::get(case).expect("open");
		let now = record.deadline.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::close_reveal(case, record, now).expect("closed");
		}

		assert_eq!(Cases::<T>::get(case).and_then(|c| c.verdict), Some(Label::Class(0)));
	}

	/// Closing a decided case (the outcome sent to consensus is charged apart).
	#[benchmark]
	fn close_case() {
		let requester: T::AccountId = account("requester", 0, 0);
		let case = open_case::<T>(&requester);
		let mut record = Cases::<T>::get(case).expect("open");
		record.verdict = Some(Label::Class(0));

		#[block]
		{
			let _ = Pallet::<T>::close_case(case, record);
		}

		assert!(!Cases::<T>::contains_key(case));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
