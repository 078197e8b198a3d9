/**
 * The vault's crypto thread: Argon2id, key wrapping and the body's seal and open run here, in a
 * `worker_threads` worker that a `VaultCrypto` starts at unlock and ends at lock. The data key never
 * leaves this thread, and ending it takes libsodium's WebAssembly heap (the Argon2id memory, every
 * plaintext that passed through) with it. Requests and answers are described in vault-crypto.ts.
 */
import { parentPort } from 'node:worker_threads';
import { loadSodium, wipePlaintext, type Sodium } from './sodium';
import { isVaultError } from './vault-error';
import {
  createPassphraseSlot,
  generateDataKey,
  openVaultBody,
  parseVaultFile,
  sealVault,
  unwrapDataKey,
  type PassphraseSlot,
} from './vault-file';
import type { CryptoAnswer, CryptoRequest, CryptoResult } from './vault-crypto';

const port = parentPort!;
let sodium: Sodium;

/** The open vault's key and slots, once a create or an unlock has run. */
let held: { dataKey: Uint8Array; slots: PassphraseSlot[] } | undefined;

function holding(): { dataKey: Uint8Array; slots: PassphraseSlot[] } {
  if (!held) throw new Error('The crypto worker holds no key yet.');
  return held;
}

function hold(dataKey: Uint8Array, slots: PassphraseSlot[]): void {
  if (held) sodium.memzero(held.dataKey);
  held = { dataKey, slots };
}

function handle(request: CryptoRequest): { result: CryptoResult; transfer: ArrayBuffer[] } {
  switch (request.kind) {
    case 'create': {
      const dataKey = generateDataKey(sodium);
      hold(dataKey, [createPassphraseSlot(sodium, dataKey, request.passphrase, request.kdf)]);
      return { result: { kind: 'done' }, transfer: [] };
    }
    case 'unlock': {
      let mark = performance.now();
      const parsed = parseVaultFile(sodium, request.file);
      const dataKey = unwrapDataKey(sodium, parsed.slots, request.passphrase);
      const kdf = performance.now() - mark;
      mark = performance.now();
      try {
        const plaintext = openVaultBody(sodium, parsed, dataKey);
        hold(dataKey, parsed.slots);
        return {
          result: { kind: 'opened', plaintext, kdfMs: kdf, decryptMs: performance.now() - mark },
          transfer: [plaintext.buffer as ArrayBuffer],
        };
      } catch (error) {
        sodium.memzero(dataKey);
        throw error;
      }
    }
    case 'seal': {
      const { dataKey, slots } = holding();
      try {
        const file = sealVault(sodium, slots, dataKey, request.plaintext);
        return { result: { kind: 'sealed', file }, transfer: [file.buffer as ArrayBuffer] };
      } finally {
        wipePlaintext(request.plaintext);
      }
    }
    case 'reseal': {
      const { dataKey, slots } = holding();
      const plaintext = openVaultBody(sodium, parseVaultFile(sodium, request.file), dataKey);
      try {
        const file = sealVault(sodium, slots, dataKey, plaintext);
        return { result: { kind: 'sealed', file }, transfer: [file.buffer as ArrayBuffer] };
      } finally {
        wipePlaintext(plaintext);
      }
    }
    case 'changePassphrase': {
      const { dataKey, slots } = holding();
      // The slots held are the ones on disk (every save writes them): the current passphrase must open one.
      sodium.memzero(unwrapDataKey(sodium, slots, request.current));
      held = { dataKey, slots: [createPassphraseSlot(sodium, dataKey, request.next, request.kdf)] };
      return { result: { kind: 'slotsChanged', previousSlots: slots }, transfer: [] };
    }
    case 'restoreSlots': {
      holding().slots = request.slots;
      return { result: { kind: 'done' }, transfer: [] };
    }
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
