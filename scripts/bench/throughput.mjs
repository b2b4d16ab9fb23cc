#!/usr/bin/env node
// Throughput of the chain on one dev node, three workloads in the same run (the method of
// Parity's polkadot-stps): every extrinsic is signed before submission with explicit nonces,
// submitted without being watched, and counted per finalized block from block timestamps,
// leaving out the first and last (partial) blocks of each workload, and any block authored
// before the workload was all submitted.
//   1. `balances.transferKeepAlive` — the reference rate;
//   2. single-item labels, one transaction per `labels.commit` and per `labels.reveal` —
//      labels per second; and (2g) single-item labels committed and revealed `--group` per
//      transaction (`labels.commitSingles` / `labels.revealSingles`: each item keeps its own
//      commitment, any items of the task);
//   3. `labels.commitBatch` / `labels.revealSeededBatch` of one whole chunk (`MaxBatchSize`
//      items, 128) each — counted in labels.
// Work is dealt by lot (`pallet-assignment`): every account joins the pool of the tasks' domain,
// each task's seats are dealt (not measured: the table is about labeling, the deal rate is printed
// apart), and each account commits and reveals the items of the chunks dealt to it.
// It also prints each workload's ceiling from the runtime's block weights and the benchmarked
// call weights (the normal-class weight the runtime charged for the workload's extrinsics in the
// blocks it filled, per extrinsic) and block length, and the ratios 2/1 and 3/1.
// Usage: scripts/bench-throughput.sh [--accounts N] [--blocks B] (see --help).
import { Command } from 'commander';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex, bnToU8a, stringToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { connect, devAccounts } from '../lib/chain.mjs';
import { startDevNode } from '../lib/devnode.mjs';
import { batchSalt, commitment, merkleTree } from '../lib/labels.mjs';

const opts = new Command('bench-throughput')
  .option('--accounts <n>', 'funded sender accounts', (v) => Number(v), 400)
  .option('--blocks <n>', 'blocks each workload should keep full', (v) => Number(v), 6)
  .option('--transfers <n>', 'transfers per account', (v) => Number(v), 60)
  .option('--labels <n>', 'single-item labels per account, on average (what is dealt to each varies)', (v) => Number(v), 200)
  .option('--one-by-one <n>', 'of which committed and revealed one per transaction (the rest grouped)', (v) => Number(v), 40)
  .option('--group <n>', 'single-item labels per commit_singles / reveal_singles', (v) => Number(v), 32)
  .option('--batches <n>', 'batches (one chunk each) per account, on average', (v) => Number(v), 30)
  .option('--pool-limit <n>', 'transaction pool limit (count) of the node', (v) => Number(v), 200_000)
  .option('--url <ws>', 'use a running node instead of starting one')
  .parse().opts();

const UNIT = 10n ** 12n;
const REDUNDANCY = 15;
const log = (...a) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---- the node and the connections ----
// Real Aura slots and GRANDPA: throughput is measured at the chain's 6 s blocks.
const node = opts.url ? null : await startDevNode({
  timeoutMs: 120_000, blockTimeMs: null,
  extraArgs: [`--pool-limit=${opts.poolLimit}`, '--pool-kbytes=4000000', '--rpc-max-request-size=100',
    '--rpc-max-response-size=500', '--rpc-message-buffer-capacity-per-connection=16384'],
});
const url = opts.url ?? node.wsUrl;
const api = await connect(url);
const submitters = await Promise.all(Array.from({ length: 4 }, async () => {
  const p = new WsProvider(url, 1000, {}, 60_000);
  await p.isReady;
  return p;
}));


/** Sends hex extrinsics round-robin over the submitters, at most `inFlight` unanswered. */
async function submitAll(hexes, inFlight = 2000) {
  let next = 0;
  let refused = 0;
  let firstError = null;
  const worker = async (w) => {
    const p = submitters[w % submitters.length];
    while (next < hexes.length) {
      const hex = hexes[next++];
      try { await p.send('author_submitExtrinsic', [hex]); } catch (e) { refused += 1; firstError ??= e.message; }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, (_, w) => worker(w)));
  return { refused, firstError };
}

/** Next nonce per account over the whole run: extrinsics are signed long before they land. */
const nonces = new Map();

/** Signs each `{ pair, tx }` with the account's next nonce (immortal era). */
async function presign(items) {
  const out = [];
  for (const { pair, tx } of items) {
    if (!nonces.has(pair.address)) nonces.set(pair.address, (await api.rpc.system.accountNextIndex(pair.address)).toNumber());
    const nonce = nonces.get(pair.address);
    nonces.set(pair.address, nonce + 1);
    out.push((await tx.signAsync(pair, { nonce, era: 0 })).toHex());
    // Signing is CPU-bound: let the event loop answer the node's WebSocket pings meanwhile, or
    // the node closes the idle-looking connections.
    if (out.length % 200 === 0) await new Promise((r) => setImmediate(r));
  }
  return out;
}

const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();
const finalized = async () => (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Follows finalized blocks from `from` until `expected` matching extrinsics were seen or nothing
 * new landed for 4 blocks; returns per block { number, time, count }.
 */
async function countBlocks(from, isOurs, expected) {
  const blocks = [];
  let seen = 0;
  let idle = 0;
  let n = from;
  // Done when all landed, or nothing more landed for 4 blocks (20 if nothing landed at all).
  while (seen < expected && idle < (seen > 0 ? 4 : 20)) {
    if (n > await finalized()) { await sleep(500); continue; }
    const hash = await api.rpc.chain.getBlockHash(n);
    const { block } = await api.rpc.chain.getBlock(hash);
    let time = 0;
    let count = 0;
    let bytes = 0;
    const ours = new Set();
    block.extrinsics.forEach((ex, index) => {
      const { section, method } = ex.method;
      if (section === 'timestamp' && method === 'set') time = Number(ex.method.args[0].toBigInt());
      else if (isOurs(section, method)) { count += 1; bytes += ex.encodedLength; ours.add(index); }
    });
    let normalWeight = 0n;
    let failed = 0;
    if (count) {
      const at = await api.at(hash);
      normalWeight = (await at.query.system.blockWeight()).normal.refTime.toBigInt();
      // An extrinsic that lands but fails did not do the work: it is counted apart.
      for (const { phase, event } of await at.query.system.events()) {
        if (phase.isApplyExtrinsic && ours.has(phase.asApplyExtrinsic.toNumber()) && api.events.system.ExtrinsicFailed.is(event)) failed += 1;
      }
    }
    blocks.push({ number: n, time, count, bytes, normalWeight, failed });
    seen += count;
    idle = count === 0 ? idle + 1 : 0;
    n += 1;
  }
  return blocks;
}

/**
 * The rate over the blocks carrying the workload, leaving out the first and last of them
 * (partial): extrinsics in the full blocks over the time from the first block's timestamp to
 * the last full block's. Blocks authored before the last extrinsic was submitted (`submittedAt`,
 * wall clock) are partial like the first: the count starts after the last of them.
 */
function rate(blocks, submittedAt) {
  const carrying = blocks.filter((b) => b.count > 0);
  let first = 0;
  while (first + 2 < carrying.length && carrying[first + 1].time < submittedAt) first += 1;
  const full = carrying.slice(first + 1, -1);
  if (full.length < 1) return { perSecond: NaN, blocks: 0, counted: 0, perBlock: carrying.map((b) => b.count) };
  const counted = full.reduce((s, b) => s + b.count, 0);
  const seconds = (full[full.length - 1].time - carrying[first].time) / 1000;
  return { perSecond: counted / seconds, blocks: full.length, counted, perBlock: carrying.map((b) => b.count) };
}

/**
 * How many extrinsics like the workload's fit in one block by weight and by length, from the
 * blocks it filled: the normal-class weight the runtime charged (the benchmarked weights plus
 * the base extrinsic weight) and the bytes, per extrinsic.
 */
function ceiling(blocks) {
  const carrying = blocks.filter((b) => b.count > 0);
  const count = carrying.reduce((s, b) => s + b.count, 0);
  const weight = carrying.reduce((s, b) => s + b.normalWeight, 0n);
  const bytes = carrying.reduce((s, b) => s + b.bytes, 0);
  const normal = api.consts.system.blockWeights.perClass.normal;
  const maxTotal = normal.maxTotal.unwrap().refTime.toBigInt();
  const perTx = weight / BigInt(Math.max(count, 1));
  const byWeight = Number(maxTotal / (perTx > 0n ? perTx : 1n));
  const maxLength = api.consts.system.blockLength.max.normal.toNumber();
  const byLength = Math.floor(maxLength / Math.max(1, bytes / Math.max(count, 1)));
  const slot = Number(api.consts.aura.slotDuration.toBigInt()) / 1000;
  return { perBlock: Math.min(byWeight, byLength), perSecond: Math.min(byWeight, byLength) / slot, byWeight, byLength,
    weightMicros: Number(perTx) / 1e6, bytes: Math.round(bytes / Math.max(count, 1)) };
}

async function waitUntil(block) {
  while (await best() < block) await sleep(500);
}

/** Submits pre-signed extrinsics and measures them; `isOurs(section, method)` picks them out. */
async function measure(name, hexes, isOurs) {
  const from = (await best()) + 1;
  const started = Date.now();
  const { refused, firstError } = await submitAll(hexes);
  const submittedAt = Date.now();
  log(`${name}: ${hexes.length} submitted in ${((Date.now() - started) / 1000).toFixed(1)} s` +
    (refused ? `, ${refused} refused by the node (first: ${firstError})` : ''));
  const blocks = await countBlocks(from, isOurs, hexes.length - refused);
  const r = rate(blocks, submittedAt);
  log(`${name}: ${r.counted} in ${r.blocks} full blocks -> ${r.perSecond.toFixed(1)}/s; per block ${r.perBlock.join(' ')}`);
  const failed = blocks.reduce((s, b) => s + b.failed, 0);
  if (failed) log(`${name}: ${failed} landed but FAILED (their work is not done): the figures below do not stand`);
  const included = blocks.reduce((s, b) => s + b.count, 0);
  const lost = hexes.length - refused - included;
  if (lost > 0) {
    log(`${name}: ${lost} accepted by the node never landed: the figures below do not stand`);
    process.exitCode = 1;
  }
  return { ...r, ceiling: ceiling(blocks), included, submitted: hexes.length, refused, failed, lost };
}

async function main() {
  const { alice, bob, charlie, dave, ferdie } = devAccounts(api);
  const funders = [alice, bob, charlie, dave];
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
  let t = Date.now();
  const accounts = Array.from({ length: opts.accounts }, (_, i) => keyring.addFromUri(`//bench//${i}`));
  log(`${accounts.length} accounts derived in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const genesis = api.genesisHash;
  // A batch is one whole chunk of a task.
  const BATCH = api.consts.labels.maxBatchSize.toNumber();

  // ---- set-up: fund and bond every account, and join the pool of domain 1 (not measured) ----
  // Work is dealt by lot: an account may be dealt half as much again as the average, and a
  // labeler's free stake must cover the bonds of a whole chunk to be dealt it.
  const bond = BigInt(Math.ceil(1.5 * BATCH * opts.batches) + 3 * opts.labels + 2 * BATCH + 200) * UNIT;
  // Every batch item sets aside a commit bond, more than one dev account holds for 400 labelers.
  const funding = await presign(accounts.map((a, i) => ({ pair: funders[i % funders.length], tx: api.tx.balances.transferKeepAlive(a.address, bond + 100n * UNIT) })));
  await submitAll(funding);
  await countBlocks((await best()) + 1, (s, m) => s === 'balances' && m === 'transferKeepAlive', funding.length);
  const bonds = await presign(accounts.map((a) => ({ pair: a, tx: api.tx.tiers.bond(bond) })));
  await submitAll(bonds);
  await countBlocks((await best()) + 1, (s, m) => s === 'tiers' && m === 'bond', bonds.length);
  const joins = await presign(accounts.map((a) => ({ pair: a, tx: api.tx.assignment.joinPool(1) })));
  await submitAll(joins);
  await countBlocks((await best()) + 1, (s, m) => s === 'assignment' && m === 'joinPool', joins.length);
  log('set-up: accounts funded, bonded and in the pool of domain 1');

  /**
   * Waits until `seats` seats of the tasks are dealt; returns per account the first items of its
   * dealt chunks, per task, and logs the deal rate.
   */
  const dealtChunks = async (tasks, seats) => {
    const from = await best();
    const started = Date.now();
    let dealt = 0;
    for (;;) {
      dealt = 0;
      for (const task of tasks) for (const [, holders] of await api.query.assignment.deals.entries(task)) dealt += holders.filter((h) => !h.takenBack.isTrue).length;
      if (dealt >= seats) break;
      if (await best() > from + 400) throw new Error(`only ${dealt} of ${seats} seats dealt in 400 blocks`);
      await sleep(2000);
    }
    const blocks = await best() - from;
    log(`deal: ${seats} seats dealt in ${blocks} blocks (${((Date.now() - started) / 1000).toFixed(0)} s, at most ${api.consts.assignment.maxDealsPerBlock.toNumber()} a block)`);
    const mine = new Map();
    for (const task of tasks) {
      for (const [key, holders] of await api.query.assignment.deals.entries(task)) {
        const first = key.args[1].toNumber() * BATCH;
        for (const h of holders.filter((x) => !x.takenBack.isTrue)) {
          const who = h.holder.toString();
          if (!mine.has(who)) mine.set(who, []);
          mine.get(who).push({ task, first });
        }
      }
    }
    return mine;
  };

  // ---- 1. transfers ----
  t = Date.now();
  const transfers = await presign(Array.from({ length: opts.accounts * opts.transfers }, (_, i) => ({
    pair: accounts[i % accounts.length], tx: api.tx.balances.transferKeepAlive(accounts[(i + 1) % accounts.length].address, UNIT / 1000n),
  })));
  log(`transfers: ${transfers.length} signed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const transfer = await measure('transfers', transfers, (s, m) => s === 'balances' && m === 'transferKeepAlive');

  // ---- 2. single-item labels: a task of labels/redundancy items whose chunks are dealt by lot;
  // every account labels the items of its chunks: the first `one-by-one` one transaction per
  // commit and per reveal (2), the rest `group` per `commit_singles` and per `reveal_singles` (2g) ----
  const singles = opts.accounts * opts.labels;
  const itemCount = Math.ceil(singles / REDUNDANCY);
  const itemHashes = Array.from({ length: itemCount }, (_, i) => blake2AsU8a(stringToU8a(`bench-item-${i}`), 256));
  const items = merkleTree(itemHashes);
  const salt = (who, task, item) => blake2AsU8a(u8aConcat(stringToU8a(who), bnToU8a(task, { bitLength: 64 }), bnToU8a(item, { bitLength: 32 })), 256);
  const labelOf = (item, who) => (item + who) % 3;
  const taskSpec = (count, root, commitBlocks, revealBlocks, now) => ({
    manifestHash: u8aToHex(blake2AsU8a('bench', 256)), manifestUri: 'bench://throughput', domain: 1,
    schema: { Categorical: { classes: 3 } }, items: { Merkle: { root: u8aToHex(root), count } }, redundancy: REDUNDANCY,
    minTier: 0, commitDeadline: now + commitBlocks, revealDeadline: now + commitBlocks + revealBlocks,
    rewardPerItem: UNIT / 100n, gold: null,
  });
  // The commit window must outlast the deal, the signing and the commits however slowly they go;
  // the reveal window the reveals.
  const window = opts.blocks * 4 + 10;
  // Dealing takes seats / MaxDealsPerBlock blocks; signing the commits and reveals (measured
  // here at about 7 ms an extrinsic) more, since it waits for the deal.
  const maxDeals = api.consts.assignment.maxDealsPerBlock.toNumber();
  const slotMs = Number(api.consts.aura.slotDuration.toBigInt());
  const dealWindow = (seats, signatures) => window + Math.ceil(seats / maxDeals) + Math.ceil(signatures * 10 / slotMs) + 10;
  const singleTask = (await api.query.tasks.nextTaskId()).toNumber();
  const now = await best();
  await submitAll(await presign([{ pair: ferdie, tx: api.tx.tasks.createTask(taskSpec(itemCount, items.root, dealWindow(Math.ceil(itemCount / BATCH) * REDUNDANCY, 2 * (opts.accounts * opts.oneByOne + singles / opts.group)), window, now)) }]));
  await countBlocks(now + 1, (s, m) => s === 'tasks' && m === 'createTask', 1);
  const spec = (await api.query.tasks.tasks(singleTask)).unwrap();
  if (spec.requester.toString() !== ferdie.address) throw new Error('the single-item task did not get the id it was signed for');
  const singleDeal = await dealtChunks([singleTask], Math.ceil(itemCount / BATCH) * REDUNDANCY);
  t = Date.now();
  const oneByOne = [];
  const labelGroups = [];
  for (const [w, a] of accounts.entries()) {
    const mine = (singleDeal.get(a.address) ?? [])
      .flatMap(({ first }) => Array.from({ length: Math.min(BATCH, itemCount - first) }, (_, k) => ({ a, w, item: first + k })));
    oneByOne.push(...mine.slice(0, opts.oneByOne));
    // A group's items go in ascending order (`commit_singles` proves them together).
    for (let k = opts.oneByOne; k < mine.length; k += opts.group) labelGroups.push(mine.slice(k, k + opts.group).sort((x, y) => x.item - y.item));
  }
  const single = ({ a, w, item }) => {
    const s = salt(a.address, singleTask, item);
    return {
      commit: { item, itemHash: u8aToHex(itemHashes[item]),
        commitment: u8aToHex(commitment(genesis, singleTask, item, a.address, labelOf(item, w), s)) },
      reveal: { item, label: { Class: labelOf(item, w) }, salt: u8aToHex(s) },
    };
  };
  // Signed in the order they are submitted: each account's nonces must come in sequence.
  const commits = await presign(oneByOne.map((x) => {
    const { commit: c } = single(x);
    return { pair: x.a, tx: api.tx.labels.commit(singleTask, c.item, c.itemHash, items.proof(c.item).map((p) => u8aToHex(p)), c.commitment) };
  }));
  const groupCommits = await presign(labelGroups.map((g) => ({ pair: g[0].a, tx: api.tx.labels.commitSingles(singleTask, g.map((x) => single(x).commit), items.multiProof(g.map((x) => x.item)).map((p) => u8aToHex(p))) })));
  const reveals = await presign(oneByOne.map((x) => {
    const { reveal: r } = single(x);
    return { pair: x.a, tx: api.tx.labels.reveal(singleTask, r.item, r.label, r.salt) };
  }));
  const groupReveals = await presign(labelGroups.map((g) => ({ pair: g[0].a, tx: api.tx.labels.revealSingles(singleTask, g.map((x) => single(x).reveal)) })));
  // Labels per grouped transaction, as signed (an account's last group may be smaller).
  const perGroup = labelGroups.reduce((n, g) => n + g.length, 0) / Math.max(labelGroups.length, 1);
  log(`labels: ${commits.length} commits and reveals, ${groupCommits.length} grouped commits and reveals signed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (await best() + window > spec.commitDeadline.toNumber()) log('labels: WARNING the commit window may close before the commits land (--blocks, or a faster machine)');
  const commit = await measure('commits', commits, (s, m) => s === 'labels' && m === 'commit');
  const commitSingles = await measure('grouped commits', groupCommits, (s, m) => s === 'labels' && m === 'commitSingles');
  await waitUntil(spec.commitDeadline.toNumber() + 1);
  const reveal = await measure('reveals', reveals, (s, m) => s === 'labels' && m === 'reveal');
  const revealSingles = await measure('grouped reveals', groupReveals, (s, m) => s === 'labels' && m === 'revealSingles');

  // ---- 3. batches: `batches` tasks of accounts/redundancy chunks each, dealt by lot; every
  // account commits and reveals one whole batch per chunk dealt to it ----
  const groups = Math.ceil(opts.accounts / REDUNDANCY);
  const batchItems = groups * BATCH;
  const batchHashes = Array.from({ length: batchItems }, (_, i) => blake2AsU8a(stringToU8a(`bench-batch-item-${i}`), 256));
  const batchRoot = merkleTree(batchHashes).root;
  const firstBatchTask = (await api.query.tasks.nextTaskId()).toNumber();
  const batchTasks = Array.from({ length: opts.batches }, (_, k) => firstBatchTask + k);
  const now2 = await best();
  const creates = await presign(Array.from({ length: opts.batches }, () => ({ pair: ferdie, tx: api.tx.tasks.createTask(taskSpec(batchItems, batchRoot, dealWindow(opts.batches * groups * REDUNDANCY, 2 * opts.batches * groups * REDUNDANCY), window, now2)) })));
  await submitAll(creates);
  await countBlocks(now2 + 1, (s, m) => s === 'tasks' && m === 'createTask', creates.length);
  const batchSpec = (await api.query.tasks.tasks(batchTasks[batchTasks.length - 1])).unwrap();
  if (batchSpec.requester.toString() !== ferdie.address) throw new Error('the batch tasks did not get the ids they were signed for');
  const batchDeal = await dealtChunks(batchTasks, opts.batches * groups * REDUNDANCY);
  t = Date.now();
  const batchCommits = [];
  const batchReveals = [];
  for (const [w, a] of accounts.entries()) {
    for (const { task, first } of batchDeal.get(a.address) ?? []) {
      // Salts from one seed per batch: the whole batch is revealed with its labels and the seed.
      const seed = salt(a.address, task, 0xffffffff - first);
      const labels = Array.from({ length: BATCH }, (_, k) => labelOf(first + k, w));
      const leaves = labels.map((label, k) => commitment(genesis, task, first + k, a.address, label, batchSalt(seed, task, a.address, first + k)));
      const tree = merkleTree(leaves);
      batchCommits.push({ pair: a, tx: api.tx.labels.commitBatch(task, first, BATCH, u8aToHex(tree.root)) });
      batchReveals.push({ pair: a, tx: api.tx.labels.revealSeededBatch(task, first, labels.map((c) => ({ Class: c })), u8aToHex(seed)) });
    }
  }
  const batchCommitHexes = await presign(batchCommits);
  const batchRevealHexes = await presign(batchReveals);
  log(`batches: ${batchCommitHexes.length} batch commits and reveals signed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (await best() + window > batchSpec.commitDeadline.toNumber()) log('batches: WARNING the commit window may close before the commits land');
  const commitBatch = await measure('batch commits', batchCommitHexes, (s, m) => s === 'labels' && m === 'commitBatch');
  await waitUntil(batchSpec.commitDeadline.toNumber() + 1);
  const revealBatch = await measure('batch reveals', batchRevealHexes, (s, m) => s === 'labels' && m === 'revealSeededBatch');

  // ---- the table ----
  // A label needs a commit and a reveal: labels/s = 1 / (1/commits per s + 1/reveals per s).
  const pairRate = (a, b) => 1 / (1 / a + 1 / b);
  const results = [
    { workload: '1 transfers (transfer_keep_alive)', unit: 'transfers', measured: transfer.perSecond, ceiling: transfer.ceiling.perSecond,
      detail: `${transfer.counted} in ${transfer.blocks} full blocks` },
    { workload: '2 single-item labels (a commit and a reveal transaction each)', unit: 'labels', measured: pairRate(commit.perSecond, reveal.perSecond),
      ceiling: pairRate(commit.ceiling.perSecond, reveal.ceiling.perSecond),
      detail: `commits ${commit.perSecond.toFixed(1)}/s (${commit.blocks} blocks), reveals ${reveal.perSecond.toFixed(1)}/s (${reveal.blocks} blocks)` },
    { workload: `2g single-item labels, ${perGroup.toFixed(0)} per commit_singles / reveal_singles`, unit: 'labels',
      measured: perGroup * pairRate(commitSingles.perSecond, revealSingles.perSecond),
      ceiling: perGroup * pairRate(commitSingles.ceiling.perSecond, revealSingles.ceiling.perSecond),
      detail: `grouped commits ${commitSingles.perSecond.toFixed(1)}/s (${commitSingles.blocks} blocks), grouped reveals ${revealSingles.perSecond.toFixed(1)}/s (${revealSingles.blocks} blocks)` },
    { workload: `3 batched labels (${BATCH} per commit_batch / reveal_seeded_batch)`, unit: 'labels',
      measured: BATCH * pairRate(commitBatch.perSecond, revealBatch.perSecond),
      ceiling: BATCH * pairRate(commitBatch.ceiling.perSecond, revealBatch.ceiling.perSecond),
      detail: `batch commits ${commitBatch.perSecond.toFixed(2)}/s (${commitBatch.blocks} blocks), batch reveals ${revealBatch.perSecond.toFixed(2)}/s (${revealBatch.blocks} blocks)` },
  ];
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
  console.log('\n| workload | measured per second | ceiling per second (weight, length) | how |');
  console.log('| --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.workload} | ${fmt(r.measured)} ${r.unit} | ${fmt(r.ceiling)} ${r.unit} | ${r.detail} |`);
  console.log(`\nratio 2/1 = ${(results[1].measured / results[0].measured).toFixed(2)} (goal >= 1.0; one transaction per commit and per reveal)`);
  console.log(`ratio 2g/1 = ${(results[2].measured / results[0].measured).toFixed(2)} (goal >= 1.0; single-item labels, ${perGroup.toFixed(0)} per transaction)`);
  console.log(`ratio 3/1 = ${(results[3].measured / results[0].measured).toFixed(2)} (goal >= 10)`);
  console.log('\nper extrinsic (weight incl. base, bytes; ceiling per block by weight / by length):');
  const each = { transfer, commit, reveal, commitSingles, revealSingles, commitBatch, revealBatch };
  for (const [name, m] of Object.entries(each)) {
    const c = m.ceiling;
    console.log(`  ${name}: ${c.weightMicros.toFixed(1)} us, ${c.bytes} B; ${c.byWeight} / ${c.byLength} per block`);
  }
  console.log(`\nrefused by the node: ${Object.entries(each).map(([name, m]) => `${name} ${m.refused}`).join(', ')}`);
  console.log(`landed but failed: ${Object.entries(each).map(([name, m]) => `${name} ${m.failed}`).join(', ')}`);
  if (Object.values(each).some((m) => m.failed > 0)) process.exitCode = 1;
}

try {
  await main();
} finally {
  await Promise.all(submitters.map((p) => p.disconnect()));
  await api.disconnect();
  await node?.stop();
}
