import { z } from 'zod';
import { importRecordSchema } from '../../../shared/check-in-import/import-record';
import { insertImportRecord, readImportRecords } from '../../check-in-import/import-repository';
import { exportSection } from '../export-section';

/**
 * Check-ins brought in from another app, one record per import; each imported check-in names its
 * record (`checkins[].importId`). Written before the check-ins, which point at it.
 */
export const importsExportSection = exportSection({
  key: 'imports',
  schema: z
    .array(importRecordSchema)
    .max(10_000)
    .refine((records) => new Set(records.map((record) => record.id)).size === records.length, {
      message: 'Two imports have the same id.',
    }),
  read: readImportRecords,
  write: (db, records) => records.forEach((record) => insertImportRecord(db, record)),
});
