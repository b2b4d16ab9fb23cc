//! Results, escalations and the finalization queue as stored.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use labelchain_primitives::{ItemIndex, Label, TaskId};
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_runtime::Perbill};
use scale_info::TypeInfo;

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
}

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
	/// Finalize the items of a task, from `next_item` on.
	Task { task: TaskId, next_item: ItemIndex },
	/// Close an escalation nobody resolved.
	CloseEscalation { task: TaskId, item: ItemIndex },
	/// Remove the labels pallet's leftover records of a task whose items were all processed.
	PruneTask { task: TaskId },
}
