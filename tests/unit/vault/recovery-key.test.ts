import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  generateRecoveryKeySecret,
  parseRecoveryKey,
  recoveryKeyCharacters,
  recoveryKeySecretLength,
  recoveryKeySlotFor,
  unwrapWithRecoveryKey,
} from '../../../electron/vault/recovery-key';
import { loadSodium } from '../../../electron/vault/sodium';
import { VaultError } from '../../../electron/vault/vault-error';
import {
  createPassphraseSlot,
  generateDataKey,
  openVaultBody,
  parseVaultFile,
  sealVault,
  unwrapDataKey,
} from '../../../electron/vault/vault-file';
import { testKdfParams } from '../support/fast-kdf';

const sodium = await loadSodium();

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe('WRONG_RECOVERY_KEY');
    return (error as VaultError).message;
  }
  throw new Error('expected a WRONG_RECOVERY_KEY');
}

/**
 * A fixed key for the tests that change characters one by one: the same key every run, with the
 * characters copying by hand changes (0, 1) and neighbours that are the same (a swap of those is
 * no typo), so what these tests check does not depend on what a random key happens to hold.
 */
const knownSecret = Uint8Array.from({ length: recoveryKeySecretLength }, (_, index) => (index * 37) & 255);
const knownKey = '00JM-MVWM-Q7F0-6A2D-EABV-SR86-5DAR-111D';

describe('recovery key text', () => {
  it('writes a known secret as the same text every time, and reads it back', () => {
    expect(formatRecoveryKey(sodium, knownSecret)).toBe(knownKey);
    expect(parseRecoveryKey(sodium, knownKey)).toEqual(knownSecret);
  });

  it('is 128 random bits shown as 8 groups of 4 unambiguous characters, and reads back to the same bits', () => {
    for (let round = 0; round < 200; round++) {
      const secret = generateRecoveryKeySecret(sodium);
      expect(secret).toHaveLength(recoveryKeySecretLength);
      const text = formatRecoveryKey(sodium, secret);
      expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
      expect(parseRecoveryKey(sodium, text)).toEqual(secret);
    }
    expect(recoveryKeySecretLength * 8).toBeGreaterThanOrEqual(128);
  });

  it('forgives what copying by hand changes: case, spaces, dashes, O for 0 and I or L for 1', () => {
    const secret = knownSecret;
    const text = knownKey;
    const handCopied = ` ${text.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')}\n`;
    expect(parseRecoveryKey(sodium, handCopied)).toEqual(secret);
    expect(parseRecoveryKey(sodium, text.replaceAll('-', '').replaceAll('1', 'I'))).toEqual(secret);
  });

  it('catches every one-character typo and every swap of two neighbours, and says it is a mistake', () => {
    const text = knownKey.replaceAll('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let typos = 0;
    for (let index = 0; index < text.length; index++) {
      for (const replacement of alphabet) {
        if (replacement === text[index]) continue;
        const typed = text.slice(0, index) + replacement + text.slice(index + 1);
        expect(messageOf(() => parseRecoveryKey(sodium, typed))).toContain('has a mistake in it');
        typos++;
      }
      const next = text[index + 1];
      if (next !== undefined && next !== text[index]) {
        const swapped = text.slice(0, index) + next + text[index] + text.slice(index + 2);
        expect(messageOf(() => parseRecoveryKey(sodium, swapped))).toContain('has a mistake in it');
      }
    }
    expect(typos).toBe(recoveryKeyCharacters * 31);
  });

  it('says how long a key is when one is cut short, and names a character that is never in one', () => {
    const text = knownKey;
    expect(messageOf(() => parseRecoveryKey(sodium, text.slice(0, -5)))).toBe(
      'A recovery key has 32 letters and digits (8 groups of 4); that has 28. Check what you typed against your printed page.',
    );
    expect(messageOf(() => parseRecoveryKey(sodium, `${text.slice(0, -1)}U`))).toContain('"U" is not part of one');
    expect(messageOf(() => parseRecoveryKey(sodium, ''))).toContain('that has 0');
  });
});

describe('recovery-key slot', () => {
  const passphrase = 'correct horse battery staple';

  function vaultWithRecoveryKey() {
    const dataKey = generateDataKey(sodium);
    const secret = generateRecoveryKeySecret(sodium);
    const slots = [
      createPassphraseSlot(sodium, dataKey, passphrase, testKdfParams),
      recoveryKeySlotFor(sodium, dataKey, secret),
    ];
    const body = new TextEncoder().encode('a small SQLite image stand-in');
    return { bytes: sealVault(sodium, slots, dataKey, body), body, secret, dataKey };
  }

  it('round trip: the recovery key and the passphrase each open the same data key; the file is format 2', () => {
    const { bytes, body, secret, dataKey } = vaultWithRecoveryKey();
    const parsed = parseVaultFile(sodium, bytes);
    expect(parsed.formatVersion).toBe(2);
    expect(parsed.slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recoveryKey']);
    expect(unwrapWithRecoveryKey(sodium, parsed.slots, secret)).toEqual(dataKey);
    expect(unwrapDataKey(sodium, parsed.slots, passphrase)).toEqual(dataKey);
    expect(openVaultBody(sodium, parsed, unwrapWithRecoveryKey(sodium, parsed.slots, secret))).toEqual(body);
    // The typed text reaches the same key as the bytes.
    const typed = parseRecoveryKey(sodium, formatRecoveryKey(sodium, secret));
    expect(unwrapWithRecoveryKey(sodium, parsed.slots, typed)).toEqual(dataKey);
  });

  it('another recovery key is "not the one for this vault"; a vault without one says only its passphrase opens it', () => {
    const { bytes } = vaultWithRecoveryKey();
    const other = generateRecoveryKeySecret(sodium);
    expect(messageOf(() => unwrapWithRecoveryKey(sodium, parseVaultFile(sodium, bytes).slots, other))).toContain(
      'not the one for this vault',
    );
    const dataKey = generateDataKey(sodium);
    const passphraseOnly = sealVault(
      sodium,
      [createPassphraseSlot(sodium, dataKey, passphrase, testKdfParams)],
      dataKey,
      new Uint8Array(8),
    );
    expect(parseVaultFile(sodium, passphraseOnly).formatVersion).toBe(1);
    expect(messageOf(() => unwrapWithRecoveryKey(sodium, parseVaultFile(sodium, passphraseOnly).slots, other))).toBe(
      'This vault has no recovery key, so only its passphrase opens it.',
    );
  });

  it('a wrong passphrase does not try the recovery slot, and a recovery-key slot in a format-1 file is damage', () => {
    const { bytes } = vaultWithRecoveryKey();
    expect(() => unwrapDataKey(sodium, parseVaultFile(sodium, bytes).slots, 'not it')).toThrow(
      'That passphrase does not open this vault.',
    );
    const asFormat1 = bytes.slice();
    asFormat1[8] = 1;
    const length = new DataView(asFormat1.buffer).getUint16(10, true);
    asFormat1.set(sodium.crypto_generichash(32, asFormat1.subarray(0, length - 32), null), length - 32);
    expect(() => parseVaultFile(sodium, asFormat1)).toThrow('a key slot has an unknown kind');
  });

  it('a flipped bit in the sealed key fails the body, as damage; one in the public key is "not the one"', () => {
    const { bytes, secret } = vaultWithRecoveryKey();
    const recoverySlotStart = 16 + 100;
    const flip = (offset: number) => {
      const copy = bytes.slice();
      copy[offset]! ^= 1;
      const length = new DataView(copy.buffer).getUint16(10, true);
      copy.set(sodium.crypto_generichash(32, copy.subarray(0, length - 32), null), length - 32);
      return parseVaultFile(sodium, copy);
    };
    expect(messageOf(() => unwrapWithRecoveryKey(sodium, flip(recoverySlotStart + 4).slots, secret))).toContain(
      'not the one for this vault',
    );
    expect(() => unwrapWithRecoveryKey(sodium, flip(recoverySlotStart + 40).slots, secret)).toThrow(
      'recovery-key slot does not open',
    );
  });
});
