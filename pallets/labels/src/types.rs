//! Commitments as stored.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use labelchain_primitives::{ItemIndex, Label};
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound},
	sp_core::H256,
};
use scale_info::TypeInfo;

/// How a labeler committed to an item alone.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Commitment {
	/// The commitment hash.
	Single(H256),
	/// The labeler's answer was published before the reveal window: void, and slashed.
	Leaked,
}

/// One labeler's single commitment to an item and, once revealed, the label.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Entry<AccountId, Balance> {
	pub labeler: AccountId,
	pub commitment: Commitment,
	pub label: Option<Label>,
	/// Stake set aside for this commitment.
	pub bond: Balance,
}

/// The state of one item of a batch.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Leaf {
	/// Committed, not revealed yet.
	Hidden,
	/// Revealed with this label.
	Revealed(Label),
	/// Published before the reveal window: void, and slashed.
	Leaked,
}

/// A labeler's batch commitment to one chunk of a task: the Merkle root over the single
/// commitments of items `first_item .. first_item + count`, leaf `i` being item
/// `first_item + i`, and each item's state. One record per batch, so that committing and
/// revealing a batch write storage once, not once per item.
#[derive(CloneNoBound, PartialEqNoBound, EqNoBound, Encode, Decode, MaxEncodedLen, TypeInfo, DebugNoBound)]
#[scale_info(skip_type_params(MaxItems))]
#[codec(mel_bound(Balance: MaxEncodedLen))]
pub struct Batch<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxItems: Get<u32>> {
	pub root: H256,
	pub first_item: ItemIndex,
	pub count: u32,
	/// Stake set aside per item.
	pub bond: Balance,
	/// The state of item `first_item + i` at `i`.
	pub leaves: BoundedVec<Leaf, MaxItems>,
}

impl<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxItems: Get<u32>> Batch<Balance, MaxItems> {
	/// How many of the batch's items are revealed.
	pub fn revealed(&self) -> u32 {
		self.leaves.iter().filter(|leaf| matches!(leaf, Leaf::Revealed(_))).count() as u32
	}
}

/// One single commitment, in `commit_singles`: the item and its content hash as for `commit`
/// (the call proves all its items at once), and the commitment.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct SingleCommit {
	pub item: ItemIndex,
	pub item_hash: H256,
	pub commitment: H256,
}

/// One revealed single commitment, in `reveal_singles`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct SingleReveal {
	pub item: ItemIndex,
	pub label: Label,
	pub salt: [u8; 32],
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
