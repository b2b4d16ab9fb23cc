//! A sortition sum tree (as Kleros' `SortitionSumTree`, binary) over any pallet's storage:
//! every internal node holds the sum of its two children, leaves hold members' tickets. A draw
//! of `r` below the root's sum walks down, going left when `r` is below the left subtree's sum
//! (one read a level); changing a leaf rewrites its ancestors. The tree grows by turning its
//! next leaf into an internal node with two children, so it stays complete and its depth is
//! `⌈log2(n)⌉ + 1` for `n` members; leaves freed by members who left are reused first.
//!
//! The review court draws its juror panels from such trees; work is dealt to labelers from
//! them too. Each user keeps the tree in its own storage through [`SumTreeStore`].

/// Deeper than any tree of `u32` node indices.
pub const MAX_DEPTH: u32 = 33;

/// Why a member could not be added.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SumTreeError {
	/// The tree holds its most members.
	Full,
}

/// The storage of one tree: its nodes, its length, the member at each leaf, the stack of
/// vacant leaves and the member count.
pub trait SumTreeStore {
	type Member;

	fn node(&self, index: u32) -> u128;
	fn set_node(&self, index: u32, value: u128);
	/// How many nodes the tree has (odd, or zero).
	fn len(&self) -> u32;
	fn set_len(&self, len: u32);
	fn owner(&self, leaf: u32) -> Option<Self::Member>;
	fn set_owner(&self, leaf: u32, who: &Self::Member);
	fn take_owner(&self, leaf: u32) -> Option<Self::Member>;
	fn push_vacant(&self, leaf: u32);
	fn pop_vacant(&self) -> Option<u32>;
	fn members(&self) -> u32;
	fn set_members(&self, count: u32);
	/// `who`'s leaf became an internal node: it is at `leaf` now (the user's own record of
	/// where each member sits follows).
	fn moved(&self, who: &Self::Member, leaf: u32);
}

/// The tickets in the tree.
pub fn total<S: SumTreeStore>(tree: &S) -> u128 {
	tree.node(0)
}

/// Sets a leaf's tickets and updates its ancestors.
pub fn set_tickets<S: SumTreeStore>(tree: &S, leaf: u32, tickets: u128) {
	let old = tree.node(leaf);
	if old == tickets {
		return;
	}
	tree.set_node(leaf, tickets);
	let mut node = leaf;
	for _ in 0..MAX_DEPTH {
		if node == 0 {
			break;
		}
		node = (node - 1) / 2;
		tree.set_node(node, tree.node(node).saturating_sub(old).saturating_add(tickets));
	}
}

/// Adds `who` with `tickets` and returns its leaf, unless the tree holds `max_members`.
pub fn insert<S: SumTreeStore>(tree: &S, who: &S::Member, tickets: u128, max_members: u32) -> Result<u32, SumTreeError> {
	let members = tree.members();
	if members >= max_members {
		return Err(SumTreeError::Full);
	}
	let leaf = match tree.pop_vacant() {
		Some(leaf) => leaf,
		None => {
			let len = tree.len();
			if len == 0 {
				tree.set_len(1);
				0
			} else {
				// `len` is odd: node `len` is the left child of `parent`, a leaf until now. Its
				// member moves down to the left child; the new member takes the right one. The
				// parent's sum is unchanged, and no leaf is vacant (vacancies are used first).
				let parent = (len - 1) / 2;
				let left = len;
				let right = len.saturating_add(1);
				let parent_tickets = tree.node(parent);
				if let Some(moved) = tree.take_owner(parent) {
					tree.set_node(left, parent_tickets);
					tree.set_owner(left, &moved);
					tree.moved(&moved, left);
				}
				tree.set_len(len.saturating_add(2));
				right
			}
		},
	};
	tree.set_owner(leaf, who);
	tree.set_members(members.saturating_add(1));
	set_tickets(tree, leaf, tickets);
	Ok(leaf)
}

/// Takes a member's leaf out of the tree (its tickets to zero; the leaf is reused).
pub fn remove<S: SumTreeStore>(tree: &S, leaf: u32) {
	set_tickets(tree, leaf, 0);
	tree.take_owner(leaf);
	tree.push_vacant(leaf);
	tree.set_members(tree.members().saturating_sub(1));
}

/// The leaf whose tickets cover position `r` (below the total), and its member.
pub fn draw<S: SumTreeStore>(tree: &S, r: u128) -> Option<(u32, S::Member)> {
	draw_excluding(tree, r, &[])
}

/// Whether `leaf` is `node` or below it.
fn under(leaf: u32, node: u32) -> bool {
	let mut at = leaf;
	for _ in 0..MAX_DEPTH {
		if at <= node {
			break;
		}
		at = (at - 1) / 2;
	}
	at == node
}

/// As [`draw`], as if the `excluded` leaves (with their tickets) were not in the tree: `r` is
/// below the total less theirs. Drawing several members one after another, each excluding those
/// drawn before, samples without replacement by tickets, with no write and no retry.
pub fn draw_excluding<S: SumTreeStore>(tree: &S, mut r: u128, excluded: &[(u32, u128)]) -> Option<(u32, S::Member)> {
	let len = tree.len();
	let mut node = 0u32;
	for _ in 0..MAX_DEPTH {
		let left = node.saturating_mul(2).saturating_add(1);
		if left >= len {
			break;
		}
		let left_sum = excluded
			.iter()
			.filter(|(leaf, _)| under(*leaf, left))
			.fold(tree.node(left), |sum, (_, tickets)| sum.saturating_sub(*tickets));
		if r < left_sum {
			node = left;
		} else {
			r = r.saturating_sub(left_sum);
			node = left.saturating_add(1);
		}
	}
	tree.owner(node).map(|who| (node, who))
}

/// Implements [`SumTreeStore`] for `$store<T>` (a tuple struct of the pool's key) over a
/// pallet's storage items, each keyed by the pool first: `$nodes` (index → tickets), `$len`,
/// `$owner` (leaf → member), `$vacant` (slot → leaf), `$vacant_len`, `$members`; `$moved` is a
/// function `fn<T: Config>(pool: &Key, who: &T::AccountId, leaf: u32)` recording a member's new
/// leaf in the pallet's own record.
#[macro_export]
macro_rules! impl_sum_tree_store {
	($store:ident, $nodes:ident, $len:ident, $owner:ident, $vacant:ident, $vacant_len:ident, $members:ident, $moved:ident) => {
		impl<T: Config> $crate::sortition::SumTreeStore for $store<T> {
			type Member = T::AccountId;

			fn node(&self, index: u32) -> u128 {
				$nodes::<T>::get(self.0, index)
			}
			fn set_node(&self, index: u32, value: u128) {
				$nodes::<T>::insert(self.0, index, value);
			}
			fn len(&self) -> u32 {
				$len::<T>::get(self.0)
			}
			fn set_len(&self, len: u32) {
				$len::<T>::insert(self.0, len);
			}
			fn owner(&self, leaf: u32) -> Option<T::AccountId> {
				$owner::<T>::get(self.0, leaf)
			}
			fn set_owner(&self, leaf: u32, who: &T::AccountId) {
				$owner::<T>::insert(self.0, leaf, who);
			}
			fn take_owner(&self, leaf: u32) -> Option<T::AccountId> {
				$owner::<T>::take(self.0, leaf)
			}
			fn push_vacant(&self, leaf: u32) {
				let vacant = $vacant_len::<T>::get(self.0);
				$vacant::<T>::insert(self.0, vacant, leaf);
				$vacant_len::<T>::insert(self.0, vacant.saturating_add(1));
			}
			fn pop_vacant(&self) -> Option<u32> {
				let top = $vacant_len::<T>::get(self.0).checked_sub(1)?;
				$vacant_len::<T>::insert(self.0, top);
				$vacant::<T>::take(self.0, top)
			}
			fn members(&self) -> u32 {
				$members::<T>::get(self.0)
			}
			fn set_members(&self, count: u32) {
				$members::<T>::insert(self.0, count);
			}
			fn moved(&self, who: &T::AccountId, leaf: u32) {
				$moved::<T>(&self.0, who, leaf)
			}
		}
	};
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::{collections::btree_map::BTreeMap, vec::Vec};
	use core::cell::RefCell;

	#[derive(Default)]
	struct Memory {
		nodes: RefCell<BTreeMap<u32, u128>>,
		len: RefCell<u32>,
		owners: RefCell<BTreeMap<u32, u32>>,
		vacant: RefCell<Vec<u32>>,
		members: RefCell<u32>,
		at: RefCell<BTreeMap<u32, u32>>,
	}

	impl SumTreeStore for Memory {
		type Member = u32;
		fn node(&self, i: u32) -> u128 {
			self.nodes.borrow().get(&i).copied().unwrap_or(0)
		}
		fn set_node(&self, i: u32, v: u128) {
			self.nodes.borrow_mut().insert(i, v);
		}
		fn len(&self) -> u32 {
			*self.len.borrow()
		}
		fn set_len(&self, len: u32) {
			*self.len.borrow_mut() = len;
		}
		fn owner(&self, leaf: u32) -> Option<u32> {
			self.owners.borrow().get(&leaf).copied()
		}
		fn set_owner(&self, leaf: u32, who: &u32) {
			self.owners.borrow_mut().insert(leaf, *who);
			self.at.borrow_mut().insert(*who, leaf);
		}
		fn take_owner(&self, leaf: u32) -> Option<u32> {
			self.owners.borrow_mut().remove(&leaf)
		}
		fn push_vacant(&self, leaf: u32) {
			self.vacant.borrow_mut().push(leaf);
		}
		fn pop_vacant(&self) -> Option<u32> {
			self.vacant.borrow_mut().pop()
		}
		fn members(&self) -> u32 {
			*self.members.borrow()
		}
		fn set_members(&self, n: u32) {
			*self.members.borrow_mut() = n;
		}
		fn moved(&self, who: &u32, leaf: u32) {
			self.at.borrow_mut().insert(*who, leaf);
		}
	}

	fn sums_hold(tree: &Memory) {
		let len = tree.len();
		for node in 0..len / 2 {
			assert_eq!(tree.node(node), tree.node(2 * node + 1) + tree.node(2 * node + 2), "node {node}");
		}
	}

	#[test]
	fn members_join_leave_and_every_ticket_draws_its_owner() {
		let tree = Memory::default();
		for who in 0..9u32 {
			insert(&tree, &who, u128::from(who) + 1, 100).unwrap();
			sums_hold(&tree);
		}
		assert_eq!(total(&tree), 45);
		// Each member's leaf is where the store says it is, however often it moved down.
		for who in 0..9u32 {
			let leaf = tree.at.borrow()[&who];
			assert_eq!(tree.owner(leaf), Some(who));
			assert_eq!(tree.node(leaf), u128::from(who) + 1);
		}
		// Draws cover each member's tickets exactly.
		let mut drawn = BTreeMap::new();
		for r in 0..45u128 {
			*drawn.entry(draw(&tree, r).unwrap().1).or_insert(0u128) += 1;
		}
		assert!((0..9u32).all(|who| drawn[&who] == u128::from(who) + 1));
		// A member leaves: its leaf is reused by the next to join, and the tree does not grow.
		let leaf = tree.at.borrow()[&4];
		remove(&tree, leaf);
		assert_eq!(total(&tree), 40);
		let len = tree.len();
		assert_eq!(insert(&tree, &20, 7, 100), Ok(leaf));
		assert_eq!((tree.len(), total(&tree), tree.members()), (len, 47, 9));
		sums_hold(&tree);
		assert_eq!(insert(&tree, &21, 1, 9), Err(SumTreeError::Full));
	}

	#[test]
	fn drawing_with_leaves_excluded_never_draws_them_and_keeps_the_others_proportions() {
		let tree = Memory::default();
		for who in 0..7u32 {
			insert(&tree, &who, u128::from(who + 1) * 10, 100).expect("room");
		}
		let leaf_of = |who: u32| (0..tree.len()).find(|l| tree.owner(*l) == Some(who)).expect("member");
		// Exclude members 2 and 5 (30 and 60 tickets): 190 of 280 remain.
		let excluded = [(leaf_of(2), 30u128), (leaf_of(5), 60u128)];
		let mut counts = BTreeMap::new();
		for r in 0..190u128 {
			let (_, who) = draw_excluding(&tree, r, &excluded).expect("a member");
			*counts.entry(who).or_insert(0u128) += 1;
		}
		assert!(!counts.contains_key(&2) && !counts.contains_key(&5));
		for (who, n) in counts {
			assert_eq!(n, u128::from(who + 1) * 10, "member {who} covers its tickets exactly");
		}
	}
}
