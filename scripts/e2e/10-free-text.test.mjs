// Free text through the `labelchain` CLI against a dev node: a free-text task (`--schema text`)
// answered by two authors dealt by lot, its answers rated 0-4 by a review task dealt to the
// three other members (never to an author), authors paid by their rating, reviewers by their
// closeness, the best answer exported (JSONL with every answer's rating, Label Studio textarea)
// and verified.
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

const { ok } = cliRunner(chain);

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
