//! Work dealt by lot, as the task registry and the labels pallet see it.

use crate::{ItemIndex, TaskId};

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
}
