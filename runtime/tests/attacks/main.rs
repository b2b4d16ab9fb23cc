//! The attack suite: each test performs an attack from `shared/research/attack-review.md`
//! against the real runtime, asserts that it fails or costs the attacker more than it gains,
//! and checks every pallet's invariants after every block. One file per attack family.

mod bonds;
mod cartel;
mod common;
mod escrow;
mod fees;
mod finalization;
mod gold;
mod graded;
mod reputation;
mod review;
mod slots;
mod state;
