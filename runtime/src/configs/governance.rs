//! On-chain governance: OpenGov (referenda voted with conviction, enacted by the scheduler from
//! a preimage) with two tracks — root, and labeling parameters with its own origin — and the
//! treasury that receives protocol fees and slashes.

use super::parameters::{governance as timing, ParameterChangeOrigin, ParameterRules};
use super::{RuntimeBlockWeights, TreasuryAccount};
use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin,
	RuntimeParameters, Scheduler, System, DAYS, UNIT,
};
use alloc::borrow::Cow;
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, tokens::UnityAssetBalanceConversion, ConstU32,
		EqualPrivilegeOnly, Get, LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned};
use pallet_referenda::{Curve, Track, TrackInfo};
use polkadot_sdk::*;
use sp_runtime::{str_array as name, traits::IdentityLookup, FixedI64};

impl pallet_parameters::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeParameters = RuntimeParameters;
	// Nothing but a change `Governance::set_parameter` has checked: root cannot bypass bounds.
	type AdminOrigin = pallet_governance::EnsureCheckedChange;
	// Its call is only reached through `Governance::set_parameter`, whose benchmark covers it.
	type WeightInfo = ();
}

impl pallet_governance::Config for Runtime {
	type ChangeOrigin = ParameterChangeOrigin;
	type ParameterOrigin = RuntimeOrigin;
	type Checker = ParameterRules;
	type WeightInfo = pallet_governance::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = UNIT;
	pub const PreimageByteDeposit: Balance = crate::MILLI_UNIT;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

/// Preimages: the calls referenda vote on, stored against a held deposit.
impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Four fifths of a block for scheduled calls (enacted referenda).
	pub MaximumSchedulerWeight: Weight =
		RuntimeBlockWeights::get().max_block.saturating_div(5).saturating_mul(4);
}

/// The scheduler enacts passed referenda and wakes referenda up at their deadlines.
impl pallet_scheduler::Config for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeEvent = RuntimeEvent;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// Token holders vote with their free balance, locked for longer the more conviction they add.
impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<512>;
	type VoteLockingPeriod = timing::VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	pub const SubmissionDeposit: Balance = 10 * UNIT;
	pub const AlarmInterval: BlockNumber = 1;
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	// Any balance holder may propose; the track follows from the origin the proposal asks for.
	type SubmitOrigin = EnsureSigned<AccountId>;
	type CancelOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	// Deposits of referenda killed for abuse go to the treasury.
	type Slash = crate::Treasury;
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = timing::UndecidingTimeout;
	type AlarmInterval = AlarmInterval;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// Track ids.
pub const ROOT_TRACK: u16 = 0;
pub const LABELING_PARAMETERS_TRACK: u16 = 1;

const fn percent(x: i32) -> FixedI64 {
	FixedI64::from_rational(x as u128, 100)
}

/// The two tracks. Their periods are governed parameters (`governance` group: short on the
/// `development` chain, days on a real one); the curves are fractions of the decision period.
pub struct TracksInfo;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		let prepare_period = timing::PreparePeriod::get();
		let decision_period = timing::DecisionPeriod::get();
		let confirm_period = timing::ConfirmPeriod::get();
		let min_enactment_period = timing::MinEnactmentPeriod::get();
		[
			Track {
				id: ROOT_TRACK,
				info: TrackInfo {
					name: name("root"),
					max_deciding: 1,
					decision_deposit: 10_000 * UNIT,
					prepare_period,
					decision_period,
					confirm_period,
					min_enactment_period,
					// Approval from 100 % down to 50 %; support from 50 % down to nothing.
					min_approval: Curve::make_reciprocal(4, 28, percent(80), percent(50), percent(100)),
					min_support: Curve::make_linear(28, 28, percent(0), percent(50)),
				},
			},
			Track {
				id: LABELING_PARAMETERS_TRACK,
				info: TrackInfo {
					name: name("labeling_parameters"),
					max_deciding: 10,
					decision_deposit: 1_000 * UNIT,
					prepare_period,
					decision_period,
					confirm_period,
					min_enactment_period,
					// A majority of the votes cast, rising to all of them early on; support
					// from 50 % of the issuance early down to 10 % a quarter in, then towards 0.
					min_approval: Curve::make_linear(17, 28, percent(50), percent(100)),
					min_support: Curve::make_reciprocal(7, 28, percent(10), percent(0), percent(50)),
				},
			},
		]
		.into_iter()
		.map(Cow::Owned)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ROOT_TRACK),
			OriginCaller::Governance(pallet_governance::Origin::LabelingParameters) =>
				Ok(LABELING_PARAMETERS_TRACK),
			_ => Err(()),
		}
	}
}

parameter_types! {
	pub const SpendPeriod: BlockNumber = 6 * DAYS;
	pub const PayoutPeriod: BlockNumber = 30 * DAYS;
	pub const MaxBalance: Balance = Balance::MAX;
}

/// The treasury: protocol fees, forfeited gold deposits and slashes land in its account.
impl pallet_treasury::Config for Runtime {
	type PalletId = super::labeling::TreasuryPalletId;
	type Currency = Balances;
	type RejectOrigin = EnsureRoot<AccountId>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	type Burn = ();
	type BurnDestination = ();
	type SpendFunds = ();
	type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
	type MaxApprovals = ConstU32<100>;
	type SpendOrigin = EnsureRootWithSuccess<AccountId, MaxBalance>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = frame_support::traits::tokens::pay::PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	type BlockNumberProvider = System;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}
