//! Types and traits through which LabelChain's pallets talk to each other.
//!
//! Each pallet owns one step of a label's life: the task registry (escrow), tiers (stake and
//! permission), labels (commit-reveal), consensus (finalization) and reputation. They know each
//! other only through the traits here, which the runtime wires together. `api` declares the
//! runtime API through which the node's `labeling_*` RPC methods read the chain.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod answers;
pub mod api;
pub mod dealing;
pub mod labels;
pub mod merkle;
pub mod results;
pub mod review;
pub mod sortition;
pub mod stake;
pub mod task;

pub use dealing::*;
pub use labels::*;
pub use results::*;
pub use review::*;
pub use stake::*;
pub use task::*;

/// A hash whose last 8 bytes are `n` (big-endian): distinct placeholder content hashes for
/// benchmarks and tests, in `no_std` too.
pub fn numbered_hash(n: u64) -> polkadot_sdk::sp_core::H256 {
	let mut bytes = [0u8; 32];
	bytes[24..].copy_from_slice(&n.to_be_bytes());
	polkadot_sdk::sp_core::H256(bytes)
}
