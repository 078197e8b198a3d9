import type { Readable, Writable } from 'node:stream';

/** Where the CLI gets passphrases: never from argv, where other users could read them. */
export interface PassphraseSource {
  /** `purpose` is the prompt, e.g. "Passphrase for vault.vault". */
  next(purpose: string): Promise<string>;
  /** Whether a new passphrase should be typed twice (only when a person is typing). */
  readonly interactive: boolean;
}

export class CliUsageError extends Error {}

/** `--passphrase-stdin`: one passphrase per line, in the order the command asks for them. */
export async function stdinPassphraseSource(input: Readable): Promise<PassphraseSource> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  let index = 0;
  return {
    interactive: false,
    next: async (purpose) => {
      const line = lines[index++];
      if (line === undefined || (line === '' && index >= lines.length)) {
        throw new CliUsageError(`Standard input ran out before: ${purpose.toLowerCase()}.`);
      }
      return line;
    },
  };
}

/** What has been typed at a hidden prompt so far, and an escape sequence cut off at a chunk's end. */
export interface PromptState {
  typed: string;
  pendingEscape: string;
}

/** Whether the prompt is finished: Enter submits, Ctrl+C or Ctrl+D on an empty line cancels. */
export type PromptOutcome = 'submit' | 'cancel' | undefined;

/**
 * Applies what a raw-mode terminal sent to a hidden prompt. Only printable characters (pasted ones
 * too) are typed; Backspace removes the last one and Ctrl+U clears the line. Arrow keys, Home, End,
 * Delete, function keys and any other escape sequence (CSI `ESC [ … final`, SS3 `ESC O x`, and
 * bracketed-paste markers) are read whole and ignored, so the passphrase is always exactly the
 * characters the person typed, the same as the app's unlock field would take.
 */
export function applyPromptInput(state: PromptState, chunk: string): { state: PromptState; outcome: PromptOutcome } {
  let typed = state.typed;
  const text = state.pendingEscape + chunk;
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '\u001b') {
      const end = escapeSequenceEnd(text, index);
      if (end === undefined) return { state: { typed, pendingEscape: text.slice(index) }, outcome: undefined };
      index = end;
      continue;
    }
    index += character.length;
    if (character === '\r' || character === '\n') return { state: { typed, pendingEscape: '' }, outcome: 'submit' };
    if (character === '\u0003' || (character === '\u0004' && typed === '')) {
      return { state: { typed, pendingEscape: '' }, outcome: 'cancel' };
    }
    if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
    else if (character === '\u0015') typed = '';
    else if (character >= ' ') typed += character;
  }
  return { state: { typed, pendingEscape: '' }, outcome: undefined };
}

/** The index just past the escape sequence starting at `start`, or undefined if it is cut off. */
function escapeSequenceEnd(text: string, start: number): number | undefined {
  const kind = text[start + 1];
  if (kind === undefined) return undefined;
  if (kind === 'O') return start + 2 < text.length ? start + 3 : undefined; // SS3: one more character
  if (kind !== '[') return start + 1; // a lone Escape: ignored
  for (let index = start + 2; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x40 && code <= 0x7e) return index + 1; // the final byte
    if (code < 0x20 || code > 0x3f) return index; // not a CSI after all: stop before it
  }
  return undefined;
}

interface TerminalInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Asks on the terminal without echoing what is typed. */
export function terminalPassphraseSource(input: TerminalInput, prompt: Writable): PassphraseSource {
  if (!input.isTTY || !input.setRawMode) {
    throw new CliUsageError('No terminal to ask for a passphrase on. Pipe it in with --passphrase-stdin.');
  }
  const setRawMode = input.setRawMode.bind(input);
  return {
    interactive: true,
    next: (purpose) =>
      new Promise<string>((resolve, reject) => {
        prompt.write(`${purpose}: `);
        let state: PromptState = { typed: '', pendingEscape: '' };
        const finish = (outcome: () => void): void => {
          input.off('data', onData);
          setRawMode(false);
          input.pause();
          prompt.write('\n');
          outcome();
        };
        const onData = (data: Buffer): void => {
          const applied = applyPromptInput(state, data.toString('utf8'));
          state = applied.state;
          if (applied.outcome === 'submit') finish(() => resolve(state.typed));
          else if (applied.outcome === 'cancel') finish(() => reject(new CliUsageError('Cancelled.')));
        };
        setRawMode(true);
        input.resume();
        input.on('data', onData);
      }),
  };
}
