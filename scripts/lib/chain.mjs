// Helpers shared by the client tests and tools: connecting, signing, waiting for finality.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

export async function connect(wsUrl) {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(wsUrl), noInitWarn: true, throwOnConnect: true });
  return api;
}

/** Development accounts (//Alice, //Bob, …) as sr25519 key pairs with the chain's SS58 prefix. */
export function devAccounts(api) {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/** Turns a dispatch error into "pallet.Error: its documentation". */
export function describeDispatchError(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}: ${docs.join(' ').trim()}`;
  }
  return dispatchError.toString();
}

/**
 * Signs and sends `tx`, resolves when its block is finalized with { blockHash, events, fee };
 * rejects with a readable message if the chain refuses it.
 */
export function sendAndFinalize(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        reject(new Error(describeDispatchError(api, dispatchError)));
        return;
      }
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(new Error(`transaction ${status.type}`));
        return;
      }
      if (status.isFinalized) {
        unsub();
        const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
        const fee = feeEvent ? feeEvent.event.data.actualFee.toBigInt() : 0n;
        resolve({ blockHash: status.asFinalized, events, fee });
      }
    }).then((u) => { unsub = u; }, reject);
  });
}
