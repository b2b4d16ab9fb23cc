//! The governed parameters: every number that shapes labeling rewards and penalties, grouped by
//! concern, stored by `pallet-parameters` and changed only through `Governance::set_parameter`
//! (a referendum on the labeling-parameters track, or root), which checks them against the
//! bounds and consistency rules below.
//!
//! Defaults here are the genesis values of a real network (`local_testnet`); the `development`
//! preset replaces the referendum periods with short ones.

use crate::{Balance, BlockNumber, Runtime, RuntimeOrigin, DAYS, HOURS, UNIT};
use frame_support::{
	dynamic_params::{dynamic_pallet_params, dynamic_params},
	traits::{EnsureOrigin, EnsureOriginWithArg, Get},
};
use labelchain_primitives::{LabelingTerms, TierThreshold};
type Refusal = pallet_governance::Error<Runtime>;
use polkadot_sdk::*;
use sp_runtime::{Perbill, Permill};

#[dynamic_params(RuntimeParameters, pallet_parameters::Parameters::<Runtime>)]
pub mod dynamic_params {
	use super::*;

	/// Task registry: what posting a task costs and how long its windows are.
	#[dynamic_pallet_params]
	#[codec(index = 0)]
	pub mod tasks {
		use super::*;

		/// Share of the rewards a task pays out that goes to the treasury.
		#[codec(index = 0)]
		pub static ProtocolFee: Permill = Permill::from_percent(2);
		/// Held from a requester per gold item until the task settles: forfeited for an item
		/// whose gold answer review rejects, and whole if the answers are never revealed (so
		/// hiding unfavourable gold costs more than revealing it).
		#[codec(index = 1)]
		pub static GoldDeposit: Balance = 2 * UNIT;
		/// The shortest reveal window a task may have.
		#[codec(index = 2)]
		pub static MinRevealPeriod: BlockNumber = 10;
		/// Blocks after the reveal deadline in which the requester may reveal gold answers.
		#[codec(index = 3)]
		pub static GoldRevealPeriod: BlockNumber = 100;
		/// Blocks after the reveal deadline after which a task settles regardless.
		#[codec(index = 4)]
		pub static FinalizationPeriod: BlockNumber = 3 * DAYS;
		/// The largest share of a task's items that may be gold (never all of them).
		#[codec(index = 5)]
		pub static MaxGoldShare: Perbill = Perbill::from_percent(10);
		/// The most blocks a reveal window is extended by while its blocks were congested
		/// (90 % full: `CongestedFullness`): it stays open until it has had `MinRevealPeriod`
		/// blocks with room, so crowding reveals out means filling this many blocks more.
		#[codec(index = 6)]
		pub static MaxRevealExtension: BlockNumber = 50;
		/// Held from a requester per item for the state a task's results take: per item
		/// from creation, per finalized item from settlement until the results are pruned.
		/// A result takes about 75 bytes: 13 µLBL a byte.
		#[codec(index = 7)]
		pub static ItemStateDeposit: Balance = crate::MILLI_UNIT;
		/// Blocks a settled task's results stay in storage before they are pruned (its
		/// provenance root stays; the `ItemFinalized` events keep every result).
		#[codec(index = 8)]
		pub static StateRetention: BlockNumber = 30 * DAYS;
		/// The share of a free-text answer's pay that goes to the labelers who review it; its
		/// author gets the rest in proportion to the rating.
		#[codec(index = 9)]
		pub static ReviewShare: Perbill = Perbill::from_percent(30);
		/// Reviewers per free-text answer (a median needs three).
		#[codec(index = 10)]
		pub static ReviewRedundancy: u8 = 3;
		/// Blocks a free-text task's review is open for commitments.
		#[codec(index = 11)]
		pub static ReviewPeriod: BlockNumber = 2 * HOURS;
	}

	/// Commit bonds and the penalty for leaking a label early.
	#[dynamic_pallet_params]
	#[codec(index = 1)]
	pub mod bonds {
		use super::*;

		/// The least stake one commitment sets aside.
		#[codec(index = 0)]
		pub static CommitBond: Balance = UNIT;
		/// A commitment sets aside this many times the labeler's share of the item's reward.
		#[codec(index = 1)]
		pub static CommitBondMultiple: u32 = 5;
		/// Share of a leaker's stake that is slashed; never less than twice the leaked
		/// commitment's bond at the default reporter share (the treasury's part covers the bond).
		#[codec(index = 2)]
		pub static LeakSlash: Perbill = Perbill::from_percent(10);
		/// Share of a leak slash paid to the reporter (below 100 %).
		#[codec(index = 3)]
		pub static LeakReward: Perbill = Perbill::from_percent(50);
	}

	/// Finalization: when an item is decided, and what deviating or silent labelers lose.
	#[dynamic_pallet_params]
	#[codec(index = 2)]
	pub mod consensus {
		use super::*;

		/// The fewest revealed labels that decide an item.
		#[codec(index = 0)]
		pub static Quorum: u32 = 2;
		/// The least confidence (the vote's posterior probability that the winning label is
		/// right) that decides an item; below it the item escalates to review. At 60 %, an
		/// item escalates when its decision is more than 40 % likely to be wrong: on the
		/// crowd sets, 1-3 % of binary items and 10 % of five-grade ones.
		#[codec(index = 1)]
		pub static Threshold: Perbill = Perbill::from_percent(60);
		/// The confidence from which deviants are slashed (and from which a consensus against
		/// a gold answer sends it to review): every decided item by default.
		#[codec(index = 2)]
		pub static ClearMargin: Perbill = Perbill::from_percent(60);
		/// Share of a deviant's bond taken on a certain decision: all of it, as a missing
		/// reveal; an outvoted labeler loses this times the decision's certainty,
		/// `(c − 1/K) / (1 − 1/K)`. The agreeing share the item's reward, so with a bond of
		/// five reward shares an answer earns only if it is right clearly more often than the
		/// crowd's average answer: copying another labeler's answers, answering at random or
		/// colluding loses money, an 80 %-accurate labeler among 73 %-accurate crowds earns
		/// (`scripts/consensus-table.sh`).
		#[codec(index = 3)]
		pub static DeviationSlash: Perbill = Perbill::from_percent(100);
		/// Share of the bond of a labeler who never revealed.
		#[codec(index = 4)]
		pub static NoRevealSlash: Perbill = Perbill::from_percent(100);
		/// Whether slashes go to the agreeing labelers instead of the treasury.
		#[codec(index = 5)]
		pub static SlashToAgreeing: bool = false;
		/// How long an escalated item waits for the expert origin.
		#[codec(index = 6)]
		pub static EscalationPeriod: BlockNumber = DAYS;
		/// The highest accuracy a vote weight is computed from.
		#[codec(index = 7)]
		pub static MaxAccuracy: Permill = Permill::from_percent(99);
		/// The most weight stake adds to a vote, in millionths of a nat (0.05: a binary newcomer's
		/// vote weighs ln(0.65 / 0.35) ≈ 0.62 on a fresh domain).
		#[codec(index = 8)]
		pub static StakeWeightCap: u32 = 50_000;
		/// The stake at which the stake term reaches its cap.
		#[codec(index = 9)]
		pub static StakeForFullWeight: Balance = 10_000 * UNIT;
		/// The protocol fee one labeler's share of an item must carry to count as a full
		/// observation in reputation (cheaper items count in proportion): the price of
		/// reputation in fees. At the 2 % fee, a share of 1 LBL counts fully; reaching Master
		/// (180 observations' worth of evidence, or 60 gold answers) costs at least
		/// 60 × 0.02 = 1.2 LBL in fees, however the tasks are shaped.
		#[codec(index = 10)]
		pub static EvidenceFee: Balance = UNIT / 50;
		/// A graded answer (a rating, a number, a set, a preference, a ranking) is paid in full
		/// up to this distance from the decision (a share of the scale: 5 % is an exact rating
		/// of five levels, a ranking of eight one swap off)...
		#[codec(index = 11)]
		pub static PayFullWithin: Perbill = Perbill::from_percent(5);
		/// ... nothing from this distance (two levels of five, a tie against a side), linearly
		/// less between; an answer this far from a clear decision is slashed as a deviant.
		#[codec(index = 12)]
		pub static PayNoneBeyond: Perbill = Perbill::from_percent(50);
	}

	/// Permission tiers: what stake and reputation each needs, and how long stake stays bound.
	#[dynamic_pallet_params]
	#[codec(index = 3)]
	pub mod tiers {
		use super::*;

		/// Novice, Contributor, Expert, Master: minimum stake and reputation.
		#[codec(index = 0)]
		pub static Thresholds: pallet_tiers::TierTable<Balance> = [
			TierThreshold { min_stake: 100 * UNIT, min_reputation: Permill::zero() },
			TierThreshold { min_stake: 500 * UNIT, min_reputation: Permill::from_percent(60) },
			TierThreshold { min_stake: 2_000 * UNIT, min_reputation: Permill::from_percent(75) },
			TierThreshold { min_stake: 10_000 * UNIT, min_reputation: Permill::from_percent(90) },
		];
		/// Blocks between unbonding and withdrawing stake.
		#[codec(index = 1)]
		pub static UnbondingPeriod: BlockNumber = 7 * DAYS;
		/// How long a labeler whose leaked label was proven stays at the lowest tier.
		#[codec(index = 2)]
		pub static SuspensionPeriod: BlockNumber = 7 * DAYS;
	}

	/// Reputation: the prior every labeler starts from, evidence weights, decay.
	#[dynamic_pallet_params]
	#[codec(index = 4)]
	pub mod reputation {
		use super::*;

		/// The average accuracy assumed of a domain's labelers before the domain has evidence
		/// (it then follows everyone's evidence in the domain).
		#[codec(index = 0)]
		pub static PriorAccuracy: Permill = Permill::from_percent(80);
		/// How many outcomes the prior weighs.
		#[codec(index = 1)]
		pub static PriorStrength: u32 = 6;
		/// How many ordinary outcomes a gold outcome counts as.
		#[codec(index = 2)]
		pub static GoldWeight: u32 = 3;
		/// How many wrong answers a missing reveal counts as.
		#[codec(index = 3)]
		pub static NoRevealWeight: u32 = 2;
		/// Evidence needed before reputation can lift a labeler above the lowest tier.
		#[codec(index = 4)]
		pub static TierEvidenceFloor: u32 = 20;
		/// Blocks between decay steps.
		#[codec(index = 5)]
		pub static DecayPeriod: BlockNumber = 30 * DAYS;
		/// Share of the evidence kept at each decay step.
		#[codec(index = 6)]
		pub static DecayFactor: Perbill = Perbill::from_percent(90);
		/// How far from chance towards the domain's average labeler a newcomer's prior lies:
		/// halfway, so that a new account (a sybil's too) counts for less than an average one,
		/// and a record decides. On a fresh binary domain a newcomer starts at 65 %.
		#[codec(index = 7)]
		pub static NewcomerShare: Perbill = Perbill::from_percent(50);
		/// How many outcomes the priors of the gold bound weigh: at 3, as much as one gold
		/// answer, so that a bloc's agreements with a consensus it made stop counting beyond
		/// what its first missed gold answers allow.
		#[codec(index = 8)]
		pub static GoldBoundStrength: u32 = 3;
	}

	/// The review court: audits, panels, juror bonds and pay, and each phase's length.
	#[dynamic_pallet_params]
	#[codec(index = 6)]
	pub mod review {
		use super::*;

		/// Share of vote-decided items drawn at random for review by a panel (1–20 %).
		#[codec(index = 0)]
		pub static AuditShare: Perbill = Perbill::from_percent(5);
		/// Jurors come from this tier (Expert) or one above the task's, whichever is higher.
		#[codec(index = 1)]
		pub static MinJurorTier: u8 = 3;
		/// The least stake a juror puts in a domain's court.
		#[codec(index = 2)]
		pub static MinJurorStake: Balance = 50 * UNIT;
		/// Stake set aside per seat while a round is open.
		#[codec(index = 3)]
		pub static SeatBond: Balance = 10 * UNIT;
		/// Seats of a case's first panel (odd); each appeal round has `2n + 1`.
		#[codec(index = 4)]
		pub static InitialPanel: u32 = 3;
		/// The most rounds of a case, the first included (3: panels of 3, 7 and 15).
		#[codec(index = 5)]
		pub static MaxRounds: u32 = 3;
		/// The panel's fee: this share of the item's reward, paid to its coherent jurors.
		#[codec(index = 6)]
		pub static PanelFee: Perbill = Perbill::from_percent(20);
		/// An appeal's deposit per seat of the next panel, paid to its coherent jurors.
		#[codec(index = 7)]
		pub static AppealDepositPerSeat: Balance = 2 * UNIT;
		/// Share of a seat bond lost by not committing or not revealing.
		#[codec(index = 8)]
		pub static NoShowSlash: Perbill = Perbill::from_percent(50);
		/// Share of a seat bond lost by voting against the panel's majority.
		#[codec(index = 9)]
		pub static IncoherenceSlash: Perbill = Perbill::from_percent(20);
		/// Blocks drawn jurors have to commit to a verdict.
		#[codec(index = 10)]
		pub static CommitPeriod: BlockNumber = DAYS;
		/// Blocks to reveal the verdict.
		#[codec(index = 11)]
		pub static RevealPeriod: BlockNumber = 12 * HOURS;
		/// Blocks a party has to appeal a verdict.
		#[codec(index = 12)]
		pub static AppealPeriod: BlockNumber = DAYS;
		/// Blocks a case keeps trying to draw a full panel before it goes on with fewer seats
		/// (or, with none, to governance).
		#[codec(index = 13)]
		pub static DrawPeriod: BlockNumber = HOURS;
		/// Blocks governance has to decide a case no panel could be drawn for.
		#[codec(index = 14)]
		pub static GovernancePeriod: BlockNumber = 14 * DAYS;
		/// The court of items whose own domain has no juror of the tier they need: the general
		/// domain (0, the one tasks take by default), or none.
		#[codec(index = 15)]
		pub static FallbackDomain: Option<labelchain_primitives::DomainId> = Some(0);
		/// Blocks after a task's last vote decision during which a party may appeal one of
		/// them (the task settles after); at most the unbonding period, so a labeler who was
		/// paid is still staked when an appeal sets its stake aside.
		#[codec(index = 16)]
		pub static DecisionAppealPeriod: BlockNumber = DAYS;
	}

	/// Work dealt by lot: who may join a pool, how long a dealt seat waits, what not using it
	/// costs.
	#[dynamic_pallet_params]
	#[codec(index = 7)]
	pub mod assignment {
		use super::*;

		/// The least free stake a labeler joins a domain's pool with.
		#[codec(index = 0)]
		pub static MinPoolStake: Balance = 10 * UNIT;
		/// Blocks a dealt seat's holder has to commit on it (within the task's commit window).
		#[codec(index = 1)]
		pub static SeatPeriod: BlockNumber = 6 * HOURS;
		/// What a holder loses for a dealt seat it did not use.
		#[codec(index = 2)]
		pub static NoShowSlash: Balance = UNIT / 2;
	}

	/// Referenda: how long each stage lasts. Only the root track may change these.
	#[dynamic_pallet_params]
	#[codec(index = 5)]
	pub mod governance {
		use super::*;

		/// Blocks a referendum waits before its decision may start.
		#[codec(index = 0)]
		pub static PreparePeriod: BlockNumber = 2 * HOURS;
		/// Blocks a referendum has to be approved.
		#[codec(index = 1)]
		pub static DecisionPeriod: BlockNumber = 7 * DAYS;
		/// Blocks the approval must hold before the referendum passes.
		#[codec(index = 2)]
		pub static ConfirmPeriod: BlockNumber = DAYS;
		/// Blocks between a referendum passing and its change taking effect.
		#[codec(index = 3)]
		pub static MinEnactmentPeriod: BlockNumber = DAYS;
		/// Blocks a vote's balance stays locked per conviction step.
		#[codec(index = 4)]
		pub static VoteLockingPeriod: BlockNumber = 7 * DAYS;
		/// Blocks a referendum without decision deposit waits before it times out.
		#[codec(index = 5)]
		pub static UndecidingTimeout: BlockNumber = 14 * DAYS;
	}
}

pub use dynamic_params::{assignment, bonds, consensus, governance, reputation, review, tasks, tiers};

/// The labeling and consensus rules a new task is created under, from the current parameters.
pub struct CurrentLabelingTerms;
impl Get<LabelingTerms<Balance, BlockNumber>> for CurrentLabelingTerms {
	fn get() -> LabelingTerms<Balance, BlockNumber> {
		LabelingTerms {
			commit_bond: bonds::CommitBond::get(),
			commit_bond_multiple: bonds::CommitBondMultiple::get(),
			leak_slash: bonds::LeakSlash::get(),
			leak_reward: bonds::LeakReward::get(),
			quorum: consensus::Quorum::get(),
			threshold: consensus::Threshold::get(),
			clear_margin: consensus::ClearMargin::get(),
			deviation_slash: consensus::DeviationSlash::get(),
			no_reveal_slash: consensus::NoRevealSlash::get(),
			slash_to_agreeing: consensus::SlashToAgreeing::get(),
			escalation_period: consensus::EscalationPeriod::get(),
			max_accuracy: consensus::MaxAccuracy::get(),
			stake_weight_cap: consensus::StakeWeightCap::get(),
			stake_for_full_weight: consensus::StakeForFullWeight::get(),
		}
	}
}

/// How graded answers of a new task are paid, from the current parameters.
pub struct CurrentPayCurve;
impl Get<labelchain_primitives::answers::PayCurve> for CurrentPayCurve {
	fn get() -> labelchain_primitives::answers::PayCurve {
		labelchain_primitives::answers::PayCurve {
			full_within: consensus::PayFullWithin::get(),
			none_beyond: consensus::PayNoneBeyond::get(),
		}
	}
}

/// Who may change which parameter: a referendum on the labeling-parameters track (or root) for
/// the labeling economics; root alone (the root track) for the referendum periods themselves.
pub struct ParameterChangeOrigin;
impl EnsureOriginWithArg<RuntimeOrigin, RuntimeParametersKey> for ParameterChangeOrigin {
	type Success = ();

	fn try_origin(o: RuntimeOrigin, key: &RuntimeParametersKey) -> Result<(), RuntimeOrigin> {
		type Root = frame_system::EnsureRoot<crate::AccountId>;
		match key {
			RuntimeParametersKey::Governance(_) => <Root as EnsureOrigin<_>>::try_origin(o),
			_ => <frame_support::traits::EitherOf<Root, pallet_governance::EnsureLabelingParameters>
				as EnsureOrigin<_>>::try_origin(o)
			.map(|_| ()),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(_: &RuntimeParametersKey) -> Result<RuntimeOrigin, ()> {
		Ok(RuntimeOrigin::root())
	}
}

/// The change the parameter benchmarks make: a consensus share, whose check reads every
/// parameter (the check is the same for all keys).
#[cfg(feature = "runtime-benchmarks")]
impl Default for RuntimeParameters {
	fn default() -> Self {
		RuntimeParameters::Consensus(consensus::Parameters::DeviationSlash(
			consensus::DeviationSlash,
			Some(Perbill::from_percent(40)),
		))
	}
}

/// The longest any governed period may be.
const MAX_PERIOD: BlockNumber = 365 * DAYS;
/// The largest share of a task's items governance may let be gold.
const MAX_GOLD_SHARE: Perbill = Perbill::from_percent(50);
/// The highest protocol fee governance may set.
const MAX_PROTOCOL_FEE: Permill = Permill::from_percent(20);
/// The most weight stake may add to a vote: one nat, in millionths.
const MAX_STAKE_WEIGHT_CAP: u32 = 1_000_000;
/// The largest commit bond or gold deposit (per gold item) governance may set, so that work in
/// flight and new tasks stay affordable.
const MAX_DEPOSIT: Balance = 1_000 * UNIT;
/// The largest state deposit per item.
const MAX_ITEM_STATE_DEPOSIT: Balance = UNIT;
/// The largest stake a tier may ask for.
const MAX_TIER_STAKE: Balance = 1_000_000 * UNIT;
/// The most labelers per item a task may ask for (`pallet_tasks::Config::MaxRedundancy`).
const MAX_REDUNDANCY: u32 = 15;

/// The highest tier (Master).
const MAX_TIER: u8 = 4;
/// The most rounds of a review case: with a first panel of up to 15 seats, the last has at
/// most 63 (`pallet_review::Config::MaxPanelSeats`).
const MAX_REVIEW_ROUNDS: u32 = 4;
/// The largest first panel.
const MAX_INITIAL_PANEL: u32 = 15;

/// The bounds of every governed parameter, and the rules between them.
pub struct ParameterRules;

fn ensure(condition: bool, refusal: Refusal) -> Result<(), Refusal> {
	if condition {
		Ok(())
	} else {
		Err(refusal)
	}
}

fn period(blocks: BlockNumber) -> Result<(), Refusal> {
	ensure(blocks > 0, Refusal::ZeroPeriod)?;
	ensure(blocks <= MAX_PERIOD, Refusal::PeriodTooLong)
}

impl pallet_governance::CheckParameters<Refusal> for ParameterRules {
	fn check() -> Result<(), Refusal> {
		use pallet_governance::Error::*;
		// Tasks.
		ensure(tasks::ProtocolFee::get() <= MAX_PROTOCOL_FEE, FeeTooHigh)?;
		ensure(tasks::GoldDeposit::get() > 0, ZeroValue)?;
		ensure(tasks::GoldDeposit::get() <= MAX_DEPOSIT, AboveMaximum)?;
		// Gold checks the crowd; it must stay a minority of the work.
		ensure(tasks::MaxGoldShare::get() <= MAX_GOLD_SHARE, AboveMaximum)?;
		period(tasks::MinRevealPeriod::get())?;
		let (gold_reveal, finalization) = (tasks::GoldRevealPeriod::get(), tasks::FinalizationPeriod::get());
		period(gold_reveal)?;
		period(finalization)?;
		ensure(finalization >= gold_reveal, FinalizationBeforeGoldReveal)?;
		// A task with gold keeps half its gold period after an extended window in any case.
		ensure(tasks::MaxRevealExtension::get() <= gold_reveal, RevealExtensionBeyondGoldReveal)?;
		// State is paid for, and results stay long enough to be read after settlement.
		ensure(tasks::ItemStateDeposit::get() > 0, ZeroValue)?;
		ensure(tasks::ItemStateDeposit::get() <= MAX_ITEM_STATE_DEPOSIT, AboveMaximum)?;
		period(tasks::StateRetention::get())?;
		ensure(tasks::StateRetention::get() >= DAYS, RetentionTooShort)?;
		// Reviewers are paid, authors too; a review has a median to be paid by.
		let review_share = tasks::ReviewShare::get();
		ensure(review_share > Perbill::zero(), ZeroValue)?;
		ensure(review_share < Perbill::one(), AboveMaximum)?;
		let reviewers = u32::from(tasks::ReviewRedundancy::get());
		ensure(reviewers > 0, ZeroValue)?;
		ensure(reviewers <= MAX_REDUNDANCY, AboveMaximum)?;
		period(tasks::ReviewPeriod::get())?;

		// Bonds.
		ensure(bonds::CommitBond::get() > 0, ZeroValue)?;
		ensure(bonds::CommitBond::get() <= MAX_DEPOSIT, AboveMaximum)?;
		let bond_multiple = bonds::CommitBondMultiple::get();
		ensure(bond_multiple > 0, ZeroValue)?;
		ensure(bond_multiple <= 100, AboveMaximum)?;
		// A leak's treasury part is at least the bond only while the reporter's is not all.
		ensure(bonds::LeakReward::get() < Perbill::one(), AboveMaximum)?;

		// Consensus.
		let quorum = consensus::Quorum::get();
		ensure(quorum > 0 && quorum <= MAX_REDUNDANCY, QuorumAboveRedundancy)?;
		let threshold = consensus::Threshold::get();
		ensure(threshold >= Perbill::from_percent(50), ThresholdBelowMajority)?;
		ensure(consensus::ClearMargin::get() >= threshold, ClearMarginBelowThreshold)?;
		// Pay falls from full to nothing: a curve, not a cliff below full pay.
		ensure(CurrentPayCurve::get().is_valid(), PayCurveNotFalling)?;
		// Otherwise a labeler who expects to be outvoted does best by not revealing.
		ensure(consensus::NoRevealSlash::get() >= consensus::DeviationSlash::get(), NoRevealBelowDeviation)?;
		period(consensus::EscalationPeriod::get())?;
		let max_accuracy = consensus::MaxAccuracy::get();
		ensure(
			max_accuracy > Permill::from_percent(50) && max_accuracy < Permill::one(),
			AccuracyOutOfRange,
		)?;
		ensure(consensus::StakeWeightCap::get() <= MAX_STAKE_WEIGHT_CAP, AboveMaximum)?;
		ensure(consensus::StakeForFullWeight::get() > 0, ZeroValue)?;
		ensure(consensus::EvidenceFee::get() > 0, ZeroValue)?;

		// Tiers: each tier asks for more stake and no less reputation than the one below.
		let table = tiers::Thresholds::get();
		ensure(table.iter().all(|t| t.min_stake > 0), ZeroValue)?;
		ensure(table.iter().all(|t| t.min_stake <= MAX_TIER_STAKE), AboveMaximum)?;
		ensure(
			table.windows(2).all(|pair| match pair {
				[lower, higher] =>
					higher.min_stake > lower.min_stake &&
						higher.min_reputation >= lower.min_reputation,
				_ => true,
			}),
			TiersNotIncreasing,
		)?;
		period(tiers::UnbondingPeriod::get())?;
		period(tiers::SuspensionPeriod::get())?;

		// Reputation.
		let prior = reputation::PriorAccuracy::get();
		ensure(prior > Permill::from_percent(50) && prior <= max_accuracy, AccuracyOutOfRange)?;
		let within = |value: u32, max: u32| {
			ensure(value > 0, ZeroValue)?;
			ensure(value <= max, AboveMaximum)
		};
		within(reputation::PriorStrength::get(), 10_000)?;
		within(reputation::GoldWeight::get(), 100)?;
		within(reputation::GoldBoundStrength::get(), 10_000)?;
		within(reputation::NoRevealWeight::get(), 100)?;
		// Without an evidence floor a single lucky answer could lift a newcomer a tier.
		within(reputation::TierEvidenceFloor::get(), 10_000)?;
		period(reputation::DecayPeriod::get())?;
		ensure(!reputation::DecayFactor::get().is_zero(), ZeroValue)?;
		// At zero every newcomer would vote at chance, with no weight at all.
		ensure(!reputation::NewcomerShare::get().is_zero(), ZeroValue)?;

		// Review.
		let audit = review::AuditShare::get();
		ensure(audit >= Perbill::from_percent(1) && audit <= Perbill::from_percent(20), AuditShareOutOfRange)?;
		ensure((1..=MAX_TIER).contains(&review::MinJurorTier::get()), AboveMaximum)?;
		let (juror_stake, seat_bond) = (review::MinJurorStake::get(), review::SeatBond::get());
		ensure(seat_bond > 0 && juror_stake > 0, ZeroValue)?;
		ensure(juror_stake <= MAX_TIER_STAKE && seat_bond <= MAX_DEPOSIT, AboveMaximum)?;
		ensure(seat_bond <= juror_stake, SeatBondAboveJurorStake)?;
		let panel = review::InitialPanel::get();
		within(panel, MAX_INITIAL_PANEL)?;
		ensure(panel % 2 == 1, EvenPanel)?;
		within(review::MaxRounds::get(), MAX_REVIEW_ROUNDS)?;
		ensure(review::PanelFee::get() <= Perbill::from_percent(50), AboveMaximum)?;
		ensure(review::AppealDepositPerSeat::get() > 0, ZeroValue)?;
		ensure(review::AppealDepositPerSeat::get() <= MAX_DEPOSIT, AboveMaximum)?;
		ensure(review::NoShowSlash::get() >= review::IncoherenceSlash::get(), NoShowBelowIncoherence)?;
		ensure(review::DecisionAppealPeriod::get() <= tiers::UnbondingPeriod::get(), AppealPeriodAboveUnbonding)?;
		for blocks in [
			review::DecisionAppealPeriod::get(),
			review::CommitPeriod::get(),
			review::RevealPeriod::get(),
			review::AppealPeriod::get(),
			review::DrawPeriod::get(),
			review::GovernancePeriod::get(),
		] {
			period(blocks)?;
		}

		// Dealing.
		ensure(assignment::MinPoolStake::get() > 0, ZeroValue)?;
		ensure(assignment::MinPoolStake::get() <= MAX_TIER_STAKE, AboveMaximum)?;
		ensure(assignment::NoShowSlash::get() <= MAX_DEPOSIT, AboveMaximum)?;
		period(assignment::SeatPeriod::get())?;

		// Referenda.
		let (decision, confirm) = (governance::DecisionPeriod::get(), governance::ConfirmPeriod::get());
		period(governance::PreparePeriod::get())?;
		period(decision)?;
		period(confirm)?;
		period(governance::MinEnactmentPeriod::get())?;
		period(governance::VoteLockingPeriod::get())?;
		period(governance::UndecidingTimeout::get())?;
		ensure(confirm <= decision, ConfirmLongerThanDecision)?;
		// A case sent to governance must wait long enough for a referendum to pass and enact.
		let referendum = governance::PreparePeriod::get()
			.saturating_add(decision)
			.saturating_add(governance::MinEnactmentPeriod::get());
		ensure(review::GovernancePeriod::get() >= referendum, FallbackShorterThanReferendum)?;
		Ok(())
	}
}
