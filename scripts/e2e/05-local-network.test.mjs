// Four validators (Alice, Bob, Charlie, Dave) of the `local` chain on one machine form a
// network: all of them see blocks produced and finalized.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNode } from '../lib/devnode.mjs';

const nodes = [];

after(async () => {
  await Promise.all(nodes.map((n) => n.stop()));
});

// A fixed node key gives Alice a known peer id to bootstrap the others from.
const ALICE_NODE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const ALICE_PEER_ID = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';

async function heights(node) {
  const best = parseInt((await node.rpc('chain_getHeader')).number, 16);
  const fin = await node.rpc('chain_getFinalizedHead');
  const finalized = parseInt((await node.rpc('chain_getHeader', [fin])).number, 16);
  const peers = (await node.rpc('system_health')).peers;
  return { best, finalized, peers };
}

test('four local validators produce and finalize blocks together', { timeout: 240_000 }, async () => {
  const alice = await startNode({
    args: ['--chain=local', '--alice', '--tmp', `--node-key=${ALICE_NODE_KEY}`],
    waitForBlock: false,
  });
  nodes.push(alice);
  const bootnode = `/ip4/127.0.0.1/tcp/${alice.p2pPort}/p2p/${ALICE_PEER_ID}`;
  for (const [i, name] of ['bob', 'charlie', 'dave'].entries()) {
    const nodeKey = String(i + 2).padStart(64, '0');
    nodes.push(await startNode({
      args: ['--chain=local', `--${name}`, '--tmp', `--node-key=${nodeKey}`, `--bootnodes=${bootnode}`],
      waitForBlock: false,
    }));
  }

  // GRANDPA needs 3 of 4 votes: finality at height ≥ 3 on every node shows they all talk.
  const deadline = Date.now() + 180_000;
  let state = [];
  while (Date.now() < deadline) {
    state = await Promise.all(nodes.map(heights));
    if (state.every((s) => s.finalized >= 3 && s.peers >= 3)) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  assert.ok(state.every((s) => s.peers >= 3), `every node has 3 peers: ${JSON.stringify(state)}`);
  assert.ok(state.every((s) => s.finalized >= 3), `every node finalized block 3: ${JSON.stringify(state)}`);
  const authored = new Set();
  for (let n = 1; n <= 3; n++) {
    const hash = await nodes[0].rpc('chain_getBlockHash', [n]);
    const header = await nodes[0].rpc('chain_getHeader', [hash]);
    authored.add(header.digest.logs[0]);
  }
  assert.ok(authored.size >= 2, 'blocks come from more than one validator');
});
