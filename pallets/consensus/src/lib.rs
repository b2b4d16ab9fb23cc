//! # Consensus: finalization, rewards, slashes and escalation
//!
//! Turns revealed labels into a label the requester can trust, and pays for quality, not
//! volume. For each item, after its reveal window (or once everyone who committed revealed):
//!
//! - **Three passes per task**, after its reveal window and gold reveal (`Stage`):
//!   1. *Gold*: gold items take the requester's answer (unless a clear consensus contests it:
//!      review), and the gold results weigh the task's labelers at once.
//!   2. *Evidence*: each other committed item's *reference decision* — the vote with weights
//!      that leave the task's own agreement evidence out — is recorded as agreement evidence
//!      of its labelers, discounted by how close the reference was. Trust flows only from gold
//!      and from earlier tasks, never from a task's labelers vouching for each other: a bloc
//!      that agrees with itself earns nothing from agreeing, and loses weight where labelers
//!      anchored by gold disagree with it.
//!   3. *Decide*: each item is decided with weights that include that evidence.
//! - **The vote.** Each revealed label weighs `ln((K-1)·p/(1-p))` — the Bayes-optimal vote when
//!   accuracy is symmetric — where `p` is the labeler's accuracy in the task's domain from the
//!   reputation pallet (a Beta prior keeps newcomers near equal), clamped to `[1/K, max
//!   accuracy]` so no account's weight is unbounded. Stake adds at most a small capped term:
//!   money cannot buy the answer. Ties go to the smaller label.
//! - **Confidence** is the vote's posterior probability that the winning label is right
//!   (`math::posterior_confidence`), not a share of weight: it accounts for how many labels
//!   agree and how much each is worth. **Quorum and threshold** (governed, fixed per task when
//!   it is created): too few labels or too little confidence escalates the item to the expert
//!   origin; it is not silently finalized.
//! - **Money** (all shares governed): the item's reward goes in equal parts to the labelers who
//!   agreed; an outvoted labeler loses the deviation slash (by default the whole commit bond,
//!   as a missing reveal does) times the decision's certainty, `(c − 1/K) / (1 − 1/K)` for a
//!   confidence `c` among `K` labels: nothing for a coin flip, all of it when certain, and
//!   nothing below the clear margin. So answering no better than the crowd's average (copying
//!   it, guessing, colluding) loses money while better answers earn; an honest minority on an
//!   unclear item loses little. Gold answers slash at the full rate. Slashes go to the
//!   treasury or to the agreeing labelers.
//! - **Reputation** records every outcome.
//! - **Provenance and statistics.** Each result's leaf (item, label, decision, confidence, every
//!   labeler's answer, block) is appended to the task's provenance tree, whose root the task
//!   records when it settles, so an exported dataset can be verified; the task's decision
//!   counts, agreement sums (Krippendorff's alpha, Fleiss' kappa) and each labeler's tally
//!   (per task and overall) are counted for the runtime API.
//!
//! Work is queued: a task's first commitment schedules it; `on_initialize` moves due work into a
//! FIFO that `on_idle` drains within the block's spare weight, and anyone may push a bounded
//! batch with `finalize`. Every loop is bounded.
//!
//! Files: `math.rs` (weights, confidence), `types.rs`, `impl_decide.rs` (the vote and the
//! money), `impl_evidence.rs` (reference decisions as agreement evidence),
//! `impl_queue.rs` (scheduling and hooks), `impl_escalation.rs`, `impl_record.rs` (statistics,
//! labeler tallies, the provenance root).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_appeal;
mod impl_decide;
mod impl_escalation;
mod impl_evidence;
mod impl_prune;
mod impl_queue;
mod impl_record;
pub mod math;
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

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A task of `items` items, each committed to by `labelers` labelers of which the last
	/// `silent` never reveal, now past its reveal deadline. The others all reveal class 0, or,
	/// with `split`, labeler `l` reveals class `l mod 4` (no label reaches half the weight).
	fn revealed_task(items: u32, labelers: u32, silent: u32, split: bool) -> labelchain_primitives::TaskId;
	/// A task of `items` items ranking eight candidates (the costliest graded rule: a Borda
	/// count, then a Kendall tau per answer), each committed to by `labelers` labelers of which
	/// the last `silent` never reveal, now past its reveal deadline: labeler `l` swaps the
	/// candidates `l mod 7` and `l mod 7 + 1` of the identity (every answer differs, all close
	/// to the decision).
	fn revealed_ranking_task(items: u32, labelers: u32, silent: u32) -> labelchain_primitives::TaskId;
	/// The review task of a free-text task whose `items` items each have one revealed answer
	/// (authors taking turns, so several answer), every review item committed to and revealed
	/// by `labelers` reviewers (reviewer `l` rating `l mod 5`), now past its reveal deadline.
	fn revealed_review_task(items: u32, labelers: u32) -> labelchain_primitives::TaskId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{
		merkle::IncrementalTree, ItemIndex, Label, LabelStore, LabelerTally, ReputationInspect,
		ReputationRecord, ReviewCourt, StakeLock, StakeSlash, TaskHooks, TaskId, TaskInspect, TaskTallies,
	};
	use sp_runtime::Perbill;

	pub type BalanceOf<T> = <T as Config>::Balance;

	/// 1: the agenda replaced per-block buckets, walks follow committed chunks, and
	/// `InProgress` keeps unfinished tasks from settling (`migrations::v1`).
	/// 2: results keep no provenance leaf, and their item key is not hashed (`migrations::v2`).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The balance type of rewards and bonds.
		type Balance: Parameter + MaxEncodedLen + Copy + Default + Ord
			+ sp_runtime::traits::AtLeast32BitUnsigned + Into<u128>;

		/// The task registry: task facts, gold answers, and the escrow rewards come from.
		type Tasks: TaskInspect<Self::AccountId, BlockNumberFor<Self>, Balance = Self::Balance>
			+ TaskHooks<Self::AccountId, Balance = Self::Balance>;

		/// The revealed labels.
		type Labels: LabelStore<Self::AccountId, Balance = Self::Balance>;

		/// Labelers' stake: commit bonds are released or slashed.
		type Stake: StakeLock<Self::AccountId, Balance = Self::Balance>
			+ StakeSlash<Self::AccountId, Balance = Self::Balance>;

		/// Labelers' accuracy per domain, read for weights and written with outcomes.
		type Reputation: ReputationInspect<Self::AccountId> + ReputationRecord<Self::AccountId>;

		/// The treasury's account: where slashes go unless they go to the agreeing labelers.
		type Treasury: Get<Self::AccountId>;

		/// The review court: escalations, gold disputes, audits and appeals of decisions go
		/// to its drawn panels.
		type Court: labelchain_primitives::ReviewCourt<Self::AccountId, Self::Balance>;

		/// Blocks after a task's decision walk ends during which its vote-decided and gold items
		/// may be appealed; its labels are kept and it settles after (governed; zero: no appeals of
		/// vote decisions). At most the unbonding period, so that a labeler paid for a decision
		/// cannot withdraw its stake before an appeal sets it aside.
		type DecisionAppealPeriod: Get<BlockNumberFor<Self>>;

		/// Who decides escalated items the court could not take (or opened before it):
		/// governance.
		type ExpertOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The protocol fee one labeler's share of an item must carry for the item to count as
		/// a full observation in reputation; cheaper items count in proportion (governed). It
		/// prices reputation: farming it with one's own tasks costs this much in fees per
		/// observation.
		type EvidenceFee: Get<Self::Balance>;

		/// The most items `finalize` or one block's `on_idle` finalizes.
		#[pallet::constant]
		type MaxItemsPerBlock: Get<u32>;

		/// The most jobs that may fall due in one block.
		#[pallet::constant]
		type MaxJobsPerBlock: Get<u32>;

		/// The most labelers per item (the task registry's maximum redundancy).
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// The weight of one labeler's tier change (the badge rewritten), which a reputation
		/// update or a slash inside finalization may cause; the finalization benchmarks do not
		/// cross a tier boundary, so each item reserves two per labeler on top.
		type TierChangeWeight: Get<Weight>;

		/// The weight of opening a free-text task's review (`TaskHooks::open_review`), charged
		/// when a task's walk ends.
		type ReviewOpeningWeight: Get<Weight>;

		/// Counts tier changes, so that finalization charges those an item actually caused
		/// (the worst case, two per labeler, is only reserved).
		type TierChanges: labelchain_primitives::TierChangeCount;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Final results, per task and item. Items are numbered by the chain, not chosen by
	/// callers, so their key needs no hash (`Identity`: 8 bytes less per item).
	#[pallet::storage]
	pub type Results<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Identity,
		ItemIndex,
		ItemResult<BlockNumberFor<T>>,
	>;

	/// Tasks whose vote decisions may be appealed until the block given (set when the decision
	/// walk ends; the task settles after it).
	#[pallet::storage]
	pub type AppealWindows<T: Config> = StorageMap<_, Twox64Concat, TaskId, BlockNumberFor<T>>;

	/// How many appeal cases each task has open.
	#[pallet::storage]
	pub type OpenAppeals<T: Config> = StorageMap<_, Twox64Concat, TaskId, u32, ValueQuery>;

	/// Stake set aside, while an appeal of an item's decision is open, from each labeler of the
	/// decided label: what it would owe if the decision is overturned.
	#[pallet::storage]
	pub type AppealLocks<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ItemIndex,
		BoundedVec<(T::AccountId, BalanceOf<T>), T::MaxRedundancy>,
		ValueQuery,
	>;

	/// Leaves a task's provenance tree holds beyond one per result: decisions re-settled on
	/// appeal (their result points to the newer leaf).
	#[pallet::storage]
	pub type Revisions<T: Config> = StorageMap<_, Twox64Concat, TaskId, u32, ValueQuery>;

	/// Items waiting for the expert origin.
	#[pallet::storage]
	pub type Escalations<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ItemIndex,
		Escalation<BlockNumberFor<T>>,
	>;

	/// Tasks whose results are being pruned (the registry prunes one at a time).
	#[pallet::storage]
	pub type Pruning<T: Config> = StorageMap<_, Twox64Concat, TaskId, ()>;

	/// Each task's provenance tree: every finalized result is appended as it finalizes.
	#[pallet::storage]
	pub type Provenance<T: Config> = StorageMap<_, Twox64Concat, TaskId, IncrementalTree, ValueQuery>;

	/// Each task's decision counts and agreement sums.
	#[pallet::storage]
	pub type TaskStats<T: Config> = StorageMap<_, Twox64Concat, TaskId, TaskTallies, ValueQuery>;

	/// How many revealed labels, on a task's items with two or more, had each label (the
	/// expected agreement of alpha and kappa).
	#[pallet::storage]
	pub type LabelTotals<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TaskId, Blake2_128Concat, Label, u32, ValueQuery>;

	/// Graded tasks (except small ordinal scales): over the items with two to sixteen revealed
	/// answers, `Σ_{i≠j} δ²(a_i, a_j) / (m − 1)` (`answers::alpha_metric`, parts per billion)
	/// times `AGREEMENT_SCALE`: the observed disagreement of Krippendorff's alpha times the
	/// pairable answers. The expected one follows from `LabelTotals`.
	#[pallet::storage]
	pub type Disagreement<T: Config> = StorageMap<_, Twox64Concat, TaskId, u128, ValueQuery>;

	/// Ordinal tasks of at most `answers::ORDINAL_COINCIDENCE_LEVELS` levels: the levels'
	/// coincidence matrix (row-major, levels × levels), each ordered pair of an item's answers
	/// counted `1 / (m − 1)` times `AGREEMENT_SCALE`: Krippendorff's ordinal alpha follows.
	#[pallet::storage]
	pub type OrdinalCoincidences<T: Config> =
		StorageMap<_, Twox64Concat, TaskId, BoundedVec<u64, ConstU32<256>>, ValueQuery>;

	/// What each labeler did in a task.
	#[pallet::storage]
	pub type TaskLabelers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Blake2_128Concat,
		T::AccountId,
		LabelerTally<BalanceOf<T>>,
		ValueQuery,
	>;

	/// What each labeler did over all tasks.
	#[pallet::storage]
	pub type LabelerTotals<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, LabelerTally<BalanceOf<T>>, ValueQuery>;

	/// Jobs due at a block, in the order they were scheduled (`AgendaLen` of them): nothing
	/// scheduled is ever dropped. `on_initialize` moves at most `MaxJobsPerBlock` due jobs a
	/// block into the queue, oldest block first, from `AgendaCursor` on.
	#[pallet::storage]
	pub type Agenda<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, u32, Job>;
	#[pallet::storage]
	pub type AgendaLen<T: Config> = StorageMap<_, Twox64Concat, BlockNumberFor<T>, u32, ValueQuery>;
	/// The next agenda entry to move: (block, index in that block's list).
	#[pallet::storage]
	pub type AgendaCursor<T: Config> = StorageValue<_, (BlockNumberFor<T>, u32), ValueQuery>;

	/// Tasks whose committed items consensus has not all finalized: the registry does not
	/// settle them on its timeout; consensus settles each when done. The value says whether
	/// the walk has passed every committed item (escalations may still be open).
	#[pallet::storage]
	pub type InProgress<T: Config> = StorageMap<_, Twox64Concat, TaskId, bool>;

	/// The pass each task's finalization is in (gold, evidence, decisions). Tasks scheduled
	/// before the passes existed have none and are decided in one walk.
	#[pallet::storage]
	pub type Stages<T: Config> = StorageMap<_, Twox64Concat, TaskId, Stage>;

	/// The finalization queue: slots `QueueHead .. QueueTail`. Round robin: a task's walk
	/// finalizes at most `ITEMS_PER_TURN` items, then goes to the back.
	#[pallet::storage]
	pub type Queue<T: Config> = StorageMap<_, Twox64Concat, u32, Job>;
	#[pallet::storage]
	pub type QueueHead<T> = StorageValue<_, u32, ValueQuery>;
	#[pallet::storage]
	pub type QueueTail<T> = StorageValue<_, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An item's label is final. `votes` are every committed labeler's revealed label
		/// (`None` for a missing reveal), in commitment order, so an indexer can rebuild the
		/// result, its provenance leaf (at `position` in the task's tree) and the task's
		/// provenance root from events alone.
		ItemFinalized {
			task: TaskId,
			item: ItemIndex,
			label: Option<Label>,
			decision: Decision,
			confidence: Perbill,
			votes: BoundedVec<(T::AccountId, Option<Label>), T::MaxRedundancy>,
			position: u32,
		},
		/// The item went to review: the vote did not decide it, a clear consensus contests its
		/// gold answer, or it was drawn for audit. With `in_review`, the court's panel decides
		/// it; otherwise the expert origin may, until `until`.
		ItemEscalated {
			task: TaskId,
			item: ItemIndex,
			vote_label: Option<Label>,
			confidence: Perbill,
			until: BlockNumberFor<T>,
			kind: labelchain_primitives::CaseKind,
			in_review: bool,
		},
		/// A labeler was paid for an item.
		Rewarded { task: TaskId, item: ItemIndex, labeler: T::AccountId, amount: BalanceOf<T> },
		/// A reward could not be paid (the task's books do not add up: `try_state` says how);
		/// the amount stays in the task's escrow and returns to the requester at settlement.
		RewardUnpaid { task: TaskId, item: ItemIndex, labeler: T::AccountId, amount: BalanceOf<T> },
		/// A task's finalization moved to its next pass.
		StageStarted { task: TaskId, stage: Stage },
		/// An item's reference decision (the vote without the task's own agreement evidence)
		/// was recorded as agreement evidence of everyone who revealed on it, counted at
		/// `evidence` of a full observation.
		ReferenceRecorded { task: TaskId, item: ItemIndex, reference: Label, confidence: Perbill, evidence: Perbill },
		/// The task's vote decisions may be appealed until `until`; it settles after.
		AppealWindowOpened { task: TaskId, until: BlockNumberFor<T> },
		/// The task's appeal window closed.
		AppealWindowClosed { task: TaskId },
		/// The item's decision was appealed to the review court: `set_aside` of the decided
		/// label's labelers' stake waits for the verdict.
		DecisionAppealed { task: TaskId, item: ItemIndex, set_aside: BalanceOf<T> },
		/// A panel reviewed the item's vote decision: `to` is the label now (`from` when
		/// upheld). A new `ItemFinalized` gives its provenance leaf; the decision's leaf stays
		/// at `replaced` (its `ItemFinalized` is in block `decided_at`), so the root still
		/// covers it.
		DecisionReviewed {
			task: TaskId,
			item: ItemIndex,
			from: Option<Label>,
			to: Label,
			replaced: u32,
			decided_at: BlockNumberFor<T>,
		},
		/// On an overturned decision, `amount` of a labeler's stake (its reward share and
		/// deviation slash) went to a labeler of the upheld label, the requester or the
		/// treasury.
		ClawedBack { task: TaskId, item: ItemIndex, from: T::AccountId, to: T::AccountId, amount: BalanceOf<T> },
		/// A labeler's commit bond was slashed.
		BondSlashed {
			task: TaskId,
			item: ItemIndex,
			labeler: T::AccountId,
			amount: BalanceOf<T>,
			revealed: bool,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No task has this id.
		UnknownTask,
		/// The item is outside the task.
		ItemOutOfRange,
		/// The item's reveal window is open and not everyone who committed has revealed, or the
		/// requester may still reveal gold answers.
		NotReady,
		/// The item is already final (or escalated).
		AlreadyFinalized,
		/// The item is not escalated.
		NotEscalated,
		/// The escalation's deadline has not passed yet.
		EscalationOpen,
		/// The label is outside the task's schema.
		LabelOutOfSchema,
		/// Nothing to finalize from this item on.
		NothingToFinalize,
		/// The task's provenance tree is full (more results than a task may have items).
		ProvenanceFull,
		/// The item is before the review court: its panel decides it.
		InReview,
		/// Only an item decided by the vote or by its gold answer may be appealed this way (a
		/// panel's verdict is appealed on its case; a referendum's decision is final).
		NotAppealable,
		/// The task's appeal window has closed.
		AppealWindowClosed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Moves jobs due by this block into the queue (at most `MaxJobsPerBlock`; the rest
		/// follow in the next blocks, in order).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let (moved, blocks) = Self::move_due_jobs(now);
			T::WeightInfo::on_initialize(moved)
				.saturating_add(T::DbWeight::get().reads_writes(blocks.into(), blocks.into()))
		}

		/// Finalizes queued items within the block's spare weight.
		fn on_idle(_now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::drain_queue(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Finalizes up to `max_items` items of `task`, from `from_item` on, that are ready and
		/// not final yet. Anyone may call it; the queue normally does it.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::finalize_weight((*max_items).min(T::MaxItemsPerBlock::get())))]
		pub fn finalize(
			origin: OriginFor<T>,
			task: TaskId,
			from_item: ItemIndex,
			max_items: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let changes_before = <T::TierChanges as labelchain_primitives::TierChangeCount>::tier_changes();
			let done = Self::do_finalize_range(task, from_item, max_items.min(T::MaxItemsPerBlock::get()))?;
			Ok(Some(Self::finalized_weight(done.max(1), changes_before)).into())
		}

		/// Decides an escalated item the review court does not hold (expert origin only; items
		/// before the court are decided by its panels): the labelers who gave `label` are
		/// paid; nobody is slashed for disagreeing on an item the vote could not decide. On a
		/// contested gold item, upholding the gold answer slashes the consensus against it, and
		/// rejecting it forfeits the item's part of the gold deposit.
		#[pallet::call_index(1)]
		// The benchmark's item has no gold; a gold dispute adds the gold answer's read and the
		// forfeit (the task, the deposit record, the hold and two accounts).
		#[pallet::weight(Pallet::<T>::resolve_weight().saturating_add(T::DbWeight::get().reads_writes(5, 4)))]
		pub fn resolve_escalation(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			label: Label,
		) -> DispatchResult {
			T::ExpertOrigin::ensure_origin(origin)?;
			ensure!(!T::Court::in_review(task, item), Error::<T>::InReview);
			Self::do_resolve(task, item, label)
		}

		/// Closes an escalation whose deadline passed without a decision. Anyone may call it;
		/// the queue normally does it.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::resolve_weight())]
		pub fn close_escalation(origin: OriginFor<T>, task: TaskId, item: ItemIndex) -> DispatchResult {
			ensure_signed(origin)?;
			let escalation = Escalations::<T>::get(task, item).ok_or(Error::<T>::NotEscalated)?;
			ensure!(!T::Court::in_review(task, item), Error::<T>::InReview);
			ensure!(
				frame_system::Pallet::<T>::block_number() > escalation.until,
				Error::<T>::EscalationOpen
			);
			Self::do_close_unresolved(task, item, escalation)
		}
	}
}
