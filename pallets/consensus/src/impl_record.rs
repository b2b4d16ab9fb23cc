//! What a finalized item leaves behind besides money: the task's statistics, the labelers'
//! tallies, and (in `settle_item`) the provenance leaf; and the provenance root other pallets
//! read.

use crate::{impl_decide::{TallyOf, VoteOf}, pallet::*, types::*};
use alloc::vec::Vec;
use labelchain_primitives::{Label, ProvenanceInspect, ProvenanceRoot, TaskId};

impl<T: Config> Pallet<T> {
	/// Adds a finalized item to the task's statistics and the labelers' tallies.
	pub(crate) fn count_item(task: TaskId, votes: &[VoteOf<T>], tallies: &[TallyOf<T>], decision: Decision) {
		for (vote, tally) in votes.iter().zip(tallies) {
			TaskLabelers::<T>::mutate(task, &vote.labeler, |t| t.add(tally));
			LabelerTotals::<T>::mutate(&vote.labeler, |t| t.add(tally));
		}
		// Free texts are all different: their agreement is their review's.
		if decision == Decision::Submitted {
			TaskStats::<T>::mutate(task, |stats| stats.decisions.count(decision));
			return;
		}
		// Revealed labels grouped by value: (label, how many gave it).
		let mut groups: Vec<(Label, u32)> = Vec::new();
		for label in votes.iter().filter_map(|v| v.label) {
			match groups.iter_mut().find(|(l, _)| *l == label) {
				Some(group) => group.1 = group.1.saturating_add(1),
				None => groups.push((label, 1)),
			}
		}
		let counts: Vec<u32> = groups.iter().map(|g| g.1).collect();
		TaskStats::<T>::mutate(task, |stats| {
			stats.decisions.count(decision);
			stats.agreement.add_item(&counts);
		});
		if counts.iter().sum::<u32>() >= 2 {
			for (label, count) in groups {
				LabelTotals::<T>::mutate(task, label, |total| *total = total.saturating_add(count));
			}
		}
	}
}

impl<T: Config> ProvenanceInspect for Pallet<T> {
	fn provenance(task: TaskId) -> ProvenanceRoot {
		let tree = Provenance::<T>::get(task);
		ProvenanceRoot { root: tree.root(), items: tree.count }
	}
}
