//! Benchmarks of the task registry (frame-benchmarking v2), each at its worst case.

use super::*;
use crate::impl_gold::gold_commitment;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::{BoundedVec, Weight},
	traits::{fungible::{Inspect, Mutate}, Get, Hooks},
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use labelchain_primitives::{Label, LabelSchema, TaskHooks, TaskId};
use polkadot_sdk::{frame_benchmarking, sp_core::H256, sp_runtime::traits::Bounded};

const SALT: [u8; 32] = [9u8; 32];

fn block<T: Config>(n: u32) -> BlockNumberFor<T> {
	n.into()
}

/// An account with plenty to escrow.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4u32.into());
	who
}

fn gold_answers(count: u32) -> Vec<(u32, Label)> {
	(0..count).map(|i| (i, Label::Class(0))).collect()
}

/// The most expensive task: longest URI, longest item list, gold answers.
fn spec<T: Config>(task: TaskId, uri: u32, listed: u32, gold: u32) -> TaskSpecOf<T> {
	let now = frame_system::Pallet::<T>::block_number();
	let commit_deadline = now + 10u32.into();
	let items = if listed > 0 {
		ItemsSpec::List((0..listed).map(|i| labelchain_primitives::numbered_hash(i as u64)).collect())
	} else {
		ItemsSpec::Merkle { root: H256::repeat_byte(1), count: T::MaxItems::get() }
	};
	TaskSpec {
		manifest_hash: H256::repeat_byte(0xaa),
		manifest_uri: alloc::vec![b'u'; uri as usize],
		domain: 1,
		schema: LabelSchema::Categorical { classes: T::MaxClasses::get() },
		items,
		redundancy: T::MaxRedundancy::get(),
		min_tier: 0,
		commit_deadline,
		reveal_deadline: commit_deadline + T::MinRevealPeriod::get() + 1u32.into(),
		reward_per_item: 1_000u32.into(),
		gold: (gold > 0).then(|| GoldSpec {
			commitment: gold_commitment(task, &gold_answers(gold), &SALT),
			count: gold,
		}),
		quorum: None,
		threshold: None,
	}
}

fn ensure_treasury<T: Config>() {
	T::Currency::set_balance(&T::FeeDestination::get(), T::Currency::minimum_balance());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_task(u: Linear<0, { T::MaxUriLen::get() }>, l: Linear<1, { T::MaxListedItems::get() }>) {
		let requester = funded::<T>("requester", 0);
		// A gold item wherever the governed share allows one.
		let gold = (T::MaxGoldShare::get().mul_floor(l) >= 1 && l > 1) as u32;
		let spec = spec::<T>(0, u, l, gold);
		// Every settlement slot but the last block's tried is taken: the task probes them all.
		let gold_reveal = spec.reveal_deadline + T::GoldRevealPeriod::get();
		let due = (spec.reveal_deadline + T::FinalizationPeriod::get()).max(gold_reveal) + 1u32.into();
		let full: BoundedVec<TaskId, T::MaxSettlementsPerBlock> =
			BoundedVec::truncate_from((0..T::MaxSettlementsPerBlock::get() as u64).map(|i| 1_000_000 + i).collect());
		for offset in 0..crate::impl_lifecycle::SETTLEMENT_SLOTS_TRIED - 1 {
			SettlementQueue::<T>::insert(due + offset.into(), full.clone());
		}
		let last = due + (crate::impl_lifecycle::SETTLEMENT_SLOTS_TRIED - 1).into();

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), spec);

		assert!(Tasks::<T>::contains_key(0));
		assert_eq!(Tasks::<T>::get(0).map(|t| t.terms.settle_at), Some(last));
	}

	/// A finalized free-text task's review opened (the cost does not depend on how many answers
	/// it rates), every settlement slot it probes but the last taken.
	#[benchmark]
	fn open_review() -> Result<(), BenchmarkError> {
		let requester = funded::<T>("requester", 0);
		let author = funded::<T>("author", 0);
		// The most items a free-text task may have: its answers must fit a review task.
		let items = ItemsSpec::Merkle { root: H256::repeat_byte(1), count: T::MaxItems::get() / u32::from(T::MaxRedundancy::get()) };
		let spec = TaskSpec { schema: LabelSchema::FreeText, items, ..spec::<T>(0, T::MaxUriLen::get(), 0, 0) };
		let after_reveal = spec.reveal_deadline + 1u32.into();
		let task = Pallet::<T>::do_create_task(requester, spec).map_err(|_| "create")?;
		<Pallet<T> as TaskHooks<T::AccountId>>::note_commitments(task, 1)?;
		frame_system::Pallet::<T>::set_block_number(after_reveal);
		<Pallet<T> as TaskHooks<T::AccountId>>::note_submission(task, 0, &author, H256::repeat_byte(7))?;
		let period = ReviewTermsOf::<T>::get(task).ok_or("terms")?.commit_period.max(1u32.into());
		let due = after_reveal + period + T::MinRevealPeriod::get().max(1u32.into()) + T::FinalizationPeriod::get() + 1u32.into();
		let full: BoundedVec<TaskId, T::MaxSettlementsPerBlock> =
			BoundedVec::truncate_from((0..T::MaxSettlementsPerBlock::get() as u64).map(|i| 1_000_000 + i).collect());
		for offset in 0..crate::impl_lifecycle::SETTLEMENT_SLOTS_TRIED - 1 {
			SettlementQueue::<T>::insert(due + offset.into(), full.clone());
		}

		#[block]
		{
			<Pallet<T> as TaskHooks<T::AccountId>>::open_review(task)?;
		}

		assert!(ReviewOf::<T>::contains_key(task));
		Ok(())
	}

	#[benchmark]
	fn cancel_task() -> Result<(), BenchmarkError> {
		let requester = funded::<T>("requester", 0);
		let task = Pallet::<T>::do_create_task(requester.clone(), spec::<T>(0, 0, 0, 1))
			.map_err(|_| "create")?;

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), task);

		assert!(!Tasks::<T>::contains_key(task));
		Ok(())
	}

	/// Worst case: the task has commitments, so finalization is rescheduled to the next block.
	#[benchmark]
	fn reveal_gold(g: Linear<1, { T::MaxGoldItems::get() }>) -> Result<(), BenchmarkError> {
		let requester = funded::<T>("requester", 0);
		let spec = spec::<T>(0, 0, 0, g);
		let after_reveal = spec.reveal_deadline + 1u32.into();
		let task = Pallet::<T>::do_create_task(requester.clone(), spec).map_err(|_| "create")?;
		<Pallet<T> as TaskHooks<T::AccountId>>::note_commitments(task, 1)?;
		frame_system::Pallet::<T>::set_block_number(after_reveal);

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), task, gold_answers(g), SALT);

		assert!(GoldAnswers::<T>::contains_key(task));
		Ok(())
	}

	/// Worst case: a fee to pay, a refund, and an unrevealed gold deposit to forfeit.
	#[benchmark]
	fn settle() -> Result<(), BenchmarkError> {
		ensure_treasury::<T>();
		let requester = funded::<T>("requester", 0);
		let labeler = funded::<T>("labeler", 0);
		let task = Pallet::<T>::do_create_task(requester, spec::<T>(0, 0, 0, 1))
			.map_err(|_| "create")?;
		<Pallet<T> as TaskHooks<T::AccountId>>::pay_reward(task, &labeler, 1_000u32.into())?;
		let due = Tasks::<T>::get(task).map(|t| t.terms.settle_at).ok_or("task")?;
		frame_system::Pallet::<T>::set_block_number(due);

		#[extrinsic_call]
		_(RawOrigin::Signed(labeler), task);

		assert_eq!(Tasks::<T>::get(task).map(|t| t.state), Some(TaskState::Settled));
		Ok(())
	}

	/// `n` tasks due in the same block, each settled with fee, refund and forfeited gold.
	#[benchmark]
	fn on_initialize_settle(n: Linear<0, { T::MaxSettlementsPerBlock::get() }>) -> Result<(), BenchmarkError> {
		ensure_treasury::<T>();
		let requester = funded::<T>("requester", 0);
		let labeler = funded::<T>("labeler", 0);
		let mut due = block::<T>(0);
		for i in 0..n {
			let task = Pallet::<T>::do_create_task(requester.clone(), spec::<T>(i as u64, 0, 0, 1))
				.map_err(|_| "create")?;
			<Pallet<T> as TaskHooks<T::AccountId>>::pay_reward(task, &labeler, 1_000u32.into())?;
			due = Tasks::<T>::get(task).map(|t| t.terms.settle_at).ok_or("task")?;
		}
		let queued = SettlementQueue::<T>::get(due).len() as u32;
		assert_eq!(queued, n);

		#[block]
		{
			Pallet::<T>::on_initialize(due);
		}

		assert!(SettlementQueue::<T>::get(due).is_empty());
		Ok(())
	}

	/// Recording a full block in the congestion log.
	#[benchmark]
	fn on_finalize() {
		let weights = <T as frame_system::Config>::BlockWeights::get();
		let normal = weights
			.get(frame_support::dispatch::DispatchClass::Normal)
			.max_total
			.unwrap_or(weights.max_block);
		frame_system::Pallet::<T>::register_extra_weight_unchecked(
			normal,
			frame_support::dispatch::DispatchClass::Normal,
		);
		let now = block::<T>(1);

		#[block]
		{
			Pallet::<T>::on_finalize(now);
		}

		assert!(Pallet::<T>::block_congested());
	}

	/// `on_idle` with nothing to prune.
	#[benchmark]
	fn on_idle_prune_empty() {
		let now = block::<T>(1);
		let used;
		#[block]
		{
			used = Pallet::<T>::prune_due(now, Weight::MAX);
		}
		assert!(used.any_gt(Weight::zero()));
	}

	/// Finishing the pruning of a settled task (the results consensus keeps are counted by its
	/// own benchmark): its record with the longest URI and item list and every gold answer
	/// removed, its provenance root archived, its state deposit returned.
	#[benchmark]
	fn prune_task() -> Result<(), BenchmarkError> {
		ensure_treasury::<T>();
		let requester = funded::<T>("requester", 0);
		let spec = spec::<T>(0, T::MaxUriLen::get(), T::MaxListedItems::get(), 0);
		let task = Pallet::<T>::do_create_task(requester.clone(), spec).map_err(|_| "create")?;
		let answers: GoldAnswersOf<T> =
			BoundedVec::truncate_from(gold_answers(T::MaxGoldItems::get()));
		GoldAnswers::<T>::insert(task, answers);
		Tasks::<T>::mutate(task, |t| {
			if let Some(t) = t.as_mut() {
				t.gold_revealed = true;
				t.finalized_items = 1;
			}
		});
		let due = Tasks::<T>::get(task).map(|t| t.terms.settle_at).ok_or("task")?;
		frame_system::Pallet::<T>::set_block_number(due);
		Pallet::<T>::do_settle_due(task)?;
		Tasks::<T>::mutate(task, |t| {
			if let Some(t) = t.as_mut() {
				t.provenance = Some(labelchain_primitives::ProvenanceRoot { root: H256::repeat_byte(7), items: 1 });
			}
		});
		let at = due + T::StateRetention::get();

		#[block]
		{
			Pallet::<T>::prune_due(at, Weight::MAX);
		}

		assert!(!Tasks::<T>::contains_key(task));
		assert!(Archive::<T>::contains_key(task));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
