//! Commitments and revealed labels as consensus reads them.

use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use polkadot_sdk::{sp_core::H256, sp_io::hashing::blake2_256};
use scale_info::TypeInfo;

use crate::{ItemIndex, Label, TaskId};

/// The commitment to a label: `blake2_256(SCALE((genesis_hash, task, item, account, label,
/// salt)))`. It binds the answer to this chain, task, item and labeler, so a copied or replayed
/// commitment cannot be revealed by anyone else or anywhere else.
pub fn label_commitment<AccountId: Encode>(
	genesis_hash: &H256,
	task: TaskId,
	item: ItemIndex,
	labeler: &AccountId,
	label: &Label,
	salt: &[u8; 32],
) -> H256 {
	H256(blake2_256(&(genesis_hash, task, item, labeler, label, salt).encode()))
}

/// The salt of `item` in a batch whose salts come from one secret `seed`:
/// `blake2_256(SCALE((seed, item)))`. Revealing the seed reveals every salt of the batch, so a
/// whole batch is revealed with its labels and 32 bytes instead of a salt per item.
pub fn batch_salt(seed: &[u8; 32], item: ItemIndex) -> [u8; 32] {
	blake2_256(&(seed, item).encode())
}

/// One labeler's part in an item, as consensus sees it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Vote<AccountId, Balance> {
	pub labeler: AccountId,
	/// The revealed label; `None` if the labeler committed and has not revealed.
	pub label: Option<Label>,
	/// The stake set aside for this commitment.
	pub bond: Balance,
}

/// What the labels pallet tells consensus, and how consensus hands items back.
pub trait LabelStore<AccountId> {
	type Balance;

	/// Everyone who committed to the item (leakers excluded), with their labels if revealed.
	fn votes(task: TaskId, item: ItemIndex) -> Vec<Vote<AccountId, Self::Balance>>;

	/// Whether every commitment to the item has been revealed (and there is at least one).
	fn all_revealed(task: TaskId, item: ItemIndex) -> bool;

	/// Consensus has used the item: its single commitments and labels are removed from
	/// storage (batch leaves go with their batch when the task is pruned).
	fn consume(task: TaskId, item: ItemIndex);

	/// Whether the item's own records (its single commitments) are still stored.
	fn holds_item(task: TaskId, item: ItemIndex) -> bool;

	/// Removes up to `limit` of the task's batch records once the task is over; true when none
	/// is left.
	fn prune_task(task: TaskId, limit: u32) -> bool;
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The same value as `batchSalt` of the JavaScript client (`scripts/lib/labels.mjs`), so
	/// that batches committed by the client reveal with their seed.
	#[test]
	fn batch_salt_matches_the_client() {
		let salt = batch_salt(&[7u8; 32], 130);
		assert_eq!(
			H256(salt),
			H256(polkadot_sdk::sp_core::hex2array!("7ca75a303c50d032c68a9ab87d4385a987b837649d7ee9fe4d9a1328dc320e2b"))
		);
	}
}
