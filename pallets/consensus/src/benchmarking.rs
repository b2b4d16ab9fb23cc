//! Benchmarks of finalization (frame-benchmarking v2): linear in items and in reveals. The
//! decision benchmarks take tasks from before the finalization passes (no `Stages` entry):
//! their decisions also record agreement evidence, the most a decision does.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{Get, Hooks};
use frame_system::RawOrigin;
use labelchain_primitives::Label;
use polkadot_sdk::frame_benchmarking;

/// A task of `items` items past its reveal deadline with `labelers` labelers on each, the last
/// `silent` never revealing, in the pass `stage` (`None`: from before the passes): categorical
/// answers alike, or with `graded` eight-candidate rankings, each a different swap away from
/// the decision.
fn revealed<T: Config>(
	graded: bool,
	items: u32,
	labelers: u32,
	silent: u32,
	stage: Option<Stage>,
) -> labelchain_primitives::TaskId {
	let task = if graded {
		T::BenchmarkHelper::revealed_ranking_task(items, labelers, silent)
	} else {
		T::BenchmarkHelper::revealed_task(items, labelers, silent, false)
	};
	match stage {
		Some(stage) => Stages::<T>::insert(task, stage),
		None => Stages::<T>::remove(task),
	}
	task
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `n` items with the most committed labelers an item can have (`MaxRedundancy`): all but
	/// one reveal the same label, the last never reveals (a reward for each, a slash for one).
	/// Finalization is always charged at that redundancy, so only the items vary: an item's
	/// labelers cost in proportion to the items (a second component for them would be fitted
	/// as a cost of the whole call, charged again for every single item a walk finalizes).
	#[benchmark]
	fn finalize_items(n: Linear<1, { T::MaxItemsPerBlock::get() }>) -> Result<(), BenchmarkError> {
		let task = revealed::<T>(false, n, T::MaxRedundancy::get(), 1, None);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		finalize(RawOrigin::Signed(caller), task, 0, n);

		assert_eq!(Results::<T>::iter_prefix(task).count() as u32, n);
		Ok(())
	}

	/// `finalize_items` for graded answers: `n` items of a ranking task of eight candidates
	/// with the most labelers an item can have, every answer a different ranking close to the
	/// decision (each paid by its Kendall tau). Graded items are charged the costlier of the
	/// two.
	#[benchmark]
	fn finalize_graded_items(n: Linear<1, { T::MaxItemsPerBlock::get() }>) -> Result<(), BenchmarkError> {
		let task = revealed::<T>(true, n, T::MaxRedundancy::get(), 1, None);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		finalize(RawOrigin::Signed(caller), task, 0, n);

		assert_eq!(Results::<T>::iter_prefix(task).count() as u32, n);
		Ok(())
	}

	/// `finalize_items` for the items of a free-text task's review: each rated by the most
	/// reviewers an item can have (ratings spread over the five grades, each paid by its
	/// closeness), and its answer's author paid by the rating and recorded in reputation.
	#[benchmark]
	fn finalize_review_items(n: Linear<1, { T::MaxItemsPerBlock::get() }>) -> Result<(), BenchmarkError> {
		let task = T::BenchmarkHelper::revealed_review_task(n, T::MaxRedundancy::get());
		Stages::<T>::remove(task);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		finalize(RawOrigin::Signed(caller), task, 0, n);

		assert_eq!(Results::<T>::iter_prefix(task).count() as u32, n);
		Ok(())
	}

	/// An item split between up to four labels, escalated, then decided (by a review panel's
	/// verdict, or the expert origin: the same settlement).
	#[benchmark]
	fn resolve_escalation(r: Linear<2, { T::MaxRedundancy::get() }>) -> Result<(), BenchmarkError> {
		let task = T::BenchmarkHelper::revealed_task(1, r, 0, true);
		Stages::<T>::remove(task);
		let view = <T::Tasks as labelchain_primitives::TaskInspect<_, _>>::task(task).ok_or("task")?;
		Pallet::<T>::finalize_item(task, 0, &view)?;
		assert!(Escalations::<T>::contains_key(task, 0), "split votes escalate");

		#[block]
		{
			Pallet::<T>::settle_decided(
				task,
				0,
				Label::Class(0),
				Decision::Reviewed,
				labelchain_primitives::CaseKind::Escalation,
				Default::default(),
			)?;
		}

		assert!(Results::<T>::contains_key(task, 0));
		Ok(())
	}

	/// An appealed vote decision overturned: `r` labelers split between four labels, the item
	/// decided 0 by the vote, the verdict 1: each labeler of 0 repays each labeler of 1, and
	/// every revealer is recorded in reputation.
	#[benchmark]
	fn settle_appeal(r: Linear<4, { T::MaxRedundancy::get() }>) -> Result<(), BenchmarkError> {
		let task = T::BenchmarkHelper::revealed_task(1, r, 0, true);
		Stages::<T>::remove(task);
		// The split item would escalate: its result is written as if the vote had decided it.
		Results::<T>::insert(task, 0, ItemResult {
			label: Some(Label::Class(0)),
			decision: Decision::Consensus,
			confidence: sp_runtime::Perbill::from_percent(90),
			revealed: r as u8,
			agreeing: r.div_ceil(4) as u8,
			block: frame_system::Pallet::<T>::block_number(),
			position: 0,
		});
		TaskStats::<T>::mutate(task, |s| s.decisions.count(Decision::Consensus));
		InProgress::<T>::insert(task, false);
		Pallet::<T>::note_appeal_opened(task, 0)?;

		#[block]
		{
			Pallet::<T>::settle_appeal(task, 0, Some(Label::Class(1)))?;
		}

		assert_eq!(Results::<T>::get(task, 0).and_then(|r| r.label), Some(Label::Class(1)));
		Ok(())
	}

	/// One item's agreement evidence in the evidence pass: `r` committed labelers who all
	/// reveal the same label, each recorded in reputation.
	#[benchmark]
	fn record_evidence(r: Linear<2, { T::MaxRedundancy::get() }>) -> Result<(), BenchmarkError> {
		let task = revealed::<T>(false, 1, r, 0, Some(Stage::Evidence));
		let view = <T::Tasks as labelchain_primitives::TaskInspect<_, _>>::task(task).ok_or("task")?;

		#[block]
		{
			Pallet::<T>::record_item_evidence(task, 0, &view);
		}

		let recorded = frame_system::Pallet::<T>::events().len();
		assert!(recorded >= r as usize, "every labeler's evidence recorded");
		Ok(())
	}

	/// `record_evidence` for graded answers: `r` labelers' rankings of eight candidates, the
	/// reference a Borda count, each recorded by its closeness.
	#[benchmark]
	fn record_graded_evidence(r: Linear<2, { T::MaxRedundancy::get() }>) -> Result<(), BenchmarkError> {
		let task = revealed::<T>(true, 1, r, 0, Some(Stage::Evidence));
		let view = <T::Tasks as labelchain_primitives::TaskInspect<_, _>>::task(task).ok_or("task")?;

		#[block]
		{
			Pallet::<T>::record_item_evidence(task, 0, &view);
		}

		let recorded = frame_system::Pallet::<T>::events().len();
		assert!(recorded >= r as usize, "every labeler's evidence recorded");
		Ok(())
	}

	/// `j` jobs due this block, moved from the agenda into the queue.
	#[benchmark]
	fn on_initialize(j: Linear<0, { T::MaxJobsPerBlock::get() }>) {
		let now = frame_system::Pallet::<T>::block_number();
		AgendaCursor::<T>::put((now, 0));
		for i in 0..j {
			Pallet::<T>::schedule(Job::walk(i as u64), now);
		}

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert_eq!(QueueTail::<T>::get().wrapping_sub(QueueHead::<T>::get()), j);
	}

	/// A pruning step that removes `e` entries of a task that is over: `e - 2` results (the
	/// longest records), then its statistics and provenance tree.
	#[benchmark]
	fn prune_task_state(e: Linear<2, 1024>) {
		let task = 7;
		for item in 0..e.saturating_sub(2) {
			Results::<T>::insert(task, item, ItemResult {
				label: Some(Label::Class(1)),
				decision: labelchain_primitives::Decision::Consensus,
				confidence: sp_runtime::Perbill::one(),
				revealed: 3,
				agreeing: 3,
				block: 1u32.into(),
				position: item,
			});
		}
		TaskStats::<T>::insert(task, labelchain_primitives::TaskTallies::default());
		Provenance::<T>::insert(task, labelchain_primitives::merkle::IncrementalTree::default());

		let progress;
		#[block]
		{
			progress = <Pallet<T> as labelchain_primitives::TaskStatePruning>::prune(task, e);
		}

		assert!(progress.done);
		assert_eq!(progress.removed, e);
		assert_eq!(Results::<T>::iter_prefix(task).count(), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
