// Who signs: an account from a secret URI (mnemonic or dev URI such as //Alice) or from a
// polkadot.js JSON keystore file, and the key its salts are derived from.
import { readFileSync } from 'node:fs';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { saltKey } from '../lib/labels.mjs';

/**
 * The signing account from the CLI options: `--suri` (or LABELCHAIN_SURI), else `--keystore`
 * with `--password` (or LABELCHAIN_PASSWORD). Returns { pair, saltKey }.
 */
export async function loadAccount({ suri, keystore, password }, ss58Format = 42) {
  await cryptoWaitReady();
  suri ??= process.env.LABELCHAIN_SURI;
  if (suri) {
    const pair = new Keyring({ type: 'sr25519', ss58Format }).addFromUri(suri);
    return { pair, saltKey: saltKey(suri) };
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
    // The salt key is derived from the account's own secret, so it is the same after a restart
    // and nobody without the keystore and its password can compute it.
    const seed = blake2AsU8a(u8aConcat(stringToU8a('labelchain/salt-key/v1'), pair.encodePkcs8()), 256);
    const key = new Keyring({ type: 'ed25519' }).addFromSeed(seed);
    return { pair, saltKey: key };
  }
  throw new Error('no account: pass --suri <mnemonic or //Dev URI> or --keystore <file.json> --password <password> (or set LABELCHAIN_SURI)');
}
