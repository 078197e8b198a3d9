import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReaderLimits, readImportInWorker } from '../../../electron/check-in-import/import-reader';
import { ImportRefusal, readDaylioExport } from '../../../shared/check-in-import/daylio-export';
import { previewImport } from '../../../shared/check-in-import/import-preview';
import { largeDaylioExport, writeHostileDaylioExport } from '../../support/daylio-fixture';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

/** Why reading in the thread was refused, or 'read'. */
const refusalOf = (reading: Promise<unknown>) =>
  reading.then(
    () => 'read',
    (error: unknown) => (error instanceof ImportRefusal ? error.message : `other: ${String(error)}`),
  );

async function exportFile(name: string, text: string): Promise<string> {
  const file = path.join(await tempFolder(), name);
  await writeFile(file, text);
  return file;
}

describe('reading a chosen export in a thread of its own', () => {
  it('gives exactly what reading it in main gives: every entry (sent in batches), the skipped lines and the preview', async () => {
    // 12,000 entries: about 1.3 MB of entries, so several batches.
    const text = `${largeDaylioExport(12_000, 150)}\n2024-02-30,x,x,10:00,good,"","",""`;
    const file = await exportFile('daylio_export.csv', text);
    const inMain = readDaylioExport(text);
    expect(await readImportInWorker(file)).toEqual({
      fileName: 'daylio_export.csv',
      file: inMain,
      preview: previewImport(inMain),
    });
  });

  it('refuses in the thread what main would refuse, with the same reason: a missing file, a hostile one', async () => {
    const folder = await tempFolder();
    expect(await refusalOf(readImportInWorker(path.join(folder, 'nowhere.csv')))).toBe(
      `There is no file at ${path.join(folder, 'nowhere.csv')}.`,
    );
    const hostile = path.join(folder, 'one-character-rows.csv');
    await writeHostileDaylioExport('oneCharacterRows', hostile);
    expect(await refusalOf(readImportInWorker(hostile))).toMatch(/^More than 1,000 lines of this file cannot be read/);
  });

  it('refuses clearly when the thread runs out of memory, and the next file reads as usual', async () => {
    const file = await exportFile('daylio_export.csv', largeDaylioExport(30_000, 150));
    expect(await refusalOf(readImportInWorker(file, { ...importReaderLimits, heapMb: 8 }))).toBe(
      'Reading daylio_export.csv needed more memory than a Daylio export ever does (over 8 MB), so Waypoint stopped and does not bring it in.',
    );
    // This process, its memory and the next reading thread are unharmed.
    expect((await readImportInWorker(file)).preview.entries).toBe(30_000);
  });

  it('stops a thread that takes longer than it may, with a clear refusal', async () => {
    const file = await exportFile('daylio_export.csv', largeDaylioExport(2_000, 150));
    // No thread starts, reads and answers before a timer of 0 ms fires.
    expect(await refusalOf(readImportInWorker(file, { ...importReaderLimits, timeoutMs: 0 }))).toBe(
      'Reading daylio_export.csv took longer than 0 seconds, far longer than a Daylio export takes, so Waypoint stopped and does not bring it in.',
    );
  });
});
