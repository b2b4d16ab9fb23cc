//! The `labeling_*` JSON-RPC methods: tasks, item results, labelers, agreement statistics and
//! open tasks, read through the runtime's `LabelingApi` and answered as plain JSON (accounts in
//! SS58, hashes in hex, balances as decimal strings so that no JavaScript number loses digits).
//!
//! Agreement metrics are computed here from the exact sums the chain keeps (see
//! `labelchain_primitives::AgreementSums`): floating point stays out of the runtime.

use std::sync::Arc;

use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use labelchain_primitives::{
	answers::alpha_metric,
	api::{GradedAgreement, ItemDetails, ItemStatus, LabelingApi, QueryError, TaskDetails, MAX_PAGE},
	AgreementSums, Decision, ItemIndex, Label, LabelSchema, LabelerTally, ProvenanceRoot, TaskId, TaskView,
	AGREEMENT_SCALE,
};
use labelchain_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use polkadot_sdk::{
	sp_api::{ApiExt, ProvideRuntimeApi},
	sp_blockchain::HeaderBackend,
	sp_core::{crypto::Ss58Codec, H256},
	sp_runtime::{traits::Block as BlockT, Perbill},
};
use serde_json::{json, Value};

/// Error codes of the `labeling_*` methods.
pub mod codes {
	/// No task has the id asked for.
	pub const UNKNOWN_TASK: i32 = 4001;
	/// The item index is not below the task's item count.
	pub const ITEM_OUT_OF_RANGE: i32 = 4002;
	/// The runtime could not answer (e.g. the block is unknown or pruned).
	pub const RUNTIME_ERROR: i32 = 4003;
	/// The task's results were pruned after its retention period.
	pub const PRUNED: i32 = 4004;
}

/// The page size used when the caller gives none.
const DEFAULT_PAGE: u32 = 100;

#[rpc(server, namespace = "labeling")]
pub trait LabelingRpc<BlockHash> {
	/// The task: terms, phase, money, progress and provenance roots.
	#[method(name = "task")]
	fn task(&self, task: TaskId, at: Option<BlockHash>) -> RpcResult<Value>;

	/// One item's result (final, escalated or pending).
	#[method(name = "itemResult")]
	fn item_result(&self, task: TaskId, item: ItemIndex, at: Option<BlockHash>) -> RpcResult<Value>;

	/// Items `from ..` of the task, `limit` per page (at most 1000).
	#[method(name = "itemResults")]
	fn item_results(
		&self,
		task: TaskId,
		from: Option<ItemIndex>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Value>;

	/// A labeler's stake, tiers, reputation per domain, agreement rate and earnings.
	#[method(name = "labeler")]
	fn labeler(&self, account: AccountId, at: Option<BlockHash>) -> RpcResult<Value>;

	/// Progress, escalations, Krippendorff's alpha, Fleiss' kappa, and one page of the task's
	/// labelers with their agreement rates (continue with `after` = the answer's `next`).
	#[method(name = "taskStats")]
	fn task_stats(
		&self,
		task: TaskId,
		after: Option<AccountId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Value>;

	/// Tasks the account may commit to now, from task id `from` on (continue with `next`).
	#[method(name = "openTasks")]
	fn open_tasks(
		&self,
		account: AccountId,
		from: Option<TaskId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Value>;

	/// Open review cases, of a task and/or on whose current panel a juror sits, from case id
	/// `from` on (continue with `next`): kind, phase, round, deadline, the vote's label and the
	/// verdict so far, and each juror's seats, commitment and revealed verdict.
	#[method(name = "cases")]
	fn cases(
		&self,
		task: Option<TaskId>,
		juror: Option<AccountId>,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Value>;

	/// The seats dealt to the account that it holds now: per seat the task, the items it
	/// covers (`firstItem`, `items`), the block by which to commit on it (`deadline`, else it
	/// is taken back and part of the bond with it), the task's commit deadline and whether it
	/// committed on it; from task id `from` on.
	#[method(name = "assignments")]
	fn assignments(
		&self,
		account: AccountId,
		from: Option<TaskId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Value>;
}

/// Serves `LabelingRpcServer` from a client whose runtime implements `LabelingApi`.
pub struct Labeling<C> {
	client: Arc<C>,
}

impl<C> Labeling<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

fn error(code: i32, message: String) -> ErrorObjectOwned {
	ErrorObject::owned(code, message, None::<()>)
}

fn runtime_error(e: impl std::fmt::Debug) -> ErrorObjectOwned {
	error(codes::RUNTIME_ERROR, format!("the runtime could not answer: {e:?}"))
}

fn unknown_task(task: TaskId) -> ErrorObjectOwned {
	error(codes::UNKNOWN_TASK, format!("unknown task {task}: no task has this id"))
}

fn query_error(e: QueryError, task: TaskId, item: Option<ItemIndex>) -> ErrorObjectOwned {
	match e {
		QueryError::UnknownTask => unknown_task(task),
		QueryError::ItemOutOfRange => error(
			codes::ITEM_OUT_OF_RANGE,
			format!("item {} is out of range for task {task}", item.unwrap_or_default()),
		),
		QueryError::Pruned => error(
			codes::PRUNED,
			format!(
				"task {task} was pruned after its retention period: its results are in its ItemFinalized \
				 events (ask an archive node) and its provenance root in tasks.archive"
			),
		),
	}
}

fn page(limit: Option<u32>) -> u32 {
	limit.unwrap_or(DEFAULT_PAGE).min(MAX_PAGE)
}

pub fn hex(h: &H256) -> String {
	format!("{h:?}")
}

fn balance(b: Balance) -> String {
	b.to_string()
}

fn account(a: &AccountId) -> String {
	a.to_ss58check()
}

fn share(p: Perbill) -> Value {
	json!(p.deconstruct() as f64 / 1e9)
}

fn label(l: &Option<Label>) -> Value {
	match l {
		None => Value::Null,
		Some(Label::Class(c)) => json!({ "class": c }),
		Some(Label::Digest(d)) => json!({ "digest": hex(d) }),
		Some(Label::Level(l)) => json!({ "level": l }),
		Some(Label::Number(x)) => json!({ "number": x }),
		Some(Label::Classes(set)) => json!({ "classes": (0..64u8).filter(|c| set & (1u64 << c) != 0).collect::<Vec<_>>() }),
		Some(Label::Prefer { side, clear }) => json!({ "preference": { "side": format!("{side:?}"), "clear": clear } }),
		Some(Label::Ranking(order)) => json!({
			"ranking": order.iter().copied().filter(|c| *c != labelchain_primitives::answers::NO_CANDIDATE).collect::<Vec<_>>()
		}),
	}
}

fn schema(s: &LabelSchema) -> Value {
	match *s {
		LabelSchema::Categorical { classes } => json!({ "categorical": { "classes": classes } }),
		LabelSchema::FreeForm => json!("freeForm"),
		LabelSchema::Ordinal { levels } => json!({ "ordinal": { "levels": levels } }),
		LabelSchema::Numeric { min, max, step, tolerance } =>
			json!({ "numeric": { "min": min, "max": max, "step": step, "tolerance": tolerance } }),
		LabelSchema::MultiLabel { classes } => json!({ "multiLabel": { "classes": classes } }),
		LabelSchema::Preference => json!("preference"),
		LabelSchema::Ranking { candidates } => json!({ "ranking": { "candidates": candidates } }),
		LabelSchema::FreeText => json!("freeText"),
	}
}

fn decision(d: Decision) -> &'static str {
	match d {
		Decision::Consensus => "Consensus",
		Decision::Gold => "Gold",
		Decision::Resolved => "Resolved",
		Decision::Reviewed => "Reviewed",
		Decision::Unresolved => "Unresolved",
		Decision::NoLabels => "NoLabels",
		Decision::Submitted => "Submitted",
	}
}

fn rate(part: u32, whole: u32) -> Value {
	if whole == 0 {
		Value::Null
	} else {
		json!(part as f64 / whole as f64)
	}
}

fn provenance(p: &ProvenanceRoot) -> Value {
	json!({ "root": hex(&p.root), "items": p.items })
}

fn tally(t: &LabelerTally<Balance>) -> Value {
	json!({
		"committed": t.committed,
		"revealed": t.revealed,
		"agreed": t.agreed,
		"missed": t.committed.saturating_sub(t.revealed),
		"agreementRate": rate(t.agreed, t.revealed),
		"goldAnswered": t.gold_answered,
		"goldCorrect": t.gold_correct,
		"earned": balance(t.earned),
		"slashed": balance(t.slashed),
	})
}

fn view(v: &TaskView<AccountId, Balance, BlockNumber>) -> Value {
	let t = &v.labeling;
	json!({
		"requester": account(&v.requester),
		"domain": v.domain,
		"schema": schema(&v.schema),
		"itemCount": v.item_count,
		"redundancy": v.redundancy,
		"minTier": v.min_tier,
		"phase": format!("{:?}", v.phase),
		"commitDeadline": v.commit_deadline,
		"revealDeadline": v.reveal_deadline,
		"goldRevealDeadline": v.gold_reveal_deadline,
		"rewardPerItem": balance(v.reward_per_item),
		"protocolFee": v.protocol_fee.deconstruct() as f64 / 1e6,
		"goldCount": v.gold_count,
		"terms": {
			"commitBond": balance(t.commit_bond),
			"commitBondMultiple": t.commit_bond_multiple,
			"quorum": t.quorum,
			"threshold": share(t.threshold),
			"clearMargin": share(t.clear_margin),
			"deviationSlash": share(t.deviation_slash),
			"noRevealSlash": share(t.no_reveal_slash),
			"leakSlash": share(t.leak_slash),
			"slashToAgreeing": t.slash_to_agreeing,
			"escalationPeriod": t.escalation_period,
		},
	})
}

/// A task as JSON: its view's fields, then the registry's.
fn task_details(details: &TaskDetails<AccountId, Balance, BlockNumber>) -> Value {
	let mut answer = view(&details.view);
	let fields = [
		("id", json!(details.id)),
		("manifestHash", json!(hex(&details.manifest_hash))),
		("manifestUri", json!(String::from_utf8_lossy(&details.manifest_uri))),
		("itemsRoot", json!(hex(&details.items_root))),
		("listedItems", json!(details.listed_items.iter().map(hex).collect::<Vec<_>>())),
		("createdAt", json!(details.created_at)),
		("settleAt", json!(details.settle_at)),
		("rewardsLeft", json!(balance(details.rewards_left))),
		("rewardsPaid", json!(balance(details.rewards_paid))),
		("feeReserved", json!(balance(details.fee_reserved))),
		("commitments", json!(details.commitments)),
		("finalizedItems", json!(details.finalized_items)),
		("goldRevealed", json!(details.gold_revealed)),
		("provenance", provenance(&details.provenance)),
		("settledProvenance", details.settled_provenance.as_ref().map_or(Value::Null, provenance)),
	];
	if let Value::Object(map) = &mut answer {
		for (key, value) in fields {
			map.insert(key.into(), value);
		}
	}
	answer
}

fn item_status(item: ItemIndex, status: &ItemStatus<BlockNumber>) -> Value {
	match status {
		ItemStatus::Pending => json!({ "item": item, "status": "pending" }),
		ItemStatus::Unlabeled => json!({ "item": item, "status": "unlabeled" }),
		ItemStatus::Escalated { vote_label, confidence, until } => json!({
			"item": item,
			"status": "escalated",
			"voteLabel": label(vote_label),
			"confidence": share(*confidence),
			"until": until,
		}),
		ItemStatus::Final { label: l, decision: d, confidence, revealed, agreeing, block, position } => json!({
			"item": item,
			"status": "final",
			"label": label(l),
			"decision": decision(*d),
			"confidence": share(*confidence),
			"confidencePerbill": confidence.deconstruct(),
			"revealed": revealed,
			"agreeing": agreeing,
			"block": block,
			"position": position,
		}),
	}
}

/// Krippendorff's alpha of a graded task with its schema's metric: `ordinal` from the levels'
/// coincidence matrix on a small ordinal scale; otherwise over `answers::alpha_metric`:
/// `interval` (ratings on a larger scale, numbers), `jaccard` (label sets), `sign`
/// (preferences: the side alone) or `kendall` (rankings), the expected disagreement from the
/// label totals. The metric's name and the coefficient, `None` where undefined (no pairable
/// items, or nothing to disagree about).
pub fn graded_alpha(
	graded: &GradedAgreement,
	sums: &AgreementSums,
	totals: &[(Label, u32)],
) -> (&'static str, Option<f64>) {
	let scale = AGREEMENT_SCALE as f64;
	let parts = 1e9;
	match graded.schema {
		LabelSchema::Ordinal { levels } if !graded.coincidences.is_empty() => {
			let size = usize::from(levels);
			let o = |c: usize, k: usize| graded.coincidences.get(c * size + k).copied().unwrap_or(0) as f64 / scale;
			let marginal: Vec<f64> = (0..size).map(|c| (0..size).map(|k| o(c, k)).sum()).collect();
			let n: f64 = marginal.iter().sum();
			if n < 2.0 {
				return ("ordinal", None);
			}
			// δ²(c, k) = (Σ_{g between c and k} n_g − (n_c + n_k) / 2)².
			let delta = |c: usize, k: usize| {
				let between: f64 = marginal[c.min(k)..=c.max(k)].iter().sum();
				(between - (marginal[c] + marginal[k]) / 2.0).powi(2)
			};
			let (mut observed, mut expected) = (0.0, 0.0);
			for c in 0..size {
				for k in (0..size).filter(|k| *k != c) {
					observed += o(c, k) * delta(c, k);
					expected += marginal[c] * marginal[k] * delta(c, k);
				}
			}
			let (observed, expected) = (observed / n, expected / (n * (n - 1.0)));
			("ordinal", (expected > 0.0).then(|| 1.0 - observed / expected))
		},
		schema => {
			let metric = match schema {
				LabelSchema::Ordinal { .. } | LabelSchema::Numeric { .. } => "interval",
				LabelSchema::MultiLabel { .. } => "jaccard",
				LabelSchema::Preference => "sign",
				LabelSchema::Ranking { .. } => "kendall",
				_ => "nominal",
			};
			let n = sums.pairable_labels as f64;
			if sums.pairable_items == 0 || n < 2.0 {
				return (metric, None);
			}
			let observed = graded.disagreement as f64 / scale / parts / n;
			let mut expected = 0.0;
			for (a, na) in totals {
				for (b, nb) in totals {
					expected += f64::from(*na) * f64::from(*nb) * alpha_metric(&schema, a, b) as f64 / parts;
				}
			}
			let expected = expected / (n * (n - 1.0));
			(metric, (expected > 0.0).then(|| 1.0 - observed / expected))
		},
	}
}

/// Krippendorff's alpha (nominal) and Fleiss' kappa from the chain's sums and label totals;
/// `None` where undefined (no pairable items, or every label the same so chance agreement is 1).
pub fn agreement_metrics(sums: &AgreementSums, totals: &[u32]) -> (Option<f64>, Option<f64>) {
	let n = sums.pairable_labels as f64;
	if sums.pairable_items == 0 || n < 2.0 {
		return (None, None);
	}
	let scale = AGREEMENT_SCALE as f64;
	let same_pairs: f64 = totals.iter().map(|c| *c as f64 * (*c as f64 - 1.0)).sum();
	let expected_alpha = same_pairs / (n * (n - 1.0));
	let observed_alpha = sums.alpha_agreement as f64 / scale / n;
	let alpha = (expected_alpha < 1.0).then(|| (observed_alpha - expected_alpha) / (1.0 - expected_alpha));
	let expected_kappa: f64 = totals.iter().map(|c| (*c as f64 / n).powi(2)).sum();
	let observed_kappa = sums.fleiss_agreement as f64 / scale / sums.pairable_items as f64;
	let kappa = (expected_kappa < 1.0).then(|| (observed_kappa - expected_kappa) / (1.0 - expected_kappa));
	(alpha, kappa)
}

impl<C> Labeling<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: LabelingApi<Block, AccountId, Balance, BlockNumber>,
{
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}

	/// The version of `LabelingApi` the runtime at `at` has.
	fn api_version(&self, at: <Block as BlockT>::Hash) -> RpcResult<u32> {
		Ok(self
			.client
			.runtime_api()
			.api_version::<dyn LabelingApi<Block, AccountId, Balance, BlockNumber>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1))
	}

	/// `LabelingApi::task` of whichever version the runtime at `at` has.
	fn task_at(
		&self,
		at: <Block as BlockT>::Hash,
		task: TaskId,
	) -> RpcResult<Option<TaskDetails<AccountId, Balance, BlockNumber>>> {
		let api = self.client.runtime_api();
		if self.api_version(at)? >= 5 {
			return api.task(at, task).map_err(runtime_error);
		}
		#[allow(deprecated)]
		let old = api.task_before_version_5(at, task).map_err(runtime_error)?;
		Ok(old.map(Into::into))
	}

	/// `LabelingApi::item_results` of whichever version the runtime at `at` has.
	fn item_results_at(
		&self,
		at: <Block as BlockT>::Hash,
		task: TaskId,
		from: ItemIndex,
		limit: u32,
	) -> RpcResult<Result<Vec<ItemDetails<BlockNumber>>, QueryError>> {
		let api = self.client.runtime_api();
		if self.api_version(at)? >= 2 {
			return api.item_results(at, task, from, limit).map_err(runtime_error);
		}
		#[allow(deprecated)]
		let old = api.item_results_before_version_2(at, task, from, limit).map_err(runtime_error)?;
		Ok(old.map(|items| items.into_iter().map(Into::into).collect()))
	}
}

impl<C> LabelingRpcServer<<Block as BlockT>::Hash> for Labeling<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: LabelingApi<Block, AccountId, Balance, BlockNumber>,
{
	fn task(&self, task: TaskId, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Value> {
		let details = self.task_at(self.at(at), task)?.ok_or_else(|| unknown_task(task))?;
		let mut answer = task_details(&details);
		// Seats dealt by lot (runtimes before API version 4 deal none: first come, first served).
		let seats = self.client.runtime_api().task_seats(self.at(at), task).ok().flatten();
		if let (Value::Object(map), Some(s)) = (&mut answer, seats) {
			map.insert(
				"seats".into(),
				json!({
					"wanted": s.wanted, "dealt": s.dealt, "held": s.held, "committed": s.committed,
					"takenBack": s.taken_back, "unfilled": s.unfilled,
				}),
			);
		}
		Ok(answer)
	}

	fn item_result(&self, task: TaskId, item: ItemIndex, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Value> {
		let items = self
			.item_results_at(self.at(at), task, item, 1)?
			.map_err(|e| query_error(e, task, Some(item)))?;
		let first = items.first().ok_or_else(|| query_error(QueryError::ItemOutOfRange, task, Some(item)))?;
		let mut answer = item_status(first.item, &first.status);
		if let Value::Object(map) = &mut answer {
			map.insert("task".into(), json!(task));
		}
		Ok(answer)
	}

	fn item_results(
		&self,
		task: TaskId,
		from: Option<ItemIndex>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Value> {
		let from = from.unwrap_or(0);
		let at = self.at(at);
		let items = self
			.item_results_at(at, task, from, page(limit))?
			.map_err(|e| query_error(e, task, Some(from)))?;
		let count = self.task_at(at, task)?.map_or(0, |t| t.view.item_count);
		let next = items.last().map(|i| i.item.saturating_add(1)).filter(|n| *n < count);
		Ok(json!({
			"task": task,
			"items": items.iter().map(|i| item_status(i.item, &i.status)).collect::<Vec<_>>(),
			"next": next,
		}))
	}

	fn labeler(&self, who: AccountId, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Value> {
		let d = self.client.runtime_api().labeler(self.at(at), who.clone()).map_err(runtime_error)?;
		Ok(json!({
			"account": account(&who),
			"stake": {
				"bonded": balance(d.bonded),
				"lockedInCommitments": balance(d.locked),
				"unbonding": d.unbonding.iter()
					.map(|(amount, at)| json!({ "amount": balance(*amount), "unlockAt": at }))
					.collect::<Vec<_>>(),
			},
			"tier": d.tier,
			"badge": d.badge,
			"suspendedUntil": d.suspended_until,
			"domains": d.domains.iter().map(|s| json!({
				"domain": s.domain,
				"tier": s.tier,
				"reputation": s.reputation.deconstruct() as f64 / 1e6,
				"tierReputation": s.tier_reputation.deconstruct() as f64 / 1e6,
				"agreeEvidence": s.agree_evidence as f64 / 1e6,
				"totalEvidence": s.total_evidence as f64 / 1e6,
			})).collect::<Vec<_>>(),
			"history": tally(&d.totals),
			"agreementRate": rate(d.totals.agreed, d.totals.revealed),
			"earnings": balance(d.totals.earned),
		}))
	}

	fn task_stats(
		&self,
		task: TaskId,
		after: Option<AccountId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Value> {
		let s = self
			.client
			.runtime_api()
			.task_stats(self.at(at), task, after, page(limit))
			.map_err(runtime_error)?
			.map_err(|e| query_error(e, task, None))?;
		let d = &s.tallies.decisions;
		let finalized = d.finalized();
		let (alpha, kappa, note) = match &s.label_totals {
			Some(totals) => {
				let counts: Vec<u32> = totals.iter().map(|(_, c)| *c).collect();
				let (alpha, kappa) = agreement_metrics(&s.tallies.agreement, &counts);
				let note = (alpha.is_none()).then_some(if s.tallies.agreement.pairable_items == 0 {
					"no item has two revealed labels yet"
				} else {
					"every revealed label is the same: chance agreement is 1, the metrics are undefined"
				});
				(alpha, kappa, note)
			},
			None => (None, None, Some("too many distinct labels to list (free-form answers)")),
		};
		// Graded answers: alpha with the schema's metric too (runtimes from API version 6).
		let at_hash = self.at(at);
		let graded = if self.api_version(at_hash)? >= 6 {
			self.client.runtime_api().graded_agreement(at_hash, task).map_err(runtime_error)?
		} else {
			None
		};
		let graded_alpha = match (&graded, &s.label_totals) {
			(Some(g), Some(totals)) => {
				let (metric, alpha) = graded_alpha(g, &s.tallies.agreement, totals);
				Some(json!({ "metric": metric, "alpha": alpha }))
			},
			_ => None,
		};
		Ok(json!({
			"task": task,
			"itemCount": s.item_count,
			"finalized": finalized,
			"pending": s.item_count.saturating_sub(finalized).saturating_sub(d.open_escalations()),
			"progress": rate(finalized, s.item_count),
			"escalations": { "total": d.escalated, "open": d.open_escalations(), "resolved": d.resolved, "unresolved": d.unresolved },
			"decisions": {
				"consensus": d.consensus, "gold": d.gold, "resolved": d.resolved,
				"unresolved": d.unresolved, "noLabels": d.no_labels,
			},
			"agreement": {
				"krippendorffAlpha": alpha,
				"fleissKappa": kappa,
				"gradedAlpha": graded_alpha,
				"pairableItems": s.tallies.agreement.pairable_items,
				"pairableLabels": s.tallies.agreement.pairable_labels,
				"labelTotals": s.label_totals.as_ref().map(|t| t.iter()
					.map(|(l, c)| json!({ "label": label(&Some(*l)), "count": c }))
					.collect::<Vec<_>>()),
				"note": note,
			},
			"labelers": s.labelers.iter().map(|(who, t)| {
				let mut v = tally(t);
				if let Value::Object(map) = &mut v {
					map.insert("account".into(), json!(account(who)));
				}
				v
			}).collect::<Vec<_>>(),
			"next": s.next_labeler.as_ref().map(account),
		}))
	}

	fn open_tasks(
		&self,
		who: AccountId,
		from: Option<TaskId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Value> {
		let at = self.at(at);
		let api = self.client.runtime_api();
		let (tasks, next) = if self.api_version(at)? >= 5 {
			api.open_tasks(at, who.clone(), from.unwrap_or(0), page(limit)).map_err(runtime_error)?
		} else {
			#[allow(deprecated)]
			let (old, next) =
				api.open_tasks_before_version_5(at, who.clone(), from.unwrap_or(0), page(limit)).map_err(runtime_error)?;
			(old.into_iter().map(Into::into).collect(), next)
		};
		Ok(json!({
			"account": account(&who),
			"tasks": tasks.iter().map(task_details).collect::<Vec<_>>(),
			"next": next,
		}))
	}

	fn cases(
		&self,
		task: Option<TaskId>,
		juror: Option<AccountId>,
		from: Option<u64>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Value> {
		let (cases, next) = self
			.client
			.runtime_api()
			.cases(self.at(at), task, juror, from.unwrap_or(0), page(limit))
			.map_err(runtime_error)?;
		Ok(json!({ "cases": cases.iter().map(case_details).collect::<Vec<_>>(), "next": next }))
	}

	fn assignments(
		&self,
		who: AccountId,
		from: Option<TaskId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Value> {
		let seats = self
			.client
			.runtime_api()
			.assignments(self.at(at), who.clone(), from.unwrap_or(0), page(limit))
			.map_err(runtime_error)?;
		Ok(json!({
			"account": account(&who),
			"seats": seats.iter().map(|s| json!({
				"task": s.task,
				"chunk": s.chunk,
				"firstItem": s.first_item,
				"items": s.items,
				"deadline": s.deadline,
				"commitDeadline": s.commit_deadline,
				"committed": s.used,
			})).collect::<Vec<_>>(),
		}))
	}
}

fn case_details(c: &labelchain_primitives::api::CaseDetails<AccountId, Balance, BlockNumber>) -> Value {
	json!({
		"case": c.id,
		"task": c.task,
		"item": c.item,
		"kind": format!("{:?}", c.kind),
		"phase": format!("{:?}", c.phase),
		"round": c.round,
		"deadline": c.deadline,
		"panelSize": c.panel_size,
		"seated": c.seated,
		"jurorTier": c.juror_tier,
		"voteLabel": label(&c.vote_label),
		"verdict": label(&c.verdict),
		"fee": balance(c.fee),
		"feePaid": balance(c.fee_paid),
		"appeal": c.appeal.as_ref().map(|(who, deposit)| json!({ "by": account(who), "deposit": balance(*deposit) })),
		"panel": c.panel.iter().map(|s| json!({
			"juror": account(&s.juror),
			"seats": s.seats,
			"committed": s.committed,
			"verdict": label(&s.verdict),
			"noShow": s.no_show,
		})).collect::<Vec<_>>(),
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	fn sums(items: &[&[u32]]) -> AgreementSums {
		let mut sums = AgreementSums::default();
		items.iter().for_each(|i| sums.add_item(i));
		sums
	}

	/// A small case computed by hand from the textbook formulas (Krippendorff's coincidence
	/// form of alpha for nominal data; Fleiss' kappa).
	#[test]
	fn alpha_and_kappa_match_hand_computations() {
		// Two coders, items (a,a) (a,b) (b,b) (b,b): n = 8, totals a = 3, b = 5.
		let s = sums(&[&[2], &[1, 1], &[2], &[2]]);
		let (alpha, kappa) = agreement_metrics(&s, &[3, 5]);
		// A_o = 6/8, A_e = (3·2 + 5·4)/(8·7) = 26/56; alpha = (0.75 - 26/56)/(1 - 26/56).
		let expected_alpha = (0.75 - 26.0 / 56.0) / (1.0 - 26.0 / 56.0);
		assert!((alpha.unwrap() - expected_alpha).abs() < 1e-12);
		// P̄ = 3/4, P_e = (3/8)^2 + (5/8)^2 = 34/64; kappa = (0.75 - 34/64)/(1 - 34/64).
		let expected_kappa = (0.75 - 34.0 / 64.0) / (1.0 - 34.0 / 64.0);
		assert!((kappa.unwrap() - expected_kappa).abs() < 1e-12);
	}

	/// Krippendorff's worked example ("Computing Krippendorff's alpha-reliability", 2011): four
	/// observers, twelve units, values 1–5 with gaps; published alphas nominal 0.743, ordinal
	/// 0.815, interval 0.849. The sums are built as the chain builds them, item by item.
	#[test]
	fn alphas_of_krippendorffs_example() {
		use labelchain_primitives::answers::{item_agreement, ItemAgreement};
		let units: [&[u16]; 12] = [
			&[1, 1, 1], &[2, 2, 3, 2], &[3, 3, 3, 3], &[3, 3, 3, 3], &[2, 2, 2, 2], &[1, 2, 3, 4],
			&[4, 4, 4, 4], &[1, 1, 2, 1], &[2, 2, 2, 2], &[5, 5, 5], &[1, 1], &[3],
		];
		let sums_for = |schema: LabelSchema| {
			let (mut sums, mut graded) = (AgreementSums::default(), GradedAgreement { schema, disagreement: 0, coincidences: Vec::new() });
			let mut totals: Vec<(Label, u32)> = Vec::new();
			for unit in units {
				let mut groups: Vec<(Label, u32)> = Vec::new();
				for v in unit.iter() {
					match groups.iter_mut().find(|(l, _)| *l == Label::Level(v - 1)) {
						Some(g) => g.1 += 1,
						None => groups.push((Label::Level(v - 1), 1)),
					}
				}
				sums.add_item(&groups.iter().map(|g| g.1).collect::<Vec<_>>());
				match item_agreement(&schema, &groups) {
					Some(ItemAgreement::Coincidences(cells)) => {
						if graded.coincidences.is_empty() {
							graded.coincidences = vec![0; 25];
						}
						cells.into_iter().for_each(|(c, a)| graded.coincidences[c] += a);
					},
					Some(ItemAgreement::Disagreement(a)) => graded.disagreement += a,
					None => {},
				}
				if unit.len() >= 2 {
					for (l, c) in groups {
						match totals.iter_mut().find(|(t, _)| *t == l) {
							Some(t) => t.1 += c,
							None => totals.push((l, c)),
						}
					}
				}
			}
			(sums, graded, totals)
		};
		// Five levels: the ordinal metric from the coincidences.
		let (sums, graded, totals) = sums_for(LabelSchema::Ordinal { levels: 5 });
		let counts: Vec<u32> = totals.iter().map(|t| t.1).collect();
		let (nominal, _) = agreement_metrics(&sums, &counts);
		assert!((nominal.unwrap() - 0.743).abs() < 0.0005, "{nominal:?}");
		let (metric, ordinal) = graded_alpha(&graded, &sums, &totals);
		assert_eq!(metric, "ordinal");
		assert!((ordinal.unwrap() - 0.815).abs() < 0.0005, "{ordinal:?}");
		// The same values on a scale too large for the matrix: the interval metric (its unit
		// cancels out).
		let (sums, graded, totals) = sums_for(LabelSchema::Ordinal { levels: 20 });
		let (metric, interval) = graded_alpha(&graded, &sums, &totals);
		assert_eq!(metric, "interval");
		assert!((interval.unwrap() - 0.849).abs() < 0.0005, "{interval:?}");
	}

	#[test]
	fn perfect_agreement_is_one_and_undefined_cases_are_none() {
		let s = sums(&[&[3], &[3]]);
		assert_eq!(agreement_metrics(&s, &[3, 3]), (Some(1.0), Some(1.0)));
		let s = sums(&[&[3], &[3]]);
		assert_eq!(agreement_metrics(&s, &[6]), (None, None), "one label only");
		assert_eq!(agreement_metrics(&AgreementSums::default(), &[]), (None, None));
	}
}
