//! # Governance: bounded parameter changes and the origins of the labeling track
//!
//! Every number that shapes labeling economics lives in `pallet-parameters`. That pallet stores
//! whatever its admin origin sends; this one stands in front of it:
//!
//! - **`set_parameter`** takes a change from the origin the runtime allows for that parameter
//!   (a referendum on the labeling-parameters track, or root), writes it through
//!   `pallet-parameters` with [`Origin::CheckedChange`] — the only origin that pallet obeys —
//!   and then has the runtime check the resulting set of parameters, each against its bounds and
//!   against the others ([`CheckParameters`], which answers with one of this pallet's errors). A refused change is rolled back with a named
//!   error, even from root.
//! - **Origins.** [`Origin::LabelingParameters`] is what a passed referendum on the
//!   labeling-parameters track dispatches with; [`EnsureLabelingParameters`] and
//!   [`EnsureCheckedChange`] are the checks the runtime wires into its `Config`s.
//! - **Genesis.** A chain spec may replace parameter defaults (the `development` preset uses
//!   this for short referendum periods); the result must pass the same check.
//!
//! Files: `types.rs` (the runtime's check), `impl_origins.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_origins;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use impl_origins::{EnsureCheckedChange, EnsureLabelingParameters};
pub use pallet::*;
pub use types::CheckParameters;
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system, pallet_parameters};

/// The key of a runtime parameter.
pub type KeyOf<T> = <<T as pallet_parameters::Config>::RuntimeParameters as
	frame_support::traits::dynamic_params::AggregatedKeyValue>::Key;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
	use frame_support::{
		pallet_prelude::*,
		traits::{dynamic_params::AggregatedKeyValue, EnsureOriginWithArg},
	};
	use frame_system::pallet_prelude::*;
	use polkadot_sdk::sp_core::Bytes;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config + pallet_parameters::Config {
		/// Who may change which parameter (per key: the labeling track for labeling
		/// parameters, root for the governance timings).
		type ChangeOrigin: EnsureOriginWithArg<Self::RuntimeOrigin, KeyOf<Self>>;

		/// The runtime's origin type, built from this pallet's origins.
		type ParameterOrigin: From<Origin> + Into<<Self as frame_system::Config>::RuntimeOrigin>;

		/// The runtime's bounds and consistency rules.
		type Checker: CheckParameters<Error<Self>>;

		type WeightInfo: WeightInfo;
	}

	/// Origins that only governance produces.
	#[pallet::origin]
	#[derive(
		Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
	)]
	pub enum Origin {
		/// A referendum on the labeling-parameters track passed.
		LabelingParameters,
		/// A change this pallet is applying after the origin check: the only origin
		/// `pallet-parameters` accepts, never the origin of a track.
		CheckedChange,
	}

	/// Why a parameter change is refused. (A share above 100 % needs no error: `Perbill` and
	/// `Permill` values above one do not decode, so such a call is invalid before dispatch.)
	#[pallet::error]
	pub enum Error<T> {
		/// The protocol fee is above its ceiling.
		FeeTooHigh,
		/// A period that must last at least one block is zero.
		ZeroPeriod,
		/// A period is longer than the chain allows.
		PeriodTooLong,
		/// An amount or count that must be positive is zero.
		ZeroValue,
		/// A value is above the ceiling the runtime allows for it.
		AboveMaximum,
		/// The quorum is zero or above the largest redundancy a task may ask for.
		QuorumAboveRedundancy,
		/// The decision threshold is under a simple majority.
		ThresholdBelowMajority,
		/// The clear margin (from which deviants are slashed) is below the decision threshold.
		ClearMarginBelowThreshold,
		/// Not revealing would cost less than revealing a deviating label.
		NoRevealBelowDeviation,
		/// An accuracy (prior or cap) is outside (50 %, 100 %).
		AccuracyOutOfRange,
		/// Tier stakes do not strictly increase, or reputation floors decrease, from tier to
		/// tier.
		TiersNotIncreasing,
		/// The finalization period ends before the requester's gold reveal window.
		FinalizationBeforeGoldReveal,
		/// A referendum's confirmation would outlast its decision period.
		ConfirmLongerThanDecision,
		/// The reveal window's extension would outlast the gold reveal period.
		RevealExtensionBeyondGoldReveal,
		/// Settled results would be pruned before a day has passed.
		RetentionTooShort,
		/// The audit share is outside 1–20 %.
		AuditShareOutOfRange,
		/// A review panel of an even number of seats could tie.
		EvenPanel,
		/// Not showing up on a panel would cost a juror less than voting against its majority.
		NoShowBelowIncoherence,
		/// A case could reach governance and close before a referendum can decide it.
		FallbackShorterThanReferendum,
		/// A seat's bond is above the least stake a juror may join with.
		SeatBondAboveJurorStake,
		/// Vote decisions could be appealed after a paid labeler's stake finished unbonding.
		AppealPeriodAboveUnbonding,
		/// Graded pay would not fall from full to nothing: full pay must end before no pay
		/// starts.
		PayCurveNotFalling,
	}

	/// Parameter values that replace the defaults at genesis, each the SCALE encoding of a
	/// `RuntimeParameters` value (hex in the chain spec).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: Vec<Bytes>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for bytes in &self.parameters {
				match T::RuntimeParameters::decode(&mut &bytes[..]) {
					Ok(change) => {
						let (key, value) = change.into_parts();
						pallet_parameters::Parameters::<T>::set(key, value);
					},
					Err(e) => log::error!(
						target: "runtime::governance",
						"genesis parameter {bytes:?} does not decode: {e:?}"
					),
				}
			}
			// The presets are checked by the runtime's tests; a hand-written chain spec that
			// breaks the rules is reported here and refused by `try_state`.
			if let Err(refusal) = T::Checker::check() {
				log::error!(target: "runtime::governance", "genesis parameters refused: {refusal:?}");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Changes one governed parameter (`None` as its value restores the default).
		///
		/// The origin must be the one the runtime allows for the parameter: a passed referendum
		/// on its track, or root. The change is written through `pallet-parameters` (which emits
		/// `Updated`), then the whole parameter set must pass the runtime's bounds and
		/// consistency rules, or the change is rolled back with the rule it broke.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::set_parameter())]
		pub fn set_parameter(origin: OriginFor<T>, change: T::RuntimeParameters) -> DispatchResult {
			let (key, _) = change.clone().into_parts();
			T::ChangeOrigin::ensure_origin(origin, &key)?;
			pallet_parameters::Pallet::<T>::set_parameter(
				T::ParameterOrigin::from(Origin::CheckedChange).into(),
				change,
			)?;
			T::Checker::check().map_err(Into::into)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Invariant: the parameters in force pass the runtime's rules.
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			T::Checker::check().map_err(|_| "governed parameters break their bounds".into())
		}
	}
}
