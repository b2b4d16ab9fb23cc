// The client library against answers computed by the runtime's own code (no chain needed): a
// proof the client builds differently from the runtime would be refused on chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { merkleTree } from '../lib/labels.mjs';

test('multiProof: the combined proof of items 1, 4 and 6 of 7 is the runtime\'s (merkle::multi_proof)', async () => {
  await cryptoWaitReady();
  const leaves = Array.from({ length: 7 }, (_, i) => new Uint8Array(32).fill(i + 1));
  const tree = merkleTree(leaves);
  // From `multiproof_known_answer_shared_with_the_client` in pallets/primitives/src/merkle.rs.
  assert.deepEqual(tree.multiProof([1, 4, 6]).map((h) => u8aToHex(h)), [
    '0xf40ceaf86e5776923332b8d8fd3bef849cadb19c6996bc272af1f648d9566a4c',
    '0xd4d81abafad908a0ccefef5ad6b05d502702f1c16f232c25929309ac441b958e',
    '0x6df907fe03d4084e1af61d84e3830f4bd638e48d1a3a0c67ac18127f77986754',
  ]);
  // One item: its own proof; every item: nothing to add.
  for (let i = 0; i < 7; i++) assert.deepEqual(tree.multiProof([i]), tree.proof(i));
  assert.deepEqual(tree.multiProof([0, 1, 2, 3, 4, 5, 6]), []);
});
