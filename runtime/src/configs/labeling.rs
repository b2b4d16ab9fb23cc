//! Configuration of the labeling pallets (task registry, tiers, labels, reputation, consensus)
//! and of `pallet-nfts`, which holds the tier badges. Every economic number comes from the
//! governed parameters (`parameters.rs`); what is left here are storage bounds.

use super::parameters::{assignment, consensus, reputation, review, tasks, tiers, CurrentLabelingTerms, CurrentPayCurve};
use crate::{Balance, Balances, BlockNumber, Runtime, RuntimeEvent, RuntimeHoldReason, DAYS, UNIT};
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32},
	PalletId,
};
use polkadot_sdk::*;
use sp_runtime::traits::AccountIdConversion;

parameter_types! {
	/// The treasury's pallet id: protocol fees and forfeits go to the account derived from it.
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	pub TreasuryAccount: crate::AccountId = TreasuryPalletId::get().into_account_truncating();
	pub const MaxTaskDuration: BlockNumber = 90 * DAYS;
	/// From how full a block counts as congested (reveal windows extend over such blocks).
	pub const CongestedFullness: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(90);
}

/// The most labelers per item a task may ask for.
pub const MAX_REDUNDANCY: u8 = 15;

impl pallet_tasks::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FeeDestination = TreasuryAccount;
	type ProtocolFee = tasks::ProtocolFee;
	type LabelingTerms = CurrentLabelingTerms;
	type PayCurve = CurrentPayCurve;
	type GoldDeposit = tasks::GoldDeposit;
	type MaxGoldShare = tasks::MaxGoldShare;
	type MinRevealPeriod = tasks::MinRevealPeriod;
	type GoldRevealPeriod = tasks::GoldRevealPeriod;
	type FinalizationPeriod = tasks::FinalizationPeriod;
	type Dealing = crate::Assignment;
	type MaxRevealExtension = tasks::MaxRevealExtension;
	type CongestedFullness = CongestedFullness;
	type MaxTaskDuration = MaxTaskDuration;
	type MaxClasses = frame_support::traits::ConstU16<256>;
	type MaxRedundancy = frame_support::traits::ConstU8<MAX_REDUNDANCY>;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type MaxUriLen = frame_support::traits::ConstU32<256>;
	type MaxListedItems = frame_support::traits::ConstU32<64>;
	// 2^20: every item of the largest task has a Merkle proof of at most 20 hashes.
	type MaxItems = frame_support::traits::ConstU32<1_048_576>;
	type MaxGoldItems = frame_support::traits::ConstU32<256>;
	type MaxSettlementsPerBlock = frame_support::traits::ConstU32<16>;
	type OnFirstCommitment = crate::Consensus;
	type Provenance = crate::Consensus;
	type Finalization = crate::Consensus;
	type ItemStateDeposit = tasks::ItemStateDeposit;
	type StateRetention = tasks::StateRetention;
	type StatePruning = crate::Consensus;
	type ReviewShare = tasks::ReviewShare;
	type ReviewRedundancy = tasks::ReviewRedundancy;
	type ReviewPeriod = tasks::ReviewPeriod;
	type WeightInfo = pallet_tasks::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub NftsFeatures: pallet_nfts::PalletFeatures = pallet_nfts::PalletFeatures::all_enabled();
}

/// `pallet-nfts` holds the labelers' badges. Nobody but a pallet creates collections, so the
/// collection and item deposits are zero; attributes an item owner adds still cost a deposit.
/// Refuses calls that would take a labeler's badge apart outside the tiers pallet: burning it
/// through `nfts.burn` (the tiers pallet burns it when the labeler leaves).
pub struct BadgesStayBound;
impl frame_support::traits::Contains<crate::RuntimeCall> for BadgesStayBound {
	fn contains(call: &crate::RuntimeCall) -> bool {
		match call {
			crate::RuntimeCall::Nfts(pallet_nfts::Call::burn { collection, .. }) =>
				pallet_tiers::BadgeCollection::<Runtime>::get() != Some(*collection),
			_ => true,
		}
	}
}

impl pallet_nfts::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type CollectionId = u32;
	type ItemId = u32;
	type Currency = Balances;
	type CreateOrigin = frame_support::traits::AsEnsureOriginWithArg<
		frame_system::EnsureNever<crate::AccountId>,
	>;
	type ForceOrigin = frame_system::EnsureRoot<crate::AccountId>;
	type Locker = ();
	type CollectionDeposit = ConstU128<0>;
	type ItemDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<{ UNIT }>;
	type AttributeDepositBase = ConstU128<{ UNIT }>;
	type DepositPerByte = ConstU128<{ crate::MILLI_UNIT }>;
	type StringLimit = ConstU32<256>;
	type KeyLimit = ConstU32<64>;
	type ValueLimit = ConstU32<256>;
	type ApprovalsLimit = ConstU32<20>;
	type ItemAttributesApprovalsLimit = ConstU32<20>;
	type MaxTips = ConstU32<10>;
	type MaxDeadlineDuration = ConstU32<{ 365 * DAYS }>;
	type MaxAttributesPerCall = ConstU32<10>;
	type Features = NftsFeatures;
	type OffchainSignature = crate::Signature;
	type OffchainPublic = <crate::Signature as sp_runtime::traits::Verify>::Signer;
	type WeightInfo = pallet_nfts::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type Helper = ();
	type BlockNumberProvider = crate::System;
}

parameter_types! {
	pub const TiersPalletId: PalletId = PalletId(*b"lc/tiers");
}

impl pallet_tiers::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CollectionId = u32;
	type Badges = crate::Nfts;
	type Reputation = crate::Reputation;
	type OnLeave = (crate::Reputation, crate::Consensus);
	type TierThresholds = tiers::Thresholds;
	type UnbondingPeriod = tiers::UnbondingPeriod;
	type SuspensionPeriod = tiers::SuspensionPeriod;
	type PalletId = TiersPalletId;
	type MaxUnbondingChunks = ConstU32<16>;
	type WeightInfo = pallet_tiers::weights::SubstrateWeight<Runtime>;
}

impl pallet_labels::Config for Runtime {
	type Balance = Balance;
	type Tasks = crate::Tasks;
	type Eligibility = crate::Tiers;
	type Dealing = crate::Assignment;
	type Stake = crate::Tiers;
	type SlashDestination = TreasuryAccount;
	type MaxRedundancy = ConstU32<{ MAX_REDUNDANCY as u32 }>;
	type MaxBatchSize = ConstU32<128>;
	type MaxRevealChunk = ConstU32<128>;
	type MaxProofLen = ConstU32<20>;
	type WeightInfo = pallet_labels::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = LabelsBenchmarkHelper;
}

/// Benchmark set-up for the labels pallet: a real task in the registry and a real bond.
#[cfg(feature = "runtime-benchmarks")]
pub struct LabelsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_labels::BenchmarkHelper<crate::AccountId> for LabelsBenchmarkHelper {
	fn open_task(item_count: u32, items_root: sp_core::H256) -> labelchain_primitives::TaskId {
		Self::open_task_of(labelchain_primitives::LabelSchema::Categorical { classes: 4 }, item_count, items_root)
	}

	fn make_eligible(who: &crate::AccountId, commitments: u32) {
		use frame_support::traits::fungible::Mutate;
		use super::parameters::bonds;
		use frame_support::traits::Get;
		let stake = tiers::Thresholds::get()[0].min_stake +
			bonds::CommitBond::get() * commitments as Balance;
		let _ = Balances::set_balance(who, stake + UNIT);
		let _ = pallet_tiers::Pallet::<Runtime>::do_bond(who, stake);
	}

	fn seat(who: &crate::AccountId, task: labelchain_primitives::TaskId, item: labelchain_primitives::ItemIndex) {
		use labelchain_primitives::TaskInspect;
		let deadline = crate::Tasks::task(task).map(|view| view.commit_deadline).unwrap_or_default();
		let chunk = pallet_labels::Pallet::<Runtime>::chunk_of(item);
		let _ = crate::Assignment::seat_directly(task, chunk, who, deadline);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl LabelsBenchmarkHelper {
	/// A task of `schema` with `item_count` items under `items_root`, redundancy 15, open for
	/// commitments for 10 blocks, then 10 for reveals.
	pub fn open_task_of(
		schema: labelchain_primitives::LabelSchema,
		item_count: u32,
		items_root: sp_core::H256,
	) -> labelchain_primitives::TaskId {
		use frame_support::traits::fungible::Mutate;
		let requester: crate::AccountId = frame_benchmarking::account("requester", 0, 0);
		let _ = Balances::set_balance(&requester, 1_000_000_000 * UNIT);
		let _ = Balances::set_balance(&TreasuryAccount::get(), UNIT);
		let now = crate::System::block_number();
		let spec = pallet_tasks::TaskSpec {
			manifest_hash: sp_core::H256::repeat_byte(1),
			manifest_uri: alloc::vec::Vec::new(),
			domain: 1,
			schema,
			items: pallet_tasks::ItemsSpec::Merkle { root: items_root, count: item_count },
			redundancy: 15,
			min_tier: 0,
			commit_deadline: now + 10,
			reveal_deadline: now + 20,
			reward_per_item: UNIT,
			gold: None,
			quorum: None,
			threshold: None,
		};
		pallet_tasks::Pallet::<Runtime>::do_create_task(requester, spec).unwrap_or_default()
	}
}

impl pallet_reputation::Config for Runtime {
	type PriorAccuracy = reputation::PriorAccuracy;
	type NewcomerShare = reputation::NewcomerShare;
	type PriorStrength = reputation::PriorStrength;
	type GoldWeight = reputation::GoldWeight;
	type GoldBoundStrength = reputation::GoldBoundStrength;
	type NoRevealWeight = reputation::NoRevealWeight;
	type TierEvidenceFloor = reputation::TierEvidenceFloor;
	type DecayPeriod = reputation::DecayPeriod;
	type DecayFactor = reputation::DecayFactor;
	type OnChange = crate::Tiers;
	type MaxDomainsPerLabeler = ConstU32<16>;
}

impl pallet_consensus::Config for Runtime {
	type Balance = Balance;
	type Tasks = crate::Tasks;
	type Labels = crate::Labels;
	type Stake = crate::Tiers;
	type Reputation = crate::Reputation;
	type Treasury = TreasuryAccount;
	type Court = crate::Review;
	type DecisionAppealPeriod = review::DecisionAppealPeriod;
	// Escalations the court could not take (or opened before it): a referendum on the
	// labeling track decides them, never root.
	type ExpertOrigin = pallet_governance::EnsureLabelingParameters;
	type EvidenceFee = consensus::EvidenceFee;
	type MaxItemsPerBlock = ConstU32<64>;
	type MaxJobsPerBlock = ConstU32<16>;
	type MaxRedundancy = ConstU32<{ MAX_REDUNDANCY as u32 }>;
	type TierChangeWeight = TierChangeWeight;
	type ReviewOpeningWeight = ReviewOpeningWeight;
	type TierChanges = crate::Tiers;
	type WeightInfo = pallet_consensus::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ConsensusBenchmarkHelper;
}

/// One labeler's tier change with its badge rewritten, as the tiers pallet's `refresh_tier`
/// benchmark measures it (a suspended labeler's tier restored).
pub struct TierChangeWeight;
impl frame_support::traits::Get<frame_support::weights::Weight> for TierChangeWeight {
	fn get() -> frame_support::weights::Weight {
		<pallet_tiers::weights::SubstrateWeight<Runtime> as pallet_tiers::WeightInfo>::refresh_tier()
	}
}

/// Benchmark set-up for consensus: a real task, real bonds, real commitments and reveals.
#[cfg(feature = "runtime-benchmarks")]
pub struct ConsensusBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_consensus::BenchmarkHelper<crate::AccountId> for ConsensusBenchmarkHelper {
	fn revealed_task(items: u32, labelers: u32, silent: u32, split: bool) -> labelchain_primitives::TaskId {
		let schema = labelchain_primitives::LabelSchema::Categorical { classes: 4 };
		let label = |l: u32| labelchain_primitives::Label::Class(if split { (l % 4) as u16 } else { 0 });
		Self::revealed(schema, items, labelers, silent, label)
	}

	fn revealed_review_task(items: u32, labelers: u32) -> labelchain_primitives::TaskId {
		use labelchain_primitives::{merkle, Label, LabelSchema, TaskHooks, TaskInspect};
		use pallet_labels::BenchmarkHelper as _;
		let leaves: alloc::vec::Vec<sp_core::H256> =
			(0..items).map(|i| labelchain_primitives::numbered_hash(i as u64)).collect();
		let task = LabelsBenchmarkHelper::open_task_of(LabelSchema::FreeText, items, merkle::root(leaves.clone()));
		// Its review at the largest redundancy.
		pallet_tasks::ReviewTermsOf::<Runtime>::mutate(task, |terms| {
			if let Some(terms) = terms {
				terms.redundancy = labelers.min(u32::from(MAX_REDUNDANCY)) as u8;
			}
		});
		// One answer an item, fifteen authors taking turns.
		let author = |i: u32| -> crate::AccountId { frame_benchmarking::account("author", i % 15, 0) };
		let text = |i: u32| Label::Digest(labelchain_primitives::numbered_hash(u64::from(i) + 1_000_000));
		let salt = [7u8; 32];
		for i in 0..items {
			let who = author(i);
			if i < 15 {
				LabelsBenchmarkHelper::make_eligible(&who, items);
			}
			LabelsBenchmarkHelper::seat(&who, task, i);
			let commitment = pallet_labels::Pallet::<Runtime>::commitment_of(&who, task, i, &text(i), &salt);
			let proof = merkle::proof(&leaves, i);
			let _ = pallet_labels::Pallet::<Runtime>::commit(crate::RuntimeOrigin::signed(who), task, i, leaves[i as usize], proof, commitment);
		}
		let Some(view) = crate::Tasks::task(task) else { return task };
		crate::System::set_block_number(view.commit_deadline + 1);
		for i in 0..items {
			let _ = pallet_labels::Pallet::<Runtime>::reveal(crate::RuntimeOrigin::signed(author(i)), task, i, text(i), salt);
		}
		crate::System::set_block_number(view.reveal_deadline + 1);
		// Decided at once (no gold, no evidence pass): the answers are noted for review.
		pallet_consensus::Stages::<Runtime>::remove(task);
		let caller: crate::AccountId = frame_benchmarking::account("finalizer", 0, 0);
		let _ = pallet_consensus::Pallet::<Runtime>::finalize(crate::RuntimeOrigin::signed(caller), task, 0, items);
		let Ok(Some(review)) = <crate::Tasks as TaskHooks<crate::AccountId>>::open_review(task) else { return task };
		Self::commit_and_reveal(review, items, labelers, 0, |l| Label::Level((l % 5) as u16));
		review
	}

	fn revealed_ranking_task(items: u32, labelers: u32, silent: u32) -> labelchain_primitives::TaskId {
		let schema = labelchain_primitives::LabelSchema::Ranking { candidates: 8 };
		let label = |l: u32| {
			let mut order = [0u8, 1, 2, 3, 4, 5, 6, 7];
			order.swap((l % 7) as usize, (l % 7 + 1) as usize);
			labelchain_primitives::Label::Ranking(order)
		};
		Self::revealed(schema, items, labelers, silent, label)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl ConsensusBenchmarkHelper {
	/// A task of `schema` whose `items` items each `labelers` labelers commit to by batches
	/// (labeler `l` answering `label(l)`), all but the last `silent` revealing, now past its
	/// reveal deadline.
	fn revealed(
		schema: labelchain_primitives::LabelSchema,
		items: u32,
		labelers: u32,
		silent: u32,
		label: impl Fn(u32) -> labelchain_primitives::Label,
	) -> labelchain_primitives::TaskId {
		use labelchain_primitives::merkle;
		let leaves: alloc::vec::Vec<sp_core::H256> =
			(0..items).map(|i| labelchain_primitives::numbered_hash(i as u64)).collect();
		let task = LabelsBenchmarkHelper::open_task_of(schema, items, merkle::root(leaves.clone()));
		Self::commit_and_reveal(task, items, labelers, silent, label);
		task
	}

	/// `labelers` labelers commit to every item of `task` by batches (labeler `l` answering
	/// `label(l)`), all but the last `silent` reveal; then the task is past its reveal deadline.
	fn commit_and_reveal(
		task: labelchain_primitives::TaskId,
		items: u32,
		labelers: u32,
		silent: u32,
		label: impl Fn(u32) -> labelchain_primitives::Label,
	) {
		use frame_support::traits::Get;
		use labelchain_primitives::{merkle, TaskInspect};
		use pallet_labels::BenchmarkHelper as _;
		let label = &label;
		let salt = |l: u32, i: u32| {
			use sp_runtime::traits::{BlakeTwo256, Hash};
			BlakeTwo256::hash(&codec::Encode::encode(&(l, i))).0
		};
		let who = |l: u32| -> crate::AccountId { frame_benchmarking::account("labeler", l, 0) };
		// Batch votes are the costlier ones to read (a seat list, then one batch record per
		// labeler), so every labeler commits by batches, one per chunk.
		let chunk = <<Runtime as pallet_labels::Config>::MaxBatchSize as Get<u32>>::get().max(1);
		let chunks = |l: u32| {
			(0..items).step_by(chunk as usize).map(move |first| {
				let count = chunk.min(items - first);
				let leaves: alloc::vec::Vec<pallet_labels::BatchLeaf> = (first..first + count)
					.map(|i| pallet_labels::BatchLeaf { item: i, label: label(l), salt: salt(l, i), proof: alloc::vec::Vec::new() })
					.collect();
				(first, count, leaves)
			})
		};
		for l in 0..labelers {
			LabelsBenchmarkHelper::make_eligible(&who(l), items);
			for (first, count, leaves) in chunks(l) {
				LabelsBenchmarkHelper::seat(&who(l), task, first);
				let commitments = leaves.iter().map(|leaf| {
					pallet_labels::Pallet::<Runtime>::commitment_of(&who(l), task, leaf.item, &leaf.label, &leaf.salt)
				});
				let _ = pallet_labels::Pallet::<Runtime>::commit_batch(
					crate::RuntimeOrigin::signed(who(l)),
					task,
					first,
					count,
					merkle::root(commitments),
				);
			}
		}
		let Some(view) = crate::Tasks::task(task) else { return };
		crate::System::set_block_number(view.commit_deadline + 1);
		for l in 0..labelers.saturating_sub(silent) {
			for (_, _, leaves) in chunks(l) {
				let _ = pallet_labels::Pallet::<Runtime>::reveal_batch(crate::RuntimeOrigin::signed(who(l)), task, leaves);
			}
		}
		crate::System::set_block_number(view.reveal_deadline + 1);
	}
}

impl pallet_insecure_randomness_collective_flip::Config for Runtime {}

/// Opening a free-text task's review, as the registry's benchmark measured it.
pub struct ReviewOpeningWeight;
impl frame_support::traits::Get<frame_support::weights::Weight> for ReviewOpeningWeight {
	fn get() -> frame_support::weights::Weight {
		<pallet_tasks::weights::SubstrateWeight<Runtime> as pallet_tasks::WeightInfo>::open_review()
	}
}

/// What an outcome sent back to consensus costs: deciding an escalated item (or re-settling an
/// appealed decision) at the largest redundancy, with a gold answer's forfeit paid to every
/// labeler of the item.
pub struct ReviewOutcomeWeight;
impl frame_support::traits::Get<frame_support::weights::Weight> for ReviewOutcomeWeight {
	fn get() -> frame_support::weights::Weight {
		let forfeit = <Runtime as frame_system::Config>::DbWeight::get()
			.reads_writes(5, 4)
			.saturating_add(<Runtime as frame_system::Config>::DbWeight::get().reads_writes(
				MAX_REDUNDANCY as u64,
				MAX_REDUNDANCY as u64,
			));
		// An escalation's decision, or an appealed decision's re-settlement: the costlier,
		// each with a rejected gold answer's forfeit.
		pallet_consensus::Pallet::<Runtime>::resolve_weight()
			.max(pallet_consensus::Pallet::<Runtime>::settle_appeal_weight())
			.saturating_add(forfeit)
	}
}

impl pallet_review::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Eligibility = crate::Tiers;
	// Trust: see the README ("Review court"). Draws and audits read it only in a block after
	// what they decide was fixed.
	type Randomness = crate::RandomnessCollectiveFlip;
	type Escrow = crate::Tasks;
	type Outcome = crate::Consensus;
	type Decisions = crate::Consensus;
	type OutcomeWeight = ReviewOutcomeWeight;
	type FallbackOrigin = pallet_governance::EnsureLabelingParameters;
	type Treasury = TreasuryAccount;
	type AuditShare = review::AuditShare;
	type MinJurorTier = review::MinJurorTier;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type FallbackDomain = review::FallbackDomain;
	type MinJurorStake = review::MinJurorStake;
	type SeatBond = review::SeatBond;
	type InitialPanel = review::InitialPanel;
	type MaxRounds = review::MaxRounds;
	type PanelFee = review::PanelFee;
	type AppealDepositPerSeat = review::AppealDepositPerSeat;
	type NoShowSlash = review::NoShowSlash;
	type IncoherenceSlash = review::IncoherenceSlash;
	type CommitPeriod = review::CommitPeriod;
	type RevealPeriod = review::RevealPeriod;
	type AppealPeriod = review::AppealPeriod;
	type GovernancePeriod = review::GovernancePeriod;
	type DrawPeriod = review::DrawPeriod;
	type MaxPanelSeats = ConstU32<63>;
	type MaxParties = ConstU32<{ MAX_REDUNDANCY as u32 + 1 }>;
	type MaxStepsPerBlock = ConstU32<4>;
	type MaxPoolJurors = ConstU32<100_000>;
	type WeightInfo = pallet_review::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ReviewBenchmarkHelper;
}

/// Benchmark set-up for the review court: Novice jurors with real bonds, a real task's escrow.
#[cfg(feature = "runtime-benchmarks")]
pub struct ReviewBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_review::BenchmarkHelper<crate::AccountId, Balance> for ReviewBenchmarkHelper {
	fn make_juror(who: &crate::AccountId, _domain: labelchain_primitives::DomainId) {
		use pallet_labels::BenchmarkHelper as _;
		LabelsBenchmarkHelper::make_eligible(who, 0);
	}

	fn task_with_escrow(_requester: &crate::AccountId) -> (labelchain_primitives::TaskId, Balance) {
		use pallet_labels::BenchmarkHelper as _;
		// One item of reward 1 LBL (`open_task`).
		(LabelsBenchmarkHelper::open_task(1, sp_core::H256::repeat_byte(2)), UNIT)
	}

	fn decided_item() -> (labelchain_primitives::TaskId, labelchain_primitives::ItemIndex, labelchain_primitives::DomainId, crate::AccountId) {
		use labelchain_primitives::TaskInspect;
		use pallet_consensus::BenchmarkHelper as _;
		// Every labeler reveals the same label: the vote decides it (no court yet: no audit).
		let task = ConsensusBenchmarkHelper::revealed_task(1, MAX_REDUNDANCY as u32, 0, false);
		pallet_consensus::Stages::<Runtime>::remove(task);
		let caller: crate::AccountId = frame_benchmarking::account("finalizer", 0, 0);
		let _ = crate::Consensus::finalize(crate::RuntimeOrigin::signed(caller), task, 0, 1);
		let domain = crate::Tasks::task(task).map(|view| view.domain).unwrap_or_default();
		(task, 0, domain, frame_benchmarking::account("labeler", 0, 0))
	}
}

impl pallet_assignment::Config for Runtime {
	type Balance = Balance;
	type Tasks = crate::Tasks;
	type Eligibility = crate::Tiers;
	type Stake = crate::Tiers;
	// Trust: as the review court's draws (README).
	type Randomness = crate::RandomnessCollectiveFlip;
	type Treasury = TreasuryAccount;
	// A seat is one batch: the labels pallet's chunk.
	type ChunkSize = <Runtime as pallet_labels::Config>::MaxBatchSize;
	type MaxRedundancy = ConstU32<{ MAX_REDUNDANCY as u32 }>;
	type MaxPoolMembers = ConstU32<100_000>;
	// A seat costs about 0.2 ms to deal and to release (benchmarks): at most about a tenth of a
	// block's weight each, and as fast as the chain takes batch commits.
	type MaxDealsPerBlock = ConstU32<512>;
	type MaxExpiriesPerBlock = ConstU32<256>;
	type MaxTier = frame_support::traits::ConstU8<4>;
	type MinPoolStake = assignment::MinPoolStake;
	type SeatPeriod = assignment::SeatPeriod;
	type NoShowSlash = assignment::NoShowSlash;
	type WeightInfo = pallet_assignment::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AssignmentBenchmarkHelper;
}

/// Benchmark set-up for dealing: eligible labelers with real stake, a real open task.
#[cfg(feature = "runtime-benchmarks")]
pub struct AssignmentBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_assignment::BenchmarkHelper<crate::AccountId> for AssignmentBenchmarkHelper {
	fn make_labeler(who: &crate::AccountId, _domain: labelchain_primitives::DomainId) {
		use pallet_labels::BenchmarkHelper as _;
		// Stake for the bonds of whole chunks: a member who cannot bond one is never dealt it.
		LabelsBenchmarkHelper::make_eligible(who, 128 * 64);
	}

	fn open_task(items: u32) -> labelchain_primitives::TaskId {
		use pallet_labels::BenchmarkHelper as _;
		LabelsBenchmarkHelper::open_task(items, sp_core::H256::repeat_byte(3))
	}
}
