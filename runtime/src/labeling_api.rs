//! The `LabelingApi` runtime API: views over the labeling pallets' storage, assembled here so
//! that the node's `labeling_*` RPC methods (and any client) get whole answers in one call.
//! Every loop is bounded by `MAX_PAGE`.

use alloc::vec::Vec;
use labelchain_primitives::{
	api::{
		DomainStanding, ItemDetails, ItemStatus, LabelerDetails, QueryError, TaskDetails,
		TaskStatistics, MAX_PAGE,
	},
	merkle, Eligibility, ItemIndex, ProvenanceInspect, ReputationInspect, TaskId, TaskInspect,
	TaskPhase,
};
use pallet_tasks::types::{Items, TaskState};
use polkadot_sdk::*;

use crate::{AccountId, Balance, BlockNumber, Runtime};

type Tasks = pallet_tasks::Pallet<Runtime>;
type Consensus = pallet_consensus::Pallet<Runtime>;
type Reputation = pallet_reputation::Pallet<Runtime>;
type Tiers = pallet_tiers::Pallet<Runtime>;

/// See `LabelingApi::task`.
pub fn task(id: TaskId) -> Option<TaskDetails<AccountId, Balance, BlockNumber>> {
	let record = pallet_tasks::Tasks::<Runtime>::get(id)?;
	let view = Tasks::view(&record);
	let (items_root, listed_items) = match &record.items {
		Items::Merkle { root, .. } => (*root, Vec::new()),
		Items::List(list) => (merkle::root(list.iter().copied()), list.to_vec()),
		// A review task's items are the answers it rates, listed (a page of them at most).
		Items::Submissions { of, count } => {
			let digests: Vec<_> = (0..(*count).min(labelchain_primitives::api::MAX_PAGE))
				.filter_map(|k| pallet_tasks::Submissions::<Runtime>::get(of, k).map(|s| s.digest))
				.collect();
			(merkle::root(digests.iter().copied()), digests)
		},
	};
	Some(TaskDetails {
		id,
		view,
		manifest_hash: record.manifest_hash,
		manifest_uri: record.manifest_uri.to_vec(),
		items_root,
		listed_items,
		created_at: record.created_at,
		settle_at: record.terms.settle_at,
		rewards_left: record.escrow.rewards_left,
		rewards_paid: record.escrow.rewards_paid,
		fee_reserved: record.escrow.fee_reserved,
		commitments: record.commitments,
		finalized_items: record.finalized_items,
		gold_revealed: record.gold_revealed,
		provenance: Consensus::provenance(id),
		settled_provenance: if record.state == TaskState::Settled { record.provenance } else { None },
	})
}

fn item_count(task: TaskId) -> Result<u32, QueryError> {
	match pallet_tasks::Tasks::<Runtime>::get(task) {
		Some(t) => Ok(t.items.count()),
		None if pallet_tasks::Archive::<Runtime>::contains_key(task) => Err(QueryError::Pruned),
		None => Err(QueryError::UnknownTask),
	}
}

/// See `LabelingApi::item_results`.
pub fn item_results(
	task: TaskId,
	from: ItemIndex,
	limit: u32,
) -> Result<Vec<ItemDetails<BlockNumber>>, QueryError> {
	let count = item_count(task)?;
	if from >= count {
		return Err(QueryError::ItemOutOfRange);
	}
	let end = from.saturating_add(limit.min(MAX_PAGE)).min(count);
	let over = pallet_tasks::Tasks::<Runtime>::get(task).is_some_and(|t| t.state != pallet_tasks::TaskState::Active);
	Ok((from..end)
		.map(|item| {
			let status = if let Some(r) = pallet_consensus::Results::<Runtime>::get(task, item) {
				ItemStatus::Final {
					label: r.label,
					decision: r.decision,
					confidence: r.confidence,
					revealed: r.revealed,
					agreeing: r.agreeing,
					block: r.block,
					position: r.position,
				}
			} else if let Some(e) = pallet_consensus::Escalations::<Runtime>::get(task, item) {
				ItemStatus::Escalated { vote_label: e.vote_label, confidence: e.confidence, until: e.until }
			} else if over {
				ItemStatus::Unlabeled
			} else {
				ItemStatus::Pending
			};
			ItemDetails { item, status }
		})
		.collect())
}

/// See `LabelingApi::labeler`.
pub fn labeler(who: AccountId) -> LabelerDetails<Balance, BlockNumber> {
	let now = frame_system::Pallet::<Runtime>::block_number();
	let stake = pallet_tiers::Labelers::<Runtime>::get(&who);
	let domains = pallet_reputation::Reputations::<Runtime>::get(&who)
		.iter()
		.map(|(domain, evidence)| {
			let e = Reputation::decayed(*evidence, now);
			DomainStanding {
				domain: *domain,
				tier: <Tiers as Eligibility<_>>::tier_in(&who, *domain),
				// No task has id `MAX`: the estimate with all evidence, pending included.
				reputation: Reputation::vote_reputation(&who, *domain, None, None),
				tier_reputation: Reputation::reputation(&who, *domain),
				agree_evidence: e.all().0,
				total_evidence: e.all().1,
			}
		})
		.collect();
	LabelerDetails {
		bonded: stake.as_ref().map_or(0, |s| s.bonded),
		locked: stake.as_ref().map_or(0, |s| s.locked),
		unbonding: stake
			.as_ref()
			.map(|s| s.unbonding.iter().map(|c| (c.amount, c.unlock_at)).collect())
			.unwrap_or_default(),
		tier: stake.as_ref().map_or(0, |s| s.tier),
		badge: stake.as_ref().map(|s| s.badge),
		suspended_until: stake.as_ref().and_then(|s| s.suspended_until),
		domains,
		totals: pallet_consensus::LabelerTotals::<Runtime>::get(&who),
	}
}

/// See `LabelingApi::task_stats`.
pub fn task_stats(
	task: TaskId,
	after: Option<AccountId>,
	limit: u32,
) -> Result<TaskStatistics<AccountId, Balance>, QueryError> {
	let item_count = item_count(task)?;
	let mut label_totals: Vec<_> =
		pallet_consensus::LabelTotals::<Runtime>::iter_prefix(task).take(MAX_PAGE as usize + 1).collect();
	let label_totals = (label_totals.len() <= MAX_PAGE as usize).then(|| {
		label_totals.sort();
		label_totals
	});
	let limit = limit.min(MAX_PAGE) as usize;
	let mut labelers: Vec<_> = match after {
		Some(after) => {
			let start = pallet_consensus::TaskLabelers::<Runtime>::hashed_key_for(task, &after);
			pallet_consensus::TaskLabelers::<Runtime>::iter_prefix_from(task, start)
				.take(limit.saturating_add(1))
				.collect()
		},
		None => pallet_consensus::TaskLabelers::<Runtime>::iter_prefix(task)
			.take(limit.saturating_add(1))
			.collect(),
	};
	let next_labeler = if labelers.len() > limit {
		labelers.truncate(limit);
		labelers.last().map(|(who, _)| who.clone())
	} else {
		None
	};
	Ok(TaskStatistics {
		item_count,
		tallies: pallet_consensus::TaskStats::<Runtime>::get(task),
		label_totals,
		labelers,
		next_labeler,
	})
}

/// See `LabelingApi::open_tasks`.
pub fn open_tasks(
	who: AccountId,
	from: TaskId,
	limit: u32,
) -> (Vec<TaskDetails<AccountId, Balance, BlockNumber>>, Option<TaskId>) {
	let next_id = pallet_tasks::NextTaskId::<Runtime>::get();
	let end = from.saturating_add(MAX_PAGE as u64).min(next_id);
	let limit = limit.min(MAX_PAGE) as usize;
	let mut open = Vec::new();
	for id in from..end {
		let Some(view) = <Tasks as TaskInspect<_, _>>::task(id) else { continue };
		if view.phase != TaskPhase::Open ||
			view.requester == who ||
			!<Tiers as Eligibility<_>>::may_label(&who, view.domain, view.min_tier)
		{
			continue;
		}
		if open.len() == limit {
			return (open, Some(id));
		}
		if let Some(details) = task(id) {
			open.push(details);
		}
	}
	(open, (end < next_id).then_some(end))
}

/// See `LabelingApi::task_seats`.
pub fn task_seats(task: TaskId) -> Option<labelchain_primitives::api::TaskSeats> {
	let view = <Tasks as TaskInspect<_, _>>::task(task)?;
	let tally = crate::Assignment::tally(task);
	let wanted = crate::Assignment::seats_wanted(&view);
	let filled = if view.phase == TaskPhase::Open { tally.held } else { tally.used };
	Some(labelchain_primitives::api::TaskSeats {
		wanted,
		dealt: tally.dealt,
		held: tally.held,
		committed: tally.used,
		taken_back: tally.taken_back,
		unfilled: wanted.saturating_sub(filled),
	})
}

/// See `LabelingApi::cases`.
pub fn cases(
	task: Option<TaskId>,
	juror: Option<AccountId>,
	from: u64,
	limit: u32,
) -> (Vec<labelchain_primitives::api::CaseDetails<AccountId, Balance, BlockNumber>>, Option<u64>) {
	use labelchain_primitives::api::{CaseDetails, CaseSeat};
	let next_id = pallet_review::NextCaseId::<Runtime>::get();
	let end = from.saturating_add(MAX_PAGE as u64).min(next_id);
	let limit = limit.min(MAX_PAGE) as usize;
	let mut found = Vec::new();
	for id in from..end {
		let Some(case) = pallet_review::Cases::<Runtime>::get(id) else { continue };
		if task.is_some_and(|t| t != case.task) {
			continue;
		}
		let panel: Vec<CaseSeat<AccountId>> = pallet_review::Panels::<Runtime>::get(id, case.round)
			.into_iter()
			.filter_map(|who| {
				let seat = pallet_review::Seats::<Runtime>::get((id, case.round, who.clone()))?;
				Some(CaseSeat {
					juror: who,
					seats: seat.seats,
					committed: seat.commitment.is_some(),
					verdict: seat.verdict,
					no_show: seat.no_show,
				})
			})
			.collect();
		if juror.as_ref().is_some_and(|j| !panel.iter().any(|s| &s.juror == j && !s.no_show)) {
			continue;
		}
		if found.len() == limit {
			return (found, Some(id));
		}
		found.push(CaseDetails {
			id,
			task: case.task,
			item: case.item,
			kind: case.kind,
			phase: case.phase,
			round: case.round,
			deadline: case.deadline,
			panel_size: case.panel_size,
			seated: case.seated,
			juror_tier: case.juror_tier,
			vote_label: case.vote_label,
			verdict: case.verdict,
			fee: case.fee,
			fee_paid: case.fee_paid,
			appeal: case.appeal,
			panel,
		});
	}
	(found, (end < next_id).then_some(end))
}

/// See `LabelingApi::graded_agreement`.
pub fn graded_agreement(task: TaskId) -> Option<labelchain_primitives::api::GradedAgreement> {
	let schema = pallet_tasks::Tasks::<Runtime>::get(task)?.schema;
	schema.is_graded().then(|| labelchain_primitives::api::GradedAgreement {
		schema,
		disagreement: pallet_consensus::Disagreement::<Runtime>::get(task),
		coincidences: pallet_consensus::OrdinalCoincidences::<Runtime>::get(task).into_inner(),
	})
}
