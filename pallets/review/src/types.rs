//! Cases, seats and jurors.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use labelchain_primitives::{CaseKind, DomainId, ItemIndex, Label, LabelSchema, TaskId, Tier};
use polkadot_sdk::{frame_support::pallet_prelude::*, sp_core::H256};
use scale_info::TypeInfo;

/// Identifier of a review case, assigned in opening order.
pub type CaseId = u64;

/// A sortition pool: the jurors of one domain who joined at one tier.
pub type PoolKey = (DomainId, Tier);

/// Where a case is (shared with the runtime API).
pub use labelchain_primitives::CasePhase as Phase;

/// A case on one item.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Case<AccountId, Balance, BlockNumber> {
	pub task: TaskId,
	pub item: ItemIndex,
	pub kind: CaseKind,
	/// The court its panels come from: the item's domain, or the fallback domain.
	pub domain: DomainId,
	pub schema: LabelSchema,
	pub requester: AccountId,
	/// The lowest pool tier jurors are drawn from (lowered when nobody above it can sit).
	pub juror_tier: Tier,
	/// The lowest it may be lowered to: one above the task's tier.
	pub floor_tier: Tier,
	/// The weighted vote's label, if any.
	pub vote_label: Option<Label>,
	/// Round number, from 0.
	pub round: u8,
	pub phase: Phase,
	/// The block the round opened in: its panel is drawn from a later block's randomness.
	pub round_opened: BlockNumber,
	/// When the current phase ends (for `Drawing`: when drawing gives up).
	pub deadline: BlockNumber,
	/// Seats of this round's panel, and how many are filled.
	pub panel_size: u32,
	pub seated: u32,
	/// No-show redraws done this round.
	pub redraws: u8,
	/// The panel's fee, cut from the item's reward: paid to the first decisive round's
	/// coherent jurors, `fee_paid` once paid.
	pub fee: Balance,
	pub fee_paid: Balance,
	/// The verdict of the last decisive round.
	pub verdict: Option<Label>,
	/// Who appealed into this round, and the deposit held from them.
	pub appeal: Option<(AccountId, Balance)>,
}

/// A juror's seats on one round's panel.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Seat<Balance> {
	/// Votes this juror casts (drawn this many times).
	pub seats: u32,
	/// Stake set aside for these seats.
	pub bond: Balance,
	pub commitment: Option<H256>,
	pub verdict: Option<Label>,
	/// Did not commit in time: replaced, and slashed when the round closes.
	pub no_show: bool,
}

/// A juror's stake in one domain's court.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Juror<Balance> {
	/// Held with reason `JurorStake`.
	pub stake: Balance,
	/// Set aside as seat bonds on open panels.
	pub locked: Balance,
	/// The pool tier and leaf while drawable; `None` after leaving (or losing the tier) with
	/// bonds still open.
	pub seat: Option<(Tier, u32)>,
}

/// What a round's tally found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct RoundTally {
	/// The label with the most seats, `None` for a tie or no verdicts.
	pub verdict: Option<Label>,
	pub coherent_seats: u32,
}

/// Why a juror lost part of a bond.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum SlashReason {
	NoShow,
	NoReveal,
	Incoherent,
}

/// The commitment a juror submits: `blake2_256` of this, SCALE encoded.
pub fn verdict_commitment<AccountId: Encode>(
	case: CaseId,
	round: u8,
	juror: &AccountId,
	label: &Label,
	salt: &[u8; 32],
) -> H256 {
	H256(polkadot_sdk::sp_io::hashing::blake2_256(&(b"review", case, round, juror, label, salt).encode()))
}
