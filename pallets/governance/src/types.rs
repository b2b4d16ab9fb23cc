//! What the runtime tells this pallet: whether the governed parameters in force are sound, and
//! if not, which rule they break (one of the pallet's `Error`s, so that a wallet shows the voter
//! what was wrong with the proposal).

/// The runtime's rules for its governed parameters. `Refusal` is the pallet's `Error`.
pub trait CheckParameters<Refusal> {
	/// Checks the parameters as they are now in storage, each against its bounds and against
	/// the others it interacts with.
	fn check() -> Result<(), Refusal>;
}

/// No rules: for tests of other pallets.
impl<Refusal> CheckParameters<Refusal> for () {
	fn check() -> Result<(), Refusal> {
		Ok(())
	}
}
