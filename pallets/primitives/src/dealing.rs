//! Work dealt by lot, as the task registry and the labels pallet see it.

use crate::{ItemIndex, TaskId};
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// A seat a labeler was dealt: items `first_item .. first_item + items` of a task, to commit
/// on by `deadline` (or lose it and part of its bond).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct HeldSeat<BlockNumber> {
	pub task: TaskId,
	pub chunk: u32,
	pub first_item: ItemIndex,
	pub items: u32,
	/// The seat is taken back if its holder has not committed on it by then.
	pub deadline: BlockNumber,
	/// The task's commit deadline: after using the seat, its holder commits on the rest of
	/// its items until then.
	pub commit_deadline: BlockNumber,
	/// The holder committed on it.
	pub used: bool,
}

/// Answered by the dealing pallet.
pub trait WorkDealing<AccountId> {
	/// A task opened for commitments: its seats are to be dealt.
	fn task_opened(task: TaskId);
	/// The chunk of `item` (items `chunk × size ..` of a task are dealt together).
	fn chunk_of(item: ItemIndex) -> u32;
	/// Whether `who` holds a dealt seat on `chunk` of `task` (committed on or not).
	fn holds_seat(task: TaskId, chunk: u32, who: &AccountId) -> bool;
	/// `who` committed on its seat: it is not taken back.
	fn seat_used(task: TaskId, chunk: u32, who: &AccountId);
	/// The registry pruned the task: what dealing kept about it goes.
	fn task_pruned(task: TaskId);
}

/// No dealing: seats are first come, first served (every labeler "holds" every seat).
impl<AccountId> WorkDealing<AccountId> for () {
	fn task_opened(_: TaskId) {}
	fn chunk_of(_: ItemIndex) -> u32 {
		0
	}
	fn holds_seat(_: TaskId, _: u32, _: &AccountId) -> bool {
		true
	}
	fn seat_used(_: TaskId, _: u32, _: &AccountId) {}
	fn task_pruned(_: TaskId) {}
}
