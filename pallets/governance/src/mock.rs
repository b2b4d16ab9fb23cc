//! A runtime with `pallet-parameters`, this pallet, and three parameters with two rules.

use crate as pallet_governance;
use crate::{CheckParameters, Error};
use frame_support::{
	derive_impl,
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	traits::EnsureOriginWithArg,
};
use polkadot_sdk::{frame_support, frame_system, pallet_parameters, sp_io, sp_runtime};
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Parameters: pallet_parameters,
		Governance: pallet_governance,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Test>)]
pub mod dynamic_params {
	use super::*;

	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod labeling {
		use super::*;
		#[codec(index = 0)]
		pub static Threshold: Perbill = Perbill::from_percent(60);
		#[codec(index = 1)]
		pub static ClearMargin: Perbill = Perbill::from_percent(66);
	}

	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod timing {
		#[codec(index = 0)]
		pub static DecisionPeriod: u64 = 100;
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::Labeling(dynamic_params::labeling::Parameters::Threshold(
			dynamic_params::labeling::Threshold,
			Some(Perbill::from_percent(65)),
		))
	}
}

impl pallet_parameters::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	type AdminOrigin = crate::EnsureCheckedChange;
	type WeightInfo = ();
}

/// Labeling keys: the labeling track or root; timing keys: root only.
pub struct ChangeOrigin;
impl EnsureOriginWithArg<RuntimeOrigin, RuntimeParametersKey> for ChangeOrigin {
	type Success = ();
	fn try_origin(o: RuntimeOrigin, key: &RuntimeParametersKey) -> Result<(), RuntimeOrigin> {
		use frame_support::traits::EnsureOrigin;
		match key {
			RuntimeParametersKey::Labeling(_) => <frame_support::traits::EitherOf<
				frame_system::EnsureRoot<u64>,
				crate::EnsureLabelingParameters,
			> as EnsureOrigin<_>>::try_origin(o)
			.map(|_| ()),
			RuntimeParametersKey::Timing(_) =>
				<frame_system::EnsureRoot<u64> as EnsureOrigin<_>>::try_origin(o),
		}
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &RuntimeParametersKey) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

/// Threshold at least a majority; the clear margin not below it; a decision period.
pub struct Rules;
impl CheckParameters<Error<Test>> for Rules {
	fn check() -> Result<(), Error<Test>> {
		use dynamic_params::{labeling, timing};
		use frame_support::traits::Get;
		if labeling::Threshold::get() < Perbill::from_percent(50) {
			return Err(Error::ThresholdBelowMajority);
		}
		if labeling::ClearMargin::get() < labeling::Threshold::get() {
			return Err(Error::ClearMarginBelowThreshold);
		}
		if timing::DecisionPeriod::get() == 0 {
			return Err(Error::ZeroPeriod);
		}
		Ok(())
	}
}

impl pallet_governance::Config for Test {
	type ChangeOrigin = ChangeOrigin;
	type ParameterOrigin = RuntimeOrigin;
	type Checker = Rules;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut ext: sp_io::TestExternalities =
		frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default().into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}
