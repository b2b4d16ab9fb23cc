//! Command-line interface: `run` (the node) plus the standard maintenance and benchmark
//! subcommands.

use polkadot_sdk::{frame_benchmarking_cli, sc_cli};

/// Subcommands besides running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management CLI utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),
	/// Build a chain specification (deprecated: use `export-chain-spec`).
	BuildSpec(sc_cli::BuildSpecCmd),
	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),
	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),
	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),
	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),
	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),
	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),
	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),
	/// Sub-commands concerned with benchmarking: `pallet`, `storage`, `overhead`, `extrinsic`,
	/// `block`, `machine`.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
	/// Db meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}

/// The node's command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// Options of the running node.
	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// Development sealing: instead of Aura slots and GRANDPA votes, seal and finalize a block
	/// every this many milliseconds (and whenever `engine_createBlock` is called). Each block
	/// still gets its own Aura slot and a timestamp one slot after its parent's, so the runtime
	/// sees the chain it would see at 6 s blocks, only faster. For client tests and local
	/// development of a single node; needs `--dev` (or another chain whose only authority
	/// is this node).
	#[arg(long, value_name = "MILLISECONDS", value_parser = clap::value_parser!(u64).range(50..))]
	pub dev_block_time: Option<u64>,
}
