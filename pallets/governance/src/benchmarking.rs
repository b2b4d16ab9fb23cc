//! Benchmarks: `set_parameter` with the change the runtime names as its worst case
//! (`RuntimeParameters::default()` under `runtime-benchmarks`), including the full check.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{dynamic_params::AggregatedKeyValue, EnsureOriginWithArg};
use polkadot_sdk::frame_benchmarking;

#[benchmarks(where T::RuntimeParameters: Default)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_parameter() -> Result<(), BenchmarkError> {
		let change = T::RuntimeParameters::default();
		let (key, _) = change.clone().into_parts();
		let origin =
			T::ChangeOrigin::try_successful_origin(&key).map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, change);

		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
