// Who signs: an account from a secret URI (mnemonic or dev URI such as //Alice) or from a
// polkadot.js JSON keystore file, and the key its salts are derived from.
import { readFileSync } from 'node:fs';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { saltKeyOf } from '../lib/labels.mjs';

/**
 * The signing account from the CLI options: `--suri` (or LABELCHAIN_SURI), else `--keystore`
 * with `--password` (or LABELCHAIN_PASSWORD). Returns { pair, saltKey }.
 */
export async function loadAccount({ suri, keystore, password }, ss58Format = 42) {
  await cryptoWaitReady();
  suri ??= process.env.LABELCHAIN_SURI;
  if (suri) {
    const pair = new Keyring({ type: 'sr25519', ss58Format }).addFromUri(suri);
    return { pair, saltKey: saltKeyOf(pair) };
  }
  if (keystore) {
    let json;
    try {
      json = JSON.parse(readFileSync(keystore, 'utf8'));
    } catch (e) {
      throw new Error(`The keystore file ${keystore} could not be read as JSON: ${e.message}`);
    }
    const type = json.encoding?.content?.[1] ?? 'sr25519';
    const pair = new Keyring({ type, ss58Format }).addFromJson(json);
    try {
      pair.decodePkcs8(password ?? process.env.LABELCHAIN_PASSWORD ?? '');
    } catch {
      throw new Error(`The keystore file ${keystore} could not be unlocked: is the password right?`);
    }
    // The salt key comes from the account's own secret: the same as under --suri for the same
    // account, the same after a restart, and nobody without the secret can compute it.
    return { pair, saltKey: saltKeyOf(pair) };
  }
  throw new Error('no account: pass --suri <mnemonic or //Dev URI> or --keystore <file.json> --password <password> (or set LABELCHAIN_SURI)');
}
