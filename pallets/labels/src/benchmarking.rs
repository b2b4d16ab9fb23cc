//! Benchmarks of commit-reveal (frame-benchmarking v2); batch calls are linear in their size.

use super::*;
use alloc::{collections::BTreeMap, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::RawOrigin;
use labelchain_primitives::{merkle, Label, TaskId, TaskInspect};
use polkadot_sdk::{frame_benchmarking, sp_core::H256, sp_io::hashing::blake2_256};

fn salt(i: u32) -> [u8; 32] {
	blake2_256(&i.encode())
}

/// A root over `2^depth` items whose item 0 is `leaf`, with the proof of item 0: built from the
/// path alone, so that deep trees cost `depth` hashes to set up.
fn synthetic_tree(leaf: H256, depth: u32) -> (H256, Vec<H256>) {
	let proof: Vec<H256> = (0..depth).map(|i| labelchain_primitives::numbered_hash(i as u64 + 1)).collect();
	let mut node = H256(blake2_256(leaf.as_bytes()));
	for sibling in &proof {
		let mut pair = [0u8; 64];
		pair[..32].copy_from_slice(node.as_bytes());
		pair[32..].copy_from_slice(sibling.as_bytes());
		node = H256(blake2_256(&pair));
	}
	(node, proof)
}

/// An items tree of `2^depth` leaves (`merkle`'s layout) of which only the items at
/// `positions` (ascending) are known, item `i` having content hash `numbered_hash(i)`: the root
/// and each known item with its hash and proof. Every other node is a made-up hash, so that
/// the tree costs `depth` hashes per known item to build, however large.
fn sparse_tree(depth: u32, positions: &[u32]) -> (H256, Vec<ItemProof>) {
	let item_hash = |i: u32| labelchain_primitives::numbered_hash(i as u64);
	let mut level: BTreeMap<u32, H256> =
		positions.iter().map(|&i| (i, H256(blake2_256(item_hash(i).as_bytes())))).collect();
	let mut proofs: Vec<Vec<H256>> = positions.iter().map(|_| Vec::new()).collect();
	for d in 0..depth {
		let node = |level: &BTreeMap<u32, H256>, i: u32| {
			level.get(&i).copied().unwrap_or_else(|| {
				labelchain_primitives::numbered_hash((1u64 << 40) | ((d as u64) << 32) | i as u64)
			})
		};
		for (proof, &position) in proofs.iter_mut().zip(positions) {
			proof.push(node(&level, (position >> d) ^ 1));
		}
		let mut parents = BTreeMap::new();
		for &i in level.keys() {
			let parent = i / 2;
			let mut pair = [0u8; 64];
			pair[..32].copy_from_slice(node(&level, parent * 2).as_bytes());
			pair[32..].copy_from_slice(node(&level, parent * 2 + 1).as_bytes());
			parents.insert(parent, H256(blake2_256(&pair)));
		}
		level = parents;
	}
	let root = level.get(&0).copied().unwrap_or_default();
	let known = positions.iter().zip(proofs).map(|(&i, proof)| (i, item_hash(i), proof)).collect();
	(root, known)
}

/// The depth of the smallest perfect tree with `n` leaves.
fn ceil_log2(n: u32) -> u32 {
	u32::BITS - n.max(1).saturating_sub(1).leading_zeros()
}

fn labeler<T: Config>(name: &'static str, index: u32, commitments: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::BenchmarkHelper::make_eligible(&who, commitments);
	who
}

fn redundancy<T: Config>(task: TaskId) -> u32 {
	T::Tasks::task(task).map(|v| v.redundancy as u32).unwrap_or(1)
}

/// An item of a task: its index, content hash and proof.
type ItemProof = (u32, H256, Vec<H256>);

/// Items `0..n` of a task listing them, with content hash `numbered_hash(i)`: the root and
/// each item with its proof.
fn first_items(n: u32) -> (H256, Vec<ItemProof>) {
	let leaves: Vec<H256> = (0..n).map(|i| labelchain_primitives::numbered_hash(i as u64)).collect();
	let items = leaves.iter().zip(0..n).map(|(&hash, i)| (i, hash, merkle::proof(&leaves, i))).collect();
	(merkle::root(leaves), items)
}

/// Fills each of `items` with single commitments of other labelers up to one slot below the
/// task's redundancy, so that every check of the item reads the longest list.
fn fill_all_but_one<T: Config>(task: TaskId, items: &[ItemProof]) -> Result<(), BenchmarkError> {
	let others: Vec<T::AccountId> = (0..redundancy::<T>(task).saturating_sub(1))
		.map(|i| labeler::<T>("other", i, items.len() as u32))
		.collect();
	for (item, item_hash, proof) in items {
		for (i, other) in (0u32..).zip(&others) {
			T::BenchmarkHelper::seat(other, task, *item);
			let c = Pallet::<T>::commitment_of(other, task, *item, &Label::Class(0), &salt(i));
			Pallet::<T>::do_commit(other, task, *item, *item_hash, proof.clone(), c)?;
		}
	}
	Ok(())
}

/// A `commit_singles` of a labeler on the items at `positions` (ascending) of a task of
/// `2^MaxProofLen` items, each item full but for the labeler's slot, the labeler seated on
/// each item's chunk: the task, the labeler, its commitments and their combined proof.
fn singles_at<T: Config>(positions: &[u32]) -> Result<(TaskId, T::AccountId, Vec<SingleCommit>, Vec<H256>), BenchmarkError> {
	let depth = T::MaxProofLen::get();
	let (root, known) = sparse_tree(depth, positions);
	let singles: Vec<(u32, Vec<H256>)> = known.iter().map(|(i, _, proof)| (*i, proof.clone())).collect();
	let proof = merkle::combine_proofs(1u32 << depth, &singles).ok_or(BenchmarkError::Stop("proof"))?;
	let task = T::BenchmarkHelper::open_task(1u32 << depth, root);
	fill_all_but_one::<T>(task, &known)?;
	let who = labeler::<T>("labeler", 0, positions.len() as u32);
	for &item in positions {
		T::BenchmarkHelper::seat(&who, task, item);
	}
	let commits = known
		.into_iter()
		.map(|(item, item_hash, _)| {
			let commitment = Pallet::<T>::commitment_of(&who, task, item, &Label::Class(1), &salt(item));
			SingleCommit { item, item_hash, commitment }
		})
		.collect();
	Ok((task, who, commits, proof))
}

fn to_reveal_window<T: Config>(task: TaskId) {
	if let Some(view) = T::Tasks::task(task) {
		frame_system::Pallet::<T>::set_block_number(view.commit_deadline + 1u32.into());
	}
}

/// `who`'s batch over items `0..n` of `task`: the root and the leaves.
fn batch<T: Config>(who: &T::AccountId, task: TaskId, n: u32) -> (H256, Vec<BatchLeaf>) {
	let commitments: Vec<H256> = (0..n)
		.map(|i| Pallet::<T>::commitment_of(who, task, i, &Label::Class(1), &salt(i)))
		.collect();
	let root = merkle::root(commitments.clone());
	let leaves = (0..n)
		.map(|i| BatchLeaf { item: i, label: Label::Class(1), salt: salt(i), proof: merkle::proof(&commitments, i) })
		.collect();
	(root, leaves)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The last free slot of an item, with a proof of `p` hashes.
	#[benchmark]
	fn commit(p: Linear<0, { T::MaxProofLen::get() }>) -> Result<(), BenchmarkError> {
		let item_hash = H256::repeat_byte(7);
		let (root, proof) = synthetic_tree(item_hash, p);
		let task = T::BenchmarkHelper::open_task(1u32 << p, root);
		fill_all_but_one::<T>(task, &[(0, item_hash, proof.clone())])?;
		let who = labeler::<T>("labeler", 0, 1);
		T::BenchmarkHelper::seat(&who, task, 0);
		let c = Pallet::<T>::commitment_of(&who, task, 0, &Label::Class(1), &salt(0));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, 0, item_hash, proof, c);

		assert_eq!(Labels::<T>::get(task, 0).len() as u32, redundancy::<T>(task));
		Ok(())
	}

	/// `c` chunks listed for finalization for the first time (what a commitment adds for each
	/// chunk it is the first in, on top of its own benchmark).
	#[benchmark]
	fn list_chunks(c: Linear<1, { T::MaxRevealChunk::get() }>) {
		let task: TaskId = 0;

		#[block]
		{
			for chunk in 0..c {
				Pallet::<T>::note_work(task, chunk, 1);
			}
		}

		assert_eq!(WorkChunkCount::<T>::get(task), c);
	}

	/// The last labeler of a full item reveals.
	#[benchmark]
	fn reveal() -> Result<(), BenchmarkError> {
		let item_hash = H256::repeat_byte(7);
		let (root, proof) = synthetic_tree(item_hash, 0);
		let task = T::BenchmarkHelper::open_task(1, root);
		fill_all_but_one::<T>(task, &[(0, item_hash, proof.clone())])?;
		let who = labeler::<T>("labeler", 0, 1);
		T::BenchmarkHelper::seat(&who, task, 0);
		let c = Pallet::<T>::commitment_of(&who, task, 0, &Label::Class(1), &salt(0));
		Pallet::<T>::do_commit(&who, task, 0, item_hash, proof, c)?;
		to_reveal_window::<T>(task);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, 0, Label::Class(1), salt(0));

		assert!(Labels::<T>::get(task, 0).iter().any(|e| e.labeler == who && e.label.is_some()));
		Ok(())
	}

	/// `n` items spread evenly over a task of `2^MaxProofLen` items, the largest tree: their
	/// combined proof is the longest `n` items can need (their paths meet only near the root),
	/// and each item sits in a chunk of its own (so that each reads its chunk's seats). Every
	/// item has all but one of its slots taken by single commitments, so that every check reads
	/// the longest list.
	#[benchmark]
	fn commit_singles(n: Linear<1, { T::MaxRevealChunk::get() }>) -> Result<(), BenchmarkError> {
		let spacing = 1u32 << T::MaxProofLen::get().saturating_sub(ceil_log2(n));
		let positions: Vec<u32> = (0..n).map(|i| i.saturating_mul(spacing)).collect();
		let (task, who, commits, proof) = singles_at::<T>(&positions)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, commits, proof);

		for item in positions {
			assert!(Labels::<T>::get(task, item).iter().any(|e| e.labeler == who));
		}
		Ok(())
	}

	/// `n` items spread evenly over the first chunk of a task of `2^MaxProofLen` items: the
	/// other end of `commit_singles`, whose items each sit in a chunk of their own. A call's
	/// weight is interpolated between the two by the chunks it touches (`commit_singles_weight`).
	#[benchmark]
	fn commit_singles_in_chunk(n: Linear<1, { T::MaxRevealChunk::get().min(T::MaxBatchSize::get()) }>) -> Result<(), BenchmarkError> {
		let spacing = (T::MaxBatchSize::get().max(1) >> ceil_log2(n)).max(1);
		let positions: Vec<u32> = (0..n).map(|i| i.saturating_mul(spacing)).collect();
		let (task, who, commits, proof) = singles_at::<T>(&positions)?;

		#[extrinsic_call]
		commit_singles(RawOrigin::Signed(who.clone()), task, commits, proof);

		for item in positions {
			assert!(Labels::<T>::get(task, item).iter().any(|e| e.labeler == who));
		}
		Ok(())
	}

	/// `n` items, each full of single commitments with the caller's last, so that every
	/// item's reveal searches the longest list.
	#[benchmark]
	fn reveal_singles(n: Linear<1, { T::MaxRevealChunk::get() }>) -> Result<(), BenchmarkError> {
		let (root, items) = first_items(n);
		let task = T::BenchmarkHelper::open_task(n, root);
		fill_all_but_one::<T>(task, &items)?;
		let who = labeler::<T>("labeler", 0, n);
		let mut reveals = Vec::new();
		for (item, item_hash, proof) in items {
			T::BenchmarkHelper::seat(&who, task, item);
			let c = Pallet::<T>::commitment_of(&who, task, item, &Label::Class(1), &salt(item));
			Pallet::<T>::do_commit(&who, task, item, item_hash, proof, c)?;
			reveals.push(SingleReveal { item, label: Label::Class(1), salt: salt(item) });
		}
		to_reveal_window::<T>(task);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, reveals);

		for item in 0..n {
			assert!(Labels::<T>::get(task, item).iter().any(|e| e.labeler == who && e.label.is_some()));
		}
		Ok(())
	}

	/// A whole chunk of `n` items, each holding all but one of its slots in single
	/// commitments, so that every item's check reads the longest list.
	#[benchmark]
	fn commit_batch(n: Linear<1, { T::MaxBatchSize::get() }>) -> Result<(), BenchmarkError> {
		let (root, items) = first_items(n);
		let task = T::BenchmarkHelper::open_task(n, root);
		fill_all_but_one::<T>(task, &items)?;
		let who = labeler::<T>("labeler", 0, n);
		T::BenchmarkHelper::seat(&who, task, 0);
		let (root, _) = batch::<T>(&who, task, n);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, 0, n, root);

		assert!(Batches::<T>::contains_key((task, 0, &who)));
		Ok(())
	}

	/// `n` leaves of a whole-chunk batch, each with its proof.
	#[benchmark]
	fn reveal_batch(n: Linear<1, { T::MaxRevealChunk::get() }>) -> Result<(), BenchmarkError> {
		let size = T::MaxBatchSize::get().max(n);
		let task = T::BenchmarkHelper::open_task(size, H256::repeat_byte(1));
		let who = labeler::<T>("labeler", 0, size);
		T::BenchmarkHelper::seat(&who, task, 0);
		let (root, mut leaves) = batch::<T>(&who, task, size);
		Pallet::<T>::do_commit_batch(&who, task, 0, size, root)?;
		leaves.truncate(n as usize);
		to_reveal_window::<T>(task);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, leaves);

		assert_eq!(Batches::<T>::get((task, 0, &who)).map(|b| b.revealed()), Some(n));
		Ok(())
	}

	/// A whole batch of `n` items in order without proofs: the root is recomputed.
	#[benchmark]
	fn reveal_whole_batch(n: Linear<1, { T::MaxRevealChunk::get().min(T::MaxBatchSize::get()) }>) -> Result<(), BenchmarkError> {
		let task = T::BenchmarkHelper::open_task(n, H256::repeat_byte(1));
		let who = labeler::<T>("labeler", 0, n);
		T::BenchmarkHelper::seat(&who, task, 0);
		let (root, leaves) = batch::<T>(&who, task, n);
		Pallet::<T>::do_commit_batch(&who, task, 0, n, root)?;
		let bare: Vec<BatchLeaf> = leaves.into_iter().map(|l| BatchLeaf { proof: Vec::new(), ..l }).collect();
		to_reveal_window::<T>(task);

		#[extrinsic_call]
		reveal_batch(RawOrigin::Signed(who.clone()), task, bare);

		assert_eq!(Batches::<T>::get((task, 0, &who)).map(|b| b.revealed()), Some(n));
		Ok(())
	}

	/// A whole batch of `n` items revealed with its labels and the seed of its salts.
	#[benchmark]
	fn reveal_seeded_batch(n: Linear<1, { T::MaxRevealChunk::get().min(T::MaxBatchSize::get()) }>) -> Result<(), BenchmarkError> {
		let task = T::BenchmarkHelper::open_task(n, H256::repeat_byte(1));
		let who = labeler::<T>("labeler", 0, n);
		T::BenchmarkHelper::seat(&who, task, 0);
		let seed = salt(u32::MAX);
		let labels: Vec<Label> = (0..n).map(|i| Label::Class((i % 4) as u16)).collect();
		let commitments = (0..n).map(|i| {
			Pallet::<T>::commitment_of(&who, task, i, &labels[i as usize], &labelchain_primitives::batch_salt(&seed, task, &who, i))
		});
		Pallet::<T>::do_commit_batch(&who, task, 0, n, merkle::root(commitments))?;
		to_reveal_window::<T>(task);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), task, 0, labels, seed);

		assert_eq!(Batches::<T>::get((task, 0, &who)).map(|b| b.revealed()), Some(n));
		Ok(())
	}

	/// A batch leaf with the longest proof a batch has.
	#[benchmark]
	fn report_leak() -> Result<(), BenchmarkError> {
		let size = T::MaxBatchSize::get();
		let task = T::BenchmarkHelper::open_task(size, H256::repeat_byte(1));
		let who = labeler::<T>("labeler", 0, size);
		T::BenchmarkHelper::seat(&who, task, 0);
		let (root, leaves) = batch::<T>(&who, task, size);
		Pallet::<T>::do_commit_batch(&who, task, 0, size, root)?;
		let reporter = labeler::<T>("reporter", 0, 1);
		let leaf = leaves.last().cloned().ok_or("no leaf")?;

		#[extrinsic_call]
		_(RawOrigin::Signed(reporter), task, who, leaf);

		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
