//! # Labels: commit-reveal that cannot be copied, replayed or double-played
//!
//! Labelers must not see each other's answers before they commit, or they copy the majority
//! and consensus means nothing. A labeler first commits to
//! `blake2_256(SCALE((genesis_hash, task, item, account, label, salt)))` — bound to this chain,
//! task, item and account, so copying someone's commitment is useless — and reveals the label
//! and salt after the commit deadline.
//!
//! - One commitment per (account, item), first come until the item has its `redundancy`
//!   commitments; only labelers whose tier the task admits; only while the task is open. Each
//!   commitment sets aside a commit bond from the labeler's stake until consensus settles it.
//! - `commit_singles` / `reveal_singles` carry several of a labeler's single commitments (any
//!   items of a task, each with its own commitment) in one transaction, all or none: the
//!   per-transaction cost (signature, nonce, fee: more than a transfer's whole call) is paid
//!   once for them, and one Merkle multiproof proves all the items committed to.
//! - `commit_batch` commits to one chunk of a task (`MaxBatchSize` items starting at a multiple
//!   of it, or the rest of the task) with one Merkle root over the single commitments, and
//!   takes one of the chunk's seats: an item's `redundancy` counts its single commitments plus
//!   its chunk's seats. `reveal_batch` reveals leaves with proofs, or the whole batch without
//!   them; `reveal_seeded_batch` reveals a whole batch whose salts derive from one seed with
//!   its labels and that seed. A batch is one storage record, committed and revealed with one
//!   write, so that a batched label costs a fraction of a single one.
//! - `report_leak`: anyone who shows a labeler's label and salt before the reveal window gets a
//!   share of a slash of that labeler's stake; the commitment is void.
//!
//! Consensus reads the votes through [`labelchain_primitives::LabelStore`] and consumes (prunes)
//! each item once it has finalized it.
//!
//! Files: `types.rs`, `impl_commit.rs`, `impl_reveal.rs`, `impl_leak.rs`, `impl_store.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_commit;
mod impl_leak;
mod impl_reveal;
mod impl_store;
pub mod migrations;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system, sp_runtime};

/// What the benchmarks need from the runtime: a task open for commitments and labelers it
/// admits.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Creates a task open for commitments, with 4 classes, the largest redundancy, and
	/// `item_count` items under the Merkle root `items_root`.
	fn open_task(item_count: u32, items_root: polkadot_sdk::sp_core::H256) -> labelchain_primitives::TaskId;
	/// Makes `who` eligible for tasks of any tier, with stake for `commitments` commitments.
	fn make_eligible(who: &AccountId, commitments: u32);
	/// Gives `who` a dealt seat on the chunk of `item` of `task`, as a deal would (nothing
	/// where work is not dealt): the benchmarks then measure the seat check of a commitment.
	fn seat(who: &AccountId, task: labelchain_primitives::TaskId, item: labelchain_primitives::ItemIndex);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{
		Eligibility, ItemIndex, Label, StakeLock, StakeSlash, TaskHooks, TaskId, TaskInspect,
	};
	use polkadot_sdk::sp_core::H256;

	pub type BalanceOf<T> = <T as Config>::Balance;
	pub type EntryOf<T> = Entry<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	pub type BatchOf<T> = Batch<BalanceOf<T>, <T as Config>::MaxBatchSize>;
	/// A chunk of a task: items `chunk * MaxBatchSize ..`, the unit of a batch.
	pub type ChunkIndex = u32;

	/// 1: the chunks with commitments are listed for finalization (`migrations::v1`).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The balance type of stakes and bonds.
		type Balance: Parameter + MaxEncodedLen + Copy + Default + Ord
			+ sp_runtime::traits::AtLeast32BitUnsigned;

		/// The task registry.
		type Tasks: TaskInspect<Self::AccountId, BlockNumberFor<Self>, Balance = Self::Balance>
			+ TaskHooks<Self::AccountId>;

		/// Who may label what.
		type Eligibility: Eligibility<Self::AccountId>;

		/// Which chunks each labeler was dealt: a labeler commits only on its own seats (`()`:
		/// first come, first served).
		type Dealing: labelchain_primitives::WorkDealing<Self::AccountId>;

		/// Labelers' stake: commit bonds are set aside from it, leakers are slashed.
		type Stake: StakeLock<Self::AccountId, Balance = Self::Balance>
			+ StakeSlash<Self::AccountId, Balance = Self::Balance>;

		/// Where the rest of a leak slash goes (the treasury's account).
		type SlashDestination: Get<Self::AccountId>;

		/// The most labelers per item; at least the task registry's maximum redundancy.
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// The most items one batch commitment covers: the size of a chunk.
		#[pallet::constant]
		type MaxBatchSize: Get<u32>;

		/// The most labels one `reveal_batch`, `reveal_singles` or `commit_singles` may carry.
		#[pallet::constant]
		type MaxRevealChunk: Get<u32>;

		/// The longest Merkle proof accepted (tree depth).
		#[pallet::constant]
		type MaxProofLen: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// The single commitments (and revealed labels) of each item, in commit order.
	#[pallet::storage]
	pub type Labels<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ItemIndex,
		BoundedVec<EntryOf<T>, T::MaxRedundancy>,
		ValueQuery,
	>;

	/// Batch commitments: one per chunk and labeler.
	#[pallet::storage]
	pub type Batches<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, TaskId>,
			NMapKey<Twox64Concat, ChunkIndex>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		BatchOf<T>,
	>;

	/// The labelers holding a batch on each chunk of a task, in commit order: each counts
	/// towards the redundancy of every item of the chunk.
	#[pallet::storage]
	pub type Seats<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ChunkIndex,
		BoundedVec<T::AccountId, T::MaxRedundancy>,
		ValueQuery,
	>;

	/// The chunks of each task that hold commitments, in the order they got their first: what
	/// finalization walks, so that its work grows with the committed items, not with the
	/// task's size. Slots `0 .. WorkChunkCount`.
	#[pallet::storage]
	pub type WorkChunks<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TaskId, Twox64Concat, u32, ChunkIndex>;

	/// How many chunks of each task hold commitments.
	#[pallet::storage]
	pub type WorkChunkCount<T: Config> = StorageMap<_, Twox64Concat, TaskId, u32, ValueQuery>;

	/// For each chunk listed in `WorkChunks`: bit `i` is set when item `chunk * MaxBatchSize + i`
	/// holds a single commitment (a chunk with seats holds commitments on every item).
	#[pallet::storage]
	pub type ChunkSingles<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TaskId, Twox64Concat, ChunkIndex, u128>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A labeler committed to an item.
		Committed { task: TaskId, item: ItemIndex, labeler: T::AccountId, commitment: H256 },
		/// A labeler committed to items `first_item .. first_item + count` at once.
		BatchCommitted { task: TaskId, labeler: T::AccountId, first_item: ItemIndex, count: u32, root: H256 },
		/// A label was revealed.
		Revealed { task: TaskId, item: ItemIndex, labeler: T::AccountId, label: Label },
		/// A labeler committed to several items at once, each with its own commitment.
		SinglesCommitted {
			task: TaskId,
			labeler: T::AccountId,
			commitments: BoundedVec<(ItemIndex, H256), T::MaxRevealChunk>,
		},
		/// Several of a labeler's single commitments were revealed at once.
		SinglesRevealed {
			task: TaskId,
			labeler: T::AccountId,
			labels: BoundedVec<(ItemIndex, Label), T::MaxRevealChunk>,
		},
		/// Labels of a batch were revealed.
		BatchRevealed {
			task: TaskId,
			labeler: T::AccountId,
			labels: BoundedVec<(ItemIndex, Label), T::MaxRevealChunk>,
		},
		/// A labeler's answer was published before the reveal window: the commitment is void,
		/// the labeler slashed, the reporter rewarded.
		LeakReported {
			task: TaskId,
			item: ItemIndex,
			labeler: T::AccountId,
			reporter: T::AccountId,
			slashed: BalanceOf<T>,
			reward: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No task has this id.
		UnknownTask,
		/// The task's commit window is over (or it is settled or cancelled).
		CommitWindowClosed,
		/// Revealing happens after the commit deadline and up to the reveal deadline.
		NotRevealWindow,
		/// The account's tier does not admit it to this task.
		NotEligible,
		/// A requester does not label their own task.
		RequesterCannotLabel,
		/// The labeler was not dealt a seat on these items: work is dealt by lot.
		NotDealt,
		/// The item is not in the task (bad index, hash or Merkle proof).
		ItemNotInTask,
		/// The account already committed to this item.
		AlreadyCommitted,
		/// The item already has all the labelers it asked for.
		ItemFull,
		/// Not enough free stake for the commit bond.
		InsufficientStake,
		/// A batch (or a reveal of several labels) must cover at least one item.
		EmptyBatch,
		/// More items, leaves or labels than one call may carry.
		BatchTooLarge,
		/// The account already has a batch commitment for this chunk.
		BatchExists,
		/// A batch covers one whole chunk: `first_item` a multiple of the batch size, and
		/// `count` every item from there to the chunk's (or the task's) end.
		NotAChunk,
		/// The account made no commitment to this item (or no batch for this task).
		NoCommitment,
		/// This commitment is part of a batch: reveal it with `reveal_batch`.
		UseBatchReveal,
		/// The label is already revealed.
		AlreadyRevealed,
		/// The label is outside the task's schema.
		LabelOutOfSchema,
		/// The label and salt do not match the commitment.
		CommitmentMismatch,
		/// The Merkle proof is longer than any tree the chain accepts.
		ProofTooLong,
		/// Leaks are reported before the reveal window, while commitments are still secret.
		LeakWindowClosed,
		/// A labeler cannot report their own answer.
		SelfReport,
		/// A seeded reveal carries every label of the batch, in item order, from its first item.
		NotWholeBatch,
		/// The items of a `commit_singles` are listed in ascending order, each once.
		ItemsNotAscending,
		/// A number between the schema's grid points (the schema's step).
		AnswerOffGrid,
		/// A multi-label answer with no class.
		EmptyAnswer,
		/// A ranking that names a candidate twice or leaves one out.
		NotAPermutation,
		/// A preference tie marked as clear (a tie has no strength).
		ClearTie,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// A chunk's single commitments are one bit each in a `u128`.
		fn integrity_test() {
			assert!(
				(1..=128).contains(&T::MaxBatchSize::get()),
				"MaxBatchSize must be 1..=128: a chunk's items are the bits of a u128"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Commits to a label for one item. `item_hash` and `proof` show the item is in the
		/// task (an empty proof for listed items); `commitment` is
		/// `blake2_256(SCALE((genesis_hash, task, item, account, label, salt)))`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::commit(proof.len() as u32)
			.saturating_add(T::WeightInfo::list_chunks(1)))]
		pub fn commit(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			item_hash: H256,
			proof: Vec<H256>,
			commitment: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(&who, task, item, item_hash, proof, commitment)
		}

		/// Reveals the label and salt of a single commitment, in the reveal window.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::reveal())]
		pub fn reveal(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			label: Label,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(&who, task, item, label, salt)
		}

		/// Commits to several items of the task at once (at most `MaxRevealChunk`, in ascending
		/// item order), each with its own commitment and item hash as `commit` takes them: one
		/// transaction and one fee for a labeler's answers, whichever items they are. `proof`
		/// proves all the items together (`merkle::verify_multi`: their paths share upper
		/// nodes; empty for a task whose items are listed). All are committed or none; each is
		/// revealed on its own (`reveal`, `reveal_singles`).
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::commit_singles_weight(commits))]
		pub fn commit_singles(
			origin: OriginFor<T>,
			task: TaskId,
			commits: Vec<SingleCommit>,
			proof: Vec<H256>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit_singles(&who, task, commits, proof)
		}

		/// Reveals several of the caller's single commitments in the task at once (at most
		/// `MaxRevealChunk`), each with its label and salt: one transaction, and one fee, for a
		/// labeler's answers instead of one per item. All are revealed or none.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::reveal_singles(reveals.len() as u32))]
		pub fn reveal_singles(
			origin: OriginFor<T>,
			task: TaskId,
			reveals: Vec<SingleReveal>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal_singles(&who, task, reveals)
		}

		/// Commits to the chunk of items `first_item .. first_item + count` at once: `root` is
		/// the Merkle root (see `labelchain_primitives::merkle`) over their single commitments
		/// in order. `first_item` is a multiple of `MaxBatchSize`; `count` is `MaxBatchSize`, or
		/// what is left of the task.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_batch(*count)
			.saturating_add(T::WeightInfo::list_chunks(1)))]
		pub fn commit_batch(
			origin: OriginFor<T>,
			task: TaskId,
			first_item: ItemIndex,
			count: u32,
			root: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit_batch(&who, task, first_item, count, root)
		}

		/// Reveals leaves of one batch: each leaf's label and salt with its proof to the root.
		/// The whole batch, in item order, may come without proofs: the root is recomputed.
		#[pallet::call_index(3)]
		#[pallet::weight(if leaves.iter().all(|l| l.proof.is_empty()) {
			T::WeightInfo::reveal_whole_batch(leaves.len() as u32)
		} else {
			T::WeightInfo::reveal_batch(leaves.len() as u32)
		})]
		pub fn reveal_batch(origin: OriginFor<T>, task: TaskId, leaves: Vec<BatchLeaf>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal_batch(&who, task, leaves)
		}

		/// Reveals a whole batch whose salts were derived from one secret `seed`
		/// (`labelchain_primitives::batch_salt`): the labels of items `first_item ..` in order
		/// and the seed, a few bytes per label instead of a salt each. The root is recomputed.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reveal_seeded_batch(labels.len() as u32))]
		pub fn reveal_seeded_batch(
			origin: OriginFor<T>,
			task: TaskId,
			first_item: ItemIndex,
			labels: Vec<Label>,
			seed: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal_seeded_batch(&who, task, first_item, labels, seed)
		}

		/// Proves that `labeler`'s answer for `item` was published before the reveal window by
		/// giving its label and salt (and, for a batch leaf, its proof). The labeler is slashed
		/// and the caller rewarded.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::report_leak())]
		pub fn report_leak(
			origin: OriginFor<T>,
			task: TaskId,
			labeler: T::AccountId,
			leaf: BatchLeaf,
		) -> DispatchResult {
			let reporter = ensure_signed(origin)?;
			Self::do_report_leak(&reporter, task, &labeler, leaf)
		}
	}
}
