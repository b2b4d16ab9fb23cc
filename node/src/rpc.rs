//! The node's JSON-RPC extensions beside the standard `system`, `chain`, `state` and `author`
//! methods that sc-service provides: nonces, fees, and LabelChain's `labeling_*` methods.

pub mod labeling;

use std::sync::Arc;

use jsonrpsee::RpcModule;
use labelchain_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use polkadot_sdk::{
	pallet_transaction_payment_rpc, sc_transaction_pool_api, sp_api, sp_block_builder,
	sp_blockchain, substrate_frame_rpc_system,
};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC extensions need from the node.
pub struct FullDeps<C, P> {
	/// The client instance to use.
	pub client: Arc<C>,
	/// Transaction pool instance.
	pub pool: Arc<P>,
}

/// Builds the RPC extensions: account nonces (`system_accountNextIndex`), fee queries
/// (`payment_queryInfo`, `payment_queryFeeDetails`) and the `labeling_*` views.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: labelchain_primitives::api::LabelingApi<Block, AccountId, Balance, BlockNumber>,
	P: TransactionPool + 'static,
{
	use labeling::{Labeling, LabelingRpcServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Labeling::new(client).into_rpc())?;

	Ok(module)
}
