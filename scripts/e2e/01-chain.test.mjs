// The chain as a wallet sees it: properties, block production and finality, a signed transfer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devChain } from '../lib/test-chain.mjs';
import { devAccounts, sendAndFinalize } from '../lib/chain.mjs';

let api;
const chain = devChain({ onReady: (c) => { api = c.api; } });

test('chain properties give wallets the token symbol, 12 decimals and the SS58 prefix', async () => {
  const props = await chain.node.rpc('system_properties');
  assert.equal(props.tokenSymbol, 'LBL');
  assert.equal(props.tokenDecimals, 12);
  assert.equal(props.ss58Format, 42);
  assert.equal(api.registry.chainDecimals[0], 12);
  assert.equal(api.registry.chainTokens[0], 'LBL');
  assert.equal((await api.rpc.system.chain()).toString(), 'LabelChain Development');
});

test('blocks are produced and the finalized head follows', async () => {
  const first = parseInt((await chain.node.rpc('chain_getHeader')).number, 16);
  let best = first;
  let finalized = 0;
  const deadline = Date.now() + 40_000;
  while ((best < first + 2 || finalized < first) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    best = parseInt((await chain.node.rpc('chain_getHeader')).number, 16);
    const fin = await chain.node.rpc('chain_getFinalizedHead');
    finalized = parseInt((await chain.node.rpc('chain_getHeader', [fin])).number, 16);
  }
  assert.ok(best >= first + 2, `best block grew from ${first} to ${best}`);
  assert.ok(finalized >= first, `finalized head ${finalized} reached ${first}`);
});

test('a signed transfer from Alice is finalized and both balances change exactly', async () => {
  const { alice, bob } = devAccounts(api);
  const amount = 12_345_000_000_000n; // 12.345 LBL
  const before = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
  const aliceBefore = await before(alice);
  const bobBefore = await before(bob);

  const { blockHash, fee } = await sendAndFinalize(
    api, api.tx.balances.transferKeepAlive(bob.address, amount), alice);
  assert.ok(fee > 0n, 'a fee was paid');

  const at = await api.at(blockHash);
  const aliceAfter = (await at.query.system.account(alice.address)).data.free.toBigInt();
  const bobAfter = (await at.query.system.account(bob.address)).data.free.toBigInt();
  assert.equal(bobAfter - bobBefore, amount);
  assert.equal(aliceBefore - aliceAfter, amount + fee);
});
