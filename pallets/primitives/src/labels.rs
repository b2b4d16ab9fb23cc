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

	/// Consensus has used the item: its commitments and labels are removed from storage.
	fn consume(task: TaskId, item: ItemIndex);

	/// Removes up to `limit` of the task's batch records once the task is over; true when none
	/// is left.
	fn prune_task(task: TaskId, limit: u32) -> bool;
}
