// The thread that reads a chosen export (import-reader.ts starts it, one per file): the file's
// text, its rows and entries, and the preview, so main never holds the raw text or blocks on it.
import { parentPort, workerData } from 'node:worker_threads';
import { ImportRefusal, readDaylioExport, type DaylioEntry } from '../../shared/check-in-import/daylio-export';
import { previewImport } from '../../shared/check-in-import/import-preview';
import { readImportFile } from './import-file';
import { maxBatchChars, type ImportReaderAnswer, type ImportReaderTask } from './import-reader-protocol';

const answer = (message: ImportReaderAnswer) => parentPort!.postMessage(message);

/** The entries in batches of at most `maxBatchChars` characters (or one entry, whatever its size). */
function entryBatches(entries: DaylioEntry[]): DaylioEntry[][] {
  const batches: DaylioEntry[][] = [];
  let batch: DaylioEntry[] = [];
  let chars = 0;
  for (const entry of entries) {
    const size = 100 + entry.mood.length + entry.noteTitle.length + entry.note.length + entry.activities.join().length;
    if (batch.length > 0 && chars + size > maxBatchChars) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(entry);
    chars += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

async function readChosenFile({ path }: ImportReaderTask): Promise<void> {
  try {
    const { fileName, text } = await readImportFile(path);
    const { entries, ...file } = readDaylioExport(text);
    const preview = previewImport({ entries, ...file });
    const batches = entryBatches(entries);
    // One batch at a time, the next when main asks for it, so main takes each in a turn of its own.
    const sendNext = () => {
      const batch = batches.shift();
      if (batch) {
        answer({ kind: 'entries', entries: batch });
      } else {
        parentPort!.off('message', sendNext);
        answer({ kind: 'read', fileName, file, preview });
      }
    };
    parentPort!.on('message', sendNext);
    sendNext();
  } catch (error) {
    if (error instanceof ImportRefusal) answer({ kind: 'refused', message: error.message });
    // Anything else is a bug: the thread's 'error' event tells main, which refuses the file.
    else throw error;
  }
}

// No top-level await: run from source, this file is bundled into a CommonJS script.
void readChosenFile(workerData as ImportReaderTask);
