//! Configuration of the labeling pallets: the task registry, and the accounts and bounds they
//! share.

use crate::{Balance, Balances, BlockNumber, Runtime, RuntimeEvent, RuntimeHoldReason, DAYS, UNIT};
use frame_support::{parameter_types, PalletId};
use polkadot_sdk::*;
use sp_runtime::{traits::AccountIdConversion, Permill};

parameter_types! {
	/// The treasury's pallet id: protocol fees and forfeits go to the account derived from it.
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	pub TreasuryAccount: crate::AccountId = TreasuryPalletId::get().into_account_truncating();

	// Economic parameters of the task registry. Their governed home is `pallet-parameters`
	// (issue 7); until then these are their genesis values.
	pub const ProtocolFee: Permill = Permill::from_percent(2);
	pub const GoldDeposit: Balance = 10 * UNIT;
	pub const MinRevealPeriod: BlockNumber = 10;
	pub const GoldRevealPeriod: BlockNumber = 100;
	pub const FinalizationPeriod: BlockNumber = 600;
	pub const MaxTaskDuration: BlockNumber = 90 * DAYS;
}

impl pallet_tasks::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FeeDestination = TreasuryAccount;
	type ProtocolFee = ProtocolFee;
	type GoldDeposit = GoldDeposit;
	type MinRevealPeriod = MinRevealPeriod;
	type GoldRevealPeriod = GoldRevealPeriod;
	type FinalizationPeriod = FinalizationPeriod;
	type MaxTaskDuration = MaxTaskDuration;
	type MaxClasses = frame_support::traits::ConstU16<256>;
	type MaxRedundancy = frame_support::traits::ConstU8<15>;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type MaxUriLen = frame_support::traits::ConstU32<256>;
	type MaxListedItems = frame_support::traits::ConstU32<64>;
	type MaxItems = frame_support::traits::ConstU32<1_000_000>;
	type MaxGoldItems = frame_support::traits::ConstU32<256>;
	type MaxSettlementsPerBlock = frame_support::traits::ConstU32<16>;
	type WeightInfo = pallet_tasks::weights::SubstrateWeight<Runtime>;
}
