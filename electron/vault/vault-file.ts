import { assertKdfParamsInBounds, type KdfParams } from './kdf-params';
import type { Sodium } from './sodium';
import { VaultError } from './vault-error';

/**
 * Vault file format, version 1. docs/vault-format.md is the written form of this file; the
 * checked-in samples under resources/sample-vaults pin it.
 *
 *   header  = prefix (16) | key slot (100) x count | body length (8) | BLAKE2b-256 of all before (32)
 *   body    = nonce (24) | XChaCha20-Poly1305(SQLite image, aad = whole header) (n + 16)
 */
export const vaultMagic = new Uint8Array([0x57, 0x41, 0x59, 0x50, 0x4f, 0x49, 0x4e, 0x54]); // "WAYPOINT"
export const currentFormatVersion = 1;

const prefixLength = 16;
const slotLength = 100;
const bodyLengthFieldLength = 8;
const checksumLength = 32;
const nonceLength = 24;
const tagLength = 16;
const saltLength = 16;
export const dataKeyLength = 32;
const wrappedKeyLength = dataKeyLength + tagLength;
const maxSlotCount = 2;
const maxHeaderLength = prefixLength + maxSlotCount * slotLength + bodyLengthFieldLength + checksumLength;

const slotKindPassphrase = 1;
const kdfAlgorithmArgon2id13 = 2;

export interface PassphraseSlot {
  kdf: KdfParams;
  salt: Uint8Array;
  wrapNonce: Uint8Array;
  wrappedKey: Uint8Array;
}

export interface ParsedVault {
  formatVersion: number;
  /** The exact header bytes, checksum included: the body's associated data. */
  header: Uint8Array;
  slots: PassphraseSlot[];
  bodyNonce: Uint8Array;
  bodyCiphertext: Uint8Array;
}

/** Derives the key-encryption key from a passphrase. Swappable so tests can memoise the real one. */
export type DeriveKek = (sodium: Sodium, passphrase: string, kdf: KdfParams, salt: Uint8Array) => Uint8Array;

export const argon2idKek: DeriveKek = (sodium, passphrase, kdf, salt) =>
  sodium.crypto_pwhash(
    dataKeyLength,
    // The same passphrase typed on different systems can arrive in different Unicode forms.
    passphrase.normalize('NFC'),
    salt,
    kdf.opslimit,
    kdf.memlimitKiB * 1024,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );

const damaged = (detail: string): VaultError => new VaultError('DAMAGED', `The vault file is damaged (${detail}).`);

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The bytes that bind a wrapped key to its slot: magic, version and the slot's KDF settings. */
function slotAssociatedData(slotParams: Uint8Array): Uint8Array {
  const ad = new Uint8Array(10 + slotParams.length);
  ad.set(vaultMagic, 0);
  view(ad).setUint16(8, currentFormatVersion, true);
  ad.set(slotParams, 10);
  return ad;
}

function encodeSlotParams(slot: Pick<PassphraseSlot, 'kdf' | 'salt'>): Uint8Array {
  const params = new Uint8Array(28);
  const v = view(params);
  v.setUint8(0, slotKindPassphrase);
  v.setUint8(1, kdfAlgorithmArgon2id13);
  v.setUint32(4, slot.kdf.opslimit, true);
  v.setUint32(8, slot.kdf.memlimitKiB, true);
  params.set(slot.salt, 12);
  return params;
}

function encodeHeader(sodium: Sodium, slots: readonly PassphraseSlot[], bodyLength: number): Uint8Array {
  const headerLength = prefixLength + slots.length * slotLength + bodyLengthFieldLength + checksumLength;
  const header = new Uint8Array(headerLength);
  const v = view(header);
  header.set(vaultMagic, 0);
  v.setUint16(8, currentFormatVersion, true);
  v.setUint16(10, headerLength, true);
  v.setUint8(12, slots.length);
  slots.forEach((slot, index) => {
    const offset = prefixLength + index * slotLength;
    header.set(encodeSlotParams(slot), offset);
    header.set(slot.wrapNonce, offset + 28);
    header.set(slot.wrappedKey, offset + 52);
  });
  v.setBigUint64(prefixLength + slots.length * slotLength, BigInt(bodyLength), true);
  header.set(
    sodium.crypto_generichash(checksumLength, header.subarray(0, headerLength - checksumLength), null),
    headerLength - checksumLength,
  );
  return header;
}

/** Wraps the data key under a passphrase with fresh salt: used at creation and on passphrase change. */
export function createPassphraseSlot(
  sodium: Sodium,
  dataKey: Uint8Array,
  passphrase: string,
  kdf: KdfParams,
  deriveKek: DeriveKek = argon2idKek,
): PassphraseSlot {
  assertKdfParamsInBounds(kdf);
  const salt = sodium.randombytes_buf(saltLength);
  const wrapNonce = sodium.randombytes_buf(nonceLength);
  const kek = deriveKek(sodium, passphrase, kdf, salt);
  try {
    const wrappedKey = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      dataKey,
      slotAssociatedData(encodeSlotParams({ kdf, salt })),
      null,
      wrapNonce,
      kek,
    );
    return { kdf, salt, wrapNonce, wrappedKey };
  } finally {
    sodium.memzero(kek);
  }
}

export function generateDataKey(sodium: Sodium): Uint8Array {
  return sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
}

/** Encrypts a SQLite image into a complete vault file. A fresh nonce every time. */
export function sealVault(
  sodium: Sodium,
  slots: readonly PassphraseSlot[],
  dataKey: Uint8Array,
  plaintext: Uint8Array,
): Uint8Array {
  const header = encodeHeader(sodium, slots, nonceLength + plaintext.length + tagLength);
  const nonce = sodium.randombytes_buf(nonceLength);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, header, null, nonce, dataKey);
  const file = new Uint8Array(header.length + nonceLength + ciphertext.length);
  file.set(header, 0);
  file.set(nonce, header.length);
  file.set(ciphertext, header.length + nonceLength);
  return file;
}

/**
 * Checks structure and the header checksum, and bounds the KDF settings, without any key: every
 * flipped bit in the header, truncation and trailing byte is reported here, before the KDF runs.
 */
export function parseVaultFile(sodium: Sodium, bytes: Uint8Array): ParsedVault {
  const magicLength = Math.min(bytes.length, vaultMagic.length);
  const magicMatches = equalBytes(bytes.subarray(0, magicLength), vaultMagic.subarray(0, magicLength));
  if (bytes.length < prefixLength) {
    if (magicMatches) throw damaged(bytes.length === 0 ? 'the file is empty' : 'the file is cut short');
    throw new VaultError('NOT_A_VAULT', 'This file is not a Waypoint vault.');
  }
  const v = view(bytes);
  const headerLength = v.getUint16(10, true);
  const checksumOk =
    headerLength >= prefixLength + bodyLengthFieldLength + checksumLength &&
    headerLength <= Math.min(maxHeaderLength, bytes.length) &&
    checksumMatches(sodium, bytes.subarray(0, headerLength));
  if (!checksumOk) {
    if (magicMatches) {
      throw damaged(headerLength > bytes.length ? 'the file is cut short' : 'its header does not match its checksum');
    }
    throw new VaultError('NOT_A_VAULT', 'This file is not a Waypoint vault.');
  }
  // The checksum verifies with the real magic in place, so this is one of ours with a bad first bytes.
  if (!magicMatches) throw damaged('its first bytes are wrong');

  const formatVersion = v.getUint16(8, true);
  if (formatVersion > currentFormatVersion) {
    throw new VaultError(
      'UNSUPPORTED_VERSION',
      `This vault was written by a newer version of Waypoint (file format ${formatVersion}). Update Waypoint to open it; the file has not been changed.`,
    );
  }
  if (formatVersion < 1) throw damaged(`it claims file format ${formatVersion}`);

  const slotCount = v.getUint8(12);
  if (slotCount < 1 || slotCount > maxSlotCount) throw damaged(`it has ${slotCount} key slots`);
  if (v.getUint8(13) !== 0 || v.getUint16(14, true) !== 0) throw damaged('a reserved header field is set');
  const expectedHeaderLength = prefixLength + slotCount * slotLength + bodyLengthFieldLength + checksumLength;
  if (headerLength !== expectedHeaderLength) throw damaged('its header length is inconsistent');

  const slots: PassphraseSlot[] = [];
  for (let index = 0; index < slotCount; index++) {
    const offset = prefixLength + index * slotLength;
    if (v.getUint8(offset) !== slotKindPassphrase || v.getUint8(offset + 1) !== kdfAlgorithmArgon2id13) {
      throw damaged('a key slot has an unknown kind');
    }
    if (v.getUint16(offset + 2, true) !== 0) throw damaged('a reserved key-slot field is set');
    const kdf = { opslimit: v.getUint32(offset + 4, true), memlimitKiB: v.getUint32(offset + 8, true) };
    assertKdfParamsInBounds(kdf);
    slots.push({
      kdf,
      salt: bytes.slice(offset + 12, offset + 28),
      wrapNonce: bytes.slice(offset + 28, offset + 52),
      wrappedKey: bytes.slice(offset + 52, offset + 52 + wrappedKeyLength),
    });
  }

  const bodyLength = v.getBigUint64(prefixLength + slotCount * slotLength, true);
  const actualBodyLength = BigInt(bytes.length - headerLength);
  if (bodyLength > actualBodyLength) throw damaged('the file is cut short');
  if (bodyLength < actualBodyLength) throw damaged('it has extra bytes at the end');
  if (bodyLength < BigInt(nonceLength + tagLength)) throw damaged('its encrypted body is too short');

  return {
    formatVersion,
    header: bytes.subarray(0, headerLength),
    slots,
    bodyNonce: bytes.subarray(headerLength, headerLength + nonceLength),
    bodyCiphertext: bytes.subarray(headerLength + nonceLength),
  };
}

function checksumMatches(sodium: Sodium, header: Uint8Array): boolean {
  const covered = new Uint8Array(header.subarray(0, header.length - checksumLength));
  covered.set(vaultMagic, 0);
  const expected = sodium.crypto_generichash(checksumLength, covered, null);
  return equalBytes(expected, header.subarray(header.length - checksumLength));
}

/** Runs the KDF for each slot until one unwraps. Failing every slot means a wrong passphrase. */
export function unwrapDataKey(
  sodium: Sodium,
  slots: readonly PassphraseSlot[],
  passphrase: string,
  deriveKek: DeriveKek = argon2idKek,
): Uint8Array {
  for (const slot of slots) {
    const kek = deriveKek(sodium, passphrase, slot.kdf, slot.salt);
    try {
      return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        slot.wrappedKey,
        slotAssociatedData(encodeSlotParams(slot)),
        slot.wrapNonce,
        kek,
      );
    } catch {
      // Not this slot; try the next.
    } finally {
      sodium.memzero(kek);
    }
  }
  throw new VaultError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
}

/** Decrypts the SQLite image. The header is associated data, so an edited byte anywhere fails. */
export function openVaultBody(sodium: Sodium, vault: ParsedVault, dataKey: Uint8Array): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      vault.bodyCiphertext,
      vault.header,
      vault.bodyNonce,
      dataKey,
    );
  } catch (cause) {
    throw new VaultError('DAMAGED', 'The vault file is damaged (its contents fail the integrity check).', {
      cause,
    });
  }
}
