import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyPromptInput, type PromptState } from '../../../electron/cli/passphrase-source';
import { runCli } from '../../../electron/cli/run-cli';
import { useTempFolders } from '../support/temp-folder';

const run = promisify(execFile);
const tempFolder = useTempFolders();
const repository = path.resolve(import.meta.dirname, '../../..');

/** Feeds chunks to the prompt as a raw-mode terminal would send them. */
function typeInto(...chunks: string[]): { typed: string; outcome: string | undefined } {
  let state: PromptState = { typed: '', pendingEscape: '' };
  let outcome: string | undefined;
  for (const chunk of chunks) {
    const applied = applyPromptInput(state, chunk);
    state = applied.state;
    outcome = applied.outcome;
    if (outcome) break;
  }
  return { typed: state.typed, outcome };
}

describe('the CLI passphrase prompt', () => {
  it('arrow keys, Home, End and Delete never enter the passphrase, even split across reads', () => {
    expect(typeInto('abc\u001b[Ddef\r')).toEqual({ typed: 'abcdef', outcome: 'submit' });
    expect(typeInto('ab\u001b[H\u001b[F\u001b[1~\u001b[4~\u001bOH\u001bOF\u001b[3~c\r')).toEqual({
      typed: 'abc',
      outcome: 'submit',
    });
    expect(typeInto('ab\u001b', '[', 'D', 'c\r')).toEqual({ typed: 'abc', outcome: 'submit' });
    expect(typeInto('a\u001b[1;5Cb\u001b[15~c\r')).toEqual({ typed: 'abc', outcome: 'submit' });
  });

  it('Backspace and Ctrl+U edit; a paste (bracketed or not) types every character, spaces and accents too', () => {
    expect(typeInto('abcd\u007f\u007fxy\r')).toEqual({ typed: 'abxy', outcome: 'submit' });
    expect(typeInto('wrong\u0015right\r')).toEqual({ typed: 'right', outcome: 'submit' });
    expect(typeInto('\u001b[200~café au lait 42\u001b[201~\r')).toEqual({
      typed: 'café au lait 42',
      outcome: 'submit',
    });
    expect(typeInto('pasted in one go\n')).toEqual({ typed: 'pasted in one go', outcome: 'submit' });
  });

  it('Ctrl+C cancels; Ctrl+D cancels only on an empty line', () => {
    expect(typeInto('abc\u0003')).toMatchObject({ outcome: 'cancel' });
    expect(typeInto('\u0004')).toMatchObject({ outcome: 'cancel' });
    expect(typeInto('a\u0004b\r')).toEqual({ typed: 'ab', outcome: 'submit' });
  });

  /**
   * Runs `waypoint create` in a real pseudo-terminal (tmux, its socket in the test's folder), types
   * `keys` at each prompt, and resolves with the exit code once the command has ended.
   */
  async function createInTerminal(folder: string, vault: string, prompts: string[][]): Promise<number> {
    const socket = path.join(folder, 'tmux.sock');
    const exitFile = path.join(folder, 'exit-code');
    const tmux = (...args: string[]) => run('tmux', ['-S', socket, ...args], { cwd: repository });
    // tmux remembers a signal nobody waits for yet, but only while its server runs: the shell then
    // waits on a channel never signalled, so the server outlives the command until kill-server.
    const command = `npx tsx electron/cli/waypoint.ts create '${vault}' --kdf-memory 16 --kdf-passes 2; echo $? > '${exitFile}'; tmux -S '${socket}' wait-for -S ended; tmux -S '${socket}' wait-for never-signalled`;
    await tmux('new-session', '-d', '-x', '200', '-y', '20', command);
    try {
      for (const [index, keys] of prompts.entries()) {
        await waitForScreen(
          tmux,
          (screen) => (screen.match(/^(New passphrase for|Type it again).*: *$/gm) ?? []).length > index,
        );
        await tmux('send-keys', '-t', '0', ...keys);
      }
      await tmux('wait-for', 'ended');
      return Number((await readFile(exitFile, 'utf8')).trim());
    } finally {
      await tmux('kill-server').catch(() => undefined);
    }
  }

  /** Waits (by looking again whenever the last look finished) until the terminal shows what `ready` wants. */
  async function waitForScreen(
    tmux: (...args: string[]) => Promise<{ stdout: string }>,
    ready: (screen: string) => boolean,
  ): Promise<void> {
    for (;;) {
      const { stdout } = await tmux('capture-pane', '-p', '-t', '0');
      if (ready(stdout)) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  it('through a real terminal: abcd, Left arrow, efghij, Home, End makes the passphrase "abcdefghij", which then opens the vault', async () => {
    const folder = await tempFolder();
    const vault = path.join(folder, 'typed.vault');
    const code = await createInTerminal(folder, vault, [
      ['abcd', 'Left', 'efghij', 'Home', 'End', 'Enter'],
      ['abcdefghij', 'Enter'],
    ]);
    expect(code).toBe(0);
    const stdout = new PassThrough();
    const verified = await runCli(['verify', vault, '--passphrase-stdin'], {
      stdin: Readable.from(['abcdefghij\n']),
      stdout,
      stderr: new PassThrough(),
    });
    expect(verified).toBe(0);
  }, 15_000);

  it('through a real terminal: Ctrl+C at the prompt ends with exit 1 and no file', async () => {
    const folder = await tempFolder();
    const vault = path.join(folder, 'cancelled.vault');
    expect(await createInTerminal(folder, vault, [['abc', 'C-c']])).toBe(1);
    await expect(stat(vault)).rejects.toMatchObject({ code: 'ENOENT' });
  }, 15_000);
});
