//! # Reputation
//!
//! Per labeler and domain: evidence from agreements, disagreements, gold results and missing
//! reveals, turned into an accuracy estimate. Only consensus writes it (through
//! [`labelchain_primitives::ReputationRecord`]); it has no calls.
//!
//! - For voting, the estimate is the posterior mean under a Beta prior: a newcomer starts at
//!   the prior and moves only as evidence accumulates. The prior's mean is drawn from the
//!   domain's average labeler (everyone's evidence in the domain together, starting from the
//!   governed prior accuracy): a governed share of the way from chance to that average, so
//!   that a new account counts for less than an average one, whatever the domain's level
//!   (a 5-grade relevance domain whose labelers are right 60 % of the time, a binary one at
//!   90 %). Gold
//!   results count at once (ground truth weighs a labeler in the very task that revealed it).
//!   The agreement evidence a task produced is held apart ("pending", up to four tasks at
//!   once, as finalization interleaves tasks), so that consensus can leave it out of the
//!   task's reference decisions: a task's labelers never vouch for each other.
//! - For tiers, the estimate needs evidence: agreements over observations plus a governed
//!   evidence floor, so a newcomer has none.
//! - Old evidence fades: every decay period it is multiplied by the decay factor (governed).
//!
//! Evidence is kept in millionths of an observation, so that decay stays exact enough in integer
//! arithmetic and every validator computes the same numbers.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_reputation;
pub mod migrations;
pub mod types;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;

use polkadot_sdk::{frame_support, frame_system, sp_runtime};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{DomainId, Outcome, TaskId, TierRefresh};
	use sp_runtime::{Perbill, Permill};

	/// 1: up to `PENDING_TASKS` tasks' evidence pending per domain (`migrations::v1`).
	/// 2: gold results counted apart too (`migrations::v2`).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The average accuracy assumed of a domain's labelers before the domain has evidence
		/// (governed).
		type PriorAccuracy: Get<Permill>;

		/// How far from chance towards the domain's average labeler a newcomer's prior lies
		/// (governed).
		type NewcomerShare: Get<Perbill>;

		/// How many observations the prior is worth (governed).
		type PriorStrength: Get<u32>;

		/// How many ordinary observations one gold result counts as (governed).
		type GoldWeight: Get<u32>;

		/// How many observations the priors of the gold bound weigh (governed): the smaller,
		/// the sooner a labeler's gold results bound the estimate from their agreements
		/// (`Pallet::bounded_by_gold`).
		type GoldBoundStrength: Get<u32>;

		/// How many ordinary disagreements a missing reveal counts as (governed).
		type NoRevealWeight: Get<u32>;

		/// Observations added to the denominator of the tier estimate, so that a tier's
		/// reputation floor needs real evidence (governed).
		type TierEvidenceFloor: Get<u32>;

		/// Blocks per decay step (governed).
		type DecayPeriod: Get<BlockNumberFor<Self>>;

		/// Share of the evidence kept at each decay step (governed).
		type DecayFactor: Get<Perbill>;

		/// Told when a labeler's reputation changed (the tiers pallet updates the badge).
		type OnChange: TierRefresh<Self::AccountId>;

		/// The most domains whose evidence is kept per labeler (the least-evidenced is dropped).
		#[pallet::constant]
		type MaxDomainsPerLabeler: Get<u32>;
	}

	/// Each labeler's evidence, per domain.
	#[pallet::storage]
	pub type Reputations<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedBTreeMap<DomainId, EvidenceOf<T>, T::MaxDomainsPerLabeler>,
		ValueQuery,
	>;

	/// Everyone's evidence per domain together: the domain's average labeler. One record per
	/// domain in use (domains are 16-bit), kept for the chain's life.
	#[pallet::storage]
	pub type Domains<T: Config> = StorageMap<_, Twox64Concat, DomainId, DomainEvidenceOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An item of `task` added evidence about `who` in `domain`; `reputation` is the new
		/// voting estimate.
		ReputationUpdated {
			who: T::AccountId,
			domain: DomainId,
			task: TaskId,
			outcome: Outcome,
			reputation: Permill,
		},
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
