//! Results, escalations and the finalization queue as stored (`Decision` is shared with the
//! runtime API, in the primitives).

use codec::{Decode, Encode, MaxEncodedLen};
pub use labelchain_primitives::Decision;
use labelchain_primitives::{ItemIndex, Label, TaskId};
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_runtime::Perbill};
use scale_info::TypeInfo;

/// The finalized result of an item.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ItemResult<BlockNumber> {
	pub label: Option<Label>,
	pub decision: Decision,
	/// The winning label's share of the vote weight.
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
}

impl Job {
	/// The walk of `task`'s committed items from the start.
	pub fn walk(task: TaskId) -> Self {
		Job::Task { task, unit: 0, offset: 0 }
	}
}
