//! The LabelChain runtime.
//!
//! `configs/` holds the configuration of every pallet (the runtime decides policy, the pallets stay
//! generic), `apis.rs` the runtime APIs the node and clients call, and
//! `genesis_config_presets.rs` the `development` and `local_testnet` genesis states.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!`-style macros expand deeply.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod labeling_api;
pub mod weights;

pub use configs::{RuntimeParameters, RuntimeParametersKey, RuntimeParametersValue};

use alloc::{borrow::Cow, vec::Vec};
use polkadot_sdk::*;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys a validator registers: Aura for authoring, GRANDPA for finality.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("labelchain"),
	impl_name: Cow::Borrowed("labelchain"),
	authoring_version: 1,
	spec_version: 116,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	// 2: `labels.commit_singles` takes one combined proof for its items (its arguments changed).
	transaction_version: 3,
	system_version: 1,
};

/// Target block time. Aura slots and GRANDPA rounds follow it.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Aura's slot duration equals the block time: one author per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Block counts for durations, at the target block time.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// The native token, LBL, has 12 decimals: one `UNIT` is 10^12 plancks.
pub const UNIT: Balance = 1_000_000_000_000;
pub const MILLI_UNIT: Balance = 1_000_000_000;
pub const MICRO_UNIT: Balance = 1_000_000;
/// Symbol and decimals that wallets show (chain properties).
pub const TOKEN_SYMBOL: &str = "LBL";
pub const TOKEN_DECIMALS: u8 = 12;
/// The SS58 address prefix (42: the generic Substrate prefix every wallet knows).
pub const SS58_PREFIX: u16 = 42;

/// The minimum balance an account must keep to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;
/// An account on the chain: the public key of the signer of a `MultiSignature`.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Index of a transaction in the chain.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// An index to a block.
pub type BlockNumber = u32;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A Block signed with a Justification.
pub type SignedBlock = generic::SignedBlock<Block>;
/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions checked on every signed extrinsic.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade (labels before consensus: the walks that
/// consensus restarts follow the chunks that labels lists).
type Migrations = (
	pallet_labels::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_consensus::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_consensus::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_tasks::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_tasks::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_tasks::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_tasks::migrations::v4::MigrateV3ToV4<Runtime>,
	pallet_reputation::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_reputation::migrations::v2::MigrateV1ToV2<Runtime>,
);

/// Executive: handles dispatch to the various pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;
	/// Randomness for the review court's draws and audits (see the README for its trust).
	#[runtime::pallet_index(7)]
	pub type RandomnessCollectiveFlip = pallet_insecure_randomness_collective_flip;

	#[runtime::pallet_index(10)]
	pub type Nfts = pallet_nfts;

	// Governance: referenda voted with conviction, enacted through the scheduler; governed
	// parameters behind their bounds; the treasury.
	#[runtime::pallet_index(30)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(31)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(32)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(33)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(34)]
	pub type Parameters = pallet_parameters;
	#[runtime::pallet_index(35)]
	pub type Governance = pallet_governance;
	#[runtime::pallet_index(36)]
	pub type Treasury = pallet_treasury;

	// Labeling: one pallet per step of a label's life.
	#[runtime::pallet_index(20)]
	pub type Tasks = pallet_tasks;
	#[runtime::pallet_index(21)]
	pub type Tiers = pallet_tiers;
	#[runtime::pallet_index(22)]
	pub type Labels = pallet_labels;
	#[runtime::pallet_index(23)]
	pub type Reputation = pallet_reputation;
	#[runtime::pallet_index(24)]
	pub type Consensus = pallet_consensus;
	#[runtime::pallet_index(25)]
	pub type Review = pallet_review;
	#[runtime::pallet_index(26)]
	pub type Assignment = pallet_assignment;
}
