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
        let typed = '';
        const finish = (outcome: () => void): void => {
          input.off('data', onData);
          setRawMode(false);
          input.pause();
          prompt.write('\n');
          outcome();
        };
        const onData = (data: Buffer): void => {
          for (const character of data.toString('utf8')) {
            if (character === '\r' || character === '\n') return finish(() => resolve(typed));
            if (character === '\u0003') return finish(() => reject(new CliUsageError('Cancelled.')));
            if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
            else if (character >= ' ') typed += character;
          }
        };
        setRawMode(true);
        input.resume();
        input.on('data', onData);
      }),
  };
}
