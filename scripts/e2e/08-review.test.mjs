// The review court on a dev node, through the `labelchain` CLI: three labelers earn the Expert
// tier in a domain with a gold-checked task, then stake in its court (`court join`). Two
// newcomers split on an item: it escalates, a panel of the Experts is drawn, each juror votes
// with `review vote` (commit, then reveal), the outvoted labeler appeals (`appeal`) and a panel
// of 2n + 1 = 7 seats judges again; its verdict settles the item (`Reviewed`), which the RPC,
// the export and the provenance root all show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { devChain } from '../lib/test-chain.mjs';
import { cliRunner } from '../lib/cli-run.mjs';
import { devAccounts } from '../lib/chain.mjs';
import { sendAndInclude, waitForBlock } from '../lib/chain-extra.mjs';
import { commitment, deriveSalt, labelArg, merkleRoot, merkleTree, saltKey } from '../lib/labels.mjs';
import { goldCommitment } from '../cli/values.mjs';
import { rpc } from '../cli/dataset.mjs';

let api;
const chain = devChain({ onReady: (c) => { api = c.api; } });
const UNIT = 10n ** 12n;
const DOMAIN = 9;

const { labelchain, ok } = cliRunner(chain);

const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();
const itemHash = (name) => blake2AsU8a(name, 256);

/** Dave, Eve and Ferdie label a 70-item task with 7 gold answers right: Experts of the domain. */
async function trainExperts() {
  const { alice, dave, eve, ferdie } = devAccounts(api);
  const experts = [['//Dave', dave], ['//Eve', eve], ['//Ferdie', ferdie]];
  await Promise.all(experts.map(([, who]) => sendAndInclude(api, api.tx.tiers.bond(2_500n * UNIT), who)
    // Work is dealt by lot from the domain's pool.
    .then(() => sendAndInclude(api, api.tx.assignment.joinPool(DOMAIN), who))));
  const items = Array.from({ length: 70 }, (_, i) => itemHash(`scan-${i}.png`));
  const truth = items.map((_, i) => i % 3);
  const gold = Array.from({ length: 7 }, (_, k) => [k * 10, { Class: truth[k * 10] }]);
  const task = (await api.query.tasks.nextTaskId()).toNumber();
  const goldSalt = blake2AsU8a('e2e gold salt', 256);
  const goldAnswers = gold.map(([item, label]) => ({ item, label: label.Class }));
  const now = await best();
  const commitDeadline = now + 12;
  const revealDeadline = commitDeadline + 12;
  await sendAndInclude(api, api.tx.tasks.createTask({
    manifestHash: u8aToHex(itemHash('training')), manifestUri: 'ipfs://training', domain: DOMAIN,
    schema: { Categorical: { classes: 3 } }, items: { Merkle: { root: u8aToHex(merkleRoot(items)), count: items.length } },
    redundancy: 3, minTier: 0, commitDeadline, revealDeadline, rewardPerItem: 3n * UNIT,
    gold: { commitment: u8aToHex(goldCommitment(task, goldAnswers, goldSalt)), count: gold.length },
  }), alice);
  // Three members, three seats: the one chunk is dealt to all three in the next block.
  for (let i = 0; i < 10 && (await api.query.assignment.deals(task, 0)).filter((s) => !s.takenBack.isTrue).length < 3; i++) {
    await waitForBlock(api, (await best()) + 1);
  }
  const genesis = api.genesisHash;
  const batches = experts.map(([uri, who]) => {
    const key = saltKey(uri);
    const salts = items.map((_, i) => deriveSalt(key, genesis, task, i));
    const leaves = items.map((_, i) => commitment(genesis, task, i, who.address, truth[i], salts[i]));
    return { who, salts, leaves };
  });
  await Promise.all(batches.map(({ who, leaves }) =>
    sendAndInclude(api, api.tx.labels.commitBatch(task, 0, items.length, u8aToHex(merkleRoot(leaves))), who)));
  await waitForBlock(api, commitDeadline + 1);
  await Promise.all(batches.map(({ who, salts, leaves }) => {
    const tree = merkleTree(leaves);
    return sendAndInclude(api, api.tx.labels.revealBatch(task, leaves.map((_, i) => ({
      item: i, label: labelArg(truth[i]), salt: u8aToHex(salts[i]), proof: tree.proof(i).map((x) => u8aToHex(x)),
    }))), who);
  }));
  await waitForBlock(api, revealDeadline + 1);
  await sendAndInclude(api, api.tx.tasks.revealGold(task, gold, u8aToHex(goldSalt)), alice);
  for (let i = 0; i < 60; i++) {
    if ((await rpc(api, 'labeling_task', task)).phase === 'Settled') break;
    await waitForBlock(api, (await best()) + 1);
  }
  for (const [, who] of experts) {
    const standing = (await rpc(api, 'labeling_labeler', who.address)).domains.find((d) => d.domain === DOMAIN);
    assert.ok(standing && standing.tier >= 3, `${who.address} is an Expert of domain ${DOMAIN}: ${JSON.stringify(standing)}`);
  }
  return experts;
}

test('an escalated item is decided by a drawn panel of Experts through the CLI, and appealed', { timeout: 900_000 }, async () => {
  const experts = await trainExperts();
  for (const [uri] of experts) {
    assert.match(await ok(uri, 'court', 'join', String(DOMAIN), '200'), /In the court of domain 9 .*200 LBL staked \(pool tier [34]\)/);
    // Jurors now: no more labeling work in the domain.
    assert.match(await ok(uri, 'pool', 'leave', String(DOMAIN)), /Left the pool of domain 9/);
  }

  // Bob and Charlie, newcomers, split on the one item of Alice's task: escalated.
  const dir = mkdtempSync(path.join(tmpdir(), 'labelchain-review-'));
  const manifest = path.join(dir, 'manifest.jsonl');
  writeFileSync(manifest, JSON.stringify({ id: 'ct-1.dcm', content: 'a scan the crowd disagrees on' }) + '\n');
  const created = JSON.parse(await ok('//Alice', 'task', 'create', manifest, '--reward', '5', '--redundancy', '2',
    '--classes', '3', '--domain', String(DOMAIN), '--commit-blocks', '20', '--reveal-blocks', '12'));
  await Promise.all([
    ok('//Bob', 'bond', '100').then(() => ok('//Bob', 'pool', 'join', String(DOMAIN)))
      .then(() => ok('//Bob', 'label', String(created.task), '--manifest', manifest, '--item', '0', '--label', '0')),
    ok('//Charlie', 'bond', '100').then(() => ok('//Charlie', 'pool', 'join', String(DOMAIN)))
      .then(() => ok('//Charlie', 'label', String(created.task), '--manifest', manifest, '--item', '0', '--label', '1')),
  ]);
  let cases = [];
  for (let i = 0; i < 40 && !cases.some((c) => c.phase === 'Commit'); i++) {
    await waitForBlock(api, (await best()) + 1);
    cases = JSON.parse(await ok('//Alice', 'review', 'cases', '--task', String(created.task)));
  }
  const [first] = cases;
  assert.equal(first.kind, 'Escalation');
  assert.equal(first.phase, 'Commit', 'the panel is drawn');
  const jurors = new Set(first.panel.map((s) => s.juror));
  const byAddress = new Map(experts.map(([uri, who]) => [who.address, uri]));
  assert.ok([...jurors].every((j) => byAddress.has(j)), 'only the Experts sit; never the labelers or the requester');
  assert.equal(first.panel.reduce((n, s) => n + s.seats, 0), 3);

  // Each seated Expert sees the case and votes class 1 (commit, then reveal when it opens).
  const seated = [...jurors].map((j) => byAddress.get(j));
  const mine = JSON.parse(await ok(seated[0], 'review', 'cases', '--mine'));
  assert.deepEqual(mine.map((c) => c.case), [first.case]);
  await Promise.all(seated.map((uri) => ok(uri, 'review', 'vote', String(first.case), '1')));
  let record;
  for (let i = 0; i < 30; i++) {
    [record] = (await rpc(api, 'labeling_cases', created.task, null, 0, 10)).cases;
    if (record?.phase === 'Appeal') break;
    await waitForBlock(api, (await best()) + 1);
  }
  assert.equal(record.phase, 'Appeal');
  assert.deepEqual(record.verdict, { class: 1 });

  // Bob was outvoted: he appeals; seven seats judge again, and they find class 0.
  const notParty = await labelchain('//Dave', 'appeal', String(first.case));
  assert.equal(notParty.code, 1);
  assert.match(notParty.stderr, /review\.NotAParty/);
  assert.match(await ok('//Bob', 'appeal', String(first.case)), /round 1 with 7 seats; 14 LBL held/);
  for (let i = 0; i < 30; i++) {
    [record] = (await rpc(api, 'labeling_cases', created.task, null, 0, 10)).cases;
    if (record.phase === 'Commit') break;
    await waitForBlock(api, (await best()) + 1);
  }
  assert.equal(record.round, 1);
  assert.equal(record.panel.reduce((n, s) => n + s.seats, 0), 7);
  await Promise.all(record.panel.map((s) => ok(byAddress.get(s.juror), 'review', 'vote', String(first.case), '0')));

  // After the appeal window, the item settles on the appeal panel's verdict.
  let result;
  for (let i = 0; i < 60; i++) {
    result = await rpc(api, 'labeling_itemResult', created.task, 0);
    if (result.status === 'final') break;
    await waitForBlock(api, (await best()) + 1);
  }
  assert.equal(result.status, 'final');
  assert.equal(result.decision, 'Reviewed');
  assert.deepEqual(result.label, { class: 0 });
  const exported = path.join(dir, 'export.jsonl');
  await ok('//Alice', 'export', String(created.task), '--out', exported);
  const [line] = (await import('node:fs')).readFileSync(exported, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(line.review.kind, 'Escalation');
  assert.equal(line.review.rounds, 2);
  assert.deepEqual(line.review.verdict, { class: 0 });
  assert.match(await ok('//Alice', 'verify', exported), /match the .* provenance root/);
});

// A decision the vote made and paid is appealed by the requester within the task's appeal
// window (`appeal --task --item`): a panel of the Experts overturns it, the labelers who were
// paid repay their reward (to the requester: nobody gave the upheld label), the item is
// `Reviewed`, and the export still verifies against the root (the decision's first leaf stays).
test('a paid vote decision is appealed through the CLI and overturned by a panel', { timeout: 600_000 }, async () => {
  const { bob, charlie } = devAccounts(api);
  const experts = new Map([['//Dave', devAccounts(api).dave], ['//Eve', devAccounts(api).eve], ['//Ferdie', devAccounts(api).ferdie]]
    .map(([uri, who]) => [who.address, uri]));
  const dir = mkdtempSync(path.join(tmpdir(), 'labelchain-appeal-'));
  const manifest = path.join(dir, 'manifest.jsonl');
  writeFileSync(manifest, ['a', 'b', 'c'].map((id) => JSON.stringify({ id: `x-${id}.png`, content: `scan ${id}` })).join('\n') + '\n');
  const created = JSON.parse(await ok('//Alice', 'task', 'create', manifest, '--reward', '6', '--redundancy', '2',
    '--classes', '3', '--domain', String(DOMAIN), '--commit-blocks', '20', '--reveal-blocks', '12'));
  const task = created.task;
  const answers = path.join(dir, 'answers.json');
  writeFileSync(answers, JSON.stringify([0, 1, 2].map((item) => ({ item, label: 0 }))));
  await Promise.all(['//Bob', '//Charlie'].map((uri) => ok(uri, 'label', String(task), '--manifest', manifest, '--answers', answers)));

  // Bob and Charlie agree: the vote decides (an item drawn for audit goes to the court instead).
  let decided;
  for (let i = 0; i < 60 && !decided; i++) {
    await waitForBlock(api, (await best()) + 1);
    const results = await Promise.all([0, 1, 2].map((item) => rpc(api, 'labeling_itemResult', task, item)));
    decided = results.find((r) => r.status === 'final' && r.decision === 'Consensus');
  }
  assert.ok(decided, 'an item decided by the vote');
  const item = decided.item;
  const [bobWas, charlieWas] = [await held(bob), await held(charlie)];
  assert.equal((await rpc(api, 'labeling_task', task)).phase, 'Finalizing', 'the task waits for its appeal window');

  const appealed = await ok('//Alice', 'appeal', '--task', String(task), '--item', String(item));
  assert.match(appealed, new RegExp(`Appealed the decision on item ${item} of task ${task} \\(case \\d+\\) .*round 0 with 3 seats; 6 LBL held`));
  let record;
  for (let i = 0; i < 30; i++) {
    record = (await rpc(api, 'labeling_cases', task, null, 0, 10)).cases.find((c) => c.item === item);
    if (record?.phase === 'Commit') break;
    await waitForBlock(api, (await best()) + 1);
  }
  assert.equal(record.kind, 'Appeal');
  assert.ok(record.panel.every((s) => experts.has(s.juror)), 'the Experts judge; never Bob, Charlie or Alice');
  await Promise.all(record.panel.map((s) => ok(experts.get(s.juror), 'review', 'vote', String(record.case), '2')));

  let result;
  for (let i = 0; i < 90; i++) {
    result = await rpc(api, 'labeling_itemResult', task, item);
    if (result.decision === 'Reviewed') break;
    await waitForBlock(api, (await best()) + 1);
  }
  assert.equal(result.decision, 'Reviewed');
  assert.deepEqual(result.label, { class: 2 });
  // Bob and Charlie repaid their 3 LBL each and lost their deviation slash, from their stake.
  assert.ok(bobWas - await held(bob) >= 3n * UNIT, 'Bob repaid his reward');
  assert.ok(charlieWas - await held(charlie) >= 3n * UNIT, 'Charlie repaid his reward');
  for (let i = 0; i < 60; i++) {
    if ((await rpc(api, 'labeling_task', task)).phase === 'Settled') break;
    await waitForBlock(api, (await best()) + 1);
  }
  assert.equal((await rpc(api, 'labeling_task', task)).phase, 'Settled');
  const exported = path.join(dir, 'export.jsonl');
  await ok('//Alice', 'export', String(task), '--out', exported);
  const lines = (await import('node:fs')).readFileSync(exported, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const line = lines.find((l) => l.item === item);
  assert.equal(line.review.kind, 'Appeal');
  assert.deepEqual(line.replaces.label, { class: 0 });
  assert.match(await ok('//Alice', 'verify', exported), /match the .* provenance root/);
});

/** What `who` holds (its labeler stake, among others). */
async function held(who) {
  return (await api.query.system.account(who.address)).data.reserved.toBigInt();
}
