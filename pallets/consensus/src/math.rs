//! Vote weights in fixed point: the log-odds of a labeler's estimated accuracy,
//! `ln((K-1)·p / (1-p))`, in millionths of a nat. Integer arithmetic only, so that every
//! validator computes the same weight.

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
	fn stake_weight_is_capped() {
		assert_eq!(stake_weight(0, 100, 50_000), 0);
		assert_eq!(stake_weight(50, 100, 50_000), 25_000);
		assert_eq!(stake_weight(10_000, 100, 50_000), 50_000);
	}
}
