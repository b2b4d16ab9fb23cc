// Client side of commit-reveal: the commitment a labeler signs up to, Merkle trees laid out as
// the chain's `binary-merkle-tree`, and salts a labeler can always recompute.
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToU8a, bnToU8a, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

/** SCALE of a `Label`: `Class(u16)` or `Digest(H256)`. */
export function encodeLabel(label) {
  if (typeof label === 'number') return u8aConcat([0], bnToU8a(label, { bitLength: 16 }));
  if (label.Class !== undefined) return u8aConcat([0], bnToU8a(label.Class, { bitLength: 16 }));
  return u8aConcat([1], u8aToU8a(label.Digest));
}

/** The label as the chain's API takes it. */
export function labelArg(label) {
  return typeof label === 'number' ? { Class: label } : label;
}

/**
 * `blake2_256(SCALE((genesis_hash, task u64, item u32, account, label, salt)))`: bound to the
 * chain, the task, the item and the labeler.
 */
export function commitment(genesisHash, task, item, address, label, salt) {
  return blake2AsU8a(u8aConcat(
    u8aToU8a(genesisHash),
    bnToU8a(task, { bitLength: 64 }),
    bnToU8a(item, { bitLength: 32 }),
    decodeAddress(address),
    encodeLabel(label),
    u8aToU8a(salt),
  ), 256);
}

/**
 * A labeler's salt for an item: the hash of an ed25519 signature (deterministic) by a key
 * derived from the labeler's own secret (`<uri>//labelchain-salt`) over (genesis, task, item).
 * Whoever holds the account's seed can recompute every salt after losing local state; nobody
 * else can, and the chain never sees the key.
 */
export function saltKey(uri) {
  return new Keyring({ type: 'ed25519' }).addFromUri(`${uri}//labelchain-salt`);
}

export function deriveSalt(key, genesisHash, task, item) {
  const message = u8aConcat(
    stringToU8a('labelchain/salt/v1'),
    u8aToU8a(genesisHash),
    bnToU8a(task, { bitLength: 64 }),
    bnToU8a(item, { bitLength: 32 }),
  );
  return blake2AsU8a(key.sign(message), 256);
}

const hash = (x) => blake2AsU8a(x, 256);

/**
 * Root and proof of `leaves[index]` (each leaf a 32-byte value, hashed once), in the layout of
 * `binary-merkle-tree`: pairs hashed left ++ right, an odd last node promoted unchanged.
 */
export function merkleProof(leaves, index = 0) {
  if (leaves.length === 0) return { root: new Uint8Array(32), proof: [] };
  let level = leaves.map((l) => hash(u8aToU8a(l)));
  let pos = index;
  const proof = [];
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i];
      const b = level[i + 1];
      if (b === undefined) {
        next.push(a);
        continue;
      }
      if (pos === i) proof.push(b);
      if (pos === i + 1) proof.push(a);
      next.push(hash(u8aConcat(a, b)));
    }
    pos = Math.floor(pos / 2);
    level = next;
  }
  return { root: level[0], proof };
}

export const merkleRoot = (leaves) => merkleProof(leaves, 0).root;
