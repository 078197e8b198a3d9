import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

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

/**
 * What has been typed at a hidden prompt so far, where the cursor is in it (counted in characters,
 * i.e. code points, so it never splits a surrogate pair), and an escape sequence cut off at a
 * chunk's end.
 */
export interface PromptState {
  typed: string;
  cursor: number;
  pendingEscape: string;
}

/** Whether the prompt is finished: Enter submits, Ctrl+C or Ctrl+D on an empty line cancels. */
export type PromptOutcome = 'submit' | 'cancel' | undefined;

/** What an editing key does to the line. */
type LineEdit =
  | 'left'
  | 'right'
  | 'word-left'
  | 'word-right'
  | 'home'
  | 'end'
  | 'backspace'
  | 'delete'
  | 'delete-to-start'
  | 'delete-to-end'
  | 'delete-word-before'
  | 'delete-spaced-word-before'
  | 'delete-word-after'
  | 'ignored';

/** The typed characters (code points) and the cursor, an index into them. */
interface Line {
  characters: string[];
  cursor: number;
}

/**
 * Applies what a raw-mode terminal sent to a hidden prompt, editing the line as a shell (readline's
 * emacs keys) does, although nothing is shown: printable characters, pasted ones too, insert at the
 * cursor; Left/Right (Ctrl+B/Ctrl+F) move it one character, and with Ctrl or Alt (or Alt+B/Alt+F)
 * one word; Home/End (Ctrl+A/Ctrl+E) go to the start and end; Backspace deletes before the cursor,
 * Delete (and Ctrl+D on a non-empty line) at it; Ctrl+U deletes to the start, Ctrl+K to the end,
 * Ctrl+W back to a space, Alt+Backspace and Alt+D a word before or after. Up/Down, function keys,
 * bracketed-paste markers and any other escape sequence or control character are read whole and
 * ignored, so they never enter the passphrase.
 */
export function applyPromptInput(state: PromptState, chunk: string): { state: PromptState; outcome: PromptOutcome } {
  const characters = [...state.typed];
  const line: Line = { characters, cursor: Math.min(Math.max(0, state.cursor), characters.length) };
  const settle = (pendingEscape: string, outcome: PromptOutcome) => ({
    state: { typed: line.characters.join(''), cursor: line.cursor, pendingEscape },
    outcome,
  });
  const text = state.pendingEscape + chunk;
  let index = 0;
  while (index < text.length) {
    if (text[index] === '\u001b') {
      const escape = readEscapeSequence(text, index);
      if (escape === undefined) return settle(text.slice(index), undefined);
      editLine(line, escape.edit);
      index = escape.end;
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(index)!);
    index += character.length;
    if (character === '\r' || character === '\n') return settle('', 'submit');
    if (character === '\u0003') return settle('', 'cancel');
    if (character === '\u0004') {
      if (line.characters.length === 0) return settle('', 'cancel');
      editLine(line, 'delete');
    } else if (isControl(character)) editLine(line, controlKeys.get(character) ?? 'ignored');
    else line.characters.splice(line.cursor++, 0, character);
  }
  return settle('', undefined);
}

const controlKeys = new Map<string, LineEdit>([
  ['\u0001', 'home'], // Ctrl+A
  ['\u0002', 'left'], // Ctrl+B
  ['\u0005', 'end'], // Ctrl+E
  ['\u0006', 'right'], // Ctrl+F
  ['\b', 'backspace'], // Ctrl+H
  ['\u000b', 'delete-to-end'], // Ctrl+K
  ['\u0015', 'delete-to-start'], // Ctrl+U
  ['\u0017', 'delete-spaced-word-before'], // Ctrl+W
  ['\u007f', 'backspace'],
]);

/** Alt+letter, sent as Escape then the letter. */
const metaKeys = new Map<string, LineEdit>([
  ['b', 'word-left'],
  ['f', 'word-right'],
  ['d', 'delete-word-after'],
]);

/** `ESC [ n ~` keys: Home and End as rxvt and the Linux console send them, and Delete. */
const tildeKeys = new Map<string, LineEdit>([
  ['1', 'home'],
  ['7', 'home'],
  ['4', 'end'],
  ['8', 'end'],
  ['3', 'delete'],
]);

/** SS3 keys (`ESC O x`); rxvt sends Ctrl+Left/Right as `ESC O d`/`ESC O c`. */
const singleShiftKeys = new Map<string, LineEdit>([
  ['D', 'left'],
  ['C', 'right'],
  ['d', 'word-left'],
  ['c', 'word-right'],
  ['H', 'home'],
  ['F', 'end'],
]);

function isControl(character: string): boolean {
  return /^\p{Cc}$/u.test(character);
}

/** The edit the escape sequence starting at `start` makes and the index just past it, or undefined if it is cut off. */
function readEscapeSequence(text: string, start: number): { edit: LineEdit; end: number } | undefined {
  const kind = text[start + 1];
  if (kind === undefined) return undefined;
  if (kind === '[') return readControlSequence(text, start + 2);
  if (kind === 'O') {
    const key = text[start + 2];
    if (key === undefined) return undefined;
    if (isControl(key)) return { edit: 'ignored', end: start + 2 }; // Alt+O, then a key that still counts
    return { edit: singleShiftKeys.get(key) ?? 'ignored', end: start + 3 };
  }
  if (kind === '\u001b') {
    // Alt plus a key that sends its own sequence (Alt+Left as `ESC ESC [ D`), or Escape pressed twice.
    const next = text[start + 2];
    if (next === undefined) return undefined;
    if (next !== '[' && next !== 'O') return { edit: 'ignored', end: start + 2 };
    const inner = readEscapeSequence(text, start + 1);
    return inner && { edit: byWord(inner.edit), end: inner.end };
  }
  if (kind === '\u007f' || kind === '\b') return { edit: 'delete-word-before', end: start + 2 }; // Alt+Backspace
  if (isControl(kind)) return { edit: 'ignored', end: start + 1 }; // a lone Escape: the key after it still counts
  const letter = String.fromCodePoint(text.codePointAt(start + 1)!);
  return { edit: metaKeys.get(letter) ?? 'ignored', end: start + 1 + letter.length };
}

/** Reads a CSI sequence (`ESC [ parameters final`) whose parameters start at `from`. */
function readControlSequence(text: string, from: number): { edit: LineEdit; end: number } | undefined {
  if (text[from] === '[') {
    // The Linux console's F1–F5: `ESC [ [ A` … `ESC [ [ E`.
    return from + 1 < text.length ? { edit: 'ignored', end: from + 2 } : undefined;
  }
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x40 && code <= 0x7e) {
      return { edit: controlSequenceEdit(text.slice(from, index), text[index]!), end: index + 1 };
    }
    if (code < 0x20 || code > 0x3f) return { edit: 'ignored', end: index }; // not a CSI after all: stop before it
  }
  return undefined;
}

function controlSequenceEdit(parameters: string, final: string): LineEdit {
  const [first = '', modifier] = parameters.split(';');
  switch (final) {
    case 'D':
    case 'C': {
      // xterm sends Ctrl+Left as `ESC [1;5D`, older terminals as `ESC [5D`: the modifier is 1 plus
      // bits for Shift (1), Alt (2), Ctrl (4) and Meta (8); all but Shift move by word.
      const modifiers = Number(modifier ?? first) - 1;
      const edit = final === 'D' ? 'left' : 'right';
      return Number.isInteger(modifiers) && modifiers > 0 && (modifiers & 0b1110) !== 0 ? byWord(edit) : edit;
    }
    case 'H':
      return 'home';
    case 'F':
      return 'end';
    case '~':
      return tildeKeys.get(first) ?? 'ignored';
    default:
      return 'ignored';
  }
}

function byWord(edit: LineEdit): LineEdit {
  if (edit === 'left') return 'word-left';
  if (edit === 'right') return 'word-right';
  return edit;
}

function editLine(line: Line, edit: LineEdit): void {
  const { characters, cursor } = line;
  switch (edit) {
    case 'left':
      line.cursor = Math.max(0, cursor - 1);
      return;
    case 'right':
      line.cursor = Math.min(characters.length, cursor + 1);
      return;
    case 'word-left':
      line.cursor = wordStartBefore(characters, cursor, isWordCharacter);
      return;
    case 'word-right':
      line.cursor = wordEndAfter(characters, cursor);
      return;
    case 'home':
      line.cursor = 0;
      return;
    case 'end':
      line.cursor = characters.length;
      return;
    case 'backspace':
      return deleteBetween(line, cursor - 1, cursor);
    case 'delete':
      return deleteBetween(line, cursor, cursor + 1);
    case 'delete-to-start':
      return deleteBetween(line, 0, cursor);
    case 'delete-to-end':
      return deleteBetween(line, cursor, characters.length);
    case 'delete-word-before':
      return deleteBetween(line, wordStartBefore(characters, cursor, isWordCharacter), cursor);
    case 'delete-spaced-word-before':
      return deleteBetween(
        line,
        wordStartBefore(characters, cursor, (character) => !/^\s$/u.test(character)),
        cursor,
      );
    case 'delete-word-after':
      return deleteBetween(line, cursor, wordEndAfter(characters, cursor));
    case 'ignored':
      return;
  }
}

function deleteBetween(line: Line, from: number, to: number): void {
  const start = Math.max(0, from);
  const end = Math.min(line.characters.length, to);
  if (start >= end) return;
  line.characters.splice(start, end - start);
  line.cursor = start;
}

/** Letters, marks and digits make words, as for readline's Alt+B; Ctrl+W's words end at spaces. */
function isWordCharacter(character: string): boolean {
  return /^[\p{L}\p{M}\p{N}]$/u.test(character);
}

/** Where the word before `cursor` starts, skipping what is not a word first. */
function wordStartBefore(characters: string[], cursor: number, inWord: (character: string) => boolean): number {
  let index = cursor;
  while (index > 0 && !inWord(characters[index - 1]!)) index--;
  while (index > 0 && inWord(characters[index - 1]!)) index--;
  return index;
}

/** Where the word after `cursor` ends, skipping what is not a word first. */
function wordEndAfter(characters: string[], cursor: number): number {
  let index = cursor;
  while (index < characters.length && !isWordCharacter(characters[index]!)) index++;
  while (index < characters.length && isWordCharacter(characters[index]!)) index++;
  return index;
}

interface TerminalInput extends Readable {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/**
 * Asks on the terminal without echoing what is typed, editing the line as `applyPromptInput` says.
 * The terminal's bytes go through a streaming UTF-8 decoder, so a character split between two
 * reads arrives whole instead of as two replacement characters.
 */
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
        let state: PromptState = { typed: '', cursor: 0, pendingEscape: '' };
        const decoder = new StringDecoder('utf8');
        const finish = (outcome: () => void): void => {
          input.off('data', onData);
          setRawMode(false);
          input.pause();
          prompt.write('\n');
          outcome();
        };
        const onData = (data: Buffer | string): void => {
          const applied = applyPromptInput(state, typeof data === 'string' ? data : decoder.write(data));
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
