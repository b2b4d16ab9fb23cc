// The client library against answers computed by the runtime's own code (no chain needed): a
// proof the client builds differently from the runtime would be refused on chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';
import { batchSalt, deriveSalt, encodeLabel, merkleTree, saltKey } from '../lib/labels.mjs';
import { labelValue, parseSchema } from '../cli/values.mjs';
import { loadAccount } from '../cli/accounts.mjs';

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

test('batchSalt: bound to task and labeler, the runtime\'s value (batch_salt_matches_the_client)', async () => {
  await cryptoWaitReady();
  const seed = new Uint8Array(32).fill(7);
  const labeler = new Uint8Array(32).fill(9);
  assert.equal(u8aToHex(batchSalt(seed, 5, labeler, 130)),
    '0x4e21e530d7539528d7fcc778a194e7abeeeda8c68c4ea6867b594def75448ce9');
  assert.notEqual(u8aToHex(batchSalt(seed, 6, labeler, 130)), u8aToHex(batchSalt(seed, 5, labeler, 130)));
});

test('salts: one account gives the same salts from its URI and from its JSON keystore', async () => {
  await cryptoWaitReady();
  const dir = mkdtempSync(join(tmpdir(), 'labelchain-salt-'));
  const mnemonic = mnemonicGenerate();
  const pair = new Keyring({ type: 'sr25519' }).addFromUri(mnemonic);
  const file = join(dir, 'account.json');
  writeFileSync(file, JSON.stringify(pair.toJson('secret')));
  const fromUri = await loadAccount({ suri: mnemonic });
  const fromKeystore = await loadAccount({ keystore: file, password: 'secret' });
  assert.equal(fromKeystore.pair.address, fromUri.pair.address);
  const genesis = new Uint8Array(32).fill(1);
  assert.deepEqual(deriveSalt(fromKeystore.saltKey, genesis, 3, 17), deriveSalt(fromUri.saltKey, genesis, 3, 17));
  assert.deepEqual(deriveSalt(saltKey(mnemonic), genesis, 3, 17), deriveSalt(fromUri.saltKey, genesis, 3, 17));
  // Another account, other salts.
  assert.notDeepEqual(deriveSalt(saltKey('//Bob'), genesis, 3, 17), deriveSalt(fromUri.saltKey, genesis, 3, 17));
});

test('encodeLabel: every kind of label as the runtime encodes it (label_encodings_shared_with_the_client)', () => {
  const hex = (label) => u8aToHex(encodeLabel(label));
  assert.equal(hex(3), '0x000300');
  assert.equal(hex({ Level: 3 }), '0x020300');
  assert.equal(hex({ Number: -2 }), '0x03feffffffffffffff');
  assert.equal(hex({ Classes: 5n }), '0x040500000000000000');
  assert.equal(hex({ Prefer: { side: 'B', clear: true } }), '0x050201');
  assert.equal(hex({ Prefer: { side: 'Tie', clear: false } }), '0x050100');
  assert.equal(hex({ Ranking: [2, 0, 1] }), '0x06020001ffffffffff');
  // Answers as people write them, read for their schema.
  assert.deepEqual(labelValue('A!', 'preference'), { Prefer: { side: 'A', clear: true } });
  assert.deepEqual(labelValue('2>0>1', { ranking: { candidates: 3 } }), { Ranking: [2, 0, 1] });
  assert.deepEqual(labelValue('0,3', { multiLabel: { classes: 12 } }), { Classes: 9n });
  assert.deepEqual(labelValue(4, { ordinal: { levels: 5 } }), { Level: 4 });
  assert.deepEqual(labelValue('-5', { numeric: { min: -10, max: 10, step: 5, tolerance: 0 } }), { Number: -5 });
  assert.throws(() => labelValue('-4', { numeric: { min: -10, max: 10, step: 5, tolerance: 0 } }), /grid/);
  assert.throws(() => labelValue('0>0>1', { ranking: { candidates: 3 } }), /each once/);
  assert.throws(() => labelValue(5, { ordinal: { levels: 5 } }), /outside/);
  assert.deepEqual(parseSchema('numeric:0:100:1:5'), { Numeric: { min: 0, max: 100, step: 1, tolerance: 5 } });
  assert.deepEqual(parseSchema('multi:12'), { MultiLabel: { classes: 12 } });
});
