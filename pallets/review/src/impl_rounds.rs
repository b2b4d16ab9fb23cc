//! A case's life: drawing a panel, closing commitments and reveals, the verdict and its
//! money, appeals, and the outcome sent back to consensus.

use crate::{pallet::*, types::*, WeightInfo, ATTEMPTS_PER_SEAT, MAX_REDRAWS};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Randomness,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use labelchain_primitives::{
	answers, CaseKind, CaseRequest, DecisionAppeals, Eligibility, ItemIndex, Label, LabelSchema, ReviewOutcome, TaskHooks, TaskId,
};
use polkadot_sdk::{
	frame_support, frame_system,
	sp_core::H256,
	sp_runtime::{
		traits::{Saturating, Zero},
		DispatchError, DispatchResult, Perbill, SaturatedConversion,
	},
};

/// The most agenda blocks one `on_initialize` walks (empty ones cost a read each).
const AGENDA_BLOCKS: u32 = 16;

impl<T: Config> Pallet<T> {
	/// Seats of a round's panel: `InitialPanel`, then `2n + 1` a round, capped.
	pub fn panel_size(round: u8) -> u32 {
		let mut seats = T::InitialPanel::get().max(1);
		for _ in 0..round {
			seats = seats.saturating_mul(2).saturating_add(1);
		}
		seats.min(T::MaxPanelSeats::get())
	}

	/// Puts a case's next step on the agenda at `at` (never before the next block).
	pub(crate) fn schedule(case: CaseId, at: BlockNumberFor<T>) -> DispatchResult {
		let at = at.max(frame_system::Pallet::<T>::block_number().saturating_add(1u32.into()));
		let index = AgendaLen::<T>::get(at);
		Agenda::<T>::insert(at, index, case);
		AgendaLen::<T>::insert(at, index.saturating_add(1));
		Ok(())
	}

	/// Opens a case, to be drawn from the next block on.
	pub(crate) fn do_open(request: CaseRequest<T::AccountId, BalanceOf<T>>) -> Result<CaseId, DispatchError> {
		ensure!(!CaseOfItem::<T>::contains_key(request.task, request.item), Error::<T>::AlreadyInReview);
		let max_tier = T::MaxTier::get().max(1);
		let floor_tier = request.task_tier.saturating_add(1).clamp(1, max_tier);
		let juror_tier = T::MinJurorTier::get().clamp(floor_tier, max_tier);
		// A domain without jurors sends its cases to the fallback domain's court; with none
		// there either, the caller's fallback (governance) decides, at once.
		let court = Self::court_for(request.domain, floor_tier).ok_or(Error::<T>::NoJurors)?;
		let id = NextCaseId::<T>::get();
		let now = frame_system::Pallet::<T>::block_number();
		Self::schedule(id, now.saturating_add(1u32.into()))?;
		NextCaseId::<T>::put(id.saturating_add(1));
		let mut parties = BoundedVec::<T::AccountId, T::MaxParties>::new();
		for who in core::iter::once(&request.requester).chain(request.labelers.iter()) {
			if !parties.contains(who) && parties.try_push(who.clone()).is_err() {
				break;
			}
		}
		Parties::<T>::insert(id, parties);
		CaseOfItem::<T>::insert(request.task, request.item, id);
		Cases::<T>::insert(id, Case {
			task: request.task,
			item: request.item,
			kind: request.kind,
			domain: court,
			schema: request.schema,
			requester: request.requester,
			juror_tier,
			floor_tier,
			vote_label: request.vote_label,
			round: 0,
			phase: Phase::Drawing,
			round_opened: now,
			deadline: now.saturating_add(T::DrawPeriod::get()),
			panel_size: Self::panel_size(0),
			seated: 0,
			redraws: 0,
			fee: T::PanelFee::get() * request.reward,
			fee_paid: Zero::zero(),
			verdict: None,
			appeal: None,
		});
		Self::deposit_event(Event::CaseOpened {
			case: id,
			task: request.task,
			item: request.item,
			kind: request.kind,
			court,
			juror_tier,
		});
		Ok(id)
	}

	/// Does the steps due by now, oldest first, at most `MaxStepsPerBlock`; walks at most
	/// `AGENDA_BLOCKS` blocks of the agenda. Each step is charged the bound of what it does
	/// (`step_weight` bounds any).
	pub(crate) fn run_agenda(now: BlockNumberFor<T>) -> Weight {
		let (mut block, mut index) = AgendaCursor::<T>::get();
		// First use (or after an upgrade that added the court): nothing is due before now.
		if block.is_zero() {
			block = now;
			index = 0;
		}
		let (mut steps, mut blocks) = (0u32, 0u32);
		let mut used = Weight::zero();
		while block <= now && steps < T::MaxStepsPerBlock::get() && blocks < AGENDA_BLOCKS {
			if index < AgendaLen::<T>::get(block) {
				if let Some(case) = Agenda::<T>::take(block, index) {
					used = used.saturating_add(Self::step(case, now));
					steps = steps.saturating_add(1);
				}
				index = index.saturating_add(1);
			} else {
				// The block's list is done (steps are only ever scheduled after the current
				// block, so it cannot grow again).
				AgendaLen::<T>::remove(block);
				block = block.saturating_add(1u32.into());
				index = 0;
				blocks = blocks.saturating_add(1);
			}
		}
		AgendaCursor::<T>::put((block, index));
		used.saturating_add(T::DbWeight::get().reads_writes(steps.into(), steps.into()))
			.saturating_add(T::DbWeight::get().reads_writes(u64::from(blocks).saturating_add(2), u64::from(blocks).saturating_add(1)))
	}

	/// The most one case step costs: a full draw, or a round's close with its payments and
	/// the outcome sent to consensus.
	pub fn step_weight() -> Weight {
		let jurors = PanelBound::<T>::get();
		Self::draw_weight(T::MaxPanelSeats::get())
			.max(T::WeightInfo::close_commit(jurors))
			.max(T::WeightInfo::close_reveal(jurors).saturating_add(Self::outcome_weight()))
	}

	/// Moves a case on if its current phase is over (stale agenda entries do nothing).
	pub(crate) fn step(id: CaseId, now: BlockNumberFor<T>) -> Weight {
		let read = T::DbWeight::get().reads(1);
		let Some(case) = Cases::<T>::get(id) else { return read };
		let jurors = || Panels::<T>::decode_len(id, case.round).unwrap_or(0) as u32;
		// What the step may cost: a round's close at the size of its juror list, a draw at its
		// panel's size, the outcome at consensus's worst case.
		let (result, weight) = match case.phase {
			Phase::Drawing if now > case.round_opened => {
				let weight = Self::draw_weight(case.panel_size);
				(Self::draw_step(id, case, now), weight)
			},
			Phase::Commit if now > case.deadline => {
				let weight = T::WeightInfo::close_commit(jurors());
				(Self::close_commit(id, case, now), weight)
			},
			Phase::Reveal if now > case.deadline => {
				// The last round sends its outcome at once.
				let weight = T::WeightInfo::close_reveal(jurors()).saturating_add(Self::outcome_weight());
				(Self::close_reveal(id, case, now), weight)
			},
			Phase::Appeal if now > case.deadline => (Self::close_case(id, case), Self::outcome_weight()),
			Phase::Governance if now > case.deadline => (Self::close_undecided(id, case), Self::outcome_weight()),
			// A step left behind by an earlier close of its phase.
			_ => (Ok(()), Weight::zero()),
		};
		if let Err(e) = result {
			log::error!(target: "runtime::review", "case {id} step failed: {e:?}");
		}
		weight.saturating_add(read)
	}

	fn outcome_weight() -> Weight {
		T::WeightInfo::close_case().saturating_add(T::OutcomeWeight::get())
	}

	/// Drawing `seats` seats: the benchmark, and a path of reads per attempt (the benchmark's
	/// seats go to a few jurors whose paths share nodes; any attempt may walk its own path: a
	/// read per level of the deepest tree, and its juror).
	fn draw_weight(seats: u32) -> Weight {
		let depth = u64::from(u32::BITS.saturating_sub(T::MaxPoolJurors::get().saturating_mul(2).leading_zeros()));
		let attempts = u64::from(seats.saturating_mul(ATTEMPTS_PER_SEAT));
		T::WeightInfo::draw_panel(seats)
			.saturating_add(T::DbWeight::get().reads(attempts.saturating_mul(depth.saturating_add(2))))
	}

	/// The court for an item of `domain` needing jurors of `tier` or above: its own, else the
	/// fallback domain's, if anyone sits there.
	pub(crate) fn court_for(domain: labelchain_primitives::DomainId, tier: labelchain_primitives::Tier) -> Option<labelchain_primitives::DomainId> {
		core::iter::once(domain)
			.chain(T::FallbackDomain::get())
			.find(|court| Self::has_jurors(*court, tier))
	}

	/// Whether anyone with free stake sits in the domain's pools of `tier` and above.
	pub(crate) fn has_jurors(domain: labelchain_primitives::DomainId, tier: labelchain_primitives::Tier) -> bool {
		(tier..=T::MaxTier::get().max(tier)).any(|t| Self::pool_total((domain, t)) > 0)
	}

	/// The pools a case draws from (tier at least `juror_tier`) and their tickets.
	fn pools_of(case: &CaseOf<T>) -> Vec<(PoolKey, u128)> {
		(case.juror_tier..=T::MaxTier::get().max(case.juror_tier))
			.map(|tier| ((case.domain, tier), Self::pool_total((case.domain, tier))))
			.filter(|(_, total)| *total > 0)
			.collect()
	}

	/// Draws seats until the panel is full or the attempts run out.
	pub(crate) fn draw_step(id: CaseId, mut case: CaseOf<T>, now: BlockNumberFor<T>) -> DispatchResult {
		let parties = Parties::<T>::get(id);
		let seed = T::Randomness::random(&(b"review/draw", id, case.round).encode()).0;
		let mut pools = Self::pools_of(&case);
		// Nobody above: widen to lower tiers, down to one above the task's.
		while pools.is_empty() && case.juror_tier > case.floor_tier {
			let from_tier = case.juror_tier;
			case.juror_tier = case.juror_tier.saturating_sub(1);
			Self::deposit_event(Event::TierLowered { case: id, from_tier, to_tier: case.juror_tier });
			pools = Self::pools_of(&case);
		}
		let needed = case.panel_size.saturating_sub(case.seated);
		let attempts = needed.saturating_mul(ATTEMPTS_PER_SEAT);
		let mut attempt = 0u32;
		while case.seated < case.panel_size && attempt < attempts && !pools.is_empty() {
			attempt = attempt.saturating_add(1);
			let total: u128 = pools.iter().map(|(_, t)| *t).fold(0, u128::saturating_add);
			if total == 0 {
				break;
			}
			let mut r = Self::random_below(&seed, attempt, total);
			let Some(&(pool, _)) = pools.iter().find(|(_, tickets)| {
				let inside = r < *tickets;
				if !inside {
					r = r.saturating_sub(*tickets);
				}
				inside
			}) else {
				break;
			};
			let Some((_, who)) = Self::draw_leaf(pool, r) else { break };
			let seat_key = (id, case.round, who.clone());
			if parties.contains(&who) || Seats::<T>::get(&seat_key).is_some_and(|s| s.no_show) {
				continue;
			}
			if T::Eligibility::tier_in(&who, case.domain) < pool.1 {
				Self::drop_juror(case.domain, pool.1, &who);
			} else if Self::lock_seat(case.domain, &who) {
				let mut seat = Seats::<T>::get(&seat_key).unwrap_or(Seat {
					seats: 0,
					bond: Zero::zero(),
					commitment: None,
					verdict: None,
					no_show: false,
				});
				if seat.seats == 0 {
					Panels::<T>::try_mutate(id, case.round, |panel| panel.try_push(who.clone()))
						.map_err(|_| Error::<T>::WrongPhase)?;
				}
				seat.seats = seat.seats.saturating_add(1);
				seat.bond = seat.bond.saturating_add(T::SeatBond::get());
				Seats::<T>::insert(&seat_key, seat);
				case.seated = case.seated.saturating_add(1);
				Self::deposit_event(Event::JurorDrawn { case: id, round: case.round, juror: who, seats: 1 });
			}
			pools = Self::pools_of(&case);
		}
		if case.seated >= case.panel_size || (now >= case.deadline && case.seated > 0) {
			// Full, or as full as the draw period allowed.
			case.panel_size = case.seated;
			case.phase = Phase::Commit;
			case.deadline = now.saturating_add(T::CommitPeriod::get());
			Self::schedule(id, case.deadline.saturating_add(1u32.into()))?;
			Self::deposit_event(Event::PanelDrawn {
				case: id,
				round: case.round,
				seats: case.seated,
				commit_until: case.deadline,
			});
			Cases::<T>::insert(id, case);
			return Ok(());
		}
		if now >= case.deadline || pools.is_empty() {
			// Nobody eligible at all: governance decides, or nobody does.
			return Self::to_governance(id, case, now);
		}
		Self::schedule(id, now.saturating_add(1u32.into()))?;
		Cases::<T>::insert(id, case);
		Ok(())
	}

	/// A number below `bound` from the draw's seed and the attempt.
	fn random_below(seed: &T::Hash, attempt: u32, bound: u128) -> u128 {
		let hash = polkadot_sdk::sp_io::hashing::blake2_256(&(seed, attempt).encode());
		let mut bytes = [0u8; 16];
		bytes.copy_from_slice(&hash[..16]);
		// The bias of a 128-bit number modulo any stake total is below 2^-64.
		u128::from_le_bytes(bytes) % bound.max(1)
	}

	fn to_governance(id: CaseId, mut case: CaseOf<T>, now: BlockNumberFor<T>) -> DispatchResult {
		// Seats drawn so far free their bonds; an appeal deposit nobody could earn returns.
		Self::release_round(id, &case);
		if let Some((appellant, held)) = case.appeal.take() {
			let _ = T::Currency::release(&HoldReason::AppealDeposit.into(), &appellant, held, Precision::BestEffort);
		}
		// An audit is a sample and an appealed decision stands: without a panel the vote's
		// decision stays.
		let vote_stands = match case.kind {
			CaseKind::Audit => case.verdict.is_none(),
			CaseKind::Appeal => case.round == 0,
			_ => false,
		};
		if vote_stands {
			return Self::close_undecided(id, case);
		}
		case.phase = Phase::Governance;
		case.seated = 0;
		case.deadline = now.saturating_add(T::GovernancePeriod::get());
		Self::schedule(id, case.deadline.saturating_add(1u32.into()))?;
		Self::deposit_event(Event::SentToGovernance { case: id, until: case.deadline });
		Cases::<T>::insert(id, case);
		Ok(())
	}

	/// Frees every seat bond of the round, unslashed.
	fn release_round(id: CaseId, case: &CaseOf<T>) {
		for who in Panels::<T>::take(id, case.round) {
			if let Some(seat) = Seats::<T>::take((id, case.round, &who)) {
				Self::release_seat(case.domain, &who, seat.bond, Zero::zero());
			}
		}
	}

	/// Commitments are closed: jurors who did not commit are replaced (up to `MAX_REDRAWS`
	/// times), then verdicts are revealed.
	pub(crate) fn close_commit(id: CaseId, mut case: CaseOf<T>, now: BlockNumberFor<T>) -> DispatchResult {
		let mut missing = 0u32;
		for who in Panels::<T>::get(id, case.round) {
			Seats::<T>::mutate((id, case.round, &who), |seat| {
				if let Some(seat) = seat {
					if !seat.no_show && seat.commitment.is_none() {
						seat.no_show = true;
						missing = missing.saturating_add(seat.seats);
					}
				}
			});
		}
		if missing > 0 && case.redraws < MAX_REDRAWS {
			case.redraws = case.redraws.saturating_add(1);
			case.seated = case.seated.saturating_sub(missing);
			case.phase = Phase::Drawing;
			case.round_opened = now;
			case.deadline = now.saturating_add(T::DrawPeriod::get());
			Self::schedule(id, now.saturating_add(1u32.into()))?;
		} else {
			case.phase = Phase::Reveal;
			case.deadline = now.saturating_add(T::RevealPeriod::get());
			Self::schedule(id, case.deadline.saturating_add(1u32.into()))?;
			Self::deposit_event(Event::RevealOpened { case: id, round: case.round, reveal_until: case.deadline });
		}
		Cases::<T>::insert(id, case);
		Ok(())
	}

	/// The round's verdict among the revealed verdicts, each weighing its seats. Categorical
	/// and free-form cases: the label with the most seats (`None` on a tie or none). Graded
	/// cases: the schema's rule (`answers::decide`: a weighted median, a vote per class, a
	/// Borda count), never tied. The coherent seats are those whose verdict is the decision, or
	/// for a graded case close to it (`answers::coherent`).
	pub(crate) fn tally(id: CaseId, round: u8, schema: &LabelSchema) -> RoundTally {
		let mut counts: Vec<(Label, u32)> = Vec::new();
		for who in Panels::<T>::get(id, round) {
			let Some(seat) = Seats::<T>::get((id, round, &who)) else { continue };
			let Some(label) = seat.verdict.filter(|_| !seat.no_show) else { continue };
			match counts.iter_mut().find(|(l, _)| *l == label) {
				Some(entry) => entry.1 = entry.1.saturating_add(seat.seats),
				None => counts.push((label, seat.seats)),
			}
		}
		if schema.is_graded() {
			let weighted: Vec<(Label, u64)> = counts.iter().map(|(l, n)| (*l, u64::from(*n))).collect();
			let Some(verdict) = answers::decide(schema, &weighted) else {
				return RoundTally { verdict: None, coherent_seats: 0 };
			};
			let coherent_seats = counts
				.iter()
				.filter(|(l, _)| answers::coherent(schema, l, &verdict))
				.fold(0u32, |sum, (_, n)| sum.saturating_add(*n));
			return RoundTally { verdict: Some(verdict), coherent_seats };
		}
		let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
		let mut leaders = counts.iter().filter(|(_, n)| *n == best && best > 0);
		match (leaders.next(), leaders.next()) {
			(Some((label, seats)), None) => RoundTally { verdict: Some(*label), coherent_seats: *seats },
			_ => RoundTally { verdict: None, coherent_seats: 0 },
		}
	}

	/// Reveals are closed: the round's verdict, its money, then an appeal window, the next
	/// round (a tie), or the outcome.
	pub(crate) fn close_reveal(id: CaseId, mut case: CaseOf<T>, now: BlockNumberFor<T>) -> DispatchResult {
		let round = case.round;
		let tally = Self::tally(id, round, &case.schema);
		// What the coherent jurors share: the fee in the first decisive round, an appeal
		// round's deposit.
		let fee = if case.fee_paid.is_zero() && tally.verdict.is_some() { case.fee } else { Zero::zero() };
		let deposit = case.appeal.as_ref().filter(|_| tally.verdict.is_some()).map(|(_, d)| *d).unwrap_or_default();
		let mut fee_paid: BalanceOf<T> = Zero::zero();
		let mut deposit_paid: BalanceOf<T> = Zero::zero();
		let mut votes = BoundedVec::<_, PanelBound<T>>::new();
		for who in Panels::<T>::take(id, round) {
			let Some(seat) = Seats::<T>::take((id, round, &who)) else { continue };
			let revealed = seat.verdict.filter(|_| !seat.no_show);
			let _ = votes.try_push((who.clone(), seat.seats, revealed));
			let slash = |share: Perbill, reason| (share * seat.bond, Some(reason));
			let (slash, reason) = match (seat.no_show, revealed, tally.verdict) {
				(true, _, _) => slash(T::NoShowSlash::get(), SlashReason::NoShow),
				(false, None, _) => slash(T::NoShowSlash::get(), SlashReason::NoReveal),
				(false, Some(given), Some(verdict)) if !answers::coherent(&case.schema, &given, &verdict) =>
					slash(T::IncoherenceSlash::get(), SlashReason::Incoherent),
				_ => (Zero::zero(), None),
			};
			let taken = Self::release_seat(case.domain, &who, seat.bond, slash);
			if let Some(reason) = reason {
				Self::deposit_event(Event::JurorSlashed { case: id, round, juror: who.clone(), amount: taken, reason });
				continue;
			}
			let coherent = match (revealed, tally.verdict) {
				(Some(given), Some(verdict)) => answers::coherent(&case.schema, &given, &verdict),
				_ => false,
			};
			if !coherent || tally.coherent_seats == 0 {
				continue;
			}
			let part = |pot: BalanceOf<T>| {
				Perbill::from_rational(seat.seats, tally.coherent_seats) * pot
			};
			let mut paid: BalanceOf<T> = Zero::zero();
			let fee_part = part(fee);
			if !fee_part.is_zero() {
				match T::Escrow::pay_reward(case.task, &who, fee_part) {
					Ok(()) => {
						paid = paid.saturating_add(fee_part);
						fee_paid = fee_paid.saturating_add(fee_part);
					},
					Err(e) => log::error!(target: "runtime::review", "case {id}: fee not paid: {e:?}"),
				}
			}
			let deposit_part = part(deposit);
			if let Some((appellant, _)) = case.appeal.as_ref().filter(|_| !deposit_part.is_zero()) {
				let moved = T::Currency::transfer_on_hold(
					&HoldReason::AppealDeposit.into(),
					appellant,
					&who,
					deposit_part,
					Precision::BestEffort,
					Restriction::Free,
					Fortitude::Force,
				)
				.unwrap_or_default();
				paid = paid.saturating_add(moved);
				deposit_paid = deposit_paid.saturating_add(moved);
			}
			if !paid.is_zero() {
				Self::deposit_event(Event::JurorPaid { case: id, round, juror: who.clone(), amount: paid });
			}
		}
		// What rounding (or a tie) left of the deposit returns to the appellant.
		if let Some((appellant, held)) = case.appeal.take() {
			let rest = held.saturating_sub(deposit_paid);
			let _ = T::Currency::release(&HoldReason::AppealDeposit.into(), &appellant, rest, Precision::BestEffort);
		}
		case.fee_paid = case.fee_paid.saturating_add(fee_paid);
		Self::deposit_event(Event::RoundDecided { case: id, round, verdict: tally.verdict, votes });

		let more_rounds = u32::from(round).saturating_add(1) < T::MaxRounds::get().max(1);
		match tally.verdict {
			Some(verdict) => {
				case.verdict = Some(verdict);
				if more_rounds {
					case.phase = Phase::Appeal;
					case.deadline = now.saturating_add(T::AppealPeriod::get());
					Self::schedule(id, case.deadline.saturating_add(1u32.into()))?;
					Cases::<T>::insert(id, case);
					Ok(())
				} else {
					Self::close_case(id, case)
				}
			},
			// An appeal round that could not decide leaves the appealed verdict standing.
			None if case.verdict.is_some() => Self::close_case(id, case),
			None if more_rounds => Self::next_round(id, case, now),
			None => Self::to_governance(id, case, now),
		}
	}

	/// Opens the next round with a larger panel, drawn from the next block on.
	fn next_round(id: CaseId, mut case: CaseOf<T>, now: BlockNumberFor<T>) -> DispatchResult {
		case.round = case.round.saturating_add(1);
		case.panel_size = Self::panel_size(case.round);
		case.seated = 0;
		case.redraws = 0;
		case.phase = Phase::Drawing;
		case.round_opened = now;
		case.deadline = now.saturating_add(T::DrawPeriod::get());
		Self::schedule(id, now.saturating_add(1u32.into()))?;
		Cases::<T>::insert(id, case);
		Ok(())
	}

	pub(crate) fn do_commit(who: &T::AccountId, id: CaseId, commitment: H256) -> DispatchResult {
		let case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(case.phase == Phase::Commit && now <= case.deadline, Error::<T>::WrongPhase);
		let key = (id, case.round, who.clone());
		let mut seat = Seats::<T>::get(&key).filter(|s| !s.no_show).ok_or(Error::<T>::NotSeated)?;
		ensure!(seat.commitment.is_none(), Error::<T>::AlreadyCommitted);
		seat.commitment = Some(commitment);
		Seats::<T>::insert(&key, seat);
		Self::deposit_event(Event::VerdictCommitted { case: id, round: case.round, juror: who.clone() });
		// Everyone committed: reveals open from the next block.
		Self::close_early_if(id, case, now, |seat| seat.commitment.is_some())
	}

	pub(crate) fn do_reveal(who: &T::AccountId, id: CaseId, label: Label, salt: [u8; 32]) -> DispatchResult {
		let case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(case.phase == Phase::Reveal && now <= case.deadline, Error::<T>::WrongPhase);
		let key = (id, case.round, who.clone());
		let mut seat = Seats::<T>::get(&key).filter(|s| !s.no_show).ok_or(Error::<T>::NotSeated)?;
		let commitment = seat.commitment.ok_or(Error::<T>::NotCommitted)?;
		ensure!(seat.verdict.is_none(), Error::<T>::AlreadyRevealed);
		ensure!(case.schema.accepts(&label), Error::<T>::LabelOutOfSchema);
		ensure!(
			verdict_commitment(id, case.round, who, &label, &salt) == commitment,
			Error::<T>::CommitmentMismatch
		);
		seat.verdict = Some(label);
		Seats::<T>::insert(&key, seat);
		Self::deposit_event(Event::VerdictRevealed { case: id, round: case.round, juror: who.clone(), label });
		Self::close_early_if(id, case, now, |seat| seat.verdict.is_some())
	}

	/// Once every seated juror has `done` its part, the phase ends now: its close runs in the
	/// next block.
	fn close_early_if(
		id: CaseId,
		mut case: CaseOf<T>,
		now: BlockNumberFor<T>,
		done: impl Fn(&Seat<BalanceOf<T>>) -> bool,
	) -> DispatchResult {
		let all = Panels::<T>::get(id, case.round)
			.iter()
			.all(|juror| Seats::<T>::get((id, case.round, juror)).map_or(true, |s| s.no_show || done(&s)));
		if all {
			case.deadline = now;
			Self::schedule(id, now.saturating_add(1u32.into()))?;
			Cases::<T>::insert(id, case);
		}
		Ok(())
	}

	pub(crate) fn do_appeal(who: &T::AccountId, id: CaseId) -> DispatchResult {
		let mut case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(case.phase == Phase::Appeal && now <= case.deadline, Error::<T>::WrongPhase);
		ensure!(Parties::<T>::get(id).contains(who), Error::<T>::NotAParty);
		ensure!(u32::from(case.round).saturating_add(1) < T::MaxRounds::get(), Error::<T>::NoMoreAppeals);
		let seats = Self::panel_size(case.round.saturating_add(1));
		let deposit = T::AppealDepositPerSeat::get().saturating_mul(seats.saturated_into());
		T::Currency::hold(&HoldReason::AppealDeposit.into(), who, deposit)?;
		case.appeal = Some((who.clone(), deposit));
		Self::deposit_event(Event::Appealed { case: id, round: case.round.saturating_add(1), by: who.clone(), deposit, seats });
		Self::next_round(id, case, now)
	}

	pub(crate) fn do_appeal_decision(who: &T::AccountId, task: TaskId, item: ItemIndex) -> DispatchResult {
		let request = T::Decisions::appealable(task, item)?;
		ensure!(request.requester == *who || request.labelers.contains(who), Error::<T>::NotAParty);
		let seats = Self::panel_size(0);
		let deposit = T::AppealDepositPerSeat::get().saturating_mul(seats.saturated_into());
		T::Currency::hold(&HoldReason::AppealDeposit.into(), who, deposit)?;
		let id = Self::do_open(request)?;
		Cases::<T>::try_mutate(id, |case| -> DispatchResult {
			let case = case.as_mut().ok_or(Error::<T>::UnknownCase)?;
			case.appeal = Some((who.clone(), deposit));
			// A tie leaves the decision standing, as it leaves an appealed verdict.
			case.verdict = case.vote_label;
			Ok(())
		})?;
		T::Decisions::appeal_opened(task, item)?;
		Self::deposit_event(Event::Appealed { case: id, round: 0, by: who.clone(), deposit, seats });
		Ok(())
	}

	pub(crate) fn do_governance_decision(id: CaseId, label: Label) -> DispatchResult {
		let mut case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		ensure!(case.phase == Phase::Governance, Error::<T>::WrongPhase);
		ensure!(case.schema.accepts(&label), Error::<T>::LabelOutOfSchema);
		case.verdict = Some(label);
		Self::close_case(id, case)
	}

	/// Removes what the case keeps (its rounds' seats are gone with each round).
	fn remove_case(id: CaseId, case: &CaseOf<T>) {
		Cases::<T>::remove(id);
		Parties::<T>::remove(id);
		CaseOfItem::<T>::remove(case.task, case.item);
	}

	/// Removes the case and says how it ended.
	fn closed(id: CaseId, case: &CaseOf<T>, label: Option<Label>) {
		Self::remove_case(id, case);
		Self::deposit_event(Event::ItemReviewed {
			case: id,
			task: case.task,
			item: case.item,
			kind: case.kind,
			label,
			rounds: case.round.saturating_add(1),
		});
	}

	/// The verdict stands: consensus re-settles the item on it.
	pub(crate) fn close_case(id: CaseId, case: CaseOf<T>) -> DispatchResult {
		let Some(label) = case.verdict else { return Self::close_undecided(id, case) };
		Self::closed(id, &case, Some(label));
		T::Outcome::decided(case.task, case.item, case.kind, label, case.fee_paid).or_else(|e| {
			// Consensus could not settle on the verdict: the item must not wait forever.
			log::error!(target: "runtime::review", "case {id}: verdict not settled ({e:?}); closing unresolved");
			T::Outcome::undecided(case.task, case.item, case.kind)
		})
	}

	/// Nobody decided: the item closes unresolved.
	fn close_undecided(id: CaseId, case: CaseOf<T>) -> DispatchResult {
		Self::closed(id, &case, None);
		T::Outcome::undecided(case.task, case.item, case.kind)
	}
}
