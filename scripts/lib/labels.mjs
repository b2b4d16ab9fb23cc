// Client side of commit-reveal: the commitment a labeler signs up to, Merkle trees laid out as
// the chain's `binary-merkle-tree`, and salts a labeler can always recompute.
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToU8a, bnToU8a, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

/** The most candidates a ranking orders; unused places hold 255 (`answers::NO_CANDIDATE`). */
export const MAX_CANDIDATES = 8;
const SIDES = ['A', 'Tie', 'B'];

/**
 * SCALE of a `Label`, from the chain-argument form (`{ Class }`, a bare class number,
 * `{ Digest }`, `{ Level }`, `{ Number }`, `{ Classes }` (a bit set), `{ Prefer: { side, clear } }`,
 * `{ Ranking }` (candidates best first)).
 */
export function encodeLabel(label) {
  if (typeof label === 'number') return u8aConcat([0], bnToU8a(label, { bitLength: 16 }));
  if (label.Class !== undefined) return u8aConcat([0], bnToU8a(label.Class, { bitLength: 16 }));
  if (label.Digest !== undefined) return u8aConcat([1], u8aToU8a(label.Digest));
  if (label.Level !== undefined) return u8aConcat([2], bnToU8a(label.Level, { bitLength: 16 }));
  if (label.Number !== undefined) return u8aConcat([3], bnToU8a(BigInt(label.Number), { bitLength: 64, isNegative: true }));
  if (label.Classes !== undefined) return u8aConcat([4], bnToU8a(BigInt(label.Classes), { bitLength: 64 }));
  if (label.Prefer !== undefined) {
    const side = SIDES.indexOf(label.Prefer.side);
    if (side < 0) throw new Error(`a preference is for A, B or Tie, not ${JSON.stringify(label.Prefer.side)}`);
    return new Uint8Array([5, side, label.Prefer.clear ? 1 : 0]);
  }
  if (label.Ranking !== undefined) return u8aConcat([6], new Uint8Array(paddedRanking(label.Ranking)));
  throw new Error(`not a label: ${JSON.stringify(label)}`);
}

/** A ranking's candidates, best first, padded to the chain's eight places. */
export function paddedRanking(order) {
  const places = [...order].filter((c) => c !== 255);
  if (places.length > MAX_CANDIDATES) throw new Error(`a ranking orders at most ${MAX_CANDIDATES} candidates`);
  return [...places, ...Array(MAX_CANDIDATES - places.length).fill(255)];
}

/** The label as the chain's API takes it. */
export function labelArg(label) {
  if (typeof label === 'number') return { Class: label };
  if (label.Ranking !== undefined) return { Ranking: paddedRanking(label.Ranking) };
  if (label.Classes !== undefined) return { Classes: BigInt(label.Classes).toString() };
  if (label.Number !== undefined) return { Number: BigInt(label.Number).toString() };
  return label;
}

/** A label as the node's RPC and the export write it (`{ class }`, `{ level }`, …) → the chain-argument form. */
export function fromJsonLabel(label) {
  if (label.class !== undefined) return { Class: label.class };
  if (label.digest !== undefined) return { Digest: label.digest };
  if (label.level !== undefined) return { Level: label.level };
  if (label.number !== undefined) return { Number: label.number };
  if (label.classes !== undefined) return { Classes: label.classes.reduce((set, c) => set | (1n << BigInt(c)), 0n) };
  if (label.preference !== undefined) return { Prefer: { side: label.preference.side, clear: label.preference.clear } };
  if (label.ranking !== undefined) return { Ranking: label.ranking };
  throw new Error(`not a label: ${JSON.stringify(label)}`);
}

/** A polkadot.js `Label` codec → the JSON form the RPC and the export write. */
export function toJsonLabel(label) {
  if (label.isClass) return { class: label.asClass.toNumber() };
  if (label.isDigest) return { digest: label.asDigest.toHex() };
  if (label.isLevel) return { level: label.asLevel.toNumber() };
  if (label.isNumber) return { number: Number(label.asNumber.toBigInt()) };
  if (label.isClasses) {
    const set = label.asClasses.toBigInt();
    return { classes: [...Array(64).keys()].filter((c) => (set >> BigInt(c)) & 1n) };
  }
  // `clear` is also a Map method on a polkadot.js struct: read the field by name.
  if (label.isPrefer) return { preference: { side: label.asPrefer.get('side').toString(), clear: label.asPrefer.get('clear').isTrue } };
  // `[u8; 8]` is a byte array (U8aFixed) in polkadot.js.
  if (label.isRanking) return { ranking: [...label.asRanking].map(Number).filter((c) => c !== 255) };
  throw new Error(`an unknown kind of label: ${label.type}`);
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
 * derived from the account's own secret key over (genesis, task, item). Whoever holds the
 * account's secret, as a mnemonic, a dev URI or an unlocked keystore, recomputes the same
 * salts after losing local state; nobody else can, and the chain never sees the key.
 */
export function saltKeyOf(pair) {
  // The PKCS#8 form of the unlocked secret (no passphrase) is the same bytes however the
  // account was loaded: from its URI or from its JSON keystore.
  const seed = blake2AsU8a(u8aConcat(stringToU8a('labelchain/salt-key/v1'), pair.encodePkcs8()), 256);
  return new Keyring({ type: 'ed25519' }).addFromSeed(seed);
}

/** The salt key of the sr25519 account at `uri` (a mnemonic or a dev URI such as //Bob). */
export function saltKey(uri) {
  return saltKeyOf(new Keyring({ type: 'sr25519' }).addFromUri(uri));
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

/**
 * The salt of `item` in `address`'s batch on `task` whose salts come from one secret seed,
 * `blake2_256(SCALE((seed, task u64, account, item u32)))` (the runtime's `batch_salt`): a
 * whole batch is then revealed with its labels and the seed (`labels.revealSeededBatch`).
 * Bound to the task and the labeler, so a seed revealed for one batch tells nothing about
 * another task's batch that reused it.
 */
export function batchSalt(seed, task, address, item) {
  return blake2AsU8a(u8aConcat(
    u8aToU8a(seed),
    bnToU8a(task, { bitLength: 64 }),
    decodeAddress(address),
    bnToU8a(item, { bitLength: 32 }),
  ), 256);
}

const hash = (x) => blake2AsU8a(x, 256);

/**
 * The Merkle tree over `leaves` (each a 32-byte value, hashed once) in the layout of
 * `binary-merkle-tree`: pairs hashed left ++ right, an odd last node promoted unchanged. Built
 * once; `proof(index)` then costs one sibling per level.
 */
export function merkleTree(leaves) {
  const levels = [leaves.map((l) => hash(u8aToU8a(l)))];
  while (levels[levels.length - 1].length > 1) {
    const level = levels[levels.length - 1];
    const next = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(level[i + 1] === undefined ? level[i] : hash(u8aConcat(level[i], level[i + 1])));
    }
    levels.push(next);
  }
  return {
    root: leaves.length ? levels[levels.length - 1][0] : new Uint8Array(32),
    /** The sibling hashes from `leaves[index]` up to the root. */
    proof(index) {
      const proof = [];
      let pos = index;
      for (const level of levels.slice(0, -1)) {
        const sibling = pos % 2 === 0 ? pos + 1 : pos - 1;
        if (sibling < level.length) proof.push(level[sibling]);
        pos = Math.floor(pos / 2);
      }
      return proof;
    },
    /**
     * The combined proof of several items (`indices` strictly ascending) that
     * `labels.commitSingles` takes (`merkle::verify_multi`): the nodes their paths need and do
     * not make themselves, level by level from the leaves, left to right.
     */
    multiProof(indices) {
      const proof = [];
      let known = [...indices];
      for (const level of levels.slice(0, -1)) {
        const parents = [];
        for (let k = 0; k < known.length; k++) {
          const i = known[k];
          if (i % 2 === 1) proof.push(level[i - 1]);
          else if (known[k + 1] === i + 1) k++;
          else if (i + 1 < level.length) proof.push(level[i + 1]);
          // else: the odd last node, promoted without a sibling.
          parents.push(Math.floor(i / 2));
        }
        known = parents;
      }
      return proof;
    },
  };
}

/** Root and proof of `leaves[index]` (see `merkleTree`; build the tree once for many proofs). */
export function merkleProof(leaves, index = 0) {
  const tree = merkleTree(leaves);
  return { root: tree.root, proof: leaves.length ? tree.proof(index) : [] };
}

export const merkleRoot = (leaves) => merkleTree(leaves).root;

/**
 * A juror's salt for a case's round: as a label's salt, under its own prefix (a label's
 * revealed salt must never be the salt of a verdict).
 */
export function verdictSalt(key, genesisHash, caseId, round) {
  const message = u8aConcat(
    stringToU8a('labelchain/verdict-salt/v1'),
    u8aToU8a(genesisHash),
    bnToU8a(caseId, { bitLength: 64 }),
    bnToU8a(round, { bitLength: 8 }),
  );
  return blake2AsU8a(key.sign(message), 256);
}

/** `blake2_256(SCALE((b"review", case u64, round u8, juror, label, salt)))`, as the chain checks. */
export function verdictCommitment(caseId, round, address, label, salt) {
  return blake2AsU8a(u8aConcat(
    stringToU8a('review'),
    bnToU8a(caseId, { bitLength: 64 }),
    bnToU8a(round, { bitLength: 8 }),
    decodeAddress(address),
    encodeLabel(label),
    u8aToU8a(salt),
  ), 256);
}
