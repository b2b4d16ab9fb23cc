// For client test files: the `labelchain` CLI run as a child process against a test chain.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'labelchain.mjs');

/**
 * `labelchain(account, ...args)` runs the CLI against `chain`'s node as `account` (a secret
 * URI, `['--keystore', file, '--password', pw]`, or null for none) and resolves with
 * { code, stdout, stderr } (never rejects); `ok(account, ...args)` asserts it succeeded and
 * resolves with its standard output.
 */
export function cliRunner(chain) {
  const labelchain = (account, ...args) => {
    const who = account === null ? [] : Array.isArray(account) ? account : ['--suri', account];
    return new Promise((resolve) => {
      execFile('node', [cli, '--url', chain.node.wsUrl, ...who, ...args], { timeout: 600_000 },
        (error, stdout, stderr) => resolve({ code: error ? error.code ?? 1 : 0, stdout, stderr }));
    });
  };
  const ok = async (account, ...args) => {
    const run = await labelchain(account, ...args);
    assert.equal(run.code, 0, `labelchain ${args.join(' ')} failed:\n${run.stderr}`);
    return run.stdout;
  };
  return { labelchain, ok };
}
