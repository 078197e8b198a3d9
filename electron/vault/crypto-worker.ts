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
  encodeKeySlots,
  generateDataKey,
  openVaultBody,
  parseVaultFile,
  sealVault,
  unwrapDataKey,
  type KeySlot,
} from './vault-file';
import type { CryptoAnswer, CryptoRequest, CryptoResult } from './vault-crypto';

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
 * The keys before a key change, kept until the vault is saved under the new ones and the backups
 * are re-sealed (they open with these), then zeroed; or put back if that save fails.
 */
let previous: Keys | undefined;
/** A recovery key shown to the person and the keys it belongs to, until they type it back. */
let pending: { keys: Keys; secret: Uint8Array } | undefined;

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

/** Starts a key change: the new keys are held, the old ones kept until `keyChangeSaved` or `keyChangeFailed`. */
function changeKeysTo(keys: Keys): CryptoResult {
  if (previous) throw new Error('A key change is already waiting to be saved.');
  previous = holding();
  held = keys;
  return {
    kind: 'keysChanged',
    previousKeySlots: encodeKeySlots(previous.slots),
    hasRecoveryKey: hasRecoveryKey(keys),
  };
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
    return openVaultBody(sodium, parsed, previous.dataKey);
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
        // A recovery key opens the vault only to set a new passphrase: the keys change at once.
        changeKeysTo(newKeys(request.nextPassphrase, request.kdf, 'keep'));
        return opened(result);
      } finally {
        sodium.memzero(secret);
      }
    }
    case 'seal':
      return sealed(request.plaintext);
    case 'reseal':
      return sealed(openWithHeldKeys(request.file));
    case 'openSealed': {
      const plaintext = openVaultBody(sodium, parseVaultFile(sodium, request.file), holding().dataKey);
      return { result: { kind: 'plaintext', plaintext }, transfer: [plaintext.buffer as ArrayBuffer] };
    }
    case 'changePassphrase':
      checkPassphrase(request.current);
      return { result: changeKeysTo(newKeys(request.next, request.kdf, 'keep')), transfer: [] };
    case 'removeRecoveryKey':
      checkPassphrase(request.passphrase);
      return { result: changeKeysTo(newKeys(request.passphrase, request.kdf, 'none')), transfer: [] };
    case 'prepareRecoveryKey': {
      checkPassphrase(request.passphrase);
      forgetPending();
      const secret = generateRecoveryKeySecret(sodium);
      pending = { keys: newKeys(request.passphrase, request.kdf, secret), secret };
      return { result: { kind: 'recoveryKey', recoveryKey: formatRecoveryKey(sodium, secret) }, transfer: [] };
    }
    case 'confirmRecoveryKey': {
      if (!pending) throw new Error('No recovery key is waiting to be confirmed.');
      const typed = parseRecoveryKey(sodium, request.typed);
      const same = sodium.memcmp(typed, pending.secret);
      sodium.memzero(typed);
      if (!same) {
        throw new VaultError(
          'WRONG_RECOVERY_KEY',
          'That is not the recovery key shown. Check each group against what you wrote down.',
        );
      }
      const { keys } = pending;
      sodium.memzero(pending.secret);
      pending = undefined;
      return { result: changeKeysTo(keys), transfer: [] };
    }
    case 'cancelRecoveryKey':
      forgetPending();
      return done;
    case 'keyChangeSaved':
      forget(previous);
      previous = undefined;
      return done;
    case 'keyChangeFailed':
      if (previous) {
        forget(held);
        held = previous;
        previous = undefined;
      }
      return done;
  }
}

function forgetPending(): void {
  if (!pending) return;
  forget(pending.keys);
  sodium.memzero(pending.secret);
  pending = undefined;
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
