import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KeyChangeOutcome } from '../../shared/vault/vault-status';
import type { KdfParams } from './kdf-params';
import { wipePlaintext } from './sodium';
import { VaultError, type VaultErrorCode } from './vault-error';

/** What main asks of the crypto worker (crypto-worker.ts). */
export type CryptoRequest =
  /** A new data key, wrapped under the passphrase: the worker holds both from now on. */
  | { kind: 'create'; passphrase: string; kdf: KdfParams }
  /** Checks the file, unwraps the data key with the passphrase (Argon2id) and decrypts the body. */
  | { kind: 'unlock'; file: Uint8Array; passphrase: string }
  /** Opens the file with a recovery key; `setPassphraseAfterRecovery` must follow. */
  | { kind: 'unlockWithRecoveryKey'; file: Uint8Array; recoveryKey: string }
  /**
   * Right after an unlock with the recovery key, and only then: starts the key change to a new
   * passphrase (and the same recovery key) without the old passphrase.
   */
  | { kind: 'setPassphraseAfterRecovery'; nextPassphrase: string; kdf: KdfParams }
  /** Encrypts a SQLite image into a complete vault file with the key and slots held. */
  | { kind: 'seal'; plaintext: Uint8Array }
  /** Opens a file sealed with the held (or, during a key change, the previous) key; seals it with the held ones. */
  | { kind: 'reseal'; file: Uint8Array }
  /** Opens a file sealed with the held key (a backup) and returns its SQLite image. */
  | { kind: 'openSealed'; file: Uint8Array }
  /** Checks `current`, then starts a key change: a new data key for `next` and the recovery key. */
  | { kind: 'changePassphrase'; current: string; next: string; kdf: KdfParams }
  /** Checks the passphrase, makes a recovery key and the keys it would bring, and shows it; nothing changes yet. */
  | { kind: 'prepareRecoveryKey'; passphrase: string; kdf: KdfParams }
  /** The person typed the prepared key back: starts the key change to it (the old recovery key stops working). */
  | { kind: 'confirmRecoveryKey'; typed: string }
  | { kind: 'cancelRecoveryKey' }
  /**
   * After an unlock, for a key change a crash interrupted after its save: opens the previous data
   * key from the key-change note with the held key, so `reseal` can re-seal the backups it left.
   */
  | { kind: 'adoptPreviousKey'; note: Uint8Array }
  /** Checks the passphrase, then starts a key change to keys without a recovery slot. */
  | { kind: 'removeRecoveryKey'; passphrase: string; kdf: KdfParams }
  /** The vault and its backups are sealed with the new keys: the previous data key is zeroed. */
  | { kind: 'keyChangeSaved' }
  /** The save under the new keys failed: the previous keys are held again. */
  | { kind: 'keyChangeFailed' };

export type CryptoResult =
  | { kind: 'done' }
  | {
      kind: 'opened';
      plaintext: Uint8Array;
      kdfMs: number;
      decryptMs: number;
      hasRecoveryKey: boolean;
    }
  | { kind: 'sealed'; file: Uint8Array }
  | { kind: 'plaintext'; plaintext: Uint8Array }
  | { kind: 'recoveryKey'; recoveryKey: string }
  /**
   * A key change has started. `previousKeySlots` are the old slots' bytes, to recognise files sealed
   * with them; `previousKeyNote` is the old data key sealed under the new one, for the key-change
   * note; `opensWith` says what opens the vault once the change is saved.
   */
  | { kind: 'keysChanged'; previousKeySlots: Uint8Array; previousKeyNote: Uint8Array; opensWith: KeysAfterChange };

/** What opens the vault after a key change, as far as the keys tell (the backups are the session's part). */
export type KeysAfterChange = Omit<KeyChangeOutcome, 'backupsNotResealed'>;

export type CryptoAnswer =
  | { id: number; result: CryptoResult }
  | { id: number; failure: { code: VaultErrorCode | 'INTERNAL'; message: string } };

export type KeysChanged = Extract<CryptoResult, { kind: 'keysChanged' }>;

interface Pending {
  resolve: (result: CryptoResult) => void;
  reject: (error: Error) => void;
}

const workerFailure = (detail: string): VaultError =>
  // The worker only fails this way on a bug or when the machine is out of memory.
  new VaultError('SAVE_FAILED', `Waypoint's encryption stopped unexpectedly (${detail}). Nothing was written.`);

/**
 * Where the worker's code is. The built app has crypto-worker.js beside its main bundle (a second
 * entry of the main build). Run from source (unit and end-to-end tests, the command-line tool under
 * tsx), Node cannot start a TypeScript worker, so crypto-worker.ts is bundled on first use, with
 * esbuild, into a script the worker evaluates; libsodium stays the installed package.
 */
let located: Promise<{ script: URL | string; eval: boolean }> | undefined;
function workerScript(): Promise<{ script: URL | string; eval: boolean }> {
  located ??= locateWorkerScript();
  return located;
}

async function locateWorkerScript(): Promise<{ script: URL | string; eval: boolean }> {
  const built = new URL('./crypto-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { script: built, eval: false };
  const resolver = createRequire(import.meta.url);
  const { build } = await import('esbuild');
  const output = await build({
    entryPoints: [fileURLToPath(new URL('./crypto-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'installed-libsodium',
        setup: (plugin) =>
          plugin.onResolve({ filter: /^libsodium-wrappers-sumo$/ }, (args) => ({
            path: resolver.resolve(args.path),
            external: true,
          })),
      },
    ],
  });
  return { script: output.outputFiles[0]!.text, eval: true };
}

/**
 * The vault session's handle on its crypto worker. Every call is a message; the data key stays in
 * the worker. `end` terminates the worker: its keys, plaintext and WebAssembly heap go with it.
 * Plaintext sent to the worker is moved, not copied, so no copy of it stays behind in main.
 */
export class VaultCrypto {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private ended: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (answer: CryptoAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if ('result' in answer) waiting.resolve(answer.result);
      else if (answer.failure.code === 'INTERNAL') waiting.reject(workerFailure(answer.failure.message));
      else waiting.reject(new VaultError(answer.failure.code, answer.failure.message));
    });
    const stop = (error: Error): void => {
      this.ended ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => stop(workerFailure(error.message)));
    worker.on('exit', () => stop(new VaultError('LOCKED', 'The vault is locked.')));
  }

  /**
   * A worker with libsodium ready and nothing else: no key has ever been in it. Starting one costs
   * ~150 ms of CPU here, so a lock starts the next unlock's while the person is away, and that
   * unlock does not wait for it. It does not keep the process alive.
   */
  private static spare: Promise<Worker> | undefined;

  private static startWorker(): Promise<Worker> {
    return workerScript().then(
      ({ script, eval: isSource }) =>
        new Promise<Worker>((resolve, reject) => {
          const worker = new Worker(script, { eval: isSource });
          worker.unref();
          const onError = (error: Error): void => reject(workerFailure(error.message));
          worker.once('error', onError);
          worker.once('message', () => {
            worker.off('error', onError);
            resolve(worker);
          });
        }),
    );
  }

  /** A ready worker for one vault session: the spare, when a lock has left one. */
  static async start(): Promise<VaultCrypto> {
    const taken = VaultCrypto.spare ?? VaultCrypto.startWorker();
    VaultCrypto.spare = undefined;
    const worker = await taken;
    worker.ref();
    return new VaultCrypto(worker);
  }

  private ask(request: CryptoRequest, transfer: ArrayBuffer[] = []): Promise<CryptoResult> {
    if (this.ended) return Promise.reject(this.ended);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  private async expect<K extends CryptoResult['kind']>(
    request: CryptoRequest,
    kind: K,
    transfer: ArrayBuffer[] = [],
  ): Promise<Extract<CryptoResult, { kind: K }>> {
    const result = await this.ask(request, transfer);
    if (result.kind !== kind) throw workerFailure(`answered ${result.kind} to ${request.kind}`);
    return result as Extract<CryptoResult, { kind: K }>;
  }

  async create(passphrase: string, kdf: KdfParams): Promise<void> {
    await this.expect({ kind: 'create', passphrase, kdf }, 'done');
  }

  unlock(file: Uint8Array, passphrase: string): Promise<Extract<CryptoResult, { kind: 'opened' }>> {
    return this.expect({ kind: 'unlock', file, passphrase }, 'opened');
  }

  unlockWithRecoveryKey(file: Uint8Array, recoveryKey: string): Promise<Extract<CryptoResult, { kind: 'opened' }>> {
    return this.expect({ kind: 'unlockWithRecoveryKey', file, recoveryKey }, 'opened');
  }

  setPassphraseAfterRecovery(nextPassphrase: string, kdf: KdfParams): Promise<KeysChanged> {
    return this.expect({ kind: 'setPassphraseAfterRecovery', nextPassphrase, kdf }, 'keysChanged');
  }

  /** Seals a SQLite image. The image is moved to the worker (it reads as empty here afterwards). */
  async seal(plaintext: Uint8Array): Promise<Uint8Array> {
    // Moved only when it is the whole of its buffer; otherwise copied, and this copy zeroed.
    const whole = plaintext.byteOffset === 0 && plaintext.byteLength === plaintext.buffer.byteLength;
    try {
      return (await this.expect({ kind: 'seal', plaintext }, 'sealed', whole ? [plaintext.buffer as ArrayBuffer] : []))
        .file;
    } finally {
      if (!whole) wipePlaintext(plaintext);
    }
  }

  async reseal(file: Uint8Array): Promise<Uint8Array> {
    return (await this.expect({ kind: 'reseal', file }, 'sealed')).file;
  }

  /** The SQLite image of a file sealed with the held key; the caller zeroes it when loaded. */
  async openSealed(file: Uint8Array): Promise<Uint8Array> {
    return (await this.expect({ kind: 'openSealed', file }, 'plaintext')).plaintext;
  }

  changePassphrase(current: string, next: string, kdf: KdfParams): Promise<KeysChanged> {
    return this.expect({ kind: 'changePassphrase', current, next, kdf }, 'keysChanged');
  }

  /** A new recovery key, to show once. The vault's keys change only when it is confirmed. */
  async prepareRecoveryKey(passphrase: string, kdf: KdfParams): Promise<string> {
    return (await this.expect({ kind: 'prepareRecoveryKey', passphrase, kdf }, 'recoveryKey')).recoveryKey;
  }

  confirmRecoveryKey(typed: string): Promise<KeysChanged> {
    return this.expect({ kind: 'confirmRecoveryKey', typed }, 'keysChanged');
  }

  async cancelRecoveryKey(): Promise<void> {
    await this.expect({ kind: 'cancelRecoveryKey' }, 'done');
  }

  removeRecoveryKey(passphrase: string, kdf: KdfParams): Promise<KeysChanged> {
    return this.expect({ kind: 'removeRecoveryKey', passphrase, kdf }, 'keysChanged');
  }

  async adoptPreviousKey(note: Uint8Array): Promise<void> {
    await this.expect({ kind: 'adoptPreviousKey', note }, 'done');
  }

  async keyChangeSaved(): Promise<void> {
    await this.expect({ kind: 'keyChangeSaved' }, 'done');
  }

  async keyChangeFailed(): Promise<void> {
    await this.expect({ kind: 'keyChangeFailed' }, 'done');
  }

  /** Terminates the worker. Anything still waiting is answered LOCKED. */
  async end(): Promise<void> {
    this.ended ??= new VaultError('LOCKED', 'The vault is locked.');
    await this.worker.terminate();
    if (!VaultCrypto.spare) {
      const spare = VaultCrypto.startWorker();
      spare.catch(() => undefined); // a failure shows when the spare is taken
      VaultCrypto.spare = spare;
    }
  }
}
