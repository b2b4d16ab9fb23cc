//! A labeler's stake record.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{Tier, TierThreshold, TIER_COUNT};
use polkadot_sdk::{frame_support, frame_system};
use scale_info::TypeInfo;

use crate::Config;

pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;
pub type LabelerOf<T> = Labeler<
	BalanceOf<T>,
	BoundedVec<UnbondingChunk<BalanceOf<T>, BlockNumberFor<T>>, <T as Config>::MaxUnbondingChunks>,
	BlockNumberFor<T>,
>;
/// The thresholds of tiers 1..=4, lowest first.
pub type TierTable<Balance> = [TierThreshold<Balance>; TIER_COUNT];

/// Stake on its way out: still held and slashable until `unlock_at`.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct UnbondingChunk<Balance, BlockNumber> {
	pub amount: Balance,
	pub unlock_at: BlockNumber,
}

/// Everything the chain knows about a labeler's stake and standing (`Chunks` is the bounded
/// list of unbonding chunks).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Labeler<Balance, Chunks, BlockNumber> {
	/// Stake that counts for tiers.
	pub bonded: Balance,
	/// The sum of the bonds of open label commitments, set aside from `bonded`: it cannot be
	/// unbonded. After a slash it may exceed what is left bonded.
	pub locked: Balance,
	/// Stake being withdrawn.
	pub unbonding: Chunks,
	/// The badge item in the tiers collection.
	pub badge: u32,
	/// The tier last written on the badge (the best domain's).
	pub tier: Tier,
	/// Tier 0 until this block, after a severe slash.
	pub suspended_until: Option<BlockNumber>,
}
