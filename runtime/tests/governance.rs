//! Governance against the real runtime, from the `development` preset's genesis: a referendum on
//! the labeling-parameters track changes the deviation slash; the next task is settled with the
//! new fraction while a task in flight keeps the old one; a rejected referendum changes nothing;
//! out-of-bounds values are refused even from root.

use codec::{Decode, Encode};
use labelchain_primitives::{Label, LabelSchema, TaskInspect};
use labelchain_runtime::{
	configs::parameters::{consensus, governance as timing, tiers},
	genesis_config_presets, AccountId, AllPalletsWithSystem, Balance, BlockNumber, ConvictionVoting,
	Governance, Labels, OriginCaller, Parameters, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, RuntimeParameters, System, Tasks, Tiers,
	UNIT,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{schedule::DispatchTime, Get, OnIdle, OnInitialize, StorePreimage},
		weights::Weight,
	},
	pallet_conviction_voting::{AccountVote, Conviction, Vote},
	pallet_referenda::ReferendumInfo,
	sp_core::H256,
	sp_io,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{DispatchError, Perbill},
};

/// The development chain's genesis state: the preset's JSON patch over the default config.
fn dev_chain() -> sp_io::TestExternalities {
	let storage = genesis_config_presets::development_storage().expect("the development genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs the block hooks up to `n`: the scheduler (referenda alarms, enactment), the task
/// registry and the consensus queue.
fn run_to(n: BlockNumber) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<AllPalletsWithSystem as OnInitialize<BlockNumber>>::on_initialize(next);
		<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(next, Weight::from_parts(u64::MAX / 4, u64::MAX / 4));
	}
}

fn account(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(account(k))
}

fn deviation_slash(percent: u32) -> RuntimeParameters {
	RuntimeParameters::Consensus(consensus::Parameters::DeviationSlash(
		consensus::DeviationSlash,
		Some(Perbill::from_percent(percent)),
	))
}

/// Alice proposes `change` on the labeling-parameters track (preimage noted, decision deposit
/// placed); returns the referendum index.
fn propose(change: RuntimeParameters) -> u32 {
	let call = RuntimeCall::Governance(pallet_governance::Call::set_parameter { change });
	assert_ok!(Preimage::note_preimage(signed(Sr25519Keyring::Alice), call.encode()));
	let proposal = <Preimage as StorePreimage>::bound(call).expect("bounded");
	let index = pallet_referenda_next_index();
	assert_ok!(Referenda::submit(
		signed(Sr25519Keyring::Alice),
		Box::new(OriginCaller::Governance(pallet_governance::Origin::LabelingParameters)),
		proposal,
		DispatchTime::After(timing::MinEnactmentPeriod::get()),
	));
	assert_ok!(Referenda::place_decision_deposit(signed(Sr25519Keyring::Alice), index));
	index
}

fn pallet_referenda_next_index() -> u32 {
	polkadot_sdk::pallet_referenda::ReferendumCount::<Runtime>::get()
}

fn vote(who: Sr25519Keyring, index: u32, aye: bool) {
	assert_ok!(ConvictionVoting::vote(
		signed(who),
		index,
		AccountVote::Standard {
			vote: Vote { aye, conviction: Conviction::Locked1x },
			balance: 500_000 * UNIT,
		}
	));
}

const LABELERS: [Sr25519Keyring; 5] = [
	Sr25519Keyring::Eve,
	Sr25519Keyring::Ferdie,
	Sr25519Keyring::Charlie,
	Sr25519Keyring::Dave,
	Sr25519Keyring::Alice,
];
/// The labeler who deviates: four newcomers against one make a clear decision.
const DEVIANT: usize = 4;

/// Bob posts a one-item task for five labelers, open for commitments for 5 blocks and for
/// reveals until `reveal_window` blocks from now; each commits (the last to a deviating label).
fn task_with_commitments(reveal_window: BlockNumber) -> u64 {
	let now = System::block_number();
	let item = H256::repeat_byte(7);
	let spec = pallet_tasks::TaskSpec {
		manifest_hash: H256::repeat_byte(1),
		manifest_uri: Vec::new(),
		domain: 1,
		schema: LabelSchema::Categorical { classes: 2 },
		items: pallet_tasks::ItemsSpec::List(vec![item]),
		redundancy: 5,
		min_tier: 0,
		commit_deadline: now + 5,
		reveal_deadline: now + reveal_window,
		reward_per_item: 5 * UNIT,
		gold: None,
		quorum: None,
		threshold: None,
	};
	let task = pallet_tasks::NextTaskId::<Runtime>::get();
	assert_ok!(Tasks::create_task(signed(Sr25519Keyring::Bob), spec));
	// Seats are dealt in the next block: five members, five seats.
	run_to(now + 1);
	for (i, who) in LABELERS.iter().enumerate() {
		let label = label_of(i);
		let commitment = Labels::commitment_of(&account(*who), task, 0, &label, &[i as u8; 32]);
		assert_ok!(Labels::commit(signed(*who), task, 0, item, Vec::new(), commitment));
	}
	task
}

fn label_of(labeler: usize) -> Label {
	Label::Class(if labeler == DEVIANT { 1 } else { 0 })
}

fn reveal_all(task: u64) {
	for (i, who) in LABELERS.iter().enumerate() {
		assert_ok!(Labels::reveal(signed(*who), task, 0, label_of(i), [i as u8; 32]));
	}
}

/// What the deviating labeler lost on `task`'s item.
fn deviant_slash(task: u64) -> Balance {
	System::events()
		.into_iter()
		.find_map(|r| match r.event {
			RuntimeEvent::Consensus(pallet_consensus::Event::BondSlashed {
				task: t, labeler, amount, ..
			}) if t == task && labeler == account(LABELERS[DEVIANT]) => Some(amount),
			_ => None,
		})
		.expect("the deviant was slashed")
}

#[test]
fn a_referendum_changes_the_slash_for_new_tasks_only() {
	dev_chain().execute_with(|| {
		for who in LABELERS {
			assert_ok!(Tiers::bond(signed(who), tiers::Thresholds::get()[0].min_stake * 2));
			assert_ok!(labelchain_runtime::Assignment::join_pool(signed(who), 1));
		}
		assert_eq!(consensus::DeviationSlash::get(), Perbill::from_percent(100));
		// Its reveals come after the vote, so it is finalized under the new parameters' reign.
		let in_flight = task_with_commitments(200);

		let referendum = propose(deviation_slash(80));
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Dave] {
			vote(who, referendum, true);
		}
		// Prepare, decide, confirm, enact: minutes on the development chain.
		let submitted = System::block_number();
		let deadline = System::block_number() +
			timing::PreparePeriod::get() +
			timing::DecisionPeriod::get() +
			timing::MinEnactmentPeriod::get();
		while consensus::DeviationSlash::get() == Perbill::from_percent(100) &&
			System::block_number() < deadline
		{
			run_to(System::block_number() + 1);
		}
		assert_eq!(consensus::DeviationSlash::get(), Perbill::from_percent(80));
		// Not before the track's prepare, confirm and enactment periods have all passed.
		let enacted = System::block_number();
		assert!(
			enacted >=
				submitted +
					timing::PreparePeriod::get() +
					timing::ConfirmPeriod::get() +
					timing::MinEnactmentPeriod::get(),
			"enacted at {enacted}, submitted at {submitted}"
		);
		eprintln!("referendum submitted at block {submitted}, enacted at block {enacted}");
		assert!(matches!(
			polkadot_sdk::pallet_referenda::ReferendumInfoFor::<Runtime>::get(referendum),
			Some(ReferendumInfo::Approved(..))
		));

		// The task in flight keeps the fraction it was created under; a new one gets the new.
		let next = task_with_commitments(20);
		let terms = |t| <Tasks as TaskInspect<_, _>>::task(t).expect("task").labeling;
		assert_eq!(terms(in_flight).deviation_slash, Perbill::from_percent(100));
		assert_eq!(terms(next).deviation_slash, Perbill::from_percent(80));

		// Both are labeled and finalized: the deviant loses up to all of the bond on the old
		// task and up to 80 % on the new one (the bond is five shares of a 1 LBL share: 5 LBL).
		run_to(System::block_number() + 6);
		reveal_all(in_flight);
		reveal_all(next);
		let finalized = |t| pallet_consensus::Results::<Runtime>::get(t, 0).is_some();
		let deadline = System::block_number() + 250;
		while !(finalized(in_flight) && finalized(next)) && System::block_number() < deadline {
			run_to(System::block_number() + 1);
		}
		// An outvoted labeler loses the slash times the decision's certainty (four against one:
		// most of it).
		let bond = 5 * UNIT;
		let certainty = |t| {
			let result = pallet_consensus::Results::<Runtime>::get(t, 0).expect("final");
			pallet_consensus::Pallet::<Runtime>::reference_evidence(result.confidence, Some(2))
		};
		assert!(certainty(in_flight) > Perbill::from_percent(80));
		assert_eq!(deviant_slash(in_flight), (Perbill::one() * certainty(in_flight)) * bond);
		assert_eq!(deviant_slash(next), (Perbill::from_percent(80) * certainty(next)) * bond);
		assert!(deviant_slash(next) < deviant_slash(in_flight));
	});
}

#[test]
fn a_rejected_referendum_changes_nothing() {
	dev_chain().execute_with(|| {
		let referendum = propose(deviation_slash(80));
		vote(Sr25519Keyring::Alice, referendum, false);
		vote(Sr25519Keyring::Bob, referendum, false);
		run_to(
			System::block_number() +
				timing::PreparePeriod::get() +
				timing::DecisionPeriod::get() +
				timing::ConfirmPeriod::get() +
				2,
		);
		assert!(matches!(
			polkadot_sdk::pallet_referenda::ReferendumInfoFor::<Runtime>::get(referendum),
			Some(ReferendumInfo::Rejected(..))
		));
		assert_eq!(consensus::DeviationSlash::get(), Perbill::from_percent(100));
		assert!(polkadot_sdk::pallet_parameters::Parameters::<Runtime>::get(
			labelchain_runtime::RuntimeParametersKey::Consensus(
				consensus::ParametersKey::DeviationSlash(consensus::DeviationSlash)
			)
		)
		.is_none());
	});
}

#[test]
fn out_of_bounds_values_are_refused_even_from_root() {
	use pallet_governance::Error;
	dev_chain().execute_with(|| {
		let root = || RuntimeOrigin::root();
		let threshold = RuntimeParameters::Consensus(consensus::Parameters::Threshold(
			consensus::Threshold,
			Some(Perbill::from_percent(40)),
		));
		assert_noop!(Governance::set_parameter(root(), threshold), Error::<Runtime>::ThresholdBelowMajority);
		let quorum =
			RuntimeParameters::Consensus(consensus::Parameters::Quorum(consensus::Quorum, Some(16)));
		assert_noop!(Governance::set_parameter(root(), quorum), Error::<Runtime>::QuorumAboveRedundancy);
		let unbonding =
			RuntimeParameters::Tiers(tiers::Parameters::UnbondingPeriod(tiers::UnbondingPeriod, Some(0)));
		assert_noop!(Governance::set_parameter(root(), unbonding), Error::<Runtime>::ZeroPeriod);
		// Deviating must never cost more than not revealing (100 % by default).
		let no_reveal = RuntimeParameters::Consensus(consensus::Parameters::NoRevealSlash(
			consensus::NoRevealSlash,
			Some(Perbill::from_percent(30)),
		));
		assert_noop!(Governance::set_parameter(root(), no_reveal), Error::<Runtime>::NoRevealBelowDeviation);
		let mut tiers_table = tiers::Thresholds::get();
		tiers_table[1].min_stake = tiers_table[0].min_stake;
		let table = RuntimeParameters::Tiers(tiers::Parameters::Thresholds(tiers::Thresholds, Some(tiers_table)));
		assert_noop!(Governance::set_parameter(root(), table), Error::<Runtime>::TiersNotIncreasing);
		// Bonds, deposits and stakes have ceilings; the evidence floor, the state deposit and
		// the retention period have floors.
		use labelchain_runtime::configs::parameters::{bonds, reputation, tasks};
		let bond = RuntimeParameters::Bonds(bonds::Parameters::CommitBond(bonds::CommitBond, Some(1_001 * UNIT)));
		assert_noop!(Governance::set_parameter(root(), bond), Error::<Runtime>::AboveMaximum);
		let gold = RuntimeParameters::Tasks(tasks::Parameters::GoldDeposit(tasks::GoldDeposit, Some(1_001 * UNIT)));
		assert_noop!(Governance::set_parameter(root(), gold), Error::<Runtime>::AboveMaximum);
		let mut steep = tiers::Thresholds::get();
		steep[3].min_stake = 2_000_000 * UNIT;
		let steep = RuntimeParameters::Tiers(tiers::Parameters::Thresholds(tiers::Thresholds, Some(steep)));
		assert_noop!(Governance::set_parameter(root(), steep), Error::<Runtime>::AboveMaximum);
		let floor = RuntimeParameters::Reputation(reputation::Parameters::TierEvidenceFloor(
			reputation::TierEvidenceFloor,
			Some(0),
		));
		assert_noop!(Governance::set_parameter(root(), floor), Error::<Runtime>::ZeroValue);
		let free_state =
			RuntimeParameters::Tasks(tasks::Parameters::ItemStateDeposit(tasks::ItemStateDeposit, Some(0)));
		assert_noop!(Governance::set_parameter(root(), free_state), Error::<Runtime>::ZeroValue);
		let short = RuntimeParameters::Tasks(tasks::Parameters::StateRetention(
			tasks::StateRetention,
			Some(labelchain_runtime::DAYS - 1),
		));
		assert_noop!(Governance::set_parameter(root(), short), Error::<Runtime>::RetentionTooShort);
		// Free text: reviewers and authors are both paid, and a review has reviewers.
		for share in [0, 100] {
			let review_share = RuntimeParameters::Tasks(tasks::Parameters::ReviewShare(
				tasks::ReviewShare,
				Some(Perbill::from_percent(share)),
			));
			let refusal = if share == 0 { Error::<Runtime>::ZeroValue } else { Error::<Runtime>::AboveMaximum };
			assert_noop!(Governance::set_parameter(root(), review_share), refusal);
		}
		let no_reviewers =
			RuntimeParameters::Tasks(tasks::Parameters::ReviewRedundancy(tasks::ReviewRedundancy, Some(0)));
		assert_noop!(Governance::set_parameter(root(), no_reviewers), Error::<Runtime>::ZeroValue);
		let crowd =
			RuntimeParameters::Tasks(tasks::Parameters::ReviewRedundancy(tasks::ReviewRedundancy, Some(16)));
		assert_noop!(Governance::set_parameter(root(), crowd), Error::<Runtime>::AboveMaximum);

		// A share above 100 % cannot even be expressed: it does not decode.
		let mut call = RuntimeCall::Governance(pallet_governance::Call::set_parameter {
			change: deviation_slash(50),
		})
		.encode();
		let parts = Perbill::from_percent(50).deconstruct().encode();
		let at = call.windows(4).rposition(|w| w == parts.as_slice()).expect("value in the call");
		call[at..at + 4].copy_from_slice(&2_000_000_000u32.encode());
		assert!(RuntimeCall::decode(&mut call.as_slice()).is_err());

		// Root cannot go around the bounds through pallet-parameters, nor can anyone else; an
		// account cannot change parameters at all; in-bounds values from root pass.
		assert_noop!(Parameters::set_parameter(root(), deviation_slash(10)), DispatchError::BadOrigin);
		assert_noop!(
			Governance::set_parameter(signed(Sr25519Keyring::Alice), deviation_slash(10)),
			DispatchError::BadOrigin
		);
		assert_ok!(Governance::set_parameter(root(), deviation_slash(10)));
		assert_eq!(consensus::DeviationSlash::get(), Perbill::from_percent(10));
	});
}

#[test]
fn the_labeling_track_cannot_change_the_referendum_periods() {
	dev_chain().execute_with(|| {
		let track = || RuntimeOrigin::from(pallet_governance::Origin::LabelingParameters);
		let decision = RuntimeParameters::Governance(timing::Parameters::DecisionPeriod(
			timing::DecisionPeriod,
			Some(10),
		));
		assert_noop!(Governance::set_parameter(track(), decision.clone()), DispatchError::BadOrigin);
		assert_ok!(Governance::set_parameter(track(), deviation_slash(40)));
		assert_ok!(Governance::set_parameter(RuntimeOrigin::root(), decision));
	});
}

#[test]
fn the_presets_pass_the_parameter_rules() {
	use pallet_governance::CheckParameters;
	dev_chain().execute_with(|| {
		assert_eq!(timing::DecisionPeriod::get(), 50);
		assert_ok!(labelchain_runtime::configs::parameters::ParameterRules::check());
	});
	// The defaults (the `local_testnet` values) pass too.
	sp_io::TestExternalities::new(Default::default()).execute_with(|| {
		assert_eq!(timing::DecisionPeriod::get(), 7 * labelchain_runtime::DAYS);
		assert_ok!(labelchain_runtime::configs::parameters::ParameterRules::check());
	});
}
