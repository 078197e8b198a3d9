import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { expect } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';

/** Key-derivation settings that keep a test's vault quick to open. */
export const fast = ['--kdf-memory', '16', '--kdf-passes', '2'];
export const passphrase = 'correct horse battery staple';

/** Runs one CLI command in this process, with `stdinLines` as its input; answers its exit code and output. */
export async function cli(args: string[], stdinLines: string[] = []) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runCli(args, {
    stdin: Readable.from([stdinLines.map((line) => `${line}\n`).join('')]),
    stdout,
    stderr,
  });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

/** A new vault (`my.vault`) with `passphrase`, in `folder`. */
export async function vaultIn(folder: string): Promise<string> {
  const file = path.join(folder, 'my.vault');
  const created = await cli(['create', file, '--passphrase-stdin', ...fast], [passphrase]);
  expect(created).toMatchObject({ code: 0 });
  return file;
}
