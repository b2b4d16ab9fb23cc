// A requester posts a task on a dev node, reads it back, and cancels it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devChain } from '../lib/test-chain.mjs';
import { devAccounts, sendAndFinalize } from '../lib/chain.mjs';

let api;
devChain({ onReady: (c) => { api = c.api; } });

const UNIT = 10n ** 12n;

test('a requester creates a task, its budget is escrowed, and it reads back as posted', async () => {
  const { charlie } = devAccounts(api);
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  const items = [1, 2, 3].map((i) => '0x' + String(i).padStart(2, '0').repeat(32));
  const spec = {
    manifestHash: '0x' + 'ab'.repeat(32),
    manifestUri: 'ipfs://bafy-labelchain-e2e',
    domain: 3,
    schema: { Categorical: { classes: 4 } },
    items: { List: items },
    redundancy: 3,
    minTier: 0,
    commitDeadline: now + 50,
    revealDeadline: now + 100,
    rewardPerItem: 2n * UNIT,
    gold: null,
  };
  const freeBefore = (await api.query.system.account(charlie.address)).data.free.toBigInt();
  const { events, fee } = await sendAndFinalize(api, api.tx.tasks.createTask(spec), charlie);
  const created = events.find(({ event }) => api.events.tasks.TaskCreated.is(event));
  assert.ok(created, 'TaskCreated event');
  const id = created.event.data.task.toNumber();

  const task = (await api.query.tasks.tasks(id)).unwrap();
  assert.equal(task.requester.toString(), charlie.address);
  assert.equal(task.manifestHash.toHex(), spec.manifestHash);
  assert.equal(Buffer.from(task.manifestUri.toU8a(true)).toString(), spec.manifestUri);
  assert.equal(task.domain.toNumber(), 3);
  assert.equal(task.schema.asCategorical.classes.toNumber(), 4);
  assert.deepEqual(task.items.asList.map((h) => h.toHex()), items);
  assert.equal(task.redundancy.toNumber(), 3);
  assert.equal(task.commitDeadline.toNumber(), spec.commitDeadline);
  assert.equal(task.revealDeadline.toNumber(), spec.revealDeadline);
  assert.equal(task.rewardPerItem.toBigInt(), spec.rewardPerItem);
  assert.equal(task.state.toString(), 'Active');

  // Escrow: 3 items × 2 LBL plus the protocol fee, held on the requester's account.
  const rewards = 3n * 2n * UNIT;
  const feeReserved = task.escrow.feeReserved.toBigInt();
  assert.equal(task.escrow.rewardsLeft.toBigInt(), rewards);
  assert.equal(feeReserved, (rewards * BigInt(task.terms.protocolFee.toNumber()) + 999_999n) / 1_000_000n);
  const account = await api.query.system.account(charlie.address);
  // And the state deposit, per item, for the results the task may leave.
  const stateDeposit = (await api.query.tasks.stateHeld(id)).unwrap().held.toBigInt();
  assert.equal(stateDeposit, 3n * (await api.query.tasks.stateHeld(id)).unwrap().perItem.toBigInt());
  assert.ok(stateDeposit > 0n);
  assert.equal(freeBefore - account.data.free.toBigInt(), rewards + feeReserved + stateDeposit + fee);
  assert.equal(account.data.reserved.toBigInt(), rewards + feeReserved + stateDeposit);

  // Nobody committed: the requester may cancel and gets the escrow back.
  const cancel = await sendAndFinalize(api, api.tx.tasks.cancelTask(id), charlie);
  const after = (await api.query.system.account(charlie.address)).data;
  assert.equal(after.reserved.toBigInt(), 0n);
  assert.equal(freeBefore - after.free.toBigInt(), fee + cancel.fee);
  // A cancelled task leaves no record (its events tell its story).
  assert.ok((await api.query.tasks.tasks(id)).isNone);
  assert.ok((await api.query.tasks.stateHeld(id)).isNone);
});

test('a refused task names its error', async () => {
  const { dave } = devAccounts(api);
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  const bad = {
    manifestHash: '0x' + '00'.repeat(32), manifestUri: '', domain: 0,
    schema: { Categorical: { classes: 1 } }, items: { List: ['0x' + '11'.repeat(32)] },
    redundancy: 1, minTier: 0, commitDeadline: now + 50, revealDeadline: now + 100,
    rewardPerItem: UNIT, gold: null,
  };
  await assert.rejects(sendAndFinalize(api, api.tx.tasks.createTask(bad), dave), /tasks\.TooFewClasses/);
});
