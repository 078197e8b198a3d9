import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../electron/database/migrate';
import { defaultKdfParams, kdfBounds, kdfParamsProblem } from '../../../electron/vault/kdf-params';
import { loadSodium } from '../../../electron/vault/sodium';
import { VaultError } from '../../../electron/vault/vault-error';
import {
  createPassphraseSlot,
  generateDataKey,
  openVaultBody,
  parseVaultFile,
  sealVault,
  unwrapDataKey,
  type DeriveKek,
} from '../../../electron/vault/vault-file';
import { rememberingKek, testKdfParams } from '../support/fast-kdf';
import { memoryDatabase } from '../../support/memory-database';

const sodium = await loadSodium();

/** The SQLite image of a new, empty vault: what a freshly created vault file holds. */
function newVaultImage(): Uint8Array {
  const db = memoryDatabase();
  migrateDatabase(db);
  const image = db.export();
  db.close();
  return image;
}
const passphrase = 'correct horse battery staple';

/** Byte ranges of the version-1 header with one key slot (docs/vault-format.md). */
const field = {
  magic: [0, 8],
  formatVersion: [8, 10],
  headerLength: [10, 12],
  slotCount: [12, 13],
  reserved: [13, 16],
  slotKind: [16, 17],
  kdfAlgorithm: [17, 18],
  slotReserved: [18, 20],
  opslimit: [20, 24],
  memlimit: [24, 28],
  salt: [28, 44],
  wrapNonce: [44, 68],
  wrappedKey: [68, 116],
  bodyLength: [116, 124],
  checksum: [124, 156],
} as const;
const headerLength = 156;

function makeVault(
  plaintext: Uint8Array = new TextEncoder().encode('a small SQLite image stand-in'),
  derive?: DeriveKek,
) {
  const dataKey = generateDataKey(sodium);
  const slot = createPassphraseSlot(sodium, dataKey, passphrase, testKdfParams, derive);
  return { bytes: sealVault(sodium, [slot], dataKey, plaintext), plaintext };
}

/** The full read path: structure, KDF and unwrap, then the body. */
function open(bytes: Uint8Array, typed = passphrase, derive?: DeriveKek): Uint8Array {
  const parsed = parseVaultFile(sodium, bytes);
  const key = unwrapDataKey(sodium, parsed.slots, typed, derive);
  return openVaultBody(sodium, parsed, key);
}

function outcome(run: () => unknown): string {
  try {
    run();
    return 'OPENED';
  } catch (error) {
    if (error instanceof VaultError) return error.code;
    throw error;
  }
}

/** Recomputes the header checksum, as a careful (or malicious) editor would. */
function withValidChecksum(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const length = new DataView(copy.buffer).getUint16(10, true);
  copy.set(sodium.crypto_generichash(32, copy.subarray(0, length - 32), null), length - 32);
  return copy;
}

describe('vault file format v1', () => {
  it('opens what it sealed, with the same bytes inside', () => {
    const { bytes, plaintext } = makeVault();
    expect(open(bytes)).toEqual(plaintext);
    expect(bytes.length).toBe(headerLength + 24 + plaintext.length + 16);
  });

  it('seals the same content differently every time (fresh nonce and salt)', () => {
    const { bytes: first } = makeVault(new Uint8Array(64));
    const { bytes: second } = makeVault(new Uint8Array(64));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });

  it('reports a wrong passphrase as such, not as damage', () => {
    const { bytes } = makeVault();
    expect(outcome(() => open(bytes, 'correct horse battery stapler'))).toBe('WRONG_PASSPHRASE');
    expect(outcome(() => open(bytes, ''))).toBe('WRONG_PASSPHRASE');
  });

  it('accepts the passphrase whatever Unicode form it was typed in', () => {
    const composed = 'caf\u00e9 au lait matin';
    const dataKey = generateDataKey(sodium);
    const slot = createPassphraseSlot(sodium, dataKey, composed, testKdfParams);
    const bytes = sealVault(sodium, [slot], dataKey, new Uint8Array([1, 2, 3]));
    expect(open(bytes, composed.normalize('NFD'))).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('reports a flipped bit anywhere in a new vault file as damaged', () => {
    const derive = rememberingKek();
    const { bytes } = makeVault(newVaultImage(), derive);
    const bodyStart = headerLength + 24;
    const tagStart = bytes.length - 16;
    const block = 64;
    // Every bit of the header, the body nonce and the tag. Inside the ciphertext, authenticated
    // encryption makes every position of a block equivalent, so one bit per 64-byte block, at a
    // position that moves from block to block, proves the promise at a cost linear in the size.
    const bits: number[] = [];
    for (let bit = 0; bit < bodyStart * 8; bit++) bits.push(bit);
    for (let start = bodyStart, index = 0; start < tagStart; start += block, index++) {
      const span = Math.min(block, tagStart - start) * 8;
      bits.push(start * 8 + ((index * 67) % span));
    }
    for (let bit = tagStart * 8; bit < bytes.length * 8; bit++) bits.push(bit);

    const blocksInBody = Math.ceil((tagStart - bodyStart) / block);
    expect(bits.length).toBe((bodyStart + 16) * 8 + blocksInBody);
    for (const bit of bits) {
      const flipped = bytes.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const result = outcome(() => open(flipped, passphrase, derive));
      if (result !== 'DAMAGED') throw new Error(`bit ${bit} (byte ${bit >> 3}) gave ${result}`);
    }
  });

  it('reports truncation at every length as damaged, without running the KDF', () => {
    const derive = rememberingKek();
    const { bytes } = makeVault(new Uint8Array(1024), derive);
    const callsBefore = derive.calls;
    for (let length = 0; length < bytes.length; length++) {
      expect(
        outcome(() => open(bytes.subarray(0, length), passphrase, derive)),
        `length ${length}`,
      ).toBe('DAMAGED');
    }
    expect(derive.calls).toBe(callsBefore);
  });

  it('reports trailing bytes as damaged', () => {
    const { bytes } = makeVault();
    for (const extra of [1, 15, 16, 4096]) {
      const longer = new Uint8Array(bytes.length + extra);
      longer.set(bytes);
      expect(outcome(() => parseVaultFile(sodium, longer))).toBe('DAMAGED');
    }
  });

  it.each(Object.entries(field))('reports an edited %s field as damaged', (_name, [start, end]) => {
    const { bytes } = makeVault();
    const edited = bytes.slice();
    for (let index = start; index < end; index++) edited[index] = (edited[index]! + 0x5a) & 0xff;
    expect(outcome(() => open(edited))).toBe('DAMAGED');
  });

  it('still refuses a header edited with its checksum recomputed', () => {
    const { bytes } = makeVault();
    const edit = (offset: number, value: number) => {
      const copy = bytes.slice();
      copy[offset] = value;
      return withValidChecksum(copy);
    };
    expect(outcome(() => open(edit(field.formatVersion[0], 0)))).toBe('DAMAGED');
    expect(outcome(() => open(edit(field.slotCount[0], 0)))).toBe('DAMAGED');
    expect(outcome(() => open(edit(field.slotKind[0], 9)))).toBe('DAMAGED');
    expect(outcome(() => open(edit(field.reserved[0], 1)))).toBe('DAMAGED');
    expect(outcome(() => open(edit(field.bodyLength[0], bytes[field.bodyLength[0]]! ^ 1)))).toBe('DAMAGED');
    // KDF settings, salt and wrapped key are bound to the key: an edit makes the passphrase fail.
    expect(outcome(() => open(edit(field.salt[0], bytes[field.salt[0]]! ^ 1)))).toBe('WRONG_PASSPHRASE');
    expect(outcome(() => open(edit(field.wrappedKey[0], bytes[field.wrappedKey[0]]! ^ 1)))).toBe('WRONG_PASSPHRASE');
    expect(outcome(() => open(edit(field.opslimit[0], 3)))).toBe('WRONG_PASSPHRASE');
  });

  it('refuses a newer format version as unsupported, not damaged', () => {
    const { bytes } = makeVault();
    const newer = bytes.slice();
    newer[field.formatVersion[0]] = 3;
    expect(outcome(() => parseVaultFile(sodium, withValidChecksum(newer)))).toBe('UNSUPPORTED_VERSION');
  });

  it('bounds the KDF settings read from a file before running the KDF', () => {
    const { bytes } = makeVault();
    let kdfRuns = 0;
    const counting: DeriveKek = () => {
      kdfRuns++;
      return new Uint8Array(32);
    };
    const cases: [number, number, string][] = [
      [field.memlimit[0], 0xffffffff, 'memory'],
      [field.memlimit[0], kdfBounds.minMemlimitKiB - 1, 'memory'],
      [field.opslimit[0], 0x7fffffff, 'passes'],
      [field.opslimit[0], 1, 'passes'],
    ];
    for (const [offset, value, word] of cases) {
      const edited = bytes.slice();
      new DataView(edited.buffer).setUint32(offset, value, true);
      const error = (() => {
        try {
          open(withValidChecksum(edited), passphrase, counting);
        } catch (caught) {
          return caught as VaultError;
        }
        return undefined;
      })();
      expect(error?.code).toBe('DAMAGED');
      expect(error?.message).toContain(word);
    }
    expect(kdfRuns).toBe(0);
  });

  it('bounds the work a slot asks for (memory × passes): a hostile 1 GiB × 10 slot is refused before any KDF runs', () => {
    const { bytes } = makeVault();
    const hostile = bytes.slice();
    const view = new DataView(hostile.buffer);
    view.setUint32(field.memlimit[0], kdfBounds.maxMemlimitKiB, true);
    view.setUint32(field.opslimit[0], kdfBounds.maxOpslimit, true);
    let kdfRuns = 0;
    const error = (() => {
      try {
        open(withValidChecksum(hostile), passphrase, () => {
          kdfRuns++;
          return new Uint8Array(32);
        });
      } catch (caught) {
        return caught as VaultError;
      }
      return undefined;
    })();
    expect(error).toMatchObject({ code: 'DAMAGED', message: expect.stringContaining('key-derivation work') });
    expect(kdfRuns).toBe(0);
    // 1 GiB × 2 passes is still allowed, and so is the default.
    expect(kdfParamsProblem({ opslimit: 2, memlimitKiB: kdfBounds.maxMemlimitKiB })).toBeUndefined();
    expect(kdfParamsProblem(defaultKdfParams)).toBeUndefined();
  });

  it('tells a file that is not a vault apart from a damaged one', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'.repeat(10));
    expect(outcome(() => parseVaultFile(sodium, pdf))).toBe('NOT_A_VAULT');
    expect(outcome(() => parseVaultFile(sodium, new TextEncoder().encode('hello')))).toBe('NOT_A_VAULT');
    expect(outcome(() => parseVaultFile(sodium, new Uint8Array(0)))).toBe('DAMAGED');
  });

  it('refuses to create a slot with KDF settings outside the bounds', () => {
    const dataKey = generateDataKey(sodium);
    expect(() => createPassphraseSlot(sodium, dataKey, passphrase, { opslimit: 1, memlimitKiB: 65536 })).toThrow(
      VaultError,
    );
  });
});
