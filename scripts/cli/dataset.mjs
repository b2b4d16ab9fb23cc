// The dataset of a task: exported with its provenance (JSONL, Label Studio JSON) and verified
// against the provenance root the chain recorded. Reads the chain through the node's
// `labeling_*` RPC methods, and each item's votes from its `ItemFinalized` event.
import { u8aToHex } from '@polkadot/util';
import { merkleRoot, toJsonLabel } from '../lib/labels.mjs';
import { provenanceLeaf, provenanceRoot } from '../lib/provenance.mjs';

/**
 * Calls one of the node's RPC methods by name on `api`'s connection: the `labeling_*` methods
 * answer plain JSON, which needs no polkadot.js type definitions.
 */
export const rpc = (api, method, ...params) => api._rpcCore.provider.send(method, params);

/** How many items a stored task (`api.query.tasks.tasks`) has. */
export function itemCount(t) {
  if (t.items.isMerkle) return t.items.asMerkle.count.toNumber();
  if (t.items.isSubmissions) return t.items.asSubmissions.count.toNumber();
  return t.items.asList.length;
}

/**
 * The answers of free-text task `taskId` (or of the task review `taskId` rates), in the order
 * its review numbers them: item, author, hash, the rating its review decided (0..4, `null`
 * before or without one) and whether it is its item's label (the best rated, the earlier of
 * equals, as the chain keeps it).
 */
export async function freeTextAnswers(api, taskId) {
  const stored = await api.query.tasks.tasks(taskId);
  if (stored.isNone) throw new Error(`There is no task ${taskId} on this chain.`);
  const t = stored.unwrap();
  const task = t.items.isSubmissions ? t.items.asSubmissions.of.toNumber() : Number(taskId);
  const link = (await api.query.tasks.reviewOf(task)).unwrapOr(null);
  const review = link ? link.review.toNumber() : null;
  const count = (await api.query.tasks.submissionCount(task)).toNumber();
  const ratings = new Map();
  if (review !== null) {
    for (const r of await itemResults(api, review)) {
      if (r.status === 'final' && r.label?.level !== undefined) ratings.set(r.item, r.label.level);
    }
  }
  const answers = [];
  for (let k = 0; k < count; k += 1) {
    const s = (await api.query.tasks.submissions(task, k)).unwrap();
    const item = s.item.toNumber();
    const best = (await api.query.tasks.bestSubmission(task, item)).unwrapOr(null);
    answers.push({
      answer: k, item, author: s.author.toString(), digest: s.digest.toHex(),
      rating: ratings.has(k) ? ratings.get(k) : null,
      best: best !== null && best[1].toNumber() === k,
    });
  }
  return { task, review, answers };
}

/** Every item of `task` as `labeling_itemResults` gives it, page by page. */
export async function itemResults(api, task) {
  const items = [];
  for (let from = 0; from !== null;) {
    const page = await rpc(api, 'labeling_itemResults', task, from, 1000);
    items.push(...page.items);
    from = page.next;
  }
  return items;
}

/** The `ItemFinalized` events of `task` in `block`, by item. */
async function finalizedIn(api, task, block) {
  const hash = await api.rpc.chain.getBlockHash(block);
  const events = await (await api.at(hash)).query.system.events();
  const byItem = new Map();
  const reviews = new Map();
  const replaced = new Map();
  for (const { event } of events) {
    // A vote decision a panel reviewed on appeal: its first leaf stays in the tree.
    if (api.events.consensus.DecisionReviewed?.is(event) && event.data.task.toNumber() === task) {
      const d = event.data;
      replaced.set(d.item.toNumber(), { label: labelJson(d.from), decision: 'Consensus', block: d.decidedAt.toNumber(), position: d.replaced.toNumber() });
    }
    if (api.events.consensus.ItemFinalized.is(event) && event.data.task.toNumber() === task) {
      byItem.set(event.data.item.toNumber(), event.data);
    }
    // A panel's verdict settles its item in the block the case closes.
    if (api.events.review?.ItemReviewed.is(event) && event.data.task.toNumber() === task) {
      const d = event.data;
      reviews.set(d.item.toNumber(), { case: d.case.toNumber(), kind: d.kind.toString(), rounds: d.rounds.toNumber(), verdict: labelJson(d.label) });
    }
  }
  return { hash: hash.toHex(), byItem, reviews, replaced };
}

const labelJson = (option) => (option.isSome ? toJsonLabel(option.unwrap()) : null);

/**
 * One record per finalized item: item hash, final label, confidence, every labeler with their
 * answer, gold flag, escalation, the review (case, kind, rounds, verdict) of an item a panel
 * decided, block, provenance position and leaf, manifest hash. Pending and
 * escalated items are left out (`pending` counts them).
 */
export async function exportDataset(api, taskId, manifest) {
  const task = Number(taskId);
  const info = await rpc(api, 'labeling_task', task);
  const results = await itemResults(api, task);
  const blocks = new Map();
  const records = [];
  for (const r of results.filter((x) => x.status === 'final')) {
    if (!blocks.has(r.block)) blocks.set(r.block, await finalizedIn(api, task, r.block));
    const { hash, byItem, reviews, replaced } = blocks.get(r.block);
    const event = byItem.get(r.item);
    if (!event) throw new Error(`item ${r.item}: no ItemFinalized event in block ${r.block} (is the node pruning state?)`);
    const itemHash = manifest ? u8aToHex(manifest.items[r.item]?.hash) : info.listedItems[r.item];
    const record = {
      task, item: r.item,
      ...(manifest ? { itemId: manifest.items[r.item]?.id } : {}),
      ...(itemHash ? { itemHash } : {}),
      label: r.label, decision: r.decision, confidence: r.confidence, confidencePerbill: r.confidencePerbill,
      labelers: event.votes.map(([who, answer]) => ({ account: who.toString(), answer: labelJson(answer) })),
      gold: r.decision === 'Gold',
      escalated: r.decision === 'Resolved' || r.decision === 'Unresolved' || (r.decision === 'Reviewed' && reviews.get(r.item)?.kind !== 'Audit'),
      // Decided by a drawn panel: the case, why it went to review, its rounds and verdict.
      ...(r.decision === 'Reviewed' ? { review: reviews.get(r.item) ?? null } : {}),
      // An appealed vote decision: what it was, where its leaf stays.
      ...(replaced.has(r.item) ? { replaces: replaced.get(r.item) } : {}),
      revealed: r.revealed, agreeing: r.agreeing,
      block: r.block, blockHash: hash, position: r.position,
      manifestHash: info.manifestHash,
    };
    // The chain keeps no leaf: it follows from the record, and the provenance root proves it.
    records.push({ ...record, leaf: u8aToHex(provenanceLeaf(record)) });
  }
  // Free text: each item's answers with their ratings, and the best rated as its answer.
  if (info.schema === 'freeText' && records.length) {
    const { review, answers } = await freeTextAnswers(api, task);
    for (const record of records) {
      const mine = answers.filter((a) => a.item === record.item);
      record.review = { task: review, answers: mine.map(({ answer, author, digest, rating }) => ({ answer, account: author, digest, rating })) };
      const best = mine.find((a) => a.best);
      record.answer = best ? { digest: best.digest } : null;
    }
  }
  return { info, records, pending: results.length - records.length };
}

/** The records as a Label Studio import: one task per item, the final label as its annotation. */
export function labelStudio(records, classNames = []) {
  const name = (c) => classNames[c] ?? String(c);
  // Each kind of answer as the Label Studio result type requesters configure for it.
  const result = (label) => {
    if (label.class !== undefined) return { from_name: 'label', to_name: 'item', type: 'choices', value: { choices: [name(label.class)] } };
    if (label.classes !== undefined) return { from_name: 'label', to_name: 'item', type: 'choices', value: { choices: label.classes.map(name) } };
    // Label Studio's ratings count from 1.
    if (label.level !== undefined) return { from_name: 'rating', to_name: 'item', type: 'rating', value: { rating: label.level + 1 } };
    if (label.number !== undefined) return { from_name: 'number', to_name: 'item', type: 'number', value: { number: label.number } };
    if (label.preference !== undefined) {
      const selected = { A: 'left', B: 'right', Tie: 'none' }[label.preference.side];
      return { from_name: 'pairwise', to_name: 'item', type: 'pairwise', value: { selected }, meta: { clear: label.preference.clear } };
    }
    if (label.ranking !== undefined) return { from_name: 'rank', to_name: 'item', type: 'ranker', value: { ranker: { rank: label.ranking.map(String) } } };
    return { from_name: 'answer', to_name: 'item', type: 'textarea', value: { text: [label.digest] } };
  };
  return records.map((r) => ({
    id: r.item + 1,
    data: { item: r.itemId ?? String(r.item), hash: r.itemHash ?? null },
    // A free-text item's annotation is its best-rated answer (its vote has no label).
    annotations: (r.label ?? r.answer ?? null) === null ? [] : [{
      result: [result(r.label ?? r.answer)],
      ground_truth: r.gold,
      lead_time: 0,
    }],
    predictions: r.labelers.filter((l) => l.answer !== null).map((l) => ({
      model_version: l.account,
      result: [result(l.answer)],
    })),
    meta: {
      labelchain: {
        task: r.task, decision: r.decision, confidence: r.confidence, agreeing: r.agreeing,
        block: r.block, position: r.position, leaf: r.leaf, manifestHash: r.manifestHash,
      },
    },
  }));
}

/**
 * Checks `records` against the chain: recomputes every leaf and the provenance root and compares
 * it with the root recorded at settlement (or, before settlement, the current one), and the item
 * hashes with the task's items root. Returns the problems, each naming its item; none means the
 * file is what the chain finalized.
 */
export async function verifyDataset(api, records) {
  if (records.length === 0) return { problems: ['the file holds no records'] };
  const task = records[0].task;
  const info = await rpc(api, 'labeling_task', task);
  const problems = [];
  const reference = info.settledProvenance ?? info.provenance;
  const byPosition = new Map();
  for (const r of records) {
    if (r.task !== task) problems.push(`item ${r.item}: belongs to task ${r.task}, not ${task}`);
    let leaf;
    try { leaf = u8aToHex(provenanceLeaf(r)); } catch (e) { problems.push(`item ${r.item}: ${e.message}`); continue; }
    if (byPosition.has(r.position)) problems.push(`item ${r.item}: position ${r.position} appears twice`);
    byPosition.set(r.position, { record: r, leaf });
    // The vote decision an appeal replaced keeps its leaf: the same votes, its label and block.
    if (r.replaces) {
      const earlier = { ...r, ...r.replaces, superseded: true };
      let before;
      try { before = u8aToHex(provenanceLeaf(earlier)); } catch (e) { problems.push(`item ${r.item}: ${e.message}`); continue; }
      if (byPosition.has(earlier.position)) problems.push(`item ${r.item}: position ${earlier.position} appears twice`);
      byPosition.set(earlier.position, { record: earlier, leaf: before });
    }
  }
  const covered = [...Array(reference.items).keys()].map((p) => byPosition.get(p));
  const missing = covered.filter((x) => !x).length;
  let root = null;
  if (missing) problems.push(`${missing} of the ${reference.items} finalized items are missing from the file`);
  else {
    root = provenanceRoot(covered.map((x) => x.leaf));
    if (root !== reference.root) {
      // Name the items: compare each record with the chain's result and its event's votes.
      const onChainItems = new Map((await itemResults(api, task)).filter((x) => x.status === 'final').map((x) => [x.item, x]));
      const blocks = new Map();
      for (const { record } of covered) {
        if (record.superseded) continue;
        const onChain = onChainItems.get(record.item);
        if (!onChain) { problems.push(`item ${record.item}: not finalized on chain`); continue; }
        const fields = ['label', 'decision', 'confidencePerbill', 'block', 'position']
          .filter((f) => JSON.stringify(onChain[f]) !== JSON.stringify(record[f]));
        if (!fields.length) {
          if (!blocks.has(onChain.block)) blocks.set(onChain.block, await finalizedIn(api, task, onChain.block));
          const event = blocks.get(onChain.block).byItem.get(record.item);
          const labelers = event?.votes.map(([who, answer]) => ({ account: who.toString(), answer: labelJson(answer) }));
          const given = record.labelers?.map((l) => ({ account: l.account, answer: l.answer }));
          if (!labelers || JSON.stringify(labelers) === JSON.stringify(given)) continue;
        }
        problems.push(`item ${record.item}${record.itemId ? ` (${record.itemId})` : ''}: does not match the chain` +
          (fields.length ? ` (${fields.join(', ')} differ)` : ' (its labelers or answers differ)'));
      }
      if (!problems.length) problems.push(`the provenance root ${root} is not the chain's ${reference.root}`);
    }
  }
  for (const r of records) {
    const listed = info.listedItems[r.item];
    if (listed && r.itemHash && r.itemHash !== listed) problems.push(`item ${r.item}: its item hash is not the one the task lists (${listed})`);
  }
  if (!info.listedItems.length && records.every((r) => r.itemHash) && records.length === info.itemCount) {
    const sorted = [...records].sort((a, b) => a.item - b.item);
    if (u8aToHex(merkleRoot(sorted.map((r) => r.itemHash))) !== info.itemsRoot) {
      problems.push(`the item hashes do not match the task's items root ${info.itemsRoot}`);
    }
  }
  return { problems, root: reference.root, items: reference.items, settled: info.settledProvenance !== null };
}
