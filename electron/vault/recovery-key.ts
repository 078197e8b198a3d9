import type { Sodium } from './sodium';
import { VaultError } from './vault-error';
import { dataKeyLength, type KeySlot, type RecoveryKeySlot } from './vault-file';

/**
 * A recovery key: 128 random bits a person writes down or prints, which open the vault when the
 * passphrase is forgotten. It is shown as 32 characters in 8 groups of 4 (Crockford's base 32: no
 * I, L, O or U, so nothing reads as something else), the 16 secret bytes followed by a 4-byte
 * checksum that tells a typo from a key for another vault at once, before anything is tried.
 *
 * The key never wraps the data key directly: it derives an X25519 key pair, and the vault's
 * recovery slot holds the data key sealed to the public half (libsodium's sealed box). So a
 * passphrase change can give the new data key to the recovery key without the key at hand, and
 * only the recovery key opens it. 128 random bits need no slow KDF: a guess is as hard as the key.
 */
export const recoveryKeySecretLength = 16;
const checksumLength = 4;
const groupLength = 4;
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const recoveryKeyCharacters = ((recoveryKeySecretLength + checksumLength) * 8) / 5;

/** BLAKE2b keys that keep the checksum and the key-pair seed apart from each other and any other use. */
const checksumDomain = new TextEncoder().encode('Waypoint recovery key checksum 1');
const seedDomain = new TextEncoder().encode('Waypoint recovery key pair seed 1');

function checksum(sodium: Sodium, secret: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(16, secret, checksumDomain).subarray(0, checksumLength);
}

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return text;
}

function fromBase32(text: string): Uint8Array {
  const bytes = new Uint8Array((text.length * 5) / 8);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const character of text) {
    value = (value << 5) | alphabet.indexOf(character);
    bits += 5;
    if (bits >= 8) {
      bytes[index++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return bytes;
}

/** The key as it is shown and printed: `7K2M-Q9XA-…`, 8 groups of 4. */
export function formatRecoveryKey(sodium: Sodium, secret: Uint8Array): string {
  const payload = new Uint8Array(recoveryKeySecretLength + checksumLength);
  payload.set(secret, 0);
  payload.set(checksum(sodium, secret), recoveryKeySecretLength);
  const text = toBase32(payload);
  sodium.memzero(payload);
  return text.match(new RegExp(`.{${groupLength}}`, 'g'))!.join('-');
}

const wrongRecoveryKey = (message: string) => new VaultError('WRONG_RECOVERY_KEY', message);

/**
 * The secret in a typed recovery key. Forgiving about what hand-copying changes: case, spaces,
 * dashes, and O, I or L typed for 0 or 1. A key of the wrong length or with a failing checksum is
 * a typo, said as such.
 */
export function parseRecoveryKey(sodium: Sodium, typed: string): Uint8Array {
  const text = typed
    .toUpperCase()
    .replace(/[\s\-‐‑–—.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const stray = [...text].find((character) => !alphabet.includes(character));
  if (stray !== undefined) {
    throw wrongRecoveryKey(
      `A recovery key has only letters and digits, and never the letter U: "${stray}" is not part of one. Check what you typed against your printed page.`,
    );
  }
  if (text.length !== recoveryKeyCharacters) {
    throw wrongRecoveryKey(
      `A recovery key has ${recoveryKeyCharacters} letters and digits (8 groups of 4); that has ${text.length}. Check what you typed against your printed page.`,
    );
  }
  const payload = fromBase32(text);
  const secret = payload.slice(0, recoveryKeySecretLength);
  const matches = sodium.memcmp(checksum(sodium, secret), payload.subarray(recoveryKeySecretLength));
  sodium.memzero(payload);
  if (!matches) {
    sodium.memzero(secret);
    throw wrongRecoveryKey(
      'That recovery key has a mistake in it. Check each group against your printed page (0 and O, 1 and I count as the same).',
    );
  }
  return secret;
}

export function generateRecoveryKeySecret(sodium: Sodium): Uint8Array {
  return sodium.randombytes_buf(recoveryKeySecretLength);
}

function keyPairOf(sodium: Sodium, secret: Uint8Array): { publicKey: Uint8Array; privateKey: Uint8Array } {
  const seed = sodium.crypto_generichash(32, secret, seedDomain);
  try {
    return sodium.crypto_box_seed_keypair(seed);
  } finally {
    sodium.memzero(seed);
  }
}

/** A recovery slot for the data key: sealed to the recovery key's public key. */
export function createRecoveryKeySlot(sodium: Sodium, dataKey: Uint8Array, publicKey: Uint8Array): RecoveryKeySlot {
  return { kind: 'recoveryKey', publicKey, sealedKey: sodium.crypto_box_seal(dataKey, publicKey) };
}

/** A recovery slot for the data key and the recovery key's public half (to hand it on at a key change). */
export function recoveryKeySlotFor(sodium: Sodium, dataKey: Uint8Array, secret: Uint8Array): RecoveryKeySlot {
  const { publicKey, privateKey } = keyPairOf(sodium, secret);
  sodium.memzero(privateKey);
  return createRecoveryKeySlot(sodium, dataKey, publicKey);
}

/** Opens the recovery slot with the key's secret: the data key, or WRONG_RECOVERY_KEY. */
export function unwrapWithRecoveryKey(sodium: Sodium, slots: readonly KeySlot[], secret: Uint8Array): Uint8Array {
  const slot = slots.find((candidate): candidate is RecoveryKeySlot => candidate.kind === 'recoveryKey');
  if (!slot) {
    throw wrongRecoveryKey('This vault has no recovery key, so only its passphrase opens it.');
  }
  const { publicKey, privateKey } = keyPairOf(sodium, secret);
  try {
    if (!sodium.memcmp(publicKey, slot.publicKey)) {
      throw wrongRecoveryKey(
        'That recovery key is not the one for this vault. If you made a new one since, it is the newest page that works.',
      );
    }
    const dataKey = sodium.crypto_box_seal_open(slot.sealedKey, publicKey, privateKey);
    if (dataKey.length !== dataKeyLength) throw new Error('sealed key of the wrong length');
    return dataKey;
  } catch (error) {
    if (error instanceof VaultError) throw error;
    throw new VaultError('DAMAGED', 'The vault file is damaged (its recovery-key slot does not open).', {
      cause: error,
    });
  } finally {
    sodium.memzero(privateKey);
  }
}
