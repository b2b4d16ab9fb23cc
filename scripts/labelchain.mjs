#!/usr/bin/env node
// `labelchain`: the command-line client for requesters and labelers (on @polkadot/api).
// Run `node scripts/labelchain.mjs --help`, or `labelchain <command> --help` for one command.
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { u8aToHex } from '@polkadot/util';
import { connect, describeDispatchError } from './lib/chain.mjs';
import { waitForBlock } from './lib/chain-extra.mjs';
import { loadAccount } from './cli/accounts.mjs';
import { readAnswers, readManifest } from './cli/manifest.mjs';
import { exportDataset, freeTextAnswers, itemCount, labelStudio, rpc, verifyDataset } from './cli/dataset.mjs';
import { goldCommitment, goldSalt, labelValue, parseAmount, parseSchema, formatAmount } from './cli/values.mjs';
import { commitment, deriveSalt, labelArg, verdictCommitment, verdictSalt } from './lib/labels.mjs';

const program = new Command('labelchain')
  .description('LabelChain client: post and follow labeling tasks (requesters), stake and label (labelers).')
  .addOption(new Option('--url <ws-url>', 'node to talk to').env('LABELCHAIN_URL').default('ws://127.0.0.1:9944'))
  .addOption(new Option('--suri <secret-uri>', 'account: mnemonic or dev URI such as //Alice').env('LABELCHAIN_SURI'))
  .option('--keystore <file>', 'account: a polkadot.js JSON keystore file (with --password)')
  .addOption(new Option('--password <password>', 'password of the keystore file').env('LABELCHAIN_PASSWORD'))
  .showHelpAfterError();

/** Connects, loads the account if the command signs, runs `fn`, and always disconnects. */
function action(fn, { signs = true } = {}) {
  return async (...args) => {
    const options = program.opts();
    const api = await connect(options.url).catch((e) => {
      throw new Error(`Could not reach a LabelChain node at ${options.url} (${e.message}); is it running? (--url)`);
    });
    try {
      const account = signs ? await loadAccount(options, api.registry.chainSS58) : null;
      await fn({ api, account }, ...args);
    } finally {
      await api.disconnect();
    }
  };
}

/**
 * Signs and sends; resolves with the block number and events once included; a refusal becomes a
 * sentence. `nonce` is given when several transactions go out at once.
 */
function submit(api, tx, pair, what, nonce = -1) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(pair, { nonce }, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        reject(new Error(`The chain refused to ${what}: ${describeDispatchError(api, dispatchError)}`));
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(new Error(`The transaction to ${what} was not accepted by the node (${status.type}).`));
      } else if (status.isInBlock || status.isFinalized) {
        // A node that finalizes as it seals (`--dev-block-time`) reports only `Finalized`.
        unsub();
        const at = status.isInBlock ? status.asInBlock : status.asFinalized;
        api.rpc.chain.getHeader(at).then((h) => resolve({ block: h.number.toNumber(), events }), reject);
      }
    }).then((u) => { unsub = u; }, (e) => reject(new Error(`The node refused the transaction to ${what}: ${e.message}`)));
  });
}

const bestBlock = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();
const print = (x) => console.log(typeof x === 'string' ? x : JSON.stringify(x, null, 2));

// ---- requesters ----

const task = program.command('task').description('requesters: post, follow, cancel tasks and reveal gold answers');

task.command('create')
  .description('post a task for the items of a manifest (JSON or JSONL of {id, hash | content}); its budget is held in escrow')
  .argument('<manifest>', 'manifest file: items in order, each with an id and a content hash (or content to hash)')
  .requiredOption('--reward <LBL>', 'reward per item, shared by the labelers who agree')
  .option('--redundancy <n>', 'labelers per item', '3')
  .option('--classes <n>', 'categorical labels 0..n-1 (the same as --schema categorical:n)')
  .option('--schema <schema>', 'what an answer is: categorical:K | free-form | ordinal:L (a rating 0..L-1) | numeric:MIN:MAX:STEP:TOLERANCE | multi:K (a set of classes) | preference (A, B or tie) | ranking:K (an order of K candidates) | text (free text, rated 0-4 by a review task of other labelers)')
  .option('--quorum <n>', 'the fewest revealed labels that decide an item (from the governed quorum up to the redundancy)')
  .option('--threshold <percent>', 'the least confidence that decides an item, in percent (from the governed threshold; 100 asks for unanimity)')
  .option('--domain <n>', 'field of expertise (reputation is kept per domain)', '0')
  .option('--min-tier <n>', 'lowest tier allowed to label', '0')
  .option('--commit-blocks <n>', 'blocks from now during which labelers may commit', '20')
  .option('--reveal-blocks <n>', 'blocks after the commit deadline during which labelers reveal', '20')
  .option('--uri <uri>', 'where labelers fetch the manifest', '')
  .option('--gold <file>', 'gold answers (JSON/JSONL of {item | id, label}), committed now, revealed with `task reveal-gold`')
  .action(action(async ({ api, account }, file, o) => {
    const manifest = readManifest(file);
    const now = await bestBlock(api);
    const id = (await api.query.tasks.nextTaskId()).toNumber();
    const schema = o.schema ? parseSchema(o.schema) : o.classes ? { Categorical: { classes: Number(o.classes) } } : 'FreeForm';
    let gold = null;
    if (o.gold) {
      const answers = readAnswers(o.gold, manifest);
      gold = { commitment: u8aToHex(goldCommitment(id, answers, goldSalt(account.saltKey, api.genesisHash, id), schema)), count: answers.length };
    }
    const commitDeadline = now + Number(o.commitBlocks);
    const spec = {
      manifestHash: u8aToHex(manifest.fileHash), manifestUri: o.uri, domain: Number(o.domain),
      schema,
      items: { Merkle: { root: u8aToHex(manifest.root), count: manifest.items.length } },
      redundancy: Number(o.redundancy), minTier: Number(o.minTier), commitDeadline,
      revealDeadline: commitDeadline + Number(o.revealBlocks),
      rewardPerItem: parseAmount(o.reward), gold,
      quorum: o.quorum === undefined ? null : Number(o.quorum),
      // Percent → parts per billion (Perbill).
      threshold: o.threshold === undefined ? null : Math.round(Number(o.threshold) * 10_000_000),
    };
    const { block, events } = await submit(api, api.tx.tasks.createTask(spec), account.pair, 'create the task');
    const created = events.find(({ event }) => api.events.tasks.TaskCreated.is(event));
    const taskId = created ? created.event.data.task.toNumber() : id;
    print({ task: taskId, block, items: manifest.items.length, commitDeadline, revealDeadline: spec.revealDeadline, gold: gold?.count ?? 0 });
  }));

task.command('status')
  .description('show a task: phase, deadlines, escrow, how many items are final')
  .argument('<task>', 'task id')
  .action(action(async ({ api }, id) => {
    const stored = await api.query.tasks.tasks(id);
    if (stored.isNone) throw new Error(`There is no task ${id} on this chain.`);
    const t = stored.unwrap();
    const now = await bestBlock(api);
    const state = t.state.toString();
    const phase = state !== 'Active' ? state
      : now <= t.commitDeadline.toNumber() ? 'Open' : now <= t.revealDeadline.toNumber() ? 'Revealing' : 'Finalizing';
    print({
      task: Number(id), requester: t.requester.toString(), phase, block: now, items: itemCount(t),
      redundancy: t.redundancy.toNumber(), commitDeadline: t.commitDeadline.toNumber(), revealDeadline: t.revealDeadline.toNumber(),
      rewardPerItem: formatAmount(t.rewardPerItem), rewardsLeft: formatAmount(t.escrow.rewardsLeft), rewardsPaid: formatAmount(t.escrow.rewardsPaid),
      commitments: t.commitments.toNumber(), finalizedItems: t.finalizedItems.toNumber(), gold: t.gold.isSome ? { count: t.gold.unwrap().count.toNumber(), revealed: t.goldRevealed.isTrue } : null,
      terms: t.terms.toHuman(),
      // Free text: the review task rating its answers, or the task a review rates.
      ...(t.schema.isFreeText ? { review: (await api.query.tasks.reviewOf(id)).unwrapOr(null)?.review.toNumber() ?? null } : {}),
      ...(t.items.isSubmissions ? { reviews: t.items.asSubmissions.of.toNumber() } : {}),
    });
  }, { signs: false }));

program.command('texts')
  .description('the answers of a free-text task (or of the task a review rates), each with its item, author, hash, rating and whether it is its item\'s best')
  .argument('<task>', 'a free-text task, or its review task')
  .action(action(async ({ api }, id) => {
    print(await freeTextAnswers(api, Number(id)));
  }, { signs: false }));

task.command('cancel')
  .description('withdraw a task nobody committed to yet; its escrow returns')
  .argument('<task>', 'task id')
  .action(action(async ({ api, account }, id) => {
    const { block } = await submit(api, api.tx.tasks.cancelTask(id), account.pair, `cancel task ${id}`);
    print(`Task ${id} cancelled in block ${block}; its escrow is back in your free balance.`);
  }));

task.command('reveal-gold')
  .description('reveal the gold answers committed at creation (after the reveal deadline); the gold deposit returns')
  .argument('<task>', 'task id')
  .requiredOption('--manifest <file>', 'the task\'s manifest')
  .requiredOption('--gold <file>', 'the same gold answers file as at creation')
  .action(action(async ({ api, account }, id, o) => {
    const answers = readAnswers(o.gold, readManifest(o.manifest)).sort((a, b) => a.item - b.item);
    const salt = goldSalt(account.saltKey, api.genesisHash, Number(id));
    const { schema } = await rpc(api, 'labeling_task', Number(id));
    const { block } = await submit(api, api.tx.tasks.revealGold(id, answers.map((a) => [a.item, labelArg(labelValue(a.label, schema))]), u8aToHex(salt)), account.pair, `reveal the gold answers of task ${id}`);
    print(`${answers.length} gold answers of task ${id} revealed in block ${block}.`);
  }));

program.command('export')
  .description('write the finalized results of a task with their provenance (who labeled what, agreement, block, Merkle leaf), as JSONL or Label Studio JSON')
  .argument('<task>', 'task id')
  .option('--manifest <file>', 'add each item\'s id and content hash from the manifest (and class names from its "classes")')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'label-studio']).default('jsonl'))
  .option('--out <file>', 'output file (default: standard output)')
  .action(action(async ({ api }, id, o) => {
    const manifest = o.manifest ? readManifest(o.manifest) : null;
    const { records, pending } = await exportDataset(api, id, manifest);
    const text = o.format === 'jsonl'
      ? records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '')
      : JSON.stringify(labelStudio(records, manifest?.header.classes ?? []), null, 1) + '\n';
    if (o.out) writeFileSync(o.out, text);
    else process.stdout.write(text);
    console.error(`${records.length} finalized items of task ${id} exported${o.out ? ` to ${o.out}` : ''}` +
      (pending ? `; ${pending} not final yet (left out)` : '') + '.');
  }, { signs: false }));

program.command('verify')
  .description('check an exported JSONL dataset against the provenance root the chain recorded; names every item that differs')
  .argument('<file>', 'a file written by `export` (JSONL)')
  .action(action(async ({ api }, file) => {
    const records = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
      try { return JSON.parse(l); } catch (e) { throw new Error(`${file}:${i + 1}: not a JSON line (${e.message})`); }
    });
    const { problems, root, items, settled } = await verifyDataset(api, records);
    if (problems.length) {
      throw new Error(`${file} does not match the chain:\n  ${problems.join('\n  ')}`);
    }
    print(`${file}: all ${items} finalized items match the ${settled ? 'settlement' : 'current'} provenance root ${root} of task ${records[0].task}.`);
  }, { signs: false }));

program.command('stats')
  .description('progress, escalations, agreement (Krippendorff\'s alpha, Fleiss\' kappa) and per-labeler agreement of a task')
  .argument('<task>', 'task id')
  .action(action(async ({ api }, id) => {
    print(JSON.stringify(await rpc(api, 'labeling_taskStats', Number(id), null, 1000), null, 1));
  }, { signs: false }));

// ---- labelers ----

program.command('bond')
  .description('stake LBL (held from your balance); stake and reputation earn permission tiers')
  .argument('<LBL>', 'amount, e.g. 100 or 2.5')
  .action(action(async ({ api, account }, amount) => {
    const { block } = await submit(api, api.tx.tiers.bond(parseAmount(amount)), account.pair, `bond ${amount} LBL`);
    const labeler = (await api.query.tiers.labelers(account.pair.address)).unwrap();
    print(`Bonded ${amount} LBL in block ${block}: ${formatAmount(labeler.bonded)} LBL staked, tier ${labeler.tier.toNumber()}.`);
  }));

program.command('unbond')
  .description('start withdrawing stake (it stays held for the unbonding period)')
  .argument('<LBL>', 'amount')
  .action(action(async ({ api, account }, amount) => {
    const { block } = await submit(api, api.tx.tiers.unbond(parseAmount(amount)), account.pair, `unbond ${amount} LBL`);
    print(`Unbonding ${amount} LBL from block ${block}.`);
  }));

program.command('tier')
  .description('show your stake, tier, locked commit bonds and reputation per domain')
  .argument('[address]', 'another account (default: yours)')
  .action(action(async ({ api }, address) => {
    const who = address ?? (await loadAccount(program.opts(), api.registry.chainSS58)).pair.address;
    const labeler = await api.query.tiers.labelers(who);
    if (labeler.isNone) {
      print(`${who} has not bonded: bond at least the Novice stake to label.`);
      return;
    }
    const l = labeler.unwrap();
    print({ account: who, bonded: formatAmount(l.bonded), locked: formatAmount(l.locked), tier: l.tier.toNumber(),
      suspendedUntil: l.suspendedUntil.toJSON(), reputation: (await api.query.reputation.reputations(who)).toJSON() });
  }, { signs: false }));

program.command('tasks')
  .description('list the tasks open for commitments that your tier may label, with the items dealt to you in each (work is dealt by lot from the pools you joined: `labelchain pool join <domain>`)')
  .action(action(async ({ api, account }) => {
    const now = await bestBlock(api);
    const me = await api.query.tiers.labelers(account.pair.address);
    const tier = me.isSome ? me.unwrap().tier.toNumber() : -1;
    const seats = (await rpc(api, 'labeling_assignments', account.pair.address, 0, 1000)).seats;
    const open = (await api.query.tasks.tasks.entries())
      .map(([key, t]) => ({ id: key.args[0].toNumber(), t: t.unwrap() }))
      .filter(({ t }) => t.state.toString() === 'Active' && now <= t.commitDeadline.toNumber() && t.minTier.toNumber() <= tier)
      .map(({ id, t }) => ({ task: id, domain: t.domain.toNumber(), items: itemCount(t),
        redundancy: t.redundancy.toNumber(), minTier: t.minTier.toNumber(), rewardPerItem: formatAmount(t.rewardPerItem),
        commitDeadline: t.commitDeadline.toNumber(), revealDeadline: t.revealDeadline.toNumber(), manifestUri: t.manifestUri.toUtf8(),
        dealt: seats.filter((s) => s.task === id).map((s) => ({ firstItem: s.firstItem, items: s.items, commitBy: s.deadline, committed: s.committed })) }));
    if (tier < 0) console.error('You have not bonded: no task is open to you yet (`labelchain bond <LBL>`).');
    else if (!seats.length) console.error('Nothing is dealt to you now: work is dealt by lot to the members of a domain\'s pool (`labelchain pool join <domain>`).');
    print(open);
  }));

// ---- labelers: the pools work is dealt from ----

const pool = program.command('pool').description('labelers: join or leave the pool of a domain, from which work is dealt by lot (by stake)');

pool.command('join')
  .description('join a domain\'s pool at your tier there, with your free stake as tickets (join again after bonding more); seats of its tasks are dealt to you from the next block')
  .argument('<domain>', 'domain id')
  .action(action(async ({ api, account }, domain) => {
    const { block, events } = await submit(api, api.tx.assignment.joinPool(Number(domain)), account.pair, `join the pool of domain ${domain}`);
    const joined = events.find(({ event }) => api.events.assignment.Joined.is(event)).event.data;
    print(`In the pool of domain ${domain} from block ${block}: tier ${joined.tier.toNumber()}, ${formatAmount(joined.tickets)} LBL of tickets.`);
  }));

pool.command('leave')
  .description('leave a domain\'s pool: nothing more is dealt to you there (seats you hold stay yours)')
  .argument('<domain>', 'domain id')
  .action(action(async ({ api, account }, domain) => {
    const { block } = await submit(api, api.tx.assignment.leavePool(Number(domain)), account.pair, `leave the pool of domain ${domain}`);
    print(`Left the pool of domain ${domain} in block ${block}.`);
  }));

program.command('label')
  .description('commit answers to a task now and reveal them when the reveal window opens (re-run after a restart: salts are derived from your key, commitments already made are kept)')
  .argument('<task>', 'task id')
  .option('--manifest <file>', 'the task\'s manifest (for the items\' hashes and proofs); a review task needs none (see `texts`)')
  .option('--answers <file>', 'answers: JSON/JSONL of {item | id, label}')
  .option('--item <index>', 'a single item (with --label)')
  .option('--label <label>', 'the label of --item, as the task\'s schema asks: a class, a level, a number, classes "0,3", a preference A|B|tie (A! when clear), a ranking "2>0>1", or the text of a free-form or free-text answer')
  .option('--no-reveal', 'commit only; run again later to reveal')
  .action(action(async ({ api, account }, id, o) => {
    const taskId = Number(id);
    const stored = await api.query.tasks.tasks(taskId);
    if (stored.isNone) throw new Error(`There is no task ${taskId} on this chain.`);
    const t = stored.unwrap();
    // A review task's items are the free-text answers it rates, named by their hashes on chain
    // (no proof); any other task's come from its manifest, whose root must be the task's.
    const review = t.items.isSubmissions ? t.items.asSubmissions : null;
    const manifest = review ? null : o.manifest ? readManifest(o.manifest)
      : (() => { throw new Error('Give --manifest <file>: the task\'s items and their proofs come from it.'); })();
    if (manifest && (!t.items.isMerkle || u8aToHex(manifest.root) !== t.items.asMerkle.root.toHex())) {
      throw new Error(`The manifest does not match task ${taskId}: its Merkle root differs from the task's.`);
    }
    const itemCount = review ? review.count.toNumber() : manifest.items.length;
    const answers = o.answers ? readAnswers(o.answers, manifest, itemCount)
      : o.item !== undefined && o.label !== undefined ? [{ item: Number(o.item), label: o.label }]
        : (() => { throw new Error('Give --answers <file>, or --item <index> with --label <label>.'); })();
    const answerHashes = new Map();
    if (review) {
      for (const a of answers) {
        const answer = await api.query.tasks.submissions(review.of, a.item);
        if (answer.isNone) throw new Error(`Task ${taskId} has no item ${a.item}.`);
        answerHashes.set(a.item, answer.unwrap().digest.toHex());
      }
    }
    const itemHash = (item) => (review ? answerHashes.get(item) : u8aToHex(manifest.items[item].hash));
    const proofOf = (items) => (review ? [] : manifest.multiProof(items));
    const me = account.pair.address;
    const salt = (item) => deriveSalt(account.saltKey, api.genesisHash, taskId, item);
    // Every answer is read for the task's schema, and refused here if the schema does not allow it.
    const { schema } = await rpc(api, 'labeling_task', taskId);
    for (const a of answers) {
      try { a.value = labelValue(a.label, schema); } catch (e) { throw new Error(`item ${a.item}: ${e.message}`); }
    }
    const mine = async (item) => (await api.query.labels.labels(taskId, item)).find((e) => e.labeler.toString() === me);

    // All transactions of a step go out at once, with consecutive nonces, so that they fit in
    // the window; answers committed (or revealed) before a restart are skipped.
    const sendAll = async (txs) => {
      const first = (await api.rpc.system.accountNextIndex(me)).toNumber();
      return Promise.all(txs.map(([tx, what], i) => submit(api, tx, account.pair, what, first + i)));
    };
    // Work is dealt by lot: commit only to items of the chunks dealt to you. The chunks of a
    // new task are dealt from the block after it opens: wait a few blocks for yours.
    const dealtChunks = async () => (await rpc(api, 'labeling_assignments', me, taskId, 1000)).seats.filter((s) => s.task === taskId);
    let seats = await dealtChunks();
    for (let tries = 0; !seats.length && tries < 5 && await bestBlock(api) <= t.commitDeadline.toNumber(); tries += 1) {
      if (tries === 0) console.error(`Waiting for the items dealt to you in task ${taskId}…`);
      await waitForBlock(api, await bestBlock(api) + 1);
      seats = await dealtChunks();
    }
    const isDealt = (item) => seats.some((s) => item >= s.firstItem && item < s.firstItem + s.items);
    const toCommit = [];
    let notDealt = 0;
    for (const a of answers) {
      if (await mine(a.item)) continue;
      if (isDealt(a.item)) toCommit.push(a); else notDealt += 1;
    }
    if (notDealt) {
      const closed = await bestBlock(api) > t.commitDeadline.toNumber();
      console.error(closed
        ? `${notDealt} answers not committed: the commit window closed at block ${t.commitDeadline.toNumber()}.`
        : `${notDealt} answers are for items not dealt to you: skipped (only the holders of a seat commit to its items).`);
    }
    // Several answers per transaction (`commit_singles` / `reveal_singles`, all or none), each
    // item with its own commitment: one fee per chunk of answers.
    const chunk = api.consts.labels.maxRevealChunk.toNumber();
    const chunks = (list) => Array.from({ length: Math.ceil(list.length / chunk) }, (_, k) => list.slice(k * chunk, (k + 1) * chunk));
    const which = (part) => (part.length === 1 ? `item ${part[0].item}` : `${part.length} items (${part[0].item}…${part[part.length - 1].item})`);
    // In item order: the call proves its items together, in ascending order.
    toCommit.sort((x, y) => x.item - y.item);
    await sendAll(chunks(toCommit).map((part) => [
      api.tx.labels.commitSingles(taskId, part.map((a) => ({
        item: a.item, itemHash: itemHash(a.item),
        commitment: u8aToHex(commitment(api.genesisHash, taskId, a.item, me, a.value, salt(a.item))),
      })), proofOf(part.map((a) => a.item))),
      `commit to ${which(part)} of task ${taskId}`]));
    const committed = toCommit.length;
    console.error(`Committed ${committed} answers (${answers.length - committed - notDealt} were already committed).`);
    if (!o.reveal) return;

    const opens = t.commitDeadline.toNumber() + 1;
    if (await bestBlock(api) < opens) console.error(`Waiting for the reveal window (block ${opens})…`);
    await waitForBlock(api, opens, 3_600_000);
    const toReveal = [];
    for (const a of answers) {
      const entry = await mine(a.item);
      // A leaked commitment is void: it cannot be revealed (and would refuse the whole call).
      if (entry && entry.label.isNone && entry.commitment.isSingle) toReveal.push(a);
    }
    await sendAll(chunks(toReveal).map((part) => [
      api.tx.labels.revealSingles(taskId, part.map((a) => ({ item: a.item, label: labelArg(a.value), salt: u8aToHex(salt(a.item)) }))),
      `reveal ${which(part)} of task ${taskId}`]));
    const revealed = toReveal.length;
    print(`Task ${taskId}: ${committed} committed, ${revealed} revealed${notDealt ? `, ${notDealt} not dealt to you` : ''}; finalization follows the reveal deadline (block ${t.revealDeadline.toNumber()}).`);
  }));

// ---- jurors: the review court ----

const court = program.command('court').description('jurors: stake in a domain\'s review court, or leave it');

court.command('join')
  .description('stake LBL in a domain\'s court (held): you may be drawn, by stake, for panels of tasks below your tier there')
  .argument('<domain>', 'domain id')
  .argument('<LBL>', 'stake to add (0 re-enters the pool of your current tier)')
  .action(action(async ({ api, account }, domain, amount) => {
    const { block } = await submit(api, api.tx.review.joinCourt(Number(domain), parseAmount(amount)), account.pair, `join the court of domain ${domain}`);
    const juror = (await api.query.review.jurors(Number(domain), account.pair.address)).unwrap();
    print(`In the court of domain ${domain} from block ${block}: ${formatAmount(juror.stake)} LBL staked (pool tier ${juror.seat.unwrap()[0].toNumber()}).`);
  }));

court.command('leave')
  .description('leave a domain\'s court: no more draws; stake not bonded to an open seat is released now')
  .argument('<domain>', 'domain id')
  .action(action(async ({ api, account }, domain) => {
    const { block } = await submit(api, api.tx.review.leaveCourt(Number(domain)), account.pair, `leave the court of domain ${domain}`);
    print(`Left the court of domain ${domain} in block ${block}.`);
  }));

const review = program.command('review').description('jurors: the cases you sit on, and your verdicts');

review.command('cases')
  .description('open review cases (labeling_cases): with --mine only those you hold a seat on now, with --task only that task\'s')
  .option('--mine', 'only cases you are seated on')
  .option('--task <task>', 'only this task\'s cases')
  .action(action(async ({ api, account }, o) => {
    const cases = [];
    for (let from = 0; from !== null;) {
      const page = await rpc(api, 'labeling_cases', o.task === undefined ? null : Number(o.task), o.mine ? account.pair.address : null, from, 1000);
      cases.push(...page.cases);
      from = page.next;
    }
    print(cases);
  }));

review.command('vote')
  .description('commit your verdict on a case now and reveal it when its reveal phase opens (re-run after a restart: the salt is derived from your key)')
  .argument('<case>', 'case id')
  .argument('<label>', 'the label you judge right, as the case\'s schema asks: a class, a level, a number, classes "0,3", a preference A|B|tie (A! when clear), a ranking "2>0>1", or text for a free-form task')
  .action(action(async ({ api, account }, id, label) => {
    const caseId = Number(id);
    const me = account.pair.address;
    const now = async () => {
      const stored = await api.query.review.cases(caseId);
      if (stored.isNone) throw new Error(`Case ${caseId} is closed (or never was).`);
      return stored.unwrap();
    };
    let c = await now();
    const round = c.round.toNumber();
    const seatOf = async () => api.query.review.seats(caseId, round, me);
    let seat = await seatOf();
    if (seat.isNone || seat.unwrap().noShow.isTrue) throw new Error(`You hold no seat on round ${round} of case ${caseId}.`);
    const value = labelValue(label, c.schema.toJSON());
    const salt = verdictSalt(account.saltKey, api.genesisHash, caseId, round);
    if (seat.unwrap().commitment.isNone) {
      const { block } = await submit(api, api.tx.review.commitVerdict(caseId, u8aToHex(verdictCommitment(caseId, round, me, value, salt))), account.pair, `commit a verdict on case ${caseId}`);
      console.error(`Committed your verdict on case ${caseId} (round ${round}) in block ${block}.`);
    }
    // The reveal phase opens when everyone committed or the commit period ends.
    for (;;) {
      c = await now();
      if (c.round.toNumber() !== round) throw new Error(`Case ${caseId} moved to round ${c.round.toNumber()} before you revealed.`);
      if (c.phase.isReveal) break;
      if (!c.phase.isCommit && !c.phase.isDrawing) throw new Error(`Case ${caseId} is in phase ${c.phase.toString()}: too late to reveal.`);
      await waitForBlock(api, (await bestBlock(api)) + 1, 600_000);
    }
    seat = await seatOf();
    if (seat.unwrap().verdict.isNone) {
      const { block } = await submit(api, api.tx.review.revealVerdict(caseId, labelArg(value), u8aToHex(salt)), account.pair, `reveal your verdict on case ${caseId}`);
      print(`Revealed your verdict on case ${caseId} (round ${round}) in block ${block}; the round closes by block ${c.deadline.toNumber() + 1}.`);
    } else {
      print(`Your verdict on case ${caseId} is already revealed.`);
    }
  }));

program.command('appeal')
  .description('appeal a panel\'s last verdict (a case id), or with --task and --item the vote\'s decision on an item you labeled or requested, within its task\'s appeal window (holds a deposit per seat of the panel)')
  .argument('[case]', 'case id of a panel verdict')
  .option('--task <task>', 'the task of a vote-decided item')
  .option('--item <item>', 'the item whose decision you appeal')
  .action(action(async ({ api, account }, id, o) => {
    const decision = o.task !== undefined || o.item !== undefined;
    if (decision === (id !== undefined)) throw new Error('Give a case id, or --task and --item (not both).');
    if (decision && (o.task === undefined || o.item === undefined)) throw new Error('An appeal of a decision needs both --task and --item.');
    const [tx, what] = decision
      ? [api.tx.review.appealDecision(Number(o.task), Number(o.item)), `appeal the decision on item ${o.item} of task ${o.task}`]
      : [api.tx.review.appeal(Number(id)), `appeal case ${id}`];
    const { block, events } = await submit(api, tx, account.pair, what);
    const appealed = events.find(({ event }) => api.events.review.Appealed.is(event));
    const d = appealed?.event.data;
    const caseId = d ? d.case.toNumber() : id;
    print(appealed
      ? `Appealed ${decision ? `the decision on item ${o.item} of task ${o.task} (case ${caseId})` : `case ${caseId}`} in block ${block}: round ${d.round.toNumber()} with ${d.seats.toNumber()} seats; ${formatAmount(d.deposit)} LBL held.`
      : `Appealed in block ${block}.`);
  }));

program.command('records')
  .description('check a manifest or answers file and print its items with their content hashes')
  .argument('<file>', 'JSON or JSONL file')
  .action(async (file) => {
    const manifest = readManifest(file);
    print({ records: manifest.items.length, root: u8aToHex(manifest.root), items: manifest.items.map((i) => ({ index: i.index, id: i.id, hash: u8aToHex(i.hash) })) });
  });

program.parseAsync(process.argv).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
