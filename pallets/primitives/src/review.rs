//! The review court as consensus sees it: consensus sends it the items it must not settle
//! alone, and the court sends back a verdict.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_runtime::{DispatchError, DispatchResult};
use scale_info::TypeInfo;

use crate::{DomainId, ItemIndex, Label, LabelSchema, TaskId, Tier};

/// Why an item went to review.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum CaseKind {
	/// The vote missed quorum or threshold.
	Escalation,
	/// A clear consensus contradicts the requester's gold answer.
	GoldDispute,
	/// A finalized-by-vote item drawn at random for review.
	Audit,
	/// A party appealed the vote's decision (or a gold answer) after the item settled and
	/// was paid.
	Appeal,
}

/// Where a case is.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum CasePhase {
	/// Seats are being drawn (in a block after the case or round opened).
	Drawing,
	/// Drawn jurors commit to a salted verdict until the deadline.
	Commit,
	/// Jurors reveal their verdicts until the deadline.
	Reveal,
	/// The round decided; parties may appeal until the deadline.
	Appeal,
	/// No panel could be drawn: the fallback origin may decide until the deadline.
	Governance,
}

/// Everything the court needs to judge an item, from consensus.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CaseRequest<AccountId, Balance> {
	pub task: TaskId,
	pub item: ItemIndex,
	pub kind: CaseKind,
	pub domain: DomainId,
	/// The tier the task requires of its labelers (jurors come from above it).
	pub task_tier: Tier,
	pub schema: LabelSchema,
	/// The requester and the item's labelers: parties, never jurors, and the only ones who
	/// may appeal.
	pub requester: AccountId,
	pub labelers: Vec<AccountId>,
	/// The weighted vote's label, if any.
	pub vote_label: Option<Label>,
	/// The item's reward, from which the panel's fee is cut.
	pub reward: Balance,
}

/// Answered by the review court.
pub trait ReviewCourt<AccountId, Balance> {
	/// Opens a case on the item. An error means the court cannot take it (consensus then
	/// falls back to its expert origin).
	fn open_case(request: CaseRequest<AccountId, Balance>) -> Result<(), DispatchError>;

	/// Whether the item, decided by the vote, is drawn for a random audit. Decided from
	/// randomness of the block that asks, which nobody could know when they committed; never
	/// in a domain without jurors above `task_tier`.
	fn audit_drawn(task: TaskId, item: ItemIndex, domain: DomainId, task_tier: Tier) -> bool;

	/// Whether a case on the item is open.
	fn in_review(task: TaskId, item: ItemIndex) -> bool;
}

/// No court: every case is refused and nothing is audited.
impl<AccountId, Balance> ReviewCourt<AccountId, Balance> for () {
	fn open_case(_: CaseRequest<AccountId, Balance>) -> Result<(), DispatchError> {
		Err(DispatchError::Other("no review court"))
	}
	fn audit_drawn(_: TaskId, _: ItemIndex, _: DomainId, _: Tier) -> bool {
		false
	}
	fn in_review(_: TaskId, _: ItemIndex) -> bool {
		false
	}
}

/// Answered by consensus: which settled decisions may still be appealed.
pub trait DecisionAppeals<AccountId, Balance> {
	/// What the court needs to judge an appeal of the item's decision (`kind` `Appeal`,
	/// `vote_label` the decided label), if the item was decided by the vote or its gold
	/// answer and its task's appeal window is open; an error a wallet can show otherwise.
	fn appealable(task: TaskId, item: ItemIndex) -> Result<CaseRequest<AccountId, Balance>, DispatchError>;

	/// The court opened an appeal case on the item: the task must not settle until it closes,
	/// and what the labelers paid for the decided label could owe is set aside.
	fn appeal_opened(task: TaskId, item: ItemIndex) -> DispatchResult;
}

impl<AccountId, Balance> DecisionAppeals<AccountId, Balance> for () {
	fn appealable(_: TaskId, _: ItemIndex) -> Result<CaseRequest<AccountId, Balance>, DispatchError> {
		Err(DispatchError::Other("no appeals"))
	}
	fn appeal_opened(_: TaskId, _: ItemIndex) -> DispatchResult {
		Ok(())
	}
}

/// Answered by consensus: a case's outcome re-settles its item.
pub trait ReviewOutcome<AccountId, Balance> {
	/// The panel upheld `label` (after any appeals); `fee_paid` of the item's reward already
	/// went to the panel.
	fn decided(task: TaskId, item: ItemIndex, kind: CaseKind, label: Label, fee_paid: Balance) -> DispatchResult;

	/// Nobody decided the case (no panel could be drawn and governance did not decide).
	fn undecided(task: TaskId, item: ItemIndex, kind: CaseKind) -> DispatchResult;
}

impl<AccountId, Balance> ReviewOutcome<AccountId, Balance> for () {
	fn decided(_: TaskId, _: ItemIndex, _: CaseKind, _: Label, _: Balance) -> DispatchResult {
		Ok(())
	}
	fn undecided(_: TaskId, _: ItemIndex, _: CaseKind) -> DispatchResult {
		Ok(())
	}
}
