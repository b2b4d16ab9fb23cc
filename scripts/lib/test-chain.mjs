// For client test files: one fresh dev node per file, started before its tests, stopped after.
import { before, after } from 'node:test';
import { startDevNode } from './devnode.mjs';
import { connect } from './chain.mjs';

/**
 * Registers the file's `before`/`after` hooks; the returned object's `node` and `api` are set
 * once `before` has run, and then `onReady(chain)` is called (in the same hook: node:test may run
 * a file's top-level hooks side by side).
 */
export function devChain({ onReady = () => {}, ...options } = {}) {
  const chain = {};
  before(async () => {
    chain.node = await startDevNode(options);
    chain.api = await connect(chain.node.wsUrl);
    onReady(chain);
  });
  after(async () => {
    await chain.api?.disconnect();
    await chain.node?.stop();
  });
  return chain;
}
