//! Results, escalations and the finalization queue as stored (`Decision` is shared with the
//! runtime API, in the primitives).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
pub use labelchain_primitives::Decision;
use labelchain_primitives::{ItemIndex, Label, TaskId};
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_runtime::Perbill};
use scale_info::TypeInfo;

/// The finalized result of an item.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ItemResult<BlockNumber> {
	pub label: Option<Label>,
	pub decision: Decision,
	/// The posterior probability that `label` is right (`math::posterior_confidence`); 1 for
	/// gold. Results of tasks finalized before spec 109 hold the winning share of the vote.
	pub confidence: Perbill,
	/// Labels revealed.
	pub revealed: u8,
	/// Labelers whose label is the final one.
	pub agreeing: u8,
	pub block: BlockNumber,
	/// Where the result sits in the task's provenance tree. Its leaf
	/// (`labelchain_primitives::merkle::provenance_leaf`) is not kept: it follows from this
	/// record and the votes of the item's `ItemFinalized` event, and the root proves it.
	pub position: u32,
}

/// An item the vote could not decide, waiting for the expert origin.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Escalation<BlockNumber> {
	/// What the weighted vote said, and with what share.
	pub vote_label: Option<Label>,
	pub confidence: Perbill,
	/// After this block the item closes unresolved.
	pub until: BlockNumber,
}

/// Work for the finalization queue.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Job {
	/// Finalize the committed items of a task: the labels pallet's `unit`-th chunk with
	/// commitments, from item `offset` of that chunk on.
	Task { task: TaskId, unit: u32, offset: u32 },
	/// Close an escalation nobody resolved.
	CloseEscalation { task: TaskId, item: ItemIndex },
	/// Remove the labels pallet's leftover records of a task whose items were all processed.
	PruneTask { task: TaskId },
	/// Finalize a task's gold items, from its `next`-th revealed gold answer on (the first
	/// pass of a task's finalization).
	Gold { task: TaskId, next: u32 },
	/// Record the agreement evidence of a task's committed items from chunk `unit`, item
	/// `offset` of that chunk, on (the second pass).
	Evidence { task: TaskId, unit: u32, offset: u32 },
	/// Close a task's appeal window (it settles if nothing else is open).
	CloseAppeals { task: TaskId },
}

/// Where a task's finalization is. Its passes run in this order: each sees what the ones
/// before recorded.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum Stage {
	/// Gold items are decided by the requester's answers: ground truth that weighs the
	/// task's labelers at once.
	Gold,
	/// Every other committed item's reference decision (weights without the task's own
	/// agreement evidence) is recorded as agreement evidence of its labelers.
	Evidence,
	/// Items are decided with weights that include that evidence.
	Decide,
}

impl Job {
	/// The decision walk of `task`'s committed items from the start.
	pub fn walk(task: TaskId) -> Self {
		Job::Task { task, unit: 0, offset: 0 }
	}

	/// The first pass of `task`'s finalization.
	pub fn gold(task: TaskId) -> Self {
		Job::Gold { task, next: 0 }
	}
}
