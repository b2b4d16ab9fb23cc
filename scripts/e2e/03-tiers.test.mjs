// A labeler bonds on a dev node; his soulbound badge is read back through pallet-nfts storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devChain } from '../lib/test-chain.mjs';
import { devAccounts, sendAndFinalize } from '../lib/chain.mjs';

let api;
devChain({ onReady: (c) => { api = c.api; } });

const UNIT = 10n ** 12n;
const text = (bytes) => Buffer.from(bytes.toU8a(true)).toString();

test('Bob bonds, gets a Novice badge in pallet-nfts, and cannot transfer it', async () => {
  const { bob, charlie } = devAccounts(api);
  const novice = 100n * UNIT;
  await sendAndFinalize(api, api.tx.tiers.bond(novice), bob);

  const labeler = (await api.query.tiers.labelers(bob.address)).unwrap();
  assert.equal(labeler.bonded.toBigInt(), novice);
  assert.equal(labeler.tier.toNumber(), 1);
  const held = await api.query.balances.holds(bob.address);
  assert.ok(held.some((h) => h.id.toString().includes('Staked') && h.amount.toBigInt() === novice),
    `a Staked hold of 100 LBL in ${held.toString()}`);

  // The badge, as any pallet-nfts reader sees it.
  const collection = (await api.query.tiers.badgeCollection()).unwrap();
  const item = labeler.badge;
  const details = (await api.query.nfts.item(collection, item)).unwrap();
  assert.equal(details.owner.toString(), bob.address);
  const tier = await api.query.nfts.attribute(collection, item, 'Pallet', 'tier');
  assert.equal(text(tier.unwrap()[0]), '1');
  const name = await api.query.nfts.attribute(collection, item, 'Pallet', 'tier_name');
  assert.equal(text(name.unwrap()[0]), 'Novice');

  await assert.rejects(
    sendAndFinalize(api, api.tx.nfts.transfer(collection, item, charlie.address), bob),
    /nfts\.ItemsNonTransferable/);
});

test('bonding below the Novice minimum is refused by name', async () => {
  const { dave } = devAccounts(api);
  await assert.rejects(sendAndFinalize(api, api.tx.tiers.bond(UNIT), dave), /tiers\.BelowMinimumBond/);
});
