import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { checkInDay } from '../../shared/check-ins/check-in-day';
import { passphraseSchema } from '../../shared/vault/passphrase-rules';
import { describeKeyChange } from '../../shared/vault/key-change-words';
import type { KeyChangeOutcome } from '../../shared/vault/vault-status';
import { fillDemoVault } from '../demo/demo-vault';
import { selectRow, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import {
  buildExportDocument,
  ExportDocumentError,
  parseExportDocument,
  writeExportDocument,
} from '../data-export/export-document';
import { checkInsCsv } from '../data-export/check-ins-csv';
import { questionnairesCsv } from '../data-export/questionnaires-csv';
import { dosesCsv } from '../data-export/doses-csv';
import { substanceUseCsv } from '../data-export/substance-use-csv';
import { importCheckInsInSlices } from '../check-in-import/import-check-ins';
import { readImportInWorker } from '../check-in-import/import-reader';
import { ImportRefusal } from '../../shared/check-in-import/daylio-export';
import { unmappedMoods } from '../../shared/check-in-import/import-plan';
import { importSummaryLine } from '../../shared/check-in-import/import-record';
import { RequestError } from '../ipc/request-error';
import { importChoicesFrom, previewText } from './check-in-import-text';
import { writeFileAtomically } from '../vault/atomic-write';
import { defaultKdfParams, kdfParamsProblem, type KdfParams } from '../vault/kdf-params';
import { loadSodium } from '../vault/sodium';
import { VaultError } from '../vault/vault-error';
import { currentFormatVersion, parseVaultFile } from '../vault/vault-file';
import { listBackups } from '../vault/vault-backups';
import { VaultSession, type VaultSessionOptions } from '../vault/vault-session';
import { exitCodeFor, exitCodes } from './exit-codes';
import {
  CliUsageError,
  stdinPassphraseSource,
  terminalPassphraseSource,
  type PassphraseSource,
} from './passphrase-source';

export interface CliIo {
  stdin: Readable & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  stdout: Writable;
  stderr: Writable;
}

export const cliUsage = `Usage: npm run waypoint -- <command> [options]

Commands:
  create <file> [--recovery-key]       Create a new, empty vault (and print a recovery key for it)
  info <file>                          Show the file format and key settings (no passphrase needed)
  verify <file>                        Unlock the vault and check everything inside it
  passwd <file>                        Change the passphrase (asks for the current one, then the new one;
                                       with --recovery-key-stdin, the recovery key instead)
  recovery-key <file>                  Make a new recovery key and print it; an older one stops working
  backups <file>                       List the vault's backups: date, size and check-ins in each
  restore <file> <backup>              Replace the vault's contents with a backup's (a file in the
                                       list above, by name or path); the vault as it was is kept
                                       as a backup first. Also restores a vault that is damaged
  export <file> --format json|csv|questionnaires-csv|doses-csv|substance-use-csv [--out F]
                                       Write all your data as JSON, or as CSV your check-ins,
                                       your questionnaire totals, your doses taken and skipped, or
                                       your substance use by day (to F, or to standard output)
  import <file> <json>                 Create a new vault from a JSON export (never overwrites)
  demo <file> [--years N]              Create a new vault with an example plan and N years
                                       (1-30, default 2) of made-up check-ins, for trying Waypoint
  import-check-ins <file> <csv> --from daylio [--mood "<label>=<0-10>"]... [--activities T]
                   [--time-zone Z] [--dry-run]
                                       Bring in check-ins from a Daylio CSV export: moods by the
                                       values given (Daylio's rad, good, meh, bad, awful are 9, 7,
                                       5, 3, 1 unless given), activities as T (measure, the default,
                                       coping, trigger, note or skip), times as written in zone Z
                                       (default: this computer's). Entries already imported are not
                                       added again. --dry-run reads only the file and prints what it
                                       holds and what the options make of it; nothing is written

Options:
  --passphrase-stdin   Read passphrases from standard input, one per line, in the order asked
  --recovery-key-stdin Open the vault with its recovery key, read from the first line of standard
                       input, and set a new passphrase (the next line) before anything else
  --force-unlock       Open the vault even though its lock names a holder Waypoint cannot
                       confirm is running (another computer, or an unknown process)
  --kdf-memory <MiB>   Key-derivation memory for a new passphrase (create, passwd, import)
  --kdf-passes <n>     Key-derivation passes for a new passphrase (create, passwd, import)

Exit codes: 0 ok, 1 usage or other error, 2 wrong passphrase or recovery key,
            3 damaged or not a vault, 4 made by a newer Waypoint, 5 vault in use by another process.`;

const cliOptions = {
  'passphrase-stdin': { type: 'boolean' },
  'recovery-key-stdin': { type: 'boolean' },
  'recovery-key': { type: 'boolean' },
  'force-unlock': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  years: { type: 'string' },
  from: { type: 'string' },
  mood: { type: 'string', multiple: true },
  activities: { type: 'string' },
  'time-zone': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'kdf-memory': { type: 'string' },
  'kdf-passes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const parseCliArgs = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: cliOptions });

interface CliContext {
  io: CliIo;
  positionals: string[];
  values: ReturnType<typeof parseCliArgs>['values'];
  passphrases: () => Promise<PassphraseSource>;
}

/** `npm run` starts scripts in the project folder; paths are meant relative to where the person typed. */
function resolveFromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

function requirePositionals(context: CliContext, names: string[]): string[] {
  const given = context.positionals.slice(1);
  if (given.length !== names.length) {
    throw new CliUsageError(`${context.positionals[0]} takes ${names.map((name) => `<${name}>`).join(' ')}.`);
  }
  return given.map((value) => resolveFromCaller(value));
}

function kdfParamsFrom(context: CliContext): KdfParams {
  const parse = (option: 'kdf-memory' | 'kdf-passes', fallback: number): number => {
    const raw = context.values[option];
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new CliUsageError(`--${option} takes a whole number.`);
    return Number(raw);
  };
  const params = {
    memlimitKiB: parse('kdf-memory', defaultKdfParams.memlimitKiB / 1024) * 1024,
    opslimit: parse('kdf-passes', defaultKdfParams.opslimit),
  };
  const problem = kdfParamsProblem(params);
  if (problem) throw new CliUsageError(`You asked for ${problem}.`);
  return params;
}

async function askNewPassphrase(source: PassphraseSource, label: string): Promise<string> {
  const passphrase = await source.next(`New passphrase for ${label}`);
  const checked = passphraseSchema.safeParse(passphrase);
  if (!checked.success) throw new CliUsageError(checked.error.issues[0]?.message ?? 'That passphrase is not allowed.');
  if (source.interactive && (await source.next('Type it again')) !== passphrase) {
    throw new CliUsageError('The two passphrases are different. Nothing was changed.');
  }
  return passphrase;
}

/** Earlier names of commands, kept so scripts already written keep working. */
const commandAliases: Record<string, string> = { 'import-checkins': 'import-check-ins' };

/** How every command opens a vault. */
const openOptions = (context: CliContext) => ({ program: 'cli' as const, forceUnlock: context.values['force-unlock'] });

/** How commands that set a passphrase create or open one. */
const sessionOptions = (context: CliContext) => ({ ...openOptions(context), kdfParams: kdfParamsFrom(context) });

/** What `export --format` can write, in the order the usage lists them. */
const exportFormats: Record<string, (db: ReadableDatabase) => string> = {
  json: (db) => `${JSON.stringify(buildExportDocument(db), null, 2)}\n`,
  csv: checkInsCsv,
  'questionnaires-csv': questionnairesCsv,
  'doses-csv': dosesCsv,
  'substance-use-csv': substanceUseCsv,
};

const commands: Record<string, (context: CliContext) => Promise<void>> = {
  async create(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const options = sessionOptions(context);
    const passphrase = await askNewPassphrase(await context.passphrases(), path.basename(file));
    const session = await VaultSession.create(file, passphrase, options);
    try {
      if (context.values['recovery-key']) {
        await printNewRecoveryKey(context, session, passphrase);
      }
    } finally {
      await session.close();
    }
    context.io.stderr.write(
      context.values['recovery-key']
        ? `Created ${file}.\n`
        : `Created ${file}. Keep your passphrase safe: without a recovery key (recovery-key ${path.basename(file)}) it cannot be recovered.\n`,
    );
  },

  async 'recovery-key'(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const source = await context.passphrases();
    const passphrase = await source.next(`Passphrase for ${path.basename(file)}`);
    const session = await VaultSession.open(file, passphrase, sessionOptions(context));
    try {
      const outcome = await printNewRecoveryKey(context, session, passphrase);
      context.io.stderr.write(`${describeKeyChange(outcome).join(' ')}\n`);
    } finally {
      await session.close();
    }
  },

  async backups(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const session = await openVault(context, file);
    try {
      const backups = await session.describeBackups();
      if (backups.length === 0) context.io.stdout.write(`No backups of ${file} yet.\n`);
      for (const backup of backups) {
        const made = backup.madeAt
          ? `${backup.madeAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
          : 'unknown date';
        const checkIns =
          backup.checkIns === undefined ? "does not open with this vault's key" : `${backup.checkIns} check-ins`;
        context.io.stdout.write(
          `${made}  ${formatSize(backup.bytes).padStart(9)}  ${checkIns.padEnd(16)}  ${path.basename(backup.file)}\n`,
        );
      }
    } finally {
      await session.close();
    }
  },

  async restore(context) {
    const [file, given] = requirePositionals(context, ['file', 'backup']) as [string, string];
    const backup = await locateBackup(file, given);
    const source = await context.passphrases();
    if (context.values['recovery-key-stdin']) {
      const session = await openVault(context, file);
      try {
        await restoreInto(context, session, backup, file);
      } finally {
        await session.close();
      }
      return;
    }
    const passphrase = await source.next(`Passphrase for ${path.basename(file)}`);
    let session: VaultSession;
    try {
      session = await VaultSession.open(file, passphrase, openOptions(context));
    } catch (error) {
      if (!(error instanceof VaultError) || error.code !== 'DAMAGED') throw error;
      // The vault itself no longer opens: the backup becomes the vault, the damaged file is kept.
      const restored = await VaultSession.openFromBackup(file, passphrase, openOptions(context), [backup]);
      await restored.session.close();
      context.io.stderr.write(
        `${file} was damaged; it now holds ${path.basename(backup)}. The damaged file is kept beside it as ${path.basename(restored.damagedCopy)}.\n`,
      );
      return;
    }
    try {
      await restoreInto(context, session, backup, file);
    } finally {
      await session.close();
    }
  },

  async info(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const bytes = await readFileOrExplain(file);
    const vault = parseVaultFile(await loadSodium(), bytes);
    const lines = [
      `file: ${file}`,
      `format version: ${vault.formatVersion} (this Waypoint reads up to ${currentFormatVersion})`,
      `size: ${bytes.length} bytes`,
      `key slots: ${vault.slots.length}`,
      ...vault.slots.map((slot, index) =>
        slot.kind === 'passphrase'
          ? `  slot ${index + 1}: passphrase, Argon2id v1.3, ${slot.kdf.opslimit} passes, ${slot.kdf.memlimitKiB / 1024} MiB`
          : `  slot ${index + 1}: recovery key, X25519 sealed box`,
      ),
    ];
    context.io.stdout.write(`${lines.join('\n')}\n`);
  },

  async verify(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const session = await openVault(context, file);
    try {
      const check = selectRow(session.db, 'PRAGMA integrity_check', [], { integrity_check: 'text' });
      if (check?.integrity_check !== 'ok')
        throw new VaultError('DAMAGED', 'The vault opened, but the data inside it is damaged.');
      const { tables } = selectRow(
        session.db,
        "SELECT count(*) AS tables FROM sqlite_master WHERE type = 'table'",
        [],
        {
          tables: 'integer',
        },
      )!;
      context.io.stdout.write(
        `OK: ${file} opens with this passphrase and its ${String(tables)} tables pass SQLite's integrity check.\n`,
      );
    } finally {
      await session.close();
    }
  },

  async passwd(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const options = sessionOptions(context);
    if (context.values['recovery-key-stdin']) {
      await (await openVault(context, file)).close();
      return;
    }
    const source = await context.passphrases();
    const current = await source.next(`Current passphrase for ${path.basename(file)}`);
    const session = await VaultSession.open(file, current, options);
    let outcome: KeyChangeOutcome;
    try {
      const next = await askNewPassphrase(source, path.basename(file));
      outcome = await session.changePassphrase(current, next);
    } finally {
      await session.close();
    }
    context.io.stderr.write(`Passphrase changed for ${file}. ${describeKeyChange(outcome).join(' ')}\n`);
  },

  async export(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const { format } = context.values;
    const write = format !== undefined && Object.hasOwn(exportFormats, format) ? exportFormats[format] : undefined;
    if (!write) {
      const names = Object.keys(exportFormats);
      throw new CliUsageError(`export needs --format ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`);
    }
    const out = context.values.out ? resolveFromCaller(context.values.out) : undefined;
    if (out && (await fs.stat(out).catch(() => undefined))) {
      throw new CliUsageError(`${out} already exists; choose another name for the export.`);
    }
    const session = await openVault(context, file);
    let text: string;
    try {
      text = write(session.db);
    } finally {
      await session.close();
    }
    if (out) {
      await writeFileAtomically(out, new TextEncoder().encode(text));
      context.io.stderr.write(`Exported to ${out}. It is not encrypted: keep it somewhere private.\n`);
    } else {
      context.io.stdout.write(text);
    }
  },

  async import(context) {
    const [file, jsonFile] = requirePositionals(context, ['file', 'json']) as [string, string];
    const options = sessionOptions(context);
    await refuseExisting(file, 'import');
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(await fs.readFile(jsonFile, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : 'it is not valid JSON';
      throw new CliUsageError(`Cannot read ${jsonFile}: ${reason}.`);
    }
    const document = parseExportDocument(parsedJson);
    await createFilledVault(context, file, options, (db) => writeExportDocument(db, document));
    context.io.stderr.write(`Imported ${jsonFile} into the new vault ${file}.\n`);
  },

  async 'import-check-ins'(context) {
    const [file, csv] = requirePositionals(context, ['file', 'csv']) as [string, string];
    const choices = importChoicesFrom(context.values, Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Read in a thread of its own, with the limits of import-limits.ts, as the app reads it.
    const { fileName, file: daylio, preview } = await readImportInWorker(csv);
    const unmapped = unmappedMoods(daylio.entries, choices);
    if (context.values['dry-run']) {
      context.io.stdout.write(`${previewText(preview, choices).join('\n')}\n`);
      if (unmapped.length > 0) {
        context.io.stderr.write(
          `Before importing, give ${unmapped.length === 1 ? 'this label' : 'these labels'} a value with --mood.\n`,
        );
      }
      return;
    }
    if (unmapped.length > 0) {
      throw new CliUsageError(
        `Nothing was imported. Give each of these mood labels a value with --mood "<label>=<0-10>":\n${unmapped.join('\n')}`,
      );
    }
    const session = await openVault(context, file);
    let summary;
    try {
      summary = await session.changeInSlices((db, nextSlice) =>
        importCheckInsInSlices(
          db,
          { source: 'daylio', file: daylio, fileName, choices, now: session.now(), newId: randomUUID },
          nextSlice,
        ),
      );
    } finally {
      await session.close();
    }
    context.io.stdout.write(`${importSummaryLine(summary)}\n`);
  },

  async demo(context) {
    const [file] = requirePositionals(context, ['file']) as [string];
    const years = context.values.years ?? '2';
    if (!/^\d+$/.test(years) || Number(years) < 1 || Number(years) > 30) {
      throw new CliUsageError('--years takes a whole number from 1 to 30.');
    }
    const options = sessionOptions(context);
    await refuseExisting(file, 'demo');
    const today = checkInDay(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    const { checkIns } = await createFilledVault(context, file, options, (db) =>
      fillDemoVault(db, { years: Number(years), today }, randomUUID),
    );
    context.io.stderr.write(
      `Created the demo vault ${file}: an example plan and ${checkIns} check-ins over ${years} years.\n`,
    );
  },
};

/**
 * How a command opens an existing vault: with its passphrase or, with --recovery-key-stdin, with
 * its recovery key, which sets a new passphrase first (the recovery key keeps working).
 */
async function openVault(context: CliContext, file: string): Promise<VaultSession> {
  const source = await context.passphrases();
  if (!context.values['recovery-key-stdin']) {
    return VaultSession.open(file, await source.next(`Passphrase for ${path.basename(file)}`), openOptions(context));
  }
  const recoveryKey = await source.next(`Recovery key for ${path.basename(file)}`);
  const next = await askNewPassphrase(source, path.basename(file));
  const { session, outcome } = await VaultSession.openWithRecoveryKey(file, recoveryKey, next, sessionOptions(context));
  context.io.stderr.write(`Opened ${file} with its recovery key. ${describeKeyChange(outcome).join(' ')}\n`);
  return session;
}

/** Makes, confirms and prints a recovery key: the key alone on standard output, the advice on standard error. */
async function printNewRecoveryKey(
  context: CliContext,
  session: VaultSession,
  passphrase: string,
): Promise<KeyChangeOutcome> {
  const recoveryKey = await session.makeRecoveryKey(passphrase);
  const outcome = await session.confirmRecoveryKey(recoveryKey);
  context.io.stderr.write(
    'Recovery key (write it down or print it, and keep it somewhere safe, away from this computer; it opens the vault if the passphrase is forgotten):\n',
  );
  context.io.stdout.write(`${recoveryKey}\n`);
  return outcome;
}

/** A backup named as given, or by its name in the vault's backups folder. */
async function locateBackup(vaultPath: string, given: string): Promise<string> {
  if (await fs.stat(given).catch(() => undefined)) return given;
  const named = (await listBackups(vaultPath)).find((backup) => path.basename(backup) === path.basename(given));
  if (named) return named;
  throw new CliUsageError(`${given} does not exist, and no backup of ${path.basename(vaultPath)} has that name.`);
}

async function restoreInto(context: CliContext, session: VaultSession, backup: string, file: string): Promise<void> {
  const safetyCopy = await session.restoreBackup(backup);
  context.io.stderr.write(
    `Restored ${path.basename(backup)} into ${file}. The vault as it was is kept as the backup ${path.basename(safetyCopy)}.\n`,
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

async function refuseExisting(file: string, command: string): Promise<void> {
  if (await fs.stat(file).catch(() => undefined)) {
    throw new CliUsageError(`${file} already exists; ${command} only creates new vaults.`);
  }
}

/**
 * The one way the CLI makes a vault with something in it: asks for the new passphrase, then
 * creates the vault already filled (one transaction, one save). If filling fails, or the process is
 * killed, no file is left, so a retry starts clean.
 */
async function createFilledVault<T>(
  context: CliContext,
  file: string,
  options: VaultSessionOptions,
  fill: (db: WritableDatabase) => T,
): Promise<T> {
  const passphrase = await askNewPassphrase(await context.passphrases(), path.basename(file));
  let filled: T | undefined;
  const session = await VaultSession.create(file, passphrase, options, (db) => {
    filled = fill(db);
  });
  await session.close();
  return filled as T;
}

async function readFileOrExplain(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(code === 'ENOENT' ? `${file} does not exist.` : `${file} cannot be read.`);
  }
}

/** Runs one command. Never throws: every failure is one line on stderr and an exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { positionals, values } = parseCliArgs(argv);
    const given = positionals[0];
    const command = given === undefined ? undefined : (commandAliases[given] ?? given);
    if (values.help || command === undefined || command === 'help') {
      (command === undefined && !values.help ? io.stderr : io.stdout).write(`${cliUsage}\n`);
      return command === undefined && !values.help ? exitCodes.usageOrOther : exitCodes.ok;
    }
    const run = commands[command];
    if (!run) throw new CliUsageError(`Unknown command "${command}". Run with --help to see the commands.`);
    let source: Promise<PassphraseSource> | undefined;
    await run({
      io,
      // Messages name the command by its one spelling, whichever name was typed.
      positionals: [command, ...positionals.slice(1)],
      values,
      passphrases: () =>
        (source ??=
          values['passphrase-stdin'] || values['recovery-key-stdin']
            ? stdinPassphraseSource(io.stdin)
            : Promise.resolve(terminalPassphraseSource(io.stdin, io.stderr))),
    });
    return exitCodes.ok;
  } catch (error) {
    io.stderr.write(`waypoint: ${messageFor(error)}\n`);
    if (process.env['WAYPOINT_DEBUG']) io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    if (error instanceof VaultError) return exitCodeFor(error.code);
    if (error instanceof ExportDocumentError && error.kind === 'unsupported') return exitCodes.unsupportedVersion;
    return exitCodes.usageOrOther;
  }
}

function messageFor(error: unknown): string {
  if (error instanceof VaultError && error.code === 'VAULT_LOCK_UNCONFIRMED') {
    return `${error.message} To do that, run the command again with --force-unlock.`;
  }
  if (
    error instanceof VaultError ||
    error instanceof CliUsageError ||
    error instanceof ExportDocumentError ||
    error instanceof ImportRefusal ||
    error instanceof RequestError
  ) {
    return error.message;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `${(error as Error).message.split('\n')[0]} Run with --help to see the options.`;
  }
  if (code === 'ENOSPC') return 'The disk is full; nothing was written.';
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied; nothing was written.';
  return 'Something unexpected went wrong; nothing was changed.';
}
