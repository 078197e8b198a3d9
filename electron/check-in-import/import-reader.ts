import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportRefusal, type DaylioEntry, type DaylioExport } from '../../shared/check-in-import/daylio-export';
import type { ImportPreview } from '../../shared/check-in-import/import-preview';
import type { ImportReaderAnswer, ImportReaderTask } from './import-reader-protocol';

/** A chosen file, read: its name, its entries and what the preview shows of them. */
export interface ReadImport {
  fileName: string;
  file: DaylioExport;
  preview: ImportPreview;
}

/** What one reading thread may take. */
export interface ImportReaderLimits {
  /**
   * Its JavaScript heap (V8's old generation), in MB. The largest files the reading limits allow
   * (50 MB: 50,000 entries with every limit reached, or 3,350 long entries outside Latin-1) are
   * read here within 64 MB; past this the thread is stopped, and the app's own memory is untouched.
   */
  heapMb: number;
  /** How long reading may take; a 50 MB file takes about a second here. */
  timeoutMs: number;
}

export const importReaderLimits: ImportReaderLimits = { heapMb: 256, timeoutMs: 30_000 };

/**
 * Where the thread's code is. The built app has import-reader-worker.js beside its main bundle (a
 * second entry of the main build, as for the crypto worker). Run from source (tests, the CLI under
 * tsx), Node cannot start a TypeScript worker, so the worker file is bundled on first use, with
 * esbuild, into a script the thread evaluates.
 */
let located: Promise<{ script: URL | string; eval: boolean }> | undefined;
function workerScript(): Promise<{ script: URL | string; eval: boolean }> {
  located ??= locateWorkerScript();
  // A failed bundling is tried again next time.
  located.catch(() => (located = undefined));
  return located;
}

async function locateWorkerScript(): Promise<{ script: URL | string; eval: boolean }> {
  const built = new URL('./import-reader-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { script: built, eval: false };
  const { build } = await import('esbuild');
  const output = await build({
    entryPoints: [fileURLToPath(new URL('./import-reader-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  return { script: output.outputFiles[0]!.text, eval: true };
}

/**
 * Reads a chosen Daylio export in a thread of its own, with a bounded heap and time: the file's
 * text, its entries (stopping at the first limit passed) and the preview. Main receives only the
 * entries and the preview. A file that is refused, and a thread that runs out of memory, crashes
 * or takes too long, all end in an `ImportRefusal` that says so; the app is unharmed either way.
 */
export async function readImportInWorker(file: string, limits = importReaderLimits): Promise<ReadImport> {
  const fileName = path.basename(file);
  const { script, eval: isSource } = await workerScript();
  const worker = new Worker(script, {
    eval: isSource,
    workerData: { path: file } satisfies ImportReaderTask,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
  });
  return new Promise<ReadImport>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void): void => {
      if (!timer) return;
      clearTimeout(timer);
      timer = undefined;
      worker.removeAllListeners();
      // Anything it says from now on is not heard; an 'error' with no listener would throw in main.
      worker.on('error', () => undefined);
      // Its heap goes with it at once, rather than when it next runs out of work.
      void worker.terminate();
      outcome();
    };
    const refuse = (message: string) => settle(() => reject(new ImportRefusal(message)));
    timer = setTimeout(
      () =>
        refuse(
          `Reading ${fileName} took longer than ${limits.timeoutMs / 1000} seconds, far longer than a Daylio export takes, so Waypoint stopped and does not bring it in.`,
        ),
      limits.timeoutMs,
    );
    const entries: DaylioEntry[] = [];
    worker.on('message', (answer: ImportReaderAnswer) => {
      if (answer.kind === 'entries') {
        for (const entry of answer.entries) entries.push(entry);
        worker.postMessage('next');
      } else if (answer.kind === 'read') {
        const { fileName: name, file: read, preview } = answer;
        settle(() => resolve({ fileName: name, file: { ...read, entries }, preview }));
      } else {
        refuse(answer.message);
      }
    });
    worker.on('error', (error: NodeJS.ErrnoException) =>
      refuse(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `Reading ${fileName} needed more memory than a Daylio export ever does (over ${limits.heapMb} MB), so Waypoint stopped and does not bring it in.`
          : `Waypoint could not finish reading ${fileName} (its reader stopped unexpectedly), so nothing was brought in.`,
      ),
    );
    worker.on('exit', () =>
      refuse(
        `Waypoint could not finish reading ${fileName} (its reader stopped unexpectedly), so nothing was brought in.`,
      ),
    );
  });
}
