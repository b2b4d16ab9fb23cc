// Zombienet js-script: the node's best and finalized heights both grow by at least 3 blocks.
import { connectTo, waitUntil } from './network.mjs';

export async function run(nodeName, networkInfo) {
  const api = await connectTo(networkInfo, nodeName);
  try {
    const heights = async () => {
      const best = (await api.rpc.chain.getHeader()).number.toNumber();
      const finalizedHash = await api.rpc.chain.getFinalizedHead();
      const finalized = (await api.rpc.chain.getHeader(finalizedHash)).number.toNumber();
      return { best, finalized };
    };
    const start = await heights();
    const end = await waitUntil(heights, (h) => h.best >= start.best + 3 && h.finalized >= start.finalized + 3);
    console.log(`${nodeName}: best ${start.best} -> ${end.best}, finalized ${start.finalized} -> ${end.finalized}`);
    return end.finalized - start.finalized;
  } finally {
    await api.disconnect();
  }
}
