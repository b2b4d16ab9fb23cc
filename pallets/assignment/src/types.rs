//! Pool members, dealt seats and the dealing queue's entries.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use labelchain_primitives::{DomainId, TaskId, Tier};
use scale_info::TypeInfo;

/// A dealing pool: the labelers of one domain who joined at one tier.
pub type PoolKey = (DomainId, Tier);

/// Which part of a task a seat covers: items `chunk × ChunkSize ..` (the labels pallet's
/// batch chunks, so that a seat is one `commit_batch`).
pub type ChunkIndex = u32;

/// A labeler in a domain's pool.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PoolMember<BlockNumber> {
	/// The pool tier and leaf.
	pub tier: Tier,
	pub leaf: u32,
	/// The block it joined (or last changed its tickets) in: only randomness of a later
	/// block deals to it, so nobody can join, see the deal and join again.
	pub joined: BlockNumber,
}

/// One dealt seat on a chunk.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct DealtSeat<AccountId, BlockNumber> {
	pub holder: AccountId,
	/// The seat is taken back (and re-dealt) if not used by then.
	pub deadline: BlockNumber,
	/// The holder committed on it.
	pub used: bool,
	/// Taken back unused: kept (until the task's commit window closes) only so that the chunk
	/// is never dealt to this labeler again.
	pub taken_back: bool,
}

impl<AccountId, BlockNumber> DealtSeat<AccountId, BlockNumber> {
	/// Whether the holder holds it now (it was not taken back).
	pub fn held(&self) -> bool {
		!self.taken_back
	}
}

/// A chunk of a task waiting for seats.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub struct Pending {
	pub task: TaskId,
	/// The next chunk to deal (a task's first pass walks every chunk; a re-deal names one).
	pub chunk: ChunkIndex,
	/// Whether the walk goes on to the next chunk after this one.
	pub walk: bool,
}

/// A task's seats: what `labeling_task` shows as dealt, committed and unfilled.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct SeatTally {
	/// Seats ever dealt (a seat taken back and dealt again counts twice).
	pub dealt: u32,
	/// Seats held now (each has one entry in the expiry agenda); released after the task's
	/// commit deadline.
	pub held: u32,
	/// Seats their holders committed on.
	pub used: u32,
	/// Seats taken back unused.
	pub taken_back: u32,
}
