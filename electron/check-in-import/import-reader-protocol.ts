import type { DaylioEntry, DaylioExport } from '../../shared/check-in-import/daylio-export';
import type { ImportPreview } from '../../shared/check-in-import/import-preview';

// What main (import-reader.ts) and a reading thread (import-reader-worker.ts) say to each other.

/** What main asks of a reading thread (import-reader-worker.ts): the file to read. */
export interface ImportReaderTask {
  path: string;
}

/**
 * What the thread answers: the entries in batches, each sent when main asks for the next, then
 * the rest of the read export with its preview; or why the file is refused. Small batches, one
 * per turn of main's event loop: one message of 50,000 entries would hold main for half a second.
 */
export type ImportReaderAnswer =
  | { kind: 'entries'; entries: DaylioEntry[] }
  | { kind: 'read'; fileName: string; file: Omit<DaylioExport, 'entries'>; preview: ImportPreview }
  | { kind: 'refused'; message: string };

/** About how many characters of entries one message carries (a batch takes main ~10 ms here). */
export const maxBatchChars = 500_000;
