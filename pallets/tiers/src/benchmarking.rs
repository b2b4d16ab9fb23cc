//! Benchmarks of staking and badges (frame-benchmarking v2), each at its worst case.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::{Inspect, Mutate}, Get};
use frame_system::RawOrigin;
use polkadot_sdk::{frame_benchmarking, sp_runtime::traits::Saturating};

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let plenty = Pallet::<T>::minimum_bond().saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, plenty.saturating_add(T::Currency::minimum_balance()));
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A first bond: creates the collection, mints the badge, writes its tier.
	#[benchmark]
	fn bond() {
		let who = funded::<T>("labeler");
		let amount = Pallet::<T>::minimum_bond();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert!(Labelers::<T>::contains_key(&who));
	}

	/// Unbonding everything: the tier falls and the badge is rewritten.
	#[benchmark]
	fn unbond() -> Result<(), BenchmarkError> {
		let who = funded::<T>("labeler");
		let amount = Pallet::<T>::minimum_bond();
		Pallet::<T>::do_bond(&who, amount)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);

		assert_eq!(Labelers::<T>::get(&who).map(|l| l.tier), Some(0));
		Ok(())
	}

	/// `c` matured chunks; the last withdrawal leaves and burns the badge.
	#[benchmark]
	fn withdraw_unbonded(c: Linear<1, { T::MaxUnbondingChunks::get() }>) -> Result<(), BenchmarkError> {
		let who = funded::<T>("labeler");
		let min = Pallet::<T>::minimum_bond();
		Pallet::<T>::do_bond(&who, min.saturating_mul(c.into()))?;
		for _ in 0..c {
			Pallet::<T>::do_unbond(&who, min)?;
		}
		let later = frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Labelers::<T>::contains_key(&who));
		Ok(())
	}

	/// A refresh that changes the tier (a suspension ended).
	#[benchmark]
	fn refresh_tier() -> Result<(), BenchmarkError> {
		let who = funded::<T>("labeler");
		Pallet::<T>::do_bond(&who, Pallet::<T>::minimum_bond())?;
		<Pallet<T> as labelchain_primitives::StakeSlash<T::AccountId>>::suspend(&who);
		let later = frame_system::Pallet::<T>::block_number().saturating_add(T::SuspensionPeriod::get());
		frame_system::Pallet::<T>::set_block_number(later);
		let caller = funded::<T>("caller");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());

		assert_eq!(Labelers::<T>::get(&who).map(|l| l.tier), Some(1));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
