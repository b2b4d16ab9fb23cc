//! Tests of dealing: who may join, who is dealt, seats in proportion to stake, unused seats
//! taken back, fairness between tasks.

use crate::{mock::*, pallet::*, Error, Event, SeatTally};
use frame_support::{assert_noop, assert_ok};
use labelchain_primitives::WorkDealing;
use polkadot_sdk::frame_support;

fn join(who: AccountId, stake: Balance) {
	labeler(who, 1, stake);
	assert_ok!(Assignment::join_pool(RuntimeOrigin::signed(who), DOMAIN));
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Assignment(e) = r.event { Some(e) } else { None })
		.collect()
}

fn holders(task: u64, chunk: u32) -> Vec<AccountId> {
	Deals::<Test>::get(task, chunk).iter().filter(|s| s.held()).map(|s| s.holder).collect()
}

#[test]
fn joining_needs_a_tier_and_the_minimum_stake() {
	new_test_ext().execute_with(|| {
		labeler(1, 0, 1_000);
		assert_noop!(Assignment::join_pool(RuntimeOrigin::signed(1), DOMAIN), Error::<Test>::TierTooLow);
		labeler(2, 1, 99);
		assert_noop!(Assignment::join_pool(RuntimeOrigin::signed(2), DOMAIN), Error::<Test>::StakeTooLow);
		join(3, 500);
		assert_eq!(Assignment::pool_total((DOMAIN, 1)), 500);
		// Joining again takes the stake of now.
		labeler(3, 1, 800);
		assert_ok!(Assignment::join_pool(RuntimeOrigin::signed(3), DOMAIN));
		assert_eq!(Assignment::pool_total((DOMAIN, 1)), 800);
		assert_ok!(Assignment::leave_pool(RuntimeOrigin::signed(3), DOMAIN));
		assert_eq!(Assignment::pool_total((DOMAIN, 1)), 0);
		assert_noop!(Assignment::leave_pool(RuntimeOrigin::signed(3), DOMAIN), Error::<Test>::NotMember);
	});
}

#[test]
fn every_seat_is_dealt_to_a_member_who_joined_before_never_twice_a_chunk_nor_to_the_requester() {
	new_test_ext().execute_with(|| {
		for who in 1..=6 {
			join(who, 1_000);
		}
		labeler(REQUESTER, 1, 1_000);
		assert_ok!(Assignment::join_pool(RuntimeOrigin::signed(REQUESTER), DOMAIN));
		// 40 items: 5 chunks of 8, 3 seats each.
		open_task(1, 40, 3, 100);
		// 7 joins in the block that deals: that block's randomness never deals to it.
		System::set_block_number(2);
		join(7, 1_000);
		<Assignment as frame_support::traits::Hooks<u64>>::on_initialize(2);
		for chunk in 0..5 {
			let seats = holders(1, chunk);
			assert_eq!(seats.len(), 3, "chunk {chunk}");
			let distinct: std::collections::BTreeSet<_> = seats.iter().collect();
			assert_eq!(distinct.len(), 3);
			assert!(!seats.contains(&REQUESTER) && !seats.contains(&7));
			for s in &seats {
				assert!(Assignment::holds_seat(1, chunk, s));
			}
		}
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 15, held: 15, used: 0, taken_back: 0 });
	});
}

#[test]
fn dealing_is_bounded_per_block_and_takes_turns_between_tasks() {
	new_test_ext().execute_with(|| {
		for who in 1..=10 {
			join(who, 1_000);
		}
		SeatPeriod::set(&1_000);
		// 100 chunks of 3 seats, then a one-chunk task: the small one is dealt in the first
		// rounds, not after the big one.
		open_task(1, 800, 3, 1_000);
		open_task(2, 8, 3, 1_000);
		run_to(2);
		assert!(Assignment::tally(1).dealt <= 16);
		run_to(3);
		assert_eq!(holders(2, 0).len(), 3, "the small task's chunk is dealt in its first turns");
		run_to(40);
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 300, held: 300, used: 0, taken_back: 0 });
	});
}

#[test]
fn an_unused_seat_is_taken_back_with_a_slash_and_dealt_again() {
	new_test_ext().execute_with(|| {
		for who in 1..=5 {
			join(who, 1_000);
		}
		open_task(1, 8, 2, 100);
		run_to(2);
		let first = holders(1, 0);
		assert_eq!(first.len(), 2);
		// One uses its seat, the other does not.
		Assignment::seat_used(1, 0, &first[0]);
		run_to(2 + SeatPeriod::get() + 1);
		assert_eq!(stake(first[1]), 1_000 - NO_SHOW);
		assert_eq!(stake(first[0]), 1_000);
		assert!(events().iter().any(|e| matches!(e, Event::SeatTakenBack { holder, .. } if *holder == first[1])));
		run_to(System::block_number() + 1);
		let now: Vec<_> = Deals::<Test>::get(1, 0).iter().filter(|s| s.held()).map(|s| s.holder).collect();
		assert_eq!(now.len(), 2);
		assert!(now.contains(&first[0]));
		// Never dealt the same items again.
		assert!(!now.contains(&first[1]) && !Assignment::holds_seat(1, 0, &first[1]));
	});
}

#[test]
fn a_task_without_enough_members_leaves_seats_unfilled_and_stops_at_its_deadline() {
	new_test_ext().execute_with(|| {
		join(1, 1_000);
		open_task(1, 8, 3, 10);
		run_to(5);
		assert_eq!(holders(1, 0), vec![1]);
		Assignment::seat_used(1, 0, &1);
		// A chunk nobody more can sit on is tried once a block, not again within it.
		let tries = events().iter().filter(|e| matches!(e, Event::NoEligibleMember { task: 1, chunk: 0 })).count();
		assert_eq!(tries, 4);
		run_to(12);
		// After the deadline the chunk is no longer dealt, even to a newcomer.
		join(2, 1_000);
		run_to(14);
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 1, held: 0, used: 1, taken_back: 0 });
		assert!(!events().iter().any(|e| matches!(e, Event::SeatDealt { holder: 2, .. })));
	});
}

/// P(X > r / 2) for X ~ Binomial(r, p): a cartel decides an item alone.
fn majority_probability(r: u32, p: f64) -> f64 {
	let choose = |n: u32, k: u32| (0..k).fold(1.0, |a, i| a * f64::from(n - i) / f64::from(i + 1));
	(r / 2 + 1..=r).map(|k| choose(r, k) * p.powi(k as i32) * (1.0 - p).powi((r - k) as i32)).sum()
}

/// A cartel of 10 sybils holding x % of the pool's stake, against 90 honest labelers of equal
/// stake: its share of seats is x % within a binomial bound, and it holds a majority of an
/// item's seats about as often as a binomial draw says (slightly less: a chunk's seats go to
/// distinct labelers). Prints the table (`--nocapture`).
#[test]
fn a_cartel_gets_seats_in_proportion_to_its_stake_and_a_majority_only_by_binomial_chance() {
	println!("cartel stake  r  seats share  majority (measured)  majority (binomial)");
	for r in [3u8, 5] {
		for x in [10u32, 20, 30, 40] {
			new_test_ext().execute_with(|| {
				// Nobody commits here: seats stay until the test has counted them.
				SeatPeriod::set(&1_000_000);
				let honest_stake: Balance = 10_000;
				// The cartel's total stake is x % of all: 90 honest × 10,000 × x / (100 − x).
				let cartel_total = 90 * honest_stake * Balance::from(x) / Balance::from(100 - x);
				for who in 1..=90 {
					join(who, honest_stake);
				}
				for who in 101..=110 {
					join(who, cartel_total / 10);
				}
				let chunks = 1_200u32 / u32::from(r) * 3;
				open_task(1, chunks * CHUNK, r, 100_000);
				run_to(u64::from(2 + chunks * u32::from(r) / 16 + 10));
				let (mut cartel_seats, mut seats, mut majorities) = (0u32, 0u32, 0u32);
				for chunk in 0..chunks {
					let h = holders(1, chunk);
					assert_eq!(h.len(), usize::from(r));
					let held = h.iter().filter(|w| **w > 100).count() as u32;
					cartel_seats += held;
					seats += h.len() as u32;
					if held * 2 > u32::from(r) {
						majorities += 1;
					}
				}
				let p = f64::from(x) / 100.0;
				let share = f64::from(cartel_seats) / f64::from(seats);
				let sigma = (p * (1.0 - p) / f64::from(seats)).sqrt();
				assert!((share - p).abs() < 4.0 * sigma + 0.01, "x {x} r {r}: share {share:.3}");
				let expected = majority_probability(u32::from(r), p);
				let measured = f64::from(majorities) / f64::from(chunks);
				let bound = 4.0 * (expected * (1.0 - expected) / f64::from(chunks)).sqrt() + 0.02;
				assert!((measured - expected).abs() < bound, "x {x} r {r}: majority {measured:.3} vs {expected:.3}");
				println!("{x:>11} %  {r}  {share:>11.3}  {measured:>19.3}  {expected:>19.3}");
			});
		}
	}
}

#[test]
fn a_member_who_lost_its_tier_is_dropped_when_drawn() {
	new_test_ext().execute_with(|| {
		join(1, 1_000);
		join(2, 1_000);
		set_tier(2, 0);
		open_task(1, 8, 2, 100);
		run_to(3);
		assert_eq!(holders(1, 0), vec![1]);
		assert!(Members::<Test>::get(DOMAIN, 2).is_none());
	});
}


#[test]
fn used_seats_are_released_after_the_commit_window_and_the_tally_stays_until_pruning() {
	new_test_ext().execute_with(|| {
		for who in 1..=4 {
			join(who, 1_000);
		}
		// 2 chunks × 2 seats, commit window to block 30 (seats last 5 blocks).
		open_task(1, 16, 2, 30);
		run_to(2);
		let dealt: Vec<_> = (0..2).flat_map(|c| holders(1, c).into_iter().map(move |h| (c, h))).collect();
		assert_eq!(dealt.len(), 4);
		for (chunk, who) in &dealt {
			assert!(SeatsOf::<Test>::contains_key(who, (1, *chunk)));
			Assignment::seat_used(1, *chunk, who);
			// A second commitment on the same seat counts once.
			Assignment::seat_used(1, *chunk, who);
		}
		let (chunk, who) = dealt[0];
		let listed = Assignment::seats_of(&who, 0, 10);
		assert!(listed.iter().any(|s| s.task == 1 && s.chunk == chunk && s.first_item == chunk * CHUNK && s.items == CHUNK && s.used));
		// Past the seats' deadline used seats stay (their holders commit on the rest of the
		// chunk until the commit deadline), and nobody is slashed.
		run_to(20);
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 4, held: 4, used: 4, taken_back: 0 });
		assert!(Assignment::holds_seat(1, chunk, &who));
		run_to(32);
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 4, held: 0, used: 4, taken_back: 0 });
		assert!(Deals::<Test>::iter_prefix(1).next().is_none());
		assert!(SeatsOf::<Test>::iter().next().is_none());
		assert!((1..=4).all(|w| stake(w) == 1_000));
		Assignment::task_pruned(1);
		assert!(Tallies::<Test>::get(1).is_none());
	});
}

#[test]
fn a_withdrawn_tasks_seats_are_released_without_a_slash() {
	new_test_ext().execute_with(|| {
		for who in 1..=3 {
			join(who, 1_000);
		}
		open_task(1, 8, 3, 30);
		run_to(2);
		assert_eq!(holders(1, 0).len(), 3);
		cancel_task(1);
		run_to(10);
		assert!(Deals::<Test>::iter_prefix(1).next().is_none());
		assert!(Tallies::<Test>::get(1).is_none());
		assert!((1..=3).all(|w| stake(w) == 1_000));
		assert_eq!(events().iter().filter(|e| matches!(e, Event::SeatReleased { used: false, .. })).count(), 3);
	});
}

#[test]
fn a_member_who_unbonded_is_drawn_with_what_it_has_now() {
	new_test_ext().execute_with(|| {
		SeatPeriod::set(&1_000);
		join(1, 100_000);
		join(2, 1_000);
		// 1 joined with 100,000 and keeps 150 (above the pool's minimum of 100): its first draw
		// cuts its tickets to 150.
		set_stake(1, 150);
		open_task(1, 8, 1, 100);
		run_to(3);
		assert_eq!(Assignment::pool_total((DOMAIN, 1)), 1_150);
		assert!(events().iter().any(|e| matches!(e, Event::TicketsReduced { who: 1, tickets: 150, .. })));
		// Below the minimum it leaves the pool when drawn.
		set_stake(1, 50);
		open_task(2, 8, 2, 100);
		run_to(10);
		assert!(Members::<Test>::get(DOMAIN, 1).is_none());
		assert_eq!(Assignment::pool_total((DOMAIN, 1)), 1_000);
	});
}

#[test]
fn a_member_who_cannot_bond_a_chunk_is_not_dealt_it() {
	new_test_ext().execute_with(|| {
		// 200 an item at redundancy 2: a commitment bonds 100, a chunk of 8 items 800.
		SeatPeriod::set(&1_000);
		set_reward(200);
		join(1, 500);
		join(2, 1_000);
		open_task(1, 8, 2, 100);
		run_to(10);
		assert_eq!(holders(1, 0), vec![2]);
		assert!(Members::<Test>::get(DOMAIN, 1).is_some(), "it stays in the pool for smaller chunks");
		// A 2-item task (bonds 200) is within its stake.
		open_task(2, 2, 2, 100);
		run_to(12);
		assert_eq!(holders(2, 0).len(), 2);
	});
}

#[test]
fn a_seat_booked_directly_is_kept_as_a_dealt_one() {
	new_test_ext().execute_with(|| {
		join(1, 1_000);
		open_task(1, 8, 2, 30);
		assert!(Assignment::seat_directly(1, 0, &5, 20));
		assert!(!Assignment::seat_directly(1, 0, &5, 20), "not twice on a chunk");
		assert!(Assignment::holds_seat(1, 0, &5));
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 1, held: 1, used: 0, taken_back: 0 });
		// The deal fills the other seat; the booked one is used, then released after the window.
		run_to(2);
		assert_eq!(holders(1, 0), vec![5, 1]);
		Assignment::seat_used(1, 0, &5);
		Assignment::seat_used(1, 0, &1);
		run_to(32);
		assert_eq!(Assignment::tally(1), SeatTally { dealt: 2, held: 0, used: 2, taken_back: 0 });
	});
}

#[test]
fn nobody_is_dealt_a_review_chunk_that_rates_their_own_answer() {
	new_test_ext().execute_with(|| {
		for who in 1..=6 {
			join(who, 1_000);
		}
		// A review task of 16 items (2 chunks of 8), 3 seats each: chunk 0 rates answers of
		// 1, 2 and 3, chunk 1 answers of 4 and 5. Six members: each chunk has exactly three
		// members who wrote none of its answers.
		for item in 0..8 {
			set_author(1, item, u64::from(1 + item % 3));
		}
		for item in 8..16 {
			set_author(1, item, u64::from(4 + item % 2));
		}
		open_task(1, 16, 3, 100);
		System::set_block_number(2);
		<Assignment as frame_support::traits::Hooks<u64>>::on_initialize(2);
		let mut first = holders(1, 0);
		first.sort();
		assert_eq!(first, vec![4, 5, 6]);
		let second = holders(1, 1);
		assert_eq!(second.len(), 3);
		assert!(!second.contains(&4) && !second.contains(&5));
	});
}
