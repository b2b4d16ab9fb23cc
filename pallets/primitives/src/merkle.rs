//! The Merkle tree over a task's item content hashes.
//!
//! A task with many items stores only the root and the item count. A labeler proves that item
//! `index` with content hash `h` belongs to the task with the sibling hashes on its path. Leaves
//! are `blake2_256(h)`, inner nodes `blake2_256(left ++ right)`, and an odd last node is promoted
//! unchanged (the layout of `binary-merkle-tree`, which clients reproduce to build proofs).

use alloc::vec::Vec;
use polkadot_sdk::{binary_merkle_tree, sp_core::H256, sp_runtime::traits::BlakeTwo256};

/// The root over `leaves`, in order.
pub fn root<I>(leaves: I) -> H256
where
	I: IntoIterator<Item = H256>,
{
	binary_merkle_tree::merkle_root::<BlakeTwo256, _>(leaves.into_iter().map(|h| h.0))
}

/// The sibling hashes proving `leaves[index]`.
pub fn proof(leaves: &[H256], index: u32) -> Vec<H256> {
	binary_merkle_tree::merkle_proof::<BlakeTwo256, _, _>(leaves.iter().map(|h| h.0), index).proof
}

/// Whether `leaf` is the item at `index` of a tree of `count` leaves with root `root`.
pub fn verify(root: &H256, proof: &[H256], count: u32, index: u32, leaf: &H256) -> bool {
	binary_merkle_tree::verify_proof::<BlakeTwo256, _, _>(
		root,
		proof.iter().copied(),
		count,
		index,
		binary_merkle_tree::Leaf::Value(leaf.as_bytes()),
	)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u8) -> Vec<H256> {
		(0..n).map(|i| H256::repeat_byte(i + 1)).collect()
	}

	#[test]
	fn every_leaf_of_every_size_verifies_and_no_other_does() {
		for n in 1..=9u8 {
			let leaves = leaves(n);
			let root = root(leaves.clone());
			for (i, leaf) in leaves.iter().enumerate() {
				let p = proof(&leaves, i as u32);
				assert!(verify(&root, &p, n as u32, i as u32, leaf), "n={n} i={i}");
				// The same proof does not prove another leaf, another index or another count.
				assert!(!verify(&root, &p, n as u32, i as u32, &H256::repeat_byte(0xee)));
				if n > 1 {
					let other = (i as u32 + 1) % n as u32;
					assert!(!verify(&root, &p, n as u32, other, leaf) || leaves[other as usize] == *leaf);
				}
				assert!(!verify(&root, &p, n as u32, n as u32, leaf), "index out of range");
			}
		}
	}

	#[test]
	fn single_leaf_root_is_the_hashed_leaf() {
		let leaf = H256::repeat_byte(7);
		assert_eq!(root([leaf]), H256(polkadot_sdk::sp_io::hashing::blake2_256(leaf.as_bytes())));
	}
}
