import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyPromptInput, terminalPassphraseSource, type PromptState } from '../../../electron/cli/passphrase-source';
import { runCli } from '../../../electron/cli/run-cli';
import { useTempFolders } from '../support/temp-folder';

const run = promisify(execFile);
const tempFolder = useTempFolders();
const repository = path.resolve(import.meta.dirname, '../../..');

/** Feeds chunks to the prompt as a raw-mode terminal would send them. */
function typeInto(...chunks: string[]): { typed: string; outcome: string | undefined } {
  let state: PromptState = { typed: '', cursor: 0, pendingEscape: '' };
  let outcome: string | undefined;
  for (const chunk of chunks) {
    const applied = applyPromptInput(state, chunk);
    state = applied.state;
    outcome = applied.outcome;
    if (outcome) break;
  }
  return { typed: state.typed, outcome };
}

const left = '\u001b[D';
const right = '\u001b[C';
const home = '\u001b[H';

describe('the CLI passphrase prompt', () => {
  it('Left moves the cursor instead of typing, so "abc", Left, "def" is "abdefc", even with the arrow split across reads; Home, End, Delete at the end and function keys type nothing', () => {
    expect(typeInto('abc\u001b[Ddef\r')).toEqual({ typed: 'abdefc', outcome: 'submit' });
    expect(typeInto('ab\u001b[H\u001b[F\u001b[1~\u001b[4~\u001bOH\u001bOF\u001b[3~c\r')).toEqual({
      typed: 'abc',
      outcome: 'submit',
    });
    expect(typeInto('ab\u001b', '[', 'D', 'c\r')).toEqual({ typed: 'acb', outcome: 'submit' });
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

  it('typing after Left or Right (CSI, SS3, Shift+arrow, Ctrl+B/Ctrl+F) inserts at the cursor; Left stops at the start, Right at the end', () => {
    expect(typeInto(`abcd${left}X\r`)).toEqual({ typed: 'abcXd', outcome: 'submit' });
    expect(typeInto(`abcd${left}${left}${left}${right}X\r`)).toEqual({ typed: 'abXcd', outcome: 'submit' });
    expect(typeInto(`ab${right}${right}c\r`)).toEqual({ typed: 'abc', outcome: 'submit' });
    expect(typeInto(`a${left}${left}${left}b\r`)).toEqual({ typed: 'ba', outcome: 'submit' });
    expect(typeInto('abc\u001bODX\u001b[1;2DY\u0002Z\u0006\u0006W\r')).toEqual({
      typed: 'abZYXWc',
      outcome: 'submit',
    });
  });

  it('Home (every form a terminal sends, and Ctrl+A) then typing inserts at the start', () => {
    for (const homeKey of ['\u001b[H', '\u001b[1~', '\u001b[7~', '\u001bOH', '\u001b[1;5H', '\u0001']) {
      expect(typeInto(`bcd${homeKey}a\r`), JSON.stringify(homeKey)).toEqual({ typed: 'abcd', outcome: 'submit' });
    }
  });

  it('End (every form a terminal sends, and Ctrl+E) moves the cursor back past the last character', () => {
    for (const endKey of ['\u001b[F', '\u001b[4~', '\u001b[8~', '\u001bOF', '\u0005']) {
      expect(typeInto(`abc${home}X${endKey}d\r`), JSON.stringify(endKey)).toEqual({
        typed: 'Xabcd',
        outcome: 'submit',
      });
    }
  });

  it("Backspace deletes the character before the cursor; Delete and Ctrl+D delete the one at it; at the line's edges they do nothing", () => {
    expect(typeInto(`abXc${left}\u007f\r`)).toEqual({ typed: 'abc', outcome: 'submit' });
    expect(typeInto(`abXc${left}${left}\u001b[3~\r`)).toEqual({ typed: 'abc', outcome: 'submit' });
    expect(typeInto(`Xabc${home}\u0004\r`)).toEqual({ typed: 'abc', outcome: 'submit' });
    expect(typeInto(`${home}\u007f${home}\u0008abc${home}\u001b[3~\u001b[3~\u001b[3~\u001b[3~\r`)).toEqual({
      typed: '',
      outcome: 'submit',
    });
  });

  it('Ctrl+U deletes from the start to the cursor, Ctrl+K from the cursor to the end', () => {
    expect(typeInto(`wrongright${left.repeat(5)}\u0015\r`)).toEqual({ typed: 'right', outcome: 'submit' });
    expect(typeInto(`rightwrong${left.repeat(5)}\u000b\r`)).toEqual({ typed: 'right', outcome: 'submit' });
    expect(typeInto(`rightwrong${left.repeat(5)}\u000b!\r`)).toEqual({ typed: 'right!', outcome: 'submit' });
  });

  it('Ctrl+W deletes the word before the cursor back to a space, as a shell does', () => {
    expect(typeInto('correct horse battery\u0017staple\r')).toEqual({
      typed: 'correct horse staple',
      outcome: 'submit',
    });
    expect(typeInto(`my old-pass  words${left.repeat(5)}\u0017\r`)).toEqual({ typed: 'my words', outcome: 'submit' });
    expect(typeInto('one\u0017\u0017two\r')).toEqual({ typed: 'two', outcome: 'submit' });
  });

  it('Ctrl+Left/Right, Alt+Left/Right and Alt+B/F move by word (letters and digits); Alt+Backspace and Alt+D delete a word', () => {
    // xterm Ctrl, xterm Alt, xterm Meta, old xterm/screen Ctrl, rxvt Ctrl, Alt as an Escape prefix, Alt+B/F.
    const wordLeft = [
      '\u001b[1;5D',
      '\u001b[1;3D',
      '\u001b[1;9D',
      '\u001b[5D',
      '\u001bOd',
      '\u001b\u001b[D',
      '\u001bb',
    ];
    const wordRight = [
      '\u001b[1;5C',
      '\u001b[1;3C',
      '\u001b[1;9C',
      '\u001b[5C',
      '\u001bOc',
      '\u001b\u001b[C',
      '\u001bf',
    ];
    for (const key of wordLeft) {
      expect(typeInto(`old-pass${key}X\r`), JSON.stringify(key)).toEqual({ typed: 'old-Xpass', outcome: 'submit' });
      expect(typeInto(`old-pass${key}${key}X\r`), JSON.stringify(key)).toEqual({
        typed: 'Xold-pass',
        outcome: 'submit',
      });
    }
    for (const key of wordRight) {
      expect(typeInto(`old-pass${home}${key}X\r`), JSON.stringify(key)).toEqual({
        typed: 'oldX-pass',
        outcome: 'submit',
      });
      expect(typeInto(`old-pass${home}${key}${key}X\r`), JSON.stringify(key)).toEqual({
        typed: 'old-passX',
        outcome: 'submit',
      });
    }
    expect(typeInto('old-pass\u001b\u007f\r')).toEqual({ typed: 'old-', outcome: 'submit' });
    expect(typeInto(`pass word${home}\u001bd\r`)).toEqual({ typed: ' word', outcome: 'submit' });
  });

  it('a paste, bracketed or not, is inserted at the cursor', () => {
    expect(typeInto(`ad${left}\u001b[200~bc\u001b[201~\r`)).toEqual({ typed: 'abcd', outcome: 'submit' });
    expect(typeInto(`horse${home}`, 'correct ', '\r')).toEqual({ typed: 'correct horse', outcome: 'submit' });
  });

  it('an emoji (a surrogate pair) is one character: one Backspace deletes it whole and one Left steps over it', () => {
    expect(typeInto('a\u{1f600}\u007f\r')).toEqual({ typed: 'a', outcome: 'submit' });
    expect(typeInto(`a\u{1f600}b${left}${left}X\r`)).toEqual({ typed: 'aX\u{1f600}b', outcome: 'submit' });
    expect(typeInto(`a\u{1f600}${left}\u001b[3~\r`)).toEqual({ typed: 'a', outcome: 'submit' });
    let state: PromptState = { typed: '', cursor: 0, pendingEscape: '' };
    state = applyPromptInput(state, `\u{1f600}\u{1f600}${left}`).state;
    expect(state).toEqual({ typed: '\u{1f600}\u{1f600}', cursor: 1, pendingEscape: '' });
  });

  it('Up, Down, function keys, Alt+letters, other escape sequences and other control characters neither type nor move', () => {
    const ignored = [
      '\u001b[A',
      '\u001b[B',
      '\u001bOA',
      '\u001bOP',
      '\u001b[15~',
      '\u001b[2~',
      '\u001b[[A',
      '\u001b[1;5A',
      '\u001bx',
      '\u001b\u001b',
      '\u0007',
      '\t',
      '\u0019',
      '\u0085',
    ];
    for (const key of ignored) {
      expect(typeInto(`ab${left}${key}X\r`), JSON.stringify(key)).toEqual({ typed: 'aXb', outcome: 'submit' });
    }
    expect(typeInto('ab\u001b', '\u0003')).toMatchObject({ outcome: 'cancel' });
    expect(typeInto('ab\u001b', '\r')).toEqual({ typed: 'ab', outcome: 'submit' });
  });

  it('a character split between two reads of the terminal arrives whole ("é" and an emoji sent a byte at a time)', async () => {
    const rawModes: boolean[] = [];
    const terminal = Object.assign(new PassThrough(), {
      isTTY: true,
      setRawMode: (mode: boolean) => rawModes.push(mode),
    });
    const prompt = new PassThrough();
    const passphrase = terminalPassphraseSource(terminal, prompt).next('Passphrase for split.vault');
    const bytes = Buffer.from('é\u{1f600}');
    for (const byte of bytes) {
      const read = once(terminal, 'data');
      terminal.write(Buffer.from([byte]));
      await read;
    }
    terminal.write(Buffer.from('\r'));
    expect(await passphrase).toBe('é\u{1f600}');
    expect(rawModes).toEqual([true, false]);
    expect(String(prompt.read())).toBe('Passphrase for split.vault: \n');
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

  it('through a real terminal: abcd, Left, efghij, Home, End makes the passphrase "abcefghijd" as a shell would edit it, the confirmation efghij, Home, abc, End, d matches it, and it opens the vault', async () => {
    const folder = await tempFolder();
    const vault = path.join(folder, 'typed.vault');
    const code = await createInTerminal(folder, vault, [
      ['abcd', 'Left', 'efghij', 'Home', 'End', 'Enter'],
      ['efghij', 'Home', 'abc', 'End', 'd', 'Enter'],
    ]);
    expect(code).toBe(0);
    const stdout = new PassThrough();
    const verified = await runCli(['verify', vault, '--passphrase-stdin'], {
      stdin: Readable.from(['abcefghijd\n']),
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
