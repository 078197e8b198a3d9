import { assertKdfParamsInBounds, type KdfParams } from './kdf-params';
import type { Sodium } from './sodium';
import { VaultError } from './vault-error';

/**
 * Vault file format, versions 1 and 2. docs/vault-format.md is the written form of this file; the
 * checked-in samples under resources/sample-vaults pin it.
 *
 *   header  = prefix (16) | key slot x count | body length (8) | BLAKE2b-256 of all before (32)
 *   slot    = passphrase (kind 1, 100 bytes) or, from format 2, recovery key (kind 2, 116 bytes)
 *   body    = nonce (24) | XChaCha20-Poly1305(SQLite image, aad = whole header) (n + 16)
 *
 * A file is written as format 1 when it has only passphrase slots (any Waypoint reads it) and as
 * format 2 when it has a recovery-key slot (an older Waypoint says it needs updating, instead of
 * calling the slot damage).
 */
export const vaultMagic = new Uint8Array([0x57, 0x41, 0x59, 0x50, 0x4f, 0x49, 0x4e, 0x54]); // "WAYPOINT"
/** The newest format this Waypoint reads and writes. */
export const currentFormatVersion = 2;

const prefixLength = 16;
const passphraseSlotLength = 100;
/** Kind, algorithm, reserved (4) | public key (32) | sealed data key (80). */
const recoveryKeySlotLength = 116;
const bodyLengthFieldLength = 8;
const checksumLength = 32;
const nonceLength = 24;
const tagLength = 16;
const saltLength = 16;
export const dataKeyLength = 32;
const wrappedKeyLength = dataKeyLength + tagLength;
const maxSlotCount = 2;
const maxHeaderLength =
  prefixLength + passphraseSlotLength + recoveryKeySlotLength + bodyLengthFieldLength + checksumLength;

const slotKindPassphrase = 1;
const slotKindRecoveryKey = 2;
const kdfAlgorithmArgon2id13 = 2;
const sealAlgorithmX25519SealedBox = 3;
/** The version number in a passphrase slot's associated data: 1 in every format so far. */
const passphraseSlotWrapVersion = 1;
const publicKeyLength = 32;
/** crypto_box_seal of the data key: ephemeral public key (32) + key (32) + tag (16). */
const sealedKeyLength = 32 + dataKeyLength + tagLength;

/** The data key wrapped under a key derived from a passphrase with Argon2id. */
export interface PassphraseSlot {
  kind: 'passphrase';
  kdf: KdfParams;
  salt: Uint8Array;
  wrapNonce: Uint8Array;
  wrappedKey: Uint8Array;
}

/**
 * The data key sealed to the public half of a key pair derived from a recovery key
 * (recovery-key.ts). Only the recovery key opens it; the public key lets a passphrase change seal
 * the new data key for it without the recovery key at hand.
 */
export interface RecoveryKeySlot {
  kind: 'recoveryKey';
  publicKey: Uint8Array;
  sealedKey: Uint8Array;
}

export type KeySlot = PassphraseSlot | RecoveryKeySlot;

const slotLength = (slot: KeySlot): number =>
  slot.kind === 'passphrase' ? passphraseSlotLength : recoveryKeySlotLength;

/** The format a file with these slots is written in: the oldest that can describe them. */
export const formatVersionFor = (slots: readonly KeySlot[]): number =>
  slots.some((slot) => slot.kind === 'recoveryKey') ? 2 : 1;

export interface ParsedVault {
  formatVersion: number;
  /** The exact header bytes, checksum included: the body's associated data. */
  header: Uint8Array;
  slots: KeySlot[];
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
  view(ad).setUint16(8, passphraseSlotWrapVersion, true);
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

function encodeSlot(slot: KeySlot): Uint8Array {
  const bytes = new Uint8Array(slotLength(slot));
  if (slot.kind === 'passphrase') {
    bytes.set(encodeSlotParams(slot), 0);
    bytes.set(slot.wrapNonce, 28);
    bytes.set(slot.wrappedKey, 52);
  } else {
    bytes[0] = slotKindRecoveryKey;
    bytes[1] = sealAlgorithmX25519SealedBox;
    bytes.set(slot.publicKey, 4);
    bytes.set(slot.sealedKey, 4 + publicKeyLength);
  }
  return bytes;
}

/** The key slots as the header holds them: equal bytes mean the same keys. */
export function encodeKeySlots(slots: readonly KeySlot[]): Uint8Array {
  const encoded = slots.map(encodeSlot);
  const bytes = new Uint8Array(encoded.reduce((total, slot) => total + slot.length, 0));
  let offset = 0;
  for (const slot of encoded) {
    bytes.set(slot, offset);
    offset += slot.length;
  }
  return bytes;
}

/** Enough of a file's first bytes to hold any header. */
export const maxVaultHeaderLength = maxHeaderLength;

/**
 * The key-slot bytes of a file's header, read without a key or libsodium (the checksum is not
 * checked): what tells which keys sealed a file. Undefined for anything that is not a vault header.
 */
export function keySlotBytesOf(fileStart: Uint8Array): Uint8Array | undefined {
  if (fileStart.length < prefixLength || !equalBytes(fileStart.subarray(0, vaultMagic.length), vaultMagic)) {
    return undefined;
  }
  const headerLength = view(fileStart).getUint16(10, true);
  if (headerLength > Math.min(fileStart.length, maxHeaderLength)) return undefined;
  if (headerLength < prefixLength + bodyLengthFieldLength + checksumLength) return undefined;
  return fileStart.slice(prefixLength, headerLength - bodyLengthFieldLength - checksumLength);
}

function encodeHeader(sodium: Sodium, slots: readonly KeySlot[], bodyLength: number): Uint8Array {
  const slotBytes = encodeKeySlots(slots);
  const headerLength = prefixLength + slotBytes.length + bodyLengthFieldLength + checksumLength;
  const header = new Uint8Array(headerLength);
  const v = view(header);
  header.set(vaultMagic, 0);
  v.setUint16(8, formatVersionFor(slots), true);
  v.setUint16(10, headerLength, true);
  v.setUint8(12, slots.length);
  header.set(slotBytes, prefixLength);
  v.setBigUint64(prefixLength + slotBytes.length, BigInt(bodyLength), true);
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
    return { kind: 'passphrase', kdf, salt, wrapNonce, wrappedKey };
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
  slots: readonly KeySlot[],
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

  const slots: KeySlot[] = [];
  let offset = prefixLength;
  for (let index = 0; index < slotCount; index++) {
    // Room for at least a slot's kind, algorithm and reserved field before the body length.
    if (offset + 4 + bodyLengthFieldLength + checksumLength > headerLength) {
      throw damaged('its header length is inconsistent');
    }
    const slot = parseSlot(bytes, offset, formatVersion, headerLength);
    slots.push(slot);
    offset += slotLength(slot);
  }
  if (offset + bodyLengthFieldLength + checksumLength !== headerLength)
    throw damaged('its header length is inconsistent');
  if (!slots.some((slot) => slot.kind === 'passphrase')) throw damaged('it has no passphrase slot');
  if (slots.filter((slot) => slot.kind === 'recoveryKey').length > 1) throw damaged('it has two recovery-key slots');

  const bodyLength = v.getBigUint64(offset, true);
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

/** One key slot at `offset`; the caller has checked the header's checksum and length. */
function parseSlot(bytes: Uint8Array, offset: number, formatVersion: number, headerLength: number): KeySlot {
  const v = view(bytes);
  const kind = v.getUint8(offset);
  const algorithm = v.getUint8(offset + 1);
  const fits = (length: number) => offset + length + bodyLengthFieldLength + checksumLength <= headerLength;
  if (v.getUint16(offset + 2, true) !== 0) throw damaged('a reserved key-slot field is set');
  if (kind === slotKindPassphrase && algorithm === kdfAlgorithmArgon2id13) {
    if (!fits(passphraseSlotLength)) throw damaged('its header length is inconsistent');
    const kdf = { opslimit: v.getUint32(offset + 4, true), memlimitKiB: v.getUint32(offset + 8, true) };
    assertKdfParamsInBounds(kdf);
    return {
      kind: 'passphrase',
      kdf,
      salt: bytes.slice(offset + 12, offset + 28),
      wrapNonce: bytes.slice(offset + 28, offset + 52),
      wrappedKey: bytes.slice(offset + 52, offset + 52 + wrappedKeyLength),
    };
  }
  if (kind === slotKindRecoveryKey && algorithm === sealAlgorithmX25519SealedBox && formatVersion >= 2) {
    if (!fits(recoveryKeySlotLength)) throw damaged('its header length is inconsistent');
    return {
      kind: 'recoveryKey',
      publicKey: bytes.slice(offset + 4, offset + 4 + publicKeyLength),
      sealedKey: bytes.slice(offset + 4 + publicKeyLength, offset + 4 + publicKeyLength + sealedKeyLength),
    };
  }
  throw damaged('a key slot has an unknown kind');
}

function checksumMatches(sodium: Sodium, header: Uint8Array): boolean {
  const covered = new Uint8Array(header.subarray(0, header.length - checksumLength));
  covered.set(vaultMagic, 0);
  const expected = sodium.crypto_generichash(checksumLength, covered, null);
  return equalBytes(expected, header.subarray(header.length - checksumLength));
}

/** Runs the KDF for each passphrase slot until one unwraps. Failing every slot means a wrong passphrase. */
export function unwrapDataKey(
  sodium: Sodium,
  slots: readonly KeySlot[],
  passphrase: string,
  deriveKek: DeriveKek = argon2idKek,
): Uint8Array {
  for (const slot of slots) {
    if (slot.kind !== 'passphrase') continue;
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
