//! LabelChain node: Aura block production, GRANDPA finality, ParityDB storage, JSON-RPC.

#![warn(missing_docs)]

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	command::run()
}
