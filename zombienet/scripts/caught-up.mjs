// Zombienet js-script: the (restarted) node's finalized head reaches the finalized head the
// other validators had when the check began.
import { connectTo, finalizedHeight, waitUntil } from './network.mjs';

export async function run(nodeName, networkInfo) {
  const others = Object.keys(networkInfo.nodesByName).filter((name) => name !== nodeName);
  const apis = await Promise.all(others.map((name) => connectTo(networkInfo, name)));
  const api = await connectTo(networkInfo, nodeName);
  try {
    const target = Math.max(...(await Promise.all(apis.map(finalizedHeight))));
    const reached = await waitUntil(() => finalizedHeight(api), (h) => h >= target);
    console.log(`${nodeName}: finalized ${reached}, the others had ${target}`);
    return reached;
  } finally {
    await Promise.all([api, ...apis].map((a) => a.disconnect()));
  }
}
