/**
 * The vault's crypto thread: Argon2id, key wrapping and the body's seal and open run here, in a
 * `worker_threads` worker that a `VaultCrypto` starts at unlock and ends at lock. The data key never
 * leaves this thread, and ending it takes libsodium's WebAssembly heap (the Argon2id memory, every
 * plaintext that passed through) with it. Requests and answers are described in vault-crypto.ts.
 */
import { parentPort } from 'node:worker_threads';
import { loadSodium, wipePlaintext, type Sodium } from './sodium';
import type { KdfParams } from './kdf-params';
import {
  createRecoveryKeySlot,
  formatRecoveryKey,
  generateRecoveryKeySecret,
  parseRecoveryKey,
  recoveryKeySlotFor,
  unwrapWithRecoveryKey,
} from './recovery-key';
import { VaultError, isVaultError } from './vault-error';
import {
  createPassphraseSlot,
  dataKeyLength,
  encodeKeySlots,
  generateDataKey,
  openVaultBody,
  parseVaultFile,
  sealVault,
  unwrapDataKey,
  type KeySlot,
} from './vault-file';
import type { CryptoAnswer, CryptoRequest, CryptoResult, KeysAfterChange } from './vault-crypto';

const port = parentPort!;
let sodium: Sodium;

/** A data key and the slots that wrap it. */
interface Keys {
  dataKey: Uint8Array;
  slots: KeySlot[];
}

/** The open vault's keys, once a create or an unlock has run. */
let held: Keys | undefined;

/**
 * A recovery key shown to the person and the keys it would bring, until they type it back. It is
 * made for `basis`, the keys held when it was made: a key change since then rebuilds it for the
 * keys that change brought (a new passphrase) or drops it (the recovery key removed), so typing it
 * back can never bring back a passphrase that no longer opens the vault.
 */
interface PendingRecoveryKey {
  keys: Keys;
  secret: Uint8Array;
  basis: Keys;
}
let pending: PendingRecoveryKey | undefined;

/**
 * What was held before a key change, kept until the vault is saved under the new keys and the
 * backups are re-sealed (they open with these), then zeroed; or put back if that save fails. A
 * key change made while a recovery key is shown keeps the shown one here too, to put it back.
 */
let previous: { keys: Keys; pending: PendingRecoveryKey | undefined } | undefined;

/** The vault was opened with its recovery key and still needs the new passphrase it was opened for. */
let openedWithRecoveryKey = false;

function holding(): Keys {
  if (!held) throw new Error('The crypto worker holds no key yet.');
  return held;
}

function forget(keys: Keys | undefined): void {
  if (keys) sodium.memzero(keys.dataKey);
}

const hasRecoveryKey = (keys: Keys): boolean => keys.slots.some((slot) => slot.kind === 'recoveryKey');

function checkPassphrase(passphrase: string): void {
  // The slots held are the ones on disk (every save writes them): the passphrase must open one.
  sodium.memzero(unwrapDataKey(sodium, holding().slots, passphrase));
}

/**
 * New keys for the same vault: a new random data key, wrapped under `passphrase`, and, unless
 * `recovery` is 'none', for a recovery key (`keep` hands it to the recovery key already there).
 */
function newKeys(passphrase: string, kdf: KdfParams, recovery: 'keep' | 'none' | Uint8Array): Keys {
  const dataKey = generateDataKey(sodium);
  const slots: KeySlot[] = [createPassphraseSlot(sodium, dataKey, passphrase, kdf)];
  const current = holding().slots.find((slot) => slot.kind === 'recoveryKey');
  if (recovery instanceof Uint8Array) slots.push(recoveryKeySlotFor(sodium, dataKey, recovery));
  else if (recovery === 'keep' && current) slots.push(createRecoveryKeySlot(sodium, dataKey, current.publicKey));
  return { dataKey, slots };
}

/**
 * Starts a key change: `keys` are held from now on, and what was held (the keys, and a recovery key
 * shown and not yet typed back) is kept until `keyChangeSaved` or `keyChangeFailed`. `shown` is
 * what becomes of that recovery key: rebuilt for the new keys, or dropped.
 */
function changeKeysTo(keys: Keys, shown: PendingRecoveryKey | undefined, opensWith: KeysAfterChange): CryptoResult {
  if (previous) throw new Error('A key change is already waiting to be saved.');
  const before = holding();
  previous = { keys: before, pending };
  held = keys;
  pending = shown;
  return {
    kind: 'keysChanged',
    previousKeySlots: encodeKeySlots(before.slots),
    previousKeyNote: sealPreviousKey(before.dataKey, keys),
    opensWith,
  };
}

/**
 * The recovery key shown, made again for keys a passphrase change brings: the same recovery key,
 * with the new passphrase beside it, so typing it back keeps the passphrase in use.
 */
function rebuiltFor(basis: Keys, passphrase: string, kdf: KdfParams): PendingRecoveryKey | undefined {
  if (!pending) return undefined;
  const secret = pending.secret.slice();
  return { keys: newKeys(passphrase, kdf, secret), secret, basis };
}

/** Zeroes a shown recovery key's secret and its keys, except keys still in use. */
function forgetShown(shown: PendingRecoveryKey | undefined, ...inUse: (Keys | undefined)[]): void {
  if (!shown) return;
  sodium.memzero(shown.secret);
  if (!inUse.includes(shown.keys)) forget(shown.keys);
}

/** The note's binding: a key sealed for one set of new slots opens under no other. */
const noteAssociatedData = (slots: readonly KeySlot[]): Uint8Array => {
  const label = new TextEncoder().encode('waypoint key-change note 1');
  const encoded = encodeKeySlots(slots);
  const data = new Uint8Array(label.length + encoded.length);
  data.set(label);
  data.set(encoded, label.length);
  return data;
};

/**
 * The previous data key sealed under the new one (XChaCha20-Poly1305, bound to the new slots): the
 * key-change note keeps it, so backups a crash left under the previous key can be re-sealed at the
 * next unlock with the new passphrase, and never opened by anyone without it.
 */
function sealPreviousKey(previousDataKey: Uint8Array, keys: Keys): Uint8Array {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const sealedKey = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    previousDataKey,
    noteAssociatedData(keys.slots),
    null,
    nonce,
    keys.dataKey,
  );
  const note = new Uint8Array(nonce.length + sealedKey.length);
  note.set(nonce);
  note.set(sealedKey, nonce.length);
  return note;
}

/** Opens a key-change note with the held keys; throws when it was not sealed for them. */
function openPreviousKey(note: Uint8Array): Uint8Array {
  const nonceLength = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  const keys = holding();
  const dataKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    note.subarray(nonceLength),
    noteAssociatedData(keys.slots),
    note.subarray(0, nonceLength),
    keys.dataKey,
  );
  if (dataKey.length !== dataKeyLength) throw new Error('A key-change note of the wrong length.');
  return dataKey;
}

function open(
  file: Uint8Array,
  unwrap: (slots: KeySlot[]) => Uint8Array,
): { plaintext: Uint8Array; keys: Keys; kdfMs: number; decryptMs: number } {
  let mark = performance.now();
  const parsed = parseVaultFile(sodium, file);
  const dataKey = unwrap(parsed.slots);
  const kdfMs = performance.now() - mark;
  mark = performance.now();
  try {
    const plaintext = openVaultBody(sodium, parsed, dataKey);
    return { plaintext, keys: { dataKey, slots: parsed.slots }, kdfMs, decryptMs: performance.now() - mark };
  } catch (error) {
    sodium.memzero(dataKey);
    throw error;
  }
}

function opened(result: ReturnType<typeof open>): { result: CryptoResult; transfer: ArrayBuffer[] } {
  return {
    result: {
      kind: 'opened',
      plaintext: result.plaintext,
      kdfMs: result.kdfMs,
      decryptMs: result.decryptMs,
      hasRecoveryKey: hasRecoveryKey(holding()),
    },
    transfer: [result.plaintext.buffer as ArrayBuffer],
  };
}

/** Opens a file sealed with the held key or, during a key change, the previous one. */
function openWithHeldKeys(file: Uint8Array): Uint8Array {
  const parsed = parseVaultFile(sodium, file);
  try {
    return openVaultBody(sodium, parsed, holding().dataKey);
  } catch (error) {
    if (!previous) throw error;
    return openVaultBody(sodium, parsed, previous.keys.dataKey);
  }
}

function sealed(plaintext: Uint8Array): { result: CryptoResult; transfer: ArrayBuffer[] } {
  const { dataKey, slots } = holding();
  try {
    const file = sealVault(sodium, slots, dataKey, plaintext);
    return { result: { kind: 'sealed', file }, transfer: [file.buffer as ArrayBuffer] };
  } finally {
    wipePlaintext(plaintext);
  }
}

function handle(request: CryptoRequest): { result: CryptoResult; transfer: ArrayBuffer[] } {
  const done = { result: { kind: 'done' } as CryptoResult, transfer: [] };
  switch (request.kind) {
    case 'create': {
      const dataKey = generateDataKey(sodium);
      held = { dataKey, slots: [createPassphraseSlot(sodium, dataKey, request.passphrase, request.kdf)] };
      return done;
    }
    case 'unlock': {
      const result = open(request.file, (slots) => unwrapDataKey(sodium, slots, request.passphrase));
      held = result.keys;
      return opened(result);
    }
    case 'unlockWithRecoveryKey': {
      const secret = parseRecoveryKey(sodium, request.recoveryKey);
      try {
        const result = open(request.file, (slots) => unwrapWithRecoveryKey(sodium, slots, secret));
        held = result.keys;
        openedWithRecoveryKey = true;
        return opened(result);
      } finally {
        sodium.memzero(secret);
      }
    }
    case 'setPassphraseAfterRecovery':
      // A recovery key opens the vault only to set a new passphrase, at once, and only once.
      if (!openedWithRecoveryKey) throw new Error('The vault was not opened with its recovery key.');
      openedWithRecoveryKey = false;
      return {
        result: changeKeysTo(newKeys(request.nextPassphrase, request.kdf, 'keep'), undefined, {
          passphrase: 'new',
          recoveryKey: 'unchanged',
          shownRecoveryKey: 'none',
        }),
        transfer: [],
      };
    case 'seal':
      return sealed(request.plaintext);
    case 'reseal':
      return sealed(openWithHeldKeys(request.file));
    case 'openSealed': {
      const plaintext = openVaultBody(sodium, parseVaultFile(sodium, request.file), holding().dataKey);
      return { result: { kind: 'plaintext', plaintext }, transfer: [plaintext.buffer as ArrayBuffer] };
    }
    case 'changePassphrase': {
      checkPassphrase(request.current);
      const keys = newKeys(request.next, request.kdf, 'keep');
      const shown = rebuiltFor(keys, request.next, request.kdf);
      return {
        result: changeKeysTo(keys, shown, {
          passphrase: 'new',
          recoveryKey: hasRecoveryKey(keys) ? 'unchanged' : 'none',
          shownRecoveryKey: shown ? 'still-waiting' : 'none',
        }),
        transfer: [],
      };
    }
    case 'removeRecoveryKey':
      checkPassphrase(request.passphrase);
      // A recovery key shown and not typed back goes too: the person asked for none.
      return {
        result: changeKeysTo(newKeys(request.passphrase, request.kdf, 'none'), undefined, {
          passphrase: 'unchanged',
          recoveryKey: 'none',
          shownRecoveryKey: pending ? 'withdrawn' : 'none',
        }),
        transfer: [],
      };
    case 'prepareRecoveryKey': {
      checkPassphrase(request.passphrase);
      if (previous) throw new Error('A key change is already waiting to be saved.');
      forgetShown(pending, held);
      const secret = generateRecoveryKeySecret(sodium);
      pending = { keys: newKeys(request.passphrase, request.kdf, secret), secret, basis: holding() };
      return { result: { kind: 'recoveryKey', recoveryKey: formatRecoveryKey(sodium, secret) }, transfer: [] };
    }
    case 'confirmRecoveryKey': {
      if (!pending) {
        throw new VaultError('NOT_FOUND', 'No recovery key is waiting to be typed back. Make a new one.');
      }
      if (pending.basis !== held) {
        // Never reached while every key change rebuilds or drops it; refused rather than trusted.
        throw new VaultError('NOT_FOUND', 'The recovery key shown was made before my keys changed. Make a new one.');
      }
      const typed = parseRecoveryKey(sodium, request.typed);
      const same = sodium.memcmp(typed, pending.secret);
      sodium.memzero(typed);
      if (!same) {
        throw new VaultError(
          'WRONG_RECOVERY_KEY',
          'That is not the recovery key shown. Check each group against what you wrote down.',
        );
      }
      return {
        result: changeKeysTo(pending.keys, undefined, {
          passphrase: 'unchanged',
          recoveryKey: 'new',
          shownRecoveryKey: 'none',
        }),
        transfer: [],
      };
    }
    case 'cancelRecoveryKey':
      if (!previous) {
        forgetShown(pending, held);
        pending = undefined;
      }
      return done;
    case 'adoptPreviousKey':
      if (previous) throw new Error('A key change is already waiting to be saved.');
      previous = { keys: { dataKey: openPreviousKey(request.note), slots: [] }, pending };
      return done;
    case 'keyChangeSaved':
      if (previous) {
        forget(previous.keys);
        if (previous.pending !== pending) forgetShown(previous.pending, held);
        previous = undefined;
      }
      return done;
    case 'keyChangeFailed':
      if (previous) {
        if (pending !== previous.pending) forgetShown(pending, previous.pending?.keys);
        if (held !== previous.pending?.keys) forget(held);
        held = previous.keys;
        pending = previous.pending;
        previous = undefined;
      }
      return done;
  }
}

function answer({ id, request }: { id: number; request: CryptoRequest }): void {
  let reply: CryptoAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const handled = handle(request);
    reply = { id, result: handled.result };
    transfer = handled.transfer;
  } catch (error) {
    reply = isVaultError(error)
      ? { id, failure: { code: error.code, message: error.message } }
      : { id, failure: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
  }
  port.postMessage(reply, transfer);
}

// No top-level await: run from source, this file is bundled into a CommonJS script.
void loadSodium().then((loaded) => {
  sodium = loaded;
  port.on('message', answer);
  port.postMessage({ ready: true });
});
