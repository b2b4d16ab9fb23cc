//! What consensus asks of the court, and the invariants `try_state` checks.

use crate::{pallet::*, types::CaseId};
use codec::Encode;
use frame_support::traits::{Get, Randomness};
use labelchain_primitives::{CaseRequest, DomainId, ItemIndex, ReviewCourt, TaskId, Tier};
use polkadot_sdk::{
	frame_support,
	sp_runtime::{DispatchError, Perbill},
};

impl<T: Config> ReviewCourt<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn open_case(request: CaseRequest<T::AccountId, BalanceOf<T>>) -> Result<(), DispatchError> {
		Self::do_open(request).map(|_| ())
	}

	fn audit_drawn(task: TaskId, item: ItemIndex, domain: DomainId, task_tier: Tier) -> bool {
		let share = T::AuditShare::get();
		if share.is_zero() {
			return false;
		}
		let floor = task_tier.saturating_add(1).clamp(1, T::MaxTier::get().max(1));
		if Self::court_for(domain, floor).is_none() {
			return false;
		}
		let seed = T::Randomness::random(&(b"review/audit", task, item).encode()).0;
		let hash = polkadot_sdk::sp_io::hashing::blake2_256(seed.as_ref());
		let draw = u32::from_le_bytes([hash[0], hash[1], hash[2], hash[3]]);
		Perbill::from_parts(draw % 1_000_000_000) < share
	}

	fn in_review(task: TaskId, item: ItemIndex) -> bool {
		CaseOfItem::<T>::contains_key(task, item)
	}
}

impl<T: Config> Pallet<T> {
	/// Checks that every pool's tree adds up, that jurors' tickets are their free stake,
	/// that bonds set aside are the open seats', that holds match, and that cases are indexed.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};
		use polkadot_sdk::sp_runtime::traits::{Saturating, Zero};
		// Trees: every internal node is the sum of its children.
		for (pool, len) in TreeLen::<T>::iter() {
			ensure!(len % 2 == 1, "a sum tree with an even number of nodes");
			for node in 0..len / 2 {
				let children = TreeNodes::<T>::get(pool, 2 * node + 1)
					.saturating_add(TreeNodes::<T>::get(pool, 2 * node + 2));
				ensure!(TreeNodes::<T>::get(pool, node) == children, "a sum tree node is not its children's sum");
			}
		}
		// Seats bonded per juror and domain.
		let mut bonded: BTreeMap<(labelchain_primitives::DomainId, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		for ((case_id, _round, who), seat) in Seats::<T>::iter() {
			let case = Cases::<T>::get(case_id).ok_or("a seat of a closed case")?;
			let entry = bonded.entry((case.domain, who)).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(seat.bond);
		}
		let mut staked: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (domain, who, juror) in Jurors::<T>::iter() {
			let open = bonded.remove(&(domain, who.clone())).unwrap_or_else(Zero::zero);
			ensure!(juror.locked == open, "a juror's locked stake differs from its open seat bonds");
			if let Some((tier, leaf)) = juror.seat {
				ensure!(LeafOwner::<T>::get((domain, tier), leaf).as_ref() == Some(&who), "a juror's leaf is someone else's");
				ensure!(
					TreeNodes::<T>::get((domain, tier), leaf) == Self::tickets(&juror),
					"a juror's tickets are not its free stake"
				);
			}
			let entry = staked.entry(who).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(juror.stake);
		}
		ensure!(bonded.is_empty(), "seat bonds of someone who is no juror");
		for (who, stake) in staked {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::JurorStake.into(), &who) == stake,
				"juror stake held differs from the stake recorded"
			);
		}
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, case) in Cases::<T>::iter() {
			ensure!(CaseOfItem::<T>::get(case.task, case.item) == Some(id), "a case its item does not point to");
			if let Some((who, deposit)) = case.appeal {
				let entry = deposits.entry(who).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(deposit);
			}
		}
		// Every open case has a step on the agenda, from the cursor on: none waits forever.
		let (cursor_block, cursor_index) = AgendaCursor::<T>::get();
		let due: alloc::collections::btree_set::BTreeSet<CaseId> = Agenda::<T>::iter()
			.filter(|(block, index, _)| *block > cursor_block || (*block == cursor_block && *index >= cursor_index))
			.map(|(_, _, case)| case)
			.collect();
		for id in Cases::<T>::iter_keys() {
			ensure!(due.contains(&id), "an open case with no step on the agenda");
		}
		for (task, item, id) in CaseOfItem::<T>::iter() {
			ensure!(Cases::<T>::get(id).is_some_and(|c| c.task == task && c.item == item), "an item pointing to no case");
		}
		for (who, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AppealDeposit.into(), &who) == deposit,
				"appeal deposits held differ from the cases' records"
			);
		}
		Ok(())
	}
}
