//! Vote weights and confidence in fixed point: the log-odds of a labeler's estimated accuracy,
//! `ln((K-1)·p / (1-p))`, in millionths of a nat, and the posterior probability of the winning
//! label that those weights imply. Integer arithmetic only, so that every validator computes
//! the same numbers.

use polkadot_sdk::sp_runtime::{Perbill, Permill};

/// One, in the units weights are kept in (millionths of a nat).
pub const NAT: i64 = 1_000_000;
/// `ln 2` in units of 10^-12.
const LN_2: i128 = 693_147_180_560;
/// Intermediate precision of the series (10^-12).
const SCALE: i128 = 1_000_000_000_000;

/// `ln(x / 10^6)` in millionths, for `x > 0`; `None` for zero.
pub fn ln_ppm(x: u64) -> Option<i64> {
	if x == 0 {
		return None;
	}
	// x = m · 2^k with m in [10^6, 2·10^6); z = (m - 10^6) / (m + 10^6) in [0, 1/3], computed
	// from x itself so that no bit of x is lost, and ln(m / 10^6) = 2·atanh(z).
	let mut k: i128 = 0;
	let mut m: u128 = u128::from(x);
	while m >= 2_000_000 {
		m >>= 1;
		k = k.saturating_add(1);
	}
	while m < 1_000_000 {
		m <<= 1;
		k = k.saturating_sub(1);
	}
	// Every intermediate below stays far inside i128 (x < 2^64, z < 10^12): the saturating
	// operations only make that explicit.
	let (num, den) = if k >= 0 {
		let unit = 1_000_000i128 << k;
		(i128::from(x).saturating_sub(unit), i128::from(x).saturating_add(unit))
	} else {
		let scaled = i128::from(x) << k.unsigned_abs();
		(scaled.saturating_sub(1_000_000), scaled.saturating_add(1_000_000))
	};
	let z = num.saturating_mul(SCALE) / den;
	let z2 = z.saturating_mul(z) / SCALE;
	let mut term = z;
	let mut sum = 0i128;
	for n in (1..=21i128).step_by(2) {
		sum = sum.saturating_add(term / n);
		term = term.saturating_mul(z2) / SCALE;
	}
	let total = k.saturating_mul(LN_2).saturating_add(sum.saturating_mul(2));
	// Round to the nearest millionth.
	let half = if total >= 0 { 500_000 } else { -500_000 };
	Some((total.saturating_add(half) / 1_000_000) as i64)
}

/// The weight of a vote by a labeler of estimated accuracy `p` among `classes` answers:
/// `ln((K-1)·p / (1-p))`, with `p` kept within `[1/K, max_accuracy]` so that a weight is never
/// negative and never above the cap.
pub fn log_odds_weight(p: Permill, classes: u16, max_accuracy: Permill) -> i64 {
	let k = classes.max(2) as u64;
	let floor = 1_000_000u64.div_ceil(k);
	let p = (p.deconstruct() as u64).clamp(floor, (max_accuracy.deconstruct() as u64).max(floor));
	let (Some(num), Some(den)) =
		(ln_ppm(k.saturating_sub(1).saturating_mul(p)), ln_ppm(1_000_000u64.saturating_sub(p.min(999_999))))
	else {
		return 0;
	};
	num.saturating_sub(den).max(0)
}

/// `exp(-x / 10^6)` in billionths, for `x >= 0` in millionths of a nat (zero from about 21
/// nats on, where it is below one billionth).
pub fn exp_neg_ppb(x: i64) -> u64 {
	if x <= 0 {
		return 1_000_000_000;
	}
	// x = k·ln 2 + r with r in [0, ln 2): exp(-x) = 2^-k · exp(-r).
	let x = i128::from(x).saturating_mul(1_000_000);
	let k = x / LN_2;
	if k >= 32 {
		return 0;
	}
	let r = x.saturating_sub(k.saturating_mul(LN_2));
	// exp(-r) by its series (r < 0.7: 16 terms are exact to 10^-12).
	let mut term: i128 = SCALE;
	let mut sum: i128 = SCALE;
	for n in 1..=16i128 {
		term = term.saturating_mul(r) / SCALE / n;
		sum = if n % 2 == 1 { sum.saturating_sub(term) } else { sum.saturating_add(term) };
	}
	let value = (sum >> k) / 1_000;
	value.clamp(0, 1_000_000_000) as u64
}

/// The posterior probability that the label with the most weight is right, from the summed
/// log-odds weights of each label that was given (`sums`, millionths of a nat) among `classes`
/// possible labels, under a uniform prior over labels: `1 / Σ_l exp(S_l − S_max)`, labels
/// nobody gave counting `exp(−S_max)` each. For free-form answers (`classes = None`) only
/// the given answers count.
pub fn posterior_confidence(sums: &[i64], classes: Option<u16>) -> Perbill {
	let Some(best) = sums.iter().copied().max() else { return Perbill::zero() };
	let given = sums.len() as u64;
	let unseen = classes.map_or(0, |k| u64::from(k).saturating_sub(given));
	let mut denominator: u64 = 0;
	for s in sums {
		denominator = denominator.saturating_add(exp_neg_ppb(best.saturating_sub(*s)));
	}
	denominator = denominator.saturating_add(unseen.saturating_mul(exp_neg_ppb(best)));
	Perbill::from_rational(1_000_000_000u64, denominator.max(1_000_000_000))
}

/// The capped extra weight stake gives: `cap · min(1, stake / full)`.
pub fn stake_weight(stake: u128, full: u128, cap: i64) -> i64 {
	if full == 0 {
		return cap.max(0);
	}
	let share = Perbill::from_rational(stake.min(full), full);
	share.mul_floor(cap.max(0) as u64) as i64
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn ln_matches_floating_point_to_a_millionth() {
		for x in [1u64, 7, 999, 500_000, 999_999, 1_000_000, 1_000_001, 1_500_000, 2_718_282, 4_000_000, 99_000_000, u32::MAX as u64] {
			let exact = ((x as f64) / 1e6).ln() * 1e6;
			let ours = ln_ppm(x).map_or(f64::NAN, |v| v as f64);
			assert!((ours - exact).abs() <= 1.0, "ln({x}e-6): {ours} vs {exact}");
		}
		assert_eq!(ln_ppm(0), None);
		assert_eq!(ln_ppm(1_000_000), Some(0));
	}

	#[test]
	fn weights_are_log_odds_clamped_to_the_range() {
		let w = |p: u32, k: u16| log_odds_weight(Permill::from_percent(p), k, Permill::from_percent(99));
		// ln(0.8 / 0.2) = ln 4
		assert!((w(80, 2) - 1_386_294).abs() <= 2);
		// ln(2 · 0.8 / 0.2) = ln 8 with three classes
		assert!((w(80, 3) - 2_079_442).abs() <= 2);
		// At or below chance: zero, never negative.
		assert_eq!(w(50, 2), 0);
		assert_eq!(w(10, 2), 0);
		// Above the cap: the cap's weight, ln 99.
		assert_eq!(w(100, 2), w(99, 2));
		assert!((w(99, 2) - 4_595_120).abs() <= 2);
		assert!(w(90, 2) > w(80, 2));
	}

	#[test]
	fn exp_matches_floating_point_to_a_billionth() {
		for x in [0i64, 1, 1_000, 500_000, 693_147, 1_000_000, 2_302_585, 4_595_120, 10_000_000, 20_000_000] {
			let exact = (-(x as f64) / 1e6).exp() * 1e9;
			let ours = exp_neg_ppb(x) as f64;
			assert!((ours - exact).abs() <= 2.0, "exp(-{x}e-6): {ours} vs {exact}");
		}
		assert_eq!(exp_neg_ppb(-5), 1_000_000_000);
		assert_eq!(exp_neg_ppb(i64::MAX), 0);
	}

	#[test]
	fn posterior_confidence_is_the_one_coin_posterior() {
		let ln4 = 1_386_294i64;
		// Three labelers of accuracy 0.8 agree on a binary item: 64 / 65 (to the precision of
		// ln 4 in millionths).
		let p = posterior_confidence(&[3 * ln4], Some(2));
		assert!((p.deconstruct() as i64 - 984_615_385).abs() <= 100, "{p:?}");
		// Two against one: 0.8.
		let p = posterior_confidence(&[2 * ln4, ln4], Some(2));
		assert!((p.deconstruct() as i64 - 800_000_000).abs() <= 100, "{p:?}");
		// A tie: one half.
		assert_eq!(posterior_confidence(&[ln4, ln4], Some(2)), Perbill::from_percent(50));
		// Labels nobody gave still count: one vote of weight ln 8 among 3 classes: 8 / 10.
		let p = posterior_confidence(&[2_079_442], Some(3));
		assert!((p.deconstruct() as i64 - 800_000_000).abs() <= 100, "{p:?}");
		// Free-form answers: only the given ones count; one answer alone is certain.
		assert_eq!(posterior_confidence(&[ln4], None), Perbill::one());
		// No weight at all: every class equally likely.
		assert_eq!(posterior_confidence(&[0], Some(4)), Perbill::from_percent(25));
		assert_eq!(posterior_confidence(&[], Some(4)), Perbill::zero());
	}

	#[test]
	fn stake_weight_is_capped() {
		assert_eq!(stake_weight(0, 100, 50_000), 0);
		assert_eq!(stake_weight(50, 100, 50_000), 25_000);
		assert_eq!(stake_weight(10_000, 100, 50_000), 50_000);
	}
}
