import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/check-in-import/import-file';
import { ImportRefusal } from '../../../shared/check-in-import/daylio-export';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

const refusal = (file: string) =>
  readImportFile(file).then(
    () => 'read',
    (error: unknown) => (error instanceof ImportRefusal ? error.message : `other: ${String(error)}`),
  );

describe('reading the chosen file', () => {
  it('reads a UTF-8 export and keeps its name for the import record', async () => {
    const file = path.join(await tempFolder(), 'daylio_export_2024_03_31.csv');
    await writeFile(file, '\uFEFFfull_date,date\n2024-03-31,Café 😴\n');
    // The byte-order mark is read as what it is, not as text.
    expect(await readImportFile(file)).toEqual({
      fileName: 'daylio_export_2024_03_31.csv',
      text: 'full_date,date\n2024-03-31,Café 😴\n',
    });
  });

  it('refuses a missing file, a folder, a 200 MB file and one that is not UTF-8, saying which', async () => {
    const folder = await tempFolder();
    expect(await refusal(path.join(folder, 'nowhere.csv'))).toBe(
      `There is no file at ${path.join(folder, 'nowhere.csv')}.`,
    );
    await mkdir(path.join(folder, 'exports'));
    expect(await refusal(path.join(folder, 'exports'))).toMatch(/^exports is a folder/);
    // Sparse: 200 MB on paper, nothing on disk, refused from its size before any byte is read.
    const huge = path.join(folder, 'huge.csv');
    const handle = await open(huge, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    expect(await refusal(huge)).toBe(
      'huge.csv is 200 MB; a Daylio export is far smaller (under 50 MB), so this is not one.',
    );
    const latin1 = path.join(folder, 'latin1.csv');
    await writeFile(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(await refusal(latin1)).toMatch(/^latin1\.csv is not UTF-8 text/);
  });
});
