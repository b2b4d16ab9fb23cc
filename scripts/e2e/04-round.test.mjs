// One full labeling round on a dev node (lib/round.mjs): a requester posts tasks, three labelers
// bond, commit and reveal, one labeler batch-commits 100 items, the chain finalizes, pays and
// updates reputation.
import { test } from 'node:test';
import { devChain } from '../lib/test-chain.mjs';
import { fullLabelingRound } from '../lib/round.mjs';

let api;
devChain({ onReady: (c) => { api = c.api; } });

test('task, three labelers commit and reveal, a 100-item batch, finalization, payouts and reputation', { timeout: 600_000 }, async () => {
  // Blocks come every second here (dev sealing), so the windows are wider in blocks.
  await fullLabelingRound(api, { commitBlocks: 20, revealBlocks: 15 });
});
