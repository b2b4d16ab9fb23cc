// Helpers for zombienet's js-scripts: they run inside zombienet's process, and reach the
// project's client library (and its @polkadot/api) in scripts/lib.
import { connect } from '../../scripts/lib/chain.mjs';

/** An API connected to the node called `nodeName` in zombienet's network description. */
export function connectTo(networkInfo, nodeName) {
  return connect(networkInfo.nodesByName[nodeName].wsUri);
}

/** Polls `read()` every second until `done(value)`; resolves with that value. */
export async function waitUntil(read, done) {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The node's finalized height. */
export async function finalizedHeight(api) {
  const hash = await api.rpc.chain.getFinalizedHead();
  return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}
