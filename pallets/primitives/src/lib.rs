//! Types and traits through which LabelChain's pallets talk to each other.
//!
//! Each pallet owns one step of a label's life: the task registry (escrow), tiers (stake and
//! permission), labels (commit-reveal), consensus (finalization) and reputation. They know each
//! other only through the traits here, which the runtime wires together.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod labels;
pub mod merkle;
pub mod stake;
pub mod task;

pub use labels::*;
pub use stake::*;
pub use task::*;
