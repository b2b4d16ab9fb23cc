//! The Merkle trees of a task: over its item content hashes, and over its finalized results.
//!
//! A task with many items stores only the root and the item count. A labeler proves that item
//! `index` with content hash `h` belongs to the task with the sibling hashes on its path. Leaves
//! are `blake2_256(h)`, inner nodes `blake2_256(left ++ right)`, and an odd last node is promoted
//! unchanged (the layout of `binary-merkle-tree`, which clients reproduce to build proofs).

use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use polkadot_sdk::{
	binary_merkle_tree,
	sp_core::H256,
	sp_io::hashing::blake2_256,
	sp_runtime::{traits::BlakeTwo256, Perbill},
};
use scale_info::TypeInfo;

use crate::{Decision, ItemIndex, Label, TaskId};

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

/// Whether all of `items` (index and content hash, in strictly ascending index order) are in a
/// tree of `count` leaves with root `root`, proven together by `proof`: the nodes their paths
/// need and do not make themselves, level by level from the leaves, left to right within a
/// level (`combine_proofs` builds it). Paths that meet share their upper nodes, so several items
/// of one task need far fewer hashes than their single proofs.
pub fn verify_multi(root: &H256, count: u32, items: &[(u32, H256)], proof: &[H256]) -> bool {
	let Some(&(last, _)) = items.last() else { return false };
	if last >= count || items.windows(2).any(|pair| matches!(pair, [a, b] if a.0 >= b.0)) {
		return false;
	}
	let mut layer: Vec<(u32, H256)> =
		items.iter().map(|(index, hash)| (*index, H256(blake2_256(hash.as_bytes())))).collect();
	let mut siblings = proof.iter();
	let mut width = count;
	// `width` halves every level: at most 32 rounds, each over at most `items.len()` nodes.
	while width > 1 {
		let mut parents = Vec::with_capacity(layer.len());
		let mut nodes = layer.iter().peekable();
		while let Some(&(index, node)) = nodes.next() {
			let parent = if index % 2 == 1 {
				let Some(left) = siblings.next() else { return false };
				hash_pair(left, &node)
			} else if index.saturating_add(1) == width {
				// The odd last node goes up unchanged.
				node
			} else if let Some(&(_, right)) = nodes.next_if(|(next, _)| *next == index.saturating_add(1)) {
				hash_pair(&node, &right)
			} else {
				let Some(right) = siblings.next() else { return false };
				hash_pair(&node, right)
			};
			parents.push((index / 2, parent));
		}
		layer = parents;
		width = width.div_ceil(2);
	}
	siblings.next().is_none() && matches!(layer.as_slice(), [(0, top)] if top == root)
}

/// The proof `verify_multi` takes for several items of a tree of `count` leaves, from each
/// item's own proof (`proof`): `items` are (index, proof) in strictly ascending index order.
/// `None` if a proof is too short for its index.
pub fn combine_proofs(count: u32, items: &[(u32, Vec<H256>)]) -> Option<Vec<H256>> {
	// Each node of a level is followed up by the first item whose path passes through it,
	// with how far into that item's proof it has got.
	let mut layer: Vec<(u32, usize)> = items.iter().enumerate().map(|(at, (index, _))| (*index, at)).collect();
	let mut used: Vec<usize> = alloc::vec![0; items.len()];
	let mut combined = Vec::new();
	let mut width = count;
	while width > 1 {
		let mut parents = Vec::with_capacity(layer.len());
		let mut nodes = layer.iter().peekable();
		while let Some(&(index, at)) = nodes.next() {
			let own_sibling = |used: &mut Vec<usize>| -> Option<H256> {
				let step = used.get_mut(at)?;
				let sibling = items.get(at)?.1.get(*step).copied()?;
				*step = step.saturating_add(1);
				Some(sibling)
			};
			if index % 2 == 1 {
				combined.push(own_sibling(&mut used)?);
			} else if index.saturating_add(1) == width {
				// Promoted: no sibling at this level, in either kind of proof.
			} else if nodes.next_if(|(next, _)| *next == index.saturating_add(1)).is_some() {
				// The sibling is the next item's own node: skip it in this item's proof.
				own_sibling(&mut used)?;
			} else {
				combined.push(own_sibling(&mut used)?);
			}
			parents.push((index / 2, at));
		}
		layer = parents;
		width = width.div_ceil(2);
	}
	Some(combined)
}

/// The proof of several of `leaves` for `verify_multi`; `indices` strictly ascending.
pub fn multi_proof(leaves: &[H256], indices: &[u32]) -> Option<Vec<H256>> {
	let singles: Vec<(u32, Vec<H256>)> = indices.iter().map(|&i| (i, proof(leaves, i))).collect();
	combine_proofs(leaves.len() as u32, &singles)
}

/// Levels of the provenance tree: room for `2^21 - 1` results, more than the `2^20` items a
/// task may have.
pub const PROVENANCE_DEPTH: usize = 21;

/// An append-only Merkle tree of fixed depth whose leaves are added one by one and that keeps
/// only the right-most path (`PROVENANCE_DEPTH` hashes): the provenance record of a task's
/// results, which finalize in any order. Leaves sit at positions `0..count` and the rest of the
/// `2^PROVENANCE_DEPTH` slots hold zero (the ethereum deposit contract's tree); inner nodes are `blake2_256(left ++ right)`. The root
/// also commits to the count: `blake2_256(tree_root ++ count as u32 little-endian)`.
#[derive(Clone, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct IncrementalTree {
	/// Leaves added so far.
	pub count: u32,
	/// At level `h`, the left sibling waiting for its right half (valid where bit `h` of
	/// `count` is set).
	pub branch: [H256; PROVENANCE_DEPTH],
}

/// The tree is full.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TreeFull;

fn hash_pair(left: &H256, right: &H256) -> H256 {
	let mut both = [0u8; 64];
	both[..32].copy_from_slice(left.as_bytes());
	both[32..].copy_from_slice(right.as_bytes());
	H256(blake2_256(&both))
}

impl IncrementalTree {
	/// Adds `leaf` at the next position and returns that position.
	pub fn push(&mut self, leaf: H256) -> Result<u32, TreeFull> {
		let position = self.count;
		// The last slot stays empty so that `count` fits in `PROVENANCE_DEPTH` bits for `root`.
		if position as u64 >= (1u64 << PROVENANCE_DEPTH) - 1 {
			return Err(TreeFull);
		}
		self.count = position.saturating_add(1);
		let mut node = leaf;
		let mut index = position;
		for sibling in self.branch.iter_mut() {
			if index & 1 == 0 {
				*sibling = node;
				return Ok(position);
			}
			node = hash_pair(sibling, &node);
			index >>= 1;
		}
		// Unreachable for a position below 2^depth: its top bit is clear.
		Ok(position)
	}

	/// The root over the leaves added so far (and their count).
	pub fn root(&self) -> H256 {
		let mut node = H256::zero();
		let mut zero = H256::zero();
		let mut size = self.count;
		for sibling in self.branch.iter() {
			node = if size & 1 == 1 { hash_pair(sibling, &node) } else { hash_pair(&node, &zero) };
			zero = hash_pair(&zero, &zero);
			size >>= 1;
		}
		let mut with_count = [0u8; 36];
		with_count[..32].copy_from_slice(node.as_bytes());
		with_count[32..].copy_from_slice(&self.count.to_le_bytes());
		H256(blake2_256(&with_count))
	}
}

/// The provenance leaf of a finalized item: `blake2_256` of the SCALE encoding of
/// `(task, item, label, decision, confidence, votes, block)`, `votes` being every committed
/// labeler with the label they revealed, in commitment order.
pub fn provenance_leaf<AccountId: Encode, BlockNumber: Encode>(
	task: TaskId,
	item: ItemIndex,
	label: &Option<Label>,
	decision: Decision,
	confidence: Perbill,
	votes: &[(AccountId, Option<Label>)],
	block: &BlockNumber,
) -> H256 {
	H256(blake2_256(&(task, item, label, decision, confidence, votes, block).encode()))
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
	fn several_leaves_verify_together_with_one_combined_proof() {
		for n in 1..=13u8 {
			let leaves = leaves(n);
			let root = root(leaves.clone());
			let count = n as u32;
			// Every subset of up to 13 leaves.
			for set in 1u32..(1 << n) {
				let indices: Vec<u32> = (0..count).filter(|i| set & (1 << i) != 0).collect();
				let items: Vec<(u32, H256)> = indices.iter().map(|&i| (i, leaves[i as usize])).collect();
				let multi = multi_proof(&leaves, &indices).expect("proofs long enough");
				assert!(verify_multi(&root, count, &items, &multi), "n={n} set={set:b}");
				// Never longer than the single proofs together, and shorter once paths meet.
				let singles: usize = indices.iter().map(|&i| proof(&leaves, i).len()).sum();
				assert!(multi.len() <= singles);
				if indices.len() == 1 {
					assert_eq!(multi, proof(&leaves, indices[0]));
				}
				// A wrong hash, an extra or a missing node, an item moved: refused. (The count comes
				// from the task, not the caller: trees of 3 and 4 leaves share item 0's path.)
				let mut wrong = items.clone();
				wrong[0].1 = H256::repeat_byte(0xee);
				assert!(!verify_multi(&root, count, &wrong, &multi));
				let mut longer = multi.clone();
				longer.push(H256::zero());
				assert!(!verify_multi(&root, count, &items, &longer));
				if let Some((_, shorter)) = multi.split_last() {
					assert!(!verify_multi(&root, count, &items, shorter));
				}
				if let Some(&(last, hash)) = items.last() {
					if last + 1 < count && !indices.contains(&(last + 1)) {
						let mut moved = items.clone();
						*moved.last_mut().unwrap() = (last + 1, hash);
						assert!(!verify_multi(&root, count, &moved, &multi) || leaves[last as usize + 1] == hash);
					}
				}
			}
		}
	}

	#[test]
	fn combined_items_must_be_distinct_ascending_and_in_range() {
		let leaves = leaves(8);
		let root = root(leaves.clone());
		let item = |i: u32| (i, leaves[i as usize]);
		let proof_of = |is: &[u32]| multi_proof(&leaves, is).unwrap();
		assert!(verify_multi(&root, 8, &[item(2), item(5)], &proof_of(&[2, 5])));
		assert!(!verify_multi(&root, 8, &[item(5), item(2)], &proof_of(&[2, 5])));
		assert!(!verify_multi(&root, 8, &[item(2), item(2)], &proof_of(&[2])));
		assert!(!verify_multi(&root, 8, &[], &[]));
		assert!(!verify_multi(&root, 8, &[(8, H256::zero())], &proof_of(&[7])));
		// Too short a single proof cannot be combined.
		assert_eq!(combine_proofs(8, &[(3, alloc::vec![H256::zero()])]), None);
	}

	#[test]
	fn single_leaf_root_is_the_hashed_leaf() {
		let leaf = H256::repeat_byte(7);
		assert_eq!(root([leaf]), H256(polkadot_sdk::sp_io::hashing::blake2_256(leaf.as_bytes())));
	}

	/// The root of `leaves` computed level by level over all `2^depth` slots, the slow way the
	/// incremental tree must agree with.
	fn full_root(leaves: &[H256]) -> H256 {
		let mut level: Vec<H256> = leaves.to_vec();
		let mut zero = H256::zero();
		for _ in 0..PROVENANCE_DEPTH {
			if level.len() % 2 == 1 {
				level.push(zero);
			}
			level = level.chunks(2).map(|p| hash_pair(&p[0], &p[1])).collect();
			if level.is_empty() {
				level.push(hash_pair(&zero, &zero));
			}
			zero = hash_pair(&zero, &zero);
		}
		let mut with_count = level[0].as_bytes().to_vec();
		with_count.extend_from_slice(&(leaves.len() as u32).to_le_bytes());
		H256(blake2_256(&with_count))
	}

	#[test]
	fn incremental_root_matches_the_full_tree_at_every_size() {
		let mut tree = IncrementalTree::default();
		let mut leaves = Vec::new();
		assert_eq!(tree.root(), full_root(&leaves));
		for i in 0..40u8 {
			let leaf = H256::repeat_byte(i.wrapping_mul(37).wrapping_add(1));
			assert_eq!(tree.push(leaf), Ok(i as u32));
			leaves.push(leaf);
			assert_eq!(tree.root(), full_root(&leaves), "after {} leaves", i + 1);
		}
	}

	#[test]
	fn root_commits_to_every_leaf_its_position_and_the_count() {
		let leaves: Vec<H256> = (1..=5u8).map(H256::repeat_byte).collect();
		let build = |ls: &[H256]| {
			let mut t = IncrementalTree::default();
			ls.iter().for_each(|l| {
				assert!(t.push(*l).is_ok());
			});
			t.root()
		};
		let root = build(&leaves);
		let mut edited = leaves.clone();
		edited[3] = H256::repeat_byte(9);
		assert_ne!(build(&edited), root);
		let mut swapped = leaves.clone();
		swapped.swap(0, 1);
		assert_ne!(build(&swapped), root);
		// A zero leaf appended is not the same tree as the shorter one.
		let mut padded = leaves.clone();
		padded.push(H256::zero());
		assert_ne!(build(&padded), root);
	}

	#[test]
	fn a_full_tree_refuses_more() {
		let full = (1 << PROVENANCE_DEPTH) - 1;
		let mut tree = IncrementalTree { count: full - 1, ..Default::default() };
		assert_eq!(tree.push(H256::zero()), Ok(full - 1));
		assert_eq!(tree.push(H256::zero()), Err(TreeFull));
		assert_eq!(tree.count, full);
	}

	/// The same proof `multiProof` in `scripts/lib/labels.mjs` builds (client test 00): the
	/// client and the runtime agree.
	#[test]
	fn multiproof_known_answer_shared_with_the_client() {
		let leaves: Vec<H256> = (1..=7u8).map(H256::repeat_byte).collect();
		let proof = multi_proof(&leaves, &[1, 4, 6]).unwrap();
		let hex: Vec<String> = proof.iter().map(|h| format!("{h:?}")).collect();
		assert_eq!(
			hex,
			[
				"0xf40ceaf86e5776923332b8d8fd3bef849cadb19c6996bc272af1f648d9566a4c",
				"0xd4d81abafad908a0ccefef5ad6b05d502702f1c16f232c25929309ac441b958e",
				"0x6df907fe03d4084e1af61d84e3830f4bd638e48d1a3a0c67ac18127f77986754",
			]
		);
		let items: Vec<(u32, H256)> = [1u32, 4, 6].iter().map(|&i| (i, leaves[i as usize])).collect();
		assert!(verify_multi(&root(leaves.clone()), 7, &items, &proof));
	}

	/// The same roots `scripts/lib/provenance.mjs` computes: the client and the runtime agree.
	#[test]
	fn known_answers_shared_with_the_client() {
		let root_of = |leaves: &[u8]| {
			let mut tree = IncrementalTree::default();
			leaves.iter().for_each(|b| {
				assert!(tree.push(H256::repeat_byte(*b)).is_ok());
			});
			format!("{:?}", tree.root())
		};
		assert_eq!(root_of(&[]), "0x7851be5fc2fc72d52bb3a269711cf88aa7ba7687b3ac74a972102cdc5edddee6");
		assert_eq!(root_of(&[1, 2, 3]), "0x91916d3af8c0db3c9c9b3fe649bd8bb85936be474da2bff436bce42024b44bdc");
	}
}
