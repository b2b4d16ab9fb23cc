//! Genesis states of the `development` and `local_testnet` chains.

use crate::{
	configs::{parameters::governance as timing, TreasuryAccount},
	AccountId, BalancesConfig, BlockNumber, GovernanceConfig, RuntimeGenesisConfig,
	RuntimeParameters, SudoConfig, EXISTENTIAL_DEPOSIT, MINUTES, UNIT,
};
use codec::Encode;
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use polkadot_sdk::*;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What every pre-funded development account starts with: 1 million LBL.
pub const ENDOWMENT: crate::Balance = 1_000_000 * UNIT;

/// Referendum periods of the `development` chain: a parameter change passes in minutes.
pub fn development_governance_timing() -> Vec<RuntimeParameters> {
	let set = |change: timing::Parameters| RuntimeParameters::Governance(change);
	let blocks = |n: BlockNumber| Some(n);
	vec![
		set(timing::Parameters::PreparePeriod(timing::PreparePeriod, blocks(2))),
		set(timing::Parameters::DecisionPeriod(timing::DecisionPeriod, blocks(5 * MINUTES))),
		set(timing::Parameters::ConfirmPeriod(timing::ConfirmPeriod, blocks(3))),
		set(timing::Parameters::MinEnactmentPeriod(timing::MinEnactmentPeriod, blocks(2))),
		set(timing::Parameters::VoteLockingPeriod(timing::VoteLockingPeriod, blocks(MINUTES))),
		set(timing::Parameters::UndecidingTimeout(timing::UndecidingTimeout, blocks(30 * MINUTES))),
	]
}

/// Review periods of the `development` chain: a case's round takes about a minute, and a
/// case sent to governance waits as long as a referendum takes there.
pub fn development_review_timing() -> Vec<RuntimeParameters> {
	use crate::configs::parameters::review;
	let set = |change: review::Parameters| RuntimeParameters::Review(change);
	let blocks = |n: BlockNumber| Some(n);
	vec![
		set(review::Parameters::DrawPeriod(review::DrawPeriod, blocks(5))),
		set(review::Parameters::CommitPeriod(review::CommitPeriod, blocks(20))),
		set(review::Parameters::RevealPeriod(review::RevealPeriod, blocks(20))),
		set(review::Parameters::AppealPeriod(review::AppealPeriod, blocks(20))),
		set(review::Parameters::DecisionAppealPeriod(review::DecisionAppealPeriod, blocks(20))),
		set(review::Parameters::GovernancePeriod(review::GovernancePeriod, blocks(5 * MINUTES + 10))),
		// A free-text task's review takes commitments for 20 blocks, as a case's round does.
		RuntimeParameters::Tasks(crate::configs::parameters::tasks::Parameters::ReviewPeriod(
			crate::configs::parameters::tasks::ReviewPeriod,
			blocks(20),
		)),
	]
}

/// A genesis state: validators (Aura and GRANDPA keys), funded accounts, the sudo key if the
/// chain has one, and the governed parameters that differ from their defaults.
fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: Option<AccountId>,
	parameters: Vec<RuntimeParameters>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				// The treasury exists from genesis, so that fees of any size can reach it.
				.chain([(TreasuryAccount::get(), EXISTENTIAL_DEPOSIT)])
				.collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: root },
		governance: GovernanceConfig {
			parameters: parameters.iter().map(|p| p.encode().into()).collect::<Vec<_>>(),
		},
	})
}

/// The validator keys of a well-known development account.
fn authority(sr: Sr25519Keyring, ed: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(sr.public().into(), ed.public().into())
}

/// `development`: Alice alone produces and finalizes blocks and holds the sudo key; referenda
/// take minutes.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		[development_governance_timing(), development_review_timing()].concat(),
	)
}

/// `local_testnet`: Alice, Bob, Charlie and Dave validate; every development account is funded.
/// There is no sudo: parameters change by referendum, with the default (real) periods.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		None,
		Vec::new(),
	)
}

/// The JSON patch of a named preset, if the runtime has it.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|s| s.into_bytes())
}

/// The names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

/// The `development` chain's genesis storage: the preset's JSON patch over the default
/// config, as the node builds it (for tests that run the runtime natively).
#[cfg(feature = "std")]
pub fn development_storage() -> Result<sp_runtime::Storage, alloc::string::String> {
	use sp_runtime::BuildStorage;
	fn merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) =>
				for (key, value) in patch {
					merge(base.entry(key).or_insert(Value::Null), value);
				},
			(base, patch) => *base = patch,
		}
	}
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).map_err(|e| e.to_string())?;
	merge(&mut config, development_config_genesis());
	let config: RuntimeGenesisConfig = serde_json::from_value(config).map_err(|e| e.to_string())?;
	config.build_storage()
}
