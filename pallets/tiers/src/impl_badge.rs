//! The soulbound badge: one item per labeler in a `pallet-nfts` collection whose items cannot
//! be transferred, with the tier in its `tier` and `tier_name` attributes.

use crate::pallet::*;
use alloc::vec::Vec;
use frame_support::traits::{
	tokens::nonfungibles_v2::{Create, Inspect, Mutate},
	Get,
};
use labelchain_primitives::{Tier, TIER_NAMES};
use polkadot_sdk::{
	frame_support, pallet_nfts,
	sp_runtime::{traits::AccountIdConversion, DispatchError, DispatchResult},
};
use pallet_nfts::{CollectionConfig, CollectionSetting, CollectionSettings, ItemConfig, MintSettings};

/// The attribute keys explorers show.
pub const TIER_KEY: &[u8] = b"tier";
pub const TIER_NAME_KEY: &[u8] = b"tier_name";

impl<T: Config> Pallet<T> {
	/// The account that owns the badge collection.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The badge collection, created on first use: only this pallet mints, and items are not
	/// transferable.
	fn collection() -> Result<T::CollectionId, DispatchError> {
		if let Some(collection) = BadgeCollection::<T>::get() {
			return Ok(collection);
		}
		let owner = Self::account_id();
		let config = CollectionConfig {
			settings: CollectionSettings::from_disabled(CollectionSetting::TransferableItems.into()),
			max_supply: None,
			mint_settings: MintSettings::default(),
		};
		let collection = T::Badges::create_collection(&owner, &owner, &config)
			.map_err(|_| Error::<T>::BadgeFailed)?;
		BadgeCollection::<T>::put(collection);
		Ok(collection)
	}

	pub(crate) fn mint_badge(who: &T::AccountId) -> Result<u32, DispatchError> {
		let collection = Self::collection()?;
		let item = NextBadge::<T>::get();
		T::Badges::mint_into(&collection, &item, who, &ItemConfig::default(), true)
			.map_err(|_| Error::<T>::BadgeFailed)?;
		NextBadge::<T>::put(item.saturating_add(1));
		Self::write_badge_tier(item, 0)?;
		Self::deposit_event(Event::BadgeMinted { who: who.clone(), collection, item });
		Ok(item)
	}

	pub(crate) fn write_badge_tier(item: u32, tier: Tier) -> DispatchResult {
		let collection = Self::collection()?;
		let name = TIER_NAMES.get(tier as usize).copied().unwrap_or("Unknown");
		let digits: Vec<u8> = alloc::format!("{tier}").into_bytes();
		T::Badges::set_attribute(&collection, &item, TIER_KEY, &digits)
			.and_then(|_| T::Badges::set_attribute(&collection, &item, TIER_NAME_KEY, name.as_bytes()))
			.map_err(|_| Error::<T>::BadgeFailed.into())
	}

	pub(crate) fn burn_badge(who: &T::AccountId, item: u32) -> DispatchResult {
		let collection = Self::collection()?;
		T::Badges::burn(&collection, &item, Some(who)).map_err(|_| Error::<T>::BadgeFailed)?;
		Self::deposit_event(Event::BadgeBurned { who: who.clone(), collection, item });
		Ok(())
	}

	/// The tier a badge shows, as read back from `pallet-nfts`.
	pub fn badge_tier_attribute(item: u32) -> Option<Tier> {
		let collection = BadgeCollection::<T>::get()?;
		let raw = <T::Badges as Inspect<T::AccountId>>::system_attribute(&collection, Some(&item), TIER_KEY)?;
		core::str::from_utf8(&raw).ok()?.parse().ok()
	}

	/// Who holds a badge.
	pub fn badge_owner(item: u32) -> Option<T::AccountId> {
		let collection = BadgeCollection::<T>::get()?;
		<T::Badges as Inspect<T::AccountId>>::owner(&collection, &item)
	}
}
