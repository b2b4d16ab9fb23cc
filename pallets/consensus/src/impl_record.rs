//! What a finalized item leaves behind besides money: the task's statistics, the labelers'
//! tallies, and (in `settle_item`) the provenance leaf; and the provenance root other pallets
//! read.

use crate::{impl_decide::{TallyOf, VoteOf}, pallet::*, types::*};
use alloc::vec::Vec;
use labelchain_primitives::{answers, Label, LabelSchema, ProvenanceInspect, ProvenanceRoot, TaskId};
use polkadot_sdk::frame_support::BoundedVec;

impl<T: Config> Pallet<T> {
	/// Adds a finalized item to the task's statistics and the labelers' tallies.
	pub(crate) fn count_item(
		task: TaskId,
		schema: &LabelSchema,
		votes: &[VoteOf<T>],
		tallies: &[TallyOf<T>],
		decision: Decision,
	) {
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
			if schema.is_graded() {
				Self::count_graded_agreement(task, schema, &groups);
			}
			for (label, count) in groups {
				LabelTotals::<T>::mutate(task, label, |total| *total = total.saturating_add(count));
			}
		}
	}

	/// Adds an item's pairs of answers, grouped as `groups` (answer, how many gave it), to the
	/// sums of the task's graded agreement coefficient (`answers::item_agreement`): the levels'
	/// coincidence matrix of a small ordinal scale, otherwise the disagreement by the schema's
	/// metric.
	fn count_graded_agreement(task: TaskId, schema: &LabelSchema, groups: &[(Label, u32)]) {
		match answers::item_agreement(schema, groups) {
			Some(answers::ItemAgreement::Coincidences(cells)) => {
				let LabelSchema::Ordinal { levels } = *schema else { return };
				let size = usize::from(levels).saturating_mul(usize::from(levels));
				OrdinalCoincidences::<T>::mutate(task, |matrix| {
					if matrix.len() != size {
						*matrix = BoundedVec::truncate_from(alloc::vec![0; size]);
					}
					for (cell, amount) in cells {
						if let Some(value) = matrix.get_mut(cell) {
							*value = value.saturating_add(amount);
						}
					}
				});
			},
			Some(answers::ItemAgreement::Disagreement(amount)) =>
				Disagreement::<T>::mutate(task, |total| *total = total.saturating_add(amount)),
			None => {},
		}
	}
}

impl<T: Config> ProvenanceInspect for Pallet<T> {
	fn provenance(task: TaskId) -> ProvenanceRoot {
		let tree = Provenance::<T>::get(task);
		ProvenanceRoot { root: tree.root(), items: tree.count }
	}
}
