import { z } from 'zod';
import { readUserVersion, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { exportSections as defaultSections } from './export-sections';
import { ExportDocumentError } from './export-document-error';
import type { ExportSection } from './export-section';

export { ExportDocumentError };

export const exportFormatName = 'waypoint-export';
export const exportFormatVersion = 1;

export type ExportDocument = {
  format: typeof exportFormatName;
  formatVersion: number;
  schemaVersion: number;
} & Record<string, unknown>;

/** The whole vault as a plain, versioned document (docs/export-format.md). Deterministic: no timestamp. */
export function buildExportDocument(
  db: ReadableDatabase,
  sections: readonly ExportSection<unknown>[] = defaultSections,
): ExportDocument {
  const document: ExportDocument = {
    format: exportFormatName,
    formatVersion: exportFormatVersion,
    schemaVersion: readUserVersion(db),
  };
  for (const section of sections) document[section.key] = section.read(db);
  return document;
}

function documentSchema(sections: readonly ExportSection<unknown>[]) {
  return z.strictObject({
    format: z.literal(exportFormatName),
    formatVersion: z.literal(exportFormatVersion),
    schemaVersion: z.number().int().nonnegative(),
    // Optional, so an export from an older Waypoint (made before a section existed) still imports.
    ...Object.fromEntries(sections.map((section) => [section.key, section.schema.optional()])),
  });
}

/** Checks a parsed JSON value and says, in one line, what is wrong with it. */
export function parseExportDocument(
  value: unknown,
  sections: readonly ExportSection<unknown>[] = defaultSections,
): ExportDocument {
  const header = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(value);
  if (!header.success || header.data.format !== exportFormatName) {
    throw new ExportDocumentError('invalid', 'This file is not a Waypoint export.');
  }
  if (header.data.formatVersion > exportFormatVersion) {
    throw new ExportDocumentError(
      'unsupported',
      `This export was made by a newer version of Waypoint (export format ${header.data.formatVersion}). Update Waypoint to import it.`,
    );
  }
  const parsed = documentSchema(sections).safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    const problem = issue?.message ?? 'unknown problem';
    // Most messages are sentences already; the line ends with one full stop either way.
    throw new ExportDocumentError(
      'invalid',
      `The export is not valid at ${where}: ${problem}${problem.endsWith('.') ? '' : '.'}`,
    );
  }
  return parsed.data as ExportDocument;
}

/** Writes every section of a checked document into an empty, migrated vault database. */
export function writeExportDocument(
  db: WritableDatabase,
  document: ExportDocument,
  sections: readonly ExportSection<unknown>[] = defaultSections,
): void {
  for (const section of sections) {
    if (document[section.key] !== undefined) section.write(db, document[section.key]);
  }
}
