//! Evidence as stored.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::TaskId;
use polkadot_sdk::{frame_support::pallet_prelude::*, frame_system};
use scale_info::TypeInfo;

/// One observation, in the units evidence is kept in.
pub const OBSERVATION: u64 = 1_000_000;

pub type EvidenceOf<T> = Evidence<BlockNumberFor<T>>;

/// What consensus has observed of a labeler in one domain.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Evidence<BlockNumber> {
	/// Weighted agreements with final labels and gold (millionths of an observation).
	pub agree: u64,
	/// Weighted observations.
	pub total: u64,
	/// The task whose evidence is still pending (left out of that task's own votes).
	pub pending_task: TaskId,
	pub pending_agree: u64,
	pub pending_total: u64,
	/// The block from which the next decay step is counted.
	pub decayed_at: BlockNumber,
}
