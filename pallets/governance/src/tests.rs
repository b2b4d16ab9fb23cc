//! Bounded parameter changes: who may change what, which values are refused, and genesis.

use crate::{mock::*, Error, Origin};
use crate::mock::dynamic_params::{labeling, timing};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::Get};
use polkadot_sdk::{
	frame_support, pallet_parameters,
	sp_runtime::{BuildStorage, DispatchError, Perbill},
};

fn threshold(percent: u32) -> RuntimeParameters {
	RuntimeParameters::Labeling(labeling::Parameters::Threshold(
		labeling::Threshold,
		Some(Perbill::from_percent(percent)),
	))
}

fn labeling_track() -> RuntimeOrigin {
	RuntimeOrigin::from(Origin::LabelingParameters)
}

#[test]
fn the_labeling_track_changes_a_labeling_parameter() {
	new_test_ext().execute_with(|| {
		assert_ok!(Governance::set_parameter(labeling_track(), threshold(55)));
		assert_eq!(labeling::Threshold::get(), Perbill::from_percent(55));
		System::assert_last_event(RuntimeEvent::Parameters(pallet_parameters::Event::Updated {
			key: RuntimeParametersKey::Labeling(labeling::ParametersKey::Threshold(
				labeling::Threshold,
			)),
			old_value: None,
			new_value: Some(RuntimeParametersValue::Labeling(labeling::ParametersValue::Threshold(
				Perbill::from_percent(55),
			))),
		}));
	});
}

#[test]
fn out_of_bounds_values_are_refused_even_from_root() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Governance::set_parameter(RuntimeOrigin::root(), threshold(49)),
			Error::<Test>::ThresholdBelowMajority
		);
		assert_noop!(
			Governance::set_parameter(labeling_track(), threshold(49)),
			Error::<Test>::ThresholdBelowMajority
		);
		assert_eq!(labeling::Threshold::get(), Perbill::from_percent(60));
	});
}

#[test]
fn inconsistent_combinations_are_refused() {
	new_test_ext().execute_with(|| {
		// A threshold above the clear margin (66 %) would slash honest minorities of unclear
		// items.
		assert_noop!(
			Governance::set_parameter(labeling_track(), threshold(70)),
			Error::<Test>::ClearMarginBelowThreshold
		);
		let margin = |p| {
			RuntimeParameters::Labeling(labeling::Parameters::ClearMargin(
				labeling::ClearMargin,
				Some(Perbill::from_percent(p)),
			))
		};
		// Raise the margin first, then the threshold: both are accepted.
		assert_ok!(Governance::set_parameter(labeling_track(), margin(80)));
		assert_ok!(Governance::set_parameter(labeling_track(), threshold(70)));
		// Restoring the margin's default (66 %) now conflicts with the threshold.
		assert_noop!(
			Governance::set_parameter(
				labeling_track(),
				RuntimeParameters::Labeling(labeling::Parameters::ClearMargin(
					labeling::ClearMargin,
					None
				))
			),
			Error::<Test>::ClearMarginBelowThreshold
		);
	});
}

#[test]
fn other_origins_are_refused() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Governance::set_parameter(RuntimeOrigin::signed(1), threshold(55)),
			DispatchError::BadOrigin
		);
		// The labeling track may not change the governance timings.
		let decision = RuntimeParameters::Timing(timing::Parameters::DecisionPeriod(
			timing::DecisionPeriod,
			Some(10),
		));
		assert_noop!(
			Governance::set_parameter(labeling_track(), decision.clone()),
			DispatchError::BadOrigin
		);
		assert_ok!(Governance::set_parameter(RuntimeOrigin::root(), decision));
		assert_eq!(timing::DecisionPeriod::get(), 10);
	});
}

#[test]
fn pallet_parameters_obeys_no_origin_but_the_checked_change() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::root(), labeling_track(), RuntimeOrigin::signed(1)] {
			assert_noop!(
				Parameters::set_parameter(origin, threshold(10)),
				DispatchError::BadOrigin
			);
		}
	});
}

fn genesis_with(change: RuntimeParameters) -> polkadot_sdk::sp_io::TestExternalities {
	RuntimeGenesisConfig {
		governance: crate::GenesisConfig {
			parameters: vec![change.encode().into()],
			_config: Default::default(),
		},
		..Default::default()
	}
	.build_storage()
	.unwrap_or_default()
	.into()
}

#[test]
fn genesis_replaces_defaults() {
	genesis_with(threshold(62)).execute_with(|| {
		assert_eq!(labeling::Threshold::get(), Perbill::from_percent(62));
		assert_ok!(Governance::do_try_state());
	});
}

#[test]
fn a_genesis_that_breaks_the_rules_fails_try_state() {
	genesis_with(threshold(75)).execute_with(|| {
		assert!(Governance::do_try_state().is_err());
	});
}
