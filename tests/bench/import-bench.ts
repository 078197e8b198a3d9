// Bringing in a Daylio export. Three parts:
// - at the issue's size (10,000 entries over 150 activities): reading it in its thread and the
//   preview, then the import itself into a 10-year vault with the real schema (one transaction
//   in slices, and the save that puts it on disk), the same file again (all present), removal;
// - the largest export the reading limits allow (50,000 entries, 250,000 activity marks, 10
//   million characters of notes), read and imported the same way: the worst import there can be;
// - hostile files under the 50 MB limit, each read in a child process of its own, watched from
//   outside (time, peak resident memory, the main thread's longest block), as in the red team's report.
// Every "longest main-thread block" is the longest gap between the ticks of a 1 ms timer while
// that step ran, less the tick (as in main-thread-bench.ts).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importCheckInsInSlices, type CheckInImport } from '../../electron/check-in-import/import-check-ins';
import { readImportInWorker, importReaderLimits } from '../../electron/check-in-import/import-reader';
import { removeImportInSlices } from '../../electron/check-in-import/import-repository';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { VaultSession } from '../../electron/vault/vault-session';
import type { DaylioExport } from '../../shared/check-in-import/daylio-export';
import type { ImportChoices } from '../../shared/check-in-import/import-plan';
import {
  hostileDaylioExports,
  largeDaylioExport,
  largestAllowedDaylioExport,
  writeHostileDaylioExport,
  type HostileDaylioExport,
} from '../support/daylio-fixture';
import { makeTempFolder, removeTempFolder } from '../support/temp-folder';
import { megabytes, printTable, spread } from './bench-stats';
import { benchPassphrase, buildDemoVault } from './vault-bench';

const choices: ImportChoices = {
  timeZone: 'Europe/London',
  moods: { 'Not so good': 4, 'Medium [-]': 5 },
  activities: {},
  defaultTreatment: 'measure',
};

/** Runs `work`; answers what it gave, how long it took and the main thread's longest block meanwhile. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestBlockMs: number }> {
  let last = performance.now();
  let longest = 0;
  const note = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const ticker = setInterval(note, 1);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    note();
    return { value, ms, longestBlockMs: Math.max(0, longest - 1) };
  } finally {
    clearInterval(ticker);
  }
}

interface ImportFigures {
  read: number[];
  readBlock: number[];
  imported: number[];
  importBlock: number[];
  saved: number[];
  savedBlock: number[];
  again: number[];
  removed: number[];
  removedBlock: number[];
  removedSaveBlock: number[];
  added: number;
  vaultBefore: number;
  vaultAfter: number;
}

/** Reads `text` (written to a file) in its thread, imports it into a copy of `template` in slices, saves; `runs` times. */
async function measureImport(
  folder: string,
  template: string,
  text: string,
  runs: number,
  { again = true } = {},
): Promise<ImportFigures> {
  const figures: ImportFigures = {
    ...{
      read: [],
      readBlock: [],
      imported: [],
      importBlock: [],
      saved: [],
      savedBlock: [],
      again: [],
      removed: [],
      removedBlock: [],
      removedSaveBlock: [],
    },
    added: 0,
    vaultBefore: (await stat(template)).size,
    vaultAfter: 0,
  };
  const csv = path.join(folder, 'daylio_export.csv');
  await writeFile(csv, text);
  for (let run = 0; run < runs; run++) {
    const read = await timed(() => readImportInWorker(csv));
    figures.read.push(read.ms);
    figures.readBlock.push(read.longestBlockMs);
    const file: DaylioExport = read.value.file;
    const session = await VaultSession.open(template, benchPassphrase, { program: 'cli', saveDelayMs: 60_000 });
    try {
      const input: CheckInImport = {
        source: 'daylio',
        file,
        fileName: 'daylio_export.csv',
        choices,
        now: new Date(),
        newId: randomUUID,
      };
      const imported = await timed(() =>
        session.changeInSlices((db, nextSlice) => importCheckInsInSlices(db, input, nextSlice)),
      );
      figures.imported.push(imported.ms);
      figures.importBlock.push(imported.longestBlockMs);
      figures.added = imported.value.added;
      const saved = await timed(() => session.flush());
      figures.saved.push(imported.ms + saved.ms);
      figures.savedBlock.push(saved.longestBlockMs);
      figures.vaultAfter = (await stat(template)).size;
      if (again) {
        const repeated = await timed(() =>
          session.changeInSlices((db, nextSlice) => importCheckInsInSlices(db, input, nextSlice)),
        );
        figures.again.push(repeated.ms);
      }
      // Removing it (in slices, as the app does) puts the vault back as it was for the next run.
      const removed = await timed(() =>
        session.changeInSlices((db, nextSlice) => removeImportInSlices(db, imported.value.importId!, nextSlice)),
      );
      const removalSaved = await timed(() => session.flush());
      figures.removed.push(removed.ms + removalSaved.ms);
      figures.removedBlock.push(removed.longestBlockMs);
      figures.removedSaveBlock.push(removalSaved.longestBlockMs);
    } finally {
      await session.close();
    }
  }
  return figures;
}

export async function printImportBench(runs: number): Promise<void> {
  const load = () =>
    os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');
  const usual = largeDaylioExport(10_000, 150);
  const largest = largestAllowedDaylioExport();
  const folder = await makeTempFolder('bench-import');
  let usualFigures: ImportFigures;
  let largestFigures: ImportFigures;
  const loadAtStart = load();
  try {
    const template = path.join(folder, 'ten-years.vault');
    await buildDemoVault(template, { label: '10 years', years: 10 });
    usualFigures = await measureImport(folder, template, usual, runs);
    largestFigures = await measureImport(folder, template, largest, Math.min(runs, 3), { again: false });
  } finally {
    await removeTempFolder(folder);
  }
  console.log(
    `Daylio import into a 10-year vault: ${runs} runs of 10,000 entries over 150 activities (${megabytes(usual.length)}), ${Math.min(runs, 3)} of the largest export the limits allow (${megabytes(largest.length)}). Load average: ${loadAtStart} at the start, ${load()} at the end.`,
  );
  const rows = (label: string, figures: ImportFigures, target: { read: string; saved: string }) => [
    [`${label}: read in its thread and the preview${target.read}`, spread(figures.read)],
    ['  ... longest main-thread block', spread(figures.readBlock)],
    [
      `  import ${figures.added.toLocaleString('en')} check-ins in one transaction, in slices`,
      spread(figures.imported),
    ],
    ['  ... longest main-thread block', spread(figures.importBlock)],
    [`  ... and saved to disk${target.saved}`, spread(figures.saved)],
    ['  ... longest main-thread block while saving', spread(figures.savedBlock)],
    ...(figures.again.length > 0 ? [['  the same file again (all already present)', spread(figures.again)]] : []),
    ['  remove the import in slices, saved', spread(figures.removed)],
    ['  ... longest main-thread block while removing', spread(figures.removedBlock)],
    ['  ... longest main-thread block while saving', spread(figures.removedSaveBlock)],
    ['  vault file before / after the import', `${megabytes(figures.vaultBefore)} / ${megabytes(figures.vaultAfter)}`],
  ];
  printTable([
    ['measure', 'min / median / max'],
    ...rows('10,000 entries', usualFigures, { read: ' (target ≤ 2 s)', saved: ' (target ≤ 5 s)' }),
    ...rows('largest allowed (50,000)', largestFigures, { read: '', saved: '' }),
  ]);
  console.log('');
  await printHostileImportBench();
}

// ---- Hostile files: each read in a child process of its own, watched from outside -------------

/** What one child reports: each step's time, and the main thread's longest block while it ran. */
interface HostileStep {
  step: string;
  ms: number;
  longestBlockMs: number;
  outcome: string;
}

type ChildMessage =
  | { kind: 'step-started'; step: string }
  | { kind: 'beat'; longestBlockMs: number }
  | { kind: 'step-done'; result: HostileStep };

const stopAfterMs = 60_000;
const stopAboveRssBytes = 6 * 1024 * 1024 * 1024;

/** VmRSS and VmHWM (peak) of a process, in bytes, from /proc; zeros when it has gone. */
async function residentBytes(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

interface HostileFigures {
  kind: HostileDaylioExport;
  bytes: number;
  steps: HostileStep[];
  peakRssBytes: number;
  startRssBytes: number;
}

/** Runs the child on one file; stops it after 60 s in a step or above 6 GB resident. */
function watchHostileChild(kind: HostileDaylioExport, file: string, bytes: number): Promise<HostileFigures> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), 'hostile-child', kind, file],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const figures: HostileFigures = { kind, bytes, steps: [], peakRssBytes: 0, startRssBytes: 0 };
  let current: { step: string; started: number; lastBeat: number; longest: number } | undefined;
  let stopped: string | undefined;
  const poll = setInterval(() => {
    void residentBytes(child.pid!).then(({ rss, peak }) => {
      figures.peakRssBytes = Math.max(figures.peakRssBytes, peak);
      if (!current || stopped) return;
      if (rss > stopAboveRssBytes) stopped = `stopped above 6 GB resident`;
      else if (performance.now() - current.started > stopAfterMs) stopped = 'stopped after 60 s';
      if (stopped) child.kill('SIGKILL');
    });
  }, 50);
  child.on('message', (message: ChildMessage) => {
    if (message.kind === 'step-started') {
      if (figures.startRssBytes === 0) void residentBytes(child.pid!).then(({ rss }) => (figures.startRssBytes = rss));
      const now = performance.now();
      current = { step: message.step, started: now, lastBeat: now, longest: 0 };
    } else if (message.kind === 'beat' && current) {
      current.lastBeat = performance.now();
      current.longest = Math.max(current.longest, message.longestBlockMs);
    } else if (message.kind === 'step-done') {
      figures.steps.push(message.result);
      current = undefined;
    }
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (current) {
        // Ended inside a step: killed by the watch, or it died (out of memory).
        const now = performance.now();
        const outcome = stopped ?? `died (${signal ?? `exit ${code}`}): out of memory`;
        figures.steps.push({
          step: current.step,
          ms: now - current.started,
          // The main thread sent no beat since lastBeat: it was blocked at least that long.
          longestBlockMs: Math.max(current.longest, now - current.lastBeat),
          outcome,
        });
      }
      resolve(figures);
    });
  });
}

export async function printHostileImportBench(): Promise<void> {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  console.log(
    `Hostile "Daylio exports" (each under 50 MB), each read in a fresh child process, stopped after 60 s in a step or above 6 GB resident. The reading thread's heap is capped at ${importReaderLimits.heapMb} MB; peak RSS is the whole child's (main and that thread), with its RSS at the start in brackets. Load average at the start: ${load}.`,
  );
  const rows: string[][] = [['file', 'step', 'time', 'longest main-thread block', 'outcome', 'peak RSS (start)']];
  for (const kind of Object.keys(hostileDaylioExports) as HostileDaylioExport[]) {
    const folder = await makeTempFolder('bench-hostile');
    try {
      const file = path.join(folder, `${kind}.csv`);
      const bytes = await writeHostileDaylioExport(kind, file);
      const figures = await watchHostileChild(kind, file, bytes);
      figures.steps.forEach((step, index) => {
        rows.push([
          index === 0 ? `${hostileDaylioExports[kind]} (${(bytes / 1024 / 1024).toFixed(1)} MB)` : '',
          step.step,
          `${(step.ms / 1000).toFixed(2)} s`,
          `${step.longestBlockMs.toFixed(0)} ms`,
          step.outcome,
          index === 0
            ? `${(figures.peakRssBytes / 1024 / 1024).toFixed(0)} MiB (${(figures.startRssBytes / 1024 / 1024).toFixed(0)})`
            : '',
        ]);
      });
    } finally {
      await removeTempFolder(folder);
    }
  }
  printTable(rows);
}

/** In the child: times `work`, with a 1 ms ticker noting the main thread's longest block, and beats to the watcher. */
async function childStep(step: string, work: () => Promise<string>): Promise<void> {
  process.send!({ kind: 'step-started', step } satisfies ChildMessage);
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const beat = setInterval(() => process.send!({ kind: 'beat', longestBlockMs: longest } satisfies ChildMessage), 50);
  const started = performance.now();
  let outcome: string;
  try {
    outcome = await work();
  } catch (error) {
    outcome = `refused: ${error instanceof Error ? error.message : String(error)}`;
  }
  const ms = performance.now() - started;
  longest = Math.max(longest, performance.now() - last);
  clearInterval(ticker);
  clearInterval(beat);
  await new Promise<void>((resolve) =>
    process.send!(
      {
        kind: 'step-done',
        result: { step, ms, longestBlockMs: Math.max(0, longest - 1), outcome },
      } satisfies ChildMessage,
      undefined,
      undefined,
      () => resolve(),
    ),
  );
}

async function runHostileChild(file: string): Promise<void> {
  let chosen: { fileName: string; file: DaylioExport } | undefined;
  await childStep('read and preview, in its thread', async () => {
    const read = await readImportInWorker(file);
    const answer = JSON.stringify(read.preview);
    chosen = read;
    return `previewed ${read.file.entries.length.toLocaleString('en')} entries; answer ${megabytes(answer.length)}`;
  });
  if (!chosen || chosen.file.entries.length === 0) return;
  const { file: daylio, fileName } = chosen;
  const session = await VaultSession.create(path.join(path.dirname(file), 'hostile.vault'), benchPassphrase, {
    program: 'cli',
    kdfParams: weakestAllowedKdfParams,
  });
  try {
    await childStep('import them in slices, and save', async () => {
      const input: CheckInImport = {
        source: 'daylio',
        file: daylio,
        fileName,
        choices,
        now: new Date(),
        newId: randomUUID,
      };
      const summary = await session.changeInSlices((db, nextSlice) => importCheckInsInSlices(db, input, nextSlice));
      await session.flush();
      return `imported ${summary.added.toLocaleString('en')}`;
    });
  } finally {
    await session.close();
  }
}

if (process.argv[2] === 'hostile-child' && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await runHostileChild(process.argv[4]!);
  process.exit(0);
}
