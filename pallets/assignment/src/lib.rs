//! # Assignment: work dealt by lot
//!
//! Nobody chooses which items they label. Labelers `join_pool` of a domain (at the tier they
//! hold there; their free stake is their tickets); when a task opens, its seats — each a chunk
//! of `ChunkSize` items (one `commit_batch`) times the task's redundancy — are dealt at random
//! from the pools of the task's domain at its tier or above, weighted by tickets (the sortition
//! sum tree of `labelchain_primitives::sortition`, O(log n) a draw), as Kleros draws jurors: many
//! identities with the same stake are worth no more than one. Never to the requester, never two
//! seats of one chunk to one labeler, never from randomness a member could have seen when it
//! joined (only members who joined before the block that deals).
//!
//! - A dealt seat not used (committed on) by its deadline (`SeatPeriod`, within the task's
//!   commit window) is taken back and dealt again; its holder loses `NoShowSlash` of its stake,
//!   so that joining and not working is not free.
//! - Dealing is bounded per block (`MaxDealsPerBlock` seats, `MaxExpiriesPerBlock` seats taken
//!   back) and round-robin: each task gets one chunk a turn, then goes to the back of the queue.
//! - Seats that cannot be dealt before the task's commit deadline stay unfilled: their items
//!   settle as items nobody labeled do.
//!
//! Files: `types.rs`, `impl_pool.rs` (joining, leaving, the pools' trees), `impl_deal.rs`
//! (dealing, taking seats back, what the labels pallet asks).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impl_check;
mod impl_deal;
mod impl_pool;
pub mod types;
pub mod weights;

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
	/// Gives `who` a tier in `domain` and stake to join a pool with.
	fn make_labeler(who: &AccountId, domain: labelchain_primitives::DomainId);
	/// A task of `items` items open for commitments.
	fn open_task(items: u32) -> labelchain_primitives::TaskId;
}

/// Room for a chunk's seats: its redundancy held, as many taken back (a chunk whose holders
/// keep not showing up stops being dealt when it is full).
pub struct SeatsPerChunk<T>(core::marker::PhantomData<T>);
impl<T: Config> frame_support::traits::Get<u32> for SeatsPerChunk<T> {
	fn get() -> u32 {
		T::MaxRedundancy::get().saturating_mul(2)
	}
}

/// The most seats `seats_of` lists (a runtime API page).
pub const MAX_SEATS_LISTED: u32 = labelchain_primitives::api::MAX_PAGE;

/// Draw attempts per seat in one turn (an attempt fails on the requester, a labeler already
/// seated on the chunk, one who joined in this block, or one who lost its tier).
pub const ATTEMPTS_PER_SEAT: u32 = 4;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::Randomness};
	pub use crate::types::*;
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{DomainId, Eligibility, StakeLock, StakeSlash, TaskId, TaskInspect, Tier};

	pub type BalanceOf<T> = <T as Config>::Balance;
	pub type SeatOf<T> = DealtSeat<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The balance type of stake.
		type Balance: Parameter + MaxEncodedLen + Copy + Default + Ord
			+ sp_runtime::traits::AtLeast32BitUnsigned + Into<u128>;
		/// The task registry: each task's domain, tier, redundancy, size and commit window.
		type Tasks: TaskInspect<Self::AccountId, BlockNumberFor<Self>, Balance = Self::Balance>;
		/// Labelers' tiers per domain.
		type Eligibility: Eligibility<Self::AccountId>;
		/// Labelers' stake: tickets, and the slash of an unused seat.
		type Stake: StakeLock<Self::AccountId, Balance = Self::Balance>
			+ StakeSlash<Self::AccountId, Balance = Self::Balance>;
		/// Randomness for deals, read only in a block after the members dealt to joined.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Where unused seats' slashes go.
		type Treasury: Get<Self::AccountId>;
		/// Items a seat covers: the labels pallet's batch chunk.
		#[pallet::constant]
		type ChunkSize: Get<u32>;
		/// The most seats of a chunk (the registry's largest redundancy).
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;
		/// The most members of a pool.
		#[pallet::constant]
		type MaxPoolMembers: Get<u32>;
		/// The most seats dealt in a block.
		#[pallet::constant]
		type MaxDealsPerBlock: Get<u32>;
		/// The most seats taken back in a block.
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;
		/// The highest tier.
		type MaxTier: Get<Tier>;
		/// The least free stake a labeler joins a pool with (governed).
		type MinPoolStake: Get<Self::Balance>;
		/// Blocks a dealt seat's holder has to commit on it (governed).
		type SeatPeriod: Get<BlockNumberFor<Self>>;
		/// What a holder loses for a seat it did not use (governed).
		type NoShowSlash: Get<Self::Balance>;
		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Nodes of each pool's sum tree (node `i`'s children are `2i + 1` and `2i + 2`).
	#[pallet::storage]
	pub type TreeNodes<T: Config> = StorageDoubleMap<_, Twox64Concat, PoolKey, Twox64Concat, u32, u128, ValueQuery>;
	#[pallet::storage]
	pub type TreeLen<T: Config> = StorageMap<_, Twox64Concat, PoolKey, u32, ValueQuery>;
	#[pallet::storage]
	pub type LeafOwner<T: Config> = StorageDoubleMap<_, Twox64Concat, PoolKey, Twox64Concat, u32, T::AccountId>;
	#[pallet::storage]
	pub type Vacant<T: Config> = StorageDoubleMap<_, Twox64Concat, PoolKey, Twox64Concat, u32, u32>;
	#[pallet::storage]
	pub type VacantLen<T: Config> = StorageMap<_, Twox64Concat, PoolKey, u32, ValueQuery>;
	#[pallet::storage]
	pub type PoolMembers<T: Config> = StorageMap<_, Twox64Concat, PoolKey, u32, ValueQuery>;

	/// Each labeler's place in each domain's pool.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DomainId, Blake2_128Concat, T::AccountId, PoolMember<BlockNumberFor<T>>>;

	/// The seats dealt on each chunk of each task, and those taken back (never dealt to their
	/// labeler again).
	#[pallet::storage]
	pub type Deals<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ChunkIndex,
		BoundedVec<SeatOf<T>, SeatsPerChunk<T>>,
		ValueQuery,
	>;

	/// The seats each labeler holds now (with their deadlines): what it was dealt, for
	/// `labeling_assignments`. Removed with the seat.
	#[pallet::storage]
	pub type SeatsOf<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		(TaskId, ChunkIndex),
		BlockNumberFor<T>,
	>;

	/// Each task's seat counts; removed when the registry prunes the task (or its last seat
	/// is released after it was cancelled).
	#[pallet::storage]
	pub type Tallies<T: Config> = StorageMap<_, Twox64Concat, TaskId, SeatTally>;

	/// Chunks waiting for seats: slots `PendingHead .. PendingTail`.
	#[pallet::storage]
	pub type PendingQueue<T: Config> = StorageMap<_, Twox64Concat, u32, Pending>;
	#[pallet::storage]
	pub type PendingHead<T> = StorageValue<_, u32, ValueQuery>;
	#[pallet::storage]
	pub type PendingTail<T> = StorageValue<_, u32, ValueQuery>;

	/// Seats due at a block, in the order scheduled (`ExpiryLen` of them): at its deadline an
	/// unused seat is taken back; a used one waits for the task's commit deadline and is then
	/// released. Never dropped: `on_initialize` handles at most `MaxExpiriesPerBlock` a block,
	/// oldest first, so every held seat has exactly one entry.
	#[pallet::storage]
	pub type Expiries<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, u32, (TaskId, ChunkIndex, T::AccountId)>;
	#[pallet::storage]
	pub type ExpiryLen<T: Config> = StorageMap<_, Twox64Concat, BlockNumberFor<T>, u32, ValueQuery>;
	#[pallet::storage]
	pub type ExpiryCursor<T: Config> = StorageValue<_, (BlockNumberFor<T>, u32), ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A labeler joined a domain's pool (or changed its tickets), in the pool of `tier`.
		Joined { who: T::AccountId, domain: DomainId, tier: Tier, tickets: BalanceOf<T> },
		/// A labeler left a domain's pool.
		Left { who: T::AccountId, domain: DomainId },
		/// A member no longer had the tier of its pool and was taken out of it.
		Dropped { who: T::AccountId, domain: DomainId, tier: Tier },
		/// A seat on items `first_item ..` of the task was dealt; it must be used by `deadline`.
		SeatDealt { task: TaskId, chunk: ChunkIndex, first_item: u32, holder: T::AccountId, deadline: BlockNumberFor<T> },
		/// An unused seat was taken back (to be dealt again); its holder lost `slashed`.
		SeatTakenBack { task: TaskId, chunk: ChunkIndex, holder: T::AccountId, slashed: BalanceOf<T> },
		/// Nobody eligible could be dealt a seat on the chunk in this turn.
		NoEligibleMember { task: TaskId, chunk: ChunkIndex },
		/// A member's tickets fell to its free stake now (it had unbonded since joining).
		TicketsReduced { who: T::AccountId, domain: DomainId, tickets: BalanceOf<T> },
		/// The task's commit window closed: the seat is released (used, or its task was
		/// withdrawn).
		SeatReleased { task: TaskId, chunk: ChunkIndex, holder: T::AccountId, used: bool },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account has no tier in the domain.
		TierTooLow,
		/// Less free stake than the pool's minimum.
		StakeTooLow,
		/// The account is not in the domain's pool.
		NotMember,
		/// The pool is full.
		PoolFull,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Takes back unused seats whose deadline passed and releases seats of closed commit
		/// windows, then deals seats (both bounded).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let expired = Self::take_back_due(now);
			let (dealt, attempts, reads) = Self::deal(now);
			T::WeightInfo::take_back(expired)
				.saturating_add(T::WeightInfo::deal(dealt))
				// Every draw attempt walks a tree (20 levels for the largest pool) and reads the
				// member; the benchmark's draws mostly succeed at once.
				.saturating_add(T::DbWeight::get().reads(u64::from(attempts).saturating_mul(21)))
				// A review's chunk reads the authors it excludes.
				.saturating_add(T::DbWeight::get().reads(reads.into()))
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Joins `domain`'s pool at the tier the caller holds there, with its free stake as
		/// tickets (joining again updates them). Seats are dealt from the next block on.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::join_pool())]
		pub fn join_pool(origin: OriginFor<T>, domain: DomainId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_join(&who, domain)
		}

		/// Leaves `domain`'s pool: no more seats are dealt to the caller there (seats already
		/// dealt stay its own).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::leave_pool())]
		pub fn leave_pool(origin: OriginFor<T>, domain: DomainId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(&who, domain)
		}
	}

	/// Keeps the randomness trait in scope for the impl files.
	pub(crate) fn random<T: Config>(subject: &[u8]) -> T::Hash {
		T::Randomness::random(subject).0
	}
}
