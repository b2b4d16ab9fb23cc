// One complete round driven through the `labelchain` CLI against a dev node: a requester creates
// a task with gold items, three labelers bond, label and reveal (the CLI waits for the reveal
// window), the requester reveals the gold answers, finalization pays the labelers, and the
// requester exports the dataset with its provenance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devChain } from '../lib/test-chain.mjs';
import { Keyring } from '@polkadot/keyring';
import { devAccounts } from '../lib/chain.mjs';
import { waitForBlock } from '../lib/chain-extra.mjs';

let api;
const chain = devChain({ onReady: (c) => { api = c.api; } });

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'labelchain.mjs');
const UNIT = 10n ** 12n;

/**
 * Runs the CLI as `account` (a secret URI, or `['--keystore', file, '--password', pw]`);
 * resolves with { code, stdout, stderr } (never rejects).
 */
function labelchain(account, ...args) {
  const who = Array.isArray(account) ? account : ['--suri', account];
  return new Promise((resolve) => {
    execFile('node', [cli, '--url', chain.node.wsUrl, ...who, ...args], { timeout: 600_000 },
      (error, stdout, stderr) => resolve({ code: error ? error.code ?? 1 : 0, stdout, stderr }));
  });
}

async function ok(suri, ...args) {
  const run = await labelchain(suri, ...args);
  assert.equal(run.code, 0, `labelchain ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

test('a round through the CLI: task with gold, three labelers, payouts, export', { timeout: 900_000 }, async () => {
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

  const created = JSON.parse(await ok('//Ferdie', 'task', 'create', manifest, '--reward', '3', '--redundancy', '3',
    '--classes', '3', '--domain', '9', '--commit-blocks', '15', '--reveal-blocks', '10', '--gold', gold));
  assert.equal(created.items, 6);
  assert.equal(created.gold, 2);
  const task = String(created.task);

  for (const who of ['//Bob', '//Charlie', '//Dave']) {
    assert.match(await ok(who, 'bond', '100'), /tier 1/);
  }
  const open = JSON.parse(await ok('//Bob', 'tasks'));
  assert.ok(open.some((t) => t.task === created.task), 'the task is listed as open to Bob');

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

  // Every item paid its 3 LBL to the labelers who agreed: Bob and Charlie got 1 LBL for each
  // of the five unanimous items and 1.5 for item 2; Dave, outvoted on item 2, got 5 (his slash
  // comes out of his held stake). Their free balances also paid the fees of 12 transactions.
  assert.equal(status.rewardsPaid, '18');
  const earned = async (who, was) => Number(await free(who) - was) / Number(UNIT);
  for (const [who, was, expected] of [[bob, before.bob, 6.5], [charlie, before.charlie, 6.5], [dave, before.dave, 5]]) {
    const got = await earned(who, was);
    assert.ok(got <= expected && got > expected - 0.1, `${who.address} earned ${got} LBL, expected ${expected} less fees`);
  }

  // The export: one line per item, with the decision and who labeled what.
  const out = path.join(dir, 'dataset.jsonl');
  await ok('//Ferdie', 'export', task, '--manifest', manifest, '--out', out);
  const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 6);
  assert.deepEqual(rows.map((r) => r.label.class ?? r.label.Class), truth);
  assert.deepEqual(rows.map((r) => r.decision), ['Gold', 'Gold', 'Consensus', 'Consensus', 'Consensus', 'Consensus']);
  assert.equal(rows[2].agreeing, 2);
  assert.equal(rows[2].votes.length, 3);
  assert.deepEqual(new Set(rows[2].votes.map((v) => v.labeler)), new Set([bob.address, charlie.address, dave.address]));
  assert.equal(rows[0].id, 'img-0.jpg');
  assert.ok(rows.every((r) => r.block > created.revealDeadline && r.blockHash.startsWith('0x')));
});
