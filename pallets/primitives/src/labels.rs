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

/// The salt of `item` in `labeler`'s batch on `task` whose salts come from one secret `seed`:
/// `blake2_256(SCALE((seed, task, labeler, item)))`. Revealing the seed reveals every salt of
/// the batch, so a whole batch is revealed with its labels and 32 bytes instead of a salt per
/// item; binding the task and the labeler keeps a reused seed from revealing other batches.
pub fn batch_salt<AccountId: Encode>(seed: &[u8; 32], task: TaskId, labeler: &AccountId, item: ItemIndex) -> [u8; 32] {
	blake2_256(&(seed, task, labeler, item).encode())
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

/// A chunk of a task that holds commitments: what finalization walks instead of every item.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct WorkChunk {
	/// The chunk's first item.
	pub first_item: ItemIndex,
	/// Bit `i` set: item `first_item + i` holds a single commitment.
	pub singles: u128,
	/// A batch covers the chunk: every item of it holds a commitment.
	pub batched: bool,
}

impl WorkChunk {
	/// The first offset at or after `from` (within the chunk of `size` items) whose item holds
	/// a commitment.
	pub fn next_offset(&self, from: u32, size: u32) -> Option<u32> {
		if from >= size.min(128) {
			return None;
		}
		if self.batched {
			return Some(from);
		}
		let rest = self.singles.checked_shr(from).unwrap_or(0);
		(rest != 0).then(|| from.saturating_add(rest.trailing_zeros()))
	}
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

	/// Removes up to `limit` of the task's batch and work records once the task is over; true
	/// when none is left.
	fn prune_task(task: TaskId, limit: u32) -> bool;

	/// How many chunks of the task hold commitments (fixed once the commit window closes).
	fn work_chunks(task: TaskId) -> u32;

	/// The `index`-th chunk of the task to hold a commitment.
	fn work_chunk(task: TaskId, index: u32) -> Option<WorkChunk>;

	/// How many items a chunk has (at most 128).
	fn chunk_size() -> u32;

	/// Every labeler's open bonds, summed: single commitments not consumed, batch leaves whose
	/// item is not `is_final` (leaked ones excluded). Reads all of the pallet's storage: for
	/// invariant checks only.
	fn open_bonds(is_final: &dyn Fn(TaskId, ItemIndex) -> bool) -> Vec<(AccountId, Self::Balance)>;
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The same value as `batchSalt` of the JavaScript client (`scripts/lib/labels.mjs`, checked
	/// in `scripts/e2e/00-client-lib.test.mjs`), so that batches committed by the client reveal
	/// with their seed.
	#[test]
	fn batch_salt_matches_the_client() {
		let labeler = [9u8; 32];
		let salt = batch_salt(&[7u8; 32], 5, &labeler, 130);
		assert_eq!(
			H256(salt),
			H256(polkadot_sdk::sp_core::hex2array!("4e21e530d7539528d7fcc778a194e7abeeeda8c68c4ea6867b594def75448ce9"))
		);
		// Another task or another labeler: another salt.
		assert_ne!(batch_salt(&[7u8; 32], 6, &labeler, 130), salt);
		assert_ne!(batch_salt(&[7u8; 32], 5, &[8u8; 32], 130), salt);
	}
}
