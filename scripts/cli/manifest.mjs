// Task manifests and answer files: JSON or JSONL, read into items with content hashes.
import { readFileSync } from 'node:fs';
import { u8aToHex, stringToU8a, hexToU8a, isHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { merkleTree } from '../lib/labels.mjs';

/** The records of a JSON array, a JSON object with `items`, or a JSONL file. */
export function readRecords(file) {
  const text = readFileSync(file, 'utf8').trim();
  if (text.startsWith('[')) return { records: JSON.parse(text) };
  if (text.startsWith('{') && !text.includes('\n{')) {
    const object = JSON.parse(text);
    // An object with `items` is a manifest with a header; any other lone object is a JSONL
    // file of one record.
    return Array.isArray(object.items) ? { header: object, records: object.items } : { records: [object] };
  }
  return { records: text.split('\n').filter((l) => l.trim()).map((l, i) => {
    try { return JSON.parse(l); } catch (e) { throw new Error(`${file}:${i + 1}: not JSON (${e.message})`); }
  }) };
}

/**
 * A manifest: items `{ id, hash }` (hash given) or `{ id, content }` / `{ id }` (hashed with
 * blake2-256), in order; its Merkle root; and the manifest file's own hash.
 */
export function readManifest(file) {
  const { header, records } = readRecords(file);
  if (records.length === 0) throw new Error(`${file}: the manifest lists no items`);
  const items = records.map((r, index) => {
    const id = r.id ?? String(index);
    const hash = r.hash && isHex(r.hash, 256) ? hexToU8a(r.hash) : blake2AsU8a(stringToU8a(r.content ?? id), 256);
    return { index, id, hash };
  });
  const tree = merkleTree(items.map((i) => i.hash));
  return {
    header: header ?? {},
    items,
    root: tree.root,
    proof: (index) => tree.proof(index).map((p) => u8aToHex(p)),
    multiProof: (indices) => tree.multiProof(indices).map((p) => u8aToHex(p)),
    fileHash: blake2AsU8a(readFileSync(file), 256),
  };
}

/** Answers `{ item | id, label }` resolved to item indexes of `manifest`. */
export function readAnswers(file, manifest, itemCount = manifest?.items.length) {
  // Without a manifest (a review task: its items are the answers it rates), items go by index.
  const byId = new Map((manifest?.items ?? []).map((i) => [i.id, i.index]));
  return readRecords(file).records.map((r, n) => {
    const item = r.item ?? byId.get(r.id);
    if (item === undefined || !(item >= 0 && item < itemCount)) throw new Error(`${file}: answer ${n + 1} names no item of the task`);
    return { item, label: r.label };
  });
}
