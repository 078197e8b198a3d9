import { open } from 'node:fs/promises';
import path from 'node:path';
import { ImportRefusal } from '../../shared/check-in-import/daylio-export';
import { maxImportBytes } from '../../shared/check-in-import/import-limits';

/** The file a person chose to bring in: its name for the import record, and its text. */
export interface ImportFile {
  fileName: string;
  text: string;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Reads a chosen export as UTF-8 text, or refuses it with a reason the person can act on: a file
 * that is not there or cannot be read, a folder, one far larger than any mood diary (refused
 * from its size, before a byte is read), or one that is not UTF-8 text. The file is never changed.
 */
export async function readImportFile(file: string): Promise<ImportFile> {
  const fileName = path.basename(file);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportRefusal(
      code === 'ENOENT'
        ? `There is no file at ${file}.`
        : code === 'EACCES' || code === 'EPERM'
          ? `Waypoint is not allowed to read ${fileName}.`
          : `${fileName} could not be opened.`,
    );
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new ImportRefusal(`${fileName} is a folder; choose the CSV file Daylio exported.`);
    if (stats.size > maxImportBytes) {
      throw new ImportRefusal(
        `${fileName} is ${megabytes(stats.size)}; a Daylio export is far smaller (under ${megabytes(maxImportBytes)}), so this is not one.`,
      );
    }
    const bytes = await handle.readFile();
    try {
      return { fileName, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      throw new ImportRefusal(`${fileName} is not UTF-8 text, so it cannot be a Daylio export (a CSV file).`);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal(`${fileName} could not be read.`);
  } finally {
    await handle.close();
  }
}
