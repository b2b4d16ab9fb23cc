// Starts a fresh `labelchain-node --dev --tmp` for a test and stops it afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the release build puts the node: `$LABELCHAIN_NODE`, else `${CARGO_TARGET_DIR:-target}/release`. */
export function nodeBinary() {
  if (process.env.LABELCHAIN_NODE) return process.env.LABELCHAIN_NODE;
  const targetDir = process.env.CARGO_TARGET_DIR || path.join(repo, 'target');
  return path.join(targetDir, 'release', 'labelchain-node');
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function rpc(url, method, params = []) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/**
 * Starts a dev node on free ports and waits until its RPC answers and it has produced a block.
 * Blocks are sealed and finalized every `blockTimeMs` (`--dev-block-time`: the runtime sees one
 * Aura slot per block, as at 6 s blocks); `blockTimeMs: null` runs real Aura and GRANDPA.
 * Fails (rejects) if the node exits or does not come up within `timeoutMs`.
 */
export async function startDevNode({ timeoutMs = 60_000, blockTimeMs = 1000, extraArgs = [] } = {}) {
  const sealing = blockTimeMs === null ? [] : [`--dev-block-time=${blockTimeMs}`];
  return startNode({ timeoutMs, args: ['--dev', '--tmp', ...sealing, ...extraArgs] });
}

/**
 * Starts `labelchain-node` with `args` plus free RPC and p2p ports, and waits until its RPC
 * answers (and, with `waitForBlock`, it has a block). Rejects if the node exits or is late.
 */
export async function startNode({ timeoutMs = 60_000, args: chainArgs, rpcPort, p2pPort, waitForBlock = true }) {
  const bin = nodeBinary();
  if (!existsSync(bin)) throw new Error(`node binary not found at ${bin}: build it first (scripts/test.sh does)`);
  rpcPort ??= await freePort();
  p2pPort ??= await freePort();
  const args = [...chainArgs, `--rpc-port=${rpcPort}`, `--port=${p2pPort}`, '--no-prometheus',
    '--no-telemetry', '--no-mdns', '--rpc-max-connections=1000'];
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => { log = (log + d.toString()).slice(-20_000); });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const httpUrl = `http://127.0.0.1:${rpcPort}`;
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (exited) throw new Error(`labelchain-node exited (${JSON.stringify(exited)}) before its RPC came up:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`labelchain-node did not come up within ${timeoutMs} ms:\n${log}`);
    }
    try {
      const header = await rpc(httpUrl, 'chain_getHeader');
      if (!waitForBlock || parseInt(header.number, 16) >= 1) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    p2pPort,
    wsUrl: `ws://127.0.0.1:${rpcPort}`,
    httpUrl,
    rpc: (method, params) => rpc(httpUrl, method, params),
    log: () => log,
    async stop() {
      if (exited) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
