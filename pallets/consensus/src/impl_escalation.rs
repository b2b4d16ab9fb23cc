//! Escalation: an item the vote could not decide waits for the expert origin.

use crate::{
	impl_decide::{Tally, ViewOf},
	pallet::*,
	types::*,
};
use labelchain_primitives::{ItemIndex, TaskId};
use polkadot_sdk::{
	frame_system,
	sp_runtime::{traits::Saturating, DispatchResult},
};

impl<T: Config> Pallet<T> {
	/// Parks the item until the expert origin decides it or the escalation period ends.
	pub(crate) fn escalate(
		task: TaskId,
		item: ItemIndex,
		view: &ViewOf<T>,
		tally: Tally,
	) -> DispatchResult {
		let until = frame_system::Pallet::<T>::block_number()
			.saturating_add(view.labeling.escalation_period);
		Escalations::<T>::insert(task, item, Escalation {
			vote_label: tally.winner,
			confidence: tally.confidence,
			until,
		});
		Self::schedule(Job::CloseEscalation { task, item }, until.saturating_add(1u32.into()));
		TaskStats::<T>::mutate(task, |stats| {
			stats.decisions.escalated = stats.decisions.escalated.saturating_add(1);
		});
		Self::deposit_event(Event::ItemEscalated {
			task,
			item,
			vote_label: tally.winner,
			confidence: tally.confidence,
			until,
		});
		Ok(())
	}
}
