import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import type { CryptoAnswer, CryptoRequest, CryptoResult } from '../../electron/vault/vault-crypto';
import { expect, test } from './fixtures';

// The other tests run main's code from source; Electron runs the bundle in out/main. This one
// checks what only the bundle can get wrong: that each of its files parses, and that the crypto
// worker, built as a second entry, starts and does its work on its own.
const mainFolder = path.resolve(import.meta.dirname, '../../out/main');

test('the built main process parses, and its crypto worker creates a key, seals and opens a vault', async ({
  hostName,
}) => {
  test.skip(hostName !== 'chromium', 'host-independent: run once');
  for (const file of readdirSync(mainFolder).filter((name) => name.endsWith('.js'))) {
    execFileSync(process.execPath, ['--check', path.join(mainFolder, file)]);
  }

  const worker = new Worker(path.join(mainFolder, 'crypto-worker.js'));
  try {
    const answers: CryptoAnswer[] = [];
    const waiting: (() => void)[] = [];
    await new Promise((resolve) => worker.once('message', resolve));
    worker.on('message', (answer: CryptoAnswer) => {
      answers.push(answer);
      waiting.shift()?.();
    });
    let nextId = 0;
    const ask = async (request: CryptoRequest): Promise<CryptoAnswer> => {
      const id = nextId++;
      const answered = new Promise<void>((resolve) => waiting.push(resolve));
      worker.postMessage({ id, request });
      await answered;
      return answers.find((answer) => answer.id === id)!;
    };
    const resultOf = (answer: CryptoAnswer): CryptoResult => {
      if (!('result' in answer)) throw new Error(answer.failure.message);
      return answer.result;
    };

    const passphrase = 'a passphrase for the built worker';
    expect(resultOf(await ask({ kind: 'create', passphrase, kdf: weakestAllowedKdfParams }))).toEqual({
      kind: 'done',
    });
    const image = new TextEncoder().encode('SQLite format 3\u0000 and what the person wrote');
    const sealed = resultOf(await ask({ kind: 'seal', plaintext: image.slice() }));
    if (sealed.kind !== 'sealed') throw new Error(`sealed: ${sealed.kind}`);
    const opened = resultOf(await ask({ kind: 'unlock', file: sealed.file, passphrase }));
    if (opened.kind !== 'opened') throw new Error(`opened: ${opened.kind}`);
    expect(new TextDecoder().decode(opened.plaintext)).toBe(new TextDecoder().decode(image));
    const wrong = await ask({ kind: 'unlock', file: sealed.file, passphrase: 'not the passphrase' });
    expect('failure' in wrong && wrong.failure.code).toBe('WRONG_PASSPHRASE');
  } finally {
    await worker.terminate();
  }
});
