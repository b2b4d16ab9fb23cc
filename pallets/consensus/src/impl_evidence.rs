//! The evidence pass: each committed item's reference decision becomes agreement evidence of
//! the labelers who revealed on it.
//!
//! Why a reference and not the decision: a labeler's weight in a task must not come from
//! agreeing with that task's other labelers' weights, or a bloc that answers alike (colluders,
//! sybils) raises its own weight by agreeing with itself. The reference leaves the task's own
//! agreement evidence out, so the trust behind it comes only from gold (this task's, counted at
//! once, and earlier ones) and from earlier tasks. Where labelers anchored by gold disagree
//! with a bloc, the bloc's members get disagreement evidence before any item is decided.
//!
//! Why discounted: a reference decided by a hair says little about who was right; evidence
//! counts `(c − 1/K) / (1 − 1/K)` of an observation for a reference of confidence `c` among
//! `K` labels (nothing at chance, all of it when certain).

use crate::{impl_decide::ViewOf, pallet::*};
use labelchain_primitives::{ItemIndex, LabelStore, ReputationRecord, TaskId, TaskInspect};
use polkadot_sdk::sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// The certainty of a decision of `confidence` among `classes` labels: how far above
	/// chance it is, from nothing at chance to all when certain. A reference decision counts
	/// this much of an observation, and an outvoted labeler loses this share of the deviation
	/// slash.
	pub fn reference_evidence(confidence: Perbill, classes: Option<u16>) -> Perbill {
		// A free-form answer agrees or not: as two labels.
		let k = u64::from(classes.unwrap_or(2).max(2));
		let chance = 1_000_000_000u64 / k;
		let above = u64::from(confidence.deconstruct()).saturating_sub(chance);
		Perbill::from_rational(above, 1_000_000_000u64.saturating_sub(chance).max(1))
	}

	/// Records the item's reference decision as agreement evidence of each labeler who
	/// revealed on it. Gold items (their answer is the evidence) and items already final are
	/// skipped, and so are items with fewer revealed labels than two and the quorum: a lone
	/// labeler cannot vouch for itself.
	pub(crate) fn record_item_evidence(task: TaskId, item: ItemIndex, view: &ViewOf<T>) {
		// Free text is not voted on: its review is the evidence.
		if view.schema == labelchain_primitives::LabelSchema::FreeText ||
			T::Tasks::gold_label(task, item).is_some() ||
			Results::<T>::contains_key(task, item) ||
			Escalations::<T>::contains_key(task, item)
		{
			return;
		}
		let votes = T::Labels::votes(task, item);
		let reference = Self::tally(view, &votes, Some(task));
		let quorum = view.labeling.quorum.min(view.redundancy as u32).max(2);
		let Some(label) = reference.winner else { return };
		if reference.revealed < quorum {
			return;
		}
		let discount = Self::reference_evidence(reference.confidence, view.schema.classes());
		let evidence = Self::evidence_weight(view) * discount;
		for vote in &votes {
			let Some(given) = vote.label else { continue };
			let (closeness, _) = Self::grade(view, &given, &label);
			let outcome = Self::closeness_outcome(view, closeness, false);
			T::Reputation::record(&vote.labeler, view.domain, task, outcome, evidence);
		}
		Self::deposit_event(Event::ReferenceRecorded {
			task,
			item,
			reference: label,
			confidence: reference.confidence,
			evidence,
		});
	}
}
