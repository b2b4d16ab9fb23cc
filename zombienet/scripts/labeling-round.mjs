// Zombienet js-script: the client tests' full labeling round, against this node of the network.
import { connectTo } from './network.mjs';
import { fullLabelingRound } from '../../scripts/lib/round.mjs';

export async function run(nodeName, networkInfo) {
  const api = await connectTo(networkInfo, nodeName);
  try {
    await fullLabelingRound(api);
    return 1;
  } finally {
    await api.disconnect();
  }
}
