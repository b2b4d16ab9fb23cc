// One full labeling round against any LabelChain node with the development accounts funded:
// a requester posts tasks, three labelers bond, commit (salts derived from their keys) and
// reveal, one labeler batch-commits 100 items, the chain finalizes, pays and updates
// reputation. Used by the client tests (a dev node) and by zombienet (four validators).
import assert from 'node:assert/strict';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { devAccounts } from './chain.mjs';
import { sendAndInclude, waitForBlock } from './chain-extra.mjs';
import { commitment, deriveSalt, labelArg, merkleRoot, merkleTree, saltKey } from './labels.mjs';

const UNIT = 10n ** 12n;
const itemHash = (name) => blake2AsU8a(name, 256);

/**
 * Runs the round on `api`'s chain; throws (an assertion error) if anything is not as expected.
 * The commit and reveal windows are `commitBlocks` and `revealBlocks` long: a few blocks pass
 * for each step, more where blocks are fast and the client's own work takes blocks too.
 */
export async function fullLabelingRound(api, { commitBlocks = 9, revealBlocks = 10 } = {}) {
  const { bob, charlie, dave, eve, ferdie } = devAccounts(api);
  const labelers = [['//Bob', bob], ['//Charlie', charlie], ['//Dave', dave]];
  const genesis = api.genesisHash;
  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();

  // Labelers bond the Novice stake (Eve more, for a 100-item batch of commit bonds) and join
  // the pools work is dealt from by lot: the three the pool of domain 7, Eve that of domain 8.
  await Promise.all([
    ...labelers.map(([, who]) => sendAndInclude(api, api.tx.tiers.bond(100n * UNIT), who)
      .then(() => sendAndInclude(api, api.tx.assignment.joinPool(7), who))),
    sendAndInclude(api, api.tx.tiers.bond(2_000n * UNIT), eve)
      .then(() => sendAndInclude(api, api.tx.assignment.joinPool(8), eve)),
  ]);

  // Ferdie posts a 3-item task (listed items) and a 100-item task (Merkle root).
  const small = ['cat.jpg', 'dog.jpg', 'owl.jpg'].map((name) => itemHash(name));
  const large = Array.from({ length: 100 }, (_, i) => itemHash(`image-${i}.jpg`));
  const now = (await api.rpc.chain.getHeader()).number.toNumber();
  const commitDeadline = now + commitBlocks;
  const revealDeadline = commitDeadline + revealBlocks;
  const spec = (items, redundancy, domain) => ({
    manifestHash: u8aToHex(itemHash('manifest')), manifestUri: 'ipfs://e2e', domain,
    schema: { Categorical: { classes: 3 } }, items, redundancy, minTier: 0,
    commitDeadline, revealDeadline, rewardPerItem: 3n * UNIT, gold: null,
  });
  const first = (await api.query.tasks.nextTaskId()).toNumber();
  await sendAndInclude(api, api.tx.tasks.createTask(spec({ List: small.map((x) => u8aToHex(x)) }, 3, 7)), ferdie);
  await sendAndInclude(api,
    api.tx.tasks.createTask(spec({ Merkle: { root: u8aToHex(merkleRoot(large)), count: 100 } }, 1, 8)), ferdie);
  const smallTask = first;
  const largeTask = first + 1;
  assert.ok((await api.query.tasks.tasks(largeTask)).isSome, 'both tasks exist');
  // Seats are dealt from the block after a task opens: the small task's three seats to the
  // three members of domain 7's pool, the large task's one seat to Eve, alone in domain 8's.
  const holders = async (task) => (await api.query.assignment.deals(task, 0)).filter((s) => !s.takenBack.isTrue).map((s) => s.holder.toString());
  for (let i = 0; i < 10 && ((await holders(smallTask)).length < 3 || (await holders(largeTask)).length < 1); i += 1) {
    await waitForBlock(api, (await api.rpc.chain.getHeader()).number.toNumber() + 1);
  }
  assert.deepEqual((await holders(smallTask)).sort(), labelers.map(([, who]) => who.address).sort());
  assert.deepEqual(await holders(largeTask), [eve.address]);

  // Item 1 ("dog"): Bob and Charlie say class 2, Dave says class 0. Salts come from keys.
  const votes = [2, 2, 0];
  const salts = labelers.map(([uri]) => deriveSalt(saltKey(uri), genesis, smallTask, 1));
  // A labeler who lost local state recomputes the same salt.
  assert.deepEqual(deriveSalt(saltKey('//Bob'), genesis, smallTask, 1), salts[0]);
  await Promise.all(labelers.map(([, who], i) => sendAndInclude(api,
    api.tx.labels.commit(smallTask, 1, u8aToHex(small[1]), [],
      u8aToHex(commitment(genesis, smallTask, 1, who.address, votes[i], salts[i]))), who)));

  // Eve commits to all 100 items of the large task at once.
  const eveKey = saltKey('//Eve');
  const eveLabels = large.map((_, i) => i % 3);
  const eveSalts = large.map((_, i) => deriveSalt(eveKey, genesis, largeTask, i));
  const leaves = large.map((_, i) => commitment(genesis, largeTask, i, eve.address, eveLabels[i], eveSalts[i]));
  await sendAndInclude(api, api.tx.labels.commitBatch(largeTask, 0, 100, u8aToHex(merkleRoot(leaves))), eve);
  const seats = await api.query.labels.seats(largeTask, 0);
  assert.deepEqual(seats.map((s) => s.toString()), [eve.address], 'the batch holds a seat on the chunk of items 0..99');

  // Reveal window.
  await waitForBlock(api, commitDeadline + 1);
  await Promise.all(labelers.map(([, who], i) => sendAndInclude(api,
    api.tx.labels.reveal(smallTask, 1, labelArg(votes[i]), u8aToHex(salts[i])), who)));
  const batchTree = merkleTree(leaves);
  const batchLeaves = leaves.map((_, i) => ({
    item: i, label: labelArg(eveLabels[i]), salt: u8aToHex(eveSalts[i]),
    proof: batchTree.proof(i).map((x) => u8aToHex(x)),
  }));
  const revealed = await sendAndInclude(api, api.tx.labels.revealBatch(largeTask, batchLeaves), eve);
  assert.ok(revealed.events.some(({ event }) => api.events.labels.BatchRevealed.is(event)));

  // After the reveal deadline the chain finalizes on its own.
  const before = Object.fromEntries(await Promise.all(labelers.map(async ([uri, who]) => [uri, await free(who)])));
  const held = async (who) => (await api.query.system.account(who.address)).data.reserved.toBigInt();
  const daveHeldBefore = await held(dave);
  const repBefore = await api.query.reputation.reputations(bob.address);
  assert.equal(repBefore.size, 0, 'no evidence about Bob yet');
  await waitForBlock(api, revealDeadline + 3);
  const result = (await api.query.consensus.results(smallTask, 1)).unwrap();
  assert.equal(result.label.unwrap().asClass.toNumber(), 2);
  assert.equal(result.decision.toString(), 'Consensus');
  assert.equal(result.agreeing.toNumber(), 2);

  // 3 LBL shared by the two who agreed. Dave, outvoted 2-1, loses his commit bond (5 reward
  // shares: 5 × 3/3 LBL) times the decision's certainty, (c − 1/3) / (2/3) for a confidence c
  // among three classes: two newcomers against one decide, but not surely.
  assert.equal(await free(bob) - before['//Bob'], 3n * UNIT / 2n);
  assert.equal(await free(charlie) - before['//Charlie'], 3n * UNIT / 2n);
  const confidence = BigInt(result.confidence.toString());
  assert.ok(confidence > 600_000_000n && confidence < 900_000_000n, `a 2-1 decision: ${confidence}`);
  const chance = 1_000_000_000n / 3n;
  const certainty = (confidence - chance) * 1_000_000_000n / (1_000_000_000n - chance);
  const expectedSlash = certainty * 5n * UNIT / 1_000_000_000n;
  // The slash comes out of his held stake (to the treasury); his free balance is untouched.
  const slashed = daveHeldBefore - await held(dave);
  assert.ok(slashed > 0n && slashed <= 5n * UNIT, `slashed ${slashed}`);
  assert.ok(slashed - expectedSlash <= 1n && expectedSlash - slashed <= 1n, `slashed ${slashed}, expected ${expectedSlash}`);
  assert.equal(await free(dave), before['//Dave']);
  const bobLabeler = (await api.query.tiers.labelers(bob.address)).unwrap();
  assert.equal(bobLabeler.locked.toBigInt(), 0n, 'commit bond released');

  // Reputation recorded the outcome in domain 7.
  const rep = (await api.query.reputation.reputations(bob.address)).toJSON();
  const evidence = rep['7'] ?? rep[7];
  assert.ok(evidence, `evidence in domain 7: ${JSON.stringify(rep)}`);
  // The item's reference decision (the vote without the task's own evidence) is recorded as
  // agreement evidence of each labeler, held in the task's slot of the record, counted at the
  // reference's certainty (part of an observation: two newcomers against one).
  const pendingOf = (ev) => ev.pending.find((p) => Number(p.task) === Number(smallTask));
  const bobPending = pendingOf(evidence);
  assert.ok(BigInt(bobPending.total) > 0n && BigInt(bobPending.total) < 1_000_000n, JSON.stringify(bobPending));
  assert.equal(BigInt(bobPending.agree), BigInt(bobPending.total));
  const daveRep = (await api.query.reputation.reputations(dave.address)).toJSON()['7'];
  assert.equal(BigInt(pendingOf(daveRep).agree), 0n);
  assert.equal(BigInt(pendingOf(daveRep).total), BigInt(bobPending.total));

  // Items nobody committed to are never walked: the task settles with them unlabeled (no
  // result stored), and all 100 batch items have results.
  assert.ok((await api.query.consensus.results(smallTask, 0)).isNone, 'no result for an item nobody labeled');
  // The task settles when its appeal window closes: wait for it where it is short (the dev
  // chain's 20 blocks); on a chain with the default day, it is open and the task not settled.
  const window = await api.query.consensus.appealWindows(smallTask);
  const until = window.isSome ? window.unwrap().toNumber() : 0;
  const current = (await api.rpc.chain.getHeader()).number.toNumber();
  const state = async () => (await api.query.tasks.tasks(smallTask)).unwrap().state.toString();
  if (until - current > 60) {
    assert.equal(await state(), 'Active', 'the task waits for its appeal window');
  } else {
    if (until) await waitForBlock(api, until + 2);
    assert.equal(await state(), 'Settled');
  }
  // Its 100 items take two walks (their evidence, then their decisions) at 64 items a block.
  let decided = 0;
  for (let block = revealDeadline + 4; block <= revealDeadline + 12 && decided < 100; block += 1) {
    await waitForBlock(api, block);
    decided = (await api.query.consensus.results.entries(largeTask)).length +
      (await api.query.consensus.escalations.entries(largeTask)).length;
  }
  assert.equal(decided, 100);
}
