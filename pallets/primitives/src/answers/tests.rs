//! The answer rules: refusals by name, and properties of the consensus rules over random answers
//! (proptest).

use super::*;
use proptest::prelude::*;

const ORDINAL: LabelSchema = LabelSchema::Ordinal { levels: 5 };
const NUMERIC: LabelSchema = LabelSchema::Numeric { min: -10, max: 90, step: 5, tolerance: 5 };
const MULTI: LabelSchema = LabelSchema::MultiLabel { classes: 12 };
const RANKING: LabelSchema = LabelSchema::Ranking { candidates: 4 };

fn ranking(order: &[u8]) -> Label {
	let mut r = [NO_CANDIDATE; MAX_CANDIDATES];
	for (slot, c) in r.iter_mut().zip(order) {
		*slot = *c;
	}
	Label::Ranking(r)
}

#[test]
fn invalid_answers_are_refused_by_name() {
	use AnswerError::*;
	assert_eq!(check(&ORDINAL, &Label::Level(5)), Err(OutOfRange));
	assert_eq!(check(&ORDINAL, &Label::Class(1)), Err(WrongKind));
	assert_eq!(check(&NUMERIC, &Label::Number(95)), Err(OutOfRange));
	assert_eq!(check(&NUMERIC, &Label::Number(-11)), Err(OutOfRange));
	assert_eq!(check(&NUMERIC, &Label::Number(3)), Err(OffGrid));
	assert_eq!(check(&NUMERIC, &Label::Number(-5)), Ok(()));
	assert_eq!(check(&MULTI, &Label::Classes(0)), Err(EmptySet));
	assert_eq!(check(&MULTI, &Label::Classes(1 << 12)), Err(OutOfRange));
	assert_eq!(check(&MULTI, &Label::Classes(0b1001)), Ok(()));
	assert_eq!(check(&LabelSchema::Preference, &Label::Prefer { side: Side::Tie, clear: true }), Err(ClearTie));
	assert_eq!(check(&RANKING, &ranking(&[0, 1, 1, 3])), Err(NotAPermutation));
	assert_eq!(check(&RANKING, &ranking(&[0, 1, 4, 3])), Err(OutOfRange));
	assert_eq!(check(&RANKING, &ranking(&[0, 1, 2])), Err(OutOfRange));
	assert_eq!(check(&RANKING, &ranking(&[3, 1, 0, 2])), Ok(()));
	assert!(!LabelSchema::Ranking { candidates: 9 }.is_valid());
	assert!(!LabelSchema::MultiLabel { classes: 65 }.is_valid());
	assert!(!LabelSchema::Numeric { min: 1, max: 1, step: 1, tolerance: 0 }.is_valid());
}

#[test]
fn the_rules_on_small_cases() {
	// A weighted median: 2 at weight 3 outweighs 0 and 4 at weight 1 each.
	let votes = [(Label::Level(0), 1), (Label::Level(2), 3), (Label::Level(4), 1)];
	assert_eq!(decide(&ORDINAL, &votes), Some(Label::Level(2)));
	// The lower median of an even split.
	assert_eq!(decide(&ORDINAL, &[(Label::Level(1), 1), (Label::Level(3), 1)]), Some(Label::Level(1)));
	// Multi-label: class 0 by all, class 3 by two thirds of the weight, class 5 by a third.
	let votes = [(Label::Classes(0b1001), 1), (Label::Classes(0b1001), 1), (Label::Classes(0b10_0001), 1)];
	assert_eq!(decide(&MULTI, &votes), Some(Label::Classes(0b1001)));
	// Preference: B by weight, clear by most of B's weight.
	let votes = [
		(Label::Prefer { side: Side::A, clear: true }, 2),
		(Label::Prefer { side: Side::B, clear: true }, 2),
		(Label::Prefer { side: Side::B, clear: false }, 1),
	];
	assert_eq!(decide(&LabelSchema::Preference, &votes), Some(Label::Prefer { side: Side::B, clear: true }));
	// Borda: 1 first twice, 0 first once.
	let votes = [(ranking(&[1, 0, 2, 3]), 1), (ranking(&[1, 2, 0, 3]), 1), (ranking(&[0, 1, 2, 3]), 1)];
	assert_eq!(decide(&RANKING, &votes), Some(ranking(&[1, 0, 2, 3])));
	// Invalid answers are left out; none valid, no decision.
	assert_eq!(decide(&ORDINAL, &[(Label::Level(9), 5), (Label::Level(1), 1)]), Some(Label::Level(1)));
	assert_eq!(decide(&ORDINAL, &[(Label::Level(9), 5)]), None);
	// Distances.
	assert_eq!(distance(&ORDINAL, &Label::Level(0), &Label::Level(4)), Perbill::one());
	assert_eq!(distance(&ORDINAL, &Label::Level(1), &Label::Level(2)), Perbill::from_percent(25));
	assert_eq!(distance(&NUMERIC, &Label::Number(10), &Label::Number(15)), Perbill::zero());
	assert_eq!(distance(&NUMERIC, &Label::Number(10), &Label::Number(20)), Perbill::from_percent(5));
	assert_eq!(distance(&MULTI, &Label::Classes(0b11), &Label::Classes(0b110)), Perbill::from_rational(2u32, 3));
	assert_eq!(distance(&RANKING, &ranking(&[0, 1, 2, 3]), &ranking(&[3, 2, 1, 0])), Perbill::one());
	assert_eq!(distance(&RANKING, &ranking(&[0, 1, 2, 3]), &ranking(&[1, 0, 2, 3])), Perbill::from_rational(1u32, 6));
	// The pay curve: full to 10 %, nothing from 50 %, linear between.
	let curve = PayCurve { full_within: Perbill::from_percent(10), none_beyond: Perbill::from_percent(50) };
	assert_eq!(curve.share(Perbill::from_percent(10)), Perbill::one());
	assert_eq!(curve.share(Perbill::from_percent(30)), Perbill::from_percent(50));
	assert_eq!(curve.share(Perbill::from_percent(50)), Perbill::zero());
}

fn any_ranking(k: usize) -> impl Strategy<Value = Label> {
	Just((0..k as u8).collect::<Vec<u8>>()).prop_shuffle().prop_map(|order| ranking(&order))
}

/// A valid answer under each of the schemas above, by index.
fn answer(schema: usize) -> BoxedStrategy<Label> {
	match schema {
		0 => (0u16..5).prop_map(Label::Level).boxed(),
		1 => (0i64..=20).prop_map(|i| Label::Number(-10 + 5 * i)).boxed(),
		2 => (1u64..(1 << 12)).prop_map(Label::Classes).boxed(),
		3 => prop_oneof![
			any::<bool>().prop_map(|clear| Label::Prefer { side: Side::A, clear }),
			any::<bool>().prop_map(|clear| Label::Prefer { side: Side::B, clear }),
			Just(Label::Prefer { side: Side::Tie, clear: false }),
		]
		.boxed(),
		_ => any_ranking(4).boxed(),
	}
}

const SCHEMAS: [LabelSchema; 5] = [ORDINAL, NUMERIC, MULTI, LabelSchema::Preference, RANKING];

fn votes_of(schema: usize) -> impl Strategy<Value = Vec<(Label, u64)>> {
	prop::collection::vec((answer(schema), 0u64..1_000), 1..=15)
}

proptest! {
	/// The decision does not depend on the order of the labelers.
	#[test]
	fn decisions_are_invariant_under_permutation(
		(schema, votes, shuffled) in (0usize..5).prop_flat_map(|s| votes_of(s).prop_flat_map(move |v| (Just(s), Just(v.clone()), Just(v).prop_shuffle())))
	) {
		let schema = SCHEMAS[schema];
		prop_assert_eq!(decide(&schema, &votes), decide(&schema, &shuffled));
	}

	/// Identical answers decide that answer, whatever their weights (the median of identical
	/// answers, the Borda count of one ranking, …).
	#[test]
	fn identical_answers_decide_themselves(
		(schema, answer, weights) in (0usize..5).prop_flat_map(|s| (Just(s), answer(s), prop::collection::vec(0u64..1_000, 1..=15)))
	) {
		let schema = SCHEMAS[schema];
		let votes: Vec<(Label, u64)> = weights.into_iter().map(|w| (answer, w)).collect();
		prop_assert_eq!(decide(&schema, &votes), Some(answer));
	}

	/// A decision is a valid answer, and its distance to itself is zero.
	#[test]
	fn decisions_are_valid_answers((schema, votes) in (0usize..5).prop_flat_map(|s| (Just(s), votes_of(s)))) {
		let schema = SCHEMAS[schema];
		let decision = decide(&schema, &votes);
		prop_assert!(decision.is_some());
		let decision = decision.unwrap();
		prop_assert_eq!(check(&schema, &decision), Ok(()));
		prop_assert_eq!(distance(&schema, &decision, &decision), Perbill::zero());
	}

	/// The weighted median minimizes the weighted distance to the answers (the reason it is the
	/// rule for ordered answers): no level is closer to them in total.
	#[test]
	fn the_median_minimizes_total_distance(votes in votes_of(0)) {
		let decision = decide(&ORDINAL, &votes);
		let Some(Label::Level(median)) = decision else { return Err(TestCaseError::fail("no median")) };
		let cost = |level: u16| votes.iter().map(|(l, w)| match l {
			Label::Level(v) => u128::from(v.abs_diff(level)) * u128::from(*w),
			_ => 0,
		}).sum::<u128>();
		let all_zero = votes.iter().all(|(_, w)| *w == 0);
		if !all_zero {
			for level in 0..5 {
				prop_assert!(cost(median) <= cost(level));
			}
		}
	}

	/// Distances are symmetric and within the scale; a ranking's distance to its reverse is all.
	#[test]
	fn distances_are_symmetric((schema, a, b) in (0usize..5).prop_flat_map(|s| (Just(s), answer(s), answer(s)))) {
		let schema = SCHEMAS[schema];
		prop_assert_eq!(distance(&schema, &a, &b), distance(&schema, &b, &a));
	}

	#[test]
	fn a_reversed_ranking_is_farthest(order in Just(vec![0u8, 1, 2, 3, 4, 5, 6, 7]).prop_shuffle()) {
		let reversed: Vec<u8> = order.iter().rev().copied().collect();
		let schema = LabelSchema::Ranking { candidates: 8 };
		prop_assert_eq!(distance(&schema, &ranking(&order), &ranking(&reversed)), Perbill::one());
	}
}

#[test]
fn label_encodings_shared_with_the_client() {
	use codec::Encode;
	// The same bytes are asserted by `scripts/e2e/00-client-lib.test.mjs` (`encodeLabel`).
	let hex = |l: Label| l.encode().iter().map(|b| format!("{b:02x}")).collect::<String>();
	assert_eq!(hex(Label::Class(3)), "000300");
	assert_eq!(hex(Label::Level(3)), "020300");
	assert_eq!(hex(Label::Number(-2)), "03feffffffffffffff");
	assert_eq!(hex(Label::Classes(5)), "040500000000000000");
	assert_eq!(hex(Label::Prefer { side: Side::B, clear: true }), "050201");
	assert_eq!(hex(Label::Prefer { side: Side::Tie, clear: false }), "050100");
	assert_eq!(hex(Label::Ranking([2, 0, 1, 255, 255, 255, 255, 255])), "06020001ffffffffff");
}

#[test]
fn the_alpha_metric_of_each_schema() {
	let ordinal = LabelSchema::Ordinal { levels: 5 };
	// Interval: one level of four apart is (1/4)², two (1/2)²; a metric is symmetric.
	assert_eq!(alpha_metric(&ordinal, &Label::Level(1), &Label::Level(2)), 62_500_000);
	assert_eq!(alpha_metric(&ordinal, &Label::Level(3), &Label::Level(1)), 250_000_000);
	assert_eq!(alpha_metric(&ordinal, &Label::Level(1), &Label::Level(3)), 250_000_000);
	assert_eq!(alpha_metric(&ordinal, &Label::Level(2), &Label::Level(2)), 0);
	// Numbers: the raw difference over the range (the tolerance does not count).
	let numeric = LabelSchema::Numeric { min: 0, max: 100, step: 1, tolerance: 5 };
	assert_eq!(alpha_metric(&numeric, &Label::Number(10), &Label::Number(20)), 10_000_000);
	let wide = LabelSchema::Numeric { min: i64::MIN, max: i64::MAX, step: 1, tolerance: 0 };
	assert_eq!(alpha_metric(&wide, &Label::Number(i64::MIN), &Label::Number(i64::MAX)), 1_000_000_000);
	// Sets: the Jaccard distance ({0,1} and {1,2}: one common of three).
	let multi = LabelSchema::MultiLabel { classes: 4 };
	assert_eq!(
		alpha_metric(&multi, &Label::Classes(0b011), &Label::Classes(0b110)),
		u64::from(Perbill::from_rational(2u32, 3).deconstruct())
	);
	// Preferences: the side alone.
	let strong = Label::Prefer { side: Side::A, clear: true };
	let slight = Label::Prefer { side: Side::A, clear: false };
	let other = Label::Prefer { side: Side::B, clear: false };
	assert_eq!(alpha_metric(&LabelSchema::Preference, &strong, &slight), 0);
	assert_eq!(alpha_metric(&LabelSchema::Preference, &strong, &other), 1_000_000_000);
	// Rankings: the Kendall tau distance (one pair of three swapped).
	let rank = LabelSchema::Ranking { candidates: 3 };
	assert_eq!(
		alpha_metric(&rank, &ranking(&[0, 1, 2]), &ranking(&[1, 0, 2])),
		u64::from(Perbill::from_rational(1u32, 3).deconstruct())
	);
}
