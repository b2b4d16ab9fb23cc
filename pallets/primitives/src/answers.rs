//! The rules of each kind of answer (`LabelSchema`): which answers are valid, how the weighted
//! answers of an item are combined into its decision, and how far an answer is from a decision
//! (what rewards, slashes and reputation are scaled by).
//!
//! Every function here is total and bounded: at most `MAX_CANDIDATES` candidates and 64 classes,
//! and the votes of one item (the task's redundancy).

use crate::{Label, LabelSchema, Side};
use polkadot_sdk::sp_runtime::Saturating;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_runtime::Perbill;
use scale_info::TypeInfo;

/// The most candidates a ranking may order.
pub const MAX_CANDIDATES: usize = 8;
/// A ranking's entries past its candidates.
pub const NO_CANDIDATE: u8 = u8::MAX;

/// Why an answer is not valid under a task's schema.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub enum AnswerError {
	/// The answer is of another kind than the schema asks for.
	WrongKind,
	/// A class, level or candidate outside the schema's range.
	OutOfRange,
	/// A number between the schema's grid points.
	OffGrid,
	/// A multi-label answer with no class.
	EmptySet,
	/// A ranking that names a candidate twice, or leaves one out.
	NotAPermutation,
	/// A tie marked as clear.
	ClearTie,
}

/// Checks `label` against `schema`.
pub fn check(schema: &LabelSchema, label: &Label) -> Result<(), AnswerError> {
	use AnswerError::*;
	match (*schema, *label) {
		(LabelSchema::Categorical { classes }, Label::Class(c)) => (c < classes).then_some(()).ok_or(OutOfRange),
		(LabelSchema::FreeForm | LabelSchema::FreeText, Label::Digest(_)) => Ok(()),
		(LabelSchema::Ordinal { levels }, Label::Level(l)) => (l < levels).then_some(()).ok_or(OutOfRange),
		(LabelSchema::Numeric { min, max, step, .. }, Label::Number(x)) => {
			if x < min || x > max {
				return Err(OutOfRange);
			}
			let offset = (x as i128).saturating_sub(min as i128);
			(offset % i128::from(step.max(1)) == 0).then_some(()).ok_or(OffGrid)
		},
		(LabelSchema::MultiLabel { classes }, Label::Classes(set)) => {
			if set == 0 {
				return Err(EmptySet);
			}
			(set & !class_mask(classes) == 0).then_some(()).ok_or(OutOfRange)
		},
		(LabelSchema::Preference, Label::Prefer { side, clear }) =>
			(side != Side::Tie || !clear).then_some(()).ok_or(ClearTie),
		(LabelSchema::Ranking { candidates }, Label::Ranking(order)) => check_ranking(candidates, &order),
		_ => Err(WrongKind),
	}
}

/// Bits `0..classes` set.
fn class_mask(classes: u8) -> u64 {
	if classes >= 64 {
		u64::MAX
	} else {
		(1u64 << classes).saturating_sub(1)
	}
}

fn check_ranking(candidates: u8, order: &[u8; MAX_CANDIDATES]) -> Result<(), AnswerError> {
	let k = usize::from(candidates).min(MAX_CANDIDATES);
	let mut seen = 0u16;
	for (position, &candidate) in order.iter().enumerate() {
		if position >= k {
			if candidate != NO_CANDIDATE {
				return Err(AnswerError::OutOfRange);
			}
			continue;
		}
		if usize::from(candidate) >= k {
			return Err(AnswerError::OutOfRange);
		}
		let bit = 1u16 << candidate;
		if seen & bit != 0 {
			return Err(AnswerError::NotAPermutation);
		}
		seen |= bit;
	}
	Ok(())
}

/// The decision of an item from its revealed answers and their vote weights: the schema's rule
/// (see `LabelSchema`). Invalid answers are left out; `None` if no valid answer is left. If
/// every weight is zero each answer counts once. Deterministic: the same answers in any order
/// give the same decision.
pub fn decide(schema: &LabelSchema, votes: &[(Label, u64)]) -> Option<Label> {
	let valid: Vec<(Label, u64)> = votes.iter().copied().filter(|(l, _)| check(schema, l).is_ok()).collect();
	if valid.is_empty() {
		return None;
	}
	let all_zero = valid.iter().all(|(_, w)| *w == 0);
	let valid: Vec<(Label, u128)> =
		valid.into_iter().map(|(l, w)| (l, if all_zero { 1 } else { u128::from(w) })).collect();
	match *schema {
		LabelSchema::Categorical { .. } | LabelSchema::FreeForm | LabelSchema::FreeText => plurality(&valid),
		LabelSchema::Ordinal { .. } => {
			let values: Vec<(i128, u128)> =
				valid.iter().filter_map(|(l, w)| if let Label::Level(v) = l { Some((i128::from(*v), *w)) } else { None }).collect();
			weighted_median(values).and_then(|v| u16::try_from(v).ok()).map(Label::Level)
		},
		LabelSchema::Numeric { .. } => {
			let values: Vec<(i128, u128)> =
				valid.iter().filter_map(|(l, w)| if let Label::Number(v) = l { Some((i128::from(*v), *w)) } else { None }).collect();
			weighted_median(values).and_then(|v| i64::try_from(v).ok()).map(Label::Number)
		},
		LabelSchema::MultiLabel { classes } => Some(Label::Classes(multi_label(classes, &valid))),
		LabelSchema::Preference => preference(&valid),
		LabelSchema::Ranking { candidates } => Some(Label::Ranking(borda(candidates, &valid))),
	}
}

/// The answer with the most weight; ties to the smaller answer.
fn plurality(votes: &[(Label, u128)]) -> Option<Label> {
	let mut sums: Vec<(Label, u128)> = Vec::new();
	for (label, weight) in votes {
		match sums.iter_mut().find(|(l, _)| l == label) {
			Some(entry) => entry.1 = entry.1.saturating_add(*weight),
			None => sums.push((*label, *weight)),
		}
	}
	sums.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))).map(|(l, _)| l)
}

/// The lower weighted median: the smallest value with at least half the weight at or below it.
pub fn weighted_median(mut values: Vec<(i128, u128)>) -> Option<i128> {
	values.sort();
	let total: u128 = values.iter().fold(0u128, |sum, (_, w)| sum.saturating_add(*w));
	let mut below = 0u128;
	for (value, weight) in values {
		below = below.saturating_add(weight);
		if below.saturating_mul(2) >= total {
			return Some(value);
		}
	}
	None
}

/// Each class in which more than half the weight chose it; if no class has that, the class with
/// the most weight (ties to the smaller class), so that the decision is never empty.
fn multi_label(classes: u8, votes: &[(Label, u128)]) -> u64 {
	let total: u128 = votes.iter().fold(0u128, |sum, (_, w)| sum.saturating_add(*w));
	let mut decided = 0u64;
	let mut best: Option<(u8, u128)> = None;
	for class in 0..classes.min(64) {
		let bit = 1u64 << class;
		let weight = votes.iter().fold(0u128, |sum, (label, w)| match label {
			Label::Classes(set) if set & bit != 0 => sum.saturating_add(*w),
			_ => sum,
		});
		if weight.saturating_mul(2) > total {
			decided |= bit;
		}
		if best.is_none_or(|(_, most)| weight > most) {
			best = Some((class, weight));
		}
	}
	match (decided, best) {
		(0, Some((class, _))) => 1u64 << class,
		_ => decided,
	}
}

/// The side with the most weight (ties go to `Tie`, then to `A`), and for a side, clear when
/// more than half of that side's weight said clear.
fn preference(votes: &[(Label, u128)]) -> Option<Label> {
	let weight_of = |side: Side, only_clear: bool| {
		votes.iter().fold(0u128, |sum, (label, w)| match label {
			Label::Prefer { side: s, clear } if *s == side && (!only_clear || *clear) => sum.saturating_add(*w),
			_ => sum,
		})
	};
	let (a, tie, b) = (weight_of(Side::A, false), weight_of(Side::Tie, false), weight_of(Side::B, false));
	let side = if tie >= a && tie >= b {
		Side::Tie
	} else if a >= b {
		Side::A
	} else {
		Side::B
	};
	let side_weight = match side {
		Side::A => a,
		Side::B => b,
		Side::Tie => return Some(Label::Prefer { side, clear: false }),
	};
	let clear = weight_of(side, true).saturating_mul(2) > side_weight;
	Some(Label::Prefer { side, clear })
}

/// The weighted Borda count: a candidate in position `p` of a ranking of `k` scores `k - 1 - p`
/// times the ranking's weight; candidates by score, ties to the smaller candidate.
fn borda(candidates: u8, votes: &[(Label, u128)]) -> [u8; MAX_CANDIDATES] {
	let k = usize::from(candidates).min(MAX_CANDIDATES);
	let mut scores = [0u128; MAX_CANDIDATES];
	for (label, weight) in votes {
		let Label::Ranking(order) = label else { continue };
		for (position, &candidate) in order.iter().take(k).enumerate() {
			let points = (k.saturating_sub(1).saturating_sub(position)) as u128;
			if let Some(score) = scores.get_mut(usize::from(candidate)) {
				*score = score.saturating_add(points.saturating_mul(*weight));
			}
		}
	}
	let mut order: Vec<u8> = (0..k as u8).collect();
	order.sort_by(|x, y| {
		let score = |c: &u8| scores.get(usize::from(*c)).copied().unwrap_or(0);
		score(y).cmp(&score(x)).then(x.cmp(y))
	});
	let mut ranking = [NO_CANDIDATE; MAX_CANDIDATES];
	for (slot, candidate) in ranking.iter_mut().zip(order) {
		*slot = candidate;
	}
	ranking
}

/// How far `given` is from `decision`: nothing for the same answer, all for the farthest (or
/// for answers of another kind). Ordinal: the levels between them over the scale; numeric: the
/// distance beyond the tolerance over the range; multi-label: one minus the Jaccard similarity;
/// preference: half for a tie against a side, all for the other side, a quarter for the same
/// side at another strength; ranking: the Kendall tau distance (pairs in the other order over
/// all pairs); every other schema: all or nothing.
pub fn distance(schema: &LabelSchema, given: &Label, decision: &Label) -> Perbill {
	if given == decision {
		return Perbill::zero();
	}
	match (*schema, *given, *decision) {
		(LabelSchema::Ordinal { levels }, Label::Level(a), Label::Level(b)) =>
			Perbill::from_rational(u32::from(a.abs_diff(b)), u32::from(levels.saturating_sub(1).max(1))),
		(LabelSchema::Numeric { min, max, tolerance, .. }, Label::Number(a), Label::Number(b)) => {
			let excess = a.abs_diff(b).saturating_sub(u64::from(tolerance));
			Perbill::from_rational(excess, max.abs_diff(min).max(1))
		},
		(LabelSchema::MultiLabel { .. }, Label::Classes(a), Label::Classes(b)) => {
			let union = (a | b).count_ones();
			let common = (a & b).count_ones();
			Perbill::from_rational(union.saturating_sub(common), union.max(1))
		},
		(LabelSchema::Preference, Label::Prefer { side: a, .. }, Label::Prefer { side: b, .. }) => match (a, b) {
			_ if a == b => Perbill::from_percent(25),
			(Side::Tie, _) | (_, Side::Tie) => Perbill::from_percent(50),
			_ => Perbill::one(),
		},
		(LabelSchema::Ranking { candidates }, Label::Ranking(a), Label::Ranking(b)) => kendall_distance(candidates, &a, &b),
		_ => Perbill::one(),
	}
}

/// How close `given` is to `decision`: one minus their [`distance`].
pub fn closeness(schema: &LabelSchema, given: &Label, decision: &Label) -> Perbill {
	Perbill::one().saturating_sub(distance(schema, given, decision))
}

/// The weighted mean closeness of the answers to `decision` (each answer counted once if every
/// weight is zero): how much the item's labelers agree with its decision, from nothing (every
/// answer as far as can be) to all (every answer the decision).
pub fn agreement(schema: &LabelSchema, votes: &[(Label, u64)], decision: &Label) -> Perbill {
	let all_zero = votes.iter().all(|(_, w)| *w == 0);
	let (mut close, mut total) = (0u128, 0u128);
	for (label, weight) in votes {
		let weight = if all_zero { 1 } else { u128::from(*weight) };
		let c = u128::from(closeness(schema, label, decision).deconstruct());
		close = close.saturating_add(c.saturating_mul(weight));
		total = total.saturating_add(weight);
	}
	if total == 0 {
		return Perbill::zero();
	}
	// `close / total` is at most 10^9 (a Perbill's parts).
	Perbill::from_parts(u32::try_from(close / total).unwrap_or(1_000_000_000))
}

/// Whether a review juror's graded verdict is close enough to the panel's decision to count as
/// coherent with it (paid, not slashed): within a quarter of the scale.
pub fn coherent(schema: &LabelSchema, given: &Label, decision: &Label) -> bool {
	if schema.is_graded() {
		distance(schema, given, decision) <= Perbill::from_percent(25)
	} else {
		given == decision
	}
}

/// The share of candidate pairs the two rankings order differently.
pub fn kendall_distance(candidates: u8, a: &[u8; MAX_CANDIDATES], b: &[u8; MAX_CANDIDATES]) -> Perbill {
	let k = usize::from(candidates).min(MAX_CANDIDATES);
	let position = |order: &[u8; MAX_CANDIDATES]| {
		let mut at = [0usize; MAX_CANDIDATES];
		for (p, &c) in order.iter().take(k).enumerate() {
			if let Some(slot) = at.get_mut(usize::from(c)) {
				*slot = p;
			}
		}
		at
	};
	let (pa, pb) = (position(a), position(b));
	let mut discordant = 0u32;
	let mut pairs = 0u32;
	for x in 0..k {
		for y in x.saturating_add(1)..k {
			pairs = pairs.saturating_add(1);
			let before_a = pa.get(x) < pa.get(y);
			let before_b = pb.get(x) < pb.get(y);
			if before_a != before_b {
				discordant = discordant.saturating_add(1);
			}
		}
	}
	Perbill::from_rational(discordant, pairs.max(1))
}

/// Ordinal tasks of at most this many levels keep their levels' coincidence matrix, from
/// which Krippendorff's ordinal alpha follows (`ordinal_pairs`); larger scales use the interval
/// metric of [`alpha_metric`].
pub const ORDINAL_COINCIDENCE_LEVELS: u16 = 16;

/// One billion: [`alpha_metric`]'s unit.
const PARTS: u128 = 1_000_000_000;

/// Krippendorff's δ² between two answers, in parts per billion: the metric of a graded task's
/// agreement coefficient. Ratings and numbers: interval (the squared difference over the scale;
/// a number's tolerance does not count); label sets: the Jaccard distance; preferences: the
/// side alone (sign agreement); rankings: the Kendall tau distance; any other two different
/// answers: 1 (nominal).
pub fn alpha_metric(schema: &LabelSchema, a: &Label, b: &Label) -> u64 {
	if a == b {
		return 0;
	}
	let squared = |diff: u128, range: u128| -> u64 {
		let range = range.max(1);
		// (diff / range)² in parts per billion, without overflow: diff ≤ range < 2^64.
		let ratio = diff.saturating_mul(PARTS) / range;
		u64::try_from(ratio.saturating_mul(ratio) / PARTS).unwrap_or(u64::MAX)
	};
	let parts = |p: Perbill| u64::from(p.deconstruct());
	match (*schema, *a, *b) {
		(LabelSchema::Ordinal { levels }, Label::Level(x), Label::Level(y)) =>
			squared(u128::from(x.abs_diff(y)), u128::from(levels.saturating_sub(1))),
		(LabelSchema::Numeric { min, max, .. }, Label::Number(x), Label::Number(y)) =>
			squared(u128::from(x.abs_diff(y)), u128::from(max.abs_diff(min))),
		(LabelSchema::MultiLabel { .. }, Label::Classes(_), Label::Classes(_)) |
		(LabelSchema::Ranking { .. }, Label::Ranking(_), Label::Ranking(_)) => parts(distance(schema, a, b)),
		(LabelSchema::Preference, Label::Prefer { side: x, .. }, Label::Prefer { side: y, .. }) =>
			if x == y { 0 } else { PARTS as u64 },
		_ => PARTS as u64,
	}
}

/// What one item adds to its task's graded agreement sums.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ItemAgreement {
	/// A small ordinal scale: `(cell, amount)` to add to the levels' coincidence matrix
	/// (row-major, levels × levels).
	Coincidences(Vec<(usize, u64)>),
	/// Any other graded schema: the amount to add to the disagreement sum.
	Disagreement(u128),
}

/// An item's pairs of answers, grouped as `groups` (answer, how many gave it), for its task's
/// graded agreement coefficient: each ordered pair counted `1 / (m − 1)` times
/// `AGREEMENT_SCALE` (`m` the item's answers), by level on a small ordinal scale, else weighted
/// by [`alpha_metric`]. `None` for an item of fewer than two or more than sixteen answers (as
/// the nominal sums, whose scale divides only those) and for schemas that are not graded.
pub fn item_agreement(schema: &LabelSchema, groups: &[(Label, u32)]) -> Option<ItemAgreement> {
	let m = groups.iter().fold(0u32, |a, (_, n)| a.saturating_add(*n));
	if !schema.is_graded() || !(2..=16).contains(&m) {
		return None;
	}
	// Exact: the scale is divisible by every m − 1 up to 15.
	let per_pair = crate::AGREEMENT_SCALE / u128::from(m.saturating_sub(1));
	let pairs = |a: &Label, na: u32, b: &Label, nb: u32| -> u128 {
		let others = if a == b { na.saturating_sub(1) } else { nb };
		u128::from(na).saturating_mul(u128::from(others)).saturating_mul(per_pair)
	};
	match *schema {
		LabelSchema::Ordinal { levels } if levels <= ORDINAL_COINCIDENCE_LEVELS => {
			let size = usize::from(levels);
			let mut cells = Vec::new();
			for (a, na) in groups {
				for (b, nb) in groups {
					let (Label::Level(x), Label::Level(y)) = (a, b) else { continue };
					let cell = usize::from(*x).saturating_mul(size).saturating_add(usize::from(*y));
					cells.push((cell, u64::try_from(pairs(a, *na, b, *nb)).unwrap_or(u64::MAX)));
				}
			}
			Some(ItemAgreement::Coincidences(cells))
		},
		_ => {
			let mut sum = 0u128;
			for (a, na) in groups {
				for (b, nb) in groups {
					sum = sum.saturating_add(pairs(a, *na, b, *nb).saturating_mul(u128::from(alpha_metric(schema, a, b))));
				}
			}
			Some(ItemAgreement::Disagreement(sum))
		},
	}
}

/// How pay falls with an answer's distance from the decision (governed): full pay up to
/// `full_within`, nothing from `none_beyond`, linear between.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug)]
pub struct PayCurve {
	pub full_within: Perbill,
	pub none_beyond: Perbill,
}

impl Default for PayCurve {
	/// Full pay for an answer within 5 % of the scale of the decision (an exact rating, a
	/// ranking one swap of eight candidates off), nothing from half the scale (two levels of five,
	/// a tie against a side, half the classes of a set wrong).
	fn default() -> Self {
		PayCurve { full_within: Perbill::from_percent(5), none_beyond: Perbill::from_percent(50) }
	}
}

impl PayCurve {
	/// Whether the curve is a curve: full pay ends where it starts to fall, before nothing.
	pub fn is_valid(&self) -> bool {
		self.full_within < self.none_beyond
	}

	/// The share of a full reward an answer at `distance` earns.
	pub fn share(&self, distance: Perbill) -> Perbill {
		if distance <= self.full_within {
			return Perbill::one();
		}
		if distance >= self.none_beyond {
			return Perbill::zero();
		}
		let span = self.none_beyond.deconstruct().saturating_sub(self.full_within.deconstruct());
		let left = self.none_beyond.deconstruct().saturating_sub(distance.deconstruct());
		Perbill::from_rational(left, span.max(1))
	}
}

#[cfg(test)]
mod tests;
