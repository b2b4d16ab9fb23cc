// Client side of the provenance root: the leaf of a finalized item and the append-only Merkle
// tree (fixed depth 21) exactly as the runtime computes them (`labelchain_primitives::merkle`),
// so that an exported dataset can be checked against the root the chain recorded.
import { u8aConcat, u8aToHex, bnToU8a, compactToU8a, hexToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';
import { encodeLabel, fromJsonLabel } from './labels.mjs';

export const PROVENANCE_DEPTH = 21;
const DECISIONS = ['Consensus', 'Gold', 'Resolved', 'Unresolved', 'NoLabels', 'Reviewed', 'Submitted'];

/** A label as the RPC and the export write it (`{ class }`, `{ level }`, …, or null) → SCALE. */
function encodeOptionLabel(label) {
  if (label === null || label === undefined) return new Uint8Array([0]);
  return u8aConcat([1], encodeLabel(fromJsonLabel(label)));
}

/**
 * `blake2_256(SCALE((task u64, item u32, Option<Label>, Decision, Perbill, Vec<(AccountId32,
 * Option<Label>)>, block u32)))`, from a record of the export.
 */
export function provenanceLeaf({ task, item, label, decision, confidencePerbill, labelers, block }) {
  const index = DECISIONS.indexOf(decision);
  if (index < 0) throw new Error(`item ${item}: unknown decision ${JSON.stringify(decision)}`);
  const votes = labelers.map((l) => u8aConcat(decodeAddress(l.account), encodeOptionLabel(l.answer)));
  return blake2AsU8a(u8aConcat(
    bnToU8a(task, { bitLength: 64 }),
    bnToU8a(item, { bitLength: 32 }),
    encodeOptionLabel(label),
    [index],
    bnToU8a(confidencePerbill, { bitLength: 32 }),
    compactToU8a(votes.length),
    ...votes,
    bnToU8a(block, { bitLength: 32 }),
  ), 256);
}

const pair = (left, right) => blake2AsU8a(u8aConcat(left, right), 256);

/** The root over `leaves` at positions 0.. (and their count), as `IncrementalTree::root`. */
export function provenanceRoot(leaves) {
  let level = leaves.map((l) => (typeof l === 'string' ? hexToU8a(l) : l));
  let zero = new Uint8Array(32);
  for (let h = 0; h < PROVENANCE_DEPTH; h += 1) {
    if (level.length % 2 === 1) level.push(zero);
    const next = [];
    for (let i = 0; i < level.length; i += 2) next.push(pair(level[i], level[i + 1]));
    zero = pair(zero, zero);
    level = next.length ? next : [zero];
  }
  return u8aToHex(blake2AsU8a(u8aConcat(level[0], bnToU8a(leaves.length, { bitLength: 32 })), 256));
}
