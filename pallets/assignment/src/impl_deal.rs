//! Dealing a task's seats by lot, taking unused seats back, and what the labels pallet asks.

use crate::{impl_pool::Pool, pallet::*, types::*, ATTEMPTS_PER_SEAT};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	sortition, Eligibility, ItemIndex, SlashAmount, StakeSlash, TaskId, TaskInspect, TaskPhase, TaskView,
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
	pub(crate) fn deal(now: BlockNumberFor<T>) -> (u32, u32) {
		let budget = T::MaxDealsPerBlock::get();
		let (mut dealt, mut attempts) = (0u32, 0u32);
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
			let (filled, turn_dealt, turn_attempts) =
				Self::deal_chunk(&view, pending.task, pending.chunk, now, budget.saturating_sub(dealt));
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
		(dealt, attempts)
	}

	/// Deals the chunk's missing seats, at most `budget`; returns whether it is full, the
	/// seats dealt and the draw attempts made.
	fn deal_chunk(view: &ViewOf<T>, task: TaskId, chunk: ChunkIndex, now: BlockNumberFor<T>, budget: u32) -> (bool, u32, u32) {
		let redundancy = u32::from(view.redundancy).min(T::MaxRedundancy::get());
		let mut seats = Deals::<T>::get(task, chunk);
		let (mut dealt, mut attempts) = (0u32, 0u32);
		let deadline = now.saturating_add(T::SeatPeriod::get()).min(view.commit_deadline);
		while (seats.len() as u32) < redundancy && dealt < budget {
			let (holder, tries) = Self::draw_holder(view, task, chunk, &seats, now);
			attempts = attempts.saturating_add(tries);
			let Some(holder) = holder else {
				Self::deposit_event(Event::NoEligibleMember { task, chunk });
				break;
			};
			if seats.try_push(DealtSeat { holder: holder.clone(), deadline, used: false }).is_err() {
				break;
			}
			Self::schedule_expiry(deadline, task, chunk, &holder);
			dealt = dealt.saturating_add(1);
			let first_item = chunk.saturating_mul(T::ChunkSize::get());
			Self::deposit_event(Event::SeatDealt { task, chunk, first_item, holder, deadline });
		}
		let full = seats.len() as u32 >= redundancy;
		Deals::<T>::insert(task, chunk, seats);
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
	) -> (Option<T::AccountId>, u32) {
		let floor = view.min_tier.max(1);
		let pools: Vec<(PoolKey, u128)> = (floor..=T::MaxTier::get().max(floor))
			.map(|tier| ((view.domain, tier), Self::pool_total((view.domain, tier))))
			.filter(|(_, total)| *total > 0)
			.collect();
		let sum: u128 = pools.iter().fold(0u128, |a, (_, t)| a.saturating_add(*t));
		if sum == 0 {
			return (None, 0);
		}
		for attempt in 0..ATTEMPTS_PER_SEAT {
			let seed = random::<T>(&(b"assignment/deal", task, chunk, seats.len() as u32, attempt).encode());
			let hash = polkadot_sdk::sp_io::hashing::blake2_256(seed.as_ref());
			let mut bytes = [0u8; 16];
			bytes.copy_from_slice(&hash[..16]);
			let mut r = u128::from_le_bytes(bytes) % sum;
			let Some((pool, _)) = pools.iter().find(|(_, total)| {
				if r < *total {
					true
				} else {
					r = r.saturating_sub(*total);
					false
				}
			}) else {
				continue;
			};
			let Some((_, who)) = sortition::draw(&Pool::<T>::of(*pool), r) else { continue };
			let joined_before = Members::<T>::get(view.domain, &who).is_some_and(|m| m.joined < now);
			if !joined_before || who == view.requester || seats.iter().any(|s| s.holder == who) {
				continue;
			}
			if !T::Eligibility::may_label(&who, view.domain, view.min_tier) {
				Self::drop_member(&who, view.domain);
				continue;
			}
			return (Some(who), attempt.saturating_add(1));
		}
		(None, ATTEMPTS_PER_SEAT)
	}

	fn schedule_expiry(at: BlockNumberFor<T>, task: TaskId, chunk: ChunkIndex, holder: &T::AccountId) {
		// Checked in the block after the deadline: the holder may commit until it.
		let at = at.saturating_add(1u32.into());
		let index = ExpiryLen::<T>::get(at);
		Expiries::<T>::insert(at, index, (task, chunk, holder.clone()));
		ExpiryLen::<T>::insert(at, index.saturating_add(1));
	}

	/// Takes back the unused seats due by now (at most `MaxExpiriesPerBlock`, oldest first)
	/// and queues their chunks to be dealt again; returns how many entries it handled.
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
					Self::take_back(task, chunk, &holder, now);
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

	fn take_back(task: TaskId, chunk: ChunkIndex, holder: &T::AccountId, now: BlockNumberFor<T>) {
		let mut seats = Deals::<T>::get(task, chunk);
		let Some(position) = seats.iter().position(|s| s.holder == *holder && !s.used) else { return };
		seats.remove(position);
		Deals::<T>::insert(task, chunk, seats);
		let slashed = T::Stake::slash(holder, SlashAmount::Fixed(T::NoShowSlash::get()), &T::Treasury::get());
		Self::deposit_event(Event::SeatTakenBack { task, chunk, holder: holder.clone(), slashed });
		if T::Tasks::task(task).is_some_and(|view| Self::dealing(&view, now)) {
			Self::push_pending(Pending { task, chunk, walk: false });
		}
	}

	/// Seats dealt and used on a task's chunks (for the runtime API).
	pub fn seat_counts(task: TaskId) -> (u32, u32) {
		Deals::<T>::iter_prefix(task).fold((0u32, 0u32), |(dealt, used), (_, seats)| {
			let now_used = seats.iter().filter(|s| s.used).count() as u32;
			(dealt.saturating_add(seats.len() as u32), used.saturating_add(now_used))
		})
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
		Deals::<T>::get(task, chunk).iter().any(|s| s.holder == *who)
	}

	fn seat_used(task: TaskId, chunk: u32, who: &T::AccountId) {
		Deals::<T>::mutate(task, chunk, |seats| {
			if let Some(seat) = seats.iter_mut().find(|s| s.holder == *who) {
				seat.used = true;
			}
		});
	}
}
