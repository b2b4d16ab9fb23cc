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

test('a free-text task and its review through the CLI: authors paid by their rating, reviewers dealt by lot, the best answer exported', { timeout: 900_000 }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'labelchain-text-'));
  const file = (name, value) => { const p = path.join(dir, name); writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value)); return p; };
  const questions = file('questions.jsonl', [0, 1].map((i) => JSON.stringify({ id: `q-${i}`, content: `explain step ${i} of the proof` })).join('\n'));
  const members = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'];
  await Promise.all(members.map(async (who) => {
    await ok(who, 'bond', '100');
    await ok(who, 'pool', 'join', '12');
  }));
  // Two answers an item, from the seats dealt in domain 12; the requester, Ferdie, never labels.
  const created = JSON.parse(await ok('//Ferdie', 'task', 'create', questions, '--reward', '3', '--redundancy', '2',
    '--schema', 'text', '--domain', '12', '--commit-blocks', '40', '--reveal-blocks', '15'));
  assert.equal((await rpc(api, 'labeling_task', created.task)).schema, 'freeText');
  const accounts = devAccounts(api);
  const address = (who) => accounts[who.slice(2).toLowerCase()].address;
  const seated = async (task) => {
    const holders = [];
    for (const who of members) {
      const seats = (await rpc(api, 'labeling_assignments', address(who), task, 1000)).seats.filter((s) => s.task === task);
      if (seats.length) holders.push(who);
    }
    return holders;
  };
  const dealt = async (task, count) => {
    for (let i = 0; i < 20; i += 1) {
      const holders = await seated(task);
      if (holders.length === count) return holders;
      await new Promise((r) => setTimeout(r, 1000));
    }
    assert.fail(`task ${task}: ${count} seats were not dealt`);
  };
  const [good, poor] = await dealt(created.task, 2);
  const texts = {
    [good]: ['By induction on n: the base case holds and each step preserves the invariant.', 'The sum telescopes, leaving the first and last terms.'],
    [poor]: ['it works', 'see above'],
  };
  const free = async (who) => (await api.query.system.account(address(who))).data.free.toBigInt();
  const before = { good: await free(good), poor: await free(poor) };
  await Promise.all([good, poor].map((who) => ok(who, 'label', String(created.task), '--manifest', questions,
    '--answers', file(`${who.slice(2)}-answers.json`, texts[who].map((label, item) => ({ item, label }))))));

  // Finalized without a vote: the four answers go to a review task, dealt to the three members
  // who wrote none of them.
  await waitForBlock(api, created.revealDeadline + 1);
  let review = null;
  for (let i = 0; i < 30 && review === null; i += 1) {
    review = JSON.parse(await ok(null, 'task', 'status', String(created.task))).review;
    if (review === null) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.notEqual(review, null, 'the review opened');
  const status = JSON.parse(await ok(null, 'task', 'status', String(review)));
  assert.equal(status.reviews, created.task);
  assert.equal(status.items, 4);
  const reviewers = await dealt(review, 3);
  assert.deepEqual([...reviewers].sort(), members.filter((m) => m !== good && m !== poor).sort());
  const listed = JSON.parse(await ok(null, 'texts', String(review))).answers;
  assert.equal(listed.length, 4);
  // Each reviewer rates the answers 0..4 (by their hashes: the texts are off chain); the last
  // is a grade harsher than the others.
  await Promise.all(reviewers.map((who, n) => {
    const ratings = listed.map((a) => ({ item: a.answer, label: (a.author === address(good) ? 4 : 1) - (n === 2 ? 1 : 0) }));
    return ok(who, 'label', String(review), '--answers', file(`${who.slice(2)}-ratings.json`, ratings));
  }));

  // The review settles (after its appeal window), and the free-text task with it.
  const settled = async (task) => JSON.parse(await ok(null, 'task', 'status', String(task))).phase === 'Settled';
  for (let i = 0; i < 120 && !(await settled(created.task)); i += 1) await new Promise((r) => setTimeout(r, 1000));
  assert.ok(await settled(review) && await settled(created.task), 'both tasks settled');
  const rated = JSON.parse(await ok(null, 'texts', String(created.task))).answers;
  for (const a of rated) {
    const isGood = a.author === address(good);
    assert.equal(a.rating, isGood ? 4 : 1, JSON.stringify(a));
    assert.equal(a.best, isGood);
  }
  // An answer is worth 3 / 2 = 1.5 LBL: 30 % to its reviewers, the rest (1.05) to its author
  // by rating. Fees of the author's own calls are far below the difference.
  const goodEarned = await free(good) - before.good;
  const poorEarned = await free(poor) - before.poor;
  assert.ok(goodEarned > 2n * UNIT && goodEarned <= 2_100_000_000_000n, `good author earned ${goodEarned}`);
  assert.ok(poorEarned > UNIT / 4n && poorEarned < 525_000_000_000n, `poor author earned ${poorEarned}`);

  // Export: each item's answers with their ratings and the best as its answer, verified; Label
  // Studio gets the best answer as a textarea.
  const out = path.join(dir, 'texts.jsonl');
  await ok('//Ferdie', 'export', String(created.task), '--manifest', questions, '--out', out);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(records.length, 2);
  for (const r of records) {
    assert.equal(r.decision, 'Submitted');
    assert.equal(r.review.task, review);
    assert.equal(r.review.answers.length, 2);
    assert.equal(r.answer.digest, rated.find((a) => a.item === r.item && a.best).digest);
  }
  assert.match(await ok(null, 'verify', out), /all 2 finalized items match/);
  const studio = path.join(dir, 'texts-studio.json');
  await ok('//Ferdie', 'export', String(created.task), '--manifest', questions, '--format', 'label-studio', '--out', studio);
  const tasks = JSON.parse(readFileSync(studio, 'utf8'));
  assert.equal(tasks[0].annotations[0].result[0].type, 'textarea');
  assert.deepEqual(tasks[0].annotations[0].result[0].value, { text: [records[0].answer.digest] });
});
