// Token holders change a labeling parameter on a dev node through a referendum on the
// labeling-parameters track: preimage, submission, decision deposit, votes, enactment. The
// development preset's referendum periods are a few blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devChain } from '../lib/test-chain.mjs';
import { devAccounts, describeDispatchError, sendAndFinalize } from '../lib/chain.mjs';
import { sendAndInclude, waitForBlock } from '../lib/chain-extra.mjs';

let api;
devChain({ onReady: (c) => { api = c.api; } });

const UNIT = 10n ** 12n;
const PERBILL = 1_000_000_000;
const deviationSlashKey = { Consensus: { DeviationSlash: null } };

async function deviationSlash() {
  const stored = await api.query.parameters.parameters(deviationSlashKey);
  // Unset: the default of the runtime (50 %).
  return stored.isSome ? stored.unwrap().asConsensus.asDeviationSlash.toNumber() : null;
}

test('a referendum on the labeling track changes the deviation slash', async () => {
  const { alice, bob, charlie, dave } = devAccounts(api);
  assert.equal(await deviationSlash(), null);

  // The proposal: Governance.set_parameter(consensus.DeviationSlash = 80 %).
  const proposal = api.tx.governance.setParameter({ Consensus: { DeviationSlash: [null, 0.8 * PERBILL] } });
  const { hash: preimageHash, encodedLength: len } = proposal.method;
  await sendAndFinalize(api, api.tx.preimage.notePreimage(proposal.method.toHex()), alice);

  const index = (await api.query.referenda.referendumCount()).toNumber();
  const enactment = (await api.consts.referenda.tracks)
    .find(([id]) => id.toNumber() === 1)[1].minEnactmentPeriod.toNumber();
  const { events } = await sendAndFinalize(api, api.tx.referenda.submit(
    { Governance: 'LabelingParameters' },
    { Lookup: { hash: preimageHash, len } },
    { After: enactment },
  ), alice);
  const submitted = events.find(({ event }) => api.events.referenda.Submitted.is(event));
  assert.equal(submitted.event.data.track.toNumber(), 1, 'on the labeling_parameters track');
  await sendAndFinalize(api, api.tx.referenda.placeDecisionDeposit(index), alice);

  // Three holders vote aye with half their balance.
  const aye = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 500_000n * UNIT } };
  await Promise.all([alice, bob, dave].map((who) => sendAndInclude(api, api.tx.convictionVoting.vote(index, aye), who)));
  // One votes nay with less.
  const nay = { Standard: { vote: { aye: false, conviction: 'None' }, balance: 10_000n * UNIT } };
  await sendAndInclude(api, api.tx.convictionVoting.vote(index, nay), charlie);

  // Passed, confirmed and enacted within the development periods (about 20 blocks).
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = start + 1; ; n += 1) {
    await waitForBlock(api, n, 60_000);
    if ((await deviationSlash()) !== null) break;
    assert.ok(n < start + 80, 'enacted within 80 blocks');
  }
  assert.equal(await deviationSlash(), 0.8 * PERBILL);
  const info = await api.query.referenda.referendumInfoFor(index);
  assert.ok(info.unwrap().isApproved, `referendum ${index} approved: ${info.toString()}`);
});

test('an out-of-bounds value is refused by name, even through sudo', async () => {
  const { alice } = devAccounts(api);
  const threshold = api.tx.governance.setParameter({ Consensus: { Threshold: [null, 0.4 * PERBILL] } });
  const { events } = await sendAndFinalize(api, api.tx.sudo.sudo(threshold), alice);
  const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
  const result = sudid.event.data.sudoResult;
  assert.ok(result.isErr);
  assert.match(describeDispatchError(api, result.asErr), /governance\.ThresholdBelowMajority/);

  // pallet-parameters itself obeys no one but a checked change.
  const direct = api.tx.parameters.setParameter({ Consensus: { Threshold: [null, 0.4 * PERBILL] } });
  const { events: directEvents } = await sendAndFinalize(api, api.tx.sudo.sudo(direct), alice);
  const directResult = directEvents.find(({ event }) => api.events.sudo.Sudid.is(event)).event.data.sudoResult;
  assert.match(describeDispatchError(api, directResult.asErr), /BadOrigin/);
});
