//! Commitments as stored.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use labelchain_primitives::{ItemIndex, Label};
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_core::H256};
use scale_info::TypeInfo;

/// How a labeler committed to an item.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Commitment {
	/// A commitment to this item alone.
	Single(H256),
	/// A leaf of the labeler's batch commitment for the task.
	Batch,
	/// The labeler's answer was published before the reveal window: void, and slashed.
	Leaked,
}

/// One labeler's commitment to an item and, once revealed, the label.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Entry<AccountId, Balance> {
	pub labeler: AccountId,
	pub commitment: Commitment,
	pub label: Option<Label>,
	/// Stake set aside for this commitment.
	pub bond: Balance,
}

/// A labeler's batch commitment: the Merkle root over the single commitments of items
/// `first_item .. first_item + count`, leaf `i` being item `first_item + i`.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Batch {
	pub root: H256,
	pub first_item: ItemIndex,
	pub count: u32,
	pub revealed: u32,
}

/// One revealed leaf of a batch.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct BatchLeaf {
	pub item: ItemIndex,
	pub label: Label,
	pub salt: [u8; 32],
	/// Sibling hashes from the leaf to the batch root.
	pub proof: Vec<H256>,
}
