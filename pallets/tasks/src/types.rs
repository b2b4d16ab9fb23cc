//! The task record, what a requester submits to create one, and the escrow accounting.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	answers::PayCurve, DomainId, ItemIndex, Label, LabelSchema, LabelingTerms, ProvenanceRoot, Tier,
};
use polkadot_sdk::{frame_support, frame_system, sp_core::H256, sp_runtime::{Perbill, Permill}};
use scale_info::TypeInfo;

use crate::Config;

pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
pub type TaskOf<T> = Task<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	BoundedVec<u8, <T as Config>::MaxUriLen>,
	BoundedVec<H256, <T as Config>::MaxListedItems>,
>;
pub type TaskSpecOf<T> = TaskSpec<BalanceOf<T>, BlockNumberFor<T>>;
pub type GoldAnswersOf<T> = BoundedVec<(ItemIndex, Label), <T as Config>::MaxGoldItems>;

/// How a task names its items.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum ItemsSpec {
	/// `count` items committed to by the Merkle root of their content hashes
	/// (see `labelchain_primitives::merkle`).
	Merkle { root: H256, count: u32 },
	/// A short list of content hashes, stored on chain.
	List(Vec<H256>),
}

/// A task's items as stored (`Listed` is the bounded list of content hashes).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Items<Listed> {
	Merkle { root: H256, count: u32 },
	List(Listed),
	/// A review task's items: the `count` texts revealed on free-text task `of`
	/// (`Submissions`), each item's content hash that text's hash.
	Submissions { of: labelchain_primitives::TaskId, count: u32 },
}

impl<MaxListed: Get<u32>> Items<BoundedVec<H256, MaxListed>> {
	/// How many items the task has.
	pub fn count(&self) -> u32 {
		match self {
			Items::Merkle { count, .. } | Items::Submissions { count, .. } => *count,
			Items::List(list) => list.len() as u32,
		}
	}
}

/// The requester's commitment to the answers of some items (the gold standard), revealed after
/// the reveal deadline so that labelers cannot tell gold items from others.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct GoldSpec {
	/// `blake2_256(SCALE((task id, answers, salt)))`, `answers` being the list of
	/// `(item index, label)` pairs in increasing item order and `salt` 32 bytes.
	pub commitment: H256,
	/// How many gold items the commitment covers.
	pub count: u32,
}

/// Everything a requester decides when posting a task.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct TaskSpec<Balance, BlockNumber> {
	/// Content hash of the off-chain JSON manifest (instructions, schema names, item URIs).
	pub manifest_hash: H256,
	/// Where the manifest can be fetched; the chain keeps only this and its hash.
	pub manifest_uri: Vec<u8>,
	pub domain: DomainId,
	pub schema: LabelSchema,
	pub items: ItemsSpec,
	/// Labelers per item.
	pub redundancy: u8,
	/// The lowest tier allowed to label the task.
	pub min_tier: Tier,
	/// Last block at which a labeler may commit.
	pub commit_deadline: BlockNumber,
	/// Last block at which a labeler may reveal.
	pub reveal_deadline: BlockNumber,
	/// What the labelers who agree on an item share.
	pub reward_per_item: Balance,
	pub gold: Option<GoldSpec>,
	/// The fewest revealed labels that decide an item, if the task asks for more than the
	/// governed quorum (at most the redundancy: `redundancy` asks for every labeler).
	pub quorum: Option<u32>,
	/// The least confidence that decides an item, if the task asks for more than the governed
	/// threshold (100 % asks for unanimity of the weights).
	pub threshold: Option<Perbill>,
}

/// The terms a task was created under: a later change of the governed parameters does not
/// touch work in flight.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TaskTerms<Balance, BlockNumber> {
	pub protocol_fee: Permill,
	pub gold_deposit: Balance,
	/// Last block at which gold answers may be revealed.
	pub gold_reveal_deadline: BlockNumber,
	/// The block at which the task settles even if some items were never finalized.
	pub settle_at: BlockNumber,
	/// How labels for the task are bonded, decided, paid and slashed.
	pub labeling: LabelingTerms<Balance, BlockNumber>,
}

/// Money the task holds, as a breakdown of the requester's escrow hold.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Escrow<Balance> {
	/// Rewards not yet paid out.
	pub rewards_left: Balance,
	/// Rewards paid to labelers so far.
	pub rewards_paid: Balance,
	/// The protocol fee reserved on the whole budget; only the part due on what was paid is
	/// charged at settlement.
	pub fee_reserved: Balance,
}

/// Whether the task is still running or over (its phase while running follows from blocks).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum TaskState {
	Active,
	Settled,
	Cancelled,
}

/// A labeling task as stored (`Uri` and `Listed` are the bounded URI and item list).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Task<AccountId, Balance, BlockNumber, Uri, Listed> {
	pub requester: AccountId,
	pub manifest_hash: H256,
	pub manifest_uri: Uri,
	pub domain: DomainId,
	pub schema: LabelSchema,
	pub items: Items<Listed>,
	pub redundancy: u8,
	pub min_tier: Tier,
	pub created_at: BlockNumber,
	pub commit_deadline: BlockNumber,
	pub reveal_deadline: BlockNumber,
	pub reward_per_item: Balance,
	pub gold: Option<GoldSpec>,
	/// Whether the gold answers were revealed.
	pub gold_revealed: bool,
	pub terms: TaskTerms<Balance, BlockNumber>,
	pub escrow: Escrow<Balance>,
	/// Commitments made to the task's items (any commitment makes it non-cancellable).
	pub commitments: u32,
	/// Items finalized so far.
	pub finalized_items: u32,
	pub state: TaskState,
	/// The provenance root over the results finalized when the task settled.
	pub provenance: Option<ProvenanceRoot>,
	/// How pay falls with a graded answer's distance from the decision (the governed curve of
	/// the task's creation). Last, so that version 3 records upgrade by appending it.
	pub pay_curve: PayCurve,
}

/// How many recent blocks the congestion log covers.
pub const CONGESTION_LOG_BLOCKS: u32 = 4096;
const CONGESTION_LOG_WORDS: usize = (CONGESTION_LOG_BLOCKS / 64) as usize;

/// Which of the last [`CONGESTION_LOG_BLOCKS`] blocks were congested (their ordinary
/// transactions filled them nearly to the limit), one bit per block at its number modulo the
/// log's length. A reveal window whose blocks left no room is extended (see
/// `Pallet::reveal_window_open`).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CongestionLog {
	words: [u64; CONGESTION_LOG_WORDS],
}

impl Default for CongestionLog {
	fn default() -> Self {
		Self { words: [0; CONGESTION_LOG_WORDS] }
	}
}

impl CongestionLog {
	fn position(block: u64) -> (usize, u32) {
		let bit = block % u64::from(CONGESTION_LOG_BLOCKS);
		((bit / 64) as usize, (bit % 64) as u32)
	}

	/// Records whether `block` was congested (overwriting the block a log's length before it).
	pub fn record(&mut self, block: u64, congested: bool) {
		let (word, bit) = Self::position(block);
		if let Some(w) = self.words.get_mut(word) {
			if congested {
				*w |= 1u64 << bit;
			} else {
				*w &= !(1u64 << bit);
			}
		}
	}

	/// Whether `block` was recorded congested; `last` is the newest recorded block. Blocks
	/// the log no longer covers (or not yet) count as uncongested.
	pub fn congested(&self, block: u64, last: u64) -> bool {
		if block > last || last.saturating_sub(block) >= u64::from(CONGESTION_LOG_BLOCKS) {
			return false;
		}
		let (word, bit) = Self::position(block);
		self.words.get(word).is_some_and(|w| w & (1u64 << bit) != 0)
	}

	/// Whether at least `wanted` blocks of `from..=last` were uncongested, `last` being the
	/// newest recorded block. Looks at no more than the log's length of blocks: beyond that
	/// the window certainly had room.
	pub fn has_room(&self, from: u64, last: u64, wanted: u64) -> bool {
		if wanted == 0 {
			return true;
		}
		if last < from {
			return false;
		}
		let mut found = 0u64;
		let mut block = last;
		let mut looked = 0u32;
		loop {
			if !self.congested(block, last) {
				found = found.saturating_add(1);
				if found >= wanted {
					return true;
				}
			}
			looked = looked.saturating_add(1);
			if block == from || looked >= CONGESTION_LOG_BLOCKS {
				// The rest of a longer window is beyond the log: uncongested as far as it knows.
				return block > from && found.saturating_add(block.saturating_sub(from)) >= wanted;
			}
			block = block.saturating_sub(1);
		}
	}
}

/// The deposit a task holds for the state it leaves (`HoldReason::StateDeposit`): from creation
/// `per_item` for each of its items; from settlement for each finalized item only (their
/// results), until the task is pruned.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct StateDeposit<Balance> {
	/// The rate the task was created under.
	pub per_item: Balance,
	/// What is held now.
	pub held: Balance,
}

/// What stays of a task with finalized results once it is pruned: enough to verify an exported
/// dataset against (its results are in the `ItemFinalized` events).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ArchivedTask<AccountId> {
	pub requester: AccountId,
	pub manifest_hash: H256,
	/// The provenance root over its finalized results.
	pub provenance: ProvenanceRoot,
}

/// How a free-text task's review is run, fixed when the task is created (from the governed
/// values then).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ReviewTerms<Balance, BlockNumber> {
	/// The share of a text's pay that goes to its reviewers; the author gets the rest in
	/// proportion to the rating.
	pub share: Perbill,
	/// Reviewers per text.
	pub redundancy: u8,
	/// Blocks the review task is open for commitments.
	pub commit_period: BlockNumber,
	/// The state deposit held, from creation, for the review's results: the task's items
	/// times its redundancy times the item rate (what the review does not use returns when it
	/// opens).
	pub state_deposit: Balance,
}

/// A free-text task's review: the review task, and what was moved from the task's escrow to it.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct ReviewLink<Balance> {
	pub review: labelchain_primitives::TaskId,
	/// The reviewers' rewards (the review task's budget).
	pub budget: Balance,
	/// The protocol fee reserved on them.
	pub fee: Balance,
}

/// A revealed free-text answer, as the registry keeps it for its review.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct SubmissionRecord<AccountId> {
	pub item: ItemIndex,
	pub author: AccountId,
	pub digest: H256,
}
