//! The runtime API behind the node's `labeling_*` JSON-RPC methods: task, item, labeler and
//! statistics views assembled in the runtime, so that readers need not decode raw storage.
//! Long answers are paged; the runtime caps each page.

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use polkadot_sdk::{
	sp_api,
	sp_core::H256,
	sp_runtime::{Perbill, Permill},
};
use scale_info::TypeInfo;

use crate::{
	DomainId, ItemIndex, Label, LabelerTally, ProvenanceRoot, TaskId, TaskTallies, TaskView, Tier,
};

/// The most entries one page of a paged answer holds.
pub const MAX_PAGE: u32 = 1_000;

/// Why a query has no answer.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum QueryError {
	/// No task has this id.
	UnknownTask,
	/// The item index is not below the task's item count.
	ItemOutOfRange,
	/// The task's results were pruned after its retention period: they are in its
	/// `ItemFinalized` events (an archive node has them) and its provenance root in
	/// `Tasks::Archive`.
	Pruned,
}

/// Everything about a task: its terms and phase, money, progress and provenance.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct TaskDetails<AccountId, Balance, BlockNumber> {
	pub id: TaskId,
	pub view: TaskView<AccountId, Balance, BlockNumber>,
	pub manifest_hash: H256,
	pub manifest_uri: Vec<u8>,
	/// The Merkle root of the items' content hashes (`merkle::root`), listed or not.
	pub items_root: H256,
	/// The content hashes, for a task that lists them on chain (empty otherwise).
	pub listed_items: Vec<H256>,
	pub created_at: BlockNumber,
	/// The block at which the task settles even with items left unfinalized.
	pub settle_at: BlockNumber,
	pub rewards_left: Balance,
	pub rewards_paid: Balance,
	pub fee_reserved: Balance,
	pub commitments: u32,
	pub finalized_items: u32,
	pub gold_revealed: bool,
	/// The provenance root over the results finalized so far.
	pub provenance: ProvenanceRoot,
	/// The provenance root recorded when the task settled.
	pub settled_provenance: Option<ProvenanceRoot>,
}

/// Where an item stands.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum ItemStatus<BlockNumber> {
	/// Not finalized yet (labels may still be coming in, or finalization is queued).
	Pending,
	/// The vote did not decide it: it waits for the expert origin until `until`.
	Escalated { vote_label: Option<Label>, confidence: Perbill, until: BlockNumber },
	/// Final. `position` places it in the task's provenance tree; its leaf is computed from
	/// these fields and the votes of its `ItemFinalized` event
	/// (`merkle::provenance_leaf`), so that the chain need not keep it.
	Final {
		label: Option<Label>,
		decision: crate::Decision,
		confidence: Perbill,
		revealed: u8,
		agreeing: u8,
		block: BlockNumber,
		position: u32,
	},
	/// Nobody committed to it and its task is over: it closed without a label, in bulk with
	/// the task's other unlabeled items (no result is stored for it).
	Unlabeled,
}

/// One item of a task and where it stands.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ItemDetails<BlockNumber> {
	pub item: ItemIndex,
	pub status: ItemStatus<BlockNumber>,
}

/// The answers of `LabelingApi` version 1 (runtimes up to spec 105), which stored each final
/// item's provenance leaf: a node reads older blocks with them.
/// The task views of version 4 and before: without the pay curve of graded answers.
pub mod v4 {
	use super::*;
	use crate::{DomainId, LabelSchema, LabelingTerms, TaskPhase};
	use polkadot_sdk::sp_runtime::Permill;

	/// A task as consensus saw it (version 4): `crate::TaskView` without `pay_curve`.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
	pub struct TaskView<AccountId, Balance, BlockNumber> {
		pub requester: AccountId,
		pub domain: DomainId,
		pub schema: LabelSchema,
		pub item_count: u32,
		pub redundancy: u8,
		pub min_tier: Tier,
		pub commit_deadline: BlockNumber,
		pub reveal_deadline: BlockNumber,
		pub reward_per_item: Balance,
		pub protocol_fee: Permill,
		pub labeling: LabelingTerms<Balance, BlockNumber>,
		pub phase: TaskPhase,
		pub gold_count: u32,
		pub gold_reveal_deadline: BlockNumber,
	}

	/// Everything about a task (version 4).
	#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
	pub struct TaskDetails<AccountId, Balance, BlockNumber> {
		pub id: TaskId,
		pub view: TaskView<AccountId, Balance, BlockNumber>,
		pub manifest_hash: H256,
		pub manifest_uri: Vec<u8>,
		pub items_root: H256,
		pub listed_items: Vec<H256>,
		pub created_at: BlockNumber,
		pub settle_at: BlockNumber,
		pub rewards_left: Balance,
		pub rewards_paid: Balance,
		pub fee_reserved: Balance,
		pub commitments: u32,
		pub finalized_items: u32,
		pub gold_revealed: bool,
		pub provenance: ProvenanceRoot,
		pub settled_provenance: Option<ProvenanceRoot>,
	}

	impl<AccountId, Balance, BlockNumber> From<TaskDetails<AccountId, Balance, BlockNumber>>
		for super::TaskDetails<AccountId, Balance, BlockNumber>
	{
		/// A task of a runtime before graded answers: categorical or free-form, whose pay
		/// curve is never used (the default stands in).
		fn from(old: TaskDetails<AccountId, Balance, BlockNumber>) -> Self {
			let v = old.view;
			super::TaskDetails {
				id: old.id,
				view: crate::TaskView {
					requester: v.requester,
					domain: v.domain,
					schema: v.schema,
					item_count: v.item_count,
					redundancy: v.redundancy,
					min_tier: v.min_tier,
					commit_deadline: v.commit_deadline,
					reveal_deadline: v.reveal_deadline,
					reward_per_item: v.reward_per_item,
					protocol_fee: v.protocol_fee,
					labeling: v.labeling,
					pay_curve: Default::default(),
					phase: v.phase,
					gold_count: v.gold_count,
					gold_reveal_deadline: v.gold_reveal_deadline,
				},
				manifest_hash: old.manifest_hash,
				manifest_uri: old.manifest_uri,
				items_root: old.items_root,
				listed_items: old.listed_items,
				created_at: old.created_at,
				settle_at: old.settle_at,
				rewards_left: old.rewards_left,
				rewards_paid: old.rewards_paid,
				fee_reserved: old.fee_reserved,
				commitments: old.commitments,
				finalized_items: old.finalized_items,
				gold_revealed: old.gold_revealed,
				provenance: old.provenance,
				settled_provenance: old.settled_provenance,
			}
		}
	}
}

pub mod v1 {
	use super::*;

	/// Where an item stands (version 1).
	#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
	pub enum ItemStatus<BlockNumber> {
		Pending,
		Escalated { vote_label: Option<Label>, confidence: Perbill, until: BlockNumber },
		Final {
			label: Option<Label>,
			decision: crate::Decision,
			confidence: Perbill,
			revealed: u8,
			agreeing: u8,
			block: BlockNumber,
			position: u32,
			leaf: H256,
		},
		Unlabeled,
	}

	/// One item of a task and where it stands (version 1).
	#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
	pub struct ItemDetails<BlockNumber> {
		pub item: ItemIndex,
		pub status: ItemStatus<BlockNumber>,
	}

	impl<BlockNumber> From<ItemDetails<BlockNumber>> for super::ItemDetails<BlockNumber> {
		fn from(old: ItemDetails<BlockNumber>) -> Self {
			let status = match old.status {
				ItemStatus::Pending => super::ItemStatus::Pending,
				ItemStatus::Unlabeled => super::ItemStatus::Unlabeled,
				ItemStatus::Escalated { vote_label, confidence, until } =>
					super::ItemStatus::Escalated { vote_label, confidence, until },
				ItemStatus::Final { label, decision, confidence, revealed, agreeing, block, position, .. } =>
					super::ItemStatus::Final { label, decision, confidence, revealed, agreeing, block, position },
			};
			super::ItemDetails { item: old.item, status }
		}
	}
}

/// A labeler's standing in one domain.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct DomainStanding {
	pub domain: DomainId,
	/// The tier the labeler has in this domain now.
	pub tier: Tier,
	/// The accuracy estimate votes are weighted by (Beta posterior mean).
	pub reputation: Permill,
	/// The accuracy estimate tiers are earned with (needs evidence).
	pub tier_reputation: Permill,
	/// Decayed evidence, in millionths of an observation.
	pub agree_evidence: u64,
	pub total_evidence: u64,
}

/// A labeler's stake, tier, reputation and history.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct LabelerDetails<Balance, BlockNumber> {
	/// Stake that counts for tiers.
	pub bonded: Balance,
	/// Part of `bonded` set aside for open commitments.
	pub locked: Balance,
	/// Stake being withdrawn, and when each part unlocks.
	pub unbonding: Vec<(Balance, BlockNumber)>,
	/// The tier on the badge (the best domain's), and the badge item.
	pub tier: Tier,
	pub badge: Option<u32>,
	pub suspended_until: Option<BlockNumber>,
	pub domains: Vec<DomainStanding>,
	/// Everything counted at finalization, over the labeler's whole history.
	pub totals: LabelerTally<Balance>,
}

/// A task's progress and agreement, with one page of its labelers.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct TaskStatistics<AccountId, Balance> {
	pub item_count: u32,
	pub tallies: TaskTallies,
	/// How many revealed labels (on items with two or more) had each label; `None` when the
	/// task has more distinct labels than one answer lists (free-form answers).
	pub label_totals: Option<Vec<(Label, u32)>>,
	/// Labelers of the task with what they did in it, in storage order.
	pub labelers: Vec<(AccountId, LabelerTally<Balance>)>,
	/// Pass as `after` for the next page.
	pub next_labeler: Option<AccountId>,
}

/// The running sums of a graded task's agreement coefficient (Krippendorff's alpha with the
/// schema's metric, `answers::alpha_metric`), beside its `TaskStatistics`.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct GradedAgreement {
	pub schema: crate::LabelSchema,
	/// Over the items with two to sixteen revealed answers, `Σ_{i≠j} δ²(a_i, a_j) / (m − 1)`
	/// (δ² in parts per billion) times `AGREEMENT_SCALE`; zero for a small ordinal scale.
	pub disagreement: u128,
	/// A small ordinal scale's levels' coincidence matrix (row-major, levels × levels, each
	/// ordered pair of an item's answers counted `1 / (m − 1)` times `AGREEMENT_SCALE`); empty
	/// otherwise.
	pub coincidences: Vec<u64>,
}

/// A juror's seats on a case's current round.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct CaseSeat<AccountId> {
	pub juror: AccountId,
	pub seats: u32,
	pub committed: bool,
	/// The verdict, once revealed.
	pub verdict: Option<Label>,
	/// Did not commit in time: replaced, slashed when the round closes.
	pub no_show: bool,
}

/// A review case and its current round's panel.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct CaseDetails<AccountId, Balance, BlockNumber> {
	pub id: u64,
	pub task: TaskId,
	pub item: ItemIndex,
	pub kind: crate::CaseKind,
	pub phase: crate::CasePhase,
	/// From 0; each appeal adds one.
	pub round: u8,
	/// When the current phase ends.
	pub deadline: BlockNumber,
	pub panel_size: u32,
	pub seated: u32,
	/// The lowest tier jurors are drawn from.
	pub juror_tier: Tier,
	/// The weighted vote's label, and the last decisive round's verdict.
	pub vote_label: Option<Label>,
	pub verdict: Option<Label>,
	/// The panel's fee, and what of it was paid.
	pub fee: Balance,
	pub fee_paid: Balance,
	/// Who appealed into this round, and the deposit held.
	pub appeal: Option<(AccountId, Balance)>,
	pub panel: Vec<CaseSeat<AccountId>>,
}

/// A task's seats dealt by lot: each chunk of its items wants `redundancy` seats.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct TaskSeats {
	/// Seats the task wants (chunks × redundancy).
	pub wanted: u32,
	/// Seats dealt so far (a seat taken back and dealt again counts twice).
	pub dealt: u32,
	/// Seats held now (released once the commit window closes).
	pub held: u32,
	/// Seats their holders committed on.
	pub committed: u32,
	/// Seats taken back from holders who did not commit.
	pub taken_back: u32,
	/// Seats nobody holds or used: while the task is open, those not dealt yet; after its
	/// commit deadline, those never used (their items settle as unlabeled items do).
	pub unfilled: u32,
}

sp_api::decl_runtime_apis! {
	/// Read-only views of tasks, results, labelers and agreement. Version 2: final items no
	/// longer carry their provenance leaf. Version 3: review cases. Version 4: seats dealt by
	/// lot. Version 5: graded answers (a task's view carries its pay curve). Version 6: graded
	/// agreement sums.
	#[api_version(6)]
	pub trait LabelingApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The task, if it exists (version 4, without the pay curve).
		#[changed_in(5)]
		fn task(task: TaskId) -> Option<v4::TaskDetails<AccountId, Balance, BlockNumber>>;

		/// The task, if it exists.
		fn task(task: TaskId) -> Option<TaskDetails<AccountId, Balance, BlockNumber>>;

		/// Items `from ..` of the task, at most `limit` (version 1, with leaves).
		#[changed_in(2)]
		fn item_results(task: TaskId, from: ItemIndex, limit: u32)
			-> Result<Vec<v1::ItemDetails<BlockNumber>>, QueryError>;

		/// Items `from ..` of the task, at most `limit` (capped at `MAX_PAGE`).
		fn item_results(task: TaskId, from: ItemIndex, limit: u32)
			-> Result<Vec<ItemDetails<BlockNumber>>, QueryError>;

		/// The labeler's stake, tiers, reputation per domain and history (all zero for an
		/// account that never labeled).
		fn labeler(who: AccountId) -> LabelerDetails<Balance, BlockNumber>;

		/// The task's progress and agreement sums, with up to `limit` of its labelers after
		/// `after`.
		fn task_stats(task: TaskId, after: Option<AccountId>, limit: u32)
			-> Result<TaskStatistics<AccountId, Balance>, QueryError>;

		/// Tasks from id `from` on that `who` may commit to now (open, tier high enough, not
		/// their own), at most `limit`, and the id to continue from. At most `MAX_PAGE` ids are
		/// looked at per call.
		#[changed_in(5)]
		fn open_tasks(who: AccountId, from: TaskId, limit: u32)
			-> (Vec<v4::TaskDetails<AccountId, Balance, BlockNumber>>, Option<TaskId>);

		/// Tasks from id `from` on that `who` may commit to now, as above.
		fn open_tasks(who: AccountId, from: TaskId, limit: u32)
			-> (Vec<TaskDetails<AccountId, Balance, BlockNumber>>, Option<TaskId>);

		/// Open review cases from case id `from` on, of `task` if given, on whose current
		/// round `juror` sits if given; at most `limit`, and the id to continue from. At most
		/// `MAX_PAGE` ids are looked at per call.
		fn cases(task: Option<TaskId>, juror: Option<AccountId>, from: u64, limit: u32)
			-> (Vec<CaseDetails<AccountId, Balance, BlockNumber>>, Option<u64>);

		/// The task's seats (none before its first deal), if the task exists.
		fn task_seats(task: TaskId) -> Option<TaskSeats>;

		/// The sums of a graded task's agreement coefficient; `None` for a task that does not
		/// exist or whose answers are not graded.
		fn graded_agreement(task: TaskId) -> Option<GradedAgreement>;

		/// The seats `who` holds now (each a chunk of a task's items to commit on), from task
		/// `from` on, at most `limit` (capped at `MAX_PAGE`), in task and chunk order.
		fn assignments(who: AccountId, from: TaskId, limit: u32) -> Vec<crate::HeldSeat<BlockNumber>>;
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{LabelSchema, LabelingTerms, TaskPhase};
	use polkadot_sdk::sp_runtime::Permill;

	#[test]
	fn a_version_4_task_reads_as_today_with_the_curve_its_runtime_never_used() {
		let terms = LabelingTerms::<u128, u32> {
			commit_bond: 1,
			commit_bond_multiple: 5,
			leak_slash: Perbill::from_percent(10),
			leak_reward: Perbill::from_percent(50),
			quorum: 2,
			threshold: Perbill::from_percent(60),
			clear_margin: Perbill::from_percent(60),
			deviation_slash: Perbill::one(),
			no_reveal_slash: Perbill::one(),
			slash_to_agreeing: false,
			escalation_period: 10,
			max_accuracy: Permill::from_percent(99),
			stake_weight_cap: 50_000,
			stake_for_full_weight: 7,
		};
		let old = v4::TaskDetails::<u64, u128, u32> {
			id: 3,
			view: v4::TaskView {
				requester: 9,
				domain: 1,
				schema: LabelSchema::Categorical { classes: 3 },
				item_count: 6,
				redundancy: 3,
				min_tier: 0,
				commit_deadline: 20,
				reveal_deadline: 30,
				reward_per_item: 5,
				protocol_fee: Permill::from_percent(2),
				labeling: terms,
				phase: TaskPhase::Open,
				gold_count: 0,
				gold_reveal_deadline: 30,
			},
			manifest_hash: H256::repeat_byte(1),
			manifest_uri: b"ipfs://x".to_vec(),
			items_root: H256::repeat_byte(2),
			listed_items: Vec::new(),
			created_at: 1,
			settle_at: 99,
			rewards_left: 30,
			rewards_paid: 0,
			fee_reserved: 1,
			commitments: 0,
			finalized_items: 0,
			gold_revealed: false,
			provenance: ProvenanceRoot { root: H256::zero(), items: 0 },
			settled_provenance: None,
		};
		let bytes = old.encode();
		let read: TaskDetails<u64, u128, u32> =
			v4::TaskDetails::decode(&mut &bytes[..]).expect("version 4 bytes").into();
		assert_eq!(read.view.pay_curve, crate::answers::PayCurve::default());
		assert_eq!((read.id, read.view.item_count, read.view.labeling, read.settle_at), (3, 6, terms, 99));
		// Today's encoding is version 4's with the curve after the labeling terms.
		let today = read.encode();
		let curve = read.view.pay_curve.encode();
		assert_eq!(today.len(), bytes.len() + curve.len());
		let at = today.windows(curve.len()).position(|w| w == curve.as_slice()).expect("the curve");
		assert_eq!([&today[..at], &today[at + curve.len()..]].concat(), bytes);
	}
}
