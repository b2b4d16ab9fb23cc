// Values as people write them (LBL amounts, labels) and the requester's gold commitment.
import { bnToU8a, compactToU8a, isHex, stringToU8a, u8aConcat, u8aToHex, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { encodeLabel } from '../lib/labels.mjs';

const DECIMALS = 12n;
const UNIT = 10n ** DECIMALS;

/** "2.5" LBL → plancks (bigint); refuses anything that is not a non-negative decimal. */
export function parseAmount(text) {
  const match = /^(\d+)(?:\.(\d{1,12}))?$/.exec(String(text).trim());
  if (!match) throw new Error(`"${text}" is not an amount of LBL (write it like 100 or 2.5).`);
  return BigInt(match[1]) * UNIT + BigInt((match[2] ?? '').padEnd(Number(DECIMALS), '0'));
}

/** Plancks → "2.5". */
export function formatAmount(value) {
  const v = BigInt(value.toString());
  const fraction = (v % UNIT).toString().padStart(Number(DECIMALS), '0').replace(/0+$/, '');
  return fraction ? `${v / UNIT}.${fraction}` : `${v / UNIT}`;
}

/**
 * A label as written in an answers file or on the command line: a class number, a 32-byte hex
 * digest, or free-form text (labels agree when their blake2-256 digests are equal).
 */
export function labelValue(label) {
  if (typeof label === 'number') return label;
  if (/^\d+$/.test(String(label))) return Number(label);
  if (isHex(label, 256)) return { Digest: label };
  return { Digest: u8aToHex(blake2AsU8a(stringToU8a(String(label)), 256)) };
}

/** The requester's salt for a task's gold answers, derived like a labeler's from their key. */
export function goldSalt(key, genesisHash, task) {
  return blake2AsU8a(key.sign(u8aConcat(stringToU8a('labelchain/gold-salt/v1'), u8aToU8a(genesisHash),
    bnToU8a(task, { bitLength: 64 }))), 256);
}

/** `blake2_256(SCALE((task u64, answers Vec<(u32, Label)> in item order, salt)))`, as the chain checks it. */
export function goldCommitment(task, answers, salt) {
  const sorted = [...answers].sort((a, b) => a.item - b.item);
  return blake2AsU8a(u8aConcat(
    bnToU8a(task, { bitLength: 64 }),
    compactToU8a(sorted.length),
    ...sorted.map((a) => u8aConcat(bnToU8a(a.item, { bitLength: 32 }), encodeLabel(labelValue(a.label)))),
    u8aToU8a(salt),
  ), 256);
}
