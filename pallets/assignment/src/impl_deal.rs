//! Dealing a task's seats by lot, taking unused seats back, and what the labels pallet asks.

use crate::{impl_pool::Pool, pallet::*, types::*, ATTEMPTS_PER_SEAT};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	sortition::{self, SumTreeStore}, Eligibility, HeldSeat, ItemIndex, SlashAmount, StakeLock, StakeSlash, TaskId, TaskInspect, TaskPhase, TaskView,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_runtime::traits::{Saturating, Zero},
};

type ViewOf<T> = TaskView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// The chunks of a task of `items` items.
	pub fn chunks(items: u32) -> u32 {
		items.div_ceil(T::ChunkSize::get().max(1))
	}

	fn push_pending(pending: Pending) {
		let tail = PendingTail::<T>::get();
		PendingQueue::<T>::insert(tail, pending);
		PendingTail::<T>::put(tail.wrapping_add(1));
	}

	fn pop_pending() -> Option<Option<Pending>> {
		let head = PendingHead::<T>::get();
		if head == PendingTail::<T>::get() {
			return None;
		}
		PendingHead::<T>::put(head.wrapping_add(1));
		Some(PendingQueue::<T>::take(head))
	}

	/// Whether seats of the task may still be dealt now: it is open for commitments.
	fn dealing(view: &ViewOf<T>, now: BlockNumberFor<T>) -> bool {
		view.phase == TaskPhase::Open && now <= view.commit_deadline
	}

	/// Deals up to `MaxDealsPerBlock` seats, one chunk a turn, round robin over the tasks
	/// waiting; returns the seats dealt and the draw attempts made.
	pub(crate) fn deal(now: BlockNumberFor<T>) -> (u32, u32, u32) {
		let budget = T::MaxDealsPerBlock::get();
		let (mut dealt, mut attempts, mut reads) = (0u32, 0u32, 0u32);
		// A turn that deals nothing still costs a visit: the loop ends either way. A chunk
		// nobody more could sit on waits for the next block (its randomness, and members who
		// join), at the back of the queue.
		let mut visits = budget.saturating_mul(2);
		let mut starved: Vec<Pending> = Vec::new();
		while dealt < budget && visits > 0 {
			let Some(slot) = Self::pop_pending() else { break };
			visits = visits.saturating_sub(1);
			let Some(pending) = slot else { continue };
			let Some(view) = T::Tasks::task(pending.task) else { continue };
			if !Self::dealing(&view, now) || pending.chunk >= Self::chunks(view.item_count) {
				continue;
			}
			let (authors, author_reads) = Self::chunk_authors(&view, pending.task, pending.chunk);
			reads = reads.saturating_add(author_reads);
			let (filled, turn_dealt, turn_attempts) =
				Self::deal_chunk(&view, pending.task, pending.chunk, now, budget.saturating_sub(dealt), &authors);
			dealt = dealt.saturating_add(turn_dealt);
			attempts = attempts.saturating_add(turn_attempts);
			if !filled && dealt < budget {
				starved.push(pending);
			} else if !filled {
				// The block's budget ran out within the chunk: it goes on in the next turn.
				Self::push_pending(pending);
			} else if pending.walk && pending.chunk.saturating_add(1) < Self::chunks(view.item_count) {
				Self::push_pending(Pending { chunk: pending.chunk.saturating_add(1), ..pending });
			}
		}
		for pending in starved {
			Self::push_pending(pending);
		}
		(dealt, attempts, reads)
	}

	/// The authors of the answers a review task's chunk rates (nobody rates their own text);
	/// none for any other task. Also returns the storage reads made.
	fn chunk_authors(view: &ViewOf<T>, task: TaskId, chunk: ChunkIndex) -> (Vec<T::AccountId>, u32) {
		let size = T::ChunkSize::get().max(1);
		let first = chunk.saturating_mul(size);
		let Some(submission) = T::Tasks::submission(task, first) else { return (Vec::new(), 1) };
		let mut authors = alloc::vec![submission.author];
		let end = first.saturating_add(size).min(view.item_count);
		for item in first.saturating_add(1)..end {
			if let Some(s) = T::Tasks::submission(task, item) {
				if !authors.contains(&s.author) {
					authors.push(s.author);
				}
			}
		}
		// Two reads per item (the review's task, the answer), and a member and a tree node per
		// author excluded from each draw.
		let reads = (end.saturating_sub(first)).saturating_mul(2).saturating_add((authors.len() as u32).saturating_mul(2));
		(authors, reads)
	}

	/// Deals the chunk's missing seats, at most `budget`; returns whether it is full, the
	/// seats dealt and the draw attempts made.
	fn deal_chunk(
		view: &ViewOf<T>,
		task: TaskId,
		chunk: ChunkIndex,
		now: BlockNumberFor<T>,
		budget: u32,
		authors: &[T::AccountId],
	) -> (bool, u32, u32) {
		let redundancy = u32::from(view.redundancy).min(T::MaxRedundancy::get());
		let mut seats = Deals::<T>::get(task, chunk);
		let (mut dealt, mut attempts) = (0u32, 0u32);
		let deadline = now.saturating_add(T::SeatPeriod::get()).min(view.commit_deadline);
		let held = |seats: &[SeatOf<T>]| seats.iter().filter(|s| s.held()).count() as u32;
		while held(&seats) < redundancy && dealt < budget {
			let (holder, tries) = Self::draw_holder(view, task, chunk, &seats, now, authors);
			attempts = attempts.saturating_add(tries);
			let Some(holder) = holder else {
				Self::deposit_event(Event::NoEligibleMember { task, chunk });
				break;
			};
			if seats.try_push(DealtSeat { holder: holder.clone(), deadline, used: false, taken_back: false }).is_err() {
				break;
			}
			Self::seat_booked(task, chunk, &holder, deadline);
			dealt = dealt.saturating_add(1);
		}
		let full = held(&seats) >= redundancy;
		if dealt > 0 {
			Deals::<T>::insert(task, chunk, seats);
		}
		(full, dealt, attempts)
	}

	/// Draws a member for a seat on the chunk: from the domain's pools at the task's tier or
	/// above, weighted by tickets. Returns it (if an attempt found one) and the attempts made.
	fn draw_holder(
		view: &ViewOf<T>,
		task: TaskId,
		chunk: ChunkIndex,
		seats: &[SeatOf<T>],
		now: BlockNumberFor<T>,
		authors: &[T::AccountId],
	) -> (Option<T::AccountId>, u32) {
		let floor = view.min_tier.max(1);
		// Those already seated on the chunk, the requester, and on a review the authors of the
		// chunk's answers are taken out of the draw (as if their tickets were not in their
		// pool's tree): seats are drawn without replacement, by stake, with no attempt lost on
		// them.
		let excluded: Vec<(PoolKey, u32, u128)> = seats
			.iter()
			.map(|s| &s.holder)
			.chain(core::iter::once(&view.requester))
			.chain(authors.iter())
			.filter_map(|who| {
				let member = Members::<T>::get(view.domain, who)?;
				let pool = (view.domain, member.tier);
				Some((pool, member.leaf, Pool::<T>::of(pool).node(member.leaf)))
			})
			.collect();
		let excluded_in = |pool: PoolKey| -> Vec<(u32, u128)> {
			excluded.iter().filter(|(p, _, _)| *p == pool).map(|(_, leaf, tickets)| (*leaf, *tickets)).collect()
		};
		let pools: Vec<(PoolKey, u128, Vec<(u32, u128)>)> = (floor..=T::MaxTier::get().max(floor))
			.map(|tier| {
				let pool = (view.domain, tier);
				let out = excluded_in(pool);
				let left = out.iter().fold(Self::pool_total(pool), |total, (_, t)| total.saturating_sub(*t));
				(pool, left, out)
			})
			.filter(|(_, total, _)| *total > 0)
			.collect();
		let sum: u128 = pools.iter().fold(0u128, |a, (_, t, _)| a.saturating_add(*t));
		if sum == 0 {
			return (None, 0);
		}
		for attempt in 0..ATTEMPTS_PER_SEAT {
			let seed = random::<T>(&(b"assignment/deal", now, task, chunk, seats.len() as u32, attempt).encode());
			let hash = polkadot_sdk::sp_io::hashing::blake2_256(seed.as_ref());
			let mut bytes = [0u8; 16];
			bytes.copy_from_slice(&hash[..16]);
			let mut r = u128::from_le_bytes(bytes) % sum;
			let Some((pool, _, out)) = pools.iter().find(|(_, total, _)| {
				if r < *total {
					true
				} else {
					r = r.saturating_sub(*total);
					false
				}
			}) else {
				continue;
			};
			let Some((_, who)) = sortition::draw_excluding(&Pool::<T>::of(*pool), r, out) else { continue };
			let Some(member) = Members::<T>::get(view.domain, &who) else { continue };
			// (The exclusions above make the last two impossible; kept as the rule itself.)
			if member.joined >= now ||
				who == view.requester ||
				seats.iter().any(|s| s.holder == who) ||
				authors.contains(&who)
			{
				continue;
			}
			if !T::Eligibility::may_label(&who, view.domain, view.min_tier) {
				Self::drop_member(&who, view.domain);
				continue;
			}
			// Tickets are the free stake at joining: one who unbonded since then is drawn
			// with what it has now (or leaves the pool below its minimum), and this attempt
			// is void, so that stake counted once cannot be withdrawn and keep its odds.
			let free = T::Stake::free(&who);
			if free.into() < Pool::<T>::of(*pool).node(member.leaf) {
				Self::reduce_tickets(&who, view.domain, member, free);
				continue;
			}
			// A seat its holder could not bond for would only be taken back.
			if free < Self::chunk_bond(view, chunk) {
				continue;
			}
			return (Some(who), attempt.saturating_add(1));
		}
		(None, ATTEMPTS_PER_SEAT)
	}

	/// The bookkeeping of a seat just added to the chunk's `Deals`: its agenda entry (checked in
	/// the block after its deadline: the holder may commit until it), its index entry, its
	/// task's tally, and the event.
	fn seat_booked(task: TaskId, chunk: ChunkIndex, holder: &T::AccountId, deadline: BlockNumberFor<T>) {
		Self::schedule(deadline.saturating_add(1u32.into()), task, chunk, holder);
		SeatsOf::<T>::insert(holder, (task, chunk), deadline);
		Tallies::<T>::mutate(task, |tally| {
			let tally = tally.get_or_insert_with(Default::default);
			tally.dealt = tally.dealt.saturating_add(1);
			tally.held = tally.held.saturating_add(1);
		});
		let first_item = chunk.saturating_mul(T::ChunkSize::get());
		Self::deposit_event(Event::SeatDealt { task, chunk, first_item, holder: holder.clone(), deadline });
	}

	/// Seats `holder` on the chunk until `deadline`, as a deal would (no draw, no eligibility
	/// check): for tools that replay a data set whose workers answered given items (the replay
	/// draws among those by stake itself). Not reachable from any call. False if the chunk is
	/// full or the holder already sits on it.
	pub fn seat_directly(task: TaskId, chunk: ChunkIndex, holder: &T::AccountId, deadline: BlockNumberFor<T>) -> bool {
		let mut seats = Deals::<T>::get(task, chunk);
		if seats.iter().any(|s| s.holder == *holder) ||
			seats.try_push(DealtSeat { holder: holder.clone(), deadline, used: false, taken_back: false }).is_err()
		{
			return false;
		}
		Deals::<T>::insert(task, chunk, seats);
		Self::seat_booked(task, chunk, holder, deadline);
		true
	}

	/// The commit bonds of a whole chunk of the task (by the labels pallet's rule).
	fn chunk_bond(view: &ViewOf<T>, chunk: ChunkIndex) -> BalanceOf<T> {
		let size = T::ChunkSize::get().max(1);
		let items = view.item_count.saturating_sub(chunk.saturating_mul(size)).min(size);
		view.commit_bond().saturating_mul(items.into())
	}

	fn schedule(at: BlockNumberFor<T>, task: TaskId, chunk: ChunkIndex, holder: &T::AccountId) {
		let index = ExpiryLen::<T>::get(at);
		Expiries::<T>::insert(at, index, (task, chunk, holder.clone()));
		ExpiryLen::<T>::insert(at, index.saturating_add(1));
	}

	/// Handles the agenda's seats due by now (at most `MaxExpiriesPerBlock`, oldest first);
	/// returns how many entries it handled.
	pub(crate) fn take_back_due(now: BlockNumberFor<T>) -> u32 {
		let (mut block, mut index) = ExpiryCursor::<T>::get();
		if block.is_zero() {
			block = now;
			index = 0;
		}
		let mut handled = 0u32;
		let mut blocks = 0u32;
		while block <= now && handled < T::MaxExpiriesPerBlock::get() && blocks < 16 {
			if index < ExpiryLen::<T>::get(block) {
				if let Some((task, chunk, holder)) = Expiries::<T>::take(block, index) {
					Self::seat_due(task, chunk, &holder, now);
					handled = handled.saturating_add(1);
				}
				index = index.saturating_add(1);
			} else {
				ExpiryLen::<T>::remove(block);
				block = block.saturating_add(1u32.into());
				index = 0;
				blocks = blocks.saturating_add(1);
			}
		}
		ExpiryCursor::<T>::put((block, index));
		handled
	}

	/// A seat's agenda entry is due: an unused seat is taken back (its holder slashed, the
	/// chunk dealt again while the task is open; the holder stays on record so that the chunk is
	/// never dealt to it again); a used one is released once the commit window closed, or waits
	/// for that, as does the record of a seat taken back; a withdrawn task's seat is released.
	fn seat_due(task: TaskId, chunk: ChunkIndex, holder: &T::AccountId, now: BlockNumberFor<T>) {
		let mut seats = Deals::<T>::get(task, chunk);
		let Some(position) = seats.iter().position(|s| s.holder == *holder) else { return };
		let Some(seat) = seats.get(position).cloned() else { return };
		let view = T::Tasks::task(task).filter(|v| v.phase != TaskPhase::Cancelled);
		let open = view.as_ref().filter(|v| now <= v.commit_deadline);
		let close = open.map(|v| v.commit_deadline.saturating_add(1u32.into()));
		let mut tally = Tallies::<T>::get(task).unwrap_or_default();
		match (seat.taken_back, seat.used, close) {
			// Used, or a record of one taken back: kept until the commit window closes.
			(true, _, Some(close)) | (false, true, Some(close)) => {
				Self::schedule(close, task, chunk, holder);
				return;
			},
			(false, false, _) if view.is_some() => {
				let slashed = T::Stake::slash(holder, SlashAmount::Fixed(T::NoShowSlash::get()), &T::Treasury::get());
				Self::deposit_event(Event::SeatTakenBack { task, chunk, holder: holder.clone(), slashed });
				tally.held = tally.held.saturating_sub(1);
				tally.taken_back = tally.taken_back.saturating_add(1);
				SeatsOf::<T>::remove(holder, (task, chunk));
				if let Some(close) = close {
					// Dealt again, never to this holder: its record waits for the window's end.
					if let Some(record) = seats.get_mut(position) {
						record.taken_back = true;
					}
					Deals::<T>::insert(task, chunk, seats);
					Tallies::<T>::insert(task, tally);
					Self::schedule(close, task, chunk, holder);
					if open.is_some_and(|v| Self::dealing(v, now)) {
						Self::push_pending(Pending { task, chunk, walk: false });
					}
					return;
				}
			},
			(true, _, None) => {},
			_ => {
				Self::deposit_event(Event::SeatReleased { task, chunk, holder: holder.clone(), used: seat.used });
				tally.held = tally.held.saturating_sub(1);
				SeatsOf::<T>::remove(holder, (task, chunk));
			},
		}
		seats.remove(position);
		if seats.is_empty() {
			Deals::<T>::remove(task, chunk);
		} else {
			Deals::<T>::insert(task, chunk, seats);
		}
		if view.is_none() && tally.held == 0 {
			// A withdrawn task is never pruned by the registry: its tally goes with its last seat.
			Tallies::<T>::remove(task);
		} else {
			Tallies::<T>::insert(task, tally);
		}
	}

	/// The task's seats: dealt, held, used, taken back (all zero before its first deal).
	pub fn tally(task: TaskId) -> SeatTally {
		Tallies::<T>::get(task).unwrap_or_default()
	}

	/// The seats a task wants: a seat per chunk and redundancy.
	pub fn seats_wanted(view: &ViewOf<T>) -> u32 {
		Self::chunks(view.item_count).saturating_mul(u32::from(view.redundancy).min(T::MaxRedundancy::get()))
	}

	/// The seats `who` holds (task, first item, items, deadline, used), from task `from` on,
	/// at most `limit`.
	pub fn seats_of(who: &T::AccountId, from: TaskId, limit: u32) -> Vec<HeldSeat<BlockNumberFor<T>>> {
		let size = T::ChunkSize::get().max(1);
		let mut held: Vec<HeldSeat<BlockNumberFor<T>>> = SeatsOf::<T>::iter_prefix(who)
			.filter(|((task, _), _)| *task >= from)
			.take(crate::MAX_SEATS_LISTED as usize)
			.filter_map(|((task, chunk), deadline)| {
				let view = T::Tasks::task(task)?;
				let first_item = chunk.saturating_mul(size);
				let used = Deals::<T>::get(task, chunk).iter().any(|s| s.holder == *who && s.held() && s.used);
				Some(HeldSeat {
					task,
					chunk,
					first_item,
					items: view.item_count.saturating_sub(first_item).min(size),
					deadline,
					commit_deadline: view.commit_deadline,
					used,
				})
			})
			.collect();
		held.sort_by_key(|s| (s.task, s.chunk));
		held.truncate(limit as usize);
		held
	}
}

impl<T: Config> labelchain_primitives::WorkDealing<T::AccountId> for Pallet<T> {
	fn task_opened(task: TaskId) {
		Self::push_pending(Pending { task, chunk: 0, walk: true });
	}

	fn chunk_of(item: ItemIndex) -> u32 {
		item / T::ChunkSize::get().max(1)
	}

	fn holds_seat(task: TaskId, chunk: u32, who: &T::AccountId) -> bool {
		Deals::<T>::get(task, chunk).iter().any(|s| s.holder == *who && s.held())
	}

	fn seat_used(task: TaskId, chunk: u32, who: &T::AccountId) {
		let first_use = Deals::<T>::mutate(task, chunk, |seats| {
			let seat = seats.iter_mut().find(|s| s.holder == *who && s.held())?;
			(!seat.used).then(|| seat.used = true)
		});
		if first_use.is_some() {
			Tallies::<T>::mutate(task, |tally| {
				if let Some(tally) = tally {
					tally.used = tally.used.saturating_add(1);
				}
			});
		}
	}

	fn task_pruned(task: TaskId) {
		Tallies::<T>::remove(task);
	}
}
