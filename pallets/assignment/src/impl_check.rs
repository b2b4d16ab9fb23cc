//! The pallet's invariants (`try_state`): pools match their members, every held seat is
//! indexed and counted, and every seat record has exactly one agenda entry.

use crate::{impl_pool::Pool, pallet::*};
use alloc::collections::BTreeMap;
use labelchain_primitives::{sortition::SumTreeStore, TaskId};
use polkadot_sdk::{frame_support::ensure, sp_runtime::TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		// Pools: each member owns its leaf, and each pool counts its members.
		let mut members: BTreeMap<PoolKey, u32> = BTreeMap::new();
		for (domain, who, member) in Members::<T>::iter() {
			let pool = (domain, member.tier);
			ensure!(Pool::<T>::of(pool).owner(member.leaf).as_ref() == Some(&who), "a member does not own its leaf");
			let count = members.entry(pool).or_default();
			*count = count.saturating_add(1);
		}
		for (pool, count) in PoolMembers::<T>::iter() {
			ensure!(members.get(&pool).copied().unwrap_or(0) == count, "a pool's member count is wrong");
		}
		for (pool, leaf, _) in LeafOwner::<T>::iter() {
			ensure!(Members::<T>::get(pool.0, Pool::<T>::of(pool).owner(leaf).ok_or("leaf")?).is_some(), "a leaf has no member");
		}

		// Seats: each held seat has its holder's index entry and is counted in its task's tally.
		let mut held: BTreeMap<TaskId, u32> = BTreeMap::new();
		// Held seats (indexed), and every record (a held seat or one taken back: an agenda entry).
		let (mut indexed, mut entries_wanted) = (0u32, 0u32);
		for (task, chunk, dealt) in Deals::<T>::iter() {
			ensure!(!dealt.is_empty(), "an empty chunk of seats is kept");
			for (i, seat) in dealt.iter().enumerate() {
				ensure!(
					SeatsOf::<T>::contains_key(&seat.holder, (task, chunk)) == seat.held(),
					"a held seat is not indexed, or one taken back is"
				);
				ensure!(!dealt.iter().skip(i.saturating_add(1)).any(|s| s.holder == seat.holder), "a chunk dealt twice to one labeler");
			}
			let holding = dealt.iter().filter(|s| s.held()).count() as u32;
			if holding > 0 {
				let count = held.entry(task).or_default();
				*count = count.saturating_add(holding);
			}
			indexed = indexed.saturating_add(holding);
			entries_wanted = entries_wanted.saturating_add(dealt.len() as u32);
		}
		ensure!(SeatsOf::<T>::iter().count() as u32 == indexed, "an index entry without a seat");
		for (task, count) in &held {
			let tally = Tallies::<T>::get(task).ok_or("a task with seats has no tally")?;
			ensure!(tally.held == *count, "a tally's held seats are wrong");
			ensure!(tally.used <= tally.dealt && tally.held <= tally.dealt, "a tally counts more seats than dealt");
		}
		for (task, tally) in Tallies::<T>::iter() {
			ensure!(tally.held == held.get(&task).copied().unwrap_or(0), "a tally holds seats that are gone");
		}
		// Each record has exactly one entry in the agenda, from the cursor on.
		let entries = Expiries::<T>::iter().count() as u32;
		ensure!(entries == entries_wanted, "seat records and agenda entries differ");
		Ok(())
	}
}
