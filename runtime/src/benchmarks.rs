//! The pallets whose benchmarks the node's `benchmark pallet` runs.

use crate::Runtime;
use polkadot_sdk::{frame_system_benchmarking, pallet_transaction_payment};

impl frame_system_benchmarking::Config for Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

polkadot_sdk::frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_tasks, Tasks]
	[pallet_tiers, Tiers]
	[pallet_labels, Labels]
	[pallet_consensus, Consensus]
	[pallet_review, Review]
	[pallet_assignment, Assignment]
	[pallet_governance, Governance]
);
