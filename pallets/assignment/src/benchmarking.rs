//! Benchmarks of dealing (frame-benchmarking v2), against a pool of `MaxPoolMembers` members
//! (the deepest tree): placeholders of one ticket each, and real members whose tickets dwarf
//! theirs, so that draws land on members who may be dealt.

use super::*;
use crate::{pallet::*, types::*};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::BoundedVec, traits::Get};
use polkadot_sdk::sp_runtime::traits::Saturating;
use frame_system::RawOrigin;
use labelchain_primitives::{TaskInspect, WorkDealing};
use polkadot_sdk::{frame_benchmarking, frame_support};

/// Fills the domain's tier-1 pool with `n` placeholder members of one ticket each, written as
/// a complete tree (their leaves are the tree's last `n` nodes).
fn fill_pool<T: Config>(domain: labelchain_primitives::DomainId, n: u32) {
	let pool = (domain, 1);
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
	PoolMembers::<T>::insert(pool, n);
}

/// `count` real members of the task's domain, joined in block 0.
fn members<T: Config>(domain: labelchain_primitives::DomainId, count: u32) {
	for index in 0..count {
		let who: T::AccountId = account("member", index, 0);
		T::BenchmarkHelper::make_labeler(&who, domain);
		Pallet::<T>::do_join(&who, domain).expect("the member joins");
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Joining a full-sized pool (the tree's deepest path is rewritten).
	#[benchmark]
	fn join_pool() {
		let domain = 7;
		fill_pool::<T>(domain, T::MaxPoolMembers::get().saturating_sub(1));
		let who: T::AccountId = account("joiner", 0, 0);
		T::BenchmarkHelper::make_labeler(&who, domain);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), domain);

		assert!(Members::<T>::contains_key(domain, &who));
	}

	/// Leaving a full-sized pool.
	#[benchmark]
	fn leave_pool() {
		let domain = 7;
		fill_pool::<T>(domain, T::MaxPoolMembers::get().saturating_sub(1));
		let who: T::AccountId = account("joiner", 0, 0);
		T::BenchmarkHelper::make_labeler(&who, domain);
		Pallet::<T>::do_join(&who, domain).expect("joins");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), domain);

		assert!(!Members::<T>::contains_key(domain, &who));
	}

	/// Dealing about `n` seats of a task from a full-sized pool (whole chunks: up to one
	/// chunk's seats more).
	#[benchmark]
	fn deal(n: Linear<1, { T::MaxDealsPerBlock::get() }>) -> Result<(), BenchmarkError> {
		let probe = T::BenchmarkHelper::open_task(T::ChunkSize::get());
		let seats_per_chunk = T::Tasks::task(probe).map(|v| u32::from(v.redundancy)).ok_or("task")?.max(1);
		let task = T::BenchmarkHelper::open_task(n.div_ceil(seats_per_chunk).saturating_mul(T::ChunkSize::get()));
		let view = T::Tasks::task(task).ok_or("task")?;
		// Four members a seat: a draw rarely lands on one already seated on the chunk.
		let real = seats_per_chunk.saturating_mul(4);
		fill_pool::<T>(view.domain, T::MaxPoolMembers::get().saturating_sub(real));
		members::<T>(view.domain, real);
		// Only the measured task waits to be dealt (a registry may have queued both when they
		// opened).
		PendingHead::<T>::put(PendingTail::<T>::get());
		<Pallet<T> as WorkDealing<_>>::task_opened(task);
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);

		let dealt;
		#[block]
		{
			dealt = Pallet::<T>::deal(now).0;
		}

		// A chunk whose last seat found only seated members waits for the next block.
		assert!(dealt > 0 && dealt < n.saturating_add(seats_per_chunk), "{dealt} seats for {n}");
		Ok(())
	}

	/// Taking back `n` unused seats whose deadline passed (each slashed and its chunk queued).
	#[benchmark]
	fn take_back(n: Linear<1, { T::MaxExpiriesPerBlock::get() }>) -> Result<(), BenchmarkError> {
		let task = T::BenchmarkHelper::open_task(n.saturating_mul(T::ChunkSize::get()));
		let view = T::Tasks::task(task).ok_or("task")?;
		members::<T>(view.domain, 1);
		let holder: T::AccountId = account("member", 0, 0);
		let now = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		for chunk in 0..n {
			Deals::<T>::insert(task, chunk, BoundedVec::truncate_from(alloc::vec![DealtSeat {
				holder: holder.clone(),
				deadline: now,
				used: false,
				taken_back: false,
			}]));
			Expiries::<T>::insert(now, chunk, (task, chunk, holder.clone()));
		}
		ExpiryLen::<T>::insert(now, n);
		ExpiryCursor::<T>::put((now, 0));
		frame_system::Pallet::<T>::set_block_number(now);

		let handled;
		#[block]
		{
			handled = Pallet::<T>::take_back_due(now);
		}

		assert_eq!(handled, n);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
