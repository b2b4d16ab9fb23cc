//! # Tiers: labeler staking and permission badges
//!
//! Labelers bond the native token (a `fungible` hold with reason `Staked`); bonded stake
//! together with reputation earns a tier — Novice, Contributor, Expert, Master — and tiers gate
//! tasks. Each tier has a minimum stake and a minimum reputation, both governed. Staking earns
//! nothing by itself: income comes only from labeling.
//!
//! Every labeler holds one soulbound badge, an item of a `pallet-nfts` collection owned by this
//! pallet whose items cannot be transferred; its `tier` attribute says the labeler's tier, so
//! wallets and explorers that read pallet-nfts show it. Promotion and demotion rewrite it,
//! leaving burns it.
//!
//! Unbonding takes a governed period, during which the funds stay held and slashable. The
//! consensus and labels pallets slash through [`labelchain_primitives::StakeSlash`] and ask
//! [`labelchain_primitives::Eligibility`] who may label a task.
//!
//! Files: `types.rs`, `impl_stake.rs` (bond, unbond, withdraw), `impl_badge.rs` (the NFT),
//! `impl_traits.rs` (eligibility, slashing, tier refresh).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_badge;
mod impl_stake;
mod impl_traits;
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

use polkadot_sdk::{frame_support, frame_system, pallet_nfts};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Mutate, MutateHold},
			tokens::nonfungibles_v2,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{ReputationInspect, Tier};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The native currency, in which stake is held.
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// The id type of the badge collection in `pallet-nfts`.
		type CollectionId: Member + Parameter + MaxEncodedLen + Copy;

		/// The NFT pallet holding the badges.
		type Badges: nonfungibles_v2::Create<
				Self::AccountId,
				pallet_nfts::CollectionConfig<BalanceOf<Self>, BlockNumberFor<Self>, Self::CollectionId>,
			> + nonfungibles_v2::Mutate<Self::AccountId, pallet_nfts::ItemConfig>
			+ nonfungibles_v2::Inspect<Self::AccountId, CollectionId = Self::CollectionId, ItemId = u32>;

		/// Reputation per domain, written by consensus.
		type Reputation: ReputationInspect<Self::AccountId>;

		/// Told when a labeler leaves, so that what other pallets keep per labeler goes too.
		type OnLeave: labelchain_primitives::OnLabelerLeft<Self::AccountId>;

		/// Minimum stake and reputation of each tier, lowest first (governed).
		type TierThresholds: Get<TierTable<BalanceOf<Self>>>;

		/// Blocks between `unbond` and `withdraw_unbonded` (governed).
		type UnbondingPeriod: Get<BlockNumberFor<Self>>;

		/// Blocks a labeler stays at tier 0 after a severe slash (governed).
		type SuspensionPeriod: Get<BlockNumberFor<Self>>;

		/// The pallet's id: its account owns the badge collection.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The most unbonding requests a labeler may have in flight.
		#[pallet::constant]
		type MaxUnbondingChunks: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds a labeler's funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Bonded or unbonding stake.
		Staked,
	}

	/// Every labeler with stake (bonded or unbonding).
	#[pallet::storage]
	pub type Labelers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LabelerOf<T>>;

	/// The `pallet-nfts` collection of badges, created with the first badge.
	#[pallet::storage]
	pub type BadgeCollection<T: Config> = StorageValue<_, T::CollectionId>;

	/// The item id the next badge gets.
	#[pallet::storage]
	pub type NextBadge<T> = StorageValue<_, u32, ValueQuery>;

	/// Tier changes made so far (wrapping): lets finalization charge the badge rewrites an
	/// item caused.
	#[pallet::storage]
	pub type TierChanges<T> = StorageValue<_, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Stake was bonded.
		Bonded { who: T::AccountId, amount: BalanceOf<T>, bonded: BalanceOf<T> },
		/// Stake started unbonding; it stays held and slashable until `unlock_at`.
		Unbonding { who: T::AccountId, amount: BalanceOf<T>, unlock_at: BlockNumberFor<T> },
		/// Unbonded stake returned to the free balance.
		Withdrawn { who: T::AccountId, amount: BalanceOf<T> },
		/// The labeler's tier changed (the badge says so).
		TierChanged { who: T::AccountId, from: Tier, to: Tier },
		/// A badge was minted for a new labeler.
		BadgeMinted { who: T::AccountId, collection: T::CollectionId, item: u32 },
		/// A labeler left: nothing at stake, badge burned, reputation and tallies removed.
		BadgeBurned { who: T::AccountId, collection: T::CollectionId, item: u32 },
		/// Stake was taken and given to `to`.
		Slashed { who: T::AccountId, amount: BalanceOf<T>, to: T::AccountId },
		/// The labeler is at tier 0 until `until`.
		Suspended { who: T::AccountId, until: BlockNumberFor<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Zero is not an amount to bond or unbond.
		ZeroAmount,
		/// Bonded stake would be below the Novice minimum (and not zero).
		BelowMinimumBond,
		/// The free balance cannot cover the bond.
		InsufficientBalance,
		/// The account has no stake.
		NotBonded,
		/// More is asked to unbond than is bonded and not set aside for open commitments.
		InsufficientBond,
		/// Not enough bonded stake is free to set aside for a commitment.
		InsufficientFreeStake,
		/// Too many unbonding requests are in flight: withdraw first.
		TooManyUnbondingChunks,
		/// Nothing has finished unbonding yet.
		UnbondingNotFinished,
		/// Nothing is unbonding.
		NothingToWithdraw,
		/// The badge could not be minted, changed or burned in the NFT pallet.
		BadgeFailed,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Bonds `amount` more stake from the free balance. The first bond mints the badge; the
		/// total must reach the Novice minimum.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(origin: OriginFor<T>, #[pallet::compact] amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(&who, amount)
		}

		/// Starts unbonding `amount`: it stops counting for tiers at once, and can be withdrawn
		/// after the unbonding period. What stays bonded must be zero or at least the Novice
		/// minimum.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, #[pallet::compact] amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(&who, amount)
		}

		/// Returns every unbonding chunk whose period is over to the free balance; with nothing
		/// left at stake, the labeler leaves and the badge is burned.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded(T::MaxUnbondingChunks::get()))]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(&who)
		}

		/// Recomputes `who`'s tier (after a suspension ended or reputation decayed) and updates
		/// the badge. Anyone may call it.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::refresh_tier())]
		pub fn refresh_tier(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_signed(origin)?;
			let mut labeler = Labelers::<T>::get(&who).ok_or(Error::<T>::NotBonded)?;
			Self::update_tier(&who, &mut labeler)?;
			Labelers::<T>::insert(&who, labeler);
			Ok(())
		}
	}
}
