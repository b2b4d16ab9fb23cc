//! # Review: a court of drawn expert panels
//!
//! Items consensus must not settle alone come here: escalations (no quorum or threshold),
//! gold disputes (a clear consensus against the requester's gold answer) and random audits (a
//! governed share of vote-decided items, drawn from randomness of the block that decides
//! them). Each case is judged by a panel drawn at random among the domain's jurors of a tier
//! above the task's, weighted by the stake each juror put in the domain's court (every unit a
//! ticket, as Kleros' sortition). The item's requester and labelers never sit on it.
//!
//! - **Jurors** `join_court` with stake held (`JurorStake`), in a sortition sum tree per
//!   (domain, tier): a draw walks it from the root, O(log n) reads for n jurors
//!   (`impl_sortition.rs`). Each seat sets aside a governed bond, so a juror's tickets are its
//!   free stake. A juror who lost the tier it joined at is dropped from the pool when drawn.
//! - **Rounds.** Drawn in a block after the case (or round) opened, from the runtime's
//!   randomness (`Config::Randomness`: see the README for its trust assumption). Jurors commit
//!   a salted verdict, then reveal it, as labels are. A juror who did not commit is replaced
//!   (up to `MAX_REDRAWS` times a round) and loses `NoShowSlash` of its bond, as does one who
//!   did not reveal; the verdict is the label with most seats. Coherent jurors share the
//!   panel's fee (first decisive round: a governed share of the item's reward, from the
//!   escrow) or the appeal deposit (appeal rounds); incoherent ones lose `IncoherenceSlash`.
//!   Slashes go to the treasury. A tie re-runs the round with a larger panel.
//! - **Appeals.** After a decisive round, any party (the requester or a labeler of the item)
//!   may `appeal` within `AppealPeriod`, holding a deposit per seat of the next panel, which is
//!   `2n + 1` seats (Kleros), up to `MaxRounds` rounds. An appeal round that ties leaves the
//!   verdict it appealed standing.
//! - **Appeals of decisions.** A party may `appeal_decision` on an item the vote decided and
//!   paid, within its task's appeal window (consensus keeps its labels and the task unsettled
//!   until then). The case's first panel is paid by the appellant's deposit; a tie or no panel
//!   leaves the decision standing; an overturn makes the decided label's labelers repay.
//! - **Outcomes.** When no appeal comes (or no more can), the verdict goes back to consensus
//!   (`Config::Outcome`), which re-settles the item: rewards, slashes, reputation and the
//!   provenance leaf follow the upheld label.
//! - **Empty pools.** A domain with no juror at one tier above the task's or higher sends its
//!   cases to the fallback domain's court (`FallbackDomain`, governed); with none there either
//!   the court takes no case: consensus leaves the item to its expert origin (governance) and
//!   audits none. A draw
//!   that finds no eligible juror lowers the tier, down to one above the task's; then the case
//!   goes to `FallbackOrigin` (governance) for `GovernancePeriod` (an audit closes with the
//!   vote standing), and if nobody decides, the item closes unresolved. No case waits forever.
//!
//! Work falls due by block (`Agenda`, which never drops an entry); `on_initialize` does at most
//! `MaxStepsPerBlock` due steps, oldest first, each bounded by the largest panel; under load a
//! phase closes a few blocks late, never early.
//!
//! Files: `types.rs`, `impl_sortition.rs` (each pool's sum tree in storage; the tree itself is
//! `labelchain_primitives::sortition`, shared with work dealing), `impl_jurors.rs` (stake, seats,
//! slashes), `impl_rounds.rs` (drawing, closing phases, verdicts), `impl_court.rs` (what
//! consensus calls).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod impl_court;
mod impl_jurors;
mod impl_rounds;
mod impl_sortition;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use polkadot_sdk::{frame_support, frame_system, sp_runtime};

/// Times a round's no-shows are replaced before it goes on without them.
pub const MAX_REDRAWS: u8 = 2;
/// Draw attempts per seat still to fill in one step (an attempt fails on a party, a juror who
/// lost its tier, or a juror without a free bond).
pub const ATTEMPTS_PER_SEAT: u32 = 4;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			Randomness,
		},
	};
	use frame_system::pallet_prelude::*;
	use labelchain_primitives::{
		CaseKind, DomainId, Eligibility, ItemIndex, Label, ReviewOutcome, TaskHooks, TaskId, Tier,
	};
	use polkadot_sdk::sp_core::H256;
	use sp_runtime::Perbill;

	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	pub type CaseOf<T> =
		Case<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The native currency: juror stake and appeal deposits are held in it.
		type Currency: Mutate<Self::AccountId> + MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// Labelers' tiers per domain: who may sit on a domain's panels.
		type Eligibility: Eligibility<Self::AccountId>;

		/// Randomness for draws and audits; read only in a block after what it decides was
		/// fixed.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

		/// The task registry's escrow, from which the panel's fee is paid.
		type Escrow: TaskHooks<Self::AccountId, Balance = BalanceOf<Self>>;

		/// Consensus, which re-settles an item on its verdict.
		type Outcome: ReviewOutcome<Self::AccountId, BalanceOf<Self>>;

		/// Consensus, which says which vote decisions may still be appealed.
		type Decisions: labelchain_primitives::DecisionAppeals<Self::AccountId, BalanceOf<Self>>;

		/// What sending an outcome to consensus costs (its re-settlement of the item).
		type OutcomeWeight: Get<Weight>;

		/// Who decides a case no panel could be drawn for (governance).
		type FallbackOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Where slashed juror bonds go.
		type Treasury: Get<Self::AccountId>;

		/// The share of vote-decided items drawn for audit (governed, 1–20 %).
		type AuditShare: Get<Perbill>;
		/// Jurors come from this tier or one above the task's, whichever is higher (governed).
		type MinJurorTier: Get<Tier>;
		/// The highest tier.
		type MaxTier: Get<Tier>;
		/// The court a case goes to when the item's own domain has no juror of the tier it
		/// needs (a general domain; governed, `None` for none).
		type FallbackDomain: Get<Option<DomainId>>;
		/// The least stake a juror joins a domain's court with (governed).
		type MinJurorStake: Get<BalanceOf<Self>>;
		/// Stake set aside per seat while a round is open (governed).
		type SeatBond: Get<BalanceOf<Self>>;
		/// Seats of a case's first panel; each appeal round has `2n + 1` (governed).
		type InitialPanel: Get<u32>;
		/// The most rounds of a case, first included (governed).
		type MaxRounds: Get<u32>;
		/// The panel's fee: this share of the item's reward (governed).
		type PanelFee: Get<Perbill>;
		/// An appeal's deposit per seat of the next panel (governed).
		type AppealDepositPerSeat: Get<BalanceOf<Self>>;
		/// Share of a seat bond lost by not committing or not revealing (governed).
		type NoShowSlash: Get<Perbill>;
		/// Share of a seat bond lost by voting against the panel's majority (governed).
		type IncoherenceSlash: Get<Perbill>;
		/// Blocks to commit, to reveal, to appeal, for governance, and for drawing (governed).
		type CommitPeriod: Get<BlockNumberFor<Self>>;
		type RevealPeriod: Get<BlockNumberFor<Self>>;
		type AppealPeriod: Get<BlockNumberFor<Self>>;
		type GovernancePeriod: Get<BlockNumberFor<Self>>;
		type DrawPeriod: Get<BlockNumberFor<Self>>;

		/// The most seats of a panel: the round sizes are capped by it.
		#[pallet::constant]
		type MaxPanelSeats: Get<u32>;
		/// The most parties of a case (an item's labelers and its requester).
		#[pallet::constant]
		type MaxParties: Get<u32>;
		/// The most case steps one block does (the rest wait for the next).
		#[pallet::constant]
		type MaxStepsPerBlock: Get<u32>;
		/// The most jurors a pool may hold.
		#[pallet::constant]
		type MaxPoolJurors: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, BalanceOf<Self>>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Stake a juror put in a domain's court.
		JurorStake,
		/// An appeal's deposit, paid to the appeal round's coherent jurors.
		AppealDeposit,
	}

	/// Nodes of each pool's sum tree: a node's value is its subtree's tickets; leaves are
	/// jurors. Node `i`'s children are `2i + 1` and `2i + 2`.
	#[pallet::storage]
	pub type TreeNodes<T: Config> = StorageDoubleMap<_, Twox64Concat, PoolKey, Twox64Concat, u32, u128, ValueQuery>;
	/// How many nodes each pool's tree has (odd, or zero).
	#[pallet::storage]
	pub type TreeLen<T: Config> = StorageMap<_, Twox64Concat, PoolKey, u32, ValueQuery>;
	/// The juror at each leaf.
	#[pallet::storage]
	pub type LeafOwner<T: Config> = StorageDoubleMap<_, Twox64Concat, PoolKey, Twox64Concat, u32, T::AccountId>;
	/// Leaves freed by jurors who left, reused first: a stack of `VacantLen` entries.
	#[pallet::storage]
	pub type Vacant<T: Config> = StorageDoubleMap<_, Twox64Concat, PoolKey, Twox64Concat, u32, u32>;
	#[pallet::storage]
	pub type VacantLen<T: Config> = StorageMap<_, Twox64Concat, PoolKey, u32, ValueQuery>;
	/// How many jurors each pool holds.
	#[pallet::storage]
	pub type PoolJurors<T: Config> = StorageMap<_, Twox64Concat, PoolKey, u32, ValueQuery>;

	/// Each juror's stake per domain.
	#[pallet::storage]
	pub type Jurors<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		DomainId,
		Blake2_128Concat,
		T::AccountId,
		Juror<BalanceOf<T>>,
	>;

	/// Open cases.
	#[pallet::storage]
	pub type Cases<T: Config> = StorageMap<_, Twox64Concat, CaseId, CaseOf<T>>;
	/// The open case on an item.
	#[pallet::storage]
	pub type CaseOfItem<T: Config> = StorageDoubleMap<_, Twox64Concat, TaskId, Twox64Concat, ItemIndex, CaseId>;
	/// The next case id.
	#[pallet::storage]
	pub type NextCaseId<T> = StorageValue<_, CaseId, ValueQuery>;
	/// A case's parties: they never sit on its panels and only they may appeal.
	#[pallet::storage]
	pub type Parties<T: Config> =
		StorageMap<_, Twox64Concat, CaseId, BoundedVec<T::AccountId, T::MaxParties>, ValueQuery>;
	/// Each round's jurors, in the order they were first drawn (replaced no-shows included).
	#[pallet::storage]
	pub type Panels<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CaseId,
		Twox64Concat,
		u8,
		BoundedVec<T::AccountId, PanelBound<T>>,
		ValueQuery,
	>;
	/// Each juror's seats on a round.
	#[pallet::storage]
	pub type Seats<T: Config> = StorageNMap<
		_,
		(NMapKey<Twox64Concat, CaseId>, NMapKey<Twox64Concat, u8>, NMapKey<Blake2_128Concat, T::AccountId>),
		Seat<BalanceOf<T>>,
	>;

	/// Case steps due at a block, in the order they were scheduled (`AgendaLen` of them):
	/// nothing scheduled is ever dropped. `on_initialize` runs at most `MaxStepsPerBlock` due
	/// steps a block, oldest block first, from `AgendaCursor` on.
	#[pallet::storage]
	pub type Agenda<T: Config> = StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, u32, CaseId>;
	#[pallet::storage]
	pub type AgendaLen<T: Config> = StorageMap<_, Twox64Concat, BlockNumberFor<T>, u32, ValueQuery>;
	/// The next agenda entry to run: (block, index in that block's list).
	#[pallet::storage]
	pub type AgendaCursor<T: Config> = StorageValue<_, (BlockNumberFor<T>, u32), ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A juror put stake in a domain's court (or added to it), in the pool of `tier`.
		JurorJoined { who: T::AccountId, domain: DomainId, tier: Tier, stake: BalanceOf<T> },
		/// A juror left a domain's court; `released` of its stake is free again (the rest when
		/// its open seats close).
		JurorLeft { who: T::AccountId, domain: DomainId, released: BalanceOf<T> },
		/// A drawn juror no longer had the tier of its pool and was taken out of it.
		JurorDropped { who: T::AccountId, domain: DomainId, tier: Tier },
		/// A case was opened on an item; its panels come from `court` (the item's domain, or
		/// the fallback domain when the item's has no juror of the tier needed).
		CaseOpened { case: CaseId, task: TaskId, item: ItemIndex, kind: CaseKind, court: DomainId, juror_tier: Tier },
		/// A juror was drawn for `seats` more seats of a round.
		JurorDrawn { case: CaseId, round: u8, juror: T::AccountId, seats: u32 },
		/// A round's panel is complete: commitments are due by `commit_until`.
		PanelDrawn { case: CaseId, round: u8, seats: u32, commit_until: BlockNumberFor<T> },
		/// Nobody eligible could sit at `from_tier`: the case draws from `to_tier` now.
		TierLowered { case: CaseId, from_tier: Tier, to_tier: Tier },
		/// A juror committed to a verdict.
		VerdictCommitted { case: CaseId, round: u8, juror: T::AccountId },
		/// Commitments are closed; verdicts are due by `reveal_until`.
		RevealOpened { case: CaseId, round: u8, reveal_until: BlockNumberFor<T> },
		/// A juror revealed its verdict.
		VerdictRevealed { case: CaseId, round: u8, juror: T::AccountId, label: Label },
		/// A juror lost part of its seat bond.
		JurorSlashed { case: CaseId, round: u8, juror: T::AccountId, amount: BalanceOf<T>, reason: SlashReason },
		/// A coherent juror was paid.
		JurorPaid { case: CaseId, round: u8, juror: T::AccountId, amount: BalanceOf<T> },
		/// A round closed: the verdict (`None` for a tie or no verdicts) and every juror's
		/// seats and revealed verdict, so an indexer can check the count.
		RoundDecided {
			case: CaseId,
			round: u8,
			verdict: Option<Label>,
			votes: BoundedVec<(T::AccountId, u32, Option<Label>), PanelBound<T>>,
		},
		/// A party appealed: a panel of `seats` seats judges again.
		Appealed { case: CaseId, round: u8, by: T::AccountId, deposit: BalanceOf<T>, seats: u32 },
		/// No panel could be drawn: `FallbackOrigin` may decide until `until`.
		SentToGovernance { case: CaseId, until: BlockNumberFor<T> },
		/// The case is closed: `label` went back to consensus (`None`: left unresolved).
		ItemReviewed { case: CaseId, task: TaskId, item: ItemIndex, kind: CaseKind, label: Option<Label>, rounds: u8 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account's tier in the domain is below the court's minimum.
		TierTooLow,
		/// Less than the minimum juror stake.
		StakeTooLow,
		/// The account has no stake in this domain's court.
		NotJuror,
		/// The pool is full.
		PoolFull,
		/// No case has this id.
		UnknownCase,
		/// The account holds no seat on the case's current round.
		NotSeated,
		/// The case is not in the phase this needs.
		WrongPhase,
		/// The juror already committed.
		AlreadyCommitted,
		/// The juror never committed (or was replaced as a no-show).
		NotCommitted,
		/// The juror already revealed.
		AlreadyRevealed,
		/// The label and salt do not match the commitment.
		CommitmentMismatch,
		/// The label is outside the task's schema.
		LabelOutOfSchema,
		/// Only the requester or a labeler of the item may appeal.
		NotAParty,
		/// The case had its last round.
		NoMoreAppeals,
		/// The item already has an open case.
		AlreadyInReview,
		/// Nobody could sit on the case: no juror in the domain at the tier it needs.
		NoJurors,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Does the case steps due by this block (at most `MaxStepsPerBlock`).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::run_agenda(now)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		/// A block's worst case of case steps leaves most of the block to transactions.
		fn integrity_test() {
			let steps = Self::step_weight().saturating_mul(T::MaxStepsPerBlock::get().into());
			let block = <T as frame_system::Config>::BlockWeights::get().max_block;
			assert!(
				steps.ref_time() <= block.ref_time() / 4,
				"MaxStepsPerBlock × the costliest case step is over a quarter of a block"
			);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Puts `amount` more stake in `domain`'s court (held), and enters (or re-enters) the
		/// pool of the caller's current tier there. Needs at least `MinJurorTier` in the domain.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::join_court())]
		pub fn join_court(origin: OriginFor<T>, domain: DomainId, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_join(&who, domain, amount)
		}

		/// Leaves `domain`'s court: no more draws; stake not bonded to an open seat is released
		/// now, the rest when those seats close.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::leave_court())]
		pub fn leave_court(origin: OriginFor<T>, domain: DomainId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(&who, domain)
		}

		/// Commits to a verdict on the case's current round: `commitment` is
		/// `types::verdict_commitment(case, round, juror, label, salt)`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commit_verdict())]
		pub fn commit_verdict(origin: OriginFor<T>, case: CaseId, commitment: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(&who, case, commitment)
		}

		/// Reveals the verdict committed to.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::reveal_verdict())]
		pub fn reveal_verdict(origin: OriginFor<T>, case: CaseId, label: Label, salt: [u8; 32]) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(&who, case, label, salt)
		}

		/// Appeals the last round's verdict (the requester or a labeler of the item), holding
		/// `AppealDepositPerSeat` per seat of the next, larger panel.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::appeal())]
		pub fn appeal(origin: OriginFor<T>, case: CaseId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal(&who, case)
		}

		/// Appeals the vote's decision (or the gold answer) on an item after it settled (the
		/// requester or a labeler of the item), within its task's appeal window, holding `AppealDepositPerSeat` per
		/// seat of the first panel, which the panel's coherent jurors share. If the panel
		/// overturns the decision, the labelers of the decided label repay their reward and
		/// lose their deviation slash to those of the upheld label; a tie or no panel leaves
		/// the decision standing.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::appeal_decision())]
		pub fn appeal_decision(origin: OriginFor<T>, task: TaskId, item: ItemIndex) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal_decision(&who, task, item)
		}

		/// Decides a case no panel could be drawn for (fallback origin only).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::decide_by_governance().saturating_add(T::OutcomeWeight::get()))]
		pub fn decide_by_governance(origin: OriginFor<T>, case: CaseId, label: Label) -> DispatchResult {
			T::FallbackOrigin::ensure_origin(origin)?;
			Self::do_governance_decision(case, label)
		}
	}

	/// Bound of a round's juror list: every seat, plus the no-shows replaced.
	pub struct PanelBound<T>(core::marker::PhantomData<T>);
	impl<T: Config> Get<u32> for PanelBound<T> {
		fn get() -> u32 {
			T::MaxPanelSeats::get().saturating_mul(u32::from(MAX_REDRAWS) + 1)
		}
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Balance> {
	/// Gives `who` at least tier 1 in `domain`.
	fn make_juror(who: &AccountId, domain: labelchain_primitives::DomainId);
	/// A running task whose escrow can pay a panel's fee, and its reward per item.
	fn task_with_escrow(requester: &AccountId) -> (labelchain_primitives::TaskId, Balance);
	/// An item decided by the vote, with the most labelers an item can have, that may be
	/// appealed now: its task, item, domain and one of its labelers.
	fn decided_item() -> (labelchain_primitives::TaskId, labelchain_primitives::ItemIndex, labelchain_primitives::DomainId, AccountId);
}
