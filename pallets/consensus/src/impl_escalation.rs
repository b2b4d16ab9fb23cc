//! Escalation: an item the vote could not decide (or a contested gold answer, or an item
//! drawn for audit) goes to the review court; what the court cannot take waits for the expert
//! origin until the escalation period ends.

use crate::{
	impl_decide::{Tally, ViewOf, VoteOf},
	pallet::*,
	types::*,
};
use alloc::vec::Vec;
use labelchain_primitives::{CaseKind, CaseRequest, ItemIndex, ReviewCourt, TaskId};
use polkadot_sdk::{
	frame_system,
	sp_runtime::traits::Saturating,
};

impl<T: Config> Pallet<T> {
	/// Parks the item for review. Returns whether the court took it; if not, an audit is
	/// not parked (`false`) and an escalation waits for the expert origin.
	pub(crate) fn escalate(
		task: TaskId,
		item: ItemIndex,
		view: &ViewOf<T>,
		votes: &[VoteOf<T>],
		tally: Tally,
		kind: CaseKind,
	) -> Result<bool, polkadot_sdk::sp_runtime::DispatchError> {
		let in_court = T::Court::open_case(CaseRequest {
			task,
			item,
			kind,
			domain: view.domain,
			task_tier: view.min_tier,
			schema: view.schema,
			requester: view.requester.clone(),
			labelers: votes.iter().map(|v| v.labeler.clone()).collect::<Vec<_>>(),
			vote_label: tally.winner,
			reward: view.reward_per_item,
		})
		.map_err(|e| log::debug!(target: "runtime::consensus", "court refused {task}/{item}: {e:?}"))
		.is_ok();
		if !in_court && kind == CaseKind::Audit {
			return Ok(false);
		}
		let until = frame_system::Pallet::<T>::block_number()
			.saturating_add(view.labeling.escalation_period);
		Escalations::<T>::insert(task, item, Escalation {
			vote_label: tally.winner,
			confidence: tally.confidence,
			until,
		});
		// The court closes its cases itself, within its rounds' periods.
		if !in_court {
			Self::schedule(Job::CloseEscalation { task, item }, until.saturating_add(1u32.into()));
		}
		TaskStats::<T>::mutate(task, |stats| {
			stats.decisions.escalated = stats.decisions.escalated.saturating_add(1);
		});
		Self::deposit_event(Event::ItemEscalated {
			task,
			item,
			vote_label: tally.winner,
			confidence: tally.confidence,
			until,
			kind,
			in_review: in_court,
		});
		Ok(true)
	}
}
