// One complete round driven through the `labelchain` CLI against a dev node: a requester creates
// a task with gold items, three labelers bond, label and reveal (the CLI waits for the reveal
// window), the requester reveals the gold answers, finalization pays the labelers, and the
// requester exports the dataset with its provenance. Then the `labeling_*` RPC methods are
// checked against the round, and the export is verified against the chain's provenance root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devChain } from '../lib/test-chain.mjs';
import { cliRunner } from '../lib/cli-run.mjs';
import { Keyring } from '@polkadot/keyring';
import { devAccounts } from '../lib/chain.mjs';
import { sendAndInclude, waitForBlock } from '../lib/chain-extra.mjs';
import { rpc } from '../cli/dataset.mjs';

let api;
/** What the round leaves for the RPC and export tests. */
let round;
const chain = devChain({ onReady: (c) => { api = c.api; } });

const UNIT = 10n ** 12n;

const { labelchain, ok } = cliRunner(chain);

test('a round through the CLI: task with gold, three labelers, payouts', { timeout: 900_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'labelchain-cli-'));
  const file = (name, text) => { const p = path.join(dir, name); writeFileSync(p, text); return p; };
  const items = Array.from({ length: 6 }, (_, i) => ({ id: `img-${i}.jpg`, content: `pixels of image ${i}` }));
  const manifest = file('manifest.jsonl', items.map((i) => JSON.stringify(i)).join('\n'));
  const truth = [0, 1, 2, 0, 1, 2];
  const gold = file('gold.json', JSON.stringify([{ id: 'img-0.jpg', label: truth[0] }, { id: 'img-1.jpg', label: truth[1] }]));
  const answers = (flip) => JSON.stringify(truth.map((label, item) => ({ item, label: item === flip ? (label + 1) % 3 : label })));
  const bobAnswers = file('bob.json', answers(-1));
  const charlieAnswers = file('charlie.json', answers(-1));
  const daveAnswers = file('dave.json', answers(2)); // Dave deviates on item 2

  // A chain error reaches the user as a sentence naming the pallet error.
  const tooSmall = await labelchain('//Dave', 'bond', '1');
  assert.equal(tooSmall.code, 1);
  assert.match(tooSmall.stderr, /The chain refused to bond 1 LBL: tiers\.BelowMinimumBond/);

  // An account from a polkadot.js JSON keystore signs too (Eve's key, exported with a password).
  const eveJson = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Eve').toJson('s3cret');
  const keystore = [ '--keystore', file('eve.json', JSON.stringify(eveJson)), '--password', 's3cret' ];
  assert.match(await ok(keystore, 'bond', '150'), /150 LBL staked, tier 1/);
  const wrongPassword = await labelchain(['--keystore', keystore[1], '--password', 'nope'], 'tier');
  assert.equal(wrongPassword.code, 1);
  assert.match(wrongPassword.stderr, /password/i);

  // Gold is at most 10 % of a task by default, so six items take none; governance (sudo on
  // the dev chain) raises the share to a third for this round.
  const createArgs = ['task', 'create', manifest, '--reward', '3', '--redundancy', '3',
    '--classes', '3', '--domain', '9', '--commit-blocks', '40', '--reveal-blocks', '20', '--gold', gold];
  const refused = await labelchain('//Ferdie', ...createArgs);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /tasks\.InvalidGoldCount/);
  const { alice } = devAccounts(api);
  const share = api.tx.governance.setParameter({ Tasks: { MaxGoldShare: [null, 340_000_000] } });
  const { events: sudoEvents } = await sendAndInclude(api, api.tx.sudo.sudo(share), alice);
  assert.ok(sudoEvents.find(({ event }) => api.events.sudo.Sudid.is(event)).event.data.sudoResult.isOk, 'the share changed');

  const created = JSON.parse(await ok('//Ferdie', 'task', 'create', manifest, '--reward', '3', '--redundancy', '3',
    '--classes', '3', '--domain', '9', '--commit-blocks', '40', '--reveal-blocks', '20', '--gold', gold));
  assert.equal(created.items, 6);
  assert.equal(created.gold, 2);
  const task = String(created.task);

  for (const who of ['//Bob', '//Charlie', '//Dave']) {
    assert.match(await ok(who, 'bond', '100'), /tier 1/);
    // Work is dealt by lot from the domain's pool: the three join it (from the next block on,
    // the task's seats are dealt: three members, three seats, all six items each).
    assert.match(await ok(who, 'pool', 'join', '9'), /In the pool of domain 9 from block \d+: tier 1, 100(\.0+)? LBL of tickets/);
  }
  let open;
  for (let i = 0; i < 10; i += 1) {
    open = JSON.parse(await ok('//Bob', 'tasks'));
    if (open.find((t) => t.task === created.task)?.dealt.length) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const listed = open.find((t) => t.task === created.task);
  assert.ok(listed, 'the task is listed as open to Bob');
  assert.equal(listed.dealt.length, 1, `Bob was dealt the task's one chunk: ${JSON.stringify(listed)}`);
  assert.equal(listed.dealt[0].firstItem, 0);
  assert.equal(listed.dealt[0].items, 6);
  const seats = (await rpc(api, 'labeling_task', created.task)).seats;
  assert.deepEqual({ wanted: seats.wanted, held: seats.held, committed: seats.committed, unfilled: seats.unfilled },
    { wanted: 3, held: 3, committed: 0, unfilled: 0 }, JSON.stringify(seats));

  const { bob, charlie, dave } = devAccounts(api);
  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
  const before = { bob: await free(bob), charlie: await free(charlie), dave: await free(dave) };

  // The three label in parallel; each CLI commits, waits for the reveal window and reveals.
  const runs = await Promise.all([
    ok('//Bob', 'label', task, '--manifest', manifest, '--answers', bobAnswers),
    ok('//Charlie', 'label', task, '--manifest', manifest, '--answers', charlieAnswers),
    ok('//Dave', 'label', task, '--manifest', manifest, '--answers', daveAnswers),
  ]);
  for (const out of runs) assert.match(out, /6 committed, 6 revealed/);
  // Run again (as after a restart): nothing is committed twice, nothing is lost.
  assert.match(await ok('//Bob', 'label', task, '--manifest', manifest, '--answers', bobAnswers), /0 committed, 0 revealed/);

  // After the reveal deadline the requester reveals the gold answers; then everything finalizes.
  await waitForBlock(api, created.revealDeadline + 1);
  assert.match(await ok('//Ferdie', 'task', 'reveal-gold', task, '--manifest', manifest, '--gold', gold), /2 gold answers/);
  let status;
  for (let i = 0; i < 60; i += 1) {
    status = JSON.parse(await ok('//Ferdie', 'task', 'status', task));
    if (status.finalizedItems === 6) break;
    await new Promise((r) => setTimeout(r, 3000));
  }
  assert.equal(status.finalizedItems, 6, `all items final: ${JSON.stringify(status)}`);
  // The three used their seats; the commit window closed and released them.
  const used = (await rpc(api, 'labeling_task', created.task)).seats;
  assert.deepEqual({ dealt: used.dealt, held: used.held, committed: used.committed, takenBack: used.takenBack, unfilled: used.unfilled },
    { dealt: 3, held: 0, committed: 3, takenBack: 0, unfilled: 0 }, JSON.stringify(used));
  assert.deepEqual((await rpc(api, 'labeling_assignments', bob.address)).seats, []);

  // Every item paid its 3 LBL to the labelers who agreed: Bob and Charlie got 1 LBL for each
  // of the five unanimous items and 1.5 for item 2; Dave, outvoted on item 2, got 5 (his slash
  // comes out of his held stake). Their free balances also paid the fees of 12 transactions.
  assert.equal(status.rewardsPaid, '18');
  const earned = async (who, was) => Number(await free(who) - was) / Number(UNIT);
  for (const [who, was, expected] of [[bob, before.bob, 6.5], [charlie, before.charlie, 6.5], [dave, before.dave, 5]]) {
    const got = await earned(who, was);
    assert.ok(got <= expected && got > expected - 0.1, `${who.address} earned ${got} LBL, expected ${expected} less fees`);
  }

  // The task settles when its appeal window (20 blocks on the dev chain) closes.
  for (let i = 0; i < 90; i += 1) {
    if ((await rpc(api, 'labeling_task', created.task)).phase === 'Settled') break;
    await new Promise((r) => setTimeout(r, 1000));
  }

  round = { task: created.task, created, manifest, dir, truth, bob, charlie, dave, ferdie: devAccounts(api).ferdie };
});

// Each `labeling_*` method after the round, with values worked out by hand; unknown ids are
// JSON-RPC errors with a sentence.
test('the labeling_* RPC methods answer with the round\'s values', async () => {
  assert.ok(round, 'the round ran');
  const { task, bob, charlie, dave, ferdie } = round;
  const call = (method, ...params) => rpc(api, method, ...params);

  const info = await call('labeling_task', task);
  assert.equal(info.phase, 'Settled');
  assert.equal(info.itemCount, 6);
  assert.equal(info.finalizedItems, 6);
  assert.equal(info.requester, ferdie.address);
  assert.equal(info.rewardsPaid, (18n * UNIT).toString());
  assert.equal(info.goldRevealed, true);
  assert.deepEqual(info.settledProvenance, info.provenance);
  assert.equal(info.settledProvenance.items, 6);

  const item2 = await call('labeling_itemResult', task, 2);
  assert.equal(item2.status, 'final');
  assert.deepEqual(item2.label, { class: 2 });
  assert.equal(item2.decision, 'Consensus');
  assert.equal(item2.revealed, 3);
  assert.equal(item2.agreeing, 2);
  assert.ok(item2.confidence > 0.5 && item2.confidence < 1, `a 2-of-3 decision: ${item2.confidence}`);
  const gold0 = await call('labeling_itemResult', task, 0);
  assert.equal(gold0.decision, 'Gold');
  assert.equal(gold0.confidence, 1);
  const page = await call('labeling_itemResults', task, 4, 10);
  assert.deepEqual(page.items.map((i) => i.item), [4, 5]);
  assert.equal(page.next, null);
  const first = await call('labeling_itemResults', task, 0, 4);
  assert.equal(first.next, 4);

  // Dave deviated on item 2: 5 of 6 agreed, paid 5 LBL, slashed part of his bond.
  const d = await call('labeling_labeler', dave.address);
  // The slash came out of his 100 LBL stake, which fell below the Novice minimum and so started
  // unbonding.
  const unbonding = d.stake.unbonding.reduce((sum, c) => sum + BigInt(c.amount), 0n);
  assert.equal(d.stake.bonded, '0');
  assert.equal(unbonding + BigInt(d.history.slashed), 100n * UNIT);
  assert.equal(d.history.committed, 6);
  assert.equal(d.history.revealed, 6);
  assert.equal(d.history.agreed, 5);
  assert.equal(d.history.goldAnswered, 2);
  assert.equal(d.history.goldCorrect, 2);
  assert.equal(d.agreementRate, 5 / 6);
  assert.equal(d.earnings, (5n * UNIT).toString());
  assert.ok(BigInt(d.history.slashed) > 0n, 'Dave\'s bond was slashed');
  assert.deepEqual(d.domains.map((x) => x.domain), [9]);
  const b = await call('labeling_labeler', bob.address);
  assert.equal(b.earnings, (65n * UNIT / 10n).toString());
  assert.equal(b.agreementRate, 1);
  assert.equal(b.tier, 1);
  assert.ok(b.domains[0].reputation > d.domains[0].reputation, 'Bob ends with the better reputation');

  // Agreement: 18 labels, 5 unanimous items and one 2-1 split; totals class 0: 7, 1: 6, 2: 5.
  const stats = await call('labeling_taskStats', task);
  assert.equal(stats.finalized, 6);
  assert.equal(stats.pending, 0);
  assert.deepEqual(stats.decisions, { consensus: 4, gold: 2, resolved: 0, unresolved: 0, noLabels: 0 });
  assert.deepEqual(stats.escalations, { total: 0, open: 0, resolved: 0, unresolved: 0 });
  const expectedAlpha = (16 / 18 - 92 / 306) / (1 - 92 / 306);
  const expectedKappa = (16 / 18 - 110 / 324) / (1 - 110 / 324);
  assert.ok(Math.abs(stats.agreement.krippendorffAlpha - expectedAlpha) < 1e-9, `alpha ${stats.agreement.krippendorffAlpha}`);
  assert.ok(Math.abs(stats.agreement.fleissKappa - expectedKappa) < 1e-9, `kappa ${stats.agreement.fleissKappa}`);
  assert.deepEqual(stats.agreement.labelTotals.map((t) => t.count), [7, 6, 5]);
  const rates = Object.fromEntries(stats.labelers.map((l) => [l.account, l.agreementRate]));
  assert.deepEqual(rates, { [bob.address]: 1, [charlie.address]: 1, [dave.address]: 5 / 6 });
  // Paged: two labelers, then the third.
  const p1 = await call('labeling_taskStats', task, null, 2);
  const p2 = await call('labeling_taskStats', task, p1.next, 2);
  assert.equal(p1.labelers.length, 2);
  assert.equal(p2.labelers.length, 1);
  assert.equal(p2.next, null);
  assert.equal(new Set([...p1.labelers, ...p2.labelers].map((l) => l.account)).size, 3);

  // Open tasks: a new task is open to Bob, not to its requester.
  const fresh = JSON.parse(await ok('//Ferdie', 'task', 'create', round.manifest, '--reward', '1', '--redundancy', '1', '--classes', '3', '--domain', '9'));
  const openToBob = await call('labeling_openTasks', bob.address);
  assert.deepEqual(openToBob.tasks.map((t) => t.id), [fresh.task]);
  assert.equal((await call('labeling_openTasks', ferdie.address)).tasks.length, 0);

  // Unknown ids: JSON-RPC errors that say what is wrong.
  await assert.rejects(call('labeling_task', 999), /4001: unknown task 999/);
  await assert.rejects(call('labeling_itemResult', task, 6), /4002: item 6 is out of range for task/);
  await assert.rejects(call('labeling_taskStats', 999), /unknown task 999/);
  await assert.rejects(call('labeling_labeler', 'not-an-address'), /Invalid params/);
});

test('export, then verify: an untouched file passes, an edited label is named', async () => {
  assert.ok(round, 'the round ran');
  const { task, manifest, dir, truth, bob, charlie, dave } = round;
  const out = path.join(dir, 'dataset.jsonl');
  await ok('//Ferdie', 'export', String(task), '--manifest', manifest, '--out', out);
  const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.map((r) => r.label.class), truth);
  assert.deepEqual(rows.map((r) => r.decision), ['Gold', 'Gold', 'Consensus', 'Consensus', 'Consensus', 'Consensus']);
  assert.deepEqual(rows.map((r) => r.gold), [true, true, false, false, false, false]);
  assert.equal(rows[2].agreeing, 2);
  assert.deepEqual(new Set(rows[2].labelers.map((v) => v.account)), new Set([bob.address, charlie.address, dave.address]));
  assert.deepEqual(rows[2].labelers.find((v) => v.account === dave.address).answer, { class: 0 });
  assert.equal(rows[0].itemId, 'img-0.jpg');
  assert.ok(rows.every((r) => r.block > round.created.revealDeadline && r.blockHash.startsWith('0x') && r.manifestHash.startsWith('0x')));

  assert.match(await ok(null, 'verify', out), /all 6 finalized items match the settlement provenance root 0x[0-9a-f]{64}/);

  // One label edited: verify fails and names the item.
  const edited = path.join(dir, 'edited.jsonl');
  writeFileSync(edited, rows.map((r) => JSON.stringify(r.item === 3 ? { ...r, label: { class: 2 } } : r)).join('\n') + '\n');
  const bad = await labelchain(null, 'verify', edited);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /item 3 \(img-3\.jpg\): does not match the chain \(label differ/);
  assert.doesNotMatch(bad.stderr, /item [0-24-5] /);
  // A changed answer of one labeler is caught too.
  writeFileSync(edited, rows.map((r) => JSON.stringify(r.item === 4 ? { ...r, labelers: r.labelers.map((l) => ({ ...l, answer: { class: 0 } })) } : r)).join('\n') + '\n');
  assert.match((await labelchain(null, 'verify', edited)).stderr, /item 4 \(img-4\.jpg\): does not match the chain \(its labelers or answers differ\)/);

  // Label Studio: one task per item, the final label as the annotation, each labeler's answer
  // as a prediction.
  const studio = path.join(dir, 'label-studio.json');
  await ok(null, 'export', String(task), '--manifest', manifest, '--format', 'label-studio', '--out', studio);
  const tasks = JSON.parse(readFileSync(studio, 'utf8'));
  assert.equal(tasks.length, 6);
  assert.deepEqual(tasks[2].annotations[0].result[0].value.choices, ['2']);
  assert.equal(tasks[2].predictions.length, 3);
  assert.equal(tasks[0].annotations[0].ground_truth, true);
  assert.equal(tasks[0].data.item, 'img-0.jpg');
});
