// Waiting on the chain: blocks, and transactions included (not yet final) in parallel.
import { describeDispatchError } from './chain.mjs';

/** Resolves once the best block number reaches `n`. */
export async function waitForBlock(api, n, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    if (best >= n) return best;
    if (Date.now() > deadline) throw new Error(`block ${n} not reached (best ${best})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Signs and sends `tx`; resolves with its events once it is in a block, rejects on a chain error. */
export function sendAndInclude(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, { nonce: -1 }, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        reject(new Error(describeDispatchError(api, dispatchError)));
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(new Error(`transaction ${status.type}`));
      } else if (status.isInBlock || status.isFinalized) {
        // A node that finalizes as it seals (`--dev-block-time`) reports only `Finalized`.
        unsub();
        resolve({ blockHash: status.isInBlock ? status.asInBlock : status.asFinalized, events });
      }
    }).then((u) => { unsub = u; }, reject);
  });
}
