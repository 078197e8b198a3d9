import { z } from 'zod';
import { checkInSchema } from '../../../shared/check-ins/check-in';
import { metricValuesProblem } from '../../../shared/metrics/custom-metric';
import { insertCheckIn, readAllCheckIns, readImportOrigins } from '../../check-ins/check-in-repository';
import { readImportRecords } from '../../check-in-import/import-repository';
import { entryId } from '../../../shared/plan/plan-text';
import { readTrackedMetrics } from '../../metrics/metric-repository';
import { readSettings } from '../../settings/settings-repository';
import { ExportDocumentError } from '../export-document-error';
import { exportSection } from '../export-section';

/** A check-in brought in from another app names its import and keeps the key that recognises its entry. */
const exportedCheckInSchema = checkInSchema.extend({
  importId: entryId.optional(),
  importKey: z.string().min(1).max(25_000).optional(),
});

const checkInsExportSchema = z
  .array(exportedCheckInSchema)
  .max(500_000)
  .refine((checkIns) => new Set(checkIns.map((checkIn) => checkIn.id)).size === checkIns.length, {
    message: 'Two check-ins have the same id.',
  })
  .refine(
    (checkIns) => checkIns.every((checkIn) => (checkIn.importId === undefined) === (checkIn.importKey === undefined)),
    {
      message: 'An imported check-in needs both its importId and its importKey.',
    },
  );

/**
 * Every check-in, oldest first. `day` is written for readers of the file; on import it is worked
 * out again from `at`, `timeZone` and the imported day boundary, so it can never disagree.
 */
export const checkInsExportSection = exportSection({
  key: 'checkins',
  schema: checkInsExportSchema,
  read: (db) => {
    const origins = readImportOrigins(db);
    return readAllCheckIns(db).map((checkIn) => ({ ...checkIn, ...origins.get(checkIn.id) }));
  },
  write: (db, checkIns) => {
    const metrics = readTrackedMetrics(db);
    const boundary = readSettings(db).dayBoundaryMinutes;
    const imports = new Set(readImportRecords(db).map((record) => record.id));
    for (const { id, day: _day, importId, importKey, ...fields } of checkIns) {
      const problem = metricValuesProblem(metrics, fields.values);
      if (problem) throw new ExportDocumentError('invalid', `Check-in ${id}: ${problem}`);
      if (importId !== undefined && !imports.has(importId)) {
        throw new ExportDocumentError(
          'invalid',
          `Check-in ${id} names an import (${importId}) that is not in "imports".`,
        );
      }
      const origin = importId !== undefined && importKey !== undefined ? { importId, importKey } : null;
      insertCheckIn(db, id, fields, boundary, origin);
    }
  },
});
