//! Weights of the FRAME code every transaction runs, benchmarked on this machine by
//! `scripts/benchmark-runtime.sh` (our own pallets keep theirs in `pallets/*/src/weights.rs`).
//! They replace the reference-hardware defaults, which price storage as RocksDB does: this
//! node stores state in ParityDB, and the throughput benchmark compares our calls with a
//! transfer, so both must be weighed on the same machine with the same database costs.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_transaction_payment;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
