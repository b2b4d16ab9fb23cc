// Values as people write them (LBL amounts, labels) and the requester's gold commitment.
import { bnToU8a, compactToU8a, isHex, stringToU8a, u8aConcat, u8aToHex, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { encodeLabel, fromJsonLabel } from '../lib/labels.mjs';

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
 * A task's schema, as the node's RPC (`labeling_task`) or polkadot.js's `toJSON` writes it
 * (`{ categorical: { classes } }`, `"preference"`, `{ preference: null }`, …) → `{ kind, ...bounds }`.
 */
export function schemaOf(schema) {
  if (schema === undefined || schema === null) return { kind: undefined };
  if (typeof schema === 'string') return { kind: schema[0].toLowerCase() + schema.slice(1) };
  const [key] = Object.keys(schema);
  return { kind: key[0].toLowerCase() + key.slice(1), ...(schema[key] ?? {}) };
}

/** The schema argument of `task create --schema`: `categorical:K`, `free-form`, `ordinal:L`, `numeric:MIN:MAX:STEP:TOLERANCE`, `multi:K`, `preference`, `ranking:K`. */
export function parseSchema(text) {
  const [kind, ...args] = String(text).trim().split(':');
  const n = (i, what) => {
    const v = Number(args[i]);
    if (args[i] === undefined || !Number.isInteger(v)) throw new Error(`--schema ${text}: ${what} must be a whole number`);
    return v;
  };
  switch (kind.toLowerCase()) {
    case 'categorical': case 'classes': return { Categorical: { classes: n(0, 'the number of classes') } };
    case 'free-form': case 'freeform': return 'FreeForm';
    case 'ordinal': case 'rating': return { Ordinal: { levels: n(0, 'the number of levels') } };
    case 'numeric': case 'number':
      return { Numeric: { min: n(0, 'min'), max: n(1, 'max'), step: args[2] === undefined ? 1 : n(2, 'step'), tolerance: args[3] === undefined ? 0 : n(3, 'tolerance') } };
    case 'multi': case 'multi-label': return { MultiLabel: { classes: n(0, 'the number of classes') } };
    case 'preference': case 'pairwise': return 'Preference';
    case 'ranking': return { Ranking: { candidates: n(0, 'the number of candidates') } };
    case 'text': case 'free-text': return 'FreeText';
    default: throw new Error(`--schema ${text}: one of categorical:K, free-form, ordinal:L, numeric:MIN:MAX:STEP:TOL, multi:K, preference, ranking:K, text`);
  }
}

const wholeNumber = (label, what) => {
  const v = Number(label);
  if (!Number.isInteger(v)) throw new Error(`"${label}" is not ${what}`);
  return v;
};
const list = (label) => (Array.isArray(label) ? label : String(label).split(/[,\s>]+/).filter(Boolean)).map((c) => wholeNumber(c, 'a class or candidate number'));

/**
 * A label as written in an answers file or on the command line, read for the task's schema
 * (`schemaOf`): a class number (categorical), a level (ordinal), a number (numeric), classes as
 * `[0, 3]` or "0,3" (multi-label), `A`, `B` or `tie`, with `!` or `:clear` for a clear
 * preference, candidates best first as `[2, 0, 1]` or "2>0>1" (ranking), and for free-form
 * answers a 32-byte hex digest or text (labels agree when their blake2-256 digests are equal).
 * An answer the schema does not allow is refused here, before it is committed.
 */
export function labelValue(label, schema) {
  const s = schemaOf(schema);
  if (label !== null && typeof label === 'object' && !Array.isArray(label)) {
    return /^[a-z]/.test(Object.keys(label)[0] ?? '') ? fromJsonLabel(label) : label;
  }
  switch (s.kind) {
    case 'ordinal': {
      const level = wholeNumber(label, 'a level');
      if (level < 0 || level >= s.levels) throw new Error(`level ${level} is outside 0..${s.levels - 1}`);
      return { Level: level };
    }
    case 'numeric': {
      const v = wholeNumber(label, 'a whole number');
      if (v < s.min || v > s.max) throw new Error(`${v} is outside ${s.min}..${s.max}`);
      if ((v - s.min) % s.step !== 0) throw new Error(`${v} is not on the grid of step ${s.step} from ${s.min}`);
      return { Number: v };
    }
    case 'multiLabel': {
      const classes = list(label);
      if (!classes.length) throw new Error('a multi-label answer names at least one class');
      const bad = classes.find((c) => c < 0 || c >= s.classes);
      if (bad !== undefined) throw new Error(`class ${bad} is outside 0..${s.classes - 1}`);
      return { Classes: classes.reduce((set, c) => set | (1n << BigInt(c)), 0n) };
    }
    case 'preference': {
      const m = /^\s*(a|b|tie)\s*(!|:clear|:slight)?\s*$/i.exec(String(label));
      if (!m) throw new Error(`"${label}" is not a preference: write A, B or tie, and A! or B! (A:clear) when it is clear`);
      const side = m[1].toLowerCase() === 'tie' ? 'Tie' : m[1].toUpperCase();
      const clear = m[2] === '!' || m[2]?.toLowerCase() === ':clear';
      if (side === 'Tie' && clear) throw new Error('a tie has no strength');
      return { Prefer: { side, clear } };
    }
    case 'ranking': {
      const order = list(label);
      const sorted = [...order].sort((x, y) => x - y);
      if (order.length !== s.candidates || sorted.some((c, i) => c !== i)) throw new Error(`"${label}" is not an order of the candidates 0..${s.candidates - 1}, each once`);
      return { Ranking: order };
    }
    case 'freeForm': case 'freeText':
      return isHex(label, 256) ? { Digest: label } : { Digest: u8aToHex(blake2AsU8a(stringToU8a(String(label)), 256)) };
    default: {
      if (typeof label === 'number') return label;
      if (/^\d+$/.test(String(label))) return Number(label);
      if (isHex(label, 256)) return { Digest: label };
      return { Digest: u8aToHex(blake2AsU8a(stringToU8a(String(label)), 256)) };
    }
  }
}

/** The requester's salt for a task's gold answers, derived like a labeler's from their key. */
export function goldSalt(key, genesisHash, task) {
  return blake2AsU8a(key.sign(u8aConcat(stringToU8a('labelchain/gold-salt/v1'), u8aToU8a(genesisHash),
    bnToU8a(task, { bitLength: 64 }))), 256);
}

/** `blake2_256(SCALE((task u64, answers Vec<(u32, Label)> in item order, salt)))`, as the chain checks it. */
export function goldCommitment(task, answers, salt, schema) {
  const sorted = [...answers].sort((a, b) => a.item - b.item);
  return blake2AsU8a(u8aConcat(
    bnToU8a(task, { bitLength: 64 }),
    compactToU8a(sorted.length),
    ...sorted.map((a) => u8aConcat(bnToU8a(a.item, { bitLength: 32 }), encodeLabel(labelValue(a.label, schema)))),
    u8aToU8a(salt),
  ), 256);
}
