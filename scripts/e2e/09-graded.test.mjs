// Graded answers through the `labelchain` CLI against a dev node: a pairwise preference task
// (RLHF: A, B or tie, slight or clear) and a ranking task, created with `--schema`, labeled by
// three labelers from answers files written as people write them, decided by the chain's rules
// (a weighted vote on the side, the strength of its majority; a Borda count), paid by closeness,
// then exported as JSONL and as Label Studio results and verified against the provenance root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devChain } from '../lib/test-chain.mjs';
import { cliRunner } from '../lib/cli-run.mjs';
import { devAccounts } from '../lib/chain.mjs';
import { waitForBlock } from '../lib/chain-extra.mjs';
import { rpc } from '../cli/dataset.mjs';

let api;
const chain = devChain({ onReady: (c) => { api = c.api; } });
const UNIT = 10n ** 12n;

const { labelchain, ok } = cliRunner(chain);

test('a preference task and a ranking task through the CLI: decided, paid by closeness, exported, verified', { timeout: 900_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'labelchain-graded-'));
  const file = (name, value) => { const p = path.join(dir, name); writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value)); return p; };
  const pairs = file('pairs.jsonl', [0, 1, 2, 3].map((i) => JSON.stringify({ id: `pair-${i}`, content: `prompt ${i}: response A vs response B` })).join('\n'));
  const lists = file('lists.jsonl', [0, 1].map((i) => JSON.stringify({ id: `list-${i}`, content: `three search results for query ${i}` })).join('\n'));

  // A schema the chain does not allow is refused by name, before anything is held.
  const bad = await labelchain('//Ferdie', 'task', 'create', lists, '--reward', '3', '--schema', 'ranking:9', '--domain', '11');
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /tasks\.InvalidSchema/);
  // So is a laxer quorum than the governed one.
  const lax = await labelchain('//Ferdie', 'task', 'create', lists, '--reward', '3', '--schema', 'ranking:3', '--quorum', '1', '--domain', '11');
  assert.match(lax.stderr, /tasks\.QuorumOutOfBounds/);

  const create = async (manifest, schema) => JSON.parse(await ok('//Ferdie', 'task', 'create', manifest, '--reward', '3',
    '--redundancy', '3', '--schema', schema, '--domain', '11', '--commit-blocks', '80', '--reveal-blocks', '20'));
  const preference = await create(pairs, 'preference');
  const ranking = await create(lists, 'ranking:3');
  const schema = (await rpc(api, 'labeling_task', preference.task)).schema;
  assert.equal(schema, 'preference');
  assert.deepEqual((await rpc(api, 'labeling_task', ranking.task)).schema, { ranking: { candidates: 3 } });

  await Promise.all(['//Bob', '//Charlie', '//Dave'].map(async (who) => {
    await ok(who, 'bond', '100');
    await ok(who, 'pool', 'join', '11');
  }));
  // The seats are dealt from the next block on: wait until each task's three are held.
  for (const task of [preference.task, ranking.task]) {
    let seats;
    for (let i = 0; i < 20; i += 1) {
      seats = (await rpc(api, 'labeling_task', task)).seats;
      if (seats.held === 3) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    assert.equal(seats.held, 3, `task ${task}'s seats: ${JSON.stringify(seats)}`);
  }
  // Each labeler's answers, written as people write them: `A!` is a clear preference for A.
  const preferences = {
    '//Bob': ['A!', 'B', 'tie', 'A'],
    '//Charlie': ['A:clear', 'B!', 'tie', 'A'],
    '//Dave': ['A', 'B', 'A!', 'B!'],
  };
  const rankings = { '//Bob': ['0>1>2', '2>1>0'], '//Charlie': ['0>1>2', '2>1>0'], '//Dave': ['1>0>2', '2>0>1'] };
  const answers = (list) => list.map((label, item) => ({ item, label }));

  // An answer the schema does not allow is refused by the CLI before it commits.
  const wrong = await labelchain('//Bob', 'label', String(preference.task), '--manifest', pairs, '--item', '0', '--label', 'tie!');
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /a tie has no strength/);

  const { bob, dave } = devAccounts(api);
  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();
  const before = { bob: await free(bob), dave: await free(dave) };
  // Each labeler signs its calls one after the other (one nonce sequence), the three labelers
  // side by side: commit to both tasks, then reveal both once the windows open.
  const files = (who) => [
    [String(preference.task), pairs, file(`${who.slice(2)}-p.json`, answers(preferences[who]))],
    [String(ranking.task), lists, file(`${who.slice(2)}-r.json`, answers(rankings[who]))],
  ];
  const outputs = await Promise.all(Object.keys(preferences).map(async (who) => {
    const out = [];
    for (const [task, manifest, answersFile] of files(who)) {
      out.push(await ok(who, 'label', task, '--manifest', manifest, '--answers', answersFile, '--no-reveal'));
    }
    for (const [task, manifest, answersFile] of files(who)) {
      out.push(await ok(who, 'label', task, '--manifest', manifest, '--answers', answersFile));
    }
    return out;
  }));
  // The reveal runs commit nothing more and reveal every answer (all items were dealt).
  for (const [, , revealP, revealR] of outputs) {
    assert.match(revealP, /: 0 committed, 4 revealed\b/);
    assert.match(revealR, /: 0 committed, 2 revealed\b/);
  }

  await waitForBlock(api, Math.max(preference.revealDeadline, ranking.revealDeadline) + 1);
  const final = async (task, count) => {
    for (let i = 0; i < 60; i += 1) {
      if ((await rpc(api, 'labeling_task', task)).finalizedItems === count) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
    assert.fail(`task ${task} did not finalize its ${count} items`);
  };
  await final(preference.task, 4);
  await final(ranking.task, 2);

  const label = async (task, item) => (await rpc(api, 'labeling_itemResult', task, item)).label;
  assert.deepEqual(await label(preference.task, 0), { preference: { side: 'A', clear: true } });
  assert.deepEqual(await label(preference.task, 1), { preference: { side: 'B', clear: false } });
  assert.deepEqual(await label(preference.task, 2), { preference: { side: 'Tie', clear: false } });
  assert.deepEqual(await label(preference.task, 3), { preference: { side: 'A', clear: false } });
  assert.deepEqual(await label(ranking.task, 0), { ranking: [0, 1, 2] });
  assert.deepEqual(await label(ranking.task, 1), { ranking: [2, 1, 0] });

  // Bob's answers are the decisions or a strength off; Dave's are a strength, a side or a swap
  // off: Dave earned less, and lost part of his bond on item 3 (the other side of a decision).
  const bobEarned = await free(bob) - before.bob;
  const daveEarned = await free(dave) - before.dave;
  assert.ok(bobEarned > daveEarned, `Bob ${bobEarned}, Dave ${daveEarned}`);
  assert.ok(bobEarned > 4n * UNIT, `Bob earned ${bobEarned}`);
  const slashed = BigInt((await rpc(api, 'labeling_labeler', dave.address)).history.slashed);
  assert.ok(slashed > 0n, 'Dave was slashed for the other side');

  // Agreement with each schema's metric: the side alone for preferences (the three agree on
  // three items of four, one dissent each on items 1 and 3), Kendall distance for rankings.
  const stats = JSON.parse(await ok(null, 'stats', String(preference.task)));
  assert.equal(stats.agreement.gradedAlpha.metric, 'sign');
  assert.ok(stats.agreement.gradedAlpha.alpha > 0 && stats.agreement.gradedAlpha.alpha < 1, JSON.stringify(stats.agreement));
  const rankStats = JSON.parse(await ok(null, 'stats', String(ranking.task)));
  assert.equal(rankStats.agreement.gradedAlpha.metric, 'kendall');
  assert.equal(typeof rankStats.agreement.gradedAlpha.alpha, 'number');

  // Export: the structured answers, verified against the chain; Label Studio's pairwise and
  // ranker results.
  const out = path.join(dir, 'preference.jsonl');
  await ok('//Ferdie', 'export', String(preference.task), '--manifest', pairs, '--out', out);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.length, 4);
  assert.deepEqual(records[0].labelers.find((l) => l.account === bob.address).answer, { preference: { side: 'A', clear: true } });
  assert.match(await ok(null, 'verify', out), /all 4 finalized items match/);
  const studio = path.join(dir, 'studio.json');
  await ok('//Ferdie', 'export', String(preference.task), '--manifest', pairs, '--format', 'label-studio', '--out', studio);
  const tasks = JSON.parse(readFileSync(studio, 'utf8'));
  assert.deepEqual(tasks[0].annotations[0].result[0].value, { selected: 'left' });
  assert.equal(tasks[0].annotations[0].result[0].type, 'pairwise');
  const rankOut = path.join(dir, 'ranking.json');
  await ok('//Ferdie', 'export', String(ranking.task), '--manifest', lists, '--format', 'label-studio', '--out', rankOut);
  const ranked = JSON.parse(readFileSync(rankOut, 'utf8'));
  assert.deepEqual(ranked[1].annotations[0].result[0], { from_name: 'rank', to_name: 'item', type: 'ranker', value: { ranker: { rank: ['2', '1', '0'] } } });
  const rankJsonl = path.join(dir, 'ranking.jsonl');
  await ok('//Ferdie', 'export', String(ranking.task), '--manifest', lists, '--out', rankJsonl);
  assert.match(await ok(null, 'verify', rankJsonl), /all 2 finalized items match/);
});
