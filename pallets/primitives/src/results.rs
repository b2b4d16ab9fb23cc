//! Finalized results as the registry, the runtime API and clients see them: how an item was
//! decided, the provenance root a settled task records, and the running tallies behind agreement
//! statistics.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{sp_core::H256, sp_runtime::traits::Saturating};
use scale_info::TypeInfo;

use crate::TaskId;

/// How an item's label was decided.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum Decision {
	/// The weighted vote met quorum and threshold.
	Consensus,
	/// A gold item: the requester's answer.
	Gold,
	/// Escalated, then decided by the expert origin.
	Resolved,
	/// Escalated and not decided in time: the label is the weighted vote's, nobody was paid.
	Unresolved,
	/// Nobody revealed a label.
	NoLabels,
	/// Decided by a drawn review panel (an escalation, a contested gold answer or a random
	/// audit), after any appeals.
	Reviewed,
	/// A free-text item: its revealed texts (the votes) went to the task's review stage,
	/// which rates each one; the best rated is its answer (`TaskInspect::best_submission`).
	Submitted,
}

/// The provenance root of a task's finalized results (see `merkle::IncrementalTree`): `items`
/// results at positions `0..items`.
#[derive(
	Clone, Copy, PartialEq, Eq, Default, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ProvenanceRoot {
	pub root: H256,
	pub items: u32,
}

/// Answered by consensus: the provenance root of a task's results so far.
pub trait ProvenanceInspect {
	fn provenance(task: TaskId) -> ProvenanceRoot;
}

impl ProvenanceInspect for () {
	fn provenance(_: TaskId) -> ProvenanceRoot {
		ProvenanceRoot::default()
	}
}

/// How far pruning a task's results has come.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct PruneProgress {
	/// Storage entries removed by this step.
	pub removed: u32,
	/// Nothing of the task is left.
	pub done: bool,
}

/// Removes what consensus keeps of a task (results, statistics, provenance tree) once the task
/// is over and its retention period has passed; its provenance root stays with the registry.
pub trait TaskStatePruning {
	/// Removes at most `max_entries` storage entries of `task`.
	fn prune(task: TaskId, max_entries: u32) -> PruneProgress;
	/// The weight of a `prune` step that removes `entries` entries.
	fn prune_weight(entries: u32) -> polkadot_sdk::frame_support::weights::Weight;
}

impl TaskStatePruning for () {
	fn prune(_: TaskId, _: u32) -> PruneProgress {
		PruneProgress { removed: 0, done: true }
	}
	fn prune_weight(_: u32) -> polkadot_sdk::frame_support::weights::Weight {
		polkadot_sdk::frame_support::weights::Weight::zero()
	}
}

/// What one labeler did over some items (one task's, or a whole history): counted when the
/// items were finalized.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct LabelerTally<Balance> {
	/// Finalized items the labeler had committed to.
	pub committed: u32,
	/// Of those, items whose label they revealed.
	pub revealed: u32,
	/// Revealed labels equal to the final label.
	pub agreed: u32,
	/// Revealed labels on gold items, and how many matched the requester's answer.
	pub gold_answered: u32,
	pub gold_correct: u32,
	/// Rewards received, plus shares of others' slashed bonds.
	pub earned: Balance,
	/// Bond taken for deviating or not revealing.
	pub slashed: Balance,
}

impl<Balance: Saturating + Copy> LabelerTally<Balance> {
	/// Adds `other` into `self`.
	pub fn add(&mut self, other: &Self) {
		self.committed = self.committed.saturating_add(other.committed);
		self.revealed = self.revealed.saturating_add(other.revealed);
		self.agreed = self.agreed.saturating_add(other.agreed);
		self.gold_answered = self.gold_answered.saturating_add(other.gold_answered);
		self.gold_correct = self.gold_correct.saturating_add(other.gold_correct);
		self.earned = self.earned.saturating_add(other.earned);
		self.slashed = self.slashed.saturating_add(other.slashed);
	}
}

/// How a task's finalized items were decided, and how many went through escalation.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct DecisionCounts {
	pub consensus: u32,
	pub gold: u32,
	pub resolved: u32,
	pub unresolved: u32,
	pub no_labels: u32,
	/// Items ever sent to review or the expert origin, audits included (resolved, closed
	/// unresolved, or still waiting).
	pub escalated: u32,
}

impl DecisionCounts {
	/// Counts one more item decided by `decision`.
	pub fn count(&mut self, decision: Decision) {
		let field = match decision {
			// A free-text item's answers were accepted (for its review) as a vote's label is.
			Decision::Consensus | Decision::Submitted => &mut self.consensus,
			Decision::Gold => &mut self.gold,
			// Experts decided it: a review panel or the expert origin.
			Decision::Resolved | Decision::Reviewed => &mut self.resolved,
			Decision::Unresolved => &mut self.unresolved,
			Decision::NoLabels => &mut self.no_labels,
		};
		*field = field.saturating_add(1);
	}

	/// Finalized items.
	pub fn finalized(&self) -> u32 {
		[self.consensus, self.gold, self.resolved, self.unresolved, self.no_labels]
			.iter()
			.fold(0u32, |a, b| a.saturating_add(*b))
	}

	/// Escalated items not decided yet.
	pub fn open_escalations(&self) -> u32 {
		self.escalated.saturating_sub(self.resolved.saturating_add(self.unresolved))
	}
}

/// A task's running result statistics, updated as its items finalize.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TaskTallies {
	pub decisions: DecisionCounts,
	pub agreement: AgreementSums,
}

/// Scale of the agreement sums: `lcm(1..=16)`, divisible by every `m - 1` and every `m (m - 1)`
/// for up to 16 labels per item, so the sums stay exact integers.
pub const AGREEMENT_SCALE: u128 = 720_720;

/// Running sums over a task's finalized items from which Krippendorff's alpha (nominal) and
/// Fleiss' kappa (generalized to unequal label counts) follow, with the per-label totals kept
/// beside them. Only items with two or more revealed labels count ("pairable").
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct AgreementSums {
	/// Items with at least two revealed labels.
	pub pairable_items: u32,
	/// Revealed labels on those items (`n` in Krippendorff's notation).
	pub pairable_labels: u64,
	/// `Σ_items Σ_labels n_c (n_c - 1) / (m - 1)` times `AGREEMENT_SCALE` (`m` the item's
	/// revealed labels, `n_c` those equal to label `c`): alpha's observed agreement times `n`.
	pub alpha_agreement: u128,
	/// `Σ_items Σ_labels n_c (n_c - 1) / (m (m - 1))` times `AGREEMENT_SCALE`: the sum of Fleiss'
	/// per-item agreement `P_i`.
	pub fleiss_agreement: u128,
}

impl AgreementSums {
	/// Adds an item whose revealed labels fall into groups of `counts` equal labels.
	pub fn add_item(&mut self, counts: &[u32]) {
		let m: u32 = counts.iter().fold(0u32, |a, c| a.saturating_add(*c));
		if m < 2 || m as u128 > 16 {
			return;
		}
		let m = m as u128;
		let pairs: u128 = counts
			.iter()
			.map(|c| (*c as u128).saturating_mul((*c as u128).saturating_sub(1)))
			.fold(0, |a, b| a.saturating_add(b));
		self.pairable_items = self.pairable_items.saturating_add(1);
		self.pairable_labels = self.pairable_labels.saturating_add(m as u64);
		self.alpha_agreement = self
			.alpha_agreement
			.saturating_add(pairs.saturating_mul(AGREEMENT_SCALE / (m - 1)));
		self.fleiss_agreement = self
			.fleiss_agreement
			.saturating_add(pairs.saturating_mul(AGREEMENT_SCALE / (m * (m - 1))));
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn sums_are_exact_for_every_label_count() {
		for m in 2..=16u32 {
			let mut sums = AgreementSums::default();
			// All agree: alpha's term is m, Fleiss' P_i is 1.
			sums.add_item(&[m]);
			assert_eq!(sums.alpha_agreement, m as u128 * AGREEMENT_SCALE);
			assert_eq!(sums.fleiss_agreement, AGREEMENT_SCALE);
			assert_eq!((sums.pairable_items, sums.pairable_labels), (1, m as u64));
		}
	}

	#[test]
	fn single_labels_do_not_count() {
		let mut sums = AgreementSums::default();
		sums.add_item(&[1]);
		sums.add_item(&[]);
		assert_eq!(sums, AgreementSums::default());
		// Two different labels: pairable, no agreement.
		sums.add_item(&[1, 1]);
		assert_eq!((sums.pairable_items, sums.alpha_agreement, sums.fleiss_agreement), (1, 0, 0));
	}
}
