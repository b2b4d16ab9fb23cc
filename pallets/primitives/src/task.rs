//! Tasks as the other pallets see them, and the traits through which they ask about a task and
//! move money out of its escrow.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	sp_core::H256,
	sp_runtime::{DispatchError, DispatchResult, Perbill, Permill},
};
use scale_info::TypeInfo;

/// Identifier of a labeling task, assigned in creation order.
pub type TaskId = u64;
/// Position of an item within its task (0-based).
pub type ItemIndex = u32;
/// A field of expertise (medical, code, language, …). Reputation is kept per domain.
pub type DomainId = u16;
/// A permission tier: 0 is anyone with a minimum stake, higher tiers are earned.
pub type Tier = u8;

/// What a label may be, as chosen by the requester. Each kind of answer has its own consensus
/// rule and its own distance between answers (`crate::answers`).
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum LabelSchema {
	/// One of `classes` categories, numbered `0..classes`.
	Categorical { classes: u16 },
	/// The hash of an off-chain answer (RLHF text, code review, reasoning): labels agree when
	/// their hashes are equal.
	FreeForm,
	/// One of `levels` ordered grades `0..levels` (a Likert item, a rubric score): decided by
	/// the weighted median, answers are as good as they are close to it.
	Ordinal { levels: u16 },
	/// An integer in `min..=max` on a grid of `step` from `min`: decided by the weighted median;
	/// answers within `tolerance` of it agree.
	Numeric { min: i64, max: i64, step: u32, tolerance: u32 },
	/// Any non-empty set of `classes` (at most 64) classes: each class is decided by its own
	/// weighted vote; answers are as good as their Jaccard similarity to the decision.
	MultiLabel { classes: u8 },
	/// Which of two responses is better (A, B or a tie), and how clearly: the side by weighted
	/// vote, the strength by the weighted median of those on it.
	Preference,
	/// An order of `candidates` (at most 8) candidates, best first: decided by weighted Borda
	/// count (ties to the smaller candidate); answers are as good as their Kendall tau to it.
	Ranking { candidates: u8 },
	/// The hash of an off-chain text, judged by a review stage instead of a vote: other
	/// labelers, dealt by lot, rate each revealed text on [`REVIEW_LEVELS`] grades in a review
	/// task; authors are paid by their text's rating, reviewers by their closeness to it.
	FreeText,
}

/// The grades of a free-text review (0 worst, 4 best): a review task is `Ordinal` on these.
pub const REVIEW_LEVELS: u16 = 5;

/// A revealed free-text answer, rated by an item of its task's review task.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Submission<AccountId> {
	/// The free-text task.
	pub task: TaskId,
	/// Its item the text answers.
	pub item: ItemIndex,
	pub author: AccountId,
	/// The hash of the text (the review item's content hash).
	pub digest: H256,
}

/// What an author earned when the review rated its text.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct AuthorPay<AccountId, Balance> {
	pub submission: Submission<AccountId>,
	/// Paid from the free-text task's escrow.
	pub paid: Balance,
}

/// The side of a pairwise preference.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Debug,
)]
pub enum Side {
	A,
	Tie,
	B,
}

/// A label as revealed on chain.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Debug,
)]
pub enum Label {
	/// A class of a categorical schema.
	Class(u16),
	/// The hash of a free-form or free-text answer.
	Digest(H256),
	/// A grade of an ordinal schema.
	Level(u16),
	/// A value of a numeric schema.
	Number(i64),
	/// The classes of a multi-label answer, bit `c` for class `c`.
	Classes(u64),
	/// A pairwise preference; `clear` is the stronger of the two strengths (a tie has none).
	Prefer { side: Side, clear: bool },
	/// Candidates best first; the entries past the schema's candidates are `u8::MAX`.
	Ranking([u8; crate::answers::MAX_CANDIDATES]),
}

impl LabelSchema {
	/// Whether `label` is a valid answer under this schema.
	pub fn accepts(&self, label: &Label) -> bool {
		crate::answers::check(self, label).is_ok()
	}

	/// The number of distinct answers a labeler chooses from, where the vote treats answers as
	/// unordered classes (the categorical rule); `None` for the other schemas.
	pub fn classes(&self) -> Option<u16> {
		match self {
			LabelSchema::Categorical { classes } => Some(*classes),
			_ => None,
		}
	}

	/// Whether answers are graded by their distance to the decision (ordinal, numeric,
	/// multi-label, preference, ranking), rather than right or wrong (categorical, free-form).
	pub fn is_graded(&self) -> bool {
		matches!(
			self,
			LabelSchema::Ordinal { .. } |
				LabelSchema::Numeric { .. } |
				LabelSchema::MultiLabel { .. } |
				LabelSchema::Preference |
				LabelSchema::Ranking { .. }
		)
	}

	/// Whether the schema is within the bounds a task may have (at least two answers, at most
	/// 64 classes of a multi-label schema and 8 candidates of a ranking, a numeric range that
	/// holds its grid and a step).
	pub fn is_valid(&self) -> bool {
		match *self {
			LabelSchema::Categorical { classes } => classes >= 2,
			LabelSchema::Ordinal { levels } => levels >= 2,
			LabelSchema::Numeric { min, max, step, .. } => min < max && step >= 1,
			LabelSchema::MultiLabel { classes } => (1..=64).contains(&classes),
			LabelSchema::Ranking { candidates } =>
				(2..=crate::answers::MAX_CANDIDATES as u8).contains(&candidates),
			LabelSchema::FreeForm | LabelSchema::Preference | LabelSchema::FreeText => true,
		}
	}
}

/// Where a task is in its life. Phases follow from block numbers alone; `Settled` and
/// `Cancelled` are final.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum TaskPhase {
	/// Labelers may commit, up to and including the commit deadline.
	Open,
	/// After the commit deadline, up to and including the reveal deadline: labelers reveal.
	Revealing,
	/// After the reveal deadline: items are finalized and paid.
	Finalizing,
	/// Every item was finalized or the finalization period ran out; escrow is empty.
	Settled,
	/// The requester withdrew the task before anyone committed; escrow was refunded.
	Cancelled,
}

impl TaskPhase {
	/// Whether the task is over and holds no escrow.
	pub fn is_final(&self) -> bool {
		matches!(self, TaskPhase::Settled | TaskPhase::Cancelled)
	}
}

/// The governed rules of labeling and consensus that a task is created under and settled by:
/// a parameter change voted while the task runs does not touch it.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct LabelingTerms<Balance, BlockNumber> {
	/// The least stake one commitment sets aside.
	pub commit_bond: Balance,
	/// A commitment sets aside this many times the labeler's share of the item's reward, if
	/// that is more than `commit_bond`.
	pub commit_bond_multiple: u32,
	/// Share of a labeler's stake taken when someone proves they leaked a label before the
	/// reveal window.
	pub leak_slash: Perbill,
	/// Share of the leak slash that goes to the reporter (the rest to the treasury).
	pub leak_reward: Perbill,
	/// The fewest revealed labels that decide an item (capped at the task's redundancy).
	pub quorum: u32,
	/// The least confidence (the vote's posterior probability that the winning label is
	/// right) that decides an item; below it the item escalates.
	pub threshold: Perbill,
	/// The confidence from which deviating labelers are slashed.
	pub clear_margin: Perbill,
	/// Share of a deviating labeler's bond taken when the decision was clear.
	pub deviation_slash: Perbill,
	/// Share of the bond taken from a labeler who committed and never revealed.
	pub no_reveal_slash: Perbill,
	/// Whether slashed bonds go to the agreeing labelers (else to the treasury).
	pub slash_to_agreeing: bool,
	/// How long an escalated item waits for the expert origin.
	pub escalation_period: BlockNumber,
	/// The highest accuracy a vote weight is computed from (caps any one account's weight).
	pub max_accuracy: Permill,
	/// The most weight stake adds to a vote, in millionths of a nat.
	pub stake_weight_cap: u32,
	/// The stake at which the stake term reaches its cap.
	pub stake_for_full_weight: Balance,
}

/// The facts about a task that labeling, consensus and reputation need.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TaskView<AccountId, Balance, BlockNumber> {
	pub requester: AccountId,
	pub domain: DomainId,
	pub schema: LabelSchema,
	pub item_count: u32,
	/// Labelers wanted per item.
	pub redundancy: u8,
	pub min_tier: Tier,
	pub commit_deadline: BlockNumber,
	pub reveal_deadline: BlockNumber,
	pub reward_per_item: Balance,
	/// The protocol fee the task was created under.
	pub protocol_fee: Permill,
	/// The labeling and consensus rules the task was created under.
	pub labeling: LabelingTerms<Balance, BlockNumber>,
	/// How pay falls with a graded answer's distance from the decision, as the task was
	/// created under.
	pub pay_curve: crate::answers::PayCurve,
	pub phase: TaskPhase,
	/// How many gold items the requester committed to (their positions stay secret until the
	/// requester reveals them).
	pub gold_count: u32,
	/// The last block at which gold answers may still be revealed (the reveal deadline when
	/// there is no gold).
	pub gold_reveal_deadline: BlockNumber,
}

impl<AccountId, Balance, BlockNumber> TaskView<AccountId, Balance, BlockNumber>
where
	Balance: polkadot_sdk::sp_runtime::traits::AtLeast32BitUnsigned + Copy,
{
	/// The stake one commitment to an item of the task sets aside, by the task's terms:
	/// `commit_bond_multiple` times a labeler's share of the item's reward (so that penalties
	/// weigh as much as what a labeler stands to earn), and at least `commit_bond`.
	pub fn commit_bond(&self) -> Balance {
		let share = self.reward_per_item / Balance::from(u32::from(self.redundancy.max(1)));
		share.saturating_mul(self.labeling.commit_bond_multiple.into()).max(self.labeling.commit_bond)
	}
}

/// Told when a task gets its first commitment, so that its finalization can be scheduled, and
/// when it can be finalized sooner than announced.
pub trait OnFirstCommitment<BlockNumber> {
	/// `task` got its first commitment; its items can be finalized from `from` on.
	fn on_first_commitment(task: TaskId, from: BlockNumber);

	/// `task`, which has commitments, can be finalized from `from` on, earlier than announced
	/// at its first commitment (the requester revealed the gold answers before their deadline).
	fn on_ready_early(task: TaskId, from: BlockNumber);
}

impl<BlockNumber> OnFirstCommitment<BlockNumber> for () {
	fn on_first_commitment(_: TaskId, _: BlockNumber) {}
	fn on_ready_early(_: TaskId, _: BlockNumber) {}
}

/// Whether consensus still has work on a task: the registry does not settle a task on its
/// timeout while an item with commitments is not final; consensus settles it when done.
pub trait FinalizationStatus {
	/// Items of `task` with commitments are not all final yet (or escalations are open).
	fn in_progress(task: TaskId) -> bool;
}

impl FinalizationStatus for () {
	fn in_progress(_: TaskId) -> bool {
		false
	}
}

/// Questions about tasks, answered by the task registry.
pub trait TaskInspect<AccountId, BlockNumber> {
	type Balance;

	/// The task as of now, if it exists.
	fn task(task: TaskId) -> Option<TaskView<AccountId, Self::Balance, BlockNumber>>;

	/// Whether the item at `index`, with content hash `item_hash`, belongs to the task; `proof`
	/// is its Merkle path (empty for a task whose items are listed on chain).
	fn contains_item(task: TaskId, index: ItemIndex, item_hash: &H256, proof: &[H256]) -> bool;

	/// Whether all of `items` (index and content hash, strictly ascending by index) belong to
	/// the task, proven together by one `merkle::verify_multi` proof (empty for a task whose
	/// items are listed on chain).
	fn contains_items(task: TaskId, items: &[(ItemIndex, H256)], proof: &[H256]) -> bool;

	/// The requester's answer for a gold item, once revealed; `None` for other items and before.
	fn gold_label(task: TaskId, index: ItemIndex) -> Option<Label>;

	/// Whether the requester may still reveal gold answers (so finalization should wait).
	fn gold_pending(task: TaskId) -> bool;

	/// The `nth` revealed gold answer of the task, in item order: (item, answer). `None` past
	/// the last one, and before the requester revealed them.
	fn gold_item(task: TaskId, nth: u32) -> Option<(ItemIndex, Label)>;

	/// For an item of a review task: the free-text answer it rates. Its author may not rate it
	/// (nor be dealt a seat on its chunk).
	fn submission(task: TaskId, index: ItemIndex) -> Option<Submission<AccountId>>;
}

/// Bookkeeping and payments that only the labeling pallets perform on a task.
pub trait TaskHooks<AccountId> {
	type Balance;

	/// A labeler made `count` commitments (single items, or one batch) to the task: from now
	/// on it cannot be cancelled.
	fn note_commitments(task: TaskId, count: u32) -> DispatchResult;

	/// Pays `amount` of the task's reward budget to `to` (from the requester's escrow).
	fn pay_reward(task: TaskId, to: &AccountId, amount: Self::Balance) -> DispatchResult;

	/// The item was finalized (paid or escalated-and-decided); when every item is, the task
	/// settles: the protocol fee on what was paid goes to the treasury, the rest returns.
	fn note_item_finalized(task: TaskId, index: ItemIndex) -> DispatchResult;

	/// Every item with commitments is final: the task settles now if it is past its reveal
	/// window and still running (items nobody committed to close unlabeled, in bulk).
	fn note_finalization_done(task: TaskId) -> DispatchResult;

	/// Review rejected the requester's gold answer of `index`: that item's part of the gold
	/// deposit is forfeited to `winners` (the labelers who gave the upheld answer; the
	/// treasury if none did). Returns what was taken.
	fn forfeit_gold_item(task: TaskId, index: ItemIndex, winners: &[AccountId]) -> Result<Self::Balance, DispatchError>;

	/// A free-text item was finalized: `author` revealed the text hashed `digest`, to be rated
	/// by the task's review.
	fn note_submission(task: TaskId, index: ItemIndex, author: &AccountId, digest: H256) -> DispatchResult;

	/// Every item of a free-text task is final: its review task opens over the texts noted
	/// (none when there are none, and the task settles as any other). Returns the review task.
	fn open_review(task: TaskId) -> Result<Option<TaskId>, DispatchError>;

	/// The review decided item `index` of review task `review` at `quality` (the rating's share
	/// of the best grade; `None`: nobody rated it): the text's author is paid that share of a
	/// full author's pay from the free-text task's escrow. `None` if `review` is not a review.
	fn rate_submission(
		review: TaskId,
		index: ItemIndex,
		quality: Option<Perbill>,
	) -> Result<Option<AuthorPay<AccountId, Self::Balance>>, DispatchError>;
}

/// A registry that knows no tasks: for pallets tested alone.
impl<AccountId, BlockNumber> TaskInspect<AccountId, BlockNumber> for () {
	type Balance = u128;
	fn task(_: TaskId) -> Option<TaskView<AccountId, u128, BlockNumber>> {
		None
	}
	fn contains_item(_: TaskId, _: ItemIndex, _: &H256, _: &[H256]) -> bool {
		false
	}
	fn contains_items(_: TaskId, _: &[(ItemIndex, H256)], _: &[H256]) -> bool {
		false
	}
	fn gold_label(_: TaskId, _: ItemIndex) -> Option<Label> {
		None
	}
	fn gold_pending(_: TaskId) -> bool {
		false
	}
	fn gold_item(_: TaskId, _: u32) -> Option<(ItemIndex, Label)> {
		None
	}
	fn submission(_: TaskId, _: ItemIndex) -> Option<Submission<AccountId>> {
		None
	}
}

/// Refuses every operation: for pallets tested alone.
impl<AccountId> TaskHooks<AccountId> for () {
	type Balance = u128;
	fn note_commitments(_: TaskId, _: u32) -> DispatchResult {
		Err(DispatchError::Other("no task registry"))
	}
	fn pay_reward(_: TaskId, _: &AccountId, _: u128) -> DispatchResult {
		Err(DispatchError::Other("no task registry"))
	}
	fn note_item_finalized(_: TaskId, _: ItemIndex) -> DispatchResult {
		Err(DispatchError::Other("no task registry"))
	}
	fn note_finalization_done(_: TaskId) -> DispatchResult {
		Err(DispatchError::Other("no task registry"))
	}
	fn forfeit_gold_item(_: TaskId, _: ItemIndex, _: &[AccountId]) -> Result<u128, DispatchError> {
		Err(DispatchError::Other("no task registry"))
	}
	fn note_submission(_: TaskId, _: ItemIndex, _: &AccountId, _: H256) -> DispatchResult {
		Err(DispatchError::Other("no task registry"))
	}
	fn open_review(_: TaskId) -> Result<Option<TaskId>, DispatchError> {
		Ok(None)
	}
	fn rate_submission(_: TaskId, _: ItemIndex, _: Option<Perbill>) -> Result<Option<AuthorPay<AccountId, u128>>, DispatchError> {
		Ok(None)
	}
}
