import { weakestAllowedKdfParams } from '../../../electron/vault/kdf-params';
import { argon2idKek, type DeriveKek } from '../../../electron/vault/vault-file';
import type { VaultSessionOptions } from '../../../electron/vault/vault-session';

/** The weakest settings a file may hold: real Argon2id, ~10 ms instead of ~1 s. */
export const testKdfParams = weakestAllowedKdfParams;

/**
 * The real Argon2id, remembered per (passphrase, salt, settings), for tests that open the same
 * vault thousands of times (every flipped bit). Returns a copy because callers zero what they get.
 */
export function rememberingKek(): DeriveKek & { calls: number } {
  const known = new Map<string, Uint8Array>();
  const derive = ((sodium, passphrase, kdf, salt) => {
    derive.calls++;
    const key = `${passphrase}\u0000${sodium.to_hex(salt)}\u0000${kdf.opslimit}\u0000${kdf.memlimitKiB}`;
    let kek = known.get(key);
    if (!kek) {
      kek = argon2idKek(sodium, passphrase, kdf, salt);
      known.set(key, kek.slice());
    }
    return kek.slice();
  }) as DeriveKek & { calls: number };
  derive.calls = 0;
  return derive;
}

export const testSessionOptions: VaultSessionOptions = { program: 'cli', kdfParams: testKdfParams, saveDelayMs: 20 };
