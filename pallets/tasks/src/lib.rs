//! # Task registry
//!
//! Requesters post labeling tasks and pay for them only through the chain. A task names its
//! items by content hash (the data stays off-chain), a label schema, how many labelers label
//! each item, the tier they need, a commit and a reveal deadline, and a reward per item. The
//! whole budget, items × reward plus the protocol fee, is held in escrow from the requester's
//! account with a `fungible` hold; the labeling pallets pay rewards out of it through
//! [`labelchain_primitives::TaskHooks`] and nothing else touches it.
//!
//! A task is `Open` until its commit deadline, `Revealing` until its reveal deadline, then
//! `Finalizing`. It settles when every item is finalized, or at the end of the finalization
//! period (a bounded queue read in `on_initialize`): the fee on what was actually paid goes to
//! the treasury and every unused unit returns to the requester. Before anyone commits, the
//! requester may cancel and get everything back.
//!
//! Gold items: the requester may commit to known answers of some items; they are revealed after
//! the reveal deadline (so labelers cannot tell them apart) and score labelers directly. A
//! requester who never reveals them loses the gold deposit to the treasury.
//!
//! Reveals cannot be crowded out cheaply: a reveal window whose blocks were congested (filled
//! nearly to the limit) stays open, a block at a time, until it has had the minimum reveal
//! period's worth of blocks with room, up to `MaxRevealExtension` blocks longer.
//!
//! State is paid for: a task holds a state deposit per item from creation, per finalized item
//! from settlement; `StateRetention` blocks after settlement its results and statistics are
//! pruned (its provenance root stays in `Archive`) and the deposit returns. A cancelled task
//! leaves nothing.
//!
//! Free text: a `FreeText` task's revealed answers (text hashes) are not voted on. When the
//! task is finalized, a review task opens over them (`Items::Submissions`): an `Ordinal` task
//! on [`labelchain_primitives::REVIEW_LEVELS`] grades, dealt by lot like any task (never to
//! an answer's author, nor to the requester), paid from a governed share of the free-text
//! task's escrow. Each rating decided pays the answer's author the rating's share of the rest;
//! the best-rated answer is the item's label. The free-text task settles with its review.
//!
//! Files: `types.rs` (records), `impl_lifecycle.rs` (create, cancel, settle), `impl_prune.rs`,
//! `impl_gold.rs`, `impl_free_text.rs` (the review stage),
//! `impl_congestion.rs` (block fullness and reveal window extension), `impl_registry.rs` (the
//! traits the other pallets use).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_congestion;
mod impl_free_text;
mod impl_gold;
mod impl_lifecycle;
mod impl_prune;
mod impl_registry;
pub mod migrations;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use impl_gold::gold_commitment;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system, sp_runtime};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{ItemIndex, Label, LabelingTerms, TaskId};
	use sp_runtime::{Perbill, Permill};

	/// 1: the gold deposit is held per gold item until settlement (`migrations::v1`).
	/// 2: cancelled tasks leave no record, settled ones are queued for pruning
	/// (`migrations::v2`).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The native currency, in which budgets are held and rewards paid.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where protocol fees and forfeited gold deposits go (the treasury's account).
		type FeeDestination: Get<Self::AccountId>;

		/// The protocol fee, a share of the rewards a task pays out (governed).
		type ProtocolFee: Get<Permill>;

		/// Held from a requester per gold item, from creation to settlement: forfeited for an
		/// item whose gold answer review rejects, and whole if the answers are never revealed
		/// (governed).
		type GoldDeposit: Get<BalanceOf<Self>>;

		/// The largest share of a task's items that may be gold (governed); a task always
		/// keeps at least one item that is not.
		type MaxGoldShare: Get<Perbill>;

		/// The labeling and consensus rules a new task is created under (governed; each task
		/// keeps the ones of its creation).
		type LabelingTerms: Get<LabelingTerms<BalanceOf<Self>, BlockNumberFor<Self>>>;

		/// How pay falls with a graded answer's distance from the decision, for new tasks
		/// (governed; each task keeps the curve of its creation).
		type PayCurve: Get<labelchain_primitives::answers::PayCurve>;

		/// The shortest reveal window a task may have, so that labelers can reveal (governed).
		type MinRevealPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after the reveal deadline during which the requester may reveal gold answers
		/// (governed).
		type GoldRevealPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks after the reveal deadline after which a task settles even if some items were
		/// never finalized; at least the gold reveal period (governed).
		type FinalizationPeriod: Get<BlockNumberFor<Self>>;

		/// The most blocks a reveal window is extended by when its blocks were congested, so
		/// that filling blocks to crowd reveals out must go on that much longer (governed; for
		/// a task with gold, at most half its gold reveal period).
		type MaxRevealExtension: Get<BlockNumberFor<Self>>;

		/// How full (of the ordinary class's weight, proof size or length) a block must be to
		/// count as congested: one that left no room for a reveal.
		#[pallet::constant]
		type CongestedFullness: Get<Perbill>;

		/// The longest a task may run from creation to its reveal deadline.
		#[pallet::constant]
		type MaxTaskDuration: Get<BlockNumberFor<Self>>;

		/// The most classes a categorical schema may have.
		#[pallet::constant]
		type MaxClasses: Get<u16>;

		/// The most labelers an item may ask for.
		#[pallet::constant]
		type MaxRedundancy: Get<u8>;

		/// The highest permission tier.
		#[pallet::constant]
		type MaxTier: Get<u8>;

		/// The longest manifest URI.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// The most items a task may list on chain (larger tasks use a Merkle root).
		#[pallet::constant]
		type MaxListedItems: Get<u32>;

		/// The most items a task may have.
		#[pallet::constant]
		type MaxItems: Get<u32>;

		/// The most gold items a task may have.
		#[pallet::constant]
		type MaxGoldItems: Get<u32>;

		/// The most tasks that may fall due for settlement in one block.
		#[pallet::constant]
		type MaxSettlementsPerBlock: Get<u32>;

		/// Told of a task's first commitment (consensus schedules its finalization).
		type OnFirstCommitment: labelchain_primitives::OnFirstCommitment<BlockNumberFor<Self>>;

		/// The provenance root of a task's finalized results, recorded when it settles.
		type Provenance: labelchain_primitives::ProvenanceInspect;

		/// Whether consensus still finalizes a task's committed items (it then settles the
		/// task itself when done).
		type Finalization: labelchain_primitives::FinalizationStatus;

		/// Deals each new task's seats by lot (`()`: first come, first served).
		type Dealing: labelchain_primitives::WorkDealing<Self::AccountId>;

		/// Held from a requester per item of a task, for the state its results take; from
		/// settlement only per finalized item, until the task is pruned (governed).
		type ItemStateDeposit: Get<BalanceOf<Self>>;

		/// Blocks a settled task's results stay in storage before they are pruned (governed;
		/// the provenance root stays, and the events keep every result).
		type StateRetention: Get<BlockNumberFor<Self>>;

		/// Removes what consensus keeps of a task when it is pruned.
		type StatePruning: labelchain_primitives::TaskStatePruning;

		/// The share of a free-text answer's pay that goes to the labelers who review it, for
		/// new tasks (governed; the author gets the rest in proportion to its rating).
		type ReviewShare: Get<Perbill>;

		/// Reviewers per free-text answer, for new tasks (governed).
		type ReviewRedundancy: Get<u8>;

		/// Blocks a free-text task's review is open for commitments, for new tasks (governed).
		type ReviewPeriod: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds a requester's funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A task's reward budget and protocol fee.
		TaskEscrow,
		/// The deposit behind a commitment to gold answers.
		GoldDeposit,
		/// The deposit for the state a task's results take until they are pruned.
		StateDeposit,
	}

	/// The id the next task gets.
	#[pallet::storage]
	pub type NextTaskId<T> = StorageValue<_, TaskId, ValueQuery>;

	/// Every task running, or settled and not yet pruned (a cancelled task is removed).
	#[pallet::storage]
	pub type Tasks<T: Config> = StorageMap<_, Blake2_128Concat, TaskId, TaskOf<T>>;

	/// The part of a running task's gold deposit still held (per gold item, less what review
	/// forfeited); released or forfeited when the task settles.
	#[pallet::storage]
	pub type GoldHeld<T: Config> = StorageMap<_, Twox64Concat, TaskId, BalanceOf<T>>;

	/// Revealed gold answers of a task, sorted by item.
	#[pallet::storage]
	pub type GoldAnswers<T: Config> = StorageMap<_, Blake2_128Concat, TaskId, GoldAnswersOf<T>>;

	/// Which recent blocks were congested: a reveal window is extended while its blocks left
	/// no room for reveals.
	#[pallet::storage]
	pub type Congestion<T: Config> = StorageValue<_, CongestionLog, ValueQuery>;

	/// The state deposit each task holds (see [`StateDeposit`]); gone when the task is
	/// pruned or cancelled.
	#[pallet::storage]
	pub type StateHeld<T: Config> = StorageMap<_, Twox64Concat, TaskId, StateDeposit<BalanceOf<T>>>;

	/// Settled tasks waiting to be pruned, in the order they settled: slots
	/// `PruneHead .. PruneTail`, each with the block it settled at. `on_idle` prunes from the
	/// head, once `StateRetention` has passed, within the block's spare weight.
	#[pallet::storage]
	pub type PruneQueue<T: Config> = StorageMap<_, Twox64Concat, u32, (TaskId, BlockNumberFor<T>)>;
	#[pallet::storage]
	pub type PruneHead<T> = StorageValue<_, u32, ValueQuery>;
	#[pallet::storage]
	pub type PruneTail<T> = StorageValue<_, u32, ValueQuery>;

	/// What stays of a pruned task that had finalized results.
	#[pallet::storage]
	pub type Archive<T: Config> = StorageMap<_, Twox64Concat, TaskId, ArchivedTask<T::AccountId>>;

	/// How each free-text task's review will run (kept from its creation until it is pruned).
	#[pallet::storage]
	pub type ReviewTermsOf<T: Config> =
		StorageMap<_, Twox64Concat, TaskId, ReviewTerms<BalanceOf<T>, BlockNumberFor<T>>>;

	/// The revealed answers of each free-text task, numbered in the order its items were
	/// finalized: item `k` of its review task rates answer `k`.
	#[pallet::storage]
	pub type Submissions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		u32,
		SubmissionRecord<T::AccountId>,
	>;

	/// How many answers each free-text task has in `Submissions`.
	#[pallet::storage]
	pub type SubmissionCount<T: Config> = StorageMap<_, Twox64Concat, TaskId, u32, ValueQuery>;

	/// A free-text task's review task, and the budget moved to it.
	#[pallet::storage]
	pub type ReviewOf<T: Config> = StorageMap<_, Twox64Concat, TaskId, ReviewLink<BalanceOf<T>>>;

	/// The free-text task each review task rates.
	#[pallet::storage]
	pub type ReviewedTask<T: Config> = StorageMap<_, Twox64Concat, TaskId, TaskId>;

	/// The best-rated answer of each reviewed free-text item so far: (rating, answer number);
	/// a tie keeps the earlier answer. It is the item's label.
	#[pallet::storage]
	pub type BestSubmission<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TaskId, Twox64Concat, ItemIndex, (Perbill, u32)>;

	/// Tasks due to settle at a block, read by `on_initialize` of that block.
	#[pallet::storage]
	pub type SettlementQueue<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<TaskId, T::MaxSettlementsPerBlock>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A task was posted and its budget put in escrow.
		TaskCreated {
			task: TaskId,
			requester: T::AccountId,
			manifest_hash: polkadot_sdk::sp_core::H256,
			item_count: u32,
			redundancy: u8,
			min_tier: u8,
			commit_deadline: BlockNumberFor<T>,
			reveal_deadline: BlockNumberFor<T>,
			reward_per_item: BalanceOf<T>,
			/// Rewards plus the reserved protocol fee.
			escrowed: BalanceOf<T>,
			gold_deposit: BalanceOf<T>,
			/// Held for the state the task's results take (see [`StateDeposit`]).
			state_deposit: BalanceOf<T>,
		},
		/// The requester withdrew a task nobody had committed to; everything held was returned.
		TaskCancelled { task: TaskId, refunded: BalanceOf<T> },
		/// The requester revealed the gold answers; the gold deposit stays held until the task
		/// settles, as review may still reject a gold answer.
		GoldRevealed { task: TaskId, count: u32 },
		/// Gold answers were never revealed: the deposit went to the treasury.
		GoldDepositForfeited { task: TaskId, amount: BalanceOf<T> },
		/// Review rejected the gold answer of an item: its part of the gold deposit went to the
		/// treasury.
		GoldItemForfeited { task: TaskId, item: ItemIndex, amount: BalanceOf<T> },
		/// The task settled with its gold answers revealed: what is left of the gold deposit
		/// returned to the requester.
		GoldDepositReturned { task: TaskId, amount: BalanceOf<T> },
		/// A labeler was paid from the task's escrow.
		RewardPaid { task: TaskId, labeler: T::AccountId, amount: BalanceOf<T> },
		/// The task is over: the fee on what was paid went to the treasury, the rest returned.
		TaskSettled {
			task: TaskId,
			finalized_items: u32,
			rewards_paid: BalanceOf<T>,
			fee_paid: BalanceOf<T>,
			refunded: BalanceOf<T>,
			/// The Merkle root over the finalized results, which an exported dataset is
			/// verified against.
			provenance: labelchain_primitives::ProvenanceRoot,
		},
		/// The task settled: of its state deposit, what stood for items without results
		/// returned; `held` stays until the task is pruned.
		StateDepositReduced { task: TaskId, released: BalanceOf<T>, held: BalanceOf<T> },
		/// The task's results and statistics left storage after the retention period and its
		/// state deposit returned to the requester; `archived` says whether its provenance root
		/// stays in `Archive` (a task with finalized results).
		TaskPruned { task: TaskId, deposit_returned: BalanceOf<T>, archived: bool },
		/// The free-text task's answers went to review: `review` is a task rating each of the
		/// `submissions` answers, with `budget` of the task's escrow for its reviewers. The
		/// task settles when its review does.
		ReviewOpened { task: TaskId, review: TaskId, submissions: u32, budget: BalanceOf<T> },
		/// The review rated answer `submission` of a free-text item: its author was paid
		/// `paid` (the rating's share of a full author's pay).
		AuthorPaid {
			task: TaskId,
			item: ItemIndex,
			submission: u32,
			author: T::AccountId,
			rating: Perbill,
			paid: BalanceOf<T>,
		},
		/// Every settlement slot near the task's settlement block was taken: the task is not
		/// queued. It settles when consensus has finalized its committed items; without
		/// commitments, anyone may `settle` it from `settle_at` on (or its requester cancel it).
		SettlementNotQueued { task: TaskId, settle_at: BlockNumberFor<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The reward per item is zero.
		ZeroReward,
		/// Items × reward plus the fee does not fit in a balance.
		BudgetOverflow,
		/// The requester's free balance cannot cover the escrow (and gold deposit).
		InsufficientBalance,
		/// A categorical schema needs at least two classes.
		TooFewClasses,
		/// A categorical schema has more classes than allowed.
		TooManyClasses,
		/// The task has no items.
		NoItems,
		/// The task has more items than allowed.
		TooManyItems,
		/// The explicit item list is longer than allowed: use a Merkle root.
		TooManyListedItems,
		/// Redundancy must be at least one labeler per item.
		ZeroRedundancy,
		/// Redundancy is above the maximum.
		RedundancyTooHigh,
		/// No such tier.
		TierTooHigh,
		/// The commit deadline is not in the future.
		CommitDeadlineInPast,
		/// The reveal deadline must come after the commit deadline by at least the minimum
		/// reveal period.
		RevealPeriodTooShort,
		/// The reveal deadline is further away than the longest task allowed.
		TaskTooLong,
		/// The manifest URI is longer than allowed.
		ManifestUriTooLong,
		/// The gold commitment covers no items, more than the governed share of the task's items
		/// (or the maximum), or every item.
		InvalidGoldCount,
		/// No longer returned (a task whose settlement slots are full is created unqueued); kept
		/// so that the errors after it keep their indices.
		SettlementQueueFull,
		/// No task has this id.
		UnknownTask,
		/// Only the task's requester may do this.
		NotRequester,
		/// The task is settled or cancelled.
		TaskNotActive,
		/// Labelers have committed to the task: it can no longer be cancelled.
		TaskHasCommitments,
		/// The task is past its commit deadline.
		TaskNotOpen,
		/// The task has no gold commitment.
		NoGold,
		/// The gold answers were already revealed.
		GoldAlreadyRevealed,
		/// Gold answers are revealed only after the reveal window (extended, if its blocks were
		/// congested) has closed.
		GoldRevealTooEarly,
		/// The gold reveal period is over.
		GoldRevealTooLate,
		/// The gold answers are not sorted by item, name an item outside the task, give a label
		/// outside the schema, or are not as many as committed.
		InvalidGoldAnswers,
		/// The revealed gold answers and salt do not hash to the commitment.
		GoldMismatch,
		/// The task is neither past its settlement block nor fully finalized.
		TooEarlyToSettle,
		/// A payment would exceed the task's remaining reward budget.
		RewardExceedsBudget,
		/// The item index is outside the task.
		ItemOutOfRange,
		/// Items with commitments are not all final yet: consensus settles the task when they
		/// are.
		FinalizationInProgress,
		/// The schema is out of its bounds (fewer than two levels, more than 64 classes or 8
		/// candidates, an empty numeric range or a zero step).
		InvalidSchema,
		/// No longer returned (free text has its review stage); kept so that the errors after
		/// it keep their indices.
		UnsupportedSchema,
		/// The task's quorum is below the governed quorum or above its redundancy.
		QuorumOutOfBounds,
		/// The task's threshold is below the governed threshold.
		ThresholdOutOfBounds,
		/// Gold answers are not possible for free text (the review rates answers instead).
		GoldNotForFreeText,
		/// The free-text task's answers are already under review.
		ReviewAlreadyOpen,
		/// The free-text task has more answers than a review task may have items (its items
		/// times its redundancy may not exceed a task's items).
		TooManySubmissions,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Settles the tasks whose finalization period ends at this block.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = SettlementQueue::<T>::take(now);
			let count = due.len() as u32;
			for task in due {
				Self::settle_if_active(task);
			}
			// `on_finalize` records the block's fullness.
			T::WeightInfo::on_initialize_settle(count).saturating_add(T::WeightInfo::on_finalize())
		}

		/// Prunes settled tasks past their retention period, oldest first, within the spare
		/// weight of the block.
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune_due(now, remaining)
		}

		/// Records whether this block was congested (see [`Congestion`]).
		fn on_finalize(now: BlockNumberFor<T>) {
			Self::record_fullness(now);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Posts a labeling task and holds its budget (items × reward + protocol fee) and, with
		/// gold answers, the gold deposit, from the caller's free balance.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_task(
			spec.manifest_uri.len() as u32,
			match &spec.items { ItemsSpec::List(l) => l.len() as u32, _ => 0 },
		))]
		pub fn create_task(origin: OriginFor<T>, spec: TaskSpecOf<T>) -> DispatchResult {
			let requester = ensure_signed(origin)?;
			Self::do_create_task(requester, spec).map(|_| ())
		}

		/// Withdraws a task nobody has committed to and returns everything it holds.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::cancel_task())]
		pub fn cancel_task(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_task(&who, task)
		}

		/// Reveals the gold answers committed at creation, after the reveal deadline, and gets
		/// the gold deposit back. `answers` are `(item, label)` sorted by item.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reveal_gold(answers.len() as u32))]
		pub fn reveal_gold(
			origin: OriginFor<T>,
			task: TaskId,
			answers: Vec<(ItemIndex, Label)>,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal_gold(&who, task, answers, salt)
		}

		/// Settles a task that is due (past its settlement block, or with every item
		/// finalized). Anyone may call it; the settlement queue normally does it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_due(task)
		}
	}
}
