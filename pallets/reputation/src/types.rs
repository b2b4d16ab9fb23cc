//! Evidence as stored.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::TaskId;
use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system};
use scale_info::TypeInfo;

/// One observation, in the units evidence is kept in.
pub const OBSERVATION: u64 = 1_000_000;

pub type EvidenceOf<T> = Evidence<BlockNumberFor<T>>;

/// How many tasks' evidence a labeler's domain record holds apart at once: finalization turns
/// round robin between tasks, so a labeler's tasks finalize interleaved. A fifth task settles
/// the oldest one's evidence into the record.
pub const PENDING_TASKS: usize = 4;

/// The evidence one task produced while it is being finalized: left out of that task's own
/// votes. Empty while it holds no evidence.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PendingEvidence {
	pub task: TaskId,
	pub agree: u64,
	pub total: u64,
}

impl PendingEvidence {
	pub fn is_empty(&self) -> bool {
		self.total == 0 && self.agree == 0
	}
}

/// What consensus has observed of a labeler in one domain.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Evidence<BlockNumber> {
	/// Weighted agreements with final labels and gold (millionths of an observation), of tasks
	/// whose evidence is settled.
	pub agree: u64,
	/// Weighted observations.
	pub total: u64,
	/// The evidence of the tasks still pending, oldest first.
	pub pending: [PendingEvidence; PENDING_TASKS],
	/// The block from which the next decay step is counted.
	pub decayed_at: BlockNumber,
	/// The gold results among the settled evidence (weighted, in millionths): agreements with
	/// the requesters' answers.
	pub gold_agree: u64,
	/// The gold results' weighted observations.
	pub gold_total: u64,
}

impl<BlockNumber> Evidence<BlockNumber> {
	/// Agreements and observations of every task, pending ones included, except `task`'s.
	pub fn without(&self, task: Option<TaskId>) -> (u64, u64) {
		self.pending
			.iter()
			.filter(|p| !p.is_empty() && Some(p.task) != task)
			.fold((self.agree, self.total), |(a, t), p| (a.saturating_add(p.agree), t.saturating_add(p.total)))
	}

	/// Agreements and observations of every task, pending ones included.
	pub fn all(&self) -> (u64, u64) {
		self.without(None)
	}

	/// Adds evidence of `task`: to its pending slot, to a free one, or, all being taken, to a
	/// slot freed by settling the oldest task's evidence.
	pub fn add_pending(&mut self, task: TaskId, agree: u64, total: u64) {
		let index = match self.pending.iter().position(|p| !p.is_empty() && p.task == task) {
			Some(i) => i,
			None => match self.pending.iter().position(|p| p.is_empty()) {
				Some(i) => i,
				None => {
					let [oldest, rest @ ..] = self.pending;
					self.agree = self.agree.saturating_add(oldest.agree);
					self.total = self.total.saturating_add(oldest.total);
					let mut shifted = [PendingEvidence::default(); PENDING_TASKS];
					for (slot, p) in shifted.iter_mut().zip(rest.iter()) {
						*slot = *p;
					}
					self.pending = shifted;
					PENDING_TASKS - 1
				},
			},
		};
		if let Some(slot) = self.pending.get_mut(index) {
			if slot.is_empty() {
				*slot = PendingEvidence { task, agree: 0, total: 0 };
			}
			slot.agree = slot.agree.saturating_add(agree);
			slot.total = slot.total.saturating_add(total);
		}
	}
}

pub type DomainEvidenceOf<T> = DomainEvidence<BlockNumberFor<T>>;

/// What consensus has observed of every labeler in one domain together: the domain's average
/// labeler, towards whom a newcomer's prior is drawn.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct DomainEvidence<BlockNumber> {
	/// Weighted agreements of everyone (millionths of an observation).
	pub agree: u64,
	/// Weighted observations of everyone.
	pub total: u64,
	/// The block from which the next decay step is counted.
	pub decayed_at: BlockNumber,
}
