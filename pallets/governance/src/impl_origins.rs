//! Origin checks for the runtime: the labeling track's origin, and the checked-change origin
//! that `pallet-parameters` obeys.

use crate::pallet::Origin;
use polkadot_sdk::frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};

/// Passes for a referendum that passed on the labeling-parameters track.
pub struct EnsureLabelingParameters;
impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for EnsureLabelingParameters {
	type Success = ();

	fn try_origin(o: O) -> Result<Self::Success, O> {
		o.into().and_then(|origin| match origin {
			Origin::LabelingParameters => Ok(()),
			other => Err(O::from(other)),
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::LabelingParameters))
	}
}

/// Passes only for a change `set_parameter` of this pallet already checked: the admin origin
/// of `pallet-parameters`, for every key.
pub struct EnsureCheckedChange;
impl<O: Into<Result<Origin, O>> + From<Origin>, Key> EnsureOriginWithArg<O, Key>
	for EnsureCheckedChange
{
	type Success = ();

	fn try_origin(o: O, _: &Key) -> Result<Self::Success, O> {
		o.into().and_then(|origin| match origin {
			Origin::CheckedChange => Ok(()),
			other => Err(O::from(other)),
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &Key) -> Result<O, ()> {
		Ok(O::from(Origin::CheckedChange))
	}
}
